//! Case 1: the whole chain 0→latest on an empty database, pk beside psql replaying PhoenixKit's
//! statements, alternating run by run so that both meet the same machine state.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use pk_runtime::Event;
use pk_runtime::phoenix_kit::{self, CHAIN};
use sqlx::Connection;

use super::cluster::Server;
use super::proxy::Counts;
use super::replay::{self, Reference, Replay};
use super::report::{Report, Row, Stats, Target, code_cell, fmt_duration, fmt_ratio, median};
use super::{Context, Plan, progress};

/// What the targets allow: pk's chain at most this many times psql's replay, and at most this
/// many times the sqlx-style replay of the same statements.
const TARGET_RATIO: f64 = 0.80;
const TARGET_RATIO_SQLX: f64 = 1.0;

/// PhoenixKit 1.7.71's own 0→82 on the reference machine (median of 5, migration call only).
const PHOENIX_KIT_SECS: f64 = 3.149;

pub async fn run(
    root: &Path,
    server: &Server,
    plan: &Plan,
    report: &mut Report,
) -> Result<(), String> {
    let latest = CHAIN.latest();
    let reference = Reference::load(root, latest)?;
    let script = std::env::temp_dir().join(format!("pk-bench-replay-{}.sql", std::process::id()));
    reference.write_script(&script, 1..=latest)?;

    let mut pk = Vec::new();
    let mut pk_versions = Vec::new();
    let mut replays = Vec::new();
    let mut sqlx_runs = Vec::new();
    let runs = plan.warmups + plan.chain_runs;
    for run in 0..runs {
        progress(format!(
            "chain: run {}/{runs}{}",
            run + 1,
            warmup_note(run, plan)
        ));
        let (took, versions) = pk_chain(server).await?;
        let replay = psql_chain(server, &script, reference.latest()).await?;
        let sqlx_took = sqlx_chain(server, &reference).await?;
        if run >= plan.warmups {
            pk.push(took);
            pk_versions.push(versions);
            replays.push(replay);
            sqlx_runs.push(sqlx_took);
        }
    }
    progress("chain: one more run of each through the counting relay");
    let profile = profile_pk(server).await?;
    let psql_trips = psql_round_trips(server, &script, reference.latest()).await?;
    let _ = std::fs::remove_file(&script);

    let session: Vec<Duration> = replays.iter().map(|r| r.session).collect();
    let process: Vec<Duration> = replays.iter().map(|r| r.process).collect();
    let ratios: Vec<f64> = pk
        .iter()
        .zip(&session)
        .map(|(pk, psql)| pk.as_secs_f64() / psql.as_secs_f64())
        .collect();
    report.row(Row::times(
        format!("1. 0→{latest}, pk (in-process, release build)"),
        &pk,
        format!("PhoenixKit 1.7.71 on the reference machine: {PHOENIX_KIT_SECS:.2} s"),
    ));
    report.row(Row::times(
        format!("1. 0→{latest}, psql replay, one session"),
        &session,
        "reported: BEGIN…COMMIT per version, timed inside the session",
    ));
    report.row(Row::times(
        format!("1. 0→{latest}, psql replay, whole process"),
        &process,
        "the same run with psql's start-up and connection",
    ));
    report.row(Row::times(
        format!("1. 0→{latest}, sqlx-style replay (in process)"),
        &sqlx_runs,
        "the same statements as sqlx migrate run applies a directory: raw_sql per version in its transaction, _sqlx_migrations, advisory lock",
    ));
    report.row(Row::values(
        "1. ratio pk / psql session",
        &ratios,
        fmt_ratio,
        "per pair of runs",
    ));
    let sqlx_ratios: Vec<f64> = pk
        .iter()
        .zip(&sqlx_runs)
        .map(|(pk, sqlx)| pk.as_secs_f64() / sqlx.as_secs_f64())
        .collect();
    report.row(Row::values(
        "1. ratio pk / sqlx-style replay",
        &sqlx_ratios,
        fmt_ratio,
        "per pair of runs",
    ));
    if let Some(stats) = Stats::of(&sqlx_ratios) {
        report.target(Target {
            name: "1. full chain vs sqlx-style replay".into(),
            target: format!("≤ {TARGET_RATIO_SQLX:.2}×"),
            measured: format!(
                "{} (pk {} / sqlx-style {})",
                fmt_ratio(stats.median),
                fmt_duration(median(&pk)),
                fmt_duration(median(&sqlx_runs))
            ),
            met: stats.median <= TARGET_RATIO_SQLX,
        });
    }
    if let Some(stats) = Stats::of(&ratios) {
        report.target(Target {
            name: "1. full chain vs psql replay".into(),
            target: format!("≤ {TARGET_RATIO:.2}×"),
            measured: format!(
                "{} (pk {} / psql {})",
                fmt_ratio(stats.median),
                fmt_duration(median(&pk)),
                fmt_duration(median(&session))
            ),
            met: stats.median <= TARGET_RATIO,
        });
    }
    report.section(
        "1. Where the chain's time goes",
        describe_profile(&profile, psql_trips, &pk_versions, &replays),
    );
    Ok(())
}

