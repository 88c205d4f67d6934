//! Definition types: a chain of versions, each a list of operations.
//!
//! These are plain data, emitted as `static` items by `pk_macros::version!`. SQL is rendered from
//! them in one place (`sql.rs`), with every identifier quoted by one function.

use std::fmt;

/// A versioned schema chain: the tracking table that holds the version marker, and the versions.
#[derive(Debug)]
pub struct Chain {
    /// Human name used in progress messages (`Applying PhoenixKit V01→V82`).
    pub name: &'static str,
    /// Table whose comment records the installed version (`COMMENT ON TABLE <prefix>.<table> IS 'N'`).
    pub tracking_table: &'static str,
    /// The version a tracking table without a comment stands for (PhoenixKit: 1, Oban: 0).
    pub unmarked_version: u32,
    /// Versions 1..=N in order; `versions[i].number == i + 1`.
    pub versions: &'static [&'static Version],
}

impl Chain {
    /// The newest version this chain knows.
    pub fn latest(&self) -> u32 {
        self.versions.len() as u32
    }

    /// The lowest version a down from `from` can reach: the highest irreversible version at or
    /// below `from`, or 0 when every version on the way can be undone.
    pub fn down_floor(&self, from: u32) -> u32 {
        (1..=from.min(self.latest()))
            .rev()
            .find(|&n| {
                self.version(n)
                    .is_some_and(|v| matches!(v.down, Down::Irreversible(_)))
            })
            .unwrap_or(0)
    }

    /// The version with this number, if the chain has it.
    pub fn version(&self, number: u32) -> Option<&'static Version> {
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        self.versions.get(index).copied()
    }
}

/// One schema version: its `up` operations and how to undo them.
#[derive(Debug)]
pub struct Version {
    pub number: u32,
    pub title: &'static str,
    pub up: &'static [Op],
    pub down: Down,
}

