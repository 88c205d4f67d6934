pk_runtime::version! {
    number = 1;
    title = "One";

    create_table!(gadgets, primary_key = bigserial(id), {
        name: text not_null,
    });
}
