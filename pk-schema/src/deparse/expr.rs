//! Type resolution (a small imitation of PostgreSQL's parse analysis: operator and function
//! resolution, implicit coercions, IN lists, BETWEEN) and the printer (an imitation of
//! ruleutils.c's `get_rule_expr` with `PRETTYFLAG_INDENT`, as `pg_get_expr`,
//! `pg_get_constraintdef` and `pg_get_indexdef` use it).

use super::parse::{PREFIX, Raw};

/// A resolved type: `None` is an untyped literal (`unknown`), `Some` a `format_type` string.
type Ty = Option<String>;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Lit {
    Str(String),
    Num(String),
    Bool(bool),
    Null,
}

/// A type-resolved expression node (the subset of PostgreSQL's primitive nodes needed here).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Var(String, String),
    Const(Lit, Ty),
    /// RelabelType / coercion FuncExpr / CoerceViaIO: `implicit` ones are hidden at top level.
    Cast {
        arg: Box<Node>,
        ty: String,
        implicit: bool,
    },
    Func {
        name: String,
        args: Vec<Node>,
        ty: Ty,
    },
    Op {
        op: String,
        left: Option<Box<Node>>,
        right: Box<Node>,
        ty: String,
    },
    And(Vec<Node>),
    Or(Vec<Node>),
    Not(Box<Node>),
    NullTest(Box<Node>, bool),
    BoolTest(Box<Node>, String),
    ScalarArrayOp {
        op: String,
        any: bool,
        left: Box<Node>,
        right: Box<Node>,
    },
    Array {
        elems: Vec<Node>,
        ty: String,
    },
    Case {
        whens: Vec<(Node, Node)>,
        default: Box<Node>,
        ty: String,
    },
    Special {
        name: String,
        args: Vec<Node>,
        ty: String,
    },
    SqlValue(String, String),
    AtTimeZone(Box<Node>, Box<Node>),
}

impl Node {
    fn ty(&self) -> Ty {
        match self {
            Node::Var(_, t) => Some(t.clone()),
            Node::Const(_, t) | Node::Func { ty: t, .. } => t.clone(),
            Node::Cast { ty, .. }
            | Node::Op { ty, .. }
            | Node::Array { ty, .. }
            | Node::Case { ty, .. }
            | Node::Special { ty, .. }
            | Node::SqlValue(_, ty) => Some(ty.clone()),
            Node::And(_)
            | Node::Or(_)
            | Node::Not(_)
            | Node::NullTest(..)
            | Node::BoolTest(..)
            | Node::ScalarArrayOp { .. } => Some("boolean".into()),
            Node::AtTimeZone(arg, _) => Some(match base_of(&arg.ty()).as_deref() {
                Some("timestamp with time zone") => "timestamp without time zone".into(),
                Some("time with time zone") => "time with time zone".into(),
                _ => "timestamp with time zone".into(),
            }),
        }
    }
}

