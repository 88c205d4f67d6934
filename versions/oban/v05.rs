pk_macros::version! {
    number = 5;
    title = "Oban V05: composite queue/state/scheduled_at/id index";

    // Oban.Migrations.Postgres.V05 (oban v2.20.3, lib/oban/migrations/postgres/v05.ex).
    // The down (derived) drops the composite index and re-creates the three dropped ones, the
    // scheduled_at one with V02's partial predicate, as Oban's down does.
    drop_index!(oban_jobs_scheduled_at_index);
    drop_index!(oban_jobs_queue_index);
    drop_index!(oban_jobs_state_index);

    create_index!(oban_jobs, [queue, state, scheduled_at, id]);
}
