pk_macros::version! {
    number = 75;
    title = "uuid defaults, sequence cleanup";

    // V72's renames left the 27 Category A `uuid` columns without a default (their `id` never had
    // one: Ecto generated the ids). PhoenixKit sets DEFAULT uuid_generate_v7() on them (unguarded;
    // SET DEFAULT is idempotent), in its list order.
    set_default!(phoenix_kit_buckets, uuid, uuid_v7());
    set_default!(phoenix_kit_comment_dislikes, uuid, uuid_v7());
    set_default!(phoenix_kit_comment_likes, uuid, uuid_v7());
    set_default!(phoenix_kit_file_instances, uuid, uuid_v7());
    set_default!(phoenix_kit_file_locations, uuid, uuid_v7());
    set_default!(phoenix_kit_files, uuid, uuid_v7());
    set_default!(phoenix_kit_post_comments, uuid, uuid_v7());
    set_default!(phoenix_kit_post_dislikes, uuid, uuid_v7());
    set_default!(phoenix_kit_post_groups, uuid, uuid_v7());
    set_default!(phoenix_kit_post_likes, uuid, uuid_v7());
    set_default!(phoenix_kit_post_media, uuid, uuid_v7());
    set_default!(phoenix_kit_post_mentions, uuid, uuid_v7());
    set_default!(phoenix_kit_post_tags, uuid, uuid_v7());
    set_default!(phoenix_kit_post_views, uuid, uuid_v7());
    set_default!(phoenix_kit_posts, uuid, uuid_v7());
    set_default!(phoenix_kit_scheduled_jobs, uuid, uuid_v7());
    set_default!(phoenix_kit_storage_dimensions, uuid, uuid_v7());
    set_default!(phoenix_kit_ticket_attachments, uuid, uuid_v7());
    set_default!(phoenix_kit_ticket_comments, uuid, uuid_v7());
    set_default!(phoenix_kit_ticket_status_history, uuid, uuid_v7());
    set_default!(phoenix_kit_tickets, uuid, uuid_v7());
    set_default!(phoenix_kit_user_blocks, uuid, uuid_v7());
    set_default!(phoenix_kit_user_blocks_history, uuid, uuid_v7());
    set_default!(phoenix_kit_user_connections, uuid, uuid_v7());
    set_default!(phoenix_kit_user_connections_history, uuid, uuid_v7());
    set_default!(phoenix_kit_user_follows, uuid, uuid_v7());
    set_default!(phoenix_kit_user_follows_history, uuid, uuid_v7());

    // PhoenixKit's second list "fixes" gen_random_uuid() defaults; on this chain V56 already set
    // uuid_generate_v7() on all four (comments* via their `id` before V72's rename).
    reassert!({
        set_default!(phoenix_kit_comments, uuid, uuid_v7());
        set_default!(phoenix_kit_comments_dislikes, uuid, uuid_v7());
        set_default!(phoenix_kit_comments_likes, uuid, uuid_v7());
        set_default!(phoenix_kit_role_permissions, uuid, uuid_v7());
    });

    // The version table's serial `id` sequence (V01). PhoenixKit: DROP SEQUENCE IF EXISTS … CASCADE;
    // the CASCADE removes the one thing that depends on it, the DEFAULT nextval(…) of
    // phoenix_kit.id (pk's model knows that and says so with `cascade`). The column stays, a
    // plain integer NOT NULL without default (the table holds no rows: the version is the table
    // comment).
    drop_sequence!(phoenix_kit_id_seq, cascade);

    // Down (derived): the 27 defaults dropped again, the sequence re-created as it was (integer,
    // OWNED BY phoenix_kit.id, positioned after the largest id) and phoenix_kit.id's DEFAULT
    // nextval restored → public_stepwise/v74.txt. PhoenixKit's down only rewrites the marker.
}
