//! The executor: applies a chain's versions to one prefix, one transaction per version, each
//! holding a transaction-scoped advisory lock keyed by the prefix and writing its marker.

use std::time::{Duration, Instant};

use sqlx::{Connection, PgConnection};

use crate::Prefix;
use crate::catalog::{self, Marker};
use crate::error::Error;
use crate::locks;
use crate::op::{Chain, Direction, Down, Op, Version};
use crate::sql::batch::{Label, Unit};
use crate::txn::{Event, OWN_TIMEOUTS, Target, lock_key, set_lock_timeout, take_lock};
use crate::wire::{execute, send};

mod body;

/// The result of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// Version before the run.
    pub from: u32,
    /// Version after the run.
    pub to: u32,
    /// Versions this run applied (up) or undid (down), in order.
    pub versions: Vec<u32>,
}

/// Installed and latest version of a prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    /// The installed version (0: nothing installed).
    pub current: u32,
    /// The chain's latest version.
    pub latest: u32,
}

impl Status {
    /// How many versions `up` would apply (0 when up to date or ahead).
    pub fn pending(&self) -> u32 {
        self.latest.saturating_sub(self.current)
    }
}

/// Applies one chain to one prefix.
#[derive(Debug, Clone)]
pub struct Migrator {
    chain: &'static Chain,
    prefix: Prefix,
    lock_timeout: Option<Duration>,
    allow_ahead: bool,
    allow_data_loss: bool,
    online: bool,
}

impl Migrator {
    /// A migrator for `prefix`, rejecting names whose derived identifiers would exceed 63 bytes.
    pub fn new(chain: &'static Chain, prefix: &str) -> Result<Self, Error> {
        let prefix = Prefix::new(prefix)?;
        fn check(ops: &[Op], prefix: &Prefix) -> Result<(), Error> {
            for op in ops {
                match op {
                    Op::CreateIndex(index) => prefix.check_derived(&index.name)?,
                    Op::RenameIndex { to, .. } => prefix.check_derived(to)?,
                    Op::When { ops, .. } => check(ops, prefix)?,
                    Op::RunChain { chain, .. } => {
                        for version in crate::sql::static_chain(chain).versions {
                            check(version.up, prefix)?;
                        }
                    }
                    _ => {}
                }
            }
            Ok(())
        }
        for version in chain.versions {
            check(version.up, &prefix)?;
        }
        Ok(Migrator {
            chain,
            prefix,
            lock_timeout: None,
            allow_ahead: false,
            allow_data_loss: false,
            online: false,
        })
    }

    /// Bounds every lock wait of a version's statements (`SET LOCAL lock_timeout` in each
    /// version's transaction, after the migration lock is taken, so waiting for another migrator
    /// stays unbounded). A statement that waits longer fails with [`Error::LockTimeout`] naming
    /// who holds the lock, and its version is rolled back. `Duration::ZERO` waits without limit.
    /// Without this call the session's own `lock_timeout` applies.
    pub fn lock_timeout(mut self, timeout: Duration) -> Self {
        self.lock_timeout = Some(timeout);
        self
    }

    /// Lets [`Migrator::up`] succeed without changing anything when the database is at a version
    /// newer than the chain (a newer PhoenixKit migrated it, e.g. the Elixir app sharing the
    /// database was upgraded first). Without it such an up fails with [`Error::AheadOfChain`].
    /// A down never touches such a database: it cannot undo versions it does not know.
    pub fn allow_ahead(mut self, allow: bool) -> Self {
        self.allow_ahead = allow;
        self
    }

    /// Lets [`Migrator::down`] destroy data. Without it, a down first counts what its statements
    /// would destroy (see [`crate::loss`]: the rows of each table it drops, the non-NULL values
    /// of each column it drops, the rows its data reverses delete; the chain's own seed rows,
    /// unchanged, do not count), under the migration lock and before the first version changes
    /// anything, and fails with [`Error::DataLoss`] naming every such object if there is any.
    /// With it, the down runs without counting.
    pub fn allow_data_loss(mut self, allow: bool) -> Self {
        self.allow_data_loss = allow;
        self
    }

    /// The opt-in online mode: a column a version adds with a default to every existing row
    /// (V40's `uuid`) is added, filled in batches, indexed concurrently and made NOT NULL in
    /// short transactions before the version's own, so other sessions are not blocked for the
    /// length of the backfill (see [`crate::online`]). If the run is interrupted, the column stays
    /// marked and the next `up` finishes it.
    pub fn online(mut self, online: bool) -> Self {
        self.online = online;
        self
    }

