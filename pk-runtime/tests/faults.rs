//! Faults that are not pk's own process dying, against real PostgreSQL: its connection
//! terminated by the server mid-version, the server crashing, an online preparation interrupted,
//! a role whose timeouts would cut a version, and the classification of the errors these give
//! (lost connection, transient, permanent) that `pk up --retries` relies on.
//!
//! Soak counts: `PK_SOAK_TERMINATIONS` (default 8), `PK_SOAK_CRASHES` (default 2: one plain
//! `up`, one `up --retries`), `PK_SOAK_ONLINE_KILLS` (default 4: SIGKILL and termination, each
//! followed by a plain and an online `up`). `PK_SOAK_SEED` replays a run (each test prints its
//! seed).

mod common;

use std::io::{BufRead as _, BufReader};
use std::time::{Duration, Instant};

use common::{
    SplitMix, Timings, assert_conformant, connect, current_version, env_number, follow, run_pk,
    seed, spawn_pk, stderr, stdout, wait_for_sessions_to_end, with_user,
};
use pk_devdb::LocalCluster;
use pk_runtime::Error;
use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_tests::{TestDb, assert_snapshot_eq, clone_db, fresh_db, reference_snapshot, snapshot};
use sqlx::{Connection, PgConnection};

const SEED: &str = "PK_SOAK_SEED";

// ---------------------------------------------------------------------------------------------
// Terminated connections

/// `pk up` 0→latest whose server session is terminated (`pg_terminate_backend`, as a failover or
/// an administrator does) at random moments spread over the versions: pk fails with an error
/// that names the version and says the connection was lost, the version it was in is rolled back
/// whole (the schema is exactly the reference of the marker's version, and the marker is the
/// version before the one named, or that one when the connection was lost as it committed), and
/// `pk up` then finishes. A database takes at most three terminations, so that they land all
/// over the chain.
#[tokio::test]
async fn terminated_connections_roll_back_the_version_and_up_resumes() {
    let runs = env_number("PK_SOAK_TERMINATIONS").unwrap_or(8);
    let seed = seed(SEED);
    eprintln!("termination test: {runs} terminations, {SEED}={seed}");
    let mut rng = SplitMix(seed);
    let started = Instant::now();
    let latest = CHAIN.latest();
    let timings = Timings::measure(&fresh_db().await.url);

    const PER_DATABASE: u64 = 3;
    let (mut terminations, mut databases, mut finished) = (0_u64, 0_u32, 0_u32);
    let (mut rolled_back, mut uncertain_commit) = (0_u32, 0_u32);
    let mut named = Vec::new();
    while terminations < runs {
        let db = fresh_db().await;
        databases += 1;
        let mut admin = connect(&db.url).await;
        let (mut marker, mut here) = (0, 0);
        while marker < latest && here < PER_DATABASE && terminations < runs {
            // A pending version chosen evenly, then a random moment within its calibrated time.
            let version = marker + 1 + rng.below(u64::from(latest - marker)) as u32;
            let mut child = spawn_pk(&["up", "--database-url", &db.url]);
            let err = follow(&mut child, &Timings::line_before(marker, version));
            let delay = rng.within(timings.took[version as usize]);
            tokio::time::sleep(delay).await;
            let terminated = terminate_pk(&mut admin).await;
            let status = child.wait().expect("wait for pk");
            let err = err.join().expect("stderr");
            wait_for_sessions_to_end(&mut admin).await;
            let before = marker;
            marker = current_version(&mut admin, "public").await;
            let label = format!(
                "{SEED}={seed}, database {databases}, termination in V{version:02} after \
                 {delay:?}: schema at marker V{marker:02}"
            );
            assert_snapshot_eq(
                &label,
                &reference_snapshot(marker),
                &snapshot(&db.url, "public"),
            );
            if status.success() {
                // pk was done (or done with its last statement) before the termination.
                finished += 1;
                assert_eq!(marker, latest, "{label}: pk succeeded short of the latest");
                continue;
            }
            assert!(terminated, "{label}: pk failed untouched: {err}");
            let line = err.lines().last().unwrap_or_default();
            assert!(
                line.contains("the connection to the server was lost"),
                "{label}: {err}"
            );
            let failed = named_version(line)
                .unwrap_or_else(|| panic!("{label}: the error names no version: {line}"));
            assert!(
                failed > before && failed <= latest,
                "{label}: V{failed:02} named, the run started at V{before:02}: {line}"
            );
            if line.contains(&format!("V{failed:02} was rolled back")) {
                rolled_back += 1;
                assert_eq!(marker, failed - 1, "{label}: {line}");
            } else {
                // Lost at BEGIN, the lock or COMMIT: committed only if lost as it committed.
                uncertain_commit += 1;
                assert!(marker == failed - 1 || marker == failed, "{label}: {line}");
            }
            named.push((version, failed));
            terminations += 1;
            here += 1;
        }
        // Whatever the terminations left, `pk up` finishes it.
        let output = run_pk(&["up", "-q", "--database-url", &db.url]);
        assert!(
            output.status.success(),
            "{SEED}={seed}: resume: {}",
            stderr(&output)
        );
        assert_conformant(&db, "public", latest, &[]);
    }
    named.sort_unstable();
    eprintln!(
        "termination test: {terminations} terminations over {databases} databases \
         ({rolled_back} during a version's statements, \"V.. was rolled back\"; \
         {uncertain_commit} at BEGIN, the lock or COMMIT, \"V.. did not complete\"; {finished} \
         runs finished before their termination), (version aimed at, version named) {named:?}, a \
         whole up takes \
         {:?}, {:?} in all ({SEED}={seed})",
        timings.full,
        started.elapsed()
    );
}

