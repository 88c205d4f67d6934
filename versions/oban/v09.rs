pk_macros::version! {
    number = 9;
    title = "Oban V09: meta, cancelled_at, cancelled job state";

    // Oban.Migrations.Postgres.V09 (oban v2.20.3, lib/oban/migrations/postgres/v09.ex).
    add_column!(oban_jobs, meta: jsonb default "{}");
    add_column!(oban_jobs, cancelled_at: timestamp);

    // Oban's DO block skips when 'cancelled' exists, uses ADD VALUE on PostgreSQL >= 12 and rebuilds
    // the type before 12; pk targets PostgreSQL >= 12. PostgreSQL cannot remove an enum value, so
    // Oban's down rebuilds the type: cancelled jobs become discarded, the old type is renamed, a
    // six-value type is created and `state` is re-added (as the LAST column) and copied over.
    // Dropping the old `state` column also drops every index on it; Oban's own V09 up re-creates
    // only the first of the two below (its `create_if_not_exists`, a no-op on the >= 12 path and
    // therefore not repeated in this up). The same block re-creates them so that down to 8 is V08's schema.
    add_enum_value!(oban_job_state, "cancelled") reverse {
        sql!(why = "PostgreSQL cannot drop an enum value; Oban's down rebuilds oban_job_state (rename the type, create it again, re-add and copy the state column, drop the old type). No typed op renames a type, and a typed ALTER COLUMN TYPE round trip fails on oban_jobs_attempted_at_id_index, whose predicate compares state with the enum.", r#"
DO $$
BEGIN
  UPDATE {prefix}.oban_jobs SET state = 'discarded' WHERE state = 'cancelled';

  ALTER TYPE {prefix}.oban_job_state RENAME TO old_oban_job_state;

  CREATE TYPE {prefix}.oban_job_state AS ENUM (
    'available',
    'scheduled',
    'executing',
    'retryable',
    'completed',
    'discarded'
  );

  ALTER TABLE {prefix}.oban_jobs RENAME column state TO _state;

  ALTER TABLE {prefix}.oban_jobs ADD state {prefix}.oban_job_state NOT NULL default 'available';

  UPDATE {prefix}.oban_jobs SET state = _state::text::{prefix}.oban_job_state;

  ALTER TABLE {prefix}.oban_jobs DROP column _state;

  DROP TYPE {prefix}.old_oban_job_state;

  CREATE INDEX IF NOT EXISTS oban_jobs_state_queue_priority_scheduled_at_id_index
    ON {prefix}.oban_jobs (state, queue, priority, scheduled_at, id);
  CREATE INDEX IF NOT EXISTS oban_jobs_attempted_at_id_index
    ON {prefix}.oban_jobs (attempted_at DESC, id) WHERE state IN ('completed', 'discarded');
END$$;
"#);
    }
}