    /// The chain, prefix and lock timeout its version transactions work with.
    pub(crate) fn target(&self) -> Target<'_> {
        Target {
            chain: self.chain,
            prefix: &self.prefix,
            lock_timeout: self.lock_timeout,
        }
    }

    /// The chain this migrator runs.
    pub fn chain(&self) -> &'static Chain {
        self.chain
    }

    /// The prefix (schema) it runs the chain in.
    pub fn prefix(&self) -> &Prefix {
        &self.prefix
    }

    /// The installed version, read as PhoenixKit reads it: no tracking table → 0, a tracking table
    /// without a comment → the chain's `unmarked_version` (1 for PhoenixKit), otherwise the
    /// comment, which must be a number.
    pub async fn current_version(&self, conn: &mut PgConnection) -> Result<u32, Error> {
        self.target().current_version(conn).await
    }

    /// The installed and the latest version, in one round trip.
    pub async fn status(&self, conn: &mut PgConnection) -> Result<Status, Error> {
        Ok(Status {
            current: self.current_version(conn).await?,
            latest: self.chain.latest(),
        })
    }

    /// Applies `current+1 ..= to` (default: the latest version).
    pub async fn up(&self, conn: &mut PgConnection, to: Option<u32>) -> Result<Applied, Error> {
        self.up_with(conn, to, &mut |_| {}).await
    }

    /// Runs the downs of `current ..= to+1`, leaving the database at `to` (0 removes everything).
    /// Refused with [`Error::DataLoss`], before anything changes, when it would destroy data,
    /// unless [`Migrator::allow_data_loss`] allows it.
    pub async fn down(&self, conn: &mut PgConnection, to: u32) -> Result<Applied, Error> {
        self.down_with(conn, to, &mut |_| {}).await
    }

    /// [`Migrator::up`], reporting progress to `observe`.
    pub async fn up_with(
        &self,
        conn: &mut PgConnection,
        to: Option<u32>,
        observe: &mut (dyn FnMut(&Event<'_>) + Send),
    ) -> Result<Applied, Error> {
        let latest = self.chain.latest();
        let target = to.unwrap_or(latest);
        if target > latest {
            return Err(Error::TargetOutOfRange { target, latest });
        }
        let current = match self.checked_current(conn).await {
            Err(Error::AheadOfChain { current, .. }) if self.allow_ahead => current,
            other => other?,
        };
        let mut applied = Applied {
            from: current,
            to: current,
            versions: Vec::new(),
        };
        if current >= target {
            return Ok(applied);
        }
        if let Some(base) = self.chain.base {
            let found = Target {
                chain: base.chain,
                ..self.target()
            }
            .current_version(conn)
            .await?;
            if found < base.version {
                return Err(Error::BaseBehind {
                    prefix: self.prefix.to_string(),
                    chain: self.chain.name,
                    base: base.chain.name,
                    required: base.version,
                    found,
                });
            }
        }
        let numbers: Vec<u32> = (current + 1..=target).collect();
        self.run(conn, Direction::Up, &numbers, &mut applied, observe)
            .await?;
        Ok(applied)
    }

    /// [`Migrator::down`], reporting progress to `observe`.
    pub async fn down_with(
        &self,
        conn: &mut PgConnection,
        to: u32,
        observe: &mut (dyn FnMut(&Event<'_>) + Send),
    ) -> Result<Applied, Error> {
        let latest = self.chain.latest();
        if to > latest {
            return Err(Error::TargetOutOfRange { target: to, latest });
        }
        let current = self.checked_current(conn).await?;
        if to > current {
            return Err(Error::DownAboveCurrent {
                prefix: self.prefix.to_string(),
                target: to,
                current,
            });
        }
        let mut applied = Applied {
            from: current,
            to: current,
            versions: Vec::new(),
        };
        if to == current {
            return Ok(applied);
        }
        // Refuse before changing anything if any version on the way cannot be undone.
        for number in (to + 1..=current).rev() {
            let version = self
                .chain
                .version(number)
                .expect("current is within the chain");
            if let Down::Irreversible(reason) = version.down {
                return Err(Error::Irreversible {
                    prefix: self.prefix.to_string(),
                    version: number,
                    current,
                    reason,
                });
            }
        }
        let numbers: Vec<u32> = (to + 1..=current).rev().collect();
        self.run(conn, Direction::Down, &numbers, &mut applied, observe)
            .await?;
        Ok(applied)
    }

    /// Applies `numbers` in the given order, one transaction each, recording progress in `applied`.
    async fn run(
        &self,
        conn: &mut PgConnection,
        direction: Direction,
        numbers: &[u32],
        applied: &mut Applied,
        observe: &mut (dyn FnMut(&Event<'_>) + Send),
    ) -> Result<(), Error> {
        let count = numbers.len() as u32;
        let to = match direction {
            Direction::Up => numbers.last().copied().unwrap_or(applied.to),
            Direction::Down => numbers.last().map_or(applied.to, |n| n - 1),
        };
        // A down counts what it would destroy once, in the first version it undoes.
        let mut loss_check = (direction == Direction::Down && !self.allow_data_loss).then_some(to);
        observe(&Event::Plan {
            prefix: &self.prefix,
            direction,
            from: applied.from,
            to,
            count,
        });
        for (index, &number) in numbers.iter().enumerate() {
            let version = self
                .chain
                .version(number)
                .expect("the run stays within the chain");
            observe(&Event::VersionStarted {
                version,
                direction,
                index: index as u32 + 1,
                count,
            });
            if direction == Direction::Up && crate::online::applies(version) {
                crate::online::prepare(&self.target(), conn, version, self.online, observe).await?;
            }
            if self
                .apply(conn, version, direction, &mut loss_check, observe)
                .await?
            {
                applied.versions.push(number);
            }
            applied.to = match direction {
                Direction::Up => number,
                Direction::Down => number - 1,
            };
        }
        Ok(())
    }

    async fn checked_current(&self, conn: &mut PgConnection) -> Result<u32, Error> {
        let current = self.current_version(conn).await?;
        let latest = self.chain.latest();
        if current > latest {
            return Err(Error::AheadOfChain {
                prefix: self.prefix.to_string(),
                current,
                latest,
            });
        }
        Ok(current)
    }

    /// Applies one version in its own transaction. Returns `false` when another migrator had
    /// already applied it by the time the lock was ours. With `loss_check` (a down's target, taken
    /// by the first version that runs), first refuses the down if it would destroy data.
    async fn apply(
        &self,
        conn: &mut PgConnection,
        version: &'static Version,
        direction: Direction,
        loss_check: &mut Option<u32>,
        observe: &mut (dyn FnMut(&Event<'_>) + Send),
    ) -> Result<bool, Error> {
        let started = Instant::now();
        let number = version.number;
        let tx_error = |source| Error::Transaction {
            prefix: self.prefix.to_string(),
            version: number,
            source,
        };
        let mut tx = conn.begin().await.map_err(tx_error)?;

        // One round trip: the transaction's own timeouts, the migration lock if it is free, and
        // the marker as it stands once the lock is ours (its own statement, so its snapshot is
        // taken after the lock: another migrator may have moved the marker while it held it).
        let target = self.target();
        let key = lock_key(self.chain.tracking_table, &self.prefix);
        let prologue = format!(
            "{OWN_TIMEOUTS}; SELECT pg_catalog.pg_try_advisory_xact_lock({key}); {}",
            catalog::marker_sql(&self.prefix, self.chain.tracking_table)
        );
        let done = send(&mut tx, &prologue)
            .await
            .map_err(|stopped| tx_error(stopped.source))?;
        let locked = match done.get(2).and_then(|c| c.rows.first()) {
            Some(row) => sqlx::Row::try_get::<bool, _>(row, 0).map_err(tx_error)?,
            None => false,
        };
        let current = if locked && done.len() == 4 {
            let marker = Marker::from_rows(&done[3].rows).map_err(tx_error)?;
            target.version_of(marker)?
        } else {
            // Who holds it is only a report: a failure to read it must not stop the migration.
            let holder = locks::advisory_holder(&mut tx, key).await.ok().flatten();
            observe(&Event::WaitingForLock {
                prefix: &self.prefix,
                holder: holder.as_ref(),
            });
            execute(&mut tx, &take_lock(key)).await.map_err(tx_error)?;
            self.current_version(&mut tx)
                .await
                .map_err(|e| marker_error(e, number))?
        };

        let (expected, done) = match direction {
            Direction::Up => (number - 1, current >= number),
            Direction::Down => (number, current < number),
        };
        if done {
            tx.commit().await.map_err(tx_error)?;
            observe(&Event::AlreadyApplied { version });
            return Ok(false);
        }
        if current != expected {
            return Err(Error::Raced {
                prefix: self.prefix.to_string(),
                version: number,
                expected,
                found: current,
            });
        }

        // Under the lock and before this version changes anything: what the whole down destroys.
        let checked = match loss_check.take() {
            Some(to) => self.refuse_data_loss(&mut tx, number, to, observe).await,
            None => Ok(()),
        };
        // The body's batch starts with the database-wide extension lock (only while an extension
        // it creates is missing: CREATE EXTENSION IF NOT EXISTS by two tenants at once would
        // collide on pg_extension's unique name) and the version's own lock timeout (set after
        // the migration lock is ours, so that waiting for another migrator is not cut short).
        let mut lead = Vec::new();
        let extensions = locks::extensions_created(version, direction);
        if !extensions.is_empty() {
            lead.push(Unit::silent(
                locks::extension_lock_if_missing(&extensions),
                Label::Text("take the extension lock".to_owned()),
            ));
        }
        if let Some(timeout) = self.lock_timeout {
            lead.push(Unit::silent(
                set_lock_timeout(timeout),
                Label::Text("set lock_timeout".to_owned()),
            ));
        }
        let result = match checked {
            Ok(()) => {
                self.apply_body(&mut tx, version, direction, lead, observe)
                    .await
            }
            Err(error) => Err(error),
        };
        if let Err(error) = result {
            // Roll back first: the lock report reads pg_locks outside the failed transaction.
            let _ = tx.rollback().await;
            return Err(self.explain_lock_timeout(conn, error, expected).await);
        }
        tx.commit().await.map_err(tx_error)?;
        observe(&Event::VersionFinished {
            version,
            direction,
            elapsed: started.elapsed(),
        });
        Ok(true)
    }

    /// [`Error::DataLoss`] when the downs of `from ..= to+1` would destroy data (see
    /// [`crate::loss`]); on the connection of the first version's transaction, under its lock.
    async fn refuse_data_loss(
        &self,
        conn: &mut PgConnection,
        from: u32,
        to: u32,
        observe: &mut (dyn FnMut(&Event<'_>) + Send),
    ) -> Result<(), Error> {
        let losses = crate::loss::count(conn, self.chain, &self.prefix, from, to, observe)
            .await
            .map_err(|source| Error::Operation {
                prefix: self.prefix.to_string(),
                version: from,
                op: "count the data the down would destroy".to_owned(),
                source,
            })?;
        if losses.is_empty() {
            return Ok(());
        }
        Err(Error::DataLoss {
            prefix: self.prefix.to_string(),
            from,
            to,
            losses,
        })
    }

    /// Turns a statement that gave up waiting for a lock into [`Error::LockTimeout`] naming the
    /// sessions holding locks on the prefix's tables; other errors pass through.
    async fn explain_lock_timeout(
        &self,
        conn: &mut PgConnection,
        error: Error,
        current: u32,
    ) -> Error {
        match error {
            Error::Operation {
                prefix,
                version,
                op,
                source,
            } if locks::is_lock_timeout(&source) => Error::LockTimeout {
                prefix,
                version,
                current,
                op,
                timeout: self.lock_timeout,
                holders: locks::table_lock_holders(conn, &self.prefix)
                    .await
                    .unwrap_or_default(),
            },
            other => other,
        }
    }
}

/// A failure to read a marker inside version `version`'s transaction (its own, re-read under the
/// lock, or a sub-chain's) is a failure of that version, which was rolled back.
fn marker_error(error: Error, version: u32) -> Error {
    match error {
        Error::ReadVersion { prefix, source } => Error::Operation {
            prefix,
            version,
            op: "read the version marker".to_owned(),
            source,
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send<T: Send>(_: &T) {}

    /// Applications spawn migrations on multi-threaded runtimes (one task per tenant), so the
    /// public futures must be `Send`. Compiling this is the test.
    #[allow(dead_code, reason = "compile-time check only")]
    async fn public_futures_are_send(
        migrator: Migrator,
        mut conn: PgConnection,
        pool: sqlx::PgPool,
    ) {
        assert_send(&migrator.up(&mut conn, None));
        assert_send(&migrator.down(&mut conn, 0));
        assert_send(&migrator.status(&mut conn));
        assert_send(&crate::phoenix_kit::up(&pool, "public"));
        assert_send(&crate::phoenix_kit::down_to(&pool, "public", 0));
    }
}
