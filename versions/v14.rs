pk_macros::version! {
    number = 14;
    title = "Body compression";

    add_column!(phoenix_kit_email_logs, body_compressed: boolean not_null default false);
}
