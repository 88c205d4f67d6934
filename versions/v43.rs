pk_macros::version! {
    number = 43;
    title = "Legal module";

    // No `uuid` column (V40 ran before this table existed); V56 adds it.
    create_table!(phoenix_kit_consent_logs, {
        user_id: bigint,
        session_id: varchar(64),
        consent_type: varchar(30) not_null,
        consent_given: boolean not_null default false,
        consent_version: varchar(20),
        ip_address: varchar(45),
        user_agent_hash: varchar(64),
        metadata: jsonb default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_consent_logs, [user_id], name = phoenix_kit_consent_logs_user_id_idx);
    create_index!(phoenix_kit_consent_logs, [session_id], name = phoenix_kit_consent_logs_session_id_idx);
    create_index!(phoenix_kit_consent_logs, [consent_type], name = phoenix_kit_consent_logs_type_idx);
    create_index!(phoenix_kit_consent_logs, [inserted_at], name = phoenix_kit_consent_logs_inserted_at_idx);
    create_index!(phoenix_kit_consent_logs, [user_id, consent_type], name = phoenix_kit_consent_logs_user_type_idx);
    create_index!(phoenix_kit_consent_logs, [session_id, consent_type], name = phoenix_kit_consent_logs_session_type_idx);

    // Text settings use `value`, JSON settings `value_json` (the JSON text is PhoenixKit's literal;
    // jsonb stores it normalized either way). The down deletes the six keys, as PhoenixKit's does.
    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "legal_enabled", value: "false", module: "legal", date_added: now(), date_updated: now() },
        { key: "legal_consent_widget_enabled", value: "false", module: "legal", date_added: now(), date_updated: now() },
        { key: "legal_cookie_banner_position", value: "bottom", module: "legal", date_added: now(), date_updated: now() },
    ]);
    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "legal_frameworks", value_json: r#"{"items": []}"#, module: "legal", date_added: now(), date_updated: now() },
        { key: "legal_company_info", value_json: "{}", module: "legal", date_added: now(), date_updated: now() },
        { key: "legal_dpo_contact", value_json: "{}", module: "legal", date_added: now(), date_updated: now() },
    ]);

    comment!(phoenix_kit_consent_logs, "User consent tracking for GDPR/CCPA compliance cookie banners");
    comment!(phoenix_kit_consent_logs.consent_type, "Type of consent: necessary, analytics, marketing, preferences");
    comment!(phoenix_kit_consent_logs.consent_version, "Version of privacy/cookie policy when consent was given");
    comment!(phoenix_kit_consent_logs.user_agent_hash,
        "SHA256 hash of user agent for anonymous tracking without storing full UA string");
}
