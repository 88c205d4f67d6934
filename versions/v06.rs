pk_macros::version! {
    number = 6;
    title = "Nullable referral expiration date";

    // Codes created without an expiration date get PhoenixKit's far-future date back on the way down.
    drop_not_null!(phoenix_kit_referral_codes, expiration_date) reverse {
        update!(phoenix_kit_referral_codes, set = "expiration_date = '2099-12-31 23:59:59'::timestamp",
            filter = "expiration_date IS NULL");
        set_not_null!(phoenix_kit_referral_codes, expiration_date);
    }
}
