//! `pk`: install, upgrade, roll back and inspect PhoenixKit's schema in a PostgreSQL database.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::str::FromStr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use pk_devdb::LocalCluster;
use pk_runtime::{Direction, Event, Migrator, phoenix_kit};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgConnection, PgPool};

/// PhoenixKit's versioned PostgreSQL schema, applied from Rust.
///
/// Without --database-url or DATABASE_URL, pk starts (or reuses) a local development PostgreSQL
/// with its data under ./.pk/ and uses its `pk` database.
#[derive(Debug, Parser)]
#[command(name = "pk", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Apply the pending versions (to the latest, or to --to N).
    Up {
        #[command(flatten)]
        target: Target,
        /// Stop at this version instead of the latest.
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        to: Option<u32>,
        /// Also migrate the prefixes listed in FILE, one per line (`#` starts a comment).
        #[arg(long, value_name = "FILE")]
        prefixes_file: Option<PathBuf>,
        /// With several prefixes: how many tenants migrate at once, each on its own connection.
        #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u32).range(1..))]
        jobs: u32,
        /// Succeed without changes when a database is at a version newer than this pk knows
        /// (a newer PhoenixKit migrated it); without it that is an error.
        #[arg(long)]
        allow_ahead: bool,
        /// Prepare columns added to every existing row (V40's uuid) before the version's
        /// transaction, in batches: other sessions are blocked for moments, not for the backfill.
        #[arg(long)]
        online: bool,
    },
    /// Roll back to version N (0 removes PhoenixKit's tables).
    Down {
        #[command(flatten)]
        target: Target,
        /// The version to leave the database at.
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        to: u32,
    },
    /// Print the installed and the latest version, and the pending versions.
    Status {
        #[command(flatten)]
        target: Target,
        /// Exit with status 2 when the database is not at the latest version.
        #[arg(long)]
        exit_code: bool,
        /// Print the status as one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Compare the live schema with the schema of its recorded version; exit 1 on drift.
    Verify {
        #[command(flatten)]
        target: Target,
    },
    /// Create what the schema of the recorded version has and the database lacks: indexes,
    /// constraints (foreign keys and CHECKs added NOT VALID, then validated), NOT NULL where no
    /// row holds a NULL, defaults, comments. Never drops, rewrites or reorders; every difference
    /// left alone is explained. Exit 1 when a repair failed.
    Repair {
        #[command(flatten)]
        target: Target,
        /// Print the plan (statements and what is left alone) without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print the SQL that up (or down, when --to is below --from) would run, without a database;
    /// statements that depend on a catalog check name it.
    Plan {
        /// The version the database is at.
        #[arg(long, value_name = "A", default_value_t = 0)]
        from: u32,
        /// The version to go to [default: the latest].
        #[arg(long, value_name = "B")]
        to: Option<u32>,
        /// Schema the statements are for.
        #[arg(long, value_name = "P", default_value = "public")]
        prefix: String,
    },
}

#[derive(Debug, Args)]
struct Target {
    /// PostgreSQL connection URL [default: $DATABASE_URL, else a local development database].
    #[arg(long, value_name = "URL", env = "DATABASE_URL", hide_env_values = true)]
    database_url: Option<String>,
    /// Schema to install into [default: public]. `up` takes several (--prefix a --prefix b …).
    #[arg(long, value_name = "P")]
    prefix: Vec<String>,
    /// Print only errors.
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Print every statement with its duration.
    #[arg(long, short, global = true, conflicts_with = "quiet")]
    verbose: bool,
    /// Give up a version (rolled back, marker unchanged) when one of its statements waits longer
    /// than this for a table lock held by another session (`5s`, `500ms`, `2m`; `0`: no limit).
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = parse_duration)]
    lock_timeout: Duration,
    /// Give up connecting to the database after this long (`0`: no limit).
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
    connect_timeout: Duration,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return fail(&format!("cannot start the async runtime: {e}")),
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Outcome::Failed(message)) => fail(&message),
        Err(Outcome::NotUpToDate) => ExitCode::from(2),
        Err(Outcome::Drift) => ExitCode::from(1),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

