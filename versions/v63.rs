pk_macros::version! {
    number = 63;
    title = "UUID companion column safety net, round 2";

    // PhoenixKit's V63, in its order: uuid_generate_v7() re-created, a `uuid` identity column for
    // phoenix_kit_ai_accounts (V61 listed ai_requests instead; V40 never covered ai_accounts), then
    // four `*_uuid` companions of integer FKs. Each step runs in PhoenixKit only if its table exists
    // and the column is missing; on our chain all five columns are missing, so all of it runs
    // (public_stepwise/v62.txt → v63.txt: 5 columns appended, 5 indexes).
    //
    // Down (derived): drops the five columns and their indexes (and ai_accounts.uuid's NOT NULL
    // first), i.e. back to V62 exactly. PhoenixKit's down drops the same five columns (it only
    // drops ai_accounts_uuid_idx explicitly; the other indexes go with their columns).

    // Same body as V56's (already true: no change, no down).
    reassert!({
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
    });

    // 1. ai_accounts.uuid: V40's pattern (v7 default fills every row, unique index
    //    phoenix_kit_ai_accounts_uuid_idx, NOT NULL). PhoenixKit's extra
    //    `UPDATE … SET uuid = uuid_generate_v7() WHERE uuid IS NULL` finds nothing after the
    //    volatile default.
    add_uuid_column!(phoenix_kit_ai_accounts);

    // 2. ai_requests.account_id → ai_accounts (uses the uuid just added).
    add_uuid_fk_column!(phoenix_kit_ai_requests.account_uuid, account_id -> phoenix_kit_ai_accounts);

    // 3. email_orphaned_events.matched_email_log_id → email_logs. PhoenixKit's index name drops
    //    "email_". Its backfill casts `l.uuid::uuid` inside a DO block that turns any error into a
    //    WARNING (for installs where email_logs.uuid is still varchar; V70 re-runs it). On this
    //    chain email_logs.uuid is native uuid (V40), so the plain JOIN backfill is the same.
    add_uuid_fk_column!(phoenix_kit_email_orphaned_events.matched_email_log_uuid,
        matched_email_log_id -> phoenix_kit_email_logs,
        index = phoenix_kit_email_orphaned_events_matched_log_uuid_idx);

    // 4. invoices.subscription_id → subscriptions.
    add_uuid_fk_column!(phoenix_kit_invoices.subscription_uuid, subscription_id -> phoenix_kit_subscriptions);

    // 5. shop_cart_items.variant_uuid: no variants table exists, so no backfill — a plain
    //    nullable column and its index.
    add_column!(phoenix_kit_shop_cart_items, variant_uuid: uuid);
    create_index!(phoenix_kit_shop_cart_items, [variant_uuid], name = phoenix_kit_shop_cart_items_variant_uuid_idx);
}
