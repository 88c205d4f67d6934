//! PhoenixKit 1.7.71's schema chain (V01..V82) and Oban 2.20.3's (V01..V13, which PhoenixKit's V27
//! installs), as data for `pk_runtime`: every `vNN.rs` beside this file is one version written in
//! pk's DSL, registered by `build.rs`, so adding a version is adding a file.

use pk_schema::Chain;

mod usernames;

include!(concat!(env!("OUT_DIR"), "/phoenix_kit_versions.rs"));
include!(concat!(env!("OUT_DIR"), "/oban_versions.rs"));

/// PhoenixKit's chain: versions tracked by a comment on `<prefix>.phoenix_kit`.
pub static CHAIN: Chain = Chain {
    name: "PhoenixKit",
    tracking_table: "phoenix_kit",
    unmarked_version: 1,
    versions: VERSIONS,
};

/// Oban 2.20.3's own schema migrations (its V01..V13), which PhoenixKit's V27 installs into the
/// same prefix; Oban records its version as a comment on `<prefix>.oban_jobs`.
pub static OBAN: Chain = Chain {
    name: "Oban",
    tracking_table: "oban_jobs",
    unmarked_version: 0,
    versions: OBAN_VERSIONS,
};
