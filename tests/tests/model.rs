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
        if let Some(report) = difference(&expected, &rendered) {
            failures.push(format!("V{version:02}: {report}"));
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

/// The same for tenant prefixes, under the rules ARCHITECTURE.md states ("Every prefix works for
/// every version"): the expected schema of a tenant is the public reference except for the one
/// index PhoenixKit names after the prefix at V26. (The schema extensions live in is a property of
/// the database, not of the chain: the model shows them in `<prefix>` for every prefix, and
/// `pk verify` normalises a live database's qualification the same way.)
#[test]
fn the_model_of_a_tenant_is_the_reference_but_for_v26s_index_name() {
    const V26_INDEX: &str = "phoenix_kit_files_user_file_checksum_index";
    for prefix in ["tenant_a", "Tenant-B", "t\"q'uote"] {
        let derived = format!("{prefix}_{V26_INDEX}");
        let quoted = pk_runtime::schema::deparse::quote_ident_if_needed(&derived);
        let mut differences = 0;
        for version in 0..=CHAIN.latest() {
            let tenant = expected::schema_lines(&CHAIN, version, prefix).expect("tenant renders");
            // Put the index name back as the public reference has it, then restore the order.
            let mut mapped: Vec<String> = tenant
                .iter()
                .map(|line| {
                    if line.starts_with(&format!("index|phoenix_kit_files|{derived}|")) {
                        differences += 1;
                        line.replacen(&derived, &format!("public_{V26_INDEX}"), 1)
                            .replacen(
                                &format!("INDEX {}", snapshot_escaped(&quoted)),
                                &format!("INDEX public_{V26_INDEX}"),
                                1,
                            )
                    } else {
                        line.clone()
                    }
                })
                .collect();
            sort_index_lines(&mut mapped);
            if let Some(report) = difference(&schema_lines(&reference_snapshot(version)), &mapped) {
                panic!("{prefix} at V{version:02}, beyond V26's index name: {report}");
            }
        }
        // V26..=V82 each have the prefixed index, and no version before.
        assert_eq!(
            differences,
            CHAIN.latest() - 25,
            "{prefix}: versions with V26's index"
        );
    }
}

/// `text` escaped as the snapshot escapes normalized text.
fn snapshot_escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
}

/// Sorts the index lines by (table, name), byte-wise, as the snapshot query does.
fn sort_index_lines(lines: &mut [String]) {
    let Some(start) = lines.iter().position(|l| l.starts_with("index|")) else {
        return;
    };
    let len = lines[start..]
        .iter()
        .take_while(|l| l.starts_with("index|"))
        .count();
    lines[start..start + len].sort_by(|a, b| {
        let key = |l: &str| {
            l.split('|')
                .skip(1)
                .take(2)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        key(a).cmp(&key(b))
    });
}

/// `None` when the lines are equal; else how many are missing and unexpected, and the first few.
fn difference(expected: &[String], rendered: &[String]) -> Option<String> {
    if rendered == expected {
        return None;
    }
    let missing: Vec<&String> = expected.iter().filter(|l| !rendered.contains(l)).collect();
    let extra: Vec<&String> = rendered.iter().filter(|l| !expected.contains(l)).collect();
    let mut report = format!(
        "{} line(s) missing, {} unexpected{}",
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
    Some(report)
}
