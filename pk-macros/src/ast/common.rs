//! Pieces of syntax every family uses: names, `, key = value`, `t, c`, lists of names.

use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token, bracketed, parenthesized};

use super::defs::Name;
use crate::kw;

impl Parse for Name {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let lit: LitStr = input.parse()?;
            return Ok(Name {
                value: lit.value(),
                span: lit.span(),
            });
        }
        let ident: Ident = input.call(syn::ext::IdentExt::parse_any)?;
        Ok(Name {
            value: syn::ext::IdentExt::unraw(&ident).to_string(),
            span: ident.span(),
        })
    }
}

/// `, key = value` where `key` is the given keyword.
pub fn keyed<K: Parse, V: Parse>(input: ParseStream) -> syn::Result<V> {
    input.parse::<Token![,]>()?;
    input.parse::<K>()?;
    input.parse::<Token![=]>()?;
    input.parse()
}

/// `table, column` (or `table, name` for a table's constraint or trigger).
pub fn table_column(input: ParseStream) -> syn::Result<(Name, Name)> {
    let table = input.parse()?;
    input.parse::<Token![,]>()?;
    Ok((table, input.parse()?))
}

/// `, cascade` if it follows.
pub fn optional_cascade(input: ParseStream) -> syn::Result<bool> {
    let cascade = input.peek(Token![,]);
    if cascade {
        input.parse::<Token![,]>()?;
        input.parse::<kw::cascade>()?;
    }
    Ok(cascade)
}

/// `, filter = "…"` if it follows.
pub fn optional_filter(input: ParseStream) -> syn::Result<Option<LitStr>> {
    if !input.peek(Token![,]) {
        return Ok(None);
    }
    input.parse::<Token![,]>()?;
    input.parse::<kw::filter>()?;
    input.parse::<Token![=]>()?;
    Ok(Some(input.parse()?))
}

/// `(a, b, …)`: at least one name.
pub fn name_list(input: ParseStream) -> syn::Result<Vec<Name>> {
    let content;
    parenthesized!(content in input);
    names(&content)
}

/// `[a, b, …]`: at least one name.
pub fn name_array(input: ParseStream) -> syn::Result<Vec<Name>> {
    let content;
    bracketed!(content in input);
    names(&content)
}

fn names(content: ParseStream) -> syn::Result<Vec<Name>> {
    Ok(
        Punctuated::<Name, Token![,]>::parse_separated_nonempty(content)?
            .into_iter()
            .collect(),
    )
}
