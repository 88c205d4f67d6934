// `phoenix_kit_users` has no `nickname` column after versions 1 and 2.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Display names";

    rename_column!(phoenix_kit_users, nickname -> display_name);
}

fn main() {}
