//! The command line of a chain: `up`, `down`, `status`, `verify`, `repair`, `plan` for any
//! [`Chain`], so that an application's own migrate binary is three lines:
//!
//! ```no_run
//! # use pk_runtime::phoenix_kit::CHAIN;
//! fn main() -> std::process::ExitCode {
//!     pk_runtime::cli::main(&CHAIN)
//! }
//! ```
//!
//! `pk` is this function applied to PhoenixKit's chain.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

mod commands;
mod connect;
mod dev;
mod report;
mod up;

use crate::{Chain, Migrator};
use commands::{prefixes, repair, status};
use connect::connect;
use report::{Progress, migrations, parse_duration};
use up::{UpOptions, up_one, up_tenants};

/// The arguments; name, version and description are the chain's, set in [`command`].
#[derive(Debug, Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[command(flatten)]
    target: Target,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Apply the pending versions (to the latest, or to --to N).
    ///
    /// Each version runs in one transaction with its marker; a version interrupted by anything (pk killed, its connection
    /// terminated, the server crashing) is rolled back whole, and the next `up` continues from
    /// the marker. Each version's transaction sets `statement_timeout` and
    /// `idle_in_transaction_session_timeout` to 0 for itself (`SET LOCAL`), so timeouts set on
    /// the role or database do not cut it (--online lifts the session's statement_timeout for its
    /// steps outside a transaction, and gives it back after).
    Up {
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
        /// Retry up to N times when a run fails for a reason that may pass: the connection lost
        /// (terminated, the server restarting), the server starting up or unreachable, a lock
        /// wait past --lock-timeout, a serialization failure or a deadlock. Each retry waits
        /// (200 ms, doubling, at most 5 s; said on stderr), reconnects and continues from the
        /// marker. Other errors (syntax, privileges, constraints, data) are never retried.
        #[arg(long, value_name = "N", default_value_t = 0)]
        retries: u32,
    },
    /// Roll back to version N (0 removes PhoenixKit's tables). Refused, before anything changes,
    /// when it would destroy data (rows of a table it drops, values of a column it drops, rows a
    /// data reverse deletes; the chain's own seed rows, unchanged, do not count): the error lists
    /// each table and column with its count. `--allow-data-loss` runs it anyway.
    Down {
        /// The version to leave the database at.
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        to: u32,
        /// Run the down even though it destroys data (rows, column values) the database holds;
        /// without it such a down is refused and nothing changes.
        #[arg(long)]
        allow_data_loss: bool,
    },
    /// Print the installed and the latest version, and the pending versions.
    Status {
        /// Exit with status 2 when the database is not at the latest version.
        #[arg(long)]
        exit_code: bool,
        /// Print the status as one JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Compare the live schema with the schema of its recorded version; exit 1 on drift.
    Verify,
    /// Create what the schema of the recorded version has and the database lacks: indexes,
    /// constraints (foreign keys and CHECKs added NOT VALID, then validated), NOT NULL where no
    /// row holds a NULL, defaults, comments. Never drops, rewrites or reorders; every difference
    /// left alone is explained. Exit 1 when a repair failed.
    Repair {
        /// Print the plan (statements and what is left alone) without changing anything.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print the SQL that up (or down, when --to is below --from) would run, without a database;
    /// statements that depend on a catalog check name it. For a down, with --database-url or
    /// DATABASE_URL, each statement that destroys data is preceded by what it destroys there
    /// (rows, non-NULL values), counted as `pk down` counts them.
    Plan {
        /// The version the database is at.
        #[arg(long, value_name = "A", default_value_t = 0)]
        from: u32,
        /// The version to go to [default: the latest].
        #[arg(long, value_name = "B")]
        to: Option<u32>,
    },
    /// List every version of the chain (number, title, irreversible ones marked); with
    /// --database-url or DATABASE_URL, also which are applied.
    List,
    /// Print a completion script for SHELL on stdout (e.g. `pk completions bash >
    /// ~/.local/share/bash-completion/completions/pk`).
    Completions {
        /// The shell to complete for.
        shell: clap_complete::Shell,
    },
    /// Write the chain's next version file (vNN.rs, no operations yet) into its directory.
    New {
        /// What the version does, as its title.
        title: String,
    },
    /// The local development PostgreSQL under ./.pk/ (used when no database URL is given).
    Dev {
        #[command(subcommand)]
        action: DevAction,
    },
}

#[derive(Debug, Subcommand)]
enum DevAction {
    /// Start it (created on first use); it keeps running until `dev stop`.
    Start,
    /// Stop it (a fast shutdown: connected sessions are ended).
    Stop,
    /// Say whether it is running, and its URL when it is.
    Status,
    /// Print its connection URL (it is started if it is not running).
    Url,
    /// Open psql on its `pk` database (it is started if it is not running).
    Psql,
}

#[derive(Debug, Args)]
pub(super) struct Target {
    /// PostgreSQL connection URL [default: $DATABASE_URL (the environment, else a .env file in
    /// this directory or a parent), else the local development database].
    #[arg(
        long,
        value_name = "URL",
        env = "DATABASE_URL",
        hide_env_values = true,
        global = true
    )]
    pub(super) database_url: Option<String>,
    /// Schema to work on [default: public]. `up` takes several (--prefix a --prefix b …).
    #[arg(long, value_name = "P", global = true)]
    pub(super) prefix: Vec<String>,
    /// Print only errors.
    #[arg(long, short, global = true)]
    pub(super) quiet: bool,
    /// Print every statement with its duration.
    #[arg(long, short, global = true, conflicts_with = "quiet")]
    pub(super) verbose: bool,
    /// Give up a version (rolled back, marker unchanged) when one of its statements waits longer
    /// than this for a table lock held by another session (`5s`, `500ms`, `2m`; `0`: no limit).
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = parse_duration, global = true)]
    pub(super) lock_timeout: Duration,
    /// Give up connecting to the database after this long (`0`: no limit).
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration, global = true)]
    pub(super) connect_timeout: Duration,
    /// Where DATABASE_URL came from (the environment or a .env file), for --verbose.
    #[arg(skip)]
    pub(super) url_source: Option<String>,
}

