//! An application with its own schema chain, kept in `migrations/` and applied by pk: the chain is
//! one macro call, and `src/bin/migrate.rs` is its command line.

/// The widgets chain: `migrations/v01.rs`, `v02.rs`, …, tracked by a comment on
/// `<prefix>.widgets_version` (which pk creates with version 1).
pub static CHAIN: pk_runtime::Chain = pk_runtime::chain!(
    "migrations",
    name = "Widgets",
    tracking_table = "widgets_version",
);
