//! A version as a whole: its operations checked in order against the model (collecting every
//! error), the model advanced past each, and its down derived from the inverses.

use std::collections::BTreeSet;

use pk_schema::{Model, Op};

use super::check::err;
use super::control;
use super::resolve::resolve;
use crate::ast::{ConditionDef, OpDef, OpKind, VersionDef};

/// A version that passed every check: its resolved `up` and, unless irreversible, its `down`.
pub struct Checked {
    pub number: u32,
    pub up: Vec<Op>,
    pub down: Option<Vec<Op>>,
}

/// The version number is a positive integer.
pub fn version_number(def: &VersionDef) -> syn::Result<u32> {
    let number: u32 = def.number.base10_parse()?;
    if number == 0 {
        return Err(syn::Error::new_spanned(
            &def.number,
            "versions are numbered from 1",
        ));
    }
    Ok(number)
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

/// Resolves a list of operations (a version's, a `when!` block's or a `reverse` block's) in
/// order, applying each to `model`; returns them and, per operation, its inverse.
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
        let step = match &op.kind {
            OpKind::When {
                condition,
                ops: inner,
            } => when(op, condition, inner, model, created, errors, irreversible),
            OpKind::Reassert(inner) => {
                if op.reverse.is_some() {
                    errors.push(err(
                        op.name.span(),
                        "`reassert!` changes nothing, so it takes no `reverse`",
                    ));
                }
                Some(reassert(inner, model, errors))
            }
            _ => single(op, model, created, errors, irreversible),
        };
        if let Some((ops, inverse)) = step {
            up.extend(ops);
            inverses.push(inverse);
        }
    }
    (up, inverses)
}

/// `when!`: its condition, then its operations checked as if the condition holds (as it does
/// on the chain); its inverse is theirs, reversed.
fn when(
    op: &OpDef,
    condition: &ConditionDef,
    inner: &[OpDef],
    model: &mut Model,
    created: &mut BTreeSet<String>,
    errors: &mut Errors,
    irreversible: bool,
) -> Option<(Vec<Op>, Vec<Op>)> {
    let condition = control::condition(condition, model)
        .map_err(|e| errors.push(e))
        .ok()?;
    let (inner_up, inner_inverses) = process_ops(inner, model, created, errors, irreversible);
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
    let up = Op::When {
        condition,
        ops: inner_up.into(),
    };
    Some((vec![up], inverse))
}

/// `reassert!`: each operation already true at this version, without `reverse`; no inverse.
fn reassert(inner: &[OpDef], model: &Model, errors: &mut Errors) -> (Vec<Op>, Vec<Op>) {
    let mut up = Vec::new();
    for inner_op in inner {
        if inner_op.reverse.is_some() {
            errors.push(err(
                inner_op.name.span(),
                "operations in `reassert!` change nothing, so they take no `reverse`",
            ));
        }
        match control::reassert(inner_op, model) {
            Ok(resolved) => up.extend(resolved),
            Err(e) => errors.push(e),
        }
    }
    (up, Vec::new())
}

/// Any other operation: resolved, given an inverse (its `reverse`, else derived; a reversible
/// version needs one), and applied to the model.
fn single(
    op: &OpDef,
    model: &mut Model,
    created: &mut BTreeSet<String>,
    errors: &mut Errors,
    irreversible: bool,
) -> Option<(Vec<Op>, Vec<Op>)> {
    let resolved = resolve(op, model).map_err(|e| errors.push(e)).ok()?;
    let inverse = match &op.reverse {
        Some(reverse) => Some(written_inverse(reverse, &resolved, model, created, errors)),
        // Re-adding `id` would number the rows afresh, matching no integer reference.
        None if matches!(op.kind, OpKind::PromoteUuidPrimaryKey(_)) => None,
        None => derived_inverse(&resolved, model, created)
            .map(|ops| fill_readded_columns(op, ops, irreversible, errors)),
    };
    if inverse.is_none() && !irreversible {
        errors.push(no_inverse(op));
    }
    for ir in &resolved {
        if let Op::CreateTable(t) = ir {
            created.insert(t.name.to_string());
        }
        model.apply(ir);
    }
    Some((resolved, inverse.unwrap_or_default()))
}

/// `reverse { … }`: its operations, checked against the model after the operation.
fn written_inverse(
    reverse: &[OpDef],
    resolved: &[Op],
    model: &Model,
    created: &BTreeSet<String>,
    errors: &mut Errors,
) -> Vec<Op> {
    let mut scratch = model.clone();
    for ir in resolved {
        scratch.apply(ir);
    }
    let mut scratch_created = created.clone();
    let (ops, _) = process_ops(reverse, &mut scratch, &mut scratch_created, errors, true);
    ops
}

/// The inverse `pk_schema::inverse` derives for each resolved operation, if every one has one.
fn derived_inverse(resolved: &[Op], model: &Model, created: &BTreeSet<String>) -> Option<Vec<Op>> {
    let mut ops = Vec::new();
    let mut scratch = model.clone();
    let mut invertible = true;
    for ir in resolved {
        match pk_schema::inverse::derive(ir, &scratch, created) {
            Some(inv) => ops.splice(0..0, inv).for_each(drop),
            None => invertible = false,
        }
        scratch.apply(ir);
    }
    invertible.then_some(ops)
}

/// A derived down that re-adds a NOT NULL column without a default fails on any table with rows
/// (SQLSTATE 23502). With `fill = "sql"` the column is re-added with that default, which fills
/// the existing rows, and the default is dropped again, so the column ends as it was; without
/// it the operation is refused unless the version is irreversible (its down never runs).
fn fill_readded_columns(
    op: &OpDef,
    ops: Vec<Op>,
    irreversible: bool,
    errors: &mut Errors,
) -> Vec<Op> {
    let fill = match &op.kind {
        OpKind::DropColumn { fill, .. } => fill.as_ref(),
        _ => None,
    };
    let mut out = Vec::with_capacity(ops.len() + 1);
    for inverse in ops {
        match inverse {
            Op::AddColumn { table, mut column } if column.not_null && column.default.is_none() => {
                let Some(fill) = fill else {
                    if !irreversible {
                        errors.push(err(
                            op.name.span(),
                            format!(
                                "the derived down re-adds `{table}.{}` NOT NULL without a default, which fails on a \
                                 table with rows: say what existing rows get with `fill = \"…\"` (SQL), write \
                                 `reverse {{ … }}`, or mark the version `irreversible = \"why\";`",
                                column.name
                            ),
                        ));
                    }
                    out.push(Op::AddColumn { table, column });
                    continue;
                };
                let name = column.name.clone();
                column.default = Some(pk_schema::Sql::from(fill.value()));
                out.push(Op::AddColumn {
                    table: table.clone(),
                    column,
                });
                out.push(Op::SetDefault {
                    table,
                    column: name,
                    default: None,
                });
            }
            other => out.push(other),
        }
    }
    out
}

/// An operation without a derived inverse says how it is undone, or the version says why it
/// cannot be.
fn no_inverse(op: &OpDef) -> syn::Error {
    syn::Error::new(
        op.name.span(),
        format!(
            "`{}!` has no inverse: follow it with `reverse {{ … }}` (empty if there is nothing to undo), \
             or mark the version `irreversible = \"why\";`",
            op.name
        ),
    )
}
