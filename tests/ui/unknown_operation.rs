// A typo in an operation's name.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Settings system";

    create_tabel!(phoenix_kit_settings, {
        key: varchar(255) not_null,
    });
}

fn main() {}
