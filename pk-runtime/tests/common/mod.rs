//! Helpers shared by the tests that run the `pk` binary against real PostgreSQL and interrupt it
//! (`tests/reliability/` and `tests/faults/`, whose `main.rs` each include this module): running
//! pk, reading its progress lines, timing the chain, comparing a prefix with the reference,
//! waiting for sessions, seeded randomness.

#![allow(dead_code, reason = "each test target uses a part of these helpers")]

use std::io::{BufRead as _, BufReader};
use std::process::{Child, Command, Output, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use pk_runtime::Migrator;
use pk_runtime::phoenix_kit::CHAIN;
use pk_tests::{TestDb, assert_snapshot_eq, reference_snapshot, snapshot};
use sqlx::{Connection, PgConnection};

pub fn spawn_pk(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_pk"))
        .args(args)
        .env_remove("DATABASE_URL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pk")
}

pub fn run_pk(args: &[&str]) -> Output {
    spawn_pk(args).wait_with_output().expect("run pk")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The `error: …` line of a failed run: its last line on stderr, and the only one that says
/// `error` (progress lines may come before it).
pub fn error_line(output: &Output) -> String {
    assert!(!output.status.success(), "succeeded: {}", stderr(output));
    let err = stderr(output);
    let last = err.lines().last().unwrap_or_default();
    assert!(last.starts_with("error: "), "{err}");
    assert_eq!(
        err.matches("error").count(),
        last.matches("error").count(),
        "{err}"
    );
    last.to_owned()
}

/// `Vnn applied: …` → nn.
pub fn applied_version(line: &str) -> Option<u32> {
    let rest = line.strip_prefix('V')?;
    let (number, rest) = rest.split_once(' ')?;
    rest.starts_with("applied:").then(|| number.parse().ok())?
}

/// Reads `child`'s stderr until a line that starts with `until` (or its end), then keeps
/// reading it in a thread, so that pk never blocks on a full pipe or writes to a closed one.
/// The thread returns all of stderr, the lines read here included.
pub fn follow(child: &mut Child, until: &str) -> JoinHandle<String> {
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let mut seen = String::new();
    while let Some(Ok(line)) = lines.next() {
        seen.push_str(&line);
        seen.push('\n');
        if line.starts_with(until) {
            break;
        }
    }
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            seen.push_str(&line);
            seen.push('\n');
        }
        seen
    })
}

/// How long an uninterrupted `pk up` 0→latest takes, from its progress lines: start-up (until
/// the plan line), each version (from the line before its "applied" line to that line), all.
#[derive(Debug)]
pub struct Timings {
    pub start_up: Duration,
    /// Indexed by version; `took[0]` is unused.
    pub took: Vec<Duration>,
    pub full: Duration,
}

impl Timings {
    /// Runs `pk up` on `url` (an empty database) and times it line by line.
    pub fn measure(url: &str) -> Timings {
        let mut child = spawn_pk(&["up", "--database-url", url]);
        let timer = Instant::now();
        let (mut start_up, mut took) = (None, vec![Duration::ZERO; CHAIN.latest() as usize + 1]);
        let mut last = timer.elapsed();
        let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
        while let Some(Ok(line)) = lines.next() {
            let now = timer.elapsed();
            if line.starts_with("Applying ") {
                start_up = Some(now);
            } else if let Some(number) = applied_version(&line) {
                took[number as usize] = now - last;
            }
            last = now;
        }
        assert!(
            child.wait().expect("wait for pk").success(),
            "calibration run failed"
        );
        Timings {
            start_up: start_up.expect("no plan line"),
            took,
            full: timer.elapsed(),
        }
    }

    /// The progress line after which `version` starts, for a run from `marker`: the plan line
    /// for the first pending version, else the previous version's "applied" line.
    pub fn line_before(marker: u32, version: u32) -> String {
        if version == marker + 1 {
            "Applying ".to_owned()
        } else {
            format!("V{:02} applied", version - 1)
        }
    }
}

pub async fn connect(url: &str) -> PgConnection {
    PgConnection::connect(url)
        .await
        .unwrap_or_else(|e| panic!("connect: {e}"))
}

pub async fn current_version(conn: &mut PgConnection, prefix: &str) -> u32 {
    Migrator::new(&CHAIN, prefix)
        .expect("migrator")
        .current_version(conn)
        .await
        .expect("read the version")
}

/// A [`make_role`] set-up: a role that may use the schema `app` but not create in it (the
/// database-wide extensions installed beforehand, as it could not create them either).
pub const READER: &str = "CREATE ROLE {role} LOGIN; CREATE SCHEMA app; \
     GRANT USAGE ON SCHEMA app TO {role}; CREATE EXTENSION citext; CREATE EXTENSION pgcrypto;";

