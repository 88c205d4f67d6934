//! Resolution: one operation, checked against the model, becomes the `pk_schema` operations it
//! stands for. Each arm hands the operation to its family's module.

use pk_schema::{Model, Op};

use super::{columns, constraints, data, indexes, routines, tables, uuid};
use crate::ast::{OpDef, OpKind};

/// Resolves one operation against the model, checking every name it uses.
pub fn resolve(op: &OpDef, model: &Model) -> syn::Result<Vec<Op>> {
    match &op.kind {
        OpKind::CreateSchema => Ok(vec![Op::CreateSchema]),
        OpKind::CreateExtension(name) => Ok(vec![Op::CreateExtension(name.value.clone().into())]),
        OpKind::CreateTable(def) => Ok(vec![Op::CreateTable(tables::create_table(def, model)?)]),
        OpKind::DropTable(table) => tables::drop_table(model, table),
        OpKind::RenameTable { from, to } => tables::rename_table(model, from, to),
        OpKind::SetUnlogged(table) => tables::set_unlogged(model, table),
        OpKind::Comment {
            table,
            column,
            text,
        } => tables::comment(model, table, column.as_ref(), text),
        OpKind::AddColumn { table, column } => columns::add_column(model, table, column),
        OpKind::DropColumn {
            table,
            column,
            cascade,
            ..
        } => columns::drop_column(model, table, column, *cascade),
        OpKind::RenameColumn { table, from, to } => columns::rename_column(model, table, from, to),
        OpKind::ChangeType {
            table,
            columns,
            ty,
            using,
        } => columns::change_type(model, table, columns, ty, using.as_ref()),
        OpKind::SetNotNull {
            table,
            column,
            fill,
        } => columns::set_not_null(model, table, column, fill.as_ref()),
        OpKind::DropNotNull { table, column } => columns::drop_not_null(model, table, column),
        OpKind::SetDefault {
            table,
            column,
            default,
        } => columns::set_default(model, table, column, Some(default)),
        OpKind::DropDefault { table, column } => columns::set_default(model, table, column, None),
        OpKind::CreateIndex(def) => Ok(vec![Op::CreateIndex(indexes::create_index(def, model)?)]),
        OpKind::DropIndex(name) => indexes::drop_index(model, name),
        OpKind::RenameIndex { from, to } => indexes::rename_index(model, from, to),
        OpKind::AddPrimaryKey {
            table,
            columns,
            name,
        } => Ok(vec![constraints::add_primary_key(
            model,
            table,
            columns,
            name.as_ref(),
        )?]),
        OpKind::AddForeignKey(def) => Ok(vec![Op::AddForeignKey(constraints::add_foreign_key(
            def, model,
        )?)]),
        OpKind::AddCheck(def) => constraints::add_check(model, def),
        OpKind::AddUnique(def) => constraints::add_unique(model, def),
        OpKind::DropConstraint { table, name } => constraints::drop_constraint(model, table, name),
        OpKind::CreateEnum { name, values } => routines::create_enum(model, name, values),
        OpKind::AddEnumValue { name, value } => routines::add_enum_value(model, name, value),
        OpKind::DropEnum(name) => routines::drop_enum(model, name),
        OpKind::CreateFunction {
            name,
            args,
            returns,
            language,
            body,
            immutable,
            strict,
        } => Ok(routines::create_function(
            name, args, returns, language, body, *immutable, *strict,
        )),
        OpKind::DropFunction { name, args } => routines::drop_function(model, name, args),
        OpKind::CreateTrigger {
            table,
            name,
            timing,
            function,
        } => routines::create_trigger(model, table, name, timing, function),
        OpKind::DropTrigger { table, name } => routines::drop_trigger(model, table, name),
        OpKind::AddUuidColumn { table, index } => {
            uuid::add_uuid_column(model, table, index.as_ref())
        }
        OpKind::AddUuidFkColumn {
            table,
            column,
            int_column,
            parent,
            index,
            batch,
        } => uuid::add_uuid_fk_column(
            model,
            table,
            column,
            int_column,
            parent,
            index.as_ref(),
            batch.as_ref(),
        ),
        OpKind::DropForeignKeysTo { table, column } => {
            uuid::drop_foreign_keys_to(model, table.as_ref(), column)
        }
        OpKind::DropSequence { name, cascade } => uuid::drop_sequence(model, name, *cascade),
        OpKind::PromoteUuidPrimaryKey(table) => uuid::promote_uuid_primary_key(model, table),
        OpKind::Seed(def) => Ok(vec![Op::Seed(data::seed(def, model)?)]),
        OpKind::Update {
            table,
            set,
            from,
            filter,
        } => data::update(model, table, set, from.as_ref(), filter.as_ref()),
        OpKind::Delete { table, filter } => data::delete(model, table, filter.as_ref()),
        OpKind::Call(path) => Ok(data::call(path)),
        OpKind::Sql { why, sql } => Ok(data::sql(why, sql)),
        OpKind::SetLocal { name, value } => Ok(data::set_local(name, value)),
        OpKind::RunChain { path, to } => data::run_chain(path, to),
        OpKind::When { .. } => unreachable!("process_ops handles when!"),
        OpKind::Reassert(_) => unreachable!("process_ops handles reassert!"),
    }
}
