//! The expected schema of a chain at a version, computed from the model and rendered in the
//! catalog snapshot's line format (the `snapshot_format|1` lines of pk's snapshot query: tables,
//! columns, constraints, indexes, sequences, types, functions, comments; data rows aside), so it
//! can be compared line for line with a live database (`pk verify`, `pk repair`).
//!
//! The schema is shown as `<prefix>`, as the snapshot shows the schema it was taken of. Types of
//! a database-wide extension (`citext`) are shown in `<prefix>` too: the form a database whose
//! extensions live in the chain's schema (`public`) has; comparisons normalise that qualification.

use std::collections::BTreeMap;

use crate::def::{Action, Chain, Column, Direction, ForeignKey, IndexKey};
use crate::deparse::{self, FunctionSpec, IndexSpec};
use crate::model::{Model, TableState};

/// The schema placeholder of snapshot lines.
pub const PREFIX: &str = "<prefix>";

/// The snapshot format these lines follow (the first line of every snapshot).
pub const FORMAT_LINE: &str = "snapshot_format|1";

/// Types that database-wide extensions provide, by extension.
const EXTENSION_TYPES: &[(&str, &str)] = &[("citext", "citext")];

/// The model of `chain` at `version`: on top of its base chain's model at the base's declared
/// version when it builds on one ([`model_on`] with the base's actual version).
pub fn model_at(chain: &Chain, version: u32) -> Model {
    model_on(chain, version, chain.base.map(|b| b.version))
}

/// The model of `chain` at `version`, on top of its base chain at `base_version` (ignored when
/// the chain has no base).
pub fn model_on(chain: &Chain, version: u32, base_version: Option<u32>) -> Model {
    let mut model = match (chain.base, base_version) {
        (Some(base), Some(base_version)) => model_at(base.chain, base_version),
        _ => Model::default(),
    };
    for v in chain.versions.iter().take(version as usize) {
        for op in chain.ops(v, Direction::Up).unwrap_or_default() {
            model.apply(&op);
        }
    }
    if version > 0 {
        model.set_marker(chain.tracking_table, version);
    }
    model
}

/// The expected schema lines of `chain` at `version` in the schema `schema` (which only index
/// names derived from the schema name show, V26's), in snapshot order.
pub fn schema_lines(
    chain: &Chain,
    version: u32,
    schema: &str,
) -> Result<Vec<String>, deparse::Error> {
    render(&model_at(chain, version), schema)
}

/// One output line with the key its section sorts by.
struct Line {
    section: u8,
    key: Vec<String>,
    text: String,
}

/// Renders a model as snapshot lines (schema lines only; the schema is taken to exist) for the
/// schema named `schema`.
pub fn render(model: &Model, schema: &str) -> Result<Vec<String>, deparse::Error> {
    let mut lines = vec![
        Line::new(0, [], FORMAT_LINE.to_owned()),
        Line::new(0, [], format!("schema|{PREFIX}|exists")),
    ];
    for name in &model.extensions {
        lines.push(Line::new(
            1,
            [name.to_string()],
            format!("extension|{name}|{PREFIX}"),
        ));
    }
    for (name, table) in &model.tables {
        table_lines(model, name, table, &mut lines)?;
    }
    for (name, index) in &model.indexes {
        let name = &name.replace("{prefix}", schema);
        let keys: Vec<deparse::IndexKey> = index
            .keys
            .iter()
            .map(|k| match k {
                IndexKey::Column { name, desc } => deparse::IndexKey::Column { name, desc: *desc },
                IndexKey::Expr(e) => deparse::IndexKey::Expr(e),
            })
            .collect();
        let columns = column_types(model, &index.table);
        let def = deparse::index_def(
            &IndexSpec {
                name,
                table: &index.table,
                unique: index.unique,
                method: index.method.as_deref(),
                keys: &keys,
                filter: index.filter.as_deref(),
            },
            &|c| columns.get(c).cloned(),
        )?;
        lines.push(index_line(&index.table, name, &def));
    }
    for (name, sequence) in &model.sequences {
        let max = if sequence.ty == "integer" {
            "2147483647"
        } else {
            "9223372036854775807"
        };
        lines.push(Line::new(
            6,
            [name.to_string()],
            format!(
                "sequence|{name}|{}|start=1|increment=1|min=1|max={max}|cache=1|cycle=false|owned_by={}.{}(a)",
                sequence.ty, sequence.table, sequence.column
            ),
        ));
    }
    for (name, values) in &model.enums {
        lines.push(Line::new(
            8,
            [name.to_string()],
            format!("type|{name}|e|{}", escape(&values.join(","))),
        ));
    }
    for function in model.functions.values() {
        let spec = FunctionSpec {
            name: &function.name,
            args: &function.args,
            returns: &function.returns,
            language: &function.language,
            body: &function.body,
            immutable: function.immutable,
            strict: function.strict,
        };
        let signature = deparse::function_signature(&spec);
        let def = escape(&deparse::function_def(&spec));
        let md5 = deparse::md5_hex(def.as_bytes());
        lines.push(Line::new(
            9,
            [signature.clone()],
            format!("function|{signature}|f|md5={md5}"),
        ));
        lines.push(Line::new(
            10,
            [signature.clone()],
            format!("function_def|{signature}|{def}"),
        ));
    }
    let mut comments = Vec::new();
    for (name, table) in &model.tables {
        if let Some(text) = &table.comment {
            comments.push(format!("comment|relation|{name}|r|{}", escape(text)));
        }
        for (column, text) in &table.column_comments {
            comments.push(format!("comment|column|{name}.{column}|{}", escape(text)));
        }
    }
    for text in comments {
        lines.push(Line::new(12, [text.clone()], text));
    }
    lines.sort_by(|a, b| (a.section, &a.key).cmp(&(b.section, &b.key)));
    Ok(lines.into_iter().map(|l| l.text).collect())
}

