//! The command line: the flags (clap types, here and nowhere else), and a
//! file a command or family of commands that turns them into calls of the
//! library and returns what to print as an [`Outcome`]. Nothing here
//! prints: the binary writes the outcome and exits with [`exit_code`].
//!
//! [`run`] first makes the flags and what the binary read from the world
//! ([`Edge`]) into one [`Context`], so that no command looks at the
//! environment, the clock or the terminal itself.

mod check;
mod edit;
mod export;
pub mod help;
mod init;
mod output;
mod timeline;
mod tools;
mod views;

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::finding::{Finding, Summary};
use crate::lang::Catalog;
use crate::source::{self, Source};

// The flags. Their words (what each command and flag is for, the
// headings) are not here but in the catalogue, `locales/*/help.ftl`, set by
// `help::command` in the terminal's language: a doc comment here would be
// English help that no catalogue holds (a test sees to it).
#[derive(Debug, Parser)]
#[command(name = "icc", version, max_term_width = 100)]
pub struct Cli {
    #[arg(long, global = true, value_name = "PATH")]
    pub plan: Option<PathBuf>,

    #[arg(long, global = true, value_name = "DATE", value_parser = parse_today)]
    pub today: Option<NaiveDate>,

    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(WIDTHS))]
    pub width: Option<u16>,

    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,

    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// The variables that stand in for flags, as the binary read them
    /// (none unless it sets them: a program that parses flags reads no
    /// environment).
    #[arg(skip)]
    pub env: Environment,

    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// `--lang`, else `ICC_LANG`: the language asked for, of the terminal
    /// and of documents alike.
    pub fn language_asked(&self) -> Option<String> {
        let env = self.env.lang.as_ref().map(|lang| lang.to_string_lossy().into_owned());
        self.lang.clone().or(env)
    }

    /// The terminal's language as asked for (design.md, "Languages"):
    /// `--lang`, `ICC_LANG`, then the system's locale; negotiated by
    /// [`Catalog::for_language`].
    pub fn terminal_language(&self) -> Option<String> {
        Cli::language_of(self.lang.as_deref(), &self.env)
    }

    /// The terminal's language, from `--lang` (`flag`) and the environment:
    /// the one rule, for [`Cli::terminal_language`] and for the binary,
    /// which needs it before the flags are parsed (for `--help` and clap's
    /// errors, [`help::language`]).
    pub fn language_of(flag: Option<&str>, env: &Environment) -> Option<String> {
        let text = |value: &OsString| value.to_string_lossy().into_owned();
        flag.map(str::to_owned)
            .or_else(|| env.lang.as_ref().map(text))
            .or_else(|| env.locale.as_ref().map(text))
    }
}

/// The widths `--width` takes, and `COLUMNS` is heeded in.
const WIDTHS: std::ops::RangeInclusive<i64> = 20..=1000;

/// The environment variables icc heeds, as they were when it started.
/// The binary reads them, once ([`Environment::read`]); nothing below it
/// looks at the environment. An empty variable is unset (design.md, "The
/// commands"), as CI templates often leave one.
#[derive(Clone, Debug, Default)]
pub struct Environment {
    /// `ICC_PLAN`: the plan, where `--plan` is not given.
    pub plan: Option<OsString>,
    /// `ICC_TODAY`: the day to compute for, where `--today` is not given.
    pub today: Option<OsString>,
    /// `COLUMNS`: the width where `--width` is not given and standard
    /// output is not a terminal.
    pub columns: Option<OsString>,
    /// `GITHUB_WORKSPACE`: the repository's root in GitHub Actions, which
    /// `check --format github` names the plan relative to.
    pub github_workspace: Option<OsString>,
    /// `ICC_LANG`: the language, where `--lang` is not given.
    pub lang: Option<OsString>,
    /// The system's locale for messages: `LC_ALL`, else `LC_MESSAGES`,
    /// else `LANG` (POSIX's order), the first that is set; the terminal's
    /// language where neither `--lang` nor `ICC_LANG` is given.
    pub locale: Option<OsString>,
}

