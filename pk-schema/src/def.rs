//! Definition types: a chain of versions, each a list of operations.
//!
//! These are plain data. `pk_macros::version!` builds them while it checks a version (owned
//! values) and emits them as `static` items (borrowed values); the runtime renders SQL from them
//! (`pk_runtime::sql`), online mode and repair build them at run time. Every name and SQL fragment
//! is a [`Str`] and every list a [`List`], so one type serves all three.

use std::any::Any;
use std::borrow::Cow;
use std::fmt;

/// A name or SQL fragment: borrowed in `static` chains, owned when built at run time.
pub type Str = Cow<'static, str>;

/// A list of definitions: borrowed in `static` chains, owned when built at run time.
pub type List<T> = Cow<'static, [T]>;

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
    /// The directory the chain's `vNN.rs` files were registered from by `chain!` (absolute, as
    /// it was when the chain was compiled), where `new` writes the next version.
    pub source_dir: Option<&'static str>,
    /// The chain this one builds on (its tables reference the base's), declared by the first
    /// version's `builds_on`: `up` refuses while the base is below the version it needs.
    pub base: Option<Base>,
}

/// The chain another chain builds on, and the version of it that the first version needs.
#[derive(Debug, Clone, Copy)]
pub struct Base {
    /// The base chain (PhoenixKit's, for an application that references its tables).
    pub chain: &'static Chain,
    /// The base's version the building chain was checked against.
    pub version: u32,
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

    /// Whether the chain's first version creates its tracking table itself (PhoenixKit's and
    /// Oban's do). When it does not, the runtime creates an empty one with version 1 and drops it
    /// with version 1's down, so an application's first version holds only its own tables.
    pub fn creates_tracking_table(&self) -> bool {
        self.versions.first().is_some_and(|v| {
            v.up.iter()
                .any(|op| matches!(op, Op::CreateTable(t) if t.name == self.tracking_table))
        })
    }

