//! `icc add-workshop`, `add-phase`, `add-milestone`, `add-recurring`,
//! `add-kpi`, `record`, `set-status`, `move`, `remove`, `rename`: the flags of each edit, made
//! into a [`Change`], made by [`crate::edit::edit`] and worded here: what
//! was done, what icc chose, why it refused.

use super::help::Reason;
use super::{Context, Ending, Error, FlagError, Outcome, Say, parse_id, parse_plan_date, parse_text, with_help};
use crate::PlanDate;
use crate::edit::{
    Applied, Because, Cannot, Change, Dated, Dependent, EditError, Figure, FigureError, Moment, Move, NewKpi,
    NewMilestone, NewPhase, NewRecurring, NewWorkshop, Note, Options, Record, Refusal, Shift, ShiftError, Unit,
    Unsupported, Wanted,
};
use crate::finding::{Arg, Args};
use crate::lang::{Catalog, args};
use crate::plan::{Direction, Kind, Mode, Status};

#[derive(Debug, clap::Args)]
pub struct EditArgs {
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub break_links: bool,
}

#[derive(Debug, clap::Args)]
pub struct AddWorkshopArgs {
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    #[arg(long, value_parser = parse_text)]
    pub title: String,
    #[arg(long, value_parser = parse_plan_date)]
    pub date: PlanDate,
    #[arg(long, value_parser = parse_plan_date)]
    pub end: Option<PlanDate>,
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub phase: Option<String>,
    #[arg(long, value_parser = parse_text)]
    pub activity: Option<String>,
    #[arg(long, value_parser = parse_text)]
    pub audience: Vec<String>,
    #[arg(long, value_parser = parse_text)]
    pub led_by: Vec<String>,
    #[arg(long, value_enum)]
    pub mode: Option<Mode>,
    #[arg(long, value_parser = parse_text)]
    pub objective: Option<String>,
    #[arg(long, value_enum)]
    pub status: Option<Status>,
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub after: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct AddPhaseArgs {
    #[arg(long, value_parser = parse_id)]
    pub id: String,
    #[arg(long, value_parser = parse_text)]
    pub name: String,
    #[arg(long, value_parser = parse_plan_date)]
    pub start: Option<PlanDate>,
    #[arg(long, value_parser = parse_plan_date)]
    pub end: Option<PlanDate>,
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=120_000))]
    pub months: Option<u32>,
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub after: Vec<String>,
    #[arg(long, value_parser = parse_text)]
    pub summary: Option<String>,
    #[arg(long, value_parser = parse_text)]
    pub activity: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct AddMilestoneArgs {
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    #[arg(long, value_parser = parse_text)]
    pub name: String,
    #[arg(long, value_parser = parse_plan_date)]
    pub date: PlanDate,
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub phase: Option<String>,
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub after: Vec<String>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct AddRecurringArgs {
    #[arg(long, value_parser = parse_id)]
    pub id: Option<String>,
    #[arg(long, value_parser = parse_text)]
    pub title: String,
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub phase: String,
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=120_000))]
    pub every_months: u32,
    #[arg(long, value_parser = parse_plan_date)]
    pub first: Option<PlanDate>,
    #[arg(long, value_parser = parse_text)]
    pub audience: Vec<String>,
    #[arg(long, value_parser = parse_text)]
    pub led_by: Vec<String>,
    #[arg(long, value_enum)]
    pub mode: Option<Mode>,
    #[arg(long, value_parser = parse_text)]
    pub objective: Option<String>,
    #[arg(long)]
    pub review: bool,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct AddKpiArgs {
    #[arg(long, value_parser = parse_id)]
    pub id: String,
    #[arg(long, value_parser = parse_text)]
    pub name: String,
    #[arg(long, value_parser = parse_text)]
    pub unit: String,
    #[arg(long, value_name = "READING", value_parser = parse_reading, allow_hyphen_values = true)]
    pub baseline: Dated,
    #[arg(long, value_name = "READING", value_parser = parse_reading, allow_hyphen_values = true)]
    pub target: Dated,
    #[arg(long, value_name = "ID", value_parser = parse_id)]
    pub phase: Option<String>,
    #[arg(long, value_enum)]
    pub direction: Option<Direction>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct RecordArgs {
    #[arg(value_name = "KPI")]
    pub kpi: String,
    #[arg(value_parser = parse_figure, allow_hyphen_values = true)]
    pub value: Figure,
    #[arg(long, value_parser = parse_plan_date)]
    pub date: Option<PlanDate>,
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct SetStatusArgs {
    #[arg(required = true, num_args = 1.., value_name = "ID")]
    pub ids: Vec<String>,
    #[arg(value_enum)]
    pub status: Status,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
#[command(group(
    clap::ArgGroup::new("to")
        .required(true)
        .multiple(true)
        .args(["date", "end", "start", "months", "first", "by"])
))]
pub struct MoveArgs {
    pub id: String,
    #[arg(long, value_parser = parse_plan_date)]
    pub date: Option<PlanDate>,
    #[arg(long, value_parser = parse_plan_date)]
    pub end: Option<PlanDate>,
    #[arg(long, value_parser = parse_plan_date)]
    pub start: Option<PlanDate>,
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=120_000))]
    pub months: Option<u32>,
    #[arg(long, value_parser = parse_plan_date)]
    pub first: Option<PlanDate>,
    #[arg(
        long,
        value_name = "SHIFT",
        value_parser = parse_shift,
        allow_hyphen_values = true,
        conflicts_with_all = ["date", "end", "start", "months", "first"]
    )]
    pub by: Option<Shift>,
    #[arg(long)]
    pub cascade: bool,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct RemoveArgs {
    pub id: String,
    #[arg(long)]
    pub cascade: bool,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct RenameArgs {
    pub old: String,
    #[arg(value_parser = parse_id)]
    pub new: String,
    #[command(flatten)]
    pub edit: EditArgs,
}

/// A shift of dates: a whole number, not 0, of months (`m`), weeks (`w`)
/// or days (`d`), with a sign for earlier.
fn parse_shift(text: &str) -> Result<Shift, FlagError> {
    let bad = || FlagError::not_a_shift(text);
    let (number, unit) = text.split_at(text.len().saturating_sub(1));
    let unit = match unit {
        "m" => Unit::Months,
        "w" => Unit::Weeks,
        "d" => Unit::Days,
        _ => return Err(bad()),
    };
    let digits = number.strip_prefix(['+', '-']).unwrap_or(number);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let amount: i64 = number.parse().map_err(|_| bad())?;
    if amount == 0 {
        return Err(FlagError::shift_zero(text));
    }
    if amount.unsigned_abs() > 10_000_000 {
        return Err(FlagError::shift_too_far(text));
    }
    Ok(Shift { amount, unit })
}

/// A number for the plan: digits, a sign, decimals after a point or a
/// comma (`41,5`).
fn parse_figure(text: &str) -> Result<Figure, Reason> {
    Figure::parse(text).map_err(|err| match err {
        FigureError::NotANumber => Reason::new("flag-not-a-number", args!(text = text)),
        FigureError::TooLarge => Reason::new("flag-number-too-large", args!(text = text)),
    })
}

/// `VALUE@DATE`: a KPI's baseline or target (`12@2021-03`, `41,5@2021-03-15`).
fn parse_reading(text: &str) -> Result<Dated, Box<dyn std::error::Error + Send + Sync>> {
    // Both halves written (`5@` and `@2021-03` are no reading).
    let Some((value, date)) = text
        .rsplit_once('@')
        .filter(|(value, date)| !value.trim().is_empty() && !date.trim().is_empty())
    else {
        return Err(Box::new(Reason::new("flag-not-a-reading", args!(text = text))));
    };
    let figure = parse_figure(value)?;
    let date = parse_plan_date(date.trim())?;
    Ok(Dated { figure, date })
}

pub fn add_workshop(args: &AddWorkshopArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::AddWorkshop(NewWorkshop {
        id: args.id.clone(),
        title: args.title.clone(),
        date: Some(args.date),
        end: args.end,
        phase: args.phase.clone(),
        activity: args.activity.clone(),
        audience: args.audience.clone(),
        led_by: args.led_by.clone(),
        mode: args.mode,
        objective: args.objective.clone(),
        status: args.status,
        after: args.after.clone(),
    });
    edit(cx, &change, &args.edit)
}

pub fn add_phase(args: &AddPhaseArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    // The window must be fixed by the flags themselves (design.md: two of
    // start, end, months, or after with months or end), said in flags.
    let (start, end, months, after) = (
        args.start.is_some(),
        args.end.is_some(),
        args.months.is_some(),
        !args.after.is_empty(),
    );
    if !((start && end) || (months && (start || end || after)) || (after && end)) {
        let given: Vec<&str> = [
            (start, "--start"),
            (end, "--end"),
            (months, "--months"),
            (after, "--after"),
        ]
        .into_iter()
        .filter_map(|(given, flag)| given.then_some(flag))
        .collect();
        let lang = &cx.lang;
        let why = match given.as_slice() {
            [] => lang.text("edit-add-phase-none"),
            [flag] => lang.say("edit-add-phase-alone", &args!(flag = *flag)),
            [first @ .., last] => lang.say("edit-add-phase-both", &args!(first = first.join(", "), second = *last)),
        };
        return Err(Error::Usage(with_help(lang, &why, &lang.text("edit-add-phase-help"))));
    }
    let change = Change::AddPhase(NewPhase {
        id: args.id.clone(),
        name: args.name.clone(),
        start: args.start,
        end: args.end,
        months: args.months,
        after: args.after.clone(),
        summary: args.summary.clone(),
        activities: args.activity.clone(),
    });
    edit(cx, &change, &args.edit)
}

pub fn add_milestone(args: &AddMilestoneArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::AddMilestone(NewMilestone {
        id: args.id.clone(),
        name: args.name.clone(),
        date: Some(args.date),
        phase: args.phase.clone(),
        after: args.after.clone(),
    });
    edit(cx, &change, &args.edit)
}

pub fn add_recurring(args: &AddRecurringArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::AddRecurring(NewRecurring {
        id: args.id.clone(),
        title: args.title.clone(),
        phase: args.phase.clone(),
        every_months: args.every_months,
        first: args.first,
        audience: args.audience.clone(),
        led_by: args.led_by.clone(),
        mode: args.mode,
        objective: args.objective.clone(),
        review: args.review,
    });
    edit(cx, &change, &args.edit)
}

pub fn add_kpi(args: &AddKpiArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::AddKpi(NewKpi {
        id: args.id.clone(),
        name: args.name.clone(),
        unit: args.unit.clone(),
        phase: args.phase.clone(),
        direction: args.direction,
        baseline: args.baseline.clone(),
        target: args.target.clone(),
    });
    edit(cx, &change, &args.edit)
}

pub fn record(args: &RecordArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::Record(Record {
        id: args.kpi.clone(),
        figure: args.value.clone(),
        date: args.date.unwrap_or(PlanDate::Day(cx.today)),
        replace: args.replace,
    });
    edit(cx, &change, &args.edit)
}

pub fn set_status(args: &SetStatusArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::SetStatus {
        ids: args.ids.clone(),
        status: args.status,
    };
    edit(cx, &change, &args.edit)
}

pub fn move_item(args: &MoveArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::Move(Move {
        id: args.id.clone(),
        by: args.by,
        date: args.date,
        end: args.end,
        start: args.start,
        months: args.months,
        first: args.first,
        cascade: args.cascade,
    });
    edit(cx, &change, &args.edit)
}

pub fn remove(args: &RemoveArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::Remove {
        id: args.id.clone(),
        cascade: args.cascade,
    };
    edit(cx, &change, &args.edit)
}

pub fn rename(args: &RenameArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::Rename {
        old: args.old.clone(),
        new: args.new.clone(),
    };
    edit(cx, &change, &args.edit)
}

/// Makes the change and says what came of it.
fn edit(cx: &mut Context<'_>, change: &Change, args: &EditArgs) -> Result<Outcome, Error> {
    let file = cx.plan_file()?;
    let name = file.as_ref().map_or(STDIN, |file| file.name.as_str()).to_owned();
    let name = name.as_str();
    let result = match &file {
        Some(file) => {
            let options = Options {
                dry_run: args.dry_run,
                break_links: args.break_links,
            };
            crate::edit::edit(&file.path, name, change, cx.today, options)
        }
        // A plan from standard input can be shown changed, not written.
        None if args.dry_run => {
            let bytes =
                crate::source::read_limited(&mut cx.stdin).map_err(|err| super::read_error(&cx.lang, STDIN, &err))?;
            crate::edit::preview(name, &bytes, change, cx.today)
        }
        None => {
            let lang = &cx.lang;
            return Err(Error::Usage(with_help(
                lang,
                &lang.text("edit-stdin"),
                &lang.text("edit-stdin-help"),
            )));
        }
    };
    let lang = &cx.lang;
    let say = Say::new(lang).whole("plan", name);
    let result = result.map_err(|err| edit_error(lang, err))?;
    let refused = |stderr: String| Outcome {
        stdout: String::new(),
        stderr,
        ending: Ending::Refused,
    };
    let done = match result {
        Ok(done) => done,
        Err(Refusal::Unreadable { source, findings }) => {
            let summary = crate::finding::Summary::of(&findings);
            return Ok(refused(
                cx.findings_for_stderr(&source, &findings)
                    + &crate::finding::render::human_summary(&source, summary, false, "", lang)
                    + &error_line(lang, &say.say("edit-unreadable", args!())),
            ));
        }
        Err(Refusal::AddsErrors { after, errors, notes }) => {
            let refusal = say.say("edit-adds-errors", args!(errors = errors.len()));
            return Ok(refused(
                cx.findings_for_stderr(&after, &errors) + &notes_text(&say, &notes) + &error_line(lang, &refusal),
            ));
        }
        Err(Refusal::Layout) => return Ok(refused(error_line(lang, &say.say("edit-layout", args!())))),
        Err(Refusal::Unsupported(form)) => {
            let why = match form {
                Unsupported::InlineTables(Kind::Kpi) => say.say("edit-inline-kpis", args!()),
                Unsupported::InlineTables(kind) => {
                    say.say("edit-inline-tables", args!(which = kind.as_str(), key = kind.key()))
                }
                Unsupported::Value { id, key } => say.say("edit-value-form", args!(key = key, id = id)),
            };
            return Ok(refused(error_line(lang, &why)));
        }
        Err(Refusal::NoProject) => return Ok(refused(error_line(lang, &say.say("edit-no-project", args!())))),
        Err(Refusal::Write(err)) => return Ok(refused(error_line(lang, &super::write_error(lang, &err)))),
        Err(Refusal::Referenced { kind, id, references }) => {
            let mut text = error_line(lang, &say.say("edit-referenced", args!(kind = kind, id = id)));
            for reference in &references {
                let message = if reference.kind == Kind::Recurring {
                    "edit-reference-recurring"
                } else {
                    "edit-reference"
                };
                let args = args!(
                    line = reference.line,
                    key = reference.key,
                    kind_of = of(reference.kind),
                    id = &reference.id,
                );
                text += &format!("  {}\n", say.say(message, args));
            }
            text += &help_line(lang, &say.say("edit-referenced-help", args!(count = references.len())));
            return Ok(refused(crate::text::printable_lines(&text).into_owned()));
        }
        Err(Refusal::Breaks {
            after,
            errors,
            items,
            notes,
        }) => {
            let mut text = cx.findings_for_stderr(&after, &errors) + &notes_text(&say, &notes);
            let shown = if errors.is_empty() { "no" } else { "yes" };
            let refusal = say.say("edit-breaks", args!(count = items.len(), shown = shown));
            text += &error_line(lang, &refusal);
            for item in &items {
                text += &format!("  {}\n", say.say("edit-dependent-line", dependent_args(item)));
            }
            let done: Vec<String> = items
                .iter()
                .filter(|item| item.done)
                .map(|item| item_text(lang, item.kind, &item.id))
                .collect();
            let help = match done.len() {
                0 => say.say("edit-breaks-help", args!(count = items.len())),
                n => say
                    .clone()
                    .whole("done", done.join(", "))
                    .say("edit-breaks-done-help", args!(count = n)),
            };
            text += &help_line(lang, &help);
            return Ok(refused(crate::text::printable_lines(&text).into_owned()));
        }
        Err(Refusal::Cannot(cannot)) => {
            let text = cannot_text(&say, &cannot, change);
            return Ok(refused(crate::text::printable_lines(&text).into_owned()));
        }
        Err(Refusal::Measured {
            id,
            date,
            value,
            written,
            line,
            new,
        }) => {
            let old = value.map_or(written, |value| lang.decimal(value));
            let text = error_line(
                lang,
                &say.say("edit-measured", args!(id = id, date = date, old = old, line = line)),
            ) + &help_line(lang, &say.say("edit-measured-help", args!(value = new)));
            return Ok(refused(crate::text::printable_lines(&text).into_owned()));
        }
    };
    let dry_run = done.diff.is_some();
    let applied: String = done
        .applied
        .iter()
        .map(|applied| {
            let text = recorded_text(&say, applied, dry_run, done.kpi.as_ref())
                .unwrap_or_else(|| applied_text(&say, applied, dry_run));
            crate::text::printable_lines(&text).into_owned() + "\n"
        })
        .collect();
    // A dry run's output is the diff; what it would do is said beside it,
    // on standard error, as the notes are.
    let mut stderr = if dry_run { applied.clone() } else { String::new() };
    stderr += &notes_text(&say, &done.notes);
    stderr += &cx.findings_for_stderr(&done.after, &done.added);
    // Errors the plan had before: not the edit's, but still there.
    if done.summary.errors > 0 {
        let still = say.say("plan-still-has-errors", args!(errors = done.summary.errors));
        stderr += &format!("{}: {still}\n", lang.text("severity-warning"));
    }
    let stdout = match done.diff {
        // The diff shows the file's new lines: nothing in them may act on a terminal.
        Some(diff) => crate::text::printable_lines(&diff).into_owned(),
        None => applied,
    };
    Ok(Outcome {
        stdout,
        stderr,
        ending: Ending::Passed,
    })
}

/// How a plan read from standard input is named.
const STDIN: &str = "<stdin>";

/// A line of a refusal: `error: …`.
fn error_line(lang: &Catalog, text: &str) -> String {
    format!("{}: {text}\n", lang.text("severity-error"))
}

/// A line of advice: `help: …`.
fn help_line(lang: &Catalog, text: &str) -> String {
    format!("{}: {text}\n", lang.text("word-help"))
}

/// A kind as an indefinite noun: `a workshop`, `un atelier`.
fn a(kind: Kind) -> Arg {
    Arg::Term("kind-a", kind.as_str())
}

/// A kind after `of`: `the end of workshop x`, `sfârșitul atelierului x`.
fn of(kind: Kind) -> Arg {
    Arg::Term("kind-of", kind.as_str())
}

/// `yes` or `no`, as messages select on a dry run.
fn yes(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// An item named in a list: "workshop `ws-1`".
fn item_text(lang: &Catalog, kind: Kind, id: &str) -> String {
    lang.say("edit-item", &args!(kind = kind, id = id))
}

/// Why an edit could not be attempted.
fn edit_error(lang: &Catalog, err: EditError) -> Error {
    match err {
        EditError::UnknownId {
            flag,
            id,
            wanted,
            found,
            plan,
            suggestion,
        } => {
            let say = Say::new(lang).whole("plan", &plan);
            let args = args!(id = &id, flag = flag.unwrap_or("none"));
            let (message, help) = match (found, wanted) {
                (None, _) => {
                    let wanted = match wanted {
                        Wanted::Event => "event",
                        Wanted::Phase => "phase",
                        Wanted::Kpi => return Error::UnknownId(no_such_kpi(&say, &id, suggestion)),
                        Wanted::Predecessor | Wanted::Any => "item",
                    };
                    let mut args = args;
                    args.0.push(("wanted", wanted.into()));
                    (say.say("edit-no-such-id", args), None)
                }
                (Some(kind), Wanted::Kpi) => (say.say("edit-not-a-kpi", with(args, "kind_a", a(kind))), None),
                (Some(kind), Wanted::Event) => (say.say("edit-not-an-event", with(args, "kind_a", a(kind))), None),
                (Some(kind), Wanted::Phase) => (say.say("edit-not-a-phase", with(args, "kind_a", a(kind))), None),
                (Some(_), Wanted::Any) => (say.say("edit-cannot-change", args), None),
                (Some(_), Wanted::Predecessor) => (
                    say.say("edit-not-a-predecessor", args),
                    Some(lang.text("edit-not-a-predecessor-help")),
                ),
            };
            // A suggestion is for an id that is not there, or not a phase.
            let help = help.or_else(|| match (found, wanted, suggestion) {
                (None, _, Some(near)) | (Some(_), Wanted::Phase | Wanted::Kpi, Some(near)) => {
                    Some(lang.say("edit-did-you-mean", &args!(suggestion = near)))
                }
                _ => None,
            });
            Error::UnknownId(match help {
                Some(help) => with_help(lang, &message, &help),
                None => message,
            })
        }
        EditError::IdTaken { id, kind, plan } => Error::Usage(
            Say::new(lang)
                .whole("plan", plan)
                .say("edit-id-taken", args!(id = id, kind_a = a(kind))),
        ),
        EditError::NoDateToMove { id } => {
            let message = lang.say("edit-kpi-no-date", &args!(id = &id));
            let command = format!(
                "icc record {id} {} --date {}",
                lang.text("help-value-value"),
                lang.text("help-value-date")
            );
            let help = Say::new(lang)
                .whole("command", command)
                .say("edit-kpi-no-date-help", args!());
            Error::Usage(with_help(lang, &message, &help))
        }
        EditError::Flag { flag, kind, id } => {
            let message = lang.say("edit-wrong-flag", &args!(flag = flag, kind_a = a(kind), id = id));
            let help = lang.say("edit-wrong-flag-help", &args!(kind_a = a(kind), which = kind.as_str()));
            Error::Usage(with_help(lang, &message, &help))
        }
        EditError::Read(path, source) => super::read_error(lang, &path, &source),
        EditError::Lock(name, err) => Error::Write(
            Say::new(lang)
                .whole("plan", name)
                .whole("why", super::lock_error(lang, &err))
                .say("edit-lock", args!()),
        ),
        EditError::Write(err) => Error::Write(super::write_error(lang, &err)),
    }
}

/// `args` with one more.
fn with(mut args: Args, name: &'static str, arg: Arg) -> Args {
    args.0.push((name, arg));
    args
}

/// Notes, a line each.
fn notes_text(say: &Say<'_>, notes: &[Note]) -> String {
    let note = say.lang().text("severity-note");
    notes
        .iter()
        .map(|text| format!("{note}: {}\n", crate::text::printable_lines(&note_text(say, text))))
        .collect()
}

fn note_text(say: &Say<'_>, note: &Note) -> String {
    match note {
        Note::IdMade { id, from } => say.say("edit-note-id-made", args!(id = id, from = *from)),
        Note::PhaseInferred { phase, date } => say.say("edit-note-phase-inferred", args!(phase = phase, date = *date)),
        Note::MonthsCounted {
            id,
            old,
            new: Some(new),
        } => say.say("edit-note-months-counted", args!(id = id, old = *old, new = *new)),
        Note::MonthsCounted { id, old, new: None } => say.say("edit-note-months-dropped", args!(id = id, old = *old)),
        Note::EndDropped { kind, id, date } => {
            let precision = if date.precision_is_day() { "day" } else { "month" };
            say.say(
                "edit-note-end-dropped",
                args!(kind = *kind, id = id, date = *date, precision = precision),
            )
        }
        Note::NotFollowed { items, cascade } => {
            let named: Vec<String> = items
                .iter()
                .map(|(kind, id)| item_text(say.lang(), *kind, id))
                .collect();
            say.clone().whole("items", named.join(", ")).say(
                "edit-note-not-followed",
                args!(cascade = yes(*cascade), count = items.len()),
            )
        }
        Note::KeyReplaced { id, old, new } => say.say("edit-note-key-replaced", args!(id = id, old = *old, new = *new)),
        Note::FirstStated { id, first } => say.say("edit-note-first-stated", args!(id = id, first = *first)),
    }
}

/// How far a shift moves: `2 months`, `-10 days`, `1 week`.
fn shift_text(lang: &Catalog, shift: Shift) -> String {
    let unit = match shift.unit {
        Unit::Months => "months",
        Unit::Weeks => "weeks",
        Unit::Days => "days",
    };
    lang.say("edit-shift", &args!(amount = shift.amount, unit = unit))
}

/// Where an item is: a phase's window, an event's date (or a series'
/// days), a recurring meeting's first meeting.
fn moment(at: &Moment) -> String {
    match at.end {
        Some(end) => format!("{} – {end}", at.start),
        None => at.start.to_string(),
    }
}

/// The arguments that say how a dependent would break (`edit-because`):
/// what it follows, or the phase it is in.
fn because_args(args: &mut Args, because: Option<&Because>) {
    match because {
        Some(Because::Follows { kind, id }) => {
            args.0.push(("because", "follows".into()));
            args.0.push(("after_kind", (*kind).into()));
            args.0.push(("after", id.into()));
        }
        Some(Because::InPhase { id }) => {
            args.0.push(("because", "in-phase".into()));
            args.0.push(("after", id.into()));
        }
        None => args.0.push(("because", "none".into())),
    }
}

/// A dependent that would break, and why (`edit-dependent`).
fn dependent_args(item: &Dependent) -> Args {
    let mut args = args!(kind = item.kind, id = &item.id, line = item.line, done = yes(item.done));
    because_args(&mut args, Some(&item.because));
    args
}

/// Why a move cannot be made to this plan.
fn cannot_text(say: &Say<'_>, cannot: &Cannot, change: &Change) -> String {
    let lang = say.lang();
    match cannot {
        Cannot::StartFollows { id, after } => {
            let after: Vec<String> = after.iter().map(|a| format!("`{a}`")).collect();
            let say = say.clone().whole("after", after.join(", "));
            error_line(
                lang,
                &say.say("edit-start-follows", args!(id = id, count = after.len())),
            ) + &help_line(lang, &say.say("edit-start-follows-help", args!(id = id)))
        }
        Cannot::Shift {
            kind,
            id,
            key,
            date,
            shift,
            line,
            why,
        } => {
            let args = args!(
                key = *key,
                kind = *kind,
                kind_of = of(*kind),
                id = id,
                line = *line,
                date = *date,
                by = shift_text(lang, *shift),
            );
            match why {
                ShiftError::MonthByDays => {
                    let primary = matches!(change, Change::Move(m) if m.id == *id);
                    let how = match (primary, *key) {
                        (true, "start" | "end") => "start-end",
                        (true, "first") => "first",
                        (true, _) => "date",
                        (false, _) => "other",
                    };
                    let help = say.say("edit-month-by-days-help", with(args.clone(), "how", how.into()));
                    error_line(lang, &say.say("edit-month-by-days", args)) + &help_line(lang, &help)
                }
                ShiftError::Calendar => error_line(lang, &say.say("edit-calendar", args)),
            }
        }
        Cannot::NoDate { kind, id, key } => {
            error_line(lang, &say.say("edit-no-date", args!(kind = *kind, id = id, key = *key)))
        }
        Cannot::Follow(item) => {
            error_line(lang, &say.say("edit-cannot-follow", dependent_args(item)))
                + &help_line(lang, &lang.text("edit-cannot-follow-help"))
        }
        Cannot::Done(items) => match items.as_slice() {
            [item] => {
                error_line(lang, &say.say("edit-done", dependent_args(item)))
                    + &help_line(lang, &say.say("edit-done-help", args!(id = &item.id)))
            }
            items => {
                let mut text = error_line(lang, &say.say("edit-done-several", args!(count = items.len())));
                for item in items {
                    let args = with(dependent_args(item), "done", "no".into());
                    text += &format!("  {}\n", say.say("edit-dependent-line", args));
                }
                text + &help_line(lang, &lang.text("edit-done-several-help"))
            }
        },
    }
}

/// How far an item moved, as `edit-moved` and `edit-follows` select it:
/// by one shift (`by`), or each end (`start` or `date`, `end`, or both:
/// `start-end`, `date-end`), the shifts in `by`, `first`, `last`.
fn moved_by(
    lang: &Catalog,
    args: &mut Args,
    by: Option<Shift>,
    ends: (Option<Shift>, Option<Shift>),
    kind: Kind,
) -> &'static str {
    let phase = kind == Kind::Phase;
    let mut push = |name: &'static str, shift: Shift| args.0.push((name, shift_text(lang, shift).into()));
    match (by, ends) {
        (Some(by), _) => {
            push("by", by);
            "by"
        }
        (None, (Some(first), None)) => {
            push("first", first);
            if phase { "start" } else { "date" }
        }
        (None, (None, Some(last))) => {
            push("last", last);
            "end"
        }
        (None, (Some(first), Some(last))) => {
            push("first", first);
            push("last", last);
            if phase { "start-end" } else { "date-end" }
        }
        (None, (None, None)) => "none",
    }
}

/// What an edit did, a line; for a dry run, what it would do.
fn applied_text(say: &Say<'_>, applied: &Applied, dry_run: bool) -> String {
    let lang = say.lang();
    let dry_run = yes(dry_run);
    match applied {
        Applied::Added { kind, id, phase: None } => {
            say.say("edit-added", args!(dry_run = dry_run, kind = *kind, id = id))
        }
        Applied::Added {
            kind,
            id,
            phase: Some(phase),
        } => say.say(
            "edit-added-in-phase",
            args!(dry_run = dry_run, kind = *kind, id = id, phase = phase),
        ),
        Applied::StatusSet { kind, id, status } => say.say(
            "edit-status-set",
            args!(dry_run = dry_run, kind = *kind, id = id, status = status_term(*status)),
        ),
        Applied::AlreadySet { kind, id, status } => say.say(
            "edit-already-set",
            args!(kind = *kind, id = id, status = status_term(*status)),
        ),
        Applied::Moved {
            kind,
            id,
            by,
            ends,
            from,
            to,
            because,
        } => {
            let what = if *kind == Kind::Recurring { "first" } else { "dates" };
            let mut args = args!(
                dry_run = dry_run,
                kind = *kind,
                kind_of = of(*kind),
                id = id,
                what = what,
                from = moment(from),
                to = moment(to),
            );
            let how = moved_by(lang, &mut args, *by, *ends, *kind);
            args.0.push(("how", how.into()));
            because_args(&mut args, because.as_ref());
            say.say("edit-moved", args)
        }
        Applied::Follows { id, by, ends, from, to } => {
            let mut args = args!(dry_run = dry_run, id = id, from = moment(from), to = moment(to));
            let how = moved_by(lang, &mut args, *by, *ends, Kind::Phase);
            args.0.push(("how", how.into()));
            say.say("edit-follows", args)
        }
        Applied::Kept { kind, id, at } => say.say(
            "edit-kept",
            args!(dry_run = dry_run, kind = *kind, id = id, at = moment(at)),
        ),
        Applied::AlreadyThere { kind, id, at } => {
            let message = if *kind == Kind::Recurring {
                "edit-already-there-first"
            } else {
                "edit-already-there"
            };
            say.say(message, args!(kind = *kind, id = id, at = moment(at)))
        }
        Applied::Restated { kind, id } => {
            say.say("edit-restated", args!(dry_run = dry_run, kind_of = of(*kind), id = id))
        }
        Applied::Removed {
            kind,
            id,
            line,
            phase: None,
        } => say.say(
            "edit-removed",
            args!(dry_run = dry_run, kind = *kind, id = id, line = *line),
        ),
        Applied::Removed {
            kind,
            id,
            line,
            phase: Some(phase),
        } => say.say(
            "edit-removed-with-phase",
            args!(dry_run = dry_run, kind = *kind, id = id, line = *line, phase = phase),
        ),
        Applied::ReferenceRemoved {
            kind: Kind::Kpi,
            id,
            key: "phase",
            line,
            ..
        } => say.say(
            "edit-phase-removed-kpi",
            args!(dry_run = dry_run, id = id, line = *line),
        ),
        Applied::ReferenceRemoved {
            kind,
            id,
            key: "phase",
            line,
            ..
        } => say.say(
            "edit-phase-removed",
            args!(dry_run = dry_run, kind_of = of(*kind), id = id, line = *line),
        ),
        Applied::ReferenceRemoved {
            kind,
            id,
            key,
            to,
            line,
            ..
        } => say.say(
            "edit-reference-removed",
            args!(
                dry_run = dry_run,
                to = to,
                key = *key,
                kind_of = of(*kind),
                id = id,
                line = *line
            ),
        ),
        Applied::Renamed {
            kind,
            old,
            new,
            references,
        } => say.say(
            "edit-renamed",
            args!(
                dry_run = dry_run,
                kind = *kind,
                old = old,
                new = new,
                references = *references
            ),
        ),
        Applied::AlreadyNamed { kind, id } => say.say("edit-already-named", args!(kind = *kind, id = id)),
        Applied::Recorded { .. } | Applied::AlreadyRecorded { .. } => {
            recorded_text(say, applied, dry_run == "yes", None).unwrap_or_default()
        }
    }
}

/// What `record` did, and where the KPI now stands (`kpi`, as the plan
/// after it says); `None` for what another edit did.
fn recorded_text(
    say: &Say<'_>,
    applied: &Applied,
    dry_run: bool,
    kpi: Option<&crate::status::KpiView>,
) -> Option<String> {
    let lang = say.lang();
    let now = match kpi {
        Some(kpi) => {
            let state = Arg::Term("kpi-state", kpi.state.as_str());
            match kpi.progress {
                Some(progress) => {
                    let percent = (progress * 100.0).round().clamp(-9999.0, 9999.0) as i64;
                    lang.say(
                        "edit-kpi-now",
                        &args!(state = state, progress = "yes", percent = percent),
                    )
                }
                None => lang.say("edit-kpi-now", &args!(state = state, progress = "no", percent = 0)),
            }
        }
        None => lang.text("kpi-state-no-data"),
    };
    let say = say.clone().whole("now", now);
    let dry_run = yes(dry_run);
    Some(match applied {
        Applied::Recorded {
            id,
            date,
            value,
            replaced: None,
        } => say.say(
            "edit-recorded",
            args!(
                dry_run = dry_run,
                value = *value,
                kind = Kind::Kpi,
                id = id,
                date = *date
            ),
        ),
        Applied::Recorded {
            id,
            date,
            value,
            replaced: Some(old),
        } => say.say(
            "edit-recorded-replaced",
            args!(
                dry_run = dry_run,
                old_read = yes(old.is_some()),
                old = old.unwrap_or_default(),
                value = *value,
                kind = Kind::Kpi,
                id = id,
                date = *date
            ),
        ),
        Applied::AlreadyRecorded { id, date, value } => say.say(
            "edit-already-recorded",
            args!(value = *value, kind = Kind::Kpi, id = id, date = *date),
        ),
        _ => return None,
    })
}

/// There is no KPI `id`: perhaps one near it.
fn no_such_kpi(say: &Say<'_>, id: &str, suggestion: Option<String>) -> String {
    let lang = say.lang();
    let message = say.say("edit-no-such-kpi", args!(id = id));
    match suggestion {
        Some(near) => with_help(
            lang,
            &message,
            &lang.say("edit-did-you-mean", &args!(suggestion = near)),
        ),
        None => message,
    }
}

/// A status as people read it: `done`, `realizat`.
fn status_term(status: Status) -> Arg {
    Arg::Term("status", status.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The forms of each kind and status messages name by a computed id
    /// (`kind-a-…`, `kind-of-…`, `status-…`) are in every catalogue.
    #[test]
    fn every_kind_and_status_has_its_words() {
        use strum::IntoEnumIterator;
        for (language, _) in crate::lang::LANGUAGES {
            let lang = Catalog::for_language(Some(language));
            for kind in Kind::iter() {
                for arg in [a(kind), of(kind), Arg::from(kind)] {
                    let Arg::Term(prefix, value) = arg else { unreachable!() };
                    let id = format!("{prefix}-{value}");
                    assert_ne!(lang.text(&id), id, "{language}: {id}");
                }
            }
            for status in [Status::Planned, Status::Done, Status::Cancelled] {
                let Arg::Term(prefix, value) = status_term(status) else {
                    unreachable!()
                };
                let id = format!("{prefix}-{value}");
                assert_ne!(lang.text(&id), id, "{language}: {id}");
            }
        }
    }

    /// What no folder case reaches, worded as it was before the catalogue
    /// took it, and in Romanian with every argument in place.
    #[test]
    fn the_rarer_words_of_edits_are_as_they_were() {
        let (en, ro) = (Catalog::english(), Catalog::for_language(Some("ro")));
        let date = |text: &str| PlanDate::parse(text).unwrap();
        let dependent = |id: &str, line, done| Dependent {
            kind: Kind::Workshop,
            id: id.into(),
            line,
            because: Because::Follows {
                kind: Kind::Phase,
                id: "p".into(),
            },
            done,
        };
        let month = Shift {
            amount: 1,
            unit: Unit::Months,
        };
        let change = Change::Remove {
            id: "x".into(),
            cascade: false,
        };
        let cannot = [
            (
                Cannot::StartFollows {
                    id: "q".into(),
                    after: vec!["a".into(), "b".into()],
                },
                "error: phase `q` starts the day after `a`, `b` end (its `after`), so its start cannot move by itself; \
                 the file is unchanged\nhelp: move `a`, `b`, and `q` follows; or change its end with --end or \
                 --months\n",
            ),
            (
                Cannot::Shift {
                    kind: Kind::Milestone,
                    id: "m".into(),
                    key: "date",
                    date: date("9999-12"),
                    shift: month,
                    line: 7,
                    why: ShiftError::Calendar,
                },
                "error: the `date` of milestone `m` (line 7), 9999-12, cannot move by 1 month: it would leave the years \
                 0001 to 9999; the file is unchanged\n",
            ),
            (
                Cannot::Shift {
                    kind: Kind::Workshop,
                    id: "w".into(),
                    key: "date",
                    date: date("2021-03"),
                    shift: Shift {
                        amount: -3,
                        unit: Unit::Weeks,
                    },
                    line: 9,
                    why: ShiftError::MonthByDays,
                },
                "error: the `date` of workshop `w` (line 9) is a month, 2021-03, which moves by whole months only, not \
                 by -3 weeks; the file is unchanged\nhelp: give workshop `w` a day in the plan first, or move by \
                 whole months\n",
            ),
            (
                Cannot::NoDate {
                    kind: Kind::Recurring,
                    id: "r".into(),
                    key: "first",
                },
                "error: recurring meeting `r` has no `first` icc could read (`icc check` says why), so it cannot be \
                 moved; the file is unchanged\n",
            ),
            (
                Cannot::Follow(dependent("w", 4, false)),
                "error: workshop `w` (line 4) would start before phase `p` ends (it is in its `after`), and no shift of \
                 its dates keeps it both after what it follows and inside its phase; the file is unchanged\nhelp: \
                 move it first, or change its `after` or its `phase`\n",
            ),
            (
                Cannot::Done(vec![dependent("w", 4, true), dependent("v", 9, true)]),
                "error: 2 items that --cascade would move are done, and it does not move what has happened; the file \
                 is unchanged\n  line 4: workshop `w` would start before phase `p` ends (it is in its `after`)\n  line \
                 9: workshop `v` would start before phase `p` ends (it is in its `after`)\nhelp: set their status \
                 first, or move them explicitly\n",
            ),
        ];
        for (cannot, english) in cannot {
            assert_eq!(cannot_text(&Say::new(&en), &cannot, &change), english);
            let romanian = cannot_text(&Say::new(&ro), &cannot, &change);
            assert!(
                romanian.starts_with("eroare: ") && !romanian.contains('$'),
                "{romanian}"
            );
        }
        let at = Moment {
            start: date("2021-03"),
            end: None,
        };
        let applied = [
            (
                Applied::AlreadyThere {
                    kind: Kind::Recurring,
                    id: "r".into(),
                    at,
                },
                "recurring meeting r's first meeting is already 2021-03 in plan.toml",
            ),
            (
                Applied::AlreadyNamed {
                    kind: Kind::Milestone,
                    id: "m".into(),
                },
                "milestone m already has that id in plan.toml",
            ),
            (
                Applied::Restated {
                    kind: Kind::Phase,
                    id: "p".into(),
                },
                "changed the dates of phase p in plan.toml",
            ),
            (
                Applied::Moved {
                    kind: Kind::Workshop,
                    id: "w".into(),
                    by: None,
                    ends: (Some(month), Some(month)),
                    from: at,
                    to: at,
                    because: None,
                },
                "moved workshop w, its date by 1 month and its end by 1 month: 2021-03 → 2021-03",
            ),
            (
                Applied::Follows {
                    id: "q".into(),
                    by: None,
                    ends: (None, Some(month)),
                    from: at,
                    to: at,
                },
                "phase q follows by itself (its window is derived), its end by 1 month: 2021-03 → 2021-03",
            ),
        ];
        for (applied, english) in applied {
            let say = Say::new(&en).whole("plan", "plan.toml");
            assert_eq!(applied_text(&say, &applied, false), english);
            let romanian = applied_text(&Say::new(&ro).whole("plan", "plan.toml"), &applied, true);
            assert!(!romanian.contains('$') && !romanian.contains("would"), "{romanian}");
        }
        let unknown = |found, wanted, flag| EditError::UnknownId {
            flag,
            id: "x".into(),
            wanted,
            found,
            plan: "plan.toml".into(),
            suggestion: Some("y".into()),
        };
        for (err, english) in [
            (
                unknown(Some(Kind::Phase), Wanted::Event, None),
                "`x` is a phase: only workshops and milestones have a status; the file is unchanged",
            ),
            (
                unknown(Some(Kind::Phase), Wanted::Any, Some("--by")),
                "`x` cannot be changed so (--by); the file is unchanged",
            ),
            (
                unknown(Some(Kind::Recurring), Wanted::Predecessor, Some("--after")),
                "`x` is a recurring meeting, which has no single end (--after); the file is unchanged\nhelp: \
                 `--after` takes a phase, a milestone or a workshop",
            ),
            (
                unknown(None, Wanted::Predecessor, Some("--after")),
                "there is no item `x` in plan.toml (--after); the file is unchanged\nhelp: did you mean `y`?",
            ),
        ] {
            assert_eq!(edit_error(&en, err).to_string(), english);
        }
        let romanian = edit_error(&ro, unknown(Some(Kind::Milestone), Wanted::Phase, Some("--phase"))).to_string();
        assert_eq!(
            romanian,
            "`x` este un reper, nu o etapă (--phase); fișierul rămâne neschimbat\najutor: ați vrut să scrieți `y`?"
        );
    }

    /// What `record` says where no folder case reaches: a value replaced
    /// that could not be read, a KPI with no progress to tell (its target
    /// equals its baseline, or it has no data), in both languages.
    #[test]
    fn what_record_says_in_either_language() {
        use crate::kpi::State;
        let (en, ro) = (Catalog::english(), Catalog::for_language(Some("ro")));
        let date = PlanDate::parse("2025-06").unwrap();
        let view = |state, progress| crate::status::KpiView {
            id: "k".into(),
            name: "K".into(),
            unit: "%".into(),
            phase: None,
            direction: crate::plan::Direction::Increase,
            baseline: None,
            target: None,
            latest: None,
            progress,
            planned: None,
            state,
            measurements: Vec::new(),
        };
        let replaced = Applied::Recorded {
            id: "k".into(),
            date,
            value: 41.5,
            replaced: Some(None),
        };
        let already = Applied::AlreadyRecorded {
            id: "k".into(),
            date,
            value: 41.5,
        };
        for (applied, kpi, dry_run, english, romanian) in [
            (
                &replaced,
                view(State::Behind, None),
                true,
                "would replace the value icc could not read with 41.5 for KPI k on 2025-06 in plan.toml: behind",
                "s-ar înlocui valoarea pe care icc nu a putut-o citi cu 41,5 pentru indicatorul k la 2025-06 în \
                 plan.toml: în urmă",
            ),
            (
                &already,
                view(State::Achieved, Some(1.04)),
                false,
                "KPI k already has 41.5 on 2025-06 in plan.toml: achieved, 104% of the way",
                "indicatorul k are deja valoarea 41,5 la 2025-06 în plan.toml: atins, la 104% din parcurs",
            ),
        ] {
            for (lang, expected) in [(&en, english), (&ro, romanian)] {
                let say = Say::new(lang).whole("plan", "plan.toml");
                assert_eq!(recorded_text(&say, applied, dry_run, Some(&kpi)).unwrap(), expected);
            }
        }
        // Of another edit, nothing.
        let say = Say::new(&en).whole("plan", "plan.toml");
        let other = Applied::AlreadyNamed {
            kind: Kind::Kpi,
            id: "k".into(),
        };
        assert_eq!(recorded_text(&say, &other, false, None), None);
    }

    /// Shifts back are counted as forward: `-1 month`, `-20 de zile`.
    #[test]
    fn shifts_are_counted_in_either_direction() {
        let (en, ro) = (Catalog::english(), Catalog::for_language(Some("ro")));
        let shift = |amount, unit| Shift { amount, unit };
        for (amount, unit, english, romanian) in [
            (1, Unit::Months, "1 month", "1 lună"),
            (-1, Unit::Months, "-1 month", "-1 lună"),
            (2, Unit::Weeks, "2 weeks", "2 săptămâni"),
            (-10, Unit::Days, "-10 days", "-10 zile"),
            (-20, Unit::Days, "-20 days", "-20 de zile"),
            (19, Unit::Days, "19 days", "19 zile"),
        ] {
            assert_eq!(shift_text(&en, shift(amount, unit)), english);
            assert_eq!(shift_text(&ro, shift(amount, unit)), romanian);
        }
    }
}
