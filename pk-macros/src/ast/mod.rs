//! Parsing: the DSL's tokens into our own structs, keeping the user's spans for errors.
//!
//! `defs` is the syntax tree; `version` parses a block and dispatches each `name!(…)` through
//! the table of operations in `ops` to the parser of its family (`tables`, `columns`, `indexes`,
//! `constraints`, `routines`, `uuid`, `data`, `control`); `types`, `values` and `common` are the
//! pieces of syntax the families share.

mod columns;
mod common;
mod constraints;
mod control;
mod data;
mod defs;
mod indexes;
pub mod ops;
mod routines;
mod tables;
mod types;
mod uuid;
mod values;
mod version;

pub use defs::{
    CheckDef, ColumnDef, ConditionDef, DefaultDef, Family, ForeignKeyDef, IndexDef, IndexKeyDef,
    Name, OpDef, OpKind, ReferenceDef, SeedDef, TableDef, TypeDef, UniqueDef, ValueDef, VersionDef,
};
