//! Registers every `vNN.rs` of this crate as PhoenixKit's chain, and every `oban/vNN.rs` as
//! Oban's sub-chain, so adding a version is adding a file (`cargo xtask new-version` writes it)
//! with no other edit.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let manifest =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let versions = manifest;
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    register(
        &versions,
        "VERSIONS",
        "PhoenixKit's versions in order.",
        &out_dir.join("phoenix_kit_versions.rs"),
    );
    register(
        &versions.join("oban"),
        "OBAN_VERSIONS",
        "Oban's schema versions in order.",
        &out_dir.join("oban_versions.rs"),
    );
}

/// Writes `mod vNN` items for the `vNN.rs` files of `dir` and a `static <name>` listing them.
fn register(dir: &Path, name: &str, doc: &str, target: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut numbers: Vec<u32> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read the versions directory {}: {e}", dir.display()))
        .filter_map(|entry| {
            let entry = entry.ok()?;
            if !entry.file_type().ok()?.is_file() {
                return None;
            }
            let name = entry.file_name().into_string().ok()?;
            name.strip_prefix('v')?.strip_suffix(".rs")?.parse().ok()
        })
        .collect();
    numbers.sort_unstable();
    for (index, number) in numbers.iter().enumerate() {
        let expected = index as u32 + 1;
        assert!(
            *number == expected,
            "versions are not contiguous in {}: expected v{expected:02}.rs, found v{number:02}.rs",
            dir.display()
        );
    }

    let dir = dir.canonicalize().expect("the versions directory exists");
    let prefix = name.to_lowercase();
    let mut out = String::new();
    for number in &numbers {
        let path = dir.join(format!("v{number:02}.rs"));
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            out,
            "#[path = {:?}]\nmod {prefix}_v{number:02};",
            path.display().to_string()
        )
        .unwrap();
    }
    writeln!(
        out,
        "/// {doc}\npub static {name}: &[&pk_schema::Version] = &["
    )
    .unwrap();
    for number in &numbers {
        writeln!(out, "    &{prefix}_v{number:02}::VERSION,").unwrap();
    }
    out.push_str("];\n");
    fs::write(target, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
}
