//! The schema a chain has built so far, as the macros see it: tables with their columns,
//! indexes and constraints. Versions are checked against it and inverses are derived from it.

use std::collections::{BTreeMap, BTreeSet};

use crate::def::{
    Chain, ChainRef, Check, Column, Down, ForeignKey, Function, Index, IndexKey, Op, Sql, Str,
    Trigger, Unique,
};

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

/// The identifiers a SQL fragment mentions: unquoted ones lowercased, quoted ones as written;
/// string literals are skipped. Used to find what PostgreSQL drops together with a column.
pub fn mentions(sql: &str, column: &str) -> bool {
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                // A literal; '' inside it is an escaped quote.
                while let Some(c) = chars.next() {
                    if c == '\'' {
                        if chars.peek() == Some(&'\'') {
                            chars.next();
                        } else {
                            break;
                        }
                    }
                }
            }
            '"' => {
                let mut ident = String::new();
                for c in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                    ident.push(c);
                }
                if ident == column {
                    return true;
                }
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut ident = c.to_ascii_lowercase().to_string();
                while let Some(&next) = chars.peek() {
                    if next.is_ascii_alphanumeric() || next == '_' || next == '$' {
                        ident.push(next.to_ascii_lowercase());
                        chars.next();
                    } else {
                        break;
                    }
                }
                if ident == column {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// `sql` with every identifier token `from` (unquoted and case-folded, or quoted) replaced by
/// `to`; string literals are left alone. PostgreSQL stores expressions by column number, so a
/// renamed column is renamed in every CHECK, index expression and predicate that mentions it.
pub fn rename_ident(sql: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                out.push(c);
                while let Some(c) = chars.next() {
                    out.push(c);
                    if c == '\'' {
                        if chars.peek() == Some(&'\'') {
                            out.push(chars.next().unwrap_or('\''));
                        } else {
                            break;
                        }
                    }
                }
            }
            '"' => {
                let mut ident = String::new();
                for c in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                    ident.push(c);
                }
                let ident = if ident == from { to.to_owned() } else { ident };
                out.push('"');
                out.push_str(&ident.replace('"', "\"\""));
                out.push('"');
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut ident = c.to_string();
                while let Some(&next) = chars.peek() {
                    if next.is_ascii_alphanumeric() || next == '_' || next == '$' {
                        ident.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if ident.to_ascii_lowercase() == from {
                    out.push_str(to);
                } else {
                    out.push_str(&ident);
                }
            }
            c => out.push(c),
        }
    }
    out
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

    /// Applies a checked operation. Operations whose SQL is idempotent (`CREATE TABLE IF NOT
    /// EXISTS`, `ADD COLUMN IF NOT EXISTS`) change nothing when their object exists, as in the
    /// database; `when!` blocks apply as on the chain, where their condition holds.
    pub fn apply(&mut self, op: &Op) {
        match op {
            Op::CreateExtension(name) => {
                self.extensions.insert(name.clone());
            }
            Op::SetUnlogged(table) => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.unlogged = true;
                }
            }
            Op::RunChain { chain, to } => {
                if let ChainRef::Static(chain) = chain {
                    self.run_chain(chain, *to);
                }
            }
            Op::CreateTable(t) if self.tables.contains_key(&t.name) => {}
            Op::AddColumn { table, column }
                if self
                    .tables
                    .get(table)
                    .is_some_and(|t| t.column(&column.name).is_some()) => {}
            Op::CreateSchema
            | Op::Seed(_)
            | Op::Unseed(_)
            | Op::Update { .. }
            | Op::Delete { .. }
            | Op::Call(_)
            | Op::Sql { .. }
            | Op::SetLocal { .. }
            | Op::BackfillUuidFk { .. } => {}
            Op::AddUnique(unique) => {
                if let Some(t) = self.tables.get_mut(&unique.table) {
                    t.uniques.insert(unique.name.clone(), unique.clone());
                }
            }
            Op::RenameIndex { from, to } => {
                if let Some(mut index) = self.indexes.remove(from) {
                    index.name = to.clone();
                    self.indexes.insert(to.clone(), index);
                }
            }
            Op::RenameTable { from, to } => {
                if let Some(mut state) = self.tables.remove(from) {
                    for fk in state.foreign_keys.values_mut() {
                        fk.table = to.clone();
                    }
                    for c in state.checks.values_mut() {
                        c.table = to.clone();
                    }
                    for u in state.uniques.values_mut() {
                        u.table = to.clone();
                    }
                    for t in state.triggers.values_mut() {
                        t.table = to.clone();
                    }
                    self.tables.insert(to.clone(), state);
                }
                for index in self.indexes.values_mut().filter(|i| &i.table == from) {
                    index.table = to.clone();
                }
                for sequence in self.sequences.values_mut().filter(|s| &s.table == from) {
                    sequence.table = to.clone();
                }
                for state in self.tables.values_mut() {
                    for fk in state.foreign_keys.values_mut() {
                        if &fk.ref_table == from {
                            fk.ref_table = to.clone();
                        }
                    }
                }
            }
            Op::When { ops, .. } => {
                for op in ops.iter() {
                    self.apply(op);
                }
            }
            Op::Comment {
                table,
                column,
                text,
            } => {
                if let Some(t) = self.tables.get_mut(table) {
                    match (column, text) {
                        (None, text) => t.comment = text.clone(),
                        (Some(c), Some(text)) => {
                            t.column_comments.insert(c.clone(), text.clone());
                        }
                        (Some(c), None) => {
                            t.column_comments.remove(c);
                        }
                    }
                }
            }
            Op::AddCheck(check) => {
                if let Some(t) = self.tables.get_mut(&check.table) {
                    t.checks.insert(check.name.clone(), check.clone());
                }
            }
            Op::CreateEnum { name, values } => {
                self.enums.insert(name.clone(), values.to_vec());
            }
            Op::AddEnumValue { name, value } => {
                if let Some(values) = self.enums.get_mut(name)
                    && !values.contains(value)
                {
                    values.push(value.clone());
                }
            }
            Op::DropEnum(name) => {
                self.enums.remove(name);
            }
            Op::CreateFunction(f) => {
                self.functions
                    .insert((f.name.clone(), f.args.clone()), f.clone());
            }
            Op::DropFunction { name, args } => {
                self.functions.remove(&(name.clone(), args.clone()));
            }
            Op::CreateTrigger(trigger) => {
                if let Some(t) = self.tables.get_mut(&trigger.table) {
                    t.triggers.insert(trigger.name.clone(), trigger.clone());
                }
            }
            Op::DropTrigger { table, name } => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.triggers.remove(name);
                }
            }
            Op::CreateTable(t) => {
                let mut columns = t.columns.to_vec();
                // A primary key's columns are NOT NULL.
                for c in columns.iter_mut() {
                    if t.primary_key.contains(&c.name) {
                        c.not_null = true;
                    }
                }
                let state = TableState {
                    columns,
                    primary_key: t.primary_key.to_vec(),
                    foreign_keys: t
                        .foreign_keys
                        .iter()
                        .map(|fk| (fk.name.clone(), fk.clone()))
                        .collect(),
                    checks: t
                        .checks
                        .iter()
                        .map(|c| (c.name.clone(), c.clone()))
                        .collect(),
                    uniques: t
                        .uniques
                        .iter()
                        .map(|u| (u.name.clone(), u.clone()))
                        .collect(),
                    primary_key_name: (!t.primary_key.is_empty())
                        .then(|| format!("{}_pkey", t.name).into()),
                    ..TableState::default()
                };
                for column in t.columns.iter() {
                    if let Some((name, sequence)) = serial_sequence(&t.name, column) {
                        self.sequences.insert(name, sequence);
                    }
                }
                self.tables.insert(t.name.clone(), state);
            }
            Op::DropTable(name) => {
                self.tables.remove(name);
                self.indexes.retain(|_, i| &i.table != name);
                self.sequences.retain(|_, s| &s.table != name);
            }
            Op::AddColumn { table, column } => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.columns.push(column.clone());
                }
                if let Some((name, sequence)) = serial_sequence(table, column) {
                    self.sequences.insert(name, sequence);
                }
            }
            Op::DropColumn { table, column, .. } => {
                self.indexes
                    .retain(|_, i| !(&i.table == table && index_mentions(i, column)));
                self.sequences
                    .retain(|_, s| !(&s.table == table && &s.column == column));
                if let Some(t) = self.tables.get_mut(table) {
                    t.columns.retain(|c| &c.name != column);
                    t.foreign_keys.retain(|_, fk| !fk.columns.contains(column));
                    t.uniques.retain(|_, u| !u.columns.contains(column));
                    t.checks.retain(|_, c| !mentions(&c.expr, column));
                    t.column_comments.remove(column);
                    if t.primary_key.contains(column) {
                        t.primary_key.clear();
                        t.primary_key_name = None;
                    }
                }
            }
            Op::AddPrimaryKey {
                table,
                columns,
                name,
            } => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.primary_key = columns.to_vec();
                    t.primary_key_name = Some(name.clone());
                    for c in t.columns.iter_mut().filter(|c| columns.contains(&c.name)) {
                        c.not_null = true;
                    }
                }
            }
            Op::DropSequence { name, cascade } => {
                if let Some(sequence) = self.sequences.remove(name)
                    && *cascade
                    && let Some(c) = self
                        .tables
                        .get_mut(&sequence.table)
                        .and_then(|t| t.column_mut(&sequence.column))
                {
                    // A serial column without its sequence is a plain integer column.
                    c.ty = Sql(sequence.ty.clone());
                    c.default = None;
                }
            }
            Op::CreateSequence {
                name,
                ty,
                table,
                column,
            } => {
                if let Some(c) = self
                    .tables
                    .get_mut(table)
                    .and_then(|t| t.column_mut(column))
                {
                    c.ty = if ty == "bigint" {
                        "bigserial"
                    } else {
                        "serial"
                    }
                    .into();
                    c.default = None;
                }
                self.sequences.insert(
                    name.clone(),
                    Sequence {
                        ty: ty.clone(),
                        table: table.clone(),
                        column: column.clone(),
                    },
                );
            }
            Op::RenameColumn { table, from, to } => {
                if let Some(t) = self.tables.get_mut(table) {
                    if let Some(c) = t.column_mut(from) {
                        c.name = to.clone();
                    }
                    if let Some(comment) = t.column_comments.remove(from) {
                        t.column_comments.insert(to.clone(), comment);
                    }
                    for pk in &mut t.primary_key {
                        if pk == from {
                            *pk = to.clone();
                        }
                    }
                    for fk in t.foreign_keys.values_mut() {
                        for c in fk.columns.to_mut() {
                            if c == from {
                                *c = to.clone();
                            }
                        }
                    }
                    for u in t.uniques.values_mut() {
                        for c in u.columns.to_mut() {
                            if c == from {
                                *c = to.clone();
                            }
                        }
                    }
                }
                if let Some(t) = self.tables.get_mut(table) {
                    for check in t.checks.values_mut() {
                        check.expr = Sql::from(rename_ident(&check.expr, from, to));
                    }
                }
                for index in self.indexes.values_mut().filter(|i| &i.table == table) {
                    for key in index.keys.to_mut() {
                        match key {
                            IndexKey::Column { name, .. } if name == from => *name = to.clone(),
                            IndexKey::Column { .. } => {}
                            IndexKey::Expr(expr) => *expr = Sql::from(rename_ident(expr, from, to)),
                        }
                    }
                    if let Some(filter) = &mut index.filter {
                        *filter = Sql::from(rename_ident(filter, from, to));
                    }
                }
                for sequence in self
                    .sequences
                    .values_mut()
                    .filter(|s| &s.table == table && &s.column == from)
                {
                    sequence.column = to.clone();
                }
                // Foreign keys of any table that reference the renamed column follow it
                // (PostgreSQL stores attribute numbers).
                for state in self.tables.values_mut() {
                    for fk in state.foreign_keys.values_mut() {
                        if &fk.ref_table == table {
                            for c in fk.ref_columns.to_mut() {
                                if c == from {
                                    *c = to.clone();
                                }
                            }
                        }
                    }
                }
            }
            Op::ChangeType {
                table,
                column,
                ty,
                canonical,
                ..
            } => {
                if let Some(c) = self
                    .tables
                    .get_mut(table)
                    .and_then(|t| t.column_mut(column))
                {
                    c.ty = Sql(ty.clone());
                    c.canonical = canonical.clone();
                }
            }
            Op::SetNotNull { table, column }
            | Op::FillNotNull { table, column, .. }
            | Op::DropNotNull { table, column } => {
                let not_null = !matches!(op, Op::DropNotNull { .. });
                if let Some(c) = self
                    .tables
                    .get_mut(table)
                    .and_then(|t| t.column_mut(column))
                {
                    c.not_null = not_null;
                }
            }
            Op::SetDefault {
                table,
                column,
                default,
            } => {
                if let Some(c) = self
                    .tables
                    .get_mut(table)
                    .and_then(|t| t.column_mut(column))
                {
                    c.default = default.clone();
                }
            }
            Op::CreateIndex(index) => {
                self.indexes.insert(index.name.clone(), index.clone());
            }
            Op::DropIndex(name) => {
                self.indexes.remove(name);
            }
            Op::AddForeignKey(fk) => {
                if let Some(t) = self.tables.get_mut(&fk.table) {
                    t.foreign_keys.insert(fk.name.clone(), fk.clone());
                }
            }
            Op::DropConstraint { table, name } => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.foreign_keys.remove(name);
                    t.checks.remove(name);
                    t.uniques.remove(name);
                    if t.primary_key_name.as_ref() == Some(name) {
                        t.primary_key.clear();
                        t.primary_key_name = None;
                    }
                }
            }
        }
    }
}
