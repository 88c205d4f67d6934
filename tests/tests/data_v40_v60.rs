//! Data through V40..V60 (issue 4): a realistic data set loaded at V39 is migrated to V60 by pk,
//! in one call and one version per call, and by PhoenixKit 1.7.71 itself (its executed SQL,
//! replayed); every row must survive as PhoenixKit keeps it.
//!
//! The data set is `reference/dataset_v39.sql`, plus `reference/dataset_v46_shop.sql` for the
//! shop: PhoenixKit's shop tables only exist from V45/V46, so the shop rows are loaded at V46,
//! right before V47 (the first version after it that transforms them). The routes with the shop
//! therefore do V40..V46 and V47..V60 in one call each (or one version per call); the single call
//! `up_to(60)` from V39 runs on the data set without the shop.
//!
//! Asserted on every database at V60 (pk single call, pk one call, pk stepwise, PhoenixKit's
//! replay, PhoenixKit's V40 continued by pk, pk from V39 again), against the state captured
//! right after each load:
//! - every row of every table is still there with every non-timestamp value unchanged, except
//!   what PhoenixKit changes by design (each allowed change is listed with its reason); row
//!   counts change only by V57's deletion of the pending registration token and by the settings
//!   V43/V45/V55/V59 seed;
//! - V40: the 32 tables' `uuid` is NOT NULL and every row has its own v7, made during the run
//!   (and, where V40 can be observed alone, V40's values are the ones at V60);
//! - V44 renames the db_sync settings, V45 keeps an application's shop_currency;
//! - V47: product and category texts become per-language JSONB under default_language ('de'),
//!   with `translations` merged in (literal expectations);
//! - V54: a category's featured product;
//! - V56/V57: each of the 87 `*_uuid` companions points at the row its integer FK points at;
//!   orphans (NULL or dangling integer FK) stay NULL in nullable companions and hold a random v7
//!   that matches no parent in NOT NULL ones (the rows of CASCADE foreign keys are deleted);
//! - V58: every timestamp keeps its instant (epoch compared, session TimeZone UTC).
//!
//! The same checks hold on PhoenixKit's own result, which is what makes them PhoenixKit's
//! behaviour and not pk's. Then the snapshots (catalog and rows) must be equal: pk one call = pk
//! stepwise (= pk single call, without the shop's rows), and PhoenixKit stepwise = PhoenixKit's
//! V40 continued by pk = pk from V39. pk's rows differ from PhoenixKit's only in values made at
//! run time — the v7 uuids (V40's, V57's fills of orphans), the seeds' now() timestamps and
//! serials — which the snapshot shows as placeholders and the checks above pin per database.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use pk_runtime::phoenix_kit;
use pk_tests::{TestDb, assert_snapshot_eq, fresh_db, snapshot};
use sqlx::types::JsonValue;
use sqlx::{Connection, PgConnection, PgPool};

const DATASET_V39: &str = include_str!("../reference/dataset_v39.sql");
const DATASET_V46_SHOP: &str = include_str!("../reference/dataset_v46_shop.sql");

/// Settings rows seeded after V39 (ON CONFLICT (key) DO NOTHING): V43 six legal_* keys, V45 five
/// shop_* keys of which `shop_currency` already exists in the data set, V55 four comments_* keys,
/// V59 publishing_storage.
const SETTINGS_SEEDED_AFTER_V39: i64 = 6 + 4 + 4 + 1;

/// The tables V40 gives a `uuid` column (PhoenixKit's @tables_to_migrate without
/// email_templates, which has had a nullable uuid since V15), by their V60 names: V44 renamed
/// phoenix_kit_db_sync_* to phoenix_kit_sync_*.
const V40_TABLES: [&str; 32] = [
    "phoenix_kit_users",
    "phoenix_kit_users_tokens",
    "phoenix_kit_user_roles",
    "phoenix_kit_user_role_assignments",
    "phoenix_kit_settings",
    "phoenix_kit_referral_codes",
    "phoenix_kit_referral_code_usage",
    "phoenix_kit_email_logs",
    "phoenix_kit_email_events",
    "phoenix_kit_email_blocklist",
    "phoenix_kit_email_orphaned_events",
    "phoenix_kit_email_metrics",
    "phoenix_kit_user_oauth_providers",
    "phoenix_kit_entities",
    "phoenix_kit_entity_data",
    "phoenix_kit_audit_logs",
    "phoenix_kit_currencies",
    "phoenix_kit_billing_profiles",
    "phoenix_kit_orders",
    "phoenix_kit_invoices",
    "phoenix_kit_transactions",
    "phoenix_kit_payment_methods",
    "phoenix_kit_subscription_plans",
    "phoenix_kit_subscriptions",
    "phoenix_kit_payment_provider_configs",
    "phoenix_kit_webhook_events",
    "phoenix_kit_ai_endpoints",
    "phoenix_kit_ai_requests",
    "phoenix_kit_ai_prompts",
    "phoenix_kit_sync_connections",
    "phoenix_kit_sync_transfers",
    "phoenix_kit_admin_notes",
];

/// V44's table renames: a table captured under its V39 name is found under this name at V60.
fn renamed(table: &str) -> &str {
    match table {
        "phoenix_kit_db_sync_connections" => "phoenix_kit_sync_connections",
        "phoenix_kit_db_sync_transfers" => "phoenix_kit_sync_transfers",
        other => other,
    }
}

