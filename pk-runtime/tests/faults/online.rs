//! Online mode interrupted: V40's online preparation cut by SIGKILL of pk or by the termination
//! of its session, then finished by the next `pk up`.

use std::io::{BufRead as _, BufReader};
use std::time::Instant;

use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_tests::{clone_db, fresh_db, reference_snapshot, snapshot};
use sqlx::{Connection, PgConnection};

use crate::common::{
    SplitMix, connect, current_version, env_number, follow, run_pk, seed, spawn_pk, stderr,
    wait_for_sessions_to_end,
};
use crate::{SEED, terminate_pk};

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
    let mut child = spawn_online_up(&db.url);
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
        let mut child = spawn_online_up(&db.url);
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

/// `pk up --online --to 40 -v` on `url`, its output piped.
fn spawn_online_up(url: &str) -> std::process::Child {
    spawn_pk(&["up", "--online", "--to", "40", "-v", "--database-url", url])
}
