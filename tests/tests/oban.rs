//! Oban's sub-chain (Oban 2.20.3's V01..V13), which PhoenixKit's V27 runs in the same prefix.
//! Oban tracks its own version as the comment on `<prefix>.oban_jobs`, so an Oban that the
//! application installed (fully or partly) before V27 is left alone or continued.

use pk_runtime::Migrator;
use pk_runtime::phoenix_kit::{self, OBAN};
use pk_tests::{TestDb, assert_snapshot_eq, fresh_db, reference_snapshot, snapshot};
use sqlx::PgPool;

/// A fresh database migrated (PhoenixKit) to `n`.
async fn at_version(n: u32) -> (TestDb, PgPool) {
    let db = fresh_db().await;
    let pool = db.pool().await;
    phoenix_kit::up_to(&pool, "public", n)
        .await
        .unwrap_or_else(|e| panic!("up to {n}: {e}"));
    (db, pool)
}

fn oban() -> Migrator {
    Migrator::new(&OBAN, "public").expect("Oban migrator")
}

/// Runs the Oban chain (as the application would) up to `n`; returns the versions applied.
async fn oban_up(pool: &PgPool, n: u32) -> Vec<u32> {
    let mut conn = pool.acquire().await.expect("connection");
    oban()
        .up(&mut conn, Some(n))
        .await
        .unwrap_or_else(|e| panic!("Oban up to {n}: {e}"))
        .versions
}

/// Runs the Oban chain down to `n`; returns the versions undone.
async fn oban_down(pool: &PgPool, n: u32) -> Vec<u32> {
    let mut conn = pool.acquire().await.expect("connection");
    oban()
        .down(&mut conn, n)
        .await
        .unwrap_or_else(|e| panic!("Oban down to {n}: {e}"))
        .versions
}

async fn oban_version(pool: &PgPool) -> u32 {
    let mut conn = pool.acquire().await.expect("connection");
    oban()
        .current_version(&mut conn)
        .await
        .expect("Oban version")
}

/// The comment on public.oban_jobs (None when the table or the comment is missing).
async fn oban_comment(pool: &PgPool) -> Option<String> {
    sqlx::query_scalar(
        "SELECT obj_description(c.oid, 'pg_class') FROM pg_class c \
         WHERE c.relname = 'oban_jobs' AND c.relnamespace = 'public'::regnamespace",
    )
    .fetch_optional(pool)
    .await
    .expect("oban_jobs comment")
    .flatten()
}

async fn pk_up(pool: &PgPool, n: u32) -> Vec<u32> {
    phoenix_kit::up_to(pool, "public", n)
        .await
        .unwrap_or_else(|e| panic!("PhoenixKit up to {n}: {e}"))
        .versions
}

/// Every Oban object left in schema public: relations (tables, indexes, sequences), types
/// (including array types and a leftover old_oban_job_state), functions and triggers.
async fn oban_objects(pool: &PgPool) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT kind || ' ' || name FROM (
           SELECT 'relation' AS kind, relname::text AS name FROM pg_class
             WHERE relnamespace = 'public'::regnamespace AND relname LIKE '%oban%'
           UNION ALL
           SELECT 'type', typname::text FROM pg_type
             WHERE typnamespace = 'public'::regnamespace AND typname LIKE '%oban%'
           UNION ALL
           SELECT 'function', proname::text FROM pg_proc
             WHERE pronamespace = 'public'::regnamespace AND proname LIKE '%oban%'
           UNION ALL
           SELECT 'trigger', t.tgname::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
             WHERE c.relnamespace = 'public'::regnamespace AND t.tgname LIKE '%oban%'
         ) s ORDER BY 1",
    )
    .fetch_all(pool)
    .await
    .expect("Oban objects")
}

