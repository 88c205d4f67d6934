//! Case 3: V39→V40 on a large user base (1,000,000 users and as many tokens), while two other
//! sessions read and insert users every 50 ms and record how long they are kept waiting.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use pk_runtime::Event;
use pk_runtime::phoenix_kit;
use sqlx::{Connection, Executor, PgConnection};

use super::cluster::{Db, Server};
use super::replay::{self, Reference};
use super::report::{Report, Row, Stats, Target, code_cell, fmt_duration, fmt_secs, median};
use super::{Context, Plan, progress};

/// PhoenixKit 1.7.71's V39→V40 on 1M + 1M rows on the reference machine (median of 3).
const PHOENIX_KIT: Duration = Duration::from_millis(16_118);

/// The longest wait the opt-in online mode may impose on another session.
const ONLINE_TARGET: Duration = Duration::from_secs(1);

/// How often each probe tries, and how long one attempt may wait for a lock.
const PROBE_EVERY: Duration = Duration::from_millis(50);
const PROBE_SETTINGS: &str = "SET lock_timeout = '100ms'; SET statement_timeout = '2s'";

/// The size the reference timing used; other sizes are reported but not held to its target.
const REFERENCE_ROWS: u64 = 1_000_000;

pub async fn run(
    root: &Path,
    server: &Server,
    plan: &Plan,
    report: &mut Report,
) -> Result<(), String> {
    let rows = plan.v40_rows;
    let reference = Reference::load(root, 40)?;
    let script = std::env::temp_dir().join(format!("pk-bench-v40-{}.sql", std::process::id()));
    reference.write_script(&script, 40..=40)?;
    progress(format!(
        "v40: building a V39 database with {rows} users and {rows} tokens (once)"
    ));
    let template = server.create_db().await?;
    let mut conn = server.connect(&template).await?;
    phoenix_kit::migrator("public")
        .context("migrator")?
        .up(&mut conn, Some(39))
        .await
        .context("pk up to V39")?;
    load(&mut conn, rows).await?;
    conn.close().await.context("close")?;

    let runs = plan.warmups + plan.v40_runs;
    let subjects = [Subject::Pk, Subject::PhoenixKit(&script), Subject::PkOnline];
    let mut outcomes: Vec<Vec<Outcome>> = subjects.iter().map(|_| Vec::new()).collect();
    for run in 0..runs {
        for (&subject, outcomes) in subjects.iter().zip(&mut outcomes) {
            progress(format!("v40: run {}/{runs}, {}", run + 1, subject.name()));
            let db = server.copy_db(&template).await?;
            let outcome = one_run(server, &db, rows, subject).await;
            server.drop_db(db).await?;
            if run >= plan.warmups {
                outcomes.push(outcome?);
            }
        }
    }
    server.drop_db(template).await?;
    let _ = std::fs::remove_file(&script);

    let size = if rows == REFERENCE_ROWS {
        "1M".to_owned()
    } else {
        rows.to_string()
    };
    for (&subject, outcomes) in subjects.iter().zip(&outcomes) {
        let name = subject.name();
        let times: Vec<Duration> = outcomes.iter().map(|o| o.took).collect();
        report.row(Row::times(
            format!("3. V39→V40, {size} users + {size} tokens, {name}"),
            &times,
            subject.note(),
        ));
        for (what, pick) in [
            (
                "a SELECT of one user",
                (|o| &o.select) as fn(&Outcome) -> &Probe,
            ),
            ("an INSERT of a user", |o| &o.insert),
        ] {
            let waits: Vec<Duration> = outcomes.iter().map(|o| pick(o).longest).collect();
            let (failures, attempts) = outcomes.iter().fold((0, 0), |(f, a), o| {
                (f + pick(o).failures, a + pick(o).attempts)
            });
            report.row(Row::times(
                format!("3. … {name}: longest wait of {what}"),
                &waits,
                format!("{failures} of {attempts} probes gave up after lock_timeout 100 ms"),
            ));
        }
    }

    let [pk, phoenix_kit, online] = [0, 1, 2].map(|i| &outcomes[i]);
    let time = |outcomes: &[Outcome]| median(&outcomes.iter().map(|o| o.took).collect::<Vec<_>>());
    let blocked = |outcomes: &[Outcome]| {
        outcomes
            .iter()
            .flat_map(|o| [o.select.longest, o.insert.longest])
            .max()
            .unwrap_or_default()
    };
    if rows == REFERENCE_ROWS {
        report.target(Target {
            name: "3. V39→V40 on 1M + 1M rows".into(),
            target: format!(
                "≤ PhoenixKit's {} (reference machine)",
                fmt_duration(PHOENIX_KIT)
            ),
            measured: fmt_duration(time(pk)),
            met: time(pk) <= PHOENIX_KIT,
        });
    }
    report.target(Target {
        name: format!("3. V39→V40 ({size} rows), same run"),
        target: "≤ PhoenixKit's statements replayed on the same data".into(),
        measured: format!(
            "pk {} / PhoenixKit {}",
            fmt_duration(time(pk)),
            fmt_duration(time(phoenix_kit))
        ),
        met: time(pk) <= time(phoenix_kit),
    });
    report.target(Target {
        name: format!("3. other sessions blocked during V40 ({size} rows)"),
        target: format!("≤ {} in an opt-in online mode", fmt_duration(ONLINE_TARGET)),
        measured: format!(
            "pk --online: {} in {} (without it: {}, the version's transaction holds ACCESS \
             EXCLUSIVE on both tables during the backfill)",
            fmt_duration(blocked(online)),
            fmt_duration(time(online)),
            fmt_duration(blocked(pk)),
        ),
        met: blocked(online) <= ONLINE_TARGET,
    });
    if let Some(slowest) = pk.iter().max_by_key(|o| o.took) {
        let times: Vec<Duration> = pk.iter().map(|o| o.took).collect();
        report.section(
            "3. Where V40's time goes",
            describe_statements(slowest, &times),
        );
    }
    Ok(())
}

