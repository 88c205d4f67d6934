//! A version block and its operations: the header (`number`, `title`, `chain`, `irreversible`,
//! `builds_on`),
//! then `name!(…)` operations, each parsed by the parser the table of operations names for it.

use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitInt, LitStr, Token, parenthesized};

use super::defs::{OpDef, VersionDef};
use super::{control, ops};
use crate::kw;

impl Parse for VersionDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut number = None;
        let mut title = None;
        let mut chain = None;
        let mut irreversible = None;
        let mut builds_on = None;
        // Header: `key = value;` pairs, in any order, before the operations.
        loop {
            let lookahead = input.lookahead1();
            if lookahead.peek(kw::number) && input.peek2(Token![=]) {
                input.parse::<kw::number>()?;
                input.parse::<Token![=]>()?;
                number = Some(input.parse::<LitInt>()?);
            } else if lookahead.peek(kw::title) && input.peek2(Token![=]) {
                input.parse::<kw::title>()?;
                input.parse::<Token![=]>()?;
                title = Some(input.parse::<LitStr>()?);
            } else if lookahead.peek(kw::chain) && input.peek2(Token![=]) {
                input.parse::<kw::chain>()?;
                input.parse::<Token![=]>()?;
                chain = Some(input.parse::<LitStr>()?);
            } else if lookahead.peek(kw::irreversible) && input.peek2(Token![=]) {
                input.parse::<kw::irreversible>()?;
                input.parse::<Token![=]>()?;
                irreversible = Some(input.parse::<LitStr>()?);
            } else if lookahead.peek(kw::builds_on) && input.peek2(Token![=]) {
                input.parse::<kw::builds_on>()?;
                input.parse::<Token![=]>()?;
                if !input.peek(kw::phoenix_kit) {
                    return Err(input.error(
                        "expected `phoenix_kit(N)`: a chain builds on PhoenixKit's chain at version N",
                    ));
                }
                input.parse::<kw::phoenix_kit>()?;
                let content;
                parenthesized!(content in input);
                builds_on = Some(content.parse::<LitInt>()?);
            } else {
                break;
            }
            input.parse::<Token![;]>()?;
        }
        let number =
            number.ok_or_else(|| input.error("expected `number = N;` before the operations"))?;
        let title =
            title.ok_or_else(|| input.error("expected `title = \"…\";` before the operations"))?;
        let mut ops = Vec::new();
        while !input.is_empty() {
            ops.push(input.parse()?);
        }
        Ok(VersionDef {
            number,
            title,
            chain,
            irreversible,
            builds_on,
            ops,
        })
    }
}

impl Parse for OpDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let name: Ident = input.parse()?;
        input.parse::<Token![!]>()?;
        let content;
        parenthesized!(content in input);
        let spec = ops::find(&name)?;
        let kind = (spec.parse)(&name, &content)?;
        if !content.is_empty() {
            return Err(content.error("unexpected tokens after the operation's arguments"));
        }
        let reverse = if input.peek(kw::reverse) {
            input.parse::<kw::reverse>()?;
            Some(control::op_block(input)?)
        } else {
            input.parse::<Token![;]>()?;
            None
        };
        Ok(OpDef {
            name,
            family: spec.family,
            kind,
            reverse,
        })
    }
}
