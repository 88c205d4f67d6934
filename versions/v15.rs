pk_macros::version! {
    number = 15;
    title = "Email templates";

    // `uuid` and the two `*_user_uuid` columns are nullable uuids from the start (V40 skips this
    // table because `uuid` already exists; V56 fixes it). PhoenixKit then seeds the system templates
    // from application code (SeedTemplates); that is not migration SQL and is not ported.
    create_table!(phoenix_kit_email_templates, {
        uuid: uuid,
        name: varchar(255) not_null,
        slug: varchar(255) not_null,
        display_name: varchar(255) not_null,
        description: text,
        subject: varchar(255) not_null,
        html_body: text not_null,
        text_body: text not_null,
        category: varchar(255) not_null default "transactional",
        status: varchar(255) not_null default "draft",
        variables: jsonb default "{}",
        metadata: jsonb default "{}",
        usage_count: integer not_null default 0,
        last_used_at: timestamp,
        version: integer not_null default 1,
        is_system: boolean not_null default false,
        created_by_user_id: integer,
        updated_by_user_id: integer,
        created_by_user_uuid: uuid,
        updated_by_user_uuid: uuid,
        timestamps(timestamp),
    });
    create_index!(phoenix_kit_email_templates, [name], unique);
    create_index!(phoenix_kit_email_templates, [slug], unique);
    create_index!(phoenix_kit_email_templates, [category]);
    create_index!(phoenix_kit_email_templates, [status]);
    create_index!(phoenix_kit_email_templates, [is_system]);
    create_index!(phoenix_kit_email_templates, [usage_count]);
    create_index!(phoenix_kit_email_templates, [last_used_at]);
    create_index!(phoenix_kit_email_templates, [inserted_at]);
    create_index!(phoenix_kit_email_templates, [category, status]);
    create_index!(phoenix_kit_email_templates, [status, is_system]);
}