async fn run(cli: Cli) -> Result<(), Outcome> {
    let target = match &cli.command {
        Command::Up { target, .. }
        | Command::Down { target, .. }
        | Command::Status { target, .. }
        | Command::Verify { target }
        | Command::Repair { target, .. } => target,
        Command::Plan { from, to, prefix } => {
            let to = to.unwrap_or(phoenix_kit::CHAIN.latest());
            let plan = pk_runtime::plan::plan(&phoenix_kit::CHAIN, prefix, *from, to)
                .map_err(|e| e.to_string())?;
            print!("{plan}");
            return Ok(());
        }
    };
    let (name, file) = match &cli.command {
        Command::Up { prefixes_file, .. } => ("up", prefixes_file.as_deref()),
        Command::Down { .. } => ("down", None),
        Command::Status { .. } => ("status", None),
        Command::Verify { .. } => ("verify", None),
        Command::Repair { .. } => ("repair", None),
        Command::Plan { .. } => unreachable!("planned above, without a connection"),
    };
    let prefixes = prefixes(target, file)?;
    if let Command::Up {
        to,
        jobs,
        allow_ahead,
        online,
        ..
    } = &cli.command
        && prefixes.len() > 1
    {
        return up_tenants(target, &prefixes, *to, *jobs, *allow_ahead, *online).await;
    }
    let [prefix] = prefixes.as_slice() else {
        return Err(format!(
            "pk {name} takes one --prefix, got {}; `pk up` migrates several",
            prefixes.len()
        )
        .into());
    };
    let migrator = phoenix_kit::migrator(prefix)
        .map_err(|e| e.to_string())?
        .lock_timeout(target.lock_timeout);
    let mut conn = connect(target).await?;
    let mut progress = Progress::new(target);
    match &cli.command {
        Command::Up {
            to,
            allow_ahead,
            online,
            ..
        } => {
            let started = std::time::Instant::now();
            let applied = migrator
                .clone()
                .allow_ahead(*allow_ahead)
                .online(*online)
                .up_with(&mut conn, *to, &mut |e| progress.event(e))
                .await
                .map_err(|e| e.to_string())?;
            let latest = migrator.chain().latest();
            if applied.to > latest && !target.quiet {
                println!(
                    "{} in {} is at version {}, newer than this pk knows ({latest}): left alone (--allow-ahead)",
                    migrator.chain().name,
                    migrator.prefix(),
                    applied.to
                );
            } else if !applied.versions.is_empty() && !target.quiet {
                eprintln!(
                    "{} in {}: V{:02}→V{:02} done, {} migration(s) in {:.2} s",
                    migrator.chain().name,
                    migrator.prefix(),
                    applied.from,
                    applied.to,
                    applied.versions.len(),
                    started.elapsed().as_secs_f64()
                );
            } else if applied.versions.is_empty() && !target.quiet {
                println!(
                    "{} in {} is up to date at version {}",
                    migrator.chain().name,
                    migrator.prefix(),
                    applied.to
                );
            }
        }
        Command::Down { to, .. } => {
            let started = std::time::Instant::now();
            let applied = migrator
                .down_with(&mut conn, *to, &mut |e| progress.event(e))
                .await
                .map_err(|e| e.to_string())?;
            if !applied.versions.is_empty() && !target.quiet {
                eprintln!(
                    "{} in {}: V{:02}→V{:02} done, {} migration(s) rolled back in {:.2} s",
                    migrator.chain().name,
                    migrator.prefix(),
                    applied.from,
                    applied.to,
                    applied.versions.len(),
                    started.elapsed().as_secs_f64()
                );
            }
            if applied.versions.is_empty() && !target.quiet {
                println!(
                    "{} in {} is already at version {}",
                    migrator.chain().name,
                    migrator.prefix(),
                    applied.to
                );
            }
        }
        Command::Plan { .. } => unreachable!("planned above, without a connection"),
        Command::Verify { .. } => {
            let report = pk_runtime::verify::verify(&migrator, &mut conn)
                .await
                .map_err(|e| e.to_string())?;
            print!("{}", report.render());
            if !report.is_clean() {
                return Err(Outcome::Drift);
            }
        }
        Command::Repair { dry_run, .. } => repair(&migrator, &mut conn, target, *dry_run).await?,
        Command::Status {
            exit_code, json, ..
        } => {
            let current = status(&migrator, &mut conn, *json).await?;
            if *exit_code && current != migrator.chain().latest() {
                return Err(Outcome::NotUpToDate);
            }
        }
    }
    Ok(())
}