/// What migrates the copy of the V39 database.
#[derive(Debug, Clone, Copy)]
enum Subject<'a> {
    Pk,
    /// psql replaying PhoenixKit's V40 statements from this script.
    PhoenixKit(&'a Path),
    /// pk with `Migrator::online(true)` (`pk up --online`).
    PkOnline,
}

impl Subject<'_> {
    fn name(self) -> &'static str {
        match self {
            Subject::Pk => "pk",
            Subject::PhoenixKit(_) => "PhoenixKit's statements (psql)",
            Subject::PkOnline => "pk --online",
        }
    }

    fn note(self) -> String {
        match self {
            Subject::Pk => format!(
                "PhoenixKit 1.7.71 on the reference machine: {}",
                fmt_duration(PHOENIX_KIT)
            ),
            Subject::PhoenixKit(_) => {
                "sql/v40.up.sql without its catalog queries, in one transaction".into()
            }
            Subject::PkOnline => {
                "uuid columns added, filled in transactions sized to 500 ms each, indexed \
                concurrently and made NOT NULL through a validated CHECK before the version's \
                transaction"
                    .into()
            }
        }
    }
}

/// Users and one session token each, as the reference timing loaded them, then analyzed.
async fn load(conn: &mut PgConnection, rows: u64) -> Result<(), String> {
    let statements = [
        format!(
            "INSERT INTO public.phoenix_kit_users \
             (email, hashed_password, first_name, last_name, confirmed_at, inserted_at, updated_at) \
             SELECT 'user' || i || '@example.com', '$2b$12$' || md5(i::text) || md5(i::text || 'pepper'), \
             'First' || i, 'Last' || i, now(), now(), now() FROM generate_series(1, {rows}) AS i"
        ),
        "INSERT INTO public.phoenix_kit_users_tokens (user_id, token, context, inserted_at) \
         SELECT u.id, sha256(int8send(u.id)), 'session', now() FROM public.phoenix_kit_users u"
            .to_owned(),
        "VACUUM ANALYZE public.phoenix_kit_users".to_owned(),
        "VACUUM ANALYZE public.phoenix_kit_users_tokens".to_owned(),
    ];
    for sql in &statements {
        conn.execute(sql.as_str()).await.context("loading users")?;
    }
    Ok(())
}

#[derive(Debug)]
struct Outcome {
    took: Duration,
    select: Probe,
    insert: Probe,
    statements: Vec<(Duration, String)>,
}

/// What one probing session saw.
#[derive(Debug, Default, Clone, Copy)]
struct Probe {
    attempts: u32,
    /// Attempts that gave up waiting for a lock.
    failures: u32,
    /// From the start of the first attempt that could not proceed to the end of the next one
    /// that succeeded (or a successful attempt's own time): the longest the session was kept
    /// from reading or inserting a user.
    longest: Duration,
}

#[derive(Debug, Clone, Copy)]
enum ProbeKind {
    Select,
    Insert,
}

