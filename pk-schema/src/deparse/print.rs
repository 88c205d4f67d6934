//! The printer: an imitation of ruleutils.c's `get_rule_expr` with `PRETTYFLAG_INDENT`, as
//! `pg_get_expr`, `pg_get_constraintdef` and `pg_get_indexdef` use it.

use super::ident::{PREFIX, quote_ident};
use super::node::{Lit, Node};

/// The printer: a buffer plus ruleutils' indentation level.
pub(crate) struct Printer {
    pub(crate) buf: String,
    indent: i32,
}

pub(super) const PRETTYINDENT_VAR: i32 = 4;

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
pub(super) fn bool_text(s: &str) -> Option<&'static str> {
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