/// The prefixes named by `--prefix` and then by the lines of `--prefixes-file` (each trimmed; blank
/// lines and `#` comments skipped); `public` when none is.
fn prefixes(target: &Target, file: Option<&Path>) -> Result<Vec<String>, String> {
    let mut prefixes = target.prefix.clone();
    if let Some(file) = file {
        let text = std::fs::read_to_string(file)
            .map_err(|e| format!("cannot read --prefixes-file {}: {e}", file.display()))?;
        prefixes.extend(
            text.lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .map(str::to_owned),
        );
        if prefixes.is_empty() {
            return Err(format!(
                "--prefixes-file {} lists no prefix",
                file.display()
            ));
        }
    }
    if prefixes.is_empty() {
        prefixes.push("public".to_owned());
    }
    Ok(prefixes)
}

/// `pk up` with several prefixes: all validated before any SQL, then `--jobs` tenants at a time,
/// each on its own connection under its own lock. Progress lines are tagged `[prefix]`; a summary
/// table (prefix | from → to | result) follows on stdout; any failed tenant makes the exit non-zero.
async fn up_tenants(
    target: &Target,
    prefixes: &[String],
    to: Option<u32>,
    jobs: u32,
    allow_ahead: bool,
    online: bool,
) -> Result<(), Outcome> {
    let tenants = phoenix_kit::tenants(prefixes)
        .map_err(|e| e.to_string())?
        .jobs(jobs as usize)
        .allow_ahead(allow_ahead)
        .online(online)
        .lock_timeout(target.lock_timeout);
    let pool = connect_pool(target, jobs).await?;
    let (quiet, verbose) = (target.quiet, target.verbose);
    let progress: Mutex<HashMap<String, Progress>> = Mutex::new(HashMap::new());
    let summary = tenants
        .up_with(
            &pool,
            to,
            Arc::new(move |prefix, event| {
                let mut progress = progress.lock().unwrap_or_else(|e| e.into_inner());
                progress
                    .entry(prefix.to_string())
                    .or_insert_with(|| Progress {
                        quiet,
                        verbose,
                        terminal: false,
                        lock_holder: None,
                        tag: format!("[{prefix}] "),
                    })
                    .event(event);
            }),
        )
        .await;
    pool.close().await;
    if !target.quiet {
        print!("{summary}");
    }
    summary
        .into_result()
        .map(drop)
        .map_err(|e| e.to_string().into())
}

