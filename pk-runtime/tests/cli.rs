//! The `pk` command, driven as the README documents it, against real PostgreSQL.

use std::process::{Command, Output};

use pk_runtime::phoenix_kit::CHAIN;
use pk_tests::{fresh_db, reference_snapshot, snapshot};

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
async fn up_status_rerun_and_down_through_the_command_line() {
    let db = fresh_db().await;
    let url = db.url.as_str();
    let latest = CHAIN.latest().to_string();

    let up = pk(&["up", "--database-url", url, "--to", &latest]);
    assert!(up.status.success(), "pk up failed: {}", stderr(&up));
    assert!(
        stderr(&up).contains(&format!("Applying PhoenixKit V00→V{latest:0>2}")),
        "no progress: {}",
        stderr(&up)
    );
    assert_eq!(snapshot(url, "public"), reference_snapshot(CHAIN.latest()));

    let status = pk(&["status", "--database-url", url]);
    assert!(
        status.status.success(),
        "pk status failed: {}",
        stderr(&status)
    );
    assert!(
        stdout(&status).contains(&format!("current version: {latest}\n")),
        "{}",
        stdout(&status)
    );
    assert!(
        stdout(&status).contains(&format!("latest version: {latest}\n")),
        "{}",
        stdout(&status)
    );

    let json = pk(&["status", "--database-url", url, "--json", "--exit-code"]);
    assert!(json.status.success(), "up to date, yet: {}", stderr(&json));
    assert_eq!(
        stdout(&json).trim(),
        format!(
            r#"{{"chain":"PhoenixKit","prefix":"public","current":{latest},"latest":{latest},"state":"up to date","pending":[]}}"#
        )
    );

    // One version back: --exit-code says "not up to date" with 2, and the pending version is named.
    let back = (CHAIN.latest() - 1).to_string();
    let down_one = pk(&["down", "--database-url", url, "--to", &back]);
    assert!(down_one.status.success(), "{}", stderr(&down_one));
    let behind = pk(&["status", "--database-url", url, "--exit-code"]);
    assert_eq!(behind.status.code(), Some(2), "{}", stderr(&behind));
    let title = CHAIN.version(CHAIN.latest()).expect("latest").title;
    assert!(
        stdout(&behind).contains(&format!("  V{latest:0>2} {title}\n")),
        "{}",
        stdout(&behind)
    );

    let again = pk(&["up", "--database-url", url, "--to", &latest]);
    assert!(
        again.status.success(),
        "second pk up failed: {}",
        stderr(&again)
    );
    assert!(
        stderr(&again).contains(&format!("V{latest:0>2} applied")),
        "{}",
        stderr(&again)
    );
    let noop = pk(&["up", "--database-url", url, "--to", &latest]);
    assert!(noop.status.success(), "{}", stderr(&noop));
    assert!(stdout(&noop).contains("up to date"), "{}", stdout(&noop));
    assert_eq!(snapshot(url, "public"), reference_snapshot(CHAIN.latest()));

    // A full down stops before the last irreversible version (V74 drops the integer keys) with a
    // one-line reason and no change; a down to that version then works.
    let floor = CHAIN.down_floor(CHAIN.latest());
    let down = pk(&["down", "--database-url", url, "--to", "0"]);
    if floor > 0 {
        assert!(
            !down.status.success(),
            "pk down --to 0 went through V{floor:02}"
        );
        let reason = stderr(&down);
        assert_eq!(reason.trim().lines().count(), 1, "{reason}");
        assert!(
            reason.contains(&format!("V{floor:02} cannot be undone"))
                && reason.contains("nothing was changed"),
            "{reason}"
        );
        assert_eq!(snapshot(url, "public"), reference_snapshot(CHAIN.latest()));
        let to_floor = pk(&["down", "--database-url", url, "--to", &floor.to_string()]);
        assert!(to_floor.status.success(), "{}", stderr(&to_floor));
        assert_eq!(snapshot(url, "public"), reference_snapshot(floor));
        return;
    }
    assert!(down.status.success(), "pk down failed: {}", stderr(&down));
    let tables: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname LIKE 'phoenix_kit%'",
    )
    .fetch_one(&db.pool().await)
    .await
    .expect("count tables");
    assert_eq!(tables, 0, "pk down --to 0 left PhoenixKit tables behind");
}

#[test]
fn failures_exit_non_zero_with_one_line() {
    let cases: &[&[&str]] = &[
        &[
            "up",
            "--database-url",
            "postgres://nobody:secret-password@127.0.0.1:1/none",
        ],
        &[
            "up",
            "--database-url",
            "postgres://u@127.0.0.1:1/x",
            "--prefix",
            "pg_catalog",
        ],
        &[
            "up",
            "--database-url",
            "postgres://u@127.0.0.1:1/x",
            "--prefix",
            "",
        ],
        &["down", "--database-url", "postgres://u@127.0.0.1:1/x"],
    ];
    for args in cases {
        let output = pk(args);
        let err = stderr(&output);
        assert!(!output.status.success(), "pk {args:?} succeeded");
        assert!(!err.trim().is_empty(), "pk {args:?} gave no reason");
        assert!(
            !err.contains("secret-password"),
            "pk {args:?} printed the password: {err}"
        );
        if args.len() > 3 || args[0] == "up" {
            assert_eq!(
                err.trim().lines().count(),
                1,
                "pk {args:?} printed more than one line: {err}"
            );
        }
    }
}

