pk_macros::version! {
    number = 29;
    title = "Posts";

    create_table!(phoenix_kit_posts, primary_key = uuid(id), {
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        title: varchar(255) not_null,
        sub_title: varchar(255),
        content: text not_null,
        type: varchar(255) not_null default "post",
        status: varchar(255) not_null default "draft",
        scheduled_at: timestamp,
        published_at: timestamp,
        repost_url: varchar(255),
        slug: varchar(255) not_null,
        like_count: integer not_null default 0,
        comment_count: integer not_null default 0,
        view_count: integer not_null default 0,
        metadata: jsonb default "{}",
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_posts, [user_id]);
    create_index!(phoenix_kit_posts, [status]);
    create_index!(phoenix_kit_posts, [type]);
    create_index!(phoenix_kit_posts, [slug]);
    create_index!(phoenix_kit_posts, [scheduled_at]);
    create_index!(phoenix_kit_posts, [published_at]);
    create_index!(phoenix_kit_posts, [user_id, status]);
    create_index!(phoenix_kit_posts, [type, status]);
    create_index!(phoenix_kit_posts, [status, published_at]);
    comment!(phoenix_kit_posts, "Social posts with media, type-specific layouts, and scheduled publishing");

    create_table!(phoenix_kit_post_media, primary_key = uuid(id), {
        post_id: uuid not_null references(phoenix_kit_posts, on_delete = cascade),
        file_id: uuid not_null references(phoenix_kit_files, on_delete = cascade),
        position: integer not_null,
        caption: text,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_media, [post_id]);
    create_index!(phoenix_kit_post_media, [file_id]);
    create_index!(phoenix_kit_post_media, [position]);
    create_index!(phoenix_kit_post_media, [post_id, position], unique);
    comment!(phoenix_kit_post_media, "Post media attachments junction (ordered image galleries with captions)");

    create_table!(phoenix_kit_post_likes, primary_key = uuid(id), {
        post_id: uuid not_null references(phoenix_kit_posts, on_delete = cascade),
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_likes, [post_id]);
    create_index!(phoenix_kit_post_likes, [user_id]);
    create_index!(phoenix_kit_post_likes, [post_id, user_id], unique);
    comment!(phoenix_kit_post_likes, "User likes on posts (unique per user/post pair)");

    create_table!(phoenix_kit_post_comments, primary_key = uuid(id), {
        post_id: uuid not_null references(phoenix_kit_posts, on_delete = cascade),
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        parent_id: uuid references(phoenix_kit_post_comments, on_delete = cascade),
        content: text not_null,
        status: varchar(255) not_null default "published",
        depth: integer not_null default 0,
        like_count: integer not_null default 0,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_comments, [post_id]);
    create_index!(phoenix_kit_post_comments, [user_id]);
    create_index!(phoenix_kit_post_comments, [parent_id]);
    create_index!(phoenix_kit_post_comments, [status]);
    create_index!(phoenix_kit_post_comments, [depth]);
    create_index!(phoenix_kit_post_comments, [post_id, parent_id, depth]);
    comment!(phoenix_kit_post_comments, "Nested threaded comments with unlimited depth (self-referencing)");

    create_table!(phoenix_kit_post_mentions, primary_key = uuid(id), {
        post_id: uuid not_null references(phoenix_kit_posts, on_delete = cascade),
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        mention_type: varchar(255) not_null default "mention",
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_mentions, [post_id]);
    create_index!(phoenix_kit_post_mentions, [user_id]);
    create_index!(phoenix_kit_post_mentions, [mention_type]);
    create_index!(phoenix_kit_post_mentions, [post_id, user_id], unique);
    comment!(phoenix_kit_post_mentions, "User mentions/contributors (tagged users related to post)");

    create_table!(phoenix_kit_post_tags, primary_key = uuid(id), {
        name: varchar(255) not_null,
        slug: varchar(255) not_null,
        usage_count: integer not_null default 0,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_tags, [usage_count]);
    create_index!(phoenix_kit_post_tags, [slug], unique);
    comment!(phoenix_kit_post_tags, "Hashtag system for post categorization (auto-slugified)");

    // PhoenixKit gives both junction tables no primary key.
    create_table!(phoenix_kit_post_tag_assignments, primary_key = none, {
        post_id: uuid not_null references(phoenix_kit_posts, on_delete = cascade),
        tag_id: uuid not_null references(phoenix_kit_post_tags, on_delete = cascade),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_tag_assignments, [post_id]);
    create_index!(phoenix_kit_post_tag_assignments, [tag_id]);
    create_index!(phoenix_kit_post_tag_assignments, [post_id, tag_id], unique);
    comment!(phoenix_kit_post_tag_assignments, "Post-Tag many-to-many junction");

    create_table!(phoenix_kit_post_groups, primary_key = uuid(id), {
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        name: varchar(255) not_null,
        slug: varchar(255) not_null,
        description: text,
        cover_image_id: uuid references(phoenix_kit_files, on_delete = set_null),
        post_count: integer not_null default 0,
        is_public: boolean not_null default false,
        position: integer not_null default 0,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_groups, [user_id]);
    create_index!(phoenix_kit_post_groups, [is_public]);
    create_index!(phoenix_kit_post_groups, [position]);
    create_index!(phoenix_kit_post_groups, [user_id, position]);
    create_index!(phoenix_kit_post_groups, [user_id, slug], unique);
    comment!(phoenix_kit_post_groups, "User-created collections to organize posts (Pinterest-style boards)");

    create_table!(phoenix_kit_post_group_assignments, primary_key = none, {
        post_id: uuid not_null references(phoenix_kit_posts, on_delete = cascade),
        group_id: uuid not_null references(phoenix_kit_post_groups, on_delete = cascade),
        position: integer not_null default 0,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_group_assignments, [post_id]);
    create_index!(phoenix_kit_post_group_assignments, [group_id]);
    create_index!(phoenix_kit_post_group_assignments, [position]);
    create_index!(phoenix_kit_post_group_assignments, [group_id, position]);
    create_index!(phoenix_kit_post_group_assignments, [post_id, group_id], unique);
    comment!(phoenix_kit_post_group_assignments, "Post-Group many-to-many junction with position ordering");

    create_table!(phoenix_kit_post_views, primary_key = uuid(id), {
        post_id: uuid not_null references(phoenix_kit_posts, on_delete = cascade),
        user_id: bigint references(phoenix_kit_users, on_delete = cascade),
        ip_address: varchar(255),
        user_agent_hash: varchar(255),
        session_id: varchar(255),
        viewed_at: timestamp not_null,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_views, [post_id]);
    create_index!(phoenix_kit_post_views, [user_id]);
    create_index!(phoenix_kit_post_views, [session_id]);
    create_index!(phoenix_kit_post_views, [viewed_at]);
    create_index!(phoenix_kit_post_views, [post_id, viewed_at]);
    comment!(phoenix_kit_post_views, "Analytics tracking for post views (session-based deduplication)");

    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "posts_max_media", value: "10", date_added: now(), date_updated: now() },
        { key: "posts_max_title_length", value: "255", date_added: now(), date_updated: now() },
        { key: "posts_max_subtitle_length", value: "500", date_added: now(), date_updated: now() },
        { key: "posts_max_content_length", value: "50000", date_added: now(), date_updated: now() },
        { key: "posts_max_mentions", value: "10", date_added: now(), date_updated: now() },
        { key: "posts_max_tags", value: "20", date_added: now(), date_updated: now() },
        { key: "posts_enabled", value: "false", date_added: now(), date_updated: now() },
        { key: "posts_per_page", value: "20", date_added: now(), date_updated: now() },
        { key: "posts_default_status", value: "draft", date_added: now(), date_updated: now() },
        { key: "posts_comments_enabled", value: "true", date_added: now(), date_updated: now() },
        { key: "posts_likes_enabled", value: "true", date_added: now(), date_updated: now() },
        { key: "posts_allow_scheduling", value: "true", date_added: now(), date_updated: now() },
        { key: "posts_allow_groups", value: "true", date_added: now(), date_updated: now() },
        { key: "posts_allow_reposts", value: "true", date_added: now(), date_updated: now() },
        { key: "posts_seo_auto_slug", value: "true", date_added: now(), date_updated: now() },
        { key: "posts_show_view_count", value: "true", date_added: now(), date_updated: now() },
        { key: "posts_require_approval", value: "false", date_added: now(), date_updated: now() },
        { key: "posts_comment_moderation", value: "false", date_added: now(), date_updated: now() },
    ]);
}
