pk_runtime::version! {
    number = 1;
    title = "Widgets";

    create_table!(widgets, primary_key = uuid(uuid, default = sql("gen_random_uuid()")), {
        name: varchar(120) not_null,
        size: integer not_null default 1,
        inserted_at: timestamptz not_null default now(),
    });
    create_index!(widgets, [name], unique);
}
