pk_macros::version! {
    number = 76;
    title = "Stale _id names to _uuid";

    // After V74 every reference is a uuid; a column, a JSONB key and two settings keys still
    // carried the old `_id` name.

    // PhoenixKit renames only while `image_ids` exists; the generated guard (`image_ids` exists
    // and `image_uuids` does not) does the same. Derived down: rename back.
    rename_column!(phoenix_kit_shop_products, image_ids -> image_uuids);

    // The avatar key inside users.custom_fields, as PhoenixKit writes it: the value moves under the
    // new key (overwriting an `avatar_file_uuid` the row may already have) and the old key goes.
    // Rows without the old key are untouched, so a re-run changes nothing.
    // The reverse is PhoenixKit's down: every `avatar_file_uuid` becomes `avatar_file_id` again,
    // also one the application wrote after V76 (or before, in a row that never had the old key).
    update!(phoenix_kit_users,
        set = "custom_fields = (custom_fields - 'avatar_file_id') \
            || jsonb_build_object('avatar_file_uuid', custom_fields -> 'avatar_file_id')",
        filter = "custom_fields ? 'avatar_file_id'") reverse {
        update!(phoenix_kit_users,
            set = "custom_fields = (custom_fields - 'avatar_file_uuid') \
                || jsonb_build_object('avatar_file_id', custom_fields -> 'avatar_file_uuid')",
            filter = "custom_fields ? 'avatar_file_uuid'");
    }

    // Settings keys (unique index phoenix_kit_settings_key_uidx). PhoenixKit's plain UPDATE fails
    // the whole version when a row with the new key already exists (an application that wrote it
    // before upgrading); here the rename then does not happen and both rows stay (the old one is no
    // longer read). The reverse carries the same guard the other way, so a database where both rows
    // existed before V76 gets both back. Like PhoenixKit's down, it also renames a `_uuid` row the
    // application created after V76.
    update!(phoenix_kit_settings, set = "key = 'publishing_translation_endpoint_uuid'",
        filter = "key = 'publishing_translation_endpoint_id' AND NOT EXISTS (SELECT 1 \
            FROM {prefix}.phoenix_kit_settings s WHERE s.key = 'publishing_translation_endpoint_uuid')") reverse {
        update!(phoenix_kit_settings, set = "key = 'publishing_translation_endpoint_id'",
            filter = "key = 'publishing_translation_endpoint_uuid' AND NOT EXISTS (SELECT 1 \
                FROM {prefix}.phoenix_kit_settings s WHERE s.key = 'publishing_translation_endpoint_id')");
    }
    update!(phoenix_kit_settings, set = "key = 'storage_default_bucket_uuid'",
        filter = "key = 'storage_default_bucket_id' AND NOT EXISTS (SELECT 1 \
            FROM {prefix}.phoenix_kit_settings s WHERE s.key = 'storage_default_bucket_uuid')") reverse {
        update!(phoenix_kit_settings, set = "key = 'storage_default_bucket_id'",
            filter = "key = 'storage_default_bucket_uuid' AND NOT EXISTS (SELECT 1 \
                FROM {prefix}.phoenix_kit_settings s WHERE s.key = 'storage_default_bucket_id')");
    }
}
