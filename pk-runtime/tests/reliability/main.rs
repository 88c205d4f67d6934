//! Reliability and safety of `pk` under concurrency, crashes and bad input, against real
//! PostgreSQL: concurrent migrators apply every version exactly once, a migrator killed at any
//! point leaves a database whose marker tells the truth, lock waits are bounded and name their
//! holder, bad input is refused before anything changes, and the whole chain runs for a role that
//! owns nothing but its schema.
//!
//! `PK_CRASH_RUNS` sets how many times the crash test kills `pk up` (default 8; a soak uses 30 or
//! more) and `PK_CRASH_SEED` replays a run (the test prints its seed).

#[path = "../common/mod.rs"]
mod common;

mod concurrency;
mod connections;
mod kills;
mod locks;
mod refusals;
mod roles;

use sqlx::PgConnection;

// ---------------------------------------------------------------------------------------------
// Helpers shared by the modules

/// An advisory-lock key as pg_locks shows it: (classid, objid).
fn pg_locks_key(key: i64) -> (i64, i64) {
    let key = key as u64;
    ((key >> 32) as i64, (key & 0xffff_ffff) as i64)
}

/// Every schema, extension, relation (with its comment, where the markers live) and column of
/// the database, except those of the schemas in `skip`.
async fn fingerprint(conn: &mut PgConnection, skip: &[&str]) -> String {
    let skip: Vec<String> = skip.iter().map(|s| (*s).to_owned()).collect();
    sqlx::query_scalar(
        "SELECT coalesce(string_agg(line, E'\\n' ORDER BY line COLLATE \"C\"), '') FROM ( \
           SELECT 'schema ' || nspname AS line FROM pg_namespace n \
             WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' \
               AND nspname <> ALL ($1) \
           UNION ALL SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension \
           UNION ALL SELECT 'relation ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) \
               || ' ' || c.relkind::text || ' ' || coalesce(obj_description(c.oid, 'pg_class'), '-') \
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' \
               AND n.nspname <> ALL ($1) \
           UNION ALL SELECT 'column ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) \
               || '.' || quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) \
             FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
             JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE a.attnum > 0 AND NOT a.attisdropped AND n.nspname !~ '^pg_' \
               AND n.nspname <> 'information_schema' AND n.nspname <> ALL ($1) \
         ) s",
    )
    .bind(skip)
    .fetch_one(conn)
    .await
    .expect("fingerprint")
}

/// An audit of the database in schema `pk_audit`: a sequence counting every DDL statement that
/// starts (sequences ignore rollbacks, so a statement that failed still counts) and a table of
/// the `phoenix_kit` marker writes that committed.
async fn install_audit(conn: &mut PgConnection) {
    sqlx::raw_sql(
        r#"
        CREATE SCHEMA pk_audit;
        CREATE SEQUENCE pk_audit.ddl;
        CREATE TABLE pk_audit.markers (schema text, version text, pid int);
        CREATE FUNCTION pk_audit.count_ddl() RETURNS event_trigger LANGUAGE plpgsql
          SECURITY DEFINER SET search_path = pg_catalog AS $$
        BEGIN
          PERFORM nextval('pk_audit.ddl');
        END $$;
        CREATE FUNCTION pk_audit.record_marker() RETURNS event_trigger LANGUAGE plpgsql
          SECURITY DEFINER SET search_path = pg_catalog AS $$
        DECLARE r record;
        BEGIN
          FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE object_type = 'table' LOOP
            INSERT INTO pk_audit.markers
              SELECT n.nspname, obj_description(c.oid, 'pg_class'), pg_backend_pid()
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE c.oid = r.objid AND c.relname = 'phoenix_kit';
          END LOOP;
        END $$;
        CREATE EVENT TRIGGER pk_audit_ddl ON ddl_command_start EXECUTE FUNCTION pk_audit.count_ddl();
        CREATE EVENT TRIGGER pk_audit_markers ON ddl_command_end WHEN TAG IN ('COMMENT')
          EXECUTE FUNCTION pk_audit.record_marker();
        "#,
    )
    .execute(conn)
    .await
    .expect("install the audit");
}

async fn ddl_count(conn: &mut PgConnection) -> i64 {
    sqlx::query_scalar("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM pk_audit.ddl")
        .fetch_one(conn)
        .await
        .expect("read the DDL counter")
}
