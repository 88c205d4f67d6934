pk_macros::version! {
    number = 8;
    title = "Username support";

    add_column!(phoenix_kit_users, username: varchar(255));
    // PhoenixKit derives usernames from emails in application code; the port is in Rust. The down
    // drops the column, and the usernames with it.
    call!(crate::usernames::backfill) reverse {}
    create_index!(phoenix_kit_users, [username], unique, name = phoenix_kit_users_username_uidx,
        filter = "username IS NOT NULL");
}