    /// The operations that move the database across `version` in `direction`: the version's own
    /// ([`Version::ops`]), and for version 1 of a chain whose first version does not create its
    /// tracking table, that table (with the schema, unless it exists) before the up and its drop
    /// after the down. `Err` with the reason when the version cannot be undone.
    pub fn ops(
        &self,
        version: &'static Version,
        direction: Direction,
    ) -> Result<Vec<Cow<'static, Op>>, &'static str> {
        let own = version.ops(direction)?.iter().map(Cow::Borrowed);
        if version.number != 1 || self.creates_tracking_table() {
            return Ok(own.collect());
        }
        let table = Str::Borrowed(self.tracking_table);
        Ok(match direction {
            Direction::Up => [
                Cow::Owned(Op::CreateSchema),
                Cow::Owned(Op::CreateTable(Table {
                    name: table,
                    columns: List::Borrowed(&[]),
                    primary_key: List::Borrowed(&[]),
                    foreign_keys: List::Borrowed(&[]),
                    checks: List::Borrowed(&[]),
                    uniques: List::Borrowed(&[]),
                })),
            ]
            .into_iter()
            .chain(own)
            .collect(),
            Direction::Down => own.chain([Cow::Owned(Op::DropTable(table))]).collect(),
        })
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
    /// The version's number: its position in the chain, 1-based.
    pub number: u32,
    /// One line saying what the version does.
    pub title: &'static str,
    /// The operations that apply it, in order.
    pub up: &'static [Op],
    /// How it is undone.
    pub down: Down,
}

impl Version {
    /// The operations that move the database across this version in `direction`: its `up`, or
    /// its down's operations; `Err` with the reason when the version cannot be undone.
    pub fn ops(&self, direction: Direction) -> Result<&'static [Op], &'static str> {
        match (direction, &self.down) {
            (Direction::Up, _) => Ok(self.up),
            (Direction::Down, Down::Ops(ops)) => Ok(ops),
            (Direction::Down, Down::Irreversible(reason)) => Err(reason),
        }
    }
}

/// Which way a run goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
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
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// `CREATE SCHEMA <prefix>` unless it exists.
    CreateSchema,
    /// `CREATE EXTENSION IF NOT EXISTS <name>` (database-wide).
    CreateExtension(Str),
    CreateTable(Table),
    DropTable(Str),
    AddColumn {
        table: Str,
        column: Column,
    },
    /// `DROP COLUMN IF EXISTS`; with `cascade`, objects outside pk's model that depend on the
    /// column (an application's views or foreign keys) go too.
    DropColumn {
        table: Str,
        column: Str,
        cascade: bool,
    },
    RenameColumn {
        table: Str,
        from: Str,
        to: Str,
    },
    /// `ALTER COLUMN .. TYPE`, run only when the column's current type differs.
    ChangeType {
        table: Str,
        column: Str,
        ty: Str,
        /// The type as `format_type` prints it, for the idempotency guard.
        canonical: Str,
        using: Option<Sql>,
    },
    SetNotNull {
        table: Str,
        column: Str,
    },
    DropNotNull {
        table: Str,
        column: Str,
    },
    /// `SET DEFAULT` (`Some`) or `DROP DEFAULT` (`None`).
    SetDefault {
        table: Str,
        column: Str,
        default: Option<Sql>,
    },
    CreateIndex(Index),
    DropIndex(Str),
    AddForeignKey(ForeignKey),
    DropConstraint {
        table: Str,
        name: Str,
    },
    /// `INSERT .. ON CONFLICT (..) DO NOTHING`.
    Seed(Seed),
    /// `DELETE FROM table WHERE key IN (..)`: the inverse of a seed.
    Unseed(Seed),
    Update {
        table: Str,
        set: Sql,
        /// A FROM list joined by `filter` (`UPDATE .. SET .. FROM .. WHERE ..`).
        from: Option<Sql>,
        filter: Option<Sql>,
    },
    Delete {
        table: Str,
        filter: Option<Sql>,
    },
    /// A data step written in Rust (e.g. V08's username generation).
    Call(Call),
    /// Raw SQL escape hatch; `why` says why no typed operation fits.
    Sql {
        sql: Sql,
        why: Str,
    },
    /// `COMMENT ON TABLE` (no column) or `COMMENT ON COLUMN`; `None` removes the comment.
    Comment {
        table: Str,
        column: Option<Str>,
        text: Option<Str>,
    },
    /// `ADD CONSTRAINT .. CHECK`, unless the table has a constraint of that name.
    AddCheck(Check),
    /// `CREATE TYPE .. AS ENUM` in the prefix schema, unless the type exists.
    CreateEnum {
        name: Str,
        values: List<Str>,
    },
    /// `ALTER TYPE .. ADD VALUE IF NOT EXISTS`.
    AddEnumValue {
        name: Str,
        value: Str,
    },
    DropEnum(Str),
    /// `CREATE OR REPLACE FUNCTION` in the prefix schema.
    CreateFunction(Function),
    DropFunction {
        name: Str,
        args: Str,
    },
    /// `CREATE TRIGGER .. FOR EACH ROW EXECUTE PROCEDURE <prefix>.<function>()`, unless the
    /// trigger exists.
    CreateTrigger(Trigger),
    DropTrigger {
        table: Str,
        name: Str,
    },
    /// `ALTER TABLE .. SET UNLOGGED`, unless it already is.
    SetUnlogged(Str),
    /// Operations that run only when a catalog condition holds at run time.
    When {
        condition: Condition,
        ops: List<Op>,
    },
    /// `ALTER TABLE IF EXISTS .. RENAME TO ..`.
    RenameTable {
        from: Str,
        to: Str,
    },
    /// `ALTER INDEX IF EXISTS .. RENAME TO ..`.
    RenameIndex {
        from: Str,
        to: Str,
    },
    /// `ADD CONSTRAINT .. UNIQUE (..)`, unless the table has a constraint of that name.
    AddUnique(Unique),
    /// Fills the column's NULLs with `fill`, then `SET NOT NULL`; both only while the column is
    /// nullable.
    FillNotNull {
        table: Str,
        column: Str,
        fill: Sql,
    },
    /// `column` := `parent.uuid` where `parent.id` = `int_column`, for rows where `column` is NULL;
    /// with `batch`, repeated in batches of that many rows until none is left.
    BackfillUuidFk {
        table: Str,
        column: Str,
        int_column: Str,
        parent: Str,
        batch: Option<u32>,
    },
    /// `ADD CONSTRAINT <name> PRIMARY KEY (..)`, unless the table has a primary key.
    AddPrimaryKey {
        table: Str,
        columns: List<Str>,
        name: Str,
    },
    /// `DROP SEQUENCE IF EXISTS`; with `cascade`, the column default using it goes too.
    DropSequence {
        name: Str,
        cascade: bool,
    },
    /// A sequence owned by `table.column` (of type `ty`), set past the column's largest value and
    /// made the column's default: the inverse of dropping a serial column's sequence.
    CreateSequence {
        name: Str,
        ty: Str,
        table: Str,
        column: Str,
    },
    /// `SET LOCAL <name> = '<value>'`: a setting for the rest of the version's transaction.
    SetLocal {
        name: Str,
        value: Str,
    },
    /// Runs another chain (e.g. Oban's own migrations) up or down to `to`, inside this version's
    /// transaction, from whatever version that chain is at.
    RunChain {
        chain: ChainRef,
        to: u32,
    },
}

/// A catalog condition of [`Op::When`], scoped to the prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    TableExists(Str),
    ColumnExists { table: Str, column: Str },
    ColumnMissing { table: Str, column: Str },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Unique {
    pub table: Str,
    pub name: Str,
    pub columns: List<Str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub table: Str,
    pub name: Str,
    pub expr: Sql,
    /// `NOT VALID`: existing rows are not checked.
    pub not_valid: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub name: Str,
    /// The argument list with its parentheses, e.g. `(value bigint)`.
    pub args: Str,
    pub returns: Str,
    pub language: Str,
    /// The body; `{prefix}` and `{prefix_text}` are expanded.
    pub body: Sql,
    pub immutable: bool,
    /// `STRICT`: returns NULL on a NULL argument without running.
    pub strict: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    pub table: Str,
    pub name: Str,
    /// e.g. `AFTER INSERT OR UPDATE OF state`.
    pub timing: Str,
    pub function: Str,
}

