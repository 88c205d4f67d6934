//! `pk plan`: the SQL an `up` or `down` would run, without a database. Statements that depend on
//! a catalog check are printed with the check named; so is a sub-chain (Oban), whose starting
//! point is only known at run time. Given what a down would destroy in a database
//! ([`crate::loss::count`]), the plan shows it above the statement that destroys it.

use std::fmt::Write as _;

use crate::Prefix;
use crate::error::Error;
use crate::loss::Loss;
use crate::op::{Chain, Direction};
use crate::sql::{self, Step};

/// The plan from version `from` to version `to` of `chain` in `prefix`: up when `to > from`,
/// down when `to < from`.
pub fn plan(chain: &'static Chain, prefix: &str, from: u32, to: u32) -> Result<String, Error> {
    plan_with_losses(chain, prefix, from, to, None)
}

/// [`plan`], with what the down destroys in a database (`losses`, as [`crate::loss::count`]
/// counted it for the same versions): a summary line at the top and, above each operation that
/// destroys data, one `-- would destroy: …` line per object.
pub fn plan_with_losses(
    chain: &'static Chain,
    prefix: &str,
    from: u32,
    to: u32,
    losses: Option<&[Loss]>,
) -> Result<String, Error> {
    let prefix = Prefix::new(prefix)?;
    let latest = chain.latest();
    for target in [from, to] {
        if target > latest {
            return Err(Error::TargetOutOfRange { target, latest });
        }
    }
    let mut out = String::new();
    let direction = if to >= from {
        Direction::Up
    } else {
        Direction::Down
    };
    let numbers: Vec<u32> = match direction {
        Direction::Up => (from + 1..=to).collect(),
        Direction::Down => (to + 1..=from).rev().collect(),
    };
    writeln!(
        out,
        "-- {} {} in {}: V{from:02} → V{to:02} ({} versions), each in its own transaction \
         with the prefix's advisory lock",
        chain.name,
        if direction == Direction::Up {
            "up"
        } else {
            "down"
        },
        prefix,
        numbers.len()
    )
    .unwrap();
    match losses {
        Some([]) => writeln!(
            out,
            "-- counted in the database: this down destroys no data"
        )
        .unwrap(),
        Some(losses) => writeln!(
            out,
            "-- counted in the database: this down destroys data in {}; `down` refuses it \
             without --allow-data-loss",
            crate::plural(losses.len(), "object")
        )
        .unwrap(),
        None => {}
    }
    for number in numbers {
        let version = chain.version(number).expect("checked against latest");
        let ops = match chain.ops(version, direction) {
            Ok(ops) => ops,
            Err(reason) => {
                writeln!(
                    out,
                    "\n-- V{number:02} {}: IRREVERSIBLE ({reason}); a down through it is refused \
                     before any statement runs",
                    version.title
                )
                .unwrap();
                break;
            }
        };
        writeln!(out, "\n-- V{number:02} {}\nBEGIN;", version.title).unwrap();
        for rendered in sql::render_ops(&ops, &prefix) {
            let indices = rendered.first..rendered.first + rendered.ops.len();
            for loss in losses
                .unwrap_or_default()
                .iter()
                .filter(|l| l.version == number && indices.contains(&l.step))
            {
                writeln!(out, "-- would destroy: {loss}").unwrap();
            }
            for step in &rendered.steps {
                write_step(&mut out, step, &prefix, "");
            }
        }
        let marker = match direction {
            Direction::Up => Some(number),
            Direction::Down => (number > 1).then(|| number - 1),
        };
        if let Some(marker) = marker {
            writeln!(
                out,
                "{};",
                sql::marker(chain.tracking_table, &prefix, marker)
            )
            .unwrap();
        }
        writeln!(out, "COMMIT;").unwrap();
    }
    Ok(out)
}

