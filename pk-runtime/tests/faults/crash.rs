//! Server crash: an immediate shutdown of a cluster of the test's own in the middle of `pk up`.

use std::time::Instant;

use pk_devdb::LocalCluster;
use pk_runtime::phoenix_kit::CHAIN;
use pk_tests::{TestDb, assert_snapshot_eq, reference_snapshot, snapshot};
use sqlx::Connection;

use crate::common::{
    SplitMix, Timings, assert_conformant, connect, current_version, env_number, follow, run_pk,
    seed, spawn_pk, stderr,
};
use crate::{SEED, named_version};

/// The server crashes (an immediate shutdown of a cluster of this test's own, committing
/// synchronously) in the middle of
/// `pk up` 0→latest, at a random moment of a random version: pk fails naming a version and the
/// lost connection; after the restart (crash recovery) the schema is exactly the reference of
/// the marker's version (no version half applied) and `pk up` finishes. Every other crash hits a
/// `pk up --retries 10` instead, which waits for the restarted server and finishes by itself.
#[tokio::test]
async fn a_server_crash_leaves_whole_versions_and_up_finishes() {
    // A commit must survive the crash once acknowledged: the throwaway defaults' asynchronous
    // commit acknowledges before the WAL is written, and a crash loses what the server had not
    // written yet (fsync and full-page writes matter only if the machine crashes).
    let start = || LocalCluster::start_ephemeral_with(&["synchronous_commit=on"]);
    let cluster = match tokio::task::spawn_blocking(start).await {
        Ok(Ok(cluster)) => cluster,
        Ok(Err(e)) if std::env::var("PK_TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty()) => {
            eprintln!("server crash: skipped, no local cluster beside the external server ({e})");
            return;
        }
        Ok(Err(e)) => panic!("cannot start a cluster of the test's own: {e}"),
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    };
    let cluster = std::sync::Arc::new(cluster);
    let crashes = env_number("PK_SOAK_CRASHES").unwrap_or(2) as u32;
    let seed = seed(SEED);
    eprintln!("crash test: {crashes} server crashes, {SEED}={seed}");
    let mut rng = SplitMix(seed);
    let started = Instant::now();
    let latest = CHAIN.latest();
    let mut admin = connect(&cluster.url("postgres")).await;
    for i in 0..=crashes {
        sqlx::raw_sql(&format!("CREATE DATABASE crash_{i}"))
            .execute(&mut admin)
            .await
            .expect("create database");
    }
    admin.close().await.expect("close");
    let timings = Timings::measure(&cluster.url("crash_0"));

    let mut figures = Vec::new();
    for i in 1..=crashes {
        let db = TestDb {
            url: cluster.url(&format!("crash_{i}")),
            name: format!("crash_{i}"),
        };
        let with_retries = i % 2 == 0;
        // In the middle: pk still has versions to go when the server goes down.
        let version = 1 + rng.below(u64::from(latest - 10)) as u32;
        let mut args = vec!["up", "--database-url", db.url.as_str()];
        if with_retries {
            args.extend(["--retries", "10"]);
        }
        let mut child = spawn_pk(&args);
        let err = follow(&mut child, &Timings::line_before(0, version));
        let delay = rng.within(timings.took[version as usize]);
        tokio::time::sleep(delay).await;
        blocking(&cluster, LocalCluster::stop_immediately).await;
        if with_retries {
            blocking(&cluster, LocalCluster::restart).await;
            let status = child.wait().expect("wait for pk");
            let err = err.join().expect("stderr");
            assert!(status.success(), "{SEED}={seed}: pk up --retries: {err}");
            let retries: Vec<&str> = err
                .lines()
                .filter(|l| l.starts_with("retrying in "))
                .collect();
            assert!(!retries.is_empty(), "no retry: {err}");
            assert_conformant(&db, "public", latest, &[]);
            figures.push(format!(
                "crash aimed at V{version:02} (+{delay:?}) under --retries: {}",
                retries.join(" | ")
            ));
            continue;
        }
        let status = child.wait().expect("wait for pk");
        let err = err.join().expect("stderr");
        assert!(!status.success(), "pk up outlived the server: {err}");
        let line = err.lines().last().unwrap_or_default();
        let failed = named_version(line)
            .unwrap_or_else(|| panic!("{SEED}={seed}: the error names no version: {err}"));
        assert!(
            line.contains("the connection to the server was lost"),
            "{SEED}={seed}: {err}"
        );
        blocking(&cluster, LocalCluster::restart).await;
        let mut conn = connect(&db.url).await;
        let marker = current_version(&mut conn, "public").await;
        conn.close().await.expect("close");
        assert!(
            marker == failed - 1 || marker == failed,
            "{SEED}={seed}: marker V{marker:02} after: {line}"
        );
        assert_snapshot_eq(
            &format!(
                "{SEED}={seed}: after a crash in V{version:02}, schema at marker V{marker:02}"
            ),
            &reference_snapshot(marker),
            &snapshot(&db.url, "public"),
        );
        let output = run_pk(&["up", "-q", "--database-url", &db.url]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert_conformant(&db, "public", latest, &[]);
        figures.push(format!(
            "crash aimed at V{version:02} (+{delay:?}): marker V{marker:02} after the restart, {line}"
        ));
    }
    eprintln!(
        "crash test: {} in {:?} ({SEED}={seed})",
        figures.join("; "),
        started.elapsed()
    );
}

/// Runs a blocking cluster operation off the runtime's thread.
async fn blocking(
    cluster: &std::sync::Arc<LocalCluster>,
    operation: fn(&LocalCluster) -> Result<(), pk_devdb::DevDbError>,
) {
    let cluster = std::sync::Arc::clone(cluster);
    tokio::task::spawn_blocking(move || operation(&cluster))
        .await
        .expect("cluster operation")
        .expect("cluster operation failed");
}
