//! Data behaviour of V11..V39 on databases that hold rows: seeds, deduplication, derived columns
//! and data moved between columns, up and down, as PhoenixKit 1.7.71 does it.

use pk_runtime::phoenix_kit;
use pk_tests::{TestDb, fresh_db};
use sqlx::PgPool;

/// A fresh database migrated to `n`.
async fn at_version(n: u32) -> (TestDb, PgPool) {
    let db = fresh_db().await;
    let pool = db.pool().await;
    phoenix_kit::up_to(&pool, "public", n)
        .await
        .unwrap_or_else(|e| panic!("up to {n}: {e}"));
    (db, pool)
}

async fn up(pool: &PgPool, n: u32) -> Vec<u32> {
    phoenix_kit::up_to(pool, "public", n)
        .await
        .unwrap_or_else(|e| panic!("up to {n}: {e}"))
        .versions
}

async fn down(pool: &PgPool, n: u32) -> Vec<u32> {
    phoenix_kit::down_to(pool, "public", n)
        .await
        .unwrap_or_else(|e| panic!("down to {n}: {e}"))
        .versions
}

/// A down that destroys data the test put there on purpose, opting in (`allow_data_loss`).
async fn down_over_data(pool: &PgPool, n: u32) -> Vec<u32> {
    let mut conn = pool.acquire().await.expect("connection");
    phoenix_kit::migrator("public")
        .expect("migrator")
        .allow_data_loss(true)
        .down(&mut conn, n)
        .await
        .unwrap_or_else(|e| panic!("down to {n}: {e}"))
        .versions
}

async fn exec(pool: &PgPool, sql: &str) {
    sqlx::raw_sql(sql)
        .execute(pool)
        .await
        .unwrap_or_else(|e| panic!("{e}\nin:\n{sql}"));
}

async fn column_exists(pool: &PgPool, table: &str, column: &str) -> bool {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2)",
    )
    .bind(table)
    .bind(column)
    .fetch_one(pool)
    .await
    .expect("column lookup")
}

/// V20 seeds its storage dimensions and the local bucket with application-made UUIDv7 ids; a
/// re-run after a marker reset adds neither a second bucket nor more dimensions, and keeps the ids.
#[tokio::test]
async fn v20_seeds_uuid_v7_ids_once() {
    let (_db, pool) = at_version(20).await;

    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT id::text FROM public.phoenix_kit_storage_dimensions ORDER BY \"order\"",
    )
    .fetch_all(&pool)
    .await
    .expect("dimension ids");
    let bucket_ids: Vec<String> =
        sqlx::query_scalar("SELECT id::text FROM public.phoenix_kit_buckets ORDER BY id")
            .fetch_all(&pool)
            .await
            .expect("bucket ids");
    assert_eq!(ids.len(), 8, "dimensions: {ids:?}");
    assert_eq!(bucket_ids.len(), 1, "buckets: {bucket_ids:?}");
    let mut distinct = ids.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 8, "dimension ids are not distinct: {ids:?}");
    for id in ids.iter().chain(&bucket_ids) {
        // xxxxxxxx-xxxx-Vxxx-Nxxx-xxxxxxxxxxxx: version nibble 7, RFC 9562 variant (10xx).
        let bytes = id.as_bytes();
        assert_eq!(bytes.len(), 36, "{id}");
        assert_eq!(bytes[14], b'7', "not a version 7 UUID: {id}");
        assert!(
            matches!(bytes[19], b'8' | b'9' | b'a' | b'b'),
            "not an RFC 9562 variant UUID: {id}"
        );
    }
    // UUIDv7 starts with a millisecond Unix timestamp: the seeds were made just now.
    let fresh: bool = sqlx::query_scalar(
        "SELECT bool_and(abs(('x' || lpad(replace(left(id::text, 13), '-', ''), 16, '0'))::bit(64)::bigint
                              - (extract(epoch FROM clock_timestamp()) * 1000)::bigint) < 600000)
         FROM public.phoenix_kit_storage_dimensions",
    )
    .fetch_one(&pool)
    .await
    .expect("timestamps of the ids");
    assert!(fresh, "UUIDv7 timestamps are not the current time: {ids:?}");

    exec(&pool, "COMMENT ON TABLE public.phoenix_kit IS '19'").await;
    assert_eq!(up(&pool, 20).await, [20]);

    let buckets: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM public.phoenix_kit_buckets WHERE name = 'Local Storage'",
    )
    .fetch_one(&pool)
    .await
    .expect("bucket count");
    assert_eq!(buckets, 1);
    let again: Vec<String> = sqlx::query_scalar(
        "SELECT id::text FROM public.phoenix_kit_storage_dimensions ORDER BY \"order\"",
    )
    .fetch_all(&pool)
    .await
    .expect("dimension ids");
    assert_eq!(again, ids, "the re-run replaced or added dimensions");
    let bucket_again: Vec<String> =
        sqlx::query_scalar("SELECT id::text FROM public.phoenix_kit_buckets ORDER BY id")
            .fetch_all(&pool)
            .await
            .expect("bucket ids");
    assert_eq!(bucket_again, bucket_ids);
}

