pk_macros::version! {
    number = 11;
    title = "Oban V11: oban_peers (unlogged)";

    // Oban.Migrations.Postgres.V11 (oban v2.20.3, lib/oban/migrations/postgres/v11.ex).
    create_table!(oban_peers, primary_key = text(name), {
        node: text not_null,
        started_at: timestamp not_null,
        expires_at: timestamp not_null,
    });

    // Oban's `unlogged` option defaults to true (PhoenixKit does not override it). The table is
    // created in this version, and Oban's down just drops it.
    set_unlogged!(oban_peers) reverse {}
}
