//! The constraints family: primary keys, foreign keys (their referenced table and columns, their
//! actions, what happens to orphans), CHECKs and uniques.

use pk_schema::{self as ir, Action, Model, Op};

use super::check::{
    column_exists, constraint_absent, constraint_exists, constraint_taken, err, index_absent,
    table_exists,
};
use crate::ast::{self, Name};

/// `ADD CONSTRAINT name PRIMARY KEY (columns)` on a table without one.
pub fn add_primary_key(
    model: &Model,
    table: &Name,
    columns: &[Name],
    name: Option<&Name>,
) -> syn::Result<Op> {
    primary_key_absent(model, table)?;
    for column in columns {
        column_exists(model, table, column)?;
    }
    let name = name.cloned().unwrap_or_else(|| Name {
        value: format!("{}_pkey", table.value),
        span: table.span,
    });
    index_absent(model, &name.value, name.span)?;
    Ok(Op::AddPrimaryKey {
        table: table.value.clone().into(),
        columns: columns.iter().map(|c| c.value.clone().into()).collect(),
        name: name.value.into(),
    })
}

/// The table has no primary key yet.
fn primary_key_absent(model: &Model, table: &Name) -> syn::Result<()> {
    let state = table_exists(model, table)?;
    if !state.primary_key.is_empty() {
        return Err(err(
            table.span,
            format!(
                "`{}` already has a primary key ({})",
                table.value,
                state.primary_key.join(", ")
            ),
        ));
    }
    Ok(())
}

pub fn drop_constraint(model: &Model, table: &Name, name: &Name) -> syn::Result<Vec<Op>> {
    constraint_exists(model, table, name)?;
    Ok(vec![Op::DropConstraint {
        table: table.value.clone().into(),
        name: name.value.clone().into(),
    }])
}

/// A CHECK under a name the table does not use yet.
pub fn add_check(model: &Model, def: &ast::CheckDef) -> syn::Result<Vec<Op>> {
    constraint_absent(model, &def.table, &def.name)?;
    Ok(vec![Op::AddCheck(check_def(def))])
}

/// A unique constraint on existing columns, under a name no constraint or index has.
pub fn add_unique(model: &Model, def: &ast::UniqueDef) -> syn::Result<Vec<Op>> {
    constraint_absent(model, &def.table, &def.name)?;
    index_absent(model, &def.name.value, def.name.span)?;
    for column in &def.columns {
        column_exists(model, &def.table, column)?;
    }
    Ok(vec![Op::AddUnique(unique_def(def))])
}

/// The unique constraint a definition describes.
pub fn unique_def(def: &ast::UniqueDef) -> ir::Unique {
    ir::Unique {
        table: def.table.value.clone().into(),
        name: def.name.value.clone().into(),
        columns: def.columns.iter().map(|c| c.value.clone().into()).collect(),
    }
}

/// The CHECK a definition describes.
pub fn check_def(def: &ast::CheckDef) -> ir::Check {
    ir::Check {
        table: def.table.value.clone().into(),
        name: def.name.value.clone().into(),
        expr: def.expr.value().into(),
        not_valid: def.not_valid,
    }
}

/// A foreign key between existing columns, under a name the table does not use yet.
pub fn add_foreign_key(def: &ast::ForeignKeyDef, model: &Model) -> syn::Result<ir::ForeignKey> {
    for column in &def.columns {
        column_exists(model, &def.table, column)?;
    }
    reference_target(model, None, &def.ref_table, &def.ref_columns)?;
    columns_match_references(def)?;
    let name = foreign_key_name(def);
    foreign_key_absent(model, &def.table, &name)?;
    foreign_key_spec(def, model, name)
}

/// As many referenced columns as columns.
fn columns_match_references(def: &ast::ForeignKeyDef) -> syn::Result<()> {
    if def.columns.len() != def.ref_columns.len() {
        return Err(err(
            def.ref_table.span,
            "a foreign key needs as many referenced columns as columns",
        ));
    }
    Ok(())
}

/// The table has no foreign key of this name yet.
fn foreign_key_absent(model: &Model, table: &Name, name: &Name) -> syn::Result<()> {
    if table_exists(model, table)?
        .foreign_keys
        .contains_key(name.value.as_str())
    {
        return Err(constraint_taken(table, name));
    }
    Ok(())
}

/// `name = …`, or PostgreSQL's and Ecto's default `{table}_{columns}_fkey`.
pub fn foreign_key_name(def: &ast::ForeignKeyDef) -> Name {
    def.name.clone().unwrap_or_else(|| Name {
        value: format!(
            "{}_{}_fkey",
            def.table.value,
            def.columns
                .iter()
                .map(|c| c.value.as_str())
                .collect::<Vec<_>>()
                .join("_")
        ),
        span: def.table.span,
    })
}

