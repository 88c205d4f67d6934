//! The commands that take more than a call: repair, status, list, new.

use std::io::Write;
use std::path::Path;

use sqlx::PgConnection;

use super::connect::connect;
use super::{Outcome, Target};
use crate::{Chain, Down, Migrator};

/// The prefixes named by `--prefix` and then by the lines of `--prefixes-file` (each trimmed; blank
/// lines and `#` comments skipped); `public` when none is.
pub(super) fn prefixes(target: &Target, file: Option<&Path>) -> Result<Vec<String>, String> {
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

/// `pk repair`: prints the plan on stdout, runs it (unless `--dry-run`) with one progress line
/// per repair on stderr, then what was done and what was left alone.
pub(super) async fn repair(
    migrator: &Migrator,
    conn: &mut PgConnection,
    target: &Target,
    dry_run: bool,
) -> Result<(), Outcome> {
    let plan = crate::repair::plan(migrator, conn)
        .await
        .map_err(|e| e.to_string())?;
    if dry_run || plan.actions.is_empty() {
        print!("{}", plan.render());
        return Ok(());
    }
    let (quiet, verbose) = (target.quiet, target.verbose);
    let outcome = crate::repair::run(migrator, conn, &plan, &mut |event| {
        use crate::repair::Event;
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
            "{}: {} of {} failed (see above); run repair again once the cause is fixed",
            plan.prefix,
            outcome.failed.len(),
            crate::plural(plan.actions.len(), "repair")
        )))
    }
}

/// Prints the status and returns the installed version. A marker newer than the chain is
/// reported, not treated as an error: status is how an operator finds that out.
pub(super) async fn status(
    migrator: &Migrator,
    conn: &mut PgConnection,
    json: bool,
) -> Result<u32, Outcome> {
    let chain = migrator.chain();
    let current = migrator
        .current_version(conn)
        .await
        .map_err(|e| e.to_string())?;
    let latest = chain.latest();
    let pending: Vec<&crate::Version> = (current + 1..=latest)
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
pub(super) fn json_string(text: &str) -> String {
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

/// `list`: every version of the chain, one line each (`V01  title`, irreversible ones marked);
/// with a database (--database-url or DATABASE_URL; the development database is not started for
/// this), whether each is applied in the prefix.
pub(super) async fn list(chain: &'static Chain, target: &Target) -> Result<(), Outcome> {
    let current = match &target.database_url {
        None => None,
        Some(_) => {
            let prefixes = prefixes(target, None)?;
            let [prefix] = prefixes.as_slice() else {
                return Err(format!("list takes one --prefix, got {}", prefixes.len()).into());
            };
            let migrator = Migrator::new(chain, prefix).map_err(|e| e.to_string())?;
            let mut conn = connect(target).await?;
            Some(
                migrator
                    .current_version(&mut conn)
                    .await
                    .map_err(|e| e.to_string())?,
            )
        }
    };
    let mut out = std::io::stdout().lock();
    for version in chain.versions {
        let state = match current {
            Some(current) if version.number <= current => "applied  ",
            Some(_) => "pending  ",
            None => "",
        };
        let irreversible = if matches!(version.down, Down::Irreversible(_)) {
            "  (irreversible)"
        } else {
            ""
        };
        // A closed pipe (`pk list | head`) ends the listing, quietly.
        if writeln!(
            out,
            "V{:02}  {state}{}{irreversible}",
            version.number, version.title
        )
        .is_err()
        {
            break;
        }
    }
    Ok(())
}

/// `new "Title"`: writes the next `vNN.rs` into the chain's directory (where `chain!` found its
/// versions) and prints its path.
pub(super) fn new(chain: &'static Chain, title: &str) -> Result<(), Outcome> {
    let Some(dir) = chain.source_dir else {
        return Err(format!(
            "the {} chain was not declared with chain!, so it has no directory to write to",
            chain.name
        )
        .into());
    };
    let path = crate::schema::scaffold::write_next(Path::new(dir), title, "pk_runtime::version!")?;
    println!("{}", path.display());
    Ok(())
}
