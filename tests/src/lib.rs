//! Integration-test harness for pk: fresh databases on a real PostgreSQL server and the
//! reference schema snapshots that migrated databases are compared against.
//!
//! The server is the one named by `PK_TEST_DATABASE_URL` (a superuser URL) when that is set,
//! otherwise a throwaway cluster started once per test process from the machine's PostgreSQL
//! server binaries.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use pk_devdb::LocalCluster;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, PgConnection, PgPool};

/// A database created for one test. It is never dropped: a throwaway cluster disappears with
/// the test process, and on an external server the unique names keep runs apart.
#[derive(Debug)]
pub struct TestDb {
    pub url: String,
    pub name: String,
}

impl TestDb {
    /// A small pool on this database; two connections are enough for any single test, and
    /// keeping it small lets many tests share one server.
    pub async fn pool(&self) -> PgPool {
        PgPoolOptions::new()
            .max_connections(2)
            .connect(&self.url)
            .await
            .unwrap_or_else(|e| panic!("cannot connect to test database {}: {e}", self.name))
    }
}

/// The server that test databases are created on.
#[derive(Debug)]
enum Server {
    /// An existing server; the URL is a superuser's and may carry a password.
    External { admin_url: String },
    /// A throwaway cluster owned by this process.
    Local(LocalCluster),
}

impl Server {
    /// URL of a database that always exists, for running CREATE DATABASE.
    fn admin_url(&self) -> String {
        match self {
            Server::External { admin_url } => admin_url.clone(),
            Server::Local(cluster) => cluster.url("postgres"),
        }
    }

    fn database_url(&self, database: &str) -> String {
        match self {
            Server::External { admin_url } => with_database(admin_url, database),
            Server::Local(cluster) => cluster.url(database),
        }
    }
}

/// The process-wide server, started on first use. A failure is kept too, so every test
/// reports it instead of trying again.
fn server() -> &'static Server {
    static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();
    let server = SERVER.get_or_init(|| match std::env::var("PK_TEST_DATABASE_URL") {
        Ok(admin_url) if !admin_url.is_empty() => Ok(Server::External { admin_url }),
        _ => LocalCluster::start_ephemeral()
            .map(Server::Local)
            .map_err(|e| e.to_string()),
    });
    match server {
        Ok(server) => server,
        Err(e) => panic!("cannot start the test PostgreSQL cluster: {e}"),
    }
}

/// Creates a fresh, uniquely named, empty database and returns it. Safe to call from many
/// tests in parallel.
pub async fn fresh_db() -> TestDb {
    create_db("template0").await
}

/// A new database that is a copy of `template` (`CREATE DATABASE … TEMPLATE`), which must have
/// no open connections. Copying is much faster than migrating a database to the same state.
pub async fn clone_db(template: &TestDb) -> TestDb {
    create_db(&template.name).await
}

