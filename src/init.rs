//! `icc init`: a starter plan with the four stages of the Intelligent
//! Cities Challenge (5, 3, 15 and 2 months, each after the one before), one
//! example workshop and a recurring review, every field explained.

use crate::date::{PlanDate, add_months};

/// A TOML string literal for `text`.
fn quoted(text: &str) -> String {
    toml_edit::Value::from(text).to_string()
}

/// The starter plan for a programme starting in `start`.
pub fn starter(city: Option<&str>, start: PlanDate) -> String {
    let name = quoted(&match city {
        Some(city) => format!("Intelligent Cities Challenge — {city}"),
        None => "Intelligent Cities Challenge".to_owned(),
    });
    let city_line = match city {
        Some(city) => format!("city = {:<40}# optional: the city that runs it\n", quoted(city)),
        None => "# city = \"…\"                                 # optional: the city that runs it\n".to_owned(),
    };
    let start_month = PlanDate::Month(start.first());
    let workshop = add_months(start.first(), 1).map_or(start_month, PlanDate::Month);
    format!(
        r#"# A programme plan for icc. `icc check` checks it, `icc status` shows where
# it stands, `icc timeline` draws it; `icc add-workshop` and friends edit it.
# For completion and validation in your editor, run
#   icc schema > plan.schema.json
# and make `#:schema ./plan.schema.json` the first line of this file.

[project]
name = {name:<40}# required: the programme's name, in the plan's language
{city_line}language = "en"                                 # optional: the language of the text

# ── Phases ───────────────────────────────────────────────────────────────
# A phase needs two of `start`, `end` and `months`, or `after` with `months`.
# A date is a month, "YYYY-MM" (a start is its first day, an end its last),
# or a day, YYYY-MM-DD. `months` counts calendar months, both ends included.

[[phase]]
id = "preparation"                 # unique in the plan: a-z, 0-9 and `-`
name = "Preparation & assessment"
start = "{start_month}"
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
id = "local-kick-off"              # `icc add-workshop` makes one from the title
title = "Local kick-off workshop"
date = "{workshop}"                    # a day (YYYY-MM-DD) or a month ("YYYY-MM")
phase = "preparation"              # optional: inferred from the date
activity = "Activation"
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
