//! The command line: flags (parsed by clap in the binary), what each
//! command does with them, and what it prints. Commands return their output
//! as [`Outcome`] rather than printing, so tests see exactly what a user would.

use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use clap::{Parser, Subcommand, ValueEnum};

use crate::finding::Summary;
use crate::source::{self, Source};

/// A programme plan as code: check it, see where it stands, draw and edit it.
#[derive(Debug, Parser)]
#[command(name = "icc", version, about, max_term_width = 100)]
pub struct Cli {
    /// The plan file; `-` reads standard input. Default: the nearest
    /// `plan.toml` in this folder or above it.
    #[arg(
        long,
        global = true,
        env = "ICC_PLAN",
        value_name = "PATH",
        help_heading = "Global options"
    )]
    pub plan: Option<PathBuf>,

    /// The date to compute for, as YYYY-MM-DD. Default: today's local date.
    #[arg(long, global = true, env = "ICC_TODAY", value_name = "DATE", value_parser = parse_today, help_heading = "Global options")]
    pub today: Option<NaiveDate>,

    /// Width of tables and charts in columns. Default: the terminal's, or 100.
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(20..=1000), help_heading = "Global options")]
    pub width: Option<u16>,

    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = "Global options")]
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
    /// Where the programme stands today: phases, progress, events around today.
    Status(ViewArgs),
    /// Every phase with its window, length, status and progress.
    Phases(ViewArgs),
    /// Every workshop, in date order.
    Workshops(WorkshopsArgs),
    /// The programme as a Gantt chart: for the terminal, as SVG, or as Mermaid.
    Timeline(TimelineArgs),
    /// Add a workshop to the plan file.
    AddWorkshop(AddWorkshopArgs),
    /// Add a phase to the plan file.
    AddPhase(AddPhaseArgs),
    /// Add a milestone to the plan file.
    AddMilestone(AddMilestoneArgs),
    /// Set a workshop's status: planned, done or cancelled.
    SetStatus(SetStatusArgs),
    /// The resolved plan for other tools: JSON, CSV or an iCalendar file.
    Export(ExportArgs),
    /// Write a starter plan.toml (the four-stage ICC template) in this folder.
    Init(InitArgs),
    /// Print the JSON Schema of the plan file, for editors.
    Schema,
    /// Print shell completions: `icc completions bash > /etc/bash_completion.d/icc`.
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff): `icc man > icc.1`.
    Man,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// What to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// With `--format csv`: a row an event, or a row a phase.
    #[arg(long, value_enum, default_value_t = CsvRows::Events)]
    pub what: CsvRows,
    /// With `--format csv`: leave out the byte order mark that tells
    /// spreadsheets (Excel) the file is UTF-8.
    #[arg(long)]
    pub no_bom: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The resolved plan: every date, computed lengths, status, occurrences.
    Json,
    /// A table for spreadsheets (RFC 4180, UTF-8).
    Csv,
    /// An iCalendar file (RFC 5545) of every event, for calendars.
    Ics,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CsvRows {
    /// Workshops, milestones and recurring meetings, in date order.
    Events,
    /// The phases.
    Phases,
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The city running the programme.
    #[arg(long, value_parser = parse_text)]
    pub city: Option<String>,
    /// The month the programme starts (YYYY-MM). Default: this month.
    #[arg(long, value_parser = parse_plan_date)]
    pub start: Option<crate::PlanDate>,
    /// Overwrite an existing plan file.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// Print the change as a unified diff; write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct AddWorkshopArgs {
    /// The workshop's id. Default: made from the title (`Atelier „Date”` → `atelier-date`).
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    /// The title, in the plan's language.
    #[arg(long, value_parser = parse_text)]
    pub title: String,
    /// Its day (YYYY-MM-DD) or month (YYYY-MM).
    #[arg(long, value_parser = parse_plan_date)]
    pub date: crate::PlanDate,
    /// The last day of a series.
    #[arg(long, value_parser = parse_plan_date)]
    pub end: Option<crate::PlanDate>,
    /// The phase it belongs to. Default: the phase whose window holds the date.
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub phase: Option<String>,
    /// The activity it serves.
    #[arg(long, value_parser = parse_text)]
    pub activity: Option<String>,
    /// Who takes part; repeat for several.
    #[arg(long, value_parser = parse_text)]
    pub audience: Vec<String>,
    /// Who leads it; repeat for several.
    #[arg(long, value_parser = parse_text)]
    pub led_by: Vec<String>,
    /// How it is delivered.
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    /// What it is for.
    #[arg(long, value_parser = parse_text)]
    pub objective: Option<String>,
    /// Where it stands. Default: planned.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// An id it follows (finish-to-start); repeat for several.
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub after: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct AddPhaseArgs {
    /// The phase's id.
    #[arg(long, value_parser = parse_id)]
    pub id: String,
    /// Its name, in the plan's language.
    #[arg(long, value_parser = parse_text)]
    pub name: String,
    /// Its first month or day.
    #[arg(long, value_parser = parse_plan_date)]
    pub start: Option<crate::PlanDate>,
    /// Its last month or day.
    #[arg(long, value_parser = parse_plan_date)]
    pub end: Option<crate::PlanDate>,
    /// Its length in calendar months.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=120_000))]
    pub months: Option<u32>,
    /// An id it follows: it starts the day after that ends; repeat for several.
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub after: Vec<String>,
    /// One sentence on what the phase is for.
    #[arg(long, value_parser = parse_text)]
    pub summary: Option<String>,
    /// One of its main activities; repeat for several.
    #[arg(long, value_parser = parse_text)]
    pub activity: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct AddMilestoneArgs {
    /// The milestone's id. Default: made from the name.
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    /// Its name, in the plan's language.
    #[arg(long, value_parser = parse_text)]
    pub name: String,
    /// Its day (YYYY-MM-DD) or month (YYYY-MM).
    #[arg(long, value_parser = parse_plan_date)]
    pub date: crate::PlanDate,
    /// The phase it belongs to.
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub phase: Option<String>,
    /// An id it follows; repeat for several.
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub after: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct SetStatusArgs {
    /// The workshop's id.
    pub id: String,
    /// Its new status.
    #[arg(value_enum)]
    pub status: StatusArg,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Online,
    InPerson,
    Hybrid,
}

impl From<ModeArg> for crate::model::Mode {
    fn from(arg: ModeArg) -> Self {
        match arg {
            ModeArg::Online => crate::model::Mode::Online,
            ModeArg::InPerson => crate::model::Mode::InPerson,
            ModeArg::Hybrid => crate::model::Mode::Hybrid,
        }
    }
}

fn parse_id(text: &str) -> Result<String, String> {
    if crate::model::is_valid_id(text) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not an id: use lowercase letters, digits and `-`, e.g. `{}`",
            crate::text::slug(text, "item-1")
        ))
    }
}

