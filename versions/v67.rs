pk_macros::version! {
    number = 67;
    title = "Legacy integer FK columns nullable";

    // The Ecto schemas now write only the `*_uuid` foreign keys, so the legacy integer FK columns
    // must accept NULL. PhoenixKit walks a list of 41 (table, column) pairs plus the two names of
    // the subscription type column (subscription_type_id, plan_id) and drops NOT NULL on each one
    // that exists and is NOT NULL at run time (immediate catalog queries after a flush).
    //
    // On the chain, 39 of them are NOT NULL at V66: they are the drop_not_null! below, in
    // PhoenixKit's order (exactly the columns whose nullability differs between
    // public_stepwise/v66.txt and v67.txt). Of the other four:
    // - the three role columns are nullable since V56 (kept as a `reassert!`, which the macro checks
    //   is already true; PhoenixKit skips them at run time on this chain);
    // - phoenix_kit_subscriptions.plan_id does not exist at V66 (V65 renamed it to
    //   subscription_type_id, which is in the list), so it is left out; PhoenixKit's existence check
    //   skips it too.
    //
    // Down (derived): SET NOT NULL on exactly these 39 columns, i.e. V66 exactly. It fails if rows
    // with a NULL integer FK were written since V67 (which is what the app now does), as
    // PhoenixKit's down does. PhoenixKit's down differs: it sets NOT NULL on all 43 pairs that
    // exist, including the three role columns that were already nullable at V66 (V56 made them
    // nullable), so its V66 is not the V66 it came from.

    // Roles: nullable since V56.
    reassert!({
        drop_not_null!(phoenix_kit_user_role_assignments, user_id);
        drop_not_null!(phoenix_kit_user_role_assignments, role_id);
        drop_not_null!(phoenix_kit_role_permissions, role_id);
    });

    // Posts
    drop_not_null!(phoenix_kit_posts, user_id);
    drop_not_null!(phoenix_kit_comment_likes, user_id);
    drop_not_null!(phoenix_kit_comment_dislikes, user_id);
    // Tickets
    drop_not_null!(phoenix_kit_ticket_comments, user_id);
    drop_not_null!(phoenix_kit_ticket_status_history, changed_by_id);
    // Storage
    drop_not_null!(phoenix_kit_files, user_id);
    // Admin / Auth / Audit
    drop_not_null!(phoenix_kit_admin_notes, user_id);
    drop_not_null!(phoenix_kit_admin_notes, author_id);
    drop_not_null!(phoenix_kit_user_oauth_providers, user_id);
    drop_not_null!(phoenix_kit_audit_logs, target_user_id);
    drop_not_null!(phoenix_kit_audit_logs, admin_user_id);
    // Connections
    drop_not_null!(phoenix_kit_user_follows, follower_id);
    drop_not_null!(phoenix_kit_user_follows, followed_id);
    drop_not_null!(phoenix_kit_user_connections, requester_id);
    drop_not_null!(phoenix_kit_user_connections, recipient_id);
    drop_not_null!(phoenix_kit_user_blocks, blocker_id);
    drop_not_null!(phoenix_kit_user_blocks, blocked_id);
    drop_not_null!(phoenix_kit_user_follows_history, follower_id);
    drop_not_null!(phoenix_kit_user_follows_history, followed_id);
    drop_not_null!(phoenix_kit_user_connections_history, user_a_id);
    drop_not_null!(phoenix_kit_user_connections_history, user_b_id);
    drop_not_null!(phoenix_kit_user_connections_history, actor_id);
    drop_not_null!(phoenix_kit_user_blocks_history, blocker_id);
    drop_not_null!(phoenix_kit_user_blocks_history, blocked_id);
    // Billing
    drop_not_null!(phoenix_kit_invoices, user_id);
    drop_not_null!(phoenix_kit_transactions, user_id);
    drop_not_null!(phoenix_kit_transactions, invoice_id);
    drop_not_null!(phoenix_kit_subscriptions, user_id);
    drop_not_null!(phoenix_kit_payment_methods, user_id);
    // Entities
    drop_not_null!(phoenix_kit_entities, created_by);
    drop_not_null!(phoenix_kit_entity_data, entity_id);
    drop_not_null!(phoenix_kit_entity_data, created_by);
    // Referrals
    drop_not_null!(phoenix_kit_referral_codes, created_by);
    drop_not_null!(phoenix_kit_referral_code_usage, code_id);
    drop_not_null!(phoenix_kit_referral_code_usage, used_by);
    // Standalone comments
    drop_not_null!(phoenix_kit_comments_likes, user_id);
    drop_not_null!(phoenix_kit_comments_dislikes, user_id);
    // Shop
    drop_not_null!(phoenix_kit_shop_cart_items, cart_id);
    // Subscription type (PhoenixKit's second list; `plan_id`, its pre-V65 name, is absent here).
    drop_not_null!(phoenix_kit_subscriptions, subscription_type_id);
}
