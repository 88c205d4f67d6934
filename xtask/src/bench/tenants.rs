//! Case 4: many tenant schemas in one database brought to the latest version, one after another
//! and four at a time.
//!
//! Both run `pk_runtime::Tenants::up`, what `pk up --prefix … --jobs N` runs: with one job, and
//! with four (a pool of four connections, each tenant a task under its own lock).

use std::time::{Duration, Instant};

use pk_runtime::phoenix_kit;
use sqlx::postgres::PgPoolOptions;

use super::cluster::Server;
use super::report::{Report, Row, Stats, Target, fmt_ratio};
use super::{Context, Plan, progress};

const JOBS: usize = 4;

/// The speed-up four jobs should reach over one.
const TARGET_SPEEDUP: f64 = 1.5;

pub async fn run(server: &Server, plan: &Plan, report: &mut Report) -> Result<(), String> {
    let prefixes: Vec<String> = (1..=plan.tenants)
        .map(|n| format!("tenant_{n:02}"))
        .collect();
    let mut serial = Vec::new();
    let mut parallel = Vec::new();
    let runs = plan.warmups + plan.tenant_runs;
    for run in 0..runs {
        // The warm-up migrates a few tenants only: the chain case has warmed the server already.
        let prefixes = if run < plan.warmups {
            &prefixes[..JOBS.min(prefixes.len())]
        } else {
            &prefixes[..]
        };
        progress(format!(
            "tenants: run {}/{runs}, {} tenants serially",
            run + 1,
            prefixes.len()
        ));
        let one = in_jobs(server, prefixes, 1).await?;
        progress(format!(
            "tenants: run {}/{runs}, {} tenants in {JOBS} jobs",
            run + 1,
            prefixes.len()
        ));
        let four = in_jobs(server, prefixes, JOBS).await?;
        if run >= plan.warmups {
            serial.push(one);
            parallel.push(four);
        }
    }
    let speedups: Vec<f64> = serial
        .iter()
        .zip(&parallel)
        .map(|(one, four)| one.as_secs_f64() / four.as_secs_f64())
        .collect();
    let n = prefixes.len();
    report.row(Row::times(
        format!("4. {n} tenants 0→latest, serial"),
        &serial,
        "Tenants::up with jobs(1) (pk up --jobs 1)",
    ));
    report.row(Row::times(
        format!("4. {n} tenants 0→latest, {JOBS} jobs"),
        &parallel,
        "Tenants::up with jobs(4) (pk up --jobs 4), a pool of 4 connections",
    ));
    report.row(Row::values(
        format!("4. throughput {JOBS} jobs / serial"),
        &speedups,
        fmt_ratio,
        "per pair of runs",
    ));
    if let Some(stats) = Stats::of(&speedups) {
        report.target(Target {
            name: format!("4. {n} tenants, {JOBS} jobs vs serial"),
            target: format!("≥ {TARGET_SPEEDUP:.1}× throughput"),
            measured: fmt_ratio(stats.median),
            met: stats.median >= TARGET_SPEEDUP,
        });
    }
    Ok(())
}

/// Migrates every prefix to the latest version in a new database as `pk up --jobs N` does:
/// `Tenants::up` over a pool of `jobs` connections, one task and lock per tenant.
async fn in_jobs(server: &Server, prefixes: &[String], jobs: usize) -> Result<Duration, String> {
    let db = server.create_db().await?;
    let pool = PgPoolOptions::new()
        .max_connections(jobs as u32)
        .connect(&server.url(&db))
        .await
        .context("pool")?;
    let tenants = phoenix_kit::tenants(prefixes)
        .context("tenants")?
        .jobs(jobs);
    let started = Instant::now();
    let summary = tenants.up(&pool, None).await;
    let took = started.elapsed();
    pool.close().await;
    server.drop_db(db).await?;
    summary.into_result().context("pk up of the tenants")?;
    Ok(took)
}
