//! Connection failures: nothing listening, no socket, a server that never answers and wrong
//! credentials are each a one-line error.

use std::io::Write as _;
use std::net::TcpListener;
use std::time::{Duration, Instant};

use pk_tests::fresh_db;
use sqlx::{Connection, PgConnection};

use crate::common::{connect, current_version, error_line, run_pk, stderr, with_user};

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
