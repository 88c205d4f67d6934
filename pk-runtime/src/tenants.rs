//! Many tenants at once: one chain brought up to date in many schema prefixes, with bounded
//! parallelism.
//!
//! Every tenant runs on its own connection, under its own advisory lock (the [`Migrator`]'s lock is
//! keyed by the prefix), and one tenant's failure is reported in the [`Summary`] without stopping
//! or touching the others. All prefixes are validated before any SQL runs.
//!
//! ```no_run
//! # async fn start() -> Result<(), Box<dyn std::error::Error>> {
//! let pool = sqlx::postgres::PgPoolOptions::new()
//!     .max_connections(4)
//!     .connect("postgres://app@localhost/app")
//!     .await?;
//! let tenants = pk_runtime::phoenix_kit::tenants(["tenant_a", "tenant_b", "Tenant C"])?.jobs(4);
//! let summary = tenants.up(&pool, None).await;
//! print!("{summary}"); // prefix | from → to | result
//! summary.into_result()?; // an error naming every tenant that failed
//! # Ok(()) }
//! ```

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use crate::Prefix;
use crate::engine::Migrator;
use crate::error::Error;
use crate::op::Chain;
use crate::txn::Event;

/// How many tenants migrate at once unless [`Tenants::jobs`] says otherwise.
pub const DEFAULT_JOBS: usize = 4;

