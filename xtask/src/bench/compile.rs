//! Case 5: what pk costs to build: a clean `cargo build` of the workspace (dev profile) and the
//! rebuild after touching one version file.
//!
//! The build runs on a copy of the tracked files in a temporary directory with its own target
//! directory, so it neither reuses nor disturbs the workspace's `target/`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use super::report::{Report, Row};
use super::{Context, Plan, progress};

/// The version file touched for the incremental rebuild.
const TOUCHED: &str = "versions/v40.rs";

pub fn run(root: &Path, plan: &Plan, report: &mut Report) -> Result<(), String> {
    let work = std::env::temp_dir().join(format!("pk-bench-build-{}", std::process::id()));
    let _ = fs::remove_dir_all(&work);
    let (src, target) = (work.join("src"), work.join("target"));
    copy_tracked(root, &src)?;

    progress("build: clean cargo build of the workspace");
    let clean = cargo_build(&src, &target);
    let mut touched = Vec::new();
    if clean.is_ok() {
        for run in 0..plan.touch_runs {
            progress(format!(
                "build: rebuild after touching {TOUCHED}, {}/{}",
                run + 1,
                plan.touch_runs
            ));
            fs::File::options()
                .write(true)
                .open(src.join(TOUCHED))
                .and_then(|file| file.set_modified(SystemTime::now()))
                .context(format!("cannot touch {TOUCHED}"))?;
            touched.push(cargo_build(&src, &target)?);
        }
    }
    let _ = fs::remove_dir_all(&work);
    report.row(Row::times(
        "5. clean `cargo build` of the workspace",
        &[clean?],
        "dev profile, empty target directory, dependencies already downloaded; one run",
    ));
    report.row(Row::times(
        format!("5. rebuild after touching {TOUCHED}"),
        &touched,
        "recompiles pk-runtime (its versions) and what depends on it",
    ));
    Ok(())
}

/// Copies the files git tracks in `root` (as they are in the working tree) to `to`.
fn copy_tracked(root: &Path, to: &Path) -> Result<(), String> {
    let output = Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root)
        .output()
        .context("cannot run git ls-files")?;
    if !output.status.success() {
        return Err(format!(
            "git ls-files failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    for path in output.stdout.split(|&b| b == 0).filter(|p| !p.is_empty()) {
        let path = PathBuf::from(String::from_utf8_lossy(path).into_owned());
        let (from, dest) = (root.join(&path), to.join(&path));
        // A tracked file deleted in the working tree is not part of what gets built.
        if !from.is_file() {
            continue;
        }
        if let Some(parent) = dest.parent() {
            fs::create_dir_all(parent).context(format!("cannot create {}", parent.display()))?;
        }
        fs::copy(&from, &dest).context(format!("cannot copy {}", from.display()))?;
    }
    Ok(())
}

fn cargo_build(src: &Path, target: &Path) -> Result<Duration, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let started = Instant::now();
    let output = Command::new(cargo)
        .args(["build", "--workspace", "--offline", "--locked"])
        .env("CARGO_TARGET_DIR", target)
        .current_dir(src)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .context("cannot run cargo")?;
    let took = started.elapsed();
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(15).collect();
        return Err(format!(
            "cargo build failed:\n{}",
            tail.into_iter().rev().collect::<Vec<_>>().join("\n")
        ));
    }
    Ok(took)
}
