//! What a down would destroy, counted before it runs: the rows of each table it drops, the
//! non-NULL values of each column it drops, and the rows its data reverses delete (`delete!`).
//!
//! The engine counts under the migration lock, in the transaction of the first version it undoes,
//! before that version changes anything, and refuses the down ([`Error::DataLoss`](crate::Error::DataLoss)) unless the
//! caller allowed it ([`crate::Migrator::allow_data_loss`]). `pk plan` with a database shows the
//! same counts next to the statements.
//!
//! **Which objects.** The downs of the versions passed through are walked in the order they run
//! ([`Chain::ops`], into `when!` blocks and sub-chains such as Oban's), following the renames the
//! walk makes (V44's down renames `phoenix_kit_sync_*` back before V37's drops them) and leaving
//! out what the walk itself creates (a column a down re-adds and a lower down drops again holds
//! nothing the database holds now). Only tables and columns that exist when the check runs count.
//! A column or delete of a table the same down drops is reported with the table, not twice.
//!
//! **The chain's own rows.** Rows that are exactly the rows a `seed!` of the chain inserts,
//! unchanged, are not counted: a row is left out when it holds one seed row's value in every
//! column the seed gives a literal (its key among them; `now()` and generated UUIDs are not
//! compared). Rows the chain inserts otherwise (V53's and V55's raw-SQL Admin permissions) count.
//! For a dropped column, its values in such unchanged seed rows are not counted either (V04's
//! `module`, which V04's own update sets in seeded settings).
//!
//! **Counted at the start.** Every count reads the database as the check finds it. A delete that
//! runs after earlier steps of the down changed its rows is counted on the rows as they are now;
//! a delete whose table the walk renamed, or whose filter names a column the walk added, renamed
//! or dropped, cannot be counted that way and is left out. Updates, type changes, raw SQL and Rust
//! data steps in downs are not counted, and neither are rows a delete removes through `ON DELETE
//! CASCADE`.
//!
//! **Cost.** No round trip when the downs drop and delete nothing; otherwise one catalog query
//! (which of the tables and columns exist, and which tables have no page at all, so no row) and,
//! when any of the others does, one query that counts all of them (`UNION ALL`), both over the
//! simple protocol.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::time::Instant;

use sqlx::{PgConnection, Row};

use crate::catalog;
use crate::op::{Chain, Direction, Op, Seed, Sql};
use crate::sql::{self, SeededRow};
use crate::{Event, Prefix};

/// One object a down would destroy data of, and how much.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loss {
    /// The schema.
    pub prefix: String,
    /// The table, by the name it has now.
    pub table: String,
    /// The column, by the name it has now, when a column is dropped.
    pub column: Option<String>,
    /// Rows (a table dropped, rows deleted) or non-NULL values (a column dropped).
    pub count: u64,
    /// Whether rows or column values are lost, and how.
    pub kind: LossKind,
    /// The version whose down destroys it.
    pub version: u32,
    /// The position of the operation in that version's down ([`Chain::ops`]) that destroys it
    /// (for a sub-chain, the `run_chain!`).
    pub step: usize,
    /// The operation that destroys it, as it names the object (`drop table oban_jobs`), with the
    /// sub-chain's version when it is one (`Oban V01: drop table oban_jobs`).
    pub op: String,
}

/// What a [`Loss`] counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LossKind {
    /// The table is dropped with these rows.
    Rows,
    /// The column is dropped with these non-NULL values.
    Values,
    /// A data reverse deletes these rows.
    Deleted,
}

impl fmt::Display for Loss {
    /// `prefix public, table phoenix_kit_users: 3 rows (V01: drop table phoenix_kit_users)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "prefix {}, table {}", self.prefix, self.table)?;
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        let what = match (self.kind, self.count) {
            (LossKind::Values, 1) => "non-NULL value",
            (LossKind::Values, _) => "non-NULL values",
            (LossKind::Rows, 1) => "row",
            (LossKind::Rows, _) => "rows",
            (LossKind::Deleted, 1) => "row deleted",
            (LossKind::Deleted, _) => "rows deleted",
        };
        write!(
            f,
            ": {} {what} (V{:02}: {})",
            self.count, self.version, self.op
        )
    }
}

