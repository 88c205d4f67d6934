// `username` is added by version 8 itself, so it does not exist yet when version 8 starts:
// the index must come after the `add_column!`.
pk_runtime::version! {
    chain = "../../versions";
    number = 8;
    title = "Usernames";

    create_index!(phoenix_kit_users, [username], unique, name = phoenix_kit_users_username_uidx);
}

fn main() {}
