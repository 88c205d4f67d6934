//! Case 4: many tenant schemas in one database brought to the latest version, one after another
//! and four at a time.
//!
//! pk-runtime has no multi-tenant API yet, so this runs one `Migrator` per prefix itself:
//! serially on one connection, and as four tasks with a connection each, every task taking the
//! next prefix from a shared counter (what a `--jobs 4` would do).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use pk_runtime::phoenix_kit;
use sqlx::{Connection, PgConnection};

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
        "one connection, one Migrator per prefix (no multi-tenant API in pk-runtime yet)",
    ));
    report.row(Row::times(
        format!("4. {n} tenants 0→latest, {JOBS} jobs"),
        &parallel,
        "4 tasks, a connection each, taking the next prefix",
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

/// Migrates every prefix to the latest version in a new database with `jobs` concurrent tasks.
async fn in_jobs(server: &Server, prefixes: &[String], jobs: usize) -> Result<Duration, String> {
    let db = server.create_db().await?;
    let mut conns = Vec::new();
    for _ in 0..jobs {
        conns.push(server.connect(&db).await?);
    }
    let prefixes: Arc<[String]> = prefixes.into();
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let tasks: Vec<_> = conns
        .into_iter()
        .map(|conn| tokio::spawn(job(conn, Arc::clone(&prefixes), Arc::clone(&next))))
        .collect();
    let mut result = Ok(());
    for task in tasks {
        let outcome = task.await.context("tenant task").and_then(|r| r);
        result = result.and(outcome);
    }
    let took = started.elapsed();
    server.drop_db(db).await?;
    result.map(|()| took)
}

async fn job(
    mut conn: PgConnection,
    prefixes: Arc<[String]>,
    next: Arc<AtomicUsize>,
) -> Result<(), String> {
    loop {
        let index = next.fetch_add(1, Ordering::SeqCst);
        let Some(prefix) = prefixes.get(index) else {
            break;
        };
        phoenix_kit::migrator(prefix)
            .context("migrator")?
            .up(&mut conn, None)
            .await
            .context(format!("pk up {prefix}"))?;
    }
    conn.close().await.context("close")
}
