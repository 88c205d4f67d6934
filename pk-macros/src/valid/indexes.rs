//! The indexes family: an index on existing columns under a free name; dropping and renaming.

use pk_schema::{self as ir, Model, Op, TableState};

use super::check::{err, index_absent, index_exists, table_exists};
use crate::ast::{self, Name};

/// An index on existing columns, under a name no other index has.
pub fn create_index(def: &ast::IndexDef, model: &Model) -> syn::Result<ir::Index> {
    let index = index_spec(def, model)?;
    index_absent(
        model,
        &index.name,
        def.name.as_ref().map_or(def.span, |n| n.span),
    )?;
    Ok(index)
}

/// The index an operation describes, checked against the table but not for a name clash.
pub fn index_spec(def: &ast::IndexDef, model: &Model) -> syn::Result<ir::Index> {
    let state = table_exists(model, &def.table)?;
    let mut keys = Vec::new();
    let mut default_name = vec![def.table.value.clone()];
    for key in &def.keys {
        match key {
            ast::IndexKeyDef::Column { name, desc } => {
                key_column_exists(state, &def.table, name)?;
                default_name.push(name.value.clone());
                keys.push(ir::IndexKey::Column {
                    name: name.value.clone().into(),
                    desc: *desc,
                });
            }
            ast::IndexKeyDef::Expr(expr) => keys.push(ir::IndexKey::Expr(expr.value().into())),
        }
    }
    has_keys(def, &keys)?;
    let name = match &def.name {
        Some(name) => name.clone(),
        None => {
            expression_index_named(def, &keys)?;
            Name {
                value: format!("{}_index", default_name.join("_")),
                span: def.span,
            }
        }
    };
    Ok(ir::Index {
        table: def.table.value.clone().into(),
        name: name.value.into(),
        keys: keys.into(),
        unique: def.unique,
        method: def.using.as_ref().map(|m| m.to_string().into()),
        filter: def.filter.as_ref().map(|l| l.value().into()),
    })
}

/// A key column exists in the indexed table.
fn key_column_exists(state: &TableState, table: &Name, column: &Name) -> syn::Result<()> {
    if state.column(&column.value).is_none() {
        return Err(err(
            column.span,
            format!(
                "index on column `{}`, which does not exist in `{}` at this version",
                column.value, table.value
            ),
        ));
    }
    Ok(())
}

/// An index has at least one key.
fn has_keys(def: &ast::IndexDef, keys: &[ir::IndexKey]) -> syn::Result<()> {
    if keys.is_empty() {
        return Err(err(def.span, "an index needs at least one key"));
    }
    Ok(())
}

/// An index on an expression has no default name: it says `name = …`.
fn expression_index_named(def: &ast::IndexDef, keys: &[ir::IndexKey]) -> syn::Result<()> {
    if keys.iter().any(|k| matches!(k, ir::IndexKey::Expr(_))) {
        return Err(err(
            def.span,
            "an index on an expression needs `name = \"…\"`",
        ));
    }
    Ok(())
}

pub fn drop_index(model: &Model, name: &Name) -> syn::Result<Vec<Op>> {
    index_exists(model, name)?;
    Ok(vec![Op::DropIndex(name.value.clone().into())])
}

/// An existing index, to a name no index uses.
pub fn rename_index(model: &Model, from: &Name, to: &Name) -> syn::Result<Vec<Op>> {
    index_exists(model, from)?;
    index_absent(model, &to.value, to.span)?;
    Ok(vec![Op::RenameIndex {
        from: from.value.clone().into(),
        to: to.value.clone().into(),
    }])
}
