pk_macros::version! {
    number = 41;
    title = "AI prompt tracking & reasoning";

    // PhoenixKit runs each half only if its table exists (and the FK only if phoenix_kit_ai_prompts
    // exists); on this chain all three tables exist since V32/V34/V38, so the steps are plain.
    add_column!(phoenix_kit_ai_requests, prompt_id: integer);
    add_column!(phoenix_kit_ai_requests, prompt_name: varchar(255));
    create_index!(phoenix_kit_ai_requests, [prompt_id], name = phoenix_kit_ai_requests_prompt_id_idx);
    add_foreign_key!(phoenix_kit_ai_requests(prompt_id) -> phoenix_kit_ai_prompts(id), on_delete = set_null);
    comment!(phoenix_kit_ai_requests.prompt_id,
        "Reference to AI prompt used (if request was made via ask_with_prompt or similar)");
    comment!(phoenix_kit_ai_requests.prompt_name, "Denormalized prompt name for historical display");

    add_column!(phoenix_kit_ai_endpoints, reasoning_enabled: boolean);
    add_column!(phoenix_kit_ai_endpoints, reasoning_effort: varchar(20));
    add_column!(phoenix_kit_ai_endpoints, reasoning_max_tokens: integer);
    add_column!(phoenix_kit_ai_endpoints, reasoning_exclude: boolean);
    comment!(phoenix_kit_ai_endpoints.reasoning_enabled, "Enable reasoning/thinking mode with default (medium) effort");
    comment!(phoenix_kit_ai_endpoints.reasoning_effort, "Reasoning intensity: none, minimal, low, medium, high, xhigh");
    comment!(phoenix_kit_ai_endpoints.reasoning_max_tokens, "Hard cap on reasoning/thinking tokens (1024-32000)");
    comment!(phoenix_kit_ai_endpoints.reasoning_exclude, "Hide reasoning from response while still using it internally");
}