fn parse_text(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("must not be empty".into())
    } else {
        Ok(text.to_owned())
    }
}

#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    /// What to draw.
    #[arg(long, value_enum, default_value_t = TimelineFormat::Text)]
    pub format: TimelineFormat,

    /// Show from this date (YYYY-MM or YYYY-MM-DD). Default: the plan's first month.
    #[arg(long, value_name = "DATE", value_parser = parse_plan_date)]
    pub from: Option<crate::PlanDate>,

    /// Show up to this date (YYYY-MM or YYYY-MM-DD). Default: the plan's last month.
    #[arg(long, value_name = "DATE", value_parser = parse_plan_date)]
    pub to: Option<crate::PlanDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TimelineFormat {
    /// A chart for the terminal.
    Text,
    /// A self-contained SVG picture.
    Svg,
    /// A Mermaid `gantt` block, for Markdown.
    Mermaid,
}

fn parse_plan_date(text: &str) -> Result<crate::PlanDate, String> {
    crate::PlanDate::parse(text).map_err(|err| format!("{err}; {}", crate::date::ACCEPTED_FORMS))
}

#[derive(Debug, clap::Args)]
pub struct ViewArgs {
    /// How to print the view.
    #[arg(long, value_enum, default_value_t = ViewFormat::Table)]
    pub format: ViewFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
    /// A table for people.
    Table,
    /// JSON for scripts.
    Json,
}

#[derive(Debug, clap::Args)]
pub struct WorkshopsArgs {
    /// Only workshops of this phase (stated or inferred from the date).
    #[arg(long, value_name = "ID")]
    pub phase: Option<String>,

    /// Only workshops not yet over.
    #[arg(long, conflicts_with = "past")]
    pub upcoming: bool,

    /// Only workshops that are over.
    #[arg(long)]
    pub past: bool,

