// Versions are numbered without gaps: version 3 needs v01.rs and v02.rs beside the chain; ui/gap has only v01.rs.
pk_runtime::version! {
    chain = "gap";
    number = 3;
    title = "From the future";

    create_index!(phoenix_kit_users, [first_name]);
}

fn main() {}
