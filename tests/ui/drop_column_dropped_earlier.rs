// Version 2 dropped `phoenix_kit_user_role_assignments.is_active`.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Drop it again";

    drop_column!(phoenix_kit_user_role_assignments, is_active);
}

fn main() {}
