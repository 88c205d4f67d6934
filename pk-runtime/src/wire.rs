//! Statements on the wire: sent over PostgreSQL's simple query protocol (no prepare round trip),
//! one statement or several in one query, and what came back for each. The bottom layer: the
//! catalog reads and the version transaction both send through it.

use std::future::Future;
use std::pin::Pin;

use sqlx::PgConnection;

/// `raw_sql(sql).execute(conn)`, boxed: naming the future's type here keeps the callers' futures
/// `Send` (rustc cannot otherwise prove sqlx's `Executor` impl for every lifetime).
pub(crate) fn execute<'a>(
    conn: &'a mut PgConnection,
    sql: &'a str,
) -> Pin<Box<dyn Future<Output = Result<(), sqlx::Error>> + Send + 'a>> {
    Box::pin(async move {
        // A `&str` without arguments goes over the simple query protocol: no prepare round trip.
        sqlx::Executor::execute(conn, sql).await?;
        Ok(())
    })
}

/// `raw_sql(sql).fetch_all(conn)`, boxed like [`execute`]: the rows of a query sent over the
/// simple protocol (one round trip, nothing prepared).
pub(crate) fn fetch_all<'a>(
    conn: &'a mut PgConnection,
    sql: &'a str,
) -> Pin<Box<dyn Future<Output = Result<Vec<sqlx::postgres::PgRow>, sqlx::Error>> + Send + 'a>> {
    // A `&str` without arguments goes over the simple query protocol, as in [`execute`].
    Box::pin(sqlx::Executor::fetch_all(conn, sql))
}

/// [`fetch_all`]'s first row; an error when there is none.
pub(crate) async fn fetch_one(
    conn: &mut PgConnection,
    sql: &str,
) -> Result<sqlx::postgres::PgRow, sqlx::Error> {
    fetch_all(conn, sql)
        .await?
        .into_iter()
        .next()
        .ok_or(sqlx::Error::RowNotFound)
}

/// What one statement of a batch returned.
pub(crate) struct Completed {
    /// Its rows (none for a statement that returns none).
    pub rows: Vec<sqlx::postgres::PgRow>,
}

/// A batch stopped by its statement `index` (0-based): the statements before it ran, the rest
/// did not, and the transaction is aborted.
pub(crate) struct Stopped {
    /// The failing statement's position in the batch.
    pub index: usize,
    /// Its error.
    pub source: sqlx::Error,
}

/// Sends `sql`, several statements separated by `;`, as one simple-protocol query: one round
/// trip, the server running them one after the other. Returns each statement's result in order
/// (PostgreSQL completes every non-empty statement once), or where it stopped.
pub(crate) fn send<'a>(
    conn: &'a mut PgConnection,
    sql: &'a str,
) -> Pin<Box<dyn Future<Output = Result<Vec<Completed>, Stopped>> + Send + 'a>> {
    Box::pin(async move {
        use futures_util::StreamExt;
        let mut stream = sqlx::Executor::fetch_many(conn, sql);
        let (mut completed, mut rows) = (Vec::new(), Vec::new());
        while let Some(item) = stream.next().await {
            match item {
                Ok(sqlx::Either::Left(_)) => completed.push(Completed {
                    rows: std::mem::take(&mut rows),
                }),
                Ok(sqlx::Either::Right(row)) => rows.push(row),
                Err(source) => {
                    return Err(Stopped {
                        index: completed.len(),
                        source,
                    });
                }
            }
        }
        Ok(completed)
    })
}
