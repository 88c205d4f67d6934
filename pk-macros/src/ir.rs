//! Resolved operations: plain data without spans, mirroring `pk_runtime::op`. The schema model is
//! made of these too, so it can be cached between macro invocations.

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    CreateSchema,
    CreateExtension(String),
    CreateTable(Table),
    DropTable(String),
    AddColumn {
        table: String,
        column: Column,
    },
    DropColumn {
        table: String,
        column: String,
        cascade: bool,
    },
    AddPrimaryKey {
        table: String,
        columns: Vec<String>,
        name: String,
    },
    DropSequence {
        name: String,
        cascade: bool,
    },
    CreateSequence {
        name: String,
        ty: String,
        table: String,
        column: String,
    },
    RenameColumn {
        table: String,
        from: String,
        to: String,
    },
    ChangeType {
        table: String,
        column: String,
        ty: String,
        canonical: String,
        using: Option<String>,
    },
    SetNotNull {
        table: String,
        column: String,
    },
    DropNotNull {
        table: String,
        column: String,
    },
    SetDefault {
        table: String,
        column: String,
        default: Option<String>,
    },
    CreateIndex(Index),
    DropIndex(String),
    AddForeignKey(ForeignKey),
    DropConstraint {
        table: String,
        name: String,
    },
    Seed(Seed),
    Unseed(Seed),
    Update {
        table: String,
        set: String,
        from: Option<String>,
        filter: Option<String>,
    },
    Delete {
        table: String,
        filter: Option<String>,
    },
    Call(String),
    Sql {
        sql: String,
        why: String,
    },
    Comment {
        table: String,
        column: Option<String>,
        text: Option<String>,
    },
    AddCheck(Check),
    CreateEnum {
        name: String,
        values: Vec<String>,
    },
    AddEnumValue {
        name: String,
        value: String,
    },
    DropEnum(String),
    CreateFunction(Function),
    DropFunction {
        name: String,
        args: String,
    },
    CreateTrigger(Trigger),
    DropTrigger {
        table: String,
        name: String,
    },
    SetUnlogged(String),
    When {
        condition: Condition,
        ops: Vec<Op>,
    },
    RunChain {
        path: String,
        to: u32,
    },
    RenameTable {
        from: String,
        to: String,
    },
    RenameIndex {
        from: String,
        to: String,
    },
    AddUnique(Unique),
    SetLocal {
        name: String,
        value: String,
    },
    FillNotNull {
        table: String,
        column: String,
        fill: String,
    },
    BackfillUuidFk {
        table: String,
        column: String,
        int_column: String,
        parent: String,
        batch: Option<u32>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orphans {
    Delete,
    SetNull,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Unique {
    pub table: String,
    pub name: String,
    pub columns: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    TableExists(String),
    ColumnExists { table: String, column: String },
    ColumnMissing { table: String, column: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub table: String,
    pub name: String,
    pub expr: String,
    pub not_valid: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    pub name: String,
    pub args: String,
    pub returns: String,
    pub language: String,
    pub body: String,
    pub immutable: bool,
    pub strict: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trigger {
    pub table: String,
    pub name: String,
    pub timing: String,
    pub function: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: String,
    pub columns: Vec<Column>,
    pub primary_key: Vec<String>,
    pub foreign_keys: Vec<ForeignKey>,
    pub checks: Vec<Check>,
    pub uniques: Vec<Unique>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub name: String,
    pub ty: String,
    pub canonical: String,
    pub not_null: bool,
    pub default: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Index {
    pub table: String,
    pub name: String,
    pub keys: Vec<IndexKey>,
    pub unique: bool,
    pub method: Option<String>,
    pub filter: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum IndexKey {
    Column { name: String, desc: bool },
    Expr(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct ForeignKey {
    pub table: String,
    pub name: String,
    pub columns: Vec<String>,
    pub ref_table: String,
    pub ref_columns: Vec<String>,
    pub on_delete: Action,
    pub on_update: Action,
    pub orphans: Option<Orphans>,
}

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

#[derive(Debug, Clone, PartialEq)]
pub struct Seed {
    pub table: String,
    pub conflict: Vec<String>,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Value>>,
    pub on_conflict: bool,
    pub update: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Text(String),
    Expr(String),
    UuidV7,
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
}