impl Environment {
    /// The variables, each as `var` (`std::env::var_os`) gives it.
    pub fn read(var: impl Fn(&str) -> Option<OsString>) -> Environment {
        let var = |name: &str| var(name).filter(|value| !value.is_empty());
        Environment {
            plan: var("ICC_PLAN"),
            today: var("ICC_TODAY"),
            columns: var("COLUMNS"),
            github_workspace: var("GITHUB_WORKSPACE"),
            lang: var("ICC_LANG"),
            locale: var("LC_ALL").or_else(|| var("LC_MESSAGES")).or_else(|| var("LANG")),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Check(check::CheckArgs),
    Status(views::ViewArgs),
    Phases(views::ViewArgs),
    Workshops(views::WorkshopsArgs),
    Milestones(views::MilestonesArgs),
    Agenda(views::AgendaArgs),
    Timeline(timeline::TimelineArgs),
    AddWorkshop(edit::AddWorkshopArgs),
    AddPhase(edit::AddPhaseArgs),
    AddMilestone(edit::AddMilestoneArgs),
    AddRecurring(edit::AddRecurringArgs),
    SetStatus(edit::SetStatusArgs),
    Move(edit::MoveArgs),
    Remove(edit::RemoveArgs),
    Rename(edit::RenameArgs),
    Export(export::ExportArgs),
    Init(init::InitArgs),
    Schema {
        #[command(flatten)]
        output: output::OutputArgs,
    },
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
        #[command(flatten)]
        output: output::OutputArgs,
    },
    Man {
        #[command(flatten)]
        output: output::OutputArgs,
    },
}

/// What the binary read from the world, once, at the edge.
pub struct Edge<'a> {
    pub cwd: PathBuf,
    /// The local date, the day computed for unless `--today` or
    /// `ICC_TODAY` says another.
    pub today: NaiveDate,
    /// Whether each output stream is to be coloured (see [`Streams`]).
    pub color: Streams,
    /// The terminal's width, when standard output is one.
    pub terminal_width: Option<u16>,
    pub stdin: &'a mut dyn Read,
}

/// A yes or no for standard output and for standard error, each decided
/// from its own stream: one may be a terminal and the other a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Streams {
    pub stdout: bool,
    pub stderr: bool,
}

/// Everything a command may know of its run: the flags and the world,
/// validated and ready to use.
pub struct Context<'a> {
    /// `--plan` or `ICC_PLAN`, if given (`-` for standard input).
    plan: Option<PathBuf>,
    /// Which of them named the plan, as errors say it.
    plan_from: &'static str,
    cwd: PathBuf,
    pub today: NaiveDate,
    pub color: Streams,
    /// Columns for tables and charts: `--width`, the terminal's,
    /// `COLUMNS`, or 100.
    pub width: u16,
    /// `GITHUB_WORKSPACE`, from the working folder.
    github_workspace: Option<PathBuf>,
    stdin: &'a mut dyn Read,
    /// The language of the terminal: messages, tables, help
    /// ([`Context::documents`] for documents).
    pub lang: Catalog,
    /// `--lang` or `ICC_LANG`, if given: the language of documents too.
    lang_asked: Option<String>,
}

impl Context<'_> {
    /// The language of a document for the plan's audience (SVG, ICS, CSV
    /// labels, the report; design.md, "Languages"): `--lang`, then
    /// `ICC_LANG`, then the plan's `project.language`, then the terminal's.
    pub fn documents(&self, plan_language: Option<&str>) -> Catalog {
        match (&self.lang_asked, plan_language) {
            (Some(asked), _) => Catalog::for_language(Some(asked)),
            (None, Some(plan)) => Catalog::for_language(Some(plan)),
            (None, None) => Catalog::for_language(Some(&self.lang.language())),
        }
    }
}

/// What a command prints, and how it ended.
#[derive(Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub ending: Ending,
}

impl Outcome {
    fn new(stdout: String, ending: Ending) -> Outcome {
        Outcome {
            stdout,
            stderr: String::new(),
            ending,
        }
    }

    /// The exit code the run ends with ([`exit_code`]).
    pub fn exit_code(&self) -> u8 {
        exit_code(&Ok::<_, Error>(self.ending))
    }
}

/// How a command that ran ended (design.md, "Exit codes").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// Done; the plan has no errors (or no warnings, under `--strict`).
    Passed,
    /// The plan has errors (or warnings, under `--strict`).
    PlanFails,
    /// An edit was refused; the file is as it was.
    Refused,
}

impl Ending {
    /// How a command that shows a plan ends, by its findings.
    fn of(summary: Summary, strict: bool) -> Ending {
        if summary.passes(strict) {
            Ending::Passed
        } else {
            Ending::PlanFails
        }
    }
}

