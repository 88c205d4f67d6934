pk_macros::version! {
    number = 55;
    title = "Standalone comments";

    // Resource-agnostic comments (resource_type + resource_id), PhoenixKit's raw SQL tables: uuid
    // primary keys DEFAULT gen_random_uuid(), named FKs and UNIQUE constraints, explicit
    // `inserted_at`/`updated_at` with DEFAULT now().
    create_table!(phoenix_kit_comments, primary_key = uuid(id, default = sql("gen_random_uuid()")), {
        resource_type: varchar(50) not_null,
        resource_id: uuid not_null,
        user_id: bigint references(phoenix_kit_users, on_delete = set_null, name = fk_comments_user),
        parent_id: uuid references(phoenix_kit_comments, on_delete = cascade, name = fk_comments_parent),
        content: text not_null,
        status: varchar(20) not_null default "published",
        depth: integer not_null default 0,
        like_count: integer not_null default 0,
        dislike_count: integer not_null default 0,
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
    });
    create_index!(phoenix_kit_comments, [resource_type, resource_id], name = idx_comments_resource);
    create_index!(phoenix_kit_comments, [resource_type, resource_id, status], name = idx_comments_resource_status);
    create_index!(phoenix_kit_comments, [user_id], name = idx_comments_user_id);
    create_index!(phoenix_kit_comments, [parent_id], name = idx_comments_parent_id);
    create_index!(phoenix_kit_comments, [status], name = idx_comments_status);
    create_index!(phoenix_kit_comments, [inserted_at], name = idx_comments_inserted_at);

    create_table!(phoenix_kit_comments_likes, primary_key = uuid(id, default = sql("gen_random_uuid()")), {
        comment_id: uuid not_null
            references(phoenix_kit_comments, on_delete = cascade, name = fk_comments_likes_comment),
        user_id: bigint not_null
            references(phoenix_kit_users, on_delete = cascade, name = fk_comments_likes_user),
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
        unique(uq_comments_likes_comment_user, [comment_id, user_id]),
    });

    create_table!(phoenix_kit_comments_dislikes, primary_key = uuid(id, default = sql("gen_random_uuid()")), {
        comment_id: uuid not_null
            references(phoenix_kit_comments, on_delete = cascade, name = fk_comments_dislikes_comment),
        user_id: bigint not_null
            references(phoenix_kit_users, on_delete = cascade, name = fk_comments_dislikes_user),
        inserted_at: timestamp not_null default now(),
        updated_at: timestamp not_null default now(),
        unique(uq_comments_dislikes_comment_user, [comment_id, user_id]),
    });

    // Without `module`, as PhoenixKit inserts them. The derived down deletes these four keys, as
    // PhoenixKit's down does.
    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "comments_enabled", value: "false", date_added: now(), date_updated: now() },
        { key: "comments_moderation", value: "false", date_added: now(), date_updated: now() },
        { key: "comments_max_depth", value: "10", date_added: now(), date_updated: now() },
        { key: "comments_max_length", value: "10000", date_added: now(), date_updated: now() },
    ]);

    // The Admin role is granted the new `comments` key, only if the Admin role exists (as V53).
    // The down removes the `comments` key from every role, as PhoenixKit's down does: the module's
    // tables are gone.
    sql!(why = "seed!'s rows are literal VALUES: a role_id from a SELECT that finds no Admin row \
            would insert NULL (NOT NULL violation) instead of skipping, and when! only tests the catalog; \
            INSERT … SELECT inserts nothing when there is no Admin role, as PhoenixKit's DO block does",
        "INSERT INTO {prefix}.phoenix_kit_role_permissions (role_id, module_key, inserted_at) \
         SELECT r.id, 'comments', NOW() FROM {prefix}.phoenix_kit_user_roles r WHERE r.name = 'Admin' \
         ON CONFLICT (role_id, module_key) DO NOTHING") reverse {
        delete!(phoenix_kit_role_permissions, filter = "module_key = 'comments'");
    }
}
