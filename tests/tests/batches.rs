//! A version's statements go to the server as one query, its guards checked there: what ran and
//! what a guard skipped is still reported statement by statement, and a failing statement is
//! still reported as its version's operation, with the version rolled back.

use pk_runtime::phoenix_kit::CHAIN;
use pk_runtime::{Error, Event, Migrator};
use pk_tests::{fresh_db, reference_snapshot, snapshot};
use sqlx::PgPool;

/// What a run reported: the statements that ran and those a guard skipped (with the guard).
#[derive(Default)]
struct Reported {
    ran: Vec<String>,
    skipped: Vec<(String, String)>,
}

async fn up_reporting(pool: &PgPool, to: u32) -> Result<Reported, Error> {
    let mut conn = pool.acquire().await.expect("connection");
    let mut reported = Reported::default();
    Migrator::new(&CHAIN, "public")
        .expect("prefix")
        .up_with(&mut conn, Some(to), &mut |event| match event {
            Event::Statement { sql, .. } => reported.ran.push((*sql).to_owned()),
            Event::Skipped { sql, guard } => {
                reported.skipped.push(((*sql).to_owned(), guard.clone()))
            }
            _ => {}
        })
        .await?;
    Ok(reported)
}

async fn exec(pool: &PgPool, sql: &str) {
    sqlx::raw_sql(sql)
        .execute(pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn marker(pool: &PgPool) -> String {
    sqlx::query_scalar("SELECT obj_description('public.phoenix_kit'::regclass, 'pg_class')")
        .fetch_one(pool)
        .await
        .expect("marker")
}

/// V58 (206 guarded type changes on 78 tables) run, then run again over itself (the marker reset
/// to V57): the first run changes each table's columns in one ALTER TABLE and skips nothing; the
/// second reports every column's change as skipped by its guard, in order, runs only the marker,
/// and changes nothing.
#[tokio::test]
async fn every_guarded_statement_is_reported_as_run_or_skipped() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_reporting(&pool, 57).await.expect("up to V57");
    let first = up_reporting(&pool, 58).await.expect("V58");
    let after_first = snapshot(&db.url, "public");
    exec(&pool, "COMMENT ON TABLE public.phoenix_kit IS '57'").await;
    let second = up_reporting(&pool, 58).await.expect("V58 again");

    let marker = "COMMENT ON TABLE \"public\".\"phoenix_kit\" IS '58'";
    assert!(first.skipped.is_empty(), "{:?}", first.skipped);
    assert_eq!(
        first.ran.len(),
        79,
        "one ALTER TABLE per table, and the marker"
    );
    assert_eq!(first.ran.last().map(String::as_str), Some(marker));
    assert_eq!(second.ran, [marker], "only the marker runs again");
    assert_eq!(second.skipped.len(), 206, "each column's change skipped");
    // The skips, grouped by table, are the parts of the first run's statements, in order.
    let mut folded: Vec<String> = Vec::new();
    let mut last_head = String::new();
    for (sql, guard) in &second.skipped {
        assert!(
            guard.ends_with("is not of type timestamp with time zone"),
            "{sql}: {guard}"
        );
        let (head, part) = sql
            .split_once(" ALTER COLUMN ")
            .expect("one column's change");
        if head == last_head {
            let statement = folded.last_mut().expect("a statement of this table");
            statement.push_str(&format!(", ALTER COLUMN {part}"));
        } else {
            folded.push(format!("{head} ALTER COLUMN {part}"));
            last_head = head.to_owned();
        }
    }
    assert_eq!(
        folded,
        first.ran[..78],
        "the same changes, folded per table"
    );
    assert_eq!(
        after_first,
        snapshot(&db.url, "public"),
        "a re-run changes nothing"
    );
    assert_eq!(after_first, reference_snapshot(58));
}

/// A statement failing in the middle of a version's batch (after a guarded block and two other
/// statements) names the version and its operation; the version is rolled back as a whole.
#[tokio::test]
async fn a_failing_statement_names_its_operation_and_rolls_the_version_back() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_reporting(&pool, 1).await.expect("up to V01");
    exec(
        &pool,
        "CREATE VIEW public.active_assignments AS \
         SELECT user_id FROM public.phoenix_kit_user_role_assignments WHERE is_active",
    )
    .await;
    let before = snapshot(&db.url, "public");
    let error = up_reporting(&pool, 2).await.err().expect("V02 must fail");
    let message = error.to_string();
    match &error {
        Error::Operation { version, op, .. } => {
            assert_eq!(*version, 2, "{message}");
            assert!(
                op.contains("is_active") && op.contains("phoenix_kit_user_role_assignments"),
                "names the column drop: {message}"
            );
        }
        other => panic!("not an operation error: {other}"),
    }
    assert!(message.contains("depend"), "PostgreSQL's reason: {message}");
    assert_eq!(marker(&pool).await, "1");
    assert_eq!(before, snapshot(&db.url, "public"), "V02 rolled back whole");
}

/// A guarded statement (run on the server inside its guard's DO block) that fails is reported as
/// its operation too: V41's foreign key over a row whose prompt_id has no prompt (the column put
/// there beforehand, so V41's ADD COLUMN IF NOT EXISTS keeps it).
#[tokio::test]
async fn a_failing_guarded_statement_names_its_operation() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_reporting(&pool, 40).await.expect("up to V40");
    exec(
        &pool,
        "ALTER TABLE public.phoenix_kit_ai_requests ADD COLUMN prompt_id integer; \
         INSERT INTO public.phoenix_kit_ai_requests (prompt_id, inserted_at, updated_at) \
         VALUES (999, now(), now())",
    )
    .await;
    let before = snapshot(&db.url, "public");
    let error = up_reporting(&pool, 41).await.err().expect("V41 must fail");
    let message = error.to_string();
    match &error {
        Error::Operation { version, op, .. } => {
            assert_eq!(*version, 41, "{message}");
            assert!(
                op.contains("phoenix_kit_ai_requests") && op.contains("prompt_id"),
                "names the foreign key: {message}"
            );
            assert!(op.contains("foreign key"), "{message}");
        }
        other => panic!("not an operation error: {other}"),
    }
    assert!(
        message.contains("violates"),
        "PostgreSQL's reason: {message}"
    );
    assert_eq!(marker(&pool).await, "40");
    assert_eq!(before, snapshot(&db.url, "public"), "V41 rolled back whole");
}
