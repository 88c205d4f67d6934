pk_macros::version! {
    number = 13;
    title = "Oban V13: state/cancelled_at and state/discarded_at indexes";

    // Oban.Migrations.Postgres.V13 (oban v2.20.3, lib/oban/migrations/postgres/v13.ex).
    create_index!(oban_jobs, [state, cancelled_at]);
    create_index!(oban_jobs, [state, discarded_at]);
}
