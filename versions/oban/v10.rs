pk_macros::version! {
    number = 10;
    title = "Oban V10: args default, priority not null, checks, GIN indexes";

    // Oban.Migrations.Postgres.V10 (oban v2.20.3, lib/oban/migrations/postgres/v10.ex).
    // Ecto's `modify` also re-states the types (args jsonb, priority integer), a no-op.
    set_default!(oban_jobs, args, "{}");
    set_not_null!(oban_jobs, priority);

    // Inserts through insert_all could otherwise store invalid data.
    add_check!(oban_jobs, priority_range, "priority between 0 and 3");
    add_check!(oban_jobs, positive_max_attempts, "max_attempts > 0");
    add_check!(oban_jobs, attempt_range, "attempt between 0 and max_attempts");

    // Oban also drops oban_jobs_args_vector and oban_jobs_worker_gist "if exists". No Oban migration
    // creates them (Oban Web's old migrations did), so they are outside this chain's model and only
    // a raw, guarded drop can reach them. Oban's down does not re-create them.
    sql!(why = "drop two indexes that older Oban Web installs created outside this chain (unknown to the model, so drop_index! cannot name them); IF EXISTS as in Oban", r#"
DROP INDEX IF EXISTS {prefix}.oban_jobs_args_vector;
DROP INDEX IF EXISTS {prefix}.oban_jobs_worker_gist;
"#) reverse {}

    drop_index!(oban_jobs_attempted_at_id_index);

    // Keep unique checks fast on large tables.
    create_index!(oban_jobs, [args], using = gin);
    create_index!(oban_jobs, [meta], using = gin);
}
