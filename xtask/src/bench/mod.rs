//! `cargo xtask bench`: times pk's migrations on a throwaway PostgreSQL started with the server
//! settings of PhoenixKit's reference timings, next to PostgreSQL's own speed (psql replaying
//! the statements PhoenixKit executes), and writes the table to `BENCHMARKS.md`.
//!
//! The migrations run inside this process, so a debug build of xtask runs itself again as a
//! release build: what is timed is pk compiled as an application ships it.

mod chain;
mod cluster;
mod compile;
mod noop;
mod proxy;
mod replay;
mod report;
mod sqlx_replay;
mod tenants;
mod v40;

use std::fmt::Display;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use cluster::Server;
use report::Report;

/// The cases, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Chain,
    Noop,
    V40,
    Tenants,
    Build,
}

impl Case {
    const ALL: [Case; 5] = [
        Case::Chain,
        Case::Noop,
        Case::V40,
        Case::Tenants,
        Case::Build,
    ];

    fn name(self) -> &'static str {
        match self {
            Case::Chain => "chain",
            Case::Noop => "noop",
            Case::V40 => "v40",
            Case::Tenants => "tenants",
            Case::Build => "build",
        }
    }
}

/// How much work each case does.
#[derive(Debug, Clone, Copy)]
struct Plan {
    quick: bool,
    /// Untimed runs before the timed ones, in every database case.
    warmups: usize,
    chain_runs: usize,
    noop_runs: usize,
    v40_rows: u64,
    v40_runs: usize,
    tenants: usize,
    tenant_runs: usize,
    touch_runs: usize,
}

const FULL: Plan = Plan {
    quick: false,
    warmups: 1,
    chain_runs: 9,
    noop_runs: 50,
    v40_rows: 1_000_000,
    v40_runs: 3,
    tenants: 200,
    tenant_runs: 2,
    touch_runs: 3,
};

/// `--quick`: a smoke test of every database case in a couple of minutes, not a measurement.
const QUICK: Plan = Plan {
    quick: true,
    warmups: 1,
    chain_runs: 2,
    noop_runs: 10,
    v40_rows: 100_000,
    v40_runs: 1,
    tenants: 8,
    tenant_runs: 1,
    touch_runs: 1,
};

#[derive(Debug)]
struct Options {
    plan: Plan,
    cases: Vec<Case>,
    out: Option<PathBuf>,
}

/// Runs `cargo xtask bench` with its arguments (after `bench`) in the workspace at `root`.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let options = parse(args)?;
    if cfg!(debug_assertions) {
        return run_optimized(root, args);
    }
    let mut report = Report::default();
    describe_machine(root, &options.plan, &mut report);
    let mut failed = Vec::new();
    let database_cases: Vec<Case> = options
        .cases
        .iter()
        .copied()
        .filter(|&c| c != Case::Build)
        .collect();
    if !database_cases.is_empty() {
        progress("starting PostgreSQL");
        let server = Server::start()?;
        // One thread, as the `pk` command runs: the client side of a migration is a chain of
        // round trips, and a multi-threaded runtime would add cross-thread wake-ups to each.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .context("cannot start the async runtime")?;
        runtime.block_on(async {
            let (version, settings) = server.describe().await?;
            report.machine("PostgreSQL", version);
            report.machine(
                "server settings",
                format!("{settings}; Unix socket, same machine"),
            );
            for case in database_cases {
                let outcome = match case {
                    Case::Chain => chain::run(root, &server, &options.plan, &mut report).await,
                    Case::Noop => noop::run(&server, &options.plan, &mut report).await,
                    Case::V40 => v40::run(root, &server, &options.plan, &mut report).await,
                    Case::Tenants => tenants::run(&server, &options.plan, &mut report).await,
                    Case::Build => Ok(()),
                };
                if let Err(e) = outcome {
                    failed.push((case, e));
                }
            }
            Ok::<(), String>(())
        })?;
    }
    if options.cases.contains(&Case::Build)
        && let Err(e) = compile::run(root, &options.plan, &mut report)
    {
        failed.push((Case::Build, e));
    }
    report.machine("load average at the end", load_average());
    for (case, error) in &failed {
        report.section(&format!("Case `{}` failed", case.name()), error.clone());
    }

    let text = report.render();
    println!("{text}");
    let complete =
        !options.plan.quick && failed.is_empty() && options.cases.len() == Case::ALL.len();
    match options
        .out
        .or_else(|| complete.then(|| root.join("BENCHMARKS.md")))
    {
        Some(path) => {
            report::write(&path, &text)?;
            progress(format!("wrote {}", path.display()));
        }
        None => progress(
            "BENCHMARKS.md is written by a full, successful run of every case only (or use --out FILE)",
        ),
    }
    match failed.len() {
        0 => Ok(()),
        n => Err(format!("{n} case(s) failed; see above")),
    }
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut plan = FULL;
    let mut cases = None;
    let mut out = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--quick" => plan = QUICK,
            "--cases" => {
                let list = args
                    .next()
                    .ok_or("--cases needs a list, e.g. --cases chain,noop")?;
                cases = Some(
                    list.split(',')
                        .map(|name| {
                            Case::ALL
                                .into_iter()
                                .find(|case| case.name() == name.trim())
                                .ok_or_else(|| format!("unknown case `{name}` (cases: chain, noop, v40, tenants, build)"))
                        })
                        .collect::<Result<Vec<_>, _>>()?,
                );
            }
            "--out" => out = Some(PathBuf::from(args.next().ok_or("--out needs a file name")?)),
            other => {
                return Err(format!(
                    "unknown bench argument `{other}` (see cargo xtask help)"
                ));
            }
        }
    }
    // A clean build takes minutes; a quick run leaves it out unless asked for.
    let cases = cases.unwrap_or_else(|| {
        Case::ALL
            .into_iter()
            .filter(|&c| !(plan.quick && c == Case::Build))
            .collect()
    });
    // Whatever order they were named in, cases run in the order of Case::ALL.
    let cases = Case::ALL
        .into_iter()
        .filter(|c| cases.contains(c))
        .collect();
    Ok(Options { plan, cases, out })
}

