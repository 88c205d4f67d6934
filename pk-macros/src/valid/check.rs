//! The named checks every family uses: one function per rule ("the table exists", "the index
//! name is free", …), each returning the error on the offending token. Rules that belong to one
//! operation only are in that operation's family module.

use std::collections::BTreeSet;

use proc_macro2::Span;

use crate::ast::Name;
use pk_schema::{self as ir, Model, TableState};

pub fn err(span: Span, message: impl Into<String>) -> syn::Error {
    syn::Error::new(span, message.into())
}

// Tables.

/// The table exists at this version.
pub fn table_exists<'m>(model: &'m Model, table: &Name) -> syn::Result<&'m TableState> {
    model.table(&table.value).ok_or_else(|| {
        err(
            table.span,
            format!("table `{}` does not exist at this version", table.value),
        )
    })
}

/// No table has this name yet.
pub fn table_absent(model: &Model, table: &Name) -> syn::Result<()> {
    if model.table(&table.value).is_some() {
        return Err(err(
            table.span,
            format!("table `{}` already exists at this version", table.value),
        ));
    }
    Ok(())
}

// Columns.

/// The column exists in the table at this version.
pub fn column_exists<'m>(
    model: &'m Model,
    table: &Name,
    column: &Name,
) -> syn::Result<&'m ir::Column> {
    table_exists(model, table)?
        .column(&column.value)
        .ok_or_else(|| {
            err(
                column.span,
                format!(
                    "column `{}` does not exist in `{}` at this version",
                    column.value, table.value
                ),
            )
        })
}

/// The column does not exist yet.
pub fn column_absent(model: &Model, table: &Name, column: &Name) -> syn::Result<()> {
    if table_exists(model, table)?.column(&column.value).is_some() {
        return Err(err(
            column.span,
            format!(
                "column `{}` already exists in `{}`",
                column.value, table.value
            ),
        ));
    }
    Ok(())
}

/// The column exists and no foreign key the model knows references it (PostgreSQL would refuse
/// to drop it, or with CASCADE drop the constraint behind the model's back).
pub fn column_unreferenced(model: &Model, table: &Name, column: &Name) -> syn::Result<()> {
    column_exists(model, table, column)?;
    if let Some(fk) = model.foreign_keys_to(&table.value, &column.value).first() {
        return Err(err(
            column.span,
            format!(
                "`{}` on `{}` references `{}.{}`: drop it first (drop_constraint! or drop_foreign_keys_to!)",
                fk.name, fk.table, table.value, column.value
            ),
        ));
    }
    Ok(())
}

// Indexes.

/// The index exists at this version.
pub fn index_exists(model: &Model, name: &Name) -> syn::Result<()> {
    if !model.indexes.contains_key(name.value.as_str()) {
        return Err(err(
            name.span,
            format!("index `{}` does not exist at this version", name.value),
        ));
    }
    Ok(())
}

/// Index names are unique within the schema.
pub fn index_absent(model: &Model, name: &str, span: Span) -> syn::Result<()> {
    if model.indexes.contains_key(name)
        || model.tables.values().any(|t| t.uniques.contains_key(name))
    {
        return Err(err(
            span,
            format!("index `{name}` already exists at this version"),
        ));
    }
    Ok(())
}

// Constraints.

/// Names of the table's constraints that the model knows (foreign keys, checks, uniques).
fn constraint_names(table: &TableState) -> BTreeSet<String> {
    table
        .foreign_keys
        .keys()
        .chain(table.checks.keys())
        .chain(table.uniques.keys())
        .map(|name| name.to_string())
        .collect()
}

/// The table has a constraint of this name.
pub fn constraint_exists(model: &Model, table: &Name, name: &Name) -> syn::Result<()> {
    if !constraint_names(table_exists(model, table)?).contains(&name.value) {
        return Err(err(
            name.span,
            format!(
                "constraint `{}` does not exist on `{}` at this version",
                name.value, table.value
            ),
        ));
    }
    Ok(())
}

/// The table has no constraint of this name yet.
pub fn constraint_absent(model: &Model, table: &Name, name: &Name) -> syn::Result<()> {
    if constraint_names(table_exists(model, table)?).contains(&name.value) {
        return Err(constraint_taken(table, name));
    }
    Ok(())
}

/// "constraint `name` already exists on `table`"
pub fn constraint_taken(table: &Name, name: &Name) -> syn::Error {
    err(
        name.span,
        format!(
            "constraint `{}` already exists on `{}`",
            name.value, table.value
        ),
    )
}

// Enums, functions, triggers.

/// The enum type exists at this version.
pub fn enum_exists(model: &Model, name: &Name) -> syn::Result<()> {
    if model.enums.contains_key(name.value.as_str()) {
        Ok(())
    } else {
        Err(err(
            name.span,
            format!("type `{}` does not exist at this version", name.value),
        ))
    }
}

/// No enum type has this name yet.
pub fn enum_absent(model: &Model, name: &Name) -> syn::Result<()> {
    if model.enums.contains_key(name.value.as_str()) {
        return Err(err(
            name.span,
            format!("type `{}` already exists at this version", name.value),
        ));
    }
    Ok(())
}

/// The function with these arguments exists at this version.
pub fn function_exists(model: &Model, name: &Name, args: &str) -> syn::Result<()> {
    if !model
        .functions
        .contains_key(&(name.value.clone().into(), args.to_owned().into()))
    {
        return Err(err(
            name.span,
            format!(
                "function `{}{args}` does not exist at this version",
                name.value
            ),
        ));
    }
    Ok(())
}

/// A function of this name (any arguments) exists at this version.
pub fn function_named(model: &Model, function: &Name) -> syn::Result<()> {
    if !model.functions.keys().any(|(f, _)| f == &function.value) {
        return Err(err(
            function.span,
            format!(
                "function `{}` does not exist at this version",
                function.value
            ),
        ));
    }
    Ok(())
}

/// The table has a trigger of this name.
pub fn trigger_exists(model: &Model, table: &Name, name: &Name) -> syn::Result<()> {
    if !table_exists(model, table)?
        .triggers
        .contains_key(name.value.as_str())
    {
        return Err(err(
            name.span,
            format!(
                "trigger `{}` does not exist on `{}` at this version",
                name.value, table.value
            ),
        ));
    }
    Ok(())
}

/// The table has no trigger of this name yet.
pub fn trigger_absent(model: &Model, table: &Name, name: &Name) -> syn::Result<()> {
    if table_exists(model, table)?
        .triggers
        .contains_key(name.value.as_str())
    {
        return Err(err(
            name.span,
            format!(
                "trigger `{}` already exists on `{}`",
                name.value, table.value
            ),
        ));
    }
    Ok(())
}
