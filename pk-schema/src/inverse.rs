//! Derived downs: the operations that undo one operation, computed from the schema before it.

use std::collections::BTreeSet;

use crate::def::Op;
use crate::model::Model;

/// The inverse of a resolved operation, computed from the schema before it runs; `None` when it
/// has none. Work on a table created by this same version needs no undoing: dropping the table
/// undoes it.
pub fn derive(op: &Op, model: &Model, created: &BTreeSet<String>) -> Option<Vec<Op>> {
    // (A trigger is the exception: it depends on its function, which may be dropped first; and a
    // rename, so that the table's drop finds it under the name it was created with.)
    if !matches!(
        op,
        Op::CreateTable(_) | Op::DropTable(_) | Op::CreateTrigger(_) | Op::RenameTable { .. }
    ) && op.table().is_some_and(|t| created.contains(t))
    {
        return Some(Vec::new());
    }
    Some(match op {
        Op::CreateSchema | Op::CreateExtension(_) => Vec::new(),
        Op::CreateTable(t) => vec![Op::DropTable(t.name.clone())],
        Op::AddColumn { table, column } => vec![Op::DropColumn {
            table: table.clone(),
            column: column.name.clone(),
            cascade: false,
        }],
        Op::AddPrimaryKey {
            table,
            columns,
            name,
        } => {
            let state = model.table(table)?;
            let mut ops = vec![Op::DropConstraint {
                table: table.clone(),
                name: name.clone(),
            }];
            for column in columns.iter() {
                if !state.column(column)?.not_null {
                    ops.push(Op::DropNotNull {
                        table: table.clone(),
                        column: column.clone(),
                    });
                }
            }
            ops
        }
        Op::DropSequence { name, .. } => {
            let sequence = model.sequences.get(name)?;
            vec![Op::CreateSequence {
                name: name.clone(),
                ty: sequence.ty.clone(),
                table: sequence.table.clone(),
                column: sequence.column.clone(),
            }]
        }
        Op::CreateSequence { name, .. } => vec![Op::DropSequence {
            name: name.clone(),
            cascade: true,
        }],
        Op::DropColumn { table, column, .. } => {
            let spec = model.table(table)?.column(column)?.clone();
            let mut ops = vec![Op::AddColumn {
                table: table.clone(),
                column: spec,
            }];
            ops.extend(
                model
                    .indexes_on(table, column)
                    .into_iter()
                    .map(Op::CreateIndex),
            );
            ops.extend(
                model
                    .foreign_keys_on(table, column)
                    .into_iter()
                    .map(Op::AddForeignKey),
            );
            ops.extend(
                model
                    .uniques_on(table, column)
                    .into_iter()
                    .map(Op::AddUnique),
            );
            ops.extend(model.checks_on(table, column).into_iter().map(Op::AddCheck));
            if let Some(text) = model.table(table)?.column_comments.get(column) {
                ops.push(Op::Comment {
                    table: table.clone(),
                    column: Some(column.clone()),
                    text: Some(text.clone()),
                });
            }
            ops
        }
        Op::RenameColumn { table, from, to } => {
            vec![Op::RenameColumn {
                table: table.clone(),
                from: to.clone(),
                to: from.clone(),
            }]
        }
        Op::ChangeType { table, column, .. } => {
            let old = model.table(table)?.column(column)?;
            vec![Op::ChangeType {
                table: table.clone(),
                column: column.clone(),
                ty: old.ty.0.clone(),
                canonical: old.canonical.clone(),
                using: None,
            }]
        }
        Op::SetNotNull { table, column } => vec![Op::DropNotNull {
            table: table.clone(),
            column: column.clone(),
        }],
        Op::DropNotNull { table, column } => vec![Op::SetNotNull {
            table: table.clone(),
            column: column.clone(),
        }],
        Op::SetDefault { table, column, .. } => {
            let old = model.table(table)?.column(column)?;
            vec![Op::SetDefault {
                table: table.clone(),
                column: column.clone(),
                default: old.default.clone(),
            }]
        }
        Op::CreateIndex(index) => vec![Op::DropIndex(index.name.clone())],
        Op::DropIndex(name) => vec![Op::CreateIndex(model.indexes.get(name)?.clone())],
        Op::AddForeignKey(fk) => vec![Op::DropConstraint {
            table: fk.table.clone(),
            name: fk.name.clone(),
        }],
        Op::DropConstraint { table, name } => {
            let state = model.table(table)?;
            if let Some(fk) = state.foreign_keys.get(name) {
                vec![Op::AddForeignKey(fk.clone())]
            } else if let Some(check) = state.checks.get(name) {
                vec![Op::AddCheck(check.clone())]
            } else {
                vec![Op::AddUnique(state.uniques.get(name)?.clone())]
            }
        }
        Op::Seed(seed) => vec![Op::Unseed(seed.clone())],
        Op::Unseed(seed) => vec![Op::Seed(seed.clone())],
        Op::Comment { table, column, .. } => {
            let state = model.table(table)?;
            vec![Op::Comment {
                table: table.clone(),
                column: column.clone(),
                text: match column {
                    None => state.comment.clone(),
                    Some(c) => state.column_comments.get(c).cloned(),
                },
            }]
        }
        Op::AddCheck(check) => vec![Op::DropConstraint {
            table: check.table.clone(),
            name: check.name.clone(),
        }],
        Op::CreateEnum { name, .. } => vec![Op::DropEnum(name.clone())],
        Op::DropEnum(name) => vec![Op::CreateEnum {
            name: name.clone(),
            values: model.enums.get(name)?.clone().into(),
        }],
        Op::CreateFunction(f) => match model.functions.get(&(f.name.clone(), f.args.clone())) {
            Some(previous) => vec![Op::CreateFunction(previous.clone())],
            None => vec![Op::DropFunction {
                name: f.name.clone(),
                args: f.args.clone(),
            }],
        },
        Op::DropFunction { name, args } => vec![Op::CreateFunction(
            model.functions.get(&(name.clone(), args.clone()))?.clone(),
        )],
        Op::CreateTrigger(t) => vec![Op::DropTrigger {
            table: t.table.clone(),
            name: t.name.clone(),
        }],
        Op::DropTrigger { table, name } => vec![Op::CreateTrigger(
            model.table(table)?.triggers.get(name)?.clone(),
        )],
        Op::RunChain { chain, .. } => vec![Op::RunChain {
            chain: chain.clone(),
            to: 0,
        }],
        Op::RenameTable { from, to } => vec![Op::RenameTable {
            from: to.clone(),
            to: from.clone(),
        }],
        Op::RenameIndex { from, to } => vec![Op::RenameIndex {
            from: to.clone(),
            to: from.clone(),
        }],
        Op::AddUnique(u) => vec![Op::DropConstraint {
            table: u.table.clone(),
            name: u.name.clone(),
        }],
        Op::SetLocal { .. } | Op::BackfillUuidFk { .. } => Vec::new(),
        Op::FillNotNull { table, column, .. } => vec![Op::DropNotNull {
            table: table.clone(),
            column: column.clone(),
        }],
        // A composite's conditional block (add_uuid_column!): undone unconditionally, since the
        // down only runs where the up did.
        Op::When { ops, .. } => {
            let mut scratch = model.clone();
            let mut inverse = Vec::new();
            for op in ops.iter() {
                inverse.splice(0..0, derive(op, &scratch, created)?);
                scratch.apply(op);
            }
            inverse
        }
        Op::DropTable(_)
        | Op::Update { .. }
        | Op::Delete { .. }
        | Op::Call(_)
        | Op::Sql { .. }
        | Op::AddEnumValue { .. }
        | Op::SetUnlogged(_) => {
            return None;
        }
    })
}
