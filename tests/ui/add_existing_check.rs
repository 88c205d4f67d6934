// V16 added this CHECK already.
pk_runtime::version! {
    chain = "../../versions";
    number = 17;
    title = "Check again";

    add_check!(phoenix_kit_users_tokens, user_id_required_for_non_registration_tokens, "user_id IS NOT NULL");
}

fn main() {}
