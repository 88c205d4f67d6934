//! Every schema prefix works for every version, and many tenants share a database (ARCHITECTURE.md, "Every prefix works for every version").
//!
//! For a prefix T, the snapshot taken with `-v prefix=T` must equal the public reference except
//! for the differences [`as_public`] spells out, one rule each. Tenants are isolated (a migration
//! of T reads and changes nothing in another schema) and many tenants migrate in parallel.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Instant;

use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_runtime::{Down, Error, MAX_IDENTIFIER_BYTES, PrefixError, quote_ident};
use pk_tests::{
    assert_snapshot_eq, down_fresh_install, expected_after_down, fresh_db, reference_snapshot,
    snapshot,
};
use sqlx::PgPool;

/// One plain name, one that needs quoting everywhere (upper case, `-`, a space, `"`), and a
/// unicode one (quoted by PostgreSQL too, 17 bytes).
const PREFIXES: [&str; 3] = ["tenant_a", "Tenant-B \"x\"", "mandant_ü_日本"];

/// The one identifier PhoenixKit derives from the prefix (V26).
const V26_INDEX: &str = "phoenix_kit_files_user_file_checksum_index";

/// How PostgreSQL prints an identifier (`quote_ident`): bare when it is lower-case ASCII letters,
/// digits and `_` not starting with a digit, quoted otherwise. (Keywords do not arise here.)
fn pg_ident(name: &str) -> String {
    let bare = name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if bare {
        name.to_owned()
    } else {
        quote_ident(name)
    }
}

/// Rewrites the snapshot of tenant `prefix` into the form of the public reference. These are the
/// only differences ARCHITECTURE.md allows (plus one the snapshot script needs help with); every
/// other line must match byte for byte.
///
/// 1. Extensions are database-wide: `citext` and `pgcrypto` live where the first install put them
///    (`public`), so the tenant's snapshot shows `extension|citext|public` where the public
///    reference, whose target schema *is* `public`, shows `extension|citext|<prefix>`.
/// 2. For the same reason a `citext` column's type prints as `public.citext` instead of
///    `<prefix>.citext` (column lines, type field only).
/// 3. V26's unique index is named after the prefix (`T_phoenix_kit_files_user_file_checksum_index`,
///    as PhoenixKit names it): the name and the name in its definition are put back to `public_…`,
///    and the index lines are re-sorted by (table, name) as the snapshot query sorts them.
/// 4. Not a schema difference: the snapshot script replaces the target schema by `<prefix>` only
///    where it is printed as `"T".` or `T.`. A prefix containing `"` is printed with the quote
///    doubled (`"Tenant-B ""x""".`), and inside a string literal (`nextval('…'::regclass)`) a
///    `'` is doubled too; for such prefixes those forms are replaced here, and each function's
///    md5 (of its normalized definition) is recomputed from the corrected `function_def` line.
/// 5. `siblings`: other schemas migrated in the same database appear in the snapshot's `other|…`
///    lines (objects outside the target schema); those lines are dropped, and nothing else.
async fn as_public(pool: &PgPool, snapshot: &str, prefix: &str, siblings: &[&str]) -> String {
    if prefix == "public" {
        return drop_siblings(snapshot, siblings);
    }
    let derived = format!("{prefix}_{V26_INDEX}");
    let derived_in_def = format!("CREATE UNIQUE INDEX {} ON ", escaped(&pg_ident(&derived)));
    let public_index = format!("public_{V26_INDEX}");
    // Rule 4: the schema as PostgreSQL prints it quoted, and quoted inside a string literal.
    let quoted_schema = format!("{}.", escaped(&quote_ident(prefix)));
    let quoted_in_literal = format!("{}.", escaped(&quote_ident(prefix).replace('\'', "''")));
    let script_misses_it = prefix.contains(['"', '\'']);
    let mut lines: Vec<String> = Vec::new();
    for line in drop_siblings(snapshot, siblings).lines() {
        let mut line = line.to_owned();
        // Rule 4 first: the other rules read lines in which the schema is already `<prefix>`.
        if script_misses_it {
            line = line
                .replace(&quoted_schema, "<prefix>.")
                .replace(&quoted_in_literal, "<prefix>.");
        }
        // Rule 1.
        if line == "extension|citext|public" || line == "extension|pgcrypto|public" {
            line = line.replace("|public", "|<prefix>");
        }
        // Rule 2.
        if line.starts_with("column|") {
            let mut fields: Vec<&str> = line.split('|').collect();
            if fields.get(4) == Some(&"public.citext") {
                fields[4] = "<prefix>.citext";
                line = fields.join("|");
            }
        }
        // Rule 3.
        if let Some(rest) = line.strip_prefix(&format!("index|phoenix_kit_files|{derived}|"))
            && rest.starts_with(&derived_in_def)
        {
            line = format!(
                "index|phoenix_kit_files|{public_index}|CREATE UNIQUE INDEX {public_index} ON {}",
                &rest[derived_in_def.len()..]
            );
        }
        lines.push(line);
    }
    sort_indexes(&mut lines);
    if script_misses_it {
        recompute_function_md5(pool, &mut lines).await;
    }
    lines.join("\n") + "\n"
}

