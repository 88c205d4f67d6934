pk_macros::version! {
    number = 73;
    title = "Pre-drop prerequisites for Category B tables";

    // Prepares V74 (ADD PRIMARY KEY (uuid) needs a NOT NULL uuid). PhoenixKit sets NOT NULL on the
    // `uuid` of 7 tables, each in a DO block only while the column allows NULL. On this chain six
    // of them are NOT NULL already (V40's add_uuid_column!, V56's fill + NOT NULL, V63): re-assertions.
    // consent_logs.uuid (V56's Fix 0, nullable until now) is the one that changes. As in PhoenixKit
    // there is no fill: a row with a NULL uuid (only possible if written with an explicit NULL,
    // the column defaults to uuid_generate_v7()) makes the version fail and roll back.
    reassert!({
        set_not_null!(phoenix_kit_ai_endpoints, uuid);
        set_not_null!(phoenix_kit_ai_prompts, uuid);
    });
    set_not_null!(phoenix_kit_consent_logs, uuid);
    reassert!({
        set_not_null!(phoenix_kit_payment_methods, uuid);
        set_not_null!(phoenix_kit_role_permissions, uuid);
        set_not_null!(phoenix_kit_subscription_types, uuid);
        set_not_null!(phoenix_kit_sync_connections, uuid);
    });

    // Unique index on uuid, created by name if missing: new for all three on this chain
    // (payment_methods and subscription_types already have V40's {t}_uuid_idx; PhoenixKit checks the
    // name only, so these two are duplicates, kept as in the snapshot).
    create_index!(phoenix_kit_consent_logs, [uuid], unique, name = phoenix_kit_consent_logs_uuid_unique_index);
    create_index!(phoenix_kit_payment_methods, [uuid], unique, name = phoenix_kit_payment_methods_uuid_unique_index);
    create_index!(phoenix_kit_subscription_types, [uuid], unique, name = phoenix_kit_subscription_types_uuid_unique_index);

    // Index names that still say `id` after V62 renamed their columns to `*_uuid`. PhoenixKit
    // renames only if the old name exists; rename_index! renders ALTER INDEX IF EXISTS.
    rename_index!(phoenix_kit_post_tag_assignments_post_id_tag_id_index -> phoenix_kit_post_tag_assignments_post_uuid_tag_uuid_index);
    rename_index!(phoenix_kit_post_group_assignments_post_id_group_id_index -> phoenix_kit_post_group_assignments_post_uuid_group_uuid_index);
    rename_index!(phoenix_kit_post_media_post_id_position_index -> phoenix_kit_post_media_post_uuid_position_index);
    rename_index!(phoenix_kit_file_instances_file_id_variant_name_index -> phoenix_kit_file_instances_file_uuid_variant_name_index);

    // Down (derived): the 4 renames back, the 3 indexes dropped, consent_logs.uuid nullable again
    // → public_stepwise/v72.txt. PhoenixKit's down makes all 7 nullable (the six that were NOT NULL
    // before V73 too).
}