/// Something a down destroys, by the names the objects have when the check runs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate {
    pub table: String,
    pub column: Option<String>,
    /// The filter of a delete (`None` for a delete of every row, and for drops).
    pub filter: Option<Sql>,
    pub kind: LossKind,
    pub version: u32,
    pub step: usize,
    pub op: String,
    /// The table's name where the operation names it (differs from `table` after a rename).
    pub named: String,
}

/// The names objects have at this point of the walk, mapped to the names they have now
/// (`None`: created by the walk, so holding nothing that exists now).
#[derive(Default)]
struct Names {
    tables: HashMap<String, Option<String>>,
    /// (table now, column at this point) → column now.
    columns: HashMap<(String, String), Option<String>>,
    /// Columns (table now, column at this point) the walk added, renamed or dropped.
    touched: HashSet<(String, String)>,
}

impl Names {
    fn table(&self, name: &str) -> Option<String> {
        self.tables
            .get(name)
            .cloned()
            .unwrap_or_else(|| Some(name.to_owned()))
    }

    fn column(&self, table: &str, column: &str) -> Option<String> {
        self.columns
            .get(&(table.to_owned(), column.to_owned()))
            .cloned()
            .unwrap_or_else(|| Some(column.to_owned()))
    }

    fn set_column(&mut self, table: &str, column: &str, now: Option<String>) {
        let key = (table.to_owned(), column.to_owned());
        self.touched.insert(key.clone());
        self.columns.insert(key, now);
    }
}

/// Where in the run an operation is: the version, the position of its top-level operation, and
/// the sub-chain version it belongs to.
#[derive(Clone, Copy)]
struct At<'a> {
    version: u32,
    step: usize,
    via: Option<(&'a str, u32)>,
}

/// What the downs of `from ..= to+1` destroy, in the order they run, with tables and columns
/// named as they are before the first of them; a drop or delete in a table the same downs drop
/// is left to the table. Stops at a version that cannot be undone.
pub(crate) fn candidates(chain: &'static Chain, from: u32, to: u32) -> Vec<Candidate> {
    let mut names = Names::default();
    let mut found = Vec::new();
    for number in (to + 1..=from).rev() {
        let Some(version) = chain.version(number) else {
            continue;
        };
        let Ok(ops) = chain.ops(version, Direction::Down) else {
            break;
        };
        for (step, op) in ops.iter().enumerate() {
            let at = At {
                version: number,
                step,
                via: None,
            };
            walk(op, at, &mut names, &mut found);
        }
    }
    let dropped: HashSet<String> = found
        .iter()
        .filter(|c| c.kind == LossKind::Rows)
        .map(|c| c.table.clone())
        .collect();
    found.retain(|c| c.kind == LossKind::Rows || !dropped.contains(&c.table));
    found
}

