pk_macros::version! {
    number = 12;
    title = "JSON settings";

    add_column!(phoenix_kit_settings, value_json: jsonb);
    // JSON-only settings get an empty string back on the way down (as in PhoenixKit), so that
    // `value` can be NOT NULL again; `value_json` is still there when this runs.
    drop_not_null!(phoenix_kit_settings, value) reverse {
        update!(phoenix_kit_settings, set = "value = ''", filter = "value IS NULL AND value_json IS NOT NULL");
        set_not_null!(phoenix_kit_settings, value);
    }
    comment!(phoenix_kit_settings.value_json,
        "JSONB storage for complex settings data. When present, takes precedence over value field.");
    // PhoenixKit's down sets 'String value for settings (required).'; V11 has no comment, so ours removes it.
    comment!(phoenix_kit_settings.value,
        "String value for simple settings. Can be NULL when using value_json for complex data.");
}
