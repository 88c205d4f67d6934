//! Scaffolding a chain's next version: how version files are named and what a new one holds.
//! `chain!` registers the `vNN.rs` files of a directory; `pk new "Title"` (an application's
//! migrate binary) and `cargo xtask new-version` write the next one with [`write_next`].

use std::fs;
use std::io;
use std::path::Path;

/// The file name of version `number` (`v01.rs`, `v82.rs`, `v100.rs`), as `chain!` and the
/// macro's lookup of earlier versions expect it.
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

/// The scaffold of version `number`: a `version!` block with no operations. `macro_path` is how
/// the chain's crate names the macro (`pk_runtime::version!` in an application,
/// `pk_macros::version!` in a crate that depends on the macro crate directly).
pub fn render(number: u32, title: &str, macro_path: &str) -> String {
    let previous = number.saturating_sub(1);
    let checked_against = if previous == 0 {
        "an empty schema".to_owned()
    } else {
        format!("the schema versions 1..={previous} build")
    };
    format!(
        r#"{macro_path} {{
    number = {number};
    title = {title};

    // Operations go here, one per line, each ending in `;`, for example:
    //     add_column!(widgets, nickname: varchar(50));
    //     create_index!(widgets, [nickname]);
    // Each is checked at compile time against {checked_against}, and its
    // inverse is derived for the down. `update!`, `delete!`, `sql!`, `call!` and `drop_table!`
    // have none: follow them with `reverse {{ … }}`, or declare `irreversible = "why";` above.
    // The `version!` documentation lists every operation.
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

/// How the version file at `path` names the macro (`pk_runtime::version!`): the first line that
/// ends in `version! {`, if any.
pub fn macro_path_in(path: &Path) -> Option<String> {
    let text = fs::read_to_string(path).ok()?;
    text.lines()
        .map(str::trim)
        .find_map(|line| line.strip_suffix(" {").filter(|m| m.ends_with("version!")))
        .map(str::to_owned)
}

/// Writes the scaffold of the next version (the highest `vNN.rs` in `dir` + 1) into `dir` and
/// returns its path. The macro is named as the chain's latest version names it, else as
/// `default_macro_path`. Errors are one line, meant for the user: an empty title, a gap in the
/// chain, a file that exists.
pub fn write_next(
    dir: &Path,
    title: &str,
    default_macro_path: &str,
) -> Result<std::path::PathBuf, String> {
    use std::io::Write as _;
    if title.trim().is_empty() {
        return Err("the title is empty; say what the version does".into());
    }
    let numbers =
        version_numbers(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let highest = numbers.last().copied().unwrap_or(0);
    if let Some(missing) = (1..=highest).find(|n| numbers.binary_search(n).is_err()) {
        return Err(format!(
            "versions are not contiguous: {} is missing; fix that before adding a version",
            dir.join(file_name(missing)).display()
        ));
    }
    let macro_path = (highest > 0)
        .then(|| macro_path_in(&dir.join(file_name(highest))))
        .flatten()
        .unwrap_or_else(|| default_macro_path.to_owned());
    let number = highest + 1;
    let path = dir.join(file_name(number));
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| match e.kind() {
            io::ErrorKind::AlreadyExists => format!("{} already exists", path.display()),
            _ => format!("cannot create {}: {e}", path.display()),
        })?;
    file.write_all(render(number, title, &macro_path).as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_round_trip() {
        assert_eq!(file_name(1), "v01.rs");
        assert_eq!(file_name(11), "v11.rs");
        assert_eq!(file_name(100), "v100.rs");
        for n in [1, 9, 10, 11, 82, 100] {
            assert_eq!(parse_file_name(&file_name(n)), Some(n));
        }
        for other in ["v.rs", "v+1.rs", "v01.rs.bak", "x01.rs", "v0a.rs", "mod.rs"] {
            assert_eq!(parse_file_name(other), None, "{other}");
        }
    }

    #[test]
    fn titles_are_escaped() {
        assert_eq!(string_literal("Plain"), r#""Plain""#);
        assert_eq!(
            string_literal("say \"hi\" \\ now\n\u{7}é"),
            r#""say \"hi\" \\ now\n\u{7}é""#
        );
    }

    #[test]
    fn render_declares_number_and_title() {
        let text = render(11, "A \"quoted\" title", "pk_runtime::version!");
        assert!(text.starts_with("pk_runtime::version! {\n"));
        assert!(text.contains("    number = 11;\n"));
        assert!(text.contains("    title = \"A \\\"quoted\\\" title\";\n"));
        assert!(text.contains("versions 1..=10"));
        assert!(text.ends_with("}\n"));
    }

    fn scratch(name: &str, files: &[&str]) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("pk-scaffold-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        for file in files {
            fs::write(dir.join(file), "").unwrap();
        }
        dir
    }

    #[test]
    fn write_next_writes_the_next_version() {
        let dir = scratch("next", &["v01.rs", "v02.rs", "notes.md"]);
        let path = write_next(&dir, "Third", "pk_runtime::version!").unwrap();
        assert_eq!(path, dir.join("v03.rs"));
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            render(3, "Third", "pk_runtime::version!")
        );
        // The next one names the macro as the latest version does.
        let again = write_next(&dir, "Again", "other::version!").unwrap();
        assert!(again.ends_with("v04.rs"));
        assert_eq!(
            macro_path_in(&again).as_deref(),
            Some("pk_runtime::version!")
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn write_next_refuses_bad_input() {
        let dir = scratch("refuse", &["v01.rs", "v03.rs"]);
        let empty = write_next(&dir, "  ", "m!").unwrap_err();
        assert!(empty.contains("title is empty"), "{empty}");
        let gap = write_next(&dir, "Next", "m!").unwrap_err();
        assert!(gap.contains("v02.rs is missing"), "{gap}");
        for e in [empty, gap] {
            assert!(!e.contains('\n'), "{e}");
        }
        fs::remove_dir_all(&dir).unwrap();
    }
}
