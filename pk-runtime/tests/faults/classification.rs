//! The classification of the errors the server gives (lost connection, transient, permanent)
//! that `pk up --retries` relies on.

use std::time::{Duration, Instant};

use pk_runtime::Error;
use pk_tests::fresh_db;
use sqlx::{Connection, PgConnection};

use crate::common::connect;

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
