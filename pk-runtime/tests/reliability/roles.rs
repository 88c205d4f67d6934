//! Privileges: a role without CREATE on the schema changes nothing, and a role that owns only its
//! schema runs the whole chain.

use pk_runtime::phoenix_kit::CHAIN;
use pk_tests::fresh_db;

use crate::common::{
    READER, assert_conformant, connect, current_version, error_line, make_role, run_pk, stderr,
};
use crate::fingerprint;

/// A role that may use a schema but not create in it: the first CREATE fails with PostgreSQL's
/// "permission denied", in one line, and the version is rolled back.
#[tokio::test]
async fn a_role_without_create_on_the_schema_changes_nothing() {
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let (_, url) = make_role(&mut admin, &db, "reader", READER).await;
    let before = fingerprint(&mut admin, &[]).await;
    let output = run_pk(&["up", "--database-url", &url, "--prefix", "app"]);
    let line = error_line(&output);
    assert!(
        line.contains("prefix app: V01 failed")
            && line.contains("permission denied for schema app"),
        "{line}"
    );
    assert_eq!(fingerprint(&mut admin, &[]).await, before);
    assert_eq!(current_version(&mut admin, "app").await, 0);
}

/// The whole chain, down to V74 and up again, for a role that owns only its schema, with the
/// extensions pre-installed by an administrator (README: "Guarantees and required privileges").
#[tokio::test]
async fn a_role_owning_only_its_schema_runs_the_whole_chain() {
    let db = fresh_db().await;
    let mut admin = connect(&db.url).await;
    let (role, url) = make_role(
        &mut admin,
        &db,
        "owner",
        "CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; \
         CREATE SCHEMA app AUTHORIZATION {role}; \
         CREATE EXTENSION citext; CREATE EXTENSION pgcrypto;",
    )
    .await;
    let can_create_elsewhere: bool = sqlx::query_scalar(
        "SELECT has_schema_privilege($1, 'public', 'CREATE') \
             OR has_database_privilege($1, current_database(), 'CREATE')",
    )
    .bind(&role)
    .fetch_one(&mut admin)
    .await
    .expect("privileges");
    assert!(
        !can_create_elsewhere,
        "the role can create outside its schema"
    );

    let latest = CHAIN.latest().to_string();
    for args in [
        vec!["up", "--prefix", "app"],
        vec!["down", "--prefix", "app", "--to", "74"],
        vec!["up", "--prefix", "app", "--to", &latest],
    ] {
        let mut args = args;
        args.extend(["--database-url", url.as_str()]);
        let output = run_pk(&args);
        assert!(output.status.success(), "pk {args:?}: {}", stderr(&output));
    }
    assert_conformant(&db, "app", CHAIN.latest(), &[]);
    let owners: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT pg_get_userbyid(c.relowner)::text FROM pg_class c \
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'app'",
    )
    .fetch_all(&mut admin)
    .await
    .expect("owners");
    assert_eq!(owners, [role]);
}
