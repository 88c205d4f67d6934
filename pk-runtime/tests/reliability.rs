//! Reliability and safety of `pk` under concurrency, crashes and bad input, against real
//! PostgreSQL: concurrent migrators apply every version exactly once, a migrator killed at any
//! point leaves a database whose marker tells the truth, lock waits are bounded and name their
//! holder, bad input is refused before anything changes, and the whole chain runs for a role that
//! owns nothing but its schema.
//!
//! `PK_CRASH_RUNS` sets how many times the crash test kills `pk up` (default 8; a soak uses 30 or
//! more) and `PK_CRASH_SEED` replays a run (the test prints its seed).

mod common;

use std::io::Write as _;
use std::net::TcpListener;
use std::process::{Child, Output};
use std::time::{Duration, Instant};

use common::{
    SplitMix, Timings, applied_version, assert_conformant, connect, current_version, env_number,
    error_line, follow, run_pk, seed, spawn_pk, stderr, stdout, wait_for_sessions_to_end,
    with_param, with_user,
};
use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_runtime::{Error, Prefix, lock_key};
use pk_tests::{assert_snapshot_eq, fresh_db, reference_snapshot, snapshot};
use sqlx::{Connection, PgConnection};

// ---------------------------------------------------------------------------------------------
// Concurrency

/// Eight `pk up` started at once on one empty database: all succeed, every version is applied
/// exactly once (counted twice: by an event trigger recording every marker write that commits,
/// and by the "applied" lines of all eight), and the result is the reference schema.
#[tokio::test]
async fn eight_concurrent_ups_apply_every_version_exactly_once() {
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    install_audit(&mut admin).await;

    let children: Vec<Child> = (0..8)
        .map(|_| spawn_pk(&["up", "--database-url", &db.url]))
        .collect();
    let outputs: Vec<Output> = children
        .into_iter()
        .map(|child| child.wait_with_output().expect("wait for pk"))
        .collect();
    let mut applied = vec![0_u32; CHAIN.latest() as usize + 1];
    for (i, output) in outputs.iter().enumerate() {
        assert!(
            output.status.success(),
            "pk up #{i} failed: {}",
            stderr(output)
        );
        for line in stderr(output).lines() {
            if let Some(number) = applied_version(line) {
                applied[number as usize] += 1;
            }
        }
    }
    let wrong: Vec<String> = (1..=CHAIN.latest())
        .filter(|&n| applied[n as usize] != 1)
        .map(|n| format!("V{n:02} ×{}", applied[n as usize]))
        .collect();
    assert!(
        wrong.is_empty(),
        "versions not applied exactly once: {wrong:?}"
    );

    // Each committed marker write, as the database saw it.
    let writes: Vec<(String, i64)> = sqlx::query_as(
        "SELECT version, count(*) FROM pk_audit.markers GROUP BY version ORDER BY version::int",
    )
    .fetch_all(&mut admin)
    .await
    .expect("read marker audit");
    let expected: Vec<(String, i64)> = (1..=CHAIN.latest()).map(|n| (n.to_string(), 1)).collect();
    assert_eq!(writes, expected, "marker writes per version");

    let waited = outputs
        .iter()
        .filter(|o| stderr(o).contains("waiting for another migrator of public to finish: pid "))
        .count();
    assert!(waited > 0, "no pk reported waiting for the lock holder");
    assert_conformant(&db, "public", CHAIN.latest(), &["pk_audit"]);
}