fn warmup_note(run: usize, plan: &Plan) -> &'static str {
    if run < plan.warmups { " (warm-up)" } else { "" }
}

/// pk's 0→latest on a new database: the whole call, and each version's transaction.
async fn pk_chain(server: &Server) -> Result<(Duration, Vec<Duration>), String> {
    let db = server.create_db().await?;
    let mut conn = server.connect(&db).await?;
    let migrator = phoenix_kit::migrator("public").context("migrator")?;
    let mut versions = vec![Duration::ZERO; CHAIN.latest() as usize];
    let started = Instant::now();
    migrator
        .up_with(&mut conn, None, &mut |event| {
            if let Event::VersionFinished {
                version, elapsed, ..
            } = event
            {
                versions[version.number as usize - 1] = *elapsed;
            }
        })
        .await
        .context("pk up")?;
    let took = started.elapsed();
    conn.close().await.context("close")?;
    server.drop_db(db).await?;
    Ok((took, versions))
}

/// The sqlx-style replay on a new database, checked to end at the latest version.
async fn sqlx_chain(server: &Server, reference: &Reference) -> Result<Duration, String> {
    let db = server.create_db().await?;
    let mut conn = server.connect(&db).await?;
    let took = super::sqlx_replay::apply(&mut conn, reference).await?;
    let reached = phoenix_kit::migrator("public")
        .context("migrator")?
        .current_version(&mut conn)
        .await
        .context("version after the sqlx-style replay")?;
    conn.close().await.context("close")?;
    server.drop_db(db).await?;
    if reached != reference.latest() {
        return Err(format!(
            "the sqlx-style replay ended at V{reached}, not V{}",
            reference.latest()
        ));
    }
    Ok(took)
}

/// psql's replay on a new database, checked to end at the latest version.
async fn psql_chain(server: &Server, script: &Path, versions: u32) -> Result<Replay, String> {
    let db = server.create_db().await?;
    let (url, script) = (server.url(&db), script.to_owned());
    let replay = tokio::task::spawn_blocking(move || replay::psql(&url, &script, versions))
        .await
        .context("psql task")??;
    let mut conn = server.connect(&db).await?;
    let reached = phoenix_kit::migrator("public")
        .context("migrator")?
        .current_version(&mut conn)
        .await
        .context("version after the replay")?;
    conn.close().await.context("close")?;
    server.drop_db(db).await?;
    if reached != versions {
        return Err(format!(
            "the psql replay ended at V{reached}, not V{versions}"
        ));
    }
    Ok(replay)
}

/// One version of pk's profiled run.
#[derive(Debug, Clone, Default)]
struct VersionProfile {
    round_trips: u64,
    statements: u32,
    skipped: u32,
    statement_time: Duration,
}

#[derive(Debug)]
struct Profile {
    versions: Vec<VersionProfile>,
    /// Every statement: its time, its version, its SQL.
    statements: Vec<(Duration, u32, String)>,
    total: Counts,
    elapsed: Duration,
}

/// pk's chain once more, through the relay: round trips, statements and skipped guards per version.
async fn profile_pk(server: &Server) -> Result<Profile, String> {
    let db = server.create_db().await?;
    let mut conn = server.connect_relayed(&db).await?;
    let migrator = phoenix_kit::migrator("public").context("migrator")?;
    let proxy = server.proxy();
    let mut versions = vec![VersionProfile::default(); CHAIN.latest() as usize];
    let mut statements = Vec::new();
    let mut current = 0;
    let mut at_start = proxy.counts();
    let before = at_start;
    let started = Instant::now();
    migrator
        .up_with(&mut conn, None, &mut |event| match event {
            Event::VersionStarted { version, .. } => {
                current = version.number as usize - 1;
                at_start = proxy.counts();
            }
            Event::Statement { sql, elapsed } => {
                versions[current].statements += 1;
                // Timed alone (a data step written in Rust); the rest are timed by their batch.
                if let Some(elapsed) = elapsed {
                    versions[current].statement_time += *elapsed;
                    statements.push((*elapsed, current as u32 + 1, (*sql).to_owned()));
                }
            }
            Event::Batch {
                statements: count,
                elapsed,
            } => {
                versions[current].statement_time += *elapsed;
                statements.push((
                    *elapsed,
                    current as u32 + 1,
                    format!("{count} statements sent as one query"),
                ));
            }
            Event::Skipped { .. } => versions[current].skipped += 1,
            Event::VersionFinished { .. } => {
                versions[current].round_trips = (proxy.counts() - at_start).round_trips;
            }
            _ => {}
        })
        .await
        .context("pk up through the relay")?;
    let elapsed = started.elapsed();
    let total = proxy.counts() - before;
    conn.close().await.context("close")?;
    server.drop_db(db).await?;
    Ok(Profile {
        versions,
        statements,
        total,
        elapsed,
    })
}

