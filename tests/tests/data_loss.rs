//! No silent data loss on down: a down that would destroy rows or column values is refused before
//! anything changes, naming each object and its count, unless the caller allowed it; the chain's
//! own seed rows, unchanged, do not count.

use pk_runtime::phoenix_kit::{self, CHAIN};
use pk_runtime::{Error, Event, Loss, LossKind, Migrator};
use pk_tests::{expected_after_down, fresh_db, snapshot};
use sqlx::PgPool;

async fn up_to(pool: &PgPool, prefix: &str, version: u32) {
    let mut conn = pool.acquire().await.expect("connection");
    Migrator::new(&CHAIN, prefix)
        .expect("prefix")
        .up(&mut conn, Some(version))
        .await
        .unwrap_or_else(|e| panic!("up to {version}: {e}"));
}

/// A down in `prefix` to `to`, allowed to destroy data or not; every statement it sends counted.
async fn down(
    pool: &PgPool,
    prefix: &str,
    to: u32,
    allow: bool,
) -> (Result<pk_runtime::Applied, Error>, usize) {
    let mut conn = pool.acquire().await.expect("connection");
    let mut statements = 0;
    let result = Migrator::new(&CHAIN, prefix)
        .expect("prefix")
        .allow_data_loss(allow)
        .down_with(&mut conn, to, &mut |event| {
            if let Event::Statement { .. } = event {
                statements += 1;
            }
        })
        .await;
    (result, statements)
}

/// The objects a refused down names; panics if the down was not refused for data loss.
fn refused(result: Result<pk_runtime::Applied, Error>) -> (String, Vec<Loss>) {
    match result {
        Err(error @ Error::DataLoss { .. }) => {
            let message = error.to_string();
            let Error::DataLoss { losses, .. } = error else {
                unreachable!()
            };
            (message, losses)
        }
        Err(other) => panic!("refused for another reason: {other}"),
        Ok(applied) => panic!("not refused: {applied:?}"),
    }
}

/// (table, column, count, kind) of each loss, for comparing.
fn objects(losses: &[Loss]) -> Vec<(String, Option<String>, u64, LossKind)> {
    losses
        .iter()
        .map(|l| (l.table.clone(), l.column.clone(), l.count, l.kind))
        .collect()
}

fn row(table: &str, count: u64) -> (String, Option<String>, u64, LossKind) {
    (table.to_owned(), None, count, LossKind::Rows)
}

async fn count(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.expect(sql)
}

async fn insert_users(pool: &PgPool, prefix: &str, n: usize) {
    let schema = pk_runtime::quote_ident(prefix);
    for i in 0..n {
        sqlx::query(&format!(
            "INSERT INTO {schema}.phoenix_kit_users (email, hashed_password, inserted_at, updated_at) \
             VALUES ($1, 'x', now(), now())"
        ))
        .bind(format!("user{i}@example.com"))
        .execute(pool)
        .await
        .expect("insert user");
    }
}

async fn insert_tokens(pool: &PgPool, n: usize) {
    for i in 0..n {
        sqlx::query(
            "INSERT INTO public.phoenix_kit_users_tokens (user_id, token, context, inserted_at) \
             SELECT min(id), $1, 'session', now() FROM public.phoenix_kit_users",
        )
        .bind(format!("token{i}").into_bytes())
        .execute(pool)
        .await
        .expect("insert token");
    }
}

