//! `pk verify` shows hand-made drift, grouped by object, and nothing on a conformant install.

use pk_runtime::phoenix_kit;
use pk_tests::fresh_db;

#[tokio::test]
async fn verify_shows_a_dropped_column_index_and_foreign_key() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    phoenix_kit::up(&pool, "public").await.expect("up");
    let migrator = phoenix_kit::migrator("public").expect("migrator");
    let mut conn = pool.acquire().await.expect("connection");
    let clean = pk_runtime::verify::verify(&migrator, &mut conn)
        .await
        .expect("verify");
    assert!(clean.is_clean(), "{}", clean.render());

    sqlx::raw_sql(
        "ALTER TABLE public.phoenix_kit_users DROP COLUMN registration_city;
         DROP INDEX public.phoenix_kit_users_username_uidx;
         ALTER TABLE public.phoenix_kit_admin_notes DROP CONSTRAINT fk_admin_notes_author_uuid;
         CREATE INDEX by_hand ON public.phoenix_kit_settings (value);",
    )
    .execute(&pool)
    .await
    .expect("drift by hand");
    let report = pk_runtime::verify::verify(&migrator, &mut conn)
        .await
        .expect("verify");
    assert!(!report.is_clean());
    let users = &report.missing["table phoenix_kit_users"];
    assert!(
        users
            .iter()
            .any(|l| l.starts_with("column|phoenix_kit_users|registration_city|")),
        "{users:?}"
    );
    assert!(
        users
            .iter()
            .any(|l| l.starts_with("index|phoenix_kit_users|phoenix_kit_users_username_uidx|")),
        "{users:?}"
    );
    // Indexes on the dropped column went with it, and are reported as such.
    assert!(
        users
            .iter()
            .any(|l| l.starts_with("index|phoenix_kit_users|phoenix_kit_users_reg_geo_idx|")),
        "{users:?}"
    );
    assert!(
        report.missing["table phoenix_kit_admin_notes"]
            .iter()
            .any(|l| l.contains("|fk_admin_notes_author_uuid|f|")),
        "{}",
        report.render()
    );
    assert!(
        report.unexpected["table phoenix_kit_settings"]
            .iter()
            .any(|l| l.starts_with("index|phoenix_kit_settings|by_hand|")),
        "{}",
        report.render()
    );
    // Only these tables differ: the column order line moves, the other columns do not.
    assert_eq!(
        report
            .missing
            .keys()
            .chain(report.unexpected.keys())
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        3,
        "{}",
        report.render()
    );
    let text = report.render();
    assert!(
        text.starts_with("public: the schema differs from PhoenixKit V82 in 3 objects"),
        "{text}"
    );
}