/// PhoenixKit's UUIDFKColumns (V56, re-run by V57), read from its executed SQL (every
/// `UPDATE t SET c_uuid = s.uuid FROM parent s WHERE s.id = t.c_id`): (table, uuid companion,
/// integer FK, parent table). Every parent's `id` is an integer key and its `uuid` is unique.
#[rustfmt::skip]
const COMPANIONS: [(&str, &str, &str, &str); 87] = [
    ("phoenix_kit_users_tokens", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_user_role_assignments", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_user_role_assignments", "assigned_by_uuid", "assigned_by", "phoenix_kit_users"),
    ("phoenix_kit_admin_notes", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_admin_notes", "author_uuid", "author_id", "phoenix_kit_users"),
    ("phoenix_kit_user_oauth_providers", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_audit_logs", "target_user_uuid", "target_user_id", "phoenix_kit_users"),
    ("phoenix_kit_audit_logs", "admin_user_uuid", "admin_user_id", "phoenix_kit_users"),
    ("phoenix_kit_role_permissions", "granted_by_uuid", "granted_by", "phoenix_kit_users"),
    ("phoenix_kit_comments", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_comments_likes", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_comments_dislikes", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_posts", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_post_comments", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_post_likes", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_post_dislikes", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_post_views", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_post_mentions", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_post_groups", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_comment_likes", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_comment_dislikes", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_tickets", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_tickets", "assigned_to_uuid", "assigned_to_id", "phoenix_kit_users"),
    ("phoenix_kit_ticket_comments", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_ticket_status_history", "changed_by_uuid", "changed_by_id", "phoenix_kit_users"),
    ("phoenix_kit_user_blocks", "blocker_uuid", "blocker_id", "phoenix_kit_users"),
    ("phoenix_kit_user_blocks", "blocked_uuid", "blocked_id", "phoenix_kit_users"),
    ("phoenix_kit_user_blocks_history", "blocker_uuid", "blocker_id", "phoenix_kit_users"),
    ("phoenix_kit_user_blocks_history", "blocked_uuid", "blocked_id", "phoenix_kit_users"),
    ("phoenix_kit_user_follows", "follower_uuid", "follower_id", "phoenix_kit_users"),
    ("phoenix_kit_user_follows", "followed_uuid", "followed_id", "phoenix_kit_users"),
    ("phoenix_kit_user_follows_history", "follower_uuid", "follower_id", "phoenix_kit_users"),
    ("phoenix_kit_user_follows_history", "followed_uuid", "followed_id", "phoenix_kit_users"),
    ("phoenix_kit_user_connections", "requester_uuid", "requester_id", "phoenix_kit_users"),
    ("phoenix_kit_user_connections", "recipient_uuid", "recipient_id", "phoenix_kit_users"),
    ("phoenix_kit_user_connections_history", "user_a_uuid", "user_a_id", "phoenix_kit_users"),
    ("phoenix_kit_user_connections_history", "user_b_uuid", "user_b_id", "phoenix_kit_users"),
    ("phoenix_kit_user_connections_history", "actor_uuid", "actor_id", "phoenix_kit_users"),
    ("phoenix_kit_files", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_shop_carts", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_shop_products", "created_by_uuid", "created_by", "phoenix_kit_users"),
    ("phoenix_kit_shop_import_logs", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_billing_profiles", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_orders", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_invoices", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_transactions", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_subscriptions", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_payment_methods", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_ai_requests", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_sync_connections", "approved_by_uuid", "approved_by", "phoenix_kit_users"),
    ("phoenix_kit_sync_connections", "suspended_by_uuid", "suspended_by", "phoenix_kit_users"),
    ("phoenix_kit_sync_connections", "revoked_by_uuid", "revoked_by", "phoenix_kit_users"),
    ("phoenix_kit_sync_connections", "created_by_uuid", "created_by", "phoenix_kit_users"),
    ("phoenix_kit_sync_transfers", "approved_by_uuid", "approved_by", "phoenix_kit_users"),
    ("phoenix_kit_sync_transfers", "denied_by_uuid", "denied_by", "phoenix_kit_users"),
    ("phoenix_kit_sync_transfers", "initiated_by_uuid", "initiated_by", "phoenix_kit_users"),
    ("phoenix_kit_entities", "created_by_uuid", "created_by", "phoenix_kit_users"),
    ("phoenix_kit_entity_data", "created_by_uuid", "created_by", "phoenix_kit_users"),
    ("phoenix_kit_email_logs", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_email_blocklist", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_email_templates", "created_by_user_uuid", "created_by_user_id", "phoenix_kit_users"),
    ("phoenix_kit_email_templates", "updated_by_user_uuid", "updated_by_user_id", "phoenix_kit_users"),
    ("phoenix_kit_referral_codes", "created_by_uuid", "created_by", "phoenix_kit_users"),
    ("phoenix_kit_referral_codes", "beneficiary_uuid", "beneficiary", "phoenix_kit_users"),
    ("phoenix_kit_referral_code_usage", "used_by_uuid", "used_by", "phoenix_kit_users"),
    ("phoenix_kit_consent_logs", "user_uuid", "user_id", "phoenix_kit_users"),
    ("phoenix_kit_user_role_assignments", "role_uuid", "role_id", "phoenix_kit_user_roles"),
    ("phoenix_kit_role_permissions", "role_uuid", "role_id", "phoenix_kit_user_roles"),
    ("phoenix_kit_entity_data", "entity_uuid", "entity_id", "phoenix_kit_entities"),
    ("phoenix_kit_shop_cart_items", "cart_uuid", "cart_id", "phoenix_kit_shop_carts"),
    ("phoenix_kit_shop_cart_items", "product_uuid", "product_id", "phoenix_kit_shop_products"),
    ("phoenix_kit_shop_carts", "shipping_method_uuid", "shipping_method_id", "phoenix_kit_shop_shipping_methods"),
    ("phoenix_kit_shop_carts", "merged_into_cart_uuid", "merged_into_cart_id", "phoenix_kit_shop_carts"),
    ("phoenix_kit_shop_carts", "payment_option_uuid", "payment_option_id", "phoenix_kit_payment_options"),
    ("phoenix_kit_shop_products", "category_uuid", "category_id", "phoenix_kit_shop_categories"),
    ("phoenix_kit_shop_categories", "parent_uuid", "parent_id", "phoenix_kit_shop_categories"),
    ("phoenix_kit_shop_categories", "featured_product_uuid", "featured_product_id", "phoenix_kit_shop_products"),
    ("phoenix_kit_orders", "billing_profile_uuid", "billing_profile_id", "phoenix_kit_billing_profiles"),
    ("phoenix_kit_invoices", "order_uuid", "order_id", "phoenix_kit_orders"),
    ("phoenix_kit_transactions", "invoice_uuid", "invoice_id", "phoenix_kit_invoices"),
    ("phoenix_kit_subscriptions", "billing_profile_uuid", "billing_profile_id", "phoenix_kit_billing_profiles"),
    ("phoenix_kit_subscriptions", "payment_method_uuid", "payment_method_id", "phoenix_kit_payment_methods"),
    ("phoenix_kit_email_events", "email_log_uuid", "email_log_id", "phoenix_kit_email_logs"),
    ("phoenix_kit_ai_requests", "endpoint_uuid", "endpoint_id", "phoenix_kit_ai_endpoints"),
    ("phoenix_kit_ai_requests", "prompt_uuid", "prompt_id", "phoenix_kit_ai_prompts"),
    ("phoenix_kit_sync_transfers", "connection_uuid", "connection_id", "phoenix_kit_sync_connections"),
    ("phoenix_kit_referral_code_usage", "code_uuid", "code_id", "phoenix_kit_referral_codes"),
];

/// The orphans of the data set at V60, per companion: rows whose integer FK is NULL or points
/// nowhere, as (table, companion, NOT NULL column?, count). In a nullable companion they stay
/// NULL; in a NOT NULL one V57 filled them with a fresh v7 that matches no parent. Every other
/// companion with rows has none. (users_tokens' registration token was such an orphan too, in
/// a NOT NULL + CASCADE column: V57 deleted the row, so no orphan is left there.)
#[rustfmt::skip]
const ORPHANS: [(&str, &str, bool, i64); 38] = [
    ("phoenix_kit_user_role_assignments", "assigned_by_uuid", false, 3), // assigned_by NULL
    ("phoenix_kit_audit_logs", "target_user_uuid", true, 1),             // user 99
    ("phoenix_kit_audit_logs", "admin_user_uuid", true, 1),              // user 12
    ("phoenix_kit_post_views", "user_uuid", false, 1),                   // anonymous view
    ("phoenix_kit_tickets", "assigned_to_uuid", false, 1),               // unassigned
    ("phoenix_kit_shop_carts", "user_uuid", false, 1),                   // session cart
    ("phoenix_kit_shop_products", "created_by_uuid", false, 1),          // created_by NULL
    ("phoenix_kit_orders", "billing_profile_uuid", false, 1),            // NULL
    ("phoenix_kit_invoices", "order_uuid", false, 1),                    // NULL
    ("phoenix_kit_subscriptions", "billing_profile_uuid", false, 1),     // profile 999
    ("phoenix_kit_subscriptions", "payment_method_uuid", false, 1),      // NULL
    ("phoenix_kit_payment_methods", "user_uuid", true, 1),               // user 404
    ("phoenix_kit_ai_requests", "user_uuid", false, 1),                  // NULL
    ("phoenix_kit_ai_requests", "endpoint_uuid", false, 1),              // NULL
    ("phoenix_kit_ai_requests", "prompt_uuid", false, 2),                // prompt_id (V41) NULL
    ("phoenix_kit_sync_connections", "suspended_by_uuid", false, 1),     // NULL
    ("phoenix_kit_sync_connections", "revoked_by_uuid", false, 1),       // NULL
    ("phoenix_kit_sync_transfers", "approved_by_uuid", false, 2),        // NULL
    ("phoenix_kit_sync_transfers", "denied_by_uuid", false, 2),          // NULL
    ("phoenix_kit_sync_transfers", "initiated_by_uuid", false, 1),       // NULL
    ("phoenix_kit_sync_transfers", "connection_uuid", false, 1),         // NULL
    ("phoenix_kit_entities", "created_by_uuid", true, 1),                // user 42
    ("phoenix_kit_entity_data", "created_by_uuid", true, 1),             // user 55
    ("phoenix_kit_email_logs", "user_uuid", false, 3),                   // NULL, 99, 6
    ("phoenix_kit_email_blocklist", "user_uuid", false, 2),              // NULL, 77
    ("phoenix_kit_email_templates", "created_by_user_uuid", false, 1),   // user 99
    ("phoenix_kit_email_templates", "updated_by_user_uuid", false, 1),   // NULL
    ("phoenix_kit_referral_codes", "created_by_uuid", true, 1),          // user 88
    ("phoenix_kit_referral_codes", "beneficiary_uuid", false, 1),        // NULL
    ("phoenix_kit_referral_code_usage", "used_by_uuid", true, 1),        // user 66
    ("phoenix_kit_shop_cart_items", "product_uuid", false, 1),           // product deleted
    ("phoenix_kit_shop_carts", "shipping_method_uuid", false, 2),        // NULL
    ("phoenix_kit_shop_carts", "merged_into_cart_uuid", false, 3),       // NULL
    ("phoenix_kit_shop_carts", "payment_option_uuid", false, 3),         // NULL
    ("phoenix_kit_shop_products", "category_uuid", false, 1),            // NULL
    ("phoenix_kit_shop_categories", "parent_uuid", false, 3),            // top level
    ("phoenix_kit_shop_categories", "featured_product_uuid", false, 3),  // V54 set only one
    ("phoenix_kit_role_permissions", "granted_by_uuid", false, 25),     // V53/V55 Admin seeds
];

// ------------------------------------------------------------------------------------------
// Databases, pk and psql

/// A test database whose sessions run with TimeZone UTC (PhoenixKit stores UTC and V58 converts
/// without USING, i.e. in the session's time zone), and a pool on it.
struct Db {
    db: TestDb,
    pool: PgPool,
}

async fn utc_db() -> Db {
    with_utc(fresh_db().await).await
}

async fn with_utc(db: TestDb) -> Db {
    let mut conn = PgConnection::connect(&db.url)
        .await
        .unwrap_or_else(|e| panic!("connect to {}: {e}", db.name));
    // A per-database setting: CREATE DATABASE … TEMPLATE does not copy it.
    sqlx::raw_sql(&format!(
        r#"ALTER DATABASE "{}" SET "TimeZone" = 'UTC'"#,
        db.name
    ))
    .execute(&mut conn)
    .await
    .expect("set the database's TimeZone");
    let _ = conn.close().await;
    let pool = db.pool().await;
    let tz: String = sqlx::query_scalar("SELECT current_setting('TimeZone')")
        .fetch_one(&pool)
        .await
        .expect("TimeZone");
    assert_eq!(tz, "UTC");
    Db { db, pool }
}

/// Two copies of `source` (CREATE DATABASE … TEMPLATE, a file-level copy: same catalog, rows and
/// sequence positions), so that one replay of PhoenixKit's V01..V39 serves two routes.
async fn two_copies(source: Db) -> (Db, Db) {
    source.pool.close().await;
    // CREATE DATABASE needs a connection to another database: an empty one made for the purpose.
    let helper = fresh_db().await;
    let mut conn = PgConnection::connect(&helper.url)
        .await
        .unwrap_or_else(|e| panic!("connect to {}: {e}", helper.name));
    let mut copies = Vec::new();
    for suffix in ["a", "b"] {
        let name = format!("{}_{suffix}", source.db.name);
        sqlx::raw_sql(&format!(
            r#"CREATE DATABASE "{name}" TEMPLATE "{}""#,
            source.db.name
        ))
        .execute(&mut conn)
        .await
        .unwrap_or_else(|e| panic!("copy {} to {name}: {e}", source.db.name));
        let path = format!("/{}", source.db.name);
        assert_eq!(source.db.url.matches(&path).count(), 1, "{}", source.db.url);
        let url = source.db.url.replacen(&path, &format!("/{name}"), 1);
        copies.push(with_utc(TestDb { url, name }).await);
    }
    let _ = conn.close().await;
    let b = copies.pop().expect("two copies");
    let a = copies.pop().expect("two copies");
    (a, b)
}

async fn up(pool: &PgPool, n: u32) -> Vec<u32> {
    phoenix_kit::up_to(pool, "public", n)
        .await
        .unwrap_or_else(|e| panic!("pk up to {n}: {e}"))
        .versions
}

async fn exec(pool: &PgPool, sql: &str) {
    sqlx::raw_sql(sql).execute(pool).await.unwrap_or_else(|e| {
        let head: String = sql.chars().take(2000).collect();
        panic!("{e}\nin:\n{head}")
    });
}

async fn version(pool: &PgPool) -> u32 {
    phoenix_kit::migrated_version(pool, "public")
        .await
        .expect("migrated version")
}

/// The directory of the reference material (`tests/reference`).
fn reference_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("reference")
}

/// psql from PK_PG_BIN when that directory has one (as the harness does), else from PATH.
fn psql_program() -> PathBuf {
    std::env::var_os("PK_PG_BIN")
        .map(|dir| Path::new(&dir).join("psql"))
        .filter(|psql| psql.is_file())
        .unwrap_or_else(|| PathBuf::from("psql"))
}

/// Replays PhoenixKit's executed SQL of `versions` (`reference/sql/vNN.up.sql`, copied from the
/// PhoenixKit 1.7.71 reference: the statements `up(prefix: "public", version: N)` ran on a
/// database at N-1, in order) with `psql -X -v ON_ERROR_STOP=1 -1 -f vNN.up.sql`: one
/// transaction per version, as PhoenixKit runs one call per version. The "-- [introspection]"
/// SELECTs are replayed too (read-only); their output is discarded. The logged SQL replays
/// cleanly on the data set: everything data-dependent in it is server-side (DO blocks, UPDATE …
/// FROM, the orphan clean-up), and PhoenixKit's Elixir-side decisions are catalog queries, which
/// see the same catalog with or without rows.
async fn replay(url: &str, versions: RangeInclusive<u32>) {
    let url = url.to_owned();
    let result = tokio::task::spawn_blocking(move || {
        for v in versions {
            replay_version(&url, v);
        }
    })
    .await;
    if let Err(e) = result {
        std::panic::resume_unwind(e.into_panic());
    }
}

fn replay_version(url: &str, version: u32) {
    let file = reference_dir().join(format!("sql/v{version:02}.up.sql"));
    assert!(file.is_file(), "missing {}", file.display());
    let output = Command::new(psql_program())
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-1", "-f"])
        .arg(&file)
        .arg(url)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run psql ({e}); install the PostgreSQL client"));
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let errors: Vec<&str> = stderr.lines().filter(|l| !l.contains("NOTICE:")).collect();
        panic!(
            "replaying PhoenixKit's V{version:02} ({}) failed (psql {}):\n{}",
            file.display(),
            output.status,
            errors.join("\n")
        );
    }
}

/// snapshot() of the public schema, off the async runtime (it runs psql).
async fn snap(url: &str) -> String {
    let url = url.to_owned();
    match tokio::task::spawn_blocking(move || snapshot(&url, "public")).await {
        Ok(s) => s,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}

// ------------------------------------------------------------------------------------------
// Captured state

/// One table's rows as captured: the key columns (primary key, else the first unique index),
/// and per row key the non-timestamp columns as JSON and the timestamps as epoch text.
#[derive(Debug, Default, Clone)]
struct TableRows {
    key_cols: Vec<String>,
    time_cols: Vec<String>,
    rows: BTreeMap<String, (JsonValue, JsonValue)>,
}

/// Row counts of every table and the rows of every table that has some.
#[derive(Debug, Default, Clone)]
struct Captured {
    counts: BTreeMap<String, i64>,
    tables: BTreeMap<String, TableRows>,
}

/// Every table of `public` with its key and timestamp columns (timestamp, timestamptz, date).
async fn table_columns(pool: &PgPool) -> Vec<(String, Vec<String>, Vec<String>)> {
    sqlx::query_as(
        r#"SELECT c.relname::text,
             coalesce(
               (SELECT array_agg(a.attname::text ORDER BY k.ord)
                FROM pg_index x
                CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
                WHERE x.indrelid = c.oid AND x.indisprimary),
               (SELECT array_agg(a.attname::text ORDER BY k.ord)
                FROM (SELECT x.indkey FROM pg_index x
                      WHERE x.indrelid = c.oid AND x.indisunique AND x.indexprs IS NULL AND x.indpred IS NULL
                      ORDER BY x.indexrelid::regclass::text LIMIT 1) x
                CROSS JOIN LATERAL unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum),
               ARRAY[]::text[]),
             coalesce((SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a
                       WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                         AND a.atttypid IN ('timestamp'::regtype, 'timestamptz'::regtype, 'date'::regtype)),
                      ARRAY[]::text[])
           FROM pg_class c
           WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
           ORDER BY 1"#,
    )
    .fetch_all(pool)
    .await
    .expect("table columns")
}

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// SELECT key text, the row without timestamp columns as jsonb, and the timestamps as an object
/// of epoch texts (extract(epoch …)::text; 'Infinity' for infinity).
fn rows_query(table: &str, key_cols: &[String], time_cols: &[String]) -> String {
    let key = if key_cols.is_empty() {
        "to_jsonb(t)::text".to_owned()
    } else {
        let cols: Vec<String> = key_cols
            .iter()
            .map(|c| format!("t.{}::text", quote_ident(c)))
            .collect();
        format!("concat_ws('|', {})", cols.join(", "))
    };
    let times: Vec<String> = time_cols
        .iter()
        .map(|c| {
            format!(
                "'{c}', extract(epoch FROM t.{})::text",
                quote_ident(c),
                c = c.replace('\'', "''")
            )
        })
        .collect();
    let dropped: Vec<String> = time_cols
        .iter()
        .map(|c| format!("'{}'", c.replace('\'', "''")))
        .collect();
    format!(
        "SELECT {key}, to_jsonb(t) - ARRAY[{}]::text[], jsonb_build_object({}) FROM public.{} t",
        dropped.join(", "),
        times.join(", "),
        quote_ident(table)
    )
}

async fn fetch_rows(
    pool: &PgPool,
    table: &str,
    key_cols: &[String],
    time_cols: &[String],
) -> BTreeMap<String, (JsonValue, JsonValue)> {
    let sql = rows_query(table, key_cols, time_cols);
    let rows: Vec<(String, JsonValue, JsonValue)> = sqlx::query_as(&sql)
        .fetch_all(pool)
        .await
        .unwrap_or_else(|e| panic!("{e}\nin: {sql}"));
    let count = rows.len();
    let map: BTreeMap<String, (JsonValue, JsonValue)> =
        rows.into_iter().map(|(k, j, t)| (k, (j, t))).collect();
    assert_eq!(map.len(), count, "row keys of {table} are not unique");
    map
}

/// Captures every table of `public` (only those not in `skip`, by their V60 names).
async fn capture(pool: &PgPool, skip: &Captured) -> Captured {
    let mut captured = Captured::default();
    for (table, key_cols, time_cols) in table_columns(pool).await {
        if skip.counts.contains_key(renamed(&table)) {
            continue;
        }
        let count: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM public.{}",
            quote_ident(&table)
        ))
        .fetch_one(pool)
        .await
        .expect("count");
        if count > 0 {
            let rows = fetch_rows(pool, &table, &key_cols, &time_cols).await;
            captured.tables.insert(
                renamed(&table).to_owned(),
                TableRows {
                    key_cols,
                    time_cols,
                    rows,
                },
            );
        }
        captured.counts.insert(renamed(&table).to_owned(), count);
    }
    captured
}

/// A difference between a captured row and the same row at V60.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Diff {
    /// The row is gone.
    Missing { table: String, key: String },
    /// A non-timestamp column is gone (from every row of the table).
    Dropped { table: String, column: String },
    /// A non-timestamp value changed.
    Changed {
        table: String,
        key: String,
        column: String,
        before: String,
        after: String,
    },
    /// A timestamp's instant changed (epoch seconds before, after).
    Time {
        table: String,
        key: String,
        column: String,
        before: String,
        after: String,
    },
}

