pk_macros::version! {
    number = 2;
    title = "Oban V02: partial scheduled_at index, length checks, oban_wrap_id";

    // Oban.Migrations.Postgres.V02 (oban v2.20.3, lib/oban/migrations/postgres/v02.ex).
    // The scheduled_at index is only needed for available and scheduled jobs.
    drop_index!(oban_jobs_scheduled_at_index);
    create_index!(oban_jobs, [scheduled_at],
        filter = "state in ('available'::{prefix}.oban_job_state, 'scheduled'::{prefix}.oban_job_state)");

    add_check!(oban_jobs, worker_length, "char_length(worker) > 0 AND char_length(worker) < 128");
    add_check!(oban_jobs, queue_length, "char_length(queue) > 0 AND char_length(queue) < 128");

    create_function!(oban_wrap_id, "(value bigint)", returns = "int", language = plpgsql, body = r#"
BEGIN
  RETURN (CASE WHEN value > 2147483647 THEN mod(value, 2147483647) ELSE value END)::int;
END;
"#, immutable);
}
