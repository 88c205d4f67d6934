pk_macros::version! {
    number = 62;
    title = "Rename UUID-typed `_id` columns to `_uuid`";

    // PhoenixKit's 35 renames, in its order, each in a DO block only if the old column exists;
    // rename_column! is guarded the same way (old exists, new does not). All 35 columns are uuid
    // typed (module tables with uuid primary keys) and exist at V61 on this chain. Index, foreign
    // key and check names keep their `_id` spelling (PostgreSQL renames only the column; the
    // definitions follow it), as public_stepwise/v62.txt shows. The column comment of
    // scheduled_jobs.resource_id follows the column.
    //
    // Down (derived): the 35 renames back, in reverse order — the same as PhoenixKit's down.

    // Group A: Posts
    rename_column!(phoenix_kit_post_comments, post_id -> post_uuid);
    rename_column!(phoenix_kit_post_comments, parent_id -> parent_uuid);
    rename_column!(phoenix_kit_post_likes, post_id -> post_uuid);
    rename_column!(phoenix_kit_post_dislikes, post_id -> post_uuid);
    rename_column!(phoenix_kit_post_mentions, post_id -> post_uuid);
    rename_column!(phoenix_kit_post_media, post_id -> post_uuid);
    rename_column!(phoenix_kit_post_media, file_id -> file_uuid);
    rename_column!(phoenix_kit_post_views, post_id -> post_uuid);
    rename_column!(phoenix_kit_post_tag_assignments, post_id -> post_uuid);
    rename_column!(phoenix_kit_post_tag_assignments, tag_id -> tag_uuid);
    rename_column!(phoenix_kit_post_group_assignments, post_id -> post_uuid);
    rename_column!(phoenix_kit_post_group_assignments, group_id -> group_uuid);
    rename_column!(phoenix_kit_post_groups, cover_image_id -> cover_image_uuid);
    rename_column!(phoenix_kit_comment_likes, comment_id -> comment_uuid);
    rename_column!(phoenix_kit_comment_dislikes, comment_id -> comment_uuid);
    // Group B: Comments
    rename_column!(phoenix_kit_comments, resource_id -> resource_uuid);
    rename_column!(phoenix_kit_comments, parent_id -> parent_uuid);
    rename_column!(phoenix_kit_comments_likes, comment_id -> comment_uuid);
    rename_column!(phoenix_kit_comments_dislikes, comment_id -> comment_uuid);
    // Group C: Tickets
    rename_column!(phoenix_kit_ticket_comments, ticket_id -> ticket_uuid);
    rename_column!(phoenix_kit_ticket_comments, parent_id -> parent_uuid);
    rename_column!(phoenix_kit_ticket_attachments, ticket_id -> ticket_uuid);
    rename_column!(phoenix_kit_ticket_attachments, comment_id -> comment_uuid);
    rename_column!(phoenix_kit_ticket_attachments, file_id -> file_uuid);
    rename_column!(phoenix_kit_ticket_status_history, ticket_id -> ticket_uuid);
    // Group D: Storage
    rename_column!(phoenix_kit_file_instances, file_id -> file_uuid);
    rename_column!(phoenix_kit_file_locations, bucket_id -> bucket_uuid);
    rename_column!(phoenix_kit_file_locations, file_instance_id -> file_instance_uuid);
    // Group E: Publishing
    rename_column!(phoenix_kit_publishing_posts, group_id -> group_uuid);
    rename_column!(phoenix_kit_publishing_versions, post_id -> post_uuid);
    rename_column!(phoenix_kit_publishing_contents, version_id -> version_uuid);
    // Group F: Shop
    rename_column!(phoenix_kit_shop_categories, image_id -> image_uuid);
    rename_column!(phoenix_kit_shop_products, featured_image_id -> featured_image_uuid);
    rename_column!(phoenix_kit_shop_products, file_id -> file_uuid);
    // Group G: Scheduled Jobs
    rename_column!(phoenix_kit_scheduled_jobs, resource_id -> resource_uuid);
}
