//! Faults that are not pk's own process dying, against real PostgreSQL: its connection
//! terminated by the server mid-version, the server crashing, an online preparation interrupted,
//! a role whose timeouts would cut a version, and the classification of the errors these give
//! (lost connection, transient, permanent) that `pk up --retries` relies on.
//!
//! Soak counts: `PK_SOAK_TERMINATIONS` (default 8), `PK_SOAK_CRASHES` (default 2: one plain
//! `up`, one `up --retries`), `PK_SOAK_ONLINE_KILLS` (default 4: SIGKILL and termination, each
//! followed by a plain and an online `up`). `PK_SOAK_SEED` replays a run (each test prints its
//! seed).

#[path = "../common/mod.rs"]
mod common;

mod classification;
mod crash;
mod online;
mod terminations;
mod timeouts;

use sqlx::PgConnection;

const SEED: &str = "PK_SOAK_SEED";

// ---------------------------------------------------------------------------------------------
// Helpers shared by the modules

/// Terminates every `pk` session on this connection's database; whether there was one.
async fn terminate_pk(admin: &mut PgConnection) -> bool {
    sqlx::query_scalar(
        "SELECT coalesce(bool_or(pg_terminate_backend(pid)), false) FROM pg_stat_activity \
         WHERE datname = current_database() AND application_name = 'pk'",
    )
    .fetch_one(admin)
    .await
    .expect("pg_terminate_backend")
}

/// The version an error line names first (`… prefix public: V37 …` → 37).
fn named_version(line: &str) -> Option<u32> {
    let (_, rest) = line.split_once(": V")?;
    rest.get(..2)?.parse().ok()
}
