pk_macros::version! {
    number = 56;
    title = "UUID consistency and UUID FK companion columns";

    // PhoenixKit's V56, step by step in its order: uuid_generate_v7() re-created, a `uuid` column for
    // consent_logs, `uuid` defaults / NOT NULL / unique indexes fixed (Fix 0–3), v7 defaults on the
    // Comments tables' uuid primary keys (Fix 4), varchar `uuid` columns made native (Fix 4b), then
    // UUIDFKColumns: one `*_uuid` companion column per integer FK, backfilled by JOIN and indexed
    // (Fix 5), the constraint phase (Fix 6) and three composite unique indexes (Fix 7).
    //
    // The constraint phase (UUIDFKColumns.add_constraints) decides per column with immediate catalog
    // queries, which in PhoenixKit run BEFORE the queued ADD COLUMNs of this same call: it sees none
    // of the new columns and adds no NOT NULL and no foreign key here. Its only effects on the
    // stepwise chain are the three integer NOT NULL relaxations below. The 47 NOT NULLs and 70
    // `fk_*` foreign keys are V57's (they appear in public_stepwise/v57.txt, not v56.txt).
    //
    // Statements PhoenixKit runs that change nothing on this chain (they repair databases that came
    // through PhoenixKit's pre-1.7.0 uuid_repair path or hand-made uuid columns) are kept in
    // `reassert!` blocks: the macro checks that each is already satisfied at V55, they run as
    // written, and the down leaves them alone.
    //
    // Down (derived): drops what this version added (85 columns + consent_logs.uuid, 98 indexes),
    // restores the V55 defaults, nullability and function body, and re-imposes the three integer
    // NOT NULLs (this fails if rows without the integer FK were written since). PhoenixKit's own
    // down also drops columns V15 and V40 created (email_templates.*_user_uuid, the `uuid` of five
    // module tables); ours does not.

    // Body without comments, as PhoenixKit re-creates it (the snapshot's function_def changes).
    // PhoenixKit creates it unqualified (in `public`); ours lives in the prefix schema, as in V40.
    create_function!(uuid_generate_v7, "()", returns = "uuid", language = plpgsql, body = r#"
DECLARE
  unix_ts_ms bytea;
  uuid_bytes bytea;
BEGIN
  unix_ts_ms := substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3);
  uuid_bytes := unix_ts_ms || gen_random_bytes(10);
  uuid_bytes := set_byte(uuid_bytes, 6, (get_byte(uuid_bytes, 6) & 15) | 112);
  uuid_bytes := set_byte(uuid_bytes, 8, (get_byte(uuid_bytes, 8) & 63) | 128);
  RETURN encode(uuid_bytes, 'hex')::uuid;
END
"#);

    // Fix 0: a `uuid` column where it is missing. Only consent_logs lacks it (V43); the volatile
    // default gives every existing row its own v7, so PhoenixKit's follow-up
    // `UPDATE … SET uuid = uuid_generate_v7() WHERE uuid IS NULL` finds nothing. The column stays
    // nullable and without unique index: Fix 2 and Fix 3 test for it before the queued ADD COLUMN
    // has run (V73 fixes both).
    add_column!(phoenix_kit_consent_logs, uuid: uuid default uuid_v7());
    // The other five tables of PhoenixKit's list have had their `uuid` since V40.
    reassert!({
        add_column!(phoenix_kit_payment_methods, uuid: uuid default uuid_v7());
        update!(phoenix_kit_payment_methods, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        add_column!(phoenix_kit_ai_endpoints, uuid: uuid default uuid_v7());
        update!(phoenix_kit_ai_endpoints, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        add_column!(phoenix_kit_ai_prompts, uuid: uuid default uuid_v7());
        update!(phoenix_kit_ai_prompts, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        add_column!(phoenix_kit_sync_connections, uuid: uuid default uuid_v7());
        update!(phoenix_kit_sync_connections, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        add_column!(phoenix_kit_subscription_plans, uuid: uuid default uuid_v7());
        update!(phoenix_kit_subscription_plans, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
    });

    // Fix 1: DEFAULT uuid_generate_v7() on every `uuid` (consent_logs already has it: PhoenixKit's
    // step skips it, as the column is not visible yet).
    reassert!({
        set_default!(phoenix_kit_payment_methods, uuid, uuid_v7());
        set_default!(phoenix_kit_ai_endpoints, uuid, uuid_v7());
        set_default!(phoenix_kit_ai_prompts, uuid, uuid_v7());
        set_default!(phoenix_kit_sync_connections, uuid, uuid_v7());
        set_default!(phoenix_kit_subscription_plans, uuid, uuid_v7());
    });
    // V45 tables (gen_random_uuid() until now)
    set_default!(phoenix_kit_shop_categories, uuid, uuid_v7());
    set_default!(phoenix_kit_shop_products, uuid, uuid_v7());
    set_default!(phoenix_kit_shop_shipping_methods, uuid, uuid_v7());
    set_default!(phoenix_kit_shop_carts, uuid, uuid_v7());
    set_default!(phoenix_kit_shop_cart_items, uuid, uuid_v7());
    set_default!(phoenix_kit_payment_options, uuid, uuid_v7());
    // V46 tables (gen_random_uuid())
    set_default!(phoenix_kit_shop_config, uuid, uuid_v7());
    set_default!(phoenix_kit_shop_import_logs, uuid, uuid_v7());
    set_default!(phoenix_kit_shop_import_configs, uuid, uuid_v7());
    // V53 (gen_random_uuid())
    set_default!(phoenix_kit_role_permissions, uuid, uuid_v7());
    // Core tables (uuid_repair path); V40 gave them this default already.
    reassert!({
        set_default!(phoenix_kit_users, uuid, uuid_v7());
        set_default!(phoenix_kit_users_tokens, uuid, uuid_v7());
        set_default!(phoenix_kit_user_roles, uuid, uuid_v7());
        set_default!(phoenix_kit_user_role_assignments, uuid, uuid_v7());
        set_default!(phoenix_kit_settings, uuid, uuid_v7());
    });
    // email_templates.uuid (V15) had no default.
    set_default!(phoenix_kit_email_templates, uuid, uuid_v7());

    // Fix 2: fill NULL uuids with v7 values, then NOT NULL.
    reassert!({
        set_not_null!(phoenix_kit_payment_methods, uuid, fill = uuid_v7());
        set_not_null!(phoenix_kit_ai_endpoints, uuid, fill = uuid_v7());
        set_not_null!(phoenix_kit_ai_prompts, uuid, fill = uuid_v7());
        set_not_null!(phoenix_kit_sync_connections, uuid, fill = uuid_v7());
        set_not_null!(phoenix_kit_subscription_plans, uuid, fill = uuid_v7());
    });
    set_not_null!(phoenix_kit_shop_config, uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_shop_import_logs, uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_shop_import_configs, uuid, fill = uuid_v7());
    set_not_null!(phoenix_kit_role_permissions, uuid, fill = uuid_v7());
    reassert!({
        set_not_null!(phoenix_kit_users, uuid, fill = uuid_v7());
        set_not_null!(phoenix_kit_users_tokens, uuid, fill = uuid_v7());
        set_not_null!(phoenix_kit_user_roles, uuid, fill = uuid_v7());
        set_not_null!(phoenix_kit_user_role_assignments, uuid, fill = uuid_v7());
        set_not_null!(phoenix_kit_settings, uuid, fill = uuid_v7());
    });
    set_not_null!(phoenix_kit_email_templates, uuid, fill = uuid_v7());

    // Fix 3: a unique index `{t}_uuid_idx`. Eight are new. sync_connections already has V40's
    // phoenix_kit_db_sync_connections_uuid_idx (V44 renamed the table, not the index), so it ends up
    // with two identical unique indexes, as in PhoenixKit.
    reassert!({
        create_index!(phoenix_kit_payment_methods, [uuid], unique, name = phoenix_kit_payment_methods_uuid_idx);
        create_index!(phoenix_kit_ai_endpoints, [uuid], unique, name = phoenix_kit_ai_endpoints_uuid_idx);
        create_index!(phoenix_kit_ai_prompts, [uuid], unique, name = phoenix_kit_ai_prompts_uuid_idx);
    });
    create_index!(phoenix_kit_sync_connections, [uuid], unique, name = phoenix_kit_sync_connections_uuid_idx);
    reassert!({
        create_index!(phoenix_kit_subscription_plans, [uuid], unique, name = phoenix_kit_subscription_plans_uuid_idx);
    });
    create_index!(phoenix_kit_shop_categories, [uuid], unique, name = phoenix_kit_shop_categories_uuid_idx);
    create_index!(phoenix_kit_shop_products, [uuid], unique, name = phoenix_kit_shop_products_uuid_idx);
    create_index!(phoenix_kit_shop_shipping_methods, [uuid], unique, name = phoenix_kit_shop_shipping_methods_uuid_idx);
    create_index!(phoenix_kit_shop_carts, [uuid], unique, name = phoenix_kit_shop_carts_uuid_idx);
    create_index!(phoenix_kit_shop_cart_items, [uuid], unique, name = phoenix_kit_shop_cart_items_uuid_idx);
    create_index!(phoenix_kit_payment_options, [uuid], unique, name = phoenix_kit_payment_options_uuid_idx);
    reassert!({
        create_index!(phoenix_kit_users, [uuid], unique, name = phoenix_kit_users_uuid_idx);
        create_index!(phoenix_kit_users_tokens, [uuid], unique, name = phoenix_kit_users_tokens_uuid_idx);
        create_index!(phoenix_kit_user_roles, [uuid], unique, name = phoenix_kit_user_roles_uuid_idx);
        create_index!(phoenix_kit_user_role_assignments, [uuid], unique, name = phoenix_kit_user_role_assignments_uuid_idx);
        create_index!(phoenix_kit_settings, [uuid], unique, name = phoenix_kit_settings_uuid_idx);
    });
    create_index!(phoenix_kit_email_templates, [uuid], unique, name = phoenix_kit_email_templates_uuid_idx);

    // Fix 4: v7 defaults on the Comments module's uuid primary keys (V55).
    set_default!(phoenix_kit_comments, id, uuid_v7());
    set_default!(phoenix_kit_comments_likes, id, uuid_v7());
    set_default!(phoenix_kit_comments_dislikes, id, uuid_v7());

    // Fix 4b: PhoenixKit converts every `phoenix_kit_%` table's `uuid` column that is varchar/text
    // to native uuid (USING uuid::uuid) before the backfills read them. Every one is `uuid` on this
    // chain; change_type! only alters a column whose type differs.
    reassert!({
        change_type!(phoenix_kit_admin_notes, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_ai_endpoints, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_ai_prompts, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_ai_requests, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_audit_logs, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_billing_profiles, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_currencies, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_email_blocklist, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_email_events, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_email_logs, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_email_metrics, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_email_orphaned_events, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_email_templates, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_entities, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_entity_data, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_invoices, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_orders, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_payment_methods, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_payment_options, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_payment_provider_configs, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_referral_code_usage, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_referral_codes, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_role_permissions, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_settings, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_shop_cart_items, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_shop_carts, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_shop_categories, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_shop_config, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_shop_import_configs, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_shop_import_logs, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_shop_products, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_shop_shipping_methods, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_subscription_plans, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_subscriptions, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_sync_connections, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_sync_transfers, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_transactions, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_user_oauth_providers, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_user_role_assignments, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_user_roles, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_users, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_users_tokens, uuid, uuid, using = "uuid::uuid");
        change_type!(phoenix_kit_webhook_events, uuid, uuid, using = "uuid::uuid");
    });

    // Fix 5 (UUIDFKColumns.up): per spec, in PhoenixKit's order, a nullable `uuid` column appended
    // to the table, `UPDATE … FROM parent` copying parent.uuid where parent.id = the integer FK, and
    // a plain index `{table}_{column}_idx`. `batch = 10_000`: the 11 tables PhoenixKit backfills in
    // chunks. 85 columns are new; email_templates' two `*_user_uuid` columns exist since V15 (they
    // are only backfilled and indexed). 87 indexes are new.

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
    // These two exist since V15 (nullable, unindexed): only backfilled and indexed; the down keeps them.
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

    // Fix 6 (UUIDFKColumns.add_constraints). The NOT NULLs and foreign keys are not here: PhoenixKit
    // tests for the columns before its queued ADD COLUMNs have run (see the top; V57 adds them).
    // Its "unique index on every FK target" step only re-issues five of Fix 3's indexes
    // (shop_carts, shop_products, shop_shipping_methods, payment_options, shop_categories), which
    // this version has just created. The integer NOT NULL relaxations do run: the Ecto schemas now
    // write only the uuid FKs.
    drop_not_null!(phoenix_kit_user_role_assignments, user_id);
    drop_not_null!(phoenix_kit_user_role_assignments, role_id);
    reassert!({
        // PhoenixKit skips it: assigned_by is nullable since V01.
        drop_not_null!(phoenix_kit_user_role_assignments, assigned_by);
    });
    drop_not_null!(phoenix_kit_role_permissions, role_id);

    // Fix 7: unique indexes on the uuid pairs, for ON CONFLICT in the Ecto schemas.
    create_index!(phoenix_kit_user_role_assignments, [user_uuid, role_uuid], unique,
        name = phoenix_kit_role_assignments_user_uuid_role_uuid_idx);
    create_index!(phoenix_kit_role_permissions, [role_uuid, module_key], unique,
        name = phoenix_kit_role_permissions_role_uuid_module_key_idx);
    create_index!(phoenix_kit_user_oauth_providers, [user_uuid, provider], unique,
        name = phoenix_kit_oauth_providers_user_uuid_provider_idx);
}