fn write_step(out: &mut String, step: &Step, prefix: &Prefix, indent: &str) {
    match step {
        Step::Statement { guard: None, sql } => writeln!(out, "{indent}{sql};").unwrap(),
        Step::Statement {
            guard: Some(guard),
            sql,
        } => writeln!(out, "{indent}-- {}\n{indent}{sql};", guard.describe()).unwrap(),
        Step::Block { guard, steps } => {
            writeln!(out, "{indent}-- {}:", guard.describe()).unwrap();
            let inner = format!("{indent}    ");
            for step in steps {
                write_step(out, step, prefix, &inner);
            }
        }
        Step::Alter { head, parts } => {
            writeln!(
                out,
                "{indent}-- each part only if its guard holds:\n{indent}{head}"
            )
            .unwrap();
            for (index, (guard, part)) in parts.iter().enumerate() {
                let end = if index + 1 == parts.len() { ";" } else { "," };
                writeln!(
                    out,
                    "{indent}    -- {}\n{indent}    {part}{end}",
                    guard.describe()
                )
                .unwrap();
            }
        }
        Step::Repeat { sql } => writeln!(
            out,
            "{indent}-- repeated until it changes no row\n{indent}{sql};"
        )
        .unwrap(),
        Step::Call(call) => writeln!(
            out,
            "{indent}-- data step written in Rust: {} (reads the rows, then writes them)",
            call.name
        )
        .unwrap(),
        Step::Chain { chain, to } => {
            writeln!(
                out,
                "{indent}-- {} migrations from the version recorded on {}.{} to V{to:02} \
                 (each version only if not applied yet):",
                chain.name, prefix, chain.tracking_table
            )
            .unwrap();
            let inner = format!("{indent}    ");
            if *to == 0 {
                writeln!(
                    out,
                    "{inner}-- the downs of every applied version, newest first"
                )
                .unwrap();
                return;
            }
            for number in 1..=*to {
                let Some(version) = chain.version(number) else {
                    break;
                };
                if version.title.starts_with(chain.name) {
                    writeln!(out, "{inner}-- {}", version.title).unwrap();
                } else {
                    writeln!(
                        out,
                        "{inner}-- {} V{number:02} {}",
                        chain.name, version.title
                    )
                    .unwrap();
                }
                for rendered in sql::render_ops(version.up, prefix) {
                    for step in &rendered.steps {
                        write_step(out, step, prefix, &inner);
                    }
                }
                writeln!(
                    out,
                    "{inner}{};",
                    sql::marker(chain.tracking_table, prefix, number)
                )
                .unwrap();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::op::Down;
    use crate::phoenix_kit::CHAIN;

    #[test]
    fn an_up_plan_names_versions_guards_and_markers() {
        let plan = plan(&CHAIN, "public", 0, 3).expect("plan");
        assert!(plan.contains("-- V01 Initial setup\nBEGIN;"), "{plan}");
        assert!(plan.contains("-- if the schema does not exist\nCREATE SCHEMA \"public\";"));
        assert!(plan.contains("COMMENT ON TABLE \"public\".\"phoenix_kit\" IS '3';"));
        assert!(!plan.contains("-- V04"));
    }

    #[test]
    fn a_down_plan_stops_at_an_irreversible_version() {
        let latest = CHAIN.latest();
        let plan = plan(&CHAIN, "public", latest, 0).expect("plan");
        if let Some(v) = (1..=latest)
            .rev()
            .find(|&n| matches!(CHAIN.version(n).unwrap().down, Down::Irreversible(_)))
        {
            assert!(plan.contains(&format!("-- V{v:02} ")), "{plan}");
            assert!(plan.contains("IRREVERSIBLE"));
            assert!(!plan.contains(&format!("-- V{:02} ", v - 1)));
        }
    }

    #[test]
    fn out_of_range_and_bad_prefixes_are_refused() {
        assert!(plan(&CHAIN, "public", 0, CHAIN.latest() + 1).is_err());
        assert!(plan(&CHAIN, "pg_catalog", 0, 1).is_err());
    }
}
