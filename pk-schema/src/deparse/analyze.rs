//! Parse analysis: a raw tree to a typed one (operator and function resolution, implicit
//! coercions, IN lists, BETWEEN), as PostgreSQL's parse_expr.c does it.

use super::ident::{PREFIX, quote_ident};
use super::node::{Lit, Node, Ty};
use super::node::{base_of, strip_typmod};
use super::parse::Raw;
use super::types::*;

/// The analysis context: how to type a column name.
pub(crate) struct Ctx<'a> {
    pub(crate) columns: &'a dyn Fn(&str) -> Option<String>,
}

/// Known functions: (name, argument types, result type). `None` argument list: any.
pub(super) const FUNCS: &[(&str, &[&str], &str)] = &[
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
pub(super) const PREFIX_FUNCS: &[(&str, &str)] = &[
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
