//! What the tests share: a base schema (version 1), and versions 2 checked against it.

use pk_schema::{self as ir, Model};

use crate::ast::{OpDef, VersionDef};
use crate::valid::{self, Checked};

const BASE: &str = r#"
    create_schema!();
    create_table!(users, {
        email: text not_null,
        name: varchar(255),
        timestamps(timestamptz(0)),
    });
    create_table!(posts, {
        user_id: bigint not_null references(users, on_delete = cascade),
        title: text,
        unique(posts_title_uniq, [title]),
    });
    create_index!(posts, [user_id]);
    create_enum!(mood, ["happy", "sad"]);
    create_function!(uuid_generate_v7, "()", returns = "uuid", language = plpgsql,
        body = "BEGIN RETURN gen_random_uuid(); END");
"#;

pub(super) fn version(number: u32, ops: &str) -> VersionDef {
    syn::parse_str(&format!("number = {number}; title = \"test\"; {ops}"))
        .unwrap_or_else(|e| panic!("does not parse: {e}\n{ops}"))
}

pub(super) fn op(text: &str) -> OpDef {
    syn::parse_str(text).unwrap_or_else(|e| panic!("does not parse: {e}\n{text}"))
}

/// The parse error of one operation.
pub(super) fn parse_error(text: &str) -> String {
    match syn::parse_str::<OpDef>(text) {
        Ok(_) => panic!("parses: {text}"),
        Err(e) => e.to_string(),
    }
}

/// The model after BASE (version 1).
pub(super) fn base() -> Model {
    let mut model = Model::default();
    if let Err(e) = valid::process(&version(1, BASE), 1, &mut model) {
        panic!("BASE is rejected: {e}");
    }
    model
}

/// Version 2 with these operations, checked against BASE.
pub(super) fn check(ops: &str) -> syn::Result<Checked> {
    valid::process(&version(2, ops), 2, &mut base())
}

pub(super) fn accepted(ops: &str) -> Checked {
    check(ops).unwrap_or_else(|e| panic!("rejected: {e}\n{ops}"))
}

/// Every message of the errors a version is rejected with, in order.
pub(super) fn rejected(ops: &str) -> Vec<String> {
    match check(ops) {
        Ok(_) => panic!("accepted: {ops}"),
        Err(e) => e.into_iter().map(|e| e.to_string()).collect(),
    }
}

/// The message of the error a one-line version 2 is rejected with, and the text from where it
/// points on.
pub(super) fn rejected_at(ops: &str) -> (String, String) {
    let e = check(ops).err().expect("rejected");
    let start = e.span().start();
    let text = format!("number = 2; title = \"test\"; {ops}");
    assert_eq!(start.line, 1);
    (e.to_string(), text[start.column..].to_owned())
}

pub(super) fn column(
    name: &str,
    ty: &str,
    canonical: &str,
    not_null: bool,
    default: Option<&str>,
) -> ir::Column {
    ir::Column {
        name: name.to_owned().into(),
        ty: ty.to_owned().into(),
        canonical: canonical.to_owned().into(),
        not_null,
        default: default.map(|d| d.to_owned().into()),
    }
}
