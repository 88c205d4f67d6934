//! Renders the SQL fragments written in pk's DSL (column defaults, CHECK expressions, index
//! keys and predicates, functions) as the text PostgreSQL 15's catalog functions print
//! (`pg_get_expr`, `pg_get_constraintdef`, `pg_get_indexdef`, `pg_get_functiondef`), so that
//! pk's typed schema model can be compared byte for byte with reference snapshots.
//!
//! The schema the objects live in is written `{prefix}` in the input and shown as `<prefix>`
//! in the output. Output holds real newlines.

mod analyze;
mod ident;
mod lex;
mod node;
mod parse;
mod print;
mod types;

use self::analyze::Ctx;
use self::ident::{PREFIX, quote_ident};
use self::node::{Lit, Node};
use self::parse::{parse_args, parse_expr, parse_type};
use self::print::{Printer, looks_like_function};
use self::types::{coerce_assignment, normalize_type};

/// The canonical type (as `format_type` prints it, e.g. "character varying(255)", "text",
/// "jsonb", "timestamp(0) without time zone", "character varying[]", "{prefix}.oban_job_state")
/// of a column of the table an expression belongs to; None for an unknown name.
pub type Columns<'a> = &'a dyn Fn(&str) -> Option<String>;

/// An identifier as PostgreSQL's deparser prints it: bare when it is a lower-case name that is
/// not a keyword, quoted otherwise.
pub fn quote_ident_if_needed(name: &str) -> String {
    quote_ident(name)
}

/// Why an input could not be parsed or typed; the message quotes the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

fn analyze(sql: &str, columns: Columns, boolean: bool) -> Result<Node, Error> {
    let raw = parse_expr(sql)?;
    let ctx = Ctx { columns };
    let node = if boolean {
        ctx.boolean(&raw)
    } else {
        ctx.analyze(&raw)
    };
    node.map_err(|m| Error(format!("cannot type `{sql}`: {m}")))
}

/// A column default as pg_get_expr prints it, for a column of type `column_type` (canonical,
/// `{prefix}.` or `<prefix>.` for types of the schema). A bare `NULL` default gives the empty
/// string: PostgreSQL stores no default for it.
pub fn default_expr(sql: &str, column_type: &str) -> Result<String, Error> {
    let no_columns = |_: &str| None;
    let node = analyze(sql, &no_columns, false)?;
    if node == Node::Const(Lit::Null, None) {
        return Ok(String::new());
    }
    let target = normalize_type(&parse_type(&normalize_type(column_type))?);
    let node = coerce_assignment(node, &target).map_err(|m| {
        Error(format!(
            "cannot use `{sql}` as a default of type {column_type}: {m}"
        ))
    })?;
    Ok(Printer::deparse(&node))
}

/// "CHECK (...)" as pg_get_constraintdef prints it, plus " NOT VALID" when not_valid.
pub fn check_def(expr: &str, not_valid: bool, columns: Columns) -> Result<String, Error> {
    let node = analyze(expr, columns, true)?;
    Ok(format!(
        "CHECK ({}){}",
        Printer::deparse(&node),
        if not_valid { " NOT VALID" } else { "" }
    ))
}

/// One key of an index.
#[derive(Debug)]
pub enum IndexKey<'a> {
    /// A column, optionally descending.
    Column {
        /// The column name (as written; unquoted).
        name: &'a str,
        /// `DESC`.
        desc: bool,
    },
    /// An expression as written, e.g. `{prefix}.extract_primary_slug(slug)`.
    Expr(&'a str),
}

/// An index as pk's model describes it.
#[derive(Debug)]
pub struct IndexSpec<'a> {
    /// The index name, already expanded.
    pub name: &'a str,
    /// The table it is on (in the `<prefix>` schema).
    pub table: &'a str,
    /// `CREATE UNIQUE INDEX`.
    pub unique: bool,
    /// The access method; None = btree.
    pub method: Option<&'a str>,
    /// The keys, in order.
    pub keys: &'a [IndexKey<'a>],
    /// WHERE predicate as written.
    pub filter: Option<&'a str>,
}

