pk_macros::version! {
    number = 7;
    title = "Oban V07: attempted_at/id index for finished jobs";

    // Oban.Migrations.Postgres.V07 (oban v2.20.3, lib/oban/migrations/postgres/v07.ex).
    // Oban's predicate has no casts (the literals resolve to the column's enum type); kept verbatim.
    // V10 drops this index again.
    create_index!(oban_jobs, [attempted_at desc, id], name = oban_jobs_attempted_at_id_index,
        filter = "state in ('completed', 'discarded')");
}