/// `snapshot` without the data lines of oban_jobs (row counts and rows).
fn without_oban_rows(snapshot: &str) -> String {
    snapshot
        .lines()
        .filter(|line| !line.starts_with("rows|oban_jobs|") && !line.starts_with("row|oban_jobs|"))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// A snapshot with oban_jobs' column positions removed and its lines sorted: Oban's V09 down
/// re-adds `state` as the last column (PostgreSQL cannot insert a column at a position), so
/// below V09 a down leaves the same columns in another order than the up made them.
fn ignoring_oban_column_order(snapshot: &str) -> Vec<String> {
    let mut lines: Vec<String> = snapshot
        .lines()
        .map(|line| match line.strip_prefix("column|oban_jobs|") {
            Some(rest) => format!(
                "column|oban_jobs|{}",
                rest.split_once('|').map_or(rest, |(_, tail)| tail)
            ),
            None => line.to_owned(),
        })
        .collect();
    lines.sort();
    lines
}

/// The application runs Oban's migrations one at a time before PhoenixKit's V27; V27 then finds
/// Oban at 13 and applies nothing to it, and the schema is PhoenixKit's V27.
#[tokio::test]
async fn oban_stepwise_then_v27_applies_nothing_to_oban() {
    let (db, pool) = at_version(26).await;
    assert_eq!(oban_version(&pool).await, 0);
    for k in 1..=13 {
        assert_eq!(oban_up(&pool, k).await, [k], "Oban up to {k}");
        assert_eq!(oban_version(&pool).await, k);
        assert_eq!(oban_comment(&pool).await, Some(k.to_string()));
    }
    assert_eq!(oban_up(&pool, 13).await, Vec::<u32>::new(), "Oban re-run");
    let before = snapshot(&db.url, "public");

    assert_eq!(pk_up(&pool, 27).await, [27]);

    let after = snapshot(&db.url, "public");
    assert_snapshot_eq(
        "Oban 1→13 stepwise, then V27",
        &reference_snapshot(27),
        &after,
    );
    assert_eq!(oban_comment(&pool).await.as_deref(), Some("13"));
    // V27 changed nothing but PhoenixKit's own marker.
    assert_eq!(
        before.replace(
            "comment|relation|phoenix_kit|r|26\n",
            "comment|relation|phoenix_kit|r|27\n"
        ),
        after
    );
}

/// V10's priority_range check as its up creates it (validated).
const PRIORITY_RANGE: &str =
    "constraint|oban_jobs|priority_range|c|CHECK (((priority >= 0) AND (priority <= 3)))";

/// From V27, Oban's downs one version at a time to 0, then its ups one at a time to 13: every down
/// leaves the schema its up had made at that version, down to 0 removes every Oban object, and
/// the round trip ends at PhoenixKit's V27 schema. Two differences are Oban's own and expected:
/// below V09 `state` is the last column of oban_jobs, and at V10 and V11 priority_range is
/// NOT VALID (Oban's V12 down re-adds it so).
#[tokio::test]
async fn oban_down_one_version_at_a_time_and_up_again() {
    let (db, pool) = at_version(27).await;
    let mut after_down = vec![String::new(); 14];
    after_down[13] = snapshot(&db.url, "public");
    for k in (0..13).rev() {
        assert_eq!(oban_down(&pool, k).await, [k + 1], "Oban down to {k}");
        assert_eq!(oban_version(&pool).await, k);
        after_down[k as usize] = snapshot(&db.url, "public");
        if k > 0 {
            assert_eq!(oban_comment(&pool).await, Some(k.to_string()));
        }
    }

    assert_eq!(oban_objects(&pool).await, Vec::<String>::new());
    assert_eq!(oban_comment(&pool).await, None);
    assert_eq!(
        phoenix_kit::migrated_version(&pool, "public")
            .await
            .expect("PhoenixKit version"),
        27,
        "Oban's downs must not touch PhoenixKit's marker"
    );

    for k in 1..=13 {
        assert_eq!(oban_up(&pool, k).await, [k], "Oban up to {k}");
        let up = snapshot(&db.url, "public");
        let mut down = after_down[k as usize].clone();
        if (10..=11).contains(&k) {
            // Oban's V12 down re-adds priority_range NOT VALID; V10's up had validated it.
            let not_valid = format!("{PRIORITY_RANGE} NOT VALID\n");
            assert!(
                down.contains(&not_valid),
                "Oban at {k}: V12's down re-adds priority_range NOT VALID, as Oban's does"
            );
            down = down.replace(&not_valid, &format!("{PRIORITY_RANGE}\n"));
        }
        if k >= 9 {
            assert_snapshot_eq(&format!("Oban at {k}: down vs up"), &down, &up);
        } else {
            assert_eq!(
                ignoring_oban_column_order(&down),
                ignoring_oban_column_order(&up),
                "Oban at {k}: the down leaves another schema than the up makes"
            );
        }
    }
    assert_eq!(oban_comment(&pool).await.as_deref(), Some("13"));
    assert_snapshot_eq(
        "Oban 13→0→13 at V27",
        &reference_snapshot(27),
        &snapshot(&db.url, "public"),
    );
}

/// Oban installed by the application (at 13, with a job) before PhoenixKit's V27: V27 succeeds,
/// leaves Oban and its job untouched, and the schema is PhoenixKit's V27.
#[tokio::test]
async fn v27_leaves_a_preinstalled_oban_alone() {
    let (db, pool) = at_version(26).await;
    assert_eq!(oban_up(&pool, 13).await, (1..=13).collect::<Vec<u32>>());
    let job: (i64, String) = sqlx::query_as(
        "INSERT INTO public.oban_jobs (worker, args, queue) VALUES ('App.Worker', '{\"n\": 1}', 'mail') \
         RETURNING id, state::text",
    )
    .fetch_one(&pool)
    .await
    .expect("insert job");
    let before = snapshot(&db.url, "public");
    assert!(
        before.contains("rows|oban_jobs|1\n"),
        "the job is in the snapshot"
    );

    assert_eq!(pk_up(&pool, 27).await, [27]);

    let jobs: Vec<(i64, String, String, String)> =
        sqlx::query_as("SELECT id, state::text, worker, args::text FROM public.oban_jobs")
            .fetch_all(&pool)
            .await
            .expect("jobs");
    assert_eq!(
        jobs,
        [(
            job.0,
            job.1.clone(),
            "App.Worker".to_owned(),
            r#"{"n": 1}"#.to_owned()
        )]
    );
    assert_eq!(job.1, "available");
    assert_eq!(oban_comment(&pool).await.as_deref(), Some("13"));
    let after = snapshot(&db.url, "public");
    assert_eq!(
        before.replace(
            "comment|relation|phoenix_kit|r|26\n",
            "comment|relation|phoenix_kit|r|27\n"
        ),
        after,
        "V27 changed Oban"
    );
    assert_snapshot_eq(
        "pre-installed Oban, then V27",
        &reference_snapshot(27),
        &without_oban_rows(&after),
    );
}

/// Oban partly installed by the application (at 11): V27 continues it from 11 to 13.
#[tokio::test]
async fn v27_continues_a_partly_installed_oban() {
    let (db, pool) = at_version(26).await;
    assert_eq!(oban_up(&pool, 11).await, (1..=11).collect::<Vec<u32>>());
    assert_eq!(oban_comment(&pool).await.as_deref(), Some("11"));

    assert_eq!(pk_up(&pool, 27).await, [27]);

    assert_eq!(oban_version(&pool).await, 13);
    assert_eq!(oban_comment(&pool).await.as_deref(), Some("13"));
    assert_snapshot_eq(
        "Oban at 11, then V27",
        &reference_snapshot(27),
        &snapshot(&db.url, "public"),
    );
}

/// A cancelled job (a state Oban's V09 added) survives re-running V27, even with PhoenixKit's
/// marker set back; V27's down then removes Oban entirely, job and all.
#[tokio::test]
async fn cancelled_job_survives_reruns_and_v27_down_removes_oban() {
    let (db, pool) = at_version(27).await;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO public.oban_jobs (worker, args, state, cancelled_at) \
         VALUES ('App.Worker', '{}', 'cancelled', timezone('UTC', now())) RETURNING id",
    )
    .fetch_one(&pool)
    .await
    .expect("insert cancelled job");
    let jobs = |pool: PgPool| async move {
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, state::text FROM public.oban_jobs ORDER BY id")
                .fetch_all(&pool)
                .await
                .expect("jobs");
        rows
    };
    let expected = vec![(id, "cancelled".to_owned())];

    assert_eq!(pk_up(&pool, 27).await, Vec::<u32>::new(), "re-run at 27");
    assert_eq!(jobs(pool.clone()).await, expected);

    sqlx::raw_sql("COMMENT ON TABLE public.phoenix_kit IS '26'")
        .execute(&pool)
        .await
        .expect("reset the marker");
    assert_eq!(
        pk_up(&pool, 27).await,
        [27],
        "re-run of 27 after a marker reset"
    );
    assert_eq!(jobs(pool.clone()).await, expected);
    assert_eq!(oban_comment(&pool).await.as_deref(), Some("13"));

    // The down destroys the job: refused as it is, naming the job table; this test deliberately
    // removes Oban with its job, so it opts in (allow_data_loss).
    let migrator = phoenix_kit::migrator("public").expect("migrator");
    let mut conn = pool.acquire().await.expect("connection");
    match migrator.down(&mut conn, 26).await {
        Err(pk_runtime::Error::DataLoss { losses, .. }) => {
            assert_eq!(losses.len(), 1, "{losses:?}");
            assert_eq!(
                (losses[0].table.as_str(), losses[0].count),
                ("oban_jobs", 1)
            );
        }
        other => panic!("a down over a job must be refused: {other:?}"),
    }
    assert_eq!(jobs(pool.clone()).await, expected);
    let applied = migrator
        .allow_data_loss(true)
        .down(&mut conn, 26)
        .await
        .expect("down to 26");
    drop(conn);
    assert_eq!(applied.versions, [27]);
    assert_eq!(oban_objects(&pool).await, Vec::<String>::new());
    assert_snapshot_eq(
        "V27 down with a cancelled job",
        &reference_snapshot(26),
        &snapshot(&db.url, "public"),
    );
}
