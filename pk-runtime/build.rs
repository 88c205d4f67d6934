//! Registers every `versions/vNN.rs` of the workspace as PhoenixKit's chain, so adding a version
//! is adding a file (`cargo xtask new-version` writes it) with no other edit.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::{env, fs};

fn main() {
    let manifest =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = manifest.join("..").join("versions");
    println!("cargo:rerun-if-changed={}", dir.display());

    let mut numbers: Vec<u32> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the versions directory {}: {e}", dir.display()))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            name.strip_prefix('v')?.strip_suffix(".rs")?.parse().ok()
        })
        .collect();
    numbers.sort_unstable();
    for (index, number) in numbers.iter().enumerate() {
        let expected = index as u32 + 1;
        assert!(
            *number == expected,
            "versions are not contiguous: expected versions/v{expected:02}.rs, found versions/v{number:02}.rs"
        );
    }

    let dir = dir.canonicalize().expect("the versions directory exists");
    let mut out = String::new();
    for number in &numbers {
        let path = dir.join(format!("v{number:02}.rs"));
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            out,
            "#[path = {:?}]\nmod v{number:02};",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str(
        "/// PhoenixKit's versions in order.\npub static VERSIONS: &[&crate::Version] = &[\n",
    );
    for number in &numbers {
        writeln!(out, "    &v{number:02}::VERSION,").unwrap();
    }
    out.push_str("];\n");
    let target = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("phoenix_kit_versions.rs");
    fs::write(&target, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
}
