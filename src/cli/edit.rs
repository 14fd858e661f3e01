//! `icc add-workshop`, `add-phase`, `add-milestone`, `add-recurring`,
//! `set-status`, `move`, `remove`, `rename`: the flags of each edit, made
//! into a [`Change`], made by [`crate::edit::edit`] and worded here: what
//! was done, what icc chose, why it refused.

use super::{Context, Ending, Error, Outcome, parse_id, parse_plan_date, parse_text};
use crate::PlanDate;
use crate::edit::{
    Applied, Because, Cannot, Change, Dependent, EditError, Moment, Move, NewMilestone, NewPhase, NewRecurring,
    NewWorkshop, Note, Options, Refusal, Shift, ShiftError, Unit, Unsupported,
};
use crate::plan::{Kind, Mode, Status};

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
fn parse_shift(text: &str) -> Result<Shift, String> {
    let bad = || {
        format!("`{text}` is not a shift: write a whole number of months (m), weeks (w) or days (d), e.g. 2m, -10d, 3w")
    };
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
        return Err(format!("`{text}` moves nothing: give a shift other than 0"));
    }
    if amount.unsigned_abs() > 10_000_000 {
        return Err(format!(
            "`{text}` is beyond the calendar icc writes (years 0001 to 9999)"
        ));
    }
    Ok(Shift { amount, unit })
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
        let why = match given.as_slice() {
            [] => {
                "add-phase needs the phase's window, and none of --start, --end, --months, --after is given".to_owned()
            }
            [flag] => format!("add-phase cannot fix the phase's window from {flag} alone"),
            flags => format!("add-phase cannot fix the phase's window from {}", flags.join(" and ")),
        };
        return Err(Error::Usage(format!(
            "{why}; the file is unchanged\n\
             help: give --start and --end, --months with --start, --end or --after, or --after with --end \
             (e.g. --start 2025-01 --months 3)"
        )));
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
            let bytes = crate::source::read_limited(&mut cx.stdin).map_err(|source| Error::Read {
                path: STDIN.into(),
                source,
            })?;
            crate::edit::preview(name, &bytes, change, cx.today)
        }
        None => {
            return Err(Error::Usage(
                "`--plan -` reads the plan from standard input, which cannot be written\n\
                 help: add --dry-run to see the change as a diff, or name the plan file"
                    .into(),
            ));
        }
    };
    let unchanged = "the file is unchanged";
    let result = result.map_err(|err| match err {
        EditError::UnknownId { .. } => Error::UnknownId(err.to_string()),
        EditError::IdTaken { .. } => Error::Usage(format!(
            "{}: ids are unique across the plan; {unchanged}",
            crate::text::printable(&err.to_string())
        )),
        EditError::Flag { flag, kind, id } => Error::Usage(format!(
            "{flag} does not move a {noun} (`{}` is one); {unchanged}\nhelp: a {noun} moves with {}",
            shown(&id),
            crate::edit::flags_for(kind),
            noun = kind.noun(),
        )),
        EditError::Read(path, source) => Error::Read { path, source },
        EditError::Lock(..) | EditError::Write(_) => Error::Write(err.to_string()),
    })?;
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
                    + &crate::finding::render::human_summary(&source, summary, false, "", &cx.lang)
                    + &format!(
                        "error: {name} cannot be read as a plan, so it cannot be edited safely; the file is unchanged\n"
                    ),
            ));
        }
        Err(Refusal::AddsErrors { after, errors, notes }) => {
            return Ok(refused(
                cx.findings_for_stderr(&after, &errors)
                    + &notes_text(&notes)
                    + &format!(
                        "error: the edit was refused: it would add {} to {name} (shown as the file would be); the file is unchanged\n",
                        crate::text::plural(errors.len(), "error")
                    ),
            ));
        }
        Err(Refusal::Layout) => {
            return Ok(refused(format!(
                "error: icc could not place the change in {name} safely (its layout is unusual); the file is unchanged\n"
            )));
        }
        Err(Refusal::Unsupported(form)) => {
            let why = match form {
                Unsupported::InlineTables(kind) => format!(
                    "its {kind}s are written as inline tables (`{key} = [{{ … }}]`), which icc reads but does not edit; \
                     write each as a `[[{key}]]` table to edit it with icc",
                    kind = kind.as_str(),
                    key = kind.key()
                ),
                Unsupported::Value { id, key } => {
                    format!(
                        "the `{key}` of `{}` is not written as one `{key} = value`, which icc could replace",
                        shown(&id)
                    )
                }
            };
            let why = crate::text::printable_lines(&why);
            return Ok(refused(format!(
                "error: icc does not edit {name}: {why}; the file is unchanged\n"
            )));
        }
        Err(Refusal::NoProject) => {
            return Ok(refused(format!(
                "error: {name} has no `[project]` table, so it is not a plan icc adds to (an empty file, or one \
                 being saved); the file is unchanged\n"
            )));
        }
        Err(Refusal::Write(err)) => return Ok(refused(format!("error: {err}\n"))),
        Err(Refusal::Referenced { kind, id, references }) => {
            let mut text = format!(
                "error: {} `{}` is referred to, so it was not removed; the file is unchanged\n",
                kind.noun(),
                shown(&id)
            );
            for reference in &references {
                text += &format!(
                    "  line {}: the `{}` of {} `{}`{}\n",
                    reference.line,
                    reference.key,
                    reference.kind.noun(),
                    shown(&reference.id),
                    if reference.kind == Kind::Recurring {
                        " (which must have a phase: --cascade removes the meeting)"
                    } else {
                        ""
                    }
                );
            }
            text += &format!(
                "help: --cascade removes {} too, or change {} first\n",
                if references.len() == 1 { "it" } else { "them" },
                if references.len() == 1 { "it" } else { "them" }
            );
            return Ok(refused(crate::text::printable_lines(&text).into_owned()));
        }
        Err(Refusal::Breaks {
            after,
            errors,
            items,
            notes,
        }) => {
            let mut text = cx.findings_for_stderr(&after, &errors) + &notes_text(&notes);
            text += &format!(
                "error: the move was refused: it would break {} that {} {} own dates{}; the file is unchanged\n",
                crate::text::plural(items.len(), "item"),
                if items.len() == 1 { "states" } else { "state" },
                if items.len() == 1 { "its" } else { "their" },
                if errors.is_empty() {
                    ""
                } else {
                    " (shown above as the file would be)"
                },
            );
            for item in &items {
                text += &format!(
                    "  line {}: {}{}\n",
                    item.line,
                    crate::text::printable(&dependent_text(item)),
                    if item.done { "; it is done" } else { "" }
                );
            }
            let done: Vec<String> = items
                .iter()
                .filter(|item| item.done)
                .map(|item| format!("{} `{}`", item.kind.noun(), shown(&item.id)))
                .collect();
            text += &match done.as_slice() {
                [] if items.len() == 1 => {
                    "help: --cascade moves it too, as far as what it depends on moved\n".to_owned()
                }
                [] => "help: --cascade moves them too, each as far as what it depends on moved\n".to_owned(),
                [one] => format!(
                    "help: {one} is done, and --cascade does not move what is done: set its status first, or move \
                     it explicitly\n"
                ),
                several => format!(
                    "help: {} are done, and --cascade does not move what is done: set their status first, or move \
                     them explicitly\n",
                    several.join(", ")
                ),
            };
            return Ok(refused(text));
        }
        Err(Refusal::Cannot(cannot)) => {
            let text = cannot_text(&cannot, change);
            return Ok(refused(crate::text::printable_lines(&text).into_owned()));
        }
    };
    let dry_run = done.diff.is_some();
    let applied: String = done
        .applied
        .iter()
        .map(|applied| crate::text::printable_lines(&applied_text(applied, name, dry_run)).into_owned() + "\n")
        .collect();
    // A dry run's output is the diff; what it would do is said beside it,
    // on standard error, as the notes are.
    let mut stderr = if dry_run { applied.clone() } else { String::new() };
    stderr += &notes_text(&done.notes);
    stderr += &cx.findings_for_stderr(&done.after, &done.added);
    // Errors the plan had before: not the edit's, but still there.
    if done.summary.errors > 0 {
        let errors = done.summary.errors;
        stderr += &format!(
            "warning: {name} still has {}: run `icc check` to see {}\n",
            crate::text::plural(errors, "error"),
            if errors == 1 { "it" } else { "them" }
        );
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

/// An id as a note shows it: on one line, safe for a terminal.
fn shown(id: &str) -> std::borrow::Cow<'_, str> {
    crate::text::printable(id)
}