    /// Only workshops with this status.
    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<StatusArg>,

    /// Order of the list.
    #[arg(long, value_enum, default_value_t = SortKey::Date)]
    pub sort: SortKey,

    #[command(flatten)]
    pub view: ViewArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Planned,
    Done,
    Cancelled,
}

impl From<StatusArg> for crate::model::Status {
    fn from(arg: StatusArg) -> Self {
        match arg {
            StatusArg::Planned => crate::model::Status::Planned,
            StatusArg::Done => crate::model::Status::Done,
            StatusArg::Cancelled => crate::model::Status::Cancelled,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    /// By date, then end date.
    Date,
    /// In the order of the file.
    File,
    /// By id.
    Id,
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
    /// The terminal's width, when standard output is one.
    pub terminal_width: Option<u16>,
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
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Write(String),
}

pub fn run(cli: &Cli, edge: &mut Edge<'_>) -> Result<Outcome, Error> {
    match &cli.command {
        Command::Check(args) => check(cli, args, edge),
        Command::Status(args) => view(cli, edge, args.format, View::Status),
        Command::Phases(args) => view(cli, edge, args.format, View::Phases),
        Command::Workshops(args) => view(cli, edge, args.view.format, View::Workshops(args)),
        Command::Timeline(args) => view(cli, edge, ViewFormat::Table, View::Timeline(args)),
        Command::AddWorkshop(args) => {
            let change = crate::edit::Change::AddWorkshop(crate::edit::NewWorkshop {
                id: args.id.clone(),
                title: args.title.clone(),
                date: Some(args.date),
                end: args.end,
                phase: args.phase.clone(),
                activity: args.activity.clone(),
                audience: args.audience.clone(),
                led_by: args.led_by.clone(),
                mode: args.mode.map(Into::into),
                objective: args.objective.clone(),
                status: args.status.map(Into::into),
                after: args.after.clone(),
            });
            edit(cli, edge, &change, &args.edit)
        }
        Command::AddPhase(args) => {
            let change = crate::edit::Change::AddPhase(crate::edit::NewPhase {
                id: args.id.clone(),
                name: args.name.clone(),
                start: args.start,
                end: args.end,
                months: args.months,
                after: args.after.clone(),
                summary: args.summary.clone(),
                activities: args.activity.clone(),
            });
            edit(cli, edge, &change, &args.edit)
        }
        Command::AddMilestone(args) => {
            let change = crate::edit::Change::AddMilestone(crate::edit::NewMilestone {
                id: args.id.clone(),
                name: args.name.clone(),
                date: Some(args.date),
                phase: args.phase.clone(),
                after: args.after.clone(),
            });
            edit(cli, edge, &change, &args.edit)
        }
        Command::Export(args) => view(cli, edge, ViewFormat::Table, View::Export(args)),
        Command::Init(args) => init(cli, edge, args),
        Command::Schema => Ok(Outcome {
            stdout: crate::schema::json(),
            ..Outcome::default()
        }),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(*shell, &mut <Cli as clap::CommandFactory>::command(), "icc", &mut out);
            Ok(Outcome {
                stdout: String::from_utf8_lossy(&out).into_owned(),
                ..Outcome::default()
            })
        }
        Command::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command())
                .render(&mut out)
                .map_err(|err| Error::Write(format!("cannot render the man page: {err}")))?;
            Ok(Outcome {
                stdout: String::from_utf8_lossy(&out).into_owned(),
                ..Outcome::default()
            })
        }
        Command::SetStatus(args) => {
            let change = crate::edit::Change::SetStatus {
                id: args.id.clone(),
                status: args.status.into(),
            };
            edit(cli, edge, &change, &args.edit)
        }
    }
}

/// Reads the plan named on the command line, or found from the folder.
pub fn read_source(cli: &Cli, edge: &mut Edge<'_>) -> Result<(Source, Option<crate::Finding>), Error> {
    let Some((path, name)) = plan_file(cli, edge)? else {
        let mut bytes = Vec::new();
        edge.stdin.read_to_end(&mut bytes).map_err(|source| Error::Read {
            path: "<stdin>".into(),
            source,
        })?;
        return Ok(Source::from_bytes("<stdin>", &bytes));
    };
    let bytes = std::fs::read(&path).map_err(|source| Error::Read {
        path: name.clone(),
        source,
    })?;
    Ok(Source::from_bytes(name, &bytes))
}

