//! `icc status`, `icc phases`, `icc workshops`: where the programme stands
//! on a day, as tables for people or JSON for scripts.

use clap::ValueEnum;

use super::{Context, Error, Outcome};
use crate::plan::Status;
use crate::status::{self, When};
use crate::table::{self, Layout};

#[derive(Debug, clap::Args)]
pub struct ViewArgs {
    /// How to print the view.
    #[arg(long, value_enum, default_value_t = ViewFormat::Human)]
    pub format: ViewFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
    /// Tables for people.
    #[value(alias = "table")]
    Human,
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
    pub status: Option<Status>,

    /// Order of the list.
    #[arg(long, value_enum, default_value_t = SortKey::Date)]
    pub sort: SortKey,

    #[command(flatten)]
    pub view: ViewArgs,
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

fn json(value: &impl serde::Serialize) -> String {
    crate::text::json(value)
}

fn layout(cx: &Context<'_>) -> Layout {
    Layout {
        width: cx.width,
        color: cx.color.stdout,
    }
}

pub fn status(args: &ViewArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let view = status::status(&shown.plan, &shown.resolved, shown.summary, cx.today);
    let stdout = match args.format {
        ViewFormat::Json => json(&view),
        ViewFormat::Human => table::status(&view, &status::events(&shown.plan, &view), layout(cx)),
    };
    // The headline and the JSON count the plan's errors themselves.
    Ok(shown.outcome(stdout, true))
}

pub fn phases(args: &ViewArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let phases = status::phases(&shown.plan, &shown.resolved, cx.today);
    let stdout = match args.format {
        ViewFormat::Json => json(&serde_json::json!({ "today": cx.today, "phases": phases })),
        ViewFormat::Human => table::phases(&phases, layout(cx)),
    };
    Ok(shown.outcome(stdout, false))
}

pub fn workshops(args: &WorkshopsArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let phase_ids = shown.plan.ids(crate::plan::Kind::Phase);
    if let Some(phase) = &args.phase
        && !phase_ids.contains(&phase.as_str())
    {
        let safe = |text: &str| crate::text::printable(text).into_owned();
        let listed: Vec<String> = phase_ids.iter().map(|id| safe(id)).collect();
        return Err(Error::UnknownId(format!(
            "no phase `{}` in {}; its phases are: {}",
            safe(phase),
            shown.source.name,
            listed.join(", ")
        )));
    }
    let mut workshops: Vec<_> = status::workshops(&shown.plan, &shown.resolved, cx.today)
        .into_iter()
        .filter(|w| args.phase.is_none() || w.phase == args.phase)
        .filter(|w| !args.upcoming || w.when != When::Past)
        .filter(|w| !args.past || w.when == When::Past)
        .filter(|w| args.status.is_none_or(|s| w.status == Some(s)))
        .collect();
    match args.sort {
        SortKey::Date => status::by_date(&mut workshops),
        SortKey::Id => workshops.sort_by(|a, b| a.id.cmp(&b.id)),
        SortKey::File => {}
    }
    let stdout = match args.view.format {
        ViewFormat::Json => json(&serde_json::json!({ "today": cx.today, "workshops": workshops })),
        ViewFormat::Human if workshops.is_empty() => format!("{}\n", no_workshops(args)),
        ViewFormat::Human => table::events(&workshops.iter().collect::<Vec<_>>(), layout(cx)),
    };
    Ok(shown.outcome(stdout, false))
}

/// What an empty list of workshops says: which filters left none
/// (`No upcoming workshops in phase `roadmap``), or that the plan has none.
fn no_workshops(args: &WorkshopsArgs) -> String {
    let when = if args.upcoming {
        "upcoming "
    } else if args.past {
        "past "
    } else {
        ""
    };
    let mut said = format!("No {when}workshops");
    if let Some(phase) = &args.phase {
        said += &format!(" in phase `{}`", crate::text::printable(phase));
    }
    if let Some(status) = args.status {
        said += &format!(" with status `{}`", status.as_str());
    }
    if said == "No workshops" {
        said += " in the plan";
    }
    said
}
