//! The planner: one expected line and its live counterpart to an additive action, or the
//! reason it is left alone.

use std::collections::BTreeSet;

use sqlx::PgConnection;

use super::{Action, LeftAlone};

use crate::{Prefix, quote_ident, quote_literal};

/// The missing column an index or constraint line uses, if any: its table's missing columns
/// named as a word in the definition.
pub(super) fn needs_missing_column(
    line: &str,
    missing: &BTreeSet<(String, String)>,
) -> Option<String> {
    let fields: Vec<&str> = line.split('|').collect();
    if !matches!(fields[0], "index" | "constraint") || fields.len() < 4 {
        return None;
    }
    let definition = fields[3..].join("|");
    missing
        .iter()
        .filter(|(table, _)| table == fields[1])
        .find(|(_, column)| mentions_word(&definition, column))
        .map(|(_, column)| column.clone())
}

/// Whether `word` occurs in `text` as an identifier (not inside a longer one).
pub(super) fn mentions_word(text: &str, word: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

pub(super) struct Planner<'p> {
    pub(super) prefix: &'p Prefix,
    pub(super) actions: Vec<Action>,
    pub(super) left_alone: Vec<LeftAlone>,
}

impl Planner<'_> {
    pub(super) fn leave(&mut self, object: &str, lines: Vec<String>, reason: impl Into<String>) {
        self.left_alone.push(LeftAlone {
            object: object.to_owned(),
            lines,
            reason: reason.into(),
        });
    }

    pub(super) fn act(&mut self, object: &str, summary: String, statements: Vec<String>) {
        self.actions.push(Action {
            object: object.to_owned(),
            summary,
            statements,
        });
    }

    /// A definition from a snapshot line, for this prefix.
    pub(super) fn sql(&self, definition: &str) -> String {
        definition.replace("<prefix>.", &format!("{}.", self.prefix.quoted()))
    }

    pub(super) fn table(&self, name: &str) -> String {
        self.prefix.qualify(name)
    }

    /// Plans one expected line the live schema lacks; `live` is the live line describing the same
    /// object, if there is one.
    pub(super) async fn missing(
        &mut self,
        conn: &mut PgConnection,
        object: &str,
        line: &str,
        live: Option<&str>,
    ) -> Result<(), sqlx::Error> {
        let fields: Vec<&str> = line.split('|').collect();
        let mut lines = vec![format!("- {line}")];
        if let Some(live) = live {
            lines.push(format!("+ {live}"));
        }
        match (fields[0], live) {
            ("column", None) => self.leave(
                object,
                lines,
                "column missing: repair does not add columns (their data and position come from \
                 the version that adds them)",
            ),
            ("column", Some(live)) => self.column(conn, object, &fields, live, lines).await?,
            ("constraint", None) if fields.len() > 4 => self.add_constraint(object, &fields),
            ("constraint", Some(live)) if fields.len() > 4 => {
                let def = fields[4..].join("|");
                let live_def = live.split('|').skip(4).collect::<Vec<_>>().join("|");
                if live_def == format!("{def} NOT VALID") {
                    self.act(
                        object,
                        format!("validate {} (it is NOT VALID)", fields[2]),
                        vec![format!(
                            "ALTER TABLE {} VALIDATE CONSTRAINT {}",
                            self.table(fields[1]),
                            quote_ident(fields[2])
                        )],
                    );
                } else {
                    self.leave(
                        object,
                        lines,
                        format!(
                            "constraint {} exists with another definition; repair never drops or \
                             replaces a constraint",
                            fields[2]
                        ),
                    );
                }
            }
            ("index", None) if fields.len() > 4 => self.create_index(object, &fields, lines),
            ("index", Some(live)) if fields.len() > 4 => {
                let live_fields: Vec<&str> = live.split('|').collect();
                let same_definition = live_fields.len() == fields.len()
                    && live_fields[..fields.len() - 1] == fields[..fields.len() - 1];
                if same_definition && live.ends_with("|valid=false") {
                    self.act(
                        object,
                        format!(
                            "rebuild index {} (it is INVALID, e.g. after an interrupted concurrent build)",
                            fields[2]
                        ),
                        vec![format!("REINDEX INDEX {}", self.table(fields[2]))],
                    );
                } else {
                    self.leave(
                        object,
                        lines,
                        format!(
                            "index {} exists with another definition; repair never drops or \
                             replaces an index",
                            fields[2]
                        ),
                    );
                }
            }
            ("comment", None) => self.comment(object, &fields, lines),
            ("comment", Some(_)) => self.leave(
                object,
                lines,
                "the comment has other text; repair does not overwrite comments",
            ),
            ("column_order", _) => self.leave(
                object,
                lines,
                "the columns are in another order (a column was added, dropped or moved outside \
                 the chain); only rewriting the table would change it, which repair never does",
            ),
            (kind, _) => self.leave(
                object,
                lines,
                format!(
                    "repair does not create or change {kind}s: they come from the versions \
                     (is the version marker right?)"
                ),
            ),
        }
        Ok(())
    }

    /// A column that exists with another description: `NOT NULL` and a missing default are
    /// repaired; a type, identity, generation or collation difference is left alone.
    pub(super) async fn column(
        &mut self,
        conn: &mut PgConnection,
        object: &str,
        expected: &[&str],
        live: &str,
        lines: Vec<String>,
    ) -> Result<(), sqlx::Error> {
        // column|table|name|type|nullability|default=…|identity=…|generated=…|collation=…
        let live: Vec<&str> = live.split('|').collect();
        if expected.len() != live.len() || expected.len() < 6 {
            self.leave(
                object,
                lines,
                "the column differs in a way repair does not read",
            );
            return Ok(());
        }
        let (table, column) = (expected[1], expected[2]);
        let mut others = Vec::new();
        for i in 3..expected.len() {
            if expected[i] != live[i] && i != 4 && i != 5 {
                others.push(i);
            }
        }
        if !others.is_empty() {
            let what: Vec<&str> = others
                .iter()
                .map(|&i| match i {
                    3 => "type",
                    6 => "identity",
                    7 => "generation",
                    _ => "collation",
                })
                .collect();
            self.leave(
                object,
                lines,
                format!(
                    "column {column} differs in {}: changing it would rewrite the table, which \
                     repair never does",
                    what.join(", ")
                ),
            );
            return Ok(());
        }
        let mut remaining = Vec::new();
        if expected[5] != live[5] {
            let default = expected[5].trim_start_matches("default=");
            if live[5] == "default=" && !default.is_empty() {
                self.act(
                    object,
                    format!("set the default of {column}"),
                    vec![format!(
                        "ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {}",
                        self.table(table),
                        quote_ident(column),
                        self.sql(default)
                    )],
                );
            } else {
                remaining
                    .push("its default differs (repair only adds a missing default)".to_owned());
            }
        }
        if expected[4] != live[4] {
            if expected[4] == "not null" {
                let nulls: i64 = sqlx::query_scalar(&format!(
                    "SELECT count(*) FROM {} WHERE {} IS NULL",
                    self.table(table),
                    quote_ident(column)
                ))
                .fetch_one(&mut *conn)
                .await?;
                if nulls == 0 {
                    self.act(
                        object,
                        format!("set {column} NOT NULL (no row holds a NULL)"),
                        vec![format!(
                            "ALTER TABLE {} ALTER COLUMN {} SET NOT NULL",
                            self.table(table),
                            quote_ident(column)
                        )],
                    );
                } else {
                    remaining.push(format!(
                        "{} a NULL in {column}, so it cannot be NOT NULL: \
                         fill or delete them and run repair again",
                        if nulls == 1 {
                            "1 row holds".to_owned()
                        } else {
                            format!("{nulls} rows hold")
                        }
                    ));
                }
            } else {
                remaining.push(format!(
                    "{column} is NOT NULL but the chain allows NULL; repair never relaxes a constraint"
                ));
            }
        }
        if !remaining.is_empty() {
            self.leave(object, lines, remaining.join("; "));
        }
        Ok(())
    }

    /// constraint|table|name|type|definition: foreign keys and CHECKs are added NOT VALID (a
    /// short lock; new rows are checked at once) and validated in their own transaction.
    pub(super) fn add_constraint(&mut self, object: &str, fields: &[&str]) {
        let (table, name, kind) = (fields[1], fields[2], fields[3]);
        let def = self.sql(&fields[4..].join("|"));
        let add = format!(
            "ALTER TABLE {} ADD CONSTRAINT {} {def}",
            self.table(table),
            quote_ident(name)
        );
        let (what, statements) = match kind {
            "f" | "c" if !def.ends_with(" NOT VALID") => (
                if kind == "f" { "foreign key" } else { "CHECK" },
                vec![
                    format!("{add} NOT VALID"),
                    format!(
                        "ALTER TABLE {} VALIDATE CONSTRAINT {}",
                        self.table(table),
                        quote_ident(name)
                    ),
                ],
            ),
            "u" => ("unique constraint", vec![add]),
            "p" => ("primary key", vec![add]),
            _ => ("constraint", vec![add]),
        };
        let how = if statements.len() == 2 {
            " (NOT VALID, then validated)"
        } else {
            ""
        };
        self.act(object, format!("add {what} {name}{how}"), statements);
    }

    /// index|table|name|definition|valid=…
    pub(super) fn create_index(&mut self, object: &str, fields: &[&str], lines: Vec<String>) {
        let name = fields[2].replace("<prefix>", self.prefix.as_str());
        let def = fields[3..fields.len() - 1].join("|");
        // CREATE [UNIQUE ]INDEX <name> ON <prefix>.table USING …
        let Some(on) = def.find(" ON ") else {
            self.leave(
                object,
                lines,
                "the index definition is not one repair reads",
            );
            return;
        };
        let head = if def.starts_with("CREATE UNIQUE INDEX ") {
            "CREATE UNIQUE INDEX"
        } else if def.starts_with("CREATE INDEX ") {
            "CREATE INDEX"
        } else {
            self.leave(
                object,
                lines,
                "the index definition is not one repair reads",
            );
            return;
        };
        self.act(
            object,
            format!("create index {name}"),
            vec![format!(
                "{head} IF NOT EXISTS {} ON {}",
                quote_ident(&name),
                self.sql(&def[on + 4..])
            )],
        );
    }

    /// comment|relation|table|r|text, comment|column|table.column|text,
    /// comment|constraint|table.name|text.
    pub(super) fn comment(&mut self, object: &str, fields: &[&str], lines: Vec<String>) {
        let target = match fields[1] {
            "relation" if fields.len() > 4 && fields[3] == "r" => {
                let text = fields[4..].join("|");
                if fields[2] == "phoenix_kit" {
                    self.leave(
                        object,
                        lines,
                        "the version marker is written by up and down, never by repair",
                    );
                    return;
                }
                Some((format!("TABLE {}", self.table(fields[2])), text))
            }
            "column" if fields.len() > 3 => fields[2].split_once('.').map(|(table, column)| {
                (
                    format!("COLUMN {}.{}", self.table(table), quote_ident(column)),
                    fields[3..].join("|"),
                )
            }),
            "constraint" if fields.len() > 3 => fields[2].split_once('.').map(|(table, name)| {
                (
                    format!("CONSTRAINT {} ON {}", quote_ident(name), self.table(table)),
                    fields[3..].join("|"),
                )
            }),
            _ => None,
        };
        match target {
            Some((target, text)) => self.act(
                object,
                format!("add the comment on {}", fields[2]),
                vec![format!(
                    "COMMENT ON {target} IS {}",
                    quote_literal(&unescape(&text))
                )],
            ),
            None => self.leave(object, lines, "repair does not add this kind of comment"),
        }
    }
}

/// Undoes the snapshot's escaping of `\`, CR, LF and TAB.
pub(super) fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}
