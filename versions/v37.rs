pk_macros::version! {
    number = 37;
    title = "DB Sync connections & transfers";

    create_table!(phoenix_kit_db_sync_connections, {
        name: varchar(255) not_null,
        direction: varchar(10) not_null,
        site_url: varchar(255) not_null,
        auth_token: varchar(255),
        auth_token_hash: varchar(255),
        status: varchar(20) not_null default "pending",
        approval_mode: varchar(20) default "require_approval",
        allowed_tables: array(varchar(255)) not_null default sql("ARRAY[]::varchar[]"),
        excluded_tables: array(varchar(255)) not_null default sql("ARRAY[]::varchar[]"),
        auto_approve_tables: array(varchar(255)) not_null default sql("ARRAY[]::varchar[]"),
        expires_at: timestamp,
        max_downloads: integer,
        downloads_used: integer not_null default 0,
        max_records_total: bigint,
        records_downloaded: bigint not_null default 0,
        max_records_per_request: integer not_null default 10000,
        rate_limit_requests_per_minute: integer not_null default 60,
        download_password_hash: varchar(255),
        ip_whitelist: array(varchar(255)) not_null default sql("ARRAY[]::varchar[]"),
        allowed_hours_start: integer,
        allowed_hours_end: integer,
        default_conflict_strategy: varchar(20) default "skip",
        auto_sync_enabled: boolean not_null default false,
        auto_sync_tables: array(varchar(255)) not_null default sql("ARRAY[]::varchar[]"),
        auto_sync_interval_minutes: integer not_null default 60,
        approved_at: timestamp,
        approved_by: integer references(phoenix_kit_users, on_delete = set_null),
        suspended_at: timestamp,
        suspended_by: integer references(phoenix_kit_users, on_delete = set_null),
        suspended_reason: varchar(255),
        revoked_at: timestamp,
        revoked_by: integer references(phoenix_kit_users, on_delete = set_null),
        revoked_reason: varchar(255),
        created_by: integer references(phoenix_kit_users, on_delete = set_null),
        last_connected_at: timestamp,
        last_transfer_at: timestamp,
        total_transfers: integer not_null default 0,
        total_records_transferred: bigint not_null default 0,
        total_bytes_transferred: bigint not_null default 0,
        metadata: jsonb not_null default "{}",
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_db_sync_connections, [site_url, direction], unique,
        name = phoenix_kit_db_sync_connections_site_direction_uidx);
    create_index!(phoenix_kit_db_sync_connections, [status], name = phoenix_kit_db_sync_connections_status_idx);
    create_index!(phoenix_kit_db_sync_connections, [direction], name = phoenix_kit_db_sync_connections_direction_idx);
    create_index!(phoenix_kit_db_sync_connections, [expires_at], name = phoenix_kit_db_sync_connections_expires_at_idx);

    create_table!(phoenix_kit_db_sync_transfers, {
        direction: varchar(10) not_null,
        connection_id: integer references(phoenix_kit_db_sync_connections, on_delete = set_null),
        session_code: varchar(20),
        remote_site_url: varchar(255),
        table_name: varchar(255) not_null,
        records_requested: integer not_null default 0,
        records_transferred: integer not_null default 0,
        records_created: integer not_null default 0,
        records_updated: integer not_null default 0,
        records_skipped: integer not_null default 0,
        records_failed: integer not_null default 0,
        bytes_transferred: bigint not_null default 0,
        conflict_strategy: varchar(20),
        status: varchar(20) not_null default "pending",
        requires_approval: boolean not_null default false,
        approved_at: timestamp,
        approved_by: integer references(phoenix_kit_users, on_delete = set_null),
        denied_at: timestamp,
        denied_by: integer references(phoenix_kit_users, on_delete = set_null),
        denial_reason: varchar(255),
        approval_expires_at: timestamp,
        requester_ip: varchar(255),
        requester_user_agent: varchar(255),
        error_message: text,
        initiated_by: integer references(phoenix_kit_users, on_delete = set_null),
        started_at: timestamp,
        completed_at: timestamp,
        metadata: jsonb not_null default "{}",
        timestamps(timestamp, updated_at = false),
    });
    create_index!(phoenix_kit_db_sync_transfers, [direction], name = phoenix_kit_db_sync_transfers_direction_idx);
    create_index!(phoenix_kit_db_sync_transfers, [connection_id], name = phoenix_kit_db_sync_transfers_connection_id_idx);
    create_index!(phoenix_kit_db_sync_transfers, [status], name = phoenix_kit_db_sync_transfers_status_idx);
    create_index!(phoenix_kit_db_sync_transfers, [initiated_by], name = phoenix_kit_db_sync_transfers_initiated_by_idx);
    create_index!(phoenix_kit_db_sync_transfers, [inserted_at], name = phoenix_kit_db_sync_transfers_inserted_at_idx);
    create_index!(phoenix_kit_db_sync_transfers, [requires_approval, status], name = phoenix_kit_db_sync_transfers_approval_idx);

    comment!(phoenix_kit_db_sync_connections, "Permanent connections between PhoenixKit instances for data sync");
    comment!(phoenix_kit_db_sync_connections.approval_mode, "Access control mode: auto_approve, require_approval, or per_table");
    comment!(phoenix_kit_db_sync_transfers, "Track all data transfers (uploads and downloads) with approval workflow");
    comment!(phoenix_kit_db_sync_transfers.status,
        "Transfer status: pending_approval, approved, denied, in_progress, completed, failed, cancelled, expired");
}
