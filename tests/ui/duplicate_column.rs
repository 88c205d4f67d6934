// A table cannot have the same column twice.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Settings system";

    create_table!(phoenix_kit_settings, {
        key: varchar(255) not_null,
        value: varchar(255) not_null,
        key: text,
    });
}

fn main() {}
