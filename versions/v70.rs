pk_macros::version! {
    number = 70;
    title = "Re-backfill the email log uuid companions";

    // A data repair, no schema change (public_stepwise/v70.txt equals v69.txt except the marker).
    // PhoenixKit's V56/V63 backfills of phoenix_kit_email_events.email_log_uuid and
    // phoenix_kit_email_orphaned_events.matched_email_log_uuid could be skipped (email_logs.uuid
    // still varchar: the JOIN fails), after which V56/V57's NULL-fill gave the companions random v7
    // values pointing nowhere. V70: (1) make email_logs.uuid native uuid, (2) per companion, reset
    // the values that point at no email log to NULL, (3) re-run the JOIN backfill.
    //
    // Re-run safe: after one run every non-NULL companion points at a log, so the resets match
    // nothing; the backfills only fill NULLs whose integer FK has a parent.
    //
    // Down: nothing (marker only), as PhoenixKit's: the repaired values are the correct ones.
    // Differences from PhoenixKit: its two backfills swallow any error (EXCEPTION WHEN OTHERS →
    // RAISE WARNING, which also rolls back that backfill); ours fail the version. Its step (1) runs
    // only for character varying/text/character columns; ours whenever the type is not uuid.

    // (1) The root cause: uuid on this chain since V40 (change_type! only alters a differing type).
    reassert!({
        change_type!(phoenix_kit_email_logs, uuid, uuid, using = "uuid::uuid");
    });

    // (2) email_events: values that point at no log. On the chain the column is NOT NULL with
    // fk_email_events_email_log_uuid (V57), so no row can match here; on databases without the
    // foreign key (PhoenixKit's single-call installs) this clears the random values.
    update!(phoenix_kit_email_events,
        set = "email_log_uuid = NULL",
        filter = "email_log_id IS NOT NULL AND email_log_uuid IS NOT NULL \
            AND NOT EXISTS (SELECT 1 FROM {prefix}.phoenix_kit_email_logs pk_l \
            WHERE pk_l.uuid = {prefix}.phoenix_kit_email_events.email_log_uuid)") reverse {}
    // (3) The JOIN backfill again (batched, as PhoenixKit's ctid loop of 10 000 rows); the column and
    // its index exist since V56, so this is a re-assertion whose backfill fills what is NULL.
    reassert!({
        add_uuid_fk_column!(phoenix_kit_email_events.email_log_uuid, email_log_id -> phoenix_kit_email_logs, batch = 10_000);
    });

    // (2) email_orphaned_events: nullable and without a foreign key, so dangling values can exist.
    update!(phoenix_kit_email_orphaned_events,
        set = "matched_email_log_uuid = NULL",
        filter = "matched_email_log_id IS NOT NULL AND matched_email_log_uuid IS NOT NULL \
            AND NOT EXISTS (SELECT 1 FROM {prefix}.phoenix_kit_email_logs pk_l \
            WHERE pk_l.uuid = {prefix}.phoenix_kit_email_orphaned_events.matched_email_log_uuid)") reverse {}
    // (3) Unbatched, as PhoenixKit's; column and index from V63.
    reassert!({
        add_uuid_fk_column!(phoenix_kit_email_orphaned_events.matched_email_log_uuid,
            matched_email_log_id -> phoenix_kit_email_logs,
            index = phoenix_kit_email_orphaned_events_matched_log_uuid_idx);
    });
}
