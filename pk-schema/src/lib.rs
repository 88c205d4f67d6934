//! `pk-schema`: the definition layer of pk, one definition of every schema operation.
//!
//! pk describes a PostgreSQL schema as a *chain* of numbered versions, each a list of typed
//! operations, and installs it in any schema ("prefix"). This crate holds what such a chain is
//! made of and what can be computed from it without a database: the operations as plain data,
//! the validated prefix and the one identifier-quoting function every statement goes through,
//! the schema model a chain builds, the downs derived from it, and the expected schema of any
//! version.
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
//!
//! # Prefixes and quoting
//!
//! A schema name is validated once, by [`Prefix::new`], and quoted wherever it is used; names
//! that need quoting are kept verbatim.
//!
//! ```
//! use pk_schema::{Prefix, PrefixError, quote_ident, quote_literal};
//!
//! let tenant = Prefix::new("tenant_a")?;
//! assert_eq!(tenant.quoted(), r#""tenant_a""#);
//! assert_eq!(tenant.qualify("phoenix_kit"), r#""tenant_a"."phoenix_kit""#);
//!
//! // Every identifier is quoted, embedded quotes doubled; literals likewise.
//! assert_eq!(quote_ident(r#"Tenant "B""#), r#""Tenant ""B""""#);
//! assert_eq!(quote_literal("it's"), "'it''s'");
//!
//! // Rejected before any SQL runs.
//! assert_eq!(Prefix::new(""), Err(PrefixError::Empty));
//! assert!(matches!(Prefix::new("pg_catalog"), Err(PrefixError::Reserved(_))));
//! # Ok::<(), PrefixError>(())
//! ```
//!
//! # The model and derived downs
//!
//! Operations are applied to a [`Model`]; the inverse of an operation is derived from the model
//! before it.
//!
//! ```
//! use std::collections::BTreeSet;
//! use pk_schema::{Column, Model, Op, Sql, Table, inverse};
//!
//! let id = Column {
//!     name: "id".into(),
//!     ty: Sql::new("bigserial"),
//!     canonical: "bigint".into(),
//!     not_null: true,
//!     default: None,
//! };
//! let mut model = Model::default();
//! model.apply(&Op::CreateTable(Table {
//!     name: "widgets".into(),
//!     columns: vec![id].into(),
//!     primary_key: vec!["id".into()].into(),
//!     foreign_keys: Vec::new().into(),
//!     checks: Vec::new().into(),
//!     uniques: Vec::new().into(),
//! }));
//! // bigserial brings its sequence, owned by the column.
//! assert!(model.sequences.contains_key("widgets_id_seq"));
//!
//! let add = Op::AddColumn {
//!     table: "widgets".into(),
//!     column: Column {
//!         name: "theme".into(),
//!         ty: Sql::new("varchar(20)"),
//!         canonical: "character varying(20)".into(),
//!         not_null: false,
//!         default: None,
//!     },
//! };
//! let down = inverse::derive(&add, &model, &BTreeSet::new());
//! assert_eq!(
//!     down,
//!     Some(vec![Op::DropColumn {
//!         table: "widgets".into(),
//!         column: "theme".into(),
//!         cascade: false,
//!     }])
//! );
//! model.apply(&add);
//! assert!(model.table("widgets").and_then(|t| t.column("theme")).is_some());
//! ```

#![deny(missing_docs)]

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
