// Version 1 already created `phoenix_kit_users`.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Users again";

    create_table!(phoenix_kit_users, {
        email: citext not_null,
    });
}

fn main() {}
