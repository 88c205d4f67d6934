pk_macros::version! {
    number = 26;
    title = "Checksum rename and per-user dedupe";

    // Extensions are database-wide (other prefixes may use it): the down keeps it, as PhoenixKit's does.
    create_extension!(pgcrypto);
    drop_index!(phoenix_kit_files_checksum_index);
    rename_column!(phoenix_kit_files, checksum -> file_checksum);
    add_column!(phoenix_kit_files, user_file_checksum: varchar(255));
    // The down drops the column, and the hashes with it.
    update!(phoenix_kit_files,
        set = "user_file_checksum = encode(digest(CAST(user_id AS text) || file_checksum, 'sha256'), 'hex')",
        filter = "user_file_checksum IS NULL") reverse {}
    set_not_null!(phoenix_kit_files, user_file_checksum);
    // PhoenixKit builds this index name from the schema name (`public_phoenix_kit_files_…`).
    create_index!(phoenix_kit_files, [user_file_checksum], unique,
        name = "{prefix}_phoenix_kit_files_user_file_checksum_index");
}
