//! What the command line prints while it works: progress lines, durations.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use super::Target;
use crate::{Chain, Direction, Event};

/// Parses `5s`, `500ms`, `2m`, `1h` or a bare number of seconds.
pub(super) fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a duration such as 5s, 500ms or 2m"))?;
    let millis = match unit {
        "ms" => Some(number),
        "" | "s" => number.checked_mul(1_000),
        "m" | "min" => number.checked_mul(60_000),
        "h" => number.checked_mul(3_600_000),
        _ => None,
    };
    millis
        .map(Duration::from_millis)
        .ok_or_else(|| format!("{text:?} is not a duration such as 5s, 500ms or 2m"))
}

/// `1 migration`, `2 migrations`.
pub(super) fn migrations(count: usize) -> String {
    crate::plural(count, "migration")
}

/// `5s`, `250ms`.
pub(super) fn human_duration(duration: Duration) -> String {
    if duration.subsec_millis() == 0 {
        format!("{}s", duration.as_secs())
    } else {
        format!("{}ms", duration.as_millis())
    }
}

/// `[#####·····]`: `done` of `count`, 20 cells wide.
pub(super) fn bar(done: u32, count: u32) -> String {
    const WIDTH: u32 = 20;
    let filled = (done * WIDTH).checked_div(count).unwrap_or(WIDTH) as usize;
    format!(
        "[{}{}]",
        "#".repeat(filled),
        "·".repeat(WIDTH as usize - filled)
    )
}

/// Progress lines in the spirit of PhoenixKit's (`Applying PhoenixKit V01→V10`, one line per
/// version, a completion line). Statements are shown with --verbose.
#[derive(Clone)]
pub(super) struct Progress {
    /// The chain's name, as the lines print it (`Applying PhoenixKit V01→V82`).
    chain: &'static str,
    quiet: bool,
    verbose: bool,
    terminal: bool,
    /// The pid last reported holding the migration lock: each holder is named once, not once
    /// per version it holds us up for.
    lock_holder: Option<i32>,
    /// Starts every line: `[prefix] ` when several tenants migrate at once, else empty.
    tag: String,
}

impl Progress {
    pub(super) fn new(chain: &Chain, target: &Target) -> Self {
        Progress {
            chain: chain.name,
            quiet: target.quiet,
            verbose: target.verbose,
            terminal: std::io::stderr().is_terminal(),
            lock_holder: None,
            tag: String::new(),
        }
    }

    /// Progress of one of several tenants: not drawn as a bar, every line tagged `[prefix] `.
    pub(super) fn for_tenant(&self, prefix: &str) -> Self {
        Progress {
            terminal: false,
            tag: format!("[{prefix}] "),
            ..self.clone()
        }
    }

    pub(super) fn event(&mut self, event: &Event<'_>) {
        if self.quiet {
            return;
        }
        let mut err = std::io::stderr().lock();
        let tag = &self.tag;
        match event {
            Event::Plan {
                prefix,
                direction,
                from,
                to,
                count,
            } => {
                let verb = match direction {
                    Direction::Up => "Applying",
                    Direction::Down => "Rolling back",
                };
                let _ = writeln!(
                    err,
                    "{tag}{verb} {} V{from:02}→V{to:02} in {prefix} ({})",
                    self.chain,
                    migrations(*count as usize)
                );
            }
            Event::WaitingForLock { prefix, holder } => {
                let pid = holder.map(|holder| holder.pid);
                if pid.is_some() && pid == self.lock_holder {
                    return;
                }
                self.lock_holder = pid;
                let _ = match holder {
                    Some(holder) => writeln!(
                        err,
                        "{tag}waiting for another migrator of {prefix} to finish: {holder}"
                    ),
                    None => writeln!(
                        err,
                        "{tag}waiting for another migrator of {prefix} to finish"
                    ),
                };
            }
            Event::VersionStarted {
                version,
                index,
                count,
                ..
            } if self.terminal => {
                let _ = write!(
                    err,
                    "\r\x1b[2K{tag}{} ({index}/{}) V{:02} {}",
                    bar(*index - 1, *count),
                    migrations(*count as usize),
                    version.number,
                    version.title
                );
                let _ = err.flush();
            }
            Event::VersionFinished {
                version,
                direction,
                elapsed,
            } => {
                let arrow = if *direction == Direction::Up {
                    "applied"
                } else {
                    "rolled back"
                };
                let clear = if self.terminal { "\r\x1b[2K" } else { "" };
                let _ = writeln!(
                    err,
                    "{clear}{tag}V{:02} {arrow}: {} ({} ms)",
                    version.number,
                    version.title,
                    elapsed.as_millis()
                );
            }
            Event::AlreadyApplied { version } => {
                let _ = writeln!(
                    err,
                    "{tag}V{:02} was applied by another migrator",
                    version.number
                );
            }
            Event::Statement { sql, elapsed } if self.verbose => {
                let _ = match elapsed {
                    Some(elapsed) => writeln!(err, "{tag}  {sql} ({} µs)", elapsed.as_micros()),
                    None => writeln!(err, "{tag}  {sql}"),
                };
            }
            Event::Batch {
                statements,
                elapsed,
            } if self.verbose => {
                let _ = writeln!(
                    err,
                    "{tag}  ({statements} statements sent as one query: {} µs)",
                    elapsed.as_micros()
                );
            }
            Event::Skipped { sql, guard } if self.verbose => {
                let _ = writeln!(err, "{tag}  skipped ({guard}): {sql}");
            }
            _ => {}
        }
    }
}