/// `pk repair`: prints the plan on stdout, runs it (unless `--dry-run`) with one progress line
/// per repair on stderr, then what was done and what was left alone.
async fn repair(
    migrator: &Migrator,
    conn: &mut PgConnection,
    target: &Target,
    dry_run: bool,
) -> Result<(), Outcome> {
    let plan = pk_runtime::repair::plan(migrator, conn)
        .await
        .map_err(|e| e.to_string())?;
    if dry_run || plan.actions.is_empty() {
        print!("{}", plan.render());
        return Ok(());
    }
    let (quiet, verbose) = (target.quiet, target.verbose);
    let outcome = pk_runtime::repair::run(migrator, conn, &plan, &mut |event| {
        use pk_runtime::repair::Event;
        if quiet {
            return;
        }
        match event {
            Event::Started {
                action,
                index,
                count,
            } => eprintln!("[{index}/{count}] {}: {}", action.object, action.summary),
            Event::Statement { sql, elapsed } if verbose => {
                eprintln!("  {sql} ({} µs)", elapsed.as_micros());
            }
            Event::Finished {
                result: Err(message),
                ..
            } => eprintln!("  failed: {message}"),
            _ => {}
        }
    })
    .await
    .map_err(|e| e.to_string())?;
    if !quiet {
        println!("{}: {outcome}", plan.prefix);
        print!("{}", plan.render_left_alone());
    }
    if outcome.failed.is_empty() {
        Ok(())
    } else {
        Err(Outcome::Failed(format!(
            "{}: {} of {} repair(s) failed (see above); run pk repair again once the cause is fixed",
            plan.prefix,
            outcome.failed.len(),
            plan.actions.len()
        )))
    }
}

/// Prints the status and returns the installed version. A marker newer than the chain is
/// reported, not treated as an error: status is how an operator finds that out.
async fn status(migrator: &Migrator, conn: &mut PgConnection, json: bool) -> Result<u32, Outcome> {
    let chain = migrator.chain();
    let current = migrator
        .current_version(conn)
        .await
        .map_err(|e| e.to_string())?;
    let latest = chain.latest();
    let pending: Vec<&pk_runtime::Version> = (current + 1..=latest)
        .filter_map(|n| chain.version(n))
        .collect();
    let state = if current > latest {
        "ahead"
    } else if pending.is_empty() {
        "up to date"
    } else {
        "pending"
    };
    if json {
        let pending = pending
            .iter()
            .map(|v| {
                format!(
                    r#"{{"version":{},"title":{}}}"#,
                    v.number,
                    json_string(v.title)
                )
            })
            .collect::<Vec<_>>()
            .join(",");
        println!(
            r#"{{"chain":{},"prefix":{},"current":{current},"latest":{latest},"state":{},"pending":[{pending}]}}"#,
            json_string(chain.name),
            json_string(migrator.prefix().as_str()),
            json_string(state)
        );
        return Ok(current);
    }
    println!("prefix: {}", migrator.prefix());
    println!("current version: {current}");
    println!("latest version: {latest}");
    match state {
        "ahead" => println!(
            "ahead: the database is at V{current:02}, newer than this pk knows (V{latest:02}); \
             up and down refuse to touch it"
        ),
        "up to date" => println!("up to date"),
        _ => {
            println!("pending: {}", pending.len());
            for version in pending {
                println!("  V{:02} {}", version.number, version.title);
            }
        }
    }
    Ok(current)
}

/// A JSON string literal.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Why a run did not succeed: an error to print, or (`status --exit-code`) a database that is
/// not up to date.
enum Outcome {
    Failed(String),
    NotUpToDate,
    /// `verify` found differences (already printed).
    Drift,
}

impl From<String> for Outcome {
    fn from(message: String) -> Self {
        Outcome::Failed(message)
    }
}

/// Connects to --database-url / DATABASE_URL, or to the local development database.
async fn connect(target: &Target) -> Result<PgConnection, String> {
    let url = database_url(target).await?;
    connect_url(&url, target.connect_timeout).await
}

/// A pool of up to `size` connections for several tenants, set up as [`connect_url`] connects.
/// One connection is opened at once, so an unreachable server is one error, not one per tenant.
async fn connect_pool(target: &Target, size: u32) -> Result<PgPool, String> {
    let url = database_url(target).await?;
    let failed = |e| pk_runtime::Error::Connect(e).to_string();
    let mut options = PgConnectOptions::from_str(&url).map_err(failed)?;
    if options.get_application_name().is_none() {
        options = options.application_name("pk");
    }
    let mut pool = PgPoolOptions::new()
        .max_connections(size)
        .min_connections(0);
    if !target.connect_timeout.is_zero() {
        pool = pool.acquire_timeout(target.connect_timeout);
    }
    pool.connect_with(options).await.map_err(failed)
}

