//! Terminated connections: pk's server session ended by `pg_terminate_backend` mid-version, with
//! and without `pk up --retries`.

use std::time::Instant;

use pk_runtime::phoenix_kit::CHAIN;
use pk_tests::{assert_snapshot_eq, fresh_db, reference_snapshot, snapshot};

use crate::common::{
    READER, SplitMix, Timings, assert_conformant, connect, current_version, env_number, follow,
    make_role, run_pk, seed, spawn_pk, stderr, stdout, wait_for_sessions_to_end,
};
use crate::{SEED, named_version, terminate_pk};

/// `pk up` 0→latest whose server session is terminated (`pg_terminate_backend`, as a failover or
/// an administrator does) at random moments spread over the versions: pk fails with an error
/// that names the version and says the connection was lost, the version it was in is rolled back
/// whole (the schema is exactly the reference of the marker's version, and the marker is the
/// version before the one named, or that one when the connection was lost as it committed), and
/// `pk up` then finishes. A database takes at most three terminations, so that they land all
/// over the chain.
#[tokio::test]
async fn terminated_connections_roll_back_the_version_and_up_resumes() {
    let runs = env_number("PK_SOAK_TERMINATIONS").unwrap_or(8);
    let seed = seed(SEED);
    eprintln!("termination test: {runs} terminations, {SEED}={seed}");
    let mut rng = SplitMix(seed);
    let started = Instant::now();
    let latest = CHAIN.latest();
    let timings = Timings::measure(&fresh_db().await.url);

    const PER_DATABASE: u64 = 3;
    let (mut terminations, mut databases, mut finished) = (0_u64, 0_u32, 0_u32);
    let (mut rolled_back, mut uncertain_commit) = (0_u32, 0_u32);
    let mut named = Vec::new();
    while terminations < runs {
        let db = fresh_db().await;
        databases += 1;
        let mut admin = connect(&db.url).await;
        let (mut marker, mut here) = (0, 0);
        while marker < latest && here < PER_DATABASE && terminations < runs {
            // A pending version chosen evenly, then a random moment within its calibrated time.
            let version = marker + 1 + rng.below(u64::from(latest - marker)) as u32;
            let mut child = spawn_pk(&["up", "--database-url", &db.url]);
            let err = follow(&mut child, &Timings::line_before(marker, version));
            let delay = rng.within(timings.took[version as usize]);
            tokio::time::sleep(delay).await;
            let terminated = terminate_pk(&mut admin).await;
            let status = child.wait().expect("wait for pk");
            let err = err.join().expect("stderr");
            wait_for_sessions_to_end(&mut admin).await;
            let before = marker;
            marker = current_version(&mut admin, "public").await;
            let label = format!(
                "{SEED}={seed}, database {databases}, termination in V{version:02} after \
                 {delay:?}: schema at marker V{marker:02}"
            );
            assert_snapshot_eq(
                &label,
                &reference_snapshot(marker),
                &snapshot(&db.url, "public"),
            );
            if status.success() {
                // pk was done (or done with its last statement) before the termination.
                finished += 1;
                assert_eq!(marker, latest, "{label}: pk succeeded short of the latest");
                continue;
            }
            assert!(terminated, "{label}: pk failed untouched: {err}");
            let line = err.lines().last().unwrap_or_default();
            assert!(
                line.contains("the connection to the server was lost"),
                "{label}: {err}"
            );
            let failed = named_version(line)
                .unwrap_or_else(|| panic!("{label}: the error names no version: {line}"));
            assert!(
                failed > before && failed <= latest,
                "{label}: V{failed:02} named, the run started at V{before:02}: {line}"
            );
            if line.contains(&format!("V{failed:02} was rolled back")) {
                rolled_back += 1;
                assert_eq!(marker, failed - 1, "{label}: {line}");
            } else {
                // Lost at BEGIN, the lock or COMMIT: committed only if lost as it committed.
                uncertain_commit += 1;
                assert!(marker == failed - 1 || marker == failed, "{label}: {line}");
            }
            named.push((version, failed));
            terminations += 1;
            here += 1;
        }
        // Whatever the terminations left, `pk up` finishes it.
        let output = run_pk(&["up", "-q", "--database-url", &db.url]);
        assert!(
            output.status.success(),
            "{SEED}={seed}: resume: {}",
            stderr(&output)
        );
        assert_conformant(&db, "public", latest, &[]);
    }
    named.sort_unstable();
    eprintln!(
        "termination test: {terminations} terminations over {databases} databases \
         ({rolled_back} during a version's statements, \"V.. was rolled back\"; \
         {uncertain_commit} at BEGIN, the lock or COMMIT, \"V.. did not complete\"; {finished} \
         runs finished before their termination), (version aimed at, version named) {named:?}, a \
         whole up takes \
         {:?}, {:?} in all ({SEED}={seed})",
        timings.full,
        started.elapsed()
    );
}

