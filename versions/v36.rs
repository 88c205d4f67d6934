pk_macros::version! {
    number = 36;
    title = "Connections";

    create_table!(phoenix_kit_user_follows, primary_key = uuid(id), {
        follower_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        followed_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        inserted_at: timestamp(0) not_null,
    });
    create_index!(phoenix_kit_user_follows, [follower_id]);
    create_index!(phoenix_kit_user_follows, [followed_id]);
    create_index!(phoenix_kit_user_follows, [follower_id, followed_id], unique, name = phoenix_kit_user_follows_unique_idx);
    comment!(phoenix_kit_user_follows, "One-way follow relationships (follower follows followed, no consent required)");

    create_table!(phoenix_kit_user_connections, primary_key = uuid(id), {
        requester_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        recipient_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        status: varchar(255) not_null default "pending",
        requested_at: timestamp(0) not_null,
        responded_at: timestamp(0),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_user_connections, [requester_id]);
    create_index!(phoenix_kit_user_connections, [recipient_id]);
    create_index!(phoenix_kit_user_connections, [status]);
    create_index!(phoenix_kit_user_connections, [recipient_id, status], name = phoenix_kit_user_connections_recipient_status_idx);
    create_index!(phoenix_kit_user_connections, [requester_id, status], name = phoenix_kit_user_connections_requester_status_idx);
    comment!(phoenix_kit_user_connections, "Two-way mutual connections (requires acceptance from both parties)");

    create_table!(phoenix_kit_user_blocks, primary_key = uuid(id), {
        blocker_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        blocked_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        reason: varchar(255),
        inserted_at: timestamp(0) not_null,
    });
    create_index!(phoenix_kit_user_blocks, [blocker_id]);
    create_index!(phoenix_kit_user_blocks, [blocked_id]);
    create_index!(phoenix_kit_user_blocks, [blocker_id, blocked_id], unique, name = phoenix_kit_user_blocks_unique_idx);
    comment!(phoenix_kit_user_blocks, "User blocking (prevents all interaction between users)");

    create_table!(phoenix_kit_user_follows_history, primary_key = uuid(id), {
        follower_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        followed_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        action: varchar(255) not_null,
        inserted_at: timestamp(0) not_null,
    });
    create_index!(phoenix_kit_user_follows_history, [follower_id]);
    create_index!(phoenix_kit_user_follows_history, [followed_id]);
    create_index!(phoenix_kit_user_follows_history, [inserted_at]);
    comment!(phoenix_kit_user_follows_history, "Activity log of follow/unfollow events");

    create_table!(phoenix_kit_user_connections_history, primary_key = uuid(id), {
        user_a_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        user_b_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        actor_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        action: varchar(255) not_null,
        inserted_at: timestamp(0) not_null,
    });
    create_index!(phoenix_kit_user_connections_history, [user_a_id]);
    create_index!(phoenix_kit_user_connections_history, [user_b_id]);
    create_index!(phoenix_kit_user_connections_history, [actor_id]);
    create_index!(phoenix_kit_user_connections_history, [inserted_at]);
    comment!(phoenix_kit_user_connections_history, "Activity log of connection request/accept/reject/remove events");

    create_table!(phoenix_kit_user_blocks_history, primary_key = uuid(id), {
        blocker_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        blocked_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        action: varchar(255) not_null,
        reason: varchar(255),
        inserted_at: timestamp(0) not_null,
    });
    create_index!(phoenix_kit_user_blocks_history, [blocker_id]);
    create_index!(phoenix_kit_user_blocks_history, [blocked_id]);
    create_index!(phoenix_kit_user_blocks_history, [inserted_at]);
    comment!(phoenix_kit_user_blocks_history, "Activity log of block/unblock events");

    seed!(phoenix_kit_settings, conflict = [key], rows = [
        { key: "connections_enabled", value: "false", date_added: now(), date_updated: now() },
    ]);
}
