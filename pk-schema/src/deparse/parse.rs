//! The parser: SQL expression text (as written in pk's DSL) to a raw syntax tree, with
//! PostgreSQL's operator precedence and its grammar-level rewrites (AND/OR flattening on the
//! left, negative numeric literals folded into the constant, `LIKE` as `~~`).

use super::Error;
use super::ident::{PREFIX, quote_ident};
use super::lex::{Tok, lex};

/// A raw expression, before types are resolved.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Raw {
    Col(String),
    Str(String),
    /// A numeric literal as written (possibly with a leading `-` folded in).
    Num(String),
    Bool(bool),
    Null,
    /// `schema` is `Some(PREFIX)` for `{prefix}.f(...)`.
    Func {
        schema: Option<String>,
        name: String,
        args: Vec<Raw>,
    },
    Bin(String, Box<Raw>, Box<Raw>),
    Unary(String, Box<Raw>),
    And(Vec<Raw>),
    Or(Vec<Raw>),
    Not(Box<Raw>),
    IsNull(Box<Raw>, bool),
    /// `x IS [NOT] TRUE/FALSE/UNKNOWN`: the keyword text as printed.
    IsBool(Box<Raw>, String),
    In(Box<Raw>, Vec<Raw>, bool),
    Between(Box<Raw>, Box<Raw>, Box<Raw>, bool),
    Cast(Box<Raw>, String),
    Case(Option<Box<Raw>>, Vec<(Raw, Raw)>, Option<Box<Raw>>),
    /// COALESCE, GREATEST, LEAST.
    Special(String, Vec<Raw>),
    Array(Vec<Raw>),
    SqlValue(String),
    AtTimeZone(Box<Raw>, Box<Raw>),
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

/// Binding power of binary operators (higher binds tighter), after PostgreSQL 15's gram.y.
const P_OR: u8 = 1;
const P_AND: u8 = 2;
const P_NOT: u8 = 3;
const P_IS: u8 = 4;
const P_CMP: u8 = 5;
const P_IN: u8 = 6;
const P_OP: u8 = 7;
const P_ADD: u8 = 8;
const P_MUL: u8 = 9;
const P_EXP: u8 = 10;
const P_AT: u8 = 11;
const P_UNARY: u8 = 12;

