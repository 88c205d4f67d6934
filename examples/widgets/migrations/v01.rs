pk_runtime::version! {
    number = 1;
    title = "Widgets";
    // The widgets reference PhoenixKit's users: the macro checks them against PhoenixKit's schema
    // at V82, and `up` refuses while PhoenixKit is below V82 in the prefix.
    builds_on = phoenix_kit(82);

    create_table!(widgets, primary_key = uuid(uuid, default = uuid_v7()), {
        owner_uuid: uuid not_null references(phoenix_kit_users.uuid, on_delete = cascade),
        name: varchar(120) not_null,
        size: integer not_null default 1,
        inserted_at: timestamptz not_null default now(),
    });
    create_index!(widgets, [name], unique);
    create_index!(widgets, [owner_uuid]);
}