/// The exit code of a run: 0 done, 1 the plan fails or an edit was
/// refused, 2 could not run (any error). The one place it is decided.
pub fn exit_code<E>(ran: &Result<Ending, E>) -> u8 {
    match ran {
        Ok(Ending::Passed) => 0,
        Ok(Ending::PlanFails | Ending::Refused) => 1,
        Err(_) => 2,
    }
}

/// Why a command could not run at all (exit 2).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("no {file} in {dir} or any folder above it\nhelp: pass --plan PATH, set ICC_PLAN, run icc in the plan's folder, or start one with `icc init`", file = source::PLAN_FILE, dir = .0.display())]
    NoPlan(PathBuf),
    /// `--plan` or `ICC_PLAN` names a folder without a plan file.
    #[error("{from}: `{dir}` is a folder without a {file}", file = source::PLAN_FILE)]
    NoPlanIn { from: &'static str, dir: String },
    /// The I/O error is its source: shown after the message (`{:#}`).
    #[error("cannot read {path}")]
    Read { path: String, source: source::ReadError },
    #[error("{0}")]
    Usage(String),
    /// An id that names no item of the plan, or not one of the kind asked for.
    #[error("{0}")]
    UnknownId(String),
    #[error("{0}")]
    Write(String),
}

/// Runs the command `cli` names.
pub fn run(cli: &Cli, edge: &mut Edge<'_>) -> Result<Outcome, Error> {
    let env = &cli.env;
    let (plan, plan_from) = match (&cli.plan, &env.plan) {
        (Some(plan), _) => (Some(plan.clone()), "--plan"),
        (None, Some(plan)) => (Some(PathBuf::from(plan)), "ICC_PLAN"),
        (None, None) => (None, "--plan"),
    };
    let today = match (cli.today, &env.today) {
        (Some(today), _) => today,
        (None, Some(text)) => {
            parse_today(&text.to_string_lossy()).map_err(|err| Error::Usage(format!("ICC_TODAY: {err}")))?
        }
        (None, None) => edge.today,
    };
    // Off a terminal, COLUMNS where it is a width `--width` would take.
    let columns = env
        .columns
        .as_ref()
        .and_then(|text| text.to_str()?.parse::<u16>().ok())
        .filter(|columns| WIDTHS.contains(&i64::from(*columns)));
    let mut cx = Context {
        plan,
        plan_from,
        cwd: edge.cwd.clone(),
        today,
        color: edge.color,
        width: cli.width.or(edge.terminal_width).or(columns).unwrap_or(100),
        github_workspace: env.github_workspace.as_ref().map(|dir| edge.cwd.join(dir)),
        stdin: &mut *edge.stdin,
        lang: Catalog::for_language(cli.terminal_language().as_deref()),
        lang_asked: cli.language_asked(),
    };
    match &cli.command {
        Command::Check(args) => check::run(args, &mut cx),
        Command::Status(args) => views::status(args, &mut cx),
        Command::Phases(args) => views::phases(args, &mut cx),
        Command::Workshops(args) => views::workshops(args, &mut cx),
        Command::Milestones(args) => views::milestones(args, &mut cx),
        Command::Agenda(args) => views::agenda(args, &mut cx),
        Command::Timeline(args) => timeline::run(args, &mut cx),
        Command::AddWorkshop(args) => edit::add_workshop(args, &mut cx),
        Command::AddPhase(args) => edit::add_phase(args, &mut cx),
        Command::AddMilestone(args) => edit::add_milestone(args, &mut cx),
        Command::AddRecurring(args) => edit::add_recurring(args, &mut cx),
        Command::SetStatus(args) => edit::set_status(args, &mut cx),
        Command::Move(args) => edit::move_item(args, &mut cx),
        Command::Remove(args) => edit::remove(args, &mut cx),
        Command::Rename(args) => edit::rename(args, &mut cx),
        Command::Export(args) => export::run(args, &mut cx),
        Command::Init(args) => init::run(args, &mut cx),
        Command::Schema { output } => {
            let destination = output.destination(&cx)?;
            Ok(Outcome::new(
                destination.deliver(crate::schema::json())?,
                Ending::Passed,
            ))
        }
        Command::Completions { shell, output } => {
            let destination = output.destination(&cx)?;
            let document = tools::completions(*shell, &cx.lang).stdout;
            Ok(Outcome::new(destination.deliver(document)?, Ending::Passed))
        }
        Command::Man { output } => {
            let destination = output.destination(&cx)?;
            let document = tools::man(&cx.lang)?.stdout;
            Ok(Outcome::new(destination.deliver(document)?, Ending::Passed))
        }
    }
}

