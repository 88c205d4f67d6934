//! Conformance against PhoenixKit 1.7.71 (`tests/reference/snapshots/vNN.txt`, produced by running
//! the original migrations one version per call): for every implemented version N,
//! - up to N on an empty database gives the reference snapshot byte for byte;
//! - up to M, then up to N, gives the same snapshot, for M in N-1, N/2 and N/3;
//! - re-running up at N executes no DDL and changes nothing;
//! - down from N to N-1 gives the reference snapshot of N-1 (documented exceptions in `expected_after_down`).

use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};

use pk_runtime::Down;
use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_tests::{
    TestDb, assert_snapshot_eq, clone_db, down_fresh_install, expected_after_down, fresh_db,
    reference_snapshot, snapshot,
};
use sqlx::PgPool;

/// Runs `check` for every version 0..=latest on three worker threads (each with its own runtime)
/// and reports every failure at once.
fn for_each_version<F, Fut>(check: F)
where
    F: Fn(u32) -> Fut + Sync,
    Fut: Future<Output = ()>,
{
    let next = AtomicU32::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("runtime");
                loop {
                    let n = next.fetch_add(1, Ordering::SeqCst);
                    if n > CHAIN.latest() {
                        break;
                    }
                    if let Err(panic) =
                        catch_unwind(AssertUnwindSafe(|| runtime.block_on(check(n))))
                    {
                        let message = panic
                            .downcast_ref::<String>()
                            .cloned()
                            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                            .unwrap_or_else(|| "panicked".into());
                        failures
                            .lock()
                            .expect("failures lock")
                            .push(format!("version {n}: {message}"));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().expect("failures lock");
    assert!(
        failures.is_empty(),
        "{} version(s) failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// A database at version `n`, migrated from scratch in one call.
async fn migrated_to(n: u32) -> (TestDb, PgPool) {
    let db = fresh_db().await;
    let pool = db.pool().await;
    phoenix_kit::up_to(&pool, "public", n)
        .await
        .unwrap_or_else(|e| panic!("up to {n}: {e}"));
    (db, pool)
}

/// A database at version `n`: a copy of this process's template for `n`, which is built once by
/// copying the template for `n - 1` and applying version `n` (one version per call, as the
/// reference was made). Tests that start *from* a version use it; the test of `up` itself
/// migrates from scratch.
async fn at_version(n: u32) -> (TestDb, PgPool) {
    let template = template(n).await;
    let db = clone_db(template).await;
    let pool = db.pool().await;
    (db, pool)
}

fn template(n: u32) -> std::pin::Pin<Box<dyn Future<Output = &'static TestDb>>> {
    static TEMPLATES: OnceLock<Vec<tokio::sync::OnceCell<TestDb>>> = OnceLock::new();
    let cells = TEMPLATES.get_or_init(|| {
        (0..=CHAIN.latest())
            .map(|_| tokio::sync::OnceCell::new())
            .collect()
    });
    Box::pin(async move {
        cells[n as usize]
            .get_or_init(|| async move {
                let db = match n {
                    0 => fresh_db().await,
                    _ => clone_db(template(n - 1).await).await,
                };
                let pool = db.pool().await;
                phoenix_kit::up_to(&pool, "public", n)
                    .await
                    .unwrap_or_else(|e| panic!("template: up to {n}: {e}"));
                // A template must have no open connections when it is copied.
                pool.close().await;
                db
            })
            .await
    })
}

#[test]
fn up_to_each_version_matches_the_reference() {
    for_each_version(|n| async move {
        let (db, pool) = migrated_to(n).await;
        assert_snapshot_eq(
            &format!("up 0→{n}"),
            &reference_snapshot(n),
            &snapshot(&db.url, "public"),
        );
        // `pk verify` agrees: a conformant install has no drift.
        let migrator = phoenix_kit::migrator("public").expect("migrator");
        let mut conn = pool.acquire().await.expect("connection");
        let report = pk_runtime::verify::verify(&migrator, &mut conn)
            .await
            .expect("verify");
        assert!(report.is_clean(), "verify at {n}:\n{}", report.render());
    });
}

/// The earlier versions an up to N starts from: N-1 (so every version boundary is crossed by a
/// separate call once), N/2 and a third of N (multi-version runs); 0 is the test above.
fn starting_points(n: u32) -> Vec<u32> {
    let mut points: Vec<u32> = [n.saturating_sub(1), n / 2, n / 3]
        .into_iter()
        .filter(|&m| m > 0 && m < n)
        .collect();
    points.sort_unstable();
    points.dedup();
    points
}

#[test]
fn up_from_earlier_versions_matches_the_reference() {
    for_each_version(|n| async move {
        let expected = reference_snapshot(n);
        for m in starting_points(n) {
            let (db, pool) = at_version(m).await;
            phoenix_kit::up_to(&pool, "public", n)
                .await
                .unwrap_or_else(|e| panic!("up {m}→{n}: {e}"));
            assert_snapshot_eq(
                &format!("up 0→{m}→{n}"),
                &expected,
                &snapshot(&db.url, "public"),
            );
        }
    });
}

/// Records every DDL command of the database in `pk_audit.ddl` (an event trigger sees what any
/// session runs, so this proves what pk sent, not what pk says it sent).
async fn audit_ddl(pool: &PgPool) {
    sqlx::raw_sql(
        "CREATE SCHEMA pk_audit;
         CREATE TABLE pk_audit.ddl (tag text NOT NULL);
         CREATE FUNCTION pk_audit.log() RETURNS event_trigger LANGUAGE plpgsql AS
           $$ BEGIN INSERT INTO pk_audit.ddl VALUES (tg_tag); END $$;
         CREATE EVENT TRIGGER pk_audit_ddl ON ddl_command_start EXECUTE FUNCTION pk_audit.log();",
    )
    .execute(pool)
    .await
    .expect("install the DDL audit");
}

async fn audited_ddl(pool: &PgPool) -> Vec<String> {
    let tags: Vec<String> = sqlx::query_scalar("SELECT tag FROM pk_audit.ddl")
        .fetch_all(pool)
        .await
        .expect("read audit");
    sqlx::raw_sql("DROP EVENT TRIGGER pk_audit_ddl; DROP SCHEMA pk_audit CASCADE;")
        .execute(pool)
        .await
        .expect("remove the DDL audit");
    tags
}

#[test]
fn rerunning_up_executes_no_ddl_and_changes_nothing() {
    for_each_version(|n| async move {
        let (db, pool) = at_version(n).await;
        let before = snapshot(&db.url, "public");
        audit_ddl(&pool).await;
        let applied = phoenix_kit::up_to(&pool, "public", n)
            .await
            .unwrap_or_else(|e| panic!("re-run at {n}: {e}"));
        assert!(
            applied.versions.is_empty(),
            "re-run at {n} applied {:?}",
            applied.versions
        );
        let tags = audited_ddl(&pool).await;
        assert!(tags.is_empty(), "re-run at {n} executed DDL: {tags:?}");
        assert_snapshot_eq(
            &format!("re-run at {n}"),
            &before,
            &snapshot(&db.url, "public"),
        );
    });
}

/// Every version's up is idempotent, data transforms included: with its marker set back by hand
/// (as after a crash between statements of a non-transactional DDL, or an operator's mistake),
/// running it again leaves the snapshot as it was.
#[test]
fn rerunning_a_version_after_resetting_its_marker_changes_nothing() {
    for_each_version(|n| async move {
        if n < 2 {
            return;
        }
        let (db, pool) = at_version(n).await;
        let before = snapshot(&db.url, "public");
        sqlx::raw_sql(&format!(
            "COMMENT ON TABLE public.phoenix_kit IS '{}'",
            n - 1
        ))
        .execute(&pool)
        .await
        .expect("reset the marker");
        let applied = phoenix_kit::up_to(&pool, "public", n)
            .await
            .unwrap_or_else(|e| panic!("re-run of {n} after a marker reset: {e}"));
        assert_eq!(applied.versions, vec![n]);
        assert_snapshot_eq(
            &format!("re-run of {n} after a marker reset"),
            &before,
            &snapshot(&db.url, "public"),
        );
    });
}

#[test]
fn down_one_version_restores_the_previous_snapshot() {
    for_each_version(|n| async move {
        if n == 0 {
            return;
        }
        let (db, pool) = at_version(n).await;
        if let Down::Irreversible(_) = CHAIN.version(n).expect("in the chain").down {
            // Refused before anything changes, naming the version.
            let before = snapshot(&db.url, "public");
            let error = phoenix_kit::down_to(&pool, "public", n - 1)
                .await
                .expect_err("an irreversible version's down must be refused");
            assert!(
                matches!(error, pk_runtime::Error::Irreversible { version, .. } if version == n),
                "down {n}→{}: {error}",
                n - 1
            );
            assert_snapshot_eq(
                &format!("refused down {n}→{}", n - 1),
                &before,
                &snapshot(&db.url, "public"),
            );
            return;
        }
        // A fresh install holds no data but V53/V55's raw-SQL Admin permissions, which count as
        // data: the helper asserts that and opts in to destroying them (allow_data_loss).
        let applied = down_fresh_install(&pool, "public", n - 1)
            .await
            .unwrap_or_else(|e| panic!("down {n}→{}: {e}", n - 1));
        assert_eq!(applied.versions, vec![n]);
        assert_eq!(
            phoenix_kit::migrated_version(&pool, "public")
                .await
                .expect("version"),
            n - 1
        );
        assert_snapshot_eq(
            &format!("down {n}→{}", n - 1),
            &expected_after_down(n, n - 1),
            &snapshot(&db.url, "public"),
        );
    });
}

/// A full down from the latest version either completes, leaving no PhoenixKit object, or is
/// refused before any change, naming the first irreversible version on the way; a down to that
/// version then works and leaves it exactly.
#[tokio::test]
async fn down_from_latest_to_zero_completes_or_refuses_at_the_first_irreversible_version() {
    let (db, pool) = at_version(CHAIN.latest()).await;
    let floor = CHAIN.down_floor(CHAIN.latest());
    if floor == 0 {
        phoenix_kit::down_to(&pool, "public", 0)
            .await
            .expect("down to 0");
        assert_eq!(
            phoenix_kit::migrated_version(&pool, "public")
                .await
                .expect("version"),
            0
        );
        assert_snapshot_eq(
            "down latest→0",
            &expected_after_down(CHAIN.latest(), 0),
            &snapshot(&db.url, "public"),
        );
        return;
    }
    let before = snapshot(&db.url, "public");
    let error = phoenix_kit::down_to(&pool, "public", 0)
        .await
        .expect_err("a down through an irreversible version must be refused");
    let message = error.to_string();
    assert!(
        matches!(error, pk_runtime::Error::Irreversible { version, .. } if version == floor),
        "{message}"
    );
    assert!(
        message.contains(&format!("V{floor:02}")) && message.contains("nothing was changed"),
        "{message}"
    );
    assert_snapshot_eq(
        "refused down latest→0",
        &before,
        &snapshot(&db.url, "public"),
    );

    phoenix_kit::down_to(&pool, "public", floor)
        .await
        .unwrap_or_else(|e| panic!("down latest→{floor}: {e}"));
    assert_snapshot_eq(
        &format!("down latest→{floor}"),
        &expected_after_down(CHAIN.latest(), floor),
        &snapshot(&db.url, "public"),
    );
}

/// Every version below the last irreversible one goes down to 0 (the chain below it is whole).
#[tokio::test]
async fn down_to_zero_from_below_the_irreversible_versions_removes_every_table() {
    let start = CHAIN.down_floor(CHAIN.latest()).saturating_sub(1).max(1);
    let (db, pool) = at_version(start).await;
    // Through V53 and V55: their raw-SQL Admin permissions count as data, deliberately destroyed
    // here (allow_data_loss); the helper asserts nothing else would be.
    down_fresh_install(&pool, "public", 0)
        .await
        .unwrap_or_else(|e| panic!("down {start}→0: {e}"));
    assert_eq!(
        phoenix_kit::migrated_version(&pool, "public")
            .await
            .expect("version"),
        0
    );
    assert_snapshot_eq(
        &format!("down {start}→0"),
        &expected_after_down(start, 0),
        &snapshot(&db.url, "public"),
    );
}
