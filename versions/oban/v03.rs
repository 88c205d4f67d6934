pk_macros::version! {
    number = 3;
    title = "Oban V03: attempted_by";

    // Oban.Migrations.Postgres.V03 (oban v2.20.3, lib/oban/migrations/postgres/v03.ex).
    add_column!(oban_jobs, attempted_by: array(text));
}
