//! `cargo xtask new-version` scaffolds a version that `pk-runtime/build.rs` picks up and that
//! compiles against PhoenixKit's chain.
//!
//! The scaffold comes from the same code the command uses: xtask's template module, included here
//! by path (it is std-only and has no dependencies). Nothing is written to `versions/`: the
//! compile check runs on a copy of the chain in this crate's target temp dir.

#[path = "../../xtask/src/new_version/template.rs"]
mod template;

use std::fs;
use std::path::{Path, PathBuf};

fn versions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../versions")
}

/// How `pk-runtime/build.rs` recognises a version file (copied from it): `v<u32>.rs`.
fn build_rs_number(name: &str) -> Option<u32> {
    name.strip_prefix('v')?.strip_suffix(".rs")?.parse().ok()
}

/// The chain's versions, as `build.rs` sees them.
fn build_rs_numbers(dir: &Path) -> Vec<u32> {
    let mut numbers: Vec<u32> = fs::read_dir(dir)
        .unwrap()
        .filter_map(|entry| build_rs_number(entry.ok()?.file_name().to_str()?))
        .collect();
    numbers.sort_unstable();
    numbers
}

#[test]
fn scaffold_is_the_next_version_and_is_picked_up() {
    let dir = versions_dir();
    let numbers = template::version_numbers(&dir).unwrap();
    assert_eq!(
        numbers,
        build_rs_numbers(&dir),
        "xtask and pk-runtime/build.rs disagree on which files are versions"
    );
    let highest = *numbers.last().expect("the chain has versions");
    assert_eq!(
        numbers,
        (1..=highest).collect::<Vec<_>>(),
        "the chain has gaps, which build.rs refuses"
    );

    let next = highest + 1;
    let name = template::file_name(next);
    assert_eq!(
        build_rs_number(&name),
        Some(next),
        "build.rs would not register {name} as version {next}"
    );
    assert!(!dir.join(&name).exists());
    let text = template::render(next, "Next");
    assert!(
        text.contains(&format!("\n    number = {next};\n")),
        "{name} must declare number = {next}:\n{text}"
    );
}

#[test]
fn scaffold_compiles_against_the_real_chain() {
    let versions = versions_dir();
    let numbers = template::version_numbers(&versions).unwrap();
    let next = numbers.last().expect("the chain has versions") + 1;

    // A copy of the chain plus the scaffold, so the macro finds v01..vNN beside the new file exactly
    // as it will in `versions/`, and checks the file name against the declared number.
    let chain = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scaffold-chain");
    let _ = fs::remove_dir_all(&chain);
    fs::create_dir_all(&chain).unwrap();
    for number in &numbers {
        let name = template::file_name(*number);
        fs::copy(versions.join(&name), chain.join(&name)).unwrap();
    }
    let title = "Scaffold \"test\": a \\ backslash, {braces}, a\ttab, a\nnewline, ünïcode";
    let name = template::file_name(next);
    fs::write(chain.join(&name), template::render(next, title)).unwrap();

    // trybuild builds and runs this against pk-runtime: the scaffold compiles, and its version is
    // the next one, with the title intact and nothing to do either way.
    let case = chain.join("scaffold_case.rs");
    fs::write(
        &case,
        format!(
            r#"#[path = {path}]
mod scaffold;

fn main() {{
    let version = &scaffold::VERSION;
    assert_eq!(version.number, {next});
    assert_eq!(version.title, {title});
    assert!(version.up.is_empty());
    assert!(matches!(version.down, pk_runtime::Down::Ops(ops) if ops.is_empty()));
}}
"#,
            path = template::string_literal(&chain.join(&name).display().to_string()),
            title = template::string_literal(title),
        ),
    )
    .unwrap();
    trybuild::TestCases::new().pass(&case);
}
