//! Local PostgreSQL clusters started from the machine's server binaries.
//!
//! [`LocalCluster`] creates a cluster with `initdb` in a directory of its own and starts its
//! server, apart from any PostgreSQL service the machine runs: a throwaway cluster per process
//! ([`LocalCluster::start_ephemeral`]) whose server dies with the process, or a persistent one in
//! a directory of your choice ([`LocalCluster::start_persistent`]) that keeps running until
//! [`LocalCluster::stop_persistent`]. [`LocalCluster::url`] gives a connection URL that sqlx and
//! psql both accept. For fault-injection tests, [`LocalCluster::stop_immediately`] crashes a
//! cluster's server (an immediate shutdown) and [`LocalCluster::restart`] starts it again. The database superuser is `postgres`, authenticated by trust; `initdb`
//! creates the database `postgres`, further databases are the caller's to create.
//!
//! `pk` uses a persistent cluster for local development and the test harness uses a throwaway
//! one per test process. Both listen only on a Unix socket (`listen_addresses` is empty), so the
//! port number merely names the socket file and no TCP port is ever taken.
//!
//! The server binaries (`initdb`, `pg_ctl`, `postgres`) are taken from the directory named by
//! the `PK_PG_BIN` environment variable; without it, from the first of `pg_config --bindir`, the
//! directory of the first `initdb` on `PATH` and the newest `/usr/lib/postgresql/*/bin` (Debian's
//! layout) that holds all three.
//!
//! PostgreSQL refuses to run as root. When this process is root, `initdb`, `pg_ctl` and
//! `postgres` are run as the `postgres` system user (or `nobody` if there is none) and every
//! directory the server writes to is handed to that user.
//!
//! ```no_run
//! use std::path::Path;
//! use pk_devdb::LocalCluster;
//!
//! // A throwaway cluster: its server stops when this process exits.
//! let cluster = LocalCluster::start_ephemeral()?;
//! let url = cluster.url("postgres"); // postgres://postgres@localhost:PORT/postgres?host=SOCKET_DIR
//!
//! // A development cluster under ./.pk: created on first use, reused while it runs.
//! let dev = LocalCluster::start_persistent(Path::new(".pk"))?;
//! println!("{}", dev.url("postgres"));
//! LocalCluster::stop_persistent(Path::new(".pk"))?;
//! # Ok::<(), pk_devdb::DevDbError>(())
//! ```

#![deny(missing_docs)]

use std::ffi::OsStr;
use std::fmt::Write as _;
use std::fs;
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::os::unix::net::UnixStream;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;
use std::time::{Duration, Instant};

mod process;

use process::{
    ServerUser, die_with_parent, effective_uid, process_exists, send_signal, server_user,
    spawn_server_thread,
};

/// How long to wait for a freshly started server to accept connections.
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// Port of the persistent cluster; its socket directory is private, so the usual port is safe.
const PERSISTENT_PORT: u16 = 5432;

/// Longest socket directory path we use. Linux limits a socket path to 107 bytes and the server
/// appends `/.s.PGSQL.NNNNN` (15 bytes); the rest is slack.
const MAX_SOCKET_DIR_LEN: usize = 90;

/// Server settings that trade durability for speed in throwaway clusters.
const EPHEMERAL_SETTINGS: &[&str] = &[
    "fsync=off",
    "synchronous_commit=off",
    "full_page_writes=off",
    "max_connections=200",
    "shared_buffers=128MB",
];

/// Numbers the throwaway clusters of this process, so each gets its own directory.
static EPHEMERAL_COUNTER: AtomicU32 = AtomicU32::new(0);

/// A PostgreSQL cluster started from the machine's server binaries: its data directory and the
/// Unix socket its server listens on.
///
/// Dropping the value does not stop the server: a throwaway server stops when this process
/// exits, a persistent one when [`LocalCluster::stop_persistent`] stops it.
#[derive(Debug)]
pub struct LocalCluster {
    data_dir: PathBuf,
    socket_dir: PathBuf,
    port: u16,
    /// The server settings of a throwaway cluster (defaults and the caller's), kept so that
    /// [`LocalCluster::restart`] starts its server the same way; `None` for a persistent one.
    ephemeral: Option<Vec<String>>,
}

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