fn keyword(t: Option<&Tok>, kw: &str) -> bool {
    matches!(t, Some(Tok::Ident { name, quoted: false }) if name == kw)
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }
    fn peek_at(&self, n: usize) -> Option<&Tok> {
        self.toks.get(self.pos + n)
    }
    fn is_kw(&self, kw: &str) -> bool {
        keyword(self.peek(), kw)
    }
    fn eat_kw(&mut self, kw: &str) -> bool {
        let hit = self.is_kw(kw);
        if hit {
            self.pos += 1;
        }
        hit
    }
    fn eat(&mut self, t: &Tok) -> bool {
        let hit = self.peek() == Some(t);
        if hit {
            self.pos += 1;
        }
        hit
    }
    fn expect(&mut self, t: &Tok) -> Result<(), String> {
        if self.eat(t) {
            Ok(())
        } else {
            Err(format!("expected {t:?}, found {:?}", self.peek()))
        }
    }
    fn expect_kw(&mut self, kw: &str) -> Result<(), String> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(format!("expected {kw}, found {:?}", self.peek()))
        }
    }

    fn expr(&mut self, min: u8) -> Result<Raw, String> {
        let mut left = self.prefix()?;
        loop {
            let t = self.peek().cloned();
            let (prec, kind) = match &t {
                Some(Tok::Ident {
                    name,
                    quoted: false,
                }) => match name.as_str() {
                    "or" => (P_OR, "or"),
                    "and" => (P_AND, "and"),
                    "is" => (P_IS, "is"),
                    "isnull" => (P_IS, "isnull"),
                    "notnull" => (P_IS, "notnull"),
                    "in" | "between" | "like" | "ilike" => (P_IN, "in-family"),
                    "not"
                        if matches!(self.peek_at(1), Some(Tok::Ident { name, quoted: false })
                        if ["in", "between", "like", "ilike"].contains(&name.as_str())) =>
                    {
                        (P_IN, "in-family")
                    }
                    "at" => (P_AT, "at"),
                    _ => break,
                },
                Some(Tok::Op(op)) => match op.as_str() {
                    "<" | ">" | "=" | "<=" | ">=" | "<>" | "!=" => (P_CMP, "cmp"),
                    "+" | "-" => (P_ADD, "op"),
                    "*" | "/" | "%" => (P_MUL, "op"),
                    "^" => (P_EXP, "op"),
                    _ => (P_OP, "op"),
                },
                Some(Tok::Cast) => (P_UNARY + 1, "cast"),
                _ => break,
            };
            if prec <= min {
                break;
            }
            left = match kind {
                "or" | "and" => {
                    self.pos += 1;
                    let right = self.expr(prec)?;
                    match (kind, left) {
                        ("and", Raw::And(mut v)) => {
                            v.push(right);
                            Raw::And(v)
                        }
                        ("or", Raw::Or(mut v)) => {
                            v.push(right);
                            Raw::Or(v)
                        }
                        ("and", l) => Raw::And(vec![l, right]),
                        (_, l) => Raw::Or(vec![l, right]),
                    }
                }
                "isnull" | "notnull" => {
                    self.pos += 1;
                    Raw::IsNull(Box::new(left), kind == "notnull")
                }
                "is" => {
                    self.pos += 1;
                    let not = self.eat_kw("not");
                    if self.eat_kw("null") {
                        Raw::IsNull(Box::new(left), not)
                    } else {
                        let what = ["true", "false", "unknown"]
                            .into_iter()
                            .find(|w| self.is_kw(w))
                            .ok_or_else(|| format!("unsupported IS form at {:?}", self.peek()))?;
                        self.pos += 1;
                        let text = format!(
                            "IS {}{}",
                            if not { "NOT " } else { "" },
                            what.to_uppercase()
                        );
                        Raw::IsBool(Box::new(left), text)
                    }
                }
                "in-family" => {
                    let not = self.eat_kw("not");
                    if self.eat_kw("in") {
                        self.expect(&Tok::LParen)?;
                        let list = self.list(&Tok::RParen)?;
                        if list.is_empty() {
                            return Err("empty IN list".into());
                        }
                        Raw::In(Box::new(left), list, not)
                    } else if self.eat_kw("between") {
                        let lo = self.expr(P_IN)?;
                        self.expect_kw("and")?;
                        let hi = self.expr(P_IN)?;
                        Raw::Between(Box::new(left), Box::new(lo), Box::new(hi), not)
                    } else {
                        let ilike = self.eat_kw("ilike");
                        if !ilike {
                            self.expect_kw("like")?;
                        }
                        let right = self.expr(P_IN)?;
                        let op = match (not, ilike) {
                            (false, false) => "~~",
                            (false, true) => "~~*",
                            (true, false) => "!~~",
                            (true, true) => "!~~*",
                        };
                        Raw::Bin(op.into(), Box::new(left), Box::new(right))
                    }
                }
                "at" => {
                    self.pos += 1;
                    self.expect_kw("time")?;
                    self.expect_kw("zone")?;
                    let zone = self.expr(P_AT)?;
                    Raw::AtTimeZone(Box::new(left), Box::new(zone))
                }
                "cast" => {
                    self.pos += 1;
                    let ty = self.type_name()?;
                    Raw::Cast(Box::new(left), ty)
                }
                _ => {
                    let Some(Tok::Op(op)) = t else { unreachable!() };
                    self.pos += 1;
                    let right = self.expr(prec)?;
                    let op = if op == "!=" { "<>".to_string() } else { op };
                    Raw::Bin(op, Box::new(left), Box::new(right))
                }
            };
        }
        Ok(left)
    }

    fn list(&mut self, close: &Tok) -> Result<Vec<Raw>, String> {
        let mut items = Vec::new();
        if self.eat(close) {
            return Ok(items);
        }
        loop {
            items.push(self.expr(0)?);
            if self.eat(close) {
                return Ok(items);
            }
            self.expect(&Tok::Comma)?;
        }
    }

    fn prefix(&mut self) -> Result<Raw, String> {
        let t = self.peek().cloned().ok_or("unexpected end of input")?;
        self.pos += 1;
        Ok(match t {
            Tok::Str(s) => Raw::Str(s),
            Tok::Num(n) => Raw::Num(n),
            Tok::LParen => {
                let e = self.expr(0)?;
                self.expect(&Tok::RParen)?;
                e
            }
            Tok::Op(op) if op == "-" || op == "+" => {
                let e = self.expr(P_UNARY)?;
                match (op.as_str(), e) {
                    ("-", Raw::Num(n)) if !n.starts_with('-') => Raw::Num(format!("-{n}")),
                    ("+", e) => Raw::Unary("+".into(), Box::new(e)),
                    (_, e) => Raw::Unary("-".into(), Box::new(e)),
                }
            }
            Tok::Op(op) => {
                let e = self.expr(P_OP)?;
                Raw::Unary(op, Box::new(e))
            }
            Tok::Schema => {
                self.expect(&Tok::Dot)?;
                let Some(Tok::Ident { name, .. }) = self.peek().cloned() else {
                    return Err("expected a name after the schema".into());
                };
                self.pos += 1;
                self.expect(&Tok::LParen)?;
                let args = self.list(&Tok::RParen)?;
                Raw::Func {
                    schema: Some(PREFIX.into()),
                    name,
                    args,
                }
            }
            Tok::Ident { name, quoted: true } => self.name_tail(name)?,
            Tok::Ident {
                name,
                quoted: false,
            } => match name.as_str() {
                "true" => Raw::Bool(true),
                "false" => Raw::Bool(false),
                "null" => Raw::Null,
                "not" => Raw::Not(Box::new(self.expr(P_NOT)?)),
                "current_date" | "current_timestamp" | "localtimestamp" | "current_time"
                | "localtime" | "current_user" | "session_user" | "current_role"
                | "current_schema" | "current_catalog" | "user" => {
                    if self.peek() == Some(&Tok::LParen) {
                        return Err(format!("{name} with a precision is not supported"));
                    }
                    Raw::SqlValue(name.to_uppercase())
                }
                "case" => {
                    let arg = if self.is_kw("when") {
                        None
                    } else {
                        Some(Box::new(self.expr(0)?))
                    };
                    let mut whens = Vec::new();
                    while self.eat_kw("when") {
                        let w = self.expr(0)?;
                        self.expect_kw("then")?;
                        whens.push((w, self.expr(0)?));
                    }
                    if whens.is_empty() {
                        return Err("CASE without WHEN".into());
                    }
                    let default = if self.eat_kw("else") {
                        Some(Box::new(self.expr(0)?))
                    } else {
                        None
                    };
                    self.expect_kw("end")?;
                    Raw::Case(arg, whens, default)
                }
                "array" => {
                    self.expect(&Tok::LBrack)?;
                    Raw::Array(self.list(&Tok::RBrack)?)
                }
                "cast" => {
                    self.expect(&Tok::LParen)?;
                    let e = self.expr(0)?;
                    self.expect_kw("as")?;
                    let ty = self.type_name()?;
                    self.expect(&Tok::RParen)?;
                    Raw::Cast(Box::new(e), ty)
                }
                "coalesce" | "greatest" | "least" if self.peek() == Some(&Tok::LParen) => {
                    self.pos += 1;
                    let args = self.list(&Tok::RParen)?;
                    if args.is_empty() {
                        return Err(format!("{name} needs arguments"));
                    }
                    Raw::Special(name.to_uppercase(), args)
                }
                _ if RESERVED.contains(&name.as_str()) => {
                    return Err(format!("unexpected keyword {}", name.to_uppercase()));
                }
                _ => self.name_tail(name)?,
            },
            other => return Err(format!("unexpected token {other:?}")),
        })
    }

    fn name_tail(&mut self, name: String) -> Result<Raw, String> {
        if self.eat(&Tok::LParen) {
            let args = self.list(&Tok::RParen)?;
            return Ok(Raw::Func {
                schema: None,
                name,
                args,
            });
        }
        if self.peek() == Some(&Tok::Dot) {
            return Err(format!("qualified names ({name}.…) are not supported"));
        }
        Ok(Raw::Col(name))
    }

    /// A type name, returned the way `format_type` prints it.
    pub(crate) fn type_name(&mut self) -> Result<String, String> {
        let mut tz: Option<bool> = None;
        let mut base = if self.eat(&Tok::Schema) {
            self.expect(&Tok::Dot)?;
            match self.peek().cloned() {
                Some(Tok::Ident { name, .. }) => {
                    self.pos += 1;
                    format!("{PREFIX}.{}", quote_ident(&name))
                }
                other => return Err(format!("expected a type name, found {other:?}")),
            }
        } else {
            let Some(Tok::Ident { name, quoted }) = self.peek().cloned() else {
                return Err(format!("expected a type name, found {:?}", self.peek()));
            };
            self.pos += 1;
            if quoted {
                quote_ident(&name)
            } else {
                match name.as_str() {
                    "double" => {
                        self.expect_kw("precision")?;
                        "double precision".into()
                    }
                    "character" | "char" => {
                        if self.eat_kw("varying") {
                            "character varying".into()
                        } else {
                            "character".into()
                        }
                    }
                    "varchar" => "character varying".into(),
                    "bpchar" => "character".into(),
                    "int" | "int4" | "integer" => "integer".into(),
                    "int8" | "bigint" => "bigint".into(),
                    "int2" | "smallint" => "smallint".into(),
                    "float8" | "float" => "double precision".into(),
                    "float4" | "real" => "real".into(),
                    "bool" | "boolean" => "boolean".into(),
                    "decimal" | "numeric" => "numeric".into(),
                    "timestamptz" => {
                        tz = Some(true);
                        "timestamp".into()
                    }
                    "timetz" => {
                        tz = Some(true);
                        "time".into()
                    }
                    "timestamp" | "time" => {
                        tz = Some(false);
                        name
                    }
                    "setof" => return Err("SETOF is not a type".into()),
                    _ if RESERVED.contains(&name.as_str()) && name != "interval" => {
                        return Err(format!(
                            "unexpected keyword {} in a type name",
                            name.to_uppercase()
                        ));
                    }
                    _ => name,
                }
            }
        };
        if self.eat(&Tok::LParen) {
            let mut mods = Vec::new();
            loop {
                match self.peek().cloned() {
                    Some(Tok::Num(n)) if n.chars().all(|c| c.is_ascii_digit()) => mods.push(n),
                    other => return Err(format!("expected a type modifier, found {other:?}")),
                }
                self.pos += 1;
                if self.eat(&Tok::RParen) {
                    break;
                }
                self.expect(&Tok::Comma)?;
            }
            let mods = mods
                .iter()
                .map(|m| m.trim_start_matches('0').to_string())
                .map(|m| if m.is_empty() { "0".into() } else { m })
                .collect::<Vec<_>>()
                .join(",");
            base = format!("{base}({mods})");
        }
        if let Some(default_with) = tz {
            let with = if self.eat_kw("with") {
                true
            } else if self.eat_kw("without") {
                false
            } else {
                default_with
            };
            if self.is_kw("time") {
                self.pos += 1;
                self.expect_kw("zone")?;
            }
            base = format!("{base} {} time zone", if with { "with" } else { "without" });
        }
        while self.eat(&Tok::LBrack) {
            if matches!(self.peek(), Some(Tok::Num(_))) {
                self.pos += 1;
            }
            self.expect(&Tok::RBrack)?;
            base.push_str("[]");
        }
        Ok(base)
    }
}

