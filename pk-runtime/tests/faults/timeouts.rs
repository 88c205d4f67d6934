//! A role's timeouts: `statement_timeout` and `idle_in_transaction_session_timeout` set for the
//! role would cut a version; the version's transaction lifts them for itself.

use std::io::{BufRead as _, BufReader};
use std::time::{Duration, Instant};

use pk_runtime::Error;
use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_tests::fresh_db;
use sqlx::Connection;

use crate::common::{assert_conformant, connect, make_role, spawn_pk, stderr};

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
    let (_, url) = make_role(
        &mut admin,
        &db,
        "timeouts",
        "CREATE ROLE {role} LOGIN SUPERUSER; ALTER ROLE {role} SET statement_timeout = '200ms';",
    )
    .await;

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
    let (_, url) = make_role(
        &mut admin,
        &db,
        "idle",
        "CREATE ROLE {role} LOGIN SUPERUSER; \
         ALTER ROLE {role} SET idle_in_transaction_session_timeout = '200ms';",
    )
    .await;

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