/// Parses the process's arguments and runs the command for `chain`; the exit code is 0 on
/// success, 1 on failure or drift (`verify`), 2 when `status --exit-code` finds pending versions.
pub fn main(chain: &'static Chain) -> ExitCode {
    let url_source = load_dotenv();
    let mut cli = match Cli::from_arg_matches(&command(chain).get_matches()) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    cli.target.url_source = url_source;
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => return fail(&format!("cannot start the async runtime: {e}")),
    };
    match runtime.block_on(run(chain, cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Outcome::Failed(message)) => fail(&message),
        Err(Outcome::NotUpToDate) => ExitCode::from(2),
        Err(Outcome::Drift) => ExitCode::from(1),
    }
}

/// The name this binary runs as (`pk`, or an application's `migrate`).
pub(super) fn bin_name() -> String {
    std::env::args_os()
        .next()
        .and_then(|arg0| {
            std::path::Path::new(&arg0)
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "pk".to_owned())
}

/// The command as the binary presents it: its own name (the file it runs as), pk's version with
/// the chain and its latest version, and a description naming the chain.
fn command(chain: &'static Chain) -> clap::Command {
    let name = bin_name();
    let pk = env!("CARGO_PKG_VERSION");
    let version = if name == "pk" {
        format!("{pk} ({} chain, latest V{:02})", chain.name, chain.latest())
    } else {
        format!(
            "(pk {pk}) {} chain, latest V{:02}",
            chain.name,
            chain.latest()
        )
    };
    Cli::command()
        .name(name.clone())
        .bin_name(name.clone())
        .version(version)
        .about(format!(
            "Apply, roll back and inspect {}'s versioned PostgreSQL schema.",
            chain.name
        ))
        .long_about(format!(
            "Apply, roll back and inspect {}'s versioned PostgreSQL schema.\n\n\
             Without --database-url or DATABASE_URL, {name} starts (or reuses) a local development \
             PostgreSQL with its data under ./.pk/ and uses its `pk` database.",
            chain.name
        ))
}

/// Loads a `.env` file from this directory or the nearest parent that has one (as dotenvy finds
/// it) without overriding the environment, and says where `DATABASE_URL` comes from.
fn load_dotenv() -> Option<String> {
    let in_environment = std::env::var_os("DATABASE_URL").is_some();
    let file = dotenvy::dotenv().ok();
    if in_environment {
        Some("DATABASE_URL from the environment".to_owned())
    } else {
        match file {
            Some(path) if std::env::var_os("DATABASE_URL").is_some() => {
                Some(format!("DATABASE_URL from {}", path.display()))
            }
            _ => None,
        }
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

async fn run(chain: &'static Chain, cli: Cli) -> Result<(), Outcome> {
    let target = &cli.target;
    match &cli.command {
        Command::Plan { from, to } => {
            let prefix = match target.prefix.as_slice() {
                [] => "public",
                [prefix] => prefix.as_str(),
                more => {
                    return Err(format!("pk plan takes one --prefix, got {}", more.len()).into());
                }
            };
            let to = to.unwrap_or(chain.latest());
            let losses = if to < *from && target.database_url.is_some() {
                let prefix = crate::Prefix::new(prefix).map_err(|e| e.to_string())?;
                let mut conn = connect(target).await?;
                let losses = crate::loss::count(&mut conn, chain, &prefix, *from, to, &mut |_| {})
                    .await
                    .map_err(|e| {
                        format!(
                            "prefix {prefix}: cannot count the data the down would destroy: {}",
                            crate::describe_sqlx(&e)
                        )
                    })?;
                Some(losses)
            } else {
                None
            };
            let plan = crate::plan::plan_with_losses(chain, prefix, *from, to, losses.as_deref())
                .map_err(|e| e.to_string())?;
            print!("{plan}");
            return Ok(());
        }
        Command::Completions { shell } => {
            let mut command = command(chain);
            let name = command.get_name().to_owned();
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut command, name, &mut script);
            // A closed pipe is the reader's choice, not an error.
            let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), &script);
            return Ok(());
        }
        Command::Dev { action } => return dev::run(action, target).await,
        Command::List => return commands::list(chain, target).await,
        Command::New { title } => return commands::new(chain, title),
        _ => {}
    }
    let (name, file) = match &cli.command {
        Command::Up { prefixes_file, .. } => ("up", prefixes_file.as_deref()),
        Command::Down { .. } => ("down", None),
        Command::Status { .. } => ("status", None),
        Command::Verify => ("verify", None),
        Command::Repair { .. } => ("repair", None),
        _ => unreachable!("handled above, without a connection"),
    };
    let prefixes = prefixes(target, file)?;
    if let Command::Up {
        to,
        jobs,
        allow_ahead,
        online,
        retries,
        ..
    } = &cli.command
    {
        let options = UpOptions {
            to: *to,
            jobs: *jobs,
            allow_ahead: *allow_ahead,
            online: *online,
            retries: *retries,
        };
        return match prefixes.as_slice() {
            [prefix] => up_one(chain, target, prefix, options).await,
            more => up_tenants(chain, target, more, options).await,
        };
    }
    let [prefix] = prefixes.as_slice() else {
        return Err(format!(
            "pk {name} takes one --prefix, got {}; `pk up` migrates several",
            prefixes.len()
        )
        .into());
    };
    let migrator = Migrator::new(chain, prefix)
        .map_err(|e| e.to_string())?
        .lock_timeout(target.lock_timeout);
    let mut conn = connect(target).await?;
    let mut progress = Progress::new(chain, target);
    match &cli.command {
        Command::Up { .. } => unreachable!("handled above"),
        Command::Down {
            to,
            allow_data_loss,
        } => {
            let started = std::time::Instant::now();
            let applied = migrator
                .clone()
                .allow_data_loss(*allow_data_loss)
                .down_with(&mut conn, *to, &mut |e| progress.event(e))
                .await
                .map_err(|e| e.to_string())?;
            if !applied.versions.is_empty() && !target.quiet {
                println!(
                    "{} in {}: V{:02}→V{:02} done, {} rolled back in {:.2} s",
                    migrator.chain().name,
                    migrator.prefix(),
                    applied.from,
                    applied.to,
                    migrations(applied.versions.len()),
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
        Command::Plan { .. }
        | Command::List
        | Command::New { .. }
        | Command::Completions { .. }
        | Command::Dev { .. } => unreachable!("handled above, without a connection"),
        Command::Verify => {
            let report = crate::verify::verify(&migrator, &mut conn)
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
