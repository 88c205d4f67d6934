//! Identifiers in SQL fragments: which a fragment mentions, and renaming one in it.

/// The identifiers a SQL fragment mentions: unquoted ones lowercased, quoted ones as written;
/// string literals are skipped. Used to find what PostgreSQL drops together with a column.
pub fn mentions(sql: &str, column: &str) -> bool {
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                // A literal; '' inside it is an escaped quote.
                while let Some(c) = chars.next() {
                    if c == '\'' {
                        if chars.peek() == Some(&'\'') {
                            chars.next();
                        } else {
                            break;
                        }
                    }
                }
            }
            '"' => {
                let mut ident = String::new();
                for c in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                    ident.push(c);
                }
                if ident == column {
                    return true;
                }
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut ident = c.to_ascii_lowercase().to_string();
                while let Some(&next) = chars.peek() {
                    if next.is_ascii_alphanumeric() || next == '_' || next == '$' {
                        ident.push(next.to_ascii_lowercase());
                        chars.next();
                    } else {
                        break;
                    }
                }
                if ident == column {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// `sql` with every identifier token `from` (unquoted and case-folded, or quoted) replaced by
/// `to`; string literals are left alone. PostgreSQL stores expressions by column number, so a
/// renamed column is renamed in every CHECK, index expression and predicate that mentions it.
pub fn rename_ident(sql: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                out.push(c);
                while let Some(c) = chars.next() {
                    out.push(c);
                    if c == '\'' {
                        if chars.peek() == Some(&'\'') {
                            out.push(chars.next().unwrap_or('\''));
                        } else {
                            break;
                        }
                    }
                }
            }
            '"' => {
                let mut ident = String::new();
                for c in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                    ident.push(c);
                }
                let ident = if ident == from { to.to_owned() } else { ident };
                out.push('"');
                out.push_str(&ident.replace('"', "\"\""));
                out.push('"');
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut ident = c.to_string();
                while let Some(&next) = chars.peek() {
                    if next.is_ascii_alphanumeric() || next == '_' || next == '$' {
                        ident.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if ident.to_ascii_lowercase() == from {
                    out.push_str(to);
                } else {
                    out.push_str(&ident);
                }
            }
            c => out.push(c),
        }
    }
    out
}
