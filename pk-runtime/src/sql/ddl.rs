//! Statement fragments of the renderer: table, column, constraint, index, function, trigger
//! and data definitions, qualified with the prefix.

use crate::op::{
    Action, Check, Column, ForeignKey, Function, Index, IndexKey, Orphans, Seed, Sql, Table,
    Trigger, Unique, Value,
};
use crate::{Prefix, quote_ident, quote_literal};

/// Replaces `{prefix}` (quoted identifier), `{prefix_literal}` (string literal) and
/// `{prefix_text}` (the name escaped for use inside a string literal) in a SQL fragment.
pub fn expand(sql: &Sql, prefix: &Prefix) -> String {
    // One pass, so that a schema name containing `{prefix}` is not substituted again.
    let mut rest: &str = sql;
    let mut out = String::with_capacity(rest.len());
    while let Some(at) = rest.find("{prefix") {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let (token, value) = if rest.starts_with("{prefix}") {
            ("{prefix}", prefix.quoted())
        } else if rest.starts_with("{prefix_literal}") {
            ("{prefix_literal}", prefix.literal())
        } else if rest.starts_with("{prefix_text}") {
            ("{prefix_text}", prefix.as_str().replace('\'', "''"))
        } else {
            ("{prefix", "{prefix".to_owned())
        };
        out.push_str(&value);
        rest = &rest[token.len()..];
    }
    out.push_str(rest);
    out
}

/// An index name; PhoenixKit builds one (V26) from the schema name.
pub fn index_name(template: &str, prefix: &Prefix) -> String {
    template.replace("{prefix}", prefix.as_str())
}

/// Rows of a single-column foreign key whose value has no parent: deleted or set to NULL.
pub(super) fn orphan_cleanup(fk: &ForeignKey, orphans: Orphans, prefix: &Prefix) -> String {
    let (column, ref_column) = (quote_ident(&fk.columns[0]), quote_ident(&fk.ref_columns[0]));
    let dangling = format!(
        "{column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {} AS pk_r WHERE pk_r.{ref_column} = {}.{column})",
        prefix.qualify(&fk.ref_table),
        prefix.qualify(&fk.table)
    );
    match orphans {
        Orphans::Delete => format!("DELETE FROM {} WHERE {dangling}", prefix.qualify(&fk.table)),
        Orphans::SetNull => format!(
            "UPDATE {} SET {column} = NULL WHERE {dangling}",
            prefix.qualify(&fk.table)
        ),
    }
}

pub(super) fn unique_def(unique: &Unique) -> String {
    format!(
        "CONSTRAINT {} UNIQUE ({})",
        quote_ident(&unique.name),
        idents(&unique.columns)
    )
}

pub(super) fn check_def(check: &Check, prefix: &Prefix) -> String {
    format!(
        "CONSTRAINT {} CHECK ({}){}",
        quote_ident(&check.name),
        expand(&check.expr, prefix),
        if check.not_valid { " NOT VALID" } else { "" }
    )
}

pub(super) fn create_function(function: &Function, prefix: &Prefix) -> String {
    let body = expand(&function.body, prefix);
    // Pick a dollar-quote tag the body does not contain.
    let mut tag = String::from("$pk$");
    while body.contains(&tag) {
        tag.insert(tag.len() - 1, '_');
    }
    format!(
        "CREATE OR REPLACE FUNCTION {}{} RETURNS {} AS {tag}{body}{tag} LANGUAGE {}{}{}",
        prefix.qualify(&function.name),
        function.args,
        function.returns,
        function.language,
        if function.immutable { " IMMUTABLE" } else { "" },
        if function.strict { " STRICT" } else { "" }
    )
}

pub(super) fn create_trigger(trigger: &Trigger, prefix: &Prefix) -> String {
    format!(
        "CREATE TRIGGER {} {} ON {} FOR EACH ROW EXECUTE PROCEDURE {}()",
        quote_ident(&trigger.name),
        trigger.timing,
        prefix.qualify(&trigger.table),
        prefix.qualify(&trigger.function)
    )
}

pub(super) fn create_table(table: &Table, prefix: &Prefix) -> String {
    let mut parts: Vec<String> = table
        .columns
        .iter()
        .map(|c| column_def(c, prefix))
        .collect();
    parts.extend(table.foreign_keys.iter().map(|fk| foreign_key(fk, prefix)));
    parts.extend(table.uniques.iter().map(unique_def));
    parts.extend(table.checks.iter().map(|check| check_def(check, prefix)));
    if !table.primary_key.is_empty() {
        parts.push(format!("PRIMARY KEY ({})", idents(&table.primary_key)));
    }
    format!(
        "CREATE TABLE IF NOT EXISTS {} ({})",
        prefix.qualify(&table.name),
        parts.join(", ")
    )
}

