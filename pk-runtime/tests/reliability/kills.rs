//! Crash safety: `pk up` killed with SIGKILL at random moments leaves a marker that tells the
//! truth, and the next `pk up` resumes.

use std::time::Instant;

use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_tests::{assert_snapshot_eq, fresh_db, reference_snapshot, snapshot};

use crate::common::{
    SplitMix, Timings, assert_conformant, connect, env_number, follow, run_pk, seed, spawn_pk,
    stderr, wait_for_sessions_to_end,
};

/// `pk up` killed with SIGKILL at random moments of 0→latest, then resumed with `pk up`: right
/// after each kill (once its server session is gone) the schema is exactly the reference of the
/// version its marker names; every database ends at the reference of the latest version. A
/// database takes at most three kills, so that kills keep landing all over the chain.
#[tokio::test]
async fn killed_migrations_leave_a_truthful_marker_and_resume() {
    let runs = env_number("PK_CRASH_RUNS").unwrap_or(8);
    let seed = seed("PK_CRASH_SEED");
    eprintln!("crash test: {runs} kills, PK_CRASH_SEED={seed}");
    let mut rng = SplitMix(seed);
    let started = Instant::now();

    // One uninterrupted run, timed line by line.
    let Timings {
        start_up,
        took,
        full,
    } = Timings::measure(&fresh_db().await.url);

    const KILLS_PER_DATABASE: u32 = 3;
    let (mut kills, mut databases, mut completed, mut in_flight) = (0_u64, 0_u32, 0_u32, 0_u32);
    let mut markers = Vec::new();
    while kills < runs {
        let db = fresh_db().await;
        databases += 1;
        let mut conn = connect(&db.url).await;
        let (mut marker, mut kills_here) = (0, 0);
        loop {
            // The kill lands in start-up or in one of the pending versions, chosen evenly (not by
            // time, so that quick versions are hit as often as slow ones): after the line that
            // precedes it, at a random moment within its calibrated duration.
            let mut child = spawn_pk(&["up", "--database-url", &db.url]);
            let target = rng.below(u64::from(CHAIN.latest() - marker) + 1) as u32;
            let delay = if target == 0 {
                rng.within(start_up)
            } else {
                let version = marker + target;
                // Drained to the end, so that pk never writes to a closed pipe.
                drop(follow(&mut child, &Timings::line_before(marker, version)));
                rng.within(took[version as usize])
            };
            std::thread::sleep(delay);
            let killed = child.try_wait().expect("poll pk").is_none();
            if killed {
                child.kill().expect("SIGKILL pk");
            }
            let output = child.wait_with_output().expect("wait for pk");
            if !killed {
                assert!(output.status.success(), "pk up: {}", stderr(&output));
            }
            if wait_for_sessions_to_end(&mut conn).await && killed {
                in_flight += 1;
            }
            marker = phoenix_kit::migrator("public")
                .expect("migrator")
                .current_version(&mut conn)
                .await
                .unwrap_or_else(|e| panic!("seed {seed}: after a kill: {e}"));
            let label = format!(
                "seed {seed}, database {databases}, kill after {delay:?}: schema at marker V{marker:02}"
            );
            assert_snapshot_eq(
                &label,
                &reference_snapshot(marker),
                &snapshot(&db.url, "public"),
            );
            if killed {
                kills += 1;
                kills_here += 1;
                markers.push(marker);
            } else {
                completed += 1;
            }
            if marker == CHAIN.latest() || kills >= runs || kills_here == KILLS_PER_DATABASE {
                break;
            }
        }
        // Whatever the kills left, `pk up` finishes it.
        let output = run_pk(&["up", "-q", "--database-url", &db.url]);
        assert!(
            output.status.success(),
            "seed {seed}: resume: {}",
            stderr(&output)
        );
        assert_conformant(&db, "public", CHAIN.latest(), &[]);
    }
    markers.sort_unstable();
    eprintln!(
        "crash test: {kills} kills over {databases} databases ({in_flight} while the server was \
         still running its session's statement or transaction; {completed} runs finished before \
         their kill), markers at the kills {markers:?}, a whole up takes {full:?}, {:?} in all \
         (PK_CRASH_SEED={seed})",
        started.elapsed()
    );
}
