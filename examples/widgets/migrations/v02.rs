pk_runtime::version! {
    number = 2;
    title = "Widget colours";

    add_column!(widgets, colour: varchar(20) not_null default "grey");
    create_index!(widgets, [colour]);
}