impl LocalCluster {
    /// Throwaway cluster in a fresh directory `pk-test-<pid>-<n>` under the temporary directory.
    ///
    /// The server is a direct child of this process, spawned from a dedicated thread that lives
    /// as long as the server, and it receives SIGQUIT (immediate shutdown) when this process
    /// exits. Directories left behind by earlier processes that are no longer alive are removed.
    pub fn start_ephemeral() -> Result<LocalCluster, DevDbError> {
        LocalCluster::start_ephemeral_with(&[])
    }

    /// [`LocalCluster::start_ephemeral`] with further `name=value` server settings, given after
    /// the throwaway defaults so they take precedence (the benchmark restores durability).
    pub fn start_ephemeral_with(settings: &[&str]) -> Result<LocalCluster, DevDbError> {
        let pid = std::process::id();
        remove_stale_ephemeral_dirs(pid);
        let bin = find_bin_dir()?;
        let user = server_user()?;

        let name = format!(
            "pk-test-{pid}-{}",
            EPHEMERAL_COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        // The socket lives inside the cluster directory; a long TMPDIR would make its path
        // exceed the socket path limit, so such clusters go to /tmp instead.
        let mut root = std::env::temp_dir().join(&name);
        if root.join("sock").as_os_str().len() > MAX_SOCKET_DIR_LEN {
            root = Path::new("/tmp").join(&name);
        }
        if let (Some(user), Some(parent)) = (&user, root.parent()) {
            check_reachable(parent, user)?;
        }
        // A directory of the same name can only come from a dead process whose pid we reuse.
        if root.exists() {
            fs::remove_dir_all(&root).map_err(io_err("cannot remove stale directory", &root))?;
        }
        let data_dir = root.join("data");
        let socket_dir = root.join("sock");
        // Directories we connect through stay world-searchable: a root that lacks
        // CAP_DAC_OVERRIDE (some containers) could not reach a socket in a 0700 directory.
        make_dir(&root, 0o755, user.as_ref())?;
        make_dir(&socket_dir, 0o755, user.as_ref())?;
        initdb(&bin, &data_dir, &root, user.as_ref())?;

        // The port only names the socket file; deriving it from the pid keeps it stable within
        // a process and distinct between concurrent processes.
        let port = u16::try_from(20_000 + pid % 40_000).unwrap_or(54_321);
        let cluster = LocalCluster {
            data_dir,
            socket_dir,
            port,
            ephemeral: Some(
                EPHEMERAL_SETTINGS
                    .iter()
                    .chain(settings)
                    .map(|s| (*s).to_owned())
                    .collect(),
            ),
        };
        cluster.serve(&bin, user.as_ref(), false)?;
        Ok(cluster)
    }

    /// Starts a throwaway cluster's server as a child of this process (see
    /// [`LocalCluster::start_ephemeral`]) and waits until it accepts connections. Its output
    /// goes to `server.log` beside the data directory, appended to when `append`.
    fn serve(&self, bin: &Path, user: Option<&ServerUser>, append: bool) -> Result<(), DevDbError> {
        let settings = self.ephemeral.as_deref().unwrap_or_default();
        let root = self.data_dir.parent().unwrap_or(&self.data_dir);
        let log = root.join("server.log");
        let log_file = fs::OpenOptions::new()
            .create(true)
            .write(true)
            .append(append)
            .truncate(!append)
            .open(&log)
            .map_err(io_err("cannot create", &log))?;
        let log_err = log_file
            .try_clone()
            .map_err(io_err("cannot duplicate handle of", &log))?;
        let mut cmd = server_command(&bin.join("postgres"), root, user);
        cmd.arg("-D")
            .arg(&self.data_dir)
            .arg("-k")
            .arg(&self.socket_dir)
            .arg("-p")
            .arg(self.port.to_string())
            // A literal `''` would be taken as a host name: on the command line the value is
            // not quoted, so an empty value is what disables TCP.
            .arg("-c")
            .arg("listen_addresses=");
        for setting in settings {
            cmd.arg("-c").arg(setting);
        }
        cmd.stdin(Stdio::null()).stdout(log_file).stderr(log_err);
        die_with_parent(&mut cmd);

        let server = spawn_server_thread(cmd)?;
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Ok(status) = server.exited.try_recv() {
                let status = match status {
                    Ok(status) => status.to_string(),
                    Err(e) => format!("cannot wait for it: {e}"),
                };
                return Err(DevDbError::StartFailed {
                    status,
                    tail: log_tail(&log),
                    log,
                });
            }
            if self.says_ready(server.pid) && self.accepts_connections() {
                return Ok(());
            }
            if Instant::now() >= deadline {
                // The server would die with this process anyway; stopping it now keeps a
                // half-started server from lingering while the caller reports the error.
                send_signal(server.pid, libc::SIGQUIT);
                return Err(DevDbError::StartTimeout {
                    waited: START_TIMEOUT,
                    log,
                });
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Stops the cluster's server with an immediate shutdown (`pg_ctl stop -m immediate`): every
    /// process of the server quits at once, without a checkpoint, as in a crash; transactions in
    /// flight are lost and the next start recovers from the write-ahead log. Returns once the
    /// server has exited. For fault-injection tests.
    pub fn stop_immediately(&self) -> Result<(), DevDbError> {
        let user = server_user()?;
        let bin = find_bin_dir()?;
        let root = self.data_dir.parent().unwrap_or(&self.data_dir);
        let mut cmd = server_command(&bin.join("pg_ctl"), root, user.as_ref());
        cmd.arg("stop")
            .arg("-w")
            .arg("-m")
            .arg("immediate")
            .arg("-D")
            .arg(&self.data_dir);
        run(cmd, "pg_ctl stop")
    }

    /// Starts the server of a cluster whose server is not running (after
    /// [`LocalCluster::stop_immediately`], say) on the same data directory, socket and port, and
    /// waits until it accepts connections (after crash recovery, if it needs one). A throwaway
    /// cluster's server is again a child of this process with its settings; a persistent one is
    /// started as [`LocalCluster::start_persistent`] starts it.
    pub fn restart(&self) -> Result<(), DevDbError> {
        if self.ephemeral.is_none() {
            let root = self.data_dir.parent().unwrap_or(&self.data_dir);
            return LocalCluster::start_persistent(root).map(drop);
        }
        let user = server_user()?;
        let bin = find_bin_dir()?;
        self.serve(&bin, user.as_ref(), true)
    }

    /// Persistent cluster for local development with its data under `dir` (e.g. `./.pk`).
    ///
    /// The cluster is created with initdb on first use and started with `pg_ctl start -w`, so
    /// it keeps running after this process exits; a server already running on it is reused.
    pub fn start_persistent(dir: &Path) -> Result<LocalCluster, DevDbError> {
        let user = server_user()?;
        // Checked before anything is created, so a bad choice of directory leaves no trace.
        if let Some(user) = &user {
            let absolute = std::path::absolute(dir).map_err(io_err("cannot resolve", dir))?;
            check_reachable(&absolute, user)?;
        }
        let created = !dir.exists();
        fs::create_dir_all(dir).map_err(io_err("cannot create", dir))?;
        let root = fs::canonicalize(dir).map_err(io_err("cannot resolve", dir))?;
        // A directory we created belongs to the server user like everything in it; one that
        // already existed (perhaps the caller's own) is left as it is.
        if let (Some(user), true) = (&user, created) {
            chown(&root, user)?;
        }
        let data_dir = root.join("data");
        if let Some(cluster) = LocalCluster::running(&data_dir)? {
            return Ok(cluster);
        }

        let bin = find_bin_dir()?;
        if !data_dir.join("PG_VERSION").exists() {
            make_dir(&data_dir, 0o700, user.as_ref())?;
            initdb(&bin, &data_dir, &root, user.as_ref())?;
        }
        let socket_dir = persistent_socket_dir(&root);
        make_dir(&socket_dir, 0o755, user.as_ref())?;
        // pg_ctl appends the server's output to the log as the server user, so the file must
        // belong to that user even when `dir` itself does not.
        let log = root.join("server.log");
        fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .map_err(io_err("cannot create", &log))?;
        if let Some(user) = &user {
            chown(&log, user)?;
        }

        // pg_ctl passes `-o` to the server through `/bin/sh`, hence the shell quoting.
        let options = format!(
            "-k {} -p {PERSISTENT_PORT} -c listen_addresses=",
            shell_quote(&socket_dir)
        );
        let mut cmd = server_command(&bin.join("pg_ctl"), &root, user.as_ref());
        // pg_ctl's own timeout (60 s, or PGCTLTIMEOUT) applies: a persistent cluster may need
        // crash recovery first, which can take longer than a fresh one needs to start.
        cmd.arg("start")
            .arg("-w")
            .arg("-D")
            .arg(&data_dir)
            .arg("-l")
            .arg(&log)
            .arg("-o")
            .arg(options);
        if let Err(err) = run(cmd, "pg_ctl start") {
            return Err(match err {
                DevDbError::CommandFailed { status, .. } => DevDbError::StartFailed {
                    status: format!("pg_ctl start: {status}"),
                    tail: log_tail(&log),
                    log,
                },
                other => other,
            });
        }
        Ok(LocalCluster {
            data_dir,
            socket_dir,
            port: PERSISTENT_PORT,
            ephemeral: None,
        })
    }

    /// The persistent cluster under `dir` (as [`LocalCluster::start_persistent`] made it), if a
    /// server is running on it; nothing is created or started.
    pub fn find_persistent(dir: &Path) -> Result<Option<LocalCluster>, DevDbError> {
        match fs::canonicalize(dir) {
            Ok(root) => LocalCluster::running(&root.join("data")),
            Err(_) => Ok(None),
        }
    }

    /// Stops the persistent cluster under `dir` with a fast shutdown (sessions are ended,
    /// transactions rolled back); `false` when no server was running on it.
    pub fn stop_persistent(dir: &Path) -> Result<bool, DevDbError> {
        if LocalCluster::find_persistent(dir)?.is_none() {
            return Ok(false);
        }
        let root = fs::canonicalize(dir).map_err(io_err("cannot resolve", dir))?;
        let user = server_user()?;
        let bin = find_bin_dir()?;
        let mut cmd = server_command(&bin.join("pg_ctl"), &root, user.as_ref());
        cmd.arg("stop")
            .arg("-w")
            .arg("-m")
            .arg("fast")
            .arg("-D")
            .arg(root.join("data"));
        run(cmd, "pg_ctl stop")?;
        Ok(true)
    }

    /// Connection URL for `database` on this cluster, understood by both sqlx and libpq (psql).
    pub fn url(&self, database: &str) -> String {
        format!(
            "postgres://postgres@localhost:{}/{}?host={}",
            self.port,
            percent_encode(database.as_bytes(), false),
            percent_encode(self.socket_dir.as_os_str().as_bytes(), true),
        )
    }

    /// The cluster's data directory (PGDATA).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Describes the server already running on `data_dir`, if there is one, from the
    /// `postmaster.pid` lock file that a running server keeps up to date. A server that is
    /// still starting (another pk started it a moment ago) is waited for.
    fn running(data_dir: &Path) -> Result<Option<LocalCluster>, DevDbError> {
        let pid_file = data_dir.join("postmaster.pid");
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            let Ok(contents) = fs::read_to_string(&pid_file) else {
                return Ok(None);
            };
            let lines: Vec<&str> = contents.lines().collect();
            // A lock file whose process is gone was left by a crash or a reboot; pg_ctl start
            // recognises and replaces it.
            let pid = lines.first().and_then(|l| l.trim().parse::<u32>().ok());
            if !pid.is_some_and(process_exists) {
                return Ok(None);
            }
            // The status line is written last, once startup is done, so the port and socket
            // lines before it are complete by then.
            if lines.get(7).is_some_and(|l| l.trim() == "ready") {
                let port = lines.get(3).and_then(|l| l.trim().parse::<u16>().ok());
                let socket_dir = lines.get(4).map(|l| l.trim()).filter(|l| !l.is_empty());
                let (Some(port), Some(socket_dir)) = (port, socket_dir) else {
                    return Err(DevDbError::NoSocket { path: pid_file });
                };
                let cluster = LocalCluster {
                    data_dir: data_dir.to_path_buf(),
                    socket_dir: PathBuf::from(socket_dir),
                    port,
                    ephemeral: None,
                };
                // A ready server that refuses connections is a dead one whose process id now
                // belongs to another process; pg_ctl start sorts that out (or says why not).
                return Ok(cluster.accepts_connections().then_some(cluster));
            }
            if Instant::now() >= deadline {
                let log = data_dir.parent().unwrap_or(data_dir).join("server.log");
                return Err(DevDbError::StartTimeout {
                    waited: START_TIMEOUT,
                    log,
                });
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Whether server `pid` has finished starting up, according to the status line of
    /// `postmaster.pid` (what pg_ctl relies on too). The socket alone is no proof: it accepts
    /// connections during startup already, only to refuse them with "starting up".
    fn says_ready(&self, pid: u32) -> bool {
        let Ok(contents) = fs::read_to_string(self.data_dir.join("postmaster.pid")) else {
            return false;
        };
        let lines: Vec<&str> = contents.lines().collect();
        // The status line exists since PostgreSQL 10.
        lines.first().is_some_and(|l| l.trim() == pid.to_string())
            && lines.get(7).is_some_and(|l| l.trim() == "ready")
    }

    fn accepts_connections(&self) -> bool {
        UnixStream::connect(self.socket_dir.join(format!(".s.PGSQL.{}", self.port))).is_ok()
    }
}

/// Finds the directory holding initdb, pg_ctl and postgres: PK_PG_BIN, then `pg_config
/// --bindir`, then `initdb` on PATH, then the newest /usr/lib/postgresql/*/bin.
fn find_bin_dir() -> Result<PathBuf, DevDbError> {
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
fn missing_program(dir: &Path) -> Option<&'static str> {
    ["initdb", "pg_ctl", "postgres"]
        .into_iter()
        .find(|program| !dir.join(program).is_file())
}

/// The bin directory of the newest complete server installation under Debian's
/// /usr/lib/postgresql (a version directory may hold only client libraries).
fn newest_debian_bin_dir() -> Option<PathBuf> {
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
fn server_command(program: &Path, cwd: &Path, user: Option<&ServerUser>) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(cwd);
    if let Some(user) = user {
        cmd.uid(user.uid).gid(user.gid);
    }
    cmd
}

/// Creates the cluster's data directory with initdb.
fn initdb(
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
fn run(mut cmd: Command, name: &str) -> Result<(), DevDbError> {
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

/// Creates a directory and hands it to the server user, or checks that an existing one is a
/// real directory that belongs to that user already. Symlinks are not followed, because under
/// /tmp another user could have planted one to make us chown something else.
fn make_dir(path: &Path, mode: u32, user: Option<&ServerUser>) -> Result<(), DevDbError> {
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

fn chown(path: &Path, user: &ServerUser) -> Result<(), DevDbError> {
    std::os::unix::fs::chown(path, Some(user.uid), Some(user.gid))
        .map_err(io_err("cannot chown", path))
}

/// Fails unless `user` may traverse every directory from `/` down to `path`, judged by the
/// mode bits (the server runs with only the user's primary group, since std drops the rest).
fn check_reachable(path: &Path, user: &ServerUser) -> Result<(), DevDbError> {
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
fn persistent_socket_dir(root: &Path) -> PathBuf {
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
fn remove_stale_ephemeral_dirs(own_pid: u32) {
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
fn shell_quote(path: &Path) -> String {
    let text = path.to_string_lossy();
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// Percent-encodes everything but unreserved URL characters (and `/` if `keep_slash`).
fn percent_encode(bytes: &[u8], keep_slash: bool) -> String {
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
fn log_tail(log: &Path) -> String {
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
fn last_lines(text: &str) -> String {
    const LINES: usize = 5;
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    lines[lines.len().saturating_sub(LINES)..].join(" | ")
}

/// Builds the `map_err` adapter for an I/O failure on `path`.
pub(crate) fn io_err(what: &'static str, path: &Path) -> impl FnOnce(io::Error) -> DevDbError {
    let path = path.to_path_buf();
    move |source| DevDbError::Io { what, path, source }
}