/// The type without its modifier: `character varying(255)[]` → `character varying[]`.
pub(crate) fn strip_typmod(t: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in t.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn base_of(t: &Ty) -> Ty {
    t.as_deref().map(strip_typmod)
}

/// Type categories, enough for operator resolution and `select_common_type`.
#[derive(PartialEq, Clone, Copy)]
enum Cat {
    Str,
    Num(u8),
    Bool,
    Time(u8),
    Other,
}

fn cat(t: &str) -> Cat {
    match strip_typmod(t).as_str() {
        "text" | "character varying" | "character" | "name" => Cat::Str,
        "smallint" => Cat::Num(1),
        "integer" => Cat::Num(2),
        "bigint" => Cat::Num(3),
        "numeric" => Cat::Num(4),
        "real" => Cat::Num(5),
        "double precision" => Cat::Num(6),
        "boolean" => Cat::Bool,
        "date" => Cat::Time(1),
        "timestamp without time zone" => Cat::Time(2),
        "timestamp with time zone" => Cat::Time(3),
        _ => Cat::Other,
    }
}

fn preferred(t: &str) -> bool {
    matches!(
        t,
        "text" | "double precision" | "timestamp with time zone" | "boolean"
    )
}

/// Whether PostgreSQL has an implicit cast from `a` to `b` (within the categories above).
fn implicit(a: &str, b: &str) -> bool {
    match (cat(a), cat(b)) {
        (Cat::Str, Cat::Str) => true,
        (Cat::Num(x), Cat::Num(y)) | (Cat::Time(x), Cat::Time(y)) => x < y,
        _ => a == b,
    }
}

/// `select_common_type`.
fn common_type(types: &[Ty], what: &str) -> Result<String, String> {
    let mut ptype: Option<String> = None;
    for t in types.iter().flatten() {
        let t = strip_typmod(t);
        match &ptype {
            None => ptype = Some(t),
            Some(p) if *p == t => {}
            Some(p) => {
                let same_cat = match (cat(p), cat(&t)) {
                    (Cat::Num(_), Cat::Num(_)) | (Cat::Time(_), Cat::Time(_)) => true,
                    (a, b) => a == b && a != Cat::Other,
                };
                if !same_cat {
                    return Err(format!("{what} types {p} and {t} cannot be matched"));
                }
                if !preferred(p) && implicit(p, &t) && !implicit(&t, p) {
                    ptype = Some(t);
                }
            }
        }
    }
    Ok(ptype.unwrap_or_else(|| "text".into()))
}

/// Coerces a node to `target` the way `coerce_type` does.
fn coerce(node: Node, target: &str, implicit: bool) -> Node {
    let base = strip_typmod(target);
    match node {
        Node::Const(lit @ (Lit::Str(_) | Lit::Null), None) => {
            let c = Node::Const(lit, Some(base.clone()));
            if base == target {
                c
            } else {
                Node::Cast {
                    arg: Box::new(c),
                    ty: target.into(),
                    implicit,
                }
            }
        }
        Node::Array { elems, ty } if elems.is_empty() && ty == "unknown[]" => {
            Node::Array { elems, ty: base }
        }
        node => {
            let Some(src) = node.ty() else {
                return Node::Cast {
                    arg: Box::new(node),
                    ty: target.into(),
                    implicit,
                };
            };
            if src == target || (base == target && strip_typmod(&src) == base) {
                node
            } else {
                Node::Cast {
                    arg: Box::new(node),
                    ty: target.into(),
                    implicit,
                }
            }
        }
    }
}

/// The analysis context: how to type a column name.
pub(crate) struct Ctx<'a> {
    pub(crate) columns: &'a dyn Fn(&str) -> Option<String>,
}

/// Known functions: (name, argument types, result type). `None` argument list: any.
const FUNCS: &[(&str, &[&str], &str)] = &[
    ("now", &[], "timestamp with time zone"),
    ("clock_timestamp", &[], "timestamp with time zone"),
    ("statement_timestamp", &[], "timestamp with time zone"),
    ("transaction_timestamp", &[], "timestamp with time zone"),
    ("gen_random_uuid", &[], "uuid"),
    ("random", &[], "double precision"),
    ("char_length", &["text"], "integer"),
    ("character_length", &["text"], "integer"),
    ("length", &["text"], "integer"),
    ("octet_length", &["text"], "integer"),
    ("lower", &["text"], "text"),
    ("upper", &["text"], "text"),
    ("btrim", &["text"], "text"),
    ("md5", &["text"], "text"),
    ("nextval", &["regclass"], "bigint"),
    ("jsonb_typeof", &["jsonb"], "text"),
    ("jsonb_array_length", &["jsonb"], "integer"),
    ("array_length", &["anyarray", "integer"], "integer"),
    ("cardinality", &["anyarray"], "integer"),
];

/// Functions of the schema pk builds (known result types; arguments pass as they are).
const PREFIX_FUNCS: &[(&str, &str)] = &[
    ("uuid_generate_v7", "uuid"),
    ("extract_primary_slug", "text"),
];

