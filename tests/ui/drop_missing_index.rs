// Version 2 already dropped this index.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Drop it again";

    drop_index!(idx_user_role_assignments_user_active);
}

fn main() {}
