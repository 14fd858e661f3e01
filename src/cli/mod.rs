//! The command line: the flags (clap types, here and nowhere else), and a
//! file a command or family of commands that turns them into calls of the
//! library and returns what to print as an [`Outcome`]. Nothing here
//! prints: the binary writes the outcome and exits with [`exit_code`].
//!
//! [`run`] first makes the flags and what the binary read from the world
//! ([`Edge`]) into one [`Context`], so that no command looks at the
//! environment, the clock or the terminal itself.

mod base;
mod check;
mod diff;
mod edit;
mod export;
pub mod help;
mod init;
mod kpis;
mod output;
mod report;
mod timeline;
mod tools;
mod views;

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::finding::{Finding, Summary};
use crate::lang::{Catalog, args};
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
        given(self.lang.as_deref()).map(str::to_owned).or(env)
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
        given(flag)
            .map(str::to_owned)
            .or_else(|| env.lang.as_ref().map(text))
            .or_else(|| env.locale.as_ref().map(text))
    }
}

/// A language as given (`--lang`, the plan's `project.language`): trimmed,
/// and unset if empty, as an empty `ICC_LANG` is.
fn given(language: Option<&str>) -> Option<&str> {
    language.map(str::trim).filter(|language| !language.is_empty())
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
    Kpis(kpis::KpisArgs),
    Timeline(timeline::TimelineArgs),
    Diff(diff::DiffArgs),
    Report(report::ReportArgs),
    AddWorkshop(edit::AddWorkshopArgs),
    AddPhase(edit::AddPhaseArgs),
    AddMilestone(edit::AddMilestoneArgs),
    AddRecurring(edit::AddRecurringArgs),
    AddKpi(edit::AddKpiArgs),
    Record(edit::RecordArgs),
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
        match (&self.lang_asked, given(plan_language)) {
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
    /// `icc diff --exit-code`: the plans differ.
    Differs,
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
        Ok(Ending::PlanFails | Ending::Refused | Ending::Differs) => 1,
        Err(_) => 2,
    }
}

/// Why a command could not run at all (exit 2). Each holds its message,
/// worded where it arose in the terminal's language (`cx.lang`), so that
/// the binary only writes it after `error:`; the kind is for
/// [`exit_code`], which gives every one the same code, and for tests.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No plan file in the working folder or any folder above it.
    #[error("{0}")]
    NoPlan(String),
    /// `--plan` or `ICC_PLAN` names a folder without a plan file.
    #[error("{0}")]
    NoPlanIn(String),
    /// The plan could not be read.
    #[error("{0}")]
    Read(String),
    #[error("{0}")]
    Usage(String),
    /// An id that names no item of the plan, or not one of the kind asked for.
    #[error("{0}")]
    UnknownId(String),
    #[error("{0}")]
    Write(String),
}

/// A message, then its help on a line of its own: `…\nhelp: …`.
pub(crate) fn with_help(lang: &Catalog, message: &str, help: &str) -> String {
    format!("{message}\n{}: {help}", lang.text("word-help"))
}

/// Why a file could not be read: `cannot read plan.toml: …`.
pub(crate) fn read_error(lang: &Catalog, path: &str, err: &source::ReadError) -> Error {
    let why = match err {
        source::ReadError::NotAFile => lang.text("read-not-a-file"),
        source::ReadError::TooBig => {
            let mib = usize::try_from(source::MAX_PLAN_BYTES >> 20).unwrap_or(usize::MAX);
            lang.say("read-too-big", &args!(mib = mib))
        }
        source::ReadError::Io(err) => io_error(lang, err),
    };
    Error::Read(
        Say::new(lang)
            .whole("path", path)
            .whole("why", why)
            .say("error-read", args!()),
    )
}

/// An I/O error as a reason: the system's words, or the catalogue's for
/// the errors people meet most (a file not there, permission denied).
pub fn io_error(lang: &Catalog, err: &std::io::Error) -> String {
    Say::new(lang)
        .whole("detail", err.to_string())
        .say("io-error", args!(kind = io_kind(err)))
}