/// The index as `pg_get_indexdef` prints it:
/// `CREATE [UNIQUE] INDEX name ON <prefix>.table USING btree (k1, k2 DESC) WHERE (pred)`.
/// `columns` gives the types of the table's columns; a key naming an unknown column is an error.
pub fn index_def(ix: &IndexSpec, columns: Columns) -> Result<String, Error> {
    if ix.keys.is_empty() {
        return Err(Error(format!("index {} has no keys", ix.name)));
    }
    let mut keys = Vec::new();
    for key in ix.keys {
        match key {
            IndexKey::Column { name, desc } => {
                if columns(name).is_none() {
                    return Err(Error(format!("index {}: unknown column `{name}`", ix.name)));
                }
                keys.push(format!(
                    "{}{}",
                    quote_ident(name),
                    if *desc { " DESC" } else { "" }
                ));
            }
            IndexKey::Expr(sql) => {
                let node = analyze(sql, columns, false)?;
                let text = Printer::deparse(&node);
                keys.push(if looks_like_function(&node) {
                    text
                } else {
                    format!("({text})")
                });
            }
        }
    }
    let mut out = format!(
        "CREATE {}INDEX {} ON {PREFIX}.{} USING {} ({})",
        if ix.unique { "UNIQUE " } else { "" },
        quote_ident(ix.name),
        quote_ident(ix.table),
        ix.method.unwrap_or("btree").to_lowercase(),
        keys.join(", ")
    );
    if let Some(pred) = ix.filter {
        let node = analyze(pred, columns, true)?;
        out.push_str(" WHERE ");
        out.push_str(&Printer::deparse(&node));
    }
    Ok(out)
}

/// A function as `create_function!` describes it.
#[derive(Debug)]
pub struct FunctionSpec<'a> {
    /// The function name (in the `<prefix>` schema).
    pub name: &'a str,
    /// The argument list with parentheses: "(slug_jsonb jsonb)" or "()".
    pub args: &'a str,
    /// The result type as written, e.g. "uuid", "text", "SETOF text", "trigger".
    pub returns: &'a str,
    /// The language, e.g. "plpgsql", "sql".
    pub language: &'a str,
    /// The body as written (stored and printed verbatim).
    pub body: &'a str,
    /// IMMUTABLE (otherwise VOLATILE).
    pub immutable: bool,
    /// STRICT.
    pub strict: bool,
}

/// The arguments as pg_get_function_arguments and pg_get_function_identity_arguments print
/// them; the text as written (without parentheses) when it cannot be parsed.
/// (PostgreSQL 15 prints OUT arguments in both; defaults are not supported, so both are the same.)
fn function_args(args: &str) -> String {
    match parse_args(args) {
        Ok(list) => list
            .into_iter()
            .map(|(mode, name, ty)| {
                let mut s = String::new();
                if let Some(m) = mode {
                    s.push_str(&m);
                    s.push(' ');
                }
                if let Some(n) = name {
                    s.push_str(&quote_ident(&n));
                    s.push(' ');
                }
                s.push_str(&ty);
                s
            })
            .collect::<Vec<_>>()
            .join(", "),
        Err(_) => {
            let t = args.trim();
            t.strip_prefix('(')
                .and_then(|t| t.strip_suffix(')'))
                .unwrap_or(t)
                .trim()
                .to_string()
        }
    }
}

fn return_type(returns: &str) -> String {
    let t = returns.trim();
    let lower = t.to_lowercase();
    if let Some(rest) = lower.strip_prefix("setof ") {
        return format!(
            "SETOF {}",
            parse_type(rest).unwrap_or_else(|_| rest.trim().to_string())
        );
    }
    parse_type(t).unwrap_or_else(|_| t.to_string())
}