/// How a version is undone.
#[derive(Debug)]
pub enum Down {
    /// Operations that restore the previous version (derived from `up` by the macro, or written).
    Ops(&'static [Op]),
    /// The version cannot be undone; the runtime refuses before changing anything.
    Irreversible(&'static str),
}

/// One schema or data operation. Table, column, index and constraint names are bare identifiers;
/// the renderer qualifies them with the prefix and quotes them.
#[derive(Debug)]
pub enum Op {
    /// `CREATE SCHEMA <prefix>` unless it exists.
    CreateSchema,
    /// `CREATE EXTENSION IF NOT EXISTS <name>` (database-wide).
    CreateExtension(&'static str),
    CreateTable(Table),
    DropTable(&'static str),
    AddColumn {
        table: &'static str,
        column: Column,
    },
    /// `DROP COLUMN IF EXISTS`; with `cascade`, objects outside pk's model that depend on the
    /// column (an application's views or foreign keys) go too.
    DropColumn {
        table: &'static str,
        column: &'static str,
        cascade: bool,
    },
    RenameColumn {
        table: &'static str,
        from: &'static str,
        to: &'static str,
    },
    /// `ALTER COLUMN .. TYPE`, run only when the column's current type differs.
    ChangeType {
        table: &'static str,
        column: &'static str,
        ty: &'static str,
        /// The type as `format_type` prints it, for the idempotency guard.
        canonical: &'static str,
        using: Option<Sql>,
    },
    SetNotNull {
        table: &'static str,
        column: &'static str,
    },
    DropNotNull {
        table: &'static str,
        column: &'static str,
    },
    /// `SET DEFAULT` (`Some`) or `DROP DEFAULT` (`None`).
    SetDefault {
        table: &'static str,
        column: &'static str,
        default: Option<Sql>,
    },
    CreateIndex(Index),
    DropIndex(&'static str),
    AddForeignKey(ForeignKey),
    DropConstraint {
        table: &'static str,
        name: &'static str,
    },
    /// `INSERT .. ON CONFLICT (..) DO NOTHING`.
    Seed(Seed),
    /// `DELETE FROM table WHERE key IN (..)`: the inverse of a seed.
    Unseed(Seed),
    Update {
        table: &'static str,
        set: Sql,
        /// A FROM list joined by `filter` (`UPDATE .. SET .. FROM .. WHERE ..`).
        from: Option<Sql>,
        filter: Option<Sql>,
    },
    Delete {
        table: &'static str,
        filter: Option<Sql>,
    },
    /// A data step written in Rust (e.g. V08's username generation).
    Call(Call),
    /// Raw SQL escape hatch; `why` says why no typed operation fits.
    Sql {
        sql: Sql,
        why: &'static str,
    },
    /// `COMMENT ON TABLE` (no column) or `COMMENT ON COLUMN`; `None` removes the comment.
    Comment {
        table: &'static str,
        column: Option<&'static str>,
        text: Option<&'static str>,
    },
    /// `ADD CONSTRAINT .. CHECK`, unless the table has a constraint of that name.
    AddCheck(Check),
    /// `CREATE TYPE .. AS ENUM` in the prefix schema, unless the type exists.
    CreateEnum {
        name: &'static str,
        values: &'static [&'static str],
    },
    /// `ALTER TYPE .. ADD VALUE IF NOT EXISTS`.
    AddEnumValue {
        name: &'static str,
        value: &'static str,
    },
    DropEnum(&'static str),
    /// `CREATE OR REPLACE FUNCTION` in the prefix schema.
    CreateFunction(Function),
    DropFunction {
        name: &'static str,
        args: &'static str,
    },
    /// `CREATE TRIGGER .. FOR EACH ROW EXECUTE PROCEDURE <prefix>.<function>()`, unless the
    /// trigger exists.
    CreateTrigger(Trigger),
    DropTrigger {
        table: &'static str,
        name: &'static str,
    },
    /// `ALTER TABLE .. SET UNLOGGED`, unless it already is.
    SetUnlogged(&'static str),
    /// Operations that run only when a catalog condition holds at run time.
    When {
        condition: Condition,
        ops: &'static [Op],
    },
    /// `ALTER TABLE IF EXISTS .. RENAME TO ..`.
    RenameTable {
        from: &'static str,
        to: &'static str,
    },
    /// `ALTER INDEX IF EXISTS .. RENAME TO ..`.
    RenameIndex {
        from: &'static str,
        to: &'static str,
    },
    /// `ADD CONSTRAINT .. UNIQUE (..)`, unless the table has a constraint of that name.
    AddUnique(Unique),
    /// Fills the column's NULLs with `fill`, then `SET NOT NULL`; both only while the column is
    /// nullable.
    FillNotNull {
        table: &'static str,
        column: &'static str,
        fill: Sql,
    },
    /// `column` := `parent.uuid` where `parent.id` = `int_column`, for rows where `column` is NULL;
    /// with `batch`, repeated in batches of that many rows until none is left.
    BackfillUuidFk {
        table: &'static str,
        column: &'static str,
        int_column: &'static str,
        parent: &'static str,
        batch: Option<u32>,
    },
    /// `ADD CONSTRAINT <name> PRIMARY KEY (..)`, unless the table has a primary key.
    AddPrimaryKey {
        table: &'static str,
        columns: &'static [&'static str],
        name: &'static str,
    },
    /// `DROP SEQUENCE IF EXISTS`; with `cascade`, the column default using it goes too.
    DropSequence {
        name: &'static str,
        cascade: bool,
    },
    /// A sequence owned by `table.column` (of type `ty`), set past the column's largest value and
    /// made the column's default: the inverse of dropping a serial column's sequence.
    CreateSequence {
        name: &'static str,
        ty: &'static str,
        table: &'static str,
        column: &'static str,
    },
    /// `SET LOCAL <name> = '<value>'`: a setting for the rest of the version's transaction.
    SetLocal {
        name: &'static str,
        value: &'static str,
    },
    /// Runs another chain (e.g. Oban's own migrations) up or down to `to`, inside this version's
    /// transaction, from whatever version that chain is at.
    RunChain {
        chain: &'static Chain,
        to: u32,
    },
}

/// A catalog condition of [`Op::When`], scoped to the prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    TableExists(&'static str),
    ColumnExists {
        table: &'static str,
        column: &'static str,
    },
    ColumnMissing {
        table: &'static str,
        column: &'static str,
    },
}

#[derive(Debug)]
pub struct Unique {
    pub table: &'static str,
    pub name: &'static str,
    pub columns: &'static [&'static str],
}

#[derive(Debug)]
pub struct Check {
    pub table: &'static str,
    pub name: &'static str,
    pub expr: Sql,
    /// `NOT VALID`: existing rows are not checked.
    pub not_valid: bool,
}

#[derive(Debug)]
pub struct Function {
    pub name: &'static str,
    /// The argument list with its parentheses, e.g. `(value bigint)`.
    pub args: &'static str,
    pub returns: &'static str,
    pub language: &'static str,
    /// The body; `{prefix}` and `{prefix_text}` are expanded.
    pub body: Sql,
    pub immutable: bool,
    /// `STRICT`: returns NULL on a NULL argument without running.
    pub strict: bool,
}

#[derive(Debug)]
pub struct Trigger {
    pub table: &'static str,
    pub name: &'static str,
    /// e.g. `AFTER INSERT OR UPDATE OF state`.
    pub timing: &'static str,
    pub function: &'static str,
}

/// A SQL fragment in which `{prefix}` stands for the quoted schema name and
/// `{prefix_literal}` for the schema name as a string literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sql(pub &'static str);

#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [Column],
    pub primary_key: &'static [&'static str],
    pub foreign_keys: &'static [ForeignKey],
    pub checks: &'static [Check],
    pub uniques: &'static [Unique],
}

#[derive(Debug)]
pub struct Column {
    pub name: &'static str,
    /// SQL type as written in DDL, e.g. `varchar(255)`, `timestamp(0)`, `bigserial`; `{prefix}`
    /// stands for the schema of a type defined there.
    pub ty: Sql,
    pub not_null: bool,
    pub default: Option<Sql>,
}

#[derive(Debug)]
pub struct Index {
    pub table: &'static str,
    /// May contain `{prefix}`: PhoenixKit derives one index name from the schema name (V26).
    pub name: &'static str,
    /// Key expressions: quoted column names, or SQL expressions, each with an optional `DESC`.
    pub keys: &'static [IndexKey],
    pub unique: bool,
    pub method: Option<&'static str>,
    pub filter: Option<Sql>,
}

#[derive(Debug)]
pub enum IndexKey {
    Column { name: &'static str, desc: bool },
    Expr(Sql),
}

#[derive(Debug)]
pub struct ForeignKey {
    pub table: &'static str,
    pub name: &'static str,
    pub columns: &'static [&'static str],
    pub ref_table: &'static str,
    pub ref_columns: &'static [&'static str],
    pub on_delete: Action,
    pub on_update: Action,
    /// Before the constraint is added (only then): rows whose value has no parent are deleted
    /// or set to NULL, as PhoenixKit's V57 does.
    pub orphans: Option<Orphans>,
}

