// `phoenix_kit_referral_codes` is created by version 4, not before it.
pk_runtime::version! {
    chain = "../../versions";
    number = 4;
    title = "Referrals";

    add_column!(phoenix_kit_users, referral_code_id: bigint references(phoenix_kit_referral_codes));
}

fn main() {}
