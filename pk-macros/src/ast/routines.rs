//! The routines family: `create_enum`, `add_enum_value`, `drop_enum`, `create_function`,
//! `drop_function`, `create_trigger`, `drop_trigger`.

use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token, bracketed};

use super::common::{keyed, table_column};
use super::defs::OpKind;
use crate::kw;

/// `create_enum!(name, ["a", "b"])`
pub fn create_enum(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let name = input.parse()?;
    input.parse::<Token![,]>()?;
    let content;
    bracketed!(content in input);
    Ok(OpKind::CreateEnum {
        name,
        values: Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?
            .into_iter()
            .collect(),
    })
}

/// `add_enum_value!(name, "value")`
pub fn add_enum_value(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let name = input.parse()?;
    input.parse::<Token![,]>()?;
    Ok(OpKind::AddEnumValue {
        name,
        value: input.parse()?,
    })
}

pub fn drop_enum(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::DropEnum(input.parse()?))
}

/// `create_function!(name, "(args)", returns = "…", language = l, body = "…"[, immutable][, strict])`
pub fn create_function(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let name = input.parse()?;
    input.parse::<Token![,]>()?;
    let args = input.parse()?;
    let returns = keyed::<kw::returns, _>(input)?;
    let language = keyed::<kw::language, _>(input)?;
    let body = keyed::<kw::body, _>(input)?;
    let (mut immutable, mut strict) = (false, false);
    while input.peek(Token![,]) {
        input.parse::<Token![,]>()?;
        let lookahead = input.lookahead1();
        if lookahead.peek(kw::immutable) {
            input.parse::<kw::immutable>()?;
            immutable = true;
        } else if lookahead.peek(kw::strict) {
            input.parse::<kw::strict>()?;
            strict = true;
        } else {
            return Err(lookahead.error());
        }
    }
    Ok(OpKind::CreateFunction {
        name,
        args,
        returns,
        language,
        body,
        immutable,
        strict,
    })
}

/// `drop_function!(name, "(args)")`
pub fn drop_function(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let name = input.parse()?;
    input.parse::<Token![,]>()?;
    Ok(OpKind::DropFunction {
        name,
        args: input.parse()?,
    })
}

/// `create_trigger!(t, name, "timing", function = f)`
pub fn create_trigger(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let (table, name) = table_column(input)?;
    input.parse::<Token![,]>()?;
    let timing = input.parse()?;
    let function = keyed::<kw::function, _>(input)?;
    Ok(OpKind::CreateTrigger {
        table,
        name,
        timing,
        function,
    })
}

/// `drop_trigger!(t, name)`
pub fn drop_trigger(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let (table, name) = table_column(input)?;
    Ok(OpKind::DropTrigger { table, name })
}
