//! `pk-macros`: the DSL in which every schema version is written.
//!
//! `version! { number = N; title = "…"; op!(…); … }` is parsed (`ast`), checked against the schema
//! that versions 1..N-1 of the same chain build (`chain` replays them into a model, `valid`
//! checks this one against it), and expanded into `pub static VERSION`, a `pk_schema::Version`
//! (reached as `::pk_schema` or `::pk_runtime::schema`, whichever the invoking crate depends on)
//! whose `up` and derived `down` are plain data (`expand`). `chain!` registers a directory of
//! version files (`registry`). The modules depend on each other one way: `expand` → `valid` →
//! `ast`, `chain` → `valid`, `registry` → `chain`, `expand`; only this file puts them together.
//!
//! The reference of the DSL (the header, every operation by family with its derived down, the
//! column types and values, the checks and the generated guards), with a compiled example of
//! each family, is the documentation of [`version!`].

#![deny(missing_docs)]

mod ast;
mod chain;
mod expand;
mod kw;
mod registry;
mod valid;

#[cfg(test)]
mod tests;

use proc_macro::TokenStream;

#[doc = include_str!("DSL.md")]
#[proc_macro]
pub fn version(input: TokenStream) -> TokenStream {
    let def = syn::parse_macro_input!(input as ast::VersionDef);
    check(&def)
        .map(|checked| expand::expand(&def, &checked))
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}

/// Checks the version invoked at the call site against the versions before it.
fn check(def: &ast::VersionDef) -> syn::Result<valid::Checked> {
    let number = valid::version_number(def)?;
    let mut model = chain::model_before(def, number)?;
    valid::process(def, number, &mut model)
}

/// Declares a chain: every `vNN.rs` file in a directory (relative to the invoking crate's
/// `Cargo.toml`), in order, as an expression of type `Chain`:
///
/// ```ignore
/// pub static CHAIN: pk_runtime::Chain = pk_runtime::chain!(
///     "migrations",
///     name = "Widgets",
///     tracking_table = "widgets_version",
/// );
/// ```
///
/// Adding a version is adding a file. A gap, two files for one number, or an empty directory is
/// a build error naming the files. Cargo does not watch the directory for new files by itself:
/// a `build.rs` with `println!("cargo:rerun-if-changed=migrations");` makes it.
///
/// Each file holds one [`version!`] block whose `number` is its name. `unmarked_version = N`
/// (default 0) is the version a tracking table without a comment stands for (PhoenixKit's chain
/// says 1). When the first version says `builds_on = phoenix_kit(N);`, the chain's `base` is
/// PhoenixKit's chain at version N, reached through `pk_runtime::phoenix_kit::CHAIN` (so the
/// invoking crate depends on `pk-runtime`), and `up` refuses while PhoenixKit is below it.
#[proc_macro]
pub fn chain(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as registry::ChainArgs);
    registry::expand(&args)
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}
