//! `pk repair`: brings a prefix's schema towards the expected schema of its recorded version,
//! additively. It creates missing indexes and constraints (foreign keys and CHECKs added
//! `NOT VALID`, then validated in a second transaction), sets `NOT NULL` where no row holds a
//! NULL, fills missing defaults and comments. It never drops, renames, retypes or reorders
//! anything: every other difference is listed with the reason it is left alone.
//!
//! The plan is computed from [`crate::verify`]'s comparison, so once a repair has run, planning
//! again finds nothing to do: what is left are the differences it explains.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::time::Duration;

use sqlx::PgConnection;

use crate::engine::Migrator;
use crate::error::{Error, describe_sqlx};
use crate::txn::Locked;
use crate::verify;

mod planner;

use planner::{Planner, needs_missing_column};

/// One additive change, in the order it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// The object it repairs, as `verify` groups it (`table phoenix_kit_users`).
    pub object: String,
    /// What it does, for people: `add foreign key fk_posts_user_uuid (NOT VALID, then validated)`.
    pub summary: String,
    /// The statements, each in its own transaction, in order.
    pub statements: Vec<String>,
}

/// A difference repair leaves alone, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftAlone {
    /// The object the difference is about (`table phoenix_kit_users`).
    pub object: String,
    /// `-` lines expected but missing, `+` lines present but not expected.
    pub lines: Vec<String>,
    /// Why repair does not touch it.
    pub reason: String,
}

/// What a repair would do on a prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// The chain's name (`PhoenixKit`).
    pub chain: &'static str,
    /// The prefix it was planned for.
    pub prefix: String,
    /// The recorded version whose expected schema it repairs towards.
    pub version: u32,
    /// The repairs, in the order they run.
    pub actions: Vec<Action>,
    /// The differences it leaves alone.
    pub left_alone: Vec<LeftAlone>,
}

impl Plan {
    /// The plan for people: the actions with their SQL, then each difference left alone.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if self.actions.is_empty() {
            out.push_str(&format!(
                "{}: nothing to repair ({} V{:02})\n",
                self.prefix, self.chain, self.version
            ));
        } else {
            out.push_str(&format!(
                "{}: {} towards {} V{:02}\n",
                self.prefix,
                crate::plural(self.actions.len(), "repair"),
                self.chain,
                self.version
            ));
            for action in &self.actions {
                out.push_str(&format!("{}: {}\n", action.object, action.summary));
                for statement in &action.statements {
                    out.push_str(&format!("  {statement};\n"));
                }
            }
        }
        out.push_str(&self.render_left_alone());
        out
    }

    /// The differences left alone, one block each; empty when there are none.
    pub fn render_left_alone(&self) -> String {
        if self.left_alone.is_empty() {
            return String::new();
        }
        let mut out = format!(
            "left alone ({}; repair never drops, rewrites or reorders):\n",
            crate::plural(self.left_alone.len(), "difference")
        );
        for item in &self.left_alone {
            out.push_str(&format!("{}: {}\n", item.object, item.reason));
            for line in &item.lines {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out
    }
}

/// What running a plan did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Actions whose statements all committed.
    pub done: Vec<Action>,
    /// Actions that failed, with PostgreSQL's message. A foreign key or CHECK whose validation
    /// failed stays `NOT VALID` (enforced for new rows); a later repair validates it.
    pub failed: Vec<(Action, String)>,
}

/// Progress of [`run`], one call per action.
#[derive(Debug)]
pub enum Event<'a> {
    /// An action starts.
    Started {
        /// The action.
        action: &'a Action,
        /// Its position, from 1.
        index: usize,
        /// How many actions the plan has.
        count: usize,
    },
    /// One of its statements ran.
    Statement {
        /// The statement.
        sql: &'a str,
        /// How long it took.
        elapsed: Duration,
    },
    /// The action ended.
    Finished {
        /// The action.
        action: &'a Action,
        /// `Err` with PostgreSQL's message when it failed.
        result: Result<(), &'a str>,
    },
}