/// verify → repair --dry-run → repair → verify → repair: drift made by hand is shown, planned
/// without changes, repaired, and a second repair has nothing to do.
#[tokio::test]
async fn verify_and_repair_through_the_command_line() {
    let db = fresh_db().await;
    let url = db.url.as_str();
    let up = pk(&["up", "--database-url", url, "-q"]);
    assert!(up.status.success(), "{}", stderr(&up));
    let clean = pk(&["verify", "--database-url", url]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert!(
        stdout(&clean).contains("the schema matches PhoenixKit V"),
        "{}",
        stdout(&clean)
    );

    sqlx::raw_sql(
        "DROP INDEX public.phoenix_kit_users_username_uidx;
         ALTER TABLE public.phoenix_kit_admin_notes DROP CONSTRAINT fk_admin_notes_author_uuid;
         ALTER TABLE public.phoenix_kit_posts ALTER COLUMN user_uuid DROP NOT NULL;",
    )
    .execute(&db.pool().await)
    .await
    .expect("drift by hand");
    let drift = pk(&["verify", "--database-url", url]);
    assert_eq!(drift.status.code(), Some(1), "{}", stdout(&drift));
    assert!(
        stdout(&drift).contains("differs from PhoenixKit V"),
        "{}",
        stdout(&drift)
    );

    let dry = pk(&["repair", "--database-url", url, "--dry-run"]);
    assert!(dry.status.success(), "{}", stderr(&dry));
    let plan = stdout(&dry);
    assert!(
        plan.contains("public: 3 repairs towards PhoenixKit V"),
        "{plan}"
    );
    assert!(
        plan.contains(r#"ALTER TABLE "public"."phoenix_kit_admin_notes" ADD CONSTRAINT "fk_admin_notes_author_uuid" FOREIGN KEY (author_uuid) REFERENCES "public".phoenix_kit_users(uuid) ON DELETE CASCADE NOT VALID;"#),
        "{plan}"
    );
    let still = pk(&["verify", "--database-url", url]);
    assert_eq!(still.status.code(), Some(1), "--dry-run changed something");

    let repair = pk(&["repair", "--database-url", url]);
    assert!(repair.status.success(), "{}", stderr(&repair));
    assert!(stderr(&repair).contains("[3/3] "), "{}", stderr(&repair));
    assert!(
        stdout(&repair).contains("public: 3 repairs done"),
        "{}",
        stdout(&repair)
    );
    let verified = pk(&["verify", "--database-url", url]);
    assert_eq!(verified.status.code(), Some(0), "{}", stdout(&verified));
    assert_eq!(snapshot(url, "public"), reference_snapshot(CHAIN.latest()));
    let again = pk(&["repair", "--database-url", url]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).starts_with("public: nothing to repair"),
        "{}",
        stdout(&again)
    );
}

/// A database a newer PhoenixKit migrated: status reports it, up and down refuse it, and
/// `up --allow-ahead` succeeds without touching it.
#[tokio::test]
async fn a_database_ahead_of_pk_is_refused_unless_allowed() {
    let db = fresh_db().await;
    let url = db.url.as_str();
    let up = pk(&["up", "--database-url", url, "-q"]);
    assert!(up.status.success(), "{}", stderr(&up));
    let ahead = CHAIN.latest() + 1;
    sqlx::raw_sql(&format!("COMMENT ON TABLE public.phoenix_kit IS '{ahead}'"))
        .execute(&db.pool().await)
        .await
        .expect("marker");
    let before = snapshot(url, "public");

    let status = pk(&["status", "--database-url", url, "--json"]);
    assert!(status.status.success(), "{}", stderr(&status));
    assert!(
        stdout(&status).contains(r#""state":"ahead""#),
        "{}",
        stdout(&status)
    );
    for args in [
        &["up", "--database-url", url][..],
        &["down", "--database-url", url, "--to", "80"][..],
        &["down", "--database-url", url, "--to", "80", "--allow-ahead"][..],
    ] {
        let refused = pk(args);
        assert!(
            !refused.status.success(),
            "pk {args:?} touched a database ahead of it"
        );
    }
    let refused = pk(&["up", "--database-url", url]);
    assert!(
        stderr(&refused).contains("newer than the latest version this pk knows")
            && stderr(&refused).contains("--allow-ahead"),
        "{}",
        stderr(&refused)
    );
    let allowed = pk(&["up", "--database-url", url, "--allow-ahead"]);
    assert!(allowed.status.success(), "{}", stderr(&allowed));
    assert!(
        stdout(&allowed).contains(&format!("is at version {ahead}, newer than this pk knows")),
        "{}",
        stdout(&allowed)
    );
    assert_eq!(snapshot(url, "public"), before);

    // The library's one call for a shared database: refused by `up`, accepted unchanged by
    // `up_allowing_ahead`.
    let pool = db.pool().await;
    let refused = pk_runtime::phoenix_kit::up(&pool, "public").await;
    assert!(
        matches!(refused, Err(pk_runtime::Error::AheadOfChain { current, .. }) if current == ahead),
        "{refused:?}"
    );
    let applied = pk_runtime::phoenix_kit::up_allowing_ahead(&pool, "public")
        .await
        .expect("allowed");
    assert_eq!((applied.from, applied.to), (ahead, ahead));
    assert!(applied.versions.is_empty());
    assert_eq!(snapshot(url, "public"), before);
}

/// Status on a server nobody listens on is an error, never "not installed".
#[test]
fn status_on_an_unreachable_database_is_an_error() {
    for args in [
        &[
            "status",
            "--database-url",
            "postgres://u:secret-password@127.0.0.1:1/x",
        ][..],
        &[
            "status",
            "--database-url",
            "postgres://u:secret-password@127.0.0.1:1/x",
            "--json",
        ][..],
    ] {
        let output = pk(args);
        assert_eq!(output.status.code(), Some(1), "pk {args:?}");
        assert!(
            stdout(&output).is_empty(),
            "pk {args:?} printed a status: {}",
            stdout(&output)
        );
        let err = stderr(&output);
        assert!(
            err.starts_with("error: cannot connect to the database"),
            "{err}"
        );
        assert!(!err.contains("secret-password"), "{err}");
    }
}

/// `pk down` over data is refused with the refusal's first line and one line per object, and
/// changes nothing; `pk plan` with the database shows the same counts above the statements;
/// `pk down --allow-data-loss` runs it.
#[tokio::test]
async fn a_down_over_data_is_refused_unless_allow_data_loss() {
    let db = fresh_db().await;
    let url = db.url.as_str();
    let up = pk(&["up", "--database-url", url, "--to", "10"]);
    assert!(up.status.success(), "{}", stderr(&up));
    let pool = db.pool().await;
    sqlx::raw_sql(
        "INSERT INTO public.phoenix_kit_users (email, hashed_password, inserted_at, updated_at) \
         VALUES ('a@example.com', 'x', now(), now()), ('b@example.com', 'x', now(), now())",
    )
    .execute(&pool)
    .await
    .expect("users");
    let before = snapshot(url, "public");

    let down = pk(&["down", "--database-url", url, "--to", "0"]);
    assert_eq!(down.status.code(), Some(1), "{}", stderr(&down));
    let message = stderr(&down);
    // The run's progress line, then the refusal and one line per object.
    let lines: Vec<&str> = message.lines().collect();
    assert_eq!(lines.len(), 3, "{message}");
    assert_eq!(
        lines[0],
        "Rolling back PhoenixKit V10→V00 in public (10 migrations)"
    );
    assert!(
        lines[1].starts_with(
            "error: prefix public: refusing to migrate down from V10 to V00: it would destroy data"
        ) && lines[1].contains("pk down --allow-data-loss"),
        "{message}"
    );
    assert_eq!(
        lines[2],
        "  prefix public, table phoenix_kit_users: 2 rows (V01: drop table phoenix_kit_users)"
    );
    assert!(stdout(&down).is_empty(), "{}", stdout(&down));
    assert_eq!(snapshot(url, "public"), before);

    let plan = pk(&["plan", "--database-url", url, "--from", "10", "--to", "0"]);
    assert!(plan.status.success(), "{}", stderr(&plan));
    let plan = stdout(&plan);
    assert!(
        plan.contains("-- counted in the database: this down destroys data in 1 object"),
        "{plan}"
    );
    assert!(
        plan.contains(
            "-- would destroy: prefix public, table phoenix_kit_users: 2 rows (V01: drop table phoenix_kit_users)\n\
             DROP TABLE IF EXISTS \"public\".\"phoenix_kit_users\";"
        ),
        "{plan}"
    );
    // Without a database the plan is the chain's alone.
    let offline = pk(&["plan", "--from", "10", "--to", "0"]);
    assert!(offline.status.success(), "{}", stderr(&offline));
    assert!(!stdout(&offline).contains("would destroy"));
    assert_eq!(snapshot(url, "public"), before);

    let help = pk(&["down", "--help"]);
    assert!(
        stdout(&help).contains("--allow-data-loss") && stdout(&help).contains("destroy data"),
        "{}",
        stdout(&help)
    );

    let allowed = pk(&[
        "down",
        "--database-url",
        url,
        "--to",
        "0",
        "--allow-data-loss",
    ]);
    assert!(allowed.status.success(), "{}", stderr(&allowed));
    assert!(
        stdout(&allowed).contains("V10→V00 done"),
        "{}",
        stdout(&allowed)
    );
    let left: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname LIKE 'phoenix_kit%'",
    )
    .fetch_one(&pool)
    .await
    .expect("count tables");
    assert_eq!(left, 0);
}
