pk_macros::version! {
    number = 48;
    title = "Post & comment dislikes";

    create_table!(phoenix_kit_post_dislikes, primary_key = uuid(id), {
        post_id: uuid not_null references(phoenix_kit_posts, on_delete = cascade),
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_post_dislikes, [post_id]);
    create_index!(phoenix_kit_post_dislikes, [user_id]);
    create_index!(phoenix_kit_post_dislikes, [post_id, user_id], unique);
    comment!(phoenix_kit_post_dislikes, "User dislikes on posts (unique per user/post pair)");

    create_table!(phoenix_kit_comment_likes, primary_key = uuid(id), {
        comment_id: uuid not_null references(phoenix_kit_post_comments, on_delete = cascade),
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_comment_likes, [comment_id]);
    create_index!(phoenix_kit_comment_likes, [user_id]);
    create_index!(phoenix_kit_comment_likes, [comment_id, user_id], unique);
    comment!(phoenix_kit_comment_likes, "User likes on comments (unique per user/comment pair)");

    create_table!(phoenix_kit_comment_dislikes, primary_key = uuid(id), {
        comment_id: uuid not_null references(phoenix_kit_post_comments, on_delete = cascade),
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_comment_dislikes, [comment_id]);
    create_index!(phoenix_kit_comment_dislikes, [user_id]);
    create_index!(phoenix_kit_comment_dislikes, [comment_id, user_id], unique);
    comment!(phoenix_kit_comment_dislikes, "User dislikes on comments (unique per user/comment pair)");

    add_column!(phoenix_kit_posts, dislike_count: integer not_null default 0);
    add_column!(phoenix_kit_post_comments, dislike_count: integer not_null default 0);
}