async fn one_run(
    server: &Server,
    db: &Db,
    rows: u64,
    subject: Subject<'_>,
) -> Result<Outcome, String> {
    let mut conn = server.connect(db).await?;
    conn.execute("CHECKPOINT").await.context("checkpoint")?;
    let stop = Arc::new(AtomicBool::new(false));
    let select = tokio::spawn(probe(
        server.connect(db).await?,
        ProbeKind::Select,
        rows,
        Arc::clone(&stop),
    ));
    let insert = tokio::spawn(probe(
        server.connect(db).await?,
        ProbeKind::Insert,
        rows,
        Arc::clone(&stop),
    ));
    // Let both probes run a few times before and after the migration.
    tokio::time::sleep(4 * PROBE_EVERY).await;
    let mut statements = Vec::new();
    let (migrated, took) = match subject {
        Subject::Pk | Subject::PkOnline => {
            let started = Instant::now();
            let migrated = phoenix_kit::migrator("public")
                .context("migrator")?
                .online(matches!(subject, Subject::PkOnline))
                .up_with(&mut conn, Some(40), &mut |event| match event {
                    Event::Statement {
                        sql,
                        elapsed: Some(elapsed),
                    } => statements.push((*elapsed, (*sql).to_owned())),
                    Event::Batch {
                        statements: count,
                        elapsed,
                    } => statements.push((
                        *elapsed,
                        format!("{count} statements of the version, sent as one query"),
                    )),
                    _ => {}
                })
                .await
                .map(|_| ())
                .context("pk up to V40");
            (migrated, started.elapsed())
        }
        Subject::PhoenixKit(script) => {
            let (url, script) = (server.url(db), script.to_owned());
            match tokio::task::spawn_blocking(move || replay::psql(&url, &script, 1))
                .await
                .context("psql task")
                .and_then(|r| r)
            {
                Ok(replay) => (Ok(()), replay.session),
                Err(e) => (Err(e), Duration::ZERO),
            }
        }
    };
    tokio::time::sleep(4 * PROBE_EVERY).await;
    stop.store(true, Ordering::SeqCst);
    let select = select.await.context("select probe")??;
    let insert = insert.await.context("insert probe")??;
    migrated?;
    conn.close().await.context("close")?;
    Ok(Outcome {
        took,
        select,
        insert,
        statements,
    })
}

/// Reads (or inserts) one user every [`PROBE_EVERY`] until `stop`, each attempt giving up
/// after a short lock wait.
async fn probe(
    mut conn: PgConnection,
    kind: ProbeKind,
    rows: u64,
    stop: Arc<AtomicBool>,
) -> Result<Probe, String> {
    conn.execute(PROBE_SETTINGS)
        .await
        .context("probe settings")?;
    let mut ticker = tokio::time::interval(PROBE_EVERY);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut result = Probe::default();
    let mut blocked_since: Option<Instant> = None;
    let mut n: u64 = 0;
    while !stop.load(Ordering::SeqCst) {
        ticker.tick().await;
        n += 1;
        // Plain SQL over the simple protocol: no prepared plan to invalidate when V40 alters the table.
        let sql = match kind {
            ProbeKind::Select => format!(
                "SELECT email FROM public.phoenix_kit_users WHERE id = {}",
                1 + n * 7919 % rows
            ),
            ProbeKind::Insert => format!(
                "INSERT INTO public.phoenix_kit_users (email, hashed_password, inserted_at, updated_at) \
                 VALUES ('probe-{n}@example.com', 'x', now(), now())"
            ),
        };
        let started = Instant::now();
        let outcome = conn.execute(sql.as_str()).await;
        result.attempts += 1;
        match outcome {
            Ok(_) => {
                let since = blocked_since.take().unwrap_or(started);
                result.longest = result.longest.max(since.elapsed());
            }
            Err(e) if gave_up(&e) => {
                result.failures += 1;
                blocked_since.get_or_insert(started);
            }
            Err(e) => return Err(format!("{kind:?} probe: {e}")),
        }
    }
    if let Some(since) = blocked_since {
        result.longest = result.longest.max(since.elapsed());
    }
    conn.close().await.context("close")?;
    Ok(result)
}

/// lock_timeout (55P03) or statement_timeout (57014).
fn gave_up(error: &sqlx::Error) -> bool {
    matches!(error, sqlx::Error::Database(e) if matches!(e.code().as_deref(), Some("55P03" | "57014")))
}

fn describe_statements(outcome: &Outcome, times: &[Duration]) -> String {
    let mut statements = outcome.statements.clone();
    statements.sort_by_key(|(elapsed, _)| std::cmp::Reverse(*elapsed));
    let total: Duration = statements.iter().map(|(d, _)| *d).sum();
    let spread = Stats::of_times(times).map_or(String::new(), |s| {
        format!(" (runs: {} … {})", fmt_secs(s.min), fmt_secs(s.max))
    });
    let mut out = format!(
        "The slowest timed run{spread}: {} timed queries (statements sent alone, and the \
         version's statements sent as one query), {} of its {}; the longest:\n\n\
         | time | query |\n|---:|---|\n",
        statements.len(),
        fmt_duration(total),
        fmt_duration(outcome.took),
    );
    for (elapsed, sql) in statements.iter().take(8) {
        let _ = writeln!(out, "| {} | {} |", fmt_duration(*elapsed), code_cell(sql));
    }
    out
}
