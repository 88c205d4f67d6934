pk_macros::version! {
    number = 51;
    title = "Cart items unique index with selected specs; user FKs ON DELETE SET NULL";

    // The cart-item uniqueness now includes the chosen options: an MD5 of selected_specs (V46)
    // joins (cart_id, product_id). PhoenixKit drops and re-creates the index in the up and again,
    // with V45's keys, in the down; the derived down does the same.
    drop_index!(idx_shop_cart_items_unique);
    create_index!(phoenix_kit_shop_cart_items,
        [cart_id, product_id, "MD5(COALESCE(selected_specs::text, '{}'))"],
        unique, name = idx_shop_cart_items_unique, filter = "variant_id IS NULL");

    // GDPR: deleting a user keeps their orders, billing profiles and tickets, with user_id NULL.
    // PhoenixKit runs each block only if the table exists; on this chain all three exist since
    // V31 and V35, so the steps are plain. The derived down re-creates each FK with its previous
    // action (orders RESTRICT, billing profiles and tickets CASCADE) and sets NOT NULL again, as
    // PhoenixKit's down does (it fails, as PhoenixKit's does, once a row has user_id NULL).
    drop_constraint!(phoenix_kit_orders, phoenix_kit_orders_user_id_fkey);
    add_foreign_key!(phoenix_kit_orders(user_id) -> phoenix_kit_users(id), on_delete = set_null);
    drop_not_null!(phoenix_kit_orders, user_id);

    drop_constraint!(phoenix_kit_billing_profiles, phoenix_kit_billing_profiles_user_id_fkey);
    add_foreign_key!(phoenix_kit_billing_profiles(user_id) -> phoenix_kit_users(id), on_delete = set_null);
    drop_not_null!(phoenix_kit_billing_profiles, user_id);

    drop_constraint!(phoenix_kit_tickets, phoenix_kit_tickets_user_id_fkey);
    add_foreign_key!(phoenix_kit_tickets(user_id) -> phoenix_kit_users(id), on_delete = set_null);
    drop_not_null!(phoenix_kit_tickets, user_id);
}