/// `pk up --retries 3` whose session is terminated in the middle of the chain finishes in the
/// same call: one retry line on stderr naming the version and the lost connection, a second run
/// from the marker, the latest schema. The same with two tenants (both sessions terminated).
/// A permanent error (a privilege missing) is not retried.
#[tokio::test]
async fn up_with_retries_survives_terminated_connections() {
    let latest = CHAIN.latest();
    let middle = latest / 2;

    // One prefix.
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let mut child = spawn_pk(&["up", "--database-url", &db.url, "--retries", "3"]);
    let err = follow(&mut child, &format!("V{middle:02} applied"));
    assert!(terminate_pk(&mut admin).await, "no pk session to terminate");
    let output = child.wait_with_output().expect("wait for pk");
    let err = err.join().expect("stderr");
    assert!(output.status.success(), "{err}");
    let retries: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("retrying in "))
        .collect();
    assert!(
        matches!(retries.as_slice(), [line] if line.starts_with("retrying in 200ms (1 of 3): prefix public: V")
            && line.contains("the connection to the server was lost")),
        "{err}"
    );
    let failed = named_version(retries[0]).expect("the retry line names a version");
    assert!(failed > middle, "{err}");
    assert_eq!(err.matches("Applying PhoenixKit").count(), 2, "{err}");
    assert!(
        stdout(&output).contains(&format!(
            "PhoenixKit in public: V00→V{latest:02} done, {latest} migrations in"
        )),
        "{}",
        stdout(&output)
    );
    assert_conformant(&db, "public", latest, &[]);
    eprintln!("retries, one prefix: {}", retries[0]);

    // Two tenants, both sessions terminated.
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let mut child = spawn_pk(&[
        "up",
        "--database-url",
        &db.url,
        "--prefix",
        "tenant_a",
        "--prefix",
        "tenant_b",
        "--jobs",
        "2",
        "--retries",
        "3",
    ]);
    let err = follow(&mut child, &format!("[tenant_a] V{middle:02} applied"));
    assert!(terminate_pk(&mut admin).await, "no pk session to terminate");
    let output = child.wait_with_output().expect("wait for pk");
    let err = err.join().expect("stderr");
    assert!(output.status.success(), "{err}");
    assert!(
        err.lines().any(|l| l
            .starts_with("[tenant_a] retrying in 200ms (1 of 3): prefix tenant_a: V")
            && l.contains("the connection to the server was lost")),
        "{err}"
    );
    let out = stdout(&output);
    assert!(
        out.contains(&format!(
            "tenant_a | V00 → V{latest:02} | ok ({latest} applied)"
        )) && out.contains("2 tenants: 2 ok, 0 failed"),
        "{out}"
    );
    assert_conformant(&db, "tenant_a", latest, &["tenant_b"]);
    assert_conformant(&db, "tenant_b", latest, &["tenant_a"]);

    // A permanent error: a role that may use the schema but not create in it.
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let role = format!("{}_reader", db.name);
    sqlx::raw_sql(&format!(
        "CREATE ROLE \"{role}\" LOGIN; CREATE SCHEMA app; GRANT USAGE ON SCHEMA app TO \"{role}\"; \
         CREATE EXTENSION citext; CREATE EXTENSION pgcrypto;"
    ))
    .execute(&mut admin)
    .await
    .expect("set up role");
    let url = with_user(&db.url, &role, None);
    let output = run_pk(&[
        "up",
        "--database-url",
        &url,
        "--prefix",
        "app",
        "--retries",
        "3",
    ]);
    let err = stderr(&output);
    assert!(!output.status.success(), "{err}");
    assert!(
        !err.contains("retrying") && err.contains("permission denied for schema app"),
        "{err}"
    );
    assert_eq!(current_version(&mut admin, "app").await, 0);
}