/// Compares the captured rows with the database now: every captured row, every captured
/// column value, every timestamp's epoch.
async fn diff(pool: &PgPool, before: &Captured) -> Vec<Diff> {
    let mut diffs = BTreeSet::new();
    for (table, captured) in &before.tables {
        let now = fetch_rows(pool, table, &captured.key_cols, &captured.time_cols).await;
        for (key, (json, times)) in &captured.rows {
            let Some((json_now, times_now)) = now.get(key) else {
                diffs.insert(Diff::Missing {
                    table: table.clone(),
                    key: key.clone(),
                });
                continue;
            };
            let fields = json.as_object().expect("a row is a JSON object");
            let fields_now = json_now.as_object().expect("a row is a JSON object");
            for (column, value) in fields {
                match fields_now.get(column) {
                    None => {
                        diffs.insert(Diff::Dropped {
                            table: table.clone(),
                            column: column.clone(),
                        });
                    }
                    Some(value_now) if value_now != value => {
                        diffs.insert(Diff::Changed {
                            table: table.clone(),
                            key: key.clone(),
                            column: column.clone(),
                            before: value.to_string(),
                            after: value_now.to_string(),
                        });
                    }
                    Some(_) => {}
                }
            }
            let times = times.as_object().expect("epochs are a JSON object");
            let times_now = times_now.as_object().expect("epochs are a JSON object");
            for (column, value) in times {
                let value_now = times_now.get(column).cloned().unwrap_or(JsonValue::Null);
                if &value_now != value {
                    diffs.insert(Diff::Time {
                        table: table.clone(),
                        key: key.clone(),
                        column: column.clone(),
                        before: value.to_string(),
                        after: value_now.to_string(),
                    });
                }
            }
        }
    }
    diffs.into_iter().collect()
}