/// The foreign key an operation describes, checked against the tables but not for a name clash.
pub fn foreign_key_spec(
    def: &ast::ForeignKeyDef,
    model: &Model,
    name: Name,
) -> syn::Result<ir::ForeignKey> {
    Ok(ir::ForeignKey {
        table: def.table.value.clone().into(),
        name: name.value.into(),
        columns: def.columns.iter().map(|c| c.value.clone().into()).collect(),
        ref_table: def.ref_table.value.clone().into(),
        ref_columns: def
            .ref_columns
            .iter()
            .map(|c| c.value.clone().into())
            .collect(),
        on_delete: action(&def.on_delete)?,
        on_update: action(&def.on_update)?,
        orphans: orphans(def, model)?,
    })
}

/// `orphans = delete | set_null`, if given, under the rules below.
fn orphans(def: &ast::ForeignKeyDef, model: &Model) -> syn::Result<Option<ir::Orphans>> {
    let Some(ident) = &def.orphans else {
        return Ok(None);
    };
    let orphans = orphan_rule(ident)?;
    orphans_single_column(def, ident)?;
    if orphans == ir::Orphans::SetNull {
        orphans_nullable(def, ident, model)?;
    }
    Ok(Some(orphans))
}

/// The orphan rule is `delete` or `set_null`.
fn orphan_rule(ident: &syn::Ident) -> syn::Result<ir::Orphans> {
    match ident.to_string().as_str() {
        "delete" => Ok(ir::Orphans::Delete),
        "set_null" => Ok(ir::Orphans::SetNull),
        other => Err(err(
            ident.span(),
            format!("unknown orphan rule `{other}`; expected delete or set_null"),
        )),
    }
}

/// Orphans are handled for single-column foreign keys only.
fn orphans_single_column(def: &ast::ForeignKeyDef, ident: &syn::Ident) -> syn::Result<()> {
    if def.columns.len() != 1 {
        return Err(err(
            ident.span(),
            "`orphans =` needs a single-column foreign key",
        ));
    }
    Ok(())
}

/// NULL is no option for the orphans of a NOT NULL column.
fn orphans_nullable(
    def: &ast::ForeignKeyDef,
    ident: &syn::Ident,
    model: &Model,
) -> syn::Result<()> {
    if column_exists(model, &def.table, &def.columns[0])?.not_null {
        return Err(err(
            ident.span(),
            format!(
                "`{}.{}` is NOT NULL, so its orphans cannot be set to NULL; leave out `orphans =` \
                 (adding the constraint then fails on an orphan)",
                def.table.value, def.columns[0].value
            ),
        ));
    }
    Ok(())
}

/// A referential action is one PostgreSQL knows.
fn action(ident: &Option<syn::Ident>) -> syn::Result<Action> {
    let Some(ident) = ident else {
        return Ok(Action::NoAction);
    };
    Ok(match ident.to_string().as_str() {
        "cascade" => Action::Cascade,
        "set_null" => Action::SetNull,
        "restrict" => Action::Restrict,
        "no_action" => Action::NoAction,
        "set_default" => Action::SetDefault,
        other => {
            return Err(err(
                ident.span(),
                format!(
                    "unknown referential action `{other}`; expected cascade, set_null, restrict, no_action or set_default"
                ),
            ));
        }
    })
}

/// The referenced table and columns exist (the table may be the one being created).
pub fn reference_target(
    model: &Model,
    creating: Option<&ir::Table>,
    table: &Name,
    columns: &[Name],
) -> syn::Result<()> {
    let own = creating.filter(|t| t.name == table.value);
    let has = |c: &str| match own {
        Some(t) => t.columns.iter().any(|col| col.name == c),
        None => model
            .table(&table.value)
            .is_some_and(|t| t.column(c).is_some()),
    };
    if own.is_none() && model.table(&table.value).is_none() {
        return Err(err(
            table.span,
            format!(
                "foreign key to table `{}`, which does not exist at this version",
                table.value
            ),
        ));
    }
    for column in columns {
        if !has(&column.value) {
            return Err(err(
                column.span,
                format!(
                    "foreign key to column `{}.{}`, which does not exist at this version",
                    table.value, column.value
                ),
            ));
        }
    }
    Ok(())
}

/// The foreign key of a column that `references(…)`: named `{table}_{column}_fkey` unless
/// `name = …`, to `id` unless a column is named.
pub fn foreign_key_for(
    table: &str,
    def: &ast::ColumnDef,
    reference: &ast::ReferenceDef,
) -> syn::Result<ir::ForeignKey> {
    Ok(ir::ForeignKey {
        table: table.to_owned().into(),
        name: reference
            .name
            .as_ref()
            .map_or_else(
                || format!("{table}_{}_fkey", def.name.value),
                |n| n.value.clone(),
            )
            .into(),
        columns: vec![def.name.value.clone().into()].into(),
        ref_table: reference.table.value.clone().into(),
        ref_columns: vec![
            reference
                .column
                .as_ref()
                .map_or_else(|| "id".to_owned(), |c| c.value.clone())
                .into(),
        ]
        .into(),
        on_delete: action(&reference.on_delete)?,
        on_update: action(&reference.on_update)?,
        orphans: None,
    })
}

/// The referenced columns of `references(table[.column])`.
pub fn reference_columns(reference: &ast::ReferenceDef) -> Vec<Name> {
    vec![reference.column.clone().unwrap_or(Name {
        value: "id".into(),
        span: reference.table.span,
    })]
}