/// What the server says, classified: connection loss (terminated, ended for idling in a
/// transaction) and transient SQLSTATEs are transient; syntax, privilege, constraint and data
/// errors and a cancelled statement are not; a lost connection names the version and a
/// statement cut by `statement_timeout` says so.
#[tokio::test]
async fn server_errors_are_classified() {
    let db = fresh_db().await;
    let mut conn = connect(&db.url).await;
    let operation = |source| Error::Operation {
        prefix: "public".to_owned(),
        version: 7,
        op: "create table phoenix_kit_x".to_owned(),
        source,
    };
    let transaction = |source| Error::Transaction {
        prefix: "public".to_owned(),
        version: 7,
        source,
    };

    // Raised with the code, on a session that lives on: only the code counts.
    for (code, transient) in [
        ("08006", true),
        ("57P01", true),
        ("57P02", true),
        ("57P03", true),
        ("55P03", true),
        ("40001", true),
        ("40P01", true),
        ("42601", false),
        ("42501", false),
        ("23505", false),
        ("23503", false),
        ("22P02", false),
        ("57014", false),
        ("P0001", false),
    ] {
        let source = sqlx::raw_sql(&format!(
            "DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = '{code}'; END $$"
        ))
        .execute(&mut conn)
        .await
        .expect_err("raised");
        let db_code = source.as_database_error().and_then(|e| e.code());
        assert_eq!(db_code.as_deref(), Some(code));
        let error = operation(source);
        assert_eq!(error.is_transient(), transient, "{code}: {error}");
    }

    // The real thing: a statement past statement_timeout.
    let source = sqlx::raw_sql("SET statement_timeout = '50ms'; SELECT pg_sleep(5)")
        .execute(&mut conn)
        .await
        .expect_err("statement_timeout");
    sqlx::raw_sql("RESET statement_timeout")
        .execute(&mut conn)
        .await
        .expect("reset");
    let error = operation(source);
    let message = error.to_string();
    assert!(
        !error.is_transient() && !error.connection_lost(),
        "{message}"
    );
    assert_eq!(
        message,
        "prefix public: V07 failed at `create table phoenix_kit_x`: the statement was cut by the \
         server's statement_timeout (canceling statement due to statement timeout (SQLSTATE \
         57014)); V07 was rolled back and the version marker is unchanged"
    );

    // A syntax error and a data error, as PostgreSQL reports them.
    for sql in ["SELEC 1", "SELECT 'x'::int"] {
        let error = operation(
            sqlx::raw_sql(sql)
                .execute(&mut conn)
                .await
                .expect_err("fails"),
        );
        assert!(!error.is_transient() && !error.connection_lost(), "{error}");
        assert!(
            error
                .to_string()
                .starts_with("prefix public: V07 failed at `create table phoenix_kit_x`: "),
            "{error}"
        );
    }

    // A session terminated by an administrator: the next statement finds it gone.
    let mut victim = connect(&db.url).await;
    let pid: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(&mut victim)
        .await
        .expect("pid");
    terminate_and_wait(&mut conn, pid).await;
    let source = sqlx::raw_sql("SELECT 1")
        .execute(&mut victim)
        .await
        .expect_err("terminated");
    eprintln!("after pg_terminate_backend, sqlx said: {source:?}");
    let error = operation(source);
    let message = error.to_string();
    assert!(error.connection_lost() && error.is_transient(), "{message}");
    assert!(
        message.starts_with(
            "prefix public: V07 was rolled back: the connection to the server was lost ("
        ) && message.ends_with(
            "during `create table phoenix_kit_x`; the version marker is unchanged and the next \
             `up` continues from it"
        ),
        "{message}"
    );

    // A session ended for idling in a transaction.
    let mut idle = connect(&db.url).await;
    sqlx::raw_sql("SET idle_in_transaction_session_timeout = '50ms'; BEGIN")
        .execute(&mut idle)
        .await
        .expect("begin");
    let pid: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(&mut idle)
        .await
        .expect("pid");
    wait_until_gone(&mut conn, pid).await;
    let source = sqlx::raw_sql("SELECT 1")
        .execute(&mut idle)
        .await
        .expect_err("ended by idle_in_transaction_session_timeout");
    eprintln!("after idle_in_transaction_session_timeout, sqlx said: {source:?}");
    let code = source
        .as_database_error()
        .and_then(|e| e.code())
        .map(|c| c.into_owned());
    let error = transaction(source);
    let message = error.to_string();
    assert!(error.connection_lost() && error.is_transient(), "{message}");
    assert!(
        message.starts_with(
            "prefix public: V07 did not complete: the connection to the server was lost"
        ),
        "{message}"
    );
    if code.as_deref() == Some("25P03") {
        assert!(
            message.contains("idle_in_transaction_session_timeout"),
            "{message}"
        );
    }

    // Connecting: a server that is not there may come back; a database that is not there won't.
    let refused = PgConnection::connect("postgres://pk@127.0.0.1:1/pk")
        .await
        .expect_err("nothing listens on port 1");
    assert!(Error::Connect(refused).is_transient());
    let missing = PgConnection::connect(&db.url.replace(&db.name, &format!("{}_none", db.name)))
        .await
        .expect_err("no such database");
    let error = Error::Connect(missing);
    assert!(!error.is_transient() && !error.connection_lost(), "{error}");
}

