pk_runtime::version! {
    number = 3;
    title = "Three";

    add_column!(gadgets, size: integer);
}
