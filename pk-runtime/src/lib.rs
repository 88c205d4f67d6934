//! `pk-runtime`: applies a versioned PostgreSQL schema chain (PhoenixKit 1.7.71's V01..V82 ships
//! with it) to any schema prefix, recording the version exactly as PhoenixKit does
//! (`COMMENT ON TABLE <prefix>.phoenix_kit IS 'N'`), so Rust and Elixir applications can share a
//! database.
//!
//! ```no_run
//! # async fn start() -> Result<(), Box<dyn std::error::Error>> {
//! let pool = sqlx::PgPool::connect("postgres://app@localhost/app").await?;
//! // Install or upgrade PhoenixKit's schema in `public` at start-up.
//! pk_runtime::phoenix_kit::up(&pool, "public").await?;
//! # Ok(()) }
//! ```

#![deny(missing_docs)]

pub mod catalog;
#[cfg(feature = "cli")]
pub mod cli;
mod engine;
mod error;
mod locks;
pub mod loss;
pub mod online;
/// The definition types (`pk_schema`), under the name the runtime has always used for them.
pub mod op {
    pub use pk_schema::def::*;
}
pub mod phoenix_kit;
pub mod plan;
pub mod repair;
pub mod snapshot;
pub mod sql;
pub mod tenants;
mod txn;
pub mod verify;
mod wire;

use std::future::Future;
use std::pin::Pin;

pub use engine::{Applied, Migrator, Status};
pub use error::{Error, describe_sqlx};
pub use locks::LockHolder;
pub use loss::{Loss, LossKind};
pub use pk_macros::{chain, version};
/// The definition layer, re-exported for `version!` in crates that depend on the runtime only.
pub use pk_schema as schema;
pub use pk_schema::{Chain, Direction, Down, Op, Version};
pub use pk_schema::{MAX_IDENTIFIER_BYTES, Prefix, PrefixError, quote_ident, quote_literal};
pub use tenants::{Summary, Tenants};
pub use txn::{Event, lock_key};

/// `1 repair`, `3 repairs`: a count with its noun.
pub(crate) fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

/// The future returned by a Rust data step.
pub type CallFuture<'c> = Pin<Box<dyn Future<Output = Result<(), sqlx::Error>> + Send + 'c>>;

/// A data step written in Rust: runs inside the version's transaction, on its connection.
pub type CallFn = for<'c> fn(&'c mut sqlx::PgConnection, &'c Prefix) -> CallFuture<'c>;