/// The kind of an I/O error, as messages select on it.
fn io_kind(err: &std::io::Error) -> &'static str {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => "not-found",
        ErrorKind::PermissionDenied => "permission-denied",
        ErrorKind::ReadOnlyFilesystem => "read-only",
        ErrorKind::NotADirectory => "not-a-directory",
        ErrorKind::IsADirectory => "is-a-directory",
        ErrorKind::InvalidFilename => "invalid-filename",
        ErrorKind::StorageFull => "storage-full",
        ErrorKind::QuotaExceeded => "quota-exceeded",
        ErrorKind::FileTooLarge => "file-too-large",
        ErrorKind::AlreadyExists => "already-exists",
        ErrorKind::DirectoryNotEmpty => "directory-not-empty",
        ErrorKind::CrossesDevices => "crosses-devices",
        ErrorKind::TooManyLinks => "too-many-links",
        ErrorKind::Interrupted => "interrupted",
        ErrorKind::ResourceBusy => "resource-busy",
        ErrorKind::ExecutableFileBusy => "executable-file-busy",
        ErrorKind::Deadlock => "deadlock",
        // The system's words name input/output errors and the rest.
        _ if err.raw_os_error() == Some(5) => "input-output",
        // ELOOP (`ErrorKind::FilesystemLoop` is not stable).
        _ if err.raw_os_error() == Some(40) => "filesystem-loop",
        _ => "other",
    }
}

/// Why a file could not be written, in the words of `lang`.
pub(crate) fn write_error(lang: &Catalog, err: &crate::edit::WriteError) -> String {
    use crate::edit::{Folder, WriteError};
    let file = |name: &str| Say::new(lang).whole("file", name);
    let count = |n: u64| usize::try_from(n).unwrap_or(usize::MAX);
    match err {
        WriteError::Changed(name) => file(name).say("write-changed", args!()),
        WriteError::ReadOnly(name) => file(name).say("write-read-only", args!()),
        WriteError::HardLinks { name, links } => file(name).say("write-hard-links", args!(links = count(*links))),
        WriteError::Owner {
            what,
            name,
            uid,
            gid,
            err,
        } => file(name)
            .whole("why", io_error(lang, err))
            .say("write-owner", args!(what = *what, uid = *uid, gid = *gid)),
        WriteError::Linked { name, links } => file(name).say("write-linked", args!(links = count(*links))),
        WriteError::Attribute { name, attribute, err } => file(name)
            .whole("why", io_error(lang, err))
            .whole("attribute", attribute)
            .say("write-attribute", args!()),
        WriteError::Exists(name) => file(name).say("write-exists", args!()),
        WriteError::DanglingLink(name) => file(name).say("write-dangling-link", args!()),
        WriteError::IccFile { name, file: icc } => file(name)
            .whole("of", icc.of())
            .say("write-icc-file", args!(icc_file = icc.as_str())),
        WriteError::NotAFile(name) => file(name).say("write-not-a-file", args!()),
        WriteError::SavedMeanwhile(name) => file(name).say("write-saved-meanwhile", args!()),
        WriteError::Folder { folder, err } => {
            let (which, path) = match folder {
                Folder::Current => ("current", ""),
                Folder::Named(path) => ("named", path.as_str()),
            };
            Say::new(lang)
                .whole("path", path)
                .whole("why", io_error(lang, err))
                .say("write-folder", args!(folder = which, kind = io_kind(err)))
        }
        WriteError::Lock { name, err } => file(name).whole("why", lock_error(lang, err)).say("write-io", args!()),
        WriteError::Io(name, err) => file(name).whole("why", io_error(lang, err)).say("write-io", args!()),
    }
}

/// Why a plan's lock could not be taken.
pub(crate) fn lock_error(lang: &Catalog, err: &crate::edit::LockError) -> String {
    use crate::edit::LockError;
    let file = |name: &str| Say::new(lang).whole("file", name);
    match err {
        LockError::Link(name) => file(name).say("lock-link", args!()),
        LockError::Foreign(name) => file(name).say("lock-foreign", args!()),
        LockError::NotAFile(name) => file(name).say("lock-not-a-file", args!()),
        LockError::Folder(err) | LockError::Other(err) => io_error(lang, err),
    }
}

