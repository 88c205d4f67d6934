//! The syntax tree: what a `version!` block says, with the user's spans kept for errors. The
//! parsers that build it are in the family modules beside this one; nothing here parses.

use proc_macro2::Span;
use syn::{Ident, LitInt, LitStr};

/// One `version! { … }` block.
pub struct VersionDef {
    pub number: LitInt,
    pub title: LitStr,
    pub chain: Option<LitStr>,
    pub irreversible: Option<LitStr>,
    /// `builds_on = phoenix_kit(N);` (first versions only): the chain's tables may reference
    /// PhoenixKit's as they are at version N.
    pub builds_on: Option<LitInt>,
    pub ops: Vec<OpDef>,
}

/// One operation, `name!(…)`, optionally followed by `reverse { … }` which replaces its derived inverse.
pub struct OpDef {
    pub name: Ident,
    /// The family the table of operations (`ops::OPS`) puts it in.
    pub family: Family,
    pub kind: OpKind,
    pub reverse: Option<Vec<OpDef>>,
}

/// The families of operations: each has its parser in `ast/<family>.rs` and its checks in
/// `valid/<family>.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// The schema, extensions and tables as a whole: create, drop, rename, unlogged, comment.
    Tables,
    /// One column: add, drop, rename, type, NULL-ness, default.
    Columns,
    /// Indexes: create, drop, rename.
    Indexes,
    /// Primary keys, foreign keys, CHECKs, uniques, dropping a constraint.
    Constraints,
    /// Enum types, functions and triggers.
    Routines,
    /// PhoenixKit's integer-to-uuid move: uuid columns and companions, the uuid primary key.
    Uuid,
    /// Rows and statements: seed, update, delete, Rust calls, raw SQL, SET LOCAL, sub-chains.
    Data,
    /// Operations that hold operations (`when!`, `reassert!`): the checker walks into them.
    Control,
}

/// A name with the span it was written at (an identifier or a string literal).
#[derive(Clone)]
pub struct Name {
    pub value: String,
    pub span: Span,
}

pub enum OpKind {
    CreateSchema,
    CreateExtension(Name),
    CreateTable(TableDef),
    DropTable(Name),
    AddColumn {
        table: Name,
        column: ColumnDef,
    },
    DropColumn {
        table: Name,
        column: Name,
        /// `cascade`: also drop objects outside pk's model that depend on the column.
        cascade: bool,
        /// `fill = "sql"`: what the derived down puts in existing rows when it re-adds a NOT
        /// NULL column that has no default.
        fill: Option<LitStr>,
    },
    AddPrimaryKey {
        table: Name,
        columns: Vec<Name>,
        name: Option<Name>,
    },
    DropSequence {
        name: Name,
        cascade: bool,
    },
    /// Every foreign key (of any table, or of `table`) whose referenced columns include `column`.
    DropForeignKeysTo {
        table: Option<Name>,
        column: Name,
    },
    /// V74's switch: drop the integer `id` (and what depends on it), make `uuid` the primary key.
    PromoteUuidPrimaryKey(Name),
    RenameColumn {
        table: Name,
        from: Name,
        to: Name,
    },
    /// One column, or `[a, b, c]`: each changed only if its type differs.
    ChangeType {
        table: Name,
        columns: Vec<Name>,
        ty: TypeDef,
        using: Option<LitStr>,
    },
    SetNotNull {
        table: Name,
        column: Name,
        /// `fill = VALUE`: NULLs get this value first (only while the column allows NULL).
        fill: Option<DefaultDef>,
    },
    DropNotNull {
        table: Name,
        column: Name,
    },
    SetDefault {
        table: Name,
        column: Name,
        default: DefaultDef,
    },
    DropDefault {
        table: Name,
        column: Name,
    },
    CreateIndex(IndexDef),
    DropIndex(Name),
    AddForeignKey(ForeignKeyDef),
    DropConstraint {
        table: Name,
        name: Name,
    },
    Seed(SeedDef),
    Update {
        table: Name,
        set: LitStr,
        /// `from = "…"`: a FROM list (e.g. a derived table), joined by `filter`.
        from: Option<LitStr>,
        filter: Option<LitStr>,
    },
    Delete {
        table: Name,
        filter: Option<LitStr>,
    },
    Call(syn::Path),
    Sql {
        why: LitStr,
        sql: LitStr,
    },
    Comment {
        table: Name,
        column: Option<Name>,
        text: LitStr,
    },
    AddCheck(CheckDef),
    CreateEnum {
        name: Name,
        values: Vec<LitStr>,
    },
    AddEnumValue {
        name: Name,
        value: LitStr,
    },
    DropEnum(Name),
    CreateFunction {
        name: Name,
        args: LitStr,
        returns: LitStr,
        language: Ident,
        body: LitStr,
        immutable: bool,
        strict: bool,
    },
    DropFunction {
        name: Name,
        args: LitStr,
    },
    CreateTrigger {
        table: Name,
        name: Name,
        timing: LitStr,
        function: Name,
    },
    DropTrigger {
        table: Name,
        name: Name,
    },
    SetUnlogged(Name),
    When {
        condition: ConditionDef,
        ops: Vec<OpDef>,
    },
    RunChain {
        path: syn::Path,
        to: LitInt,
    },
    RenameTable {
        from: Name,
        to: Name,
    },
    RenameIndex {
        from: Name,
        to: Name,
    },
    AddUnique(UniqueDef),
    SetLocal {
        name: Name,
        value: LitStr,
    },
    AddUuidColumn {
        table: Name,
        index: Option<Name>,
    },
    AddUuidFkColumn {
        table: Name,
        column: Name,
        int_column: Name,
        parent: Name,
        index: Option<Name>,
        batch: Option<LitInt>,
    },
    /// Operations PhoenixKit repeats that are already true at this version (they repair
    /// databases from other upgrade paths): run as written, no down, the schema unchanged.
    Reassert(Vec<OpDef>),
}

