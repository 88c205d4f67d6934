//! The version transaction, shared by the engine, online mode and repair: what it works on (a
//! chain in a prefix, with its advisory-lock key and lock timeout), how the marker is read, the
//! settings every transaction of pk makes, the progress events, and one locked transaction for
//! statements prepared outside a version (online mode, repair).

use std::time::{Duration, Instant};

use sqlx::{Connection, PgConnection};

use crate::catalog::{self, Marker};
use crate::error::Error;
use crate::locks::LockHolder;
use crate::op::{Chain, Direction, Version};
use crate::wire::execute;
use crate::{Prefix, quote_literal};

/// A chain in a prefix, with the lock timeout its transactions set.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Target<'a> {
    pub chain: &'static Chain,
    pub prefix: &'a Prefix,
    pub lock_timeout: Option<Duration>,
}

impl Target<'_> {
    /// The advisory-lock key of this chain and prefix.
    pub fn lock_key(&self) -> i64 {
        lock_key(self.chain.tracking_table, self.prefix)
    }

    /// The installed version, read as PhoenixKit reads it: no tracking table → 0, a tracking table
    /// without a comment → the chain's `unmarked_version` (1 for PhoenixKit), otherwise the
    /// comment, which must be a number.
    pub async fn current_version(&self, conn: &mut PgConnection) -> Result<u32, Error> {
        let marker = catalog::read_marker(conn, self.prefix, self.chain.tracking_table)
            .await
            .map_err(|source| self.read_error(source))?;
        self.version_of(marker)
    }

    /// The version a marker says, as [`Target::current_version`] reads it.
    pub fn version_of(&self, marker: Marker) -> Result<u32, Error> {
        match marker {
            Marker::Absent => Ok(0),
            Marker::Present(None) => Ok(self.chain.unmarked_version),
            Marker::Present(Some(comment)) => {
                comment.trim().parse::<u32>().map_err(|_| Error::BadMarker {
                    prefix: self.prefix.to_string(),
                    table: self.chain.tracking_table.to_owned(),
                    comment,
                })
            }
        }
    }

    /// [`Error::ReadVersion`] in this prefix.
    pub fn read_error(&self, source: sqlx::Error) -> Error {
        Error::ReadVersion {
            prefix: self.prefix.to_string(),
            source,
        }
    }
}

/// `SELECT pg_advisory_xact_lock(key)`: waits for the transaction-scoped advisory lock `key`.
pub(crate) fn take_lock(key: i64) -> String {
    format!("SELECT pg_catalog.pg_advisory_xact_lock({key})")
}

/// `SET LOCAL lock_timeout` to `timeout` (0: no limit).
pub(crate) fn set_lock_timeout(timeout: Duration) -> String {
    format!(
        "SET LOCAL lock_timeout = {}",
        quote_literal(&crate::locks::setting_millis(timeout))
    )
}

/// What every transaction of pk sets first: a role's or database's `statement_timeout` or
/// `idle_in_transaction_session_timeout` must not cut a version half way (the version would be
/// rolled back, and the next run would meet the same timeout). Transaction-scoped: the session's
/// own settings apply again after COMMIT.
pub(crate) const OWN_TIMEOUTS: &str =
    "SET LOCAL statement_timeout = 0; SET LOCAL idle_in_transaction_session_timeout = 0";

