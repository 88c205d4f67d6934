pk_macros::version! {
    number = 6;
    title = "Oban V06: no-op (formerly oban_beats)";

    // Oban.Migrations.Postgres.V06 (oban v2.20.3, lib/oban/migrations/postgres/v06.ex): both up and
    // down are empty ("This used to modify oban_beats, which aren't included anymore"). The version
    // exists only so that the numbering, and the version comment on oban_jobs, match Oban's.
}
