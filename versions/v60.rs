pk_macros::version! {
    number = 60;
    title = "Email templates UUID FK columns";

    // No operations: PhoenixKit adds phoenix_kit_email_templates.created_by_user_uuid and
    // updated_by_user_uuid (nullable uuid), each in a DO block only if the column is missing. It is
    // a repair for databases whose V15 predates these columns; on our chain V15 creates both (see
    // v15.rs), so the DO blocks never do anything and the schema at V60 equals V59's (checked
    // against public_stepwise/v59.txt and v60.txt: only the version marker differs). A
    // when!(column_missing(…), { add_column!(…) }) cannot be written, because the macro checks the
    // inner add_column! against the chain, where the columns already exist.
    //
    // Down: nothing to undo, so V59's schema is restored exactly. PhoenixKit's down instead drops
    // both columns, which V15 created, leaving a V59 database without them (until V60 is run again).
}
