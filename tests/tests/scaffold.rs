//! `cargo xtask new-version` (and an application's `migrate new`) scaffold a version that
//! `chain!` picks up and that compiles against PhoenixKit's chain.
//!
//! The scaffold comes from the same code the commands use (`pk_runtime::schema::scaffold`).
//! Nothing is written to `versions/`: the compile check runs on a copy of the chain in this
//! crate's target temp dir.

use pk_runtime::schema::scaffold as template;

use std::fs;
use std::path::{Path, PathBuf};

fn versions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../versions")
}

#[test]
fn scaffold_is_the_next_version_and_is_picked_up() {
    let dir = versions_dir();
    let numbers = template::version_numbers(&dir).unwrap();
    let highest = *numbers.last().expect("the chain has versions");
    assert_eq!(
        numbers,
        (1..=highest).collect::<Vec<_>>(),
        "the chain has gaps, which chain! refuses"
    );
    assert_eq!(
        pk_runtime::phoenix_kit::CHAIN.latest(),
        highest,
        "chain! registered another set of files than the scaffold sees"
    );
    let next = highest + 1;
    let name = template::file_name(next);
    assert_eq!(template::parse_file_name(&name), Some(next));
    assert!(!dir.join(&name).exists());
    let text = template::render(next, "Next", "pk_macros::version!");
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
    fs::write(
        chain.join(&name),
        template::render(next, title, "pk_macros::version!"),
    )
    .unwrap();

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
