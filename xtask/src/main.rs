//! Workspace automation, run as `cargo xtask <command>` (the alias is in `.cargo/config.toml`).
//! One module per command.

mod bench;
mod new_version;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [args]

commands:
  new-version \"<title>\"   write versions/vNN.rs for the next version number, with no operations
  bench [--quick] [--cases LIST] [--out FILE]
                          time the migrations against a throwaway PostgreSQL and write BENCHMARKS.md
                          (LIST: comma-separated of chain, noop, v40, tenants, build; default all)
  help                    print this message";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("new-version") => new_version::run(&workspace_root(), &args[1..]).map(|path| {
            println!("{}", path.display());
        }),
        Some("bench") => bench::run(&workspace_root(), &args[1..]),
        None | Some("help" | "--help" | "-h") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root: the parent of this crate's directory.
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}
