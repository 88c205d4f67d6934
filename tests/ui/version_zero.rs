// Versions are numbered from 1.
pk_runtime::version! {
    chain = "../../versions";
    number = 0;
    title = "Before the beginning";

    create_schema!();
}

fn main() {}
