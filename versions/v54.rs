pk_macros::version! {
    number = 54;
    title = "Category featured product; import configs download_images";

    // A category's image now comes from a representative product instead of an external URL.
    // The backfill runs only together with the column's creation, so a re-run (after a marker
    // reset) does not overwrite featured products chosen since.
    when!(column_missing(phoenix_kit_shop_categories.featured_product_id), {
        // FK phoenix_kit_shop_categories_featured_product_id_fkey (default name), as PhoenixKit's
        // inline REFERENCES.
        add_column!(phoenix_kit_shop_categories,
            featured_product_id: bigint references(phoenix_kit_shop_products, on_delete = set_null));
        // Categories without an uploaded image (image_id) get their first active product (lowest
        // id) that has a featured image. PhoenixKit writes it as UPDATE … FROM (SELECT DISTINCT ON
        // (category_id) … ORDER BY category_id, id); the correlated subquery picks the same product,
        // and the filter leaves categories without such a product untouched, as the join does.
        // Nothing to undo: the derived down drops the column.
        update!(phoenix_kit_shop_categories,
            set = "featured_product_id = (SELECT p.id FROM {prefix}.phoenix_kit_shop_products p \
                WHERE p.category_id = phoenix_kit_shop_categories.id \
                AND p.status = 'active' AND p.featured_image_id IS NOT NULL \
                ORDER BY p.id LIMIT 1)",
            filter = "image_id IS NULL AND id IN (SELECT p.category_id FROM {prefix}.phoenix_kit_shop_products p \
                WHERE p.status = 'active' AND p.featured_image_id IS NOT NULL)") reverse {}
    });
    create_index!(phoenix_kit_shop_categories, [featured_product_id], name = idx_shop_categories_featured_product);

    // The derived down re-adds `image_url text` (empty, at the end of the table), as PhoenixKit's
    // down does; the URLs themselves are lost in both.
    drop_column!(phoenix_kit_shop_categories, image_url);

    add_column!(phoenix_kit_shop_import_configs, download_images: boolean default false);
}
