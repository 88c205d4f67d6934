pk_macros::version! {
    number = 78;
    title = "AI columns from V41 re-asserted; ai_prompts uuid index and prompt FK";

    // PhoenixKit repairs databases whose AI tables were created after V41 (or V56) ran, each step
    // only if its table exists. On our chain the AI tables exist since V32/V34/V38, V41 added the
    // reasoning_* columns and prompt_name, V56 the companion prompt_uuid with its index
    // phoenix_kit_ai_requests_prompt_uuid_idx, V40/V56 ai_prompts.uuid (NOT NULL, v7 default; the
    // primary key since V74), so these statements are already true: re-asserted, no down. The
    // table checks are left out (the tables always exist here).
    reassert!({
        add_column!(phoenix_kit_ai_endpoints, reasoning_enabled: boolean);
        add_column!(phoenix_kit_ai_endpoints, reasoning_effort: varchar(20));
        add_column!(phoenix_kit_ai_endpoints, reasoning_max_tokens: integer);
        add_column!(phoenix_kit_ai_endpoints, reasoning_exclude: boolean);
        add_column!(phoenix_kit_ai_requests, prompt_uuid: uuid);
        add_column!(phoenix_kit_ai_requests, prompt_name: varchar(255));
        create_index!(phoenix_kit_ai_requests, [prompt_uuid], name = phoenix_kit_ai_requests_prompt_uuid_idx);
        // PhoenixKit's ensure_uuid_column: ADD COLUMN IF NOT EXISTS with the v7 default, fill the
        // NULLs, SET NOT NULL (upstream calls uuid_generate_v7() unqualified; ours is the prefix's).
        add_column!(phoenix_kit_ai_prompts, uuid: uuid default uuid_v7());
        set_not_null!(phoenix_kit_ai_prompts, uuid, fill = uuid_v7());
    });

    // New on the chain (v77 → v78): the last step of ensure_uuid_column, a unique index on
    // ai_prompts(uuid) — redundant next to the primary key and phoenix_kit_ai_prompts_uuid_idx
    // (V40), kept for conformance — and a second FK on ai_requests.prompt_uuid next to V57's
    // fk_ai_requests_prompt_uuid (same column, same target, same action). PhoenixKit adds the FK
    // only if a constraint of that name is missing; the generated guard does the same. No orphan
    // clean-up: V57's FK already guarantees every prompt_uuid has a parent.
    create_index!(phoenix_kit_ai_prompts, [uuid], unique, name = phoenix_kit_ai_prompts_uuid_index);
    add_foreign_key!(phoenix_kit_ai_requests(prompt_uuid) -> phoenix_kit_ai_prompts(uuid), on_delete = set_null);

    // Down (derived): drops the FK phoenix_kit_ai_requests_prompt_uuid_fkey and the index
    // phoenix_kit_ai_prompts_uuid_index; V77's schema exactly. PhoenixKit's down instead drops the
    // four reasoning_* columns and prompt_name (V41's), prompt_uuid with its index (V56's; V57's FK
    // fk_ai_requests_prompt_uuid goes with the column), together with their column comments, and
    // leaves the redundant unique index; not reproduced.
}
