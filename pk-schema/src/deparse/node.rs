//! The type-resolved expression tree.

/// A resolved type: `None` is an untyped literal (`unknown`), `Some` a `format_type` string.
pub(super) type Ty = Option<String>;

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
    pub(super) fn ty(&self) -> Ty {
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

pub(super) fn base_of(t: &Ty) -> Ty {
    t.as_deref().map(strip_typmod)
}
