//! `pk verify`: the live schema of a prefix against the schema its recorded version should have
//! (computed from the chain's model, data rows left out), differences grouped by object.

use std::collections::{BTreeMap, BTreeSet};

use sqlx::PgConnection;

use crate::Chain;
use crate::engine::Migrator;
use crate::error::Error;
use crate::snapshot;

/// The schema lines `chain` leaves at `version` (in prefix `public`), computed from the model of
/// its versions (`pk_schema::expected`).
pub fn expected_schema(chain: &Chain, version: u32) -> Result<BTreeSet<String>, Error> {
    expected_schema_on(chain, version, chain.base.map(|b| b.version))
}

/// [`expected_schema`] with the chain's base at `base_version` (the base's installed version).
pub fn expected_schema_on(
    chain: &Chain,
    version: u32,
    base_version: Option<u32>,
) -> Result<BTreeSet<String>, Error> {
    let model = pk_schema::expected::model_on(chain, version, base_version);
    let lines = pk_schema::expected::render(&model, "public").map_err(|e| Error::Model {
        chain: chain.name,
        version,
        message: e.to_string(),
    })?;
    Ok(lines.into_iter().collect())
}

/// What `verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The chain's name (`PhoenixKit`).
    pub chain: &'static str,
    /// The prefix compared.
    pub prefix: String,
    /// Its recorded version, whose expected schema it was compared with.
    pub version: u32,
    /// Expected lines that the live schema lacks, by object.
    pub missing: BTreeMap<String, Vec<String>>,
    /// Live lines the expected schema does not have, by object.
    pub unexpected: BTreeMap<String, Vec<String>>,
}

impl Report {
    /// Whether the live schema is the expected one.
    pub fn is_clean(&self) -> bool {
        self.missing.is_empty() && self.unexpected.is_empty()
    }

    /// The differences for people: one block per object, `-` expected but missing, `+` present
    /// but not expected.
    pub fn render(&self) -> String {
        if self.is_clean() {
            return format!(
                "{}: the schema matches {} V{:02}\n",
                self.prefix, self.chain, self.version
            );
        }
        let objects: BTreeSet<&String> =
            self.missing.keys().chain(self.unexpected.keys()).collect();
        let mut out = format!(
            "{}: the schema differs from {} V{:02} in {} \
             (- expected but missing, + present but not expected)\n",
            self.prefix,
            self.chain,
            self.version,
            crate::plural(objects.len(), "object")
        );
        for object in objects {
            out.push_str(object);
            out.push('\n');
            for line in self.missing.get(object).into_iter().flatten() {
                out.push_str(&format!("  - {line}\n"));
            }
            for line in self.unexpected.get(object).into_iter().flatten() {
                out.push_str(&format!("  + {line}\n"));
            }
        }
        out
    }
}

/// The object a snapshot line describes: `table phoenix_kit_users` for its columns, indexes,
/// constraints, triggers and comments; the kind and name for the others.
fn object_of(line: &str) -> String {
    let fields: Vec<&str> = line.split('|').collect();
    let name = fields.get(1).copied().unwrap_or_default();
    match fields[0] {
        "table" | "column" | "column_order" | "constraint" | "index" | "trigger" | "policy" => {
            format!("table {name}")
        }
        "comment" => {
            let target = fields.get(2).copied().unwrap_or_default();
            match name {
                "relation" => format!("table {target}"),
                "column" => format!("table {}", target.split('.').next().unwrap_or(target)),
                _ => format!("{name} {target}"),
            }
        }
        "function_def" => format!("function {name}"),
        kind => format!("{kind} {name}"),
    }
}

/// A schema line with what legitimately depends on the prefix taken out (DESIGN §3): the schema
/// database-wide extensions live in (and so the qualification of `citext` columns), and the
/// index V26 names after the prefix.
fn normalize(line: &str, prefix: &str) -> String {
    if let Some(rest) = line.strip_prefix("extension|") {
        return format!("extension|{}", rest.split('|').next().unwrap_or(rest));
    }
    let mut line = line.to_owned();
    for schema in ["public.", "<prefix>."] {
        line = line.replace(&format!("{schema}citext"), "citext");
    }
    line.replace(
        &format!("{prefix}_phoenix_kit_files_user_file_checksum_index"),
        "<prefix>_phoenix_kit_files_user_file_checksum_index",
    )
}

