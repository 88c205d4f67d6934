//! `cargo xtask new-version "<title>"`: scaffolds the next version of PhoenixKit's chain.
//!
//! Writes `versions/vNN.rs` (NN = the highest existing version + 1) holding a `version!` block
//! with no operations, with the same code as an application's `migrate new`
//! ([`pk_runtime::schema::scaffold`]). `chain!` in `versions/lib.rs` registers every
//! `versions/vNN.rs`, so no other file needs editing.

use std::path::{Path, PathBuf};

use pk_runtime::schema::scaffold;

/// How the files of `versions/` name the macro (the crate depends on pk-macros directly).
pub const MACRO_PATH: &str = "pk_macros::version!";

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
    scaffold::write_next(&root.join("versions"), title, MACRO_PATH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_refuses_bad_arguments() {
        let root = std::env::temp_dir().join(format!("xtask-args-{}", std::process::id()));
        let err = |args: &[&str]| {
            let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
            run(&root, &args).unwrap_err()
        };
        assert!(err(&[]).contains("needs a title"));
        assert!(err(&["A", "B"]).contains("one title"));
    }
}
