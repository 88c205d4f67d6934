//! Connecting: --database-url / DATABASE_URL, or the local development database.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use pk_devdb::LocalCluster;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgConnection, PgPool};

use super::Target;
use super::report::human_duration;

/// Connects to --database-url / DATABASE_URL, or to the local development database.
pub(super) async fn connect(target: &Target) -> Result<PgConnection, String> {
    let url = database_url(target).await?;
    connect_url(&url, target.connect_timeout).await
}

/// A pool of up to `size` connections for several tenants, set up as [`connect_url`] connects.
/// One connection is opened at once, so an unreachable server is one error, not one per tenant.
pub(super) async fn connect_pool(target: &Target, size: u32) -> Result<PgPool, String> {
    let url = database_url(target).await?;
    let failed = |e| crate::Error::Connect(e).to_string();
    let mut options = PgConnectOptions::from_str(&url).map_err(failed)?;
    if options.get_application_name().is_none() {
        options = options.application_name("pk");
    }
    let mut pool = PgPoolOptions::new()
        .max_connections(size)
        .min_connections(0);
    if !target.connect_timeout.is_zero() {
        pool = pool.acquire_timeout(target.connect_timeout);
    }
    pool.connect_with(options).await.map_err(failed)
}

/// --database-url / DATABASE_URL, or the local development database (started if needed).
pub(super) async fn database_url(target: &Target) -> Result<String, String> {
    Ok(match &target.database_url {
        Some(url) => url.clone(),
        None => {
            let dir = Path::new(".pk");
            let cluster = LocalCluster::start_persistent(dir).map_err(|e| e.to_string())?;
            if !target.quiet {
                eprintln!(
                    "no --database-url or DATABASE_URL: using the local development PostgreSQL in ./.pk (database `pk`)"
                );
            }
            let mut admin = PgConnection::connect(&cluster.url("postgres"))
                .await
                .map_err(|e| {
                    format!(
                        "cannot connect to the local development database: {}",
                        crate::describe_sqlx(&e)
                    )
                })?;
            let exists: bool = sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'pk')",
            )
            .fetch_one(&mut admin)
            .await
            .map_err(|e| crate::describe_sqlx(&e))?;
            if !exists {
                sqlx::raw_sql("CREATE DATABASE pk")
                    .execute(&mut admin)
                    .await
                    .map_err(|e| crate::describe_sqlx(&e))?;
            }
            cluster.url("pk")
        }
    })
}

/// Connects as application `pk` (unless the URL names another), so that other sessions see who
/// holds a migration lock, giving up after `timeout` (zero: no limit).
pub(super) async fn connect_url(url: &str, timeout: Duration) -> Result<PgConnection, String> {
    let failed = |e| crate::Error::Connect(e).to_string();
    let mut options = PgConnectOptions::from_str(url).map_err(failed)?;
    if options.get_application_name().is_none() {
        options = options.application_name("pk");
    }
    let connecting = PgConnection::connect_with(&options);
    if timeout.is_zero() {
        return connecting.await.map_err(failed);
    }
    match tokio::time::timeout(timeout, connecting).await {
        Ok(connected) => connected.map_err(failed),
        Err(_) => Err(format!(
            "cannot connect to the database: no answer from {} within {} (--connect-timeout)",
            options.get_socket().map_or_else(
                || format!("{}:{}", options.get_host(), options.get_port()),
                |socket| socket.display().to_string()
            ),
            human_duration(timeout)
        )),
    }
}
