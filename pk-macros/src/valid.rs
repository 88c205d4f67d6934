//! Checks: every operation is resolved against the schema the chain has built so far; each check
//! below is a named function with a one-line doc, and every error carries the span of the
//! offending token. Errors of a version are collected and reported together.

use std::collections::BTreeSet;

use proc_macro2::Span;
use quote::ToTokens;

use crate::ast::{self, Name, OpDef, OpKind, VersionDef};
use crate::chain;
use pk_schema::Model;
use pk_schema::{self as ir, Action, Op};

/// A version that passed every check: its resolved `up` and, unless irreversible, its `down`.
pub struct Checked {
    pub number: u32,
    pub up: Vec<Op>,
    pub down: Option<Vec<Op>>,
}

/// Checks the version invoked at the call site against the versions before it.
pub fn check(def: &VersionDef) -> syn::Result<Checked> {
    let number = version_number(def)?;
    let mut model = chain::model_before(def, number)?;
    process(def, number, &mut model)
}

/// Collects errors so a version reports all of them at once.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(existing) => existing.combine(error),
            None => self.0 = Some(error),
        }
    }
}

/// Resolves and checks every operation of a version, applying them to `model`.
pub fn process(def: &VersionDef, number: u32, model: &mut Model) -> syn::Result<Checked> {
    let mut errors = Errors::default();
    let mut created = BTreeSet::new();
    let (up, inverses) = process_ops(
        &def.ops,
        model,
        &mut created,
        &mut errors,
        def.irreversible.is_some(),
    );
    if let Some(e) = errors.0 {
        return Err(e);
    }
    let down = def
        .irreversible
        .is_none()
        .then(|| inverses.into_iter().rev().flatten().collect());
    Ok(Checked { number, up, down })
}