fn walk(op: &Op, at: At<'_>, names: &mut Names, found: &mut Vec<Candidate>) {
    let describe = |op: &Op| match at.via {
        None => op.describe(),
        Some((chain, version)) => format!("{chain} V{version:02}: {}", op.describe()),
    };
    let mut push = |table: String, column, filter, kind, named: &str| {
        found.push(Candidate {
            table,
            column,
            filter,
            kind,
            version: at.version,
            step: at.step,
            op: describe(op),
            named: named.to_owned(),
        });
    };
    match op {
        Op::DropTable(name) => {
            if let Some(table) = names.table(name) {
                push(table, None, None, LossKind::Rows, name);
            }
            names.tables.insert(name.to_string(), None);
        }
        Op::CreateTable(table) => {
            names.tables.insert(table.name.to_string(), None);
        }
        Op::RenameTable { from, to } => {
            let now = names.table(from);
            names.tables.insert(from.to_string(), None);
            names.tables.insert(to.to_string(), now);
        }
        Op::DropColumn { table, column, .. } => {
            if let Some(now) = names.table(table) {
                if let Some(col) = names.column(&now, column) {
                    push(now.clone(), Some(col), None, LossKind::Values, table);
                }
                names.set_column(&now, column, None);
            }
        }
        Op::AddColumn { table, column } => {
            if let Some(now) = names.table(table) {
                names.set_column(&now, &column.name, None);
            }
        }
        Op::RenameColumn { table, from, to } => {
            if let Some(now) = names.table(table) {
                let col = names.column(&now, from);
                names.set_column(&now, from, None);
                names.set_column(&now, to, col);
            }
        }
        Op::Delete { table, filter } => {
            // Counted on the rows as they are now, which is only meaningful while the filter
            // reads the table under the name and columns it has now.
            let Some(now) = names.table(table) else {
                return;
            };
            let stale = now != table.as_ref()
                || filter.as_ref().is_some_and(|f| {
                    names
                        .touched
                        .iter()
                        .any(|(t, c)| *t == now && mentions(f, c))
                });
            if !stale {
                push(now, None, filter.clone(), LossKind::Deleted, table);
            }
        }
        Op::When { ops, .. } => {
            // The condition is only known as the down runs: counted as if it held.
            for inner in ops.iter() {
                walk(inner, at, names, found);
            }
        }
        Op::RunChain { chain, to } => {
            let chain = sql::static_chain(chain);
            for number in (to + 1..=chain.latest()).rev() {
                let Some(version) = chain.version(number) else {
                    continue;
                };
                let Ok(ops) = chain.ops(version, Direction::Down) else {
                    break;
                };
                let inner = At {
                    via: Some((chain.name, number)),
                    ..at
                };
                for op in ops.iter() {
                    walk(op, inner, names, found);
                }
            }
        }
        _ => {}
    }
}

/// Whether `sql` mentions `name` as a whole identifier.
fn mentions(sql: &Sql, name: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    sql.match_indices(name).any(|(at, _)| {
        let before = sql[..at].chars().next_back();
        let after = sql[at + name.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
}

/// Every `seed!` of the chain (ups and downs, inside `when!` blocks and sub-chains), by table.
fn seeds(chain: &'static Chain) -> HashMap<&'static str, Vec<&'static Seed>> {
    fn collect(
        ops: &'static [Op],
        out: &mut HashMap<&'static str, Vec<&'static Seed>>,
        seen: &mut Vec<*const Chain>,
    ) {
        for op in ops {
            match op {
                Op::Seed(seed) => out.entry(seed.table.as_ref()).or_default().push(seed),
                // A static chain's blocks are borrowed.
                Op::When {
                    ops: std::borrow::Cow::Borrowed(ops),
                    ..
                } => collect(ops, out, seen),
                Op::RunChain { chain, .. } => chain_seeds(sql::static_chain(chain), out, seen),
                _ => {}
            }
        }
    }
    fn chain_seeds(
        chain: &'static Chain,
        out: &mut HashMap<&'static str, Vec<&'static Seed>>,
        seen: &mut Vec<*const Chain>,
    ) {
        if seen.contains(&(chain as *const Chain)) {
            return;
        }
        seen.push(chain);
        for version in chain.versions {
            collect(version.up, out, seen);
            if let crate::Down::Ops(ops) = version.down {
                collect(ops, out, seen);
            }
        }
    }
    let mut out = HashMap::new();
    chain_seeds(chain, &mut out, &mut Vec::new());
    out
}

/// The rows of `seeds` that can be recognised in a table with these columns: each as the columns
/// of the table the seed gives a literal. A row whose key is not such a column cannot be
/// recognised and is left out (so it counts).
fn seeded_rows<'a>(seeds: &[&'a Seed], columns: &[String]) -> Vec<SeededRow<'a>> {
    let mut rows = Vec::new();
    for seed in seeds {
        for values in seed.rows.iter() {
            let literal: Vec<(&'a str, &'a crate::op::Value)> = seed
                .columns
                .iter()
                .zip(values.iter())
                .map(|(column, value)| (&**column, value))
                .filter(|(column, value)| {
                    columns.iter().any(|c| c == column) && sql::literal(value).is_some()
                })
                .collect();
            let keyed = seed
                .conflict
                .iter()
                .all(|key| literal.iter().any(|(c, _)| *c == &**key));
            if keyed && !literal.is_empty() {
                rows.push(SeededRow { values: literal });
            }
        }
    }
    rows
}

