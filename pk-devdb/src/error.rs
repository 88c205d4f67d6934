//! Why a local cluster could not be started or stopped.

use std::io;
use std::path::Path;
use std::path::PathBuf;
use std::process::ExitStatus;
use std::time::Duration;

/// Why a local cluster could not be started.
#[derive(Debug, thiserror::Error)]
pub enum DevDbError {
    /// No directory holding `initdb`, `pg_ctl` and `postgres` was found (with `PK_PG_BIN`
    /// unset or empty).
    #[error(
        "cannot find PostgreSQL server binaries (initdb); install the postgresql package or set PK_PG_BIN"
    )]
    BinariesNotFound,
    /// `PK_PG_BIN` names a directory that lacks one of the server programs; it is not replaced
    /// by another installation.
    #[error("PK_PG_BIN is {dir} but that directory has no {program}")]
    IncompletePgBin {
        /// The directory `PK_PG_BIN` names.
        dir: PathBuf,
        /// The first of `initdb`, `pg_ctl`, `postgres` missing from it.
        program: &'static str,
    },
    /// This process is root, and neither a `postgres` nor a `nobody` user exists to run the
    /// server as.
    #[error(
        "running as root, but there is neither a `postgres` nor a `nobody` user to run PostgreSQL as"
    )]
    NoServerUser,
    /// This process is root, and the user the server would run as cannot search one of the
    /// directories leading to the cluster's directory (judged by mode bits). Checked before
    /// anything is created.
    #[error(
        "user `{user}` cannot reach {path} (no search permission on {blocked}); pk runs PostgreSQL as that user because it runs as root, so use a directory it can reach"
    )]
    Unreachable {
        /// The server user's name.
        user: String,
        /// The directory the cluster would live in (for a throwaway cluster, its parent).
        path: PathBuf,
        /// The first directory on the way that the user cannot search.
        blocked: PathBuf,
    },
    /// A directory the cluster needs already exists, but is not a real directory (a symlink,
    /// say) or belongs to another user than the one the server runs as.
    #[error("{path} exists but is not a directory owned by the server user (uid {expected})")]
    NotOwnDir {
        /// The offending path.
        path: PathBuf,
        /// The uid it should belong to: the server user's, or this process's when not root.
        expected: u32,
    },
    /// A file-system operation or process spawn failed.
    #[error("{what} {path}: {source}")]
    Io {
        /// What was attempted, e.g. `cannot create`.
        what: &'static str,
        /// The file, directory or program it was attempted on.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// `initdb`, `pg_ctl start` or `pg_ctl stop` exited unsuccessfully.
    #[error("{program} failed ({status}): {output}")]
    CommandFailed {
        /// The command, e.g. `initdb` or `pg_ctl stop`.
        program: String,
        /// Its exit status.
        status: ExitStatus,
        /// Its last few non-empty output lines (stdout, then stderr), joined with ` | `.
        output: String,
    },
    /// The server exited during start-up (throwaway cluster) or `pg_ctl start` failed
    /// (persistent cluster).
    #[error("postgres failed to start ({status}); {log} ends with: {tail}")]
    StartFailed {
        /// How the server or `pg_ctl start` exited.
        status: String,
        /// The server log.
        log: PathBuf,
        /// The log's last few non-empty lines, joined with ` | `.
        tail: String,
    },
    /// The server did not become ready to accept connections within 30 s: a throwaway server
    /// just started, or a persistent one that another process is starting.
    #[error("postgres did not accept connections within {} s; see {log}", .waited.as_secs())]
    StartTimeout {
        /// How long was waited.
        waited: Duration,
        /// The server log.
        log: PathBuf,
    },
    /// The server running on a persistent cluster's data directory is ready but its
    /// `postmaster.pid` names no port or socket directory.
    #[error("{path} names a running server but it has no usable socket directory")]
    NoSocket {
        /// The `postmaster.pid` file.
        path: PathBuf,
    },
}

/// Builds the `map_err` adapter for an I/O failure on `path`.
pub(crate) fn io_err(what: &'static str, path: &Path) -> impl FnOnce(io::Error) -> DevDbError {
    let path = path.to_path_buf();
    move |source| DevDbError::Io { what, path, source }
}
