//! Who holds the locks a migrator waits for: the prefix's advisory lock (another migrator) and,
//! after a `lock_timeout`, the tables other sessions hold locks on. Read from `pg_locks` and
//! `pg_stat_activity`, so the report names a process an operator can find and end.

use std::fmt;
use std::time::Duration;

use sqlx::PgConnection;

use crate::op::{Direction, Op, Version};
use crate::{Prefix, quote_ident};

/// A session holding a lock that a migrator waited for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LockHolder {
    /// The backend's process id (`pg_terminate_backend(pid)` ends it).
    pub pid: i32,
    /// Its `application_name` (`pk` for the `pk` command).
    pub application_name: String,
    /// Its role, when `pg_stat_activity` shows it to us.
    pub user: Option<String>,
    /// `active`, `idle in transaction`, …, when visible to us.
    pub state: Option<String>,
    /// When its current (or last) query started, in UTC, when visible to us.
    pub query_start: Option<String>,
    /// For a table lock: the lock mode and the table (`AccessExclusiveLock on app.users`).
    pub lock: Option<String>,
}

impl fmt::Display for LockHolder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(lock) = &self.lock {
            write!(f, "{lock} held by ")?;
        }
        write!(
            f,
            "pid {} (application_name {:?}",
            self.pid, self.application_name
        )?;
        if let Some(user) = &self.user {
            write!(f, ", user {user}")?;
        }
        if let Some(state) = &self.state {
            write!(f, ", {state}")?;
        }
        if let Some(start) = &self.query_start {
            write!(f, ", query started {start}")?;
        }
        f.write_str(")")
    }
}

/// The columns of `pg_stat_activity` every report shows; `a` is the activity row.
const HOLDER_COLUMNS: &str = "l.pid, coalesce(a.application_name, ''), a.usename::text, a.state, \
     to_char(a.query_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS\"Z\"')";

type HolderRow = (
    i32,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

fn holder((pid, application_name, user, state, query_start, lock): HolderRow) -> LockHolder {
    LockHolder {
        pid,
        application_name,
        user,
        state,
        query_start,
        lock,
    }
}

/// The session holding the transaction-scoped advisory lock `key` in this database, if any.
/// `pg_locks` shows a bigint key as `classid` (high 32 bits) and `objid` (low 32 bits) with
/// `objsubid` 1.
pub async fn advisory_holder(
    conn: &mut PgConnection,
    key: i64,
) -> Result<Option<LockHolder>, sqlx::Error> {
    let key = key as u64;
    let sql = format!(
        "SELECT {HOLDER_COLUMNS}, NULL::text FROM pg_catalog.pg_locks l \
         LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid \
         WHERE l.locktype = 'advisory' AND l.granted AND l.pid <> pg_backend_pid() \
           AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) \
           AND l.classid::int8 = $1 AND l.objid::int8 = $2 AND l.objsubid = 1 \
         LIMIT 1"
    );
    let row: Option<HolderRow> = sqlx::query_as(&sql)
        .bind((key >> 32) as i64)
        .bind((key & 0xffff_ffff) as i64)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(holder))
}

/// Sessions other than ours holding locks on tables of `prefix` (or, when there are none, on any
/// table of this database): after a lock timeout, these are what the statement waited for.
pub async fn table_lock_holders(
    conn: &mut PgConnection,
    prefix: &Prefix,
) -> Result<Vec<LockHolder>, sqlx::Error> {
    let sql = format!(
        "SELECT {HOLDER_COLUMNS}, l.mode, n.nspname::text, c.relname::text \
         FROM pg_catalog.pg_locks l \
         JOIN pg_catalog.pg_class c ON c.oid = l.relation \
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
         LEFT JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid \
         WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid() \
           AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database()) \
           AND c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') \
         ORDER BY l.pid, n.nspname, c.relname"
    );
    let rows: Vec<(HolderRow, String, String, String)> = sqlx::query_as(&sql)
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(|row: TableLockRow| {
            let (pid, app, user, state, start, mode, schema, table) = row;
            ((pid, app, user, state, start, None), mode, schema, table)
        })
        .collect();
    let in_prefix = rows
        .iter()
        .any(|(_, _, schema, _)| schema == prefix.as_str());
    Ok(rows
        .into_iter()
        .filter(|(_, _, schema, _)| !in_prefix || schema == prefix.as_str())
        .map(|(row, mode, schema, table)| {
            let mut holder = holder(row);
            holder.lock = Some(format!(
                "{mode} on {}.{}",
                quote_ident(&schema),
                quote_ident(&table)
            ));
            holder
        })
        .collect())
}

type TableLockRow = (
    i32,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
);

/// Whether a statement failed because it waited longer than `lock_timeout` (SQLSTATE 55P03).
pub fn is_lock_timeout(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .and_then(|e| e.code())
        .is_some_and(|code| code == "55P03")
}

/// A duration as a PostgreSQL setting value in milliseconds (`0` waits without limit).
pub fn setting_millis(timeout: Duration) -> String {
    format!("{}ms", timeout.as_millis())
}

/// A duration for messages: `5s`, `250ms`.
pub fn human(timeout: Duration) -> String {
    if timeout.subsec_millis() == 0 {
        format!("{}s", timeout.as_secs())
    } else {
        format!("{}ms", timeout.as_millis())
    }
}

/// The advisory-lock key that serializes versions creating a database-wide extension, across
/// prefixes (FNV-1a of `pk\0extensions`, like the prefix keys of [`crate::lock_key`]).
pub const EXTENSION_LOCK_KEY: i64 = fnv1a(b"pk\0extensions") as i64;

const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The extensions running `version` in `direction` may create (at any depth of `when!`).
pub fn extensions_created(version: &Version, direction: Direction) -> Vec<String> {
    fn collect(ops: &[Op], names: &mut Vec<String>) {
        for op in ops {
            match op {
                Op::CreateExtension(name) => names.push(name.to_string()),
                Op::When { ops, .. } => collect(ops, names),
                _ => {}
            }
        }
    }
    let mut names = Vec::new();
    if let Ok(ops) = version.ops(direction) {
        collect(ops, &mut names);
    }
    names
}

/// Takes the database-wide extension lock only when one of `extensions` is not installed yet, so
/// tenants after the first never serialize on it. One statement, names written as literals, so
/// it can lead a version's batch.
pub fn extension_lock_if_missing(extensions: &[String]) -> String {
    let names: std::collections::BTreeSet<String> =
        extensions.iter().map(|e| crate::quote_literal(e)).collect();
    format!(
        "SELECT pg_catalog.pg_advisory_xact_lock({EXTENSION_LOCK_KEY}) \
         WHERE (SELECT count(*) FROM pg_catalog.pg_extension WHERE extname IN ({})) < {}",
        names.iter().cloned().collect::<Vec<_>>().join(", "),
        names.len()
    )
}