impl Ctx<'_> {
    pub(crate) fn analyze(&self, raw: &Raw) -> Result<Node, String> {
        Ok(match raw {
            Raw::Col(name) => {
                let ty = (self.columns)(name).ok_or_else(|| format!("unknown column `{name}`"))?;
                Node::Var(name.clone(), normalize_type(&ty))
            }
            Raw::Str(s) => Node::Const(Lit::Str(s.clone()), None),
            Raw::Num(n) => {
                let digits = n.trim_start_matches('-');
                let ty = if digits.chars().all(|c| c.is_ascii_digit()) {
                    match n.parse::<i64>() {
                        Ok(v) if i32::try_from(v).is_ok() => "integer",
                        Ok(_) => "bigint",
                        Err(_) => "numeric",
                    }
                } else {
                    "numeric"
                };
                let mut text = n.clone();
                if ty != "numeric" {
                    text = n.parse::<i64>().map(|v| v.to_string()).unwrap_or(text);
                } else if let Some(rest) = text.strip_prefix('.') {
                    text = format!("0.{rest}");
                } else if let Some(rest) = text.strip_prefix("-.") {
                    text = format!("-0.{rest}");
                }
                if text.contains(['e', 'E']) {
                    return Err(format!("exponent literals ({n}) are not supported"));
                }
                Node::Const(Lit::Num(text), Some(ty.into()))
            }
            Raw::Bool(b) => Node::Const(Lit::Bool(*b), Some("boolean".into())),
            Raw::Null => Node::Const(Lit::Null, None),
            Raw::SqlValue(kw) => {
                let ty = match kw.as_str() {
                    "CURRENT_DATE" => "date",
                    "CURRENT_TIMESTAMP" => "timestamp with time zone",
                    "LOCALTIMESTAMP" => "timestamp without time zone",
                    "CURRENT_TIME" => "time with time zone",
                    "LOCALTIME" => "time without time zone",
                    _ => "name",
                };
                let kw = if kw == "USER" {
                    "CURRENT_USER".into()
                } else {
                    kw.clone()
                };
                Node::SqlValue(kw, ty.into())
            }
            Raw::Cast(arg, ty) => {
                let ty = normalize_type(ty);
                match &**arg {
                    Raw::Array(elems) => {
                        let elem_ty = ty
                            .strip_suffix("[]")
                            .ok_or_else(|| format!("ARRAY cast to non-array type {ty}"))?;
                        let elems = elems
                            .iter()
                            .map(|e| Ok(coerce(self.analyze(e)?, elem_ty, false)))
                            .collect::<Result<Vec<_>, String>>()?;
                        Node::Array {
                            elems,
                            ty: strip_typmod(&ty),
                        }
                    }
                    _ => coerce(self.analyze(arg)?, &ty, false),
                }
            }
            Raw::Array(elems) => {
                let nodes = elems
                    .iter()
                    .map(|e| self.analyze(e))
                    .collect::<Result<Vec<_>, _>>()?;
                if nodes.is_empty() {
                    Node::Array {
                        elems: nodes,
                        ty: "unknown[]".into(),
                    }
                } else {
                    let types: Vec<Ty> = nodes.iter().map(Node::ty).collect();
                    let elem = common_type(&types, "ARRAY")?;
                    let elems = nodes.into_iter().map(|n| coerce(n, &elem, true)).collect();
                    Node::Array {
                        elems,
                        ty: format!("{elem}[]"),
                    }
                }
            }
            Raw::Func { schema, name, args } => self.func(schema.as_deref(), name, args)?,
            Raw::Special(name, args) => {
                let nodes = args
                    .iter()
                    .map(|e| self.analyze(e))
                    .collect::<Result<Vec<_>, _>>()?;
                let types: Vec<Ty> = nodes.iter().map(Node::ty).collect();
                let ty = common_type(&types, name)?;
                let args = nodes.into_iter().map(|n| coerce(n, &ty, true)).collect();
                Node::Special {
                    name: name.clone(),
                    args,
                    ty,
                }
            }
            Raw::Bin(op, l, r) => {
                let l = self.analyze(l)?;
                let r = self.analyze(r)?;
                self.binop(op, l, r)?
            }
            Raw::Unary(op, arg) => {
                let arg = self.analyze(arg)?;
                let ty = arg.ty().ok_or("unary operator on an untyped literal")?;
                if !matches!(cat(&ty), Cat::Num(_)) || !["-", "+", "@"].contains(&op.as_str()) {
                    return Err(format!("unsupported prefix operator {op} on {ty}"));
                }
                Node::Op {
                    op: op.clone(),
                    left: None,
                    right: Box::new(arg),
                    ty: strip_typmod(&ty),
                }
            }
            Raw::And(args) => Node::And(
                args.iter()
                    .map(|a| self.boolean(a))
                    .collect::<Result<_, _>>()?,
            ),
            Raw::Or(args) => Node::Or(
                args.iter()
                    .map(|a| self.boolean(a))
                    .collect::<Result<_, _>>()?,
            ),
            Raw::Not(a) => Node::Not(Box::new(self.boolean(a)?)),
            Raw::IsNull(a, not) => {
                let arg = self.analyze(a)?;
                let arg = if arg.ty().is_none() {
                    coerce(arg, "text", true)
                } else {
                    arg
                };
                Node::NullTest(Box::new(arg), *not)
            }
            Raw::IsBool(a, what) => Node::BoolTest(Box::new(self.boolean(a)?), what.clone()),
            Raw::Between(x, lo, hi, not) => {
                let (o1, o2) = if *not { ("<", ">") } else { (">=", "<=") };
                let a = self.analyze(&Raw::Bin(o1.into(), x.clone(), lo.clone()))?;
                let b = self.analyze(&Raw::Bin(o2.into(), x.clone(), hi.clone()))?;
                if *not {
                    Node::Or(vec![a, b])
                } else {
                    Node::And(vec![a, b])
                }
            }
            Raw::In(x, list, not) => {
                let op = if *not { "<>" } else { "=" };
                if list.len() == 1 {
                    return self.analyze(&Raw::Bin(
                        op.into(),
                        x.clone(),
                        Box::new(list[0].clone()),
                    ));
                }
                if list.iter().any(|e| matches!(e, Raw::Col(_))) {
                    return Err("IN lists holding column references are not supported".into());
                }
                let left = self.analyze(x)?;
                let elems = list
                    .iter()
                    .map(|e| self.analyze(e))
                    .collect::<Result<Vec<_>, _>>()?;
                let mut types = vec![left.ty()];
                types.extend(elems.iter().map(Node::ty));
                let scalar = common_type(&types, "IN")?;
                let elems = elems
                    .into_iter()
                    .map(|n| coerce(n, &scalar, true))
                    .collect();
                let array = Node::Array {
                    elems,
                    ty: format!("{scalar}[]"),
                };
                let (lt, rt, _) = resolve(op, &left.ty(), &Some(scalar.clone()))?;
                let left = match lt {
                    Some(t) => coerce(left, &t, true),
                    None => left,
                };
                let right = match rt {
                    Some(t) => coerce(array, &format!("{t}[]"), true),
                    None => array,
                };
                Node::ScalarArrayOp {
                    op: op.into(),
                    any: !*not,
                    left: Box::new(left),
                    right: Box::new(right),
                }
            }
            Raw::Case(arg, whens, default) => {
                if arg.is_some() {
                    return Err("CASE with an operand is not supported".into());
                }
                let conds = whens
                    .iter()
                    .map(|(w, _)| self.boolean(w))
                    .collect::<Result<Vec<_>, _>>()?;
                let mut results = whens
                    .iter()
                    .map(|(_, r)| self.analyze(r))
                    .collect::<Result<Vec<_>, _>>()?;
                let default = match default {
                    Some(d) => self.analyze(d)?,
                    None => Node::Const(Lit::Null, None),
                };
                results.push(default);
                let types: Vec<Ty> = results.iter().map(Node::ty).collect();
                let ty = common_type(&types, "CASE")?;
                let mut results: Vec<Node> =
                    results.into_iter().map(|n| coerce(n, &ty, true)).collect();
                let default = results.pop().expect("default pushed");
                Node::Case {
                    whens: conds.into_iter().zip(results).collect(),
                    default: Box::new(default),
                    ty,
                }
            }
            Raw::AtTimeZone(x, zone) => {
                let x = self.analyze(x)?;
                let x = if x.ty().is_none() {
                    coerce(x, "timestamp with time zone", true)
                } else {
                    x
                };
                let zone = coerce(self.analyze(zone)?, "text", true);
                Node::AtTimeZone(Box::new(x), Box::new(zone))
            }
        })
    }

    /// `coerce_to_boolean`.
    pub(crate) fn boolean(&self, raw: &Raw) -> Result<Node, String> {
        let n = self.analyze(raw)?;
        match n.ty().as_deref() {
            None => Ok(coerce(n, "boolean", true)),
            Some("boolean") => Ok(n),
            Some(t) => Err(format!("argument of type {t} where a boolean is expected")),
        }
    }

    fn func(&self, schema: Option<&str>, name: &str, args: &[Raw]) -> Result<Node, String> {
        let nodes = args
            .iter()
            .map(|e| self.analyze(e))
            .collect::<Result<Vec<_>, _>>()?;
        if schema.is_some() {
            let ty = PREFIX_FUNCS
                .iter()
                .find(|f| f.0 == name)
                .map(|f| f.1.to_string());
            if nodes.iter().any(|n| n.ty().is_none()) {
                return Err(format!(
                    "untyped literal passed to {name}(), whose signature is unknown"
                ));
            }
            return Ok(Node::Func {
                name: format!("{PREFIX}.{}", quote_ident(name)),
                args: nodes,
                ty,
            });
        }
        if name == "timezone" && nodes.len() == 2 {
            let mut it = nodes.into_iter();
            let zone = coerce(it.next().expect("two"), "text", true);
            let x = it.next().expect("two");
            let x = if x.ty().is_none() {
                coerce(x, "timestamp with time zone", true)
            } else {
                x
            };
            let ty = match base_of(&x.ty()).as_deref() {
                Some("timestamp with time zone") => "timestamp without time zone",
                _ => "timestamp with time zone",
            };
            return Ok(Node::Func {
                name: name.into(),
                args: vec![zone, x],
                ty: Some(ty.into()),
            });
        }
        let (_, params, ret) = FUNCS
            .iter()
            .find(|f| f.0 == name && f.1.len() == nodes.len())
            .ok_or_else(|| format!("unknown function {name}() with {} argument(s)", nodes.len()))?;
        let args = nodes
            .into_iter()
            .zip(params.iter())
            .map(|(n, p)| {
                if p.starts_with("any") {
                    n
                } else {
                    coerce(n, p, true)
                }
            })
            .collect();
        Ok(Node::Func {
            name: quote_ident(name),
            args,
            ty: Some((*ret).into()),
        })
    }

    fn binop(&self, op: &str, l: Node, r: Node) -> Result<Node, String> {
        let (lt, rt, res) = resolve(op, &l.ty(), &r.ty())?;
        let l = match lt {
            Some(t) => coerce(l, &t, true),
            None => l,
        };
        let r = match rt {
            Some(t) => coerce(r, &t, true),
            None => r,
        };
        Ok(Node::Op {
            op: op.into(),
            left: Some(Box::new(l)),
            right: Box::new(r),
            ty: res,
        })
    }
}

