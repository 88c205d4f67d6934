pk_macros::version! {
    number = 68;
    title = "Publishing posts: NULL slug for timestamp-mode posts";

    // Timestamp-mode posts are identified by (group, post_date, post_time), not by slug: slug may be
    // NULL, the (group_uuid, slug) uniqueness only covers posts that have a slug, and a new partial
    // unique index covers the date/time pair. PhoenixKit does all of it only if the table exists;
    // on the chain it does (V59), so no `when!`.

    // Down: PhoenixKit backfills the NULL slugs with 'migrated-' || uuid before restoring NOT NULL;
    // the explicit reverse does the same (fill only where NULL, then NOT NULL, only while the column
    // allows NULL). The backfilled slugs stay after a later up, as in PhoenixKit.
    drop_not_null!(phoenix_kit_publishing_posts, slug) reverse {
        set_not_null!(phoenix_kit_publishing_posts, slug, fill = sql("'migrated-' || uuid"));
    }

    // The unconditional unique index (V59) becomes partial. There is no "alter index predicate": it
    // is dropped and re-created, as PhoenixKit does (so a re-run after a marker reset rebuilds it,
    // with the same definition). PhoenixKit's DROP INDEX is unqualified (resolved through
    // search_path: wrong schema for a non-public prefix); ours is qualified.
    // Derived down: the partial index is dropped and the V59 definition re-created from the model.
    drop_index!(idx_publishing_posts_group_slug);
    create_index!(phoenix_kit_publishing_posts, [group_uuid, slug], unique,
        name = idx_publishing_posts_group_slug, filter = "slug IS NOT NULL");

    // One timestamp-mode post per (group, date, time).
    create_index!(phoenix_kit_publishing_posts, [group_uuid, post_date, post_time], unique,
        name = idx_publishing_posts_group_date_time_unique,
        filter = "post_date IS NOT NULL AND post_time IS NOT NULL");
}