/// Notes, a line each.
fn notes_text(notes: &[Note]) -> String {
    notes
        .iter()
        .map(|note| format!("note: {}\n", crate::text::printable_lines(&note_text(note))))
        .collect()
}

fn note_text(note: &Note) -> String {
    match note {
        Note::IdMade { id, from } => format!("id `{}` made from the {from}", shown(id)),
        Note::PhaseInferred { phase, date } => format!("phase `{}` inferred from the date {date}", shown(phase)),
        Note::MonthsCounted {
            id,
            old,
            new: Some(new),
        } => format!(
            "phase `{}` now states `months = {new}` (it stated {old}): the length of its new window",
            shown(id)
        ),
        Note::MonthsCounted { id, old, new: None } => format!(
            "phase `{}` no longer states `months` (it stated {old}): its new window is not a whole number of months",
            shown(id)
        ),
        Note::EndDropped { kind, id, date } => format!(
            "{} `{}` states no `end`: an end {} its date, {date}, makes no series",
            kind.noun(),
            shown(id),
            if date.precision_is_day() {
                "on the day of"
            } else {
                "within the month of"
            }
        ),
        Note::NotFollowed { items, cascade } => {
            let named: Vec<String> = items
                .iter()
                .map(|(kind, id)| format!("{} `{}`", kind.noun(), shown(id)))
                .collect();
            let (named, are) = (named.join(", "), if items.len() == 1 { "it is" } else { "they are" });
            if *cascade {
                format!(
                    "--cascade did not move {named}: {are} on a dependency cycle, or after one, so the order to \
                     move them in is unknown (`icc check` shows the cycle)"
                )
            } else {
                format!(
                    "the move did not check whether it breaks {named}: {are} on a dependency cycle, or after one, \
                     so the order to look at them in is unknown (`icc check` shows the cycle)"
                )
            }
        }
        Note::KeyReplaced { id, old, new } => format!(
            "phase `{}` now states its `{new}` instead of its `{old}`, which would have fixed the window twice",
            shown(id)
        ),
        Note::FirstStated { id, first } => format!(
            "recurring meeting `{}` now states its first meeting (first = {first}): it was derived from its phase's start",
            shown(id)
        ),
    }
}

