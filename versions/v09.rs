pk_macros::version! {
    number = 9;
    title = "Email blocklist";

    create_table!(phoenix_kit_email_blocklist, {
        email: varchar(255) not_null,
        reason: varchar(255) not_null,
        expires_at: timestamp,
        user_id: integer,
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
    });
    create_index!(phoenix_kit_email_blocklist, [email], unique, name = phoenix_kit_email_blocklist_email_uidx);
    create_index!(phoenix_kit_email_blocklist, [expires_at], name = phoenix_kit_email_blocklist_expires_at_idx);
    create_index!(phoenix_kit_email_blocklist, [user_id, inserted_at], name = phoenix_kit_email_blocklist_user_inserted_idx);
    create_index!(phoenix_kit_email_blocklist, [reason, inserted_at], name = phoenix_kit_email_blocklist_reason_inserted_idx);
    create_index!(phoenix_kit_email_blocklist, [email, expires_at], name = phoenix_kit_email_blocklist_email_expires_idx);
}
