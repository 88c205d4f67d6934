//! The columns family: adding, dropping, renaming and altering one column of an existing table.

use pk_schema::{self as ir, Model, Op};

use super::check::{column_absent, column_exists, column_unreferenced};
use super::constraints::{foreign_key_for, reference_columns, reference_target};
use crate::ast::{self, DefaultDef, Name, TypeDef};

/// The column a definition describes.
pub fn column(def: &ast::ColumnDef) -> ir::Column {
    ir::Column {
        name: def.name.value.clone().into(),
        ty: def.ty.sql.clone().into(),
        canonical: def.ty.canonical.clone().into(),
        not_null: def.not_null,
        default: def.default.as_ref().map(|d| d.sql.clone().into()),
    }
}

/// A new column, and its foreign key if it `references(…)` an existing table and column.
pub fn add_column(model: &Model, table: &Name, def: &ast::ColumnDef) -> syn::Result<Vec<Op>> {
    column_absent(model, table, &def.name)?;
    let mut ops = vec![Op::AddColumn {
        table: table.value.clone().into(),
        column: column(def),
    }];
    if let Some(reference) = &def.references {
        reference_target(model, None, &reference.table, &reference_columns(reference))?;
        ops.push(Op::AddForeignKey(foreign_key_for(
            &table.value,
            def,
            reference,
        )?));
    }
    Ok(ops)
}

/// An existing column that no foreign key references.
pub fn drop_column(
    model: &Model,
    table: &Name,
    column: &Name,
    cascade: bool,
) -> syn::Result<Vec<Op>> {
    column_unreferenced(model, table, column)?;
    Ok(vec![Op::DropColumn {
        table: table.value.clone().into(),
        column: column.value.clone().into(),
        cascade,
    }])
}

/// An existing column, to a name the table does not use.
pub fn rename_column(model: &Model, table: &Name, from: &Name, to: &Name) -> syn::Result<Vec<Op>> {
    column_exists(model, table, from)?;
    column_absent(model, table, to)?;
    Ok(vec![Op::RenameColumn {
        table: table.value.clone().into(),
        from: from.value.clone().into(),
        to: to.value.clone().into(),
    }])
}

/// One `ALTER … TYPE` per existing column.
pub fn change_type(
    model: &Model,
    table: &Name,
    columns: &[Name],
    ty: &TypeDef,
    using: Option<&syn::LitStr>,
) -> syn::Result<Vec<Op>> {
    let mut ops = Vec::new();
    for column in columns {
        column_exists(model, table, column)?;
        ops.push(Op::ChangeType {
            table: table.value.clone().into(),
            column: column.value.clone().into(),
            ty: ty.sql.clone().into(),
            canonical: ty.canonical.clone().into(),
            using: using.map(|l| l.value().into()),
        });
    }
    Ok(ops)
}

/// NOT NULL on an existing column, filling its NULLs first with `fill = …`.
pub fn set_not_null(
    model: &Model,
    table: &Name,
    column: &Name,
    fill: Option<&DefaultDef>,
) -> syn::Result<Vec<Op>> {
    column_exists(model, table, column)?;
    Ok(vec![match fill {
        None => Op::SetNotNull {
            table: table.value.clone().into(),
            column: column.value.clone().into(),
        },
        Some(fill) => Op::FillNotNull {
            table: table.value.clone().into(),
            column: column.value.clone().into(),
            fill: fill.sql.clone().into(),
        },
    }])
}

pub fn drop_not_null(model: &Model, table: &Name, column: &Name) -> syn::Result<Vec<Op>> {
    column_exists(model, table, column)?;
    Ok(vec![Op::DropNotNull {
        table: table.value.clone().into(),
        column: column.value.clone().into(),
    }])
}

/// A default for an existing column (`None`: drop it).
pub fn set_default(
    model: &Model,
    table: &Name,
    column: &Name,
    default: Option<&DefaultDef>,
) -> syn::Result<Vec<Op>> {
    column_exists(model, table, column)?;
    Ok(vec![Op::SetDefault {
        table: table.value.clone().into(),
        column: column.value.clone().into(),
        default: default.map(|d| d.sql.clone().into()),
    }])
}
