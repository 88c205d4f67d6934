// `phoenix_kit_users.email` exists since version 1.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Email again";

    add_column!(phoenix_kit_users, email: text);
}

fn main() {}
