//! Directories and their owner, socket paths, server logs, and quoting paths for a shell or a URL.

use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::{Path, PathBuf};

use crate::MAX_SOCKET_DIR_LEN;
use crate::error::{DevDbError, io_err};
use crate::process::{ServerUser, effective_uid, process_exists};

/// Creates a directory and hands it to the server user, or checks that an existing one is a
/// real directory that belongs to that user already. Symlinks are not followed, because under
/// /tmp another user could have planted one to make us chown something else.
pub(crate) fn make_dir(
    path: &Path,
    mode: u32,
    user: Option<&ServerUser>,
) -> Result<(), DevDbError> {
    match fs::DirBuilder::new().mode(mode).create(path) {
        Ok(()) => match user {
            Some(user) => chown(path, user),
            None => Ok(()),
        },
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            let meta = fs::symlink_metadata(path).map_err(io_err("cannot inspect", path))?;
            let expected = user.map_or_else(effective_uid, |user| user.uid);
            if meta.is_dir() && meta.uid() == expected {
                Ok(())
            } else {
                Err(DevDbError::NotOwnDir {
                    path: path.to_path_buf(),
                    expected,
                })
            }
        }
        Err(e) => Err(DevDbError::Io {
            what: "cannot create",
            path: path.to_path_buf(),
            source: e,
        }),
    }
}

pub(crate) fn chown(path: &Path, user: &ServerUser) -> Result<(), DevDbError> {
    std::os::unix::fs::chown(path, Some(user.uid), Some(user.gid))
        .map_err(io_err("cannot chown", path))
}

/// Fails unless `user` may traverse every directory from `/` down to `path`, judged by the
/// mode bits (the server runs with only the user's primary group, since std drops the rest).
pub(crate) fn check_reachable(path: &Path, user: &ServerUser) -> Result<(), DevDbError> {
    let mut ancestors: Vec<&Path> = path.ancestors().collect();
    ancestors.reverse();
    for dir in ancestors {
        let Ok(meta) = fs::metadata(dir) else {
            // A missing directory is created by us and handed to the user later.
            break;
        };
        let mode = meta.mode();
        let searchable = if meta.uid() == user.uid {
            mode & 0o100 != 0
        } else if meta.gid() == user.gid {
            mode & 0o010 != 0
        } else {
            mode & 0o001 != 0
        };
        if !searchable {
            return Err(DevDbError::Unreachable {
                user: user.name.clone(),
                path: path.to_path_buf(),
                blocked: dir.to_path_buf(),
            });
        }
    }
    Ok(())
}

/// The persistent cluster's socket directory: `<dir>/sock`, or a directory under /tmp named
/// after a hash of `dir` when that path would be too long for a socket.
pub(crate) fn persistent_socket_dir(root: &Path) -> PathBuf {
    let inside = root.join("sock");
    if inside.as_os_str().len() <= MAX_SOCKET_DIR_LEN {
        return inside;
    }
    // FNV-1a rather than std's hasher, whose output may change between Rust releases.
    let hash = root
        .as_os_str()
        .as_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    PathBuf::from(format!("/tmp/pk-{hash:016x}"))
}

/// Removes `pk-test-<pid>-<n>` directories of processes that no longer exist. Their servers
/// died with them, so only files are left.
pub(crate) fn remove_stale_ephemeral_dirs(own_pid: u32) {
    let mut parents = vec![std::env::temp_dir()];
    if parents[0] != Path::new("/tmp") {
        parents.push(PathBuf::from("/tmp"));
    }
    for parent in parents {
        let Ok(entries) = fs::read_dir(&parent) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name();
            let pid = name
                .to_str()
                .and_then(|n| n.strip_prefix("pk-test-"))
                .and_then(|rest| rest.split_once('-'))
                .filter(|(_, n)| n.parse::<u32>().is_ok())
                .and_then(|(pid, _)| pid.parse::<u32>().ok());
            if let Some(pid) = pid
                && pid != own_pid
                && !process_exists(pid)
            {
                // Another process may be removing the same directory; that is fine.
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// Quotes a path for `/bin/sh`.
pub(crate) fn shell_quote(path: &Path) -> String {
    let text = path.to_string_lossy();
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// Percent-encodes everything but unreserved URL characters (and `/` if `keep_slash`).
pub(crate) fn percent_encode(bytes: &[u8], keep_slash: bool) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) || (keep_slash && b == b'/') {
            out.push(char::from(b));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The last lines of a server log, joined into one line for an error message.
pub(crate) fn log_tail(log: &Path) -> String {
    const TAIL_BYTES: u64 = 8 * 1024;
    let read = || -> io::Result<String> {
        let mut file = fs::File::open(log)?;
        let len = file.metadata()?.len();
        file.seek(SeekFrom::Start(len.saturating_sub(TAIL_BYTES)))?;
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    };
    match read() {
        Ok(text) if !text.trim().is_empty() => last_lines(&text),
        Ok(_) => "(empty log)".to_owned(),
        Err(e) => format!("(cannot read log: {e})"),
    }
}

/// The last few non-empty lines of `text`, joined with " | ".
pub(crate) fn last_lines(text: &str) -> String {
    const LINES: usize = 5;
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    lines[lines.len().saturating_sub(LINES)..].join(" | ")
}