/// Column lines without their position, plus one `column_order|table|a,b,…` line per table: a
/// dropped column then shows as itself and one order line, not as every later column moving.
fn split_column_order(lines: BTreeSet<String>) -> BTreeSet<String> {
    let mut order: BTreeMap<String, Vec<(u32, String)>> = BTreeMap::new();
    let mut out = BTreeSet::new();
    for line in lines {
        let fields: Vec<&str> = line.split('|').collect();
        if fields[0] == "column" && fields.len() > 4 {
            let position = fields[2].parse().unwrap_or(0);
            order
                .entry(fields[1].to_owned())
                .or_default()
                .push((position, fields[3].to_owned()));
            let mut rest = fields.clone();
            rest.remove(2);
            out.insert(rest.join("|"));
        } else {
            out.insert(line);
        }
    }
    for (table, mut columns) in order {
        columns.sort();
        let names: Vec<String> = columns.into_iter().map(|(_, name)| name).collect();
        out.insert(format!("column_order|{table}|{}", names.join(",")));
    }
    out
}

/// Compares the live schema of the migrator's prefix with the expected schema of its recorded
/// version.
pub async fn verify(migrator: &Migrator, conn: &mut PgConnection) -> Result<Report, Error> {
    let prefix = migrator.prefix().as_str().to_owned();
    let version = migrator.current_version(conn).await?;
    let chain = migrator.chain();
    if version > chain.latest() {
        return Err(Error::TargetOutOfRange {
            target: version,
            latest: chain.latest(),
        });
    }
    let base_version = match chain.base {
        Some(base) => Some(
            crate::txn::Target {
                chain: base.chain,
                ..migrator.target()
            }
            .current_version(conn)
            .await?,
        ),
        None => None,
    };
    let expected = expected_schema_on(chain, version, base_version)?;
    let live = snapshot::snapshot(conn, &prefix)
        .await
        .map_err(|source| Error::Snapshot {
            prefix: prefix.clone(),
            source,
        })?;
    let expected = split_column_order(expected.iter().map(|l| normalize(l, "public")).collect());
    let live = split_column_order(
        live.lines()
            .filter(|l| !l.is_empty() && !l.starts_with("row|") && !l.starts_with("rows|"))
            .map(|l| normalize(l, &prefix))
            .collect(),
    );
    let mut report = Report {
        chain: chain.name,
        prefix,
        version,
        missing: BTreeMap::new(),
        unexpected: BTreeMap::new(),
    };
    for line in expected.difference(&live) {
        report
            .missing
            .entry(object_of(line))
            .or_default()
            .push(line.clone());
    }
    for line in live.difference(&expected) {
        report
            .unexpected
            .entry(object_of(line))
            .or_default()
            .push(line.clone());
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_schemas_come_from_the_model() {
        let chain = &crate::phoenix_kit::CHAIN;
        let v0 = expected_schema(chain, 0).expect("v00");
        assert_eq!(
            v0.into_iter().collect::<Vec<_>>(),
            ["schema|<prefix>|exists", "snapshot_format|1"]
        );
        let v1 = expected_schema(chain, 1).expect("v01");
        assert!(v1.iter().any(|l| l.starts_with("table|phoenix_kit_users|")));
        assert!(v1.contains("comment|relation|phoenix_kit|r|1"));
        let v2 = expected_schema(chain, 2).expect("v02");
        assert!(!v2.contains("comment|relation|phoenix_kit|r|1"));
        assert!(v2.contains("comment|relation|phoenix_kit|r|2"));
    }

    #[test]
    fn lines_group_by_table() {
        assert_eq!(
            object_of("column|phoenix_kit_users|2|email|citext|not null|default="),
            "table phoenix_kit_users"
        );
        assert_eq!(
            object_of("comment|column|phoenix_kit_settings.value|x"),
            "table phoenix_kit_settings"
        );
        assert_eq!(
            object_of("sequence|phoenix_kit_id_seq|integer"),
            "sequence phoenix_kit_id_seq"
        );
    }
}