/// The plan file to use and the name to show it under; `None` for standard input.
fn plan_file(cli: &Cli, edge: &Edge<'_>) -> Result<Option<(PathBuf, String)>, Error> {
    let path = match &cli.plan {
        Some(path) if path == Path::new("-") => return Ok(None),
        Some(path) => path.clone(),
        None => {
            let found = source::discover(&edge.cwd).ok_or_else(|| Error::NoPlan(edge.cwd.clone()))?;
            found.strip_prefix(&edge.cwd).map(Path::to_path_buf).unwrap_or(found)
        }
    };
    Ok(Some((edge.cwd.join(&path), display_name(&path, &edge.cwd))))
}

/// A path as short as it can be shown: relative to the working folder when
/// the plan is in it or below it, with `/` separators.
fn display_name(path: &Path, cwd: &Path) -> String {
    if path.is_relative() {
        return path.display().to_string();
    }
    if let Ok(below) = path.strip_prefix(cwd)
        && !below.as_os_str().is_empty()
    {
        return below.display().to_string();
    }
    // A plan found in a folder above: `../../plan.toml`, as cargo shows it.
    if let (Some(dir), Some(file)) = (path.parent(), path.file_name())
        && let Ok(up) = cwd.strip_prefix(dir)
    {
        let mut shown: PathBuf = up.components().map(|_| "..").collect();
        shown.push(file);
        return shown.display().to_string();
    }
    path.display().to_string()
}

fn check(cli: &Cli, args: &CheckArgs, edge: &mut Edge<'_>) -> Result<Outcome, Error> {
    let (source, early) = read_source(cli, edge)?;
    let checked = crate::check(&source, early, edge.today);
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
    use crate::text::plural;
    [
        plural(plan.phases.len(), "phase"),
        plural(plan.milestones.len(), "milestone"),
        plural(plan.workshops.len(), "workshop"),
        plural(plan.recurring.len(), "recurring meeting"),
    ]
    .join(", ")
}

