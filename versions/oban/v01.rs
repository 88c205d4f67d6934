pk_macros::version! {
    number = 1;
    title = "Oban V01: job state enum, oban_jobs, indexes, notify trigger";

    // Oban.Migrations.Postgres.V01 (oban v2.20.3, lib/oban/migrations/postgres/v01.ex).
    // Oban also runs `CREATE SCHEMA IF NOT EXISTS` when the prefix is not "public"; PhoenixKit's V01
    // has already created the schema, so the sub-chain does not (its down must never drop it).
    create_enum!(oban_job_state, ["available", "scheduled", "executing", "retryable", "completed", "discarded"]);

    create_table!(oban_jobs, primary_key = bigserial(id), {
        state: named(oban_job_state) not_null default "available",
        queue: text not_null default "default",
        worker: text not_null,
        args: jsonb not_null,
        errors: array(jsonb) not_null default sql("ARRAY[]::jsonb[]"),
        attempt: integer not_null default 0,
        max_attempts: integer not_null default 20,
        inserted_at: timestamp not_null default sql("timezone('UTC', now())"),
        scheduled_at: timestamp not_null default sql("timezone('UTC', now())"),
        attempted_at: timestamp,
        completed_at: timestamp,
    });

    create_index!(oban_jobs, [queue]);
    create_index!(oban_jobs, [state]);
    create_index!(oban_jobs, [scheduled_at]);

    create_function!(oban_jobs_notify, "()", returns = "trigger", language = plpgsql, body = r#"
DECLARE
  channel text;
  notice json;
BEGIN
  IF (TG_OP = 'INSERT') THEN
    channel = '{prefix_text}.oban_insert';
    notice = json_build_object('queue', NEW.queue, 'state', NEW.state);

    -- No point triggering for a job that isn't scheduled to run now
    IF NEW.scheduled_at IS NOT NULL AND NEW.scheduled_at > now() AT TIME ZONE 'utc' THEN
      RETURN null;
    END IF;
  ELSE
    channel = '{prefix_text}.oban_update';
    notice = json_build_object('queue', NEW.queue, 'new_state', NEW.state, 'old_state', OLD.state);
  END IF;

  PERFORM pg_notify(channel, notice::text);

  RETURN NULL;
END;
"#);

    create_trigger!(oban_jobs, oban_notify, "AFTER INSERT OR UPDATE OF state", function = oban_jobs_notify);
}
