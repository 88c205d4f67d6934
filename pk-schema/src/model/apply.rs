//! [`Model::apply`]: how one operation changes the model.

use crate::def::{ChainRef, IndexKey, Op, Sql};

use super::*;

impl Model {
    /// Applies a checked operation. Operations whose SQL is idempotent (`CREATE TABLE IF NOT
    /// EXISTS`, `ADD COLUMN IF NOT EXISTS`) change nothing when their object exists, as in the
    /// database; `when!` blocks apply as on the chain, where their condition holds.
    pub fn apply(&mut self, op: &Op) {
        match op {
            Op::CreateExtension(name) => {
                self.extensions.insert(name.clone());
            }
            Op::SetUnlogged(table) => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.unlogged = true;
                }
            }
            Op::RunChain { chain, to } => {
                if let ChainRef::Static(chain) = chain {
                    self.run_chain(chain, *to);
                }
            }
            Op::CreateTable(t) if self.tables.contains_key(&t.name) => {}
            Op::AddColumn { table, column }
                if self
                    .tables
                    .get(table)
                    .is_some_and(|t| t.column(&column.name).is_some()) => {}
            Op::CreateSchema
            | Op::Seed(_)
            | Op::Unseed(_)
            | Op::Update { .. }
            | Op::Delete { .. }
            | Op::Call(_)
            | Op::Sql { .. }
            | Op::SetLocal { .. }
            | Op::BackfillUuidFk { .. } => {}
            Op::AddUnique(unique) => {
                if let Some(t) = self.tables.get_mut(&unique.table) {
                    t.uniques.insert(unique.name.clone(), unique.clone());
                }
            }
            Op::RenameIndex { from, to } => {
                if let Some(mut index) = self.indexes.remove(from) {
                    index.name = to.clone();
                    self.indexes.insert(to.clone(), index);
                }
            }
            Op::RenameTable { from, to } => {
                if let Some(mut state) = self.tables.remove(from) {
                    for fk in state.foreign_keys.values_mut() {
                        fk.table = to.clone();
                    }
                    for c in state.checks.values_mut() {
                        c.table = to.clone();
                    }
                    for u in state.uniques.values_mut() {
                        u.table = to.clone();
                    }
                    for t in state.triggers.values_mut() {
                        t.table = to.clone();
                    }
                    self.tables.insert(to.clone(), state);
                }
                for index in self.indexes.values_mut().filter(|i| &i.table == from) {
                    index.table = to.clone();
                }
                for sequence in self.sequences.values_mut().filter(|s| &s.table == from) {
                    sequence.table = to.clone();
                }
                for state in self.tables.values_mut() {
                    for fk in state.foreign_keys.values_mut() {
                        if &fk.ref_table == from {
                            fk.ref_table = to.clone();
                        }
                    }
                }
            }
            Op::When { ops, .. } => {
                for op in ops.iter() {
                    self.apply(op);
                }
            }
            Op::Comment {
                table,
                column,
                text,
            } => {
                if let Some(t) = self.tables.get_mut(table) {
                    match (column, text) {
                        (None, text) => t.comment = text.clone(),
                        (Some(c), Some(text)) => {
                            t.column_comments.insert(c.clone(), text.clone());
                        }
                        (Some(c), None) => {
                            t.column_comments.remove(c);
                        }
                    }
                }
            }
            Op::AddCheck(check) => {
                if let Some(t) = self.tables.get_mut(&check.table) {
                    t.checks.insert(check.name.clone(), check.clone());
                }
            }
            Op::CreateEnum { name, values } => {
                self.enums.insert(name.clone(), values.to_vec());
            }
            Op::AddEnumValue { name, value } => {
                if let Some(values) = self.enums.get_mut(name)
                    && !values.contains(value)
                {
                    values.push(value.clone());
                }
            }
            Op::DropEnum(name) => {
                self.enums.remove(name);
            }
            Op::CreateFunction(f) => {
                self.functions
                    .insert((f.name.clone(), f.args.clone()), f.clone());
            }
            Op::DropFunction { name, args } => {
                self.functions.remove(&(name.clone(), args.clone()));
            }
            Op::CreateTrigger(trigger) => {
                if let Some(t) = self.tables.get_mut(&trigger.table) {
                    t.triggers.insert(trigger.name.clone(), trigger.clone());
                }
            }
            Op::DropTrigger { table, name } => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.triggers.remove(name);
                }
            }
            Op::CreateTable(t) => {
                let mut columns = t.columns.to_vec();
                // A primary key's columns are NOT NULL.
                for c in columns.iter_mut() {
                    if t.primary_key.contains(&c.name) {
                        c.not_null = true;
                    }
                }
                let state = TableState {
                    columns,
                    primary_key: t.primary_key.to_vec(),
                    foreign_keys: t
                        .foreign_keys
                        .iter()
                        .map(|fk| (fk.name.clone(), fk.clone()))
                        .collect(),
                    checks: t
                        .checks
                        .iter()
                        .map(|c| (c.name.clone(), c.clone()))
                        .collect(),
                    uniques: t
                        .uniques
                        .iter()
                        .map(|u| (u.name.clone(), u.clone()))
                        .collect(),
                    primary_key_name: (!t.primary_key.is_empty())
                        .then(|| format!("{}_pkey", t.name).into()),
                    ..TableState::default()
                };
                for column in t.columns.iter() {
                    if let Some((name, sequence)) = serial_sequence(&t.name, column) {
                        self.sequences.insert(name, sequence);
                    }
                }
                self.tables.insert(t.name.clone(), state);
            }
            Op::DropTable(name) => {
                self.tables.remove(name);
                self.indexes.retain(|_, i| &i.table != name);
                self.sequences.retain(|_, s| &s.table != name);
            }
            Op::AddColumn { table, column } => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.columns.push(column.clone());
                }
                if let Some((name, sequence)) = serial_sequence(table, column) {
                    self.sequences.insert(name, sequence);
                }
            }
            Op::DropColumn { table, column, .. } => {
                self.indexes
                    .retain(|_, i| !(&i.table == table && index_mentions(i, column)));
                self.sequences
                    .retain(|_, s| !(&s.table == table && &s.column == column));
                if let Some(t) = self.tables.get_mut(table) {
                    t.columns.retain(|c| &c.name != column);
                    t.foreign_keys.retain(|_, fk| !fk.columns.contains(column));
                    t.uniques.retain(|_, u| !u.columns.contains(column));
                    t.checks.retain(|_, c| !mentions(&c.expr, column));
                    t.column_comments.remove(column);
                    if t.primary_key.contains(column) {
                        t.primary_key.clear();
                        t.primary_key_name = None;
                    }
                }
            }
            Op::AddPrimaryKey {
                table,
                columns,
                name,
            } => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.primary_key = columns.to_vec();
                    t.primary_key_name = Some(name.clone());
                    for c in t.columns.iter_mut().filter(|c| columns.contains(&c.name)) {
                        c.not_null = true;
                    }
                }
            }
            Op::DropSequence { name, cascade } => {
                if let Some(sequence) = self.sequences.remove(name)
                    && *cascade
                    && let Some(c) = self
                        .tables
                        .get_mut(&sequence.table)
                        .and_then(|t| t.column_mut(&sequence.column))
                {
                    // A serial column without its sequence is a plain integer column.
                    c.ty = Sql(sequence.ty.clone());
                    c.default = None;
                }
            }
            Op::CreateSequence {
                name,
                ty,
                table,
                column,
            } => {
                if let Some(c) = self
                    .tables
                    .get_mut(table)
                    .and_then(|t| t.column_mut(column))
                {
                    c.ty = if ty == "bigint" {
                        "bigserial"
                    } else {
                        "serial"
                    }
                    .into();
                    c.default = None;
                }
                self.sequences.insert(
                    name.clone(),
                    Sequence {
                        ty: ty.clone(),
                        table: table.clone(),
                        column: column.clone(),
                    },
                );
            }
            Op::RenameColumn { table, from, to } => {
                if let Some(t) = self.tables.get_mut(table) {
                    if let Some(c) = t.column_mut(from) {
                        c.name = to.clone();
                    }
                    if let Some(comment) = t.column_comments.remove(from) {
                        t.column_comments.insert(to.clone(), comment);
                    }
                    for pk in &mut t.primary_key {
                        if pk == from {
                            *pk = to.clone();
                        }
                    }
                    for fk in t.foreign_keys.values_mut() {
                        for c in fk.columns.to_mut() {
                            if c == from {
                                *c = to.clone();
                            }
                        }
                    }
                    for u in t.uniques.values_mut() {
                        for c in u.columns.to_mut() {
                            if c == from {
                                *c = to.clone();
                            }
                        }
                    }
                }
                if let Some(t) = self.tables.get_mut(table) {
                    for check in t.checks.values_mut() {
                        check.expr = Sql::from(rename_ident(&check.expr, from, to));
                    }
                }
                for index in self.indexes.values_mut().filter(|i| &i.table == table) {
                    for key in index.keys.to_mut() {
                        match key {
                            IndexKey::Column { name, .. } if name == from => *name = to.clone(),
                            IndexKey::Column { .. } => {}
                            IndexKey::Expr(expr) => *expr = Sql::from(rename_ident(expr, from, to)),
                        }
                    }
                    if let Some(filter) = &mut index.filter {
                        *filter = Sql::from(rename_ident(filter, from, to));
                    }
                }
                for sequence in self
                    .sequences
                    .values_mut()
                    .filter(|s| &s.table == table && &s.column == from)
                {
                    sequence.column = to.clone();
                }
                // Foreign keys of any table that reference the renamed column follow it
                // (PostgreSQL stores attribute numbers).
                for state in self.tables.values_mut() {
                    for fk in state.foreign_keys.values_mut() {
                        if &fk.ref_table == table {
                            for c in fk.ref_columns.to_mut() {
                                if c == from {
                                    *c = to.clone();
                                }
                            }
                        }
                    }
                }
            }
            Op::ChangeType {
                table,
                column,
                ty,
                canonical,
                ..
            } => {
                if let Some(c) = self
                    .tables
                    .get_mut(table)
                    .and_then(|t| t.column_mut(column))
                {
                    c.ty = Sql(ty.clone());
                    c.canonical = canonical.clone();
                }
            }
            Op::SetNotNull { table, column }
            | Op::FillNotNull { table, column, .. }
            | Op::DropNotNull { table, column } => {
                let not_null = !matches!(op, Op::DropNotNull { .. });
                if let Some(c) = self
                    .tables
                    .get_mut(table)
                    .and_then(|t| t.column_mut(column))
                {
                    c.not_null = not_null;
                }
            }
            Op::SetDefault {
                table,
                column,
                default,
            } => {
                if let Some(c) = self
                    .tables
                    .get_mut(table)
                    .and_then(|t| t.column_mut(column))
                {
                    c.default = default.clone();
                }
            }
            Op::CreateIndex(index) => {
                self.indexes.insert(index.name.clone(), index.clone());
            }
            Op::DropIndex(name) => {
                self.indexes.remove(name);
            }
            Op::AddForeignKey(fk) => {
                if let Some(t) = self.tables.get_mut(&fk.table) {
                    t.foreign_keys.insert(fk.name.clone(), fk.clone());
                }
            }
            Op::DropConstraint { table, name } => {
                if let Some(t) = self.tables.get_mut(table) {
                    t.foreign_keys.remove(name);
                    t.checks.remove(name);
                    t.uniques.remove(name);
                    if t.primary_key_name.as_ref() == Some(name) {
                        t.primary_key.clear();
                        t.primary_key_name = None;
                    }
                }
            }
        }
    }
}
