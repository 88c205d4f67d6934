//! The data family: seeds (their rows against the table, their conflict key against its unique
//! indexes), and the statements the model does not see (update, delete, Rust calls, raw SQL,
//! SET LOCAL, sub-chains).

use quote::ToTokens;
use syn::{LitInt, LitStr};

use pk_schema::{self as ir, Model, Op};

use super::check::{column_exists, err, table_exists};
use crate::ast::{self, Name};

/// Seed rows name the same existing columns in the same order, and include the conflict key.
pub fn seed(def: &ast::SeedDef, model: &Model) -> syn::Result<ir::Seed> {
    table_exists(model, &def.table)?;
    let first = has_rows(def)?;
    let columns: Vec<String> = first.iter().map(|(n, _)| n.value.clone()).collect();
    for (name, _) in first {
        column_exists(model, &def.table, name)?;
    }
    for key in &def.conflict {
        conflict_key_seeded(key, &columns)?;
    }
    let mut rows = Vec::new();
    for row in &def.rows {
        row_lists_columns(def, row, &columns)?;
        rows.push(row.iter().map(|(_, v)| value(v)).collect());
    }
    for key in &def.conflict {
        conflict_key_not_generated(def, key)?;
    }
    let conflict: Vec<ir::Str> = def
        .conflict
        .iter()
        .map(|c| c.value.clone().into())
        .collect();
    let columns: Vec<ir::Str> = columns.into_iter().map(Into::into).collect();
    let on_conflict = model.has_unique(&def.table.value, &conflict);
    if let Some(update) = &def.update {
        upsert_has_unique_index(def, update, &conflict, on_conflict)?;
    }
    Ok(ir::Seed {
        table: def.table.value.clone().into(),
        conflict: conflict.into(),
        columns: columns.into(),
        rows: rows.into(),
        on_conflict,
        update: def.update.as_ref().map(|l| l.value().into()),
    })
}

fn value(value: &ast::ValueDef) -> ir::Value {
    match value {
        ast::ValueDef::Null => ir::Value::Null,
        ast::ValueDef::Bool(b) => ir::Value::Bool(*b),
        ast::ValueDef::Int(i) => ir::Value::Int(*i),
        ast::ValueDef::Text(s) => ir::Value::Text(s.clone().into()),
        ast::ValueDef::Expr(e) => ir::Value::Expr(e.clone().into()),
        ast::ValueDef::UuidV7 => ir::Value::UuidV7,
    }
}

type Row = [(Name, ast::ValueDef)];

/// A seed has at least one row (the first names the columns).
fn has_rows(def: &ast::SeedDef) -> syn::Result<&Row> {
    def.rows
        .first()
        .map(Vec::as_slice)
        .ok_or_else(|| err(def.span, "a seed needs at least one row"))
}

/// Every conflict column is one of the seeded columns.
fn conflict_key_seeded(key: &Name, columns: &[String]) -> syn::Result<()> {
    if !columns.contains(&key.value) {
        return Err(err(
            key.span,
            format!(
                "conflict column `{}` is not one of the seeded columns",
                key.value
            ),
        ));
    }
    Ok(())
}

/// Every row lists the columns of the first, in the same order.
fn row_lists_columns(def: &ast::SeedDef, row: &Row, columns: &[String]) -> syn::Result<()> {
    if row.len() != columns.len() || row.iter().zip(columns).any(|((n, _), c)| &n.value != c) {
        let span = row.first().map_or(def.span, |(n, _)| n.span);
        return Err(err(
            span,
            format!(
                "every seed row must list the columns {}, in that order",
                columns.join(", ")
            ),
        ));
    }
    Ok(())
}

/// A conflict key is not `uuid_v7()` in any row: each run would generate a new key.
fn conflict_key_not_generated(def: &ast::SeedDef, key: &Name) -> syn::Result<()> {
    if def
        .rows
        .iter()
        .flat_map(|row| row.iter())
        .any(|(n, v)| n.value == key.value && matches!(v, ast::ValueDef::UuidV7))
    {
        return Err(err(
            key.span,
            "a conflict key cannot be uuid_v7(): each run would generate a new key",
        ));
    }
    Ok(())
}

/// `update = …` (an upsert) needs a unique index on the conflict key.
fn upsert_has_unique_index(
    def: &ast::SeedDef,
    update: &LitStr,
    conflict: &[ir::Str],
    on_conflict: bool,
) -> syn::Result<()> {
    if !on_conflict {
        return Err(syn::Error::new_spanned(
            update,
            format!(
                "an upsert needs a unique index on ({}) of `{}`, and there is none at this version",
                conflict.join(", "),
                def.table.value
            ),
        ));
    }
    Ok(())
}

/// `UPDATE` of an existing table.
pub fn update(
    model: &Model,
    table: &Name,
    set: &LitStr,
    from: Option<&LitStr>,
    filter: Option<&LitStr>,
) -> syn::Result<Vec<Op>> {
    table_exists(model, table)?;
    Ok(vec![Op::Update {
        table: table.value.clone().into(),
        set: set.value().into(),
        from: from.map(|l| l.value().into()),
        filter: filter.map(|l| l.value().into()),
    }])
}

/// `DELETE` from an existing table.
pub fn delete(model: &Model, table: &Name, filter: Option<&LitStr>) -> syn::Result<Vec<Op>> {
    table_exists(model, table)?;
    Ok(vec![Op::Delete {
        table: table.value.clone().into(),
        filter: filter.map(|l| l.value().into()),
    }])
}

/// A Rust data step, by path (`expand` casts the path to the runtime's function type).
pub fn call(path: &syn::Path) -> Vec<Op> {
    vec![Op::Call(ir::Call {
        name: path.to_token_stream().to_string().replace(' ', "").into(),
        run: None,
    })]
}

pub fn sql(why: &LitStr, sql: &LitStr) -> Vec<Op> {
    vec![Op::Sql {
        sql: sql.value().into(),
        why: why.value().into(),
    }]
}

pub fn set_local(name: &Name, value: &LitStr) -> Vec<Op> {
    vec![Op::SetLocal {
        name: name.value.clone().into(),
        value: value.value().into(),
    }]
}

/// Another chain (Oban's) up to a version, by path.
pub fn run_chain(path: &syn::Path, to: &LitInt) -> syn::Result<Vec<Op>> {
    Ok(vec![Op::RunChain {
        chain: ir::ChainRef::Path(path.to_token_stream().to_string().replace(' ', "").into()),
        to: to.base10_parse()?,
    }])
}