/// Builds and runs this command again with `--release`, from the workspace root.
fn run_optimized(root: &Path, args: &[String]) -> Result<(), String> {
    progress("building xtask with --release: the migrations are timed in this process");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["run", "--release", "-p", "xtask", "--", "bench"])
        .args(args)
        .current_dir(root)
        .status()
        .context("cannot run cargo")?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the release build of the bench failed ({status})"))
    }
}

fn describe_machine(root: &Path, plan: &Plan, report: &mut Report) {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines().find_map(|l| {
                l.strip_prefix("model name")
                    .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_else(|| "unknown CPU".into());
    report.machine("`nproc`", command_output(root, "nproc", &[]));
    report.machine("CPU", cpu);
    let memory = fs::read_to_string("/proc/meminfo").ok().and_then(|info| {
        let kib: f64 = info
            .lines()
            .find_map(|l| l.strip_prefix("MemTotal:"))?
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()?;
        Some(format!("{:.1} GiB", kib / 1024.0 / 1024.0))
    });
    report.machine("memory", memory.unwrap_or_else(|| "unknown".into()));
    report.machine(
        "kernel",
        fs::read_to_string("/proc/sys/kernel/osrelease")
            .map_or_else(|_| "unknown".into(), |s| s.trim().to_owned()),
    );
    let commit = command_output(root, "git", &["log", "-1", "--format=%h %s"]);
    let dirty = !command_output(
        root,
        "git",
        &["status", "--porcelain", "--untracked-files=no"],
    )
    .is_empty();
    let commit: String = commit.chars().take(90).collect();
    report.machine(
        "commit",
        if dirty {
            format!("{commit} (with uncommitted changes)")
        } else {
            commit
        },
    );
    report.machine("rustc", command_output(root, "rustc", &["-V"]));
    report.machine(
        "date",
        command_output(root, "date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
    );
    report.machine("load average at the start", load_average());
    let plan_text = format!(
        "{}: {} warm-up run(s) per case; chain ×{}, no-op ×{}, V40 ×{} on {} rows, {} tenants ×{}, rebuild ×{}",
        if plan.quick {
            "quick (smoke test, not a measurement)"
        } else {
            "full"
        },
        plan.warmups,
        plan.chain_runs,
        plan.noop_runs,
        plan.v40_runs,
        plan.v40_rows,
        plan.tenants,
        plan.tenant_runs,
        plan.touch_runs,
    );
    report.machine("plan", plan_text);
}

/// The first line a command prints, or `unknown`.
fn command_output(root: &Path, program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .current_dir(root)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .to_owned()
        })
        .unwrap_or_else(|| "unknown".into())
}

fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into())
}

/// Progress goes to stderr; the table goes to stdout.
fn progress(message: impl Display) {
    eprintln!("bench: {message}");
}

/// Adds what was being done to an error, as a one-line message.
trait Context<T> {
    fn context(self, what: impl Display) -> Result<T, String>;
}

impl<T, E: Display> Context<T> for Result<T, E> {
    fn context(self, what: impl Display) -> Result<T, String> {
        self.map_err(|e| format!("{what}: {e}"))
    }
}
