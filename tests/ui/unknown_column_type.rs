// `strng` is not a column type the DSL knows (it means `text` or `varchar(N)`).
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Settings system";

    create_table!(phoenix_kit_settings, {
        key: strng not_null,
    });
}

fn main() {}
