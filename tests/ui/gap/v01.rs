// The one version of a chain with a gap after it (used by ../version_out_of_sequence.rs).
pk_runtime::version! {
    number = 1;
    title = "Widgets";

    create_table!(widgets, { name: text not_null });
}