/// V24 deletes duplicate files, keeping the oldest per checksum, then makes checksums unique.
#[tokio::test]
async fn v24_keeps_the_oldest_file_per_checksum() {
    let (_db, pool) = at_version(23).await;
    exec(
        &pool,
        "INSERT INTO public.phoenix_kit_users (id, email, hashed_password, inserted_at, updated_at) VALUES
           (1, 'a@x.io', 'x', now(), now()), (2, 'b@x.io', 'x', now(), now());
         INSERT INTO public.phoenix_kit_files
           (id, original_file_name, file_name, mime_type, file_type, ext, checksum, size, user_id, inserted_at, updated_at)
         VALUES
           ('00000000-0000-0000-0000-0000000000a2', 'a2', 'a2', 'image/png', 'image', 'png', 'sum-a', 1, 1, '2024-01-02 00:00:00', now()),
           ('00000000-0000-0000-0000-0000000000a1', 'a1', 'a1', 'image/png', 'image', 'png', 'sum-a', 1, 2, '2024-01-01 00:00:00', now()),
           ('00000000-0000-0000-0000-0000000000a3', 'a3', 'a3', 'image/png', 'image', 'png', 'sum-a', 1, 1, '2024-01-03 00:00:00', now()),
           ('00000000-0000-0000-0000-0000000000b2', 'b2', 'b2', 'image/png', 'image', 'png', 'sum-b', 1, 2, '2024-02-02 00:00:00', now()),
           ('00000000-0000-0000-0000-0000000000b1', 'b1', 'b1', 'image/png', 'image', 'png', 'sum-b', 1, 1, '2024-02-01 00:00:00', now()),
           ('00000000-0000-0000-0000-0000000000c1', 'c1', 'c1', 'image/png', 'image', 'png', 'sum-c', 1, 1, '2024-03-01 00:00:00', now());",
    )
    .await;

    assert_eq!(up(&pool, 24).await, [24]);

    let left: Vec<(String, String)> = sqlx::query_as(
        "SELECT checksum::text, original_file_name::text FROM public.phoenix_kit_files ORDER BY checksum",
    )
    .fetch_all(&pool)
    .await
    .expect("files");
    let left: Vec<(&str, &str)> = left.iter().map(|(c, n)| (c.as_str(), n.as_str())).collect();
    assert_eq!(left, [("sum-a", "a1"), ("sum-b", "b1"), ("sum-c", "c1")]);

    let unique: Option<bool> = sqlx::query_scalar(
        "SELECT x.indisunique FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
         WHERE i.relname = 'phoenix_kit_files_checksum_index' AND i.relnamespace = 'public'::regnamespace",
    )
    .fetch_optional(&pool)
    .await
    .expect("index lookup");
    assert_eq!(unique, Some(true), "phoenix_kit_files_checksum_index");
    let duplicate = sqlx::raw_sql(
        "INSERT INTO public.phoenix_kit_files
           (id, original_file_name, file_name, mime_type, file_type, ext, checksum, size, user_id, inserted_at, updated_at)
         VALUES (gen_random_uuid(), 'd', 'd', 'image/png', 'image', 'png', 'sum-a', 1, 1, now(), now())",
    )
    .execute(&pool)
    .await;
    let err = duplicate.expect_err("a duplicate checksum was accepted after V24");
    assert_eq!(
        err.as_database_error().and_then(|e| e.code()).as_deref(),
        Some("23505"),
        "{err}"
    );
}

