//! Case 2: `up` on a database already at the latest version, the call every application start
//! makes: its time and its round trips, on a new connection and on one used before.

use std::time::{Duration, Instant};

use pk_runtime::Migrator;
use pk_runtime::phoenix_kit;
use sqlx::{Connection, PgConnection};

use super::cluster::{Db, Server};
use super::proxy::Counts;
use super::report::{Report, Row, Target, fmt_count, fmt_duration, median};
use super::{Context, Plan, progress};

/// The time the target allows.
const TARGET: Duration = Duration::from_millis(5);

/// The version read as one simple-protocol query, for comparison: what a new connection would pay
/// if the marker query were not prepared first.
const MARKER_SIMPLE: &str = "SELECT pg_catalog.obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c \
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
     WHERE n.nspname = 'public' AND c.relname = 'phoenix_kit' AND c.relkind IN ('r', 'p')";

pub async fn run(server: &Server, plan: &Plan, report: &mut Report) -> Result<(), String> {
    progress("noop: installing the latest version");
    let db = server.create_db().await?;
    let migrator = phoenix_kit::migrator("public").context("migrator")?;
    let mut conn = server.connect(&db).await?;
    migrator.up(&mut conn, None).await.context("pk up")?;
    conn.close().await.context("close")?;

    let runs = plan.warmups + plan.noop_runs;
    progress(format!(
        "noop: {runs} calls on new connections, {runs} on one connection"
    ));
    let mut fresh = Vec::new();
    for run in 0..runs {
        let mut conn = server.connect(&db).await?;
        let took = noop_up(&migrator, &mut conn).await?;
        conn.close().await.context("close")?;
        if run >= plan.warmups {
            fresh.push(took);
        }
    }
    let mut used = Vec::new();
    let mut conn = server.connect(&db).await?;
    for run in 0..runs {
        let took = noop_up(&migrator, &mut conn).await?;
        if run >= plan.warmups {
            used.push(took);
        }
    }
    conn.close().await.context("close")?;
    let mut simple = Vec::new();
    for run in 0..runs {
        let mut conn = server.connect(&db).await?;
        let started = Instant::now();
        sqlx::raw_sql(MARKER_SIMPLE)
            .execute(&mut conn)
            .await
            .context("marker query")?;
        if run >= plan.warmups {
            simple.push(started.elapsed());
        }
        conn.close().await.context("close")?;
    }

    let trips = round_trips(server, &db, &migrator).await?;
    server.drop_db(db).await?;

    report.row(Row::times(
        "2. no-op up, new connection",
        &fresh,
        format!(
            "{} round trips: {} Parse/Describe + {} Execute, no lock taken",
            trips.fresh.round_trips, trips.fresh.parses, trips.fresh.executes
        ),
    ));
    report.row(Row::times(
        "2. no-op up, connection used before",
        &used,
        format!(
            "{} round trip ({} Parse/Describe + {} Execute: the version query goes over the simple protocol)",
            trips.used.round_trips, trips.used.parses, trips.used.executes
        ),
    ));
    report.row(Row::times(
        "2. the version query alone, simple protocol, new connection",
        &simple,
        format!("{} round trip; for comparison", trips.simple.round_trips),
    ));
    report.row(Row::values(
        "2. no-op up round trips (new / used connection)",
        &[
            trips.fresh.round_trips as f64,
            trips.used.round_trips as f64,
        ],
        fmt_count,
        "PhoenixKit: BEGIN, 2 catalog queries, COMMIT (its migration transaction)",
    ));
    let slowest = median(&fresh).max(median(&used));
    report.target(Target {
        name: "2. no-op up".into(),
        target: format!("1 round trip for the version check (+ lock), < {}", fmt_duration(TARGET)),
        measured: format!(
            "{} on a used connection, {} on a new one (one simple-protocol query, nothing prepared); no lock; median {} / {}",
            trips.used.round_trips,
            trips.fresh.round_trips,
            fmt_duration(median(&used)),
            fmt_duration(median(&fresh))
        ),
        met: trips.used.round_trips == 1 && trips.fresh.round_trips <= 2 && slowest < TARGET,
    });
    Ok(())
}

async fn noop_up(migrator: &Migrator, conn: &mut PgConnection) -> Result<Duration, String> {
    let started = Instant::now();
    let applied = migrator.up(conn, None).await.context("pk up")?;
    let took = started.elapsed();
    if !applied.versions.is_empty() {
        return Err(format!("the no-op up applied {:?}", applied.versions));
    }
    Ok(took)
}

#[derive(Debug)]
struct Trips {
    fresh: Counts,
    used: Counts,
    simple: Counts,
}

/// Round trips of one no-op up on a new connection, a second one on the same connection, and of
/// the simple-protocol version query on a new connection.
async fn round_trips(server: &Server, db: &Db, migrator: &Migrator) -> Result<Trips, String> {
    let proxy = server.proxy();
    let mut conn = server.connect_relayed(db).await?;
    let before = proxy.counts();
    noop_up(migrator, &mut conn).await?;
    let between = proxy.counts();
    noop_up(migrator, &mut conn).await?;
    let after = proxy.counts();
    conn.close().await.context("close")?;

    let mut conn = server.connect_relayed(db).await?;
    let start = proxy.counts();
    sqlx::raw_sql(MARKER_SIMPLE)
        .execute(&mut conn)
        .await
        .context("marker query")?;
    let simple = proxy.counts() - start;
    conn.close().await.context("close")?;
    Ok(Trips {
        fresh: between - before,
        used: after - between,
        simple,
    })
}
