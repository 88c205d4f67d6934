pk_macros::version! {
    number = 19;
    title = "Enhanced email status tracking";

    add_column!(phoenix_kit_email_logs, queued_at: timestamp);
    add_column!(phoenix_kit_email_logs, rejected_at: timestamp);
    add_column!(phoenix_kit_email_logs, failed_at: timestamp);
    add_column!(phoenix_kit_email_logs, delayed_at: timestamp);
    comment!(phoenix_kit_email_logs.queued_at, "Timestamp when email was queued for sending");
    comment!(phoenix_kit_email_logs.rejected_at, "Timestamp when email was rejected by provider");
    comment!(phoenix_kit_email_logs.failed_at, "Timestamp when email send failed");
    comment!(phoenix_kit_email_logs.delayed_at, "Timestamp when email delivery was delayed");
}