/// What happens to rows that reference no parent when a foreign key is added.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orphans {
    Delete,
    SetNull,
}

/// Referential action of a foreign key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(
    clippy::enum_variant_names,
    reason = "NO ACTION is PostgreSQL's own name"
)]
pub enum Action {
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

impl Action {
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

#[derive(Debug)]
pub struct Seed {
    pub table: &'static str,
    pub conflict: &'static [&'static str],
    pub columns: &'static [&'static str],
    pub rows: &'static [&'static [Value]],
    /// `true`: a unique index covers `conflict`, so `ON CONFLICT` works; `false`: each row is
    /// inserted only if no row with its key exists.
    pub on_conflict: bool,
    /// `ON CONFLICT .. DO UPDATE SET <update>` instead of `DO NOTHING`.
    pub update: Option<Sql>,
}

/// A literal in a seed row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Text(&'static str),
    /// A SQL expression such as `NOW()`.
    Expr(Sql),
    /// A fresh UUIDv7, generated when the statement is rendered.
    UuidV7,
}

/// A data step written in Rust. It runs inside the version's transaction.
pub struct Call {
    pub name: &'static str,
    pub run: crate::CallFn,
}

impl fmt::Debug for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl Condition {
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

impl Op {
    /// A one-line description used in errors, progress and plans.
    pub fn describe(&self) -> String {
        match self {
            Op::CreateSchema => "create schema".into(),
            Op::CreateExtension(name) => format!("create extension {name}"),
            Op::CreateTable(t) => format!("create table {}", t.name),
            Op::DropTable(t) => format!("drop table {t}"),
            Op::AddColumn { table, column } => format!("add column {table}.{}", column.name),
            Op::DropColumn { table, column, .. } => format!("drop column {table}.{column}"),
            Op::AddPrimaryKey { table, name, .. } => {
                format!("add primary key {name} on {table}")
            }
            Op::DropSequence { name, .. } => format!("drop sequence {name}"),
            Op::CreateSequence { name, .. } => format!("create sequence {name}"),
            Op::RenameColumn { table, from, to } => format!("rename column {table}.{from} to {to}"),
            Op::ChangeType {
                table, column, ty, ..
            } => format!("change type of {table}.{column} to {ty}"),
            Op::SetNotNull { table, column } => format!("set not null on {table}.{column}"),
            Op::DropNotNull { table, column } => format!("drop not null on {table}.{column}"),
            Op::SetDefault {
                table,
                column,
                default: Some(_),
            } => format!("set default on {table}.{column}"),
            Op::SetDefault {
                table,
                column,
                default: None,
            } => format!("drop default on {table}.{column}"),
            Op::CreateIndex(i) => format!("create index {}", i.name),
            Op::DropIndex(name) => format!("drop index {name}"),
            Op::AddForeignKey(fk) => format!("add foreign key {} on {}", fk.name, fk.table),
            Op::DropConstraint { table, name } => format!("drop constraint {name} on {table}"),
            Op::Seed(s) => format!("seed {} rows into {}", s.rows.len(), s.table),
            Op::Unseed(s) => format!("remove {} seeded rows from {}", s.rows.len(), s.table),
            Op::Update { table, .. } => format!("update {table}"),
            Op::Delete { table, .. } => format!("delete from {table}"),
            Op::Call(c) => format!("run {}", c.name),
            Op::Sql { why, .. } => format!("raw sql ({why})"),
            Op::Comment {
                table,
                column: None,
                ..
            } => format!("comment on table {table}"),
            Op::Comment {
                table,
                column: Some(column),
                ..
            } => format!("comment on column {table}.{column}"),
            Op::AddCheck(c) => format!("add check {} on {}", c.name, c.table),
            Op::CreateEnum { name, .. } => format!("create enum type {name}"),
            Op::AddEnumValue { name, value } => format!("add value {value} to enum {name}"),
            Op::DropEnum(name) => format!("drop enum type {name}"),
            Op::CreateFunction(f) => format!("create function {}{}", f.name, f.args),
            Op::DropFunction { name, args } => format!("drop function {name}{args}"),
            Op::CreateTrigger(t) => format!("create trigger {} on {}", t.name, t.table),
            Op::DropTrigger { table, name } => format!("drop trigger {name} on {table}"),
            Op::SetUnlogged(table) => format!("set {table} unlogged"),
            Op::When { condition, ops } => {
                format!("when {} ({} operations)", condition.describe(), ops.len())
            }
            Op::RunChain { chain, to } => format!("run {} migrations to version {to}", chain.name),
            Op::RenameTable { from, to } => format!("rename table {from} to {to}"),
            Op::RenameIndex { from, to } => format!("rename index {from} to {to}"),
            Op::AddUnique(u) => format!("add unique constraint {} on {}", u.name, u.table),
            Op::SetLocal { name, value } => format!("set local {name} = {value}"),
            Op::FillNotNull { table, column, .. } => {
                format!("fill NULLs and set not null on {table}.{column}")
            }
            Op::BackfillUuidFk {
                table,
                column,
                parent,
                ..
            } => format!("backfill {table}.{column} from {parent}.uuid"),
        }
    }
}
