//! The server binaries: where they are, and running `initdb` and the other programs.

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::error::{DevDbError, io_err};
use crate::files::last_lines;
use crate::process::ServerUser;

/// Finds the directory holding initdb, pg_ctl and postgres: PK_PG_BIN, then `pg_config
/// --bindir`, then `initdb` on PATH, then the newest /usr/lib/postgresql/*/bin.
pub(crate) fn find_bin_dir() -> Result<PathBuf, DevDbError> {
    if let Some(dir) = std::env::var_os("PK_PG_BIN").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        // An explicit choice is never silently replaced by another installation.
        return match missing_program(&dir) {
            None => Ok(dir),
            Some(program) => Err(DevDbError::IncompletePgBin { dir, program }),
        };
    }
    let from_pg_config = Command::new("pg_config")
        .arg("--bindir")
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| PathBuf::from(OsStr::from_bytes(out.stdout.trim_ascii())));
    let on_path = std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|dir| dir.join("initdb"))
        .find(|initdb| initdb.is_file())
        .into_iter()
        // A lone `initdb` symlink on PATH is followed to the directory with its siblings.
        .flat_map(|initdb| {
            let resolved = fs::canonicalize(&initdb)
                .ok()
                .and_then(|p| p.parent().map(Path::to_path_buf));
            [initdb.parent().map(Path::to_path_buf), resolved]
        })
        .flatten();
    from_pg_config
        .into_iter()
        .chain(on_path)
        .chain(newest_debian_bin_dir())
        .find(|dir| missing_program(dir).is_none())
        .ok_or(DevDbError::BinariesNotFound)
}

/// The server program missing from `dir`, if any.
pub(crate) fn missing_program(dir: &Path) -> Option<&'static str> {
    ["initdb", "pg_ctl", "postgres"]
        .into_iter()
        .find(|program| !dir.join(program).is_file())
}

/// The bin directory of the newest complete server installation under Debian's
/// /usr/lib/postgresql (a version directory may hold only client libraries).
pub(crate) fn newest_debian_bin_dir() -> Option<PathBuf> {
    let version = |name: &str| -> Option<Vec<u32>> {
        name.split('.').map(|part| part.parse().ok()).collect()
    };
    fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            Some((
                version(entry.file_name().to_str()?)?,
                entry.path().join("bin"),
            ))
        })
        .filter(|(_, dir)| missing_program(dir).is_none())
        .max_by(|a, b| a.0.cmp(&b.0))
        .map(|(_, dir)| dir)
}

/// A command for a server binary, run as the server user when we are root. It runs in `cwd`
/// because the server user may not be able to enter our own working directory.
pub(crate) fn server_command(program: &Path, cwd: &Path, user: Option<&ServerUser>) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(cwd);
    if let Some(user) = user {
        cmd.uid(user.uid).gid(user.gid);
    }
    cmd
}

/// Creates the cluster's data directory with initdb.
pub(crate) fn initdb(
    bin: &Path,
    data_dir: &Path,
    cwd: &Path,
    user: Option<&ServerUser>,
) -> Result<(), DevDbError> {
    let mut cmd = server_command(&bin.join("initdb"), cwd, user);
    cmd.arg("-D").arg(data_dir).args([
        "-U",
        "postgres",
        "--auth=trust",
        "--locale=C.UTF-8",
        "--encoding=UTF8",
        "--no-sync",
    ]);
    run(cmd, "initdb")
}

/// Runs a command to completion, turning a failure into an error carrying its last output lines.
pub(crate) fn run(mut cmd: Command, name: &str) -> Result<(), DevDbError> {
    let program = PathBuf::from(cmd.get_program());
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(io_err("cannot run", &program))?;
    if out.status.success() {
        return Ok(());
    }
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));
    Err(DevDbError::CommandFailed {
        program: name.to_owned(),
        status: out.status,
        output: last_lines(&text),
    })
}
