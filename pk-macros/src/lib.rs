//! `pk-macros`: the DSL in which every schema version is written.
//!
//! `version! { number = N; title = "…"; op!(…); … }` is parsed (`ast`), checked against the schema
//! that versions 1..N-1 of the same chain build (`valid`, `chain`), and expanded into
//! `pub static VERSION`, a `pk_schema::Version` (reached as `::pk_schema` or
//! `::pk_runtime::schema`, whichever the invoking crate depends on) whose `up` and derived `down`
//! are plain data (`expand`).

mod ast;
mod chain;
mod expand;
mod kw;
mod valid;

use proc_macro::TokenStream;

/// Declares one schema version. See the crate documentation and `versions/` for the operations.
#[proc_macro]
pub fn version(input: TokenStream) -> TokenStream {
    let def = syn::parse_macro_input!(input as ast::VersionDef);
    valid::check(&def)
        .map(|checked| expand::expand(&def, &checked))
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}