/// At V10 with users and tokens, `down --to 0` is refused naming each table and its rows, and
/// nothing changes; allowed, it goes through.
#[tokio::test]
async fn a_down_over_users_and_tokens_is_refused_unless_allowed() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_to(&pool, "public", 10).await;
    insert_users(&pool, "public", 2).await;
    insert_tokens(&pool, 3).await;
    let before = snapshot(&db.url, "public");

    let (message, losses) = refused(down(&pool, "public", 0, false).await.0);
    // In the order the down would drop them (V01's down: tokens before users); the seeded
    // roles and settings are not named.
    assert_eq!(
        objects(&losses),
        [
            row("phoenix_kit_users_tokens", 3),
            row("phoenix_kit_users", 2)
        ],
        "{message}"
    );
    let mut lines = message.lines();
    let first = lines.next().unwrap();
    assert!(
        first.starts_with(
            "prefix public: refusing to migrate down from V10 to V00: it would destroy data"
        ),
        "{message}"
    );
    assert!(first.contains("--allow-data-loss"), "{message}");
    assert!(first.contains("nothing was changed"), "{message}");
    assert_eq!(
        lines.collect::<Vec<_>>(),
        [
            "  prefix public, table phoenix_kit_users_tokens: 3 rows (V01: drop table phoenix_kit_users_tokens)",
            "  prefix public, table phoenix_kit_users: 2 rows (V01: drop table phoenix_kit_users)",
        ]
    );

    // Nothing changed: schema, marker and rows.
    assert_eq!(snapshot(&db.url, "public"), before);
    assert_eq!(
        phoenix_kit::migrated_version(&pool, "public")
            .await
            .unwrap(),
        10
    );
    assert_eq!(
        count(&pool, "SELECT count(*) FROM public.phoenix_kit_users").await,
        2
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM public.phoenix_kit_users_tokens"
        )
        .await,
        3
    );

    // The library's PhoenixKit call refuses the same way.
    assert!(matches!(
        phoenix_kit::down_to(&pool, "public", 0).await,
        Err(Error::DataLoss { .. })
    ));

    let (applied, _) = down(&pool, "public", 0, true).await;
    assert_eq!(applied.expect("allowed down").to, 0);
    pk_tests::assert_snapshot_eq(
        "allowed down 10→0",
        &expected_after_down(10, 0),
        &snapshot(&db.url, "public"),
    );
}

/// At V10 with only the chain's own rows (V01's roles, V03's settings, V04's `module` values),
/// `down --to 0` goes through without the flag. The check costs two statements, each one round
/// trip (one catalog query, one query counting the tables that have pages: the seeded ones), and
/// none for a down that drops nothing.
#[tokio::test]
async fn the_chains_own_seed_rows_pass_and_the_check_costs_two_round_trips() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_to(&pool, "public", 10).await;
    assert!(count(&pool, "SELECT count(*) FROM public.phoenix_kit_user_roles").await >= 3);
    assert!(count(&pool, "SELECT count(*) FROM public.phoenix_kit_settings").await > 0);
    assert!(
        count(
            &pool,
            "SELECT count(*) FROM public.phoenix_kit_settings WHERE module IS NOT NULL"
        )
        .await
            > 0
    );
    // The same down on a second database, allowed: the difference is what the check sends.
    let copy = fresh_db().await;
    let copy_pool = copy.pool().await;
    up_to(&copy_pool, "public", 10).await;

    let (checked, with_check) = down(&pool, "public", 0, false).await;
    assert_eq!(checked.expect("down over seed rows only").to, 0);
    pk_tests::assert_snapshot_eq(
        "down 10→0 over seed rows",
        &expected_after_down(10, 0),
        &snapshot(&db.url, "public"),
    );

    let (allowed, without_check) = down(&copy_pool, "public", 0, true).await;
    assert_eq!(allowed.expect("allowed down").to, 0);
    assert_eq!(
        with_check - without_check,
        2,
        "the check's statements on the no-loss path of down 10→0"
    );

    // A down that drops nothing (V02's re-adds a column) sends nothing more.
    up_to(&pool, "public", 2).await;
    up_to(&copy_pool, "public", 2).await;
    let (checked, with_check) = down(&pool, "public", 1, false).await;
    checked.expect("V02 down");
    let (allowed, without_check) = down(&copy_pool, "public", 1, true).await;
    allowed.expect("V02 down, allowed");
    assert_eq!(with_check, without_check);
}

/// A table whose rows were all deleted still has pages: it is counted, finds nothing and passes.
#[tokio::test]
async fn a_table_emptied_by_its_application_passes() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_to(&pool, "public", 10).await;
    insert_users(&pool, "public", 2).await;
    insert_tokens(&pool, 2).await;
    sqlx::raw_sql("DELETE FROM public.phoenix_kit_users")
        .execute(&pool)
        .await
        .expect("delete the users (and their tokens)");
    let (applied, _) = down(&pool, "public", 0, false).await;
    assert_eq!(applied.expect("nothing left to lose").to, 0);
}

