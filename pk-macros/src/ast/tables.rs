//! The tables family: `create_schema`, `create_extension`, `create_table`, `drop_table`,
//! `rename_table`, `set_unlogged`, `comment`.

use syn::parse::ParseStream;
use syn::{Ident, LitBool, Token, braced, parenthesized};

use super::constraints::{parse_check, parse_unique};
use super::defs::{ColumnDef, Name, OpKind, TableDef, TypeDef};
use crate::kw;

pub fn create_schema(_: &Ident, _: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::CreateSchema)
}

pub fn create_extension(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::CreateExtension(input.parse()?))
}

pub fn create_table(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::CreateTable(parse_table(input)?))
}

pub fn drop_table(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::DropTable(input.parse()?))
}

/// `rename_table!(a -> b)`
pub fn rename_table(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let from = input.parse()?;
    input.parse::<Token![->]>()?;
    Ok(OpKind::RenameTable {
        from,
        to: input.parse()?,
    })
}

pub fn set_unlogged(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::SetUnlogged(input.parse()?))
}

/// `comment!(t, "…")` or `comment!(t.c, "…")`
pub fn comment(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let table = input.parse()?;
    let column = if input.peek(Token![.]) {
        input.parse::<Token![.]>()?;
        Some(input.parse()?)
    } else {
        None
    };
    input.parse::<Token![,]>()?;
    Ok(OpKind::Comment {
        table,
        column,
        text: input.parse()?,
    })
}

/// `name, [primary_key = …,] { column, …, timestamps(…), check(…), unique(…) }`
fn parse_table(input: ParseStream) -> syn::Result<TableDef> {
    let name: Name = input.parse()?;
    input.parse::<Token![,]>()?;
    let mut primary_key = Some((
        TypeDef::named("bigserial", name.span)?,
        Name {
            value: "id".into(),
            span: name.span,
        },
        None,
    ));
    if input.peek(kw::primary_key) {
        input.parse::<kw::primary_key>()?;
        input.parse::<Token![=]>()?;
        if input.peek(kw::none) {
            input.parse::<kw::none>()?;
            primary_key = None;
        } else {
            let ty_name: Ident = input.parse()?;
            let content;
            parenthesized!(content in input);
            let column: Name = content.parse()?;
            let default = if content.peek(Token![,]) {
                content.parse::<Token![,]>()?;
                content.parse::<kw::default>()?;
                content.parse::<Token![=]>()?;
                Some(content.parse()?)
            } else {
                None
            };
            primary_key = Some((
                TypeDef::named(&ty_name.to_string(), ty_name.span())?,
                column,
                default,
            ));
        }
        input.parse::<Token![,]>()?;
    }
    let body;
    braced!(body in input);
    let mut columns = Vec::new();
    let mut checks = Vec::new();
    let mut uniques = Vec::new();
    while !body.is_empty() {
        if body.peek(kw::unique) && body.peek2(syn::token::Paren) {
            body.parse::<kw::unique>()?;
            let args;
            parenthesized!(args in body);
            uniques.push(parse_unique(name.clone(), &args)?);
        } else if body.peek(kw::check) && body.peek2(syn::token::Paren) {
            body.parse::<kw::check>()?;
            let args;
            parenthesized!(args in body);
            checks.push(parse_check(name.clone(), &args)?);
        } else if body.peek(kw::timestamps) {
            let kw: kw::timestamps = body.parse()?;
            let args;
            parenthesized!(args in body);
            let ty: TypeDef = args.parse()?;
            let mut with_updated = true;
            if args.peek(Token![,]) {
                args.parse::<Token![,]>()?;
                args.parse::<kw::updated_at>()?;
                args.parse::<Token![=]>()?;
                with_updated = args.parse::<LitBool>()?.value;
            }
            for column in ["inserted_at", "updated_at"]
                .into_iter()
                .take(if with_updated { 2 } else { 1 })
            {
                columns.push(ColumnDef {
                    name: Name {
                        value: column.into(),
                        span: kw.span,
                    },
                    ty: ty.clone(),
                    not_null: true,
                    default: None,
                    references: None,
                });
            }
        } else {
            columns.push(body.parse()?);
        }
        if body.is_empty() {
            break;
        }
        body.parse::<Token![,]>()?;
    }
    Ok(TableDef {
        name,
        primary_key,
        columns,
        checks,
        uniques,
    })
}