/// Keywords that cannot be a column name or function name (PostgreSQL's reserved list, plus the
/// column-name keywords this parser does not treat as functions).
const RESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "both",
    "case",
    "cast",
    "check",
    "collate",
    "column",
    "constraint",
    "create",
    "current_catalog",
    "current_date",
    "current_role",
    "current_time",
    "current_timestamp",
    "current_user",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "false",
    "fetch",
    "for",
    "foreign",
    "from",
    "grant",
    "group",
    "having",
    "in",
    "initially",
    "intersect",
    "into",
    "lateral",
    "leading",
    "limit",
    "localtime",
    "localtimestamp",
    "not",
    "null",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "placing",
    "primary",
    "references",
    "returning",
    "select",
    "session_user",
    "some",
    "symmetric",
    "table",
    "then",
    "to",
    "trailing",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "variadic",
    "when",
    "where",
    "window",
    "with",
    "exists",
    "interval",
];

/// Parses a whole expression.
pub(crate) fn parse_expr(src: &str) -> Result<Raw, Error> {
    let err = |m: String| Error(format!("cannot parse `{src}`: {m}"));
    let toks = lex(src).map_err(err)?;
    let mut p = Parser { toks, pos: 0 };
    let e = p.expr(0).map_err(err)?;
    if p.pos != p.toks.len() {
        return Err(err(format!("unexpected {:?}", p.peek())));
    }
    Ok(e)
}

