//! The data family: `seed`, `update`, `delete`, `call`, `sql`, `set_local`, `run_chain`:
//! statements on rows and the session, which the schema model does not see.

use syn::parse::ParseStream;
use syn::{Ident, LitStr, Token, braced, bracketed};

use super::common::{keyed, name_array, optional_filter};
use super::defs::{Name, OpKind, SeedDef};
use crate::kw;

pub fn seed(name: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::Seed(parse_seed(name, input)?))
}

/// `update!(t, set = "…"[, from = "…"][, filter = "…"])`
pub fn update(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    input.parse::<kw::set>()?;
    input.parse::<Token![=]>()?;
    let set = input.parse()?;
    let (mut from, mut filter) = (None, None);
    while input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        let lookahead = input.lookahead1();
        if lookahead.peek(kw::from) {
            input.parse::<kw::from>()?;
            input.parse::<Token![=]>()?;
            from = Some(input.parse()?);
        } else if lookahead.peek(kw::filter) {
            input.parse::<kw::filter>()?;
            input.parse::<Token![=]>()?;
            filter = Some(input.parse()?);
        } else {
            return Err(lookahead.error());
        }
    }
    Ok(OpKind::Update {
        table,
        set,
        from,
        filter,
    })
}

/// `delete!(t[, filter = "…"])`
pub fn delete(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    Ok(OpKind::Delete {
        table,
        filter: optional_filter(input)?,
    })
}

/// `call!(path::to::rust_fn)`
pub fn call(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::Call(input.parse()?))
}

/// `sql!(why = "…", "…")`: the reason may not be empty.
pub fn sql(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    input.parse::<kw::why>()?;
    input.parse::<Token![=]>()?;
    let why: LitStr = input.parse()?;
    if why.value().trim().is_empty() {
        return Err(syn::Error::new_spanned(
            &why,
            "say why no typed operation fits",
        ));
    }
    input.parse::<Token![,]>()?;
    Ok(OpKind::Sql {
        why,
        sql: input.parse()?,
    })
}

/// `set_local!(name, "value")`
pub fn set_local(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let name = input.parse()?;
    input.parse::<Token![,]>()?;
    Ok(OpKind::SetLocal {
        name,
        value: input.parse()?,
    })
}

/// `run_chain!(path::TO_CHAIN, to = N)`
pub fn run_chain(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let path = input.parse()?;
    Ok(OpKind::RunChain {
        path,
        to: keyed::<kw::to, _>(input)?,
    })
}

/// `t, conflict = [keys], [update = "…",] rows = [{ col: value, … }, …]`
fn parse_seed(op: &Ident, input: ParseStream) -> syn::Result<SeedDef> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    input.parse::<kw::conflict>()?;
    input.parse::<Token![=]>()?;
    let conflict = name_array(input)?;
    input.parse::<Token![,]>()?;
    let update = if input.peek(kw::update) {
        input.parse::<kw::update>()?;
        input.parse::<Token![=]>()?;
        let set = input.parse()?;
        input.parse::<Token![,]>()?;
        Some(set)
    } else {
        None
    };
    input.parse::<kw::rows>()?;
    input.parse::<Token![=]>()?;
    let rows_content;
    bracketed!(rows_content in input);
    let mut rows = Vec::new();
    while !rows_content.is_empty() {
        let row_content;
        braced!(row_content in rows_content);
        let mut row = Vec::new();
        while !row_content.is_empty() {
            let column: Name = row_content.parse()?;
            row_content.parse::<Token![:]>()?;
            row.push((column, row_content.parse()?));
            if row_content.is_empty() {
                break;
            }
            row_content.parse::<Token![,]>()?;
        }
        rows.push(row);
        if rows_content.is_empty() {
            break;
        }
        rows_content.parse::<Token![,]>()?;
    }
    Ok(SeedDef {
        table,
        conflict,
        update,
        rows,
        span: op.span(),
    })
}
