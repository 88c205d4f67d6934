//! The reference of the DSL, the documentation of `version!` (DSL.md), against the tables it
//! documents: every operation of the table of operations in its family's section and no other
//! operation, every column type, the header keys, conditions, values and placeholders.

use crate::ast::{TypeDef, ops};

/// The documentation of `version!`: `DSL.md`, which lib.rs includes as its doc.
fn version_docs() -> String {
    let lib = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs"));
    assert!(
        lib.contains("#[doc = include_str!(\"DSL.md\")]\n#[proc_macro]\npub fn version("),
        "version! no longer takes its documentation from DSL.md"
    );
    let docs = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/DSL.md"));
    assert!(
        docs.lines().count() > 100,
        "the documentation of version! is missing"
    );
    docs.to_owned()
}

/// The text of the section under `heading` (`## Tables`), up to the next heading (code blocks
/// skipped: their `# ` lines are hidden code, not headings).
fn section(docs: &str, heading: &str) -> String {
    let mut lines = docs.lines().skip_while(|line| *line != heading);
    assert!(lines.next().is_some(), "no section `{heading}`");
    let mut in_code = false;
    let mut text = String::new();
    for line in lines {
        if line.starts_with("```") {
            in_code = !in_code;
        } else if !in_code && (line.starts_with("# ") || line.starts_with("## ")) {
            break;
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

#[test]
fn every_operation_is_documented_in_its_family_section() {
    let docs = version_docs();
    for op in ops::OPS {
        let family = format!("{:?}", op.family);
        assert!(
            section(&docs, &format!("## {family}")).contains(&format!("`{}!(", op.name)),
            "`{}!` is not listed in the section `## {family}` of version!'s documentation",
            op.name
        );
    }
}

#[test]
fn the_documentation_names_no_operation_the_table_lacks() {
    let docs = version_docs();
    // Rust's own macros in the examples, and `op!(…)` standing for any operation.
    let others = ["assert", "assert_eq", "matches", "panic", "format", "op"];
    for (at, _) in docs.match_indices("!(") {
        let name: String = docs[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert!(
            ops::OPS.iter().any(|op| op.name == name) || others.contains(&name.as_str()),
            "version!'s documentation names `{name}!`, which is not an operation"
        );
    }
}

#[test]
fn every_column_type_is_documented() {
    let docs = section(&version_docs(), "# Column types");
    // The "unknown column type" error lists the table of types: `bigserial, …, named(TYPE_IN_PREFIX)`.
    let error = match syn::parse_str::<TypeDef>("no_such_type") {
        Ok(_) => panic!("an unknown type parses"),
        Err(e) => e.to_string(),
    };
    let list = error
        .split_once("expected one of ")
        .expect("the error lists the types")
        .1;
    let mut names = 0;
    for shown in split_top_level(list) {
        names += 1;
        assert!(
            docs.contains(&format!("`{shown}`")),
            "column type `{shown}` is not in the section `# Column types` of version!'s documentation"
        );
    }
    assert_eq!(names, 25, "the types in: {list}");
}

/// `a, b(N), c[(P[, S])]` split at the commas outside brackets.
fn split_top_level(list: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (at, c) in list.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(list[start..at].trim());
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(list[start..].trim());
    parts
}

#[test]
fn the_header_conditions_values_and_placeholders_are_documented() {
    let docs = version_docs();
    for needed in [
        "`number = N;`",
        "`title = \"…\";`",
        "`chain = \"dir\";`",
        "`irreversible = \"why\";`",
        "`builds_on = phoenix_kit(N);`",
        "reverse { … }",
        "table_exists(t)",
        "column_exists(t.c)",
        "column_missing(t.c)",
        "`now()`",
        "`uuid_v7()`",
        "`sql(\"expr\")`",
        "`null`",
        "`{prefix}`",
        "`{prefix_literal}`",
        "`{prefix_text}`",
    ] {
        assert!(
            docs.contains(needed),
            "`{needed}` is not in version!'s documentation"
        );
    }
}
