//! The constraints family: `add_primary_key`, `add_foreign_key`, `add_check`, `add_unique`,
//! `drop_constraint`, and the `check(…)`/`unique(…)` syntax `create_table` uses too.

use syn::parse::ParseStream;
use syn::{Ident, Token};

use super::common::{keyed, name_array, name_list, table_column};
use super::defs::{CheckDef, ForeignKeyDef, Name, OpKind, UniqueDef};
use crate::kw;

/// `add_primary_key!(t, [cols][, name = n])`
pub fn add_primary_key(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    let columns = name_array(input)?;
    let name = if input.peek(Token![,]) {
        Some(keyed::<kw::name, _>(input)?)
    } else {
        None
    };
    Ok(OpKind::AddPrimaryKey {
        table,
        columns,
        name,
    })
}

pub fn add_foreign_key(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::AddForeignKey(parse_foreign_key(input)?))
}

/// `add_check!(t, name, "expr"[, not_valid])`
pub fn add_check(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    Ok(OpKind::AddCheck(parse_check(table, input)?))
}

/// `add_unique!(t, name, [cols])`
pub fn add_unique(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    Ok(OpKind::AddUnique(parse_unique(table, input)?))
}

/// `drop_constraint!(t, name)`
pub fn drop_constraint(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let (table, name) = table_column(input)?;
    Ok(OpKind::DropConstraint { table, name })
}

/// `name, [cols]` of a unique constraint on `table`.
pub fn parse_unique(table: Name, input: ParseStream) -> syn::Result<UniqueDef> {
    let name = input.parse()?;
    input.parse::<Token![,]>()?;
    Ok(UniqueDef {
        table,
        name,
        columns: name_array(input)?,
    })
}

/// `name, "expr"[, not_valid]` of a CHECK on `table`.
pub fn parse_check(table: Name, input: ParseStream) -> syn::Result<CheckDef> {
    let name = input.parse()?;
    input.parse::<Token![,]>()?;
    let expr = input.parse()?;
    let not_valid = input.peek(Token![,]);
    if not_valid {
        input.parse::<Token![,]>()?;
        input.parse::<kw::not_valid>()?;
    }
    Ok(CheckDef {
        table,
        name,
        expr,
        not_valid,
    })
}

/// `t(cols) -> r(cols)[, orphans = …][, on_delete = …][, on_update = …][, name = …]`
fn parse_foreign_key(input: ParseStream) -> syn::Result<ForeignKeyDef> {
    let table = input.parse()?;
    let columns = name_list(input)?;
    input.parse::<Token![->]>()?;
    let ref_table = input.parse()?;
    let ref_columns = name_list(input)?;
    let mut fk = ForeignKeyDef {
        table,
        columns,
        ref_table,
        ref_columns,
        on_delete: None,
        on_update: None,
        name: None,
        orphans: None,
    };
    while input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        let lookahead = input.lookahead1();
        if lookahead.peek(kw::orphans) {
            input.parse::<kw::orphans>()?;
            input.parse::<Token![=]>()?;
            fk.orphans = Some(input.call(syn::ext::IdentExt::parse_any)?);
        } else if lookahead.peek(kw::on_delete) {
            input.parse::<kw::on_delete>()?;
            input.parse::<Token![=]>()?;
            fk.on_delete = Some(input.parse()?);
        } else if lookahead.peek(kw::on_update) {
            input.parse::<kw::on_update>()?;
            input.parse::<Token![=]>()?;
            fk.on_update = Some(input.parse()?);
        } else if lookahead.peek(kw::name) {
            input.parse::<kw::name>()?;
            input.parse::<Token![=]>()?;
            fk.name = Some(input.parse()?);
        } else {
            return Err(lookahead.error());
        }
    }
    Ok(fk)
}
