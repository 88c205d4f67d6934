//! Column types: one table of the types the DSL knows, which the parser looks names up in and
//! which lists them in the "expected one of …" error.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Ident, LitInt, Token, parenthesized};

use super::defs::TypeDef;

/// What a type name may be followed by.
#[derive(Clone, Copy)]
enum Form {
    /// Nothing: `text`.
    Plain,
    /// One to `max` integer arguments (written `(N)`, `[(P)]` … in the list of types).
    /// `sql` and `canonical` are the spellings with the arguments, `%` standing for them.
    Args {
        shown: &'static str,
        max: usize,
        sql: &'static str,
        canonical: &'static str,
    },
    /// `array(TYPE)`.
    Array,
    /// `named(TYPE_IN_PREFIX)`: a type created in the prefix schema (an enum).
    Named,
}

/// One type of the DSL: its name, DDL spelling, `format_type` spelling, and form.
struct TypeSpec {
    name: &'static str,
    sql: &'static str,
    canonical: &'static str,
    form: Form,
}

const fn plain(name: &'static str, sql: &'static str, canonical: &'static str) -> TypeSpec {
    TypeSpec {
        name,
        sql,
        canonical,
        form: Form::Plain,
    }
}

/// `array(…)` and `named(…)`: types built from their argument.
const fn constructor(name: &'static str, form: Form) -> TypeSpec {
    TypeSpec {
        name,
        sql: "",
        canonical: "",
        form,
    }
}

/// Every type, in the order the error lists them.
const TYPES: &[TypeSpec] = &[
    plain("bigserial", "bigserial", "bigint"),
    plain("serial", "serial", "integer"),
    plain("bigint", "bigint", "bigint"),
    plain("integer", "integer", "integer"),
    plain("smallint", "smallint", "smallint"),
    plain("boolean", "boolean", "boolean"),
    plain("text", "text", "text"),
    plain("citext", "citext", "citext"),
    plain("bytea", "bytea", "bytea"),
    plain("jsonb", "jsonb", "jsonb"),
    plain("json", "json", "json"),
    plain("uuid", "uuid", "uuid"),
    plain("date", "date", "date"),
    plain("time", "time", "time without time zone"),
    plain("inet", "inet", "inet"),
    plain("real", "real", "real"),
    plain("double", "double precision", "double precision"),
    plain("float", "float", "double precision"),
    TypeSpec {
        name: "varchar",
        sql: "varchar",
        canonical: "character varying",
        form: Form::Args {
            shown: "(N)",
            max: 1,
            sql: "varchar(%)",
            canonical: "character varying(%)",
        },
    },
    TypeSpec {
        name: "timestamp",
        sql: "timestamp",
        canonical: "timestamp without time zone",
        form: Form::Args {
            shown: "[(P)]",
            max: 1,
            sql: "timestamp(%)",
            canonical: "timestamp(%) without time zone",
        },
    },
    TypeSpec {
        name: "timestamptz",
        sql: "timestamptz",
        canonical: "timestamp with time zone",
        form: Form::Args {
            shown: "[(P)]",
            max: 1,
            sql: "timestamptz(%)",
            canonical: "timestamp(%) with time zone",
        },
    },
    TypeSpec {
        name: "numeric",
        sql: "numeric",
        canonical: "numeric",
        form: Form::Args {
            shown: "[(P[, S])]",
            max: 2,
            sql: "numeric(%)",
            canonical: "numeric(%)",
        },
    },
    TypeSpec {
        name: "decimal",
        sql: "decimal",
        canonical: "numeric",
        form: Form::Args {
            shown: "[(P[, S])]",
            max: 2,
            sql: "decimal(%)",
            canonical: "numeric(%)",
        },
    },
    constructor("array", Form::Array),
    constructor("named", Form::Named),
];

/// The list of types in "expected one of …", from the table.
fn expected() -> String {
    TYPES
        .iter()
        .map(|t| match t.form {
            Form::Plain => t.name.to_owned(),
            Form::Args { shown, .. } => format!("{}{shown}", t.name),
            Form::Array => format!("{}(TYPE)", t.name),
            Form::Named => format!("{}(TYPE_IN_PREFIX)", t.name),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn unknown(name: &str, span: Span) -> syn::Error {
    syn::Error::new(
        span,
        format!(
            "unknown column type `{name}`; expected one of {}",
            expected()
        ),
    )
}

impl TypeDef {
    /// The type called `name`, without arguments (`primary_key = uuid(…)` names types this way;
    /// `array` and `named` need their argument, so they are unknown here).
    pub fn named(name: &str, span: Span) -> syn::Result<TypeDef> {
        match TYPES.iter().find(|t| t.name == name) {
            Some(spec) if matches!(spec.form, Form::Plain | Form::Args { .. }) => Ok(TypeDef {
                sql: spec.sql.into(),
                canonical: spec.canonical.into(),
            }),
            _ => Err(unknown(name, span)),
        }
    }
}

impl Parse for TypeDef {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let ident: Ident = input.parse()?;
        let name = ident.to_string();
        let spec = TYPES
            .iter()
            .find(|t| t.name == name)
            .ok_or_else(|| unknown(&name, ident.span()))?;
        match spec.form {
            Form::Array => {
                let content;
                parenthesized!(content in input);
                let inner: TypeDef = content.parse()?;
                return Ok(TypeDef {
                    sql: format!("{}[]", inner.sql),
                    canonical: format!("{}[]", inner.canonical),
                });
            }
            Form::Named => {
                let content;
                parenthesized!(content in input);
                let inner: Ident = content.parse()?;
                return Ok(TypeDef {
                    sql: format!("{{prefix}}.\"{inner}\""),
                    canonical: inner.to_string(),
                });
            }
            Form::Plain | Form::Args { .. } => {}
        }
        let mut ty = TypeDef {
            sql: spec.sql.into(),
            canonical: spec.canonical.into(),
        };
        if input.peek(syn::token::Paren) {
            let content;
            parenthesized!(content in input);
            let args: Vec<u32> =
                Punctuated::<LitInt, Token![,]>::parse_separated_nonempty(&content)?
                    .iter()
                    .map(LitInt::base10_parse)
                    .collect::<syn::Result<_>>()?;
            let joined = args
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(",");
            match spec.form {
                Form::Args {
                    max,
                    sql,
                    canonical,
                    ..
                } if args.len() <= max => {
                    ty.sql = sql.replace('%', &joined);
                    ty.canonical = canonical.replace('%', &joined);
                }
                _ => {
                    return Err(syn::Error::new(
                        ident.span(),
                        format!("type `{name}` does not take {} argument(s)", args.len()),
                    ));
                }
            }
        }
        Ok(ty)
    }
}