/// `pk up --retries 3` whose session is terminated in the middle of the chain finishes in the
/// same call: one retry line on stderr naming the version and the lost connection, a second run
/// from the marker, the latest schema. The same with two tenants (both sessions terminated).
/// A permanent error (a privilege missing) is not retried.
#[tokio::test]
async fn up_with_retries_survives_terminated_connections() {
    let latest = CHAIN.latest();
    let middle = latest / 2;

    // One prefix.
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let mut child = spawn_pk(&["up", "--database-url", &db.url, "--retries", "3"]);
    let err = follow(&mut child, &format!("V{middle:02} applied"));
    assert!(terminate_pk(&mut admin).await, "no pk session to terminate");
    let output = child.wait_with_output().expect("wait for pk");
    let err = err.join().expect("stderr");
    assert!(output.status.success(), "{err}");
    let retries: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("retrying in "))
        .collect();
    assert!(
        matches!(retries.as_slice(), [line] if line.starts_with("retrying in 200ms (1 of 3): prefix public: V")
            && line.contains("the connection to the server was lost")),
        "{err}"
    );
    let failed = named_version(retries[0]).expect("the retry line names a version");
    assert!(failed > middle, "{err}");
    assert_eq!(err.matches("Applying PhoenixKit").count(), 2, "{err}");
    assert!(
        stdout(&output).contains(&format!(
            "PhoenixKit in public: V00→V{latest:02} done, {latest} migrations in"
        )),
        "{}",
        stdout(&output)
    );
    assert_conformant(&db, "public", latest, &[]);
    eprintln!("retries, one prefix: {}", retries[0]);

    // Two tenants, both sessions terminated.
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let mut child = spawn_pk(&[
        "up",
        "--database-url",
        &db.url,
        "--prefix",
        "tenant_a",
        "--prefix",
        "tenant_b",
        "--jobs",
        "2",
        "--retries",
        "3",
    ]);
    let err = follow(&mut child, &format!("[tenant_a] V{middle:02} applied"));
    assert!(terminate_pk(&mut admin).await, "no pk session to terminate");
    let output = child.wait_with_output().expect("wait for pk");
    let err = err.join().expect("stderr");
    assert!(output.status.success(), "{err}");
    assert!(
        err.lines().any(|l| l
            .starts_with("[tenant_a] retrying in 200ms (1 of 3): prefix tenant_a: V")
            && l.contains("the connection to the server was lost")),
        "{err}"
    );
    let out = stdout(&output);
    assert!(
        out.contains(&format!(
            "tenant_a | V00 → V{latest:02} | ok ({latest} applied)"
        )) && out.contains("2 tenants: 2 ok, 0 failed"),
        "{out}"
    );
    assert_conformant(&db, "tenant_a", latest, &["tenant_b"]);
    assert_conformant(&db, "tenant_b", latest, &["tenant_a"]);

    // A permanent error: a role that may use the schema but not create in it.
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let (_, url) = make_role(&mut admin, &db, "reader", READER).await;
    let output = run_pk(&[
        "up",
        "--database-url",
        &url,
        "--prefix",
        "app",
        "--retries",
        "3",
    ]);
    let err = stderr(&output);
    assert!(!output.status.success(), "{err}");
    assert!(
        !err.contains("retrying") && err.contains("permission denied for schema app"),
        "{err}"
    );
    assert_eq!(current_version(&mut admin, "app").await, 0);
}
