//! `pk-macros`: the DSL in which every schema version is written.
//!
//! `version! { number = N; title = "…"; op!(…); … }` is parsed (`ast`), checked against the schema
//! that versions 1..N-1 of the same chain build (`valid`, `model`), and expanded into a `static`
//! `::pk_runtime::Version` whose `up` and derived `down` are plain data (`expand`).

mod ast;
mod chain;
mod expand;
mod kw;
mod registry;
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
#[proc_macro]
pub fn chain(input: TokenStream) -> TokenStream {
    let args = syn::parse_macro_input!(input as registry::ChainArgs);
    registry::expand(&args)
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}