/// Normalises a caller's canonical type (`{prefix}.x` → `<prefix>.x`).
pub(crate) fn normalize_type(t: &str) -> String {
    t.replace("{prefix}.", &format!("{PREFIX}."))
}

/// Operator resolution: the types the left and right operands are coerced to (None: as they
/// are) and the result type.
fn resolve(op: &str, l: &Ty, r: &Ty) -> Result<(Ty, Ty, String), String> {
    let lb = base_of(l);
    let rb = base_of(r);
    let err = || {
        format!(
            "operator does not exist: {} {op} {}",
            lb.as_deref().unwrap_or("unknown"),
            rb.as_deref().unwrap_or("unknown")
        )
    };
    let s = |t: &str| Some(t.to_string());
    match op {
        "->" | "->>" | "#>" | "#>>" => {
            let json = lb
                .clone()
                .filter(|t| t == "jsonb" || t == "json")
                .ok_or_else(err)?;
            let right = match (op, rb.as_deref()) {
                ("->" | "->>", None) => "text",
                ("->" | "->>", Some("integer")) => "integer",
                ("->" | "->>", Some(t)) if cat(t) == Cat::Str => "text",
                ("#>" | "#>>", None | Some("text[]")) => "text[]",
                _ => return Err(err()),
            };
            let res = if op.ends_with(">>") {
                "text".to_string()
            } else {
                json
            };
            Ok((None, s(right), res))
        }
        "?" | "?|" | "?&" => {
            if lb.as_deref() != Some("jsonb") {
                return Err(err());
            }
            Ok((
                None,
                s(if op == "?" { "text" } else { "text[]" }),
                "boolean".into(),
            ))
        }
        "@>" | "<@" | "&&" => {
            let t = lb.clone().or(rb.clone()).ok_or_else(err)?;
            if lb.is_some() && rb.is_some() && lb != rb {
                return Err(err());
            }
            Ok((s(&t), s(&t), "boolean".into()))
        }
        "||" => {
            if lb.as_deref() == Some("jsonb") || rb.as_deref() == Some("jsonb") {
                return Ok((s("jsonb"), s("jsonb"), "jsonb".into()));
            }
            let text_side = |t: &Ty| t.as_deref().is_none_or(|t| cat(t) == Cat::Str);
            match (text_side(&lb), text_side(&rb)) {
                (true, true) => Ok((s("text"), s("text"), "text".into())),
                (true, false) => Ok((s("text"), None, "text".into())),
                (false, true) => Ok((None, s("text"), "text".into())),
                _ => Err(err()),
            }
        }
        "~~" | "~~*" | "!~~" | "!~~*" | "~" | "~*" | "!~" | "!~*" => {
            let ok = |t: &Ty| t.as_deref().is_none_or(|t| cat(t) == Cat::Str);
            if !ok(&lb) || !ok(&rb) {
                return Err(err());
            }
            Ok((s("text"), s("text"), "boolean".into()))
        }
        "=" | "<>" | "<" | ">" | "<=" | ">=" | "+" | "-" | "*" | "/" | "%" => {
            let cmp = matches!(op, "=" | "<>" | "<" | ">" | "<=" | ">=");
            let (lt, rt) = match (&lb, &rb) {
                (None, None) => ("text".to_string(), "text".to_string()),
                (Some(t), None) | (None, Some(t)) => (t.clone(), t.clone()),
                (Some(a), Some(b)) => (a.clone(), b.clone()),
            };
            let result = |t: &str| {
                if cmp {
                    "boolean".to_string()
                } else {
                    t.to_string()
                }
            };
            match (cat(&lt), cat(&rt)) {
                (Cat::Str, Cat::Str) if cmp || op == "+" => {
                    if !cmp {
                        return Err(err());
                    }
                    if lt == "character" && rt == "character" {
                        return Ok((s("character"), s("character"), result("character")));
                    }
                    Ok((s("text"), s("text"), result("text")))
                }
                (Cat::Num(x), Cat::Num(y)) => {
                    if x <= 3 && y <= 3 {
                        // int2/int4/int8 have cross-type operators.
                        let t = if x >= y { &lt } else { &rt };
                        Ok((s(&lt), s(&rt), result(t)))
                    } else {
                        let t = if x >= y { lt.clone() } else { rt.clone() };
                        let t = if (x == 5 && y <= 4) || (y == 5 && x <= 4) {
                            "real".into()
                        } else {
                            t
                        };
                        Ok((s(&t), s(&t), result(&t)))
                    }
                }
                (Cat::Time(_), Cat::Time(_)) if cmp => Ok((s(&lt), s(&rt), result(&lt))),
                (Cat::Bool, Cat::Bool) if cmp => {
                    Ok((s("boolean"), s("boolean"), result("boolean")))
                }
                _ if lt == rt && cmp => Ok((s(&lt), s(&rt), result(&lt))),
                _ => Err(err()),
            }
        }
        _ => Err(err()),
    }
}

