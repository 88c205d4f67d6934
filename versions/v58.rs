pk_macros::version! {
    number = 58;
    title = "Timestamps to timestamptz";

    // PhoenixKit's list of 206 timestamp columns on 78 tables, in its order and grouped as it groups
    // them (by the version that created the table). Each column is converted only if it exists and
    // is not timestamptz yet; change_type! generates exactly that guard per column. On our chain
    // every listed column exists at V57 and is `timestamp(0)`/`timestamp` without time zone, so
    // nothing is omitted (checked against public_stepwise/v57.txt and v58.txt: the 206 columns
    // below are exactly the columns whose type changes, and nothing else changes but the marker).
    // Not listed, and left as `timestamp`: Oban's oban_jobs and oban_peers columns (V27), as upstream.
    //
    // No USING, as upstream: existing values are read in the session's TimeZone (UTC for
    // PhoenixKit's writes, which store UTC).
    //
    // Down (derived): each column gets back its exact V57 type — `timestamp(0)` or `timestamp` (µs)
    // — again without USING, i.e. in the session's TimeZone. PhoenixKit's down instead converts
    // every listed column to `timestamp(0)` with `USING col AT TIME ZONE 'UTC'`, which rounds away
    // the microseconds of the columns that were `timestamp` and turns them into `timestamp(0)`.

    // V01 — Core Auth
    change_type!(phoenix_kit, [migrated_at], timestamptz);
    change_type!(phoenix_kit_users, [confirmed_at, inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_users_tokens, [inserted_at], timestamptz);
    change_type!(phoenix_kit_user_roles, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_user_role_assignments, [assigned_at, inserted_at], timestamptz);

    // V03 — Settings
    change_type!(phoenix_kit_settings, [date_added, date_updated], timestamptz);

    // V04 — Referrals
    change_type!(phoenix_kit_referral_codes, [date_created, expiration_date], timestamptz);
    change_type!(phoenix_kit_referral_code_usage, [date_used], timestamptz);

    // V07+V13+V19 — Email Logs (merged)
    change_type!(phoenix_kit_email_logs, [
        sent_at, delivered_at, bounced_at, complained_at, opened_at, clicked_at, queued_at, rejected_at,
        failed_at, delayed_at, inserted_at, updated_at
    ], timestamptz);
    change_type!(phoenix_kit_email_events, [occurred_at, inserted_at, updated_at], timestamptz);

    // V09 — Email Blocklist
    change_type!(phoenix_kit_email_blocklist, [expires_at, inserted_at, updated_at], timestamptz);

    // V15 — Email Templates
    change_type!(phoenix_kit_email_templates, [last_used_at, inserted_at, updated_at], timestamptz);

    // V16 — OAuth
    change_type!(phoenix_kit_user_oauth_providers, [token_expires_at, inserted_at, updated_at], timestamptz);

    // V17 — Entities
    change_type!(phoenix_kit_entities, [date_created, date_updated], timestamptz);
    change_type!(phoenix_kit_entity_data, [date_created, date_updated], timestamptz);

    // V20 — Storage
    change_type!(phoenix_kit_buckets, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_files, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_file_instances, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_file_locations, [last_verified_at, inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_storage_dimensions, [inserted_at, updated_at], timestamptz);

    // V22 — Email Extensions
    change_type!(phoenix_kit_email_orphaned_events, [
        received_at, matched_at, inserted_at, updated_at
    ], timestamptz);
    change_type!(phoenix_kit_email_metrics, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_audit_logs, [inserted_at], timestamptz);

    // V29 — Posts
    change_type!(phoenix_kit_posts, [scheduled_at, published_at, inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_post_media, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_post_likes, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_post_comments, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_post_mentions, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_post_tags, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_post_tag_assignments, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_post_groups, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_post_group_assignments, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_post_views, [viewed_at, inserted_at, updated_at], timestamptz);

    // V31 — Billing Core
    change_type!(phoenix_kit_currencies, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_billing_profiles, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_orders, [
        confirmed_at, paid_at, cancelled_at, checkout_expires_at, inserted_at, updated_at
    ], timestamptz);
    change_type!(phoenix_kit_invoices, [
        receipt_generated_at, sent_at, paid_at, voided_at, inserted_at, updated_at
    ], timestamptz);
    change_type!(phoenix_kit_transactions, [inserted_at, updated_at], timestamptz);

    // V32 — AI Core
    change_type!(phoenix_kit_ai_accounts, [last_validated_at, inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_ai_requests, [inserted_at, updated_at], timestamptz);

    // V33 — Billing Extended
    change_type!(phoenix_kit_payment_methods, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_subscription_plans, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_subscriptions, [
        current_period_start, current_period_end, cancelled_at, trial_start, trial_end, grace_period_end,
        last_renewal_attempt_at, inserted_at, updated_at
    ], timestamptz);
    change_type!(phoenix_kit_payment_provider_configs, [
        last_verified_at, inserted_at, updated_at
    ], timestamptz);
    change_type!(phoenix_kit_webhook_events, [processed_at, inserted_at, updated_at], timestamptz);

    // V34 — AI Endpoints
    change_type!(phoenix_kit_ai_endpoints, [last_validated_at, inserted_at, updated_at], timestamptz);

    // V35 — Tickets
    change_type!(phoenix_kit_tickets, [resolved_at, closed_at, inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_ticket_comments, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_ticket_attachments, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_ticket_status_history, [inserted_at], timestamptz);

    // V36 — Social/Connections
    change_type!(phoenix_kit_user_follows, [inserted_at], timestamptz);
    change_type!(phoenix_kit_user_connections, [
        requested_at, responded_at, inserted_at, updated_at
    ], timestamptz);
    change_type!(phoenix_kit_user_blocks, [inserted_at], timestamptz);
    change_type!(phoenix_kit_user_follows_history, [inserted_at], timestamptz);
    change_type!(phoenix_kit_user_connections_history, [inserted_at], timestamptz);
    change_type!(phoenix_kit_user_blocks_history, [inserted_at], timestamptz);

    // V37 — Sync (renamed in V44)
    change_type!(phoenix_kit_sync_connections, [
        expires_at, approved_at, suspended_at, revoked_at, last_connected_at, last_transfer_at, inserted_at,
        updated_at
    ], timestamptz);
    change_type!(phoenix_kit_sync_transfers, [
        approved_at, denied_at, approval_expires_at, started_at, completed_at, inserted_at
    ], timestamptz);

    // V38 — AI Prompts
    change_type!(phoenix_kit_ai_prompts, [last_used_at, inserted_at, updated_at], timestamptz);

    // V39 — Admin Notes
    change_type!(phoenix_kit_admin_notes, [inserted_at, updated_at], timestamptz);

    // V42 — Scheduled Jobs
    change_type!(phoenix_kit_scheduled_jobs, [
        scheduled_at, executed_at, inserted_at, updated_at
    ], timestamptz);

    // V43 — Legal/Consent
    change_type!(phoenix_kit_consent_logs, [inserted_at, updated_at], timestamptz);

    // V45 — Shop
    change_type!(phoenix_kit_shop_categories, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_shop_products, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_shop_shipping_methods, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_shop_carts, [expires_at, converted_at, inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_shop_cart_items, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_payment_options, [inserted_at, updated_at], timestamptz);

    // V46 — Shop Config/Import
    change_type!(phoenix_kit_shop_config, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_shop_import_logs, [
        started_at, completed_at, inserted_at, updated_at
    ], timestamptz);
    change_type!(phoenix_kit_shop_import_configs, [inserted_at, updated_at], timestamptz);

    // V48 — Post Reactions
    change_type!(phoenix_kit_post_dislikes, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_comment_likes, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_comment_dislikes, [inserted_at, updated_at], timestamptz);

    // V53 — Role Permissions
    change_type!(phoenix_kit_role_permissions, [inserted_at], timestamptz);

    // V55 — Standalone Comments
    change_type!(phoenix_kit_comments, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_comments_likes, [inserted_at, updated_at], timestamptz);
    change_type!(phoenix_kit_comments_dislikes, [inserted_at, updated_at], timestamptz);
}
