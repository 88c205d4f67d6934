pk_macros::version! {
    number = 4;
    title = "Oban V04: drop oban_wrap_id";

    // Oban.Migrations.Postgres.V04 (oban v2.20.3, lib/oban/migrations/postgres/v04.ex).
    // Oban's down re-creates the function exactly as V02 created it.
    drop_function!(oban_wrap_id, "(value bigint)") reverse {
        create_function!(oban_wrap_id, "(value bigint)", returns = "int", language = plpgsql, body = r#"
BEGIN
  RETURN (CASE WHEN value > 2147483647 THEN mod(value, 2147483647) ELSE value END)::int;
END;
"#, immutable);
    }
}
