//! `pk up` with several tenants (`--prefix a --prefix b …`, `--prefixes-file`, `--jobs`), against
//! real PostgreSQL: every tenant is migrated, failures are reported per tenant without stopping
//! the others, and `status`/`down` keep taking one prefix.

use std::process::{Command, Output};

use pk_runtime::phoenix_kit;
use pk_tests::fresh_db;

fn pk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pk"))
        .args(args)
        .env_remove("DATABASE_URL")
        .output()
        .expect("run pk")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[tokio::test]
async fn pk_up_migrates_several_tenants_and_reports_each_one() {
    let db = fresh_db().await;
    let url = db.url.as_str();
    let pool = db.pool().await;
    // Two tenants that cannot be migrated: `broken` claims V20 with nothing behind its marker (V21
    // fails and is rolled back), `garbled` has a marker that is not a number (refused up front).
    sqlx::raw_sql(
        "CREATE SCHEMA broken; CREATE TABLE broken.phoenix_kit (id integer);
         COMMENT ON TABLE broken.phoenix_kit IS '20';
         CREATE SCHEMA garbled; CREATE TABLE garbled.phoenix_kit (id integer);
         COMMENT ON TABLE garbled.phoenix_kit IS 'twenty';",
    )
    .execute(&pool)
    .await
    .expect("set up the broken tenants");
    let dir = std::env::temp_dir().join(format!("pk-tenants-{}", db.name));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("tenants.txt");
    std::fs::write(
        &file,
        "# one prefix per line\nfile_a\n\n   # an indented comment\nTenant File \"B\"\n",
    )
    .expect("write the prefixes file");
    let file = file.to_str().expect("utf-8 path");

    let args = [
        "up",
        "--database-url",
        url,
        "--prefix",
        "t_a",
        "--prefix",
        "broken",
        "--prefix",
        "Quoted T",
        "--prefix",
        "garbled",
        "--prefixes-file",
        file,
        "--jobs",
        "2",
        "--to",
        "30",
    ];
    let up = pk(&args);
    let (out, err) = (stdout(&up), stderr(&up));
    assert_eq!(up.status.code(), Some(1), "stdout:\n{out}\nstderr:\n{err}");

    // Progress lines name their tenant.
    for tenant in ["t_a", "Quoted T", "file_a", "Tenant File \"B\""] {
        assert!(
            err.contains(&format!(
                "[{tenant}] Applying PhoenixKit V00→V30 in {tenant} (30 migrations)\n"
            )),
            "{err}"
        );
        assert!(err.contains(&format!("[{tenant}] V30 applied: ")), "{err}");
    }
    // The summary: one row per tenant, in the order given.
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 8, "{out}");
    assert!(rows[0].starts_with("prefix ") && rows[0].contains(" | from → to | result"));
    let row = |tenant: &str| {
        *rows
            .iter()
            .find(|row| row.starts_with(&format!("{tenant} ")))
            .unwrap_or_else(|| panic!("no row for {tenant}:\n{out}"))
    };
    for tenant in ["t_a", "Quoted T", "file_a", "Tenant File \"B\""] {
        assert!(
            row(tenant).ends_with("| V00 → V30 | ok (30 applied)"),
            "{out}"
        );
    }
    assert!(
        row("broken").contains("| V20 → V20 | error: prefix broken: V21 failed at"),
        "{out}"
    );
    assert!(
        row("garbled").contains("| ? → ?     | error: prefix garbled: the version marker"),
        "{out}"
    );
    assert_eq!(rows[7], "6 tenants: 4 ok, 2 failed", "{out}");
    // One error line, last, naming both failures.
    let last = err.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("error: 2 of 6 tenants failed: prefix broken: V21 failed at")
            && last.contains("; prefix garbled: the version marker"),
        "{err}"
    );

    // The failures left the others alone, and themselves where they were.
    for (tenant, version) in [
        ("t_a", 30),
        ("Quoted T", 30),
        ("file_a", 30),
        ("Tenant File \"B\"", 30),
        ("broken", 20),
    ] {
        assert_eq!(
            phoenix_kit::migrated_version(&pool, tenant)
                .await
                .expect("version"),
            version,
            "{tenant}"
        );
    }

    // Again, without the broken ones: nothing to do, exit 0.
    let again = pk(&[
        "up",
        "--database-url",
        url,
        "--prefix",
        "t_a",
        "--prefix",
        "Quoted T",
        "--prefixes-file",
        file,
        "--to",
        "30",
    ]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        stdout(&again)
            .lines()
            .filter(|l| l.ends_with("| V30 → V30 | ok (up to date)"))
            .count(),
        4,
        "{}",
        stdout(&again)
    );

    // An invalid prefix anywhere in the list: refused before anything runs.
    let refused = pk(&[
        "up",
        "--database-url",
        url,
        "--prefix",
        "t_b",
        "--prefix",
        "pg_t",
    ]);
    assert_eq!(refused.status.code(), Some(1));
    assert_eq!(
        stderr(&refused),
        "error: invalid prefix \"pg_t\": system schemas (pg_*, information_schema) cannot hold a chain\n"
    );
    assert_eq!(
        phoenix_kit::migrated_version(&pool, "t_b")
            .await
            .expect("version"),
        0
    );

    // status and down take one prefix.
    for command in [
        vec![
            "status",
            "--database-url",
            url,
            "--prefix",
            "t_a",
            "--prefix",
            "file_a",
        ],
        vec![
            "down",
            "--database-url",
            url,
            "--prefix",
            "t_a",
            "--prefix",
            "file_a",
            "--to",
            "0",
        ],
    ] {
        let output = pk(&command);
        assert_eq!(output.status.code(), Some(1), "{command:?}");
        assert_eq!(
            stderr(&output),
            format!(
                "error: pk {} takes one --prefix, got 2; `pk up` migrates several\n",
                command[0]
            )
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
