//! The opt-in online mode ([`Migrator::online`](crate::Migrator::online), `pk up --online`): a column a version adds with
//! a volatile default to every existing row (PhoenixKit's V40 `uuid` on 32 tables) is prepared
//! before the version's transaction, in short transactions, so that other sessions keep reading
//! and writing the table:
//!
//! 1. the version's extensions and functions (the default calls one) are created;
//! 2. `ADD COLUMN` without default (no rewrite), then `SET DEFAULT` (rows inserted from now on
//!    get their value), and a column comment marking the preparation as under way;
//! 3. the existing rows are filled a range of pages per transaction (a TID range scan), then
//!    rows still NULL (updated by others meanwhile) until none is left;
//! 4. the index is built `CONCURRENTLY`;
//! 5. a `CHECK (c IS NOT NULL) NOT VALID` is validated (a scan that blocks no reader or writer),
//!    so `SET NOT NULL` needs no scan under its ACCESS EXCLUSIVE lock; the CHECK and the comment
//!    are dropped in that same short transaction.
//!
//! The version then runs as usual; its conditional block finds the column and skips it. The end
//! state is the version's, byte for byte. An interrupted preparation leaves the marked column; the
//! next `up` (online or not) finishes the preparation before the version.
//!
//! What qualifies is an operation of the shape `add_uuid_column!` expands to: `when
//! column_missing(t.c) { add column t.c with default; [create index on t (c)]; set not null }`.

use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use sqlx::PgConnection;

use crate::error::Error;
use crate::op::{Condition, IndexKey, Op, Sql, Version};
use crate::sql::{self, Step};
use crate::txn::{Event, Locked, Target, locked};
use crate::wire::execute;
use crate::{quote_ident, quote_literal};

/// The comment on a column whose online preparation is under way.
const MARKER: &str = "pk up --online: preparation under way";

/// The helper constraint that lets SET NOT NULL skip its scan.
const CHECK_NAME: &str = "pk_online_not_null";

/// Pages filled by the first transaction of a fill; later ones adapt to [`BATCH_BUDGET`].
const FIRST_BATCH_PAGES: i64 = 256;

/// How long one fill transaction should take: long enough that the per-transaction cost (locks,
/// marker check, commit) is small beside it, short enough that the rows it holds are released
/// soon. Each batch is sized from the previous one's pages per second.
const BATCH_BUDGET: Duration = Duration::from_millis(500);

/// The bounds of a batch, in pages.
const BATCH_PAGES: std::ops::RangeInclusive<i64> = 32..=1 << 20;

/// The next batch's pages: the last batch's rate times the budget, at most 4× the last batch.
fn next_batch(pages: i64, took: Duration) -> i64 {
    let rate = pages as f64 / took.as_secs_f64().max(1e-3);
    let next = (rate * BATCH_BUDGET.as_secs_f64()) as i64;
    next.clamp(*BATCH_PAGES.start(), (pages * 4).min(*BATCH_PAGES.end()))
}

/// A column added with a default to existing rows, prepared online.
struct Prepared {
    table: &'static str,
    column: &'static str,
    ty: Sql,
    default: Sql,
    index: Option<&'static Op>,
}

fn shape(op: &'static Op) -> Option<Prepared> {
    let Op::When {
        condition: Condition::ColumnMissing { table, column },
        ops,
    } = op
    else {
        return None;
    };
    let (first, rest) = ops.split_first()?;
    let Op::AddColumn {
        table: t,
        column: c,
    } = first
    else {
        return None;
    };
    if t != table || c.name != *column || c.not_null {
        return None;
    }
    let default = c.default.clone()?;
    let mut index = None;
    let mut not_null = false;
    for op in rest {
        match op {
            Op::CreateIndex(i)
                if i.table == *table
                    && index.is_none()
                    && i.filter.is_none()
                    && matches!(&*i.keys, [IndexKey::Column { name, .. }] if *name == *column) =>
            {
                index = Some(op)
            }
            Op::SetNotNull {
                table: t,
                column: c,
            } if t == table && c == column => not_null = true,
            _ => return None,
        }
    }
    not_null.then_some(Prepared {
        table,
        column,
        ty: c.ty.clone(),
        default,
        index,
    })
}

/// Whether a version has anything the online mode prepares.
pub(crate) fn applies(version: &'static Version) -> bool {
    version.up.iter().any(|op| shape(op).is_some())
}

/// Prepares the version's qualifying columns (see the module documentation). With `online`
/// false, only finishes preparations an interrupted online run left behind.
pub(crate) fn prepare<'a>(
    target: &'a Target<'a>,
    conn: &'a mut PgConnection,
    version: &'static Version,
    online: bool,
    observe: &'a mut (dyn FnMut(&Event<'_>) + Send),
) -> Pin<Box<dyn Future<Output = Result<(), Error>> + Send + 'a>> {
    Box::pin(prepare_columns(target, conn, version, online, observe))
}