/// V26 renames checksum to file_checksum and derives user_file_checksum = hex(sha256(user_id ||
/// file_checksum)); its down restores the column name and values.
#[tokio::test]
async fn v26_derives_user_file_checksums_and_down_restores_checksums() {
    let (_db, pool) = at_version(25).await;
    exec(
        &pool,
        "INSERT INTO public.phoenix_kit_users (id, email, hashed_password, inserted_at, updated_at) VALUES
           (1, 'a@x.io', 'x', now(), now()), (2, 'b@x.io', 'x', now(), now());
         INSERT INTO public.phoenix_kit_files
           (id, original_file_name, file_name, mime_type, file_type, ext, checksum, size, user_id, inserted_at, updated_at)
         VALUES
           ('00000000-0000-0000-0000-000000000001', 'f1', 'f1', 'image/png', 'image', 'png', 'abc', 1, 1, now(), now()),
           ('00000000-0000-0000-0000-000000000002', 'f2', 'f2', 'image/png', 'image', 'png', 'def', 1, 2, now(), now()),
           ('00000000-0000-0000-0000-000000000003', 'f3', 'f3', 'image/png', 'image', 'png', 'ghi', 1, 1, now(), now());",
    )
    .await;
    let before: Vec<(String, String)> =
        sqlx::query_as("SELECT id::text, checksum::text FROM public.phoenix_kit_files ORDER BY id")
            .fetch_all(&pool)
            .await
            .expect("checksums at 25");

    assert_eq!(up(&pool, 26).await, [26]);

    assert!(column_exists(&pool, "phoenix_kit_files", "file_checksum").await);
    assert!(!column_exists(&pool, "phoenix_kit_files", "checksum").await);
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT id::text, file_checksum::text, user_file_checksum::text,
                encode(sha256(convert_to(user_id::text || file_checksum, 'UTF8')), 'hex')
         FROM public.phoenix_kit_files ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .expect("files at 26");
    // Hex SHA-256 of "1abc", "2def" and "1ghi" (computed outside PostgreSQL).
    let known = [
        "57cb980e41933ae69e22f0a76bb5a0b55717af4fb2816e0431f31b3afe79eb5e",
        "abfba7f79f1be6bc45954f2aa6d40ffa93253a5ff442db1afa51b9729b5780b2",
        "727fcf50370e776cf450fa5aefe5ca338cb08ca0baac6dd83aadad4e10c1c350",
    ];
    assert_eq!(rows.len(), 3);
    for ((row, (id, checksum)), expected) in rows.iter().zip(&before).zip(known) {
        assert_eq!(
            (&row.0, &row.1),
            (id, checksum),
            "file_checksum keeps the value"
        );
        assert_eq!(
            row.2, row.3,
            "user_file_checksum of {id} is not sha256(user_id || checksum)"
        );
        assert_eq!(row.2, expected, "user_file_checksum of {id}");
    }

    // The down drops the derived user_file_checksum values (V26's up derives them again): a
    // deliberate loss, allowed.
    assert_eq!(down_over_data(&pool, 25).await, [26]);
    assert!(column_exists(&pool, "phoenix_kit_files", "checksum").await);
    assert!(!column_exists(&pool, "phoenix_kit_files", "file_checksum").await);
    assert!(!column_exists(&pool, "phoenix_kit_files", "user_file_checksum").await);
    let after: Vec<(String, String)> =
        sqlx::query_as("SELECT id::text, checksum::text FROM public.phoenix_kit_files ORDER BY id")
            .fetch_all(&pool)
            .await
            .expect("checksums after down");
    assert_eq!(after, before);
}

