//! `pk-schema`: the definition layer of pk, one definition of every schema operation.
//!
//! - [`def`]: chains, versions and operations as plain data ([`Op`], [`Column`], [`Index`], …),
//!   built by the `pk_macros::version!` DSL at compile time and executed by `pk_runtime`;
//! - [`model`]: the schema a chain builds ([`Model`]), with [`Model::apply`] for one operation;
//! - [`inverse`]: the operations that undo an operation, derived from the model before it;
//! - [`prefix`]: the schema a chain is installed in, and the one identifier quoting function;
//! - [`scaffold`]: version file names and the scaffold of a chain's next version;
//! - [`expected`]: the expected schema of a chain at a version, rendered from the model in the
//!   catalog snapshot's line format, with [`deparse`] printing SQL fragments as PostgreSQL does.
//!
//! No database driver and no parser live here: the macro crate parses into these types, the
//! runtime renders and runs them.

pub mod def;
pub mod deparse;
pub mod expected;
pub mod inverse;
pub mod model;
pub mod prefix;
pub mod scaffold;

pub use def::*;
pub use model::{Model, Sequence, TableState};
pub use prefix::{MAX_IDENTIFIER_BYTES, Prefix, PrefixError, quote_ident, quote_literal};
