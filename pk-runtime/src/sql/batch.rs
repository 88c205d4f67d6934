//! Batches: a version's statements sent together, as one multi-statement simple query, instead of
//! one round trip each. A statement whose guard is a catalog check goes in as a `DO` block that
//! checks the guard on the server, right where the statement runs, so it still sees the effects of
//! the statements before it; the block notes a guard that did not hold in the transaction-local
//! setting `pk.skipped`, which the batch reads back at its end. Only the steps that need the
//! client between statements (a data step written in Rust, a sub-chain, a guarded block holding
//! one) stay outside, and end the batch before them.

use std::collections::HashSet;

use super::Step;
use crate::Prefix;
use crate::catalog::Guard;
use crate::op::Op;

/// What a statement of a batch does, for errors.
#[derive(Debug, Clone)]
pub enum Label<'a> {
    /// One of the version's operations.
    Op(&'a Op),
    /// Work of the version transaction itself (`write version marker 3`).
    Text(String),
}

impl Label<'_> {
    /// The label as errors show it.
    pub fn describe(&self) -> String {
        match self {
            Label::Op(op) => op.describe(),
            Label::Text(text) => text.clone(),
        }
    }
}

/// What to report of a unit once its batch ran.
#[derive(Debug)]
pub enum Report<'a> {
    /// A statement that ran (unless an enclosing guard did not hold).
    Ran(String),
    /// Work under a guard, numbered `id` in its batch; none of it ran if the guard did not hold.
    Guarded {
        /// Its number in `pk.skipped`.
        id: usize,
        /// The guard.
        guard: Guard<'a>,
        /// What did not run, as a skip names it.
        what: String,
        /// What ran if it held.
        inner: Vec<Report<'a>>,
    },
    /// An `ALTER TABLE` of guarded parts: the parts whose guard held ran as one statement.
    Alter {
        /// `ALTER TABLE <table>`.
        head: String,
        /// Each part's number in `pk.skipped`, guard and text.
        parts: Vec<(usize, Guard<'a>, String)>,
    },
}

/// Some statements of a batch, from one operation or the version itself.
#[derive(Debug)]
pub struct Unit<'a> {
    /// The text sent.
    pub sql: String,
    /// How many statements the server completes for it.
    pub statements: usize,
    /// What it does.
    pub label: Label<'a>,
    /// What it reports.
    pub report: Vec<Report<'a>>,
}

impl<'a> Unit<'a> {
    /// A statement (or several, as an `Op::Sql` may hold) sent as written, reported as run.
    pub fn plain(sql: String, label: Label<'a>) -> Self {
        Unit {
            statements: statement_count(&sql),
            report: vec![Report::Ran(sql.clone())],
            sql,
            label,
        }
    }

    /// Work of the transaction itself, reported as nothing.
    pub fn silent(sql: String, label: Label<'a>) -> Self {
        Unit {
            statements: statement_count(&sql),
            report: Vec::new(),
            sql,
            label,
        }
    }
}

/// An operation's steps, cut into what a batch carries and what the client runs itself.
#[derive(Debug)]
pub enum Piece<'a> {
    /// Goes into the current batch.
    Unit(Unit<'a>),
    /// Run by the client after the batch so far: a Rust data step, a sub-chain, or a guarded
    /// block holding one.
    Host(Step<'a>),
}

/// Cuts one operation's steps into pieces; `ids` numbers the guards of the batch being built.
pub fn compile<'a>(
    label: &Label<'a>,
    steps: Vec<Step<'a>>,
    prefix: &Prefix,
    ids: &mut usize,
) -> Vec<Piece<'a>> {
    steps
        .into_iter()
        .map(|step| match step {
            step if needs_client(&step) => Piece::Host(step),
            Step::Statement { guard: None, sql } => Piece::Unit(Unit::plain(sql, label.clone())),
            step => {
                let (mut body, mut report) = (String::new(), Vec::new());
                let mut declare = Vec::new();
                plpgsql(
                    label,
                    step,
                    prefix,
                    ids,
                    &mut body,
                    &mut report,
                    &mut declare,
                );
                let declare: String = declare.concat();
                let declare = if declare.is_empty() {
                    declare
                } else {
                    format!("DECLARE {declare}")
                };
                Piece::Unit(Unit {
                    sql: format!("DO {}", dollar_quote(&format!("{declare}BEGIN {body}END"))),
                    statements: 1,
                    label: label.clone(),
                    report,
                })
            }
        })
        .collect()
}

/// Whether a step needs the client between statements.
fn needs_client(step: &Step<'_>) -> bool {
    match step {
        Step::Call(_) | Step::Chain { .. } => true,
        Step::Block { steps, .. } => steps.iter().any(needs_client),
        Step::Statement { .. } | Step::Repeat { .. } | Step::Alter { .. } => false,
    }
}

