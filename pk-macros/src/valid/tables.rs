//! The tables family: a new table (its columns distinct, its foreign keys pointing at existing
//! tables and columns), and the operations on a table as a whole.

use pk_schema::{self as ir, Model, Op};

use super::check::{column_exists, err, table_absent, table_exists};
use super::columns::column;
use super::constraints::{
    check_def, foreign_key_for, reference_columns, reference_target, unique_def,
};
use crate::ast::{self, Name};

/// A new table: it does not exist yet, its columns are distinct, its foreign keys point at
/// existing tables and columns.
pub fn create_table(def: &ast::TableDef, model: &Model) -> syn::Result<ir::Table> {
    table_absent(model, &def.name)?;
    let mut table = ir::Table {
        name: def.name.value.clone().into(),
        columns: Vec::new().into(),
        primary_key: Vec::new().into(),
        foreign_keys: Vec::new().into(),
        checks: def.checks.iter().map(check_def).collect(),
        uniques: def.uniques.iter().map(unique_def).collect(),
    };
    if let Some((ty, name, default)) = &def.primary_key {
        table.columns.to_mut().push(ir::Column {
            name: name.value.clone().into(),
            ty: ty.sql.clone().into(),
            canonical: ty.canonical.clone().into(),
            not_null: false,
            default: default.as_ref().map(|d| d.sql.clone().into()),
        });
        table.primary_key.to_mut().push(name.value.clone().into());
    }
    for col in &def.columns {
        column_new_in(&table, &col.name)?;
        table.columns.to_mut().push(column(col));
    }
    for col in &def.columns {
        if let Some(reference) = &col.references {
            reference_target(
                model,
                Some(&table),
                &reference.table,
                &reference_columns(reference),
            )?;
            table
                .foreign_keys
                .to_mut()
                .push(foreign_key_for(&table.name, col, reference)?);
        }
    }
    Ok(table)
}

/// A table being created names each column once.
fn column_new_in(table: &ir::Table, column: &Name) -> syn::Result<()> {
    if table.columns.iter().any(|c| c.name == column.value) {
        return Err(err(
            column.span,
            format!("duplicate column `{}` in `{}`", column.value, table.name),
        ));
    }
    Ok(())
}

pub fn drop_table(model: &Model, table: &Name) -> syn::Result<Vec<Op>> {
    table_exists(model, table)?;
    Ok(vec![Op::DropTable(table.value.clone().into())])
}

/// The table exists and the new name is free.
pub fn rename_table(model: &Model, from: &Name, to: &Name) -> syn::Result<Vec<Op>> {
    table_exists(model, from)?;
    table_absent(model, to)?;
    Ok(vec![Op::RenameTable {
        from: from.value.clone().into(),
        to: to.value.clone().into(),
    }])
}

pub fn set_unlogged(model: &Model, table: &Name) -> syn::Result<Vec<Op>> {
    table_exists(model, table)?;
    Ok(vec![Op::SetUnlogged(table.value.clone().into())])
}

/// A comment on an existing table, or on an existing column of it.
pub fn comment(
    model: &Model,
    table: &Name,
    column: Option<&Name>,
    text: &syn::LitStr,
) -> syn::Result<Vec<Op>> {
    match column {
        Some(column) => {
            column_exists(model, table, column)?;
        }
        None => {
            table_exists(model, table)?;
        }
    }
    Ok(vec![Op::Comment {
        table: table.value.clone().into(),
        column: column.map(|c| c.value.clone().into()),
        text: Some(text.value().into()),
    }])
}