async fn counts_now(pool: &PgPool) -> BTreeMap<String, i64> {
    let mut counts = BTreeMap::new();
    for (table, _, _) in table_columns(pool).await {
        let count: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM public.{}",
            quote_ident(&table)
        ))
        .fetch_one(pool)
        .await
        .expect("count");
        counts.insert(table, count);
    }
    counts
}

/// id → uuid of the V40 tables' rows (V40 names and V60 names alike).
async fn v40_uuids(pool: &PgPool) -> BTreeMap<String, BTreeMap<i64, String>> {
    let mut all = BTreeMap::new();
    for table in V40_TABLES {
        let exists: Option<String> = sqlx::query_scalar(
            "SELECT c.relname::text FROM pg_class c
             WHERE c.relnamespace = 'public'::regnamespace AND c.relname IN ($1, replace($1, '_sync_', '_db_sync_'))",
        )
        .bind(table)
        .fetch_optional(pool)
        .await
        .expect("table lookup");
        let name = exists.unwrap_or_else(|| panic!("{table} is missing"));
        let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
            "SELECT id::bigint, uuid::text FROM public.{}",
            quote_ident(&name)
        ))
        .fetch_all(pool)
        .await
        .unwrap_or_else(|e| panic!("uuids of {name}: {e}"));
        all.insert(table.to_owned(), rows.into_iter().collect());
    }
    all
}

