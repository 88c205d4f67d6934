pk_macros::version! {
    number = 23;
    title = "Session fingerprinting";

    add_column!(phoenix_kit_users_tokens, ip_address: varchar(255));
    add_column!(phoenix_kit_users_tokens, user_agent_hash: varchar(255));
    create_index!(phoenix_kit_users_tokens, [ip_address]);
    create_index!(phoenix_kit_users_tokens, [user_agent_hash]);
    create_index!(phoenix_kit_users_tokens, [token, ip_address, user_agent_hash]);
}
