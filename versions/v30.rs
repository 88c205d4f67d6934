pk_macros::version! {
    number = 30;
    title = "Move preferred_locale into custom_fields";

    // Skipped when the column is already gone, so a re-run (or a database whose V30 ran elsewhere) is safe.
    when!(column_exists(phoenix_kit_users.preferred_locale), {
        // The down copies the locale back into the re-added column and removes the key again, as
        // PhoenixKit's down does (at V29 the locale lived only in the column).
        update!(phoenix_kit_users,
            set = "custom_fields = COALESCE(custom_fields, '{}'::jsonb) || jsonb_build_object('preferred_locale', preferred_locale)",
            filter = "preferred_locale IS NOT NULL") reverse {
            update!(phoenix_kit_users, set = "preferred_locale = custom_fields->>'preferred_locale'",
                filter = "custom_fields->>'preferred_locale' IS NOT NULL");
            update!(phoenix_kit_users, set = "custom_fields = custom_fields - 'preferred_locale'",
                filter = "custom_fields ? 'preferred_locale'");
        }
        drop_index!(phoenix_kit_users_preferred_locale_index);
        drop_column!(phoenix_kit_users, preferred_locale);
    });
}