/// How far a shift moves: `2 months`, `-10 days`, `1 week`.
fn shift_text(shift: Shift) -> String {
    let unit = match shift.unit {
        Unit::Months => "month",
        Unit::Weeks => "week",
        Unit::Days => "day",
    };
    let s = if shift.amount.abs() == 1 { "" } else { "s" };
    format!("{} {unit}{s}", shift.amount)
}

/// Where an item is: a phase's window, an event's date (or a series'
/// days), a recurring meeting's first meeting.
fn moment(at: &Moment) -> String {
    match at.end {
        Some(end) => format!("{} – {end}", at.start),
        None => at.start.to_string(),
    }
}

/// What of an item's time a move names: a recurring meeting's first meeting.
fn what_moves(kind: Kind) -> &'static str {
    match kind {
        Kind::Recurring => "first meeting ",
        _ => "",
    }
}

/// A dependent that would break, and why.
fn dependent_text(item: &Dependent) -> String {
    format!("{} `{}` {}", item.kind.noun(), item.id, breaks_text(&item.because))
}

/// How a dependent would break: `would start before phase `p` ends …`.
fn breaks_text(because: &Because) -> String {
    match because {
        Because::Follows { kind, id } => {
            format!("would start before {} `{id}` ends (it is in its `after`)", kind.noun())
        }
        Because::InPhase { id } => format!("would fall outside phase `{id}` (its `phase`)"),
    }
}

