//! Types: categories, implicit casts, `select_common_type`, coercions and operator resolution,
//! a small imitation of PostgreSQL's parse_coerce.c and parse_oper.c.

use super::ident::PREFIX;
use super::node::{Lit, Node, Ty, base_of, strip_typmod};

/// Type categories, enough for operator resolution and `select_common_type`.
#[derive(PartialEq, Clone, Copy)]
pub(super) enum Cat {
    Str,
    Num(u8),
    Bool,
    Time(u8),
    Other,
}

pub(super) fn cat(t: &str) -> Cat {
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

pub(super) fn preferred(t: &str) -> bool {
    matches!(
        t,
        "text" | "double precision" | "timestamp with time zone" | "boolean"
    )
}

/// Whether PostgreSQL has an implicit cast from `a` to `b` (within the categories above).
pub(super) fn implicit(a: &str, b: &str) -> bool {
    match (cat(a), cat(b)) {
        (Cat::Str, Cat::Str) => true,
        (Cat::Num(x), Cat::Num(y)) | (Cat::Time(x), Cat::Time(y)) => x < y,
        _ => a == b,
    }
}

/// `select_common_type`.
pub(super) fn common_type(types: &[Ty], what: &str) -> Result<String, String> {
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
pub(super) fn coerce(node: Node, target: &str, implicit: bool) -> Node {
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

/// Normalises a caller's canonical type (`{prefix}.x` → `<prefix>.x`).
pub(crate) fn normalize_type(t: &str) -> String {
    t.replace("{prefix}.", &format!("{PREFIX}."))
}

/// Operator resolution: the types the left and right operands are coerced to (None: as they
/// are) and the result type.
pub(super) fn resolve(op: &str, l: &Ty, r: &Ty) -> Result<(Ty, Ty, String), String> {
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