/// Creates the role `<database>_<suffix>` with `setup` (SQL in which `{role}` stands for the
/// role's quoted name), run by `admin`; returns the role's name and a URL that logs in as it.
pub async fn make_role(
    admin: &mut PgConnection,
    db: &TestDb,
    suffix: &str,
    setup: &str,
) -> (String, String) {
    let role = format!("{}_{suffix}", db.name);
    let sql = setup.replace("{role}", &pk_runtime::quote_ident(&role));
    sqlx::raw_sql(&sql)
        .execute(admin)
        .await
        .unwrap_or_else(|e| panic!("set up role {role}: {e}"));
    let url = with_user(&db.url, &role, None);
    (role, url)
}

/// `url` with its user (and password) replaced.
pub fn with_user(url: &str, user: &str, password: Option<&str>) -> String {
    let (scheme, rest) = url.split_once("://").expect("a URL");
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let host = match rest[..end].rsplit_once('@') {
        Some((_, host)) => &rest[..end][rest[..end].len() - host.len()..],
        None => &rest[..end],
    };
    let user = match password {
        Some(password) => format!("{user}:{password}"),
        None => user.to_owned(),
    };
    format!("{scheme}://{user}@{host}{}", &rest[end..])
}

/// `url` with one more query parameter.
pub fn with_param(url: &str, param: &str) -> String {
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}{param}")
}

/// Asserts that `prefix` holds exactly the reference schema of `version`, ignoring objects of
/// the schemas in `others` (other tenants, the audit) and, for a prefix other than `public`, the
/// differences DESIGN allows: the extensions live in `public` (so `citext` is qualified by it)
/// and V26's index name is built from the prefix.
pub fn assert_conformant(db: &TestDb, prefix: &str, version: u32, others: &[&str]) {
    let mut actual: String = snapshot(&db.url, prefix)
        .lines()
        .filter(|line| {
            !others
                .iter()
                .any(|other| line.starts_with(&format!("other|{other}|")))
        })
        .map(|line| format!("{line}\n"))
        .collect();
    if prefix != "public" {
        let index = format!("{prefix}_phoenix_kit_files_user_file_checksum_index");
        // snapshot_query.sql normalizes `"name".` but not a name with a doubled quote in it.
        actual = actual.replace(
            &format!("{}.", pk_runtime::quote_ident(prefix)),
            "<prefix>.",
        );
        actual = actual
            .replace("extension|citext|public\n", "extension|citext|<prefix>\n")
            .replace(
                "extension|pgcrypto|public\n",
                "extension|pgcrypto|<prefix>\n",
            )
            .replace("|public.citext|", "|<prefix>.citext|")
            // pg_get_indexdef quotes the name where it needs quoting.
            .replace(
                &pk_runtime::quote_ident(&index),
                "public_phoenix_kit_files_user_file_checksum_index",
            )
            .replace(&index, "public_phoenix_kit_files_user_file_checksum_index");
    }
    let mut expected = reference_snapshot(version);
    if prefix != "public" {
        // The renamed index sorts elsewhere in its section: compare the lines in one order.
        let sorted = |text: &str| {
            let mut lines: Vec<&str> = text.lines().collect();
            lines.sort_unstable();
            lines
                .iter()
                .map(|line| format!("{line}\n"))
                .collect::<String>()
        };
        (expected, actual) = (sorted(&expected), sorted(&actual));
    }
    if prefix.contains('"') {
        // Function lines carry an md5 of the definition, whose header names the schema as
        // `"a""b".`, which snapshot_query.sql does not normalize: compare signatures only.
        let signatures = |text: &str| {
            text.lines()
                .map(|line| match line.split_once("|md5=") {
                    Some((head, _)) if line.starts_with("function|") => format!("{head}\n"),
                    _ => format!("{line}\n"),
                })
                .collect::<String>()
        };
        (expected, actual) = (signatures(&expected), signatures(&actual));
    }
    assert_snapshot_eq(&format!("{prefix} at V{version:02}"), &expected, &actual);
}

/// Waits until no `pk` session is left on this connection's database: a killed client's
/// server session ends (rolling back) only when the server notices the client is gone, and a
/// terminated one when it has processed the signal. Returns whether there was one to wait for.
pub async fn wait_for_sessions_to_end(conn: &mut PgConnection) -> bool {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut waited = false;
    loop {
        let left: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity \
             WHERE datname = current_database() AND application_name = 'pk'",
        )
        .fetch_one(&mut *conn)
        .await
        .expect("poll pg_stat_activity");
        if left == 0 {
            return waited;
        }
        waited = true;
        assert!(
            Instant::now() < deadline,
            "a killed pk's session did not end"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

pub fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    Some(
        value
            .parse()
            .unwrap_or_else(|_| panic!("{name}={value:?} is not a number")),
    )
}

/// The seed `name` gives, else one from the clock.
pub fn seed(name: &str) -> u64 {
    env_number(name).unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
    })
}

/// SplitMix64: a tiny deterministic generator, so a failing seed can be replayed.
pub struct SplitMix(pub u64);

impl SplitMix {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0).
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }

    /// A duration in `0..=max`, to the microsecond.
    pub fn within(&mut self, max: Duration) -> Duration {
        Duration::from_micros(self.below(max.as_micros() as u64 + 1))
    }
}