/// A step as PL/pgSQL statements, appended to `out`; the variables they need are added to
/// `declare`.
fn plpgsql<'a>(
    label: &Label<'a>,
    step: Step<'a>,
    prefix: &Prefix,
    ids: &mut usize,
    out: &mut String,
    report: &mut Vec<Report<'a>>,
    declare: &mut Vec<&'static str>,
) {
    let mut need = |variable: &'static str| {
        if !declare.contains(&variable) {
            declare.push(variable);
        }
    };
    let guarded = |guard: Guard<'a>, what: String, ids: &mut usize, body: &str| {
        *ids += 1;
        let id = *ids;
        let text = format!(
            "IF {} THEN {body}ELSE PERFORM pg_catalog.set_config('pk.skipped', \
             pg_catalog.current_setting('pk.skipped') || '{id} ', true); END IF; ",
            guard.sql(prefix)
        );
        (id, text, what)
    };
    match step {
        Step::Statement { guard, sql } => {
            let run = format!("EXECUTE {}; ", dollar_quote(&sql));
            match guard {
                None => {
                    out.push_str(&run);
                    report.push(Report::Ran(sql));
                }
                Some(guard) => {
                    let (id, text, what) = guarded(guard, sql.clone(), ids, &run);
                    out.push_str(&text);
                    report.push(Report::Guarded {
                        id,
                        guard,
                        what,
                        inner: vec![Report::Ran(sql)],
                    });
                }
            }
        }
        Step::Block { guard, steps } => {
            let (mut body, mut inner) = (String::new(), Vec::new());
            for step in steps {
                plpgsql(label, step, prefix, ids, &mut body, &mut inner, declare);
            }
            let (id, text, what) = guarded(guard, label.describe(), ids, &body);
            out.push_str(&text);
            report.push(Report::Guarded {
                id,
                guard,
                what,
                inner,
            });
        }
        Step::Repeat { sql } => {
            need("pk_rows bigint; ");
            out.push_str(&format!(
                "LOOP EXECUTE {}; GET DIAGNOSTICS pk_rows = ROW_COUNT; \
                 EXIT WHEN pk_rows = 0; END LOOP; ",
                dollar_quote(&sql)
            ));
            report.push(Report::Ran(sql));
        }
        Step::Alter { head, parts } => {
            need("pk_parts text[] := '{}'; ");
            let mut entries = Vec::with_capacity(parts.len());
            for (guard, part) in parts {
                let add = format!("pk_parts := pk_parts || {}::text; ", dollar_quote(&part));
                let (id, text, _) = guarded(guard, String::new(), ids, &add);
                out.push_str(&text);
                entries.push((id, guard, part));
            }
            out.push_str(&format!(
                "IF pk_parts <> '{{}}' THEN EXECUTE {} || pg_catalog.array_to_string(pk_parts, ', '); \
                 pk_parts := '{{}}'; END IF; ",
                dollar_quote(&format!("{head} "))
            ));
            report.push(Report::Alter {
                head,
                parts: entries,
            });
        }
        Step::Call(_) | Step::Chain { .. } => {
            unreachable!("steps that need the client are never compiled to PL/pgSQL")
        }
    }
}

/// The statements one query sends, and what each reports.
#[derive(Debug, Default)]
pub struct Batch<'a> {
    units: Vec<Unit<'a>>,
    guards: bool,
}

/// Clears the guards' notes at a batch's start.
const SKIPS_START: &str = "SELECT pg_catalog.set_config('pk.skipped', '', true)";
/// Reads them at its end: the numbers of the guards that did not hold, each followed by a space.
const SKIPS_READ: &str = "SELECT pg_catalog.current_setting('pk.skipped')";

