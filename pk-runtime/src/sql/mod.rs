//! The one SQL renderer: operations in, statements out. Identifiers are quoted by
//! [`quote_ident`] and qualified with the prefix here and nowhere else.

use crate::catalog::Guard;
use crate::op::{Chain, ChainRef, Op};
use crate::schema::model::mentions;
use crate::{Prefix, quote_ident, quote_literal};

pub(crate) mod batch;
mod count;
mod ddl;

pub use count::{SeededRow, count_destroyed, literal};
use ddl::*;
pub use ddl::{expand, index_name};

/// One unit of work of an operation.
#[derive(Debug)]
pub enum Step<'a> {
    /// A statement, run only when its guard (a catalog check scoped to the prefix) holds.
    Statement {
        /// The check that must hold for it to run; `None`: it always runs.
        guard: Option<Guard<'a>>,
        /// The statement, the prefix substituted.
        sql: String,
    },
    /// A data step written in Rust.
    Call(&'a crate::op::Call),
    /// Steps that run only when a catalog condition holds.
    Block {
        /// The condition.
        guard: Guard<'a>,
        /// What runs when it holds.
        steps: Vec<Step<'a>>,
    },
    /// A statement run again and again until it affects no row (batched backfills).
    Repeat {
        /// The statement, affecting a bounded number of rows each time.
        sql: String,
    },
    /// One `ALTER TABLE` of several subcommands, each only if its guard holds (the statement is
    /// left out when none does): consecutive type changes of one table, folded by
    /// [`render_ops`] so that the table and its indexes are rewritten once, not once per column.
    Alter {
        /// `ALTER TABLE <table>`, the table qualified.
        head: String,
        /// The subcommands, each with its guard, in order.
        parts: Vec<(Guard<'a>, String)>,
    },
    /// Another chain run to `to` (up or down, from wherever it is), in the same transaction.
    Chain {
        /// The chain (Oban's, for PhoenixKit's V27).
        chain: &'static Chain,
        /// The version it is brought to.
        to: u32,
    },
}

/// Renders an operation for a prefix.
pub fn render<'a>(op: &'a Op, prefix: &Prefix) -> Vec<Step<'a>> {
    let q = |table: &str| prefix.qualify(table);
    let plain = |sql: String| vec![Step::Statement { guard: None, sql }];
    match op {
        Op::CreateSchema => vec![Step::Statement {
            guard: Some(Guard::SchemaMissing),
            sql: format!("CREATE SCHEMA {}", prefix.quoted()),
        }],
        Op::CreateExtension(name) => plain(format!(
            "CREATE EXTENSION IF NOT EXISTS {}",
            quote_ident(name)
        )),
        Op::CreateTable(table) => plain(create_table(table, prefix)),
        Op::DropTable(table) => plain(format!("DROP TABLE IF EXISTS {}", q(table))),
        Op::AddColumn { table, column } => plain(format!(
            "ALTER TABLE {} ADD COLUMN IF NOT EXISTS {}",
            q(table),
            column_def(column, prefix)
        )),
        Op::DropColumn {
            table,
            column,
            cascade,
        } => plain(format!(
            "ALTER TABLE {} DROP COLUMN IF EXISTS {}{}",
            q(table),
            quote_ident(column),
            if *cascade { " CASCADE" } else { "" }
        )),
        Op::AddPrimaryKey {
            table,
            columns,
            name,
        } => vec![Step::Statement {
            guard: Some(Guard::PrimaryKeyMissing(table)),
            sql: format!(
                "ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})",
                q(table),
                quote_ident(name),
                idents(columns)
            ),
        }],
        Op::DropSequence { name, cascade } => plain(format!(
            "DROP SEQUENCE IF EXISTS {}{}",
            q(name),
            if *cascade { " CASCADE" } else { "" }
        )),
        Op::CreateSequence {
            name,
            ty,
            table,
            column,
        } => {
            let sequence = q(name);
            let column = quote_ident(column);
            vec![
                Step::Statement {
                    guard: None,
                    sql: format!(
                        "CREATE SEQUENCE IF NOT EXISTS {sequence} AS {ty} OWNED BY {}.{column}",
                        q(table)
                    ),
                },
                Step::Statement {
                    guard: None,
                    sql: format!(
                        "SELECT pg_catalog.setval({}, COALESCE(max({column}), 0) + 1, false) FROM {}",
                        quote_literal(&sequence),
                        q(table)
                    ),
                },
                Step::Statement {
                    guard: None,
                    sql: format!(
                        "ALTER TABLE {} ALTER COLUMN {column} SET DEFAULT nextval({}::regclass)",
                        q(table),
                        quote_literal(&sequence)
                    ),
                },
            ]
        }
        Op::RenameColumn { table, from, to } => vec![Step::Statement {
            guard: Some(Guard::CanRenameColumn { table, from, to }),
            sql: format!(
                "ALTER TABLE {} RENAME COLUMN {} TO {}",
                q(table),
                quote_ident(from),
                quote_ident(to)
            ),
        }],
        Op::ChangeType {
            table,
            column,
            canonical,
            ..
        } => vec![Step::Statement {
            guard: Some(Guard::TypeDiffers {
                table,
                column,
                canonical,
            }),
            sql: format!("ALTER TABLE {} {}", q(table), change_type(op, prefix)),
        }],
        Op::SetNotNull { table, column } => plain(format!(
            "ALTER TABLE {} ALTER COLUMN {} SET NOT NULL",
            q(table),
            quote_ident(column)
        )),
        Op::DropNotNull { table, column } => plain(format!(
            "ALTER TABLE {} ALTER COLUMN {} DROP NOT NULL",
            q(table),
            quote_ident(column)
        )),
        Op::SetDefault {
            table,
            column,
            default,
        } => plain(match default {
            Some(expr) => format!(
                "ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {}",
                q(table),
                quote_ident(column),
                expand(expr, prefix)
            ),
            None => format!(
                "ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT",
                q(table),
                quote_ident(column)
            ),
        }),
        Op::CreateIndex(index) => plain(create_index(index, prefix)),
        Op::DropIndex(name) => plain(format!(
            "DROP INDEX IF EXISTS {}",
            q(&index_name(name, prefix))
        )),
        Op::AddForeignKey(fk) => {
            let guard = Guard::ConstraintMissing {
                table: &fk.table,
                name: &fk.name,
            };
            let add = format!(
                "ALTER TABLE {} ADD {}",
                q(&fk.table),
                foreign_key(fk, prefix)
            );
            match fk.orphans {
                None => vec![Step::Statement {
                    guard: Some(guard),
                    sql: add,
                }],
                Some(orphans) => vec![Step::Block {
                    guard,
                    steps: vec![
                        Step::Statement {
                            guard: None,
                            sql: orphan_cleanup(fk, orphans, prefix),
                        },
                        Step::Statement {
                            guard: None,
                            sql: add,
                        },
                    ],
                }],
            }
        }
        Op::DropConstraint { table, name } => plain(format!(
            "ALTER TABLE {} DROP CONSTRAINT IF EXISTS {}",
            q(table),
            quote_ident(name)
        )),
        Op::Seed(seed) => insert(seed, prefix)
            .into_iter()
            .map(|sql| Step::Statement { guard: None, sql })
            .collect(),
        Op::Unseed(seed) => plain(unseed(seed, prefix)),
        Op::Update {
            table,
            set,
            from,
            filter,
        } => plain(format!(
            "UPDATE {} SET {}{}{}",
            q(table),
            expand(set, prefix),
            from.as_ref()
                .map(|f| format!(" FROM {}", expand(f, prefix)))
                .unwrap_or_default(),
            filter
                .as_ref()
                .map(|f| format!(" WHERE {}", expand(f, prefix)))
                .unwrap_or_default()
        )),
        Op::Delete { table, filter } => plain(format!(
            "DELETE FROM {}{}",
            q(table),
            filter
                .as_ref()
                .map(|f| format!(" WHERE {}", expand(f, prefix)))
                .unwrap_or_default()
        )),
        Op::Call(call) => vec![Step::Call(call)],
        Op::Sql { sql, .. } => plain(expand(sql, prefix)),
        Op::Comment {
            table,
            column,
            text,
        } => {
            let text = text
                .as_deref()
                .map_or_else(|| "NULL".to_owned(), quote_literal);
            plain(match column {
                None => format!("COMMENT ON TABLE {} IS {text}", q(table)),
                Some(column) => format!(
                    "COMMENT ON COLUMN {}.{} IS {text}",
                    q(table),
                    quote_ident(column)
                ),
            })
        }
        Op::AddCheck(check) => vec![Step::Statement {
            guard: Some(Guard::ConstraintMissing {
                table: &check.table,
                name: &check.name,
            }),
            sql: format!(
                "ALTER TABLE {} ADD {}",
                q(&check.table),
                check_def(check, prefix)
            ),
        }],
        Op::CreateEnum { name, values } => vec![Step::Statement {
            guard: Some(Guard::TypeMissing(name)),
            sql: format!(
                "CREATE TYPE {} AS ENUM ({})",
                q(name),
                values
                    .iter()
                    .map(|v| quote_literal(v))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }],
        Op::AddEnumValue { name, value } => plain(format!(
            "ALTER TYPE {} ADD VALUE IF NOT EXISTS {}",
            q(name),
            quote_literal(value)
        )),
        Op::DropEnum(name) => plain(format!("DROP TYPE IF EXISTS {}", q(name))),
        Op::CreateFunction(function) => plain(create_function(function, prefix)),
        Op::DropFunction { name, args } => {
            plain(format!("DROP FUNCTION IF EXISTS {}{args}", q(name)))
        }
        Op::CreateTrigger(trigger) => vec![Step::Statement {
            guard: Some(Guard::TriggerMissing {
                table: &trigger.table,
                name: &trigger.name,
            }),
            sql: create_trigger(trigger, prefix),
        }],
        Op::DropTrigger { table, name } => plain(format!(
            "DROP TRIGGER IF EXISTS {} ON {}",
            quote_ident(name),
            q(table)
        )),
        Op::SetUnlogged(table) => vec![Step::Statement {
            guard: Some(Guard::Logged(table)),
            sql: format!("ALTER TABLE {} SET UNLOGGED", q(table)),
        }],
        Op::When { condition, ops } => vec![Step::Block {
            guard: Guard::Holds(condition),
            steps: ops.iter().flat_map(|op| render(op, prefix)).collect(),
        }],
        Op::RunChain { chain, to } => vec![Step::Chain {
            chain: static_chain(chain),
            to: *to,
        }],
        Op::RenameTable { from, to } => plain(format!(
            "ALTER TABLE IF EXISTS {} RENAME TO {}",
            q(from),
            quote_ident(to)
        )),
        Op::RenameIndex { from, to } => plain(format!(
            "ALTER INDEX IF EXISTS {} RENAME TO {}",
            q(&index_name(from, prefix)),
            quote_ident(&index_name(to, prefix))
        )),
        Op::AddUnique(unique) => vec![Step::Statement {
            guard: Some(Guard::ConstraintMissing {
                table: &unique.table,
                name: &unique.name,
            }),
            sql: format!(
                "ALTER TABLE {} ADD {}",
                q(&unique.table),
                unique_def(unique)
            ),
        }],
        Op::FillNotNull {
            table,
            column,
            fill,
        } => vec![Step::Block {
            guard: Guard::Nullable { table, column },
            steps: vec![
                Step::Statement {
                    guard: None,
                    sql: format!(
                        "UPDATE {} SET {col} = {} WHERE {col} IS NULL",
                        q(table),
                        expand(fill, prefix),
                        col = quote_ident(column)
                    ),
                },
                Step::Statement {
                    guard: None,
                    sql: format!(
                        "ALTER TABLE {} ALTER COLUMN {} SET NOT NULL",
                        q(table),
                        quote_ident(column)
                    ),
                },
            ],
        }],
        Op::BackfillUuidFk {
            table,
            column,
            int_column,
            parent,
            batch,
        } => {
            let (t, p) = (q(table), q(parent));
            let (c, i) = (quote_ident(column), quote_ident(int_column));
            let base = format!(
                "UPDATE {t} AS pk_t SET {c} = pk_p.\"uuid\" FROM {p} AS pk_p \
                 WHERE pk_p.\"id\" = pk_t.{i} AND pk_t.{c} IS NULL AND pk_p.\"uuid\" IS NOT NULL"
            );
            match batch {
                None => plain(base),
                Some(n) => vec![Step::Repeat {
                    sql: format!(
                        "{base} AND pk_t.ctid = ANY (ARRAY(SELECT pk_t2.ctid FROM {t} AS pk_t2 \
                         JOIN {p} AS pk_p2 ON pk_p2.\"id\" = pk_t2.{i} \
                         WHERE pk_t2.{c} IS NULL AND pk_p2.\"uuid\" IS NOT NULL LIMIT {n}))"
                    ),
                }],
            }
        }
        Op::SetLocal { name, value } => plain(format!(
            "SET LOCAL {} = {}",
            quote_ident(name),
            quote_literal(value)
        )),
    }
}

