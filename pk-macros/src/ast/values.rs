//! Values: seed values and column defaults (`"text"`, `1`, `true`, `null`, `now()`,
//! `uuid_v7()`, `sql("…")`).

use syn::parse::{Parse, ParseStream};
use syn::{LitBool, LitInt, LitStr, Token, parenthesized};

use super::defs::{DefaultDef, ValueDef};
use crate::kw;

impl DefaultDef {
    /// `uuid_v7()` as a default: a fresh UUIDv7 from PhoenixKit's function in the prefix schema
    /// (V40 creates it). The one spelling of that call; `add_uuid_column!` defaults to it too.
    pub const UUID_V7: &'static str = "{prefix}.uuid_generate_v7()";
}

impl Parse for DefaultDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let value: ValueDef = input.parse()?;
        Ok(DefaultDef { sql: value.sql() })
    }
}

impl Parse for ValueDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let lookahead = input.lookahead1();
        if lookahead.peek(LitStr) {
            Ok(ValueDef::Text(input.parse::<LitStr>()?.value()))
        } else if lookahead.peek(LitBool) {
            Ok(ValueDef::Bool(input.parse::<LitBool>()?.value))
        } else if lookahead.peek(LitInt) || lookahead.peek(Token![-]) {
            let negative = input.peek(Token![-]);
            if negative {
                input.parse::<Token![-]>()?;
            }
            let value: i64 = input.parse::<LitInt>()?.base10_parse()?;
            Ok(ValueDef::Int(if negative { -value } else { value }))
        } else if lookahead.peek(kw::null) {
            input.parse::<kw::null>()?;
            Ok(ValueDef::Null)
        } else if lookahead.peek(kw::now) {
            input.parse::<kw::now>()?;
            let _empty;
            parenthesized!(_empty in input);
            Ok(ValueDef::Expr("NOW()".into()))
        } else if lookahead.peek(kw::uuid_v7) {
            input.parse::<kw::uuid_v7>()?;
            let _empty;
            parenthesized!(_empty in input);
            Ok(ValueDef::UuidV7)
        } else if lookahead.peek(kw::sql) {
            input.parse::<kw::sql>()?;
            let content;
            parenthesized!(content in input);
            Ok(ValueDef::Expr(content.parse::<LitStr>()?.value()))
        } else {
            Err(lookahead.error())
        }
    }
}

impl ValueDef {
    /// The value as SQL text (a default, a `fill`). As a seed value `uuid_v7()` is generated
    /// once per row instead, before the insert (`pk_schema::Value::UuidV7`).
    pub fn sql(&self) -> String {
        match self {
            ValueDef::Null => "NULL".into(),
            ValueDef::Bool(b) => b.to_string(),
            ValueDef::Int(i) => i.to_string(),
            ValueDef::Text(s) => format!("'{}'", s.replace('\'', "''")),
            ValueDef::Expr(e) => e.clone(),
            ValueDef::UuidV7 => DefaultDef::UUID_V7.into(),
        }
    }
}