/// Words from the terminal's catalogue with some arguments shown whole: a
/// file's name or path, a list that names every item, a reason worded
/// apart. (`lang::args!` cuts text to 80 columns, as plan text in a
/// message is; a path cut short names no file.) Each such argument is an
/// [`Arg::Whole`](crate::finding::Arg::Whole).
#[derive(Clone)]
pub(crate) struct Say<'a> {
    lang: &'a Catalog,
    whole: Vec<(&'static str, String)>,
}

impl<'a> Say<'a> {
    pub(crate) fn new(lang: &'a Catalog) -> Say<'a> {
        Say {
            lang,
            whole: Vec::new(),
        }
    }

    /// The catalogue it words from.
    pub(crate) fn lang(&self) -> &'a Catalog {
        self.lang
    }

    /// `$name` is `text`, whole, made safe for a terminal and kept on one
    /// line (a file's name may hold a line break).
    pub(crate) fn whole(mut self, name: &'static str, text: impl AsRef<str>) -> Say<'a> {
        let text = crate::text::printable(text.as_ref()).into_owned();
        self.whole.push((name, text));
        self
    }

    /// The message `id` with `args` and the whole arguments.
    pub(crate) fn say(&self, id: &str, mut args: crate::finding::Args) -> String {
        for (name, whole) in &self.whole {
            args.0.push((name, crate::finding::Arg::Whole(whole.clone())));
        }
        self.lang.say(id, &args)
    }
}

/// Runs the command `cli` names.
pub fn run(cli: &Cli, edge: &mut Edge<'_>) -> Result<Outcome, Error> {
    let env = &cli.env;
    let (plan, plan_from) = match (&cli.plan, &env.plan) {
        (Some(plan), _) => (Some(plan.clone()), "--plan"),
        (None, Some(plan)) => (Some(PathBuf::from(plan)), "ICC_PLAN"),
        (None, None) => (None, "--plan"),
    };
    let lang = Catalog::for_language(cli.terminal_language().as_deref());
    let today = match (cli.today, &env.today) {
        (Some(today), _) => today,
        (None, Some(text)) => parse_today(&text.to_string_lossy())
            .map_err(|err| Error::Usage(format!("ICC_TODAY: {}", err.say(&lang))))?,
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
        lang,
        lang_asked: cli.language_asked(),
    };
    match &cli.command {
        Command::Check(args) => check::run(args, &mut cx),
        Command::Status(args) => views::status(args, &mut cx),
        Command::Phases(args) => views::phases(args, &mut cx),
        Command::Workshops(args) => views::workshops(args, &mut cx),
        Command::Milestones(args) => views::milestones(args, &mut cx),
        Command::Agenda(args) => views::agenda(args, &mut cx),
        Command::Kpis(args) => kpis::run(args, &mut cx),
        Command::Timeline(args) => timeline::run(args, &mut cx),
        Command::Diff(args) => diff::run(args, &mut cx),
        Command::Report(args) => report::run(args, &mut cx),
        Command::AddWorkshop(args) => edit::add_workshop(args, &mut cx),
        Command::AddPhase(args) => edit::add_phase(args, &mut cx),
        Command::AddMilestone(args) => edit::add_milestone(args, &mut cx),
        Command::AddRecurring(args) => edit::add_recurring(args, &mut cx),
        Command::AddKpi(args) => edit::add_kpi(args, &mut cx),
        Command::Record(args) => edit::record(args, &mut cx),
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
                    // As it was given.
                    let dir = path.display().to_string();
                    return Err(Error::NoPlanIn(Say::new(&self.lang).whole("dir", dir).say(
                        "error-no-plan-in",
                        args!(from = self.plan_from, file = source::PLAN_FILE),
                    )));
                }
                file
            }
            Some(path) => path.clone(),
            None => {
                let found = source::discover(&self.cwd).ok_or_else(|| self.no_plan())?;
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

    /// No plan here or above, and how to name or start one.
    fn no_plan(&self) -> Error {
        let message = Say::new(&self.lang)
            .whole("dir", self.cwd.display().to_string())
            .say("error-no-plan", args!(file = source::PLAN_FILE));
        Error::NoPlan(with_help(&self.lang, &message, &self.lang.text("error-no-plan-help")))
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
            let bytes = source::read_limited(&mut self.stdin).map_err(|err| read_error(&self.lang, "<stdin>", &err))?;
            return Ok(Source::from_bytes("<stdin>", &bytes));
        };
        let bytes = source::open_regular(&file.path)
            .and_then(source::read_limited)
            .map_err(|err| read_error(&self.lang, &file.name, &err))?;
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
            (Some(plan), Some(resolved)) => {
                let errors = summary.errors;
                let errors_said = (errors > 0).then(|| {
                    let said = Say::new(&self.lang)
                        .whole("plan", &source.name)
                        .say("plan-has-errors", args!(errors = errors));
                    format!("{}: {said}\n", self.lang.text("severity-warning"))
                });
                Ok(Ok(Shown {
                    source,
                    plan,
                    resolved,
                    findings: checked.findings,
                    allowed: checked.allowed,
                    summary,
                    errors_said,
                }))
            }
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
    /// Its findings (but those an `allow` accepted), for a view that
    /// shows them (the report).
    findings: Vec<Finding>,
    /// How many findings an `allow` accepted.
    allowed: usize,
    summary: Summary,
    /// That the plan has errors, and how to see them, if it has any.
    errors_said: Option<String>,
}

impl Shown {
    /// A view of the plan: what it prints, and that it fails if the plan
    /// has errors. Those are said on standard error, out of the way of the
    /// output, unless the view counts them itself (`status`).
    fn outcome(&self, stdout: String, says_errors: bool) -> Outcome {
        let stderr = match &self.errors_said {
            Some(said) if !says_errors => said.clone(),
            _ => String::new(),
        };
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

/// Why a value typed as a flag is not one (clap names the flag). Clap
/// parses the flags before the terminal's language is known, so its own
/// text of this error is English (`Display`); [`FlagError::say_in`] words
/// it in another language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagError(FlagProblem);

#[derive(Clone, Debug, PartialEq, Eq)]
enum FlagProblem {
    /// Not a date; `day`: only a day will do (`--today`).
    Date {
        error: crate::date::DateError,
        day: bool,
    },
    /// A month given for `--today`.
    TodayIsMonth(String),
    /// A day outside the years 0001 to 9999.
    OutsideCalendar(String),
    NotAnId(String),
    Empty,
    NotOneLine,
    NotAShift(String),
    ShiftZero(String),
    ShiftTooFar(String),
}

impl FlagError {
    /// The problem in the words of `lang`.
    pub(crate) fn say(&self, lang: &Catalog) -> String {
        match &self.0 {
            FlagProblem::Date { error, day } => date_error(lang, error, *day),
            FlagProblem::TodayIsMonth(text) => lang.say("flag-today-month", &args!(text = text)),
            FlagProblem::OutsideCalendar(text) => lang.say("flag-outside-calendar", &args!(text = text)),
            FlagProblem::NotAnId(text) => lang.say(
                "flag-not-an-id",
                &args!(text = text, suggestion = crate::text::slug(text, "item-1")),
            ),
            FlagProblem::Empty => lang.text("flag-empty"),
            FlagProblem::NotOneLine => lang.text("flag-not-one-line"),
            FlagProblem::NotAShift(text) => lang.say("flag-not-a-shift", &args!(text = text)),
            FlagProblem::ShiftZero(text) => lang.say("flag-shift-zero", &args!(text = text)),
            FlagProblem::ShiftTooFar(text) => lang.say("flag-shift-too-far", &args!(text = text)),
        }
    }

    /// The problem in the language `language` names (as `--lang` takes
    /// it), for the binary to say once it knows the terminal's language.
    pub fn say_in(&self, language: Option<&str>) -> String {
        self.say(&Catalog::for_language(language))
    }

    pub(crate) fn not_a_shift(text: &str) -> FlagError {
        FlagError(FlagProblem::NotAShift(text.to_owned()))
    }

    pub(crate) fn shift_zero(text: &str) -> FlagError {
        FlagError(FlagProblem::ShiftZero(text.to_owned()))
    }

    pub(crate) fn shift_too_far(text: &str) -> FlagError {
        FlagError(FlagProblem::ShiftTooFar(text.to_owned()))
    }
}

impl std::fmt::Display for FlagError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(&Catalog::english()))
    }
}

