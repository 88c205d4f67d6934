//! Lock waits: a blocked statement gives up after lock_timeout naming the session holding the
//! lock, and a migrator waiting for the migration lock names its holder.

use std::time::{Duration, Instant};

use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_runtime::{Error, Prefix, lock_key};
use pk_tests::fresh_db;

use crate::common::{
    assert_conformant, connect, current_version, error_line, run_pk, spawn_pk, stderr, with_param,
};
use crate::pg_locks_key;

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