/// A seed row that was changed, and a row beside the seeded ones, are data.
#[tokio::test]
async fn changed_and_added_rows_of_seeded_tables_count() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_to(&pool, "public", 10).await;
    sqlx::raw_sql(
        "UPDATE public.phoenix_kit_settings SET value = 'Europe/Riga' WHERE key = 'time_zone'; \
         INSERT INTO public.phoenix_kit_user_roles (name, is_system_role, inserted_at, updated_at) \
         VALUES ('Editor', false, now(), now())",
    )
    .execute(&pool)
    .await
    .expect("change a setting, add a role");
    let (message, losses) = refused(down(&pool, "public", 0, false).await.0);
    assert_eq!(
        objects(&losses),
        [
            row("phoenix_kit_settings", 1),
            row("phoenix_kit_user_roles", 1)
        ],
        "{message}"
    );
}

/// V10's down drops the registration columns it added: values in them refuse the down to V09;
/// once they are NULL it passes.
#[tokio::test]
async fn a_dropped_column_with_values_is_refused_and_an_all_null_one_passes() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_to(&pool, "public", 10).await;
    insert_users(&pool, "public", 3).await;
    sqlx::raw_sql(
        "UPDATE public.phoenix_kit_users SET registration_ip = '192.0.2.1', \
         registration_country = 'LV' WHERE email <> 'user0@example.com'",
    )
    .execute(&pool)
    .await
    .expect("registration data");
    let before = snapshot(&db.url, "public");

    let (message, losses) = refused(down(&pool, "public", 9, false).await.0);
    let values = |column: &str| {
        (
            "phoenix_kit_users".to_owned(),
            Some(column.to_owned()),
            2,
            LossKind::Values,
        )
    };
    // V10's down drops the columns in the reverse of the order V10 added them.
    assert_eq!(
        objects(&losses),
        [values("registration_country"), values("registration_ip")],
        "{message}"
    );
    assert!(
        message.contains(
            "\n  prefix public, table phoenix_kit_users, column registration_ip: 2 non-NULL values \
             (V10: drop column phoenix_kit_users.registration_ip)"
        ),
        "{message}"
    );
    assert_eq!(snapshot(&db.url, "public"), before);

    sqlx::raw_sql(
        "UPDATE public.phoenix_kit_users SET registration_ip = NULL, registration_country = NULL",
    )
    .execute(&pool)
    .await
    .expect("clear");
    let (applied, _) = down(&pool, "public", 9, false).await;
    assert_eq!(applied.expect("all-NULL columns pass").versions, [10]);
    // The users themselves stay: dropping a column is not dropping its table.
    assert_eq!(
        count(&pool, "SELECT count(*) FROM public.phoenix_kit_users").await,
        3
    );
}

/// V16's down deletes magic-link registration tokens that have no user (a data reverse): they
/// are counted with its filter; other tokens are not.
#[tokio::test]
async fn rows_a_data_reverse_deletes_are_counted() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_to(&pool, "public", 16).await;
    insert_users(&pool, "public", 1).await;
    insert_tokens(&pool, 2).await;
    sqlx::raw_sql(
        "INSERT INTO public.phoenix_kit_users_tokens (user_id, token, context, sent_to, inserted_at) \
         VALUES (NULL, 'magic', 'magic_link_registration', 'new@example.com', now())",
    )
    .execute(&pool)
    .await
    .expect("registration token");
    let before = snapshot(&db.url, "public");

    let (message, losses) = refused(down(&pool, "public", 15, false).await.0);
    assert_eq!(
        objects(&losses),
        [(
            "phoenix_kit_users_tokens".to_owned(),
            None,
            1,
            LossKind::Deleted
        )],
        "{message}"
    );
    assert!(
        message.contains(
            "\n  prefix public, table phoenix_kit_users_tokens: 1 row deleted \
             (V16: delete from phoenix_kit_users_tokens)"
        ),
        "{message}"
    );
    assert_eq!(snapshot(&db.url, "public"), before);
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM public.phoenix_kit_users_tokens"
        )
        .await,
        3
    );

    let (applied, _) = down(&pool, "public", 15, true).await;
    assert_eq!(applied.expect("allowed").versions, [16]);
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM public.phoenix_kit_users_tokens"
        )
        .await,
        2
    );
}

