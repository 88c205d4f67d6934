pk_macros::version! {
    number = 22;
    title = "Email improvements & audit logging";

    // PhoenixKit re-adds V13's aws_message_id, bounced_at, complained_at, opened_at and clicked_at
    // (add_if_not_exists): a no-op at this point of the chain. Its down drops them, and V21's index,
    // anyway; ours leaves both, so that down restores V21.

    // A second partial unique index on aws_message_id, next to V13's `…_aws_message_id_index`.
    create_index!(phoenix_kit_email_logs, [aws_message_id], unique, name = phoenix_kit_email_logs_aws_message_id_uidx,
        filter = "aws_message_id IS NOT NULL");
    // phoenix_kit_email_logs_message_ids_idx (V21) is re-created if missing: a no-op at this point of the chain.
    create_index!(phoenix_kit_email_events, [email_log_id, event_type], name = phoenix_kit_email_events_log_type_idx);

    create_table!(phoenix_kit_email_orphaned_events, {
        aws_message_id: varchar(255) not_null,
        event_type: varchar(255) not_null,
        event_data: jsonb not_null default "{}",
        received_at: timestamp not_null default now(),
        matched: boolean not_null default false,
        matched_email_log_id: integer,
        matched_at: timestamp,
        error_message: text,
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_email_orphaned_events, [aws_message_id], name = phoenix_kit_orphaned_events_aws_id_idx);
    create_index!(phoenix_kit_email_orphaned_events, [matched], name = phoenix_kit_orphaned_events_matched_idx);
    create_index!(phoenix_kit_email_orphaned_events, [event_type, received_at],
        name = phoenix_kit_orphaned_events_type_received_idx);

    create_table!(phoenix_kit_email_metrics, {
        metric_key: varchar(255) not_null,
        value: bigint not_null default 0,
        metadata: jsonb default "{}",
        metric_date: date not_null default sql("CURRENT_DATE"),
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_email_metrics, [metric_key, metric_date], unique, name = phoenix_kit_email_metrics_key_date_uidx);
    create_index!(phoenix_kit_email_metrics, [metric_date], name = phoenix_kit_email_metrics_date_idx);

    create_table!(phoenix_kit_audit_logs, {
        target_user_id: integer not_null,
        admin_user_id: integer not_null,
        action: varchar(255) not_null,
        ip_address: varchar(255),
        user_agent: text,
        metadata: jsonb default "{}",
        timestamps(timestamp, updated_at = false),
    });
    create_index!(phoenix_kit_audit_logs, [target_user_id]);
    create_index!(phoenix_kit_audit_logs, [admin_user_id]);
    create_index!(phoenix_kit_audit_logs, [action]);
    create_index!(phoenix_kit_audit_logs, [inserted_at]);
    create_index!(phoenix_kit_audit_logs, [target_user_id, action]);
    create_index!(phoenix_kit_audit_logs, [admin_user_id, action]);
    create_index!(phoenix_kit_audit_logs, [action, inserted_at]);
}
