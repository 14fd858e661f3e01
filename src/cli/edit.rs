//! `icc add-workshop`, `add-phase`, `add-milestone`, `set-status`: the
//! flags of each edit, made into a [`Change`], made by [`crate::edit::edit`]
//! and worded here: what was done, what icc chose, why it refused.

use super::{Context, Ending, Error, Outcome, parse_id, parse_plan_date, parse_text};
use crate::PlanDate;
use crate::edit::{
    Applied, Change, EditError, NewMilestone, NewPhase, NewWorkshop, Note, Options, Refusal, Unsupported,
};
use crate::plan::{Mode, Status};

#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// Print the change as a unified diff; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Edit a plan that has other names (hard links) anyway: the other
    /// names keep the old text.
    #[arg(long)]
    pub break_links: bool,
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
    pub date: PlanDate,
    /// The last day of a series.
    #[arg(long, value_parser = parse_plan_date)]
    pub end: Option<PlanDate>,
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
    pub mode: Option<Mode>,
    /// What it is for.
    #[arg(long, value_parser = parse_text)]
    pub objective: Option<String>,
    /// Where it stands. Default: planned.
    #[arg(long, value_enum)]
    pub status: Option<Status>,
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
    pub start: Option<PlanDate>,
    /// Its last month or day.
    #[arg(long, value_parser = parse_plan_date)]
    pub end: Option<PlanDate>,
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
    pub date: PlanDate,
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
    /// The workshop's or milestone's id.
    pub id: String,
    /// Its new status.
    #[arg(value_enum)]
    pub status: Status,
    #[command(flatten)]
    pub edit: EditArgs,
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

pub fn set_status(args: &SetStatusArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let change = Change::SetStatus {
        id: args.id.clone(),
        status: args.status,
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
    let result = result.map_err(|err| match err {
        EditError::UnknownId { .. } => Error::UnknownId(err.to_string()),
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
                    + &crate::finding::render::human_summary(&source, summary, false, "")
                    + &format!(
                        "error: {name} cannot be read as a plan, so it cannot be edited safely; the file is unchanged\n"
                    ),
            ));
        }
        Err(Refusal::AddsErrors { after, errors }) => {
            return Ok(refused(
                cx.findings_for_stderr(&after, &errors)
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
    };
    let mut stderr: String = done
        .notes
        .iter()
        .map(|note| format!("note: {}\n", crate::text::printable_lines(&note_text(note))))
        .collect();
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
        None => crate::text::printable_lines(&applied_text(&done.applied, name)).into_owned() + "\n",
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

fn note_text(note: &Note) -> String {
    match note {
        Note::IdMade { id, from } => format!("id `{}` made from the {from}", shown(id)),
        Note::PhaseInferred { phase, date } => format!("phase `{}` inferred from the date {date}", shown(phase)),
    }
}

fn applied_text(applied: &Applied, plan: &str) -> String {
    match applied {
        Applied::Added { kind, id, phase } => {
            let phase = phase
                .as_ref()
                .map(|p| format!(" (phase {})", shown(p)))
                .unwrap_or_default();
            format!("added {} {} to {plan}{phase}", kind.as_str(), shown(id))
        }
        Applied::StatusSet { kind, id, status } => {
            format!("set {} {} to {status} in {plan}", kind.as_str(), shown(id))
        }
        Applied::AlreadySet { kind, id, status } => {
            format!("{} {} is already {status} in {plan}", kind.as_str(), shown(id))
        }
    }
}
