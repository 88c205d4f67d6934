pk_macros::version! {
    number = 8;
    title = "Oban V08: discarded_at, priority, tags; insert-only notify trigger";

    // Oban.Migrations.Postgres.V08 (oban v2.20.3, lib/oban/migrations/postgres/v08.ex).
    // Oban adds the three columns in one ALTER TABLE; column order is the same.
    add_column!(oban_jobs, discarded_at: timestamp);
    add_column!(oban_jobs, priority: integer);
    add_column!(oban_jobs, tags: array(text));

    // Ecto's `modify` also re-states the type (ALTER COLUMN … TYPE integer / text[]), a no-op.
    set_default!(oban_jobs, priority, 0);
    set_default!(oban_jobs, tags, sql("ARRAY[]::text[]"));

    // Oban's down drops "oban_jobs_queue_state_priority_scheduled_at_id_index" (a name that never
    // exists) and relies on dropping `priority` to take this index with it; the derived down drops
    // the index by its real name, with the same result.
    drop_index!(oban_jobs_queue_state_scheduled_at_id_index);
    create_index!(oban_jobs, [state, queue, priority, scheduled_at, id]);

    // Replaces V01's body; Oban's down restores it.
    create_function!(oban_jobs_notify, "()", returns = "trigger", language = plpgsql, body = r#"
DECLARE
  channel text;
  notice json;
BEGIN
  IF NEW.state = 'available' THEN
    channel = '{prefix_text}.oban_insert';
    notice = json_build_object('queue', NEW.queue);

    PERFORM pg_notify(channel, notice::text);
  END IF;

  RETURN NULL;
END;
"#);

    // Replaces V01's trigger, as Oban does; the derived down restores the INSERT OR UPDATE OF
    // state trigger.
    drop_trigger!(oban_jobs, oban_notify);
    create_trigger!(oban_jobs, oban_notify, "AFTER INSERT", function = oban_jobs_notify);
}