async fn create_db(template: &str) -> TestDb {
    static COUNTER: AtomicU32 = AtomicU32::new(0);

    // Starting the cluster blocks for a second or two, which must not stall the runtime.
    let server = match tokio::task::spawn_blocking(server).await {
        Ok(server) => server,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    };
    let name = format!(
        "pk_t_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );

    // A connection per call rather than a shared pool: each #[tokio::test] has its own runtime,
    // and a pool cannot outlive the runtime it was created on.
    let mut admin = PgConnection::connect(&server.admin_url())
        .await
        .unwrap_or_else(|e| panic!("cannot connect to the test server: {e}"));
    // A template's last connection may still be closing (a pool's close can return a moment
    // before the server has let go of its backend): retry that one error briefly.
    let create = format!(r#"CREATE DATABASE "{name}" TEMPLATE "{template}""#);
    let mut attempts = 0;
    loop {
        match sqlx::raw_sql(&create).execute(&mut admin).await {
            Ok(_) => break,
            Err(e)
                if attempts < 50 && e.to_string().contains("is being accessed by other users") =>
            {
                attempts += 1;
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Err(e) => panic!("cannot create test database {name}: {e}"),
        }
    }
    // The database exists either way; a failed goodbye to the server is no reason to fail.
    let _ = admin.close().await;

    TestDb {
        url: server.database_url(&name),
        name,
    }
}

/// `url` with its database (the path) replaced by `database`, keeping any query string.
fn with_database(url: &str, database: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        panic!("PK_TEST_DATABASE_URL must be a URL such as postgres://user@host/postgres");
    };
    let (authority, tail) = rest.split_at(rest.find(['/', '?', '#']).unwrap_or(rest.len()));
    let query = &tail[tail.find(['?', '#']).unwrap_or(tail.len())..];
    format!("{scheme}://{authority}/{database}{query}")
}

/// A PhoenixKit down in `prefix` to `to` on a database holding only what the chain itself put
/// there (a fresh install). pk refuses a down that would destroy data (`Error::DataLoss`); on
/// such a database the only data it can find is the Admin role's permissions, which V53 and V55
/// insert with raw SQL rather than `seed!`, so they are not the chain's seed rows and count (see
/// `pk_runtime::loss`). This asserts that nothing else was found, then opts in deliberately with
/// `allow_data_loss(true)` for those rows. Any other error, or loss anywhere else, is returned.
pub async fn down_fresh_install(
    pool: &PgPool,
    prefix: &str,
    to: u32,
) -> Result<pk_runtime::Applied, pk_runtime::Error> {
    use pk_runtime::Error;
    let migrator = pk_runtime::phoenix_kit::migrator(prefix)?;
    let mut conn = pool.acquire().await.map_err(Error::Connect)?;
    match migrator.down(&mut conn, to).await {
        Err(Error::DataLoss { losses, .. })
            if losses
                .iter()
                .all(|loss| loss.table == "phoenix_kit_role_permissions") =>
        {
            migrator.allow_data_loss(true).down(&mut conn, to).await
        }
        other => other,
    }
}

/// The directory of the reference material (`tests/reference`).
fn reference_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("reference")
}

/// Runs the snapshot script (`pk_runtime::snapshot::SCRIPT`, the one the reference snapshots
/// were made with) through psql exactly as the reference snapshots were made and returns its
/// output. Panics with psql's error output on failure.
pub fn snapshot(url: &str, prefix: &str) -> String {
    let mut child = Command::new(psql_program())
        .args(["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-v"])
        .arg(format!("prefix={prefix}"))
        .args(["-f", "-"])
        .arg(url)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run psql ({e}); install the PostgreSQL client"));
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(pk_runtime::snapshot::SCRIPT.as_bytes())
        .expect("psql reads the script");
    let output = child.wait_with_output().expect("psql runs");
    if !output.status.success() {
        panic!(
            "snapshot of schema {prefix} failed (psql {}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    String::from_utf8(output.stdout)
        .unwrap_or_else(|e| panic!("snapshot of schema {prefix} is not UTF-8: {e}"))
}

/// psql from PK_PG_BIN when that directory has one (so client and server match), else from PATH.
fn psql_program() -> PathBuf {
    std::env::var_os("PK_PG_BIN")
        .map(|dir| Path::new(&dir).join("psql"))
        .filter(|psql| psql.is_file())
        .unwrap_or_else(|| PathBuf::from("psql"))
}

/// The reference snapshot of schema version `version` (`reference/snapshots/vNN.txt`).
pub fn reference_snapshot(version: u32) -> String {
    let path = reference_dir().join(format!("snapshots/v{version:02}.txt"));
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read reference snapshot {}: {e}", path.display()))
}

/// What a down from `from` to `to` is expected to leave, where pk deliberately matches
/// PhoenixKit's down rather than the reference snapshot of `to`.
pub fn expected_after_down(from: u32, to: u32) -> String {
    let mut expected = reference_snapshot(to);
    // V01's and V26's downs keep the citext and pgcrypto extensions, as PhoenixKit's do:
    // extensions are database-wide and other schemas (tenants) or the administrator's own tables
    // may use them.
    if to == 0 {
        expected = expected.replacen(
            "schema|<prefix>|exists\n",
            "schema|<prefix>|exists\nextension|citext|<prefix>\n",
            1,
        );
    }
    if to < 26 && from >= 26 {
        expected = expected.replacen(
            "extension|citext|<prefix>\n",
            "extension|citext|<prefix>\nextension|pgcrypto|<prefix>\n",
            1,
        );
    }
    // V02's down re-adds `is_active` at the end of the table, as PhoenixKit's does. PostgreSQL
    // cannot insert a column at a position; rebuilding the table to restore the order would
    // rewrite every row and its foreign keys for a cosmetic difference. We match PhoenixKit.
    if to == 1 {
        let is_active = "column|phoenix_kit_user_role_assignments|6|is_active|boolean|not null|default=true|identity=|generated=|collation=\n";
        let inserted_at = "column|phoenix_kit_user_role_assignments|7|inserted_at|timestamp(0) without time zone|not null|default=|identity=|generated=|collation=\n";
        assert!(
            expected.contains(is_active) && expected.contains(inserted_at),
            "reference v01 changed"
        );
        expected = expected.replacen(
            &format!("{is_active}{inserted_at}"),
            &format!(
                "{}{}",
                inserted_at.replace("|7|", "|6|"),
                is_active.replace("|6|", "|7|")
            ),
            1,
        );
    }
    // V47's down re-adds the text columns it replaced with JSONB, and `translations`, after the
    // others: PostgreSQL adds columns at the end. PhoenixKit's down does the same.
    if to == 46 {
        expected = move_columns_to_end(
            &expected,
            "phoenix_kit_shop_products",
            &[
                "title",
                "slug",
                "description",
                "body_html",
                "seo_title",
                "seo_description",
                "translations",
            ],
        );
        expected = move_columns_to_end(
            &expected,
            "phoenix_kit_shop_categories",
            &["name", "slug", "description", "translations"],
        );
    }
    // V54's down re-adds `image_url` (dropped by its up, its URLs lost) at the end of the
    // categories table, as PhoenixKit's down (`ADD COLUMN image_url TEXT`) does.
    if to == 53 {
        expected = move_columns_to_end(&expected, "phoenix_kit_shop_categories", &["image_url"]);
    }
    // V71's down re-adds `product_ids` (its data gone, as upstream) after the column V71 kept.
    if to == 70 {
        expected = move_columns_to_end(&expected, "phoenix_kit_shop_import_logs", &["product_ids"]);
    }
    expected
}

/// The snapshot with `columns` of `table` moved, in this order, behind the table's other columns
/// (positions renumbered), as `ALTER TABLE … ADD COLUMN` leaves a re-added column.
pub fn move_columns_to_end(snapshot: &str, table: &str, columns: &[&str]) -> String {
    let prefix = format!("column|{table}|");
    let lines: Vec<&str> = snapshot.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no columns of {table} in the reference"));
    let count = lines[first..]
        .iter()
        .take_while(|l| l.starts_with(&prefix))
        .count();
    let name_of = |line: &str| line.split('|').nth(3).unwrap_or_default().to_owned();
    let mut block: Vec<&str> = lines[first..first + count].to_vec();
    block.sort_by_key(|line| {
        let name = name_of(line);
        columns.iter().position(|c| *c == name).map_or(0, |i| i + 1)
    });
    let renumbered: Vec<String> = block
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let mut fields: Vec<&str> = line.split('|').collect();
            let position = (i + 1).to_string();
            fields[2] = &position;
            fields.join("|")
        })
        .collect();
    let mut out: Vec<String> = lines[..first].iter().map(|l| (*l).to_owned()).collect();
    out.extend(renumbered);
    out.extend(lines[first + count..].iter().map(|l| (*l).to_owned()));
    out.join("\n") + "\n"
}

/// Asserts that two snapshots are equal. On a mismatch it panics with `label` and a line diff:
/// lines only in `expected` are prefixed with "-", lines only in `actual` with "+".
pub fn assert_snapshot_eq(label: &str, expected: &str, actual: &str) {
    const SHOWN: usize = 60;
    if expected == actual {
        return;
    }
    let expected_lines: Vec<&str> = expected.lines().collect();
    let actual_lines: Vec<&str> = actual.lines().collect();
    let changes = line_diff(&expected_lines, &actual_lines);
    if changes.is_empty() {
        panic!(
            "snapshot mismatch ({label}): the lines are equal but line endings or the final \
             newline differ ({} bytes expected, {} bytes actual)",
            expected.len(),
            actual.len()
        );
    }
    let removed = changes.iter().filter(|(sign, _)| *sign == '-').count();
    let mut message = format!(
        "snapshot mismatch ({label}): {removed} line(s) only in expected (-), {} only in actual (+)\n",
        changes.len() - removed
    );
    for (sign, line) in changes.iter().take(SHOWN) {
        // Writing to a String cannot fail.
        let _ = writeln!(message, "{sign}{line}");
    }
    if changes.len() > SHOWN {
        let _ = writeln!(
            message,
            "... and {} more differing line(s)",
            changes.len() - SHOWN
        );
    }
    panic!("{message}");
}

/// The differing lines of `a` and `b` in order, as ('-', line of a) and ('+', line of b).
fn line_diff<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(char, &'a str)> {
    // Beyond this many differences the shortest-edit search costs more memory than the
    // message is worth, and an unordered comparison says as much.
    const MAX_EDITS: usize = 2000;
    myers_diff(a, b, MAX_EDITS).unwrap_or_else(|| multiset_diff(a, b))
}

/// Myers' shortest edit script between `a` and `b`, or None if it needs more than `max_edits`.
fn myers_diff<'a>(a: &[&'a str], b: &[&'a str], max_edits: usize) -> Option<Vec<(char, &'a str)>> {
    // Slice lengths never exceed isize::MAX, so these conversions cannot fail.
    let n = isize::try_from(a.len()).ok()?;
    let m = isize::try_from(b.len()).ok()?;
    let max = n + m;
    let limit = max.min(isize::try_from(max_edits).ok()?);
    // v[offset + k] is the furthest x reached on diagonal k; k ranges over -max-1..=max+1.
    let offset = max + 1;
    let at = |k: isize| usize::try_from(offset + k).unwrap_or(0);
    let mut v = vec![0_isize; at(max + 1) + 1];
    // trace[d] holds v[-d-1..=d+1] as it was before step d, which is all backtracking needs.
    let mut trace: Vec<Vec<isize>> = Vec::new();
    for d in 0..=limit {
        trace.push(v[at(-d - 1)..=at(d + 1)].to_vec());
        for k in (-d..=d).step_by(2) {
            let down = k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)]);
            let mut x = if down { v[at(k + 1)] } else { v[at(k - 1)] + 1 };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[at(k)] = x;
            if x >= n && y >= m {
                return Some(backtrack(a, b, &trace));
            }
        }
    }
    None
}

