//! The definitions operations are made of: tables, columns, indexes, constraints, routines,
//! SQL fragments, values, data steps and `when!` conditions.

use std::any::Any;
use std::borrow::Cow;
use std::fmt;

use super::{List, Str};

/// A catalog condition of [`Op::When`], scoped to the prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// The prefix has a table of this name.
    TableExists(Str),
    /// `table` exists and has `column`.
    ColumnExists {
        /// The table.
        table: Str,
        /// The column it must have.
        column: Str,
    },
    /// `table` has no column `column` (also true when the table does not exist).
    ColumnMissing {
        /// The table.
        table: Str,
        /// The column it must not have.
        column: Str,
    },
}

/// A unique constraint (`CONSTRAINT name UNIQUE (columns)`), backed by a unique index of the
/// same name.
#[derive(Debug, Clone, PartialEq)]
pub struct Unique {
    /// The constrained table.
    pub table: Str,
    /// The constraint's name (also its index's).
    pub name: Str,
    /// The columns whose combination is unique, in order.
    pub columns: List<Str>,
}

/// A CHECK constraint (`CONSTRAINT name CHECK (expr)`).
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The constrained table.
    pub table: Str,
    /// The constraint's name.
    pub name: Str,
    /// The boolean expression, without the surrounding `CHECK (..)`.
    pub expr: Sql,
    /// `NOT VALID`: existing rows are not checked.
    pub not_valid: bool,
}

/// A function created in the prefix schema with `CREATE OR REPLACE FUNCTION`.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    /// The function's name, unqualified.
    pub name: Str,
    /// The argument list with its parentheses, e.g. `(value bigint)`.
    pub args: Str,
    /// The result type as written after `RETURNS`, e.g. `uuid`, `trigger`, `SETOF text`.
    pub returns: Str,
    /// The language, e.g. `plpgsql` or `sql`.
    pub language: Str,
    /// The body, dollar-quoted when rendered; its placeholders are expanded (see [`Sql`]).
    pub body: Sql,
    /// `IMMUTABLE`; otherwise the function is `VOLATILE`, PostgreSQL's default.
    pub immutable: bool,
    /// `STRICT`: returns NULL on a NULL argument without running.
    pub strict: bool,
}

/// A row-level trigger calling a function of the prefix schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    /// The table it fires on.
    pub table: Str,
    /// The trigger's name.
    pub name: Str,
    /// When it fires, as written in `CREATE TRIGGER`, e.g. `AFTER INSERT OR UPDATE OF state`.
    pub timing: Str,
    /// The trigger function's name in the prefix schema (called without arguments).
    pub function: Str,
}

/// A SQL fragment in which `{prefix}` stands for the quoted schema name, `{prefix_literal}` for
/// the schema name as a string literal and `{prefix_text}` for the schema name escaped for use
/// inside a string literal. The runtime expands them when it renders a statement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sql(pub Str);

impl Sql {
    /// A fragment known at compile time.
    pub const fn new(text: &'static str) -> Self {
        Sql(Cow::Borrowed(text))
    }

    /// The fragment's text, placeholders unexpanded.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Sql {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<String> for Sql {
    fn from(text: String) -> Self {
        Sql(Cow::Owned(text))
    }
}

impl From<&'static str> for Sql {
    fn from(text: &'static str) -> Self {
        Sql(Cow::Borrowed(text))
    }
}

impl fmt::Display for Sql {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A table as [`Op::CreateTable`] creates it, with its inline constraints.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The table's name, unqualified.
    pub name: Str,
    /// Its columns, in order.
    pub columns: List<Column>,
    /// The primary key's columns (constraint `<table>_pkey`); empty for a table without one.
    pub primary_key: List<Str>,
    /// Foreign keys declared with the table.
    pub foreign_keys: List<ForeignKey>,
    /// CHECK constraints declared with the table.
    pub checks: List<Check>,
    /// Unique constraints declared with the table.
    pub uniques: List<Unique>,
}

/// A column definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The column's name.
    pub name: Str,
    /// SQL type as written in DDL, e.g. `varchar(255)`, `timestamp(0)`, `bigserial`; `{prefix}`
    /// stands for the schema of a type defined there.
    pub ty: Sql,
    /// The type as PostgreSQL's `format_type` prints it (`character varying(255)`, `bigint` for
    /// `bigserial`), for guards and the expected schema.
    pub canonical: Str,
    /// `NOT NULL`.
    pub not_null: bool,
    /// The `DEFAULT` expression, if any.
    pub default: Option<Sql>,
}

