//! `pk repair`: additive repairs towards the expected schema of the recorded version, on drift
//! made by hand and on PhoenixKit's own one-call install at V82, whose 68 missing foreign keys
//! and 47 nullable `*_uuid` columns (paths.md) it restores; a second repair plans nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use pk_runtime::phoenix_kit;
use pk_runtime::repair::{self, Plan};
use pk_tests::{fresh_db, reference_snapshot, snapshot};
use sqlx::PgConnection;

fn one_call_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("reference/one_call")
}

fn psql_program() -> PathBuf {
    std::env::var_os("PK_PG_BIN")
        .map(|dir| Path::new(&dir).join("psql"))
        .filter(|psql| psql.is_file())
        .unwrap_or_else(|| PathBuf::from("psql"))
}

/// Replays `reference/one_call/v00_to_v82.up.sql`: the statements PhoenixKit 1.7.71 executed for
/// `up(prefix: "public", version: 82)` in one call on an empty database, in one transaction.
fn install_in_one_call(url: &str) {
    let output = Command::new(psql_program())
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", "-f"])
        .arg(one_call_dir().join("v00_to_v82.up.sql"))
        .arg(url)
        .stdin(Stdio::null())
        .output()
        .expect("run psql");
    assert!(
        output.status.success(),
        "replaying PhoenixKit's one-call install failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

async fn plan(conn: &mut PgConnection) -> Plan {
    let migrator = phoenix_kit::migrator("public").expect("migrator");
    repair::plan(&migrator, conn).await.expect("plan")
}

async fn run(conn: &mut PgConnection, plan: &Plan) -> repair::Outcome {
    let migrator = phoenix_kit::migrator("public").expect("migrator");
    repair::run(&migrator, conn, plan, &mut |_| {})
        .await
        .expect("repair")
}

/// The schema lines of a snapshot, data rows left out.
fn schema_lines(snapshot: &str) -> BTreeSet<String> {
    snapshot
        .lines()
        .filter(|l| !l.starts_with("row|") && !l.starts_with("rows|"))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn repair_restores_hand_made_drift_and_then_plans_nothing() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    phoenix_kit::up(&pool, "public").await.expect("up");
    let mut conn = pool.acquire().await.expect("connection");
    let clean = plan(&mut conn).await;
    assert!(
        clean.actions.is_empty() && clean.left_alone.is_empty(),
        "{}",
        clean.render()
    );

    sqlx::raw_sql(
        "ALTER TABLE public.phoenix_kit_users DROP COLUMN registration_city;
         DROP INDEX public.phoenix_kit_users_username_uidx;
         ALTER TABLE public.phoenix_kit_admin_notes DROP CONSTRAINT fk_admin_notes_author_uuid;
         ALTER TABLE public.phoenix_kit_posts ALTER COLUMN user_uuid DROP NOT NULL;
         ALTER TABLE public.phoenix_kit_files ALTER COLUMN user_uuid DROP NOT NULL;
         ALTER TABLE public.phoenix_kit_files DROP CONSTRAINT fk_files_user_uuid;
         ALTER TABLE public.phoenix_kit_settings ALTER COLUMN date_added DROP DEFAULT;
         COMMENT ON COLUMN public.phoenix_kit_settings.value IS NULL;
         CREATE INDEX by_hand ON public.phoenix_kit_settings (value);",
    )
    .execute(&mut *conn)
    .await
    .expect("drift by hand");
    let defaults: Option<String> = sqlx::query_scalar(
        "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d \
         JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum \
         WHERE d.adrelid = 'public.phoenix_kit_settings'::regclass AND a.attname = 'date_added'",
    )
    .fetch_optional(&mut *conn)
    .await
    .expect("default");
    assert_eq!(defaults, None);
    // A file whose owner is gone: the foreign key cannot be validated, NOT NULL cannot be set.
    sqlx::raw_sql(
        "INSERT INTO public.phoenix_kit_files (original_file_name, file_name, mime_type, file_type, ext, file_checksum, size, user_uuid, user_file_checksum, inserted_at, updated_at)
         VALUES ('a.txt', 'a.txt', 'text/plain', 'document', 'txt', 'c1', 1, gen_random_uuid(), 'u1', now(), now()),
                ('b.txt', 'b.txt', 'text/plain', 'document', 'txt', 'c2', 1, NULL, 'u2', now(), now());",
    )
    .execute(&mut *conn)
    .await
    .expect("rows that block two repairs");

    let first = plan(&mut conn).await;
    let summaries: Vec<&str> = first.actions.iter().map(|a| a.summary.as_str()).collect();
    for wanted in [
        "create index phoenix_kit_users_username_uidx",
        "add foreign key fk_admin_notes_author_uuid (NOT VALID, then validated)",
        "add foreign key fk_files_user_uuid (NOT VALID, then validated)",
        "set user_uuid NOT NULL (no row holds a NULL)",
        "set the default of date_added",
        "add the comment on phoenix_kit_settings.value",
    ] {
        assert!(
            summaries.contains(&wanted),
            "{wanted:?} not planned:\n{}",
            first.render()
        );
    }
    // Each action is the only one for its object kind and name: nothing is planned twice.
    assert_eq!(first.actions.len(), 6, "{}", first.render());
    let reasons = first.render_left_alone();
    for wanted in [
        "column missing: repair does not add columns",
        // The geo index used the dropped column: it is explained, not attempted.
        "it needs column registration_city, which is missing",
        "1 row holds a NULL in user_uuid",
        "present but not expected at this version; repair never drops anything",
        "the columns are in another order",
    ] {
        assert!(reasons.contains(wanted), "{wanted:?} missing:\n{reasons}");
    }
    assert!(
        reasons.contains("+ index|phoenix_kit_settings|by_hand|"),
        "{reasons}"
    );

    let outcome = run(&mut conn, &first).await;
    // The file with a missing owner makes the validation fail; the key stays NOT VALID.
    assert_eq!(outcome.done.len(), 5, "{outcome}");
    assert_eq!(outcome.failed.len(), 1, "{outcome}");
    let (failed, message) = &outcome.failed[0];
    assert_eq!(
        failed.summary,
        "add foreign key fk_files_user_uuid (NOT VALID, then validated)"
    );
    assert!(
        message.contains("violates foreign key constraint \"fk_files_user_uuid\""),
        "{message}"
    );

    // The repaired objects are back exactly as the reference has them.
    let after = schema_lines(&snapshot(&db.url, "public"));
    let reference = schema_lines(&reference_snapshot(phoenix_kit::CHAIN.latest()));
    for line in reference.iter().filter(|l| {
        l.contains("phoenix_kit_users_username_uidx")
            || l.contains("fk_admin_notes_author_uuid")
            || l.starts_with("column|phoenix_kit_posts|") && l.contains("|user_uuid|")
            || l.starts_with("column|phoenix_kit_settings|") && l.contains("|date_added|")
            || l.starts_with("comment|column|phoenix_kit_settings.value|")
    }) {
        assert!(after.contains(line), "not restored: {line}");
    }

    // Once the owner exists and the NULL is filled, a second repair validates the key and sets
    // NOT NULL; a third plans nothing.
    sqlx::raw_sql(
        "INSERT INTO public.phoenix_kit_users (uuid, email, hashed_password, inserted_at, updated_at)
         SELECT user_uuid, 'owner@example.com', 'x', now(), now() FROM public.phoenix_kit_files
         WHERE user_uuid IS NOT NULL;
         UPDATE public.phoenix_kit_files SET user_uuid = (SELECT uuid FROM public.phoenix_kit_users LIMIT 1)
         WHERE user_uuid IS NULL;",
    )
    .execute(&mut *conn)
    .await
    .expect("fix the rows");
    let second = plan(&mut conn).await;
    let summaries: Vec<&str> = second.actions.iter().map(|a| a.summary.as_str()).collect();
    assert_eq!(
        summaries,
        [
            "set user_uuid NOT NULL (no row holds a NULL)",
            "validate fk_files_user_uuid (it is NOT VALID)"
        ],
        "{}",
        second.render()
    );
    let outcome = run(&mut conn, &second).await;
    assert!(outcome.failed.is_empty(), "{outcome}");
    let third = plan(&mut conn).await;
    assert!(third.actions.is_empty(), "{}", third.render());
    // What is left is exactly what repair explained: the dropped column (and what used it) and
    // the index added by hand.
    let left: BTreeSet<&str> = third.left_alone.iter().map(|l| l.object.as_str()).collect();
    assert_eq!(
        left,
        BTreeSet::from(["table phoenix_kit_settings", "table phoenix_kit_users"]),
        "{}",
        third.render()
    );
}

#[tokio::test]
async fn repair_brings_phoenix_kits_one_call_install_to_the_stepwise_schema() {
    let db = fresh_db().await;
    install_in_one_call(&db.url);
    let one_call = std::fs::read_to_string(one_call_dir().join("v82.txt")).expect("v82.txt");
    assert_eq!(
        schema_lines(&snapshot(&db.url, "public")),
        schema_lines(&one_call),
        "the replay is not PhoenixKit's one-call install"
    );

    let pool = db.pool().await;
    let mut conn = pool.acquire().await.expect("connection");
    let migrator = phoenix_kit::migrator("public").expect("migrator");
    let report = pk_runtime::verify::verify(&migrator, &mut conn)
        .await
        .expect("verify");
    let missing_fks = report
        .missing
        .values()
        .flatten()
        .filter(|l| l.starts_with("constraint|") && l.contains("|f|FOREIGN KEY"))
        .count();
    // 68 foreign keys missing, one of them present with ON DELETE CASCADE instead of SET NULL.
    assert_eq!(missing_fks, 68, "{}", report.render());

    let first = plan(&mut conn).await;
    let count = |what: &str| {
        first
            .actions
            .iter()
            .filter(|a| a.summary.starts_with(what))
            .count()
    };
    assert_eq!(count("add foreign key"), 67, "{}", first.render());
    assert_eq!(count("set "), 47, "{}", first.render());
    assert_eq!(first.actions.len(), 67 + 47, "{}", first.render());
    let reasons = first.render_left_alone();
    assert!(
        reasons.contains("constraint fk_comments_user_uuid exists with another definition"),
        "{reasons}"
    );
    assert!(
        reasons.contains("+ column|phoenix_kit_users|preferred_locale|"),
        "{reasons}"
    );
    assert!(
        reasons.contains("+ index|phoenix_kit_users|phoenix_kit_users_preferred_locale_index|"),
        "{reasons}"
    );

    let outcome = run(&mut conn, &first).await;
    assert!(outcome.failed.is_empty(), "{outcome}");
    assert_eq!(outcome.done.len(), first.actions.len());

    // The repaired install differs from the stepwise reference only where repair explained why:
    // V30's preferred_locale column and index that the one-call install kept (and the position of
    // the users' uuid after it), and the CASCADE rule of fk_comments_user_uuid.
    let after = schema_lines(&snapshot(&db.url, "public"));
    let stepwise = schema_lines(&reference_snapshot(82));
    let differences: Vec<&String> = after.symmetric_difference(&stepwise).collect();
    assert!(!differences.is_empty());
    for line in &differences {
        assert!(
            line.contains("preferred_locale")
                || line.starts_with("column|phoenix_kit_users|") && line.contains("|uuid|uuid|")
                || line.contains("|fk_comments_user_uuid|"),
            "repair left an unexplained difference: {line}"
        );
    }
    assert_eq!(differences.len(), 6, "{differences:#?}");

    let second = plan(&mut conn).await;
    assert!(second.actions.is_empty(), "{}", second.render());
    assert_eq!(second.left_alone, first.left_alone);
}