// ------------------------------------------------------------------------------------------
// The data set through the versions

/// The state right after each load: at V39 (every table), at V46 (the tables V40..V46 made;
/// empty when the route loads no shop).
#[derive(Debug, Clone)]
struct Loaded {
    at_v39: Captured,
    at_v46: Captured,
    with_shop: bool,
}

/// How a database goes from V39 (data set loaded) to V60.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Route {
    /// pk: up_to(60), ONE call for V40..V60; no shop rows (they cannot exist at V39).
    PkSingleCallWithoutShop,
    /// pk: up_to(46), shop, up_to(60).
    PkOneCall,
    /// pk: up_to(40), up_to(41), …, one version per call.
    PkStepwise,
    /// PhoenixKit's executed SQL, one transaction per version.
    PhoenixKit,
    /// PhoenixKit's V40, then pk: up_to(46), shop, up_to(60).
    PhoenixKitV40ThenPk,
}

/// A database at V39 with the data set: by pk, or by replaying PhoenixKit's V01..V39.
async fn at_v39_with_data(by_phoenix_kit: bool) -> Db {
    let db = utc_db().await;
    if by_phoenix_kit {
        replay(&db.db.url, 1..=39).await;
    } else {
        up(&db.pool, 39).await;
    }
    assert_eq!(version(&db.pool).await, 39);
    exec(&db.pool, DATASET_V39).await;
    db
}

/// Migrates a database at V39 holding the data set to V60 along `route`, loading the shop at
/// V46. Returns the captured states and, where the path has a V40 of its own to look at, the
/// V40 uuids (to check that nothing after V40 replaces them).
async fn migrate(
    db: &Db,
    route: Route,
) -> (Loaded, Option<BTreeMap<String, BTreeMap<i64, String>>>) {
    let pool = &db.pool;
    let at_v39 = capture(pool, &Captured::default()).await;
    let mut uuids_at_v40 = None;
    match route {
        Route::PkSingleCallWithoutShop => {
            assert_eq!(up(pool, 60).await, (40..=60).collect::<Vec<_>>());
            assert_eq!(version(pool).await, 60);
            let loaded = Loaded {
                at_v39,
                at_v46: Captured::default(),
                with_shop: false,
            };
            return (loaded, None);
        }
        Route::PkOneCall => {
            assert_eq!(up(pool, 46).await, (40..=46).collect::<Vec<_>>());
        }
        Route::PkStepwise => {
            for v in 40..=46 {
                assert_eq!(up(pool, v).await, [v], "one version per call");
                if v == 40 {
                    uuids_at_v40 = Some(v40_uuids(pool).await);
                }
            }
        }
        Route::PhoenixKit => replay(&db.db.url, 40..=46).await,
        Route::PhoenixKitV40ThenPk => {
            replay(&db.db.url, 40..=40).await;
            assert_eq!(version(pool).await, 40);
            uuids_at_v40 = Some(v40_uuids(pool).await);
            assert_eq!(up(pool, 46).await, (41..=46).collect::<Vec<_>>());
        }
    }
    assert_eq!(version(pool).await, 46);
    exec(pool, DATASET_V46_SHOP).await;
    let at_v46 = capture(pool, &at_v39).await;
    match route {
        Route::PkSingleCallWithoutShop => unreachable!("returned above"),
        Route::PkOneCall | Route::PhoenixKitV40ThenPk => {
            assert_eq!(up(pool, 60).await, (47..=60).collect::<Vec<_>>());
        }
        Route::PkStepwise => {
            for v in 47..=60 {
                assert_eq!(up(pool, v).await, [v], "one version per call");
            }
        }
        Route::PhoenixKit => replay(&db.db.url, 47..=60).await,
    }
    assert_eq!(version(pool).await, 60);
    let loaded = Loaded {
        at_v39,
        at_v46,
        with_shop: true,
    };
    (loaded, uuids_at_v40)
}

// ------------------------------------------------------------------------------------------
// The checks at V60

/// Every assertion on the data at V60; `label` names the database in messages.
async fn check_v60_data(label: &str, pool: &PgPool, loaded: &Loaded) {
    check_rows_kept(label, pool, loaded).await;
    check_v40_uuids(label, pool).await;
    check_settings(label, pool).await;
    if loaded.with_shop {
        check_v47_localized(label, pool).await;
        check_v54_featured_product(label, pool).await;
    }
    check_companions(label, pool, loaded.with_shop).await;
    check_v58_types(label, pool).await;
}

