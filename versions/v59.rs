pk_macros::version! {
    number = 59;
    title = "Publishing module tables";

    // PhoenixKit writes this version as raw SQL (CREATE TABLE IF NOT EXISTS with inline named
    // constraints): every table has `uuid UUID PRIMARY KEY DEFAULT uuid_generate_v7()`, explicit
    // timestamptz `inserted_at`/`updated_at` with DEFAULT NOW() (so no timestamps(…) here), and no
    // table comments. Upstream calls uuid_generate_v7() unqualified; the snapshot shows the
    // function of the prefix schema (`<prefix>.uuid_generate_v7()`), which is what we name.
    // posts/versions keep bigint created_by_id/updated_by_id without FK next to the uuid FKs
    // (PhoenixKit's "dual-write"; V74 drops them).
    //
    // Down (derived): drops the seeded setting, then contents, versions, posts, groups — the same
    // effect as PhoenixKit's down (which drops the tables WITH CASCADE, then deletes the setting).

    create_table!(phoenix_kit_publishing_groups,
        primary_key = uuid(uuid, default = uuid_v7()), {
        name: varchar(255) not_null,
        slug: varchar(255) not_null,
        mode: varchar(20) not_null default "timestamp",
        position: integer not_null default 0,
        data: jsonb not_null default "{}",
        inserted_at: timestamptz not_null default now(),
        updated_at: timestamptz not_null default now(),
    });
    create_index!(phoenix_kit_publishing_groups, [slug], unique, name = idx_publishing_groups_slug);

    create_table!(phoenix_kit_publishing_posts,
        primary_key = uuid(uuid, default = uuid_v7()), {
        group_id: uuid not_null references(phoenix_kit_publishing_groups.uuid, on_delete = cascade,
            name = fk_publishing_posts_group),
        slug: varchar(500) not_null,
        status: varchar(20) not_null default "draft",
        mode: varchar(20) not_null default "timestamp",
        primary_language: varchar(10) not_null default "en",
        published_at: timestamptz,
        scheduled_at: timestamptz,
        post_date: date,
        post_time: time,
        created_by_uuid: uuid references(phoenix_kit_users.uuid, on_delete = set_null,
            name = fk_publishing_posts_created_by),
        created_by_id: bigint,
        updated_by_uuid: uuid references(phoenix_kit_users.uuid, on_delete = set_null,
            name = fk_publishing_posts_updated_by),
        updated_by_id: bigint,
        data: jsonb not_null default "{}",
        inserted_at: timestamptz not_null default now(),
        updated_at: timestamptz not_null default now(),
    });
    create_index!(phoenix_kit_publishing_posts, [group_id, slug], unique,
        name = idx_publishing_posts_group_slug);
    create_index!(phoenix_kit_publishing_posts, [group_id], name = idx_publishing_posts_group_id);
    create_index!(phoenix_kit_publishing_posts, [group_id, status], name = idx_publishing_posts_group_status);
    create_index!(phoenix_kit_publishing_posts, [group_id, published_at desc],
        name = idx_publishing_posts_group_published_at);
    create_index!(phoenix_kit_publishing_posts, [group_id, post_date desc, post_time desc],
        name = idx_publishing_posts_group_date_time, filter = "post_date IS NOT NULL");
    create_index!(phoenix_kit_publishing_posts, [scheduled_at], name = idx_publishing_posts_scheduled,
        filter = "status = 'scheduled'");
    create_index!(phoenix_kit_publishing_posts, [created_by_uuid], name = idx_publishing_posts_created_by);
    create_index!(phoenix_kit_publishing_posts, [updated_by_uuid], name = idx_publishing_posts_updated_by);

    create_table!(phoenix_kit_publishing_versions,
        primary_key = uuid(uuid, default = uuid_v7()), {
        post_id: uuid not_null references(phoenix_kit_publishing_posts.uuid, on_delete = cascade,
            name = fk_publishing_versions_post),
        version_number: integer not_null,
        status: varchar(20) not_null default "draft",
        created_by_uuid: uuid references(phoenix_kit_users.uuid, on_delete = set_null,
            name = fk_publishing_versions_created_by),
        created_by_id: bigint,
        data: jsonb not_null default "{}",
        inserted_at: timestamptz not_null default now(),
        updated_at: timestamptz not_null default now(),
    });
    create_index!(phoenix_kit_publishing_versions, [post_id, version_number], unique,
        name = idx_publishing_versions_post_number);
    create_index!(phoenix_kit_publishing_versions, [post_id], name = idx_publishing_versions_post_id);
    create_index!(phoenix_kit_publishing_versions, [post_id, status], name = idx_publishing_versions_post_status);
    create_index!(phoenix_kit_publishing_versions, [created_by_uuid],
        name = idx_publishing_versions_created_by);

    create_table!(phoenix_kit_publishing_contents,
        primary_key = uuid(uuid, default = uuid_v7()), {
        version_id: uuid not_null references(phoenix_kit_publishing_versions.uuid, on_delete = cascade,
            name = fk_publishing_contents_version),
        language: varchar(10) not_null,
        title: varchar(500) not_null,
        content: text,
        status: varchar(20) not_null default "draft",
        url_slug: varchar(500),
        data: jsonb not_null default "{}",
        inserted_at: timestamptz not_null default now(),
        updated_at: timestamptz not_null default now(),
    });
    create_index!(phoenix_kit_publishing_contents, [version_id, language], unique,
        name = idx_publishing_contents_version_language);
    create_index!(phoenix_kit_publishing_contents, [version_id], name = idx_publishing_contents_version_id);
    create_index!(phoenix_kit_publishing_contents, [url_slug], name = idx_publishing_contents_url_slug,
        filter = "url_slug IS NOT NULL");
    create_index!(phoenix_kit_publishing_contents, [data], name = idx_publishing_contents_data_gin,
        using = gin);

    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "publishing_storage", value: "filesystem", date_added: now(), date_updated: now() },
    ]);
}
