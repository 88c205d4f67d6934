//! The control family, operations that hold operations: `when!(condition, { … })` and
//! `reassert!({ … })`, and the `{ op!(…); … }` block they (and `reverse`) hold.

use syn::parse::ParseStream;
use syn::{Ident, Token, braced, parenthesized};

use super::defs::{ConditionDef, Name, OpDef, OpKind};

/// `when!(table_exists(t) | column_exists(t.c) | column_missing(t.c), { ops })`
pub fn when(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    let condition = parse_condition(input)?;
    input.parse::<Token![,]>()?;
    Ok(OpKind::When {
        condition,
        ops: op_block(input)?,
    })
}

/// `reassert!({ ops })`
pub fn reassert(_: &Ident, input: ParseStream) -> syn::Result<OpKind> {
    Ok(OpKind::Reassert(op_block(input)?))
}

/// `{ op!(…); … }`
pub fn op_block(input: ParseStream) -> syn::Result<Vec<OpDef>> {
    let body;
    braced!(body in input);
    let mut ops = Vec::new();
    while !body.is_empty() {
        ops.push(body.parse()?);
    }
    Ok(ops)
}

fn parse_condition(input: ParseStream) -> syn::Result<ConditionDef> {
    let kind: Ident = input.parse()?;
    let content;
    parenthesized!(content in input);
    let table: Name = content.parse()?;
    let column = |content: ParseStream| -> syn::Result<Name> {
        content.parse::<Token![.]>()?;
        content.parse()
    };
    Ok(match kind.to_string().as_str() {
        "table_exists" => ConditionDef::TableExists(table),
        "column_exists" => ConditionDef::ColumnExists(table, column(&content)?),
        "column_missing" => ConditionDef::ColumnMissing(table, column(&content)?),
        other => {
            return Err(syn::Error::new(
                kind.span(),
                format!(
                    "unknown condition `{other}`; expected table_exists(t), column_exists(t.c) or column_missing(t.c)"
                ),
            ));
        }
    })
}
