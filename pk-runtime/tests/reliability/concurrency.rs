//! Concurrency: migrators started at once on one database apply every version exactly once, and
//! two prefixes migrate in parallel.

use std::process::{Child, Output};
use std::time::{Duration, Instant};

use pk_runtime::phoenix_kit::CHAIN;
use pk_runtime::{Prefix, lock_key};
use pk_tests::fresh_db;

use crate::common::{applied_version, assert_conformant, connect, spawn_pk, stderr};
use crate::{install_audit, pg_locks_key};

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
