//! The schema a chain has built so far, as the macros see it: tables with their columns,
//! indexes and constraints. Versions are checked against it and inverses are derived from it.

use std::collections::{BTreeMap, BTreeSet};

use crate::def::{
    Chain, Check, Column, Down, ForeignKey, Function, Index, IndexKey, Str, Trigger, Unique,
};

mod apply;
mod text;

pub use text::{mentions, rename_ident};

/// The schema of one prefix as a chain has built it, changed one operation at a time by
/// [`Model::apply`]. The default value is the empty schema (version 0).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Model {
    /// Tables by name.
    pub tables: BTreeMap<Str, TableState>,
    /// Indexes by name (index names are unique within a schema), including indexes the chain
    /// created explicitly but not those backing primary key and unique constraints; a name may
    /// contain `{prefix}`.
    pub indexes: BTreeMap<Str, Index>,
    /// Enum types by name, with their values.
    pub enums: BTreeMap<Str, Vec<Str>>,
    /// Functions by (name, argument list).
    pub functions: BTreeMap<(Str, Str), Function>,
    /// Sequences by name: those of serial/bigserial columns, owned by their column.
    pub sequences: BTreeMap<Str, Sequence>,
    /// Database-wide extensions the chain creates.
    pub extensions: BTreeSet<Str>,
    /// Sub-chains run by `run_chain!` (Oban's), by tracking table, with the version they are at.
    pub markers: BTreeMap<Str, u32>,
}

/// A sequence owned by a column, as `serial`/`bigserial` create it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sequence {
    /// `integer` or `bigint`.
    pub ty: Str,
    /// The table of the owning column.
    pub table: Str,
    /// The owning column, whose default is `nextval` of the sequence.
    pub column: Str,
}

/// One table of a [`Model`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TableState {
    /// Columns in table order (dropped columns removed, added ones at the end).
    pub columns: Vec<Column>,
    /// The primary key's columns; empty when the table has none.
    pub primary_key: Vec<Str>,
    /// Foreign key constraints by name.
    pub foreign_keys: BTreeMap<Str, ForeignKey>,
    /// CHECK constraints by name.
    pub checks: BTreeMap<Str, Check>,
    /// Unique constraints by name.
    pub uniques: BTreeMap<Str, Unique>,
    /// The table's comment; on a chain's tracking table, the version marker.
    pub comment: Option<Str>,
    /// Column comments by column name.
    pub column_comments: BTreeMap<Str, Str>,
    /// Triggers by name.
    pub triggers: BTreeMap<Str, Trigger>,
    /// The primary key constraint's name (`{table}_pkey` when created; a table rename keeps it).
    pub primary_key_name: Option<Str>,
    /// `ALTER TABLE … SET UNLOGGED`.
    pub unlogged: bool,
}

impl TableState {
    /// The column of this name, if the table has it.
    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }

    fn column_mut(&mut self, name: &str) -> Option<&mut Column> {
        self.columns.iter_mut().find(|c| c.name == name)
    }
}

fn index_mentions(index: &Index, column: &str) -> bool {
    index.keys.iter().any(|k| match k {
        IndexKey::Column { name, .. } => name == column,
        IndexKey::Expr(expr) => mentions(expr, column),
    }) || index.filter.as_deref().is_some_and(|f| mentions(f, column))
}

/// The sequence PostgreSQL creates for a serial column, if it is one.
fn serial_sequence(table: &str, column: &Column) -> Option<(Str, Sequence)> {
    let ty = match column.ty.as_str() {
        "serial" => "integer",
        "bigserial" => "bigint",
        _ => return None,
    };
    Some((
        format!("{table}_{}_seq", column.name).into(),
        Sequence {
            ty: ty.into(),
            table: table.to_owned().into(),
            column: column.name.clone(),
        },
    ))
}

impl Model {
    /// Runs a sub-chain up or down from the version it is at to `to`, and records its marker.
    fn run_chain(&mut self, chain: &Chain, to: u32) {
        let from = self.markers.get(chain.tracking_table).copied().unwrap_or(0);
        for number in from + 1..=to {
            if let Some(version) = chain.version(number) {
                for op in version.up {
                    self.apply(op);
                }
            }
        }
        for number in (to + 1..=from).rev() {
            if let Some(Down::Ops(ops)) = chain.version(number).map(|v| &v.down) {
                for op in ops.iter() {
                    self.apply(op);
                }
            }
        }
        if to == 0 {
            self.markers.remove(chain.tracking_table);
        } else {
            self.markers.insert(chain.tracking_table.into(), to);
            self.set_marker(chain.tracking_table, to);
        }
    }

    /// The table of this name, if the schema has it.
    pub fn table(&self, name: &str) -> Option<&TableState> {
        self.tables.get(name)
    }

    /// Indexes that PostgreSQL drops together with a column: those whose keys, key expressions
    /// or predicate mention it.
    pub fn indexes_on(&self, table: &str, column: &str) -> Vec<Index> {
        self.indexes
            .values()
            .filter(|i| i.table == table && index_mentions(i, column))
            .cloned()
            .collect()
    }

    /// CHECK constraints that PostgreSQL drops together with a column.
    pub fn checks_on(&self, table: &str, column: &str) -> Vec<Check> {
        self.tables
            .get(table)
            .map(|t| {
                t.checks
                    .values()
                    .filter(|c| mentions(&c.expr, column))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Foreign keys of any table that reference `table.column`.
    pub fn foreign_keys_to(&self, table: &str, column: &str) -> Vec<ForeignKey> {
        self.tables
            .values()
            .flat_map(|t| t.foreign_keys.values())
            .filter(|fk| fk.ref_table == table && fk.ref_columns.iter().any(|c| c == column))
            .cloned()
            .collect()
    }

    /// Unique constraints that PostgreSQL drops together with a column.
    pub fn uniques_on(&self, table: &str, column: &str) -> Vec<Unique> {
        self.tables
            .get(table)
            .map(|t| {
                t.uniques
                    .values()
                    .filter(|u| u.columns.iter().any(|c| c == column))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Foreign keys that PostgreSQL drops together with a column.
    pub fn foreign_keys_on(&self, table: &str, column: &str) -> Vec<ForeignKey> {
        self.tables
            .get(table)
            .map(|t| {
                t.foreign_keys
                    .values()
                    .filter(|fk| fk.columns.iter().any(|c| c == column))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether a unique index or the primary key covers exactly these columns (any order), so
    /// `ON CONFLICT (columns)` can use it.
    pub fn has_unique(&self, table: &str, columns: &[Str]) -> bool {
        let same = |keys: Vec<&Str>| {
            keys.len() == columns.len() && columns.iter().all(|c| keys.contains(&c))
        };
        let pk = self.table(table).is_some_and(|t| {
            (!t.primary_key.is_empty() && same(t.primary_key.iter().collect()))
                || t.uniques.values().any(|u| same(u.columns.iter().collect()))
        });
        pk || self.indexes.values().any(|i| {
            i.table == table
                && i.unique
                && i.filter.is_none()
                && i.keys.iter().all(|k| matches!(k, IndexKey::Column { .. }))
                && same(
                    i.keys
                        .iter()
                        .filter_map(|k| match k {
                            IndexKey::Column { name, .. } => Some(name),
                            IndexKey::Expr(_) => None,
                        })
                        .collect(),
                )
        })
    }

    /// Records a chain's version marker: the comment on its tracking table.
    pub fn set_marker(&mut self, tracking_table: &str, version: u32) {
        if let Some(t) = self.tables.get_mut(tracking_table) {
            t.comment = Some(version.to_string().into());
        }
    }
}
