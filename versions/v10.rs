pk_macros::version! {
    number = 10;
    title = "Registration analytics";

    add_column!(phoenix_kit_users, registration_ip: varchar(45));
    add_column!(phoenix_kit_users, registration_country: varchar(2));
    add_column!(phoenix_kit_users, registration_region: varchar(100));
    add_column!(phoenix_kit_users, registration_city: varchar(100));
    create_index!(phoenix_kit_users, [registration_country, inserted_at], name = phoenix_kit_users_reg_country_date_idx);
    create_index!(phoenix_kit_users, [registration_region, inserted_at], name = phoenix_kit_users_reg_region_date_idx);
    create_index!(phoenix_kit_users, [registration_city, inserted_at], name = phoenix_kit_users_reg_city_date_idx);
    create_index!(phoenix_kit_users, [registration_ip, inserted_at], name = phoenix_kit_users_reg_ip_date_idx);
    create_index!(phoenix_kit_users, [registration_country, registration_region, registration_city],
        name = phoenix_kit_users_reg_geo_idx);
}
