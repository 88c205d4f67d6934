pk_macros::version! {
    number = 28;
    title = "Preferred locale";

    add_column!(phoenix_kit_users, preferred_locale: varchar(10));
    create_index!(phoenix_kit_users, [preferred_locale]);
}