pub(super) fn column_def(column: &Column, prefix: &Prefix) -> String {
    let mut out = format!(
        "{} {}",
        quote_ident(&column.name),
        expand(&column.ty, prefix)
    );
    if let Some(default) = &column.default {
        out.push_str(" DEFAULT ");
        out.push_str(&expand(default, prefix));
    }
    if column.not_null {
        out.push_str(" NOT NULL");
    }
    out
}

pub(super) fn foreign_key(fk: &ForeignKey, prefix: &Prefix) -> String {
    let mut out = format!(
        "CONSTRAINT {} FOREIGN KEY ({}) REFERENCES {}({})",
        quote_ident(&fk.name),
        idents(&fk.columns),
        prefix.qualify(&fk.ref_table),
        idents(&fk.ref_columns)
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

pub(super) fn create_index(index: &Index, prefix: &Prefix) -> String {
    let keys: Vec<String> = index
        .keys
        .iter()
        .map(|key| match key {
            IndexKey::Column { name, desc } => {
                format!("{}{}", quote_ident(name), if *desc { " DESC" } else { "" })
            }
            IndexKey::Expr(expr) => format!("({})", expand(expr, prefix)),
        })
        .collect();
    format!(
        "CREATE {}INDEX IF NOT EXISTS {} ON {}{} ({}){}",
        if index.unique { "UNIQUE " } else { "" },
        quote_ident(&index_name(&index.name, prefix)),
        prefix.qualify(&index.table),
        index
            .method
            .as_ref()
            .map(|m| format!(" USING {m}"))
            .unwrap_or_default(),
        keys.join(", "),
        index
            .filter
            .as_ref()
            .map(|f| format!(" WHERE {}", expand(f, prefix)))
            .unwrap_or_default()
    )
}

pub(super) fn insert(seed: &Seed, prefix: &Prefix) -> Vec<String> {
    let table = prefix.qualify(&seed.table);
    let columns = idents(&seed.columns);
    let row = |row: &[Value]| {
        row.iter()
            .map(|v| value(v, prefix))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !seed.on_conflict {
        // No unique index to conflict on: insert each row only if its key is not there yet.
        let keys = key_positions(seed);
        return seed
            .rows
            .iter()
            .map(|values| {
                let matches: Vec<String> = keys
                    .iter()
                    .map(|&i| {
                        format!(
                            "{} IS NOT DISTINCT FROM {}",
                            quote_ident(&seed.columns[i]),
                            value(&values[i], prefix)
                        )
                    })
                    .collect();
                format!(
                    "INSERT INTO {table} ({columns}) SELECT {} WHERE NOT EXISTS (SELECT 1 FROM {table} WHERE {})",
                    row(values),
                    matches.join(" AND ")
                )
            })
            .collect();
    }
    let rows: Vec<String> = seed
        .rows
        .iter()
        .map(|values| format!("({})", row(values)))
        .collect();
    let action = match &seed.update {
        Some(set) => format!("DO UPDATE SET {}", expand(set, prefix)),
        None => "DO NOTHING".to_owned(),
    };
    vec![format!(
        "INSERT INTO {table} ({columns}) VALUES {} ON CONFLICT ({}) {action}",
        rows.join(", "),
        idents(&seed.conflict)
    )]
}

pub(super) fn key_positions(seed: &Seed) -> Vec<usize> {
    seed.conflict
        .iter()
        .map(|key| {
            seed.columns
                .iter()
                .position(|c| c == key)
                .expect("seed conflict key is one of its columns")
        })
        .collect()
}

pub(super) fn unseed(seed: &Seed, prefix: &Prefix) -> String {
    let positions = key_positions(seed);
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
        prefix.qualify(&seed.table),
        idents(&seed.conflict),
        keys.join(", ")
    )
}

pub(super) fn value(value: &Value, prefix: &Prefix) -> String {
    match value {
        Value::Null => "NULL".into(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Text(s) => quote_literal(s),
        Value::Expr(e) => expand(e, prefix),
        Value::UuidV7 => format!("'{}'::uuid", uuid::Uuid::now_v7()),
    }
}

pub(super) fn idents<S: AsRef<str>>(names: &[S]) -> String {
    names
        .iter()
        .map(|n| quote_ident(n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expand_substitutes_in_one_pass() {
        let prefix = Prefix::new("a'b{prefix}").unwrap();
        assert_eq!(
            expand(
                &Sql::new("{prefix}.t {prefix_literal} '{prefix_text}' {prefixes}"),
                &prefix
            ),
            r#""a'b{prefix}".t 'a''b{prefix}' 'a''b{prefix}' {prefixes}"#
        );
    }
}
