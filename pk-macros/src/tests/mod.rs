//! Unit tests of the macro's phases without a compiler around them: the parser of each family
//! (token text in, syntax tree or `pk_schema` values out), the named checks that reject (their
//! messages and spans), the downs derived from the ups, and the reference in `version!`'s
//! documentation against the tables of operations and types.

mod checks;
mod docs;
mod downs;
mod parse;
mod resolve;
mod support;