/// `quote_identifier`.
pub(crate) fn quote_ident(name: &str) -> String {
    let simple = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if simple && !KEYWORDS.contains(&name) {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// PostgreSQL 15's keywords other than the unreserved ones (`pg_get_keywords()`), which
/// `quote_identifier` quotes.
const KEYWORDS: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "bigint",
    "binary",
    "bit",
    "boolean",
    "both",
    "case",
    "cast",
    "char",
    "character",
    "check",
    "coalesce",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "dec",
    "decimal",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "exists",
    "extract",
    "false",
    "fetch",
    "float",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "greatest",
    "group",
    "grouping",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "inout",
    "int",
    "integer",
    "intersect",
    "interval",
    "into",
    "is",
    "isnull",
    "join",
    "lateral",
    "leading",
    "least",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "national",
    "natural",
    "nchar",
    "none",
    "normalize",
    "not",
    "notnull",
    "null",
    "nullif",
    "numeric",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "out",
    "outer",
    "overlaps",
    "overlay",
    "placing",
    "position",
    "precision",
    "primary",
    "real",
    "references",
    "returning",
    "right",
    "row",
    "select",
    "session_user",
    "setof",
    "similar",
    "smallint",
    "some",
    "substring",
    "symmetric",
    "table",
    "tablesample",
    "then",
    "time",
    "timestamp",
    "to",
    "trailing",
    "treat",
    "trim",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "values",
    "varchar",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
    "xmlattributes",
    "xmlconcat",
    "xmlelement",
    "xmlexists",
    "xmlforest",
    "xmlnamespaces",
    "xmlparse",
    "xmlpi",
    "xmlroot",
    "xmlserialize",
    "xmltable",
];

/// The printer: a buffer plus ruleutils' indentation level.
pub(crate) struct Printer {
    pub(crate) buf: String,
    indent: i32,
}

const PRETTYINDENT_VAR: i32 = 4;

impl Printer {
    pub(crate) fn new() -> Self {
        Printer {
            buf: String::new(),
            indent: 0,
        }
    }

    /// Prints one node as `deparse_expression_pretty` would, into a fresh string.
    pub(crate) fn deparse(node: &Node) -> String {
        let mut p = Printer::new();
        p.expr(node, false);
        p.buf
    }

    fn keyword(&mut self, s: &str, before: i32, after: i32) {
        self.indent += before;
        while self.buf.ends_with(' ') {
            self.buf.pop();
        }
        self.buf.push('\n');
        for _ in 0..self.indent.max(0) {
            self.buf.push(' ');
        }
        self.buf.push_str(s);
        self.indent = (self.indent + after).max(0);
    }

    fn list(&mut self, nodes: &[Node], show: bool) {
        for (i, n) in nodes.iter().enumerate() {
            if i > 0 {
                self.buf.push_str(", ");
            }
            self.expr(n, show);
        }
    }

    /// `get_rule_expr(node, context, showimplicit)`.
    pub(crate) fn expr(&mut self, node: &Node, show: bool) {
        match node {
            Node::Var(name, _) => self.buf.push_str(&quote_ident(name)),
            Node::Const(..) => self.constant(node, 0),
            Node::Cast { arg, ty, implicit } => {
                if *implicit && !show {
                    self.expr(arg, false);
                } else {
                    match &**arg {
                        Node::Const(_, Some(t)) if t == ty => self.constant(arg, -1),
                        _ => {
                            self.buf.push('(');
                            self.expr(arg, false);
                            self.buf.push(')');
                        }
                    }
                    self.buf.push_str("::");
                    self.buf.push_str(ty);
                }
            }
            Node::Func { name, args, .. } => {
                self.buf.push_str(name);
                self.buf.push('(');
                self.list(args, true);
                self.buf.push(')');
            }
            Node::Special { name, args, .. } => {
                self.buf.push_str(name);
                self.buf.push('(');
                self.list(args, true);
                self.buf.push(')');
            }
            Node::Op {
                op, left, right, ..
            } => {
                self.buf.push('(');
                if let Some(l) = left {
                    self.expr(l, true);
                    self.buf.push(' ');
                }
                self.buf.push_str(op);
                self.buf.push(' ');
                self.expr(right, true);
                self.buf.push(')');
            }
            Node::And(args) | Node::Or(args) => {
                let sep = if matches!(node, Node::And(_)) {
                    " AND "
                } else {
                    " OR "
                };
                self.buf.push('(');
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        self.buf.push_str(sep);
                    }
                    self.expr(a, false);
                }
                self.buf.push(')');
            }
            Node::Not(a) => {
                self.buf.push_str("(NOT ");
                self.expr(a, false);
                self.buf.push(')');
            }
            Node::NullTest(a, not) => {
                self.buf.push('(');
                self.expr(a, true);
                self.buf
                    .push_str(if *not { " IS NOT NULL)" } else { " IS NULL)" });
            }
            Node::BoolTest(a, what) => {
                self.buf.push('(');
                self.expr(a, false);
                self.buf.push(' ');
                self.buf.push_str(what);
                self.buf.push(')');
            }
            Node::ScalarArrayOp {
                op,
                any,
                left,
                right,
            } => {
                self.buf.push('(');
                self.expr(left, true);
                self.buf
                    .push_str(&format!(" {op} {} (", if *any { "ANY" } else { "ALL" }));
                self.expr(right, true);
                self.buf.push_str("))");
            }
            Node::Array { elems, ty } => {
                self.buf.push_str("ARRAY[");
                self.list(elems, true);
                self.buf.push(']');
                if elems.is_empty() {
                    self.buf.push_str("::");
                    self.buf.push_str(ty);
                }
            }
            Node::Case { whens, default, .. } => {
                self.keyword("CASE", 0, PRETTYINDENT_VAR);
                for (w, r) in whens {
                    self.keyword("WHEN ", 0, 0);
                    self.expr(w, false);
                    self.buf.push_str(" THEN ");
                    self.expr(r, true);
                }
                self.keyword("ELSE ", 0, 0);
                self.expr(default, true);
                self.keyword("END", -PRETTYINDENT_VAR, 0);
            }
            Node::SqlValue(kw, _) => self.buf.push_str(kw),
            Node::AtTimeZone(x, zone) => {
                self.buf.push('(');
                self.expr(x, false);
                self.buf.push_str(" AT TIME ZONE ");
                self.expr(zone, false);
                self.buf.push(')');
            }
        }
    }

    /// `get_const_expr(constval, context, showtype)`.
    fn constant(&mut self, node: &Node, showtype: i32) {
        let Node::Const(lit, ty) = node else {
            unreachable!("constant() takes a Const")
        };
        let ty = ty.as_deref().unwrap_or("unknown");
        if *lit == Lit::Null {
            self.buf.push_str("NULL");
            if showtype >= 0 {
                self.buf.push_str("::");
                self.buf.push_str(ty);
            }
            return;
        }
        let text = match lit {
            Lit::Str(s) => s
                .replace("{prefix}.", &format!("{PREFIX}."))
                .replace("{prefix_text}.", &format!("{PREFIX}.")),
            Lit::Num(n) => n.clone(),
            Lit::Bool(b) => b.to_string(),
            Lit::Null => unreachable!(),
        };
        let mut needlabel = false;
        match ty {
            "integer" if text.parse::<i32>().is_ok() => {
                if text.starts_with('-') {
                    self.buf.push_str(&format!("'{text}'"));
                    needlabel = true;
                } else {
                    self.buf.push_str(&text);
                }
            }
            "numeric"
                if text.starts_with(|c: char| c.is_ascii_digit())
                    && text.contains(['.', 'e', 'E']) =>
            {
                self.buf.push_str(&text);
            }
            "boolean" if bool_text(&text).is_some() => {
                self.buf.push_str(bool_text(&text).unwrap_or_default())
            }
            _ => {
                self.buf.push('\'');
                self.buf.push_str(&text.replace('\'', "''"));
                self.buf.push('\'');
                needlabel = true;
            }
        }
        if showtype < 0 {
            return;
        }
        if ty == "unknown" || ty == "boolean" && bool_text(&text).is_some() {
            needlabel = false;
        } else if ty != "integer" && ty != "numeric" {
            needlabel = true;
        }
        if needlabel || showtype > 0 {
            self.buf.push_str("::");
            self.buf.push_str(ty);
        }
    }
}

