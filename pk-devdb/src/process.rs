//! The server's processes: the unprivileged user PostgreSQL runs as when this process is root,
//! signals, and the thread that owns a running `postgres` and reports its exit.

use std::ffi::CString;
use std::io;
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Command, ExitStatus};
use std::sync::mpsc;
use std::thread;

use crate::error::{DevDbError, io_err};

/// The unprivileged account the server runs as when this process is root.
#[derive(Debug, Clone)]
pub(crate) struct ServerUser {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
}

/// The user to run the server binaries as: none (ourselves) unless we are root.
pub(crate) fn server_user() -> Result<Option<ServerUser>, DevDbError> {
    if effective_uid() != 0 {
        return Ok(None);
    }
    ["postgres", "nobody"]
        .into_iter()
        .find_map(lookup_user)
        .map(Some)
        .ok_or(DevDbError::NoServerUser)
}

#[allow(unsafe_code, reason = "geteuid has no safe wrapper in std")]
pub(crate) fn effective_uid() -> u32 {
    // SAFETY: geteuid takes no arguments, cannot fail and touches no memory of ours.
    unsafe { libc::geteuid() }
}

/// Looks up a user in the password database. The reentrant getpwnam_r is used because
/// getpwnam returns a static buffer that any other thread of the process might be using.
#[allow(unsafe_code, reason = "getpwnam_r has no safe wrapper in std")]
pub(crate) fn lookup_user(name: &str) -> Option<ServerUser> {
    let c_name = CString::new(name).ok()?;
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    // SAFETY: passwd is plain old data, for which all-zero bytes are a valid value.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: every pointer refers to a live local that outlives the call, and buf.len() is the
    // true size of buf; the strings getpwnam_r stores in pwd point into buf, which we never read.
    let rc = unsafe {
        libc::getpwnam_r(
            c_name.as_ptr(),
            &mut pwd,
            buf.as_mut_ptr(),
            buf.len(),
            &mut result,
        )
    };
    (rc == 0 && !result.is_null()).then(|| ServerUser {
        name: name.to_owned(),
        uid: pwd.pw_uid,
        gid: pwd.pw_gid,
    })
}

/// Whether a process with this pid exists (possibly owned by another user).
#[allow(unsafe_code, reason = "kill has no safe wrapper in std")]
pub(crate) fn process_exists(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 performs only the existence and permission checks and delivers nothing.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Sends `signal` to `pid`, ignoring failure: it is only used on a server we are giving up on.
#[allow(unsafe_code, reason = "kill has no safe wrapper in std")]
pub(crate) fn send_signal(pid: u32, signal: libc::c_int) {
    if let Ok(pid) = libc::pid_t::try_from(pid) {
        // SAFETY: kill touches no memory of ours. The pid is our child server's, which the
        // waiting thread had not reaped a moment ago, so it cannot name another process.
        unsafe { libc::kill(pid, signal) };
    }
}

/// Makes the spawned process receive SIGQUIT, PostgreSQL's immediate shutdown, when the thread
/// that spawned it exits, so a throwaway server never outlives the process that wanted it.
#[allow(unsafe_code, reason = "pre_exec and prctl are unsafe")]
pub(crate) fn die_with_parent(cmd: &mut Command) {
    let parent = libc::pid_t::try_from(std::process::id()).unwrap_or(0);
    // SAFETY: the closure runs between fork and exec, where only async-signal-safe calls are
    // allowed: prctl and getppid are system calls, and the errors are built without allocating.
    // std switches uid/gid before running it, which matters because a credential change would
    // clear the death signal again.
    unsafe {
        cmd.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGQUIT as libc::c_ulong) != 0 {
                return Err(io::Error::last_os_error());
            }
            // If the parent died before prctl took effect the signal will never come.
            if libc::getppid() != parent {
                return Err(io::Error::from_raw_os_error(libc::ESRCH));
            }
            Ok(())
        });
    }
}

/// A server process owned by its own thread.
pub(crate) struct ServerThread {
    pub pid: u32,
    pub exited: mpsc::Receiver<io::Result<ExitStatus>>,
}

/// Spawns the server from a new thread that then waits for it. The parent-death signal fires
/// when the spawning thread ends, so that thread must live as long as the server does.
pub(crate) fn spawn_server_thread(mut cmd: Command) -> Result<ServerThread, DevDbError> {
    let program = PathBuf::from(cmd.get_program());
    let (started_tx, started_rx) = mpsc::channel();
    let (exited_tx, exited_rx) = mpsc::channel();
    thread::Builder::new()
        .name("pk-postgres".to_owned())
        .spawn(move || {
            let mut child = match cmd.spawn() {
                Ok(child) => child,
                Err(e) => {
                    let _ = started_tx.send(Err(e));
                    return;
                }
            };
            let _ = started_tx.send(Ok(child.id()));
            let _ = exited_tx.send(child.wait());
        })
        .map_err(io_err("cannot start a thread for", &program))?;
    let pid = started_rx
        .recv()
        .unwrap_or_else(|_| Err(io::Error::other("server thread ended unexpectedly")))
        .map_err(io_err("cannot run", &program))?;
    Ok(ServerThread {
        pid,
        exited: exited_rx,
    })
}
