pk_macros::version! {
    number = 81;
    title = "Entity data position for manual ordering";

    // Per-entity manual order of records; existing records are numbered 1, 2, … per entity in
    // creation order. PhoenixKit adds the column if missing and then numbers every row whose
    // position is NULL; a re-run there would number again the rows the application left without a
    // position (1, 2, … among themselves, colliding with the numbered ones). Here the numbering runs
    // only together with the column's creation (as V54's backfill), so a re-run changes nothing.
    // PhoenixKit's `IF table exists` check is left out: entity_data exists since V17.
    when!(column_missing(phoenix_kit_entity_data.position), {
        add_column!(phoenix_kit_entity_data, position: integer);
        // ROW_NUMBER() over the whole table once, joined back by uuid (a correlated subquery would
        // compute the window once per row). Ties on date_created are broken by uuid (time-ordered
        // v7), so the numbering is deterministic; PhoenixKit leaves tie order unspecified, so every
        // result of ours is one PhoenixKit can produce. Nothing to undo: the down drops the column.
        update!(phoenix_kit_entity_data, set = "position = ranked.rn",
            from = "(SELECT uuid, ROW_NUMBER() OVER (PARTITION BY entity_uuid \
                ORDER BY date_created ASC, uuid ASC) AS rn \
                FROM {prefix}.phoenix_kit_entity_data WHERE position IS NULL) AS ranked",
            filter = "phoenix_kit_entity_data.uuid = ranked.uuid") reverse {}
    });
    create_index!(phoenix_kit_entity_data, [entity_uuid, position],
        name = phoenix_kit_entity_data_entity_position_idx);
}
