pk_macros::version! {
    number = 72;
    title = "Rename id to uuid on Category A tables";

    // The 30 "Category A" tables have a uuid primary key named `id` (the Ecto schemas mapped
    // `:uuid` to it with `source: :id`). PhoenixKit renames it to `uuid`, in its list order, each
    // only while `id` exists and `uuid` does not (pk: the CanRenameColumn guard, same condition).
    // The primary key, its index and every foreign key that references the column follow the
    // rename (PostgreSQL stores column numbers, not names): 27 FKs (3 self-references) now read
    // `REFERENCES …(uuid)`. pk's model does the same (rename_column! also renames the referenced
    // column of foreign keys; ARCHITECTURE.md, "Dependent objects follow PostgreSQL"), so V74 no longer counts them as FKs to an `id`.
    // The constraint and index names keep `id` where they had it (…_comment_id_fkey, …_pkey).
    rename_column!(phoenix_kit_buckets, id -> uuid);
    rename_column!(phoenix_kit_comment_dislikes, id -> uuid);
    rename_column!(phoenix_kit_comment_likes, id -> uuid);
    rename_column!(phoenix_kit_comments, id -> uuid);
    rename_column!(phoenix_kit_comments_dislikes, id -> uuid);
    rename_column!(phoenix_kit_comments_likes, id -> uuid);
    rename_column!(phoenix_kit_file_instances, id -> uuid);
    rename_column!(phoenix_kit_file_locations, id -> uuid);
    rename_column!(phoenix_kit_files, id -> uuid);
    rename_column!(phoenix_kit_post_comments, id -> uuid);
    rename_column!(phoenix_kit_post_dislikes, id -> uuid);
    rename_column!(phoenix_kit_post_groups, id -> uuid);
    rename_column!(phoenix_kit_post_likes, id -> uuid);
    rename_column!(phoenix_kit_post_media, id -> uuid);
    rename_column!(phoenix_kit_post_mentions, id -> uuid);
    rename_column!(phoenix_kit_post_tags, id -> uuid);
    rename_column!(phoenix_kit_post_views, id -> uuid);
    rename_column!(phoenix_kit_posts, id -> uuid);
    rename_column!(phoenix_kit_scheduled_jobs, id -> uuid);
    rename_column!(phoenix_kit_storage_dimensions, id -> uuid);
    rename_column!(phoenix_kit_ticket_attachments, id -> uuid);
    rename_column!(phoenix_kit_ticket_comments, id -> uuid);
    rename_column!(phoenix_kit_ticket_status_history, id -> uuid);
    rename_column!(phoenix_kit_tickets, id -> uuid);
    rename_column!(phoenix_kit_user_blocks, id -> uuid);
    rename_column!(phoenix_kit_user_blocks_history, id -> uuid);
    rename_column!(phoenix_kit_user_connections, id -> uuid);
    rename_column!(phoenix_kit_user_connections_history, id -> uuid);
    rename_column!(phoenix_kit_user_follows, id -> uuid);
    rename_column!(phoenix_kit_user_follows_history, id -> uuid);

    // PhoenixKit's 4 "missing" foreign keys, each after an orphan clean-up (DELETE for its CASCADE
    // ones, SET NULL for the other) and only if no constraint of that name exists. On the stepwise
    // chain V57 already added the three comment ones (the clean-up then finds nothing, the FK is
    // kept as it is), so they are re-assertions here. They are written as V57 added them: the
    // macro requires a re-asserted constraint to equal the one the model has.
    // fk_comments_user_uuid is ON DELETE SET NULL on this chain (V57's spec); PhoenixKit's V72 list
    // says CASCADE, which only a database that reaches V72 without that constraint (a PhoenixKit
    // one-call install) gets from PhoenixKit — there pk would add V57's SET NULL (the stepwise schema is the target, ARCHITECTURE.md).
    reassert!({
        add_foreign_key!(phoenix_kit_comments(user_uuid) -> phoenix_kit_users(uuid),
            on_delete = set_null, name = fk_comments_user_uuid, orphans = set_null);
        add_foreign_key!(phoenix_kit_comments_dislikes(user_uuid) -> phoenix_kit_users(uuid),
            on_delete = cascade, name = fk_comments_dislikes_user_uuid, orphans = delete);
        add_foreign_key!(phoenix_kit_comments_likes(user_uuid) -> phoenix_kit_users(uuid),
            on_delete = cascade, name = fk_comments_likes_user_uuid, orphans = delete);
    });
    // New on the chain: scheduled_jobs.created_by_uuid (V61's column). Rows pointing at no user are
    // set to NULL first (while the constraint is missing), as PhoenixKit does.
    add_foreign_key!(phoenix_kit_scheduled_jobs(created_by_uuid) -> phoenix_kit_users(uuid),
        on_delete = set_null, name = fk_scheduled_jobs_created_by_uuid, orphans = set_null);

    // Down (derived): drops fk_scheduled_jobs_created_by_uuid, renames the 30 columns back (the FKs
    // follow again) → public_stepwise/v71.txt. PhoenixKit's down also drops the three V57 comment
    // FKs (they exist before V72 on this chain), so its V71 lacks them.
}
