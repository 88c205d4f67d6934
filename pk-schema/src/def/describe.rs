//! What an operation works on and how it is described to people.

use super::*;

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