/// A boolean literal's text (`boolin`'s spellings) as `boolout` prints it.
fn bool_text(s: &str) -> Option<&'static str> {
    match s.trim().to_lowercase().as_str() {
        "t" | "tr" | "tru" | "true" | "y" | "ye" | "yes" | "on" | "1" => Some("true"),
        "f" | "fa" | "fal" | "fals" | "false" | "n" | "no" | "of" | "off" | "0" => Some("false"),
        _ => None,
    }
}

/// `looks_like_function`: index keys that print without extra parentheses.
pub(crate) fn looks_like_function(node: &Node) -> bool {
    matches!(
        node,
        Node::Func { .. } | Node::Special { .. } | Node::SqlValue(..)
    )
}

/// `coerce_to_target_type` in assignment context (a column default): an error when
/// PostgreSQL has no assignment cast.
pub(crate) fn coerce_assignment(node: Node, target: &str) -> Result<Node, String> {
    if let Node::Array { elems, ty } = &node
        && elems.is_empty()
        && ty == "unknown[]"
    {
        return Err("cannot determine the type of an empty array".into());
    }
    let Some(src) = node.ty() else {
        return Ok(coerce(node, target, true));
    };
    let (s, t) = (strip_typmod(&src), strip_typmod(target));
    let ok = s == t
        || match (cat(&s), cat(&t)) {
            (Cat::Str, Cat::Str) | (Cat::Num(_), Cat::Num(_)) | (Cat::Time(_), Cat::Time(_)) => {
                true
            }
            (_, Cat::Str) => true, // I/O conversion casts to text are assignment casts
            _ => false,
        };
    if !ok {
        return Err(format!("no assignment cast from {src} to {target}"));
    }
    Ok(coerce(node, target, true))
}