/// `ALTER COLUMN <column> TYPE <type> [USING <expression>]` of a type change.
fn change_type(op: &Op, prefix: &Prefix) -> String {
    let Op::ChangeType {
        column, ty, using, ..
    } = op
    else {
        unreachable!("only type changes are rendered as ALTER COLUMN … TYPE")
    };
    let using = using
        .as_ref()
        .map(|u| format!(" USING {}", expand(u, prefix)))
        .unwrap_or_default();
    format!("ALTER COLUMN {} TYPE {ty}{using}", quote_ident(column))
}

/// Operations rendered together: one, or consecutive type changes of one table folded into one
/// [`Step::Alter`].
#[derive(Debug)]
pub struct Rendered<'a> {
    /// The operations.
    pub ops: Vec<&'a Op>,
    /// The position of the first in the list given to [`render_ops`].
    pub first: usize,
    /// Their steps.
    pub steps: Vec<Step<'a>>,
}

/// A version's operations rendered in order, as [`render`] renders each, except that a run of
/// type changes of one table becomes one `ALTER TABLE` (PostgreSQL then rewrites the table and
/// rebuilds its indexes once). A run stops at a column changed twice, and at a `USING` that names
/// another column of the run: one `ALTER TABLE` computes every `USING` from the old row, separate
/// statements from the row the earlier ones left.
pub fn render_ops<'a, O: std::borrow::Borrow<Op>>(
    ops: &'a [O],
    prefix: &Prefix,
) -> Vec<Rendered<'a>> {
    let ops: Vec<&'a Op> = ops.iter().map(|op| op.borrow()).collect();
    let mut out = Vec::new();
    let mut first = 0;
    while first < ops.len() {
        let end = type_change_run(&ops, first);
        let group = ops[first..end].to_vec();
        let steps = if group.len() < 2 {
            render(ops[first], prefix)
        } else {
            let Op::ChangeType { table, .. } = &group[0] else {
                unreachable!("runs are of type changes")
            };
            vec![Step::Alter {
                head: format!("ALTER TABLE {}", prefix.qualify(table)),
                parts: group
                    .iter()
                    .map(|op| match op {
                        Op::ChangeType {
                            table,
                            column,
                            canonical,
                            ..
                        } => (
                            Guard::TypeDiffers {
                                table,
                                column,
                                canonical,
                            },
                            change_type(op, prefix),
                        ),
                        _ => unreachable!("runs are of type changes"),
                    })
                    .collect(),
            }]
        };
        out.push(Rendered {
            ops: group,
            first,
            steps,
        });
        first = end;
    }
    out
}

