pk_macros::version! {
    number = 46;
    title = "Shop config, import and translations";

    // PhoenixKit's raw SQL here is unqualified for the public prefix (it relies on search_path);
    // ours is qualified like every other version. The three new tables have a nullable
    // `uuid DEFAULT gen_random_uuid()` with a unique index of their own.

    create_table!(phoenix_kit_shop_config, {
        uuid: uuid default sql("gen_random_uuid()"),
        key: varchar(255) not_null,
        value: jsonb default "{}",
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
    });
    create_index!(phoenix_kit_shop_config, [key], unique, name = idx_shop_config_key);
    create_index!(phoenix_kit_shop_config, [uuid], unique, name = idx_shop_config_uuid);

    add_column!(phoenix_kit_shop_categories, option_schema: jsonb default "[]");
    add_column!(phoenix_kit_shop_categories, image_id: uuid);
    add_column!(phoenix_kit_shop_categories, status: varchar(20) default "active");
    add_column!(phoenix_kit_shop_categories, translations: jsonb default "{}");
    create_index!(phoenix_kit_shop_categories, [status], name = idx_shop_categories_status);

    add_column!(phoenix_kit_shop_products, made_to_order: boolean default false);
    add_column!(phoenix_kit_shop_products, featured_image_id: uuid);
    add_column!(phoenix_kit_shop_products, image_ids: array(uuid) default "{}");
    add_column!(phoenix_kit_shop_products, translations: jsonb default "{}");
    create_index!(phoenix_kit_shop_products, [translations], name = idx_shop_products_translations, using = gin);
    create_index!(phoenix_kit_shop_categories, [translations], name = idx_shop_categories_translations, using = gin);

    add_column!(phoenix_kit_shop_cart_items, selected_specs: jsonb default "{}");
    create_index!(phoenix_kit_shop_cart_items, [selected_specs], name = idx_shop_cart_items_selected_specs, using = gin);

    create_table!(phoenix_kit_shop_import_logs, {
        uuid: uuid default sql("gen_random_uuid()"),
        filename: varchar(255) not_null,
        file_path: varchar(1024),
        status: varchar(50) default "pending",
        total_rows: integer default 0,
        processed_rows: integer default 0,
        imported_count: integer default 0,
        updated_count: integer default 0,
        skipped_count: integer default 0,
        error_count: integer default 0,
        options: jsonb default "{}",
        error_details: jsonb default "[]",
        started_at: timestamp,
        completed_at: timestamp,
        user_id: bigint references(phoenix_kit_users, on_delete = set_null),
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
    });
    create_index!(phoenix_kit_shop_import_logs, [uuid], unique, name = idx_shop_import_logs_uuid);
    create_index!(phoenix_kit_shop_import_logs, [status], name = idx_shop_import_logs_status);
    create_index!(phoenix_kit_shop_import_logs, [inserted_at desc], name = idx_shop_import_logs_inserted_at);
    create_index!(phoenix_kit_shop_import_logs, [user_id], name = idx_shop_import_logs_user_id);

    create_table!(phoenix_kit_shop_import_configs, {
        uuid: uuid default sql("gen_random_uuid()"),
        name: varchar(255) not_null,
        include_keywords: array(text) default "{}",
        exclude_keywords: array(text) default "{}",
        exclude_phrases: array(text) default "{}",
        skip_filter: boolean default false,
        category_rules: jsonb default "[]",
        default_category_slug: varchar(255),
        required_columns: array(text) default sql("ARRAY['Handle', 'Title', 'Variant Price']"),
        is_default: boolean default false,
        active: boolean default true,
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
    });
    create_index!(phoenix_kit_shop_import_configs, [uuid], unique, name = idx_shop_import_configs_uuid);
    create_index!(phoenix_kit_shop_import_configs, [name], unique, name = idx_shop_import_configs_name);
    create_index!(phoenix_kit_shop_import_configs, [is_default], name = idx_shop_import_configs_is_default,
        filter = "is_default = true");
}