/// psql's replay once more, through the relay.
async fn psql_round_trips(server: &Server, script: &Path, versions: u32) -> Result<Counts, String> {
    let db = server.create_db().await?;
    let (conninfo, script) = (server.relayed_conninfo(&db), script.to_owned());
    let before = server.proxy().counts();
    tokio::task::spawn_blocking(move || replay::psql(&conninfo, &script, versions))
        .await
        .context("psql task")??;
    let counts = server.proxy().counts() - before;
    server.drop_db(db).await?;
    Ok(counts)
}

fn describe_profile(
    profile: &Profile,
    psql: Counts,
    pk_runs: &[Vec<Duration>],
    replays: &[Replay],
) -> String {
    let total = profile.total;
    let statements: u32 = profile.versions.iter().map(|v| v.statements).sum();
    let skipped: u32 = profile.versions.iter().map(|v| v.skipped).sum();
    let statement_time: Duration = profile.versions.iter().map(|v| v.statement_time).sum();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Round trips on the wire (one run each through the counting relay): pk **{}** \
         ({} simple-protocol queries: BEGIN, COMMIT, per version its lock and marker read and its \
         batches of statements, guards and marker; {} executions of prepared statements, by data \
         steps written in Rust and the like; {} of them first prepared), psql **{}** ({} queries). pk ran {statements} statements and skipped {skipped} \
         whose guard found them done; its queries of statements took {} of the run's {} as \
         seen by the client, the rest is BEGIN, the lock and marker read, COMMIT and client time.\n",
        total.round_trips,
        total.queries,
        total.executes,
        total.parses,
        psql.round_trips,
        psql.queries,
        fmt_duration(statement_time),
        fmt_duration(profile.elapsed),
    );
    let versions = profile.versions.len();
    let pk_median: Vec<Duration> = (0..versions)
        .map(|v| median(&pk_runs.iter().map(|run| run[v]).collect::<Vec<_>>()))
        .collect();
    let psql_median: Vec<Duration> = (0..versions)
        .map(|v| median(&replays.iter().map(|r| r.versions[v]).collect::<Vec<_>>()))
        .collect();
    let mut order: Vec<usize> = (0..versions).collect();
    order.sort_by_key(|&v| std::cmp::Reverse(pk_median[v].saturating_sub(psql_median[v])));
    out.push_str(
        "The versions where pk loses most to the replay (medians of the timed runs; a version's \
         time is its transaction, BEGIN to COMMIT):\n\n\
         | version | pk | psql | pk − psql | pk round trips | pk statements | skipped |\n\
         |---|---:|---:|---:|---:|---:|---:|\n",
    );
    for &v in order.iter().take(12) {
        let p = &profile.versions[v];
        let _ = writeln!(
            out,
            "| V{:02} {} | {} | {} | {} | {} | {} | {} |",
            v + 1,
            CHAIN
                .version(v as u32 + 1)
                .map_or("", |version| version.title),
            fmt_duration(pk_median[v]),
            fmt_duration(psql_median[v]),
            fmt_duration(pk_median[v].saturating_sub(psql_median[v])),
            p.round_trips,
            p.statements,
            p.skipped,
        );
    }
    let faster = (0..versions)
        .filter(|&v| pk_median[v] < psql_median[v])
        .count();
    let _ = writeln!(
        out,
        "\npk is faster than the replay in {faster} of {versions} versions."
    );
    let mut slowest: Vec<&(Duration, u32, String)> = profile.statements.iter().collect();
    slowest.sort_by_key(|(elapsed, ..)| std::cmp::Reverse(*elapsed));
    out.push_str("\npk's slowest queries in the profiled run (a version's statements go to the server as one \
         query, timed as a whole; a data step written in Rust is timed alone):\n\n\
         | time | version | query |\n|---:|---|---|\n");
    for (elapsed, version, sql) in slowest.into_iter().take(10) {
        let _ = writeln!(
            out,
            "| {} | V{version:02} | {} |",
            fmt_duration(*elapsed),
            code_cell(sql)
        );
    }
    out
}
