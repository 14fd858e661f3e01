//! The JSON Schema of the plan file, for editors (Taplo, VS Code's Even
//! Better TOML) that complete and validate a TOML file from the
//! `#:schema ./plan.schema.json` line at its top. These types describe the
//! file's shape only; `load` reads it. A test keeps their keys and the
//! loader's identical, and another keeps `plan.schema.json` current.
#![allow(dead_code)] // The fields are read by schemars, never by code.

use schemars::JsonSchema;

/// An id: lowercase ASCII letters, digits and `-`, unique across the plan.
const ID: &str = r"^[a-z0-9][a-z0-9-]*$";
/// A day (`YYYY-MM-DD`, as a TOML date or a string) or a month (`YYYY-MM`).
const DATE: &str = r"^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$";

/// A programme plan for icc: phases with windows, lengths and dependencies,
/// milestones, workshops and recurring meetings.
#[derive(JsonSchema)]
#[schemars(title = "icc plan", deny_unknown_fields)]
pub struct PlanFile {
    /// What the programme is.
    project: ProjectTable,
    /// The stages of the programme, each with a window of dates.
    #[schemars(default)]
    phase: Vec<PhaseTable>,
    /// Points in time that mark what a phase delivers.
    #[schemars(default)]
    milestone: Vec<MilestoneTable>,
    /// Workshops, interviews, launches: events with an audience and an objective.
    #[schemars(default)]
    workshop: Vec<WorkshopTable>,
    /// Meetings that repeat every few months inside one phase.
    #[schemars(default)]
    recurring: Vec<RecurringTable>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct ProjectTable {
    /// The programme's name, in the plan's language.
    name: String,
    /// The city that runs it.
    city: Option<String>,
    /// The language of the plan's text, e.g. `ro`.
    language: Option<String>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct PhaseTable {
    /// Unique across the plan: lowercase letters, digits and `-`.
    #[schemars(regex(pattern = ID))]
    id: String,
    /// The phase's name.
    name: String,
    /// First month (`YYYY-MM`, its first day) or day. Optional with `after` or `end` + `months`.
    #[schemars(regex(pattern = DATE))]
    start: Option<String>,
    /// Last month (`YYYY-MM`, its last day) or day. Optional with `months`.
    #[schemars(regex(pattern = DATE))]
    end: Option<String>,
    /// Stated length in calendar months, counting both end months; checked against the window.
    #[schemars(range(min = 1))]
    months: Option<u32>,
    /// Ids this phase follows: it starts the day after the latest of them ends.
    #[schemars(inner(regex(pattern = ID)))]
    after: Option<Vec<String>>,
    /// What the phase is for, in a sentence.
    summary: Option<String>,
    /// Its main activities.
    activities: Option<Vec<String>>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct MilestoneTable {
    /// Unique across the plan: lowercase letters, digits and `-`.
    #[schemars(regex(pattern = ID))]
    id: String,
    /// What is reached.
    name: String,
    /// Its day (`YYYY-MM-DD`) or month (`YYYY-MM`).
    #[schemars(regex(pattern = DATE))]
    date: String,
    /// The phase it belongs to; it must fall inside its window.
    #[schemars(regex(pattern = ID))]
    phase: Option<String>,
    /// Ids it follows: it may not come before they end.
    #[schemars(inner(regex(pattern = ID)))]
    after: Option<Vec<String>>,
}

/// How a workshop is delivered.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
enum Mode {
    Online,
    InPerson,
    Hybrid,
}

/// Where a workshop stands.
#[derive(JsonSchema)]
#[schemars(rename_all = "kebab-case")]
enum Status {
    Planned,
    Done,
    Cancelled,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct WorkshopTable {
    /// Unique across the plan: lowercase letters, digits and `-`.
    #[schemars(regex(pattern = ID))]
    id: String,
    /// The workshop's title.
    title: String,
    /// Its day (`YYYY-MM-DD`) or month (`YYYY-MM`); the first day of a series.
    #[schemars(regex(pattern = DATE))]
    date: String,
    /// The last day of a series (interviews over weeks).
    #[schemars(regex(pattern = DATE))]
    end: Option<String>,
    /// The phase it belongs to. Default: the phase whose window holds the date.
    #[schemars(regex(pattern = ID))]
    phase: Option<String>,
    /// The activity it serves.
    activity: Option<String>,
    /// Who takes part.
    audience: Option<Vec<String>>,
    /// Who leads it.
    led_by: Option<Vec<String>>,
    /// How it is delivered.
    mode: Option<Mode>,
    /// What it is for.
    objective: Option<String>,
    /// Where it stands. Default: `planned`.
    status: Option<Status>,
    /// Ids it follows: it may not start before they end.
    #[schemars(inner(regex(pattern = ID)))]
    after: Option<Vec<String>>,
}

#[derive(JsonSchema)]
#[schemars(deny_unknown_fields)]
struct RecurringTable {
    /// Unique across the plan: lowercase letters, digits and `-`.
    #[schemars(regex(pattern = ID))]
    id: String,
    /// The meeting's title.
    title: String,
    /// The phase it repeats in; its occurrences stay inside the phase's window.
    #[schemars(regex(pattern = ID))]
    phase: String,
    /// How many months apart its occurrences are.
    #[schemars(range(min = 1))]
    every_months: u32,
    /// Its first occurrence. Default: the phase's start plus `every_months`.
    #[schemars(regex(pattern = DATE))]
    first: Option<String>,
    /// Who takes part.
    audience: Option<Vec<String>>,
    /// Who leads it.
    led_by: Option<Vec<String>>,
    /// How it is delivered.
    mode: Option<Mode>,
    /// What it is for.
    objective: Option<String>,
}

/// The schema, as draft-07 JSON (what editors' TOML plugins read).
pub fn json() -> String {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let schema = generator.into_root_schema_for::<PlanFile>();
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

/// The keys the schema allows in each kind of table.
pub fn keys() -> Vec<(String, Vec<String>)> {
    let schema: serde_json::Value = serde_json::from_str(&json()).unwrap_or_default();
    let properties = |v: &serde_json::Value| -> Vec<String> {
        v["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    };
    let mut out = vec![("plan".to_owned(), properties(&schema))];
    for (kind, definition) in [
        ("project", "ProjectTable"),
        ("phase", "PhaseTable"),
        ("milestone", "MilestoneTable"),
        ("workshop", "WorkshopTable"),
        ("recurring", "RecurringTable"),
    ] {
        out.push((kind.to_owned(), properties(&schema["definitions"][definition])));
    }
    out
}
