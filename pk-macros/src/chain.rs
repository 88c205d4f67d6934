//! Finds the versions before the one being expanded (the `vNN.rs` files beside it, or in the
//! directory named by `chain = "…"`) and replays them into a schema model. Replayed models are
//! cached per compilation thread, keyed by the files' modification times, so a chain of N
//! versions parses each file about once instead of N times.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::ast::VersionDef;
use crate::valid;
use pk_schema::Model;
use pk_schema::scaffold::{file_name, parse_file_name};

type Stamp = (PathBuf, Option<SystemTime>, u64);

/// (chain directory, version) → the model after that version, with the stamps of its files.
type Cache = HashMap<(PathBuf, u32), (Vec<Stamp>, Model)>;

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(HashMap::new());
}

/// The schema after versions 1..number-1 of the chain the invoking file belongs to.
pub fn model_before(def: &VersionDef, number: u32) -> syn::Result<Model> {
    let file = invoking_file();
    let dir = match (&def.chain, &file) {
        (Some(chain), Some(file)) => file.parent().unwrap_or(Path::new(".")).join(chain.value()),
        (Some(chain), None) => PathBuf::from(chain.value()),
        (None, Some(file)) => file.parent().unwrap_or(Path::new(".")).to_path_buf(),
        // Without a source file (some IDE expansions): PhoenixKit's chain, if it can be found.
        (None, None) => match phoenix_kit_dir() {
            Some(dir) => dir,
            None => return Ok(Model::default()),
        },
    };
    if let Some(stem) = file.as_deref().and_then(version_file_number)
        && def.chain.is_none()
        && stem != number
    {
        return Err(syn::Error::new_spanned(
            &def.number,
            format!(
                "this file is v{stem:02}.rs but declares version {number}; a version's number is its file name"
            ),
        ));
    }
    let mut model = base_model(def, number, &dir)?;
    let mut stamps = Vec::new();
    for previous in 1..number {
        let path = dir.join(file_name(previous));
        if !path.exists() {
            return Err(syn::Error::new_spanned(
                &def.number,
                format!(
                    "version {number} is out of sequence: {} does not exist; versions are numbered 1, 2, 3, … without gaps",
                    path.display()
                ),
            ));
        }
        stamps.push(stamp(&path));
        let key = (dir.clone(), previous);
        let cached = CACHE.with(|cache| {
            cache
                .borrow()
                .get(&key)
                .filter(|(s, _)| *s == stamps)
                .map(|(_, m)| m.clone())
        });
        model = match cached {
            Some(m) => m,
            None => {
                replay(&path, previous, &mut model)
                    .map_err(|message| syn::Error::new_spanned(&def.number, message))?;
                CACHE.with(|cache| {
                    cache
                        .borrow_mut()
                        .insert(key, (stamps.clone(), model.clone()))
                });
                model
            }
        };
    }
    Ok(model)
}

/// The file that invokes the macro, as an absolute path.
fn invoking_file() -> Option<PathBuf> {
    let file = proc_macro::Span::call_site().local_file()?;
    if file.is_absolute() {
        Some(file)
    } else {
        std::env::current_dir().ok().map(|cwd| cwd.join(file))
    }
}

fn version_file_number(file: &Path) -> Option<u32> {
    parse_file_name(file.file_name()?.to_str()?)
}

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok();
    (
        path.to_path_buf(),
        meta.as_ref().and_then(|m| m.modified().ok()),
        meta.map_or(0, |m| m.len()),
    )
}

/// The `version! { … }` block of a version file. Errors name the file; its own errors are
/// reported where it is compiled.
pub fn read_version_def(path: &Path) -> Result<VersionDef, String> {
    let broken = |why: &str| {
        format!(
            "{} {why}; fix it first (its own errors are reported where it is compiled)",
            path.display()
        )
    };
    let text =
        std::fs::read_to_string(path).map_err(|e| broken(&format!("cannot be read: {e}")))?;
    let file = syn::parse_file(&text).map_err(|_| broken("is not valid Rust"))?;
    let tokens = file
        .items
        .into_iter()
        .find_map(|item| match item {
            syn::Item::Macro(m)
                if m.mac
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "version") =>
            {
                Some(m.mac.tokens)
            }
            _ => None,
        })
        .ok_or_else(|| broken("holds no `version! { … }` block"))?;
    syn::parse2(tokens).map_err(|_| broken("does not parse as a version"))
}

/// Parses an earlier version file and applies it to the model.
fn replay(path: &Path, number: u32, model: &mut Model) -> Result<(), String> {
    let def = read_version_def(path)?;
    if def.number.base10_parse::<u32>().ok() != Some(number) {
        return Err(format!(
            "{} does not declare version {number}; fix it first",
            path.display()
        ));
    }
    valid::process(&def, number, model).map(drop).map_err(|_| {
        format!(
            "{} does not pass its checks; fix it first (its own errors are reported where it is compiled)",
            path.display()
        )
    })
}

/// The schema a chain starts from: empty, or PhoenixKit's at version N when the chain's first
/// version says `builds_on = phoenix_kit(N);`.
fn base_model(def: &VersionDef, number: u32, dir: &Path) -> syn::Result<Model> {
    let declared = if number == 1 {
        def.builds_on.clone()
    } else {
        read_version_def(&dir.join("v01.rs"))
            .map_err(|message| syn::Error::new_spanned(&def.number, message))?
            .builds_on
    };
    let Some(version) = declared else {
        return Ok(Model::default());
    };
    if let Some(builds_on) = &def.builds_on
        && number != 1
    {
        return Err(syn::Error::new_spanned(
            builds_on,
            "only a chain's first version says what it builds on",
        ));
    }
    let base: u32 = version.base10_parse()?;
    let phoenix_kit = phoenix_kit_dir().ok_or_else(|| {
        syn::Error::new_spanned(
            &version,
            "cannot find PhoenixKit's version files beside pk-macros (pk-phoenix-kit's sources)",
        )
    })?;
    let latest = (1..)
        .take_while(|&n| phoenix_kit.join(file_name(n)).exists())
        .count() as u32;
    if base == 0 || base > latest {
        return Err(syn::Error::new_spanned(
            &version,
            format!("PhoenixKit's chain has versions 1..={latest}; builds_on names version {base}"),
        ));
    }
    // The model after PhoenixKit's version `base`, as PhoenixKit's own version base+1 sees it.
    let mut model = model_of(&phoenix_kit, base + 1, &version)?;
    model.set_marker("phoenix_kit", base);
    Ok(model)
}

/// Where PhoenixKit's version files are: the sources of pk-phoenix-kit, published and checked
/// out beside pk-macros (`versions/` in the repository, `pk-phoenix-kit-<version>` in cargo's
/// registry).
fn phoenix_kit_dir() -> Option<PathBuf> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let registry = format!("pk-phoenix-kit-{}", env!("CARGO_PKG_VERSION"));
    [here.join("../versions"), here.join("..").join(registry)]
        .into_iter()
        .find(|dir| dir.join("v01.rs").is_file())
}

/// The model after versions 1..upto-1 of the chain in `dir` (no base), errors at `span`.
fn model_of(dir: &Path, upto: u32, span: &impl quote::ToTokens) -> syn::Result<Model> {
    let mut model = Model::default();
    for previous in 1..upto {
        let path = dir.join(file_name(previous));
        replay(&path, previous, &mut model)
            .map_err(|message| syn::Error::new_spanned(span, message))?;
    }
    Ok(model)
}
