//! Catalog inspection, always scoped to one schema: the guards that make operations idempotent
//! where PostgreSQL has no `IF [NOT] EXISTS`, and the version marker.

use sqlx::PgConnection;

use crate::op::Condition;
use crate::{Prefix, quote_literal};

/// A condition checked against the catalog right before a statement runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guard<'a> {
    /// The prefix schema does not exist yet.
    SchemaMissing,
    /// No constraint of this name exists on the table.
    ConstraintMissing {
        /// The table, in the prefix.
        table: &'a str,
        /// The constraint's name.
        name: &'a str,
    },
    /// `from` exists and `to` does not.
    CanRenameColumn {
        /// The table, in the prefix.
        table: &'a str,
        /// The column's current name.
        from: &'a str,
        /// Its new name.
        to: &'a str,
    },
    /// The column exists and `format_type` prints its type differently from `canonical`.
    TypeDiffers {
        /// The table, in the prefix.
        table: &'a str,
        /// The column.
        column: &'a str,
        /// The type as `format_type` prints it (`character varying(255)`).
        canonical: &'a str,
    },
    /// No type of this name exists in the schema.
    TypeMissing(&'a str),
    /// No trigger of this name exists on the table.
    TriggerMissing {
        /// The table, in the prefix.
        table: &'a str,
        /// The trigger's name.
        name: &'a str,
    },
    /// The table exists and is not unlogged.
    Logged(&'a str),
    /// The table exists and has no primary key.
    PrimaryKeyMissing(&'a str),
    /// The column exists and allows NULL.
    Nullable {
        /// The table, in the prefix.
        table: &'a str,
        /// The column.
        column: &'a str,
    },
    /// A condition of `when!`.
    Holds(&'a Condition),
}

/// The relation `name` of the prefix, as an oid (NULL when there is none): `to_regclass` finds
/// it through the catalog caches, far cheaper for the server to plan than a join of pg_class and
/// pg_namespace, which matters for a check that runs before every guarded statement.
fn regclass(prefix: &Prefix, name: &str) -> String {
    format!(
        "pg_catalog.to_regclass({})",
        quote_literal(&prefix.qualify(name))
    )
}

/// `EXISTS` over the live columns named `column` of `table` that match `filter` (`a` is the
/// column).
fn column_where(prefix: &Prefix, table: &str, column: &str, filter: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a WHERE a.attrelid = {} \
         AND a.attname = {} AND a.attnum > 0 AND NOT a.attisdropped{filter})",
        regclass(prefix, table),
        quote_literal(column)
    )
}

/// `EXISTS` over the relation `table` when it matches `filter` (`c` is its pg_class row).
fn table_where(prefix: &Prefix, table: &str, filter: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = {}{filter})",
        regclass(prefix, table)
    )
}

/// `EXISTS` over the rows of `catalog` (aliased `k`) whose `relation` column is the table.
fn of_table(prefix: &Prefix, catalog: &str, relation: &str, table: &str, filter: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM pg_catalog.{catalog} k WHERE k.{relation} = {}{filter})",
        regclass(prefix, table)
    )
}

impl Guard<'_> {
    /// The guard as one boolean SQL expression over the catalog, names written as literals:
    /// sent alone by [`Guard::holds`], or as the condition of the `DO` block a batch of
    /// statements runs the guarded statement in.
    pub fn sql(&self, prefix: &Prefix) -> String {
        let lit = |value: &str| quote_literal(value);
        match *self {
            Guard::SchemaMissing => format!(
                "pg_catalog.to_regnamespace({}) IS NULL",
                lit(&prefix.quoted())
            ),
            Guard::ConstraintMissing { table, name } => format!(
                "NOT {}",
                of_table(
                    prefix,
                    "pg_constraint",
                    "conrelid",
                    table,
                    &format!(" AND k.conname = {}", lit(name))
                )
            ),
            Guard::CanRenameColumn { table, from, to } => format!(
                "{} AND NOT {}",
                column_where(prefix, table, from, ""),
                column_where(prefix, table, to, "")
            ),
            Guard::TypeDiffers {
                table,
                column,
                canonical,
            } => column_where(
                prefix,
                table,
                column,
                &format!(
                    " AND pg_catalog.format_type(a.atttypid, a.atttypmod) <> {}",
                    lit(canonical)
                ),
            ),
            Guard::TypeMissing(name) => format!(
                "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t \
                 WHERE t.typnamespace = pg_catalog.to_regnamespace({}) AND t.typname = {})",
                lit(&prefix.quoted()),
                lit(name)
            ),
            Guard::TriggerMissing { table, name } => format!(
                "NOT {}",
                of_table(
                    prefix,
                    "pg_trigger",
                    "tgrelid",
                    table,
                    &format!(" AND k.tgname = {}", lit(name))
                )
            ),
            Guard::Logged(table) => table_where(prefix, table, " AND c.relpersistence = 'p'"),
            Guard::PrimaryKeyMissing(table) => table_where(
                prefix,
                table,
                " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k \
                 WHERE k.conrelid = c.oid AND k.contype = 'p')",
            ),
            Guard::Nullable { table, column } => {
                column_where(prefix, table, column, " AND NOT a.attnotnull")
            }
            Guard::Holds(Condition::TableExists(table)) => {
                table_where(prefix, table, " AND c.relkind IN ('r', 'p')")
            }
            Guard::Holds(Condition::ColumnExists { table, column }) => {
                column_where(prefix, table, column, "")
            }
            Guard::Holds(Condition::ColumnMissing { table, column }) => {
                format!("NOT {}", column_where(prefix, table, column, ""))
            }
        }
    }

    /// Evaluates the guard in one round trip (simple protocol); `true` means the statement must
    /// run.
    pub async fn holds(
        &self,
        conn: &mut PgConnection,
        prefix: &Prefix,
    ) -> Result<bool, sqlx::Error> {
        let sql = format!("SELECT {}", self.sql(prefix));
        let row = crate::wire::fetch_one(conn, &sql).await?;
        sqlx::Row::try_get(&row, 0)
    }

    /// How `pk plan` names the check.
    pub fn describe(&self) -> String {
        match self {
            Guard::SchemaMissing => "if the schema does not exist".into(),
            Guard::ConstraintMissing { table, name } => {
                format!("if {table} has no constraint {name}")
            }
            Guard::CanRenameColumn { table, from, to } => {
                format!("if {table}.{from} exists and {table}.{to} does not")
            }
            Guard::TypeDiffers {
                table,
                column,
                canonical,
            } => {
                format!("if {table}.{column} is not of type {canonical}")
            }
            Guard::TypeMissing(name) => format!("if type {name} does not exist"),
            Guard::TriggerMissing { table, name } => {
                format!("if {table} has no trigger {name}")
            }
            Guard::Logged(table) => format!("if {table} is not unlogged yet"),
            Guard::Nullable { table, column } => format!("if {table}.{column} allows NULL"),
            Guard::PrimaryKeyMissing(table) => format!("if {table} has no primary key"),
            Guard::Holds(condition) => format!("if {}", condition.describe()),
        }
    }
}

