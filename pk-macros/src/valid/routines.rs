//! The routines family: enum types, functions and triggers.

use syn::{Ident, LitStr};

use pk_schema::{self as ir, Model, Op};

use super::check::{
    enum_absent, enum_exists, function_exists, function_named, trigger_absent, trigger_exists,
};
use crate::ast::Name;

pub fn create_enum(model: &Model, name: &Name, values: &[LitStr]) -> syn::Result<Vec<Op>> {
    enum_absent(model, name)?;
    Ok(vec![Op::CreateEnum {
        name: name.value.clone().into(),
        values: values.iter().map(|v| v.value().into()).collect(),
    }])
}

pub fn add_enum_value(model: &Model, name: &Name, value: &LitStr) -> syn::Result<Vec<Op>> {
    enum_exists(model, name)?;
    Ok(vec![Op::AddEnumValue {
        name: name.value.clone().into(),
        value: value.value().into(),
    }])
}

pub fn drop_enum(model: &Model, name: &Name) -> syn::Result<Vec<Op>> {
    enum_exists(model, name)?;
    Ok(vec![Op::DropEnum(name.value.clone().into())])
}

/// `CREATE OR REPLACE FUNCTION`: nothing to check.
pub fn create_function(
    name: &Name,
    args: &LitStr,
    returns: &LitStr,
    language: &Ident,
    body: &LitStr,
    immutable: bool,
    strict: bool,
) -> Vec<Op> {
    vec![Op::CreateFunction(ir::Function {
        name: name.value.clone().into(),
        args: args.value().into(),
        returns: returns.value().into(),
        language: language.to_string().into(),
        body: body.value().into(),
        immutable,
        strict,
    })]
}

pub fn drop_function(model: &Model, name: &Name, args: &LitStr) -> syn::Result<Vec<Op>> {
    function_exists(model, name, &args.value())?;
    Ok(vec![Op::DropFunction {
        name: name.value.clone().into(),
        args: args.value().into(),
    }])
}

/// A trigger under a name the table does not use, calling an existing function.
pub fn create_trigger(
    model: &Model,
    table: &Name,
    name: &Name,
    timing: &LitStr,
    function: &Name,
) -> syn::Result<Vec<Op>> {
    trigger_absent(model, table, name)?;
    function_named(model, function)?;
    Ok(vec![Op::CreateTrigger(ir::Trigger {
        table: table.value.clone().into(),
        name: name.value.clone().into(),
        timing: timing.value().into(),
        function: function.value.clone().into(),
    })])
}

pub fn drop_trigger(model: &Model, table: &Name, name: &Name) -> syn::Result<Vec<Op>> {
    trigger_exists(model, table, name)?;
    Ok(vec![Op::DropTrigger {
        table: table.value.clone().into(),
        name: name.value.clone().into(),
    }])
}
