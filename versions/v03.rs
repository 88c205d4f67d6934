pk_macros::version! {
    number = 3;
    title = "Settings system";

    create_table!(phoenix_kit_settings, {
        key: varchar(255) not_null,
        value: varchar(255) not_null,
        date_added: timestamp not_null default now(),
        date_updated: timestamp not_null default now(),
    });
    create_index!(phoenix_kit_settings, [key], unique, name = phoenix_kit_settings_key_uidx);

    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "time_zone", value: "0", date_added: now(), date_updated: now() },
        { key: "date_format", value: "Y-m-d", date_added: now(), date_updated: now() },
        { key: "time_format", value: "H:i", date_added: now(), date_updated: now() },
    ]);
}
