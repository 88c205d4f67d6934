// Versions are numbered without gaps: version 99 needs versions 1..98 before it.
pk_runtime::version! {
    chain = "../../versions";
    number = 99;
    title = "From the future";

    create_index!(phoenix_kit_users, [first_name]);
}

fn main() {}
