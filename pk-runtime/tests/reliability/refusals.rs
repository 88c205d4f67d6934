//! Refusals: bad input, a down through the irreversible V74 and a down over data are refused
//! before any statement runs, and nothing changes.

use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_tests::fresh_db;
use sqlx::PgConnection;

use crate::common::{assert_conformant, connect, current_version, run_pk, stderr, stdout};
use crate::{ddl_count, fingerprint, install_audit};

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
