//! The one SQL renderer: operations in, statements out. Identifiers are quoted by
//! [`quote_ident`](crate::prefix::quote_ident) and qualified with the prefix here and nowhere else.

use crate::catalog::Guard;
use crate::op::{Action, Column, ForeignKey, Index, IndexKey, Op, Seed, Sql, Table, Value};
use crate::prefix::{Prefix, quote_ident, quote_literal};

/// One unit of work of an operation.
#[derive(Debug)]
pub enum Step {
    /// A statement, run only when its guard (a catalog check scoped to the prefix) holds.
    Statement { guard: Option<Guard>, sql: String },
    /// A data step written in Rust.
    Call(&'static crate::op::Call),
}

/// Renders an operation for a prefix.
pub fn render(op: &'static Op, prefix: &Prefix) -> Vec<Step> {
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
        Op::DropColumn { table, column } => plain(format!(
            "ALTER TABLE {} DROP COLUMN IF EXISTS {}",
            q(table),
            quote_ident(column)
        )),
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
            ty,
            canonical,
            using,
        } => {
            let using = using
                .map(|u| format!(" USING {}", expand(u, prefix)))
                .unwrap_or_default();
            vec![Step::Statement {
                guard: Some(Guard::TypeDiffers {
                    table,
                    column,
                    canonical,
                }),
                sql: format!(
                    "ALTER TABLE {} ALTER COLUMN {} TYPE {ty}{using}",
                    q(table),
                    quote_ident(column)
                ),
            }]
        }
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
                expand(*expr, prefix)
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
        Op::AddForeignKey(fk) => vec![Step::Statement {
            guard: Some(Guard::ConstraintMissing {
                table: fk.table,
                name: fk.name,
            }),
            sql: format!(
                "ALTER TABLE {} ADD {}",
                q(fk.table),
                foreign_key(fk, prefix)
            ),
        }],
        Op::DropConstraint { table, name } => plain(format!(
            "ALTER TABLE {} DROP CONSTRAINT IF EXISTS {}",
            q(table),
            quote_ident(name)
        )),
        Op::Seed(seed) => plain(insert(seed, prefix)),
        Op::Unseed(seed) => plain(unseed(seed, prefix)),
        Op::Update { table, set, filter } => plain(format!(
            "UPDATE {} SET {}{}",
            q(table),
            expand(*set, prefix),
            filter
                .map(|f| format!(" WHERE {}", expand(f, prefix)))
                .unwrap_or_default()
        )),
        Op::Delete { table, filter } => plain(format!(
            "DELETE FROM {}{}",
            q(table),
            filter
                .map(|f| format!(" WHERE {}", expand(f, prefix)))
                .unwrap_or_default()
        )),
        Op::Call(call) => vec![Step::Call(call)],
        Op::Sql { sql, .. } => plain(expand(*sql, prefix)),
    }
}

/// `COMMENT ON TABLE <prefix>.<tracking> IS 'N'`: the version marker, as PhoenixKit writes it.
pub fn marker(tracking_table: &str, prefix: &Prefix, version: u32) -> String {
    format!(
        "COMMENT ON TABLE {} IS '{version}'",
        prefix.qualify(tracking_table)
    )
}

/// Replaces `{prefix}` (quoted identifier) and `{prefix_literal}` (string literal) in a SQL fragment.
pub fn expand(sql: Sql, prefix: &Prefix) -> String {
    if !sql.0.contains("{prefix") {
        return sql.0.to_owned();
    }
    sql.0
        .replace("{prefix_literal}", &prefix.literal())
        .replace("{prefix}", &prefix.quoted())
}

/// An index name; PhoenixKit builds one (V26) from the schema name.
pub fn index_name(template: &str, prefix: &Prefix) -> String {
    template.replace("{prefix}", prefix.as_str())
}

