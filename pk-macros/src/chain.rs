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
        (None, None) => match std::env::var_os("CARGO_MANIFEST_DIR") {
            Some(manifest) => PathBuf::from(manifest).join("..").join("versions"),
            // Without a source file (some IDE expansions) there is no chain to check against.
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
    let mut model = Model::default();
    let mut stamps = Vec::new();
    for previous in 1..number {
        let path = dir.join(format!("v{previous:02}.rs"));
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
    file.file_name()?
        .to_str()?
        .strip_prefix('v')?
        .strip_suffix(".rs")?
        .parse()
        .ok()
}

fn stamp(path: &Path) -> Stamp {
    let meta = std::fs::metadata(path).ok();
    (
        path.to_path_buf(),
        meta.as_ref().and_then(|m| m.modified().ok()),
        meta.map_or(0, |m| m.len()),
    )
}

/// Parses an earlier version file and applies it to the model. Its own errors are reported where
/// that file is compiled; here it is enough to say which file to fix.
fn replay(path: &Path, number: u32, model: &mut Model) -> Result<(), String> {
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
    let def: VersionDef = syn::parse2(tokens).map_err(|_| broken("does not parse as a version"))?;
    if def.number.base10_parse::<u32>().ok() != Some(number) {
        return Err(broken(&format!("does not declare version {number}")));
    }
    valid::process(&def, number, model)
        .map(drop)
        .map_err(|_| broken("does not pass its checks"))
}
