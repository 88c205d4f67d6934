//! The uuid family, PhoenixKit's move from integer to uuid keys: `add_uuid_column`,
//! `add_uuid_fk_column`, `drop_foreign_keys_to`, `drop_sequence`, `promote_uuid_primary_key`.

use syn::parse::ParseStream;
use syn::{Ident, Token};

use super::common::{keyed, optional_cascade};
use super::defs::{Name, OpKind};
use crate::kw;

/// `add_uuid_column!(t[, index = name])`
pub fn add_uuid_column(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    let index = if input.peek(Token![,]) {
        Some(keyed::<kw::index, _>(input)?)
    } else {
        None
    };
    Ok(OpKind::AddUuidColumn { table, index })
}

/// `add_uuid_fk_column!(t.c, int_col -> parent[, index = name][, batch = N])`
pub fn add_uuid_fk_column(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    input.parse::<Token![.]>()?;
    let column = input.parse()?;
    input.parse::<Token![,]>()?;
    let int_column = input.parse()?;
    input.parse::<Token![->]>()?;
    let parent = input.parse()?;
    let (mut index, mut batch) = (None, None);
    while input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        let lookahead = input.lookahead1();
        if lookahead.peek(kw::index) {
            input.parse::<kw::index>()?;
            input.parse::<Token![=]>()?;
            index = Some(input.parse()?);
        } else if lookahead.peek(kw::batch) {
            input.parse::<kw::batch>()?;
            input.parse::<Token![=]>()?;
            batch = Some(input.parse()?);
        } else {
            return Err(lookahead.error());
        }
    }
    Ok(OpKind::AddUuidFkColumn {
        table,
        column,
        int_column,
        parent,
        index,
        batch,
    })
}

/// `drop_foreign_keys_to!(column)` or `drop_foreign_keys_to!(table.column)`
pub fn drop_foreign_keys_to(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let first: Name = input.parse()?;
    Ok(if input.peek(Token![.]) {
        input.parse::<Token![.]>()?;
        OpKind::DropForeignKeysTo {
            table: Some(first),
            column: input.parse()?,
        }
    } else {
        OpKind::DropForeignKeysTo {
            table: None,
            column: first,
        }
    })
}

/// `drop_sequence!(name[, cascade])`
pub fn drop_sequence(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let name = input.parse()?;
    Ok(OpKind::DropSequence {
        name,
        cascade: optional_cascade(input)?,
    })
}

pub fn promote_uuid_primary_key(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::PromoteUuidPrimaryKey(input.parse()?))
}
