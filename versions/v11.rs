pk_macros::version! {
    number = 11;
    title = "Per-user timezone";

    add_column!(phoenix_kit_users, user_timezone: varchar(3));
}
