pk_macros::version! {
    number = 49;
    title = "Shop import enhancements";

    add_column!(phoenix_kit_shop_import_configs, option_mappings: jsonb default "[]");
    add_column!(phoenix_kit_shop_import_logs, product_ids: array(integer) default "{}");
}
