//! The indexes family: `create_index`, `drop_index`, `rename_index`.

use syn::parse::ParseStream;
use syn::{Ident, LitStr, Token, bracketed};

use super::defs::{IndexDef, IndexKeyDef, Name, OpKind};
use crate::kw;

pub fn create_index(name: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::CreateIndex(parse_index(name, input)?))
}

pub fn drop_index(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::DropIndex(input.parse()?))
}

/// `rename_index!(a -> b)`
pub fn rename_index(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let from = input.parse()?;
    input.parse::<Token![->]>()?;
    Ok(OpKind::RenameIndex {
        from,
        to: input.parse()?,
    })
}

/// `t, [col | col desc | "expr", …], [name = …], [unique], [using = …], [filter = "…"]`
fn parse_index(op: &Ident, input: ParseStream) -> syn::Result<IndexDef> {
    let table: Name = input.parse()?;
    input.parse::<Token![,]>()?;
    let keys_content;
    bracketed!(keys_content in input);
    let mut keys = Vec::new();
    while !keys_content.is_empty() {
        if keys_content.peek(LitStr) {
            keys.push(IndexKeyDef::Expr(keys_content.parse()?));
        } else {
            let name = keys_content.parse()?;
            let desc = keys_content.peek(kw::desc);
            if desc {
                keys_content.parse::<kw::desc>()?;
            }
            keys.push(IndexKeyDef::Column { name, desc });
        }
        if keys_content.is_empty() {
            break;
        }
        keys_content.parse::<Token![,]>()?;
    }
    let mut index = IndexDef {
        table,
        keys,
        name: None,
        unique: false,
        using: None,
        filter: None,
        span: op.span(),
    };
    while input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        let lookahead = input.lookahead1();
        if lookahead.peek(kw::name) {
            input.parse::<kw::name>()?;
            input.parse::<Token![=]>()?;
            index.name = Some(input.parse()?);
        } else if lookahead.peek(kw::unique) {
            input.parse::<kw::unique>()?;
            index.unique = true;
        } else if lookahead.peek(kw::using) {
            input.parse::<kw::using>()?;
            input.parse::<Token![=]>()?;
            index.using = Some(input.parse()?);
        } else if lookahead.peek(kw::filter) {
            input.parse::<kw::filter>()?;
            input.parse::<Token![=]>()?;
            index.filter = Some(input.parse()?);
        } else {
            return Err(lookahead.error());
        }
    }
    Ok(index)
}
