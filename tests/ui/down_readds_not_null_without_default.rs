// `phoenix_kit_users.email` is NOT NULL without a default: the derived down would re-add it
// empty, which fails on any table with rows.
pk_runtime::version! {
    chain = "../../versions";
    number = 83;
    title = "Drop the email";

    drop_column!(phoenix_kit_users, email);
}

fn main() {}
