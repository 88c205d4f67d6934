pk_macros::version! {
    number = 34;
    title = "AI endpoints";

    create_table!(phoenix_kit_ai_endpoints, {
        name: varchar(100) not_null,
        description: varchar(500),
        provider: varchar(50) not_null default "openrouter",
        api_key: text not_null,
        base_url: varchar(255),
        provider_settings: jsonb default "{}",
        model: varchar(150) not_null,
        temperature: float default sql("0.7"),
        max_tokens: integer,
        top_p: float,
        top_k: integer,
        frequency_penalty: float,
        presence_penalty: float,
        repetition_penalty: float,
        stop: array(varchar(255)),
        seed: integer,
        image_size: varchar(20),
        image_quality: varchar(20),
        dimensions: integer,
        enabled: boolean not_null default true,
        sort_order: integer not_null default 0,
        last_validated_at: timestamp,
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_ai_endpoints, [enabled], name = phoenix_kit_ai_endpoints_enabled_idx);
    create_index!(phoenix_kit_ai_endpoints, [sort_order], name = phoenix_kit_ai_endpoints_sort_order_idx);
    comment!(phoenix_kit_ai_endpoints, "AI endpoints - unified configuration combining credentials, model, and parameters");
    comment!(phoenix_kit_ai_endpoints.provider_settings, "Provider-specific settings (http_referer, x_title for OpenRouter, etc.)");

    add_column!(phoenix_kit_ai_requests, endpoint_id: integer);
    add_column!(phoenix_kit_ai_requests, endpoint_name: varchar(100));
    create_index!(phoenix_kit_ai_requests, [endpoint_id], name = phoenix_kit_ai_requests_endpoint_id_idx);
    add_foreign_key!(phoenix_kit_ai_requests(endpoint_id) -> phoenix_kit_ai_endpoints(id), on_delete = set_null);
    comment!(phoenix_kit_ai_requests.endpoint_id, "Reference to AI endpoint used (new system)");
    comment!(phoenix_kit_ai_requests.endpoint_name, "Denormalized endpoint name for historical display");

    // The slot settings are replaced by endpoints. Of the four keys only the text slots were ever
    // seeded (V32); the down puts back exactly that default row, as PhoenixKit's down does. Edited
    // slot values and rows the application added for the other three keys are lost.
    delete!(phoenix_kit_settings, filter = "key IN ('ai_text_processing_slots', 'ai_vision_processing_slots', \
        'ai_image_gen_slots', 'ai_embeddings_slots')") reverse {
        seed!(phoenix_kit_settings, conflict = [key], rows = [
            { key: "ai_text_processing_slots",
              value_json: r#"{"slots":[{"account_id":null,"description":"","enabled":false,"max_tokens":1000,"model":"","name":"Slot 1","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":2000,"model":"","name":"Slot 2","temperature":0.7},{"account_id":null,"description":"","enabled":false,"max_tokens":4000,"model":"","name":"Slot 3","temperature":0.7}]}"#,
              module: "ai", date_added: now(), date_updated: now() },
        ]);
    }
}
