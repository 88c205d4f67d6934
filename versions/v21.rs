pk_macros::version! {
    number = 21;
    title = "Message-ID composite index";

    create_index!(phoenix_kit_email_logs, [message_id, aws_message_id], name = phoenix_kit_email_logs_message_ids_idx);
}
