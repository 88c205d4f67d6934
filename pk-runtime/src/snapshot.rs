//! The normalized catalog snapshot of one schema, byte for byte what
//! `psql -X -A -t -v prefix=P -f snapshot_query.sql` prints, without psql.
//!
//! The script (`snapshot_query.sql` beside this file, the one the reference snapshots were taken
//! with; the test harness runs the same text through psql) is interpreted here: its
//! psql settings (`\set`, `\pset`: unaligned, tuples only, NULL as empty) are what this module
//! does anyway, `:'prefix'` becomes a string literal, a statement ending in `\g /dev/null` runs
//! without output, and the final `\gexec` runs every non-NULL value it returns as a query in turn.

use sqlx::{Connection, Executor, PgConnection, Row};

use crate::quote_literal;

/// The snapshot script.
pub const SCRIPT: &str = include_str!("snapshot_query.sql");

/// How a statement's result is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    /// Print every row (each statement of the script returns one column).
    Print,
    /// `\g /dev/null`: run, discard.
    Discard,
    /// `\gexec`: run each value of each row as a query and print its rows.
    Exec,
}

/// The statements of the script for `prefix`, in order.
fn statements(prefix: &str) -> Vec<(String, Output)> {
    let script = SCRIPT.replace(":'prefix'", &quote_literal(prefix));
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = script.chars().peekable();
    let mut dollar: Option<String> = None;
    let mut at_line_start = true;
    while let Some(c) = chars.next() {
        if let Some(tag) = &dollar {
            current.push(c);
            if c == '$' && current.ends_with(tag.as_str()) && current.len() > tag.len() {
                dollar = None;
            }
            at_line_start = c == '\n';
            continue;
        }
        match c {
            '\\' => {
                // A psql meta-command runs to the end of the line.
                let mut command = String::new();
                while let Some(&next) = chars.peek() {
                    if next == '\n' {
                        break;
                    }
                    command.push(next);
                    chars.next();
                }
                let command = command.trim();
                if !at_line_start || command.starts_with("gexec") {
                    let output = if command.starts_with("gexec") {
                        Output::Exec
                    } else {
                        Output::Discard
                    };
                    let sql = std::mem::take(&mut current);
                    if !sql.trim().is_empty() {
                        out.push((sql.trim().to_owned(), output));
                    }
                }
            }
            '-' if chars.peek() == Some(&'-') => {
                // A comment runs to the end of the line.
                while let Some(&next) = chars.peek() {
                    if next == '\n' {
                        break;
                    }
                    chars.next();
                }
            }
            '\'' => {
                current.push(c);
                for next in chars.by_ref() {
                    current.push(next);
                    if next == '\'' {
                        break;
                    }
                }
            }
            '$' => {
                current.push(c);
                let mut tag = String::from("$");
                while let Some(&next) = chars.peek() {
                    if next.is_alphanumeric() || next == '_' {
                        tag.push(next);
                        current.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if chars.peek() == Some(&'$') {
                    chars.next();
                    current.push('$');
                    tag.push('$');
                    dollar = Some(tag);
                }
            }
            ';' => {
                let sql = std::mem::take(&mut current);
                if !sql.trim().is_empty() {
                    out.push((sql.trim().to_owned(), Output::Print));
                }
            }
            c => current.push(c),
        }
        at_line_start = c == '\n' || (at_line_start && (c == ' ' || c == '\t'));
    }
    out
}

/// Rows of a query whose columns are all text (or NULL, printed empty), one line per row with
/// `|` between columns, as psql's unaligned, tuples-only mode prints them.
async fn lines(conn: &mut PgConnection, sql: &str, out: &mut String) -> Result<(), sqlx::Error> {
    for row in conn.fetch_all(sql).await? {
        let mut fields = Vec::with_capacity(row.len());
        for i in 0..row.len() {
            fields.push(row.try_get::<Option<String>, _>(i)?.unwrap_or_default());
        }
        out.push_str(&fields.join("|"));
        out.push('\n');
    }
    Ok(())
}

/// The snapshot of `prefix`, as psql prints it. Runs in its own transaction, rolled back, on a
/// connection that must not be in a transaction; only temporary functions are created.
pub async fn snapshot(conn: &mut PgConnection, prefix: &str) -> Result<String, sqlx::Error> {
    let mut tx = conn.begin().await?;
    let mut out = String::new();
    for (sql, output) in statements(prefix) {
        match output {
            Output::Discard => {
                tx.execute(sql.as_str()).await?;
            }
            Output::Print if !returns_rows(&sql) => {
                tx.execute(sql.as_str()).await?;
            }
            Output::Print => lines(&mut tx, &sql, &mut out).await?,
            Output::Exec => {
                let rows = tx.fetch_all(sql.as_str()).await?;
                for row in rows {
                    for i in 0..row.len() {
                        if let Some(query) = row.try_get::<Option<String>, _>(i)? {
                            lines(&mut tx, &query, &mut out).await?;
                        }
                    }
                }
            }
        }
    }
    tx.rollback().await?;
    Ok(out)
}

fn returns_rows(sql: &str) -> bool {
    let head = sql.trim_start().to_ascii_uppercase();
    head.starts_with("SELECT") || head.starts_with("WITH")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_splits_into_its_statements() {
        let statements = statements("public");
        let (first, _) = &statements[0];
        assert!(first.starts_with("SET search_path"), "{first}");
        let discard: Vec<_> = statements
            .iter()
            .filter(|(_, o)| *o == Output::Discard)
            .collect();
        assert_eq!(discard.len(), 1, "the set_config line");
        assert!(
            discard[0]
                .0
                .contains("set_config('oracle.prefix', 'public'")
        );
        let exec: Vec<_> = statements
            .iter()
            .filter(|(_, o)| *o == Output::Exec)
            .collect();
        assert_eq!(exec.len(), 1, "the data section");
        // The functions' dollar-quoted bodies stay whole.
        assert!(statements.iter().any(|(s, _)| {
            s.starts_with("CREATE OR REPLACE FUNCTION pg_temp.norm") && s.ends_with("$f$")
        }));
        assert!(statements.iter().all(|(s, _)| !s.contains(":'prefix'")));
    }
}
