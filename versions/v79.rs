pk_macros::version! {
    number = 79;
    title = "Newsletters module tables";

    // PhoenixKit writes this version as raw SQL (CREATE TABLE IF NOT EXISTS with inline named
    // constraints): `uuid UUID PRIMARY KEY DEFAULT uuid_generate_v7()`, explicit timestamptz
    // columns with DEFAULT NOW() (so no timestamps(…)), named FKs fk_newsletters_*, default pkey
    // names, no comments. Upstream calls uuid_generate_v7() unqualified; the snapshot shows the
    // prefix's function, which is what we name (as V59).
    //
    // Down (derived): drops deliveries, broadcasts, list_members, lists — PhoenixKit drops the same
    // four in the same order WITH CASCADE; nothing else references them at V79.

    create_table!(phoenix_kit_newsletters_lists,
        primary_key = uuid(uuid, default = uuid_v7()), {
        name: varchar(255) not_null,
        slug: varchar(255) not_null,
        description: text,
        status: varchar(20) not_null default "active",
        is_default: boolean not_null default false,
        subscriber_count: integer not_null default 0,
        inserted_at: timestamptz not_null default now(),
        updated_at: timestamptz not_null default now(),
    });
    create_index!(phoenix_kit_newsletters_lists, [slug], unique, name = idx_newsletters_lists_slug);

    create_table!(phoenix_kit_newsletters_list_members,
        primary_key = uuid(uuid, default = uuid_v7()), {
        user_uuid: uuid not_null references(phoenix_kit_users.uuid, on_delete = cascade,
            name = fk_newsletters_list_members_user),
        list_uuid: uuid not_null references(phoenix_kit_newsletters_lists.uuid, on_delete = cascade,
            name = fk_newsletters_list_members_list),
        status: varchar(20) not_null default "active",
        subscribed_at: timestamptz not_null default now(),
        unsubscribed_at: timestamptz,
    });
    create_index!(phoenix_kit_newsletters_list_members, [user_uuid, list_uuid], unique,
        name = idx_newsletters_list_members_user_list);
    create_index!(phoenix_kit_newsletters_list_members, [list_uuid], name = idx_newsletters_list_members_list);

    create_table!(phoenix_kit_newsletters_broadcasts,
        primary_key = uuid(uuid, default = uuid_v7()), {
        subject: varchar(998) not_null,
        markdown_body: text,
        html_body: text,
        text_body: text,
        template_uuid: uuid references(phoenix_kit_email_templates.uuid, on_delete = set_null,
            name = fk_newsletters_broadcasts_template),
        list_uuid: uuid not_null references(phoenix_kit_newsletters_lists.uuid, on_delete = restrict,
            name = fk_newsletters_broadcasts_list),
        status: varchar(20) not_null default "draft",
        scheduled_at: timestamptz,
        sent_at: timestamptz,
        total_recipients: integer not_null default 0,
        sent_count: integer not_null default 0,
        delivered_count: integer not_null default 0,
        opened_count: integer not_null default 0,
        bounced_count: integer not_null default 0,
        created_by_user_uuid: uuid references(phoenix_kit_users.uuid, on_delete = set_null,
            name = fk_newsletters_broadcasts_created_by),
        inserted_at: timestamptz not_null default now(),
        updated_at: timestamptz not_null default now(),
    });
    create_index!(phoenix_kit_newsletters_broadcasts, [list_uuid], name = idx_newsletters_broadcasts_list);
    create_index!(phoenix_kit_newsletters_broadcasts, [status], name = idx_newsletters_broadcasts_status);
    create_index!(phoenix_kit_newsletters_broadcasts, [scheduled_at], name = idx_newsletters_broadcasts_scheduled_at,
        filter = "scheduled_at IS NOT NULL");

    create_table!(phoenix_kit_newsletters_deliveries,
        primary_key = uuid(uuid, default = uuid_v7()), {
        broadcast_uuid: uuid not_null references(phoenix_kit_newsletters_broadcasts.uuid, on_delete = cascade,
            name = fk_newsletters_deliveries_broadcast),
        user_uuid: uuid not_null references(phoenix_kit_users.uuid, on_delete = cascade,
            name = fk_newsletters_deliveries_user),
        status: varchar(20) not_null default "pending",
        sent_at: timestamptz,
        delivered_at: timestamptz,
        opened_at: timestamptz,
        error: text,
        message_id: varchar(255),
        inserted_at: timestamptz not_null default now(),
        updated_at: timestamptz not_null default now(),
    });
    create_index!(phoenix_kit_newsletters_deliveries, [broadcast_uuid], name = idx_newsletters_deliveries_broadcast);
    create_index!(phoenix_kit_newsletters_deliveries, [user_uuid], name = idx_newsletters_deliveries_user);
    create_index!(phoenix_kit_newsletters_deliveries, [message_id], unique,
        name = idx_newsletters_deliveries_message_id, filter = "message_id IS NOT NULL");
    create_index!(phoenix_kit_newsletters_deliveries, [status], name = idx_newsletters_deliveries_status);
}