async fn prepare_columns(
    target: &Target<'_>,
    conn: &mut PgConnection,
    version: &'static Version,
    online: bool,
    observe: &mut (dyn FnMut(&Event<'_>) + Send),
) -> Result<(), Error> {
    let prefix = target.prefix.clone();
    let number = version.number;
    let fail = |op: String| {
        let prefix = prefix.to_string();
        move |source| Error::Operation {
            prefix,
            version: number,
            op,
            source,
        }
    };
    let columns: Vec<Prepared> = version.up.iter().filter_map(shape).collect();
    let mut todo = Vec::new();
    for p in columns {
        // (table exists, column exists, column carries the marker)
        let state = format!(
            "SELECT c.oid IS NOT NULL, a.attnum IS NOT NULL, \
                    coalesce(col_description(c.oid, a.attnum) = {marker}, false) \
             FROM (SELECT to_regclass({table}) AS oid) c \
             LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = {column} \
             AND NOT a.attisdropped",
            marker = quote_literal(MARKER),
            table = quote_literal(&prefix.qualify(p.table)),
            column = quote_literal(p.column),
        );
        let (table, column, marked) = flags(conn, state)
            .await
            .map_err(fail(format!("look up {}.{}", p.table, p.column)))?;
        if marked || (online && table && !column) {
            todo.push(p);
        }
    }
    if todo.is_empty() {
        return Ok(());
    }

    // 1. What the default needs: the version's extensions and functions.
    let prerequisites: Vec<&'static Op> = version
        .up
        .iter()
        .filter(|op| matches!(op, Op::CreateExtension(_) | Op::CreateFunction(_)))
        .collect();
    let statements: Vec<String> = prerequisites
        .iter()
        .flat_map(|op| sql::render(op, &prefix))
        .filter_map(|step| match step {
            Step::Statement { sql, .. } => Some(sql),
            _ => None,
        })
        .collect();
    if !step(target, conn, number, &statements, observe).await? {
        return Ok(());
    }

    for p in todo {
        let t = prefix.qualify(p.table);
        let c = quote_ident(p.column);
        let what = |step: &str| format!("online preparation of {}.{}: {step}", p.table, p.column);
        // 2. The column, its default for new rows, the marker.
        let add = vec![
            format!(
                "ALTER TABLE {t} ADD COLUMN IF NOT EXISTS {c} {}",
                sql::expand(&p.ty, &prefix)
            ),
            format!(
                "ALTER TABLE {t} ALTER COLUMN {c} SET DEFAULT {}",
                sql::expand(&p.default, &prefix)
            ),
            format!("COMMENT ON COLUMN {t}.{c} IS {}", quote_literal(MARKER)),
        ];
        if !step(target, conn, number, &add, observe).await? {
            return Ok(());
        }
        // 3. The existing rows, a range of pages at a time, then any row still NULL.
        let pages = number_of(
            conn,
            format!(
                "SELECT pg_relation_size({}::regclass) / current_setting('block_size')::bigint",
                quote_literal(&t)
            ),
        )
        .await
        .map_err(fail(what("read the table size")))?;
        let (mut start, mut batch) = (0, FIRST_BATCH_PAGES);
        while start < pages {
            let end = start + batch;
            let fill = format!(
                "UPDATE {t} SET {c} = DEFAULT WHERE ctid >= '({start},0)'::tid \
                 AND ctid < '({end},0)'::tid AND {c} IS NULL"
            );
            let started = Instant::now();
            if !step(target, conn, number, &[fill], observe).await? {
                return Ok(());
            }
            batch = next_batch(batch, started.elapsed());
            start = end;
        }
        // The rest runs outside a transaction (CREATE INDEX CONCURRENTLY cannot run in one), where
        // the transactions' own SET LOCAL does not reach: the session's statement_timeout is
        // lifted for it and given back after, also when it fails.
        let saved = crate::wire::send(
            conn,
            "SELECT pg_catalog.current_setting('statement_timeout'); SET statement_timeout = 0",
        )
        .await
        .map_err(|stopped| fail(what("lift statement_timeout"))(stopped.source))?
        .first()
        .and_then(|c| c.rows.first())
        .and_then(|row| sqlx::Row::try_get::<String, _>(row, 0).ok())
        .unwrap_or_else(|| "0".to_owned());
        let outside: Result<(), Error> = async {
            loop {
                let fill = format!(
                    "UPDATE {t} SET {c} = DEFAULT WHERE ctid = ANY(ARRAY(SELECT ctid FROM {t} \
                     WHERE {c} IS NULL LIMIT 10000))"
                );
                let started = Instant::now();
                let rows = affected(conn, fill.clone())
                    .await
                    .map_err(fail(what("fill the remaining rows")))?;
                observe(&Event::Statement {
                    sql: &fill,
                    elapsed: Some(started.elapsed()),
                });
                if rows == 0 {
                    break;
                }
            }
            // 4. The index, built without blocking writes. One left invalid by an interrupted build
            // is ours (the column is marked): it is built again.
            if let Some(index_op) = p.index {
                let Op::CreateIndex(index) = index_op else {
                    unreachable!("shape() keeps only CreateIndex")
                };
                let name = sql::index_name(&index.name, &prefix);
                let invalid = number_of(
                    conn,
                    format!(
                        "SELECT count(*) FROM pg_index x WHERE NOT x.indisvalid \
                         AND x.indexrelid = to_regclass({})",
                        quote_literal(&prefix.qualify(&name))
                    ),
                )
                .await
                .map_err(fail(what("look up the index")))?
                    > 0;
                let mut statements = Vec::new();
                if invalid {
                    statements.push(format!(
                        "DROP INDEX CONCURRENTLY IF EXISTS {}",
                        prefix.qualify(&name)
                    ));
                }
                for step in sql::render(index_op, &prefix) {
                    if let Step::Statement { sql, .. } = step {
                        statements.push(sql.replacen(
                            "INDEX IF NOT EXISTS",
                            "INDEX CONCURRENTLY IF NOT EXISTS",
                            1,
                        ));
                    }
                }
                for statement in statements {
                    let started = Instant::now();
                    execute(conn, &statement)
                        .await
                        .map_err(fail(what("build the index concurrently")))?;
                    observe(&Event::Statement {
                        sql: &statement,
                        elapsed: Some(started.elapsed()),
                    });
                }
            }
            Ok(())
        }
        .await;
        let restore = format!(
            "SELECT pg_catalog.set_config('statement_timeout', {}, false)",
            quote_literal(&saved)
        );
        let restored = execute(conn, &restore).await;
        outside?;
        restored.map_err(fail(what("restore statement_timeout")))?;
        // 5. NOT NULL without a scan under ACCESS EXCLUSIVE.
        let check = quote_ident(CHECK_NAME);
        let validate = vec![
            format!("ALTER TABLE {t} DROP CONSTRAINT IF EXISTS {check}"),
            format!("ALTER TABLE {t} ADD CONSTRAINT {check} CHECK ({c} IS NOT NULL) NOT VALID"),
        ];
        if !step(target, conn, number, &validate, observe).await? {
            return Ok(());
        }
        let validate = vec![format!("ALTER TABLE {t} VALIDATE CONSTRAINT {check}")];
        if !step(target, conn, number, &validate, observe).await? {
            return Ok(());
        }
        let finish = vec![
            format!("ALTER TABLE {t} ALTER COLUMN {c} SET NOT NULL"),
            format!("ALTER TABLE {t} DROP CONSTRAINT {check}"),
            format!("COMMENT ON COLUMN {t}.{c} IS NULL"),
        ];
        if !step(target, conn, number, &finish, observe).await? {
            return Ok(());
        }
    }
    Ok(())
}

/// One preparation step: [`locked`] at the version before `number`. Returns false (and runs
/// nothing) when another migrator has moved the database on.
async fn step(
    target: &Target<'_>,
    conn: &mut PgConnection,
    number: u32,
    statements: &[String],
    observe: &mut (dyn FnMut(&Event<'_>) + Send),
) -> Result<bool, Error> {
    let label = "online preparation";
    match locked(target, conn, number, number - 1, label, statements, observe).await? {
        Locked::Done => Ok(true),
        Locked::Moved(_) => Ok(false),
        Locked::Failed { statement, source } => Err(Error::Operation {
            prefix: target.prefix.to_string(),
            version: number,
            op: format!("{label}: {statement}"),
            source,
        }),
    }
}

/// Boxed queries, as [`execute`]: naming the future's type keeps the callers' futures `Send`.
type Query<'a, T> = Pin<Box<dyn Future<Output = Result<T, sqlx::Error>> + Send + 'a>>;

fn flags(conn: &mut PgConnection, sql: String) -> Query<'_, (bool, bool, bool)> {
    Box::pin(async move { sqlx::query_as(&sql).fetch_one(conn).await })
}

fn number_of(conn: &mut PgConnection, sql: String) -> Query<'_, i64> {
    Box::pin(async move { sqlx::query_scalar(&sql).fetch_one(conn).await })
}

fn affected(conn: &mut PgConnection, sql: String) -> Query<'_, u64> {
    Box::pin(async move {
        Ok(sqlx::Executor::execute(conn, sql.as_str())
            .await?
            .rows_affected())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_follow_the_budget_within_bounds() {
        // 256 pages in 100 ms: 2,560 pages/s, so 1,280 pages fill the 500 ms budget, but a batch
        // grows at most 4× at a time.
        assert_eq!(next_batch(256, Duration::from_millis(100)), 1024);
        assert_eq!(next_batch(1024, Duration::from_millis(400)), 1280);
        // Slow batches shrink, not below the floor.
        assert_eq!(next_batch(1024, Duration::from_secs(2)), 256);
        assert_eq!(next_batch(64, Duration::from_secs(60)), 32);
        // Never past the ceiling.
        assert_eq!(next_batch(1 << 20, Duration::from_micros(1)), 1 << 20);
    }
}
