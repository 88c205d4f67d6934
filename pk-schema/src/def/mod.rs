//! Definition types: a chain of versions, each a list of operations.
//!
//! These are plain data. `pk_macros::version!` builds them while it checks a version (owned
//! values) and emits them as `static` items (borrowed values); the runtime renders SQL from them
//! (`pk_runtime::sql`), online mode and repair build them at run time. Every name and SQL fragment
//! is a [`Str`] and every list a [`List`], so one type serves all three.

use std::borrow::Cow;
use std::fmt;

mod describe;
mod parts;

pub use parts::*;

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