// ---------------------------------------------------------------------------------------------
// Server crash

/// The server crashes (an immediate shutdown of a cluster of this test's own, committing
/// synchronously) in the middle of
/// `pk up` 0→latest, at a random moment of a random version: pk fails naming a version and the
/// lost connection; after the restart (crash recovery) the schema is exactly the reference of
/// the marker's version (no version half applied) and `pk up` finishes. Every other crash hits a
/// `pk up --retries 10` instead, which waits for the restarted server and finishes by itself.
#[tokio::test]
async fn a_server_crash_leaves_whole_versions_and_up_finishes() {
    // A commit must survive the crash once acknowledged: the throwaway defaults' asynchronous
    // commit acknowledges before the WAL is written, and a crash loses what the server had not
    // written yet (fsync and full-page writes matter only if the machine crashes).
    let start = || LocalCluster::start_ephemeral_with(&["synchronous_commit=on"]);
    let cluster = match tokio::task::spawn_blocking(start).await {
        Ok(Ok(cluster)) => cluster,
        Ok(Err(e)) if std::env::var("PK_TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty()) => {
            eprintln!("server crash: skipped, no local cluster beside the external server ({e})");
            return;
        }
        Ok(Err(e)) => panic!("cannot start a cluster of the test's own: {e}"),
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    };
    let cluster = std::sync::Arc::new(cluster);
    let crashes = env_number("PK_SOAK_CRASHES").unwrap_or(2) as u32;
    let seed = seed(SEED);
    eprintln!("crash test: {crashes} server crashes, {SEED}={seed}");
    let mut rng = SplitMix(seed);
    let started = Instant::now();
    let latest = CHAIN.latest();
    let mut admin = connect(&cluster.url("postgres")).await;
    for i in 0..=crashes {
        sqlx::raw_sql(&format!("CREATE DATABASE crash_{i}"))
            .execute(&mut admin)
            .await
            .expect("create database");
    }
    admin.close().await.expect("close");
    let timings = Timings::measure(&cluster.url("crash_0"));

    let mut figures = Vec::new();
    for i in 1..=crashes {
        let db = TestDb {
            url: cluster.url(&format!("crash_{i}")),
            name: format!("crash_{i}"),
        };
        let with_retries = i % 2 == 0;
        // In the middle: pk still has versions to go when the server goes down.
        let version = 1 + rng.below(u64::from(latest - 10)) as u32;
        let mut args = vec!["up", "--database-url", db.url.as_str()];
        if with_retries {
            args.extend(["--retries", "10"]);
        }
        let mut child = spawn_pk(&args);
        let err = follow(&mut child, &Timings::line_before(0, version));
        let delay = rng.within(timings.took[version as usize]);
        tokio::time::sleep(delay).await;
        blocking(&cluster, LocalCluster::stop_immediately).await;
        if with_retries {
            blocking(&cluster, LocalCluster::restart).await;
            let status = child.wait().expect("wait for pk");
            let err = err.join().expect("stderr");
            assert!(status.success(), "{SEED}={seed}: pk up --retries: {err}");
            let retries: Vec<&str> = err
                .lines()
                .filter(|l| l.starts_with("retrying in "))
                .collect();
            assert!(!retries.is_empty(), "no retry: {err}");
            assert_conformant(&db, "public", latest, &[]);
            figures.push(format!(
                "crash aimed at V{version:02} (+{delay:?}) under --retries: {}",
                retries.join(" | ")
            ));
            continue;
        }
        let status = child.wait().expect("wait for pk");
        let err = err.join().expect("stderr");
        assert!(!status.success(), "pk up outlived the server: {err}");
        let line = err.lines().last().unwrap_or_default();
        let failed = named_version(line)
            .unwrap_or_else(|| panic!("{SEED}={seed}: the error names no version: {err}"));
        assert!(
            line.contains("the connection to the server was lost"),
            "{SEED}={seed}: {err}"
        );
        blocking(&cluster, LocalCluster::restart).await;
        let mut conn = connect(&db.url).await;
        let marker = current_version(&mut conn, "public").await;
        conn.close().await.expect("close");
        assert!(
            marker == failed - 1 || marker == failed,
            "{SEED}={seed}: marker V{marker:02} after: {line}"
        );
        assert_snapshot_eq(
            &format!(
                "{SEED}={seed}: after a crash in V{version:02}, schema at marker V{marker:02}"
            ),
            &reference_snapshot(marker),
            &snapshot(&db.url, "public"),
        );
        let output = run_pk(&["up", "-q", "--database-url", &db.url]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert_conformant(&db, "public", latest, &[]);
        figures.push(format!(
            "crash aimed at V{version:02} (+{delay:?}): marker V{marker:02} after the restart, {line}"
        ));
    }
    eprintln!(
        "crash test: {} in {:?} ({SEED}={seed})",
        figures.join("; "),
        started.elapsed()
    );
}

// ---------------------------------------------------------------------------------------------
// Online mode interrupted

/// Users and tokens (each) in the V39 database the online test starts from: with full names, the
/// users' table spans several batches of the fill.
const ONLINE_ROWS: i64 = 40_000;

/// `pk up --online --to 40` on a V39 database with users and tokens, interrupted at a random
/// moment of V40's online preparation, alternately by SIGKILL of pk and by
/// `pg_terminate_backend` of its session: the marker stays at V39, and the next `pk up --to 40`
/// (plain or `--online`, alternately) finishes: V40's schema exactly, every row with a
/// distinct, non-NULL version-7 uuid. The last database then goes on to the latest version.
#[tokio::test]
async fn interrupted_online_preparations_are_finished_by_the_next_up() {
    let runs = env_number("PK_SOAK_ONLINE_KILLS").unwrap_or(4);
    let seed = seed(SEED);
    eprintln!("online test: {runs} interruptions, {SEED}={seed}");
    let mut rng = SplitMix(seed);
    let started = Instant::now();

    let template = fresh_db().await;
    let mut conn = connect(&template.url).await;
    phoenix_kit::migrator("public")
        .expect("migrator")
        .up(&mut conn, Some(39))
        .await
        .expect("up to 39");
    sqlx::raw_sql(&format!(
        "INSERT INTO public.phoenix_kit_users
           (email, hashed_password, first_name, last_name, inserted_at, updated_at)
         SELECT 'user' || i || '@example.com', 'x', repeat('f', 100), repeat('l', 100), now(), now()
         FROM generate_series(1, {ONLINE_ROWS}) i;
         INSERT INTO public.phoenix_kit_users_tokens (user_id, token, context, inserted_at)
         SELECT id, decode(md5(id::text), 'hex'), 'session', now() FROM public.phoenix_kit_users;"
    ))
    .execute(&mut conn)
    .await
    .expect("rows");
    let pages: i64 = sqlx::query_scalar(
        "SELECT pg_relation_size('public.phoenix_kit_users') / current_setting('block_size')::int8",
    )
    .fetch_one(&mut conn)
    .await
    .expect("pages");
    conn.close().await.expect("close");

    // One uninterrupted online run: how long the preparation takes (from the plan line to its
    // last step, which drops the helper constraint), and how many fill batches the users take.
    let db = clone_db(&template).await;
    let mut child = spawn_pk(&[
        "up",
        "--online",
        "--to",
        "40",
        "-v",
        "--database-url",
        &db.url,
    ]);
    let timer = Instant::now();
    let (mut plan, mut prepared, mut batches) = (None, None, 0);
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    while let Some(Ok(line)) = lines.next() {
        if line.starts_with("Applying ") {
            plan = Some(timer.elapsed());
        } else if line.contains("DROP CONSTRAINT \"pk_online_not_null\"") {
            prepared = Some(timer.elapsed());
        } else if line.contains(
            "UPDATE \"public\".\"phoenix_kit_users\" SET \"uuid\" = DEFAULT WHERE ctid >=",
        ) {
            batches += 1;
        }
    }
    assert!(child.wait().expect("wait").success(), "calibration run");
    let prepare = prepared.expect("no online preparation") - plan.expect("no plan line");
    let mut admin = connect(&db.url).await;
    assert_v40_with_every_row_keyed(&mut admin, &db.url).await;
    assert!(batches >= 3, "the users' fill took {batches} batch(es)");

    let (mut interrupted, mut finished_first) = (0, 0);
    let mut left = Vec::new();
    let mut last = db;
    for i in 0..runs {
        let db = clone_db(&template).await;
        let mut admin = connect(&db.url).await;
        let terminate = i % 2 == 1;
        let mut child = spawn_pk(&[
            "up",
            "--online",
            "--to",
            "40",
            "-v",
            "--database-url",
            &db.url,
        ]);
        let err = follow(&mut child, "Applying ");
        let delay = rng.within(prepare);
        tokio::time::sleep(delay).await;
        let hit = if terminate {
            terminate_pk(&mut admin).await
        } else {
            let running = child.try_wait().expect("poll pk").is_none();
            if running {
                child.kill().expect("SIGKILL pk");
            }
            running
        };
        let status = child.wait().expect("wait for pk");
        let err = err.join().expect("stderr");
        wait_for_sessions_to_end(&mut admin).await;
        let label = format!(
            "{SEED}={seed}, run {i}: {} after {delay:?}",
            if terminate { "terminated" } else { "killed" }
        );
        let marker = current_version(&mut admin, "public").await;
        if status.success() {
            finished_first += 1;
            assert_eq!(marker, 40, "{label}");
        } else {
            assert!(hit, "{label}: pk failed untouched: {err}");
            interrupted += 1;
            assert_eq!(marker, 39, "{label}: {err}");
            if terminate {
                let line = err.lines().last().unwrap_or_default();
                assert!(
                    line.contains("prefix public: V40")
                        && line.contains("the connection to the server was lost"),
                    "{label}: {err}"
                );
            }
        }
        // What the interruption left for the next up to finish.
        let marked: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = 'public' AND a.attnum > 0 AND NOT a.attisdropped \
               AND col_description(c.oid, a.attnum) = 'pk up --online: preparation under way'",
        )
        .fetch_one(&mut admin)
        .await
        .expect("marked columns");
        let invalid: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = 'public' AND NOT x.indisvalid",
        )
        .fetch_one(&mut admin)
        .await
        .expect("invalid indexes");
        let resume: &[&str] = if i % 4 < 2 {
            &["up", "--to", "40"]
        } else {
            &["up", "--online", "--to", "40"]
        };
        let mut args = resume.to_vec();
        args.extend(["-q", "--database-url", &db.url]);
        let output = run_pk(&args);
        assert!(
            output.status.success(),
            "{label}: pk {resume:?}: {}",
            stderr(&output)
        );
        assert_v40_with_every_row_keyed(&mut admin, &db.url).await;
        // The last statement pk reported done (-v) before the interruption.
        let step = err
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix("  "))
            .map_or_else(String::new, |l| l.chars().take(60).collect());
        left.push(format!(
            "{} after {delay:?} (after `{step}…`): {marked} marked column(s), {invalid} invalid \
             index(es), finished by pk {}",
            if terminate { "terminated" } else { "killed" },
            resume.join(" ")
        ));
        admin.close().await.expect("close");
        last = db;
    }

    // And on to the latest version, rows and all.
    let output = run_pk(&["up", "-q", "--database-url", &last.url]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        schema_lines(&snapshot(&last.url, "public")),
        schema_lines(&reference_snapshot(CHAIN.latest())),
        "from the finished V40 to the latest"
    );
    eprintln!(
        "online test: {ONLINE_ROWS} users and tokens ({pages} pages of users, {batches} fill \
         batches), preparation {prepare:?} uninterrupted; {interrupted} interrupted, \
         {finished_first} finished before their interruption; {}; {:?} in all ({SEED}={seed})",
        left.join("; "),
        started.elapsed()
    );
}

