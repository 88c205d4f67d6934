//! The SQL every version renders, pinned: `pk plan` for the whole chain up (V00→V82) and down (as
//! far as each down can go) must equal the files in `tests/golden/`. A change to the renderer, a
//! composite's expansion or a version shows up as a diff of these files, reviewed like code.
//!
//! After a deliberate change, regenerate them and review the diff:
//!
//! ```sh
//! PK_BLESS=1 cargo test -p pk-tests --test golden
//! ```
//!
//! UUIDv7 literals (seed rows' keys, generated when the statement is rendered) are written as
//! `'<uuid v7>'::uuid`; everything else is byte for byte.

use std::path::PathBuf;

use pk_runtime::phoenix_kit::CHAIN;

/// (file, from, to): up from nothing, down from the latest to the irreversible V74 (where the
/// plan says the down is refused), and down from V73 to nothing.
const CASES: &[(&str, u32, u32)] = &[
    ("plan-up-00-82.sql", 0, 82),
    ("plan-down-82-00.sql", 82, 0),
    ("plan-down-73-00.sql", 73, 0),
];

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("golden")
}

/// Replaces every `'<uuid>'::uuid` whose uuid is version 7 by `'<uuid v7>'::uuid`.
fn mask_uuid_v7(text: &str) -> String {
    const LEN: usize = 36;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\'') {
        out.push_str(&rest[..at]);
        let candidate = &rest[at + 1..];
        let bytes = candidate.as_bytes();
        let is_v7 = bytes.len() >= LEN + 7
            && bytes[..LEN].iter().enumerate().all(|(i, &b)| {
                if matches!(i, 8 | 13 | 18 | 23) {
                    b == b'-'
                } else {
                    b.is_ascii_hexdigit()
                }
            })
            && &bytes[LEN..LEN + 7] == b"'::uuid"
            && bytes[14] == b'7';
        if is_v7 {
            out.push_str("'<uuid v7>'::uuid");
            rest = &candidate[LEN + "'::uuid".len()..];
        } else {
            out.push('\'');
            rest = candidate;
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn rendered_sql_equals_the_golden_files() {
    let bless = std::env::var_os("PK_BLESS").is_some();
    let mut stale = Vec::new();
    for &(file, from, to) in CASES {
        let plan = pk_runtime::plan::plan(&CHAIN, "public", from, to).expect("plan");
        let rendered = mask_uuid_v7(&plan);
        let path = golden_dir().join(file);
        if bless {
            std::fs::create_dir_all(golden_dir()).expect("create tests/golden");
            std::fs::write(&path, &rendered).expect("write golden file");
            continue;
        }
        let golden = std::fs::read_to_string(&path).unwrap_or_default();
        if golden != rendered {
            let line = golden
                .lines()
                .zip(rendered.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(golden.lines().count().min(rendered.lines().count()));
            stale.push(format!(
                "{file}: differs from line {}:\n  golden:   {}\n  rendered: {}",
                line + 1,
                golden.lines().nth(line).unwrap_or("<end of file>"),
                rendered.lines().nth(line).unwrap_or("<end of file>")
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "the rendered SQL changed; if that is intended, run `PK_BLESS=1 cargo test -p pk-tests --test golden` and review the diff:\n{}",
        stale.join("\n")
    );
}

#[test]
fn masking_touches_only_uuid_v7_literals() {
    let text = "VALUES ('01a2523b-e0e8-70fb-9995-9ef8e560dc84'::uuid, 'x', '01a2523b-e0e8-40fb-9995-9ef8e560dc84'::uuid)";
    assert_eq!(
        mask_uuid_v7(text),
        "VALUES ('<uuid v7>'::uuid, 'x', '01a2523b-e0e8-40fb-9995-9ef8e560dc84'::uuid)"
    );
}