/// Progress reported by a run; presentation is the caller's business.
#[derive(Debug)]
#[non_exhaustive]
pub enum Event<'a> {
    /// A run is about to apply `count` versions, from `from` to `to`.
    Plan {
        /// The prefix the run works on.
        prefix: &'a Prefix,
        /// Up or down.
        direction: Direction,
        /// The installed version.
        from: u32,
        /// The version the run ends at.
        to: u32,
        /// How many versions it crosses.
        count: u32,
    },
    /// Another session holds this prefix's migration lock; waiting for it. `holder` is that
    /// session, when it still held the lock as we looked.
    WaitingForLock {
        /// The prefix whose lock is held.
        prefix: &'a Prefix,
        /// The session holding it (pid, application, since when), if it could be read.
        holder: Option<&'a LockHolder>,
    },
    /// A version starts (`index` of `count`, 1-based).
    VersionStarted {
        /// The version.
        version: &'static Version,
        /// Up or down.
        direction: Direction,
        /// Its position in the run, from 1.
        index: u32,
        /// How many versions the run crosses.
        count: u32,
    },
    /// A statement ran.
    Statement {
        /// The statement, as rendered (a guarded one is sent inside a `DO` block).
        sql: &'a str,
        /// How long it took, as the client saw it, when it was sent alone (a data step written
        /// in Rust, online mode's and repair's steps, the data-loss count). `None` for a
        /// version's statements, which go to the server together as one query: the server
        /// answers them all at once, so only their batch is timed ([`Event::Batch`]).
        elapsed: Option<Duration>,
    },
    /// Statements sent together as one query ran; reported after their [`Event::Statement`]s
    /// and [`Event::Skipped`]s.
    Batch {
        /// How many statements the server completed (the guards' bookkeeping included).
        statements: u32,
        /// The query's time, as the client saw it: one round trip.
        elapsed: Duration,
    },
    /// A guarded statement was skipped because its catalog check said it was already done.
    Skipped {
        /// The statement that did not run.
        sql: &'a str,
        /// The guard that said so, described (`constraint x exists on t`).
        guard: String,
    },
    /// A version was committed together with its marker.
    VersionFinished {
        /// The version.
        version: &'static Version,
        /// Up or down.
        direction: Direction,
        /// Its transaction's time, BEGIN to COMMIT.
        elapsed: Duration,
    },
    /// Another migrator applied this version while we waited for the lock.
    AlreadyApplied {
        /// The version found done.
        version: &'static Version,
    },
}

/// The advisory-lock key of a prefix: FNV-1a over the chain's tracking table and the schema name,
/// so tenants lock independently and two migrators of one tenant serialize.
pub fn lock_key(tracking_table: &str, prefix: &Prefix) -> i64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in "pk\0"
        .bytes()
        .chain(tracking_table.bytes())
        .chain([0])
        .chain(prefix.as_str().bytes())
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash as i64
}

/// What [`locked`] did.
pub(crate) enum Locked {
    /// Every statement ran and the transaction committed.
    Done,
    /// The marker was not the expected one (the version found): nothing ran.
    Moved(u32),
    /// A statement failed; the transaction was rolled back.
    Failed {
        statement: String,
        source: sqlx::Error,
    },
}

/// Runs `statements` in one transaction under the prefix's migration lock (and the extension
/// lock when one creates an extension) and the migrator's lock timeout, if the marker is still
/// `at`. Shared by the online preparation and `pk repair`. Failures to begin, lock or commit are
/// errors of `version`, labelled `label`.
pub(crate) async fn locked(
    target: &Target<'_>,
    conn: &mut PgConnection,
    version: u32,
    at: u32,
    label: &str,
    statements: &[String],
    observe: &mut (dyn FnMut(&Event<'_>) + Send),
) -> Result<Locked, Error> {
    let prefix = target.prefix.to_string();
    let fail = |op: &str| {
        let prefix = prefix.clone();
        let op = op.to_owned();
        move |source| Error::Operation {
            prefix,
            version,
            op: format!("{label}: {op}"),
            source,
        }
    };
    let mut tx = conn.begin().await.map_err(fail("begin"))?;
    let (key, timeout) = (target.lock_key(), target.lock_timeout);
    execute(&mut tx, &format!("{OWN_TIMEOUTS}; {}", take_lock(key)))
        .await
        .map_err(fail("take the migration lock"))?;
    if statements.iter().any(|s| s.starts_with("CREATE EXTENSION")) {
        let extensions = crate::locks::EXTENSION_LOCK_KEY;
        execute(&mut tx, &take_lock(extensions))
            .await
            .map_err(fail("take the extension lock"))?;
    }
    let found = target.current_version(&mut tx).await?;
    if found != at {
        return Ok(Locked::Moved(found));
    }
    if let Some(timeout) = timeout {
        execute(&mut tx, &set_lock_timeout(timeout))
            .await
            .map_err(fail("set lock_timeout"))?;
    }
    for statement in statements {
        let started = Instant::now();
        if let Err(source) = execute(&mut tx, statement).await {
            return Ok(Locked::Failed {
                statement: statement.clone(),
                source,
            });
        }
        observe(&Event::Statement {
            sql: statement,
            elapsed: Some(started.elapsed()),
        });
    }
    tx.commit().await.map_err(fail("commit"))?;
    Ok(Locked::Done)
}
