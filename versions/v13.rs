pk_macros::version! {
    number = 13;
    title = "AWS SES tracking";

    add_column!(phoenix_kit_email_logs, aws_message_id: varchar(255));
    add_column!(phoenix_kit_email_logs, bounced_at: timestamp);
    add_column!(phoenix_kit_email_logs, complained_at: timestamp);
    add_column!(phoenix_kit_email_logs, opened_at: timestamp);
    add_column!(phoenix_kit_email_logs, clicked_at: timestamp);
    create_index!(phoenix_kit_email_logs, [aws_message_id], unique, filter = "aws_message_id IS NOT NULL");

    add_column!(phoenix_kit_email_events, reject_reason: varchar(255));
    add_column!(phoenix_kit_email_events, delay_type: varchar(255));
    add_column!(phoenix_kit_email_events, subscription_type: varchar(255));
    add_column!(phoenix_kit_email_events, failure_reason: varchar(255));
}
