pk_macros::version! {
    number = 39;
    title = "Admin notes";

    create_table!(phoenix_kit_admin_notes, {
        user_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        author_id: bigint not_null references(phoenix_kit_users, on_delete = cascade),
        content: text not_null,
        timestamps(timestamp(0)),
    });
    create_index!(phoenix_kit_admin_notes, [user_id]);
    create_index!(phoenix_kit_admin_notes, [author_id]);
    create_index!(phoenix_kit_admin_notes, [inserted_at]);
    comment!(phoenix_kit_admin_notes, "Internal admin notes about users (admin-to-admin communication)");
}