/// --database-url / DATABASE_URL, or the local development database (started if needed).
async fn database_url(target: &Target) -> Result<String, String> {
    Ok(match &target.database_url {
        Some(url) => url.clone(),
        None => {
            let dir = Path::new(".pk");
            let cluster = LocalCluster::start_persistent(dir).map_err(|e| e.to_string())?;
            if !target.quiet {
                eprintln!(
                    "no --database-url or DATABASE_URL: using the local development PostgreSQL in ./.pk (database `pk`)"
                );
            }
            let mut admin = PgConnection::connect(&cluster.url("postgres"))
                .await
                .map_err(|e| {
                    format!(
                        "cannot connect to the local development database: {}",
                        pk_runtime::describe_sqlx(&e)
                    )
                })?;
            let exists: bool = sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'pk')",
            )
            .fetch_one(&mut admin)
            .await
            .map_err(|e| pk_runtime::describe_sqlx(&e))?;
            if !exists {
                sqlx::raw_sql("CREATE DATABASE pk")
                    .execute(&mut admin)
                    .await
                    .map_err(|e| pk_runtime::describe_sqlx(&e))?;
            }
            cluster.url("pk")
        }
    })
}

/// Connects as application `pk` (unless the URL names another), so that other sessions see who
/// holds a migration lock, giving up after `timeout` (zero: no limit).
async fn connect_url(url: &str, timeout: Duration) -> Result<PgConnection, String> {
    let failed = |e| pk_runtime::Error::Connect(e).to_string();
    let mut options = PgConnectOptions::from_str(url).map_err(failed)?;
    if options.get_application_name().is_none() {
        options = options.application_name("pk");
    }
    let connecting = PgConnection::connect_with(&options);
    if timeout.is_zero() {
        return connecting.await.map_err(failed);
    }
    match tokio::time::timeout(timeout, connecting).await {
        Ok(connected) => connected.map_err(failed),
        Err(_) => Err(format!(
            "cannot connect to the database: no answer from {} within {} (--connect-timeout)",
            options.get_socket().map_or_else(
                || format!("{}:{}", options.get_host(), options.get_port()),
                |socket| socket.display().to_string()
            ),
            human_duration(timeout)
        )),
    }
}

/// Parses `5s`, `500ms`, `2m`, `1h` or a bare number of seconds.
fn parse_duration(text: &str) -> Result<Duration, String> {
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

/// `5s`, `250ms`.
fn human_duration(duration: Duration) -> String {
    if duration.subsec_millis() == 0 {
        format!("{}s", duration.as_secs())
    } else {
        format!("{}ms", duration.as_millis())
    }
}

/// `[#####·····]`: `done` of `count`, 20 cells wide.
fn bar(done: u32, count: u32) -> String {
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
struct Progress {
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
    fn new(target: &Target) -> Self {
        Progress {
            quiet: target.quiet,
            verbose: target.verbose,
            terminal: std::io::stderr().is_terminal(),
            lock_holder: None,
            tag: String::new(),
        }
    }

    fn event(&mut self, event: &Event<'_>) {
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
                    "{tag}{verb} PhoenixKit V{from:02}→V{to:02} in {prefix} ({count} migrations)"
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
                    "\r\x1b[2K{tag}{} ({index}/{count} migrations) V{:02} {}",
                    bar(*index - 1, *count),
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
                let _ = writeln!(err, "{tag}  {sql} ({} µs)", elapsed.as_micros());
            }
            Event::Skipped { sql, guard } if self.verbose => {
                let _ = writeln!(err, "{tag}  skipped ({guard}): {sql}");
            }
            _ => {}
        }
    }
}
