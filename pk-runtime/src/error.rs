//! The one error type of the runtime. Every variant says where it happened; database errors keep
//! PostgreSQL's message, detail and hint.

use crate::PrefixError;

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error(transparent)]
    Prefix(#[from] PrefixError),

    #[error("cannot connect to the database: {}", describe_sqlx(.0))]
    Connect(#[source] sqlx::Error),

    #[error("prefix {prefix}: cannot read the installed version: {}", describe_sqlx(.source))]
    ReadVersion { prefix: String, source: sqlx::Error },

    #[error("prefix {prefix}: cannot read the schema from the catalog: {}", describe_sqlx(.source))]
    Snapshot { prefix: String, source: sqlx::Error },

    #[error(
        "prefix {prefix}: the version marker on {table} is {comment:?}, which is not a version number"
    )]
    BadMarker {
        prefix: String,
        table: String,
        comment: String,
    },

    #[error(
        "prefix {prefix}: the database is at version {current}, newer than the latest version this pk knows ({latest}); refusing to touch it (`pk up --allow-ahead` accepts it and changes nothing; only the newer PhoenixKit can migrate it down)"
    )]
    AheadOfChain {
        prefix: String,
        current: u32,
        latest: u32,
    },

    #[error(
        "prefix {prefix}: {chain} builds on {base} V{required:02}, but {base} is at version {found} there; migrate {base} first"
    )]
    BaseBehind {
        prefix: String,
        chain: &'static str,
        base: &'static str,
        required: u32,
        found: u32,
    },

    #[error(
        "{chain} V{version:02}: the expected schema cannot be computed from the model: {message}"
    )]
    Model {
        chain: &'static str,
        version: u32,
        message: String,
    },

    #[error("target version {target} is out of range: the chain has versions 0..={latest}")]
    TargetOutOfRange { target: u32, latest: u32 },

    #[error(
        "prefix {prefix}: cannot migrate down to {target}: the database is at version {current}"
    )]
    DownAboveCurrent {
        prefix: String,
        target: u32,
        current: u32,
    },

    #[error(
        "prefix {prefix}: V{version:02} cannot be undone ({reason}); nothing was changed, the \
         database is still at V{current:02}; the lowest version a down can reach is V{version:02}"
    )]
    Irreversible {
        prefix: String,
        version: u32,
        current: u32,
        reason: &'static str,
    },

    #[error(
        "prefix {prefix}: refusing to migrate down from V{from:02} to V{to:02}: it would destroy \
         data, listed below; nothing was changed (`pk down --allow-data-loss`, or \
         `Migrator::allow_data_loss(true)`, runs it anyway){}",
        losses_lines(.losses)
    )]
    DataLoss {
        prefix: String,
        /// The version the down started from.
        from: u32,
        /// The version it was asked to reach.
        to: u32,
        /// Every object the down would destroy data of, in the order it would.
        losses: Vec<crate::Loss>,
    },

    #[error("prefix {prefix}: V{version:02} failed at `{op}`: {}", describe_sqlx(.source))]
    Operation {
        prefix: String,
        version: u32,
        op: String,
        source: sqlx::Error,
    },

    #[error(
        "prefix {prefix}: V{version:02} rolled back, the database is still at V{current:02}: \
         `{op}` waited longer than lock_timeout ({}) for a lock{}",
        .timeout.map_or_else(|| "the session's setting".to_owned(), crate::locks::human),
        blocked_by(.holders)
    )]
    LockTimeout {
        prefix: String,
        version: u32,
        current: u32,
        op: String,
        /// The `lock_timeout` the migrator set, if it set one.
        timeout: Option<std::time::Duration>,
        /// The sessions holding locks on the prefix's tables when the statement gave up.
        holders: Vec<crate::locks::LockHolder>,
    },

    #[error("prefix {prefix}: V{version:02}: {}", describe_sqlx(.source))]
    Transaction {
        prefix: String,
        version: u32,
        source: sqlx::Error,
    },

    #[error(
        "prefix {prefix}: V{version:02}: the database moved to version {found} while waiting for the lock (expected {expected})"
    )]
    Raced {
        prefix: String,
        version: u32,
        expected: u32,
        found: u32,
    },
}

/// Renders a sqlx error with PostgreSQL's message, code, detail and hint, on one line.
pub fn describe_sqlx(error: &sqlx::Error) -> String {
    if let Some(db) = error.as_database_error() {
        let mut out = db.message().to_owned();
        if let Some(code) = db.code() {
            out.push_str(&format!(" (SQLSTATE {code})"));
        }
        if let Some(pg) = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>() {
            if let Some(detail) = pg.detail() {
                out.push_str(&format!("; detail: {detail}"));
            }
            if let Some(hint) = pg.hint() {
                out.push_str(&format!("; hint: {hint}"));
            }
        }
        return out;
    }
    error.to_string()
}

/// One line per object a refused down would destroy data of.
fn losses_lines(losses: &[crate::Loss]) -> String {
    losses.iter().map(|loss| format!("\n  {loss}")).collect()
}

/// ` on a table other sessions hold: AccessShareLock on "s"."t" held by pid …` for a
/// lock-timeout message.
fn blocked_by(holders: &[crate::locks::LockHolder]) -> String {
    if holders.is_empty() {
        return " (the session that held it has released it since)".to_owned();
    }
    let holders: Vec<String> = holders.iter().map(ToString::to_string).collect();
    format!(" on a table other sessions hold: {}", holders.join("; "))
}
