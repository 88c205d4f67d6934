//! Case 4: many tenant schemas in one database brought to the latest version, one after another
//! and four at a time.
//!
//! Both run `pk_runtime::Tenants::up_with`, what `pk up --prefix … --jobs N` runs: with one job,
//! and with four (a pool of four connections, each tenant a task under its own lock). Reported:
//! the times, tenants per second, pk's peak memory (resident set high-water mark of this process,
//! reset before each run), and how the time per tenant grows with the tenants already installed
//! (the catalog grows with them): the last 50 tenants against the first 50 of the serial runs.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pk_runtime::{Event, phoenix_kit};
use sqlx::postgres::PgPoolOptions;

use super::cluster::Server;
use super::report::{Report, Row, Stats, Target, fmt_ratio};
use super::{Context, Plan, progress};

const JOBS: usize = 4;

/// The speed-up four jobs should reach over one.
const TARGET_SPEEDUP: f64 = 2.0;

/// How many tenants at each end the growth of the time per tenant compares.
const ENDS: usize = 50;

/// The time per tenant of the last tenants may be at most this many times the first ones'.
const TARGET_GROWTH: f64 = 1.2;

/// One run: its time, the time each tenant took (in the order they finished), and pk's peak
/// resident memory in KiB (when the kernel reports it).
struct Run {
    took: Duration,
    per_tenant: Vec<Duration>,
    peak_kib: Option<u64>,
}

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
        .map(|(one, four)| one.took.as_secs_f64() / four.took.as_secs_f64())
        .collect();
    let n = prefixes.len();
    let times = |runs: &[Run]| runs.iter().map(|r| r.took).collect::<Vec<_>>();
    report.row(Row::times(
        format!("4. {n} tenants 0→latest, serial"),
        &times(&serial),
        "Tenants::up with jobs(1) (pk up --jobs 1)",
    ));
    report.row(Row::times(
        format!("4. {n} tenants 0→latest, {JOBS} jobs"),
        &times(&parallel),
        "Tenants::up with jobs(4) (pk up --jobs 4), a pool of 4 connections",
    ));
    for (label, runs) in [("serial", &serial), ("4 jobs", &parallel)] {
        let rates: Vec<f64> = runs
            .iter()
            .map(|r| n as f64 / r.took.as_secs_f64())
            .collect();
        report.row(Row::values(
            format!("4. tenants per second, {label}"),
            &rates,
            |v| format!("{v:.2}/s"),
            "tenants brought 0→latest per second of the run",
        ));
        let peaks: Vec<f64> = runs
            .iter()
            .filter_map(|r| r.peak_kib)
            .map(|k| k as f64)
            .collect();
        report.row(Row::values(
            format!("4. pk's peak memory, {label}"),
            &peaks,
            |kib| format!("{:.1} MiB", kib / 1024.0),
            "VmHWM of the benchmark process (pk in process), reset before the run",
        ));
    }
    if n >= 2 * ENDS {
        let growth: Vec<f64> = serial
            .iter()
            .map(|r| {
                let mean = |d: &[Duration]| {
                    d.iter().map(Duration::as_secs_f64).sum::<f64>() / d.len() as f64
                };
                mean(&r.per_tenant[r.per_tenant.len() - ENDS..]) / mean(&r.per_tenant[..ENDS])
            })
            .collect();
        report.row(Row::values(
            format!("4. time per tenant, last {ENDS} / first {ENDS} (serial)"),
            &growth,
            fmt_ratio,
            "how the time per tenant grows with the tenants already installed",
        ));
        if let Some(stats) = Stats::of(&growth) {
            report.target(Target {
                name: format!("4. {n} tenants, time per tenant, last {ENDS} vs first {ENDS}"),
                target: format!("≤ {TARGET_GROWTH:.1}×"),
                measured: fmt_ratio(stats.median),
                met: stats.median <= TARGET_GROWTH,
            });
        }
    }
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
/// `Tenants::up_with` over a pool of `jobs` connections, one task and lock per tenant.
async fn in_jobs(server: &Server, prefixes: &[String], jobs: usize) -> Result<Run, String> {
    let db = server.create_db().await?;
    let pool = PgPoolOptions::new()
        .max_connections(jobs as u32)
        .connect(&server.url(&db))
        .await
        .context("pool")?;
    let tenants = phoenix_kit::tenants(prefixes)
        .context("tenants")?
        .jobs(jobs);
    let latest = phoenix_kit::CHAIN.latest();
    let started_at: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let finished: Arc<Mutex<Vec<Duration>>> = Arc::default();
    let (starts, ends) = (Arc::clone(&started_at), Arc::clone(&finished));
    let observe: pk_runtime::tenants::Observer = Arc::new(move |prefix, event| match event {
        Event::Plan { .. } => {
            starts
                .lock()
                .unwrap()
                .insert(prefix.to_string(), Instant::now());
        }
        Event::VersionFinished { version, .. } if version.number == latest => {
            if let Some(start) = starts.lock().unwrap().get(prefix.as_str()) {
                ends.lock().unwrap().push(start.elapsed());
            }
        }
        _ => {}
    });
    reset_peak_memory();
    let started = Instant::now();
    let summary = tenants.up_with(&pool, None, observe).await;
    let took = started.elapsed();
    let peak_kib = peak_memory_kib();
    pool.close().await;
    server.drop_db(db).await?;
    summary.into_result().context("pk up of the tenants")?;
    let per_tenant = finished.lock().unwrap().clone();
    if per_tenant.len() != prefixes.len() {
        return Err(format!(
            "{} of {} tenants reported their last version",
            per_tenant.len(),
            prefixes.len()
        ));
    }
    Ok(Run {
        took,
        per_tenant,
        peak_kib,
    })
}

/// Resets this process's resident-set high-water mark (Linux: `5` to /proc/self/clear_refs).
fn reset_peak_memory() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// This process's resident-set high-water mark in KiB (Linux: VmHWM in /proc/self/status).
fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}
