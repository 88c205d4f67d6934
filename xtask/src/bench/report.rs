//! Statistics, the results table and `BENCHMARKS.md`.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::time::Duration;

/// The generated part of `BENCHMARKS.md` lies between these lines; the rest of the file is prose
/// written by hand and kept as it is.
const BEGIN: &str =
    "<!-- bench:begin (written by `cargo xtask bench`; edit outside these markers) -->";
const END: &str = "<!-- bench:end -->";

/// Everything one bench run found.
#[derive(Debug, Default)]
pub struct Report {
    machine: Vec<(String, String)>,
    rows: Vec<Row>,
    targets: Vec<Target>,
    sections: Vec<(String, String)>,
}

/// One line of the results table.
#[derive(Debug)]
pub struct Row {
    case: String,
    stats: Option<Stats>,
    format: fn(f64) -> String,
    runs: usize,
    note: String,
}

/// Where a target of issue 9 stands.
#[derive(Debug)]
pub struct Target {
    pub name: String,
    pub target: String,
    pub measured: String,
    pub met: bool,
}

/// Median, minimum and maximum of a sample.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

impl Stats {
    /// `None` for an empty sample.
    pub fn of(samples: &[f64]) -> Option<Stats> {
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = match n {
            0 => return None,
            _ if n % 2 == 1 => sorted[n / 2],
            _ => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
        };
        Some(Stats {
            median,
            min: sorted[0],
            max: sorted[n - 1],
        })
    }

    pub fn of_times(samples: &[Duration]) -> Option<Stats> {
        Stats::of(&seconds(samples))
    }
}

/// Durations as seconds.
pub fn seconds(samples: &[Duration]) -> Vec<f64> {
    samples.iter().map(Duration::as_secs_f64).collect()
}

/// The median of durations (zero for none).
pub fn median(samples: &[Duration]) -> Duration {
    Stats::of_times(samples).map_or(Duration::ZERO, |s| Duration::from_secs_f64(s.median))
}

/// Seconds, with a precision that suits the magnitude.
pub fn fmt_secs(secs: f64) -> String {
    if secs >= 1.0 {
        format!("{secs:.3} s")
    } else if secs >= 0.01 {
        format!("{:.1} ms", secs * 1e3)
    } else {
        format!("{:.3} ms", secs * 1e3)
    }
}

pub fn fmt_duration(duration: Duration) -> String {
    fmt_secs(duration.as_secs_f64())
}

pub fn fmt_ratio(ratio: f64) -> String {
    format!("{ratio:.2}×")
}

pub fn fmt_count(count: f64) -> String {
    format!("{count:.0}")
}

impl Row {
    pub fn times(case: impl Into<String>, samples: &[Duration], note: impl Into<String>) -> Row {
        Row::values(case, &seconds(samples), fmt_secs, note)
    }

    pub fn values(
        case: impl Into<String>,
        samples: &[f64],
        format: fn(f64) -> String,
        note: impl Into<String>,
    ) -> Row {
        Row {
            case: case.into(),
            stats: Stats::of(samples),
            format,
            runs: samples.len(),
            note: note.into(),
        }
    }
}

impl Report {
    pub fn machine(&mut self, label: &str, value: impl Into<String>) {
        self.machine.push((label.to_owned(), value.into()));
    }

    pub fn row(&mut self, row: Row) {
        self.rows.push(row);
    }

    pub fn target(&mut self, target: Target) {
        self.targets.push(target);
    }

    /// A titled block of markdown printed after the tables (profiles, per-version detail).
    pub fn section(&mut self, title: &str, body: String) {
        self.sections.push((title.to_owned(), body));
    }

    /// The report as markdown (also what the terminal shows).
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str("### Machine\n\n| | |\n|---|---|\n");
        for (label, value) in &self.machine {
            let _ = writeln!(out, "| {label} | {} |", cell(value));
        }
        out.push_str("\n### Results\n\n| case | median | min | max | runs | notes |\n|---|---:|---:|---:|---:|---|\n");
        for row in &self.rows {
            let [median, min, max] = match row.stats {
                Some(s) => [s.median, s.min, s.max].map(row.format),
                None => ["–".to_owned(), "–".to_owned(), "–".to_owned()],
            };
            let _ = writeln!(
                out,
                "| {} | {median} | {min} | {max} | {} | {} |",
                cell(&row.case),
                row.runs,
                cell(&row.note)
            );
        }
        if !self.targets.is_empty() {
            out.push_str(
                "\n### Targets (issue 9)\n\n| target | wanted | measured | |\n|---|---|---|---|\n",
            );
            for t in &self.targets {
                let verdict = if t.met { "met" } else { "**missed**" };
                let _ = writeln!(
                    out,
                    "| {} | {} | {} | {verdict} |",
                    cell(&t.name),
                    cell(&t.target),
                    cell(&t.measured)
                );
            }
        }
        for (title, body) in &self.sections {
            let _ = write!(out, "\n### {title}\n\n{}\n", body.trim_end());
        }
        out
    }
}

/// A statement shortened to one table cell, as code.
pub fn code_cell(sql: &str) -> String {
    let sql = sql.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = sql.chars().take(110).collect();
    let ellipsis = if short.len() < sql.len() { "…" } else { "" };
    format!("`{}{ellipsis}`", short.replace('|', "\\|"))
}

/// Text safe inside a markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// Puts `generated` between the markers of `path`, keeping the hand-written text around them;
/// a file without markers gets them appended, a missing file is created.
pub fn write(path: &Path, generated: &str) -> Result<(), String> {
    let block = format!("{BEGIN}\n\n{}\n\n{END}", generated.trim_end());
    let old = match fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let text = match old {
        None => format!("# Benchmarks\n\nWritten by `cargo xtask bench`.\n\n{block}\n"),
        Some(old) => match (old.find(BEGIN), old.find(END)) {
            (Some(begin), Some(end)) if begin < end => {
                format!("{}{block}{}", &old[..begin], &old[end + END.len()..])
            }
            _ => format!("{}\n\n{block}\n", old.trim_end()),
        },
    };
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stats_take_the_middle_of_an_even_sample() {
        let stats = Stats::of(&[4.0, 1.0, 3.0, 2.0]).unwrap();
        assert_eq!(
            stats,
            Stats {
                median: 2.5,
                min: 1.0,
                max: 4.0
            }
        );
        assert_eq!(Stats::of(&[]), None);
    }

    #[test]
    fn write_replaces_only_the_generated_block() {
        let dir = std::env::temp_dir().join(format!("pk-bench-report-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("BENCHMARKS.md");
        fs::write(&path, format!("intro\n{BEGIN}\nold\n{END}\nanalysis\n")).unwrap();
        write(&path, "new").unwrap();
        let text = fs::read_to_string(&path).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(text, format!("intro\n{BEGIN}\n\nnew\n\n{END}\nanalysis\n"));
    }
}
