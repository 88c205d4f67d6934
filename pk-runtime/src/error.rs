//! The one error type of the runtime. Every variant says where it happened; database errors keep
//! PostgreSQL's message, detail and hint.

use crate::PrefixError;

/// Everything that can go wrong, each saying where.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The prefix cannot be a schema name (empty, too long, control characters).
    #[error(transparent)]
    Prefix(#[from] PrefixError),

    /// No connection to the database.
    #[error("cannot connect to the database: {}", describe_sqlx(.0))]
    Connect(#[source] sqlx::Error),

    /// The version marker could not be read.
    #[error("prefix {prefix}: cannot read the installed version: {}", describe_sqlx(.source))]
    ReadVersion {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The driver's error, with PostgreSQL's message.
        source: sqlx::Error,
    },

    /// The live schema could not be read from the catalog (`verify`, `repair`).
    #[error("prefix {prefix}: cannot read the schema from the catalog: {}", describe_sqlx(.source))]
    Snapshot {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The driver's error, with PostgreSQL's message.
        source: sqlx::Error,
    },

    /// The tracking table's comment is not a version number.
    #[error(
        "prefix {prefix}: the version marker on {table} is {comment:?}, which is not a version number"
    )]
    BadMarker {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The tracking table.
        table: String,
        /// Its comment.
        comment: String,
    },

    /// The database is at a version this chain does not know (a newer application migrated it).
    #[error(
        "prefix {prefix}: the database is at version {current}, newer than the latest version this pk knows ({latest}); refusing to touch it (`pk up --allow-ahead` accepts it and changes nothing; only the newer PhoenixKit can migrate it down)"
    )]
    AheadOfChain {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The installed version.
        current: u32,
        /// The chain's latest version.
        latest: u32,
    },

    /// The chain builds on another chain that is below the version it needs.
    #[error(
        "prefix {prefix}: {chain} builds on {base} V{required:02}, but {base} is at version {found} there; migrate {base} first"
    )]
    BaseBehind {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The chain's name.
        chain: &'static str,
        /// The base chain's name.
        base: &'static str,
        /// The base version the chain needs.
        required: u32,
        /// The version found.
        found: u32,
    },

    /// The expected schema of a version could not be computed from the chain's model.
    #[error(
        "{chain} V{version:02}: the expected schema cannot be computed from the model: {message}"
    )]
    Model {
        /// The chain's name.
        chain: &'static str,
        /// The version.
        version: u32,
        /// Why.
        message: String,
    },

    /// A target version outside the chain.
    #[error("target version {target} is out of range: the chain has versions 0..={latest}")]
    TargetOutOfRange {
        /// The version asked for.
        target: u32,
        /// The chain's latest version.
        latest: u32,
    },

    /// A down to a version above the installed one.
    #[error(
        "prefix {prefix}: cannot migrate down to {target}: the database is at version {current}"
    )]
    DownAboveCurrent {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The version asked for.
        target: u32,
        /// The installed version.
        current: u32,
    },

    /// A down through a version that cannot be undone; refused before any statement.
    #[error(
        "prefix {prefix}: V{version:02} cannot be undone ({reason}); nothing was changed, the \
         database is still at V{current:02}; the lowest version a down can reach is V{version:02}"
    )]
    Irreversible {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The version.
        version: u32,
        /// The installed version.
        current: u32,
        /// Why it cannot be undone (the version's `irreversible`).
        reason: &'static str,
    },

    /// A down that would destroy data; refused before any statement.
    #[error(
        "prefix {prefix}: refusing to migrate down from V{from:02} to V{to:02}: it would destroy \
         data, listed below; nothing was changed (`pk down --allow-data-loss`, or \
         `Migrator::allow_data_loss(true)`, runs it anyway){}",
        losses_lines(.losses)
    )]
    DataLoss {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The version the down started from.
        from: u32,
        /// The version it was asked to reach.
        to: u32,
        /// Every object the down would destroy data of, in the order it would.
        losses: Vec<crate::Loss>,
    },

    /// A statement of a version failed; the version was rolled back.
    #[error("prefix {prefix}: V{version:02} failed at `{op}`: {}", describe_sqlx(.source))]
    Operation {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The version.
        version: u32,
        /// The operation, described (`create table phoenix_kit_users`).
        op: String,
        /// The driver's error, with PostgreSQL's message.
        source: sqlx::Error,
    },

    /// A statement waited longer than the lock timeout; the version was rolled back.
    #[error(
        "prefix {prefix}: V{version:02} rolled back, the database is still at V{current:02}: \
         `{op}` waited longer than lock_timeout ({}) for a lock{}",
        .timeout.map_or_else(|| "the session's setting".to_owned(), crate::locks::human),
        blocked_by(.holders)
    )]
    LockTimeout {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The version.
        version: u32,
        /// The installed version.
        current: u32,
        /// The operation, described (`create table phoenix_kit_users`).
        op: String,
        /// The `lock_timeout` the migrator set, if it set one.
        timeout: Option<std::time::Duration>,
        /// The sessions holding locks on the prefix's tables when the statement gave up.
        holders: Vec<crate::locks::LockHolder>,
    },

    /// Beginning or committing a version's transaction failed.
    #[error("prefix {prefix}: V{version:02}: {}", describe_sqlx(.source))]
    Transaction {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The version.
        version: u32,
        /// The driver's error, with PostgreSQL's message.
        source: sqlx::Error,
    },

    /// Another migrator moved the version marker in an unexpected way while this one waited.
    #[error(
        "prefix {prefix}: V{version:02}: the database moved to version {found} while waiting for the lock (expected {expected})"
    )]
    Raced {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The version.
        version: u32,
        /// The version expected.
        expected: u32,
        /// The version found.
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