impl Line {
    fn new<const N: usize>(section: u8, key: [String; N], text: String) -> Line {
        Line {
            section,
            key: key.into(),
            text,
        }
    }
}

fn index_line(table: &str, name: &str, def: &str) -> Line {
    Line::new(
        5,
        [table.to_owned(), name.to_owned()],
        format!("index|{table}|{name}|{}|valid=true", escape(def)),
    )
}

/// The table line, its columns, its constraints and the indexes backing them.
fn table_lines(
    model: &Model,
    name: &str,
    table: &TableState,
    lines: &mut Vec<Line>,
) -> Result<(), deparse::Error> {
    let persistence = if table.unlogged { 'u' } else { 'p' };
    lines.push(Line::new(
        2,
        [name.to_owned()],
        format!("table|{name}|r|persistence={persistence}|rls=false|options="),
    ));
    for (position, column) in table.columns.iter().enumerate() {
        let text = column_line(model, name, position + 1, column)?;
        lines.push(Line::new(
            3,
            [name.to_owned(), format!("{:05}", position + 1)],
            text,
        ));
    }
    let types = column_types(model, name);
    let mut constraint = |conname: &str, kind: char, def: String| {
        lines.push(Line::new(
            4,
            [name.to_owned(), conname.to_owned(), kind.to_string()],
            format!("constraint|{name}|{conname}|{kind}|{}", escape(&def)),
        ));
    };
    let mut backing = Vec::new();
    if let Some(pk) = &table.primary_key_name
        && !table.primary_key.is_empty()
    {
        let cols = idents(&table.primary_key);
        constraint(pk, 'p', format!("PRIMARY KEY ({cols})"));
        backing.push((pk.to_string(), cols));
    }
    for (conname, unique) in &table.uniques {
        let cols = idents(&unique.columns);
        constraint(conname, 'u', format!("UNIQUE ({cols})"));
        backing.push((conname.to_string(), cols));
    }
    for (conname, fk) in &table.foreign_keys {
        constraint(conname, 'f', foreign_key_def(fk));
    }
    for (conname, check) in &table.checks {
        let def = deparse::check_def(&check.expr, check.not_valid, &|c| types.get(c).cloned())?;
        constraint(conname, 'c', def);
    }
    for (index, cols) in backing {
        let def = format!(
            "CREATE UNIQUE INDEX {} ON {PREFIX}.{} USING btree ({cols})",
            ident(&index),
            ident(name)
        );
        lines.push(index_line(name, &index, &def));
    }
    Ok(())
}

fn column_line(
    model: &Model,
    table: &str,
    position: usize,
    column: &Column,
) -> Result<String, deparse::Error> {
    let ty = rendered_type(model, &column.canonical);
    let default = match serial_sequence_of(model, table, &column.name) {
        Some(sequence) if column.default.is_none() => {
            format!("nextval('{PREFIX}.{sequence}'::regclass)")
        }
        _ => match &column.default {
            Some(default) => deparse::default_expr(default, &ty)?,
            None => String::new(),
        },
    };
    Ok(format!(
        "column|{table}|{position}|{}|{ty}|{}|default={}|identity=|generated=|collation=",
        column.name,
        if column.not_null { "not null" } else { "null" },
        escape(&default)
    ))
}

/// The sequence owned by `table.column`, when the column is a serial one.
fn serial_sequence_of<'m>(model: &'m Model, table: &str, column: &str) -> Option<&'m str> {
    model
        .sequences
        .iter()
        .find(|(_, s)| s.table == table && s.column == column)
        .map(|(name, _)| &**name)
}

/// A column's type as `format_type` prints it with the schema shown as `<prefix>`: the chain's
/// enum types and extension types are qualified.
fn rendered_type(model: &Model, canonical: &str) -> String {
    let (base, array) = match canonical.strip_suffix("[]") {
        Some(base) => (base, "[]"),
        None => (canonical, ""),
    };
    let in_schema = model.enums.contains_key(base)
        || EXTENSION_TYPES
            .iter()
            .any(|(ext, ty)| *ty == base && model.extensions.contains(*ext));
    if in_schema {
        format!("{PREFIX}.{base}{array}")
    } else {
        canonical.to_owned()
    }
}

/// Column name → rendered type, for the deparser.
fn column_types(model: &Model, table: &str) -> BTreeMap<String, String> {
    model
        .tables
        .get(table)
        .map(|t| {
            t.columns
                .iter()
                .map(|c| (c.name.to_string(), rendered_type(model, &c.canonical)))
                .collect()
        })
        .unwrap_or_default()
}

fn foreign_key_def(fk: &ForeignKey) -> String {
    let mut def = format!(
        "FOREIGN KEY ({}) REFERENCES {PREFIX}.{}({})",
        idents(&fk.columns),
        ident(&fk.ref_table),
        idents(&fk.ref_columns)
    );
    for (clause, action) in [("UPDATE", fk.on_update), ("DELETE", fk.on_delete)] {
        if action != Action::NoAction {
            def.push_str(&format!(" ON {clause} {}", action.sql()));
        }
    }
    def
}

/// An identifier as PostgreSQL's deparser prints it: bare when it needs no quotes.
fn ident(name: &str) -> String {
    deparse::quote_ident_if_needed(name)
}

fn idents<S: AsRef<str>>(names: &[S]) -> String {
    names
        .iter()
        .map(|n| ident(n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The snapshot's escaping of text fields: `\`, CR, LF and TAB as `\\`, `\r`, `\n`, `\t`.
pub fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\r', "\\r")
        .replace('\n', "\\n")
        .replace('\t', "\\t")
}
