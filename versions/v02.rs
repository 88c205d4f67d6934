pk_macros::version! {
    number = 2;
    title = "Remove is_active from role assignments";

    // Inactive assignments are deleted for good; the down re-adds the column with every row active.
    // Guarded so that a re-run, after the column is gone, has nothing to delete.
    when!(column_exists(phoenix_kit_user_role_assignments.is_active), {
        delete!(phoenix_kit_user_role_assignments, filter = "is_active = false") reverse {}
    });
    drop_index!(idx_user_role_assignments_user_active);
    drop_index!(idx_user_role_assignments_role_active);
    drop_column!(phoenix_kit_user_role_assignments, is_active);
}
