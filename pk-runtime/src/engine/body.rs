//! A version's body inside its transaction: its operations rendered, cut into batches (see
//! `sql::batch`), each batch sent in one round trip, and the marker written by the last one.
//! Steps that need the client between statements (a data step written in Rust, a sub-chain, a
//! guarded block holding one) run between batches.

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;
use std::time::Instant;

use sqlx::PgConnection;

use super::Migrator;
use crate::error::Error;
use crate::op::{Direction, Down, Version};
use crate::sql::batch::{self, Batch, Label, Piece, Report, Unit};
use crate::sql::{self, Step};
use crate::txn::Event;
use crate::wire::send;

/// Where a progress observer is passed.
type Observe<'o> = &'o mut (dyn FnMut(&Event<'_>) + Send);

impl Migrator {
    /// A version's operations and its marker write, on a connection already in a transaction;
    /// `lead` opens its first batch (the transaction's own settings and locks).
    pub(super) async fn apply_body(
        &self,
        conn: &mut PgConnection,
        version: &'static Version,
        direction: Direction,
        lead: Vec<Unit<'static>>,
        observe: Observe<'_>,
    ) -> Result<(), Error> {
        let number = version.number;
        let ops = self
            .chain
            .ops(version, direction)
            .map_err(|reason| Error::Irreversible {
                prefix: self.prefix.to_string(),
                version: number,
                current: number,
                reason,
            })?;
        let mut batch = Batch::default();
        for unit in lead {
            batch.push(unit);
        }
        let mut ids = 0;
        for rendered in sql::render_ops(&ops, &self.prefix) {
            let label = match rendered.ops[..] {
                [op] => Label::Op(op),
                ref ops => Label::Text(
                    ops.iter()
                        .map(|op| op.describe())
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            };
            self.run_steps(
                conn,
                number,
                &label,
                rendered.steps,
                &mut batch,
                &mut ids,
                observe,
            )
            .await?;
        }
        let marker = match direction {
            Direction::Up => Some(number),
            // The first version's down removes the tracking table itself.
            Direction::Down => (number > 1).then(|| number - 1),
        };
        if let Some(marker) = marker {
            batch.push(Unit::plain(
                sql::marker(self.chain.tracking_table, &self.prefix, marker),
                Label::Text(format!("write version marker {marker}")),
            ));
        }
        self.flush(conn, number, &mut batch, observe).await
    }

    /// Adds an operation's steps to `batch`; a step that needs the client first sends the batch
    /// so far, then runs. Boxed because a step may run a whole sub-chain, whose versions run
    /// steps in turn.
    #[allow(
        clippy::too_many_arguments,
        reason = "the recursion carries the batch being built"
    )]
    fn run_steps<'s, 'a: 's>(
        &'s self,
        conn: &'s mut PgConnection,
        version: u32,
        label: &'s Label<'a>,
        steps: Vec<Step<'a>>,
        batch: &'s mut Batch<'a>,
        ids: &'s mut usize,
        observe: Observe<'s>,
    ) -> Pin<Box<dyn Future<Output = Result<(), Error>> + Send + 's>> {
        Box::pin(async move {
            let fail = |source| Error::Operation {
                prefix: self.prefix.to_string(),
                version,
                op: label.describe(),
                source,
            };
            for piece in batch::compile(label, steps, &self.prefix, ids) {
                let step = match piece {
                    Piece::Unit(unit) => {
                        batch.push(unit);
                        continue;
                    }
                    Piece::Host(step) => step,
                };
                self.flush(conn, version, batch, observe).await?;
                match step {
                    Step::Block { guard, steps } => {
                        if guard.holds(conn, &self.prefix).await.map_err(fail)? {
                            self.run_steps(conn, version, label, steps, batch, ids, observe)
                                .await?;
                        } else {
                            observe(&Event::Skipped {
                                sql: &label.describe(),
                                guard: guard.describe(),
                            });
                        }
                    }
                    Step::Call(call) => {
                        let started = Instant::now();
                        let run = call
                            .run
                            .and_then(|run| run.downcast_ref::<crate::CallFn>())
                            .unwrap_or_else(|| {
                                panic!("call!({}) does not hold a pk_runtime::CallFn", call.name)
                            });
                        run(conn, &self.prefix).await.map_err(fail)?;
                        observe(&Event::Statement {
                            sql: &call.name,
                            elapsed: Some(started.elapsed()),
                        });
                    }
                    Step::Chain { chain, to } => {
                        let sub = Migrator {
                            chain,
                            prefix: self.prefix.clone(),
                            lock_timeout: None,
                            allow_ahead: false,
                            allow_data_loss: false,
                            online: false,
                        };
                        // Errors name the parent version and the sub-chain's version.
                        sub.run_inline(conn, to, observe)
                            .await
                            .map_err(|e| match e {
                                Error::ReadVersion { prefix, source } => Error::Operation {
                                    prefix,
                                    version,
                                    op: format!("read the {} version marker", chain.name),
                                    source,
                                },
                                Error::Operation {
                                    prefix,
                                    version: inner,
                                    op,
                                    source,
                                } => Error::Operation {
                                    prefix,
                                    version,
                                    op: format!("{} V{inner:02}: {op}", chain.name),
                                    source,
                                },
                                other => other,
                            })?;
                    }
                    Step::Statement { .. } | Step::Repeat { .. } | Step::Alter { .. } => {
                        unreachable!("batch::compile sends these with the batch")
                    }
                }
            }
            Ok(())
        })
    }

    /// Sends `batch` (leaving it empty) in one round trip and reports what ran and what its
    /// guards skipped. A failing statement is an error of the unit it belongs to.
    async fn flush(
        &self,
        conn: &mut PgConnection,
        version: u32,
        batch: &mut Batch<'_>,
        observe: Observe<'_>,
    ) -> Result<(), Error> {
        if batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(batch);
        let text = batch.text();
        let started = Instant::now();
        let done = send(conn, &text).await.map_err(|stopped| {
            let op = match batch.unit_of(stopped.index) {
                Some(unit) => batch.units()[unit].label.describe(),
                None => "note the guards that did not hold".to_owned(),
            };
            Error::Operation {
                prefix: self.prefix.to_string(),
                version,
                op,
                source: stopped.source,
            }
        })?;
        let notes = match (batch.reads_skips(), done.last()) {
            (true, Some(last)) => last
                .rows
                .first()
                .and_then(|row| sqlx::Row::try_get::<String, _>(row, 0).ok()),
            _ => None,
        };
        let elapsed = started.elapsed();
        let skipped = batch.skipped(notes.as_deref());
        for unit in batch.units() {
            report(&unit.report, &skipped, observe);
        }
        observe(&Event::Batch {
            statements: done.len() as u32,
            elapsed,
        });
        Ok(())
    }

    /// Moves this (sub-)chain from its current version to `to`, up or down, inside the caller's
    /// transaction and lock: no transaction, lock or progress events of its own.
    async fn run_inline(
        &self,
        conn: &mut PgConnection,
        to: u32,
        observe: Observe<'_>,
    ) -> Result<(), Error> {
        let current = self.checked_current(conn).await?;
        if to > current {
            for number in current + 1..=to {
                let version = self.chain.version(number).ok_or(Error::TargetOutOfRange {
                    target: to,
                    latest: self.chain.latest(),
                })?;
                self.apply_body(conn, version, Direction::Up, Vec::new(), observe)
                    .await?;
            }
        } else {
            let versions: Vec<&'static Version> = (to + 1..=current)
                .rev()
                .filter_map(|n| self.chain.version(n))
                .collect();
            if let Some(version) = versions
                .iter()
                .find(|v| matches!(v.down, Down::Irreversible(_)))
                && let Down::Irreversible(reason) = version.down
            {
                return Err(Error::Irreversible {
                    prefix: self.prefix.to_string(),
                    version: version.number,
                    current,
                    reason,
                });
            }
            for version in versions {
                self.apply_body(conn, version, Direction::Down, Vec::new(), observe)
                    .await?;
            }
        }
        Ok(())
    }
}

/// Reports a unit: its statements as run, or what its guards skipped.
fn report(reports: &[Report<'_>], skipped: &HashSet<usize>, observe: Observe<'_>) {
    for entry in reports {
        match entry {
            Report::Ran(sql) => observe(&Event::Statement { sql, elapsed: None }),
            Report::Guarded {
                id,
                guard,
                what,
                inner,
            } => {
                if skipped.contains(id) {
                    observe(&Event::Skipped {
                        sql: what,
                        guard: guard.describe(),
                    });
                } else {
                    report(inner, skipped, observe);
                }
            }
            Report::Alter { head, parts } => {
                let mut ran = Vec::new();
                for (id, guard, part) in parts {
                    if skipped.contains(id) {
                        observe(&Event::Skipped {
                            sql: &format!("{head} {part}"),
                            guard: guard.describe(),
                        });
                    } else {
                        ran.push(part.as_str());
                    }
                }
                if !ran.is_empty() {
                    observe(&Event::Statement {
                        sql: &format!("{head} {}", ran.join(", ")),
                        elapsed: None,
                    });
                }
            }
        }
    }
}
