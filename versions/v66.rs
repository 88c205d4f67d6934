pk_macros::version! {
    number = 66;
    title = "Posts user_id nullable";

    // The Posts schemas write only user_uuid now; the legacy bigint user_id loses NOT NULL on five
    // tables (PhoenixKit: only if the table and column exist; both always do at V65).
    //
    // Down (derived): SET NOT NULL again, in reverse order — as PhoenixKit's down; it fails if rows
    // without user_id were written since.
    drop_not_null!(phoenix_kit_post_groups, user_id);
    drop_not_null!(phoenix_kit_post_comments, user_id);
    drop_not_null!(phoenix_kit_post_likes, user_id);
    drop_not_null!(phoenix_kit_post_dislikes, user_id);
    drop_not_null!(phoenix_kit_post_mentions, user_id);
}