/// What the version marker says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Marker {
    /// The tracking table does not exist: nothing installed.
    Absent,
    /// The tracking table exists; its comment, if any.
    Present(Option<String>),
}

/// The query reading the tracking table's comment: one row (the comment, or NULL) when the
/// table exists, none otherwise. Written with literals, so it can be sent with other statements.
pub fn marker_sql(prefix: &Prefix, tracking_table: &str) -> String {
    format!(
        "SELECT pg_catalog.obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c \
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = {} AND c.relname = {} AND c.relkind IN ('r', 'p')",
        prefix.literal(),
        quote_literal(tracking_table)
    )
}

impl Marker {
    /// The marker in the rows [`marker_sql`] returned.
    pub fn from_rows(rows: &[sqlx::postgres::PgRow]) -> Result<Marker, sqlx::Error> {
        Ok(match rows.first() {
            None => Marker::Absent,
            Some(row) => Marker::Present(sqlx::Row::try_get(row, 0)?),
        })
    }
}

/// Reads the tracking table's comment in one round trip.
pub async fn read_marker(
    conn: &mut PgConnection,
    prefix: &Prefix,
    tracking_table: &str,
) -> Result<Marker, sqlx::Error> {
    let rows = crate::wire::fetch_all(conn, &marker_sql(prefix, tracking_table)).await?;
    Marker::from_rows(&rows)
}

/// What [`tables_of`] finds about one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableFacts {
    /// Its columns, in order.
    pub columns: Vec<String>,
    /// It is an ordinary table whose heap has no page at all, so it holds no row (a partitioned
    /// table, whose rows are in its partitions, never is).
    pub empty: bool,
}

/// The columns of those of `tables` that exist in the prefix (ordinary or partitioned tables),
/// and whether they are certainly empty, in one round trip over the simple protocol (the names
/// are written as literals, so nothing is prepared).
pub async fn tables_of(
    conn: &mut PgConnection,
    prefix: &Prefix,
    tables: &[&str],
) -> Result<std::collections::HashMap<String, TableFacts>, sqlx::Error> {
    use sqlx::Row;
    if tables.is_empty() {
        return Ok(Default::default());
    }
    let sql = tables_of_sql(prefix, tables);
    let rows = crate::wire::fetch_all(conn, &sql).await?;
    rows.iter()
        .map(|row| {
            let table: String = row.try_get(0)?;
            let columns: Vec<String> = row.try_get(1)?;
            let empty: bool = row.try_get(2)?;
            Ok((table, TableFacts { columns, empty }))
        })
        .collect()
}

/// The query of [`tables_of`].
pub fn tables_of_sql(prefix: &Prefix, tables: &[&str]) -> String {
    let names: Vec<String> = tables.iter().map(|t| crate::quote_literal(t)).collect();
    format!(
        "SELECT c.relname::text, array_remove(array_agg(a.attname::text ORDER BY a.attnum), NULL), \
           c.relkind = 'r' AND pg_catalog.pg_relation_size(c.oid) = 0 \
         FROM pg_catalog.pg_class c \
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 \
           AND NOT a.attisdropped \
         WHERE n.nspname = {} AND c.relkind IN ('r', 'p') AND c.relname IN ({}) \
         GROUP BY c.oid, c.relname, c.relkind",
        prefix.literal(),
        names.join(", ")
    )
}