/// `{prefix}.` and `{prefix_text}.` (pk's placeholders for the schema as an identifier and inside
/// a string literal) as the snapshot shows them: `<prefix>.`. Other placeholders stay verbatim.
fn show_prefix(text: &str) -> String {
    text.replace("{prefix}.", &format!("{PREFIX}."))
        .replace("{prefix_text}.", &format!("{PREFIX}."))
}

/// `pg_get_functiondef`'s text (real newlines), with the schema shown as `<prefix>`.
/// In the body, `{prefix}.` and `{prefix_text}.` are shown as `<prefix>.`.
pub fn function_def(f: &FunctionSpec) -> String {
    let mut out = format!(
        "CREATE OR REPLACE FUNCTION {PREFIX}.{}({})\n RETURNS {}\n LANGUAGE {}\n",
        quote_ident(f.name),
        function_args(f.args),
        return_type(f.returns),
        quote_ident(&f.language.to_lowercase()),
    );
    let mut opts = String::new();
    if f.immutable {
        opts.push_str(" IMMUTABLE");
    }
    if f.strict {
        opts.push_str(" STRICT");
    }
    if !opts.is_empty() {
        out.push_str(&opts);
        out.push('\n');
    }
    let mut dq = String::from("$function");
    while f.body.contains(&dq) {
        dq.push('x');
    }
    dq.push('$');
    out.push_str("AS ");
    out.push_str(&dq);
    out.push_str(&show_prefix(f.body));
    out.push_str(&dq);
    out.push('\n');
    out
}

/// "name(identity args)" as the snapshot's function line prints it, e.g.
/// "extract_primary_slug(slug_jsonb jsonb)", "uuid_generate_v7()".
pub fn function_signature(f: &FunctionSpec) -> String {
    format!("{}({})", f.name, function_args(f.args))
}

