//! The model is right: for every version of PhoenixKit's chain, the expected schema that
//! `pk_schema::expected` computes from the versions' operations (no database involved) equals the
//! schema lines of the reference snapshot PhoenixKit's own migrations left at that version, byte
//! for byte and in the snapshot's order (data rows aside). `pk verify`, `pk repair` and `pk plan`
//! use this expected schema, so this is what makes them right.

use pk_runtime::phoenix_kit::CHAIN;
use pk_runtime::schema::expected;
use pk_tests::reference_snapshot;

/// The reference snapshot's schema lines: everything but data rows.
fn schema_lines(snapshot: &str) -> Vec<String> {
    snapshot
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with("row|") && !l.starts_with("rows|"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_model_renders_every_reference_snapshot() {
    let mut failures = Vec::new();
    for version in 0..=CHAIN.latest() {
        let expected = schema_lines(&reference_snapshot(version));
        let rendered = match expected::schema_lines(&CHAIN, version, "public") {
            Ok(lines) => lines,
            Err(e) => {
                failures.push(format!("V{version:02}: cannot render: {e}"));
                continue;
            }
        };
        if rendered != expected {
            let missing: Vec<&String> = expected.iter().filter(|l| !rendered.contains(l)).collect();
            let extra: Vec<&String> = rendered.iter().filter(|l| !expected.contains(l)).collect();
            let mut report = format!(
                "V{version:02}: {} line(s) missing, {} unexpected{}",
                missing.len(),
                extra.len(),
                if missing.is_empty() && extra.is_empty() {
                    " (same lines, another order)"
                } else {
                    ""
                }
            );
            for line in missing.iter().take(8) {
                report.push_str(&format!("\n  - {line}"));
            }
            for line in extra.iter().take(8) {
                report.push_str(&format!("\n  + {line}"));
            }
            failures.push(report);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} versions differ from the reference:\n{}",
        failures.len(),
        CHAIN.latest() + 1,
        failures.join("\n")
    );
}
