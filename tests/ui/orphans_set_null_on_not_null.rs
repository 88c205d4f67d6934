// invoices.user_uuid is NOT NULL (V57), so its orphans cannot be set to NULL.
pk_runtime::version! {
    chain = "../../versions";
    number = 58;
    title = "Orphans";

    add_foreign_key!(phoenix_kit_invoices(user_uuid) -> phoenix_kit_users(uuid), name = fk_invoices_user_uuid_again,
        orphans = set_null);
}

fn main() {}
