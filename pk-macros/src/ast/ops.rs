//! The table of operations: every `name!(…)` the DSL knows, its family and its parser. The parser
//! dispatches through it, and the "unknown operation" error lists its names, in its order.

use syn::Ident;
use syn::parse::ParseStream;

use super::defs::{Family, OpKind};
use super::{columns, constraints, control, data, indexes, routines, tables, uuid};

/// Parses the arguments of an operation (inside its parentheses) given its name.
pub type Parser = fn(&Ident, ParseStream) -> syn::Result<OpKind>;

/// One operation of the DSL.
pub struct OpSpec {
    pub name: &'static str,
    pub family: Family,
    pub parse: Parser,
}

const fn op(name: &'static str, family: Family, parse: Parser) -> OpSpec {
    OpSpec {
        name,
        family,
        parse,
    }
}

use Family::{Columns, Constraints, Control, Data, Indexes, Routines, Tables, Uuid};

/// Every operation, in the order the "unknown operation" error lists them.
pub const OPS: &[OpSpec] = &[
    op("create_schema", Tables, tables::create_schema),
    op("create_extension", Tables, tables::create_extension),
    op("create_table", Tables, tables::create_table),
    op("drop_table", Tables, tables::drop_table),
    op("add_column", Columns, columns::add_column),
    op("drop_column", Columns, columns::drop_column),
    op("rename_column", Columns, columns::rename_column),
    op("change_type", Columns, columns::change_type),
    op("set_not_null", Columns, columns::set_not_null),
    op("drop_not_null", Columns, columns::drop_not_null),
    op("set_default", Columns, columns::set_default),
    op("drop_default", Columns, columns::drop_default),
    op("create_index", Indexes, indexes::create_index),
    op("drop_index", Indexes, indexes::drop_index),
    op("add_foreign_key", Constraints, constraints::add_foreign_key),
    op("drop_constraint", Constraints, constraints::drop_constraint),
    op("add_check", Constraints, constraints::add_check),
    op("comment", Tables, tables::comment),
    op("seed", Data, data::seed),
    op("update", Data, data::update),
    op("delete", Data, data::delete),
    op("call", Data, data::call),
    op("sql", Data, data::sql),
    op("when", Control, control::when),
    op("create_enum", Routines, routines::create_enum),
    op("add_enum_value", Routines, routines::add_enum_value),
    op("drop_enum", Routines, routines::drop_enum),
    op("create_function", Routines, routines::create_function),
    op("drop_function", Routines, routines::drop_function),
    op("create_trigger", Routines, routines::create_trigger),
    op("drop_trigger", Routines, routines::drop_trigger),
    op("set_unlogged", Tables, tables::set_unlogged),
    op("run_chain", Data, data::run_chain),
    op("rename_table", Tables, tables::rename_table),
    op("rename_index", Indexes, indexes::rename_index),
    op("add_unique", Constraints, constraints::add_unique),
    op("set_local", Data, data::set_local),
    op("add_uuid_column", Uuid, uuid::add_uuid_column),
    op("add_uuid_fk_column", Uuid, uuid::add_uuid_fk_column),
    op("reassert", Control, control::reassert),
    op("add_primary_key", Constraints, constraints::add_primary_key),
    op("drop_sequence", Uuid, uuid::drop_sequence),
    op("drop_foreign_keys_to", Uuid, uuid::drop_foreign_keys_to),
    op(
        "promote_uuid_primary_key",
        Uuid,
        uuid::promote_uuid_primary_key,
    ),
];

/// The operation called `name`, or the error that lists them all.
pub fn find(name: &Ident) -> syn::Result<&'static OpSpec> {
    let text = name.to_string();
    OPS.iter().find(|op| op.name == text).ok_or_else(|| {
        syn::Error::new_spanned(
            name,
            format!("unknown operation `{name}`; expected one of {}", expected()),
        )
    })
}

/// The names of the operations, comma-separated, in the table's order.
pub fn expected() -> String {
    OPS.iter().map(|op| op.name).collect::<Vec<_>>().join(", ")
}