/// The key that pairs an expected line with a live one describing the same object, and the
/// line's fields.
fn key_of(line: &str) -> (String, Vec<&str>) {
    let fields: Vec<&str> = line.split('|').collect();
    let key = match fields[0] {
        // column|table|name|… (position already split off), constraint|table|name|…,
        // index|table|name|…, trigger|table|name|…
        "column" | "constraint" | "index" | "trigger" | "policy" => {
            fields[..3.min(fields.len())].join("|")
        }
        // comment|kind|object|text
        "comment" => fields[..3.min(fields.len())].join("|"),
        _ => fields[..2.min(fields.len())].join("|"),
    };
    (key, fields)
}

/// Plans a repair of the migrator's prefix: compares it with the expected schema of its version
/// and reads the data where an action depends on it (NULLs in a column to be made NOT NULL).
pub async fn plan(migrator: &Migrator, conn: &mut PgConnection) -> Result<Plan, Error> {
    let report = verify::verify(migrator, conn).await?;
    let prefix = migrator.prefix().clone();
    let mut missing: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut unexpected: BTreeMap<String, (String, String)> = BTreeMap::new();
    for (object, lines) in &report.missing {
        for line in lines {
            missing.insert(key_of(line).0, (object.clone(), line.clone()));
        }
    }
    for (object, lines) in &report.unexpected {
        for line in lines {
            unexpected.insert(key_of(line).0, (object.clone(), line.clone()));
        }
    }
    // Unique, primary-key and exclusion constraints bring their index: their index lines are
    // repaired by adding the constraint.
    let constraint_indexes: BTreeSet<String> = missing
        .values()
        .filter_map(|(_, line)| {
            let f: Vec<&str> = line.split('|').collect();
            (f[0] == "constraint" && f.len() > 4 && matches!(f[3], "u" | "p" | "x"))
                .then(|| format!("index|{}|{}", f[1], f[2]))
        })
        .collect();

    // Columns missing altogether: indexes and constraints that use them cannot be created.
    let missing_columns: BTreeSet<(String, String)> = missing
        .iter()
        .filter(|(key, _)| key.starts_with("column|") && !unexpected.contains_key(*key))
        .filter_map(|(key, _)| {
            let mut f = key.split('|').skip(1);
            Some((f.next()?.to_owned(), f.next()?.to_owned()))
        })
        .collect();

    let mut planner = Planner {
        prefix: &prefix,
        actions: Vec::new(),
        left_alone: Vec::new(),
    };
    // Columns first (NOT NULL, defaults), then constraints that may need them, then indexes,
    // then comments on what now exists.
    let mut ordered: Vec<(&String, &(String, String))> = missing.iter().collect();
    ordered.sort_by_key(|(key, _)| {
        let rank = match key.split('|').next() {
            Some("column") => 0,
            Some("constraint") => 1,
            Some("index") => 2,
            Some("comment") => 3,
            _ => 4,
        };
        (rank, (*key).clone())
    });
    // A table that is missing altogether is one difference, not one per column and index.
    let missing_tables: BTreeSet<String> = missing
        .keys()
        .filter(|key| key.starts_with("table|") && !unexpected.contains_key(*key))
        .map(|key| format!("table {}", &key["table|".len()..]))
        .collect();
    let mut whole_tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, (object, line)) in ordered {
        if missing_tables.contains(object) {
            unexpected.remove(key);
            whole_tables
                .entry(object.clone())
                .or_default()
                .push(format!("- {line}"));
            continue;
        }
        let live = unexpected.remove(key).map(|(_, l)| l);
        if constraint_indexes.contains(key) && live.is_none() {
            continue;
        }
        if let Some(column) = needs_missing_column(line, &missing_columns) {
            let mut lines = vec![format!("- {line}")];
            lines.extend(live.map(|l| format!("+ {l}")));
            planner.leave(
                object,
                lines,
                format!("it needs column {column}, which is missing"),
            );
            continue;
        }
        planner
            .missing(conn, object, line, live.as_deref())
            .await
            .map_err(|source| Error::ReadVersion {
                prefix: prefix.to_string(),
                source,
            })?;
    }
    for (object, lines) in whole_tables {
        planner.leave(
            &object,
            lines,
            "the table is missing: repair does not create tables (they come from the versions; \
             is the version marker right?)",
        );
    }
    for (_, (object, line)) in unexpected {
        planner.leave(
            &object,
            vec![format!("+ {line}")],
            "present but not expected at this version; repair never drops anything",
        );
    }
    Ok(Plan {
        chain: report.chain,
        prefix: prefix.to_string(),
        version: report.version,
        actions: planner.actions,
        left_alone: planner.left_alone,
    })
}