/// V40's schema (rows left out) with every user and token keyed by a distinct, non-NULL
/// version-7 uuid.
async fn assert_v40_with_every_row_keyed(conn: &mut PgConnection, url: &str) {
    assert_eq!(current_version(conn, "public").await, 40);
    assert_eq!(
        schema_lines(&snapshot(url, "public")),
        schema_lines(&reference_snapshot(40)),
        "not V40's schema"
    );
    for table in ["phoenix_kit_users", "phoenix_kit_users_tokens"] {
        let counts: (i64, i64, i64, i64) = sqlx::query_as(&format!(
            "SELECT count(*), count(uuid), count(DISTINCT uuid), \
             count(*) FILTER (WHERE substr(uuid::text, 15, 1) = '7') FROM public.{table}"
        ))
        .fetch_one(&mut *conn)
        .await
        .expect("count");
        let n = ONLINE_ROWS;
        assert_eq!(counts, (n, n, n, n), "{table}: rows, uuids, distinct, v7");
    }
}

/// The schema lines of a snapshot, data rows left out, in order.
fn schema_lines(snapshot: &str) -> String {
    snapshot
        .lines()
        .filter(|l| !l.starts_with("row|") && !l.starts_with("rows|"))
        .map(|l| format!("{l}\n"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// A role's timeouts

/// A role whose `statement_timeout` (200 ms) would cut a statement of a version: V82's
/// `ALTER TABLE phoenix_kit_comments` waits for a lock another session holds until pk has waited
/// five times that long. `pk up` (with `--lock-timeout 0`, no limit of pk's own) succeeds:
/// the version's transaction sets `statement_timeout = 0` for itself.
#[tokio::test]
async fn a_role_statement_timeout_does_not_cut_a_version() {
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let latest = CHAIN.latest();
    phoenix_kit::migrator("public")
        .expect("migrator")
        .up(&mut admin, Some(latest - 1))
        .await
        .expect("up to latest - 1");
    let role = format!("{}_timeouts", db.name);
    sqlx::raw_sql(&format!(
        "CREATE ROLE \"{role}\" LOGIN SUPERUSER; \
         ALTER ROLE \"{role}\" SET statement_timeout = '200ms';"
    ))
    .execute(&mut admin)
    .await
    .expect("role");
    let url = with_user(&db.url, &role, None);

    // The role's setting is in force and cuts what takes longer.
    let mut probe = connect(&url).await;
    let source = sqlx::raw_sql("SELECT pg_sleep(1)")
        .execute(&mut probe)
        .await
        .expect_err("the role's statement_timeout did not cut pg_sleep(1)");
    assert!(
        Error::Transaction {
            prefix: "public".to_owned(),
            version: latest,
            source,
        }
        .to_string()
        .contains("the statement was cut by the server's statement_timeout"),
    );
    probe.close().await.expect("close");

    let mut blocker = connect(&db.url).await;
    sqlx::raw_sql("BEGIN; SELECT count(*) FROM public.phoenix_kit_comments")
        .execute(&mut blocker)
        .await
        .expect("hold a lock");
    let mut child = spawn_pk(&["up", "--database-url", &url, "--lock-timeout", "0"]);
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut waited_long = false;
    while child.try_wait().expect("poll pk").is_none() {
        waited_long = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database() \
             AND application_name = 'pk' AND wait_event_type = 'Lock' \
             AND now() - query_start > interval '1 second')",
        )
        .fetch_one(&mut admin)
        .await
        .expect("poll pg_stat_activity");
        if waited_long {
            break;
        }
        assert!(Instant::now() < deadline, "pk never waited for the lock");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    sqlx::raw_sql("COMMIT")
        .execute(&mut blocker)
        .await
        .expect("release the lock");
    let output = child.wait_with_output().expect("wait for pk");
    assert!(
        output.status.success(),
        "pk up under a role with statement_timeout = 200ms: {}",
        stderr(&output)
    );
    assert!(waited_long, "pk never waited a second for the lock");
    assert_conformant(&db, "public", latest, &[]);
}

/// A role whose `idle_in_transaction_session_timeout` (200 ms) would end a version's session:
/// `pk up -v` whose stderr is not read sits blocked on a full pipe, in the middle of a version's
/// transaction, until it has been idle in it five times that long. It then finishes: the
/// version's transaction sets `idle_in_transaction_session_timeout = 0` for itself.
#[tokio::test]
async fn a_role_idle_in_transaction_timeout_does_not_end_a_version() {
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let role = format!("{}_idle", db.name);
    sqlx::raw_sql(&format!(
        "CREATE ROLE \"{role}\" LOGIN SUPERUSER; \
         ALTER ROLE \"{role}\" SET idle_in_transaction_session_timeout = '200ms';"
    ))
    .execute(&mut admin)
    .await
    .expect("role");
    let url = with_user(&db.url, &role, None);

    // The role's setting is in force: a transaction left idle loses its session.
    let mut probe = connect(&url).await;
    sqlx::raw_sql("BEGIN")
        .execute(&mut probe)
        .await
        .expect("begin");
    tokio::time::sleep(Duration::from_millis(600)).await;
    let source = sqlx::raw_sql("SELECT 1")
        .execute(&mut probe)
        .await
        .expect_err("the role's idle_in_transaction_session_timeout did not end the session");
    assert!(
        Error::Transaction {
            prefix: "public".to_owned(),
            version: 1,
            source,
        }
        .connection_lost()
    );

    let mut child = spawn_pk(&["up", "-v", "--database-url", &url]);
    let mut err = BufReader::new(child.stderr.take().expect("stderr"));
    let mut seen = String::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut stalled = None;
    while child.try_wait().expect("poll pk").is_none() {
        let state: Option<(String, f64, String)> = sqlx::query_as(
            "SELECT state, extract(epoch FROM now() - state_change)::float8, query \
             FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'pk'",
        )
        .fetch_optional(&mut admin)
        .await
        .expect("poll pg_stat_activity");
        match state {
            Some((state, idle, query)) if state == "idle in transaction" && idle > 1.0 => {
                stalled = Some(query);
                break;
            }
            Some((state, _, _)) if state == "active" || state == "idle in transaction" => {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            // Blocked outside a transaction (or between sessions): let it go on a little.
            _ => {
                let mut read = 0;
                while read < 8192 {
                    let n = err.read_line(&mut seen).expect("read stderr");
                    if n == 0 {
                        break;
                    }
                    read += n;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
        assert!(Instant::now() < deadline, "pk neither finished nor stalled");
    }
    let rest = std::thread::spawn(move || {
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut err, &mut rest).expect("read stderr");
        rest
    });
    let status = child.wait().expect("wait for pk");
    let rest = rest.join().expect("stderr");
    assert!(
        status.success(),
        "pk up under a role with idle_in_transaction_session_timeout = 200ms: {}",
        rest.lines().last().unwrap_or_default()
    );
    let stalled = stalled.expect("pk never sat idle in a transaction for a second");
    eprintln!("idle in transaction for over a second after: {stalled}");
    assert_conformant(&db, "public", CHAIN.latest(), &[]);
}

// ---------------------------------------------------------------------------------------------
// Helpers

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

/// Terminates session `pid` and waits until it is gone.
async fn terminate_and_wait(admin: &mut PgConnection, pid: i32) {
    let terminated: bool = sqlx::query_scalar("SELECT pg_terminate_backend($1)")
        .bind(pid)
        .fetch_one(&mut *admin)
        .await
        .expect("pg_terminate_backend");
    assert!(terminated);
    wait_until_gone(admin, pid).await;
}

/// Waits until session `pid` has ended.
async fn wait_until_gone(admin: &mut PgConnection, pid: i32) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let alive: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1)")
                .bind(pid)
                .fetch_one(&mut *admin)
                .await
                .expect("pg_stat_activity");
        if !alive {
            return;
        }
        assert!(Instant::now() < deadline, "session {pid} did not end");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// The version an error line names first (`… prefix public: V37 …` → 37).
fn named_version(line: &str) -> Option<u32> {
    let (_, rest) = line.split_once(": V")?;
    rest.get(..2)?.parse().ok()
}

/// Runs a blocking cluster operation off the runtime's thread.
async fn blocking(
    cluster: &std::sync::Arc<LocalCluster>,
    operation: fn(&LocalCluster) -> Result<(), pk_devdb::DevDbError>,
) {
    let cluster = std::sync::Arc::clone(cluster);
    tokio::task::spawn_blocking(move || operation(&cluster))
        .await
        .expect("cluster operation")
        .expect("cluster operation failed");
}
