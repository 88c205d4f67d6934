//! The one error type of the runtime. Every variant says where it happened; database errors keep
//! PostgreSQL's message, detail and hint.
//!
//! Errors are classified: [`Error::connection_lost`] says the session ended under pk (the server
//! terminated it, crashed or went away), [`Error::is_transient`] says trying again may succeed
//! (`pk up --retries`). A lost connection and a statement cut by the server's `statement_timeout`
//! are said in so many words.

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
    #[error("prefix {prefix}: cannot read the installed version: {}", describe_cause(.source))]
    ReadVersion {
        /// The prefix (schema) it happened in.
        prefix: String,
        /// The driver's error, with PostgreSQL's message.
        source: sqlx::Error,
    },

    /// The live schema could not be read from the catalog (`verify`, `repair`).
    #[error("prefix {prefix}: cannot read the schema from the catalog: {}", describe_cause(.source))]
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

    /// A statement of a version failed; the version was rolled back. A lost connection or a
    /// statement cut by the server's `statement_timeout` is said as such.
    #[error("{}", operation_message(.prefix, *.version, .op, .source))]
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

    /// Beginning, locking or committing a version's transaction failed. A connection lost there
    /// leaves the version rolled back, unless it was lost as the server committed it: the marker
    /// says which.
    #[error("{}", transaction_message(.prefix, *.version, .source))]
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

impl Error {
    /// The driver's error underneath, for the variants that carry one.
    fn sqlx_source(&self) -> Option<&sqlx::Error> {
        match self {
            Error::Connect(source)
            | Error::ReadVersion { source, .. }
            | Error::Snapshot { source, .. }
            | Error::Operation { source, .. }
            | Error::Transaction { source, .. } => Some(source),
            _ => None,
        }
    }

    /// Whether the session ended under pk after it had connected: the socket failed (an I/O
    /// error, the server gone), or the server ended the session (SQLSTATE class 08,
    /// `57P01` admin_shutdown as `pg_terminate_backend` and a fast shutdown send it, `57P02`
    /// crash_shutdown, `57P05` idle_session_timeout, `25P03`
    /// idle_in_transaction_session_timeout). The transaction it was in was rolled back by the
    /// server, unless the connection was lost as the server committed it ([`Error::Transaction`]).
    /// A failure to connect in the first place is not a lost connection (see
    /// [`Error::is_transient`]).
    pub fn connection_lost(&self) -> bool {
        !matches!(self, Error::Connect(_))
            && self
                .sqlx_source()
                .is_some_and(|source| matches!(cause(source), Cause::Lost | Cause::IdleTimeout))
    }

    /// Whether the same call may succeed if made again, from a new connection: a lost
    /// connection (see [`Error::connection_lost`]), a server that cannot be reached or is
    /// starting up or shutting down (an I/O error while connecting, `57P03` cannot_connect_now),
    /// a pool that timed out or was closed, a lock wait that gave up (`55P03`,
    /// [`Error::LockTimeout`]), a serialization failure (`40001`) or a deadlock (`40P01`). Never
    /// a refusal, a bad marker, a syntax or privilege error, a constraint violation or a data
    /// error: those fail again the same way. `pk up --retries N` retries exactly these.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::LockTimeout { .. } => true,
            other => other.sqlx_source().is_some_and(transient),
        }
    }
}

/// What a driver error says happened to the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cause {
    /// The connection is gone: an I/O error, or the server ended the session.
    Lost,
    /// The server ended the session for idling in a transaction (`25P03`).
    IdleTimeout,
    /// The server cancelled the statement for exceeding `statement_timeout` (`57014`).
    StatementTimeout,
    /// Anything else: the statement failed, the session lives on.
    Other,
}

fn cause(error: &sqlx::Error) -> Cause {
    if matches!(error, sqlx::Error::Io(_)) {
        return Cause::Lost;
    }
    let Some(db) = error.as_database_error() else {
        return Cause::Other;
    };
    match db.code().as_deref() {
        Some("25P03") => Cause::IdleTimeout,
        // 57014 is also a cancel request (pg_cancel_backend, a client's cancel); PostgreSQL
        // says which in the message.
        Some("57014") if db.message().contains("statement timeout") => Cause::StatementTimeout,
        Some(code) if code.starts_with("08") || matches!(code, "57P01" | "57P02" | "57P05") => {
            Cause::Lost
        }
        _ => Cause::Other,
    }
}

/// Whether a driver error may pass if the call is made again (see [`Error::is_transient`]).
fn transient(error: &sqlx::Error) -> bool {
    match error {
        sqlx::Error::Io(_) | sqlx::Error::PoolClosed | sqlx::Error::PoolTimedOut => true,
        _ => {
            matches!(cause(error), Cause::Lost | Cause::IdleTimeout)
                || error
                    .as_database_error()
                    .and_then(|db| db.code())
                    .is_some_and(|code| matches!(&*code, "57P03" | "55P03" | "40001" | "40P01"))
        }
    }
}

