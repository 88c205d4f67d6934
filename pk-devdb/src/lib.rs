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

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicU32, Ordering};
use std::thread;
use std::time::{Duration, Instant};

mod bin;
mod error;
mod files;
mod process;

use bin::{find_bin_dir, initdb, run, server_command};
pub use error::DevDbError;
use error::io_err;
use files::{
    check_reachable, chown, log_tail, make_dir, percent_encode, persistent_socket_dir,
    remove_stale_ephemeral_dirs, shell_quote,
};

use process::{
    ServerUser, die_with_parent, process_exists, send_signal, server_user, spawn_server_thread,
};

/// How long to wait for a freshly started server to accept connections.
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// Port of the persistent cluster; its socket directory is private, so the usual port is safe.
const PERSISTENT_PORT: u16 = 5432;

/// Longest socket directory path we use. Linux limits a socket path to 107 bytes and the server
/// appends `/.s.PGSQL.NNNNN` (15 bytes); the rest is slack.
pub(crate) const MAX_SOCKET_DIR_LEN: usize = 90;

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
