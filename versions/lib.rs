//! PhoenixKit 1.7.71's schema chain (V01..V82) and Oban 2.20.3's (V01..V13, which PhoenixKit's V27
//! installs), as data for `pk_runtime`: every `vNN.rs` beside this file is one version written in
//! pk's DSL, registered by `chain!`, so adding a version is adding a file.

#![deny(missing_docs)]

use pk_schema::Chain;

mod usernames;

/// PhoenixKit's chain: versions tracked by a comment on `<prefix>.phoenix_kit`; a table without
/// a comment is a legacy V01 install.
pub static CHAIN: Chain = pk_macros::chain!(
    ".",
    name = "PhoenixKit",
    tracking_table = "phoenix_kit",
    unmarked_version = 1,
);

/// Oban 2.20.3's own schema migrations (its V01..V13), which PhoenixKit's V27 installs into the
/// same prefix; Oban records its version as a comment on `<prefix>.oban_jobs`.
pub static OBAN: Chain = pk_macros::chain!("oban", name = "Oban", tracking_table = "oban_jobs");
