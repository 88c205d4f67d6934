pk_macros::version! {
    number = 57;
    title = "UUID FK constraints (V56's constraint phase)";

    // PhoenixKit's V57 re-runs UUIDFKColumns (columns, constraints) and V56's Fix 7. On the stepwise
    // chain (one call per version) the columns V56 queued now exist, so this is where the constraint
    // phase takes effect: 47 `*_uuid` columns become NOT NULL and 70 `fk_*` foreign keys are added
    // (public_stepwise/v56.txt → v57.txt). Nothing else changes on this chain; the rest is kept in
    // `reassert!` blocks (checked to be satisfied already; they repair databases whose V56 ran with
    // an older UUIDFKColumns, which is what PhoenixKit wrote V57 for).
    //
    // Data, exactly as PhoenixKit: before each NOT NULL the remaining NULLs get a fresh v7 (a
    // companion whose integer FK was NULL or pointed nowhere now points nowhere); before each
    // foreign key the rows pointing nowhere are deleted (ON DELETE CASCADE) or set to NULL (the
    // others). Together: a row with a NULL integer FK in a NOT NULL + CASCADE column is deleted
    // (e.g. the users_tokens of a pending magic-link registration).
    //
    // Down (derived): drops the 70 foreign keys and the 47 NOT NULLs, i.e. back to V56 exactly.
    // Deleted rows and filled values stay. PhoenixKit's down only rewrites the marker (the
    // constraints stay until V56's down).

    // UUIDFKColumns.up again: the columns and indexes exist; the backfills still run and pick up
    // rows that only the integer FK was written for since V56.
    reassert!({
        // Group A: integer FKs to phoenix_kit_users
        // Core
        add_uuid_fk_column!(phoenix_kit_users_tokens.user_uuid, user_id -> phoenix_kit_users, batch = 10_000);
        add_uuid_fk_column!(phoenix_kit_user_role_assignments.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_role_assignments.assigned_by_uuid, assigned_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_admin_notes.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_admin_notes.author_uuid, author_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_oauth_providers.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_audit_logs.target_user_uuid, target_user_id -> phoenix_kit_users, batch = 10_000);
        add_uuid_fk_column!(phoenix_kit_audit_logs.admin_user_uuid, admin_user_id -> phoenix_kit_users, batch = 10_000);
        add_uuid_fk_column!(phoenix_kit_role_permissions.granted_by_uuid, granted_by -> phoenix_kit_users);
        // Comments module (standalone)
        add_uuid_fk_column!(phoenix_kit_comments.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_comments_likes.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_comments_dislikes.user_uuid, user_id -> phoenix_kit_users);
        // Posts module
        add_uuid_fk_column!(phoenix_kit_posts.user_uuid, user_id -> phoenix_kit_users, batch = 10_000);
        add_uuid_fk_column!(phoenix_kit_post_comments.user_uuid, user_id -> phoenix_kit_users, batch = 10_000);
        add_uuid_fk_column!(phoenix_kit_post_likes.user_uuid, user_id -> phoenix_kit_users, batch = 10_000);
        add_uuid_fk_column!(phoenix_kit_post_dislikes.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_post_views.user_uuid, user_id -> phoenix_kit_users, batch = 10_000);
        add_uuid_fk_column!(phoenix_kit_post_mentions.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_post_groups.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_comment_likes.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_comment_dislikes.user_uuid, user_id -> phoenix_kit_users);
        // Tickets module
        add_uuid_fk_column!(phoenix_kit_tickets.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_tickets.assigned_to_uuid, assigned_to_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_ticket_comments.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_ticket_status_history.changed_by_uuid, changed_by_id -> phoenix_kit_users);
        // Connections module
        add_uuid_fk_column!(phoenix_kit_user_blocks.blocker_uuid, blocker_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_blocks.blocked_uuid, blocked_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_blocks_history.blocker_uuid, blocker_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_blocks_history.blocked_uuid, blocked_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_follows.follower_uuid, follower_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_follows.followed_uuid, followed_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_follows_history.follower_uuid, follower_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_follows_history.followed_uuid, followed_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_connections.requester_uuid, requester_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_connections.recipient_uuid, recipient_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_connections_history.user_a_uuid, user_a_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_connections_history.user_b_uuid, user_b_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_user_connections_history.actor_uuid, actor_id -> phoenix_kit_users);
        // Storage module
        add_uuid_fk_column!(phoenix_kit_files.user_uuid, user_id -> phoenix_kit_users);
        // Shop module
        add_uuid_fk_column!(phoenix_kit_shop_carts.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_shop_products.created_by_uuid, created_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_shop_import_logs.user_uuid, user_id -> phoenix_kit_users);
        // Billing module
        add_uuid_fk_column!(phoenix_kit_billing_profiles.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_orders.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_invoices.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_transactions.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_subscriptions.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_payment_methods.user_uuid, user_id -> phoenix_kit_users);
        // AI module
        add_uuid_fk_column!(phoenix_kit_ai_requests.user_uuid, user_id -> phoenix_kit_users, batch = 10_000);
        // Sync module
        add_uuid_fk_column!(phoenix_kit_sync_connections.approved_by_uuid, approved_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_sync_connections.suspended_by_uuid, suspended_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_sync_connections.revoked_by_uuid, revoked_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_sync_connections.created_by_uuid, created_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_sync_transfers.approved_by_uuid, approved_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_sync_transfers.denied_by_uuid, denied_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_sync_transfers.initiated_by_uuid, initiated_by -> phoenix_kit_users);
        // Entities module
        add_uuid_fk_column!(phoenix_kit_entities.created_by_uuid, created_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_entity_data.created_by_uuid, created_by -> phoenix_kit_users, batch = 10_000);
        // Emails module
        add_uuid_fk_column!(phoenix_kit_email_logs.user_uuid, user_id -> phoenix_kit_users, batch = 10_000);
        add_uuid_fk_column!(phoenix_kit_email_blocklist.user_uuid, user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_email_templates.created_by_user_uuid, created_by_user_id -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_email_templates.updated_by_user_uuid, updated_by_user_id -> phoenix_kit_users);
        // Referrals module
        add_uuid_fk_column!(phoenix_kit_referral_codes.created_by_uuid, created_by -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_referral_codes.beneficiary_uuid, beneficiary -> phoenix_kit_users);
        add_uuid_fk_column!(phoenix_kit_referral_code_usage.used_by_uuid, used_by -> phoenix_kit_users);
        // Legal module
        add_uuid_fk_column!(phoenix_kit_consent_logs.user_uuid, user_id -> phoenix_kit_users, batch = 10_000);

        // Group B: integer FKs to phoenix_kit_user_roles
        add_uuid_fk_column!(phoenix_kit_user_role_assignments.role_uuid, role_id -> phoenix_kit_user_roles);
        add_uuid_fk_column!(phoenix_kit_role_permissions.role_uuid, role_id -> phoenix_kit_user_roles);

        // Group C: integer FKs to phoenix_kit_entities
        add_uuid_fk_column!(phoenix_kit_entity_data.entity_uuid, entity_id -> phoenix_kit_entities, batch = 10_000);

        // Group D: module-internal integer FKs
        // Shop module internal FKs
        add_uuid_fk_column!(phoenix_kit_shop_cart_items.cart_uuid, cart_id -> phoenix_kit_shop_carts);
        add_uuid_fk_column!(phoenix_kit_shop_cart_items.product_uuid, product_id -> phoenix_kit_shop_products);
        add_uuid_fk_column!(phoenix_kit_shop_carts.shipping_method_uuid, shipping_method_id -> phoenix_kit_shop_shipping_methods);
        add_uuid_fk_column!(phoenix_kit_shop_carts.merged_into_cart_uuid, merged_into_cart_id -> phoenix_kit_shop_carts);
        add_uuid_fk_column!(phoenix_kit_shop_carts.payment_option_uuid, payment_option_id -> phoenix_kit_payment_options);
        add_uuid_fk_column!(phoenix_kit_shop_products.category_uuid, category_id -> phoenix_kit_shop_categories);
        add_uuid_fk_column!(phoenix_kit_shop_categories.parent_uuid, parent_id -> phoenix_kit_shop_categories);
        add_uuid_fk_column!(phoenix_kit_shop_categories.featured_product_uuid, featured_product_id -> phoenix_kit_shop_products);
        // Billing module internal FKs
        add_uuid_fk_column!(phoenix_kit_orders.billing_profile_uuid, billing_profile_id -> phoenix_kit_billing_profiles);
        add_uuid_fk_column!(phoenix_kit_invoices.order_uuid, order_id -> phoenix_kit_orders);
        add_uuid_fk_column!(phoenix_kit_transactions.invoice_uuid, invoice_id -> phoenix_kit_invoices);
        // phoenix_kit_subscriptions.subscription_type_uuid (subscription_type_id -> phoenix_kit_subscription_types):
        // skipped, as PhoenixKit skips it: that name only exists from V65 on (its rename of subscription_plans).
        add_uuid_fk_column!(phoenix_kit_subscriptions.billing_profile_uuid, billing_profile_id -> phoenix_kit_billing_profiles);
        add_uuid_fk_column!(phoenix_kit_subscriptions.payment_method_uuid, payment_method_id -> phoenix_kit_payment_methods);
        // Email module internal FKs
        add_uuid_fk_column!(phoenix_kit_email_events.email_log_uuid, email_log_id -> phoenix_kit_email_logs, batch = 10_000);
        // AI module internal FKs
        add_uuid_fk_column!(phoenix_kit_ai_requests.endpoint_uuid, endpoint_id -> phoenix_kit_ai_endpoints, batch = 10_000);
        add_uuid_fk_column!(phoenix_kit_ai_requests.prompt_uuid, prompt_id -> phoenix_kit_ai_prompts, batch = 10_000);
        // Sync module internal FKs
        add_uuid_fk_column!(phoenix_kit_sync_transfers.connection_uuid, connection_id -> phoenix_kit_sync_connections);
        // Referrals module internal FKs
        add_uuid_fk_column!(phoenix_kit_referral_code_usage.code_uuid, code_id -> phoenix_kit_referral_codes);
    });

    // UUIDFKColumns.add_constraints: NOT NULL where the integer FK is NOT NULL.
    // Group A - User FKs
    set_not_null!(phoenix_kit_users_tokens, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_role_assignments, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_admin_notes, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_admin_notes, author_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_oauth_providers, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_audit_logs, target_user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_audit_logs, admin_user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_posts, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_post_comments, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_post_likes, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_post_dislikes, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_post_mentions, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_post_groups, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_comment_likes, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_comment_dislikes, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_ticket_comments, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_ticket_status_history, changed_by_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_blocks, blocker_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_blocks, blocked_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_blocks_history, blocker_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_blocks_history, blocked_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_follows, follower_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_follows, followed_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_follows_history, follower_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_follows_history, followed_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_connections, requester_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_connections, recipient_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_connections_history, user_a_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_connections_history, user_b_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_user_connections_history, actor_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_files, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_comments_likes, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_comments_dislikes, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_entities, created_by_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_entity_data, created_by_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_invoices, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_transactions, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_payment_methods, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_subscriptions, user_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_referral_codes, created_by_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_referral_code_usage, used_by_uuid, fill = uuid_v7());
    // Group B - Role FKs
    set_not_null!(phoenix_kit_user_role_assignments, role_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_role_permissions, role_uuid, fill = uuid_v7());
    // Group C - Entity FKs
    set_not_null!(phoenix_kit_entity_data, entity_uuid, fill = uuid_v7());
    // Group D - Module Internal FKs
    set_not_null!(phoenix_kit_shop_cart_items, cart_uuid, fill = uuid_v7());
    // phoenix_kit_subscriptions.plan_uuid: skipped, as PhoenixKit skips it (no such column).
    set_not_null!(phoenix_kit_email_events, email_log_uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_referral_code_usage, code_uuid, fill = uuid_v7());

    // A unique index on every referenced uuid (PostgreSQL requires one); all exist since V40/V56.
    // PhoenixKit creates `{table}_uuid_idx` only where no unique index covers `(uuid)`.
    reassert!({
        create_index!(phoenix_kit_users, [uuid], unique, name = phoenix_kit_users_uuid_idx);
        create_index!(phoenix_kit_user_roles, [uuid], unique, name = phoenix_kit_user_roles_uuid_idx);
        create_index!(phoenix_kit_entities, [uuid], unique, name = phoenix_kit_entities_uuid_idx);
        create_index!(phoenix_kit_shop_carts, [uuid], unique, name = phoenix_kit_shop_carts_uuid_idx);
        create_index!(phoenix_kit_shop_products, [uuid], unique, name = phoenix_kit_shop_products_uuid_idx);
        create_index!(phoenix_kit_shop_shipping_methods, [uuid], unique, name = phoenix_kit_shop_shipping_methods_uuid_idx);
        create_index!(phoenix_kit_payment_options, [uuid], unique, name = phoenix_kit_payment_options_uuid_idx);
        create_index!(phoenix_kit_shop_categories, [uuid], unique, name = phoenix_kit_shop_categories_uuid_idx);
        create_index!(phoenix_kit_billing_profiles, [uuid], unique, name = phoenix_kit_billing_profiles_uuid_idx);
        create_index!(phoenix_kit_orders, [uuid], unique, name = phoenix_kit_orders_uuid_idx);
        create_index!(phoenix_kit_invoices, [uuid], unique, name = phoenix_kit_invoices_uuid_idx);
        create_index!(phoenix_kit_email_logs, [uuid], unique, name = phoenix_kit_email_logs_uuid_idx);
        create_index!(phoenix_kit_ai_endpoints, [uuid], unique, name = phoenix_kit_ai_endpoints_uuid_idx);
        create_index!(phoenix_kit_ai_prompts, [uuid], unique, name = phoenix_kit_ai_prompts_uuid_idx);
        create_index!(phoenix_kit_sync_connections, [uuid], unique, name = phoenix_kit_sync_connections_uuid_idx);
        create_index!(phoenix_kit_referral_codes, [uuid], unique, name = phoenix_kit_referral_codes_uuid_idx);
    });

    // Foreign keys, ON DELETE as the integer FK's. `orphans = delete | set_null` is PhoenixKit's
    // clean-up (DELETE for CASCADE, SET NULL otherwise), run only while the constraint is missing.
    // Three columns were made NOT NULL above and are not CASCADE (invoices.user_uuid,
    // transactions.user_uuid, ticket_status_history.changed_by_uuid): PhoenixKit's SET NULL clean-up
    // can only fail there, so they get none and ADD CONSTRAINT itself fails on a dangling row —
    // the same outcome (the version rolls back), with the constraint's name in the error.
    // User FKs → phoenix_kit_users(uuid)
    add_foreign_key!(phoenix_kit_users_tokens(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_users_tokens_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_role_assignments(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_role_assignments_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_role_assignments(assigned_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_user_role_assignments_assigned_by_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_admin_notes(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_admin_notes_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_admin_notes(author_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_admin_notes_author_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_oauth_providers(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_oauth_providers_user_uuid, orphans = delete);
    // Posts module
    add_foreign_key!(phoenix_kit_posts(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_posts_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_post_comments(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_post_comments_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_post_likes(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_post_likes_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_post_dislikes(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_post_dislikes_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_post_views(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_post_views_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_post_mentions(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_post_mentions_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_post_groups(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_post_groups_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_comment_likes(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_comment_likes_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_comment_dislikes(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_comment_dislikes_user_uuid, orphans = delete);
    // Tickets module
    add_foreign_key!(phoenix_kit_tickets(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_tickets_user_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_tickets(assigned_to_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_tickets_assigned_to_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_ticket_comments(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_ticket_comments_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_ticket_status_history(changed_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_ticket_status_history_changed_by_uuid);
    // Connections module
    add_foreign_key!(phoenix_kit_user_blocks(blocker_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_blocks_blocker_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_blocks(blocked_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_blocks_blocked_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_blocks_history(blocker_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_blocks_history_blocker_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_blocks_history(blocked_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_blocks_history_blocked_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_follows(follower_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_follows_follower_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_follows(followed_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_follows_followed_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_follows_history(follower_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_follows_history_follower_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_follows_history(followed_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_follows_history_followed_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_connections(requester_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_connections_requester_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_connections(recipient_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_connections_recipient_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_connections_history(user_a_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_connections_history_user_a_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_connections_history(user_b_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_connections_history_user_b_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_user_connections_history(actor_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_user_connections_history_actor_uuid, orphans = delete);
    // Storage module
    add_foreign_key!(phoenix_kit_files(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_files_user_uuid, orphans = delete);
    // Comments module (standalone)
    add_foreign_key!(phoenix_kit_comments(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_comments_user_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_comments_likes(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_comments_likes_user_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_comments_dislikes(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = cascade, name = fk_comments_dislikes_user_uuid, orphans = delete);
    // Billing module
    add_foreign_key!(phoenix_kit_billing_profiles(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_billing_profiles_user_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_orders(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_orders_user_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_invoices(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = restrict, name = fk_invoices_user_uuid);
    add_foreign_key!(phoenix_kit_transactions(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = restrict, name = fk_transactions_user_uuid);
    // AI module
    add_foreign_key!(phoenix_kit_ai_requests(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_ai_requests_user_uuid, orphans = set_null);
    // Shop module
    add_foreign_key!(phoenix_kit_shop_carts(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_shop_carts_user_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_shop_products(created_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_shop_products_created_by_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_shop_import_logs(user_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_shop_import_logs_user_uuid, orphans = set_null);
    // Sync module
    add_foreign_key!(phoenix_kit_sync_connections(approved_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_sync_connections_approved_by_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_sync_connections(suspended_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_sync_connections_suspended_by_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_sync_connections(revoked_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_sync_connections_revoked_by_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_sync_connections(created_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_sync_connections_created_by_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_sync_transfers(approved_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_sync_transfers_approved_by_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_sync_transfers(denied_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_sync_transfers_denied_by_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_sync_transfers(initiated_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_sync_transfers_initiated_by_uuid, orphans = set_null);
    // Role permissions
    add_foreign_key!(phoenix_kit_role_permissions(granted_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_role_permissions_granted_by_uuid, orphans = set_null);
    // Role FKs → phoenix_kit_user_roles(uuid)
    add_foreign_key!(phoenix_kit_user_role_assignments(role_uuid) -> phoenix_kit_user_roles(uuid),
        on_delete = cascade, name = fk_user_role_assignments_role_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_role_permissions(role_uuid) -> phoenix_kit_user_roles(uuid),
        on_delete = cascade, name = fk_role_permissions_role_uuid, orphans = delete);
    // Entity FKs → phoenix_kit_entities(uuid)
    add_foreign_key!(phoenix_kit_entity_data(entity_uuid) -> phoenix_kit_entities(uuid),
        on_delete = cascade, name = fk_entity_data_entity_uuid, orphans = delete);
    // Shop module internal FKs
    add_foreign_key!(phoenix_kit_shop_cart_items(cart_uuid) -> phoenix_kit_shop_carts(uuid),
        on_delete = cascade, name = fk_shop_cart_items_cart_uuid, orphans = delete);
    add_foreign_key!(phoenix_kit_shop_cart_items(product_uuid) -> phoenix_kit_shop_products(uuid),
        on_delete = set_null, name = fk_shop_cart_items_product_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_shop_carts(shipping_method_uuid) -> phoenix_kit_shop_shipping_methods(uuid),
        on_delete = set_null, name = fk_shop_carts_shipping_method_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_shop_carts(payment_option_uuid) -> phoenix_kit_payment_options(uuid),
        on_delete = set_null, name = fk_shop_carts_payment_option_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_shop_products(category_uuid) -> phoenix_kit_shop_categories(uuid),
        on_delete = set_null, name = fk_shop_products_category_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_shop_categories(parent_uuid) -> phoenix_kit_shop_categories(uuid),
        on_delete = set_null, name = fk_shop_categories_parent_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_shop_categories(featured_product_uuid) -> phoenix_kit_shop_products(uuid),
        on_delete = set_null, name = fk_shop_categories_featured_product_uuid, orphans = set_null);
    // Billing module internal FKs
    add_foreign_key!(phoenix_kit_orders(billing_profile_uuid) -> phoenix_kit_billing_profiles(uuid),
        on_delete = set_null, name = fk_orders_billing_profile_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_invoices(order_uuid) -> phoenix_kit_orders(uuid),
        on_delete = set_null, name = fk_invoices_order_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_transactions(invoice_uuid) -> phoenix_kit_invoices(uuid),
        on_delete = restrict, name = fk_transactions_invoice_uuid, orphans = set_null);
    // Email module internal FKs
    add_foreign_key!(phoenix_kit_email_events(email_log_uuid) -> phoenix_kit_email_logs(uuid),
        on_delete = cascade, name = fk_email_events_email_log_uuid, orphans = delete);
    // AI module internal FKs
    add_foreign_key!(phoenix_kit_ai_requests(endpoint_uuid) -> phoenix_kit_ai_endpoints(uuid),
        on_delete = set_null, name = fk_ai_requests_endpoint_uuid, orphans = set_null);
    add_foreign_key!(phoenix_kit_ai_requests(prompt_uuid) -> phoenix_kit_ai_prompts(uuid),
        on_delete = set_null, name = fk_ai_requests_prompt_uuid, orphans = set_null);
    // Sync module internal FKs
    add_foreign_key!(phoenix_kit_sync_transfers(connection_uuid) -> phoenix_kit_sync_connections(uuid),
        on_delete = set_null, name = fk_sync_transfers_connection_uuid, orphans = set_null);
    // Referrals module internal FKs
    add_foreign_key!(phoenix_kit_referral_code_usage(code_uuid) -> phoenix_kit_referral_codes(uuid),
        on_delete = cascade, name = fk_referral_code_usage_code_uuid, orphans = delete);

    // The integer NOT NULL relaxations: done by V56.
    reassert!({
        drop_not_null!(phoenix_kit_user_role_assignments, user_id);
        drop_not_null!(phoenix_kit_user_role_assignments, role_id);
        drop_not_null!(phoenix_kit_user_role_assignments, assigned_by);
        drop_not_null!(phoenix_kit_role_permissions, role_id);
    });

    // V56's Fix 7 again.
    reassert!({
        create_index!(phoenix_kit_user_role_assignments, [user_uuid, role_uuid], unique,
            name = phoenix_kit_role_assignments_user_uuid_role_uuid_idx);
        create_index!(phoenix_kit_role_permissions, [role_uuid, module_key], unique,
            name = phoenix_kit_role_permissions_role_uuid_module_key_idx);
        create_index!(phoenix_kit_user_oauth_providers, [user_uuid, provider], unique,
            name = phoenix_kit_oauth_providers_user_uuid_provider_idx);
    });
}