/// Two prefixes migrated at once proceed in parallel: a monitor sees both prefixes' migration
/// locks held at the same moment, and both end conformant.
#[tokio::test]
async fn two_prefixes_migrate_in_parallel() {
    let db = fresh_db().await;
    let mut monitor = connect(&db.url).await;
    let keys: Vec<(i64, i64)> = ["tenant_a", "tenant_b"]
        .iter()
        .map(|p| pg_locks_key(lock_key("phoenix_kit", &Prefix::new(p).expect("prefix"))))
        .collect();

    let started = Instant::now();
    let mut children = [
        spawn_pk(&["up", "--database-url", &db.url, "--prefix", "tenant_a"]),
        spawn_pk(&["up", "--database-url", &db.url, "--prefix", "tenant_b"]),
    ];
    let (mut polls, mut both_held, mut first_overlap) = (0_u32, 0_u32, None);
    while children
        .iter_mut()
        .any(|c| c.try_wait().expect("poll pk").is_none())
    {
        let held: i64 = sqlx::query_scalar(
            "SELECT count(DISTINCT (classid, objid)) FROM pg_locks \
             WHERE locktype = 'advisory' AND granted AND objsubid = 1 \
               AND (classid::int8, objid::int8) IN (($1, $2), ($3, $4))",
        )
        .bind(keys[0].0)
        .bind(keys[0].1)
        .bind(keys[1].0)
        .bind(keys[1].1)
        .fetch_one(&mut monitor)
        .await
        .expect("poll pg_locks");
        polls += 1;
        if held == 2 {
            both_held += 1;
            first_overlap.get_or_insert(started.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    for child in children {
        let output = child.wait_with_output().expect("wait for pk");
        assert!(output.status.success(), "pk up failed: {}", stderr(&output));
    }
    eprintln!(
        "two prefixes: both migration locks held at once in {both_held} of {polls} polls \
         (first after {first_overlap:?}, both done after {:?})",
        started.elapsed()
    );
    assert!(
        both_held > 0,
        "the two prefixes never held their migration locks at the same time ({polls} polls)"
    );
    assert_conformant(&db, "tenant_a", CHAIN.latest(), &["tenant_b"]);
    assert_conformant(&db, "tenant_b", CHAIN.latest(), &["tenant_a"]);
}

// ---------------------------------------------------------------------------------------------
// Crash safety

/// `pk up` killed with SIGKILL at random moments of 0→latest, then resumed with `pk up`: right
/// after each kill (once its server session is gone) the schema is exactly the reference of the
/// version its marker names; every database ends at the reference of the latest version. A
/// database takes at most three kills, so that kills keep landing all over the chain.
#[tokio::test]
async fn killed_migrations_leave_a_truthful_marker_and_resume() {
    let runs = env_number("PK_CRASH_RUNS").unwrap_or(8);
    let seed = seed("PK_CRASH_SEED");
    eprintln!("crash test: {runs} kills, PK_CRASH_SEED={seed}");
    let mut rng = SplitMix(seed);
    let started = Instant::now();

    // One uninterrupted run, timed line by line.
    let Timings {
        start_up,
        took,
        full,
    } = Timings::measure(&fresh_db().await.url);

    const KILLS_PER_DATABASE: u32 = 3;
    let (mut kills, mut databases, mut completed, mut in_flight) = (0_u64, 0_u32, 0_u32, 0_u32);
    let mut markers = Vec::new();
    while kills < runs {
        let db = fresh_db().await;
        databases += 1;
        let mut conn = connect(&db.url).await;
        let (mut marker, mut kills_here) = (0, 0);
        loop {
            // The kill lands in start-up or in one of the pending versions, chosen evenly (not by
            // time, so that quick versions are hit as often as slow ones): after the line that
            // precedes it, at a random moment within its calibrated duration.
            let mut child = spawn_pk(&["up", "--database-url", &db.url]);
            let target = rng.below(u64::from(CHAIN.latest() - marker) + 1) as u32;
            let delay = if target == 0 {
                rng.within(start_up)
            } else {
                let version = marker + target;
                // Drained to the end, so that pk never writes to a closed pipe.
                drop(follow(&mut child, &Timings::line_before(marker, version)));
                rng.within(took[version as usize])
            };
            std::thread::sleep(delay);
            let killed = child.try_wait().expect("poll pk").is_none();
            if killed {
                child.kill().expect("SIGKILL pk");
            }
            let output = child.wait_with_output().expect("wait for pk");
            if !killed {
                assert!(output.status.success(), "pk up: {}", stderr(&output));
            }
            if wait_for_sessions_to_end(&mut conn).await && killed {
                in_flight += 1;
            }
            marker = phoenix_kit::migrator("public")
                .expect("migrator")
                .current_version(&mut conn)
                .await
                .unwrap_or_else(|e| panic!("seed {seed}: after a kill: {e}"));
            let label = format!(
                "seed {seed}, database {databases}, kill after {delay:?}: schema at marker V{marker:02}"
            );
            assert_snapshot_eq(
                &label,
                &reference_snapshot(marker),
                &snapshot(&db.url, "public"),
            );
            if killed {
                kills += 1;
                kills_here += 1;
                markers.push(marker);
            } else {
                completed += 1;
            }
            if marker == CHAIN.latest() || kills >= runs || kills_here == KILLS_PER_DATABASE {
                break;
            }
        }
        // Whatever the kills left, `pk up` finishes it.
        let output = run_pk(&["up", "-q", "--database-url", &db.url]);
        assert!(
            output.status.success(),
            "seed {seed}: resume: {}",
            stderr(&output)
        );
        assert_conformant(&db, "public", CHAIN.latest(), &[]);
    }
    markers.sort_unstable();
    eprintln!(
        "crash test: {kills} kills over {databases} databases ({in_flight} while the server was \
         still running its session's statement or transaction; {completed} runs finished before \
         their kill), markers at the kills {markers:?}, a whole up takes {full:?}, {:?} in all \
         (PK_CRASH_SEED={seed})",
        started.elapsed()
    );
}

// ---------------------------------------------------------------------------------------------
// Lock waits

/// A statement blocked by another session's table lock gives up after the configured
/// lock_timeout (library and `--lock-timeout`), naming the table and the session holding it;
/// the version is rolled back with the marker unchanged, and runs once the lock is released.
#[tokio::test]
async fn a_blocked_statement_gives_up_after_lock_timeout() {
    let db = fresh_db().await;
    let below = CHAIN.latest() - 1;
    let mut conn = connect(&db.url).await;
    phoenix_kit::migrator("public")
        .expect("migrator")
        .up(&mut conn, Some(below))
        .await
        .expect("up to latest - 1");
    // The latest version (V82) adds a column to phoenix_kit_comments; another session reads it
    // in an open transaction, so ALTER TABLE has to wait.
    let blocked = "phoenix_kit_comments";
    let mut blocker = connect(&with_param(&db.url, "application_name=blocker")).await;
    sqlx::raw_sql(&format!("BEGIN; SELECT count(*) FROM public.{blocked}"))
        .execute(&mut blocker)
        .await
        .expect("hold a lock");
    let blocker_pid: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(&mut blocker)
        .await
        .expect("pid");

    let migrator = phoenix_kit::migrator("public")
        .expect("migrator")
        .lock_timeout(Duration::from_millis(300));
    let timer = Instant::now();
    let error = migrator
        .up(&mut conn, None)
        .await
        .expect_err("up went through a held lock");
    let waited = timer.elapsed();
    let message = error.to_string();
    assert!(
        matches!(
            &error,
            Error::LockTimeout { version, current, holders, .. }
                if *version == CHAIN.latest() && *current == below
                    && holders.iter().any(|h| h.pid == blocker_pid)
        ),
        "{error:?}"
    );
    for part in [
        format!("\"public\".\"{blocked}\""),
        format!("pid {blocker_pid}"),
        "application_name \"blocker\"".to_owned(),
        "lock_timeout (300ms)".to_owned(),
        format!("still at V{below:02}"),
        "query started ".to_owned(),
    ] {
        assert!(message.contains(&part), "no {part:?} in: {message}");
    }
    assert!(
        waited >= Duration::from_millis(300) && waited < Duration::from_secs(10),
        "gave up after {waited:?}"
    );
    assert_eq!(current_version(&mut conn, "public").await, below);
    assert_conformant(&db, "public", below, &[]);

    // The command line: the same, in one line.
    let output = run_pk(&["up", "--database-url", &db.url, "--lock-timeout", "500ms"]);
    assert!(!output.status.success(), "pk up went through a held lock");
    let error = error_line(&output);
    for part in [
        format!("\"public\".\"{blocked}\""),
        format!("pid {blocker_pid}"),
        "lock_timeout (500ms)".to_owned(),
    ] {
        assert!(error.contains(&part), "no {part:?} in: {error}");
    }
    assert_eq!(current_version(&mut conn, "public").await, below);

    sqlx::raw_sql("COMMIT")
        .execute(&mut blocker)
        .await
        .expect("release the lock");
    let output = run_pk(&["up", "--database-url", &db.url, "--lock-timeout", "5s"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_conformant(&db, "public", CHAIN.latest(), &[]);
}

/// A migrator waiting for another one's migration lock says who holds it: pid, application_name
/// and when its query started, from pg_locks and pg_stat_activity.
#[tokio::test]
async fn waiting_for_the_migration_lock_names_its_holder() {
    let db = fresh_db().await;
    let mut holder = connect(&with_param(&db.url, "application_name=other-migrator")).await;
    let key = lock_key("phoenix_kit", &Prefix::public());
    sqlx::raw_sql(&format!("BEGIN; SELECT pg_advisory_xact_lock({key})"))
        .execute(&mut holder)
        .await
        .expect("take the migration lock");
    let holder_pid: i32 = sqlx::query_scalar("SELECT pg_backend_pid()")
        .fetch_one(&mut holder)
        .await
        .expect("pid");

    let child = spawn_pk(&["up", "--database-url", &db.url, "--to", "1"]);
    // Hold the lock until pk is queued behind it.
    let (hi, lo) = pg_locks_key(key);
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let waiting: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted \
             AND classid::int8 = $1 AND objid::int8 = $2 AND objsubid = 1)",
        )
        .bind(hi)
        .bind(lo)
        .fetch_one(&mut holder)
        .await
        .expect("poll pg_locks");
        if waiting {
            break;
        }
        assert!(Instant::now() < deadline, "pk never waited for the lock");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    sqlx::raw_sql("COMMIT")
        .execute(&mut holder)
        .await
        .expect("release the lock");
    let output = child.wait_with_output().expect("wait for pk");
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = format!(
        "waiting for another migrator of public to finish: pid {holder_pid} \
         (application_name \"other-migrator\", user "
    );
    assert!(
        stderr(&output).contains(&expected) && stderr(&output).contains("query started "),
        "{}",
        stderr(&output)
    );
    assert_eq!(current_version(&mut holder, "public").await, 1);
}

// ---------------------------------------------------------------------------------------------
// Bad input

/// Invalid prefixes, targets out of range, down without a target, a marker that is not a number
/// or newer than this pk: each refused with a clear error before any statement runs (an event
/// trigger counts every DDL statement that starts, committed or not) and nothing changed.
#[tokio::test]
async fn bad_input_is_refused_before_anything_runs() {
    let db = fresh_db().await;
    let url = db.url.as_str();
    let mut conn = connect(url).await;
    phoenix_kit::migrator("public")
        .expect("migrator")
        .up(&mut conn, Some(3))
        .await
        .expect("up to 3");
    install_audit(&mut conn).await;
    let latest = CHAIN.latest();
    let beyond = (latest + 1).to_string();
    let long = "x".repeat(64);

    let refusals: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["up", "--prefix", ""],
            "invalid prefix: the schema name is empty",
        ),
        (vec!["up", "--prefix", &long], "64 bytes"),
        (vec!["status", "--prefix", &long], "64 bytes"),
        (vec!["up", "--prefix", "pg_catalog"], "system schemas"),
        (vec!["up", "--to", &beyond], "out of range"),
        (vec!["down", "--to", &beyond], "out of range"),
        (vec!["down", "--to", "5"], "cannot migrate down to 5"),
        (
            vec!["up", "--to", "-1"],
            "invalid value '-1' for '--to <N>'",
        ),
        (vec!["up", "--to=-1"], "invalid value '-1'"),
        (vec!["down", "--to=-1"], "invalid value '-1'"),
        (vec!["down"], "--to"),
        (vec!["up", "--lock-timeout", "soon"], "not a duration"),
    ];
    for (args, expected) in &refusals {
        refused(&mut conn, url, args, expected).await;
    }

    // A marker that is not a number, and one newer than this pk: up and down refuse to touch the
    // database; status reports the second.
    for (comment, expected) in [
        ("three", "\"three\", which is not a version number"),
        (" 3a", "which is not a version number"),
        ("999", "newer than the latest version this pk knows"),
    ] {
        sqlx::raw_sql(&format!(
            "COMMENT ON TABLE public.phoenix_kit IS '{comment}'"
        ))
        .execute(&mut conn)
        .await
        .expect("set marker");
        refused(&mut conn, url, &["up"], expected).await;
        refused(&mut conn, url, &["down", "--to", "1"], expected).await;
        if comment == "999" {
            let status = run_pk(&["status", "--database-url", url, "--json"]);
            assert!(status.status.success(), "{}", stderr(&status));
            assert!(
                stdout(&status).contains(&format!(
                    r#""current":999,"latest":{latest},"state":"ahead""#
                )),
                "{}",
                stdout(&status)
            );
            let status = run_pk(&["status", "--database-url", url]);
            assert!(stdout(&status).contains("ahead: the database is at V999"));
        } else {
            refused(&mut conn, url, &["status"], expected).await;
        }
    }
    sqlx::raw_sql("COMMENT ON TABLE public.phoenix_kit IS '3'")
        .execute(&mut conn)
        .await
        .expect("restore marker");

    // Hostile prefixes are not errors: they are schema names like any other, and every
    // statement quotes them. What they must not do is reach anything outside their schema.
    sqlx::raw_sql("CREATE TABLE public.x (id int); CREATE EXTENSION IF NOT EXISTS pgcrypto")
        .execute(&mut conn)
        .await
        .expect("create x");
    let before = fingerprint(&mut conn, &["public; DROP TABLE x", "a\"b"]).await;
    for prefix in ["public; DROP TABLE x", "a\"b"] {
        let output = run_pk(&["up", "--database-url", url, "--prefix", prefix]);
        assert!(output.status.success(), "{prefix}: {}", stderr(&output));
        assert_eq!(current_version(&mut conn, prefix).await, latest);
        let others = ["public", "pk_audit", "a\"b", "public; DROP TABLE x"];
        assert_conformant(&db, prefix, latest, &others);
        let output = run_pk(&[
            "down",
            "--database-url",
            url,
            "--prefix",
            prefix,
            "--to",
            "74",
        ]);
        assert!(output.status.success(), "{prefix}: {}", stderr(&output));
    }
    assert_eq!(
        fingerprint(&mut conn, &["public; DROP TABLE x", "a\"b"]).await,
        before,
        "a hostile prefix changed something outside its schema"
    );
    assert_eq!(current_version(&mut conn, "public").await, 3);
}

/// Connection failures: a port nobody listens on, a socket directory that does not exist, a
/// server that accepts the connection and never answers (--connect-timeout), and wrong
/// credentials (password authentication, set up for one role on the harness's own cluster).
#[tokio::test]
async fn connection_failures_are_one_line_errors() {
    for (url, expected) in [
        (
            "postgres://pk:secret-password@127.0.0.1:1/pk".to_owned(),
            "cannot connect to the database",
        ),
        (
            "postgres://pk:secret-password@localhost/pk?host=/nonexistent/pk-socket".to_owned(),
            "cannot connect to the database",
        ),
    ] {
        let output = run_pk(&["up", "--database-url", &url]);
        let line = error_line(&output);
        assert!(line.contains(expected), "{line}");
        assert!(!stderr(&output).contains("secret-password"), "{line}");
    }

    // Accepted by the kernel (backlog), never answered.
    let silent = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = silent.local_addr().expect("address").port();
    let url = format!("postgres://pk:secret-password@127.0.0.1:{port}/pk");
    let timer = Instant::now();
    let output = run_pk(&["status", "--database-url", &url, "--connect-timeout", "1s"]);
    let line = error_line(&output);
    assert!(
        line.contains(&format!("no answer from 127.0.0.1:{port} within 1s")),
        "{line}"
    );
    assert!(timer.elapsed() < Duration::from_secs(10));
    assert!(!stderr(&output).contains("secret-password"));
    drop(silent);

    // Wrong credentials need a server that asks for a password. The harness's own cluster trusts
    // local connections; one role is switched to SCRAM in its pg_hba.conf. An external server
    // (PK_TEST_DATABASE_URL) is not reconfigured.
    if std::env::var("PK_TEST_DATABASE_URL").is_ok_and(|url| !url.is_empty()) {
        eprintln!("wrong credentials: skipped on an external server (PK_TEST_DATABASE_URL)");
        return;
    }
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let role = format!("{}_pw", db.name);
    sqlx::raw_sql(&format!(
        "CREATE ROLE \"{role}\" LOGIN PASSWORD 'right-password'"
    ))
    .execute(&mut admin)
    .await
    .expect("create role");
    let hba: String = sqlx::query_scalar("SHOW hba_file")
        .fetch_one(&mut admin)
        .await
        .expect("hba_file");
    let rules = std::fs::read_to_string(&hba).expect("read pg_hba.conf");
    let mut file = std::fs::File::create(&hba).expect("write pg_hba.conf");
    write!(file, "local all \"{role}\" scram-sha-256\n{rules}").expect("write pg_hba.conf");
    drop(file);
    sqlx::raw_sql("SELECT pg_reload_conf()")
        .execute(&mut admin)
        .await
        .expect("reload");
    let right = with_user(&db.url, &role, Some("right-password"));
    let wrong = with_user(&db.url, &role, Some("wrong-password"));
    // The reload is asynchronous: wait until the server asks for the password.
    let deadline = Instant::now() + Duration::from_secs(10);
    while PgConnection::connect(&wrong).await.is_ok() {
        assert!(
            Instant::now() < deadline,
            "pg_hba.conf change not in effect"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    PgConnection::connect(&right)
        .await
        .expect("the right password works");
    let output = run_pk(&["up", "--database-url", &wrong]);
    let line = error_line(&output);
    assert!(
        line.contains("cannot connect to the database")
            && line.contains("password authentication failed"),
        "{line}"
    );
    assert!(!stderr(&output).contains("wrong-password"), "{line}");
    assert_eq!(current_version(&mut admin, "public").await, 0);
}

/// A role that may use a schema but not create in it: the first CREATE fails with PostgreSQL's
/// "permission denied", in one line, and the version is rolled back.
#[tokio::test]
async fn a_role_without_create_on_the_schema_changes_nothing() {
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
    let before = fingerprint(&mut admin, &[]).await;
    let url = with_user(&db.url, &role, None);
    let output = run_pk(&["up", "--database-url", &url, "--prefix", "app"]);
    let line = error_line(&output);
    assert!(
        line.contains("prefix app: V01 failed")
            && line.contains("permission denied for schema app"),
        "{line}"
    );
    assert_eq!(fingerprint(&mut admin, &[]).await, before);
    assert_eq!(current_version(&mut admin, "app").await, 0);
}

// ---------------------------------------------------------------------------------------------
// Least privilege and down safety

/// The whole chain, down to V74 and up again, for a role that owns only its schema, with the
/// extensions pre-installed by an administrator (README: "Guarantees and required privileges").
#[tokio::test]
async fn a_role_owning_only_its_schema_runs_the_whole_chain() {
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let role = format!("{}_owner", db.name);
    sqlx::raw_sql(&format!(
        "CREATE ROLE \"{role}\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; \
         CREATE SCHEMA app AUTHORIZATION \"{role}\"; \
         CREATE EXTENSION citext; CREATE EXTENSION pgcrypto;"
    ))
    .execute(&mut admin)
    .await
    .expect("set up role");
    let can_create_elsewhere: bool = sqlx::query_scalar(
        "SELECT has_schema_privilege($1, 'public', 'CREATE') \
             OR has_database_privilege($1, current_database(), 'CREATE')",
    )
    .bind(&role)
    .fetch_one(&mut admin)
    .await
    .expect("privileges");
    assert!(
        !can_create_elsewhere,
        "the role can create outside its schema"
    );

    let url = with_user(&db.url, &role, None);
    let latest = CHAIN.latest().to_string();
    for args in [
        vec!["up", "--prefix", "app"],
        vec!["down", "--prefix", "app", "--to", "74"],
        vec!["up", "--prefix", "app", "--to", &latest],
    ] {
        let mut args = args;
        args.extend(["--database-url", url.as_str()]);
        let output = run_pk(&args);
        assert!(output.status.success(), "pk {args:?}: {}", stderr(&output));
    }
    assert_conformant(&db, "app", CHAIN.latest(), &[]);
    let owners: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT pg_get_userbyid(c.relowner)::text FROM pg_class c \
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'app'",
    )
    .fetch_all(&mut admin)
    .await
    .expect("owners");
    assert_eq!(owners, [role]);
}

/// A down through the irreversible V74 is refused by the command before its first statement:
/// no DDL starts, the schema and marker are unchanged.
#[tokio::test]
async fn a_down_through_v74_is_refused_before_its_first_statement() {
    let db = fresh_db().await;
    let mut conn = connect(&db.url).await;
    phoenix_kit::migrator("public")
        .expect("migrator")
        .up(&mut conn, None)
        .await
        .expect("up");
    install_audit(&mut conn).await;
    for to in ["73", "0"] {
        refused(
            &mut conn,
            &db.url,
            &["down", "--to", to],
            "V74 cannot be undone",
        )
        .await;
    }
    assert_conformant(&db, "public", CHAIN.latest(), &["pk_audit"]);
}

/// A down that would destroy data is refused by the command before its first statement: no DDL
/// starts (not even one rolled back afterwards), the schema, marker and rows are unchanged, and
/// the error names each object with its count.
#[tokio::test]
async fn a_down_over_data_is_refused_before_its_first_statement() {
    let db = fresh_db().await;
    let mut conn = connect(&db.url).await;
    phoenix_kit::migrator("public")
        .expect("migrator")
        .up(&mut conn, Some(10))
        .await
        .expect("up");
    install_audit(&mut conn).await;
    sqlx::raw_sql(
        "INSERT INTO public.phoenix_kit_users (email, hashed_password, inserted_at, updated_at) \
         VALUES ('a@example.com', 'x', now(), now())",
    )
    .execute(&mut conn)
    .await
    .expect("a user");
    let before = fingerprint(&mut conn, &[]).await;
    let ddl_before = ddl_count(&mut conn).await;
    let output = run_pk(&["down", "--to", "0", "--database-url", &db.url]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    // After the run's progress line: the refusal, then one line per object.
    assert!(
        err.contains(
            "\nerror: prefix public: refusing to migrate down from V10 to V00: it would destroy data"
        ) && err.ends_with(
            "\n  prefix public, table phoenix_kit_users: 1 row (V01: drop table phoenix_kit_users)\n"
        ),
        "{err}"
    );
    assert_eq!(ddl_count(&mut conn).await, ddl_before, "pk ran DDL");
    assert_eq!(fingerprint(&mut conn, &[]).await, before);
    let users: i64 = sqlx::query_scalar("SELECT count(*) FROM public.phoenix_kit_users")
        .fetch_one(&mut conn)
        .await
        .expect("users");
    assert_eq!(users, 1);
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// Runs `pk args --database-url url` and checks that it fails with `expected` in its error, that
/// no DDL statement started (the audit counter) and that nothing changed (the fingerprint).
async fn refused(conn: &mut PgConnection, url: &str, args: &[&str], expected: &str) {
    let before = fingerprint(conn, &[]).await;
    let ddl_before = ddl_count(conn).await;
    let mut args = args.to_vec();
    args.extend(["--database-url", url]);
    let output = run_pk(&args);
    assert!(!output.status.success(), "pk {args:?} succeeded");
    let err = stderr(&output);
    let first = err.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("error: ") && err.contains(expected),
        "pk {args:?}: expected {expected:?} in: {err}"
    );
    // Ours are one line (exit code 1); clap's usage errors (exit code 2) add usage hints.
    if output.status.code() != Some(2) {
        assert_eq!(err.lines().count(), 1, "pk {args:?}: {err}");
    }
    assert_eq!(ddl_count(conn).await, ddl_before, "pk {args:?} ran DDL");
    assert_eq!(
        fingerprint(conn, &[]).await,
        before,
        "pk {args:?} changed something"
    );
}

/// An advisory-lock key as pg_locks shows it: (classid, objid).
fn pg_locks_key(key: i64) -> (i64, i64) {
    let key = key as u64;
    ((key >> 32) as i64, (key & 0xffff_ffff) as i64)
}

/// Every schema, extension, relation (with its comment, where the markers live) and column of
/// the database, except those of the schemas in `skip`.
async fn fingerprint(conn: &mut PgConnection, skip: &[&str]) -> String {
    let skip: Vec<String> = skip.iter().map(|s| (*s).to_owned()).collect();
    sqlx::query_scalar(
        "SELECT coalesce(string_agg(line, E'\\n' ORDER BY line COLLATE \"C\"), '') FROM ( \
           SELECT 'schema ' || nspname AS line FROM pg_namespace n \
             WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' \
               AND nspname <> ALL ($1) \
           UNION ALL SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension \
           UNION ALL SELECT 'relation ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) \
               || ' ' || c.relkind::text || ' ' || coalesce(obj_description(c.oid, 'pg_class'), '-') \
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' \
               AND n.nspname <> ALL ($1) \
           UNION ALL SELECT 'column ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) \
               || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) \
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE a.attnum > 0 AND NOT a.attisdropped AND n.nspname !~ '^pg_' \
               AND n.nspname <> 'information_schema' AND n.nspname <> ALL ($1) \
         ) s",
    )
    .bind(skip)
    .fetch_one(conn)
    .await
    .expect("fingerprint")
}

/// An audit of the database in schema `pk_audit`: a sequence counting every DDL statement that
/// starts (sequences ignore rollbacks, so a statement that failed still counts) and a table of
/// the `phoenix_kit` marker writes that committed.
async fn install_audit(conn: &mut PgConnection) {
    sqlx::raw_sql(
        r#"
        CREATE SCHEMA pk_audit;
        CREATE SEQUENCE pk_audit.ddl;
        CREATE TABLE pk_audit.markers (schema text, version text, pid int);
        CREATE FUNCTION pk_audit.count_ddl() RETURNS event_trigger LANGUAGE plpgsql
          SECURITY DEFINER SET search_path = pg_catalog AS $$
        BEGIN
          PERFORM nextval('pk_audit.ddl');
        END $$;
        CREATE FUNCTION pk_audit.record_marker() RETURNS event_trigger LANGUAGE plpgsql
          SECURITY DEFINER SET search_path = pg_catalog AS $$
        DECLARE r record;
        BEGIN
          FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
            INSERT INTO pk_audit.markers
              SELECT n.nspname, obj_description(c.oid, 'pg_class'), pg_backend_pid()
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE c.oid = r.objid AND c.relname = 'phoenix_kit';
          END LOOP;
        END $$;
        CREATE EVENT TRIGGER pk_audit_ddl ON ddl_command_start EXECUTE FUNCTION pk_audit.count_ddl();
        CREATE EVENT TRIGGER pk_audit_markers ON ddl_command_end WHEN TAG IN ('COMMENT')
          EXECUTE FUNCTION pk_audit.record_marker();
        "#,
    )
    .execute(conn)
    .await
    .expect("install the audit");
}

async fn ddl_count(conn: &mut PgConnection) -> i64 {
    sqlx::query_scalar("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM pk_audit.ddl")
        .fetch_one(conn)
        .await
        .expect("read the DDL counter")
}
