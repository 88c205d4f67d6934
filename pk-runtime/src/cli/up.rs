//! `pk up`, for one prefix or many, retrying transient failures (`--retries N`): each retry
//! reconnects and starts a new `up` from wherever the marker is.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::connect::{connect_pool, connect_url, database_url};
use super::report::{Progress, human_duration, migrations};
use super::{Outcome, Target};
use crate::tenants::{Summary, TenantOutcome, TenantsFailed};
use crate::{Chain, Error, Event, Migrator, Tenants};

/// What `pk up` was asked to do, beside the prefixes.
#[derive(Debug, Clone, Copy)]
pub(super) struct UpOptions {
    pub(super) to: Option<u32>,
    pub(super) jobs: u32,
    pub(super) allow_ahead: bool,
    pub(super) online: bool,
    pub(super) retries: u32,
}

/// The wait before retry `attempt` (from 1): 200 ms, doubling, at most 5 s.
pub(super) fn backoff(attempt: u32) -> Duration {
    const FIRST: Duration = Duration::from_millis(200);
    const MAX: Duration = Duration::from_secs(5);
    FIRST
        .checked_mul(1 << attempt.saturating_sub(1).min(16))
        .map_or(MAX, |delay| delay.min(MAX))
}

/// A failed attempt: the message, and whether another may succeed.
struct Failure {
    message: String,
    transient: bool,
}

/// Prints the retry line (unless `--quiet`) and waits; `false` when no retry is left or the
/// failure is permanent.
async fn retry(target: &Target, failure: &Failure, attempt: &mut u32, retries: u32) -> bool {
    if !failure.transient || *attempt >= retries {
        return false;
    }
    *attempt += 1;
    let delay = backoff(*attempt);
    if !target.quiet {
        eprintln!(
            "retrying in {} ({} of {retries}): {}",
            human_duration(delay),
            *attempt,
            failure.message
        );
    }
    tokio::time::sleep(delay).await;
    true
}

