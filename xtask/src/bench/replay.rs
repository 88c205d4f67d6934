//! PostgreSQL's own speed: psql replaying the statements PhoenixKit executes
//! (`tests/reference/sql/vNN.up.sql`) without its `-- [introspection]` queries, in one session,
//! one transaction per version.

use std::fmt::Write as _;
use std::fs;
use std::io::{BufRead, BufReader};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What the replay prints on stderr between versions (`\warn`, unbuffered), so the session is
/// timed from its first statement to its last commit, without psql's start-up and connection.
const MARK: &str = "pk-bench ";

/// The reference statements of versions 1..=N.
#[derive(Debug)]
pub struct Reference {
    /// Version n's statements at index n-1.
    bodies: Vec<String>,
}

/// One replay's timings.
#[derive(Debug)]
pub struct Replay {
    /// From the first BEGIN to the last COMMIT, inside the session.
    pub session: Duration,
    /// The whole psql process, with its start-up and connection.
    pub process: Duration,
    /// Version n's transaction at index n-1.
    pub versions: Vec<Duration>,
}

impl Reference {
    /// Reads versions 1..=`latest` from `tests/reference/sql`.
    pub fn load(root: &Path, latest: u32) -> Result<Reference, String> {
        let dir = root.join("tests/reference/sql");
        let bodies = (1..=latest)
            .map(|n| {
                let path = dir.join(format!("v{n:02}.up.sql"));
                fs::read_to_string(&path)
                    .map(|text| without_introspection(&text))
                    .map_err(|e| {
                        format!(
                            "cannot read PhoenixKit's statements of V{n:02} ({}): {e}",
                            path.display()
                        )
                    })
            })
            .collect::<Result<_, _>>()?;
        Ok(Reference { bodies })
    }

    pub fn latest(&self) -> u32 {
        self.bodies.len() as u32
    }

    /// Version `n`'s statements, as one text.
    pub fn body(&self, n: u32) -> &str {
        &self.bodies[n as usize - 1]
    }

    /// Writes the psql script of `versions`: each between `BEGIN` and `COMMIT`, then a mark.
    pub fn write_script(&self, path: &Path, versions: RangeInclusive<u32>) -> Result<(), String> {
        let mut script = String::from("\\set ON_ERROR_STOP 1\n\\o /dev/null\n");
        let _ = writeln!(script, "\\warn {MARK}start");
        for n in versions {
            let body = &self.bodies[n as usize - 1];
            let _ = writeln!(
                script,
                "BEGIN;\n{}\nCOMMIT;\n\\warn {MARK}{n}",
                body.trim_end()
            );
        }
        fs::write(path, script).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }
}

/// The file without the read-only catalog queries PhoenixKit sends to decide what to do: each is
/// marked `-- [introspection]` on the line before it and ends with the first line ending in `;`.
fn without_introspection(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut skipping = false;
    for line in text.lines() {
        if line.starts_with("-- [introspection]") {
            skipping = true;
        } else if skipping {
            skipping = !line.trim_end().ends_with(';');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Runs `script` with psql on `conninfo` and times it; the script must come from
/// [`Reference::write_script`] with `versions` versions in it.
pub fn psql(conninfo: &str, script: &Path, versions: u32) -> Result<Replay, String> {
    let started = Instant::now();
    let mut child = Command::new(psql_program())
        .args(["-X", "-q", "-d", conninfo, "-f"])
        .arg(script)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run psql ({e}); install the PostgreSQL client"))?;
    let stderr = child.stderr.take().expect("stderr is piped");
    let mut marks = Vec::new();
    let mut other = Vec::new();
    for line in BufReader::new(stderr).lines() {
        let line = line.map_err(|e| format!("cannot read psql's output: {e}"))?;
        match line.strip_prefix(MARK) {
            Some(_) => marks.push(Instant::now()),
            // Notices (`… already exists, skipping`) and, on failure, the error.
            None => other.push(line),
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("cannot wait for psql: {e}"))?;
    let process = started.elapsed();
    if !status.success() || marks.len() != versions as usize + 1 {
        let tail = other[other.len().saturating_sub(12)..].join("\n");
        return Err(format!(
            "psql replay failed ({status}) after {} of {versions} versions:\n{tail}",
            marks.len().saturating_sub(1)
        ));
    }
    Ok(Replay {
        session: marks[marks.len() - 1] - marks[0],
        process,
        versions: marks.windows(2).map(|w| w[1] - w[0]).collect(),
    })
}

/// psql from PK_PG_BIN when that directory has one (so client and server match), else from PATH.
fn psql_program() -> PathBuf {
    std::env::var_os("PK_PG_BIN")
        .map(|dir| Path::new(&dir).join("psql"))
        .filter(|psql| psql.is_file())
        .unwrap_or_else(|| PathBuf::from("psql"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn introspection_queries_are_left_out() {
        let text = "-- head\n\n-- [introspection]\nSELECT EXISTS (\n  SELECT 1\n);\n\nCREATE TABLE t (a int);\n\n-- [version-comment]\nCOMMENT ON TABLE t IS '1';\n";
        assert_eq!(
            without_introspection(text),
            "-- head\n\n\nCREATE TABLE t (a int);\n\n-- [version-comment]\nCOMMENT ON TABLE t IS '1';\n"
        );
    }
}