enum View<'a> {
    Status,
    Phases,
    Workshops(&'a WorkshopsArgs),
    Timeline(&'a TimelineArgs),
    Export(&'a ExportArgs),
}

/// The views of a plan on a day. A plan that cannot be read gets the
/// findings `icc check` would print (on standard error) and exit 1; a plan
/// with errors is still shown where it can be, and exits 1.
fn view(cli: &Cli, edge: &mut Edge<'_>, format: ViewFormat, which: View<'_>) -> Result<Outcome, Error> {
    let (source, early) = read_source(cli, edge)?;
    let checked = crate::check(&source, early, edge.today);
    let summary = Summary::of(&checked.findings);
    let code = if summary.errors > 0 { 1 } else { 0 };
    let (Some(plan), Some(resolved)) = (&checked.plan, &checked.resolved) else {
        let stderr = crate::report::human(&source, &checked.findings, edge.color)
            + &crate::report::human_summary(&source, summary, false, "");
        return Ok(Outcome {
            stdout: String::new(),
            stderr,
            code: 1,
        });
    };
    let layout = crate::table::Layout {
        width: cli.width.or(edge.terminal_width).unwrap_or(100),
        color: edge.color,
    };
    let today = edge.today;
    fn json(value: &impl serde::Serialize) -> String {
        serde_json::to_string_pretty(value).unwrap_or_default() + "\n"
    }
    // The status view counts errors in its headline and its JSON; elsewhere
    // they are said on standard error, out of the way of the output.
    let mut stderr = String::new();
    if summary.errors > 0 && !matches!(which, View::Status) {
        stderr = format!(
            "warning: {} has {}: run `icc check` to see them\n",
            source.name,
            crate::text::plural(summary.errors, "error")
        );
    }
    if let View::Timeline(args) = &which
        && let (Some(from), Some(to)) = (args.from, args.to)
        && to.last() < from.first()
    {
        return Err(Error::Usage(format!("--to {to} is before --from {from}")));
    }
    let stdout = match which {
        View::Export(args) => {
            let view = crate::status::status(plan, resolved, summary, today);
            match (args.format, args.what) {
                (ExportFormat::Json, _) => crate::export::json(&view),
                (ExportFormat::Csv, CsvRows::Phases) => crate::export::phases_csv(&view.phases, !args.no_bom),
                (ExportFormat::Csv, CsvRows::Events) => {
                    crate::export::events_csv(&crate::status::events(plan, &view), !args.no_bom)
                }
                (ExportFormat::Ics, _) => crate::export::ics(plan, &view, &crate::status::events(plan, &view)),
            }
        }
        View::Timeline(args) => {
            let chart = crate::timeline::Chart::new(plan, resolved, today, args.from, args.to);
            match args.format {
                TimelineFormat::Text => crate::timeline::text(&chart, usize::from(layout.width), layout.color),
                TimelineFormat::Svg => crate::timeline::svg(&chart),
                TimelineFormat::Mermaid => crate::timeline::mermaid(&chart),
            }
        }
        View::Status => {
            let view = crate::status::status(plan, resolved, summary, today);
            match format {
                ViewFormat::Json => json(&view),
                ViewFormat::Table => crate::table::status(&view, &crate::status::events(plan, &view), layout),
            }
        }
        View::Phases => {
            let phases = crate::status::phases(plan, resolved, today);
            match format {
                ViewFormat::Json => json(&serde_json::json!({ "today": today, "phases": phases })),
                ViewFormat::Table => crate::table::phases(&phases, layout),
            }
        }
        View::Workshops(args) => {
            if let Some(phase) = &args.phase
                && !plan.phase_ids().contains(&phase.as_str())
            {
                let ids = plan.phase_ids();
                return Err(Error::Usage(format!(
                    "no phase `{phase}` in {}; its phases are: {}",
                    source.name,
                    ids.join(", ")
                )));
            }
            let mut workshops: Vec<_> = crate::status::workshops(plan, resolved, today)
                .into_iter()
                .filter(|w| args.phase.is_none() || w.phase == args.phase)
                .filter(|w| !args.upcoming || w.when != crate::status::When::Past)
                .filter(|w| !args.past || w.when == crate::status::When::Past)
                .filter(|w| args.status.is_none_or(|s| w.status == Some(s.into())))
                .collect();
            match args.sort {
                SortKey::Date => crate::status::by_date(&mut workshops),
                SortKey::Id => workshops.sort_by(|a, b| a.id.cmp(&b.id)),
                SortKey::File => {}
            }
            match format {
                ViewFormat::Json => json(&serde_json::json!({ "today": today, "workshops": workshops })),
                ViewFormat::Table => crate::table::events(&workshops.iter().collect::<Vec<_>>(), layout),
            }
        }
    };
    Ok(Outcome { stdout, stderr, code })
}

/// Every edit goes this one way: lock, read, splice the change into the
/// text (`edit::apply`), check the whole result, refuse it if it adds an
/// error, and only then write (atomically) or, with `--dry-run`, show the diff.
fn edit(cli: &Cli, edge: &mut Edge<'_>, change: &crate::edit::Change, args: &EditArgs) -> Result<Outcome, Error> {
    let Some((path, name)) = plan_file(cli, edge)? else {
        return Err(Error::Usage(
            "an edit needs a plan file: `--plan -` reads standard input, which cannot be written".into(),
        ));
    };
    let read_error = |source| Error::Read {
        path: name.clone(),
        source,
    };
    let target = crate::write::target(&path).map_err(read_error)?;
    let _lock = crate::write::lock(&target).map_err(|err| Error::Write(format!("cannot lock {name}: {err}")))?;
    // Read under the lock: an edit that was waiting sees the one before it.
    let bytes = std::fs::read(&target).map_err(read_error)?;
    let (source, early) = Source::from_bytes(name.clone(), &bytes);
    let before = crate::check(&source, early.clone(), edge.today);
    let refused = |stderr: String| {
        Ok(Outcome {
            stdout: String::new(),
            stderr,
            code: 1,
        })
    };
    let (Some(plan), Some(resolved), None) = (&before.plan, &before.resolved, early) else {
        let summary = Summary::of(&before.findings);
        let stderr = crate::report::human(&source, &before.findings, edge.color)
            + &crate::report::human_summary(&source, summary, false, "")
            + &format!(
                "error: {name} cannot be read as a plan, so it cannot be edited safely; the file is unchanged\n"
            );
        return refused(stderr);
    };
    let edited = match crate::edit::apply(&source, plan, resolved, change) {
        Ok(edited) => edited,
        Err(err) => return refused(format!("error: {err}; the file is unchanged\n")),
    };
    let mut stderr: String = edited.notes.iter().map(|n| format!("note: {n}\n")).collect();
    if edited.unchanged {
        return Ok(Outcome {
            stdout: edited.done + "\n",
            stderr,
            code: 0,
        });
    }
    let (after_source, _) = Source::from_bytes(name.clone(), edited.text.as_bytes());
    let after = crate::check(&after_source, None, edge.today);
    // The splice must have added exactly the one table asked for: a guard
    // against a plan whose layout the splice misread.
    if let Some(after_plan) = &after.plan {
        let counts = |p: &crate::Plan| [p.phases.len(), p.milestones.len(), p.workshops.len(), p.recurring.len()];
        let mut expected = counts(plan);
        match change {
            crate::edit::Change::AddPhase(_) => expected[0] += 1,
            crate::edit::Change::AddMilestone(_) => expected[1] += 1,
            crate::edit::Change::AddWorkshop(_) => expected[2] += 1,
            crate::edit::Change::SetStatus { .. } => {}
        }
        if counts(after_plan) != expected {
            return refused(format!(
                "error: icc could not place the change in {name} safely (its layout is unusual); the file is unchanged\n"
            ));
        }
    }
    let added = new_findings(&before.findings, &after.findings);
    let errors: Vec<crate::Finding> = added
        .iter()
        .filter(|f| f.severity() == crate::Severity::Error)
        .cloned()
        .collect();
    if !errors.is_empty() {
        stderr += &crate::report::human(&after_source, &errors, edge.color);
        stderr += &format!(
            "error: the edit was refused: it would add {} to {name} (shown as the file would be); the file is unchanged\n",
            crate::text::plural(errors.len(), "error")
        );
        return refused(stderr);
    }
    stderr += &crate::report::human(&after_source, &added, edge.color);
    if args.dry_run {
        let diff = similar::TextDiff::from_lines(source.text.as_str(), after_source.text.as_str())
            .unified_diff()
            .header(&format!("a/{name}"), &format!("b/{name}"))
            .to_string();
        return Ok(Outcome {
            stdout: diff,
            stderr,
            code: 0,
        });
    }
    match crate::write::replace(&target, edited.text.as_bytes(), &bytes, &name) {
        Ok(()) => Ok(Outcome {
            stdout: edited.done + "\n",
            stderr,
            code: 0,
        }),
        Err(err @ crate::write::WriteError::Changed(_)) => refused(stderr + &format!("error: {err}\n")),
        Err(err) => Err(Error::Write(err.to_string())),
    }
}

/// The findings of `after` that `before` did not have (by code and message,
/// so that lines moved by the edit do not make old findings look new).
fn new_findings(before: &[crate::Finding], after: &[crate::Finding]) -> Vec<crate::Finding> {
    let mut old: std::collections::HashMap<(crate::Code, &str), usize> = std::collections::HashMap::new();
    for f in before {
        *old.entry((f.code, f.message.as_str())).or_default() += 1;
    }
    after
        .iter()
        .filter(|f| match old.get_mut(&(f.code, f.message.as_str())) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}

fn init(cli: &Cli, edge: &mut Edge<'_>, args: &InitArgs) -> Result<Outcome, Error> {
    let path = match &cli.plan {
        Some(path) if path == Path::new("-") => {
            return Err(Error::Usage(
                "`icc init` writes a file: give --plan PATH, not `-`".into(),
            ));
        }
        Some(path) => edge.cwd.join(path),
        None => edge.cwd.join(source::PLAN_FILE),
    };
    let name = display_name(&path, &edge.cwd);
    let start = args
        .start
        .unwrap_or(crate::PlanDate::Month(edge.today.with_day0(0).unwrap_or(edge.today)));
    let text = crate::init::starter(args.city.as_deref(), start);
    let written = if args.force {
        std::fs::write(&path, &text)
    } else {
        use std::io::Write as _;
        // Only a file that does not exist yet: an existing plan is never overwritten.
        std::fs::File::options()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| f.write_all(text.as_bytes()))
    };
    match written {
        Ok(()) => Ok(Outcome {
            stdout: format!("wrote {name}: check it with `icc check`\n"),
            ..Outcome::default()
        }),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::Usage(format!(
            "{name} already exists; it was left as it was (use --force to overwrite it)"
        ))),
        Err(err) => Err(Error::Write(format!("cannot write {name}: {err}"))),
    }
}