/// Counts what the downs of `from ..= to+1` would destroy in `prefix` as the database is now
/// (see the module documentation); only objects holding something are returned, in the order the
/// downs would destroy them. Each query is reported to `observe` as a statement.
pub async fn count(
    conn: &mut PgConnection,
    chain: &'static Chain,
    prefix: &Prefix,
    from: u32,
    to: u32,
    observe: &mut (dyn FnMut(&Event<'_>) + Send),
) -> Result<Vec<Loss>, sqlx::Error> {
    let candidates = candidates(chain, from, to);
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    let mut tables: Vec<&str> = candidates.iter().map(|c| c.table.as_str()).collect();
    tables.sort_unstable();
    tables.dedup();
    let started = Instant::now();
    let existing = catalog::tables_of(conn, prefix, &tables).await?;
    observe(&Event::Statement {
        sql: &catalog::tables_of_sql(prefix, &tables),
        elapsed: Some(started.elapsed()),
    });
    // Tables without a page hold nothing: not counted (on a fresh install, most of them).
    let present: Vec<&Candidate> = candidates
        .iter()
        .filter(|c| match (existing.get(&c.table), &c.column) {
            (None, _) => false,
            (Some(facts), _) if facts.empty => false,
            (Some(_), None) => true,
            (Some(facts), Some(column)) => facts.columns.contains(column),
        })
        .collect();
    if present.is_empty() {
        return Ok(Vec::new());
    }
    let seeds = seeds(chain);
    let counts: Vec<String> = present
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let columns = &existing[&c.table].columns;
            let mut own: Vec<&Seed> = seeds.get(c.table.as_str()).cloned().unwrap_or_default();
            if c.named != c.table {
                own.extend(seeds.get(c.named.as_str()).into_iter().flatten().copied());
            }
            let seeded = seeded_rows(&own, columns);
            format!(
                "SELECT {i} AS object, ({}) AS count",
                sql::count_destroyed(
                    prefix,
                    &c.table,
                    c.column.as_deref(),
                    c.filter.as_ref(),
                    &seeded
                )
            )
        })
        .collect();
    let query = counts.join(" UNION ALL ");
    let started = Instant::now();
    let rows = crate::wire::fetch_all(conn, &query).await?;
    observe(&Event::Statement {
        sql: &query,
        elapsed: Some(started.elapsed()),
    });
    let mut counted = vec![0u64; present.len()];
    for row in rows {
        let object: i32 = row.try_get(0)?;
        let count: i64 = row.try_get(1)?;
        counted[object as usize] = count.max(0) as u64;
    }
    Ok(present
        .iter()
        .zip(counted)
        .filter(|(_, count)| *count > 0)
        .map(|(c, count)| Loss {
            prefix: prefix.to_string(),
            table: c.table.clone(),
            column: c.column.clone(),
            count,
            kind: c.kind,
            version: c.version,
            step: c.step,
            op: c.op.clone(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phoenix_kit::CHAIN;

    fn find<'a>(found: &'a [Candidate], table: &str, column: Option<&str>) -> Vec<&'a Candidate> {
        found
            .iter()
            .filter(|c| c.table == table && c.column.as_deref() == column)
            .collect()
    }

    #[test]
    fn a_down_to_zero_reports_tables_by_their_names_now() {
        let found = candidates(&CHAIN, 73, 0);
        // Every candidate of a down to 0 is a dropped table: columns and deletes go with them.
        assert!(found.iter().all(|c| c.kind == LossKind::Rows), "{found:#?}");
        let users = find(&found, "phoenix_kit_users", None);
        assert_eq!(users.len(), 1);
        assert_eq!(users[0].version, 1);
        // V44's down renames the sync tables back before V37's down drops them.
        let sync = find(&found, "phoenix_kit_sync_connections", None);
        assert_eq!(sync.len(), 1, "{found:#?}");
        assert_eq!(sync[0].named, "phoenix_kit_db_sync_connections");
        assert!(find(&found, "phoenix_kit_db_sync_connections", None).is_empty());
        // V27's down removes Oban, job table and all.
        let jobs = find(&found, "oban_jobs", None);
        assert_eq!(jobs.len(), 1, "{found:#?}");
        assert_eq!(jobs[0].version, 27);
        assert!(jobs[0].op.starts_with("Oban V"), "{}", jobs[0].op);
    }

    #[test]
    fn a_one_version_down_reports_its_columns_and_deletes() {
        // V55's down deletes the Admin role's `comments` permission (a data reverse).
        let found = candidates(&CHAIN, 55, 54);
        assert!(
            found
                .iter()
                .any(|c| c.kind == LossKind::Deleted && c.table == "phoenix_kit_role_permissions"),
            "{found:#?}"
        );
        // V04's down drops the `module` column V04 added to settings.
        let found = candidates(&CHAIN, 4, 3);
        assert!(
            !find(&found, "phoenix_kit_settings", Some("module")).is_empty(),
            "{found:#?}"
        );
    }

    #[test]
    fn columns_the_walk_renamed_are_named_as_they_are_now() {
        // V47's down renames the jsonb `title` back to `title_new`, re-adds a text `title`, fills
        // it and drops `title_new`: the column dropped is the one called `title` now, once.
        let found = candidates(&CHAIN, 47, 46);
        let title = find(&found, "phoenix_kit_shop_products", Some("title"));
        assert_eq!(title.len(), 1, "{found:#?}");
        assert!(title[0].op.contains("title_new"), "{}", title[0].op);
        assert!(find(&found, "phoenix_kit_shop_products", Some("title_new")).is_empty());
    }

    #[test]
    fn nothing_is_reported_for_a_down_that_drops_nothing() {
        // V02's down re-adds a column; V21's re-creates indexes.
        assert!(candidates(&CHAIN, 2, 1).is_empty());
        assert!(candidates(&CHAIN, 21, 20).is_empty());
        assert!(candidates(&CHAIN, 3, 3).is_empty());
    }

    #[test]
    fn mentions_matches_whole_identifiers() {
        let sql = Sql::new("module_key = 'comments' AND t.uuid IS NULL");
        assert!(mentions(&sql, "module_key"));
        assert!(mentions(&sql, "uuid"));
        assert!(!mentions(&sql, "module"));
        assert!(!mentions(&sql, "key"));
    }

    #[test]
    fn seed_rows_are_recognised_by_their_literal_columns() {
        let seeds = seeds(&CHAIN);
        let roles = &seeds["phoenix_kit_user_roles"];
        let columns: Vec<String> = ["id", "name", "description", "is_system_role", "inserted_at"]
            .map(str::to_owned)
            .to_vec();
        let rows = seeded_rows(roles, &columns);
        assert!(rows.len() >= 3);
        // now() is not compared; the name (the key), description and flag are.
        assert!(
            rows.iter()
                .all(|r| r.values.iter().all(|(c, _)| *c != "inserted_at"))
        );
        assert!(
            rows.iter()
                .all(|r| r.values.iter().any(|(c, _)| *c == "name"))
        );
        // Without the key column, no row can be recognised.
        assert!(seeded_rows(roles, &["description".to_owned()]).is_empty());
    }
}