/// Parses a whole type name (`varchar(255)`, `{prefix}.oban_job_state`, `text[]`, canonical
/// spellings too) into the way `format_type` prints it.
pub(crate) fn parse_type(src: &str) -> Result<String, Error> {
    let err = |m: String| Error(format!("cannot parse type `{src}`: {m}"));
    let toks = lex(src).map_err(err)?;
    let mut p = Parser { toks, pos: 0 };
    let t = p.type_name().map_err(err)?;
    if p.pos != p.toks.len() {
        return Err(err(format!("unexpected {:?}", p.peek())));
    }
    Ok(t)
}

/// One function argument: mode (`OUT`, `INOUT`, `VARIADIC`; `IN` is dropped), name, canonical type.
pub(crate) type FuncArg = (Option<String>, Option<String>, String);

/// Parses a function's argument list, for `pg_get_function_arguments`-style printing.
pub(crate) fn parse_args(src: &str) -> Result<Vec<FuncArg>, Error> {
    let err = |m: String| Error(format!("cannot parse arguments `{src}`: {m}"));
    let inner = src.trim();
    let inner = inner
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .ok_or_else(|| err("expected (…)".into()))?;
    let toks = lex(inner).map_err(err)?;
    let mut out = Vec::new();
    // split on top-level commas
    let mut parts: Vec<Vec<Tok>> = vec![Vec::new()];
    let mut depth = 0i32;
    for t in toks {
        match t {
            Tok::LParen | Tok::LBrack => depth += 1,
            Tok::RParen | Tok::RBrack => depth -= 1,
            Tok::Comma if depth == 0 => {
                parts.push(Vec::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut().expect("non-empty").push(t);
    }
    if parts.len() == 1 && parts[0].is_empty() {
        return Ok(out);
    }
    for part in parts {
        let mut p = Parser { toks: part, pos: 0 };
        let mut mode = None;
        for m in ["inout", "in", "out", "variadic"] {
            if p.is_kw(m) && p.peek_at(1).is_some() {
                p.pos += 1;
                mode = (m != "in").then(|| m.to_uppercase());
                break;
            }
        }
        let save = p.pos;
        let mut name = None;
        let ty = match p.type_name() {
            Ok(t) if p.pos == p.toks.len() => t,
            _ => {
                p.pos = save;
                match p.peek().cloned() {
                    Some(Tok::Ident { name: n, .. }) => {
                        p.pos += 1;
                        name = Some(n);
                    }
                    other => return Err(err(format!("unexpected {other:?}"))),
                }
                p.type_name().map_err(err)?
            }
        };
        if p.pos != p.toks.len() {
            return Err(err(format!(
                "unsupported {:?} (argument defaults are not handled)",
                p.peek()
            )));
        }
        out.push((mode, name, ty));
    }
    Ok(out)
}
