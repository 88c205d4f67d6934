pk_macros::version! {
    number = 52;
    title = "Localized slug functional unique index";

    // The slug of the alphabetically first language key. PhoenixKit's body, byte for byte (the
    // snapshot's function_def), created in the prefix schema, IMMUTABLE STRICT. The derived down
    // drops the function, as PhoenixKit's down does.
    create_function!(extract_primary_slug, "(slug_jsonb jsonb)", returns = "text",
        language = plpgsql, body = r#"
BEGIN
  RETURN (SELECT value FROM jsonb_each_text(slug_jsonb) ORDER BY key LIMIT 1);
END;
"#, immutable, strict);

    // PhoenixKit first drops, if they exist, the index `…_slug_unique_idx` (never created by any
    // version) and the UNIQUE constraints `…_slug_unique` (V45; already gone since V47 dropped the
    // text slug columns they were on) and `…_slug_key` (never created); on this chain none of them
    // exists at V51, so those steps are omitted. Its `IF EXISTS (table)` guards are omitted too:
    // both tables exist since V45.
    create_index!(phoenix_kit_shop_products, ["{prefix}.extract_primary_slug(slug)"], unique,
        name = idx_shop_products_slug_primary,
        filter = "{prefix}.extract_primary_slug(slug) IS NOT NULL");
    create_index!(phoenix_kit_shop_categories, ["{prefix}.extract_primary_slug(slug)"], unique,
        name = idx_shop_categories_slug_primary,
        filter = "{prefix}.extract_primary_slug(slug) IS NOT NULL");
}
