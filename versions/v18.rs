pk_macros::version! {
    number = 18;
    title = "User custom fields";

    add_column!(phoenix_kit_users, custom_fields: jsonb default "{}");
    comment!(phoenix_kit_users.custom_fields,
        "JSONB storage for custom user fields (phone, address, preferences, metadata, etc.)");
}
