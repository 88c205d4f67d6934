pk_macros::version! {
    number = 16;
    title = "OAuth providers & magic-link registration";

    // Magic-link registration tokens have no user yet. Going down, those tokens are deleted (as in
    // PhoenixKit) so that user_id can be NOT NULL again; the CHECK is dropped before this runs.
    drop_not_null!(phoenix_kit_users_tokens, user_id) reverse {
        delete!(phoenix_kit_users_tokens, filter = "user_id IS NULL AND context = 'magic_link_registration'");
        set_not_null!(phoenix_kit_users_tokens, user_id);
    }
    add_check!(phoenix_kit_users_tokens, user_id_required_for_non_registration_tokens,
        "CASE WHEN context = 'magic_link_registration' THEN true ELSE user_id IS NOT NULL END");

    create_table!(phoenix_kit_user_oauth_providers, {
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade, on_update = cascade),
        provider: varchar(255) not_null,
        provider_uid: varchar(255) not_null,
        provider_email: varchar(255),
        access_token: text,
        refresh_token: text,
        token_expires_at: timestamp,
        raw_data: jsonb default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_user_oauth_providers, [user_id, provider], unique,
        name = phoenix_kit_oauth_providers_user_provider_idx);
    create_index!(phoenix_kit_user_oauth_providers, [provider, provider_uid], unique,
        name = phoenix_kit_oauth_providers_provider_uid_idx);
    create_index!(phoenix_kit_user_oauth_providers, [provider_email]);
    create_index!(phoenix_kit_user_oauth_providers, [provider]);
    create_index!(phoenix_kit_user_oauth_providers, [user_id]);
}