/// V30 moves preferred_locale into custom_fields (keeping the other keys) and drops the column;
/// its down re-adds the column, copies the locale back and removes the key.
#[tokio::test]
async fn v30_moves_preferred_locale_into_custom_fields_and_back() {
    let (_db, pool) = at_version(29).await;
    exec(
        &pool,
        r#"INSERT INTO public.phoenix_kit_users
             (email, hashed_password, inserted_at, updated_at, preferred_locale, custom_fields) VALUES
           ('de@x.io', 'x', now(), now(), 'de', DEFAULT),
           ('none@x.io', 'x', now(), now(), NULL, DEFAULT),
           ('custom@x.io', 'x', now(), now(), 'fr', '{"a": 1}'),
           ('null@x.io', 'x', now(), now(), 'es', NULL);"#,
    )
    .await;

    assert_eq!(up(&pool, 30).await, [30]);
    assert!(!column_exists(&pool, "phoenix_kit_users", "preferred_locale").await);
    let fields = |pool: PgPool| async move {
        let rows: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT email::text, custom_fields::text FROM public.phoenix_kit_users ORDER BY id",
        )
        .fetch_all(&pool)
        .await
        .expect("custom_fields");
        rows
    };
    let owned = |rows: &[(&str, Option<&str>)]| -> Vec<(String, Option<String>)> {
        rows.iter()
            .map(|(e, f)| ((*e).to_owned(), f.map(str::to_owned)))
            .collect()
    };
    assert_eq!(
        fields(pool.clone()).await,
        owned(&[
            ("de@x.io", Some(r#"{"preferred_locale": "de"}"#)),
            ("none@x.io", Some("{}")),
            ("custom@x.io", Some(r#"{"a": 1, "preferred_locale": "fr"}"#)),
            ("null@x.io", Some(r#"{"preferred_locale": "es"}"#)),
        ])
    );

    // PhoenixKit's down: add the column, copy custom_fields->>'preferred_locale' back, then remove
    // the key (a NULL custom_fields that the up turned into an object stays an object).
    assert_eq!(down(&pool, 29).await, [30]);
    let rows: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT email::text, preferred_locale::text, custom_fields::text \
         FROM public.phoenix_kit_users ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .expect("users after down");
    let expected: Vec<(String, Option<String>, Option<String>)> = [
        ("de@x.io", Some("de"), Some("{}")),
        ("none@x.io", None, Some("{}")),
        ("custom@x.io", Some("fr"), Some(r#"{"a": 1}"#)),
        ("null@x.io", Some("es"), Some("{}")),
    ]
    .iter()
    .map(|(e, l, f)| ((*e).to_owned(), l.map(str::to_owned), f.map(str::to_owned)))
    .collect();
    assert_eq!(rows, expected);
    let indexed: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = 'public' \
         AND indexname = 'phoenix_kit_users_preferred_locale_index')",
    )
    .fetch_one(&pool)
    .await
    .expect("index lookup");
    assert!(
        indexed,
        "the down did not re-create the preferred_locale index"
    );
}

/// V35 promotes an existing SupportAgent role to a system role, keeping its id and description.
#[tokio::test]
async fn v35_promotes_an_existing_support_agent_role() {
    let (_db, pool) = at_version(34).await;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO public.phoenix_kit_user_roles (name, description, is_system_role, inserted_at, updated_at)
         VALUES ('SupportAgent', 'made by the application', false, now(), now()) RETURNING id",
    )
    .fetch_one(&pool)
    .await
    .expect("insert role");

    assert_eq!(up(&pool, 35).await, [35]);

    let roles: Vec<(i64, Option<String>, bool)> = sqlx::query_as(
        "SELECT id, description, is_system_role FROM public.phoenix_kit_user_roles \
         WHERE name = 'SupportAgent'",
    )
    .fetch_all(&pool)
    .await
    .expect("roles");
    assert_eq!(
        roles,
        [(id, Some("made by the application".to_owned()), true)]
    );
}

/// V35 creates the SupportAgent system role when there is none.
#[tokio::test]
async fn v35_creates_the_support_agent_role() {
    let (_db, pool) = at_version(34).await;
    let before: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM public.phoenix_kit_user_roles WHERE name = 'SupportAgent'",
    )
    .fetch_one(&pool)
    .await
    .expect("roles");
    assert_eq!(before, 0);

    assert_eq!(up(&pool, 35).await, [35]);

    let roles: Vec<(Option<String>, bool)> = sqlx::query_as(
        "SELECT description, is_system_role FROM public.phoenix_kit_user_roles \
         WHERE name = 'SupportAgent'",
    )
    .fetch_all(&pool)
    .await
    .expect("roles");
    assert_eq!(
        roles,
        [(
            Some("Support team member with ticket management access".to_owned()),
            true
        )]
    );
}

/// V34 deletes the AI slot settings; its down puts back the text-processing slots exactly as V32
/// seeded them (not the values the application had edited in between).
#[tokio::test]
async fn v34_down_recreates_the_v32_text_processing_slots() {
    let (_db, pool) = at_version(33).await;
    let slots = |pool: PgPool| async move {
        let row: Option<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT value::text, value_json::text, module::text FROM public.phoenix_kit_settings \
             WHERE key = 'ai_text_processing_slots'",
        )
        .fetch_optional(&pool)
        .await
        .expect("slots setting");
        row
    };
    let seeded = slots(pool.clone())
        .await
        .expect("V32 seeds ai_text_processing_slots");
    // What V32 seeded: three disabled slots of 1000, 2000 and 4000 tokens, module "ai".
    let matches_v32: bool = sqlx::query_scalar(
        r#"SELECT value_json = '{"slots":[{"account_id":null,"description":"","enabled":false,"max_tokens":1000,"model":"","name":"Slot 1","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":2000,"model":"","name":"Slot 2","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":4000,"model":"","name":"Slot 3","temperature":0.7}]}'::jsonb
           FROM public.phoenix_kit_settings WHERE key = 'ai_text_processing_slots'"#,
    )
    .fetch_one(&pool)
    .await
    .expect("compare slots");
    assert!(matches_v32, "V32 seeded {seeded:?}");
    assert_eq!(seeded.0, None);
    assert_eq!(seeded.2.as_deref(), Some("ai"));

    // The application edits the slots and adds another slot key before V34.
    exec(
        &pool,
        r#"UPDATE public.phoenix_kit_settings SET value_json = '{"slots": []}'
           WHERE key = 'ai_text_processing_slots';
         INSERT INTO public.phoenix_kit_settings (key, value_json, module)
           VALUES ('ai_vision_processing_slots', '{"slots": []}', 'ai');"#,
    )
    .await;

    assert_eq!(up(&pool, 34).await, [34]);
    assert_eq!(slots(pool.clone()).await, None, "V34 keeps the text slots");
    let vision: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM public.phoenix_kit_settings WHERE key = 'ai_vision_processing_slots'",
    )
    .fetch_one(&pool)
    .await
    .expect("vision slots");
    assert_eq!(vision, 0, "V34 keeps the vision slots");

    assert_eq!(down(&pool, 33).await, [34]);
    assert_eq!(slots(pool.clone()).await, Some(seeded));
    let count: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM public.phoenix_kit_settings WHERE key LIKE 'ai\\_%\\_slots'",
    )
    .fetch_one(&pool)
    .await
    .expect("slot settings");
    assert_eq!(count, 1, "only the text slots come back");
}