/// An index of a table in the prefix schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    /// The indexed table.
    pub table: Str,
    /// May contain `{prefix}`: PhoenixKit derives one index name from the schema name (V26).
    pub name: Str,
    /// Key expressions: quoted column names, or SQL expressions, each with an optional `DESC`.
    pub keys: List<IndexKey>,
    /// `CREATE UNIQUE INDEX`.
    pub unique: bool,
    /// The access method (`USING gin`); `None` is PostgreSQL's default, btree.
    pub method: Option<Str>,
    /// The `WHERE` predicate of a partial index.
    pub filter: Option<Sql>,
}

/// One key of an [`Index`].
#[derive(Debug, Clone, PartialEq)]
pub enum IndexKey {
    /// A column, quoted when rendered.
    Column {
        /// The column's name.
        name: Str,
        /// `DESC` order.
        desc: bool,
    },
    /// An expression, rendered in parentheses, e.g. `lower(email)`.
    Expr(Sql),
}

/// A foreign key constraint.
#[derive(Debug, Clone, PartialEq)]
pub struct ForeignKey {
    /// The referencing table.
    pub table: Str,
    /// The constraint's name.
    pub name: Str,
    /// The referencing columns, in order.
    pub columns: List<Str>,
    /// The referenced table, in the same prefix schema.
    pub ref_table: Str,
    /// The referenced columns, matching `columns` one to one.
    pub ref_columns: List<Str>,
    /// `ON DELETE` action.
    pub on_delete: Action,
    /// `ON UPDATE` action.
    pub on_update: Action,
    /// Before the constraint is added (only then): rows whose value has no parent are deleted
    /// or set to NULL, as PhoenixKit's V57 does.
    pub orphans: Option<Orphans>,
}

/// What happens to rows that reference no parent when a foreign key is added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orphans {
    /// Delete the rows.
    Delete,
    /// Set the referencing column to NULL.
    SetNull,
}

/// Referential action of a foreign key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(
    clippy::enum_variant_names,
    reason = "NO ACTION is PostgreSQL's own name"
)]
pub enum Action {
    /// `NO ACTION`, PostgreSQL's default; the rendered constraint leaves the clause out.
    NoAction,
    /// `RESTRICT`: deleting or updating a referenced row fails, checked at once.
    Restrict,
    /// `CASCADE`: referencing rows are deleted or updated along.
    Cascade,
    /// `SET NULL`: referencing columns become NULL.
    SetNull,
    /// `SET DEFAULT`: referencing columns take their default.
    SetDefault,
}

impl Action {
    /// The action as written in SQL, e.g. `SET NULL`.
    pub fn sql(self) -> &'static str {
        match self {
            Action::NoAction => "NO ACTION",
            Action::Restrict => "RESTRICT",
            Action::Cascade => "CASCADE",
            Action::SetNull => "SET NULL",
            Action::SetDefault => "SET DEFAULT",
        }
    }
}

/// Rows [`Op::Seed`] inserts (and [`Op::Unseed`] removes), identified by their key.
#[derive(Debug, Clone, PartialEq)]
pub struct Seed {
    /// The table the rows go into.
    pub table: Str,
    /// The key columns that identify a row; each is one of `columns`.
    pub conflict: List<Str>,
    /// The columns every row gives values for, in order.
    pub columns: List<Str>,
    /// The rows, each with one value per column of `columns`.
    pub rows: List<List<Value>>,
    /// `true`: a unique index covers `conflict`, so `ON CONFLICT` works; `false`: each row is
    /// inserted only if no row with its key exists.
    pub on_conflict: bool,
    /// `ON CONFLICT .. DO UPDATE SET <update>` instead of `DO NOTHING`.
    pub update: Option<Sql>,
}

/// A literal in a seed row.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `NULL`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer literal.
    Int(i64),
    /// A string, rendered as a quoted literal.
    Text(Str),
    /// A SQL expression such as `NOW()`.
    Expr(Sql),
    /// A fresh UUIDv7, generated when the statement is rendered.
    UuidV7,
}

/// A data step written in Rust. It runs inside the version's transaction.
///
/// `run` is the step's function as a `pk_runtime::CallFn` (a function pointer taking the
/// connection and the prefix), held type-erased so that this crate needs no database driver. The
/// macro leaves it `None` while it checks a version and fills it in the emitted `static`.
#[derive(Clone)]
pub struct Call {
    /// The function's path as written in `call!(…)`.
    pub name: Str,
    /// The function, a `&'static pk_runtime::CallFn` behind `dyn Any`; `None` while the macro
    /// checks the version.
    pub run: Option<&'static (dyn Any + Send + Sync)>,
}

impl fmt::Debug for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Call {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Condition {
    /// The condition in words, e.g. `column t.c exists`, for plans and progress.
    pub fn describe(&self) -> String {
        match self {
            Condition::TableExists(t) => format!("table {t} exists"),
            Condition::ColumnExists { table, column } => format!("column {table}.{column} exists"),
            Condition::ColumnMissing { table, column } => {
                format!("column {table}.{column} does not exist")
            }
        }
    }
}
