//! The uuid family, PhoenixKit's move from integer to uuid keys: a `uuid` column filled by the
//! database, uuid companions of integer foreign keys, and V74's switch of primary keys.

use syn::LitInt;

use pk_schema::{self as ir, Model, Op, TableState};

use super::check::{
    column_absent, column_exists, column_unreferenced, err, index_absent, table_exists,
};
use super::constraints::add_primary_key;
use crate::ast::{DefaultDef, Name};

/// `add_uuid_column!`: unless the table has a `uuid` column, add it defaulting to
/// `uuid_generate_v7()`, index it uniquely, and make it NOT NULL.
pub fn add_uuid_column(model: &Model, table: &Name, index: Option<&Name>) -> syn::Result<Vec<Op>> {
    let uuid = Name {
        value: "uuid".into(),
        span: table.span,
    };
    column_absent(model, table, &uuid)?;
    uuid_function_exists(model, table)?;
    let index = index.cloned().unwrap_or_else(|| Name {
        value: format!("{}_uuid_idx", table.value),
        span: table.span,
    });
    index_absent(model, &index.value, index.span)?;
    Ok(vec![Op::When {
        condition: ir::Condition::ColumnMissing {
            table: table.value.clone().into(),
            column: "uuid".into(),
        },
        ops: vec![
            Op::AddColumn {
                table: table.value.clone().into(),
                column: ir::Column {
                    name: "uuid".into(),
                    ty: "uuid".into(),
                    canonical: "uuid".into(),
                    not_null: false,
                    default: Some(DefaultDef::UUID_V7.into()),
                },
            },
            Op::CreateIndex(ir::Index {
                table: table.value.clone().into(),
                name: index.value.into(),
                keys: vec![ir::IndexKey::Column {
                    name: "uuid".into(),
                    desc: false,
                }]
                .into(),
                unique: true,
                method: None,
                filter: None,
            }),
            Op::SetNotNull {
                table: table.value.clone().into(),
                column: "uuid".into(),
            },
        ]
        .into(),
    }])
}

/// `add_uuid_column!` needs `uuid_generate_v7()` in the prefix schema.
fn uuid_function_exists(model: &Model, table: &Name) -> syn::Result<()> {
    if !model
        .functions
        .contains_key(&("uuid_generate_v7".to_owned().into(), "()".to_owned().into()))
    {
        return Err(err(
            table.span,
            "add_uuid_column! needs the function uuid_generate_v7() (create_function! it first)",
        ));
    }
    Ok(())
}

/// `add_uuid_fk_column!` outside `reassert!`: its index name is still free.
pub fn add_uuid_fk_column(
    model: &Model,
    table: &Name,
    column: &Name,
    int_column: &Name,
    parent: &Name,
    index: Option<&Name>,
    batch: Option<&LitInt>,
) -> syn::Result<Vec<Op>> {
    let index = uuid_fk_index(table, column, index);
    index_absent(model, &index.value, index.span)?;
    uuid_fk_column(model, table, column, int_column, parent, &index, batch)
}

/// The index of a uuid companion: `index = …` or `{table}_{column}_idx`.
pub fn uuid_fk_index(table: &Name, column: &Name, index: Option<&Name>) -> Name {
    index.cloned().unwrap_or_else(|| Name {
        value: format!("{}_{}_idx", table.value, column.value),
        span: column.span,
    })
}

/// `add_uuid_fk_column!`: the companion column (added unless it exists), its JOIN backfill from
/// the parent's `uuid`, and its index.
pub fn uuid_fk_column(
    model: &Model,
    table: &Name,
    column: &Name,
    int_column: &Name,
    parent: &Name,
    index: &Name,
    batch: Option<&LitInt>,
) -> syn::Result<Vec<Op>> {
    column_exists(model, table, int_column)?;
    parent_has_id_and_uuid(table_exists(model, parent)?, parent)?;
    let mut ops = Vec::new();
    if companion_is_uuid(model, table, column)?.is_none() {
        ops.push(Op::AddColumn {
            table: table.value.clone().into(),
            column: ir::Column {
                name: column.value.clone().into(),
                ty: "uuid".into(),
                canonical: "uuid".into(),
                not_null: false,
                default: None,
            },
        });
    }
    ops.push(Op::BackfillUuidFk {
        table: table.value.clone().into(),
        column: column.value.clone().into(),
        int_column: int_column.value.clone().into(),
        parent: parent.value.clone().into(),
        batch: batch.map(LitInt::base10_parse).transpose()?,
    });
    ops.push(Op::CreateIndex(ir::Index {
        table: table.value.clone().into(),
        name: index.value.clone().into(),
        keys: vec![ir::IndexKey::Column {
            name: column.value.clone().into(),
            desc: false,
        }]
        .into(),
        unique: false,
        method: None,
        filter: None,
    }));
    Ok(ops)
}

