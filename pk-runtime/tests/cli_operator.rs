//! The command line as operators expect it: `.env`, global flags before or after the
//! subcommand, `list`, shell completions, `--version`, the development cluster (`dev`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pk_runtime::phoenix_kit::CHAIN;
use pk_tests::{fresh_db, reference_snapshot, snapshot};

/// Runs pk in `dir` with DATABASE_URL removed from the environment (unless `env_url`).
fn pk_in(dir: &Path, env_url: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pk"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("DATABASE_URL");
    if let Some(url) = env_url {
        command.env("DATABASE_URL", url);
    }
    command.output().expect("run pk")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A fresh directory of this test under the temporary directory, reachable by every user (the
/// development cluster runs as `postgres` when the tests run as root).
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pk-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[tokio::test]
async fn dotenv_supplies_the_url_flags_go_anywhere_and_list_shows_what_is_applied() {
    let db = fresh_db().await;
    let root = temp_dir("dotenv");
    let nested = root.join("a/b");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(root.join(".env"), format!("DATABASE_URL={}\n", db.url)).unwrap();

    // `.env` in a parent directory, global flags before the subcommand.
    let up = pk_in(
        &nested,
        None,
        &["-q", "--prefix", "public", "up", "--to", "3"],
    );
    assert!(up.status.success(), "pk -q up failed: {}", stderr(&up));
    assert_eq!(stderr(&up), "", "-q before the subcommand is quiet");
    assert_eq!(snapshot(&db.url, "public"), reference_snapshot(3));

    // -v names the source of the URL; the flag after the subcommand works as well.
    let status = pk_in(&nested, None, &["status", "-v"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let env_file = root.join(".env");
    assert!(
        stderr(&status).contains(&format!(
            "database: DATABASE_URL from {}",
            env_file.display()
        )),
        "{}",
        stderr(&status)
    );
    assert!(
        stdout(&status).contains("current version: 3\n"),
        "{}",
        stdout(&status)
    );

    // With a database: which versions are applied.
    let list = pk_in(&nested, None, &["list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    let lines: Vec<String> = stdout(&list).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), CHAIN.latest() as usize, "{}", stdout(&list));
    assert!(lines[2].starts_with("V03  applied  "), "{}", lines[2]);
    assert!(lines[3].starts_with("V04  pending  "), "{}", lines[3]);

    // The environment wins over the file.
    let env_wins = pk_in(
        &nested,
        Some("postgres://nobody@127.0.0.1:1/none"),
        &["status", "--connect-timeout", "3s"],
    );
    assert!(!env_wins.status.success());
    assert!(
        stderr(&env_wins).contains("cannot connect to the database at 127.0.0.1:1"),
        "{}",
        stderr(&env_wins)
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn list_completions_and_version_need_no_database() {
    let dir = temp_dir("nodb");
    let list = pk_in(&dir, None, &["list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    let out = stdout(&list);
    assert_eq!(out.lines().count(), CHAIN.latest() as usize, "{out}");
    assert!(out.starts_with("V01  Initial setup\n"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.starts_with("V74  ") && l.ends_with("(irreversible)")),
        "{out}"
    );
    assert!(
        !dir.join(".pk").exists(),
        "list without a URL started a database"
    );

    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = pk_in(&dir, None, &["completions", shell]);
        assert!(script.status.success(), "{shell}: {}", stderr(&script));
        let text = stdout(&script);
        assert!(
            text.contains("repair") && text.contains("database-url"),
            "{shell}: the script does not complete pk's commands and flags"
        );
    }
    let bad = pk_in(&dir, None, &["completions", "tcsh"]);
    assert!(!bad.status.success());

    let version = pk_in(&dir, None, &["--version"]);
    assert_eq!(
        stdout(&version).trim(),
        format!(
            "pk {} (PhoenixKit chain, latest V{})",
            env!("CARGO_PKG_VERSION"),
            CHAIN.latest()
        )
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dev_starts_says_how_to_stop_and_stops_the_development_cluster() {
    let dir = temp_dir("dev");
    let status = pk_in(&dir, None, &["dev", "status"]);
    assert!(
        stdout(&status).starts_with("not running"),
        "{}",
        stdout(&status)
    );

    let start = pk_in(&dir, None, &["dev", "start"]);
    assert!(start.status.success(), "{}", stderr(&start));
    let url = stdout(&start).trim().to_owned();
    assert!(url.starts_with("postgres://"), "{url}");
    assert!(
        stderr(&start).contains("dev stop"),
        "starting does not say how to stop: {}",
        stderr(&start)
    );

    let again = pk_in(&dir, None, &["dev", "url"]);
    assert_eq!(stdout(&again).trim(), url);
    assert!(!stderr(&again).contains("started"), "{}", stderr(&again));
    let running = pk_in(&dir, None, &["dev", "status"]);
    assert_eq!(stdout(&running).trim(), format!("running: {url}"));

    // The URL works for pk itself.
    let up = pk_in(&dir, None, &["up", "--to", "2", "--database-url", &url]);
    assert!(up.status.success(), "{}", stderr(&up));
    assert!(
        stdout(&up).contains("V00→V02 done, 2 migrations in"),
        "{}",
        stdout(&up)
    );

    let stop = pk_in(&dir, None, &["dev", "stop"]);
    assert!(stop.status.success(), "{}", stderr(&stop));
    let stopped = pk_in(&dir, None, &["dev", "status"]);
    assert!(
        stdout(&stopped).starts_with("not running"),
        "{}",
        stdout(&stopped)
    );
    let _ = std::fs::remove_dir_all(&dir);
}
