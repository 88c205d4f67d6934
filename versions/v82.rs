pk_macros::version! {
    number = 82;
    title = "Comments metadata";

    // Free-form per-comment data for host applications (reactions, flags, embeds). PhoenixKit adds
    // it only if phoenix_kit_comments exists (always the case on this chain, since V55) and if the
    // column is missing (ADD COLUMN IF NOT EXISTS, as rendered here). Nullable, DEFAULT '{}':
    // existing rows get {}. Derived down: drop the column, as PhoenixKit's down.
    add_column!(phoenix_kit_comments, metadata: jsonb default "{}");
}
