pk_macros::version! {
    number = 64;
    title = "Users tokens CHECK on user_uuid";

    // V16's CHECK required user_id for every token but magic-link registrations; the Ecto schema now
    // writes only user_uuid, so the check moves to that column (same expression otherwise).
    // PhoenixKit drops the old one IF EXISTS and adds the new one unguarded (a re-run fails there);
    // add_check! is guarded by the constraint's absence.
    //
    // Down (derived): drop the new check, re-add V16's — the same two statements as PhoenixKit's
    // down. Both ups and downs validate existing rows (a token with a NULL user_uuid, or after the
    // down a NULL user_id, outside magic_link_registration makes them fail).
    drop_constraint!(phoenix_kit_users_tokens, user_id_required_for_non_registration_tokens);
    add_check!(phoenix_kit_users_tokens, user_uuid_required_for_non_registration_tokens,
        "CASE WHEN context = 'magic_link_registration' THEN true ELSE user_uuid IS NOT NULL END");
}
