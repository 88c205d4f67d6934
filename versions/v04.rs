pk_macros::version! {
    number = 4;
    title = "Settings module column and referral system";

    add_column!(phoenix_kit_settings, module: varchar(255));

    create_table!(phoenix_kit_referral_codes, {
        code: varchar(255) not_null,
        description: varchar(255) not_null,
        status: boolean not_null default true,
        number_of_uses: integer not_null default 0,
        max_uses: integer not_null,
        created_by: integer not_null,
        date_created: timestamp not_null default now(),
        expiration_date: timestamp not_null,
    });
    create_table!(phoenix_kit_referral_code_usage, {
        code_id: integer not_null,
        used_by: integer not_null,
        date_used: timestamp not_null default now(),
    });
    create_index!(phoenix_kit_referral_codes, [code], unique, name = phoenix_kit_referral_codes_code_uidx);
    create_index!(phoenix_kit_referral_code_usage, [code_id], name = phoenix_kit_referral_code_usage_code_id_idx);
    create_index!(phoenix_kit_referral_code_usage, [used_by], name = phoenix_kit_referral_code_usage_used_by_idx);
    create_index!(phoenix_kit_referral_code_usage, [date_used], name = phoenix_kit_referral_code_usage_date_used_idx);
    change_type!(phoenix_kit_referral_code_usage, code_id, bigint);
    add_foreign_key!(phoenix_kit_referral_code_usage(code_id) -> phoenix_kit_referral_codes(id), on_delete = cascade);

    // The down drops the `module` column, which takes these values with it.
    update!(phoenix_kit_settings, set = "module = 'system'",
        filter = "key IN ('time_zone', 'date_format', 'time_format', 'project_title')") reverse {}
}