/// Row counts, rows, values and timestamps against the captured states.
async fn check_rows_kept(label: &str, pool: &PgPool, loaded: &Loaded) {
    // Row counts: unchanged, except
    // - users_tokens −1: V57 deletes the pending magic_link_registration token (user_id NULL):
    //   users_tokens.user_uuid becomes NOT NULL (the NULL is filled with a random v7 first),
    //   and fk_users_tokens_user_uuid (ON DELETE CASCADE) is preceded by PhoenixKit's orphan
    //   clean-up, DELETE of the rows whose user_uuid matches no user;
    // - settings: the rows V43, V45, V55 and V59 seed.
    let now = counts_now(pool).await;
    let mut mismatched = Vec::new();
    for captured in [&loaded.at_v39, &loaded.at_v46] {
        for (table, before) in &captured.counts {
            let expected = before
                + match table.as_str() {
                    "phoenix_kit_users_tokens" => -1,
                    "phoenix_kit_settings" => SETTINGS_SEEDED_AFTER_V39,
                    _ => 0,
                };
            let actual = now.get(table).copied();
            if actual != Some(expected) {
                mismatched.push(format!(
                    "{table}: {before} captured, {expected} expected, {actual:?} at V60"
                ));
            }
        }
    }
    assert!(
        mismatched.is_empty(),
        "{label}: row counts\n{}",
        mismatched.join("\n")
    );
    // The data set must actually be there: a sample of the counts it loads.
    for (table, rows) in [
        ("phoenix_kit_users", 8),
        ("phoenix_kit_users_tokens", 5),
        ("phoenix_kit_user_role_assignments", 7),
        ("phoenix_kit_email_logs", 5),
        ("phoenix_kit_email_events", 6),
        ("phoenix_kit_entity_data", 3),
        ("phoenix_kit_posts", 3),
        ("phoenix_kit_post_comments", 3),
        ("phoenix_kit_post_tag_assignments", 3),
        ("phoenix_kit_shop_products", 4),
        ("phoenix_kit_shop_categories", 4),
        ("phoenix_kit_shop_carts", 4),
        ("phoenix_kit_shop_cart_items", 5),
        ("phoenix_kit_orders", 2),
        ("phoenix_kit_invoices", 2),
        ("phoenix_kit_transactions", 2),
        ("phoenix_kit_sync_transfers", 2),
    ] {
        let rows = if table.starts_with("phoenix_kit_shop_") && !loaded.with_shop {
            0
        } else {
            rows
        };
        assert_eq!(
            now.get(table).copied(),
            Some(rows),
            "{label}: rows of {table}"
        );
    }

    // Rows and values. Allowed, by design:
    let mut diffs = diff(pool, &loaded.at_v39).await;
    diffs.extend(diff(pool, &loaded.at_v46).await);
    let unexpected: Vec<&Diff> = diffs
        .iter()
        .filter(|d| match d {
            // V57's deletion (above).
            Diff::Missing { table, key } => !(table == "phoenix_kit_users_tokens" && key == "4"),
            // V47 replaces the shop's text columns by per-language JSONB (checked literally in
            // check_v47_localized) and drops `translations`; V54 drops categories.image_url.
            Diff::Changed { table, column, .. } | Diff::Dropped { table, column }
                if (table == "phoenix_kit_shop_products"
                    && matches!(
                        column.as_str(),
                        "title"
                            | "slug"
                            | "description"
                            | "body_html"
                            | "seo_title"
                            | "seo_description"
                            | "translations"
                    ))
                    || (table == "phoenix_kit_shop_categories"
                        && matches!(
                            column.as_str(),
                            "name" | "slug" | "description" | "translations" | "image_url"
                        )) =>
            {
                false
            }
            // V44 renames two db_sync_* settings to sync_* (the third's target exists).
            Diff::Changed {
                table,
                column,
                before,
                after,
                ..
            } if table == "phoenix_kit_settings" && column == "key" => !matches!(
                (before.as_str(), after.as_str()),
                (r#""db_sync_enabled""#, r#""sync_enabled""#)
                    | (r#""db_sync_incoming_mode""#, r#""sync_incoming_mode""#)
            ),
            // email_templates (V15) had a nullable `uuid` and the two *_user_uuid columns
            // already: V56 fills the NULL uuid with a v7 (checked in check_v40_uuids) and
            // backfills the companions (checked in check_companions). A value the application
            // had set is kept, so only NULLs may change.
            Diff::Changed {
                table,
                column,
                before,
                ..
            } if table == "phoenix_kit_email_templates"
                && matches!(
                    column.as_str(),
                    "uuid" | "created_by_user_uuid" | "updated_by_user_uuid"
                ) =>
            {
                before != "null"
            }
            _ => true,
        })
        .collect();
    assert!(
        unexpected.is_empty(),
        "{label}: rows or values changed between the load and V60:\n{unexpected:#?}"
    );
    let deleted: Vec<&Diff> = diffs
        .iter()
        .filter(|d| matches!(d, Diff::Missing { .. }))
        .collect();
    assert_eq!(deleted.len(), 1, "{label}: deleted rows {deleted:?}");
    // The timestamps compared above: a good part of them are timestamp(0)/timestamp values that
    // V58 made timestamptz, with microseconds, before 1970, far ahead and 'infinity'.
    let compared: usize = [&loaded.at_v39, &loaded.at_v46]
        .iter()
        .flat_map(|c| c.tables.values())
        .map(|t| t.rows.len() * t.time_cols.len())
        .sum();
    assert!(
        compared > 300,
        "{label}: only {compared} timestamps compared"
    );
}

/// V40: NOT NULL `uuid` on its 32 tables, a distinct v7 in every row, made just now.
/// email_templates (not V40's): V56 filled its NULL uuid with a v7 and kept the app's.
async fn check_v40_uuids(label: &str, pool: &PgPool) {
    for table in V40_TABLES {
        let (not_null, rows, distinct, v7, recent): (bool, i64, i64, i64, i64) = sqlx::query_as(&format!(
            r#"SELECT
                 (SELECT a.attnotnull FROM pg_attribute a
                  WHERE a.attrelid = 'public.{table}'::regclass AND a.attname = 'uuid'),
                 count(*), count(DISTINCT uuid),
                 count(*) FILTER (WHERE uuid::text ~ '^[0-9a-f]{{8}}-[0-9a-f]{{4}}-7[0-9a-f]{{3}}-[89ab][0-9a-f]{{3}}-[0-9a-f]{{12}}$'),
                 count(*) FILTER (WHERE abs(('x' || lpad(replace(left(uuid::text, 13), '-', ''), 16, '0'))::bit(64)::bigint
                                            - (extract(epoch FROM clock_timestamp()) * 1000)::bigint) < 3600000)
               FROM public.{table}"#
        ))
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("{label}: uuids of {table}: {e}"));
        assert!(not_null, "{label}: {table}.uuid is nullable");
        assert_eq!(
            distinct, rows,
            "{label}: {table}: uuids not distinct (or NULL)"
        );
        assert_eq!(
            v7, rows,
            "{label}: {table}: not every uuid is an RFC 9562 v7"
        );
        assert_eq!(
            recent, rows,
            "{label}: {table}: v7 timestamps are not from this run"
        );
    }
    let templates: Vec<(i64, String, bool)> = sqlx::query_as(
        "SELECT id, uuid::text, (SELECT attnotnull FROM pg_attribute
                                 WHERE attrelid = 'public.phoenix_kit_email_templates'::regclass AND attname = 'uuid')
         FROM public.phoenix_kit_email_templates ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .expect("email templates");
    assert_eq!(templates.len(), 2, "{label}: email templates");
    assert!(
        templates.iter().all(|t| t.2),
        "{label}: email_templates.uuid nullable"
    );
    assert_eq!(
        templates[0].1.as_bytes()[14],
        b'7',
        "{label}: V56 filled the template's NULL uuid with {}",
        templates[0].1
    );
    assert_eq!(
        templates[1].1, "c0ffee00-1234-4abc-8def-0123456789ab",
        "{label}: the application's template uuid is kept"
    );
}

/// V44's settings renames, V45 keeping an application's value, the JSON values and
/// default_language kept.
async fn check_settings(label: &str, pool: &PgPool) {
    let rows: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT key::text, value::text, value_json::text FROM public.phoenix_kit_settings
         WHERE key LIKE '%sync%' OR key IN ('shop_currency', 'default_language', 'site_branding', 'empty_value')
         ORDER BY key",
    )
    .fetch_all(pool)
    .await
    .expect("settings");
    let s = |v: &str| Some(v.to_owned());
    assert_eq!(
        rows,
        [
            // the target existed: V44 leaves the old key alone
            (
                "db_sync_incoming_password".to_owned(),
                s("old-secret"),
                None
            ),
            ("default_language".to_owned(), s("de"), None),
            ("empty_value".to_owned(), s(""), None),
            // kept by V45's ON CONFLICT (key) DO NOTHING (its seed is 'USD')
            ("shop_currency".to_owned(), s("EUR"), None),
            (
                "site_branding".to_owned(),
                None,
                s(
                    r##"{"logo": {"alt": "Logo \"BW\"", "url": "https://cdn.example.com/logo.svg"}, "name": "Bücherwurm GmbH", "ratio": 1.5, "colors": ["#112233", "#ffeedd"], "enabled": true, "nothing": null}"##
                )
            ),
            ("sync_enabled".to_owned(), s("true"), None),
            ("sync_incoming_mode".to_owned(), s("require_approval"), None),
            ("sync_incoming_password".to_owned(), s("new-secret"), None),
        ],
        "{label}: settings"
    );
}

