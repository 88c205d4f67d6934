//! The columns family: `add_column`, `drop_column`, `rename_column`, `change_type`,
//! `set_not_null`, `drop_not_null`, `set_default`, `drop_default`, and the column syntax
//! `name: type [not_null] [default …] [references(…)]` that `create_table` uses too.

use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Token, parenthesized};

use super::common::{keyed, name_array, optional_cascade, table_column};
use super::defs::{ColumnDef, Name, OpKind, ReferenceDef, TypeDef};
use crate::kw;

/// `add_column!(t, column)`
pub fn add_column(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    Ok(OpKind::AddColumn {
        table,
        column: input.parse()?,
    })
}

/// `drop_column!(t, c[, cascade][, fill = "sql"])`
pub fn drop_column(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let (table, column) = table_column(input)?;
    let cascade = input.peek(Token![,]) && input.peek2(kw::cascade) && optional_cascade(input)?;
    let fill = if input.peek(Token![,]) && input.peek2(kw::fill) {
        input.parse::<Token![,]>()?;
        input.parse::<kw::fill>()?;
        input.parse::<Token![=]>()?;
        Some(input.parse::<LitStr>()?)
    } else {
        None
    };
    Ok(OpKind::DropColumn {
        table,
        column,
        cascade,
        fill,
    })
}

/// `rename_column!(t, a -> b)`
pub fn rename_column(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let (table, from) = table_column(input)?;
    input.parse::<Token![->]>()?;
    Ok(OpKind::RenameColumn {
        table,
        from,
        to: input.parse()?,
    })
}

/// `change_type!(t, c | [c1, c2], type[, using = "…"])`
pub fn change_type(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    let columns = if input.peek(syn::token::Bracket) {
        name_array(input)?
    } else {
        vec![input.parse()?]
    };
    input.parse::<Token![,]>()?;
    let ty = input.parse()?;
    let using = if input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        input.parse::<kw::using>()?;
        input.parse::<Token![=]>()?;
        Some(input.parse()?)
    } else {
        None
    };
    Ok(OpKind::ChangeType {
        table,
        columns,
        ty,
        using,
    })
}

/// `set_not_null!(t, c[, fill = value])`
pub fn set_not_null(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let (table, column) = table_column(input)?;
    let fill = if input.peek(Token![,]) {
        Some(keyed::<kw::fill, _>(input)?)
    } else {
        None
    };
    Ok(OpKind::SetNotNull {
        table,
        column,
        fill,
    })
}

pub fn drop_not_null(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let (table, column) = table_column(input)?;
    Ok(OpKind::DropNotNull { table, column })
}

/// `set_default!(t, c, value)`
pub fn set_default(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let (table, column) = table_column(input)?;
    input.parse::<Token![,]>()?;
    Ok(OpKind::SetDefault {
        table,
        column,
        default: input.parse()?,
    })
}

pub fn drop_default(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let (table, column) = table_column(input)?;
    Ok(OpKind::DropDefault { table, column })
}

impl Parse for ColumnDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name: Name = input.parse()?;
        input.parse::<Token![:]>()?;
        let ty: TypeDef = input.parse()?;
        let mut column = ColumnDef {
            name,
            ty,
            not_null: false,
            default: None,
            references: None,
        };
        loop {
            let lookahead = input.lookahead1();
            if lookahead.peek(kw::not_null) {
                input.parse::<kw::not_null>()?;
                column.not_null = true;
            } else if lookahead.peek(kw::null) {
                input.parse::<kw::null>()?;
                column.not_null = false;
            } else if lookahead.peek(kw::default) {
                input.parse::<kw::default>()?;
                column.default = Some(input.parse()?);
            } else if lookahead.peek(kw::references) {
                input.parse::<kw::references>()?;
                column.references = Some(parse_reference(input)?);
            } else if lookahead.peek(Token![,]) || input.is_empty() {
                break;
            } else {
                return Err(lookahead.error());
            }
        }
        Ok(column)
    }
}

fn parse_reference(input: ParseStream) -> syn::Result<ReferenceDef> {
    let content;
    parenthesized!(content in input);
    let table: Name = content.parse()?;
    let column = if content.peek(Token![.]) {
        content.parse::<Token![.]>()?;
        Some(content.parse()?)
    } else {
        None
    };
    let mut reference = ReferenceDef {
        table,
        column,
        on_delete: None,
        on_update: None,
        name: None,
    };
    while content.peek(Token![,]) {
        content.parse::<Token![,]>()?;
        let lookahead = content.lookahead1();
        if lookahead.peek(kw::on_delete) {
            content.parse::<kw::on_delete>()?;
            content.parse::<Token![=]>()?;
            reference.on_delete = Some(content.parse()?);
        } else if lookahead.peek(kw::on_update) {
            content.parse::<kw::on_update>()?;
            content.parse::<Token![=]>()?;
            reference.on_update = Some(content.parse()?);
        } else if lookahead.peek(kw::name) {
            content.parse::<kw::name>()?;
            content.parse::<Token![=]>()?;
            reference.name = Some(content.parse()?);
        } else {
            return Err(lookahead.error());
        }
    }
    Ok(reference)
}
