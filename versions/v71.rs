pk_macros::version! {
    number = 71;
    title = "Shop import logs: product_uuids";

    // The import log's product list switches to uuids: a new `product_uuids uuid[] DEFAULT '{}'`
    // (empty for existing logs, as in PhoenixKit, which copies nothing) and `product_ids integer[]`
    // (V49) is dropped with its contents. PhoenixKit checks both columns at run time; ours is
    // ADD COLUMN IF NOT EXISTS / DROP COLUMN IF EXISTS.
    //
    // Down (derived): re-adds `product_ids integer[] DEFAULT '{}'` (empty: the ids are lost, as in
    // PhoenixKit's down) and drops product_uuids (its uuids lost). The re-added column comes last,
    // after user_uuid, where V70 had it before user_uuid: PostgreSQL cannot add a column at a
    // position, and PhoenixKit's down ends the same way (as for V54's image_url).
    add_column!(phoenix_kit_shop_import_logs, product_uuids: array(uuid) default "{}");
    drop_column!(phoenix_kit_shop_import_logs, product_ids);
}
