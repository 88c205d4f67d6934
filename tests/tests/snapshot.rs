//! `pk_runtime::snapshot` (no psql) prints exactly what psql prints for the reference script.

use pk_runtime::phoenix_kit;
use pk_tests::{assert_snapshot_eq, fresh_db, snapshot};
use sqlx::{Connection, PgConnection};

#[tokio::test]
async fn the_builtin_snapshot_equals_psqls() {
    let db = fresh_db().await;
    let pool = db.pool().await;
    let mut conn = PgConnection::connect(&db.url).await.expect("connect");
    // Empty, at a version with seed rows and Oban, and complete; plus a schema that does not exist.
    for version in [0, 27, phoenix_kit::CHAIN.latest()] {
        phoenix_kit::up_to(&pool, "public", version)
            .await
            .unwrap_or_else(|e| panic!("up to {version}: {e}"));
        let builtin = pk_runtime::snapshot::snapshot(&mut conn, "public")
            .await
            .expect("builtin snapshot");
        assert_snapshot_eq(
            &format!("builtin vs psql at V{version:02}"),
            &snapshot(&db.url, "public"),
            &builtin,
        );
    }
    let missing = pk_runtime::snapshot::snapshot(&mut conn, "No \"such\" schema")
        .await
        .expect("builtin snapshot");
    assert_snapshot_eq(
        "builtin vs psql, missing schema",
        &snapshot(&db.url, "No \"such\" schema"),
        &missing,
    );
}
