pk_macros::version! {
    number = 38;
    title = "AI prompts";

    create_table!(phoenix_kit_ai_prompts, {
        name: varchar(255) not_null,
        slug: varchar(255) not_null,
        description: text,
        content: text not_null,
        variables: array(varchar(255)) not_null default sql("ARRAY[]::varchar[]"),
        enabled: boolean not_null default true,
        sort_order: integer not_null default 0,
        usage_count: integer not_null default 0,
        last_used_at: timestamp,
        metadata: jsonb not_null default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_ai_prompts, [name], unique, name = phoenix_kit_ai_prompts_name_uidx);
    create_index!(phoenix_kit_ai_prompts, [slug], unique, name = phoenix_kit_ai_prompts_slug_uidx);
    create_index!(phoenix_kit_ai_prompts, [enabled], name = phoenix_kit_ai_prompts_enabled_idx);
    create_index!(phoenix_kit_ai_prompts, [sort_order], name = phoenix_kit_ai_prompts_sort_order_idx);
    create_index!(phoenix_kit_ai_prompts, [usage_count], name = phoenix_kit_ai_prompts_usage_count_idx);
    comment!(phoenix_kit_ai_prompts, "Reusable AI prompt templates with variable substitution support");
    // The `{{…}}` are literal text of the comment, not placeholders.
    comment!(phoenix_kit_ai_prompts.variables,
        r#"Auto-extracted variable names from content (e.g., ["Language", "Text"] from {{Language}} and {{Text}})"#);
}