/// A SQL fragment in which `{prefix}` stands for the quoted schema name and
/// `{prefix_literal}` for the schema name as a string literal.
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

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: Str,
    pub columns: List<Column>,
    pub primary_key: List<Str>,
    pub foreign_keys: List<ForeignKey>,
    pub checks: List<Check>,
    pub uniques: List<Unique>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: Str,
    /// SQL type as written in DDL, e.g. `varchar(255)`, `timestamp(0)`, `bigserial`; `{prefix}`
    /// stands for the schema of a type defined there.
    pub ty: Sql,
    /// The type as PostgreSQL's `format_type` prints it (`character varying(255)`, `bigint` for
    /// `bigserial`), for guards and the expected schema.
    pub canonical: Str,
    pub not_null: bool,
    pub default: Option<Sql>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    pub table: Str,
    /// May contain `{prefix}`: PhoenixKit derives one index name from the schema name (V26).
    pub name: Str,
    /// Key expressions: quoted column names, or SQL expressions, each with an optional `DESC`.
    pub keys: List<IndexKey>,
    pub unique: bool,
    pub method: Option<Str>,
    pub filter: Option<Sql>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum IndexKey {
    Column { name: Str, desc: bool },
    Expr(Sql),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ForeignKey {
    pub table: Str,
    pub name: Str,
    pub columns: List<Str>,
    pub ref_table: Str,
    pub ref_columns: List<Str>,
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

#[derive(Debug, Clone, PartialEq)]
pub struct Seed {
    pub table: Str,
    pub conflict: List<Str>,
    pub columns: List<Str>,
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
    Null,
    Bool(bool),
    Int(i64),
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

/// The chain an [`Op::RunChain`] runs: a path while the macro checks a version, the `static`
/// chain itself in the emitted version.
#[derive(Clone)]
pub enum ChainRef {
    /// The chain's path as written in `run_chain!(…)`.
    Path(Str),
    Static(&'static Chain),
}

impl ChainRef {
    /// The chain's name (its path before it is resolved).
    pub fn name(&self) -> &str {
        match self {
            ChainRef::Path(path) => path,
            ChainRef::Static(chain) => chain.name,
        }
    }
}

impl fmt::Debug for ChainRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ChainRef").field(&self.name()).finish()
    }
}

impl PartialEq for ChainRef {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (ChainRef::Static(a), ChainRef::Static(b)) => std::ptr::eq(*a, *b),
            (ChainRef::Path(a), ChainRef::Path(b)) => a == b,
            _ => false,
        }
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
    /// The table an operation works on, if any.
    pub fn table(&self) -> Option<&str> {
        match self {
            Op::CreateSchema
            | Op::CreateExtension(_)
            | Op::DropIndex(_)
            | Op::Call(_)
            | Op::Sql { .. }
            | Op::CreateEnum { .. }
            | Op::AddEnumValue { .. }
            | Op::DropEnum(_)
            | Op::CreateFunction(_)
            | Op::DropFunction { .. }
            | Op::When { .. }
            | Op::RunChain { .. }
            | Op::RenameIndex { .. }
            | Op::DropSequence { .. }
            | Op::SetLocal { .. } => None,
            Op::RenameTable { from, .. } => Some(from),
            Op::AddUnique(u) => Some(&u.table),
            Op::AddCheck(c) => Some(&c.table),
            Op::CreateTrigger(t) => Some(&t.table),
            Op::SetUnlogged(t) => Some(t),
            Op::CreateTable(t) => Some(&t.name),
            Op::DropTable(t) => Some(t),
            Op::CreateIndex(i) => Some(&i.table),
            Op::AddForeignKey(fk) => Some(&fk.table),
            Op::Seed(s) | Op::Unseed(s) => Some(&s.table),
            Op::AddColumn { table, .. }
            | Op::DropColumn { table, .. }
            | Op::AddPrimaryKey { table, .. }
            | Op::CreateSequence { table, .. }
            | Op::RenameColumn { table, .. }
            | Op::ChangeType { table, .. }
            | Op::SetNotNull { table, .. }
            | Op::FillNotNull { table, .. }
            | Op::BackfillUuidFk { table, .. }
            | Op::DropNotNull { table, .. }
            | Op::SetDefault { table, .. }
            | Op::DropConstraint { table, .. }
            | Op::Update { table, .. }
            | Op::Delete { table, .. }
            | Op::Comment { table, .. }
            | Op::DropTrigger { table, .. } => Some(table),
        }
    }

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
            Op::RunChain { chain, to } => {
                format!("run {} migrations to version {to}", chain.name())
            }
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
