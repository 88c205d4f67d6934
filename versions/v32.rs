pk_macros::version! {
    number = 32;
    title = "AI system";

    create_table!(phoenix_kit_ai_accounts, {
        name: varchar(100) not_null,
        provider: varchar(50) not_null default "openrouter",
        api_key: text not_null,
        base_url: varchar(255),
        settings: jsonb default "{}",
        enabled: boolean not_null default true,
        last_validated_at: timestamp,
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_ai_accounts, [provider], name = phoenix_kit_ai_accounts_provider_idx);
    create_index!(phoenix_kit_ai_accounts, [enabled], name = phoenix_kit_ai_accounts_enabled_idx);
    comment!(phoenix_kit_ai_accounts, "AI provider accounts for text processing (OpenRouter, etc.)");
    comment!(phoenix_kit_ai_accounts.api_key, "Provider API key (stored in plain text like OAuth credentials)");
    comment!(phoenix_kit_ai_accounts.settings, "Provider-specific settings (HTTP-Referer, X-Title headers for OpenRouter, etc.)");

    create_table!(phoenix_kit_ai_requests, {
        account_id: integer,
        user_id: integer,
        slot_index: integer,
        model: varchar(100),
        request_type: varchar(50) not_null default "text_completion",
        input_tokens: integer not_null default 0,
        output_tokens: integer not_null default 0,
        total_tokens: integer not_null default 0,
        cost_cents: integer,
        latency_ms: integer,
        status: varchar(20) not_null default "success",
        error_message: text,
        metadata: jsonb default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_ai_requests, [account_id], name = phoenix_kit_ai_requests_account_id_idx);
    create_index!(phoenix_kit_ai_requests, [user_id], name = phoenix_kit_ai_requests_user_id_idx);
    create_index!(phoenix_kit_ai_requests, [status], name = phoenix_kit_ai_requests_status_idx);
    create_index!(phoenix_kit_ai_requests, [inserted_at], name = phoenix_kit_ai_requests_inserted_at_idx);
    create_index!(phoenix_kit_ai_requests, [model], name = phoenix_kit_ai_requests_model_idx);
    add_foreign_key!(phoenix_kit_ai_requests(account_id) -> phoenix_kit_ai_accounts(id), on_delete = set_null);
    add_foreign_key!(phoenix_kit_ai_requests(user_id) -> phoenix_kit_users(id), on_delete = set_null);
    comment!(phoenix_kit_ai_requests, "AI API request history for usage tracking and statistics");
    comment!(phoenix_kit_ai_requests.slot_index, "Which text processing slot was used (0, 1, or 2)");
    comment!(phoenix_kit_ai_requests.cost_cents, "Estimated cost in cents (when available from API response)");
    comment!(phoenix_kit_ai_requests.status, "Request status: success, error, or timeout");

    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "ai_enabled", value: "false", module: "ai", date_added: now(), date_updated: now() },
    ]);
    // PhoenixKit builds this JSON with `Jason.encode!`; the text is the one it inserted.
    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "ai_text_processing_slots",
          value_json: r#"{"slots":[{"account_id":null,"description":"","enabled":false,"max_tokens":1000,"model":"","name":"Slot 1","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":2000,"model":"","name":"Slot 2","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":4000,"model":"","name":"Slot 3","temperature":0.7}]}"#,
          module: "ai", date_added: now(), date_updated: now() },
    ]);
}
