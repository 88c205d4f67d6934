//! The control family: the condition of `when!`, and the operations of `reassert!`, each
//! required to be already true at its version. (`process` walks into both blocks.)

use pk_schema::{self as ir, Model, Op};

use super::check::{column_absent, column_exists, err, table_exists};
use super::columns::column;
use super::constraints::{foreign_key_name, foreign_key_spec};
use super::indexes::index_spec;
use super::resolve::resolve;
use super::uuid::{uuid_fk_column, uuid_fk_index};
use crate::ast::{self, Family, Name, OpDef, OpKind};

/// The condition of a `when!`: it names an existing table, or a column that exists
/// (`column_exists`) or not yet (`column_missing`), as the chain has it at this version.
pub fn condition(def: &ast::ConditionDef, model: &Model) -> syn::Result<ir::Condition> {
    Ok(match def {
        ast::ConditionDef::TableExists(table) => {
            table_exists(model, table)?;
            ir::Condition::TableExists(table.value.clone().into())
        }
        ast::ConditionDef::ColumnExists(table, column) => {
            column_exists(model, table, column)?;
            ir::Condition::ColumnExists {
                table: table.value.clone().into(),
                column: column.value.clone().into(),
            }
        }
        ast::ConditionDef::ColumnMissing(table, column) => {
            column_absent(model, table, column)?;
            ir::Condition::ColumnMissing {
                table: table.value.clone().into(),
                column: column.value.clone().into(),
            }
        }
    })
}

/// One operation of a `reassert!` block: resolved, and required to be already true at this
/// version (applying it leaves the schema as it is).
pub fn reassert(op: &OpDef, model: &Model) -> syn::Result<Vec<Op>> {
    if op.family == Family::Control {
        return Err(not_nested(op));
    }
    let resolved = match &op.kind {
        OpKind::AddColumn { table, column } => reassert_column(op, model, table, column)?,
        OpKind::AddForeignKey(def) => reassert_foreign_key(op, model, def)?,
        OpKind::CreateIndex(def) => reassert_index(op, model, def)?,
        OpKind::AddUuidFkColumn {
            table,
            column,
            int_column,
            parent,
            index,
            batch,
        } => {
            let index = uuid_fk_index(table, column, index.as_ref());
            companion_exists(op, model, table, column, &index)?;
            let mut ops = uuid_fk_column(
                model,
                table,
                column,
                int_column,
                parent,
                &index,
                batch.as_ref(),
            )?;
            // The column and index exist: re-assert them with their guards all the same.
            ops.insert(
                0,
                Op::AddColumn {
                    table: table.value.clone().into(),
                    column: table_exists(model, table)?
                        .column(&column.value)
                        .cloned()
                        .expect("checked above"),
                },
            );
            ops
        }
        _ => resolve(op, model)?,
    };
    // A re-asserted column or companion may differ in what the model does not compare.
    if !matches!(
        op.kind,
        OpKind::AddColumn { .. } | OpKind::AddUuidFkColumn { .. }
    ) {
        changes_nothing(op, model, &resolved)?;
    }
    Ok(resolved)
}

/// "… is not already true at this version; move it out of `reassert!`", on the operation.
fn not_satisfied(op: &OpDef, what: String) -> syn::Error {
    err(
        op.name.span(),
        format!("{what} is not already true at this version; move it out of `reassert!`"),
    )
}

/// `when!` and `reassert!` hold operations of their own; they cannot be re-asserted.
fn not_nested(op: &OpDef) -> syn::Error {
    err(
        op.name.span(),
        format!(
            "`{}!` cannot be nested in `reassert!`; list the operations to re-assert directly",
            op.name
        ),
    )
}

/// A re-asserted column exists, with the same type.
fn reassert_column(
    op: &OpDef,
    model: &Model,
    table: &Name,
    def: &ast::ColumnDef,
) -> syn::Result<Vec<Op>> {
    let Some(existing) = table_exists(model, table)?.column(&def.name.value) else {
        return Err(syn::Error::new(
            def.name.span,
            format!(
                "`{}.{}` does not exist at this version, so adding it is not a re-assertion; \
                 move it out of `reassert!`",
                table.value, def.name.value
            ),
        ));
    };
    if existing.canonical != def.ty.canonical {
        return Err(not_satisfied(
            op,
            format!(
                "`{}.{}` of type {}",
                table.value, def.name.value, def.ty.canonical
            ),
        ));
    }
    Ok(vec![Op::AddColumn {
        table: table.value.clone().into(),
        column: column(def),
    }])
}

/// A re-asserted foreign key exists under its name, between the same columns, with the same
/// actions.
fn reassert_foreign_key(
    op: &OpDef,
    model: &Model,
    def: &ast::ForeignKeyDef,
) -> syn::Result<Vec<Op>> {
    for column in &def.columns {
        column_exists(model, &def.table, column)?;
    }
    let fk = foreign_key_spec(def, model, foreign_key_name(def))?;
    let same = table_exists(model, &def.table)?
        .foreign_keys
        .get(&fk.name)
        .is_some_and(|known| {
            known.columns == fk.columns
                && known.ref_table == fk.ref_table
                && known.ref_columns == fk.ref_columns
                && known.on_delete == fk.on_delete
                && known.on_update == fk.on_update
        });
    if !same {
        return Err(not_satisfied(op, format!("foreign key `{}`", fk.name)));
    }
    Ok(vec![Op::AddForeignKey(fk)])
}

/// A re-asserted index exists under its name, on the same table and keys, as unique or not.
fn reassert_index(op: &OpDef, model: &Model, def: &ast::IndexDef) -> syn::Result<Vec<Op>> {
    let index = index_spec(def, model)?;
    let same = model.indexes.get(&index.name).is_some_and(|i| {
        i.table == index.table && i.unique == index.unique && i.keys == index.keys
    });
    if !same {
        return Err(not_satisfied(op, format!("index `{}`", index.name)));
    }
    Ok(vec![Op::CreateIndex(index)])
}

/// A re-asserted uuid companion exists, and so does its index.
fn companion_exists(
    op: &OpDef,
    model: &Model,
    table: &Name,
    column: &Name,
    index: &Name,
) -> syn::Result<()> {
    if !model.indexes.contains_key(index.value.as_str())
        || table_exists(model, table)?.column(&column.value).is_none()
    {
        return Err(not_satisfied(
            op,
            format!(
                "companion `{}.{}` with index `{}`",
                table.value, column.value, index.value
            ),
        ));
    }
    Ok(())
}

/// Applying the re-asserted operations leaves the model as it is.
fn changes_nothing(op: &OpDef, model: &Model, resolved: &[Op]) -> syn::Result<()> {
    let mut after = model.clone();
    for ir in resolved {
        after.apply(ir);
    }
    if &after != model {
        return Err(not_satisfied(op, format!("`{}!`", op.name)));
    }
    Ok(())
}