/// Runs a plan: each statement in its own transaction, under the prefix's migration lock (so no
/// `up` or `down` runs in between) and the migrator's lock timeout, after checking that the
/// version is still the one planned for. A failed action is recorded and the others go on.
pub async fn run(
    migrator: &Migrator,
    conn: &mut PgConnection,
    plan: &Plan,
    observe: &mut (dyn FnMut(&Event<'_>) + Send),
) -> Result<Outcome, Error> {
    let mut outcome = Outcome::default();
    let count = plan.actions.len();
    for (index, action) in plan.actions.iter().enumerate() {
        observe(&Event::Started {
            action,
            index: index + 1,
            count,
        });
        let mut result = Ok(());
        for statement in &action.statements {
            let started = std::time::Instant::now();
            match execute(migrator, conn, plan.version, statement).await {
                Ok(()) => observe(&Event::Statement {
                    sql: statement,
                    elapsed: started.elapsed(),
                }),
                Err(Failure::Version(error)) => return Err(error),
                Err(Failure::Statement(message)) => {
                    result = Err(message);
                    break;
                }
            }
        }
        observe(&Event::Finished {
            action,
            result: result.as_ref().map(|_| ()).map_err(String::as_str),
        });
        match result {
            Ok(()) => outcome.done.push(action.clone()),
            Err(message) => outcome.failed.push((action.clone(), message)),
        }
    }
    Ok(outcome)
}

enum Failure {
    /// The database is no longer at the planned version: stop.
    Version(Error),
    /// The statement failed; PostgreSQL's message.
    Statement(String),
}

async fn execute(
    migrator: &Migrator,
    conn: &mut PgConnection,
    version: u32,
    statement: &str,
) -> Result<(), Failure> {
    let statements = [statement.to_owned()];
    let outcome = crate::txn::locked(
        &migrator.target(),
        conn,
        version,
        version,
        "repair",
        &statements,
        &mut |_| {},
    )
    .await
    .map_err(Failure::Version)?;
    match outcome {
        Locked::Done => Ok(()),
        Locked::Moved(found) => Err(Failure::Version(Error::Raced {
            prefix: migrator.prefix().to_string(),
            version,
            expected: version,
            found,
        })),
        Locked::Failed { source, .. } => Err(Failure::Statement(describe_sqlx(&source))),
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} done", crate::plural(self.done.len(), "repair"))?;
        if !self.failed.is_empty() {
            write!(f, ", {} failed:", self.failed.len())?;
            for (action, message) in &self.failed {
                write!(f, "\n  {}: {}: {message}", action.object, action.summary)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::planner::{mentions_word, unescape};
    use super::*;

    #[test]
    fn lines_pair_by_object() {
        assert_eq!(
            key_of("column|t|c|uuid|null|default=|identity=|generated=|collation=").0,
            "column|t|c"
        );
        assert_eq!(
            key_of("constraint|t|fk|f|FOREIGN KEY (a) REFERENCES <prefix>.p(id)").0,
            "constraint|t|fk"
        );
        assert_eq!(
            key_of("comment|column|t.c|some | text").0,
            "comment|column|t.c"
        );
        assert_eq!(key_of("column_order|t|a,b").0, "column_order|t");
    }

    #[test]
    fn words_are_whole_identifiers() {
        assert!(mentions_word("btree (user_uuid)", "user_uuid"));
        assert!(!mentions_word("btree (user_uuid)", "uuid"));
        assert!(mentions_word("(a, \"b\")", "b"));
    }

    #[test]
    fn comments_unescape() {
        assert_eq!(unescape(r"a\nb\\c\td"), "a\nb\\c\td");
    }
}
