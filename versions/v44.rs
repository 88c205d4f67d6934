pk_macros::version! {
    number = 44;
    title = "DB Sync → Sync rename";

    // As upstream, only the tables and the ten indexes PhoenixKit names are renamed: the primary keys
    // (phoenix_kit_db_sync_*_pkey), the id sequences, the FK constraint names and V40's
    // phoenix_kit_db_sync_*_uuid_idx keep their db_sync names (they are what the snapshot shows).
    rename_table!(phoenix_kit_db_sync_connections -> phoenix_kit_sync_connections);
    rename_index!(phoenix_kit_db_sync_connections_site_direction_uidx -> phoenix_kit_sync_connections_site_direction_uidx);
    rename_index!(phoenix_kit_db_sync_connections_status_idx -> phoenix_kit_sync_connections_status_idx);
    rename_index!(phoenix_kit_db_sync_connections_direction_idx -> phoenix_kit_sync_connections_direction_idx);
    rename_index!(phoenix_kit_db_sync_connections_expires_at_idx -> phoenix_kit_sync_connections_expires_at_idx);

    rename_table!(phoenix_kit_db_sync_transfers -> phoenix_kit_sync_transfers);
    rename_index!(phoenix_kit_db_sync_transfers_direction_idx -> phoenix_kit_sync_transfers_direction_idx);
    rename_index!(phoenix_kit_db_sync_transfers_connection_id_idx -> phoenix_kit_sync_transfers_connection_id_idx);
    rename_index!(phoenix_kit_db_sync_transfers_status_idx -> phoenix_kit_sync_transfers_status_idx);
    rename_index!(phoenix_kit_db_sync_transfers_initiated_by_idx -> phoenix_kit_sync_transfers_initiated_by_idx);
    rename_index!(phoenix_kit_db_sync_transfers_inserted_at_idx -> phoenix_kit_sync_transfers_inserted_at_idx);
    rename_index!(phoenix_kit_db_sync_transfers_approval_idx -> phoenix_kit_sync_transfers_approval_idx);

    // PhoenixKit re-sets the table comments; the texts are V37's, unchanged (comments follow a rename).
    comment!(phoenix_kit_sync_connections, "Permanent connections between PhoenixKit instances for data sync");
    comment!(phoenix_kit_sync_transfers, "Track all data transfers (uploads and downloads) with approval workflow");

    // Settings keys: renamed only if the new key is not taken yet (PhoenixKit's WHERE NOT EXISTS), so a
    // re-run, or a database where the application already wrote the new key, is left alone. The down
    // renames back under the same rule, as PhoenixKit's down does.
    update!(phoenix_kit_settings, set = "key = 'sync_enabled'",
        filter = "key = 'db_sync_enabled' AND NOT EXISTS \
            (SELECT 1 FROM {prefix}.phoenix_kit_settings WHERE key = 'sync_enabled')") reverse {
        update!(phoenix_kit_settings, set = "key = 'db_sync_enabled'",
            filter = "key = 'sync_enabled' AND NOT EXISTS \
                (SELECT 1 FROM {prefix}.phoenix_kit_settings WHERE key = 'db_sync_enabled')");
    }
    update!(phoenix_kit_settings, set = "key = 'sync_incoming_mode'",
        filter = "key = 'db_sync_incoming_mode' AND NOT EXISTS \
            (SELECT 1 FROM {prefix}.phoenix_kit_settings WHERE key = 'sync_incoming_mode')") reverse {
        update!(phoenix_kit_settings, set = "key = 'db_sync_incoming_mode'",
            filter = "key = 'sync_incoming_mode' AND NOT EXISTS \
                (SELECT 1 FROM {prefix}.phoenix_kit_settings WHERE key = 'db_sync_incoming_mode')");
    }
    update!(phoenix_kit_settings, set = "key = 'sync_incoming_password'",
        filter = "key = 'db_sync_incoming_password' AND NOT EXISTS \
            (SELECT 1 FROM {prefix}.phoenix_kit_settings WHERE key = 'sync_incoming_password')") reverse {
        update!(phoenix_kit_settings, set = "key = 'db_sync_incoming_password'",
            filter = "key = 'sync_incoming_password' AND NOT EXISTS \
                (SELECT 1 FROM {prefix}.phoenix_kit_settings WHERE key = 'db_sync_incoming_password')");
    }
}
