// No enum type of that name exists at this version.
pk_runtime::version! {
    chain = "../../versions";
    number = 3;
    title = "Add a value";

    add_enum_value!(mood, "happy");
}

fn main() {}
