//! The strongest peer in Rust: PhoenixKit's statements applied exactly as `sqlx migrate run`
//! (sqlx-cli 0.8) applies a migration directory, in process with sqlx: the advisory lock on the
//! database, `_sqlx_migrations` created and read, then per version one transaction holding the
//! version's whole file as one `raw_sql` (a multi-statement simple query) and its bookkeeping
//! row, and the row's execution time written after the commit.

use std::time::{Duration, Instant};

use sqlx::{Connection, PgConnection};

use super::Context;
use super::replay::Reference;

/// sqlx-cli's lock id derivation is a CRC of the database name; any fixed key serves here.
const LOCK_KEY: i64 = 0x0070_6b5f_7371_6c78;

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS _sqlx_migrations ( \
    version BIGINT PRIMARY KEY, description TEXT NOT NULL, \
    installed_on TIMESTAMPTZ NOT NULL DEFAULT now(), success BOOLEAN NOT NULL, \
    checksum BYTEA NOT NULL, execution_time BIGINT NOT NULL)";

/// Applies versions 1..=latest of `reference` on `conn` as sqlx-cli does, and returns the time
/// from taking the lock to releasing it.
pub async fn apply(conn: &mut PgConnection, reference: &Reference) -> Result<Duration, String> {
    let started = Instant::now();
    sqlx::query("SELECT pg_advisory_lock($1)")
        .bind(LOCK_KEY)
        .execute(&mut *conn)
        .await
        .context("sqlx-style: lock")?;
    sqlx::raw_sql(CREATE_TABLE)
        .execute(&mut *conn)
        .await
        .context("sqlx-style: _sqlx_migrations")?;
    let applied: Vec<(i64, Vec<u8>)> =
        sqlx::query_as("SELECT version, checksum FROM _sqlx_migrations ORDER BY version")
            .fetch_all(&mut *conn)
            .await
            .context("sqlx-style: applied migrations")?;
    for n in applied.len() as u32 + 1..=reference.latest() {
        let body = reference.body(n);
        let version_started = Instant::now();
        let mut tx = conn.begin().await.context("sqlx-style: begin")?;
        sqlx::raw_sql(body)
            .execute(&mut *tx)
            .await
            .map_err(|e| format!("sqlx-style replay of V{n:02}: {e}"))?;
        sqlx::query(
            "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
             VALUES ($1, $2, TRUE, $3, -1)",
        )
        .bind(i64::from(n))
        .bind(format!("v{n:02}"))
        .bind(checksum(body))
        .execute(&mut *tx)
        .await
        .context("sqlx-style: bookkeeping row")?;
        tx.commit().await.context("sqlx-style: commit")?;
        sqlx::query("UPDATE _sqlx_migrations SET execution_time = $1 WHERE version = $2")
            .bind(version_started.elapsed().as_nanos() as i64)
            .bind(i64::from(n))
            .execute(&mut *conn)
            .await
            .context("sqlx-style: execution time")?;
    }
    sqlx::query("SELECT pg_advisory_unlock($1)")
        .bind(LOCK_KEY)
        .execute(&mut *conn)
        .await
        .context("sqlx-style: unlock")?;
    Ok(started.elapsed())
}

/// A stand-in for sqlx's SHA-384 checksum of the file (its cost is client-side and negligible
/// next to the round trips): 48 bytes derived from the text.
fn checksum(body: &str) -> Vec<u8> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut out = Vec::with_capacity(48);
    for chunk in 0..6u8 {
        for byte in body.bytes().chain([chunk]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        out.extend_from_slice(&hash.to_le_bytes());
    }
    out
}
