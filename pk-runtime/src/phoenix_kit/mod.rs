//! PhoenixKit 1.7.71's schema chain (V01..V82) and an API mirroring PhoenixKit's own
//! `PhoenixKit.Migrations.Postgres` (`up`, `up` to a version, `down` to a version,
//! `migrated_version_runtime`), each taking a schema prefix.

use sqlx::PgPool;

use crate::{Applied, Error, Migrator};

pub use pk_phoenix_kit::{CHAIN, OBAN};

/// A migrator for PhoenixKit in `prefix` (`"public"` for the default schema).
pub fn migrator(prefix: &str) -> Result<Migrator, Error> {
    Migrator::new(&CHAIN, prefix)
}

/// Installs or upgrades PhoenixKit in `prefix` to the latest version.
pub async fn up(pool: &PgPool, prefix: &str) -> Result<Applied, Error> {
    let migrator = migrator(prefix)?;
    let mut conn = pool.acquire().await.map_err(Error::Connect)?;
    migrator.up(&mut conn, None).await
}

/// [`up`] for a database shared with an Elixir application whose PhoenixKit may be newer than
/// this chain: a database ahead of the chain is accepted and left unchanged (`Applied::to` is its
/// version), where [`up`] refuses it with [`Error::AheadOfChain`].
pub async fn up_allowing_ahead(pool: &PgPool, prefix: &str) -> Result<Applied, Error> {
    let migrator = migrator(prefix)?.allow_ahead(true);
    let mut conn = pool.acquire().await.map_err(Error::Connect)?;
    migrator.up(&mut conn, None).await
}

/// Upgrades PhoenixKit in `prefix` to `version`.
pub async fn up_to(pool: &PgPool, prefix: &str, version: u32) -> Result<Applied, Error> {
    let migrator = migrator(prefix)?;
    let mut conn = pool.acquire().await.map_err(Error::Connect)?;
    migrator.up(&mut conn, Some(version)).await
}

/// Rolls PhoenixKit in `prefix` back to `version` (0 removes it).
pub async fn down_to(pool: &PgPool, prefix: &str, version: u32) -> Result<Applied, Error> {
    let migrator = migrator(prefix)?;
    let mut conn = pool.acquire().await.map_err(Error::Connect)?;
    migrator.down(&mut conn, version).await
}

/// The installed version in `prefix` (PhoenixKit's `migrated_version_runtime`).
pub async fn migrated_version(pool: &PgPool, prefix: &str) -> Result<u32, Error> {
    let migrator = migrator(prefix)?;
    let mut conn = pool.acquire().await.map_err(Error::Connect)?;
    migrator.current_version(&mut conn).await
}

/// PhoenixKit for many tenants at once (see [`crate::tenants`]): every prefix validated before any
/// SQL runs, then `Tenants::up` migrates them with bounded parallelism.
pub fn tenants<I, S>(prefixes: I) -> Result<crate::Tenants, Error>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    crate::Tenants::new(&CHAIN, prefixes)
}
