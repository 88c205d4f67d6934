//! Connecting: --database-url / DATABASE_URL, or the local development database.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgConnection, PgPool};

use super::dev::{DEV_DIR, dev_database_url};
use super::report::human_duration;
use super::{Outcome, Target};

/// A connection that could not be made: the message, and whether trying again may succeed (the
/// server is unreachable, starting up, or did not answer in time; not a bad URL, password or
/// database name).
#[derive(Debug)]
pub(super) struct ConnectFailure {
    pub(super) message: String,
    pub(super) transient: bool,
}

impl ConnectFailure {
    /// A failure that trying again will not mend.
    fn permanent(message: String) -> Self {
        ConnectFailure {
            message,
            transient: false,
        }
    }
}

impl From<String> for ConnectFailure {
    fn from(message: String) -> Self {
        ConnectFailure::permanent(message)
    }
}

impl From<ConnectFailure> for String {
    fn from(failure: ConnectFailure) -> Self {
        failure.message
    }
}

impl From<ConnectFailure> for Outcome {
    fn from(failure: ConnectFailure) -> Self {
        Outcome::Failed(failure.message)
    }
}

/// Connects to --database-url / DATABASE_URL, or to the local development database.
pub(super) async fn connect(target: &Target) -> Result<PgConnection, ConnectFailure> {
    let url = database_url(target).await?;
    connect_url(&url, target.connect_timeout).await
}

/// A pool of up to `size` connections to `url` for several tenants, set up as [`connect_url`]
/// connects. One connection is opened at once, so an unreachable server is one error, not one per tenant.
pub(super) async fn connect_pool(
    url: &str,
    target: &Target,
    size: u32,
) -> Result<PgPool, ConnectFailure> {
    let mut options = options(url)?;
    if options.get_application_name().is_none() {
        options = options.application_name("pk");
    }
    let failed = |e| unreachable_server(&options, e);
    let mut pool = PgPoolOptions::new()
        .max_connections(size)
        .min_connections(0);
    if !target.connect_timeout.is_zero() {
        pool = pool.acquire_timeout(target.connect_timeout);
    }
    pool.connect_with(options.clone()).await.map_err(failed)
}

/// --database-url / DATABASE_URL, or the local development database (started if needed).
pub(super) async fn database_url(target: &Target) -> Result<String, String> {
    match &target.database_url {
        Some(url) => {
            if target.verbose {
                eprintln!(
                    "database: {}",
                    target.url_source.as_deref().unwrap_or("--database-url")
                );
            }
            Ok(url.clone())
        }
        None => {
            if !target.quiet {
                eprintln!(
                    "no --database-url or DATABASE_URL: using the local development PostgreSQL in ./{DEV_DIR} (database `pk`)"
                );
            }
            dev_database_url(target).await
        }
    }
}

/// Connects as application `pk` (unless the URL names another), so that other sessions see who
/// holds a migration lock, giving up after `timeout` (zero: no limit).
pub(super) async fn connect_url(
    url: &str,
    timeout: Duration,
) -> Result<PgConnection, ConnectFailure> {
    let mut options = options(url)?;
    if options.get_application_name().is_none() {
        options = options.application_name("pk");
    }
    let failed = |e| unreachable_server(&options, e);
    let connecting = PgConnection::connect_with(&options);
    if timeout.is_zero() {
        return connecting.await.map_err(failed);
    }
    match tokio::time::timeout(timeout, connecting).await {
        Ok(connected) => connected.map_err(failed),
        // A server that does not answer may be starting, or the network may come back.
        Err(_) => Err(ConnectFailure {
            message: format!(
                "cannot connect to the database: no answer from {} within {} (--connect-timeout)",
                server(&options),
                human_duration(timeout)
            ),
            transient: true,
        }),
    }
}

/// Parses a connection URL; the error never repeats the URL (it may hold a password).
fn options(url: &str) -> Result<PgConnectOptions, String> {
    PgConnectOptions::from_str(url).map_err(|e| {
        format!(
            "the database URL is not valid: {}",
            crate::describe_sqlx(&e)
        )
    })
}

/// `host:port`, or the socket directory and port, of a connection (never the password).
fn server(options: &PgConnectOptions) -> String {
    match options.get_socket() {
        Some(socket) => format!("{} (port {})", socket.display(), options.get_port()),
        None => format!("{}:{}", options.get_host(), options.get_port()),
    }
}

/// A failed connection, naming the server it was made to.
fn unreachable_server(options: &PgConnectOptions, error: sqlx::Error) -> ConnectFailure {
    let message = format!(
        "cannot connect to the database at {}: {}",
        server(options),
        crate::describe_sqlx(&error)
    );
    ConnectFailure {
        message,
        transient: crate::Error::Connect(error).is_transient(),
    }
}