/// Receives the progress events of every tenant, tagged with the tenant's prefix. Called from
/// several tasks at once.
pub type Observer = Arc<dyn Fn(&Prefix, &Event<'_>) + Send + Sync>;

/// A validated list of tenants (schema prefixes) for one chain.
#[derive(Debug, Clone)]
pub struct Tenants {
    migrators: Vec<Migrator>,
    jobs: usize,
}

impl Tenants {
    /// Validates every prefix (see [`Prefix::new`] and [`Migrator::new`]: system schemas, names
    /// over 63 bytes and names whose derived identifiers would pass 63 bytes are rejected) before
    /// anything runs. The first invalid prefix is the error. A prefix listed twice runs once.
    pub fn new<I, S>(chain: &'static Chain, prefixes: I) -> Result<Self, Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut seen = HashSet::new();
        let mut migrators = Vec::new();
        for prefix in prefixes {
            let migrator = Migrator::new(chain, prefix.as_ref())?;
            if seen.insert(migrator.prefix().clone()) {
                migrators.push(migrator);
            }
        }
        Ok(Tenants {
            migrators,
            jobs: DEFAULT_JOBS,
        })
    }

    /// At most `jobs` tenants migrate at once (at least one). Each holds one connection of the pool
    /// while it runs, so a pool smaller than `jobs` lowers the parallelism to its size.
    pub fn jobs(mut self, jobs: usize) -> Self {
        self.jobs = jobs.max(1);
        self
    }

    /// [`Migrator::lock_timeout`] for every tenant.
    pub fn lock_timeout(mut self, timeout: Duration) -> Self {
        self.migrators = self
            .migrators
            .into_iter()
            .map(|migrator| migrator.lock_timeout(timeout))
            .collect();
        self
    }

    /// [`Migrator::allow_ahead`] for every tenant.
    pub fn allow_ahead(mut self, allow: bool) -> Self {
        self.migrators = self
            .migrators
            .into_iter()
            .map(|migrator| migrator.allow_ahead(allow))
            .collect();
        self
    }

    /// [`Migrator::online`] for every tenant.
    pub fn online(mut self, allow: bool) -> Self {
        self.migrators = self
            .migrators
            .into_iter()
            .map(|migrator| migrator.online(allow))
            .collect();
        self
    }

    /// The tenants, in the order given (duplicates removed).
    pub fn prefixes(&self) -> impl ExactSizeIterator<Item = &Prefix> {
        self.migrators.iter().map(Migrator::prefix)
    }

    /// Brings every tenant to `to` (default: the chain's latest version).
    pub async fn up(&self, pool: &PgPool, to: Option<u32>) -> Summary {
        self.up_with(pool, to, Arc::new(|_, _| {})).await
    }

    /// [`Tenants::up`], reporting every tenant's progress to `observe`.
    ///
    /// Must be called within a Tokio runtime (as sqlx requires): each tenant runs as a task.
    pub async fn up_with(&self, pool: &PgPool, to: Option<u32>, observe: Observer) -> Summary {
        let permits = Arc::new(Semaphore::new(self.jobs));
        let mut tasks = JoinSet::new();
        let mut index_of = HashMap::new();
        for (index, migrator) in self.migrators.iter().enumerate() {
            let (migrator, pool) = (migrator.clone(), pool.clone());
            let (permits, observe) = (Arc::clone(&permits), Arc::clone(&observe));
            let task = tasks.spawn(async move {
                // The semaphore is never closed.
                let _permit = permits.acquire_owned().await.ok();
                up_one(&pool, &migrator, to, &*observe).await
            });
            index_of.insert(task.id(), index);
        }
        let mut outcomes: Vec<Option<TenantOutcome>> =
            self.migrators.iter().map(|_| None).collect();
        let mut panic = None;
        while let Some(joined) = tasks.join_next_with_id().await {
            match joined {
                Ok((id, outcome)) => outcomes[index_of[&id]] = Some(outcome),
                // A panic is a bug, not a tenant's failure: let the others finish, then re-raise it.
                Err(error) if error.is_panic() => {
                    panic.get_or_insert(error.into_panic());
                }
                Err(_) => {}
            }
        }
        if let Some(panic) = panic {
            std::panic::resume_unwind(panic);
        }
        Summary {
            tenants: outcomes.into_iter().flatten().collect(),
        }
    }
}

/// Migrates one tenant on a connection of its own.
async fn up_one(
    pool: &PgPool,
    migrator: &Migrator,
    to: Option<u32>,
    observe: &(dyn Fn(&Prefix, &Event<'_>) + Send + Sync),
) -> TenantOutcome {
    let prefix = migrator.prefix().clone();
    let mut outcome = TenantOutcome {
        prefix: prefix.clone(),
        from: None,
        reached: None,
        applied: Vec::new(),
        error: None,
    };
    let mut conn = match pool.acquire().await {
        Ok(conn) => conn,
        Err(e) => {
            outcome.error = Some(Error::Connect(e));
            return outcome;
        }
    };
    let (mut from, mut reached, mut applied) = (None, None, Vec::new());
    let result = migrator
        .up_with(&mut conn, to, &mut |event| {
            match event {
                Event::Plan { from: f, .. } => (from, reached) = (Some(*f), Some(*f)),
                Event::VersionFinished { version, .. } => {
                    reached = Some(version.number);
                    applied.push(version.number);
                }
                Event::AlreadyApplied { version } => reached = Some(version.number),
                _ => {}
            }
            observe(&prefix, event);
        })
        .await;
    match result {
        Ok(done) => {
            outcome.from = Some(done.from);
            outcome.reached = Some(done.to);
            outcome.applied = done.versions;
        }
        Err(error) => {
            // The failed version's transaction was rolled back; do not hand a connection in an
            // unknown state back to the pool.
            conn.close_on_drop();
            outcome.from = from;
            outcome.reached = reached;
            outcome.applied = applied;
            outcome.error = Some(error);
        }
    }
    outcome
}

/// What happened to one tenant.
#[derive(Debug)]
#[non_exhaustive]
pub struct TenantOutcome {
    /// The tenant.
    pub prefix: Prefix,
    /// The version before the run, when it could be read.
    pub from: Option<u32>,
    /// The version the tenant is at after the run: the target on success, the last version
    /// committed on failure (`None` when even the starting version could not be read).
    pub reached: Option<u32>,
    /// The versions this run committed, in order.
    pub applied: Vec<u32>,
    /// Why the tenant stopped short, if it did. Versions before the failing one stay committed.
    pub error: Option<Error>,
}

impl TenantOutcome {
    /// Whether the tenant reached the target.
    pub fn is_ok(&self) -> bool {
        self.error.is_none()
    }
}

/// Every tenant's outcome, in the order the tenants were given.
#[derive(Debug)]
pub struct Summary {
    /// One outcome per tenant.
    pub tenants: Vec<TenantOutcome>,
}

impl Summary {
    /// Whether every tenant reached the target.
    pub fn is_ok(&self) -> bool {
        self.tenants.iter().all(TenantOutcome::is_ok)
    }

    /// The tenants that failed.
    pub fn failures(&self) -> impl Iterator<Item = &TenantOutcome> {
        self.tenants.iter().filter(|t| !t.is_ok())
    }

    /// `Ok` when every tenant reached the target, otherwise an error that lists the failures
    /// (and still holds the whole summary).
    pub fn into_result(self) -> Result<Summary, TenantsFailed> {
        if self.is_ok() {
            Ok(self)
        } else {
            Err(TenantsFailed { summary: self })
        }
    }
}

/// The summary as a table: `prefix | from → to | result`, one row per tenant.
impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let version = |v: Option<u32>| v.map_or_else(|| "?".to_owned(), |v| format!("V{v:02}"));
        let rows: Vec<[String; 3]> = self
            .tenants
            .iter()
            .map(|t| {
                let result = match &t.error {
                    None if t.applied.is_empty() => "ok (up to date)".to_owned(),
                    None => format!("ok ({} applied)", t.applied.len()),
                    Some(error) => format!("error: {error}"),
                };
                [
                    t.prefix.to_string(),
                    format!("{} → {}", version(t.from), version(t.reached)),
                    result,
                ]
            })
            .collect();
        let header = ["prefix", "from → to", "result"];
        let width = |i: usize| {
            rows.iter()
                .map(|row| row[i].chars().count())
                .chain([header[i].chars().count()])
                .max()
                .unwrap_or(0)
        };
        let (w0, w1) = (width(0), width(1));
        for row in [header.map(str::to_owned)].iter().chain(&rows) {
            writeln!(f, "{:<w0$} | {:<w1$} | {}", row[0], row[1], row[2])?;
        }
        let failed = self.failures().count();
        writeln!(
            f,
            "{}: {} ok, {failed} failed",
            crate::plural(self.tenants.len(), "tenant"),
            self.tenants.len() - failed
        )
    }
}

/// Some tenants did not reach the target; the others did.
#[derive(Debug)]
pub struct TenantsFailed {
    /// Every tenant's outcome, the failed ones and the others.
    pub summary: Summary,
}

impl fmt::Display for TenantsFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let failures: Vec<&TenantOutcome> = self.summary.failures().collect();
        write!(
            f,
            "{} of {} failed: ",
            failures.len(),
            crate::plural(self.summary.tenants.len(), "tenant")
        )?;
        for (i, tenant) in failures.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            let message = tenant.error.as_ref().map(ToString::to_string);
            match message {
                Some(m) if m.starts_with(&format!("prefix {}:", tenant.prefix)) => {
                    f.write_str(&m)?
                }
                Some(m) => write!(f, "prefix {}: {m}", tenant.prefix)?,
                None => write!(f, "prefix {}", tenant.prefix)?,
            }
        }
        Ok(())
    }
}

impl std::error::Error for TenantsFailed {}