/// `text` escaped as the snapshot script escapes normalized text (`\`, CR, LF, TAB).
fn escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\r', "\\r")
        .replace('\n', "\\n")
        .replace('\t', "\\t")
}

/// Drops the `other|S|…` lines of the sibling schemas S.
fn drop_siblings(snapshot: &str, siblings: &[&str]) -> String {
    let tags: Vec<String> = siblings.iter().map(|s| format!("other|{s}|")).collect();
    snapshot
        .lines()
        .filter(|line| !tags.iter().any(|tag| line.starts_with(tag.as_str())))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// Sorts the (contiguous) index section by table, then index name, byte-wise (`COLLATE "C"`).
fn sort_indexes(lines: &mut [String]) {
    let Some(start) = lines.iter().position(|l| l.starts_with("index|")) else {
        return;
    };
    let len = lines[start..]
        .iter()
        .take_while(|l| l.starts_with("index|"))
        .count();
    lines[start..start + len].sort_by(|a, b| {
        let key = |l: &str| -> (String, String) {
            let mut fields = l.split('|').skip(1);
            (
                fields.next().unwrap_or_default().to_owned(),
                fields.next().unwrap_or_default().to_owned(),
            )
        };
        key(a).cmp(&key(b))
    });
}

/// Sets the md5 of every `function|sig|kind|md5=…` line to the md5 of its `function_def` line's
/// definition (the script hashes the normalized, escaped text that line shows).
async fn recompute_function_md5(pool: &PgPool, lines: &mut [String]) {
    let mut definitions = HashMap::new();
    for line in lines.iter() {
        if let Some(rest) = line.strip_prefix("function_def|")
            && let Some((signature, definition)) = rest.split_once(")|")
        {
            definitions.insert(format!("{signature})"), definition.to_owned());
        }
    }
    for line in lines.iter_mut() {
        let Some(rest) = line.strip_prefix("function|") else {
            continue;
        };
        let Some((head, _md5)) = rest.rsplit_once("|md5=") else {
            continue;
        };
        let signature = head.rsplit_once('|').map_or(head, |(s, _)| s);
        let definition = definitions
            .get(signature)
            .unwrap_or_else(|| panic!("no function_def line for {signature}"));
        let md5: String = sqlx::query_scalar("SELECT md5($1)")
            .bind(definition)
            .fetch_one(pool)
            .await
            .expect("md5");
        *line = format!("function|{head}|md5={md5}");
    }
}

/// The snapshot of `prefix`, in public form.
async fn tenant_snapshot(url: &str, pool: &PgPool, prefix: &str, siblings: &[&str]) -> String {
    as_public(pool, &snapshot(url, prefix), prefix, siblings).await
}

/// Runs `check` for each prefix on its own thread and runtime; reports every failure at once.
fn for_each_prefix<F, Fut>(prefixes: &[&'static str], check: F)
where
    F: Fn(usize, &'static str) -> Fut + Sync,
    Fut: std::future::Future<Output = ()>,
{
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = prefixes
            .iter()
            .enumerate()
            .map(|(i, &prefix)| {
                let check = &check;
                scope.spawn(move || {
                    let runtime = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .expect("runtime");
                    catch_unwind(AssertUnwindSafe(|| runtime.block_on(check(i, prefix))))
                        .err()
                        .map(|panic| {
                            let message = panic
                                .downcast_ref::<String>()
                                .cloned()
                                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                                .unwrap_or_else(|| "panicked".into());
                            format!("prefix {prefix:?}: {message}")
                        })
                })
            })
            .collect();
        handles
            .into_iter()
            .filter_map(|h| h.join().expect("thread"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} prefix(es) failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// For each prefix, one version per call from 0 to the latest (as the reference was made): after
/// every up the snapshot equals the reference; re-running up applies nothing. For every third
/// version (a different third per prefix, so every version's down runs for one prefix), down to
/// N-1 gives what the same down gives in `public` (`expected_after_down`), and up again applies N
/// once more; the next version's snapshot checks the chain continued correctly from there (the
/// latest version's is checked at once).
#[test]
fn every_version_in_every_prefix_matches_the_public_reference() {
    for_each_prefix(&PREFIXES, |i, prefix| async move {
        let started = Instant::now();
        let db = fresh_db().await;
        let pool = db.pool().await;
        // Before V01 the tenant's schema does not exist (public always does).
        assert_snapshot_eq(
            "v0, nothing installed",
            &reference_snapshot(0).replace("schema|<prefix>|exists", "schema|<prefix>|missing"),
            &snapshot(&db.url, prefix),
        );
        for n in 1..=CHAIN.latest() {
            let applied = phoenix_kit::up_to(&pool, prefix, n)
                .await
                .unwrap_or_else(|e| panic!("up {}→{n}: {e}", n - 1));
            assert_eq!(applied.versions, vec![n], "up {}→{n}", n - 1);
            assert_snapshot_eq(
                &format!("{prefix}: up {}→{n}", n - 1),
                &reference_snapshot(n),
                &tenant_snapshot(&db.url, &pool, prefix, &[]).await,
            );
            let rerun = phoenix_kit::up_to(&pool, prefix, n)
                .await
                .unwrap_or_else(|e| panic!("re-run at {n}: {e}"));
            assert!(rerun.versions.is_empty(), "re-run at {n}: {rerun:?}");

            if n as usize % PREFIXES.len() != i {
                continue;
            }
            if let Down::Irreversible(_) = CHAIN.version(n).expect("in the chain").down {
                let error = phoenix_kit::down_to(&pool, prefix, n - 1)
                    .await
                    .expect_err("an irreversible down is refused");
                assert!(
                    matches!(error, Error::Irreversible { version, .. } if version == n),
                    "{error}"
                );
                continue;
            }
            // A fresh install holds no data but V53/V55's raw-SQL Admin permissions, which count
            // as data: the helper asserts that and opts in to destroying them (allow_data_loss).
            let down = down_fresh_install(&pool, prefix, n - 1)
                .await
                .unwrap_or_else(|e| panic!("down {n}→{}: {e}", n - 1));
            assert_eq!(down.versions, vec![n]);
            assert_snapshot_eq(
                &format!("{prefix}: down {n}→{}", n - 1),
                &expected_after_down(n, n - 1),
                &tenant_snapshot(&db.url, &pool, prefix, &[]).await,
            );
            let again = phoenix_kit::up_to(&pool, prefix, n)
                .await
                .unwrap_or_else(|e| panic!("up again {}→{n}: {e}", n - 1));
            assert_eq!(again.versions, vec![n]);
            if n == CHAIN.latest() {
                assert_snapshot_eq(
                    &format!("{prefix}: down {n}→{}, up again", n - 1),
                    &reference_snapshot(n),
                    &tenant_snapshot(&db.url, &pool, prefix, &[]).await,
                );
            }
        }
        eprintln!("{prefix}: every version in {:?}", started.elapsed());
    });
}

/// A URL for the same database as `url`, logging in as `user` (password `password`).
fn as_user(url: &str, user: &str, password: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a URL");
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let host = match rest[..authority_end].rsplit_once('@') {
        Some((_, host)) => host,
        None => &rest[..authority_end],
    };
    format!(
        "{scheme}://{user}:{password}@{host}{}",
        &rest[authority_end..]
    )
}

/// `public` at the latest version and `t1` at V40 in one database; `t2` is installed to V10 beside
/// them, then alone upgraded to the latest, downgraded (to V74, as far as a down goes) and upgraded
/// again, and finally `t1` is removed: every other schema stays byte for byte as it was (the
/// snapshot's `other|…` lines of the schema being migrated aside).
///
/// `t2` is migrated by a role that cannot read anything in the other schemas: no privilege on
/// `public`'s tables, none on PhoenixKit's functions there, no access to `t1` at all. A migration
/// of `t2` that read or wrote another tenant's objects (an unqualified name resolved through the
/// search path, a function called from `public`) would fail with "permission denied".
#[tokio::test]
async fn tenants_coexist_and_migrating_one_touches_no_other_schema() {
    let latest = CHAIN.latest();
    let db = fresh_db().await;
    let admin = db.pool().await;
    phoenix_kit::up(&admin, "public").await.expect("public up");
    phoenix_kit::up_to(&admin, "t1", 40)
        .await
        .expect("t1 up to 40");

    let role = format!("{}_t2", db.name);
    sqlx::raw_sql(&format!(
        r#"CREATE ROLE "{role}" LOGIN PASSWORD 'pk';
           GRANT CREATE ON DATABASE "{db}" TO "{role}";
           DO $$ DECLARE f regprocedure; BEGIN
             FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
                      JOIN pg_namespace n ON n.oid = p.pronamespace
                      WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d
                        WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
             LOOP EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f); END LOOP;
           END $$;"#,
        db = db.name
    ))
    .execute(&admin)
    .await
    .expect("create the tenant's role");
    let tenant = sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect(&as_user(&db.url, &role, "pk"))
        .await
        .expect("connect as the tenant's role");
    // The role really cannot read public's tables.
    let denied = sqlx::query("SELECT 1 FROM public.phoenix_kit_users LIMIT 1")
        .execute(&tenant)
        .await
        .expect_err("no privilege on public's tables");
    assert!(denied.to_string().contains("permission denied"), "{denied}");

    let others = |exclude: &'static str| {
        let url = db.url.clone();
        move || {
            [("public", "public"), ("t1", "t1"), ("t2", "t2")]
                .into_iter()
                .filter(|(s, _)| *s != exclude)
                .map(|(s, _)| (s, drop_siblings(&snapshot(&url, s), &[exclude])))
                .collect::<Vec<_>>()
        }
    };
    let public_and_t1 = others("t2");
    let before = public_and_t1();

    // Install t2 (to V10, where the issue puts it), then upgrade it alone: V11..latest.
    phoenix_kit::up_to(&tenant, "t2", 10)
        .await
        .expect("t2 up to 10");
    for ((schema, was), (_, is)) in before.iter().zip(public_and_t1()) {
        assert_snapshot_eq(&format!("{schema} after t2 0→10"), was, &is);
    }
    let applied = phoenix_kit::up(&tenant, "t2").await.expect("t2 up");
    assert_eq!((applied.from, applied.to), (10, latest));
    for ((schema, was), (_, is)) in before.iter().zip(public_and_t1()) {
        assert_snapshot_eq(&format!("{schema} after t2 10→{latest}"), was, &is);
    }
    assert_snapshot_eq(
        &format!("t2 at {latest} beside public and t1"),
        &reference_snapshot(latest),
        &tenant_snapshot(&db.url, &admin, "t2", &["public", "t1"]).await,
    );
    assert_eq!(
        phoenix_kit::migrated_version(&admin, "t1")
            .await
            .expect("t1"),
        40
    );
    assert_eq!(
        phoenix_kit::migrated_version(&admin, "public")
            .await
            .expect("public"),
        latest
    );

    // Down and up again, still alone.
    // The lowest version a down from the latest reaches: the last irreversible one (V74).
    let floor = (1..=latest)
        .rev()
        .find(|&n| {
            matches!(
                CHAIN.version(n).expect("in the chain").down,
                Down::Irreversible(_)
            )
        })
        .unwrap_or(latest / 2);
    phoenix_kit::down_to(&tenant, "t2", floor)
        .await
        .expect("t2 down");
    assert_snapshot_eq(
        &format!("t2 down {latest}→{floor} beside public and t1"),
        &expected_after_down(latest, floor),
        &tenant_snapshot(&db.url, &admin, "t2", &["public", "t1"]).await,
    );
    phoenix_kit::up(&tenant, "t2").await.expect("t2 up again");
    for ((schema, was), (_, is)) in before.iter().zip(public_and_t1()) {
        assert_snapshot_eq(&format!("{schema} after t2 down and up"), was, &is);
    }

    // Removing t1 (down to 0) leaves public and t2 alone.
    let public_and_t2 = others("t1");
    let before = public_and_t2();
    phoenix_kit::down_to(&admin, "t1", 0)
        .await
        .expect("t1 down");
    for ((schema, was), (_, is)) in before.iter().zip(public_and_t2()) {
        assert_snapshot_eq(&format!("{schema} after t1 40→0"), was, &is);
    }
}

/// A prefix containing what the renderer substitutes (`{prefix}`), a `'` and a backslash installs
/// the whole chain in one call and matches the reference.
#[tokio::test]
async fn a_prefix_with_quotes_backslashes_and_braces_works_end_to_end() {
    let prefix = r"a'b\c{prefix}";
    let db = fresh_db().await;
    let pool = db.pool().await;
    phoenix_kit::up(&pool, prefix)
        .await
        .unwrap_or_else(|e| panic!("up: {e}"));
    assert_snapshot_eq(
        &format!("{prefix} at the latest version"),
        &reference_snapshot(CHAIN.latest()),
        &tenant_snapshot(&db.url, &pool, prefix, &[]).await,
    );
}

/// Rejected names fail before any SQL: the pool points at a port nothing listens on, so an attempt
/// to connect would be a connection error instead.
#[tokio::test]
async fn bad_prefixes_are_rejected_before_any_sql_with_a_one_line_reason() {
    let nowhere = sqlx::postgres::PgPoolOptions::new()
        .connect_lazy("postgres://nobody@127.0.0.1:1/nowhere")
        .expect("lazy pool");
    let derived_limit = MAX_IDENTIFIER_BYTES - V26_INDEX.len() - 1;
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "empty"),
        ("pg_catalog".into(), "system schemas"),
        ("information_schema".into(), "system schemas"),
        ("pg_toast".into(), "system schemas"),
        ("pg_temp_3".into(), "system schemas"),
        ("pg_tenant".into(), "system schemas"),
        ("a\0b".into(), "NUL"),
        ("a\nb".into(), "control character"),
        ("x".repeat(64), "limited to 63 bytes"),
        // One byte over what V26's index name allows, in ASCII and in two-byte characters.
        (
            "x".repeat(derived_limit + 1),
            "over PostgreSQL's limit of 63",
        ),
        (
            "ü".repeat(derived_limit / 2 + 1),
            "over PostgreSQL's limit of 63",
        ),
    ];
    for (name, reason) in cases {
        let error = phoenix_kit::up(&nowhere, &name)
            .await
            .expect_err("rejected");
        let message = error.to_string();
        assert!(matches!(error, Error::Prefix(_)), "{name:?}: {message}");
        assert!(message.contains(reason), "{name:?}: {message}");
        assert!(!message.contains('\n'), "{name:?}: {message}");
        if reason.contains("limit of") {
            assert!(
                matches!(error, Error::Prefix(PrefixError::DerivedTooLong { .. })),
                "{message}"
            );
            assert!(
                message.contains(V26_INDEX),
                "names the identifier: {message}"
            );
        }
        // The multi-tenant API rejects the whole list before anything runs.
        let error = phoenix_kit::tenants(["fine", name.as_str()]).expect_err("rejected");
        assert!(matches!(error, Error::Prefix(_)), "{error}");
    }

    // The longest accepted names: every identifier derived from them fits in 63 bytes, V26's
    // index as well as Oban's notification channels (`<prefix>.oban_insert`, `.oban_update`).
    for name in ["x".repeat(derived_limit), "ü".repeat(derived_limit / 2)] {
        phoenix_kit::migrator(&name).unwrap_or_else(|e| panic!("{name}: {e}"));
        for derived in [
            format!("{name}_{V26_INDEX}"),
            format!("{name}.oban_insert"),
            format!("{name}.oban_update"),
        ] {
            assert!(derived.len() <= MAX_IDENTIFIER_BYTES, "{derived}");
        }
    }
}

/// 50 tenants, from nothing to the latest version, four at a time, through the library API, all in
/// one database; each ends conformant.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fifty_tenants_reach_the_latest_version_four_at_a_time() {
    const TENANTS: usize = 50;
    const JOBS: usize = 4;
    let latest = CHAIN.latest();
    let db = fresh_db().await;
    let pool = sqlx::postgres::PgPoolOptions::new()
        .max_connections(JOBS as u32 + 1)
        .connect(&db.url)
        .await
        .expect("pool");
    // Mostly plain names, and every tenth one needs quoting.
    let names: Vec<String> = (0..TENANTS)
        .map(|i| {
            if i % 10 == 9 {
                format!("Tenant {i:02}")
            } else {
                format!("tenant_{i:02}")
            }
        })
        .collect();

    // Versions in flight per moment, to check the bound on parallelism.
    let in_flight = std::sync::Arc::new(std::sync::Mutex::new((0_usize, 0_usize)));
    let observe: pk_runtime::tenants::Observer = {
        let in_flight = std::sync::Arc::clone(&in_flight);
        std::sync::Arc::new(move |_, event| {
            let mut guard = in_flight.lock().expect("lock");
            match event {
                pk_runtime::Event::VersionStarted { .. } => {
                    guard.0 += 1;
                    guard.1 = guard.1.max(guard.0);
                }
                pk_runtime::Event::VersionFinished { .. } => guard.0 -= 1,
                _ => {}
            }
        })
    };
    let started = Instant::now();
    let summary = phoenix_kit::tenants(&names)
        .expect("valid prefixes")
        .jobs(JOBS)
        .up_with(&pool, None, observe)
        .await;
    let migrated = started.elapsed();
    assert!(summary.is_ok(), "{summary}");
    assert_eq!(summary.tenants.len(), TENANTS);
    for tenant in &summary.tenants {
        assert_eq!(
            (tenant.from, tenant.reached, tenant.applied.len()),
            (Some(0), Some(latest), latest as usize),
            "{}",
            tenant.prefix
        );
    }
    let max_in_flight = in_flight.lock().expect("lock").1;
    assert!(
        (2..=JOBS).contains(&max_in_flight),
        "{max_in_flight} tenants migrated at once with jobs = {JOBS}"
    );

    // The snapshots (psql, one at a time per thread) two at a time.
    let started = Instant::now();
    let snapshots: Vec<String> = std::thread::scope(|scope| {
        let halves: Vec<_> = names
            .chunks(TENANTS.div_ceil(2))
            .map(|half| {
                let url = &db.url;
                scope.spawn(move || {
                    half.iter()
                        .map(|name| snapshot(url, name))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        halves
            .into_iter()
            .flat_map(|half| half.join().expect("snapshot thread"))
            .collect()
    });
    let expected = reference_snapshot(latest);
    for (name, raw) in names.iter().zip(&snapshots) {
        let siblings: Vec<&str> = names
            .iter()
            .filter(|other| *other != name)
            .map(String::as_str)
            .collect();
        assert_snapshot_eq(
            &format!("tenant {name} of {TENANTS}"),
            &expected,
            &as_public(&pool, raw, name, &siblings).await,
        );
    }
    eprintln!(
        "{TENANTS} tenants 0→{latest} with jobs = {JOBS}: {migrated:?} (max {max_in_flight} at once); \
         {TENANTS} snapshots compared in {:?}",
        started.elapsed()
    );
}
