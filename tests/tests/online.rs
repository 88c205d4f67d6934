//! The opt-in online mode (`Migrator::online`, `pk up --online`): V40's `uuid` columns are
//! prepared outside the version's transaction and the end state is V40's, byte for byte; an
//! interrupted preparation is finished by the next plain `up`.

use std::collections::BTreeSet;

use pk_runtime::phoenix_kit;
use pk_tests::{fresh_db, reference_snapshot, snapshot};
use sqlx::PgPool;

/// The schema lines of a snapshot, data rows left out.
fn schema_lines(snapshot: &str) -> BTreeSet<String> {
    snapshot
        .lines()
        .filter(|l| !l.starts_with("row|") && !l.starts_with("rows|"))
        .map(str::to_owned)
        .collect()
}

/// A V39 database with 3000 users and a token each.
async fn v39_with_users(pool: &PgPool) {
    let mut conn = pool.acquire().await.expect("connection");
    phoenix_kit::migrator("public")
        .expect("migrator")
        .up(&mut conn, Some(39))
        .await
        .expect("up to 39");
    sqlx::raw_sql(
        "INSERT INTO public.phoenix_kit_users (email, hashed_password, inserted_at, updated_at)
         SELECT 'user' || i || '@example.com', 'x', now(), now() FROM generate_series(1, 3000) i;
         INSERT INTO public.phoenix_kit_users_tokens (user_id, token, context, inserted_at)
         SELECT id, decode(md5(id::text), 'hex'), 'session', now() FROM public.phoenix_kit_users;",
    )
    .execute(&mut *conn)
    .await
    .expect("rows");
}

async fn assert_v40_with_every_row_keyed(pool: &PgPool, url: &str) {
    assert_eq!(
        schema_lines(&snapshot(url, "public")),
        schema_lines(&reference_snapshot(40)),
        "the online path did not end in V40's schema"
    );
    for table in ["phoenix_kit_users", "phoenix_kit_users_tokens"] {
        let (rows, distinct, v7): (i64, i64, i64) = sqlx::query_as(&format!(
            "SELECT count(*), count(DISTINCT uuid), \
             count(*) FILTER (WHERE substr(uuid::text, 15, 1) = '7') FROM public.{table}"
        ))
        .fetch_one(pool)
        .await
        .expect("count");
        assert_eq!((rows, distinct, v7), (3000, 3000, 3000), "{table}");
    }
}

#[tokio::test]
async fn online_v40_ends_in_v40_and_prepares_outside_the_version() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    v39_with_users(&pool).await;
    let mut conn = pool.acquire().await.expect("connection");
    let mut statements = Vec::new();
    phoenix_kit::migrator("public")
        .expect("migrator")
        .online(true)
        .up_with(&mut conn, Some(40), &mut |event| {
            if let pk_runtime::Event::Statement { sql, .. } = event {
                statements.push(sql.to_string());
            }
        })
        .await
        .expect("online up to 40");
    assert_v40_with_every_row_keyed(&pool, &db.url).await;
    // The large tables went the online way: batched fill, concurrent index, NOT NULL proven by a
    // validated CHECK.
    for wanted in [
        r#"ALTER TABLE "public"."phoenix_kit_users" ADD COLUMN IF NOT EXISTS "uuid" uuid"#,
        r#"UPDATE "public"."phoenix_kit_users" SET "uuid" = DEFAULT WHERE ctid >= '(0,0)'::tid"#,
        r#"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "phoenix_kit_users_uuid_idx""#,
        r#"ALTER TABLE "public"."phoenix_kit_users" VALIDATE CONSTRAINT "pk_online_not_null""#,
    ] {
        assert!(
            statements.iter().any(|s| s.starts_with(wanted)),
            "no statement starting with {wanted}"
        );
    }
    // Inside the version, the conditional blocks found every column done: no ADD COLUMN with
    // a volatile default (a table rewrite) ran.
    assert!(
        !statements
            .iter()
            .any(|s| s.contains("ADD COLUMN IF NOT EXISTS \"uuid\" uuid DEFAULT")),
        "a uuid column was added in the version's transaction"
    );
}

#[tokio::test]
async fn an_interrupted_online_preparation_is_finished_by_a_plain_up() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    v39_with_users(&pool).await;
    // The state an online run leaves when killed during the users' fill: column added with its
    // default, marked, half the rows filled, no index, nullable.
    sqlx::raw_sql(
        r#"CREATE EXTENSION IF NOT EXISTS pgcrypto;
        CREATE OR REPLACE FUNCTION public.uuid_generate_v7() RETURNS uuid LANGUAGE sql
          AS 'SELECT gen_random_uuid()';
        ALTER TABLE public.phoenix_kit_users ADD COLUMN uuid uuid;
        ALTER TABLE public.phoenix_kit_users ALTER COLUMN uuid SET DEFAULT public.uuid_generate_v7();
        COMMENT ON COLUMN public.phoenix_kit_users.uuid IS 'pk up --online: preparation under way';
        UPDATE public.phoenix_kit_users SET uuid = public.uuid_generate_v7() WHERE id % 2 = 0;"#,
    )
    .execute(&pool)
    .await
    .expect("half-prepared state");
    let mut conn = pool.acquire().await.expect("connection");
    phoenix_kit::migrator("public")
        .expect("migrator")
        .up(&mut conn, Some(40))
        .await
        .expect("plain up to 40");
    let nulls: i64 =
        sqlx::query_scalar("SELECT count(*) FROM public.phoenix_kit_users WHERE uuid IS NULL")
            .fetch_one(&pool)
            .await
            .expect("nulls");
    assert_eq!(nulls, 0);
    // V40 replaced the stand-in function with its own; the rows filled after the interruption
    // are v7.
    let v7_filled: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM public.phoenix_kit_users WHERE id % 2 = 1 \
         AND substr(uuid::text, 15, 1) = '7'",
    )
    .fetch_one(&pool)
    .await
    .expect("v7");
    assert_eq!(v7_filled, 1500);
    assert_eq!(
        schema_lines(&snapshot(&db.url, "public")),
        schema_lines(&reference_snapshot(40)),
        "the finished preparation did not end in V40's schema"
    );
}
