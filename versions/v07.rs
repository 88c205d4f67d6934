pk_macros::version! {
    number = 7;
    title = "Email system";

    create_table!(phoenix_kit_email_logs, {
        message_id: varchar(255) not_null,
        to: varchar(255) not_null,
        from: varchar(255) not_null,
        subject: varchar(255),
        headers: jsonb default "{}",
        body_preview: text,
        body_full: text,
        template_name: varchar(255),
        campaign_id: varchar(255),
        attachments_count: integer not_null default 0,
        size_bytes: integer,
        retry_count: integer not_null default 0,
        error_message: text,
        status: varchar(255) not_null default "sent",
        sent_at: timestamp not_null default now(),
        delivered_at: timestamp,
        configuration_set: varchar(255),
        message_tags: jsonb default "{}",
        provider: varchar(255) not_null default "unknown",
        user_id: integer,
        timestamps(timestamp),
    });
    create_table!(phoenix_kit_email_events, {
        email_log_id: integer not_null,
        event_type: varchar(255) not_null,
        event_data: jsonb default "{}",
        occurred_at: timestamp not_null default now(),
        ip_address: varchar(255),
        user_agent: varchar(255),
        geo_location: jsonb default "{}",
        link_url: varchar(255),
        bounce_type: varchar(255),
        complaint_type: varchar(255),
        timestamps(timestamp),
    });

    create_index!(phoenix_kit_email_logs, [to, sent_at], name = phoenix_kit_email_logs_to_sent_at_idx);
    create_index!(phoenix_kit_email_logs, [status, sent_at], name = phoenix_kit_email_logs_status_sent_at_idx);
    create_index!(phoenix_kit_email_logs, [sent_at], name = phoenix_kit_email_logs_sent_at_idx);
    create_index!(phoenix_kit_email_logs, [message_id], unique, name = phoenix_kit_email_logs_message_id_uidx);
    create_index!(phoenix_kit_email_logs, [user_id], name = phoenix_kit_email_logs_user_id_idx);
    create_index!(phoenix_kit_email_logs, [campaign_id], name = phoenix_kit_email_logs_campaign_id_idx);
    create_index!(phoenix_kit_email_logs, [template_name], name = phoenix_kit_email_logs_template_name_idx);
    create_index!(phoenix_kit_email_logs, [provider, sent_at], name = phoenix_kit_email_logs_provider_sent_at_idx);
    create_index!(phoenix_kit_email_events, [email_log_id], name = phoenix_kit_email_events_email_log_id_idx);
    create_index!(phoenix_kit_email_events, [event_type, occurred_at], name = phoenix_kit_email_events_type_occurred_at_idx);
    create_index!(phoenix_kit_email_events, [occurred_at], name = phoenix_kit_email_events_occurred_at_idx);

    change_type!(phoenix_kit_email_events, email_log_id, bigint);
    add_foreign_key!(phoenix_kit_email_events(email_log_id) -> phoenix_kit_email_logs(id), on_delete = cascade);
}
