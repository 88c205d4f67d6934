pk_macros::version! {
    number = 61;
    title = "UUID safety net for tables missed by V40; scheduled_jobs.created_by_uuid";

    // PhoenixKit's V61 repairs installs whose V40 ran before V32–V39's tables were flushed (one
    // Ecto call from V01): it re-creates uuid_generate_v7(), gives six tables a `uuid` identity
    // column where it is missing, and adds the `created_by_uuid` companion of
    // phoenix_kit_scheduled_jobs.created_by_id (V42).
    //
    // On our chain V40 gave all six tables their `uuid` (column, unique index, NOT NULL), so
    // PhoenixKit's per-table block (run only when the column is missing) never fires; its statements
    // are kept in `reassert!` blocks (checked to be already true at V60, run guarded, no down). Only
    // the scheduled_jobs companion is new (public_stepwise/v60.txt → v61.txt).
    //
    // Down (derived): drops created_by_uuid and its index, i.e. back to V60 exactly. PhoenixKit's
    // own down also drops the `uuid` column (and index) of the six tables, which V40 created on
    // every 1.7.71 chain; ours does not.

    // Same body as V56's; PhoenixKit re-creates it unqualified (in `public`), ours is the prefix's.
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

    // The six tables, in PhoenixKit's order: ADD COLUMN uuid DEFAULT v7, fill NULLs, unique index
    // `{table}_uuid_idx`, NOT NULL. All already true since V40.
    reassert!({
        add_column!(phoenix_kit_admin_notes, uuid: uuid default uuid_v7());
        update!(phoenix_kit_admin_notes, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        create_index!(phoenix_kit_admin_notes, [uuid], unique, name = phoenix_kit_admin_notes_uuid_idx);
        set_not_null!(phoenix_kit_admin_notes, uuid);

        add_column!(phoenix_kit_ai_requests, uuid: uuid default uuid_v7());
        update!(phoenix_kit_ai_requests, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        create_index!(phoenix_kit_ai_requests, [uuid], unique, name = phoenix_kit_ai_requests_uuid_idx);
        set_not_null!(phoenix_kit_ai_requests, uuid);

        add_column!(phoenix_kit_subscriptions, uuid: uuid default uuid_v7());
        update!(phoenix_kit_subscriptions, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        create_index!(phoenix_kit_subscriptions, [uuid], unique, name = phoenix_kit_subscriptions_uuid_idx);
        set_not_null!(phoenix_kit_subscriptions, uuid);

        add_column!(phoenix_kit_payment_provider_configs, uuid: uuid default uuid_v7());
        update!(phoenix_kit_payment_provider_configs, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        create_index!(phoenix_kit_payment_provider_configs, [uuid], unique, name = phoenix_kit_payment_provider_configs_uuid_idx);
        set_not_null!(phoenix_kit_payment_provider_configs, uuid);

        add_column!(phoenix_kit_webhook_events, uuid: uuid default uuid_v7());
        update!(phoenix_kit_webhook_events, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        create_index!(phoenix_kit_webhook_events, [uuid], unique, name = phoenix_kit_webhook_events_uuid_idx);
        set_not_null!(phoenix_kit_webhook_events, uuid);

        // PhoenixKit's index here would be phoenix_kit_sync_transfers_uuid_idx, which does not
        // exist: V40 indexed the column as phoenix_kit_db_sync_transfers_uuid_idx before V44's
        // rename. PhoenixKit does not create it on this chain either (the column exists), so the
        // index statement is left out rather than adding a duplicate unique index.
        add_column!(phoenix_kit_sync_transfers, uuid: uuid default uuid_v7());
        update!(phoenix_kit_sync_transfers, set = "uuid = {prefix}.uuid_generate_v7()", filter = "uuid IS NULL");
        set_not_null!(phoenix_kit_sync_transfers, uuid);
    });

    // scheduled_jobs.created_by_id → phoenix_kit_users: new nullable uuid column (appended),
    // JOIN backfill, plain index phoenix_kit_scheduled_jobs_created_by_uuid_idx (the default name).
    add_uuid_fk_column!(phoenix_kit_scheduled_jobs.created_by_uuid, created_by_id -> phoenix_kit_users);
}
