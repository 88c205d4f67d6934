pk_macros::version! {
    number = 24;
    title = "File checksum unique index";

    // Duplicate files are deleted for good, keeping the oldest per checksum (on equal inserted_at,
    // whichever row PostgreSQL returns first, as in PhoenixKit); the down only drops the index.
    delete!(phoenix_kit_files, filter = "id NOT IN (SELECT DISTINCT ON (checksum) id \
        FROM {prefix}.phoenix_kit_files ORDER BY checksum, inserted_at ASC)") reverse {}
    create_index!(phoenix_kit_files, [checksum], unique);
}
