pk_macros::version! {
    number = 5;
    title = "Beneficiary on referral codes";

    add_column!(phoenix_kit_referral_codes, beneficiary: integer);
}