/// Walks the Myers trace back from the end of both sequences, collecting the edits.
fn backtrack<'a>(a: &[&'a str], b: &[&'a str], trace: &[Vec<isize>]) -> Vec<(char, &'a str)> {
    let mut edits = Vec::new();
    let (mut x, mut y) = (a.len() as isize, b.len() as isize);
    for (d, v) in trace.iter().enumerate().rev() {
        let d = d as isize;
        let get = |k: isize| v[(k + d + 1) as usize];
        let k = x - y;
        let prev_k = if k == -d || (k != d && get(k - 1) < get(k + 1)) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = get(prev_k);
        let prev_y = prev_x - prev_k;
        // Equal lines (the snake) are skipped; one edit precedes them unless d is 0.
        while x > prev_x && y > prev_y {
            x -= 1;
            y -= 1;
        }
        if d > 0 {
            if x == prev_x {
                edits.push(('+', b[prev_y as usize]));
            } else {
                edits.push(('-', a[prev_x as usize]));
            }
        }
        (x, y) = (prev_x, prev_y);
    }
    edits.reverse();
    edits
}

/// Lines of `a` missing from `b` and lines of `b` missing from `a`, counting repeats.
fn multiset_diff<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<(char, &'a str)> {
    fn missing<'a>(sign: char, from: &[&'a str], other: &[&'a str]) -> Vec<(char, &'a str)> {
        let mut available: HashMap<&str, usize> = HashMap::new();
        for line in other {
            *available.entry(line).or_default() += 1;
        }
        from.iter()
            .filter(|line| match available.get_mut(**line) {
                Some(count) if *count > 0 => {
                    *count -= 1;
                    false
                }
                _ => true,
            })
            .map(|line| (sign, *line))
            .collect()
    }
    let mut changes = missing('-', a, b);
    changes.extend(missing('+', b, a));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(a: &str, b: &str) -> Vec<String> {
        let a: Vec<&str> = a.lines().collect();
        let b: Vec<&str> = b.lines().collect();
        line_diff(&a, &b)
            .into_iter()
            .map(|(s, l)| format!("{s}{l}"))
            .collect()
    }

    #[test]
    fn diff_reports_only_changed_lines_in_order() {
        assert_eq!(diff("a\nb\nc", "a\nb\nc"), Vec::<String>::new());
        assert_eq!(diff("a\nb\nc", "a\nc"), ["-b"]);
        assert_eq!(diff("a\nc", "a\nb\nc\nd"), ["+b", "+d"]);
        assert_eq!(diff("", "x"), ["+x"]);
        assert_eq!(diff("x\ny", ""), ["-x", "-y"]);
        assert_eq!(diff("a\nb\nc\nd", "a\nx\nc\ny"), ["-b", "+x", "-d", "+y"]);
    }

    #[test]
    fn diff_falls_back_to_unordered_comparison() {
        let a = ["p", "q", "r", "s"];
        let b = ["s", "q", "t"];
        assert_eq!(myers_diff(&a, &b, 1), None);
        assert_eq!(multiset_diff(&a, &b), [('-', "p"), ('-', "r"), ('+', "t")]);
    }

    #[test]
    fn database_is_replaced_in_urls() {
        assert_eq!(
            with_database("postgres://u:p@h:5432/postgres?sslmode=disable", "d"),
            "postgres://u:p@h:5432/d?sslmode=disable"
        );
        assert_eq!(with_database("postgresql://h", "d"), "postgresql://h/d");
        assert_eq!(
            with_database("postgres:///x?host=/run/pg", "d"),
            "postgres:///d?host=/run/pg"
        );
    }

    #[test]
    #[should_panic(expected = "-b")]
    fn mismatch_panics_with_diff() {
        assert_snapshot_eq("label", "a\nb\n", "a\n");
    }
}
