pk_runtime::version! {
    number = 3;
    title = "Declares another number than its file name";

    add_column!(gadgets, size: integer);
}
