//! `cargo xtask new-version "<title>"`: scaffolds the next schema version.
//!
//! Writes `versions/vNN.rs` (NN = the highest existing version + 1) holding a `version!` block
//! with no operations ([`template::render`]). `pk-runtime/build.rs` registers every
//! `versions/vNN.rs`, so no other file needs editing.

mod template;

use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

pub use template::{file_name, render, version_numbers};

/// Runs the command with its arguments (after `new-version`) in the workspace at `root`, and
/// returns the path of the file it wrote. Errors are one line, meant for the user.
pub fn run(root: &Path, args: &[String]) -> Result<PathBuf, String> {
    let title = match args {
        [title] => title,
        [] => return Err("new-version needs a title: cargo xtask new-version \"<title>\"".into()),
        _ => {
            return Err(format!(
                "new-version takes one title, got {} arguments; quote the title: cargo xtask new-version \"<title>\"",
                args.len()
            ));
        }
    };
    if title.trim().is_empty() {
        return Err("the title is empty; say what the version does".into());
    }
    let dir = root.join("versions");
    let numbers =
        version_numbers(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let highest = numbers.last().copied().unwrap_or(0);
    if let Some(missing) = (1..=highest).find(|n| numbers.binary_search(n).is_err()) {
        return Err(format!(
            "versions are not contiguous: {} is missing; fix that before adding a version",
            dir.join(file_name(missing)).display()
        ));
    }
    let number = highest + 1;
    let path = dir.join(file_name(number));
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => format!("{} already exists", path.display()),
            _ => format!("cannot create {}: {e}", path.display()),
        })?;
    file.write_all(render(number, title).as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::template::{parse_file_name, string_literal};
    use super::*;

    #[test]
    fn file_names_round_trip() {
        assert_eq!(file_name(1), "v01.rs");
        assert_eq!(file_name(11), "v11.rs");
        assert_eq!(file_name(100), "v100.rs");
        for n in [1, 9, 10, 11, 82, 100] {
            assert_eq!(parse_file_name(&file_name(n)), Some(n));
        }
        for other in ["v.rs", "v+1.rs", "v01.rs.bak", "x01.rs", "v0a.rs", "mod.rs"] {
            assert_eq!(parse_file_name(other), None, "{other}");
        }
    }

    #[test]
    fn titles_are_escaped() {
        assert_eq!(string_literal("Plain"), r#""Plain""#);
        assert_eq!(
            string_literal("say \"hi\" \\ now\n\u{7}é"),
            r#""say \"hi\" \\ now\n\u{7}é""#
        );
    }

    #[test]
    fn render_declares_number_and_title() {
        let text = render(11, "A \"quoted\" title");
        assert!(text.starts_with("pk_runtime::version! {\n"));
        assert!(text.contains("    number = 11;\n"));
        assert!(text.contains("    title = \"A \\\"quoted\\\" title\";\n"));
        assert!(text.contains("versions 1..=10"));
        assert!(text.ends_with("}\n"));
    }

    fn scratch(name: &str, files: &[&str]) -> PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(root.join("versions")).unwrap();
        for file in files {
            fs::write(root.join("versions").join(file), "").unwrap();
        }
        root
    }

    #[test]
    fn run_writes_the_next_version() {
        let root = scratch("next", &["v01.rs", "v02.rs", "notes.md"]);
        let path = run(&root, &["Third".into()]).unwrap();
        assert_eq!(path, root.join("versions").join("v03.rs"));
        assert_eq!(fs::read_to_string(&path).unwrap(), render(3, "Third"));
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn run_refuses_bad_input() {
        let root = scratch("refuse", &["v01.rs", "v03.rs"]);
        let err = |args: &[&str]| {
            let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
            run(&root, &args).unwrap_err()
        };
        assert!(err(&[]).contains("needs a title"));
        assert!(err(&["  "]).contains("title is empty"));
        assert!(err(&["A", "B"]).contains("one title"));
        assert!(err(&["Next"]).contains("v02.rs is missing"));
        for e in [err(&[]), err(&["  "]), err(&["A", "B"]), err(&["Next"])] {
            assert!(!e.contains('\n'), "{e}");
        }
        fs::remove_dir_all(&root).unwrap();
    }
}
