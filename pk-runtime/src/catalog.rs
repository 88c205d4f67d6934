//! Catalog inspection, always scoped to one schema: the guards that make operations idempotent
//! where PostgreSQL has no `IF [NOT] EXISTS`, and the version marker.

use sqlx::PgConnection;

use crate::Prefix;
use crate::op::Condition;

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

const COLUMN_EXISTS: &str = "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a \
     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid \
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
     WHERE n.nspname = $1 AND c.relname = $2 AND a.attname = $3 AND a.attnum > 0 \
       AND NOT a.attisdropped)";

/// Whether `sql` (taking the schema and further text parameters) returns true.
async fn ask(
    conn: &mut PgConnection,
    sql: &'static str,
    schema: &str,
    args: &[&str],
) -> Result<bool, sqlx::Error> {
    let mut query = sqlx::query_scalar::<_, bool>(sql).bind(schema.to_owned());
    for arg in args {
        query = query.bind((*arg).to_owned());
    }
    query.fetch_one(conn).await
}

impl Guard<'_> {
    /// Evaluates the guard; `true` means the statement must run.
    pub async fn holds(
        &self,
        conn: &mut PgConnection,
        prefix: &Prefix,
    ) -> Result<bool, sqlx::Error> {
        let schema = prefix.as_str();
        match *self {
            Guard::SchemaMissing => {
                let exists: bool = sqlx::query_scalar(
                    "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = $1)",
                )
                .bind(schema)
                .fetch_one(conn)
                .await?;
                Ok(!exists)
            }
            Guard::ConstraintMissing { table, name } => {
                let exists: bool = sqlx::query_scalar(
                    "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k \
                     JOIN pg_catalog.pg_class c ON c.oid = k.conrelid \
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                     WHERE n.nspname = $1 AND c.relname = $2 AND k.conname = $3)",
                )
                .bind(schema)
                .bind(table)
                .bind(name)
                .fetch_one(conn)
                .await?;
                Ok(!exists)
            }
            Guard::CanRenameColumn { table, from, to } => {
                let (has_from, has_to): (bool, bool) = sqlx::query_as(
                    "SELECT bool_or(a.attname = $3), bool_or(a.attname = $4) FROM pg_catalog.pg_attribute a \
                     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid \
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                     WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped",
                )
                .bind(schema)
                .bind(table)
                .bind(from)
                .bind(to)
                .fetch_optional(conn)
                .await?
                .map(|(f, t): (Option<bool>, Option<bool>)| (f.unwrap_or(false), t.unwrap_or(false)))
                .unwrap_or((false, false));
                Ok(has_from && !has_to)
            }
            Guard::TypeDiffers {
                table,
                column,
                canonical,
            } => {
                let current: Option<String> = sqlx::query_scalar(
                    "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a \
                     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid \
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                     WHERE n.nspname = $1 AND c.relname = $2 AND a.attname = $3 AND a.attnum > 0 \
                       AND NOT a.attisdropped",
                )
                .bind(schema)
                .bind(table)
                .bind(column)
                .fetch_optional(conn)
                .await?;
                Ok(current.is_some_and(|current| current != canonical))
            }
            Guard::TypeMissing(name) => Ok(!ask(
                conn,
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_type t \
                 JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace \
                 WHERE n.nspname = $1 AND t.typname = $2)",
                schema,
                &[name],
            )
            .await?),
            Guard::TriggerMissing { table, name } => Ok(!ask(
                conn,
                "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger t \
                 JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid \
                 JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                 WHERE n.nspname = $1 AND c.relname = $2 AND t.tgname = $3)",
                schema,
                &[table, name],
            )
            .await?),
            Guard::Logged(table) => {
                ask(
                    conn,
                    "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c \
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                     WHERE n.nspname = $1 AND c.relname = $2 AND c.relpersistence = 'p')",
                    schema,
                    &[table],
                )
                .await
            }
            Guard::PrimaryKeyMissing(table) => {
                ask(
                    conn,
                    "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c \
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                     WHERE n.nspname = $1 AND c.relname = $2 AND NOT EXISTS ( \
                       SELECT 1 FROM pg_catalog.pg_constraint k \
                       WHERE k.conrelid = c.oid AND k.contype = 'p'))",
                    schema,
                    &[table],
                )
                .await
            }
            Guard::Nullable { table, column } => {
                ask(
                    conn,
                    "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a \
                     JOIN pg_catalog.pg_class c ON c.oid = a.attrelid \
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                     WHERE n.nspname = $1 AND c.relname = $2 AND a.attname = $3 AND a.attnum > 0 \
                       AND NOT a.attisdropped AND NOT a.attnotnull)",
                    schema,
                    &[table, column],
                )
                .await
            }
            Guard::Holds(Condition::TableExists(table)) => {
                ask(
                    conn,
                    "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c \
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
                     WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p'))",
                    schema,
                    &[table],
                )
                .await
            }
            Guard::Holds(Condition::ColumnExists { table, column }) => {
                ask(conn, COLUMN_EXISTS, schema, &[table, column]).await
            }
            Guard::Holds(Condition::ColumnMissing { table, column }) => {
                Ok(!ask(conn, COLUMN_EXISTS, schema, &[table, column]).await?)
            }
        }
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

/// Reads the tracking table's comment in one round trip.
pub async fn read_marker(
    conn: &mut PgConnection,
    prefix: &Prefix,
    tracking_table: &str,
) -> Result<Marker, sqlx::Error> {
    let row: Option<(Option<String>,)> = sqlx::query_as(
        "SELECT pg_catalog.obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c \
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')",
    )
    .bind(prefix.as_str())
    .bind(tracking_table)
    .fetch_optional(conn)
    .await?;
    Ok(match row {
        None => Marker::Absent,
        Some((comment,)) => Marker::Present(comment),
    })
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
    let rows = crate::txn::fetch_all(conn, &sql).await?;
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
