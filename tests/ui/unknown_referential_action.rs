// `delete` is not a referential action (`cascade` is meant).
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Settings owner";

    create_table!(phoenix_kit_settings, {
        key: varchar(255) not_null,
        owner_id: bigint references(phoenix_kit_users, on_delete = delete),
    });
}

fn main() {}