/// `pk up` for one prefix: connects, runs the chain's up from the marker; on a transient failure
/// (and while retries are left) waits, reconnects and runs it again from the marker it finds.
pub(super) async fn up_one(
    chain: &'static Chain,
    target: &Target,
    prefix: &str,
    options: UpOptions,
) -> Result<(), Outcome> {
    let migrator = Migrator::new(chain, prefix)
        .map_err(|e| e.to_string())?
        .lock_timeout(target.lock_timeout)
        .allow_ahead(options.allow_ahead)
        .online(options.online);
    let url = database_url(target).await?;
    let mut progress = Progress::new(chain, target);
    let started = Instant::now();
    // Over all attempts: where the first one started, what each committed.
    let (mut from, mut versions) = (None, Vec::new());
    let mut attempt = 0;
    let applied = loop {
        let failure = match connect_url(&url, target.connect_timeout).await {
            Err(failure) => Failure {
                message: failure.message,
                transient: failure.transient,
            },
            Ok(mut conn) => {
                let result = migrator
                    .up_with(&mut conn, options.to, &mut |event| {
                        match event {
                            Event::Plan { from: f, .. } => {
                                from.get_or_insert(*f);
                            }
                            Event::VersionFinished { version, .. } => versions.push(version.number),
                            _ => {}
                        }
                        progress.event(event);
                    })
                    .await;
                match result {
                    Ok(applied) => break applied,
                    Err(error) => Failure {
                        message: error.to_string(),
                        transient: error.is_transient(),
                    },
                }
            }
        };
        if !retry(target, &failure, &mut attempt, options.retries).await {
            return Err(Outcome::Failed(failure.message));
        }
    };
    if target.quiet {
        return Ok(());
    }
    let (chain_name, prefix) = (migrator.chain().name, migrator.prefix());
    let latest = migrator.chain().latest();
    if applied.to > latest {
        println!(
            "{chain_name} in {prefix} is at version {}, newer than this pk knows ({latest}): left alone (--allow-ahead)",
            applied.to
        );
    } else if versions.is_empty() {
        println!(
            "{chain_name} in {prefix} is up to date at version {}",
            applied.to
        );
    } else {
        println!(
            "{chain_name} in {prefix}: V{:02}→V{:02} done, {} in {:.2} s",
            from.unwrap_or(applied.from),
            applied.to,
            migrations(versions.len()),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}

/// `pk up` with several prefixes: all validated before any SQL, then `--jobs` tenants at a time,
/// each on its own connection under its own lock. Progress lines are tagged `[prefix]`; a summary
/// table (prefix | from → to | result) follows on stdout; any failed tenant makes the exit non-zero.
/// Tenants that failed transiently are retried (a new pool, a new `up` from their marker) while
/// retries are left; the summary shows each tenant's whole run.
pub(super) async fn up_tenants(
    chain: &'static Chain,
    target: &Target,
    prefixes: &[String],
    options: UpOptions,
) -> Result<(), Outcome> {
    // Every prefix is checked before anything runs.
    Tenants::new(chain, prefixes).map_err(|e| e.to_string())?;
    let url = database_url(target).await?;
    let template = Progress::new(chain, target);
    let progress: Arc<Mutex<HashMap<String, Progress>>> = Arc::default();
    let mut outcomes: Vec<TenantOutcome> = Vec::new();
    let mut pending: Vec<String> = prefixes.to_vec();
    let mut attempt = 0;
    loop {
        let tenants = Tenants::new(chain, &pending)
            .map_err(|e| e.to_string())?
            .jobs(options.jobs as usize)
            .allow_ahead(options.allow_ahead)
            .online(options.online)
            .lock_timeout(target.lock_timeout);
        let pool = match connect_pool(&url, target, options.jobs).await {
            Ok(pool) => pool,
            Err(failure) => {
                let failure = Failure {
                    message: failure.message,
                    transient: failure.transient,
                };
                if retry(target, &failure, &mut attempt, options.retries).await {
                    continue;
                }
                return Err(Outcome::Failed(failure.message));
            }
        };
        let (progress, template) = (Arc::clone(&progress), template.clone());
        let summary = tenants
            .up_with(
                &pool,
                options.to,
                Arc::new(move |prefix, event| {
                    let mut progress = progress.lock().unwrap_or_else(|e| e.into_inner());
                    progress
                        .entry(prefix.to_string())
                        .or_insert_with(|| template.for_tenant(prefix.as_str()))
                        .event(event);
                }),
            )
            .await;
        pool.close().await;
        let retried: Vec<String> = summary
            .tenants
            .iter()
            .filter(|t| t.error.as_ref().is_some_and(Error::is_transient))
            .map(|t| t.prefix.to_string())
            .collect();
        for outcome in summary.tenants {
            merge(&mut outcomes, outcome);
        }
        if retried.is_empty() || attempt >= options.retries {
            break;
        }
        attempt += 1;
        let delay = backoff(attempt);
        if !target.quiet {
            for outcome in outcomes
                .iter()
                .filter(|t| retried.contains(&t.prefix.to_string()))
            {
                let message = outcome.error.as_ref().map(ToString::to_string);
                eprintln!(
                    "[{}] retrying in {} ({attempt} of {}): {}",
                    outcome.prefix,
                    human_duration(delay),
                    options.retries,
                    message.unwrap_or_default()
                );
            }
        }
        tokio::time::sleep(delay).await;
        pending = retried;
    }
    let summary = Summary { tenants: outcomes };
    if !target.quiet {
        print!("{summary}");
    }
    summary
        .into_result()
        .map(drop)
        .map_err(|e: TenantsFailed| e.to_string().into())
}

/// Folds a tenant's latest attempt into its outcome so far: where it started, everything it
/// committed, where it is now and how its last attempt ended.
fn merge(outcomes: &mut Vec<TenantOutcome>, outcome: TenantOutcome) {
    match outcomes.iter_mut().find(|t| t.prefix == outcome.prefix) {
        None => outcomes.push(outcome),
        Some(earlier) => {
            earlier.from = earlier.from.or(outcome.from);
            earlier.reached = outcome.reached.or(earlier.reached);
            earlier.applied.extend(outcome.applied);
            earlier.error = outcome.error;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_200ms_up_to_5s() {
        let delays: Vec<u128> = (1..=7).map(|n| backoff(n).as_millis()).collect();
        assert_eq!(delays, [200, 400, 800, 1600, 3200, 5000, 5000]);
        assert_eq!(backoff(u32::MAX), Duration::from_secs(5));
    }
}