impl std::error::Error for FlagError {}

fn parse_today(text: &str) -> Result<NaiveDate, FlagError> {
    let day = match crate::PlanDate::parse(text) {
        Ok(crate::PlanDate::Day(day)) => day,
        Ok(crate::PlanDate::Month(_)) => return Err(FlagError(FlagProblem::TodayIsMonth(text.to_owned()))),
        Err(error) => return Err(FlagError(FlagProblem::Date { error, day: true })),
    };
    // A day of the calendar icc writes, as plan dates are.
    crate::date::in_calendar(day).ok_or_else(|| FlagError(FlagProblem::OutsideCalendar(text.to_owned())))
}

fn parse_plan_date(text: &str) -> Result<crate::PlanDate, FlagError> {
    crate::PlanDate::parse(text).map_err(|error| FlagError(FlagProblem::Date { error, day: false }))
}

/// Why a date typed on the command line is not one, and what to type: the
/// date it most likely means (as the plan's findings suggest), or the
/// forms accepted; the words of the plan's findings (`date-problem`).
/// `day`: only a day will do.
fn date_error(lang: &Catalog, err: &crate::date::DateError, day: bool) -> String {
    use crate::date::DateError;
    use crate::finding::Arg;
    let mut args = match err {
        DateError::Form(text) => args!(problem = "form", text = text),
        DateError::NoSuchDay { text, month, days } => {
            args!(
                problem = "no-such-day",
                text = text,
                month = Arg::Month(*month),
                days = *days
            )
        }
        DateError::NoSuchMonth(text) => args!(problem = "no-such-month", text = text),
        DateError::TimeOfDay(text) => args!(problem = "time-of-day", text = text),
        DateError::YearZero(text) => args!(problem = "year-zero", text = text),
    };
    let suggested = err.suggestion().filter(|date| !day || date.precision_is_day());
    let hint = match (err, suggested) {
        (_, Some(date)) => {
            args.0.push(("date", Arg::Date(date)));
            "suggestion"
        }
        (DateError::NoSuchDay { month, .. }, None) => {
            let last = crate::PlanDate::Day(crate::date::last_of_month(*month));
            args.0.push(("last", Arg::Date(last)));
            "last-day"
        }
        (DateError::YearZero(_), None) => "none",
        _ if day => "day",
        _ => "forms",
    };
    args.0.push(("hint", hint.into()));
    lang.say("flag-date", &args)
}

