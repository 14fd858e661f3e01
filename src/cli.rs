//! The command line: flags (parsed by clap in the binary), what each
//! command does with them, and what it prints. Commands return their output
//! as [`Outcome`] rather than printing, so tests see exactly what a user would.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::finding::Summary;
use crate::source::{self, Source};

/// A programme plan as code: check it, see where it stands, draw and edit it.
#[derive(Debug, Parser)]
#[command(name = "icc", version, about, max_term_width = 100)]
pub struct Cli {
    /// The plan file; `-` reads standard input. Default: the nearest
    /// `plan.toml` in this folder or above it.
    #[arg(long, global = true, env = "ICC_PLAN", value_name = "PATH")]
    pub plan: Option<PathBuf>,

    /// The date to compute for, as YYYY-MM-DD. Default: today's local date.
    #[arg(long, global = true, env = "ICC_TODAY", value_name = "DATE", value_parser = parse_today)]
    pub today: Option<NaiveDate>,

    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check that the plan holds together; print findings.
    Check(CheckArgs),
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Fail (exit 1) on warnings too, not only on errors.
    #[arg(long)]
    pub strict: bool,

    /// How to print findings.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Like rustc: the source line, a caret and help.
    Human,
    /// One JSON object with counts and every finding.
    Json,
    /// GitHub Actions workflow commands, one a finding.
    Github,
}

fn parse_today(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|_| text.len() == 10)
        .ok_or_else(|| format!("`{text}` is not a day; write YYYY-MM-DD, e.g. 2021-11-28"))
}

/// What the binary read from the world once, at the edge.
pub struct Edge<'a> {
    pub cwd: PathBuf,
    pub today: NaiveDate,
    pub color: bool,
    pub stdin: &'a mut dyn Read,
}

/// What a command prints and the exit code it ends with.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: u8,
}

/// Why a command could not run at all (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no {file} in {dir} or any folder above it\nhelp: pass --plan PATH, set ICC_PLAN, or run icc in the plan's folder", file = source::PLAN_FILE, dir = .0.display())]
    NoPlan(PathBuf),
    #[error("cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
}

pub fn run(cli: &Cli, edge: &mut Edge<'_>) -> Result<Outcome, Error> {
    match &cli.command {
        Command::Check(args) => check(cli, args, edge),
    }
}

/// Reads the plan named on the command line, or found from the folder.
pub fn read_source(cli: &Cli, edge: &mut Edge<'_>) -> Result<(Source, Option<crate::Finding>), Error> {
    let path = match &cli.plan {
        Some(path) if path == Path::new("-") => {
            let mut bytes = Vec::new();
            edge.stdin.read_to_end(&mut bytes).map_err(|source| Error::Read {
                path: "<stdin>".into(),
                source,
            })?;
            return Ok(Source::from_bytes("<stdin>", &bytes));
        }
        Some(path) => path.clone(),
        None => {
            let found = source::discover(&edge.cwd).ok_or_else(|| Error::NoPlan(edge.cwd.clone()))?;
            found.strip_prefix(&edge.cwd).map(Path::to_path_buf).unwrap_or(found)
        }
    };
    let name = display_name(&path, &edge.cwd);
    let bytes = std::fs::read(edge.cwd.join(&path)).map_err(|source| Error::Read {
        path: name.clone(),
        source,
    })?;
    Ok(Source::from_bytes(name, &bytes))
}

/// A path as short as it can be shown: relative to the working folder when
/// the plan is in it or below it, with `/` separators.
fn display_name(path: &Path, cwd: &Path) -> String {
    let shown = path.strip_prefix(cwd).unwrap_or(path);
    if shown.as_os_str().is_empty() {
        path.display().to_string()
    } else {
        shown.display().to_string()
    }
}

fn check(cli: &Cli, args: &CheckArgs, edge: &mut Edge<'_>) -> Result<Outcome, Error> {
    let (source, early) = read_source(cli, edge)?;
    let checked = crate::check(&source, early);
    let summary = Summary::of(&checked.findings);
    let stdout = match args.format {
        CheckFormat::Json => crate::report::json(&source, &checked.findings, args.strict),
        CheckFormat::Github => crate::report::github(&source, &checked.findings),
        CheckFormat::Human => {
            let counts = checked.plan.as_ref().map(counts).unwrap_or_default();
            crate::report::human(&source, &checked.findings, edge.color)
                + &crate::report::human_summary(&source, summary, args.strict, &counts)
        }
    };
    Ok(Outcome {
        stdout,
        stderr: String::new(),
        code: if summary.passes(args.strict) { 0 } else { 1 },
    })
}

fn counts(plan: &crate::Plan) -> String {
    let n = |count: usize, one: &str, many: &str| format!("{count} {}", if count == 1 { one } else { many });
    [
        n(plan.phases.len(), "phase", "phases"),
        n(plan.milestones.len(), "milestone", "milestones"),
        n(plan.workshops.len(), "workshop", "workshops"),
        n(plan.recurring.len(), "recurring meeting", "recurring meetings"),
    ]
    .join(", ")
}