pub struct UniqueDef {
    pub table: Name,
    pub name: Name,
    pub columns: Vec<Name>,
}

pub struct CheckDef {
    pub table: Name,
    pub name: Name,
    pub expr: LitStr,
    pub not_valid: bool,
}

pub enum ConditionDef {
    TableExists(Name),
    ColumnExists(Name, Name),
    ColumnMissing(Name, Name),
}

pub struct TableDef {
    pub name: Name,
    /// `primary_key = bigserial(id)` (the default), `serial(id)`, `uuid(id)`,
    /// `uuid(uuid, default = …)` …, or `none`.
    pub primary_key: Option<(TypeDef, Name, Option<DefaultDef>)>,
    pub columns: Vec<ColumnDef>,
    pub checks: Vec<CheckDef>,
    pub uniques: Vec<UniqueDef>,
}

#[derive(Clone)]
pub struct ColumnDef {
    pub name: Name,
    pub ty: TypeDef,
    pub not_null: bool,
    pub default: Option<DefaultDef>,
    pub references: Option<ReferenceDef>,
}

#[derive(Clone)]
pub struct ReferenceDef {
    pub table: Name,
    pub column: Option<Name>,
    pub on_delete: Option<Ident>,
    pub on_update: Option<Ident>,
    pub name: Option<Name>,
}

/// A column type: its DDL spelling and the way `format_type` prints it.
#[derive(Clone)]
pub struct TypeDef {
    pub sql: String,
    pub canonical: String,
}

/// A default value, already rendered as SQL.
#[derive(Clone)]
pub struct DefaultDef {
    pub sql: String,
}

pub struct IndexDef {
    pub table: Name,
    pub keys: Vec<IndexKeyDef>,
    pub name: Option<Name>,
    pub unique: bool,
    pub using: Option<Ident>,
    pub filter: Option<LitStr>,
    pub span: Span,
}

pub enum IndexKeyDef {
    Column { name: Name, desc: bool },
    Expr(LitStr),
}

pub struct ForeignKeyDef {
    /// `orphans = delete | set_null`: clean up rows without a parent before adding it.
    pub orphans: Option<Ident>,
    pub table: Name,
    pub columns: Vec<Name>,
    pub ref_table: Name,
    pub ref_columns: Vec<Name>,
    pub on_delete: Option<Ident>,
    pub on_update: Option<Ident>,
    pub name: Option<Name>,
}

pub struct SeedDef {
    pub table: Name,
    pub conflict: Vec<Name>,
    pub update: Option<LitStr>,
    pub rows: Vec<Vec<(Name, ValueDef)>>,
    pub span: Span,
}

#[derive(Clone)]
pub enum ValueDef {
    Null,
    Bool(bool),
    Int(i64),
    Text(String),
    Expr(String),
    UuidV7,
}
