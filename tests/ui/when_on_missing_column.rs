// A condition names a column the schema does not have at this version.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Conditional drop";

    when!(column_exists(phoenix_kit_users.locale), {
        drop_column!(phoenix_kit_users, locale);
    });
}

fn main() {}
