//! `chain!("dir", name = "…", tracking_table = "…")`: registers every `vNN.rs` file of a
//! directory (relative to the invoking crate's `Cargo.toml`, as `sqlx::migrate!` resolves its
//! directory) as one chain, so adding a version is adding a file. A gap, a duplicate number or an
//! empty directory is a build error naming the files; a file whose `number =` differs from its
//! name is refused by `version!` itself.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{LitInt, LitStr, Token};

use pk_schema::scaffold::{file_name, parse_file_name};

/// The arguments of `chain!`.
pub struct ChainArgs {
    dir: LitStr,
    name: LitStr,
    tracking_table: LitStr,
    unmarked_version: Option<LitInt>,
}

impl Parse for ChainArgs {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let dir: LitStr = input.parse()?;
        let (mut name, mut tracking_table, mut unmarked_version) = (None, None, None);
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: syn::Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            match key.to_string().as_str() {
                "name" => name = Some(input.parse::<LitStr>()?),
                "tracking_table" => tracking_table = Some(input.parse::<LitStr>()?),
                "unmarked_version" => unmarked_version = Some(input.parse::<LitInt>()?),
                other => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!(
                            "unknown chain! argument `{other}`; expected one of `name`, `tracking_table`, `unmarked_version`"
                        ),
                    ));
                }
            }
        }
        let missing = |what: &str| {
            syn::Error::new(
                Span::call_site(),
                format!(
                    "chain! needs `{what} = \"…\"`, e.g. chain!(\"migrations\", name = \"Widgets\", tracking_table = \"widgets_version\")"
                ),
            )
        };
        let name = name.ok_or_else(|| missing("name"))?;
        let tracking_table = tracking_table.ok_or_else(|| missing("tracking_table"))?;
        if name.value().trim().is_empty() {
            return Err(syn::Error::new(name.span(), "the chain's name is empty"));
        }
        if let Err(e) = pk_schema::Prefix::new(&tracking_table.value()) {
            return Err(syn::Error::new(
                tracking_table.span(),
                format!("tracking_table is not a usable table name: {e}"),
            ));
        }
        Ok(ChainArgs {
            dir,
            name,
            tracking_table,
            unmarked_version,
        })
    }
}

/// The `vNN.rs` files of `dir` by number; an error names duplicates and gaps.
fn version_files(dir: &Path, span: Span) -> syn::Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        syn::Error::new(
            span,
            format!("cannot read the chain's directory {}: {e}", dir.display()),
        )
    })?;
    let mut files: BTreeMap<u32, Vec<PathBuf>> = BTreeMap::new();
    for entry in entries {
        let entry = entry.map_err(|e| syn::Error::new(span, format!("{}: {e}", dir.display())))?;
        let path = entry.path();
        if let Some(number) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(parse_file_name)
            && path.is_file()
        {
            files.entry(number).or_default().push(path);
        }
    }
    if files.is_empty() {
        return Err(syn::Error::new(
            span,
            format!(
                "{} holds no version files (v01.rs, v02.rs, …)",
                dir.display()
            ),
        ));
    }
    let mut ordered = Vec::with_capacity(files.len());
    for (expected, (number, mut paths)) in (1..).zip(files) {
        if number != expected {
            return Err(syn::Error::new(
                span,
                format!(
                    "the chain has a gap: {} is missing (the next file is {}); versions are numbered 1, 2, 3, … without gaps",
                    dir.join(file_name(expected)).display(),
                    paths[0].display()
                ),
            ));
        }
        if paths.len() > 1 {
            paths.sort();
            let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            return Err(syn::Error::new(
                span,
                format!(
                    "version {number} has several files: {}; keep one",
                    names.join(" and ")
                ),
            ));
        }
        ordered.push(paths.remove(0));
    }
    Ok(ordered)
}

pub fn expand(args: &ChainArgs) -> syn::Result<TokenStream> {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .ok_or_else(|| syn::Error::new(args.dir.span(), "CARGO_MANIFEST_DIR is not set"))?;
    let dir = manifest.join(args.dir.value());
    let dir = dir.canonicalize().map_err(|e| {
        syn::Error::new(
            args.dir.span(),
            format!("cannot find the chain's directory {}: {e}", dir.display()),
        )
    })?;
    let files = version_files(&dir, args.dir.span())?;
    let r = crate::expand::root();
    let modules: Vec<syn::Ident> = (1..=files.len())
        .map(|n| format_ident!("v{:02}", n))
        .collect();
    let paths = files.iter().map(|p| p.display().to_string());
    let (name, tracking_table) = (&args.name, &args.tracking_table);
    let unmarked = match &args.unmarked_version {
        Some(n) => quote!(#n),
        None => quote!(0),
    };
    let source_dir = dir.display().to_string();
    let base = match builds_on(&files[0])? {
        Some(version) => {
            let runtime = runtime_root();
            quote!(::core::option::Option::Some(#r::Base {
                chain: &#runtime::phoenix_kit::CHAIN,
                version: #version,
            }))
        }
        None => quote!(::core::option::Option::None),
    };
    Ok(quote! {
        {
            #(
                #[path = #paths]
                mod #modules;
            )*
            #r::Chain {
                name: #name,
                tracking_table: #tracking_table,
                unmarked_version: #unmarked,
                versions: &[#(&#modules::VERSION),*],
                source_dir: ::core::option::Option::Some(#source_dir),
                base: #base,
            }
        }
    })
}

/// The PhoenixKit version the chain's first version builds on (`builds_on = phoenix_kit(N);` in
/// its header), if it declares one.
fn builds_on(first: &Path) -> syn::Result<Option<u32>> {
    let def = crate::chain::read_version_def(first)
        .map_err(|message| syn::Error::new(Span::call_site(), message))?;
    def.builds_on.map(|n| n.base10_parse()).transpose()
}

/// Where pk-runtime is, seen from the invoking crate (the base chain is reached through it).
fn runtime_root() -> TokenStream {
    use proc_macro_crate::{FoundCrate, crate_name};
    match crate_name("pk-runtime") {
        Ok(FoundCrate::Name(name)) => {
            let ident = proc_macro2::Ident::new(&name, Span::call_site());
            quote!(::#ident)
        }
        _ => quote!(::pk_runtime),
    }
}
