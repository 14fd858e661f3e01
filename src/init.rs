//! `icc init`: a starter plan with the four stages of the Intelligent
//! Cities Challenge (5, 3, 15 and 2 months, each after the one before), one
//! example workshop and a recurring review, every field explained: its
//! names, ids and comments in a language, from the catalogue
//! (`locales/*/init.ftl`); its keys, values and layout from here.

use chrono::Datelike;

use crate::date::{PlanDate, add_months};
use crate::lang::{Catalog, args};

/// A TOML string literal for `text`.
fn quoted(text: &str) -> String {
    toml_edit::Value::from(text).to_string()
}

/// A TOML array of string literals, on one line.
fn quoted_list(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| quoted(item)).collect();
    format!("[{}]", items.join(", "))
}

/// The items of a list the catalogue writes an item a line.
fn items(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A comment of one or more lines: `# ` before each (`#` alone before an
/// empty one).
fn comment(text: &str) -> String {
    text.lines()
        .map(|line| match line.trim_end() {
            "" => "#\n".to_owned(),
            line => format!("# {line}\n"),
        })
        .collect()
}

/// A section's heading: `# ── Phases ───…`, 75 columns wide whatever the
/// title's language.
fn heading(title: &str) -> String {
    let start = format!("# ── {title} ");
    let rest = 75usize.saturating_sub(crate::text::display_width(&start)).max(3);
    format!("{start}{}\n", "─".repeat(rest))
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

/// The column comments after a value start at.
const COMMENTS: usize = 35;

/// One of the four stages, in the catalogue's words.
struct Stage {
    id: String,
    name: String,
    summary: String,
    activities: Vec<String>,
    months: u32,
}

/// How often the example recurring meeting is held, in months.
const EVERY_MONTHS: u32 = 5;

/// The starter plan for a programme starting on `start` (a month, or a day,
/// kept as the day: the first phase starts on it), in `lang`'s words.
pub fn starter(lang: &Catalog, city: Option<&str>, start: PlanDate) -> String {
    let name = quoted(&match city {
        Some(city) => format!("Intelligent Cities Challenge — {city}"),
        None => "Intelligent Cities Challenge".to_owned(),
    });
    let name_line = format!("name = {name}");
    let city_line = match city {
        Some(city) => format!("city = {}", quoted(city)),
        None => "# city = \"…\"".to_owned(),
    };
    let language_line = format!("language = {}", quoted(&lang.language()));
    let project = commented(
        &[
            (&name_line, &lang.text("init-name-comment")),
            (&city_line, &lang.text("init-city-comment")),
            (&language_line, &lang.text("init-language-comment")),
        ],
        47,
    );

    let stages = [
        Stage {
            id: lang.text("init-preparation-id"),
            name: lang.text("init-preparation-name"),
            summary: lang.text("init-preparation-summary"),
            activities: items(&lang.text("init-preparation-activities")),
            months: 5,
        },
        Stage {
            id: lang.text("init-roadmap-id"),
            name: lang.text("init-roadmap-name"),
            summary: lang.text("init-roadmap-summary"),
            activities: items(&lang.text("init-roadmap-activities")),
            months: 3,
        },
        Stage {
            id: lang.text("init-implementation-id"),
            name: lang.text("init-implementation-name"),
            summary: lang.text("init-implementation-summary"),
            activities: items(&lang.text("init-implementation-activities")),
            months: 15,
        },
        Stage {
            id: lang.text("init-review-id"),
            name: lang.text("init-review-name"),
            summary: lang.text("init-review-summary"),
            activities: items(&lang.text("init-review-activities")),
            months: 2,
        },
    ];
    let start_value = match start {
        PlanDate::Day(_) => start.to_string(),
        PlanDate::Month(_) => format!("\"{start}\""),
    };
    let mut phases = String::new();
    for (i, stage) in stages.iter().enumerate() {
        let id_line = format!("id = {}", quoted(&stage.id));
        let id_comment = match i {
            0 => lang.text("init-id-comment"),
            _ => String::new(),
        };
        let (when_line, when_comment) = match i.checked_sub(1).map(|before| &stages[before].id) {
            None => (format!("start = {start_value}"), String::new()),
            Some(before) => (
                format!("after = {}", quoted_list(std::slice::from_ref(before))),
                match i {
                    1 => lang.say("init-after-comment", &args!(id = before)),
                    _ => String::new(),
                },
            ),
        };
        let name_line = format!("name = {}", quoted(&stage.name));
        let months_line = format!("months = {}", stage.months);
        let summary_line = format!("summary = {}", quoted(&stage.summary));
        let activities_line = format!("activities = {}", quoted_list(&stage.activities));
        phases.push_str("\n[[phase]]\n");
        phases.push_str(&commented(
            &[
                (&id_line, &id_comment),
                (&name_line, ""),
                (&when_line, &when_comment),
                (&months_line, ""),
                (&summary_line, ""),
                (&activities_line, ""),
            ],
            COMMENTS,
        ));
    }

    // The month after the start's (a month holds its first day).
    let month = start.first().with_day(1).unwrap_or(start.first());
    let workshop_date = add_months(month, 1).map_or(start, PlanDate::Month);
    let lines = [
        format!("id = {}", quoted(&lang.text("init-workshop-id"))),
        format!("title = {}", quoted(&lang.text("init-workshop-title"))),
        format!("date = \"{workshop_date}\""),
        format!("phase = {}", quoted(&stages[0].id)),
        format!("activity = {}", quoted(&lang.text("init-workshop-activity"))),
        format!(
            "audience = {}",
            quoted_list(&items(&lang.text("init-workshop-audience")))
        ),
        format!("led_by = {}", quoted_list(&items(&lang.text("init-workshop-led-by")))),
        "mode = \"online\"".to_owned(),
        format!("objective = {}", quoted(&lang.text("init-workshop-objective"))),
        "status = \"planned\"".to_owned(),
    ];
    let comments = [
        lang.text("init-workshop-id-comment"),
        String::new(),
        lang.text("init-date-comment"),
        lang.text("init-phase-comment"),
        String::new(),
        String::new(),
        String::new(),
        // The plan's keywords, the same in every language.
        "online | in-person | hybrid".to_owned(),
        String::new(),
        "planned | done | cancelled".to_owned(),
    ];
    let pairs: Vec<(&str, &str)> = lines
        .iter()
        .zip(&comments)
        .map(|(l, c)| (l.as_str(), c.as_str()))
        .collect();
    let workshop = commented(&pairs, COMMENTS);

    let meeting_id = format!("id = {}", quoted(&lang.text("init-meeting-id")));
    let meeting_title = format!("title = {}", quoted(&lang.text("init-meeting-title")));
    let meeting_phase = format!("phase = {}", quoted(&stages[2].id));
    let every = format!("every_months = {EVERY_MONTHS}");
    let recurring = commented(
        &[
            (&meeting_id, ""),
            (&meeting_title, ""),
            (&meeting_phase, &lang.text("init-meeting-phase-comment")),
            (&every, &lang.say("init-every-comment", &args!(months = EVERY_MONTHS))),
        ],
        COMMENTS,
    );

    format!(
        "{intro}\n[project]\n{project}\n\n{phases_heading}{phases_intro}{phases}\n{workshops_heading}\n\
         [[workshop]]\n{workshop}\n{recurring_heading}\n[[recurring]]\n{recurring}",
        intro = comment(&lang.text("init-intro")),
        phases_heading = heading(&lang.text("init-section-phases")),
        phases_intro = comment(&lang.text("init-phases-intro")),
        workshops_heading = heading(&lang.text("init-section-workshops")),
        recurring_heading = heading(&lang.text("init-section-recurring")),
    )
}