/// The parent of a uuid companion has both its integer `id` and its `uuid`.
fn parent_has_id_and_uuid(state: &TableState, parent: &Name) -> syn::Result<()> {
    for needed in ["id", "uuid"] {
        if state.column(needed).is_none() {
            return Err(err(
                parent.span,
                format!(
                    "`{}` has no `{needed}` column at this version",
                    parent.value
                ),
            ));
        }
    }
    Ok(())
}

/// A companion column that exists already is a uuid column (returned; `None`: it is new).
fn companion_is_uuid<'m>(
    model: &'m Model,
    table: &Name,
    column: &Name,
) -> syn::Result<Option<&'m ir::Column>> {
    match table_exists(model, table)?.column(&column.value) {
        Some(existing) if existing.canonical != "uuid" => Err(err(
            column.span,
            format!(
                "`{}.{}` exists with type {}, not uuid",
                table.value, column.value, existing.canonical
            ),
        )),
        found => Ok(found),
    }
}

/// Every foreign key (of any table, or referencing `table`) whose referenced columns include
/// `column`; there is at least one.
pub fn drop_foreign_keys_to(
    model: &Model,
    table: Option<&Name>,
    column: &Name,
) -> syn::Result<Vec<Op>> {
    if let Some(table) = table {
        column_exists(model, table, column)?;
    }
    let mut fks: Vec<&ir::ForeignKey> = model
        .tables
        .values()
        .flat_map(|t| t.foreign_keys.values())
        .filter(|fk| {
            table.is_none_or(|t| t.value == fk.ref_table)
                && fk.ref_columns.iter().any(|c| *c == column.value)
        })
        .collect();
    if fks.is_empty() {
        return Err(err(
            column.span,
            format!(
                "no foreign key references `{}` at this version: nothing to drop",
                column.value
            ),
        ));
    }
    fks.sort_by(|a, b| (&a.table, &a.name).cmp(&(&b.table, &b.name)));
    Ok(fks
        .into_iter()
        .map(|fk| Op::DropConstraint {
            table: fk.table.clone(),
            name: fk.name.clone(),
        })
        .collect())
}

/// An existing sequence, dropped with `cascade` (it is some column's default).
pub fn drop_sequence(model: &Model, name: &Name, cascade: bool) -> syn::Result<Vec<Op>> {
    let Some(sequence) = model.sequences.get(name.value.as_str()) else {
        return Err(err(
            name.span,
            format!("sequence `{}` does not exist at this version", name.value),
        ));
    };
    if !cascade {
        return Err(err(
            name.span,
            format!(
                "`{}.{}` takes its default from `{}`: say `cascade` to drop the default with it",
                sequence.table, sequence.column, name.value
            ),
        ));
    }
    Ok(vec![Op::DropSequence {
        name: name.value.clone().into(),
        cascade,
    }])
}

/// V74's switch: drop the integer `id` (nothing may reference it) and make the NOT NULL `uuid`
/// the primary key.
pub fn promote_uuid_primary_key(model: &Model, table: &Name) -> syn::Result<Vec<Op>> {
    let state = table_exists(model, table)?;
    primary_key_is_id(state, table)?;
    uuid_ready_for_primary_key(state, table)?;
    let id = Name {
        value: "id".into(),
        span: table.span,
    };
    column_unreferenced(model, table, &id)?;
    let mut after = model.clone();
    let drop = Op::DropColumn {
        table: table.value.clone().into(),
        column: "id".into(),
        cascade: true,
    };
    after.apply(&drop);
    let uuid = Name {
        value: "uuid".into(),
        span: table.span,
    };
    Ok(vec![drop, add_primary_key(&after, table, &[uuid], None)?])
}

/// The primary key being replaced is `(id)`.
fn primary_key_is_id(state: &TableState, table: &Name) -> syn::Result<()> {
    if state.primary_key != ["id"] {
        return Err(err(
            table.span,
            format!(
                "the primary key of `{}` is ({}), not (id)",
                table.value,
                state.primary_key.join(", ")
            ),
        ));
    }
    Ok(())
}

/// The new primary key is a NOT NULL uuid column named `uuid`.
fn uuid_ready_for_primary_key(state: &TableState, table: &Name) -> syn::Result<()> {
    match state.column("uuid") {
        Some(c) if c.canonical == "uuid" && c.not_null => Ok(()),
        _ => Err(err(
            table.span,
            format!(
                "`{}.uuid` must be a NOT NULL uuid column to become the primary key \
                 (set_not_null! it first)",
                table.value
            ),
        )),
    }
}
