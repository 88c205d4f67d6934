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
    /// Towards newer versions: each version's `up` operations, oldest version first.
    Up,
    /// Towards older versions: each version's [`Down`] operations, newest version first.
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
    /// `CREATE TABLE IF NOT EXISTS` with the table's columns, foreign keys, unique and CHECK
    /// constraints and primary key.
    CreateTable(Table),
    /// `DROP TABLE IF EXISTS` of the named table; its indexes and owned sequences go with it.
    /// It has no derived down.
    DropTable(Str),
    /// `ALTER TABLE .. ADD COLUMN IF NOT EXISTS`.
    AddColumn {
        /// The table the column is added to.
        table: Str,
        /// The new column's definition.
        column: Column,
    },
    /// `DROP COLUMN IF EXISTS`; with `cascade`, objects outside pk's model that depend on the
    /// column (an application's views or foreign keys) go too.
    DropColumn {
        /// The table the column is dropped from.
        table: Str,
        /// The column to drop.
        column: Str,
        /// Append `CASCADE` to the statement.
        cascade: bool,
    },
    /// `ALTER TABLE .. RENAME COLUMN`, run only while `table` has `from` and no column `to`.
    RenameColumn {
        /// The table whose column is renamed.
        table: Str,
        /// The column's current name.
        from: Str,
        /// The column's new name.
        to: Str,
    },
    /// `ALTER COLUMN .. TYPE`, run only when the column's current type differs.
    ChangeType {
        /// The column's table.
        table: Str,
        /// The column whose type changes.
        column: Str,
        /// The new type as written in DDL, e.g. `varchar(255)`.
        ty: Str,
        /// The type as `format_type` prints it, for the idempotency guard.
        canonical: Str,
        /// A `USING` expression that converts the existing values, if the cast is not implicit.
        using: Option<Sql>,
    },
    /// `ALTER COLUMN .. SET NOT NULL` (a no-op in PostgreSQL when the column is already NOT NULL).
    SetNotNull {
        /// The column's table.
        table: Str,
        /// The column that becomes NOT NULL.
        column: Str,
    },
    /// `ALTER COLUMN .. DROP NOT NULL`.
    DropNotNull {
        /// The column's table.
        table: Str,
        /// The column that accepts NULL again.
        column: Str,
    },
    /// `SET DEFAULT` (`Some`) or `DROP DEFAULT` (`None`).
    SetDefault {
        /// The column's table.
        table: Str,
        /// The column whose default changes.
        column: Str,
        /// The new default expression; `None` drops the default.
        default: Option<Sql>,
    },
    /// `CREATE [UNIQUE] INDEX IF NOT EXISTS`.
    CreateIndex(Index),
    /// `DROP INDEX IF EXISTS` of the named index (the name may contain `{prefix}`, see
    /// [`Index::name`]).
    DropIndex(Str),
    /// `ADD CONSTRAINT .. FOREIGN KEY`, unless the table has a constraint of that name; with
    /// [`ForeignKey::orphans`], dangling rows are dealt with first.
    AddForeignKey(ForeignKey),
    /// `ALTER TABLE .. DROP CONSTRAINT IF EXISTS` (a foreign key, CHECK, unique or primary key
    /// constraint).
    DropConstraint {
        /// The constraint's table.
        table: Str,
        /// The constraint's name.
        name: Str,
    },
    /// Inserts rows unless a row with the same key exists: `INSERT .. ON CONFLICT (..) DO
    /// NOTHING` (or `DO UPDATE`, see [`Seed::update`]) when a unique index covers the key,
    /// otherwise one `INSERT .. SELECT .. WHERE NOT EXISTS` per row.
    Seed(Seed),
    /// `DELETE FROM table WHERE (key) IN (..)` with the seed's keys: the inverse of a seed.
    Unseed(Seed),
    /// `UPDATE table SET set [FROM from] [WHERE filter]`. It has no derived down: a version
    /// gives it a written `reverse`.
    Update {
        /// The table updated.
        table: Str,
        /// The `SET` list, e.g. `widget_theme = 'light'`.
        set: Sql,
        /// A FROM list joined by `filter` (`UPDATE .. SET .. FROM .. WHERE ..`).
        from: Option<Sql>,
        /// The `WHERE` condition; `None` updates every row.
        filter: Option<Sql>,
    },
    /// `DELETE FROM table [WHERE filter]`. It has no derived down.
    Delete {
        /// The table rows are deleted from.
        table: Str,
        /// The `WHERE` condition; `None` deletes every row.
        filter: Option<Sql>,
    },
    /// A data step written in Rust (e.g. V08's username generation).
    Call(Call),
    /// Raw SQL escape hatch, run as written after placeholder expansion. It has no derived down.
    Sql {
        /// The SQL, sent as one simple-protocol query (so it may hold several statements).
        sql: Sql,
        /// Why no typed operation fits; shown in progress, errors and plans.
        why: Str,
    },
    /// `COMMENT ON TABLE` (no column) or `COMMENT ON COLUMN`; `None` removes the comment.
    Comment {
        /// The table commented on, or the column's table.
        table: Str,
        /// The column commented on; `None` for the table itself.
        column: Option<Str>,
        /// The comment; `None` removes it (`IS NULL`).
        text: Option<Str>,
    },
    /// `ADD CONSTRAINT .. CHECK`, unless the table has a constraint of that name.
    AddCheck(Check),
    /// `CREATE TYPE .. AS ENUM` in the prefix schema, unless the type exists.
    CreateEnum {
        /// The type's name.
        name: Str,
        /// The labels, in order.
        values: List<Str>,
    },
    /// `ALTER TYPE .. ADD VALUE IF NOT EXISTS`. It has no derived down (PostgreSQL cannot remove
    /// an enum label).
    AddEnumValue {
        /// The enum type.
        name: Str,
        /// The label added at the end.
        value: Str,
    },
    /// `DROP TYPE IF EXISTS` of the named enum type.
    DropEnum(Str),
    /// `CREATE OR REPLACE FUNCTION` in the prefix schema.
    CreateFunction(Function),
    /// `DROP FUNCTION IF EXISTS name(args)` in the prefix schema.
    DropFunction {
        /// The function's name.
        name: Str,
        /// The argument list with its parentheses, as in [`Function::args`].
        args: Str,
    },
    /// `CREATE TRIGGER .. FOR EACH ROW EXECUTE PROCEDURE <prefix>.<function>()`, unless the
    /// trigger exists.
    CreateTrigger(Trigger),
    /// `DROP TRIGGER IF EXISTS name ON table`.
    DropTrigger {
        /// The trigger's table.
        table: Str,
        /// The trigger's name.
        name: Str,
    },
    /// `ALTER TABLE .. SET UNLOGGED`, unless it already is. It has no derived down.
    SetUnlogged(Str),
    /// Operations that run only when a catalog condition holds at run time.
    When {
        /// The condition, checked in the prefix when the block is reached.
        condition: Condition,
        /// The operations run when it holds.
        ops: List<Op>,
    },
    /// `ALTER TABLE IF EXISTS .. RENAME TO ..`.
    RenameTable {
        /// The table's current name.
        from: Str,
        /// The table's new name.
        to: Str,
    },
    /// `ALTER INDEX IF EXISTS .. RENAME TO ..`.
    RenameIndex {
        /// The index's current name (may contain `{prefix}`).
        from: Str,
        /// The index's new name (may contain `{prefix}`).
        to: Str,
    },
    /// `ADD CONSTRAINT .. UNIQUE (..)`, unless the table has a constraint of that name.
    AddUnique(Unique),
    /// Fills the column's NULLs with `fill`, then `SET NOT NULL`; both only while the column is
    /// nullable.
    FillNotNull {
        /// The column's table.
        table: Str,
        /// The column that becomes NOT NULL.
        column: Str,
        /// The expression that replaces NULLs, e.g. `{prefix}.uuid_generate_v7()`.
        fill: Sql,
    },
    /// `column` := `parent.uuid` where `parent.id` = `int_column`, for rows where `column` is NULL;
    /// with `batch`, repeated in batches of that many rows until none is left.
    BackfillUuidFk {
        /// The child table.
        table: Str,
        /// The child's uuid column being filled.
        column: Str,
        /// The child's integer foreign key column, matched against `parent.id`.
        int_column: Str,
        /// The parent table, whose `uuid` column is copied.
        parent: Str,
        /// Rows per `UPDATE`; `None` fills every row in one statement.
        batch: Option<u32>,
    },
    /// `ADD CONSTRAINT <name> PRIMARY KEY (..)`, unless the table has a primary key.
    AddPrimaryKey {
        /// The table.
        table: Str,
        /// The key's columns, in order; they become NOT NULL.
        columns: List<Str>,
        /// The constraint's name.
        name: Str,
    },
    /// `DROP SEQUENCE IF EXISTS`; with `cascade`, the column default using it goes too.
    DropSequence {
        /// The sequence's name, e.g. `phoenix_kit_users_id_seq`.
        name: Str,
        /// Append `CASCADE` to the statement.
        cascade: bool,
    },
    /// A sequence owned by `table.column` (of type `ty`), set past the column's largest value and
    /// made the column's default: the inverse of dropping a serial column's sequence.
    CreateSequence {
        /// The sequence's name.
        name: Str,
        /// Its data type: `integer` or `bigint`.
        ty: Str,
        /// The table of the column that owns it.
        table: Str,
        /// The column that owns it and takes `nextval` as its default.
        column: Str,
    },
    /// `SET LOCAL <name> = '<value>'`: a setting for the rest of the version's transaction.
    SetLocal {
        /// The setting, e.g. `lock_timeout`.
        name: Str,
        /// Its value, e.g. `30s`.
        value: Str,
    },
    /// Runs another chain (e.g. Oban's own migrations) up or down to `to`, inside this version's
    /// transaction, from whatever version that chain is at.
    RunChain {
        /// The chain to run.
        chain: ChainRef,
        /// The version to bring it to; 0 removes it.
        to: u32,
    },
}

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

/// The chain an [`Op::RunChain`] runs: a path while the macro checks a version, the `static`
/// chain itself in the emitted version.
#[derive(Clone)]
pub enum ChainRef {
    /// The chain's path as written in `run_chain!(…)`.
    Path(Str),
    /// The chain itself, as the emitted version holds it.
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