/// Lowercase hex MD5 (RFC 1321).
pub fn md5_hex(data: &[u8]) -> String {
    const S: [u32; 64] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5,
        9, 14, 20, 5, 9, 14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10,
        15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ];
    let k: Vec<u32> = (0..64)
        .map(|i| ((i as f64 + 1.0).sin().abs() * 4_294_967_296.0) as u32)
        .collect();
    let (mut a0, mut b0, mut c0, mut d0) = (
        0x6745_2301u32,
        0xefcd_ab89u32,
        0x98ba_dcfeu32,
        0x1032_5476u32,
    );
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_le_bytes());
    for chunk in msg.chunks_exact(64) {
        let m: Vec<u32> = chunk
            .chunks_exact(4)
            .map(|w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
            .collect();
        let (mut a, mut b, mut c, mut d) = (a0, b0, c0, d0);
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let f = f.wrapping_add(a).wrapping_add(k[i]).wrapping_add(m[g]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(f.rotate_left(S[i]));
        }
        a0 = a0.wrapping_add(a);
        b0 = b0.wrapping_add(b);
        c0 = c0.wrapping_add(c);
        d0 = d0.wrapping_add(d);
    }
    [a0, b0, c0, d0]
        .iter()
        .flat_map(|w| w.to_le_bytes())
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md5_rfc1321_vectors() {
        let cases = [
            ("", "d41d8cd98f00b204e9800998ecf8427e"),
            ("a", "0cc175b9c0f1b6a831c399e269772661"),
            ("abc", "900150983cd24fb0d6963f7d28e17f72"),
            ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            (
                "abcdefghijklmnopqrstuvwxyz",
                "c3fcd3d76192e4007dfb496cca67e13b",
            ),
            (
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
                "d174ab98d277d9f5a5611c2c9f419d9f",
            ),
            (
                "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
                "57edf4a22be3c955ac49da2e2107b67a",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(md5_hex(input.as_bytes()), want, "md5({input:?})");
        }
    }

    fn cols(name: &str) -> Option<String> {
        match name {
            "status" | "v" => Some("character varying(255)".into()),
            "t" | "queue" => Some("text".into()),
            "i" | "priority" => Some("integer".into()),
            "n" => Some("numeric(12,2)".into()),
            "d" => Some("double precision".into()),
            "j" => Some("jsonb".into()),
            "b" => Some("boolean".into()),
            "state" => Some("{prefix}.oban_job_state".into()),
            "ts" => Some("timestamp(0) without time zone".into()),
            "position" => Some("integer".into()),
            _ => None,
        }
    }

    #[test]
    fn errors_never_panic() {
        let bad = [
            "",
            "(",
            ")",
            "'abc",
            "\"",
            "a +",
            "CASE END",
            "CASE WHEN true END x",
            "ARRAY[",
            "1 2",
            "x IN ()",
            "nosuchcol = 1",
            "status = ",
            "::text",
            "foo(",
            "i = 'a' AND",
            "1e",
            "$$",
            "#",
            "j ->> 1 ->> 2 +",
            "CAST(1 AS )",
            "now() AT TIME",
            "{prefix}",
            "{prefix}.",
            "i BETWEEN 1",
            "unknownfn(1)",
            "status LIKE 1",
            "- 'x'",
            "t.i = 1",
            "\u{1F600}",
        ];
        for b in bad {
            assert!(
                check_def(b, false, &cols).is_err(),
                "check_def({b:?}) should fail"
            );
            let _ = default_expr(b, "text");
            let keys = [IndexKey::Expr(b)];
            let ix = IndexSpec {
                name: "x",
                table: "t",
                unique: false,
                method: None,
                keys: &keys,
                filter: Some(b),
            };
            assert!(
                index_def(&ix, &cols).is_err(),
                "index_def({b:?}) should fail"
            );
        }
        assert!(default_expr("'x'", "no such type (").is_err());
        assert!(default_expr("1", "jsonb").is_err());
        let keys = [IndexKey::Column {
            name: "nope",
            desc: false,
        }];
        let ix = IndexSpec {
            name: "x",
            table: "t",
            unique: false,
            method: None,
            keys: &keys,
            filter: None,
        };
        assert!(index_def(&ix, &cols).is_err());
    }

    /// Every truncation of a set of valid inputs: an answer (usually Err), never a panic.
    #[test]
    fn truncated_inputs_do_not_panic() {
        let corpus = [
            "CASE WHEN status = 'magic_link_registration' THEN true ELSE i IS NOT NULL END",
            "MD5(COALESCE(j::text, '{}'))",
            "state in ('available'::{prefix}.oban_job_state, 'scheduled'::{prefix}.oban_job_state)",
            "(i IS NOT NULL AND t IS NULL) OR (i IS NULL AND NOT b)",
            "char_length(queue) > 0 AND char_length(queue) < 128 AND priority between 0 and 3",
            "ARRAY['Handle', 'Title', 'Variant Price']",
            "nextval('{prefix}.x_id_seq'::regclass) + -1.5e",
            "timezone('UTC', now()) AT TIME ZONE \"t\" -- comment",
            "j->>'x' IS NOT NULL AND j ? 'y' AND CAST(v AS varchar(10)[]) IS NULL",
        ];
        for text in corpus {
            for (cut, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let part = &text[..cut];
                let _ = check_def(part, false, &cols);
                let _ = default_expr(part, "text");
                let _ = default_expr("'x'", part);
                let keys = [IndexKey::Expr(part)];
                let ix = IndexSpec {
                    name: part,
                    table: "t",
                    unique: false,
                    method: None,
                    keys: &keys,
                    filter: Some(part),
                };
                let _ = index_def(&ix, &cols);
                let f = FunctionSpec {
                    name: "f",
                    args: part,
                    returns: part,
                    language: "sql",
                    body: part,
                    immutable: true,
                    strict: true,
                };
                let _ = function_def(&f);
                let _ = function_signature(&f);
            }
        }
    }

    #[test]
    fn shapes_checked_against_postgres_15() {
        let c = |e: &str| check_def(e, false, &cols).unwrap();
        assert_eq!(c("n > 0"), "CHECK ((n > (0)::numeric))");
        assert_eq!(c("d > 0.7"), "CHECK ((d > (0.7)::double precision))");
        assert_eq!(c("i > 0.5"), "CHECK (((i)::numeric > 0.5))");
        assert_eq!(
            c("v in ('a','b')"),
            "CHECK (((v)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))"
        );
        assert_eq!(
            c("v not in ('a','b')"),
            "CHECK (((v)::text <> ALL ((ARRAY['a'::character varying, 'b'::character varying])::text[])))"
        );
        assert_eq!(
            c("char_length(v) > 0"),
            "CHECK ((char_length((v)::text) > 0))"
        );
        assert_eq!(
            c("length(t) < 5 and t like 'a%'"),
            "CHECK (((length(t) < 5) AND (t ~~ 'a%'::text)))"
        );
        assert_eq!(c("i in (1, 2)"), "CHECK ((i = ANY (ARRAY[1, 2])))");
        assert_eq!(
            c("t in ('a','b')"),
            "CHECK ((t = ANY (ARRAY['a'::text, 'b'::text])))"
        );
        assert_eq!(
            c("state in ('completed', 'discarded')"),
            "CHECK ((state = ANY (ARRAY['completed'::<prefix>.oban_job_state, 'discarded'::<prefix>.oban_job_state])))"
        );
        assert_eq!(
            c("priority between 0 and 3"),
            "CHECK (((priority >= 0) AND (priority <= 3)))"
        );
        assert_eq!(c("v in ('a')"), "CHECK (((v)::text = 'a'::text))");
        assert_eq!(c("not (i = 1)"), "CHECK ((NOT (i = 1)))");
        assert_eq!(
            c("i between 1 and 2 and b"),
            "CHECK ((((i >= 1) AND (i <= 2)) AND b))"
        );
        assert_eq!(
            c("coalesce(v, 'x') = 'y'"),
            "CHECK (((COALESCE(v, 'x'::character varying))::text = 'y'::text))"
        );
        assert_eq!(
            c("(i = 1 and i = 2) and i = 3"),
            "CHECK (((i = 1) AND (i = 2) AND (i = 3)))"
        );
        assert_eq!(
            c("i = 1 and (i = 2 and i = 3)"),
            "CHECK (((i = 1) AND ((i = 2) AND (i = 3))))"
        );
        assert_eq!(
            c("ts > '2020-01-01 00:00:00'"),
            "CHECK ((ts > '2020-01-01 00:00:00'::timestamp without time zone))"
        );
        assert_eq!(c("j ? 'x'"), "CHECK ((j ? 'x'::text))");
        assert_eq!(
            c("j->>'x' is not null"),
            "CHECK (((j ->> 'x'::text) IS NOT NULL))"
        );
        assert_eq!(c("i + 1 > 2 * i"), "CHECK (((i + 1) > (2 * i)))");
        assert_eq!(c("-i < 3"), "CHECK (((- i) < 3))");
        assert_eq!(
            c("b = false and not b"),
            "CHECK (((b = false) AND (NOT b)))"
        );
        assert_eq!(
            c("\"position\" > -1"),
            "CHECK ((\"position\" > '-1'::integer))"
        );
        let d = |e: &str, t: &str| default_expr(e, t).unwrap();
        assert_eq!(d("-1", "integer"), "'-1'::integer");
        assert_eq!(d("-1", "bigint"), "'-1'::integer");
        assert_eq!(d("1.5", "numeric"), "1.5");
        assert_eq!(d("-1.5", "numeric"), "'-1.5'::numeric");
        assert_eq!(
            d("(now() at time zone 'utc')", "timestamp without time zone"),
            "(now() AT TIME ZONE 'utc'::text)"
        );
        assert_eq!(d("10", "numeric(5,2)"), "10");
        assert_eq!(d("'a''b'", "text"), "'a''b'::text");
        assert_eq!(d("3000000000", "bigint"), "'3000000000'::bigint");
        assert_eq!(
            d("CURRENT_TIMESTAMP", "timestamp with time zone"),
            "CURRENT_TIMESTAMP"
        );
        assert_eq!(
            d("'{}'", "character varying(10)[]"),
            "'{}'::character varying[]"
        );
        assert_eq!(d("NULL", "text"), "");
        let cols2 = |n: &str| match n {
            "id" => Some("bigint".to_string()),
            "b" => Some("boolean".to_string()),
            "n" => Some("numeric".to_string()),
            _ => cols(n),
        };
        let c2 = |e: &str| check_def(e, false, &cols2).unwrap();
        assert_eq!(
            c2("id in (1,2)"),
            "CHECK ((id = ANY (ARRAY[(1)::bigint, (2)::bigint])))"
        );
        assert_eq!(c2("b = 't'"), "CHECK ((b = true))");
        assert_eq!(
            c2("case when i > 0 then v end = 'x'"),
            "CHECK (((\nCASE\n    WHEN (i > 0) THEN v\n    ELSE NULL::character varying\nEND)::text = 'x'::text))"
        );
        assert_eq!(
            c2("case when i > 0 then case when i > 5 then true else false end else b end"),
            "CHECK (\nCASE\n    WHEN (i > 0) THEN\n    CASE\n        WHEN (i > 5) THEN true\n        ELSE false\n    END\n    ELSE b\nEND)"
        );
        assert_eq!(c2("b is true"), "CHECK ((b IS TRUE))");
        assert_eq!(c2("i = '5'"), "CHECK ((i = 5))");
        assert_eq!(c2("(t || i) <> ''"), "CHECK (((t || i) <> ''::text))");
        assert_eq!(
            c2("n in (1, 2.5)"),
            "CHECK ((n = ANY (ARRAY[(1)::numeric, 2.5])))"
        );
        assert_eq!(c2("id = '5'"), "CHECK ((id = '5'::bigint))");
        let f = FunctionSpec {
            name: "f",
            args: "(a int, out b text, inout c varchar, variadic d int[])",
            returns: "SETOF varchar",
            language: "sql",
            body: "select 1",
            immutable: false,
            strict: false,
        };
        assert_eq!(
            function_signature(&f),
            "f(a integer, OUT b text, INOUT c character varying, VARIADIC d integer[])"
        );
        assert!(function_def(&f).contains(
            "\n RETURNS SETOF character varying\n LANGUAGE sql\nAS $function$select 1$function$\n"
        ));
        let keys = [IndexKey::Expr("v || t")];
        let ix = IndexSpec {
            name: "x1",
            table: "t",
            unique: false,
            method: None,
            keys: &keys,
            filter: None,
        };
        assert_eq!(
            index_def(&ix, &cols).unwrap(),
            "CREATE INDEX x1 ON <prefix>.t USING btree ((((v)::text || t)))"
        );
        let keys = [IndexKey::Expr("lower(v)"), IndexKey::Expr("j->>'k'")];
        let ix = IndexSpec {
            name: "x2",
            table: "t",
            unique: true,
            method: None,
            keys: &keys,
            filter: Some(
                "state in ('available'::{prefix}.oban_job_state, 'scheduled'::{prefix}.oban_job_state)",
            ),
        };
        assert_eq!(
            index_def(&ix, &cols).unwrap(),
            "CREATE UNIQUE INDEX x2 ON <prefix>.t USING btree (lower((v)::text), ((j ->> 'k'::text))) WHERE (state = ANY (ARRAY['available'::<prefix>.oban_job_state, 'scheduled'::<prefix>.oban_job_state]))"
        );
    }
}
