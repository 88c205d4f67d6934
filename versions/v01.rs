pk_runtime::version! {
    number = 1;
    title = "Initial setup";

    create_schema!();
    create_extension!(citext);
    create_table!(phoenix_kit, primary_key = serial(id), {
        version: integer not_null,
        migrated_at: timestamp(0) not_null default now(),
    });
}