fn create_table(table: &Table, prefix: &Prefix) -> String {
    let mut parts: Vec<String> = table
        .columns
        .iter()
        .map(|c| column_def(c, prefix))
        .collect();
    parts.extend(table.foreign_keys.iter().map(|fk| foreign_key(fk, prefix)));
    if !table.primary_key.is_empty() {
        parts.push(format!("PRIMARY KEY ({})", idents(table.primary_key)));
    }
    format!(
        "CREATE TABLE IF NOT EXISTS {} ({})",
        prefix.qualify(table.name),
        parts.join(", ")
    )
}

fn column_def(column: &Column, prefix: &Prefix) -> String {
    let mut out = format!("{} {}", quote_ident(column.name), column.ty);
    if let Some(default) = column.default {
        out.push_str(" DEFAULT ");
        out.push_str(&expand(default, prefix));
    }
    if column.not_null {
        out.push_str(" NOT NULL");
    }
    out
}

fn foreign_key(fk: &ForeignKey, prefix: &Prefix) -> String {
    let mut out = format!(
        "CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {}({})",
        quote_ident(fk.name),
        idents(fk.columns),
        prefix.qualify(fk.ref_table),
        idents(fk.ref_columns)
    );
    if fk.on_delete != Action::NoAction {
        out.push_str(" ON DELETE ");
        out.push_str(fk.on_delete.sql());
    }
    if fk.on_update != Action::NoAction {
        out.push_str(" ON UPDATE ");
        out.push_str(fk.on_update.sql());
    }
    out
}

fn create_index(index: &Index, prefix: &Prefix) -> String {
    let keys: Vec<String> = index
        .keys
        .iter()
        .map(|key| match key {
            IndexKey::Column { name, desc } => {
                format!("{}{}", quote_ident(name), if *desc { " DESC" } else { "" })
            }
            IndexKey::Expr(expr) => format!("({})", expand(*expr, prefix)),
        })
        .collect();
    format!(
        "CREATE {}INDEX IF NOT EXISTS {} ON {}{} ({}){}",
        if index.unique { "UNIQUE " } else { "" },
        quote_ident(&index_name(index.name, prefix)),
        prefix.qualify(index.table),
        index
            .method
            .map(|m| format!(" USING {m}"))
            .unwrap_or_default(),
        keys.join(", "),
        index
            .filter
            .map(|f| format!(" WHERE {}", expand(f, prefix)))
            .unwrap_or_default()
    )
}

fn insert(seed: &Seed, prefix: &Prefix) -> String {
    let rows: Vec<String> = seed
        .rows
        .iter()
        .map(|row| {
            format!(
                "({})",
                row.iter()
                    .map(|v| value(v, prefix))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    format!(
        "INSERT INTO {} ({}) VALUES {} ON CONFLICT ({}) DO NOTHING",
        prefix.qualify(seed.table),
        idents(seed.columns),
        rows.join(", "),
        idents(seed.conflict)
    )
}

fn unseed(seed: &Seed, prefix: &Prefix) -> String {
    let positions: Vec<usize> = seed
        .conflict
        .iter()
        .map(|key| {
            seed.columns
                .iter()
                .position(|c| c == key)
                .expect("seed conflict key is one of its columns")
        })
        .collect();
    let keys: Vec<String> = seed
        .rows
        .iter()
        .map(|row| {
            format!(
                "({})",
                positions
                    .iter()
                    .map(|&i| value(&row[i], prefix))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect();
    format!(
        "DELETE FROM {} WHERE ({}) IN ({})",
        prefix.qualify(seed.table),
        idents(seed.conflict),
        keys.join(", ")
    )
}

fn value(value: &Value, prefix: &Prefix) -> String {
    match value {
        Value::Null => "NULL".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Text(s) => quote_literal(s),
        Value::Expr(e) => expand(*e, prefix),
    }
}

fn idents(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| quote_ident(n))
        .collect::<Vec<_>>()
        .join(", ")
}
