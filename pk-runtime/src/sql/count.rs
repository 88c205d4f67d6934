//! The SQL that counts what a down would destroy (see [`crate::loss`]): the rows of a table it
//! drops, the non-NULL values of a column it drops, the rows a data reverse deletes. One shape
//! for all three, qualified and quoted like every other statement.

use crate::op::{Sql, Value};
use crate::{Prefix, quote_ident, quote_literal};

use super::expand;

/// One row a chain's `seed!` inserts, as the columns whose seeded value is a literal (its key
/// columns among them) and those values. A row that still holds all of them is the chain's own.
#[derive(Debug, Clone, PartialEq)]
pub struct SeededRow<'a> {
    /// (column, seeded value) pairs.
    pub values: Vec<(&'a str, &'a Value)>,
}

/// `SELECT count(*) FROM <prefix>.<table> WHERE …`: the rows a drop (`column: None`) or a delete
/// (`filter`) destroys, or the non-NULL values of `column` that dropping it destroys, leaving out
/// rows that are exactly one of `seeded` (the chain's own seed rows, unchanged).
pub fn count_destroyed(
    prefix: &Prefix,
    table: &str,
    column: Option<&str>,
    filter: Option<&Sql>,
    seeded: &[SeededRow<'_>],
) -> String {
    let mut conditions = Vec::new();
    if let Some(column) = column {
        conditions.push(format!("{} IS NOT NULL", quote_ident(column)));
    }
    if let Some(filter) = filter {
        conditions.push(format!("({})", expand(filter, prefix)));
    }
    if !seeded.is_empty() {
        let rows: Vec<String> = seeded.iter().map(seeded_row).collect();
        conditions.push(format!("NOT ({})", rows.join(" OR ")));
    }
    let mut sql = format!("SELECT count(*) FROM {}", prefix.qualify(table));
    if !conditions.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&conditions.join(" AND "));
    }
    sql
}

/// `(a IS NOT DISTINCT FROM 'x' AND b IS NOT DISTINCT FROM '1')`: the row holds the seeded
/// values. Literals are written untyped, so each takes the type of its column (as the seed's
/// INSERT did); NULL compares equal to NULL.
fn seeded_row(row: &SeededRow<'_>) -> String {
    let matches: Vec<String> = row
        .values
        .iter()
        .map(|(column, value)| {
            format!(
                "{} IS NOT DISTINCT FROM {}",
                quote_ident(column),
                literal(value).expect("seeded rows hold literals only")
            )
        })
        .collect();
    format!("({})", matches.join(" AND "))
}

/// A seeded value as an untyped literal, or `None` when it is not a literal (an expression such
/// as `now()`, a fresh UUID): such a value cannot be compared.
pub fn literal(value: &Value) -> Option<String> {
    match value {
        Value::Null => Some("NULL".to_owned()),
        Value::Bool(b) => Some(quote_literal(&b.to_string())),
        Value::Int(i) => Some(quote_literal(&i.to_string())),
        Value::Text(s) => Some(quote_literal(s)),
        Value::Expr(_) | Value::UuidV7 => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_rows_values_and_deletes_quoted_and_qualified() {
        let prefix = Prefix::new("Tenant \"A\"").unwrap();
        assert_eq!(
            count_destroyed(&prefix, "t", None, None, &[]),
            r#"SELECT count(*) FROM "Tenant ""A"""."t""#
        );
        assert_eq!(
            count_destroyed(&prefix, "t", Some("c"), None, &[]),
            r#"SELECT count(*) FROM "Tenant ""A"""."t" WHERE "c" IS NOT NULL"#
        );
        assert_eq!(
            count_destroyed(
                &prefix,
                "t",
                None,
                Some(&Sql::new("x IN (SELECT y FROM {prefix}.u)")),
                &[]
            ),
            r#"SELECT count(*) FROM "Tenant ""A"""."t" WHERE (x IN (SELECT y FROM "Tenant ""A""".u))"#
        );
    }

    #[test]
    fn seeded_rows_are_left_out() {
        let prefix = Prefix::public();
        let (key, on, null) = (Value::Text("it's".into()), Value::Bool(true), Value::Null);
        let seeded = [SeededRow {
            values: vec![("key", &key), ("on", &on), ("value", &null)],
        }];
        assert_eq!(
            count_destroyed(&prefix, "s", Some("value"), None, &seeded),
            "SELECT count(*) FROM \"public\".\"s\" WHERE \"value\" IS NOT NULL AND NOT \
             ((\"key\" IS NOT DISTINCT FROM 'it''s' AND \"on\" IS NOT DISTINCT FROM 'true' \
             AND \"value\" IS NOT DISTINCT FROM NULL))"
        );
    }
}