fn parse_id(text: &str) -> Result<String, FlagError> {
    if crate::plan::is_valid_id(text) {
        Ok(text.to_owned())
    } else {
        Err(FlagError(FlagProblem::NotAnId(text.to_owned())))
    }
}

/// One line of text for the plan (a title, a name, a city): not empty,
/// and without line breaks, tabs or other control characters, which no
/// such field means to hold.
fn parse_text(text: &str) -> Result<String, FlagError> {
    if text.trim().is_empty() {
        Err(FlagError(FlagProblem::Empty))
    } else if text.chars().any(crate::text::is_unsafe) {
        Err(FlagError(FlagProblem::NotOneLine))
    } else {
        Ok(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What clap says of a value, in English (its own text) and as the
    /// binary words it in Romanian.
    #[test]
    fn values_typed_as_flags_are_said_in_either_language() {
        let ro = |err: FlagError| err.say_in(Some("ro"));
        let date = parse_plan_date("31.03.2021").unwrap_err();
        assert_eq!(
            date.to_string(),
            "`31.03.2021` is not a date in a form icc reads; did you mean 2021-03-31?"
        );
        assert_eq!(
            ro(date),
            "`31.03.2021` nu este o dată într-un format pe care icc îl citește; ați vrut să scrieți 2021-03-31?"
        );
        assert_eq!(
            ro(parse_plan_date("2021-02-30").unwrap_err()),
            "`2021-02-30` nu există: februarie 2021 are 28 de zile; ultima zi a lunii este 2021-02-28"
        );
        assert_eq!(
            ro(parse_plan_date("bogus").unwrap_err()),
            "`bogus` nu este o dată într-un format pe care icc îl citește; scrieți o zi ca `AAAA-LL-ZZ` \
             (de exemplu 2021-03-15) sau o lună ca `AAAA-LL` (de exemplu \"2021-03\")"
        );
        assert_eq!(
            ro(parse_plan_date("0000-05").unwrap_err()),
            "`0000-05` este în anul 0000, înaintea calendarului pe care îl scrie icc (anii de la 0001 la 9999)"
        );
        assert_eq!(
            ro(parse_today("martie 2021").unwrap_err()),
            "`martie 2021` nu este o dată într-un format pe care icc îl citește; scrieți AAAA-LL-ZZ, de exemplu \
             2021-11-28"
        );
        assert_eq!(
            ro(parse_today("2021-11").unwrap_err()),
            "`2021-11` este o lună, iar aici trebuie o zi: scrieți AAAA-LL-ZZ, de exemplu 2021-11-01"
        );
        assert_eq!(
            ro(parse_id("Atelier Nou").unwrap_err()),
            "`Atelier Nou` nu este un id: folosiți litere mici, cifre și `-`, de exemplu `atelier-nou`"
        );
        assert_eq!(ro(parse_text(" ").unwrap_err()), "nu poate fi gol");
        assert_eq!(
            ro(parse_text("a\tb").unwrap_err()),
            "trebuie să fie un singur rând de text, fără salturi de rând, tabulatoare sau caractere de control"
        );
        for (shift, english, romanian) in [
            (
                FlagError::not_a_shift("2x"),
                "`2x` is not a shift: write a whole number of months (m), weeks (w) or days (d), e.g. 2m, -10d, 3w",
                "`2x` nu este o deplasare: scrieți un număr întreg de luni (m), săptămâni (w) sau zile (d), de \
                 exemplu 2m, -10d, 3w",
            ),
            (
                FlagError::shift_zero("0d"),
                "`0d` moves nothing: give a shift other than 0",
                "`0d` nu mută nimic: folosiți o deplasare diferită de 0",
            ),
            (
                FlagError::shift_too_far("99999999d"),
                "`99999999d` is beyond the calendar icc writes (years 0001 to 9999)",
                "`99999999d` depășește calendarul pe care îl scrie icc (anii de la 0001 la 9999)",
            ),
        ] {
            assert_eq!(shift.to_string(), english);
            assert_eq!(ro(shift), romanian);
        }
    }

    /// Every way a file cannot be written, in English as it was said
    /// before the catalogue took it, and in Romanian.
    #[test]
    fn write_errors_are_said_in_either_language() {
        use crate::edit::{Folder, LockError, WriteError};
        use std::io::{Error as Io, ErrorKind};
        let denied = || Io::from(ErrorKind::PermissionDenied);
        let name = || "plan.toml".to_owned();
        let icc_file = crate::edit::icc_file(Path::new(".plan.toml.icc-a1B2c3.tmp")).unwrap();
        let cases = [
            (
                WriteError::Changed(name()),
                "plan.toml changed on disk while icc was editing it; nothing was written; run the command again",
                "plan.toml s-a modificat pe disc în timp ce icc îl edita; nu s-a scris nimic; rulați din nou comanda",
            ),
            (
                WriteError::Linked { name: name(), links: 3 },
                "plan.toml has 3 names (hard links): the others would keep the old text; nothing was written",
                "plan.toml are 3 nume (legături fizice): celelalte ar păstra textul vechi; nu s-a scris nimic",
            ),
            (
                WriteError::Owner {
                    what: "group",
                    name: name(),
                    uid: 1000,
                    gid: 1001,
                    err: Io::other("Operation not permitted (os error 1)"),
                },
                "cannot keep the group of plan.toml (1000:1001): Operation not permitted (os error 1); nothing was \
                 written",
                "nu se poate păstra grupul lui plan.toml (1000:1001): Operation not permitted (os error 1); nu s-a \
                 scris nimic",
            ),
            (
                WriteError::Attribute {
                    name: name(),
                    attribute: "user.x".into(),
                    err: denied(),
                },
                &format!(
                    "cannot keep the attribute user.x of plan.toml: {}; nothing was written",
                    denied()
                ),
                "nu se poate păstra atributul user.x al lui plan.toml: acces refuzat; nu s-a scris nimic",
            ),
            (
                WriteError::Exists(name()),
                "plan.toml already exists; it was left as it was (use --force to overwrite it)",
                "plan.toml există deja și a fost lăsat neschimbat (folosiți --force pentru a-l suprascrie)",
            ),
            (
                WriteError::DanglingLink(name()),
                "plan.toml is a symbolic link to a file that does not exist; nothing was written",
                "plan.toml este o legătură simbolică spre un fișier care nu există; nu s-a scris nimic",
            ),
            (
                WriteError::IccFile {
                    name: "x.tmp".into(),
                    file: icc_file,
                },
                "x.tmp is a temporary file of icc's edits of plan.toml, which the next edit removes; nothing was \
                 written",
                "x.tmp este un fișier temporar al unei editări făcute de icc asupra lui plan.toml, pe care următoarea \
                 editare îl șterge; nu s-a scris nimic",
            ),
            (
                WriteError::NotAFile(name()),
                "plan.toml is not a regular file; nothing was written",
                "plan.toml nu este un fișier obișnuit; nu s-a scris nimic",
            ),
            (
                WriteError::SavedMeanwhile(name()),
                "another program saved plan.toml while icc wrote it: icc's edit is in plan.toml, and that save went \
                 to the file it replaced; save it again from that program",
                "alt program a salvat plan.toml în timp ce icc îl scria: editarea făcută de icc este în plan.toml, iar \
                 acea salvare a ajuns în fișierul înlocuit; salvați din nou din acel program",
            ),
            (
                WriteError::Folder {
                    folder: Folder::Current,
                    err: Io::from(ErrorKind::ReadOnlyFilesystem),
                },
                "cannot write in the current folder: read-only file system",
                "nu se poate scrie în dosarul curent: sistemul de fișiere este doar pentru citire",
            ),
            (
                WriteError::Folder {
                    folder: Folder::Named("sub".into()),
                    err: denied(),
                },
                "cannot write in folder sub: permission denied",
                "nu se poate scrie în dosarul sub: acces refuzat",
            ),
            (
                WriteError::Lock {
                    name: name(),
                    err: LockError::Foreign(".plan.toml.lock".into()),
                },
                "cannot write plan.toml: .plan.toml.lock belongs to another user and cannot be read; if no edit is \
                 under way, remove it",
                "nu se poate scrie plan.toml: .plan.toml.lock aparține altui utilizator și nu poate fi citit; dacă nu \
                 este în curs nicio editare, ștergeți-l",
            ),
            (
                WriteError::Io(name(), Io::from(ErrorKind::NotFound)),
                &format!("cannot write plan.toml: {}", Io::from(ErrorKind::NotFound)),
                "nu se poate scrie plan.toml: nu există",
            ),
        ];
        let ro = Catalog::for_language(Some("ro"));
        for (err, english, romanian) in cases {
            assert_eq!(write_error(&Catalog::english(), &err), english);
            assert_eq!(write_error(&ro, &err), romanian);
        }
    }

    /// An argument given whole is not cut, and is in the place the
    /// message puts it; others are cut as plan text is.
    #[test]
    fn whole_arguments_are_not_cut() {
        let lang = Catalog::for_language(Some("ro"));
        let long = format!("/{}/plan.toml", "dosar".repeat(40));
        let said = Say::new(&lang)
            .whole("plan", &long)
            .say("plan-has-errors", args!(errors = 2));
        assert_eq!(
            said,
            format!("{long} are 2 erori: rulați `icc check` pentru a le vedea")
        );
        let cut = lang.say("plan-has-errors", &args!(plan = long.as_str(), errors = 2));
        assert!(cut.contains('…') && !cut.contains(&long), "{cut}");
        let english = Catalog::english();
        let said = Say::new(&english)
            .whole("file", "a\u{1b}b")
            .say("write-not-a-file", args!());
        assert_eq!(said, "a\u{fffd}b is not a regular file; nothing was written");
    }
}