/// The end (exclusive) of the run of foldable type changes starting at `first` (`first + 1` when
/// there is none).
fn type_change_run(ops: &[&Op], first: usize) -> usize {
    let Op::ChangeType { table, .. } = ops[first] else {
        return first + 1;
    };
    let mut end = first + 1;
    while let Some(Op::ChangeType {
        table: next_table,
        column,
        using,
        ..
    }) = ops.get(end).copied()
    {
        let foldable = next_table == table
            && ops[first..end].iter().all(|op| match op {
                Op::ChangeType {
                    column: earlier,
                    using: earlier_using,
                    ..
                } => {
                    earlier != column
                        && !using.as_deref().is_some_and(|u| mentions(u, earlier))
                        && !earlier_using
                            .as_deref()
                            .is_some_and(|u| mentions(u, column))
                }
                _ => false,
            });
        if !foldable {
            break;
        }
        end += 1;
    }
    end
}

/// `COMMENT ON TABLE <prefix>.<tracking> IS 'N'`: the version marker, as PhoenixKit writes it.
pub fn marker(tracking_table: &str, prefix: &Prefix, version: u32) -> String {
    format!(
        "COMMENT ON TABLE {} IS '{version}'",
        prefix.qualify(tracking_table)
    )
}

/// The chain a `run_chain!` names. Versions the macro emits always hold the `static` chain.
pub fn static_chain(chain: &ChainRef) -> &'static Chain {
    match chain {
        ChainRef::Static(chain) => chain,
        ChainRef::Path(path) => panic!("run_chain!({path}) was not resolved to its static chain"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::Sql;
    use std::borrow::Cow;

    fn change(table: &'static str, column: &'static str, using: Option<&'static str>) -> Op {
        Op::ChangeType {
            table: Cow::Borrowed(table),
            column: Cow::Borrowed(column),
            ty: Cow::Borrowed("jsonb"),
            canonical: Cow::Borrowed("jsonb"),
            using: using.map(Sql::new),
        }
    }

    /// How many operations each rendered group holds.
    fn groups(ops: &[Op]) -> Vec<usize> {
        render_ops(ops, &Prefix::public())
            .iter()
            .map(|r| r.ops.len())
            .collect()
    }

    #[test]
    fn type_changes_of_one_table_fold_into_one_alter() {
        let ops = [
            change("t", "a", Some("jsonb_build_object('en', a)")),
            change("t", "b", None),
            change("u", "a", None),
            Op::DropTable(Cow::Borrowed("v")),
            change("u", "b", None),
        ];
        assert_eq!(groups(&ops), [2, 1, 1, 1]);
        let rendered = render_ops(&ops, &Prefix::public());
        let Step::Alter { head, parts } = &rendered[0].steps[0] else {
            panic!("not folded: {:?}", rendered[0].steps);
        };
        assert_eq!(head, "ALTER TABLE \"public\".\"t\"");
        let parts: Vec<&str> = parts.iter().map(|(_, part)| part.as_str()).collect();
        assert_eq!(
            parts,
            [
                "ALTER COLUMN \"a\" TYPE jsonb USING jsonb_build_object('en', a)",
                "ALTER COLUMN \"b\" TYPE jsonb"
            ]
        );
    }

    #[test]
    fn a_using_that_names_another_column_of_the_run_or_a_repeated_column_stops_it() {
        // b's USING reads a, which the same ALTER would still give it in its old type.
        let reads_earlier = [change("t", "a", None), change("t", "b", Some("A::text"))];
        assert_eq!(groups(&reads_earlier), [1, 1]);
        // a's USING reads b, which separate statements would change only after a.
        let read_by_earlier = [
            change("t", "a", Some("\"b\"::text")),
            change("t", "b", None),
        ];
        assert_eq!(groups(&read_by_earlier), [1, 1]);
        let twice = [change("t", "a", None), change("t", "a", None)];
        assert_eq!(groups(&twice), [1, 1]);
        let own_column = [
            change("t", "a", Some("a::text || 'ab'")),
            change("t", "b", None),
        ];
        assert_eq!(groups(&own_column), [2]);
    }
}
