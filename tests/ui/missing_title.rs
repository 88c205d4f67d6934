// The header needs a title before the operations.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;

    create_index!(phoenix_kit_users, [first_name]);
}

fn main() {}
