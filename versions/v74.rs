pk_macros::version! {
    number = 74;
    title = "Drop integer ids, uuid becomes the primary key";
    irreversible = "drops the integer `id` primary keys, their sequences and 96 integer foreign key \
        columns with their data (and the 16 unique indexes/constraints and the CHECK that contained \
        them); PhoenixKit's own down only rewrites the marker. Restore from a backup.";

    // PhoenixKit: (1) drop every foreign key that references an `id` column, (2) DROP COLUMN IF
    // EXISTS for 101 listed integer FK columns, (3) on 47 listed tables with both `id` and `uuid`:
    // DROP COLUMN id CASCADE, then ADD PRIMARY KEY (uuid) if the table has none. Same order here.
    //
    // Irreversible (the header): the runtime refuses `down` across V74 before changing anything.

    // (1) PhoenixKit finds them with a catalog query at run time; pk's model knows them: the
    // composite expands, at build time, to one `DROP CONSTRAINT IF EXISTS` per foreign key whose
    // referenced columns include `id` — 72 on this chain, all on integer FK columns that (2) drops
    // anyway (the macro checks that none is left before (3)). Foreign keys to an `id` that are not
    // pk's (an application's table) go with step (3)'s CASCADE, as in PhoenixKit (ARCHITECTURE.md, "Dependent objects follow PostgreSQL").
    drop_foreign_keys_to!(id);

    // (2) In PhoenixKit's order. Each drop also removes what PostgreSQL removes with the column,
    // and pk's model with it: indexes whose keys, expressions or WHERE mention it, unique and
    // foreign key constraints containing it, CHECKs mentioning it, its comment (ARCHITECTURE.md, "Dependent objects follow PostgreSQL").
    // Multi-column casualties are named on the line; 13 of the 16 unique ones have no uuid
    // replacement (one like/mention/follow/block per user, one active cart per user or session,
    // one cart line per product, unique group slug per user), and the cart identity CHECK goes too:
    // the schema PhoenixKit leaves. Re-run: DROP COLUMN IF EXISTS.
    // Group A: User FK columns (→ phoenix_kit_users.id)
    drop_column!(phoenix_kit_users_tokens, user_id);
    drop_column!(phoenix_kit_user_role_assignments, user_id);  // also drops phoenix_kit_user_role_assignments_user_id_role_id_index (unique)
    drop_column!(phoenix_kit_user_role_assignments, assigned_by);
    drop_column!(phoenix_kit_admin_notes, user_id);
    drop_column!(phoenix_kit_admin_notes, author_id);
    drop_column!(phoenix_kit_user_oauth_providers, user_id);  // also drops phoenix_kit_oauth_providers_user_provider_idx (unique)
    drop_column!(phoenix_kit_audit_logs, target_user_id);  // also drops phoenix_kit_audit_logs_target_user_id_action_index
    drop_column!(phoenix_kit_audit_logs, admin_user_id);  // also drops phoenix_kit_audit_logs_admin_user_id_action_index
    drop_column!(phoenix_kit_role_permissions, granted_by);
    drop_column!(phoenix_kit_comments, user_id);
    drop_column!(phoenix_kit_comments_likes, user_id);  // also drops uq_comments_likes_comment_user (UNIQUE constraint)
    drop_column!(phoenix_kit_comments_dislikes, user_id);  // also drops uq_comments_dislikes_comment_user (UNIQUE constraint)
    drop_column!(phoenix_kit_posts, user_id);  // also drops phoenix_kit_posts_user_id_status_index
    drop_column!(phoenix_kit_post_comments, user_id);
    drop_column!(phoenix_kit_post_likes, user_id);  // also drops phoenix_kit_post_likes_post_id_user_id_index (unique)
    drop_column!(phoenix_kit_post_dislikes, user_id);  // also drops phoenix_kit_post_dislikes_post_id_user_id_index (unique)
    drop_column!(phoenix_kit_post_views, user_id);
    drop_column!(phoenix_kit_post_mentions, user_id);  // also drops phoenix_kit_post_mentions_post_id_user_id_index (unique)
    drop_column!(phoenix_kit_post_groups, user_id);  // also drops phoenix_kit_post_groups_user_id_position_index, phoenix_kit_post_groups_user_id_slug_index (unique)
    drop_column!(phoenix_kit_comment_likes, user_id);  // also drops phoenix_kit_comment_likes_comment_id_user_id_index (unique)
    drop_column!(phoenix_kit_comment_dislikes, user_id);  // also drops phoenix_kit_comment_dislikes_comment_id_user_id_index (unique)
    drop_column!(phoenix_kit_tickets, user_id);  // also drops phoenix_kit_tickets_user_id_status_index
    drop_column!(phoenix_kit_tickets, assigned_to_id);  // also drops phoenix_kit_tickets_status_assigned_to_id_index
    drop_column!(phoenix_kit_ticket_comments, user_id);
    drop_column!(phoenix_kit_ticket_status_history, changed_by_id);
    drop_column!(phoenix_kit_user_blocks, blocker_id);  // also drops phoenix_kit_user_blocks_unique_idx (unique)
    drop_column!(phoenix_kit_user_blocks, blocked_id);
    drop_column!(phoenix_kit_user_blocks_history, blocker_id);
    drop_column!(phoenix_kit_user_blocks_history, blocked_id);
    drop_column!(phoenix_kit_user_follows, follower_id);  // also drops phoenix_kit_user_follows_unique_idx (unique)
    drop_column!(phoenix_kit_user_follows, followed_id);
    drop_column!(phoenix_kit_user_follows_history, follower_id);
    drop_column!(phoenix_kit_user_follows_history, followed_id);
    drop_column!(phoenix_kit_user_connections, requester_id);  // also drops phoenix_kit_user_connections_requester_status_idx
    drop_column!(phoenix_kit_user_connections, recipient_id);  // also drops phoenix_kit_user_connections_recipient_status_idx
    drop_column!(phoenix_kit_user_connections_history, user_a_id);
    drop_column!(phoenix_kit_user_connections_history, user_b_id);
    drop_column!(phoenix_kit_user_connections_history, actor_id);
    drop_column!(phoenix_kit_files, user_id);
    drop_column!(phoenix_kit_shop_carts, user_id);  // also drops idx_shop_carts_active_session (unique), idx_shop_carts_active_user (unique), idx_shop_carts_user, phoenix_kit_shop_carts_identity (CHECK)
    drop_column!(phoenix_kit_shop_products, created_by);
    drop_column!(phoenix_kit_shop_import_logs, user_id);
    drop_column!(phoenix_kit_billing_profiles, user_id);  // also drops phoenix_kit_billing_profiles_user_default_idx
    drop_column!(phoenix_kit_orders, user_id);
    drop_column!(phoenix_kit_invoices, user_id);
    drop_column!(phoenix_kit_transactions, user_id);
    drop_column!(phoenix_kit_subscriptions, user_id);
    drop_column!(phoenix_kit_payment_methods, user_id);  // also drops phoenix_kit_payment_methods_user_default_idx
    drop_column!(phoenix_kit_ai_requests, user_id);
    drop_column!(phoenix_kit_sync_connections, approved_by);
    drop_column!(phoenix_kit_sync_connections, suspended_by);
    drop_column!(phoenix_kit_sync_connections, revoked_by);
    drop_column!(phoenix_kit_sync_connections, created_by);
    drop_column!(phoenix_kit_sync_transfers, approved_by);
    drop_column!(phoenix_kit_sync_transfers, denied_by);
    drop_column!(phoenix_kit_sync_transfers, initiated_by);
    drop_column!(phoenix_kit_entities, created_by);
    drop_column!(phoenix_kit_entity_data, created_by);
    drop_column!(phoenix_kit_email_logs, user_id);
    drop_column!(phoenix_kit_email_blocklist, user_id);  // also drops phoenix_kit_email_blocklist_user_inserted_idx
    drop_column!(phoenix_kit_email_templates, created_by_user_id);
    drop_column!(phoenix_kit_email_templates, updated_by_user_id);
    drop_column!(phoenix_kit_referral_codes, created_by);
    drop_column!(phoenix_kit_referral_codes, beneficiary);
    drop_column!(phoenix_kit_referral_code_usage, used_by);
    drop_column!(phoenix_kit_consent_logs, user_id);  // also drops phoenix_kit_consent_logs_user_type_idx
    // Group B: Role FK columns (→ phoenix_kit_user_roles.id)
    drop_column!(phoenix_kit_user_role_assignments, role_id);
    drop_column!(phoenix_kit_role_permissions, role_id);  // also drops uq_role_permissions_role_module (UNIQUE constraint)
    // Group C: Entity FK columns (→ phoenix_kit_entities.id)
    drop_column!(phoenix_kit_entity_data, entity_id);
    // Group D: Module-internal FK columns
    drop_column!(phoenix_kit_shop_cart_items, cart_id);  // also drops idx_shop_cart_items_unique (unique)
    drop_column!(phoenix_kit_shop_cart_items, product_id);
    drop_column!(phoenix_kit_shop_carts, shipping_method_id);
    drop_column!(phoenix_kit_shop_carts, merged_into_cart_id);
    drop_column!(phoenix_kit_shop_carts, payment_option_id);
    drop_column!(phoenix_kit_shop_products, category_id);
    drop_column!(phoenix_kit_shop_categories, parent_id);
    drop_column!(phoenix_kit_shop_categories, featured_product_id);
    drop_column!(phoenix_kit_orders, billing_profile_id);
    drop_column!(phoenix_kit_invoices, order_id);
    drop_column!(phoenix_kit_transactions, invoice_id);
    drop_column!(phoenix_kit_subscriptions, subscription_type_id);
    drop_column!(phoenix_kit_subscriptions, billing_profile_id);
    drop_column!(phoenix_kit_subscriptions, payment_method_id);
    drop_column!(phoenix_kit_email_events, email_log_id);  // also drops phoenix_kit_email_events_log_type_idx
    drop_column!(phoenix_kit_ai_requests, endpoint_id);
    drop_column!(phoenix_kit_ai_requests, prompt_id);
    drop_column!(phoenix_kit_sync_transfers, connection_id);
    drop_column!(phoenix_kit_referral_code_usage, code_id);
    // Extras: columns not in uuid_fk_columns.ex
    drop_column!(phoenix_kit_invoices, subscription_id);
    drop_column!(phoenix_kit_email_orphaned_events, matched_email_log_id);
    drop_column!(phoenix_kit_publishing_posts, created_by_id);
    drop_column!(phoenix_kit_publishing_posts, updated_by_id);
    drop_column!(phoenix_kit_publishing_versions, created_by_id);
    drop_column!(phoenix_kit_shop_cart_items, variant_id);
    drop_column!(phoenix_kit_scheduled_jobs, created_by_id);
    drop_column!(phoenix_kit_ai_requests, account_id);
    // Additional columns found in schemas but not in uuid_fk_columns.ex
    // phoenix_kit_posts.author_id: never a column on this chain (PhoenixKit: DROP COLUMN IF EXISTS, a no-op)
    // phoenix_kit_tickets.created_by_user_id: never a column on this chain (PhoenixKit: DROP COLUMN IF EXISTS, a no-op)
    // phoenix_kit_ticket_attachments.user_id: never a column on this chain (PhoenixKit: DROP COLUMN IF EXISTS, a no-op)
    // phoenix_kit_transactions.order_id: never a column on this chain (PhoenixKit: DROP COLUMN IF EXISTS, a no-op)
    // phoenix_kit_transactions.payment_method_id: never a column on this chain (PhoenixKit: DROP COLUMN IF EXISTS, a no-op)

    // (3) Per table: the bigint `id` goes (its primary key, index and owned sequence with it;
    // CASCADE for dependents outside pk's model), then PRIMARY KEY (uuid) named {table}_pkey
    // (PostgreSQL's default name, which PhoenixKit's unnamed ADD PRIMARY KEY gets too — also for
    // the renamed sync_connections/sync_transfers/subscription_types, whose old pkeys kept their
    // old names). The macro checks the primary key is (id) and `uuid` is a NOT NULL uuid (V73's
    // job). The unique indexes on uuid from V40/V56/V73 stay, duplicating the new pkeys, as in
    // PhoenixKit.
    promote_uuid_primary_key!(phoenix_kit_users);
    promote_uuid_primary_key!(phoenix_kit_users_tokens);
    promote_uuid_primary_key!(phoenix_kit_user_roles);
    promote_uuid_primary_key!(phoenix_kit_user_role_assignments);
    promote_uuid_primary_key!(phoenix_kit_role_permissions);
    promote_uuid_primary_key!(phoenix_kit_settings);
    promote_uuid_primary_key!(phoenix_kit_admin_notes);
    promote_uuid_primary_key!(phoenix_kit_audit_logs);
    promote_uuid_primary_key!(phoenix_kit_email_logs);
    promote_uuid_primary_key!(phoenix_kit_email_events);
    promote_uuid_primary_key!(phoenix_kit_email_metrics);
    promote_uuid_primary_key!(phoenix_kit_email_templates);
    promote_uuid_primary_key!(phoenix_kit_email_blocklist);
    promote_uuid_primary_key!(phoenix_kit_email_orphaned_events);
    promote_uuid_primary_key!(phoenix_kit_ai_accounts);
    promote_uuid_primary_key!(phoenix_kit_ai_endpoints);
    promote_uuid_primary_key!(phoenix_kit_ai_prompts);
    promote_uuid_primary_key!(phoenix_kit_ai_requests);
    promote_uuid_primary_key!(phoenix_kit_entities);
    promote_uuid_primary_key!(phoenix_kit_entity_data);
    promote_uuid_primary_key!(phoenix_kit_user_oauth_providers);
    promote_uuid_primary_key!(phoenix_kit_consent_logs);
    promote_uuid_primary_key!(phoenix_kit_referral_codes);
    promote_uuid_primary_key!(phoenix_kit_referral_code_usage);
    promote_uuid_primary_key!(phoenix_kit_billing_profiles);
    promote_uuid_primary_key!(phoenix_kit_orders);
    promote_uuid_primary_key!(phoenix_kit_invoices);
    promote_uuid_primary_key!(phoenix_kit_transactions);
    promote_uuid_primary_key!(phoenix_kit_payment_methods);
    promote_uuid_primary_key!(phoenix_kit_payment_options);
    promote_uuid_primary_key!(phoenix_kit_payment_provider_configs);
    promote_uuid_primary_key!(phoenix_kit_subscriptions);
    promote_uuid_primary_key!(phoenix_kit_subscription_types);
    promote_uuid_primary_key!(phoenix_kit_currencies);
    promote_uuid_primary_key!(phoenix_kit_shop_carts);
    promote_uuid_primary_key!(phoenix_kit_shop_cart_items);
    promote_uuid_primary_key!(phoenix_kit_shop_products);
    promote_uuid_primary_key!(phoenix_kit_shop_categories);
    promote_uuid_primary_key!(phoenix_kit_shop_shipping_methods);
    promote_uuid_primary_key!(phoenix_kit_shop_config);
    promote_uuid_primary_key!(phoenix_kit_shop_import_configs);
    promote_uuid_primary_key!(phoenix_kit_shop_import_logs);
    promote_uuid_primary_key!(phoenix_kit_sync_connections);
    promote_uuid_primary_key!(phoenix_kit_sync_transfers);
    promote_uuid_primary_key!(phoenix_kit_webhook_events);
    // phoenix_kit_publishing_posts: no `id` column (uuid primary key since V59); PhoenixKit skips it too
    // phoenix_kit_publishing_versions: no `id` column (uuid primary key since V59); PhoenixKit skips it too
}
