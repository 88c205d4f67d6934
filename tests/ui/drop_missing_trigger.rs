// No trigger of that name exists on the table.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Drop a trigger";

    drop_trigger!(phoenix_kit_users, audit_users);
}

fn main() {}