/// Why a move cannot be made to this plan.
fn cannot_text(cannot: &Cannot, change: &Change) -> String {
    let unchanged = "the file is unchanged";
    match cannot {
        Cannot::StartFollows { id, after } => {
            let after: Vec<String> = after.iter().map(|a| format!("`{a}`")).collect();
            let after = after.join(", ");
            format!(
                "error: phase `{id}` starts the day after {after} {ends} (its `after`), so its start cannot move by \
                 itself; {unchanged}\nhelp: move {after}, and `{id}` follows; or change its end with --end or --months\n",
                ends = if after.contains(',') { "end" } else { "ends" }
            )
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
            let by = shift_text(*shift);
            let primary = matches!(change, Change::Move(m) if m.id == *id);
            match why {
                ShiftError::MonthByDays => {
                    let help = match (primary, *key) {
                        (true, "start" | "end") => {
                            "move it by whole months (--by 1m), or give it days with --start and --end".to_owned()
                        }
                        (true, "first") => "move it by whole months (--by 1m), or give a day with --first".to_owned(),
                        (true, _) => "move it by whole months (--by 1m), or give it a day with --date".to_owned(),
                        (false, _) => format!(
                            "give {} `{id}` a day in the plan first, or move by whole months",
                            kind.noun()
                        ),
                    };
                    format!(
                        "error: the `{key}` of {} `{id}` (line {line}) is a month, {date}, which moves by whole months \
                         only, not by {by}; {unchanged}\nhelp: {help}\n",
                        kind.noun()
                    )
                }
                ShiftError::Calendar => format!(
                    "error: the `{key}` of {} `{id}` (line {line}), {date}, cannot move by {by}: it would leave the \
                     years 0001 to 9999; {unchanged}\n",
                    kind.noun()
                ),
            }
        }
        Cannot::NoDate { kind, id, key } => format!(
            "error: {} `{id}` has no `{key}` icc could read (`icc check` says why), so it cannot be moved; {unchanged}\n",
            kind.noun()
        ),
        Cannot::Follow(item) => format!(
            "error: {} `{}` (line {}) {}, and no shift of its dates keeps it both after what it follows and \
             inside its phase; {unchanged}\nhelp: move it first, or change its `after` or its `phase`\n",
            item.kind.noun(),
            item.id,
            item.line,
            breaks_text(&item.because)
        ),
        Cannot::Done(items) => match items.as_slice() {
            [item] => format!(
                "error: {} `{}` (line {}) {}, and it is done: --cascade does not move what has happened; \
                 {unchanged}\nhelp: set its status first, or move it explicitly (`icc move {} …`)\n",
                item.kind.noun(),
                item.id,
                item.line,
                breaks_text(&item.because),
                item.id
            ),
            items => {
                let mut text = format!(
                    "error: {} items that --cascade would move are done, and it does not move what has happened; \
                     {unchanged}\n",
                    items.len()
                );
                for item in items {
                    text += &format!("  line {}: {}\n", item.line, dependent_text(item));
                }
                text + "help: set their status first, or move them explicitly\n"
            }
        },
    }
}

/// How far an item moved, after its name: `by 2 months`, or each end
/// (`its start by 1 month and its end by -1 month`, `the end … by`).
fn moved_by(kind: Kind, by: Option<Shift>, ends: (Option<Shift>, Option<Shift>)) -> (String, String) {
    let start = if kind == Kind::Phase { "start" } else { "date" };
    match (by, ends) {
        (Some(by), _) => (String::new(), format!(" by {}", shift_text(by))),
        (None, (Some(first), None)) => (format!("the {start} of "), format!(" by {}", shift_text(first))),
        (None, (None, Some(last))) => ("the end of ".to_owned(), format!(" by {}", shift_text(last))),
        (None, (Some(first), Some(last))) => (
            String::new(),
            format!(
                ", its {start} by {} and its end by {}",
                shift_text(first),
                shift_text(last)
            ),
        ),
        (None, (None, None)) => (String::new(), String::new()),
    }
}

