pk_macros::version! {
    number = 40;
    title = "UUID column for 33 legacy tables";

    // pgcrypto is already there since V26 (PhoenixKit re-asserts it; extensions are database-wide, the
    // down keeps it).
    create_extension!(pgcrypto);

    // PhoenixKit's body, byte for byte (the snapshot's function_def). It calls `gen_random_bytes`
    // unqualified, as PhoenixKit does: pgcrypto must be on the search_path of whoever inserts.
    // PhoenixKit creates it unqualified (so in `public`); pk creates it in the prefix schema and the
    // defaults below reference it qualified. PhoenixKit's down keeps the function; ours drops it
    // (V39 has no function).
    create_function!(uuid_generate_v7, "()", returns = "uuid", language = plpgsql, body = r#"
DECLARE
  unix_ts_ms bytea;
  uuid_bytes bytea;
BEGIN
  -- Get current timestamp in milliseconds
  unix_ts_ms := substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3);

  -- Build UUIDv7: 6 bytes timestamp + 2 bytes random (with version) + 8 bytes random (with variant)
  uuid_bytes := unix_ts_ms || gen_random_bytes(10);

  -- Set version 7 (0111xxxx in byte 7)
  uuid_bytes := set_byte(uuid_bytes, 6, (get_byte(uuid_bytes, 6) & 15) | 112);

  -- Set variant (10xxxxxx in byte 9)
  uuid_bytes := set_byte(uuid_bytes, 8, (get_byte(uuid_bytes, 8) & 63) | 128);

  RETURN encode(uuid_bytes, 'hex')::uuid;
END
"#);

    // PhoenixKit's list and order (@tables_to_migrate). Per table: ADD COLUMN uuid uuid DEFAULT
    // uuid_generate_v7() (every existing row gets its own v7; PhoenixKit backfills the 7 "large"
    // tables in batches of 10 000, the others in one UPDATE), unique index `{t}_uuid_idx` (the
    // composite's default; the snapshot has that name for all 32 tables), SET NOT NULL. The DEFAULT stays.
    add_uuid_column!(phoenix_kit_users);
    add_uuid_column!(phoenix_kit_users_tokens);
    add_uuid_column!(phoenix_kit_user_roles);
    add_uuid_column!(phoenix_kit_user_role_assignments);
    add_uuid_column!(phoenix_kit_settings);
    add_uuid_column!(phoenix_kit_referral_codes);
    add_uuid_column!(phoenix_kit_referral_code_usage);
    add_uuid_column!(phoenix_kit_email_logs);
    add_uuid_column!(phoenix_kit_email_events);
    add_uuid_column!(phoenix_kit_email_blocklist);
    // phoenix_kit_email_templates: skipped, as PhoenixKit skips it — it already has a (nullable,
    // unindexed) `uuid` column since V15; V56 fixes it.
    add_uuid_column!(phoenix_kit_email_orphaned_events);
    add_uuid_column!(phoenix_kit_email_metrics);
    add_uuid_column!(phoenix_kit_user_oauth_providers);
    add_uuid_column!(phoenix_kit_entities);
    add_uuid_column!(phoenix_kit_entity_data);
    add_uuid_column!(phoenix_kit_audit_logs);
    add_uuid_column!(phoenix_kit_currencies);
    add_uuid_column!(phoenix_kit_billing_profiles);
    add_uuid_column!(phoenix_kit_orders);
    add_uuid_column!(phoenix_kit_invoices);
    add_uuid_column!(phoenix_kit_transactions);
    add_uuid_column!(phoenix_kit_payment_methods);
    add_uuid_column!(phoenix_kit_subscription_plans);
    add_uuid_column!(phoenix_kit_subscriptions);
    add_uuid_column!(phoenix_kit_payment_provider_configs);
    add_uuid_column!(phoenix_kit_webhook_events);
    add_uuid_column!(phoenix_kit_ai_endpoints);
    add_uuid_column!(phoenix_kit_ai_requests);
    add_uuid_column!(phoenix_kit_ai_prompts);
    add_uuid_column!(phoenix_kit_db_sync_connections);
    add_uuid_column!(phoenix_kit_db_sync_transfers);
    add_uuid_column!(phoenix_kit_admin_notes);
}