/// The plan file a command works on: where it is and how it is shown.
struct PlanFile {
    path: PathBuf,
    /// As findings show it: relative to the working folder where it can be.
    name: String,
}

impl Context<'_> {
    /// The plan file named by `--plan`, or found from the folder; `None`
    /// for standard input.
    fn plan_file(&self) -> Result<Option<PlanFile>, Error> {
        // A path given is shown as given, unless it is under this folder; a
        // plan found above is shown as `../plan.toml`, as cargo shows it.
        let given = self.plan.is_some();
        let path = match &self.plan {
            Some(path) if path == Path::new("-") => return Ok(None),
            // A folder means the plan file in it (design.md, "The commands").
            Some(path) if self.cwd.join(path).is_dir() => {
                let file = path.join(source::PLAN_FILE);
                if std::fs::symlink_metadata(self.cwd.join(&file)).is_err() {
                    return Err(Error::NoPlanIn {
                        from: self.plan_from,
                        // As it was given.
                        dir: crate::text::printable(&path.display().to_string()).into_owned(),
                    });
                }
                file
            }
            Some(path) => path.clone(),
            None => {
                let found = source::discover(&self.cwd).ok_or_else(|| Error::NoPlan(self.cwd.clone()))?;
                found.strip_prefix(&self.cwd).map(Path::to_path_buf).unwrap_or(found)
            }
        };
        let name = if given && path.is_absolute() && !path.starts_with(&self.cwd) {
            crate::text::printable(&path.display().to_string()).into_owned()
        } else {
            display_name(&path, &self.cwd)
        };
        Ok(Some(PlanFile {
            path: self.cwd.join(&path),
            name,
        }))
    }

    /// The plan's path as GitHub Actions names a file: relative to the
    /// repository's root, with `/` between folders. The root is
    /// `GITHUB_WORKSPACE` where the plan is under it, else the nearest
    /// folder above the plan that holds a `.git` (a folder, or the file of
    /// a worktree or a submodule). `None` for standard input, or a plan in
    /// neither: then it is named as everywhere else.
    fn repository_path(&self) -> Option<String> {
        let file = self.plan_file().ok()??;
        // The plan's folder as the system resolves it (links, `..`); the
        // file keeps its own name, even if it is a link.
        let dir = std::fs::canonicalize(file.path.parent()?).ok()?;
        let name = file.path.file_name()?;
        let workspace = self
            .github_workspace
            .as_ref()
            .and_then(|dir| std::fs::canonicalize(dir).ok())
            .filter(|workspace| dir.starts_with(workspace));
        let root = workspace.or_else(|| {
            dir.ancestors()
                .find(|dir| std::fs::metadata(dir.join(".git")).is_ok_and(|git| git.is_dir() || git.is_file()))
                .map(Path::to_path_buf)
        })?;
        let below = dir.strip_prefix(&root).ok()?;
        let parts: Vec<String> = below
            .components()
            .map(|part| part.as_os_str())
            .chain([name])
            .map(|part| crate::text::printable(&part.to_string_lossy()).into_owned())
            .collect();
        Some(parts.join("/"))
    }

    /// Reads the plan, and the finding its bytes earn if they are not UTF-8.
    fn read_source(&mut self) -> Result<(Source, Option<Finding>), Error> {
        let Some(file) = self.plan_file()? else {
            let bytes = source::read_limited(&mut self.stdin).map_err(|source| Error::Read {
                path: "<stdin>".into(),
                source,
            })?;
            return Ok(Source::from_bytes("<stdin>", &bytes));
        };
        let bytes = source::open_regular(&file.path)
            .and_then(source::read_limited)
            .map_err(|source| Error::Read {
                path: file.name.clone(),
                source,
            })?;
        Ok(Source::from_bytes(file.name, &bytes))
    }

    /// Reads and checks the plan, as every view does first.
    fn checked(&mut self) -> Result<(Source, crate::Checked), Error> {
        let (source, early) = self.read_source()?;
        let checked = crate::check(&source, early, self.today);
        Ok((source, checked))
    }

    /// Findings as `icc check` prints them for people, for standard error.
    fn findings_for_stderr(&self, source: &Source, findings: &[Finding]) -> String {
        crate::finding::render::human(source, findings, self.color.stderr, &self.lang)
    }

    /// Reads and checks the plan for a view. A plan that cannot be read as
    /// a plan has no view: the outcome is its findings on standard error,
    /// as `icc check` prints them, and a failed run.
    fn shown(&mut self) -> Result<Result<Shown, Outcome>, Error> {
        let (source, checked) = self.checked()?;
        let summary = checked.summary();
        match (checked.plan, checked.resolved) {
            (Some(plan), Some(resolved)) => Ok(Ok(Shown {
                source,
                plan,
                resolved,
                summary,
            })),
            _ => Ok(Err(Outcome {
                stdout: String::new(),
                stderr: self.findings_for_stderr(&source, &checked.findings)
                    + &crate::finding::render::human_summary(&source, summary, false, "", &self.lang),
                ending: Ending::PlanFails,
            })),
        }
    }
}

