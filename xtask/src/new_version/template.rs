//! What a version file is named and what the scaffold of a new one holds.
//!
//! std-only and self-contained, with no tests of its own (they are in `super`): the scaffold test
//! in `tests/tests/scaffold.rs` includes this file with `#[path]` to compile what [`render`]
//! produces against PhoenixKit's real chain.

use std::fs;
use std::io;
use std::path::Path;

/// The file name of a version, as `pk-runtime/build.rs` and the macro's chain lookup expect it.
pub fn file_name(number: u32) -> String {
    format!("v{number:02}.rs")
}

/// The number of a `vNN.rs` file name (NN only digits), or `None` for any other file.
pub fn parse_file_name(name: &str) -> Option<u32> {
    let digits = name.strip_prefix('v')?.strip_suffix(".rs")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The numbers of the `vNN.rs` files in `dir`, sorted.
pub fn version_numbers(dir: &Path) -> io::Result<Vec<u32>> {
    let mut numbers = Vec::new();
    for entry in fs::read_dir(dir)? {
        if let Some(number) = entry?.file_name().to_str().and_then(parse_file_name) {
            numbers.push(number);
        }
    }
    numbers.sort_unstable();
    Ok(numbers)
}

/// The scaffold of version `number`: a `version!` block with no operations.
pub fn render(number: u32, title: &str) -> String {
    let previous = number.saturating_sub(1);
    let checked_against = if previous == 0 {
        "an empty schema".to_owned()
    } else {
        format!("the schema versions 1..={previous} build")
    };
    format!(
        r#"pk_runtime::version! {{
    number = {number};
    title = {title};

    // Operations go here, one per line, each ending in `;`, for example:
    //     add_column!(phoenix_kit_users, nickname: varchar(50));
    //     create_index!(phoenix_kit_users, [nickname]);
    // Each is checked at compile time against {checked_against}, and its
    // inverse is derived for the down. `update!`, `delete!`, `sql!`, `call!` and `drop_table!`
    // have none: follow them with `reverse {{ … }}`, or declare `irreversible = "why";` above.
    // The earlier versions/vNN.rs files show every operation.
}}
"#,
        title = string_literal(title),
    )
}

/// `s` as a Rust string literal.
pub fn string_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
