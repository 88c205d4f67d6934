//! Checks: every operation is resolved against the schema the chain has built so far; each rule
//! is a named function with a one-line doc, and every error carries the span of the offending
//! token. Errors of a version are collected and reported together.
//!
//! `process` walks a version (and the blocks of `when!`, `reassert!` and `reverse`), `resolve`
//! hands each operation to its family (`tables`, `columns`, `indexes`, `constraints`,
//! `routines`, `uuid`, `data`, `control`), and `check` holds the rules the families share.

mod check;
mod columns;
mod constraints;
mod control;
mod data;
mod indexes;
mod process;
mod resolve;
mod routines;
mod tables;
mod uuid;

pub use process::{Checked, process, version_number};