impl<'a> Batch<'a> {
    /// Adds a unit at the end.
    pub fn push(&mut self, unit: Unit<'a>) {
        self.guards |= unit
            .report
            .iter()
            .any(|r| matches!(r, Report::Guarded { .. } | Report::Alter { .. }));
        self.units.push(unit);
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// Its units, in order.
    pub fn units(&self) -> &[Unit<'a>] {
        &self.units
    }

    /// The query text: the units separated by `;` on a line of its own (so that a unit ending
    /// in a `--` comment cannot swallow it), between the guards' bookkeeping if any.
    pub fn text(&self) -> String {
        let mut parts: Vec<&str> = Vec::with_capacity(self.units.len() + 2);
        if self.guards {
            parts.push(SKIPS_START);
        }
        parts.extend(self.units.iter().map(|unit| unit.sql.as_str()));
        if self.guards {
            parts.push(SKIPS_READ);
        }
        parts.join("\n;\n")
    }

    /// The unit the statement at `index` of [`Batch::text`] belongs to (`None`: bookkeeping).
    pub fn unit_of(&self, index: usize) -> Option<usize> {
        let mut at = usize::from(self.guards);
        if index < at {
            return None;
        }
        for (i, unit) in self.units.iter().enumerate() {
            at += unit.statements;
            if index < at {
                return Some(i);
            }
        }
        None
    }

    /// The guards that did not hold, from the last statement's row (`None` when the batch has no
    /// guards and so reads nothing).
    pub fn skipped(&self, last_row: Option<&str>) -> HashSet<usize> {
        if !self.guards {
            return HashSet::new();
        }
        last_row
            .unwrap_or_default()
            .split_whitespace()
            .filter_map(|id| id.parse().ok())
            .collect()
    }

    /// Whether it ends with the guards' read-back.
    pub fn reads_skips(&self) -> bool {
        self.guards
    }
}

/// `text` dollar-quoted with a tag it does not contain (`$pk$`, `$pk1$`, …).
pub fn dollar_quote(text: &str) -> String {
    let tag = (0..)
        .map(|n: u32| {
            if n == 0 {
                "$pk$".to_owned()
            } else {
                format!("$pk{n}$")
            }
        })
        .find(|tag| !text.contains(tag.as_str()))
        .expect("some tag is free");
    format!("{tag}{text}{tag}")
}

/// How many statements PostgreSQL completes for `sql` sent as a simple query: the non-empty
/// pieces between top-level semicolons (not inside quotes, dollar quotes or comments).
pub fn statement_count(sql: &str) -> usize {
    let bytes = sql.as_bytes();
    let (mut count, mut content, mut i) = (0, false, 0);
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b';' => {
                count += usize::from(content);
                content = false;
                i += 1;
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < bytes.len() {
                    if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'\'' | b'"' => {
                content = true;
                // E'…' strings take backslash escapes.
                let escapes = b == b'\''
                    && i > 0
                    && matches!(bytes[i - 1], b'E' | b'e')
                    && (i < 2 || !ident(bytes[i - 2]));
                i += 1;
                while i < bytes.len() {
                    // A backslash escape, or the quote doubled: two bytes that do not end it.
                    let escaped = escapes && bytes[i] == b'\\';
                    if escaped || (bytes[i] == b && bytes.get(i + 1) == Some(&b)) {
                        i += 2;
                    } else if bytes[i] == b {
                        i += 1;
                        break;
                    } else {
                        i += 1;
                    }
                }
            }
            b'$' if i == 0 || !ident(bytes[i - 1]) => {
                content = true;
                let tag_end = bytes[i + 1..]
                    .iter()
                    .position(|&c| !ident(c))
                    .map(|n| i + 1 + n);
                match tag_end {
                    Some(end)
                        if bytes[end] == b'$'
                            && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit) =>
                    {
                        let tag = &sql[i..=end];
                        match sql[end + 1..].find(tag) {
                            Some(close) => i = end + 1 + close + tag.len(),
                            None => i = bytes.len(),
                        }
                    }
                    _ => i += 1,
                }
            }
            _ => {
                content |= !b.is_ascii_whitespace();
                i += 1;
            }
        }
    }
    count + usize::from(content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_are_counted_outside_quotes_and_comments() {
        assert_eq!(statement_count("SELECT 1"), 1);
        assert_eq!(statement_count("SELECT 1;"), 1);
        assert_eq!(statement_count("SELECT 1; SELECT 2"), 2);
        assert_eq!(statement_count(" ; ;SELECT 1;; "), 1);
        assert_eq!(statement_count("SELECT ';'; SELECT \";\""), 2);
        assert_eq!(statement_count("SELECT 'it''s; ok'"), 1);
        assert_eq!(statement_count("SELECT E'a\\'; b'; SELECT 2"), 2);
        assert_eq!(statement_count("-- a; b\nSELECT 1 /* c; /* d; */ e; */"), 1);
        assert_eq!(statement_count("-- only a comment;"), 0);
        assert_eq!(
            statement_count(
                "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 1"
            ),
            2
        );
        assert_eq!(
            statement_count("DO $body$ BEGIN PERFORM 1; END $body$; SELECT $1, a$b; SELECT 3"),
            3
        );
    }

    #[test]
    fn a_unit_ending_in_a_line_comment_keeps_the_next_one_apart() {
        let mut batch = Batch::default();
        batch.push(Unit::plain(
            "UPDATE t SET a = 1 -- the last step".to_owned(),
            Label::Text("update".to_owned()),
        ));
        batch.push(Unit::plain(
            "SELECT 2".to_owned(),
            Label::Text("select".to_owned()),
        ));
        assert_eq!(statement_count(&batch.text()), 2);
        assert_eq!(batch.unit_of(1), Some(1));
    }

    #[test]
    fn dollar_quotes_take_a_tag_the_text_does_not_hold() {
        assert_eq!(dollar_quote("SELECT 1"), "$pk$SELECT 1$pk$");
        assert_eq!(dollar_quote("a $pk$ b"), "$pk1$a $pk$ b$pk1$");
        assert_eq!(dollar_quote("$pk$ $pk1$"), "$pk2$$pk$ $pk1$$pk2$");
    }
}
