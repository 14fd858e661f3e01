//! `icc init`: a starter plan with the four stages of the Intelligent
//! Cities Challenge (5, 3, 15 and 2 months, each after the one before), one
//! example workshop and a recurring review, every field explained.

use chrono::Datelike;

use crate::date::{PlanDate, add_months};

/// A TOML string literal for `text`.
fn quoted(text: &str) -> String {
    toml_edit::Value::from(text).to_string()
}

/// `key = value` lines with their comments in one column: `column` (0-based),
/// or one space after the longest commented line if it is longer; widths by
/// display columns, so that comments stay in line whatever the text. A line
/// with an empty comment has none.
fn commented(lines: &[(&str, &str)], column: usize) -> String {
    let width = |text: &str| crate::text::display_width(text);
    let column = lines
        .iter()
        .filter(|(_, comment)| !comment.is_empty())
        .map(|(line, _)| width(line) + 1)
        .fold(column, usize::max);
    lines
        .iter()
        .map(|(line, comment)| match comment.is_empty() {
            true => format!("{line}\n"),
            false => format!("{line}{}# {comment}\n", " ".repeat(column - width(line))),
        })
        .collect()
}

/// The starter plan for a programme starting on `start`: a month, or a day
/// (kept as the day: the first phase starts on it).
pub fn starter(city: Option<&str>, start: PlanDate) -> String {
    let name = quoted(&match city {
        Some(city) => format!("Intelligent Cities Challenge — {city}"),
        None => "Intelligent Cities Challenge".to_owned(),
    });
    let name_line = format!("name = {name}");
    let city_line = match city {
        Some(city) => format!("city = {}", quoted(city)),
        None => "# city = \"…\"".to_owned(),
    };
    let project = commented(
        &[
            (&name_line, "required: the programme's name, in the plan's language"),
            (&city_line, "optional: the city that runs it"),
            ("language = \"en\"", "optional: the language of the text"),
        ],
        47,
    );
    let start_value = match start {
        PlanDate::Day(_) => start.to_string(),
        PlanDate::Month(_) => format!("\"{start}\""),
    };
    // The month after the start's (a month holds its first day).
    let month = start.first().with_day(1).unwrap_or(start.first());
    let workshop = add_months(month, 1).map_or(start, PlanDate::Month);
    let workshop = commented(
        &[
            ("id = \"local-kick-off\"", "`icc add-workshop` makes one from the title"),
            ("title = \"Local kick-off workshop\"", ""),
            (
                &format!("date = \"{workshop}\""),
                "a day (YYYY-MM-DD) or a month (\"YYYY-MM\")",
            ),
            ("phase = \"preparation\"", "optional: inferred from the date"),
        ],
        35,
    );
    format!(
        r#"# A programme plan for icc. `icc check` checks it, `icc status` shows where
# it stands, `icc timeline` draws it; `icc add-workshop` and friends edit it.
# For completion and validation in your editor, run
#   icc schema > plan.schema.json
# and make `#:schema ./plan.schema.json` the first line of this file.

[project]
{project}

# ── Phases ───────────────────────────────────────────────────────────────
# A phase needs two of `start`, `end` and `months`, or `after` with `months`.
# A date is a month, "YYYY-MM" (a start is its first day, an end its last),
# or a day, YYYY-MM-DD. `months` counts calendar months, both ends included.

[[phase]]
id = "preparation"                 # unique in the plan: a-z, 0-9 and `-`
name = "Preparation & assessment"
start = {start_value}
months = 5
summary = "Where the city stands, where it should go, and who in the ecosystem will take part."
activities = ["Launch", "Mobilising the ecosystem", "Assessments", "Preparing a strategy"]

[[phase]]
id = "roadmap"
name = "Detailing ambitions and roadmap"
after = ["preparation"]            # starts the day after `preparation` ends
months = 3
summary = "A concrete plan to reach the improvement targets, with the community."
activities = ["A detailed roadmap", "Performance indicators", "Working with stakeholders and other cities"]

[[phase]]
id = "implementation"
name = "Implementation"
after = ["roadmap"]
months = 15
summary = "Carrying out the planned activities and measuring results, in partnership."
activities = ["Implementing the plan", "Progress reviews with all cities", "Regular meetings with the ecosystem and experts"]

[[phase]]
id = "review"
name = "Review and next steps"
after = ["implementation"]
months = 2
summary = "Measuring success and keeping the links and improvements made."
activities = ["Re-assessment", "Lessons learned", "Continuing the local activities"]

# ── Workshops ────────────────────────────────────────────────────────────

[[workshop]]
{workshop}activity = "Activation"
audience = ["City hall", "Local ecosystem"]
led_by = ["Lead expert"]
mode = "online"                    # online | in-person | hybrid
objective = "Shared ambitions; the local enablers"
status = "planned"                 # planned | done | cancelled

# ── Recurring meetings ───────────────────────────────────────────────────

[[recurring]]
id = "progress-review"
title = "Progress review with all cities"
phase = "implementation"           # its meetings stay inside this phase
every_months = 5                   # the first is 5 months after the phase starts
"#
    )
}