/// Rows the chain inserts with raw SQL are not seed rows: V55's Admin `comments` permission,
/// which V55's down deletes, refuses the down of a fresh install (a known, documented
/// conservatism; see pk_runtime::loss).
#[tokio::test]
async fn rows_the_chain_inserts_with_raw_sql_count() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_to(&pool, "public", 55).await;
    let (message, losses) = refused(down(&pool, "public", 54, false).await.0);
    assert_eq!(
        objects(&losses),
        [(
            "phoenix_kit_role_permissions".to_owned(),
            None,
            1,
            LossKind::Deleted
        )],
        "{message}"
    );
}

/// Objects are named as they are now, across the renames of the down (V44's down renames the
/// sync tables back before V37's drops them), and Oban's jobs count through V27's sub-chain.
#[tokio::test]
async fn renamed_tables_and_sub_chain_tables_are_counted() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    up_to(&pool, "public", 44).await;
    sqlx::raw_sql(
        "INSERT INTO public.phoenix_kit_sync_connections \
           (name, direction, site_url, inserted_at, updated_at) \
         VALUES ('peer', 'sender', 'https://peer.example', now(), now()); \
         INSERT INTO public.oban_jobs (worker, args, queue) VALUES ('App.Worker', '{}', 'mail')",
    )
    .execute(&pool)
    .await
    .expect("a connection and a job");
    let before = snapshot(&db.url, "public");

    let (message, losses) = refused(down(&pool, "public", 26, false).await.0);
    assert_eq!(
        objects(&losses),
        [row("phoenix_kit_sync_connections", 1), row("oban_jobs", 1)],
        "{message}"
    );
    assert_eq!(losses[0].version, 37, "{message}");
    assert_eq!(losses[1].version, 27, "{message}");
    assert!(
        message.contains(
            "\n  prefix public, table oban_jobs: 1 row (V27: Oban V01: drop table oban_jobs)"
        ),
        "{message}"
    );
    assert_eq!(snapshot(&db.url, "public"), before);
}

/// Counting quotes and qualifies like every statement: a prefix that needs quoting.
#[tokio::test]
async fn a_prefix_that_needs_quoting_is_counted_in_its_own_schema() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    let prefix = "Tenant \"Q\"";
    up_to(&pool, prefix, 10).await;
    // The same rows in public must not be counted for the tenant.
    up_to(&pool, "public", 10).await;
    insert_users(&pool, "public", 5).await;
    insert_users(&pool, prefix, 1).await;
    let before = snapshot(&db.url, prefix);

    let (message, losses) = refused(down(&pool, prefix, 0, false).await.0);
    assert_eq!(objects(&losses), [row("phoenix_kit_users", 1)], "{message}");
    assert!(
        message.starts_with("prefix Tenant \"Q\": refusing"),
        "{message}"
    );
    assert_eq!(snapshot(&db.url, prefix), before);
}

/// `pk plan` with a database shows the counts above the statements that destroy the data.
#[test]
fn the_plan_shows_the_counts_next_to_the_statements() {
    let losses = [Loss {
        prefix: "public".into(),
        table: "phoenix_kit_users".into(),
        column: None,
        count: 2,
        kind: LossKind::Rows,
        version: 1,
        step: CHAIN
            .ops(CHAIN.version(1).unwrap(), pk_runtime::Direction::Down)
            .unwrap()
            .iter()
            .position(|op| op.describe() == "drop table phoenix_kit_users")
            .expect("V01's down drops the users"),
        op: "drop table phoenix_kit_users".into(),
    }];
    let plan =
        pk_runtime::plan::plan_with_losses(&CHAIN, "public", 2, 0, Some(&losses)).expect("plan");
    assert!(
        plan.contains(
            "-- would destroy: prefix public, table phoenix_kit_users: 2 rows (V01: drop table phoenix_kit_users)\n\
             DROP TABLE IF EXISTS \"public\".\"phoenix_kit_users\";"
        ),
        "{plan}"
    );
    assert!(
        plan.contains("this down destroys data in 1 object"),
        "{plan}"
    );
    let clean =
        pk_runtime::plan::plan_with_losses(&CHAIN, "public", 2, 0, Some(&[])).expect("plan");
    assert!(clean.contains("this down destroys no data"), "{clean}");
}
