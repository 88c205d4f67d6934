//! The example application end to end, as its README tells a user to run it: its own migrate
//! binary against real PostgreSQL, on a database where PhoenixKit's chain is installed (its chain
//! builds on PhoenixKit V82): refused while PhoenixKit is missing, then up, status, verify clean,
//! drift made by hand found and repaired, down to 0 leaving PhoenixKit alone; and `new` followed
//! by a rebuild and `up` in a copy of the crate.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pk_tests::fresh_db;

fn migrate(binary: &Path, args: &[&str]) -> Output {
    Command::new(binary)
        .args(args)
        .env_remove("DATABASE_URL")
        .output()
        .expect("run migrate")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn ok(output: Output, what: &str) -> String {
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}{}",
        output.status,
        stdout(&output),
        stderr(&output)
    );
    stdout(&output)
}

#[tokio::test]
async fn the_migrate_binary_runs_the_application_chain() {
    let db = fresh_db().await;
    let url = db.url.as_str();
    let bin = Path::new(env!("CARGO_BIN_EXE_migrate"));
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--database-url", url]);
        migrate(bin, &all)
    };

    // The chain builds on PhoenixKit V82: refused, clearly, before PhoenixKit is there.
    let early = run(&["up"]);
    assert!(!early.status.success());
    assert!(
        stderr(&early).contains(
            "Widgets builds on PhoenixKit V82, but PhoenixKit is at version 0 there; migrate PhoenixKit first"
        ),
        "{}",
        stderr(&early)
    );
    let pool = db.pool().await;
    pk_runtime::phoenix_kit::up(&pool, "public").await.unwrap();

    let up = ok(run(&["up"]), "up");
    assert!(
        up.contains("Widgets in public: V00→V02 done, 2 migrations"),
        "{up}"
    );
    let status = ok(run(&["status"]), "status");
    assert!(
        status.contains("current version: 2\n") && status.contains("up to date"),
        "{status}"
    );
    assert_eq!(
        ok(run(&["verify"]), "verify"),
        "public: the schema matches Widgets V02\n"
    );
    // pk created the tracking table the chain's v01 does not create, and marked it.
    let marker: Option<String> = sqlx::query_scalar(
        "SELECT obj_description('public.widgets_version'::regclass, 'pg_class')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(marker.as_deref(), Some("2"));

    // Drift made by hand: an index dropped, a default removed.
    sqlx::raw_sql(
        "DROP INDEX public.widgets_colour_index; ALTER TABLE public.widgets ALTER COLUMN colour DROP DEFAULT",
    )
    .execute(&pool)
    .await
    .unwrap();
    let drift = run(&["verify"]);
    assert_eq!(drift.status.code(), Some(1), "{}", stderr(&drift));
    let report = stdout(&drift);
    assert!(report.contains("in 1 object"), "{report}");
    assert!(
        report.contains("- index|widgets|widgets_colour_index|"),
        "{report}"
    );
    assert!(
        report.contains("colour|character varying(20)|not null|default='grey'"),
        "{report}"
    );
    let repair = ok(run(&["repair"]), "repair");
    assert!(repair.contains("public: 2 repairs done"), "{repair}");
    assert_eq!(
        ok(run(&["verify"]), "verify after repair"),
        "public: the schema matches Widgets V02\n"
    );

    let down = ok(run(&["down", "--to", "0"]), "down");
    assert!(down.contains("V02→V00 done"), "{down}");
    let left: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = 'public' AND c.relname LIKE 'widgets%'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        left, 0,
        "down to 0 left the chain's tables or indexes behind"
    );
    assert_eq!(
        pk_runtime::phoenix_kit::migrated_version(&pool, "public")
            .await
            .unwrap(),
        pk_runtime::phoenix_kit::CHAIN.latest(),
        "the application's down touched PhoenixKit"
    );
    pool.close().await;
}

/// A copy of this crate outside the workspace (its own `[workspace]`, path dependencies on the
/// repository's crates), built with the cargo running the tests into its own target directory.
fn copy_of_the_example(root: &Path) -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let repo = here.join("../..").canonicalize().unwrap();
    let copy = root.join("widgets");
    let _ = std::fs::remove_dir_all(&copy);
    for dir in ["src/bin", "migrations"] {
        std::fs::create_dir_all(copy.join(dir)).unwrap();
    }
    for file in [
        "build.rs",
        "src/lib.rs",
        "src/bin/migrate.rs",
        "migrations/v01.rs",
        "migrations/v02.rs",
    ] {
        std::fs::copy(here.join(file), copy.join(file)).unwrap();
    }
    std::fs::copy(repo.join("Cargo.lock"), copy.join("Cargo.lock")).unwrap();
    std::fs::write(
        copy.join("Cargo.toml"),
        format!(
            r#"[package]
name = "widgets-example"
version = "0.1.0"
edition = "2024"
publish = false

[dependencies]
pk-runtime = {{ path = {:?}, features = ["cli"] }}

[workspace]
"#,
            repo.join("pk-runtime").display().to_string()
        ),
    )
    .unwrap();
    copy
}

#[tokio::test]
async fn new_writes_the_next_version_and_a_rebuild_applies_it() {
    let db = fresh_db().await;
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let copy = copy_of_the_example(&root);
    let target = root.join("widgets-target");
    let cargo = option_env!("CARGO").unwrap_or("cargo");
    let build = || {
        let out = Command::new(cargo)
            .args(["build", "--quiet", "--bin", "migrate"])
            .current_dir(&copy)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .expect("run cargo");
        assert!(
            out.status.success(),
            "cargo build of the copy failed:\n{}",
            stderr(&out)
        );
        target.join("debug/migrate")
    };
    let bin = build();
    let pool = db.pool().await;
    pk_runtime::phoenix_kit::up(&pool, "public").await.unwrap();
    pool.close().await;
    ok(migrate(&bin, &["up", "--database-url", &db.url]), "up");

    let new = ok(migrate(&bin, &["new", "Widget weights"]), "new");
    let written = copy.join("migrations/v03.rs").canonicalize().unwrap();
    assert_eq!(new.trim(), written.display().to_string());
    let text = std::fs::read_to_string(&written).unwrap();
    assert!(
        text.starts_with(
            "pk_runtime::version! {\n    number = 3;\n    title = \"Widget weights\";\n"
        ),
        "{text}"
    );
    // A second `new` is the fourth version; remove it again, only v03 is built.
    let fourth = ok(migrate(&bin, &["new", "Fourth"]), "new again");
    assert!(fourth.trim().ends_with("v04.rs"), "{fourth}");
    std::fs::remove_file(fourth.trim()).unwrap();

    let bin = build();
    let list = ok(migrate(&bin, &["list"]), "list");
    assert!(list.ends_with("V03  Widget weights\n"), "{list}");
    let up = ok(
        migrate(&bin, &["up", "--database-url", &db.url]),
        "up after new",
    );
    assert!(up.contains("V02→V03 done, 1 migration in"), "{up}");
    ok(
        migrate(&bin, &["down", "--to", "0", "--database-url", &db.url]),
        "down",
    );
}
