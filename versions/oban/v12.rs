pk_macros::version! {
    number = 12;
    title = "Oban V12: non-negative priority, drop notify trigger";

    // Oban.Migrations.Postgres.V12 (oban v2.20.3, lib/oban/migrations/postgres/v12.ex).
    // Oban's down re-adds priority_range NOT VALID (V10 had created it validated).
    drop_constraint!(oban_jobs, priority_range) reverse {
        add_check!(oban_jobs, priority_range, "priority between 0 and 3", not_valid);
    }
    add_check!(oban_jobs, non_negative_priority, "priority >= 0", not_valid);

    // Oban's down re-creates V08's function and trigger (the derived down runs the function's
    // reverse before the trigger's, so the function exists when the trigger is created).
    drop_trigger!(oban_jobs, oban_notify) reverse {
        create_trigger!(oban_jobs, oban_notify, "AFTER INSERT", function = oban_jobs_notify);
    }
    drop_function!(oban_jobs_notify, "()") reverse {
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
    }
}