/// V47 with default_language 'de': each non-empty text under "de", then `translations` merged
/// (a "de" entry wins, NULL entries are skipped, '' and NULL texts give no key).
async fn check_v47_localized(label: &str, pool: &PgPool) {
    let products: Vec<(i64, String, String, String, String, String, String)> = sqlx::query_as(
        "SELECT id, title::text, slug::text, description::text, body_html::text, seo_title::text,
                seo_description::text
         FROM public.phoenix_kit_shop_products ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .expect("products");
    let expected_products = [
        (
            1,
            r#"{"de": "Der Prozess", "en": "The Trial", "fr": "Le Procès"}"#,
            r#"{"de": "der-prozess", "en": "the-trial"}"#,
            r#"{"de": "Roman von Franz Kafka"}"#,
            r#"{"de": "<p>Ein <em>Klassiker</em>.</p>"}"#,
            r#"{"en": "The Trial – Kafka"}"#,
            "{}",
        ),
        (
            2,
            r#"{"de": "Lesezeichen"}"#,
            r#"{"de": "lesezeichen"}"#,
            r#"{"de": "Aus Leder"}"#,
            "{}",
            r#"{"de": "Lesezeichen kaufen"}"#,
            r#"{"de": "Handgemacht"}"#,
        ),
        (
            3,
            r#"{"de": "Faust. Eine Tragödie", "en": "Faust"}"#,
            r#"{"de": "faust"}"#,
            r#"{"de": "Der Tragödie erster Teil"}"#,
            r#"{"en": "<p>Goethe</p>"}"#,
            "{}",
            "{}",
        ),
        (
            4,
            r#"{"de": "Entwurf"}"#,
            r#"{"de": "entwurf"}"#,
            "{}",
            "{}",
            "{}",
            "{}",
        ),
    ];
    let expected: Vec<(i64, String, String, String, String, String, String)> = expected_products
        .iter()
        .map(|(id, a, b, c, d, e, f)| {
            (
                *id,
                a.to_string(),
                b.to_string(),
                c.to_string(),
                d.to_string(),
                e.to_string(),
                f.to_string(),
            )
        })
        .collect();
    assert_eq!(products, expected, "{label}: V47 products");

    let categories: Vec<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, name::text, slug::text, description::text
         FROM public.phoenix_kit_shop_categories ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .expect("categories");
    let expected: Vec<(i64, String, String, String)> = [
        (
            1,
            r#"{"de": "Bücher", "en": "Books", "fr": "Livres"}"#,
            r#"{"de": "buecher", "en": "books", "fr": "livres"}"#,
            r#"{"de": "Alle Bücher", "en": "All books"}"#,
        ),
        (2, r#"{"de": "Romane"}"#, r#"{"de": "romane"}"#, "{}"),
        (3, r#"{"de": "Zubehör"}"#, r#"{"de": "zubehoer"}"#, "{}"),
        (
            4,
            r#"{"de": "Leer", "en": "Empty"}"#,
            r#"{"de": "leer"}"#,
            r#"{"de": "Noch nichts"}"#,
        ),
    ]
    .iter()
    .map(|(id, a, b, c)| (*id, a.to_string(), b.to_string(), c.to_string()))
    .collect();
    assert_eq!(categories, expected, "{label}: V47 categories");

    // The columns are JSONB now and `translations` is gone.
    let types: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text || '.' || column_name::text, data_type::text
         FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name IN ('phoenix_kit_shop_products', 'phoenix_kit_shop_categories')
           AND column_name IN ('title', 'name', 'slug', 'description', 'body_html', 'seo_title', 'seo_description', 'translations')
         ORDER BY 1",
    )
    .fetch_all(pool)
    .await
    .expect("column types");
    assert!(
        types.iter().all(|(_, t)| t == "jsonb") && types.len() == 9,
        "{label}: localized columns {types:?}"
    );
}

/// V54: category 2's lowest-id active product with a featured image (1, not 3); category 3 has
/// an image of its own and keeps NULL, categories 1 and 4 have no qualifying product.
async fn check_v54_featured_product(label: &str, pool: &PgPool) {
    let featured: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, featured_product_id FROM public.phoenix_kit_shop_categories ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .expect("featured products");
    assert_eq!(
        featured,
        [(1, None), (2, Some(1)), (3, None), (4, None)],
        "{label}: V54"
    );
}

/// V56/V57: every companion points at the parent row its integer FK points at; orphans as
/// PhoenixKit leaves them (see ORPHANS).
async fn check_companions(label: &str, pool: &PgPool, with_shop: bool) {
    let mut orphans = BTreeMap::new();
    let mut linked_total = 0;
    for (table, companion, int_fk, parent) in COMPANIONS {
        let (not_null, linked, wrong, orphan, null_kept, filled_nowhere): (
            bool,
            i64,
            i64,
            i64,
            i64,
            i64,
        ) = sqlx::query_as(&format!(
            r#"SELECT
                 (SELECT a.attnotnull FROM pg_attribute a
                  WHERE a.attrelid = 'public.{table}'::regclass AND a.attname = '{companion}'),
                 count(p.id),
                 count(*) FILTER (WHERE p.id IS NOT NULL AND t.{companion} IS DISTINCT FROM p.uuid),
                 count(*) FILTER (WHERE p.id IS NULL),
                 count(*) FILTER (WHERE p.id IS NULL AND t.{companion} IS NULL),
                 count(*) FILTER (WHERE p.id IS NULL AND t.{companion} IS NOT NULL
                                  AND substr(t.{companion}::text, 15, 1) = '7'
                                  AND NOT EXISTS (SELECT 1 FROM public.{parent} q WHERE q.uuid = t.{companion}))
               FROM public.{table} t LEFT JOIN public.{parent} p ON p.id = t.{int_fk}"#
        ))
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("{label}: {table}.{companion}: {e}"));
        assert_eq!(
            wrong, 0,
            "{label}: {table}.{companion} differs from the uuid of the {parent} row {table}.{int_fk} points at"
        );
        linked_total += linked;
        if not_null {
            assert_eq!(
                filled_nowhere, orphan,
                "{label}: {table}.{companion} (NOT NULL): an orphan must hold a fresh v7 that points nowhere"
            );
        } else {
            assert_eq!(
                null_kept, orphan,
                "{label}: {table}.{companion} (nullable): an orphan must stay NULL"
            );
        }
        if orphan > 0 {
            *orphans
                .entry((table.to_owned(), companion.to_owned(), not_null))
                .or_insert(0) += orphan;
        }
    }
    let mut expected = BTreeMap::new();
    for (table, companion, not_null, count) in ORPHANS {
        if table.starts_with("phoenix_kit_shop_") && !with_shop {
            continue;
        }
        *expected
            .entry((table.to_owned(), companion.to_owned(), not_null))
            .or_insert(0) += count;
    }
    assert_eq!(orphans, expected, "{label}: orphans per companion");
    // Companion values that point at a parent row, summed over the 87: the data set's (the
    // shop's 24 among them) and the 25 role_uuid of the V53/V55 permission seeds.
    let expected_linked = if with_shop { 151 } else { 127 };
    assert_eq!(linked_total, expected_linked, "{label}: linked companions");
}

/// V58: no timestamp without time zone is left in PhoenixKit's tables (Oban's stay, as upstream),
/// so the epochs compared in check_rows_kept went through the conversion.
async fn check_v58_types(label: &str, pool: &PgPool) {
    let left: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text || '.' || column_name::text FROM information_schema.columns
         WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'
           AND table_name NOT LIKE 'oban\\_%' ORDER BY 1",
    )
    .fetch_all(pool)
    .await
    .expect("timestamp columns");
    assert!(left.is_empty(), "{label}: still timestamp: {left:?}");
}