/// What an edit did, a line; for a dry run, what it would do.
fn applied_text(applied: &Applied, plan: &str, dry_run: bool) -> String {
    // `added`, or `would add`.
    let did = |past: &str, present: &str| {
        if dry_run {
            format!("would {present}")
        } else {
            past.to_owned()
        }
    };
    match applied {
        Applied::Added { kind, id, phase } => {
            let phase = phase
                .as_ref()
                .map(|p| format!(" (phase {})", shown(p)))
                .unwrap_or_default();
            format!("{} {} {} to {plan}{phase}", did("added", "add"), kind.noun(), shown(id))
        }
        Applied::StatusSet { kind, id, status } => {
            format!(
                "{} {} {} to {status} in {plan}",
                did("set", "set"),
                kind.noun(),
                shown(id)
            )
        }
        Applied::AlreadySet { kind, id, status } => {
            format!("{} {} is already {status} in {plan}", kind.noun(), shown(id))
        }
        Applied::Moved {
            kind,
            id,
            by,
            ends,
            from,
            to,
            because,
        } => {
            let (which, by) = moved_by(*kind, *by, *ends);
            let why = match because {
                Some(Because::Follows { kind, id }) => format!(" (it follows {} {})", kind.noun(), shown(id)),
                Some(Because::InPhase { id }) => format!(" (it is in phase {})", shown(id)),
                None => String::new(),
            };
            format!(
                "{} {which}{} {}{by}: {}{} → {}{why}",
                did("moved", "move"),
                kind.noun(),
                shown(id),
                what_moves(*kind),
                moment(from),
                moment(to)
            )
        }
        Applied::Follows { id, by, ends, from, to } => {
            let by = match (by, ends) {
                (Some(by), _) => format!(" by {}", shift_text(*by)),
                (None, (Some(first), None)) => format!(", its start by {}", shift_text(*first)),
                (None, (None, Some(last))) => format!(", its end by {}", shift_text(*last)),
                (None, (Some(first), Some(last))) => format!(
                    ", its start by {} and its end by {}",
                    shift_text(*first),
                    shift_text(*last)
                ),
                (None, (None, None)) => String::new(),
            };
            format!(
                "phase {} {} by itself (its window is derived){by}: {} → {}",
                shown(id),
                did("follows", "follow"),
                moment(from),
                moment(to)
            )
        }
        Applied::Kept { kind, id, at } => format!(
            "{} {} {} at {}: only how {plan} states it changed",
            kind.noun(),
            shown(id),
            did("stays", "stay"),
            moment(at)
        ),
        Applied::AlreadyThere { kind, id, at } => {
            if *kind == Kind::Recurring {
                format!(
                    "{} {}'s first meeting is already {} in {plan}",
                    kind.noun(),
                    shown(id),
                    moment(at)
                )
            } else {
                format!("{} {} is already at {} in {plan}", kind.noun(), shown(id), moment(at))
            }
        }
        Applied::Restated { kind, id } => format!(
            "{} the dates of {} {} in {plan}",
            did("changed", "change"),
            kind.noun(),
            shown(id)
        ),
        Applied::Removed {
            kind,
            id,
            line,
            phase: None,
        } => format!(
            "{} {} {} (line {line}) from {plan}",
            did("removed", "remove"),
            kind.noun(),
            shown(id)
        ),
        Applied::Removed {
            kind,
            id,
            line,
            phase: Some(phase),
        } => format!(
            "{} {} {} (line {line}) too: it repeats in phase {}, and must have a phase",
            did("removed", "remove"),
            kind.noun(),
            shown(id),
            shown(phase)
        ),
        Applied::ReferenceRemoved {
            kind,
            id,
            key: "phase",
            line,
            ..
        } => format!(
            "{} the phase of {} {} (line {line}): it is inferred from its date again",
            did("removed", "remove"),
            kind.noun(),
            shown(id)
        ),
        Applied::ReferenceRemoved {
            kind,
            id,
            key,
            to,
            line,
            ..
        } => format!(
            "{} {} from the `{key}` of {} {} (line {line})",
            did("removed", "remove"),
            shown(to),
            kind.noun(),
            shown(id)
        ),
        Applied::Renamed {
            kind,
            old,
            new,
            references,
        } => {
            let references = match references {
                0 => String::new(),
                1 => ", and the reference to it".to_owned(),
                n => format!(", and the {n} references to it"),
            };
            format!(
                "{} {} {} to {} in {plan}{references}",
                did("renamed", "rename"),
                kind.noun(),
                shown(old),
                shown(new)
            )
        }
        Applied::AlreadyNamed { kind, id } => {
            format!("{} {} already has that id in {plan}", kind.noun(), shown(id))
        }
    }
}