/// A plan read, checked and resolved, for a view.
struct Shown {
    source: Source,
    plan: crate::Plan,
    resolved: crate::Resolved,
    summary: Summary,
}

impl Shown {
    /// A view of the plan: what it prints, and that it fails if the plan
    /// has errors. Those are said on standard error, out of the way of the
    /// output, unless the view counts them itself (`status`).
    fn outcome(&self, stdout: String, says_errors: bool) -> Outcome {
        let mut stderr = String::new();
        if self.summary.errors > 0 && !says_errors {
            stderr = format!(
                "warning: {} has {}: run `icc check` to see {}\n",
                self.source.name,
                crate::text::plural(self.summary.errors, "error"),
                if self.summary.errors == 1 { "it" } else { "them" }
            );
        }
        Outcome {
            stdout,
            stderr,
            ending: Ending::of(self.summary, false),
        }
    }
}

/// A path as short as it can be shown: relative to the working folder when
/// the plan is in it or below it, with `/` separators, and safe for a
/// terminal (a file name may hold escape sequences).
fn display_name(path: &Path, cwd: &Path) -> String {
    crate::text::printable(&shown_path(path, cwd)).into_owned()
}

fn shown_path(path: &Path, cwd: &Path) -> String {
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

fn parse_today(text: &str) -> Result<NaiveDate, String> {
    let shown = crate::text::printable(text);
    let day = match crate::PlanDate::parse(text) {
        Ok(crate::PlanDate::Day(day)) => day,
        Ok(crate::PlanDate::Month(_)) => {
            return Err(format!(
                "`{shown}` is a month; --today is a day: write YYYY-MM-DD, e.g. {text}-01"
            ));
        }
        Err(err) => return Err(date_error(&err, "write YYYY-MM-DD, e.g. 2021-11-28", true)),
    };
    // A day of the calendar icc writes, as plan dates are.
    crate::date::in_calendar(day).ok_or_else(|| format!("`{shown}` is outside the years 0001 to 9999"))
}

fn parse_plan_date(text: &str) -> Result<crate::PlanDate, String> {
    crate::PlanDate::parse(text).map_err(|err| date_error(&err, crate::date::ACCEPTED_FORMS, false))
}

/// Why a date typed on the command line is not one, and what to type: the
/// date it most likely means (as the plan's findings suggest), or the
/// forms accepted. `day`: only a day will do.
fn date_error(err: &crate::date::DateError, forms: &str, day: bool) -> String {
    use crate::date::DateError;
    let why = crate::text::printable(&err.to_string()).into_owned();
    let suggested = err.suggestion().filter(|date| !day || date.precision_is_day());
    match (err, suggested) {
        (_, Some(date)) => format!("{why}; did you mean {date}?"),
        (DateError::NoSuchDay { month, .. }, None) => {
            format!("{why}; its last day is {}", crate::date::last_of_month(*month))
        }
        (DateError::YearZero(_), None) => why,
        _ => format!("{why}; {forms}"),
    }
}

fn parse_id(text: &str) -> Result<String, String> {
    if crate::plan::is_valid_id(text) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "`{text}` is not an id: use lowercase letters, digits and `-`, e.g. `{}`",
            crate::text::slug(text, "item-1")
        ))
    }
}

/// One line of text for the plan (a title, a name, a city): not empty,
/// and without line breaks, tabs or other control characters, which no
/// such field means to hold.
fn parse_text(text: &str) -> Result<String, String> {
    if text.trim().is_empty() {
        Err("must not be empty".into())
    } else if text.chars().any(crate::text::is_unsafe) {
        Err("must be one line of text, without line breaks, tabs or control characters".into())
    } else {
        Ok(text.to_owned())
    }
}