/// The V40 uuids at V40 are the ones at V60: nothing after V40 replaces them.
async fn check_v40_uuids_stable(
    label: &str,
    pool: &PgPool,
    at_v40: &BTreeMap<String, BTreeMap<i64, String>>,
) {
    let at_v60 = v40_uuids(pool).await;
    for (table, rows) in at_v40 {
        let now = &at_v60[table];
        for (id, uuid) in rows {
            if table == "phoenix_kit_users_tokens" && *id == 4 {
                assert!(!now.contains_key(id), "{label}: token 4 was deleted by V57");
                continue;
            }
            assert_eq!(
                now.get(id),
                Some(uuid),
                "{label}: {table} id {id}: uuid replaced"
            );
        }
    }
}

// ------------------------------------------------------------------------------------------
// Tests

/// pk, 39→60 in one call and one version per call: the data checks on each, and all end in the
/// same catalog and rows. The shop can only be loaded at V46, so the routes with the shop do
/// V40..V46 and V47..V60 in one call each (or one version per call); the single call
/// `up_to(60)` from V39 runs on the data set without the shop.
#[tokio::test]
async fn pk_keeps_the_data_from_v39_to_v60_in_one_call_and_stepwise() {
    let single_call = async {
        let db = at_v39_with_data(false).await;
        let (loaded, _) = migrate(&db, Route::PkSingleCallWithoutShop).await;
        check_v60_data("pk single call 39→60 (no shop)", &db.pool, &loaded).await;
        db
    };
    let one_call = async {
        let db = at_v39_with_data(false).await;
        let (loaded, _) = migrate(&db, Route::PkOneCall).await;
        check_v60_data("pk one call", &db.pool, &loaded).await;
        db
    };
    let stepwise = async {
        let db = at_v39_with_data(false).await;
        let (loaded, at_v40) = migrate(&db, Route::PkStepwise).await;
        check_v60_data("pk stepwise", &db.pool, &loaded).await;
        check_v40_uuids_stable("pk stepwise", &db.pool, &at_v40.expect("V40 uuids")).await;
        db
    };
    let (single_call, one_call, stepwise) = tokio::join!(single_call, one_call, stepwise);
    // Same rows (uuids, serials and timestamps are placeholders in the snapshot; the checks
    // above pin what they must be in each database).
    let (single, a, b) = tokio::join!(
        snap(&single_call.db.url),
        snap(&one_call.db.url),
        snap(&stepwise.db.url)
    );
    assert!(
        a.contains("row|phoenix_kit_shop_products|"),
        "no rows in the snapshot"
    );
    assert_snapshot_eq("pk one call vs pk stepwise, at V60 with data", &a, &b);
    // Without the shop's rows, the routes with the shop end where the single call ends.
    let without_shop_rows = |snapshot: &str| -> String {
        snapshot
            .lines()
            .filter(|l| {
                !l.starts_with("rows|phoenix_kit_shop_") && !l.starts_with("row|phoenix_kit_shop_")
            })
            .map(|l| format!("{l}\n"))
            .collect()
    };
    assert!(
        single.contains("row|phoenix_kit_users|"),
        "no rows in the snapshot"
    );
    assert_snapshot_eq(
        "pk single call 39→60 vs pk one call without the shop's rows",
        &single,
        &without_shop_rows(&a),
    );
}

/// PhoenixKit's own V40 continued by pk ends where PhoenixKit (one version per call) ends, rows
/// included, and so does pk's own path from V39. The data checks hold on PhoenixKit's result
/// too (which is what makes them PhoenixKit's behaviour).
#[tokio::test]
async fn phoenix_kit_v40_continued_by_pk_ends_where_phoenix_kit_ends() {
    let phoenix_kit_routes = async {
        // PhoenixKit's V01..V39 and the data set, once; the two routes start from copies.
        let (phoenix_kit, continued) = two_copies(at_v39_with_data(true).await).await;
        let phoenix_kit = async {
            let (loaded, _) = migrate(&phoenix_kit, Route::PhoenixKit).await;
            check_v60_data("PhoenixKit", &phoenix_kit.pool, &loaded).await;
            phoenix_kit
        };
        let continued = async {
            let (loaded, at_v40) = migrate(&continued, Route::PhoenixKitV40ThenPk).await;
            check_v60_data("PhoenixKit V40 + pk", &continued.pool, &loaded).await;
            check_v40_uuids_stable(
                "PhoenixKit V40 + pk",
                &continued.pool,
                &at_v40.expect("V40 uuids"),
            )
            .await;
            continued
        };
        tokio::join!(phoenix_kit, continued)
    };
    let pk_only = async {
        let db = at_v39_with_data(false).await;
        let (loaded, _) = migrate(&db, Route::PkOneCall).await;
        check_v60_data("pk from V39", &db.pool, &loaded).await;
        db
    };
    let ((phoenix_kit, continued), pk_only) = tokio::join!(phoenix_kit_routes, pk_only);
    let (p, q, r) = tokio::join!(
        snap(&phoenix_kit.db.url),
        snap(&continued.db.url),
        snap(&pk_only.db.url)
    );
    assert!(
        p.contains("row|phoenix_kit_shop_products|"),
        "no rows in the snapshot"
    );
    assert_snapshot_eq(
        "PhoenixKit stepwise vs PhoenixKit V40 + pk, at V60 with data",
        &p,
        &q,
    );
    assert_snapshot_eq(
        "PhoenixKit stepwise vs pk from V39, at V60 with data",
        &p,
        &r,
    );
}