/// Resolves a list of operations (a version's, or a `when!` block's) in order, applying each to
/// `model`; returns them and, per operation, its inverse.
fn process_ops(
    ops: &[OpDef],
    model: &mut Model,
    created: &mut BTreeSet<String>,
    errors: &mut Errors,
    irreversible: bool,
) -> (Vec<Op>, Vec<Vec<Op>>) {
    let mut up = Vec::new();
    let mut inverses = Vec::new();
    for op in ops {
        if let OpKind::When {
            condition,
            ops: inner,
        } = &op.kind
        {
            let condition = match resolve_condition(condition, model) {
                Ok(c) => c,
                Err(e) => {
                    errors.push(e);
                    continue;
                }
            };
            // The inner operations are checked as if the condition holds, as it does on the chain.
            let (inner_up, inner_inverses) =
                process_ops(inner, model, created, errors, irreversible);
            let inverse = match &op.reverse {
                Some(_) => {
                    errors.push(err(
                        op.name.span(),
                        "`when!` takes no `reverse`; give the operations inside it their own",
                    ));
                    Vec::new()
                }
                None => inner_inverses.into_iter().rev().flatten().collect(),
            };
            up.push(Op::When {
                condition,
                ops: inner_up.into(),
            });
            inverses.push(inverse);
            continue;
        }
        if let OpKind::Reassert(inner) = &op.kind {
            for inner_op in inner {
                if inner_op.reverse.is_some() {
                    errors.push(err(
                        inner_op.name.span(),
                        "operations in `reassert!` change nothing, so they take no `reverse`",
                    ));
                }
                match resolve_reassert(inner_op, model) {
                    Ok(resolved) => up.extend(resolved),
                    Err(e) => errors.push(e),
                }
            }
            inverses.push(Vec::new());
            continue;
        }
        let resolved = match resolve(op, model) {
            Ok(resolved) => resolved,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let inverse = match &op.reverse {
            Some(reverse) => {
                let mut scratch = model.clone();
                for ir in &resolved {
                    scratch.apply(ir);
                }
                let mut scratch_created = created.clone();
                let (ops, _) =
                    process_ops(reverse, &mut scratch, &mut scratch_created, errors, true);
                Some(ops)
            }
            // Re-adding `id` would number the rows afresh, matching no integer reference.
            None if matches!(op.kind, OpKind::PromoteUuidPrimaryKey(_)) => None,
            None => {
                let mut ops = Vec::new();
                let mut scratch = model.clone();
                let mut invertible = true;
                for ir in &resolved {
                    match pk_schema::inverse::derive(ir, &scratch, created) {
                        Some(inv) => ops.splice(0..0, inv).for_each(drop),
                        None => invertible = false,
                    }
                    scratch.apply(ir);
                }
                invertible.then_some(ops)
            }
        };
        if inverse.is_none() && !irreversible {
            errors.push(syn::Error::new(
                op.name.span(),
                format!(
                    "`{}!` has no inverse: follow it with `reverse {{ … }}` (empty if there is nothing to undo), \
                     or mark the version `irreversible = \"why\";`",
                    op.name
                ),
            ));
        }
        for ir in &resolved {
            if let Op::CreateTable(t) = ir {
                created.insert(t.name.to_string());
            }
            model.apply(ir);
        }
        up.extend(resolved);
        inverses.push(inverse.unwrap_or_default());
    }
    (up, inverses)
}

/// The index of a uuid companion: `index = …` or `{table}_{column}_idx`.
fn uuid_fk_index(table: &Name, column: &Name, index: &Option<Name>) -> Name {
    index.clone().unwrap_or_else(|| Name {
        value: format!("{}_{}_idx", table.value, column.value),
        span: column.span,
    })
}

/// `add_uuid_fk_column!`: the companion column (added unless it exists), its JOIN backfill from
/// the parent's `uuid`, and its index.
fn uuid_fk_column(
    model: &Model,
    table: &Name,
    column: &Name,
    int_column: &Name,
    parent: &Name,
    index: &Name,
    batch: &Option<syn::LitInt>,
) -> syn::Result<Vec<Op>> {
    column_exists(model, table, int_column)?;
    let parent_state = model.table(&parent.value).ok_or_else(|| {
        err(
            parent.span,
            format!("table `{}` does not exist at this version", parent.value),
        )
    })?;
    for needed in ["id", "uuid"] {
        if parent_state.column(needed).is_none() {
            return Err(err(
                parent.span,
                format!(
                    "`{}` has no `{needed}` column at this version",
                    parent.value
                ),
            ));
        }
    }
    let mut ops = Vec::new();
    match table_exists(model, table)?.column(&column.value) {
        Some(existing) if existing.canonical != "uuid" => {
            return Err(err(
                column.span,
                format!(
                    "`{}.{}` exists with type {}, not uuid",
                    table.value, column.value, existing.canonical
                ),
            ));
        }
        Some(_) => {}
        None => ops.push(Op::AddColumn {
            table: table.value.clone().into(),
            column: ir::Column {
                name: column.value.clone().into(),
                ty: "uuid".into(),
                canonical: "uuid".into(),
                not_null: false,
                default: None,
            },
        }),
    }
    ops.push(Op::BackfillUuidFk {
        table: table.value.clone().into(),
        column: column.value.clone().into(),
        int_column: int_column.value.clone().into(),
        parent: parent.value.clone().into(),
        batch: batch.as_ref().map(syn::LitInt::base10_parse).transpose()?,
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

/// One operation of a `reassert!` block: resolved, and required to be already true at this
/// version (applying it leaves the schema as it is).
fn resolve_reassert(op: &OpDef, model: &Model) -> syn::Result<Vec<Op>> {
    let not_satisfied = |what: String| {
        err(
            op.name.span(),
            format!("{what} is not already true at this version; move it out of `reassert!`"),
        )
    };
    let resolved = match &op.kind {
        OpKind::AddColumn { table, column: def } => {
            let Some(existing) = table_exists(model, table)?.column(&def.name.value) else {
                return Err(syn::Error::new(
                    def.name.span,
                    format!(
                        "`{}.{}` does not exist at this version, so adding it is not a re-assertion; \
                         move it out of `reassert!`",
                        table.value, def.name.value
                    ),
                ));
            };
            if existing.canonical != def.ty.canonical {
                return Err(not_satisfied(format!(
                    "`{}.{}` of type {}",
                    table.value, def.name.value, def.ty.canonical
                )));
            }
            vec![Op::AddColumn {
                table: table.value.clone().into(),
                column: column(def),
            }]
        }
        OpKind::AddForeignKey(def) => {
            for column in &def.columns {
                column_exists(model, &def.table, column)?;
            }
            let fk = foreign_key_spec(def, model, foreign_key_name(def))?;
            let same = table_exists(model, &def.table)?
                .foreign_keys
                .get(&fk.name)
                .is_some_and(|known| {
                    known.columns == fk.columns
                        && known.ref_table == fk.ref_table
                        && known.ref_columns == fk.ref_columns
                        && known.on_delete == fk.on_delete
                        && known.on_update == fk.on_update
                });
            if !same {
                return Err(not_satisfied(format!("foreign key `{}`", fk.name)));
            }
            vec![Op::AddForeignKey(fk)]
        }
        OpKind::CreateIndex(def) => {
            let index = index_spec(def, model)?;
            let same = model.indexes.get(&index.name).is_some_and(|i| {
                i.table == index.table && i.unique == index.unique && i.keys == index.keys
            });
            if !same {
                return Err(not_satisfied(format!("index `{}`", index.name)));
            }
            vec![Op::CreateIndex(index)]
        }
        OpKind::AddUuidFkColumn {
            table,
            column,
            int_column,
            parent,
            index,
            batch,
        } => {
            let index = uuid_fk_index(table, column, index);
            if !model.indexes.contains_key(index.value.as_str())
                || table_exists(model, table)?.column(&column.value).is_none()
            {
                return Err(not_satisfied(format!(
                    "companion `{}.{}` with index `{}`",
                    table.value, column.value, index.value
                )));
            }
            let mut ops = uuid_fk_column(model, table, column, int_column, parent, &index, batch)?;
            // The column and index exist: re-assert them with their guards all the same.
            ops.insert(
                0,
                Op::AddColumn {
                    table: table.value.clone().into(),
                    column: table_exists(model, table)?
                        .column(&column.value)
                        .cloned()
                        .expect("checked above"),
                },
            );
            ops
        }
        _ => resolve(op, model)?,
    };
    let mut after = model.clone();
    for ir in &resolved {
        after.apply(ir);
    }
    if &after != model
        && !matches!(
            op.kind,
            OpKind::AddColumn { .. } | OpKind::AddUuidFkColumn { .. }
        )
    {
        return Err(not_satisfied(format!("`{}!`", op.name)));
    }
    Ok(resolved)
}

fn resolve_condition(def: &ast::ConditionDef, model: &Model) -> syn::Result<ir::Condition> {
    Ok(match def {
        ast::ConditionDef::TableExists(table) => {
            table_exists(model, table)?;
            ir::Condition::TableExists(table.value.clone().into())
        }
        ast::ConditionDef::ColumnExists(table, column) => {
            column_exists(model, table, column)?;
            ir::Condition::ColumnExists {
                table: table.value.clone().into(),
                column: column.value.clone().into(),
            }
        }
        ast::ConditionDef::ColumnMissing(table, column) => {
            column_absent(model, table, column)?;
            ir::Condition::ColumnMissing {
                table: table.value.clone().into(),
                column: column.value.clone().into(),
            }
        }
    })
}

/// The version number is a positive integer.
fn version_number(def: &VersionDef) -> syn::Result<u32> {
    let number: u32 = def.number.base10_parse()?;
    if number == 0 {
        return Err(syn::Error::new_spanned(
            &def.number,
            "versions are numbered from 1",
        ));
    }
    Ok(number)
}

fn err(span: Span, message: impl Into<String>) -> syn::Error {
    syn::Error::new(span, message.into())
}

/// The table exists at this version.
fn table_exists<'m>(model: &'m Model, table: &Name) -> syn::Result<&'m pk_schema::TableState> {
    model.table(&table.value).ok_or_else(|| {
        err(
            table.span,
            format!("table `{}` does not exist at this version", table.value),
        )
    })
}

/// The column exists in the table at this version.
fn column_exists<'m>(model: &'m Model, table: &Name, column: &Name) -> syn::Result<&'m ir::Column> {
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
fn column_absent(model: &Model, table: &Name, column: &Name) -> syn::Result<()> {
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

/// Index names are unique within the schema.
fn index_absent(model: &Model, name: &str, span: Span) -> syn::Result<()> {
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
fn reference_target(
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

fn column(def: &ast::ColumnDef) -> ir::Column {
    ir::Column {
        name: def.name.value.clone().into(),
        ty: def.ty.sql.clone().into(),
        canonical: def.ty.canonical.clone().into(),
        not_null: def.not_null,
        default: def.default.as_ref().map(|d| d.sql.clone().into()),
    }
}

fn foreign_key_for(
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

fn reference_columns(reference: &ast::ReferenceDef) -> Vec<Name> {
    vec![reference.column.clone().unwrap_or(Name {
        value: "id".into(),
        span: reference.table.span,
    })]
}

/// Resolves one operation against the model, checking every name it uses.
fn resolve(op: &OpDef, model: &Model) -> syn::Result<Vec<Op>> {
    Ok(match &op.kind {
        OpKind::CreateSchema => vec![Op::CreateSchema],
        OpKind::CreateExtension(name) => vec![Op::CreateExtension(name.value.clone().into())],
        OpKind::CreateTable(def) => vec![Op::CreateTable(create_table(def, model)?)],
        OpKind::DropTable(table) => {
            table_exists(model, table)?;
            vec![Op::DropTable(table.value.clone().into())]
        }
        OpKind::AddColumn { table, column: def } => {
            column_absent(model, table, &def.name)?;
            let mut ops = vec![Op::AddColumn {
                table: table.value.clone().into(),
                column: column(def),
            }];
            if let Some(reference) = &def.references {
                reference_target(model, None, &reference.table, &reference_columns(reference))?;
                ops.push(Op::AddForeignKey(foreign_key_for(
                    &table.value,
                    def,
                    reference,
                )?));
            }
            ops
        }
        OpKind::DropColumn {
            table,
            column,
            cascade,
        } => {
            column_unreferenced(model, table, column)?;
            vec![Op::DropColumn {
                table: table.value.clone().into(),
                column: column.value.clone().into(),
                cascade: *cascade,
            }]
        }
        OpKind::AddPrimaryKey {
            table,
            columns,
            name,
        } => vec![add_primary_key(model, table, columns, name.as_ref())?],
        OpKind::DropSequence { name, cascade } => {
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
            vec![Op::DropSequence {
                name: name.value.clone().into(),
                cascade: *cascade,
            }]
        }
        OpKind::DropForeignKeysTo { table, column } => {
            if let Some(table) = table {
                column_exists(model, table, column)?;
            }
            let mut fks: Vec<&ir::ForeignKey> = model
                .tables
                .values()
                .flat_map(|t| t.foreign_keys.values())
                .filter(|fk| {
                    table.as_ref().is_none_or(|t| t.value == fk.ref_table)
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
            fks.into_iter()
                .map(|fk| Op::DropConstraint {
                    table: fk.table.clone(),
                    name: fk.name.clone(),
                })
                .collect()
        }
        OpKind::PromoteUuidPrimaryKey(table) => {
            let state = table_exists(model, table)?;
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
            match state.column("uuid") {
                Some(c) if c.canonical == "uuid" && c.not_null => {}
                _ => {
                    return Err(err(
                        table.span,
                        format!(
                            "`{}.uuid` must be a NOT NULL uuid column to become the primary key \
                             (set_not_null! it first)",
                            table.value
                        ),
                    ));
                }
            }
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
            vec![drop, add_primary_key(&after, table, &[uuid], None)?]
        }
        OpKind::RenameColumn { table, from, to } => {
            column_exists(model, table, from)?;
            column_absent(model, table, to)?;
            vec![Op::RenameColumn {
                table: table.value.clone().into(),
                from: from.value.clone().into(),
                to: to.value.clone().into(),
            }]
        }
        OpKind::ChangeType {
            table,
            columns,
            ty,
            using,
        } => {
            let mut ops = Vec::new();
            for column in columns {
                column_exists(model, table, column)?;
                ops.push(Op::ChangeType {
                    table: table.value.clone().into(),
                    column: column.value.clone().into(),
                    ty: ty.sql.clone().into(),
                    canonical: ty.canonical.clone().into(),
                    using: using.as_ref().map(|l| l.value().into()),
                });
            }
            ops
        }
        OpKind::SetNotNull {
            table,
            column,
            fill,
        } => {
            column_exists(model, table, column)?;
            vec![match fill {
                None => Op::SetNotNull {
                    table: table.value.clone().into(),
                    column: column.value.clone().into(),
                },
                Some(fill) => Op::FillNotNull {
                    table: table.value.clone().into(),
                    column: column.value.clone().into(),
                    fill: fill.sql.clone().into(),
                },
            }]
        }
        OpKind::DropNotNull { table, column } => {
            column_exists(model, table, column)?;
            vec![Op::DropNotNull {
                table: table.value.clone().into(),
                column: column.value.clone().into(),
            }]
        }
        OpKind::SetDefault {
            table,
            column,
            default,
        } => {
            column_exists(model, table, column)?;
            vec![Op::SetDefault {
                table: table.value.clone().into(),
                column: column.value.clone().into(),
                default: Some(default.sql.clone().into()),
            }]
        }
        OpKind::DropDefault { table, column } => {
            column_exists(model, table, column)?;
            vec![Op::SetDefault {
                table: table.value.clone().into(),
                column: column.value.clone().into(),
                default: None,
            }]
        }
        OpKind::CreateIndex(def) => vec![Op::CreateIndex(create_index(def, model)?)],
        OpKind::DropIndex(name) => {
            if !model.indexes.contains_key(name.value.as_str()) {
                return Err(err(
                    name.span,
                    format!("index `{}` does not exist at this version", name.value),
                ));
            }
            vec![Op::DropIndex(name.value.clone().into())]
        }
        OpKind::AddForeignKey(def) => vec![Op::AddForeignKey(add_foreign_key(def, model)?)],
        OpKind::DropConstraint { table, name } => {
            if !constraint_names(table_exists(model, table)?).contains(&name.value) {
                return Err(err(
                    name.span,
                    format!(
                        "constraint `{}` does not exist on `{}` at this version",
                        name.value, table.value
                    ),
                ));
            }
            vec![Op::DropConstraint {
                table: table.value.clone().into(),
                name: name.value.clone().into(),
            }]
        }
        OpKind::Seed(def) => vec![Op::Seed(seed(def, model)?)],
        OpKind::Update {
            table,
            set,
            from,
            filter,
        } => {
            table_exists(model, table)?;
            vec![Op::Update {
                table: table.value.clone().into(),
                set: set.value().into(),
                from: from.as_ref().map(|l| l.value().into()),
                filter: filter.as_ref().map(|l| l.value().into()),
            }]
        }
        OpKind::Delete { table, filter } => {
            table_exists(model, table)?;
            vec![Op::Delete {
                table: table.value.clone().into(),
                filter: filter.as_ref().map(|l| l.value().into()),
            }]
        }
        OpKind::Call(path) => {
            vec![Op::Call(ir::Call {
                name: path.to_token_stream().to_string().replace(' ', "").into(),
                run: None,
            })]
        }
        OpKind::Sql { why, sql } => vec![Op::Sql {
            sql: sql.value().into(),
            why: why.value().into(),
        }],
        OpKind::Comment {
            table,
            column,
            text,
        } => {
            match column {
                Some(column) => {
                    column_exists(model, table, column)?;
                }
                None => {
                    table_exists(model, table)?;
                }
            }
            vec![Op::Comment {
                table: table.value.clone().into(),
                column: column.as_ref().map(|c| c.value.clone().into()),
                text: Some(text.value().into()),
            }]
        }
        OpKind::AddCheck(def) => {
            if constraint_names(table_exists(model, &def.table)?).contains(&def.name.value) {
                return Err(err(
                    def.name.span,
                    format!(
                        "constraint `{}` already exists on `{}`",
                        def.name.value, def.table.value
                    ),
                ));
            }
            vec![Op::AddCheck(check_def(def))]
        }
        OpKind::CreateEnum { name, values } => {
            if model.enums.contains_key(name.value.as_str()) {
                return Err(err(
                    name.span,
                    format!("type `{}` already exists at this version", name.value),
                ));
            }
            vec![Op::CreateEnum {
                name: name.value.clone().into(),
                values: values.iter().map(|v| v.value().into()).collect(),
            }]
        }
        OpKind::AddEnumValue { name, value } => {
            enum_exists(model, name)?;
            vec![Op::AddEnumValue {
                name: name.value.clone().into(),
                value: value.value().into(),
            }]
        }
        OpKind::DropEnum(name) => {
            enum_exists(model, name)?;
            vec![Op::DropEnum(name.value.clone().into())]
        }
        OpKind::CreateFunction {
            name,
            args,
            returns,
            language,
            body,
            immutable,
            strict,
        } => vec![Op::CreateFunction(ir::Function {
            name: name.value.clone().into(),
            args: args.value().into(),
            returns: returns.value().into(),
            language: language.to_string().into(),
            body: body.value().into(),
            immutable: *immutable,
            strict: *strict,
        })],
        OpKind::DropFunction { name, args } => {
            if !model
                .functions
                .contains_key(&(name.value.clone().into(), args.value().into()))
            {
                return Err(err(
                    name.span,
                    format!(
                        "function `{}{}` does not exist at this version",
                        name.value,
                        args.value()
                    ),
                ));
            }
            vec![Op::DropFunction {
                name: name.value.clone().into(),
                args: args.value().into(),
            }]
        }
        OpKind::CreateTrigger {
            table,
            name,
            timing,
            function,
        } => {
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
            if !model.functions.keys().any(|(f, _)| f == &function.value) {
                return Err(err(
                    function.span,
                    format!(
                        "function `{}` does not exist at this version",
                        function.value
                    ),
                ));
            }
            vec![Op::CreateTrigger(ir::Trigger {
                table: table.value.clone().into(),
                name: name.value.clone().into(),
                timing: timing.value().into(),
                function: function.value.clone().into(),
            })]
        }
        OpKind::DropTrigger { table, name } => {
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
            vec![Op::DropTrigger {
                table: table.value.clone().into(),
                name: name.value.clone().into(),
            }]
        }
        OpKind::SetUnlogged(table) => {
            table_exists(model, table)?;
            vec![Op::SetUnlogged(table.value.clone().into())]
        }
        OpKind::When { .. } => unreachable!("process_ops handles when!"),
        OpKind::RenameTable { from, to } => {
            table_exists(model, from)?;
            if model.table(&to.value).is_some() {
                return Err(err(
                    to.span,
                    format!("table `{}` already exists at this version", to.value),
                ));
            }
            vec![Op::RenameTable {
                from: from.value.clone().into(),
                to: to.value.clone().into(),
            }]
        }
        OpKind::RenameIndex { from, to } => {
            if !model.indexes.contains_key(from.value.as_str()) {
                return Err(err(
                    from.span,
                    format!("index `{}` does not exist at this version", from.value),
                ));
            }
            index_absent(model, &to.value, to.span)?;
            vec![Op::RenameIndex {
                from: from.value.clone().into(),
                to: to.value.clone().into(),
            }]
        }
        OpKind::AddUnique(def) => {
            let state = table_exists(model, &def.table)?;
            if constraint_names(state).contains(&def.name.value) {
                return Err(err(
                    def.name.span,
                    format!(
                        "constraint `{}` already exists on `{}`",
                        def.name.value, def.table.value
                    ),
                ));
            }
            index_absent(model, &def.name.value, def.name.span)?;
            for column in &def.columns {
                column_exists(model, &def.table, column)?;
            }
            vec![Op::AddUnique(unique_def(def))]
        }
        OpKind::SetLocal { name, value } => vec![Op::SetLocal {
            name: name.value.clone().into(),
            value: value.value().into(),
        }],
        OpKind::Reassert(_) => unreachable!("process_ops handles reassert!"),
        OpKind::AddUuidFkColumn {
            table,
            column,
            int_column,
            parent,
            index,
            batch,
        } => {
            let index = uuid_fk_index(table, column, index);
            index_absent(model, &index.value, index.span)?;
            uuid_fk_column(model, table, column, int_column, parent, &index, batch)?
        }
        OpKind::AddUuidColumn { table, index } => {
            let uuid = Name {
                value: "uuid".into(),
                span: table.span,
            };
            column_absent(model, table, &uuid)?;
            if !model
                .functions
                .contains_key(&("uuid_generate_v7".to_owned().into(), "()".to_owned().into()))
            {
                return Err(err(
                    table.span,
                    "add_uuid_column! needs the function uuid_generate_v7() (create_function! it first)",
                ));
            }
            let index = index.clone().unwrap_or_else(|| Name {
                value: format!("{}_uuid_idx", table.value),
                span: table.span,
            });
            index_absent(model, &index.value, index.span)?;
            vec![Op::When {
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
                            default: Some("{prefix}.uuid_generate_v7()".into()),
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
            }]
        }
        OpKind::RunChain { path, to } => vec![Op::RunChain {
            chain: ir::ChainRef::Path(path.to_token_stream().to_string().replace(' ', "").into()),
            to: to.base10_parse()?,
        }],
    })
}

/// The column exists and no foreign key the model knows references it (PostgreSQL would refuse
/// to drop it, or with CASCADE drop the constraint behind the model's back).
fn column_unreferenced(model: &Model, table: &Name, column: &Name) -> syn::Result<()> {
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

/// `ADD CONSTRAINT name PRIMARY KEY (columns)` on a table without one.
fn add_primary_key(
    model: &Model,
    table: &Name,
    columns: &[Name],
    name: Option<&Name>,
) -> syn::Result<Op> {
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

/// The enum type exists at this version.
fn enum_exists(model: &Model, name: &Name) -> syn::Result<()> {
    if model.enums.contains_key(name.value.as_str()) {
        Ok(())
    } else {
        Err(err(
            name.span,
            format!("type `{}` does not exist at this version", name.value),
        ))
    }
}

/// Names of the table's constraints that the model knows (foreign keys, checks, uniques).
fn constraint_names(table: &pk_schema::TableState) -> BTreeSet<String> {
    table
        .foreign_keys
        .keys()
        .chain(table.checks.keys())
        .chain(table.uniques.keys())
        .map(|name| name.to_string())
        .collect()
}

fn unique_def(def: &ast::UniqueDef) -> ir::Unique {
    ir::Unique {
        table: def.table.value.clone().into(),
        name: def.name.value.clone().into(),
        columns: def.columns.iter().map(|c| c.value.clone().into()).collect(),
    }
}

fn check_def(def: &ast::CheckDef) -> ir::Check {
    ir::Check {
        table: def.table.value.clone().into(),
        name: def.name.value.clone().into(),
        expr: def.expr.value().into(),
        not_valid: def.not_valid,
    }
}

/// A new table: it does not exist yet, its columns are distinct, its foreign keys point at
/// existing tables and columns.
fn create_table(def: &ast::TableDef, model: &Model) -> syn::Result<ir::Table> {
    if model.table(&def.name.value).is_some() {
        return Err(err(
            def.name.span,
            format!("table `{}` already exists at this version", def.name.value),
        ));
    }
    let mut table = ir::Table {
        name: def.name.value.clone().into(),
        columns: Vec::new().into(),
        primary_key: Vec::new().into(),
        foreign_keys: Vec::new().into(),
        checks: def.checks.iter().map(check_def).collect(),
        uniques: def.uniques.iter().map(unique_def).collect(),
    };
    if let Some((ty, name, default)) = &def.primary_key {
        table.columns.to_mut().push(ir::Column {
            name: name.value.clone().into(),
            ty: ty.sql.clone().into(),
            canonical: ty.canonical.clone().into(),
            not_null: false,
            default: default.as_ref().map(|d| d.sql.clone().into()),
        });
        table.primary_key.to_mut().push(name.value.clone().into());
    }
    for col in &def.columns {
        if table.columns.iter().any(|c| c.name == col.name.value) {
            return Err(err(
                col.name.span,
                format!(
                    "duplicate column `{}` in `{}`",
                    col.name.value, def.name.value
                ),
            ));
        }
        table.columns.to_mut().push(column(col));
    }
    for col in &def.columns {
        if let Some(reference) = &col.references {
            reference_target(
                model,
                Some(&table),
                &reference.table,
                &reference_columns(reference),
            )?;
            table
                .foreign_keys
                .to_mut()
                .push(foreign_key_for(&table.name, col, reference)?);
        }
    }
    Ok(table)
}

/// An index on existing columns, under a name no other index has.
fn create_index(def: &ast::IndexDef, model: &Model) -> syn::Result<ir::Index> {
    let index = index_spec(def, model)?;
    index_absent(
        model,
        &index.name,
        def.name.as_ref().map_or(def.span, |n| n.span),
    )?;
    Ok(index)
}

/// The index an operation describes, checked against the table but not for a name clash.
fn index_spec(def: &ast::IndexDef, model: &Model) -> syn::Result<ir::Index> {
    let state = table_exists(model, &def.table)?;
    let mut keys = Vec::new();
    let mut default_name = vec![def.table.value.clone()];
    for key in &def.keys {
        match key {
            ast::IndexKeyDef::Column { name, desc } => {
                if state.column(&name.value).is_none() {
                    return Err(err(
                        name.span,
                        format!(
                            "index on column `{}`, which does not exist in `{}` at this version",
                            name.value, def.table.value
                        ),
                    ));
                }
                default_name.push(name.value.clone());
                keys.push(ir::IndexKey::Column {
                    name: name.value.clone().into(),
                    desc: *desc,
                });
            }
            ast::IndexKeyDef::Expr(expr) => keys.push(ir::IndexKey::Expr(expr.value().into())),
        }
    }
    if keys.is_empty() {
        return Err(err(def.span, "an index needs at least one key"));
    }
    let name = match &def.name {
        Some(name) => name.clone(),
        None if keys.iter().any(|k| matches!(k, ir::IndexKey::Expr(_))) => {
            return Err(err(
                def.span,
                "an index on an expression needs `name = \"…\"`",
            ));
        }
        None => Name {
            value: format!("{}_index", default_name.join("_")),
            span: def.span,
        },
    };
    Ok(ir::Index {
        table: def.table.value.clone().into(),
        name: name.value.into(),
        keys: keys.into(),
        unique: def.unique,
        method: def.using.as_ref().map(|m| m.to_string().into()),
        filter: def.filter.as_ref().map(|l| l.value().into()),
    })
}

/// A foreign key between existing columns, under a name the table does not use yet.
fn add_foreign_key(def: &ast::ForeignKeyDef, model: &Model) -> syn::Result<ir::ForeignKey> {
    for column in &def.columns {
        column_exists(model, &def.table, column)?;
    }
    reference_target(model, None, &def.ref_table, &def.ref_columns)?;
    if def.columns.len() != def.ref_columns.len() {
        return Err(err(
            def.ref_table.span,
            "a foreign key needs as many referenced columns as columns",
        ));
    }
    let name = foreign_key_name(def);
    if table_exists(model, &def.table)?
        .foreign_keys
        .contains_key(name.value.as_str())
    {
        return Err(err(
            name.span,
            format!(
                "constraint `{}` already exists on `{}`",
                name.value, def.table.value
            ),
        ));
    }
    foreign_key_spec(def, model, name)
}

/// `name = …`, or PostgreSQL's and Ecto's default `{table}_{columns}_fkey`.
fn foreign_key_name(def: &ast::ForeignKeyDef) -> Name {
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
fn foreign_key_spec(
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

/// `orphans = delete | set_null`: single-column foreign keys only; NULL is no option for a NOT
/// NULL column.
fn orphans(def: &ast::ForeignKeyDef, model: &Model) -> syn::Result<Option<ir::Orphans>> {
    let Some(ident) = &def.orphans else {
        return Ok(None);
    };
    let orphans = match ident.to_string().as_str() {
        "delete" => ir::Orphans::Delete,
        "set_null" => ir::Orphans::SetNull,
        other => {
            return Err(err(
                ident.span(),
                format!("unknown orphan rule `{other}`; expected delete or set_null"),
            ));
        }
    };
    if def.columns.len() != 1 {
        return Err(err(
            ident.span(),
            "`orphans =` needs a single-column foreign key",
        ));
    }
    if orphans == ir::Orphans::SetNull
        && column_exists(model, &def.table, &def.columns[0])?.not_null
    {
        return Err(err(
            ident.span(),
            format!(
                "`{}.{}` is NOT NULL, so its orphans cannot be set to NULL; leave out `orphans =` \
                 (adding the constraint then fails on an orphan)",
                def.table.value, def.columns[0].value
            ),
        ));
    }
    Ok(Some(orphans))
}

/// Seed rows name the same existing columns in the same order, and include the conflict key.
fn seed(def: &ast::SeedDef, model: &Model) -> syn::Result<ir::Seed> {
    let state = table_exists(model, &def.table)?;
    let Some(first) = def.rows.first() else {
        return Err(err(def.span, "a seed needs at least one row"));
    };
    let columns: Vec<String> = first.iter().map(|(n, _)| n.value.clone()).collect();
    for (name, _) in first {
        if state.column(&name.value).is_none() {
            return Err(err(
                name.span,
                format!(
                    "column `{}` does not exist in `{}` at this version",
                    name.value, def.table.value
                ),
            ));
        }
    }
    for key in &def.conflict {
        if !columns.contains(&key.value) {
            return Err(err(
                key.span,
                format!(
                    "conflict column `{}` is not one of the seeded columns",
                    key.value
                ),
            ));
        }
    }
    let mut rows = Vec::new();
    for row in &def.rows {
        if row.len() != columns.len() || row.iter().zip(&columns).any(|((n, _), c)| &n.value != c) {
            let span = row.first().map_or(def.span, |(n, _)| n.span);
            return Err(err(
                span,
                format!(
                    "every seed row must list the columns {}, in that order",
                    columns.join(", ")
                ),
            ));
        }
        rows.push(
            row.iter()
                .map(|(_, v)| match v {
                    ast::ValueDef::Null => ir::Value::Null,
                    ast::ValueDef::Bool(b) => ir::Value::Bool(*b),
                    ast::ValueDef::Int(i) => ir::Value::Int(*i),
                    ast::ValueDef::Text(s) => ir::Value::Text(s.clone().into()),
                    ast::ValueDef::Expr(e) => ir::Value::Expr(e.clone().into()),
                    ast::ValueDef::UuidV7 => ir::Value::UuidV7,
                })
                .collect(),
        );
    }
    let conflict: Vec<String> = def.conflict.iter().map(|c| c.value.clone()).collect();
    for key in &def.conflict {
        if def
            .rows
            .iter()
            .flat_map(|row| row.iter())
            .any(|(n, v)| n.value == key.value && matches!(v, ast::ValueDef::UuidV7))
        {
            return Err(err(
                key.span,
                "a conflict key cannot be uuid_v7(): each run would generate a new key",
            ));
        }
    }
    let conflict: Vec<ir::Str> = conflict.into_iter().map(Into::into).collect();
    let columns: Vec<ir::Str> = columns.into_iter().map(Into::into).collect();
    let on_conflict = model.has_unique(&def.table.value, &conflict);
    if let Some(update) = &def.update
        && !on_conflict
    {
        return Err(syn::Error::new_spanned(
            update,
            format!(
                "an upsert needs a unique index on ({}) of `{}`, and there is none at this version",
                conflict.join(", "),
                def.table.value
            ),
        ));
    }
    Ok(ir::Seed {
        table: def.table.value.clone().into(),
        conflict: conflict.into(),
        columns: columns.into(),
        rows: rows.into(),
        on_conflict,
        update: def.update.as_ref().map(|l| l.value().into()),
    })
}