/// A driver error in words: a lost connection and a statement cut by `statement_timeout` say so,
/// with PostgreSQL's own message (or the I/O error) in parentheses; anything else is
/// [`describe_sqlx`].
fn describe_cause(error: &sqlx::Error) -> String {
    let detail = match error {
        // Not sqlx's "error communicating with database: …": the cause says that already.
        sqlx::Error::Io(io) => io.to_string(),
        other => describe_sqlx(other),
    };
    match cause(error) {
        Cause::Lost => format!("the connection to the server was lost ({detail})"),
        Cause::IdleTimeout => format!(
            "the connection to the server was lost: the server ended the session for its \
             idle_in_transaction_session_timeout ({detail})"
        ),
        Cause::StatementTimeout => {
            format!("the statement was cut by the server's statement_timeout ({detail})")
        }
        Cause::Other => detail,
    }
}

/// [`Error::Operation`]'s message.
fn operation_message(prefix: &str, version: u32, op: &str, source: &sqlx::Error) -> String {
    let described = describe_cause(source);
    // Online preparation and repair run their steps in transactions of their own, outside the
    // version's.
    let own_step = op.starts_with("online preparation") || op.starts_with("repair");
    match cause(source) {
        Cause::Other => format!("prefix {prefix}: V{version:02} failed at `{op}`: {described}"),
        Cause::StatementTimeout if own_step => format!(
            "prefix {prefix}: V{version:02} failed at `{op}`: {described}; that step was rolled \
             back and the version marker is unchanged"
        ),
        Cause::StatementTimeout => format!(
            "prefix {prefix}: V{version:02} failed at `{op}`: {described}; V{version:02} was \
             rolled back and the version marker is unchanged"
        ),
        Cause::Lost | Cause::IdleTimeout if own_step => format!(
            "prefix {prefix}: V{version:02} failed at `{op}`: {described}; that step was rolled \
             back, the version marker is unchanged and the next `up` continues from it"
        ),
        Cause::Lost | Cause::IdleTimeout => format!(
            "prefix {prefix}: V{version:02} was rolled back: {described} during `{op}`; the \
             version marker is unchanged and the next `up` continues from it"
        ),
    }
}

/// [`Error::Transaction`]'s message.
fn transaction_message(prefix: &str, version: u32, source: &sqlx::Error) -> String {
    let described = describe_cause(source);
    match cause(source) {
        Cause::Other => format!("prefix {prefix}: V{version:02}: {described}"),
        Cause::StatementTimeout => format!(
            "prefix {prefix}: V{version:02} failed: {described}; V{version:02} was rolled back \
             and the version marker is unchanged"
        ),
        // BEGIN, the lock and COMMIT fail here: a connection lost as COMMIT reached the server
        // leaves no way to know whether it committed, short of reading the marker.
        Cause::Lost | Cause::IdleTimeout => format!(
            "prefix {prefix}: V{version:02} did not complete: {described}; the server rolled \
             V{version:02} back unless the connection was lost as it committed, and the next \
             `up` reads the version marker and continues from it"
        ),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn io(kind: std::io::ErrorKind) -> sqlx::Error {
        sqlx::Error::Io(std::io::Error::new(kind, "connection reset by peer"))
    }

    #[test]
    fn an_io_error_in_a_version_is_a_lost_connection_naming_the_version() {
        let error = Error::Operation {
            prefix: "public".to_owned(),
            version: 37,
            op: "create table phoenix_kit_x".to_owned(),
            source: io(std::io::ErrorKind::ConnectionReset),
        };
        assert!(error.connection_lost() && error.is_transient());
        assert_eq!(
            error.to_string(),
            "prefix public: V37 was rolled back: the connection to the server was lost \
             (connection reset by peer) during `create table phoenix_kit_x`; the version marker \
             is unchanged and the next `up` continues from it"
        );
        let error = Error::Transaction {
            prefix: "public".to_owned(),
            version: 5,
            source: io(std::io::ErrorKind::UnexpectedEof),
        };
        assert!(error.connection_lost() && error.is_transient());
        let message = error.to_string();
        assert!(
            message.starts_with("prefix public: V05 did not complete: the connection to the server was lost (connection reset by peer)"),
            "{message}"
        );
    }

    #[test]
    fn connecting_and_pools_are_transient_but_not_lost_connections() {
        let refused = Error::Connect(io(std::io::ErrorKind::ConnectionRefused));
        assert!(refused.is_transient() && !refused.connection_lost());
        for source in [sqlx::Error::PoolTimedOut, sqlx::Error::PoolClosed] {
            let error = Error::Connect(source);
            assert!(error.is_transient() && !error.connection_lost());
        }
    }

    #[test]
    fn refusals_and_driver_errors_that_repeat_are_permanent() {
        let permanent = [
            Error::BadMarker {
                prefix: "public".to_owned(),
                table: "phoenix_kit".to_owned(),
                comment: "x".to_owned(),
            },
            Error::TargetOutOfRange {
                target: 99,
                latest: 82,
            },
            Error::Operation {
                prefix: "public".to_owned(),
                version: 3,
                op: "create table t".to_owned(),
                source: sqlx::Error::Protocol("unexpected message".to_owned()),
            },
            Error::ReadVersion {
                prefix: "public".to_owned(),
                source: sqlx::Error::RowNotFound,
            },
        ];
        for error in permanent {
            assert!(!error.is_transient() && !error.connection_lost(), "{error}");
        }
    }
}
