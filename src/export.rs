//! The resolved plan for other tools: JSON for scripts, CSV for
//! spreadsheets, iCalendar for calendars. Every date is resolved (derived
//! ones included), every recurring meeting expanded, and the output depends
//! only on the plan and `--today`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::date::PlanDate;
use crate::plan::Kind;
use crate::plan::{Mode, Plan, Status};
use crate::status::{EventView, Items, PhaseView, ProjectView, StatusView};

/// The plan as `icc export --format json` prints it: every item, without
/// the status view's headline (progress, next event, counts).
#[derive(Serialize)]
struct ResolvedPlan<'a> {
    today: NaiveDate,
    project: &'a ProjectView,
    start: Option<PlanDate>,
    end: Option<PlanDate>,
    #[serde(flatten)]
    items: &'a Items,
}

pub fn json(view: &StatusView) -> String {
    let plan = ResolvedPlan {
        today: view.today,
        project: &view.project,
        start: view.start,
        end: view.end,
        items: &view.items,
    };
    crate::text::json(&plan)
}

// ── CSV ──────────────────────────────────────────────────────────────────

/// A row of `icc export --format csv`; its field names are the header.
/// Lists are joined with "; ".
#[derive(Default, Serialize)]
struct EventRow<'a> {
    kind: &'a str,
    id: &'a str,
    title: &'a str,
    /// Always there: an `Option` only for the empty row `header` reads.
    date: Option<PlanDate>,
    end: Option<PlanDate>,
    first_day: String,
    last_day: String,
    phase: Option<&'a str>,
    status: Option<Status>,
    when: &'a str,
    mode: Option<Mode>,
    audience: String,
    led_by: String,
    activity: Option<&'a str>,
    objective: Option<&'a str>,
}

/// A row of `icc export --format csv --what phases`; its field names are the
/// header.
#[derive(Default, Serialize)]
struct PhaseRow<'a> {
    id: &'a str,
    name: &'a str,
    start: Option<PlanDate>,
    end: Option<PlanDate>,
    first_day: Option<String>,
    last_day: Option<String>,
    months: Option<String>,
    status: Option<&'a str>,
    progress: Option<String>,
    days_left: Option<i64>,
    after: String,
    summary: Option<&'a str>,
    activities: String,
}

fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// A CSV file as RFC 4180 writes it: a header row, CRLF line ends, a field
/// quoted only when it holds a comma, a quote or a line break. `bom` puts
/// first the byte order mark that tells spreadsheets (Excel) it is UTF-8.
fn csv_file<R: Serialize + Default>(rows: impl IntoIterator<Item = R>, bom: bool) -> String {
    write_csv(rows, bom).expect("rows of text and numbers are written to memory")
}

fn csv_writer() -> csv::WriterBuilder {
    let mut builder = csv::WriterBuilder::new();
    builder
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary);
    builder
}

fn write_csv<R: Serialize + Default>(rows: impl IntoIterator<Item = R>, bom: bool) -> anyhow::Result<String> {
    let start = if bom {
        "\u{FEFF}".as_bytes().to_vec()
    } else {
        Vec::new()
    };
    let mut writer = csv_writer().has_headers(false).from_writer(start);
    writer.write_record(&header::<R>()?)?;
    for row in rows {
        writer.serialize(row)?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}

/// A row struct's field names. The csv crate writes them only along with a
/// first row (BurntSushi/rust-csv#161), and a file with no rows still has
/// its header: they are read back from an empty row.
fn header<R: Serialize + Default>() -> anyhow::Result<csv::StringRecord> {
    let mut probe = csv_writer().from_writer(Vec::new());
    probe.serialize(R::default())?;
    let written = probe.into_inner()?;
    Ok(csv::Reader::from_reader(written.as_slice()).headers()?.clone())
}

/// One row an event.
pub fn events_csv(events: &[EventView], bom: bool) -> String {
    let rows = events.iter().map(|e| EventRow {
        kind: e.kind.as_str(),
        id: &e.id,
        title: &e.title,
        date: Some(e.date),
        end: e.end,
        first_day: day(e.first()),
        last_day: day(e.last()),
        phase: e.phase.as_deref(),
        status: e.status,
        when: e.when.as_str(),
        mode: e.mode,
        audience: e.audience.join("; "),
        led_by: e.led_by.join("; "),
        activity: e.activity.as_deref(),
        objective: e.objective.as_deref(),
    });
    csv_file(rows, bom)
}

/// One row a phase.
pub fn phases_csv(phases: &[PhaseView], bom: bool) -> String {
    let rows = phases.iter().map(|p| PhaseRow {
        id: &p.id,
        name: &p.name,
        start: p.start,
        end: p.end,
        first_day: p.start.map(|d| day(d.first())),
        last_day: p.end.map(|d| day(d.last())),
        months: p.months.map(|m| m.to_string()),
        status: p.status.map(|s| s.as_str()),
        progress: p.progress.map(|v| format!("{v:.4}")),
        days_left: p.days_left,
        after: p.after.join("; "),
        summary: p.summary.as_deref(),
        activities: p.activities.join("; "),
    });
    csv_file(rows, bom)
}

// ── iCalendar ────────────────────────────────────────────────────────────

/// TEXT as RFC 5545 writes it: `\`, `;`, `,` and line breaks escaped.
fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            // RFC 5545 TEXT holds no control characters but HTAB.
            '\t' => out.push('\t'),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// A content line, folded at 75 octets (continuations start with a space)
/// without splitting a UTF-8 character, ended with CRLF.
fn ics_line(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Some readers trim the ends of lines before unfolding: keep spaces
        // away from the fold.
        let mut careful = cut;
        while careful > limit / 2 && (rest[..careful].ends_with(' ') || rest[careful..].starts_with(' ')) {
            careful -= 1;
            while !rest.is_char_boundary(careful) {
                careful -= 1;
            }
        }
        if careful > limit / 2 {
            cut = careful;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = 74;
    }
}

fn ics_date(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// An RFC 5545 calendar: a VEVENT a workshop, milestone and occurrence of a
/// recurring meeting, all-day (a month-precision date spans its month).
pub fn ics(plan: &Plan, view: &StatusView, events: &[EventView]) -> String {
    let project = &view.project;
    let domain = crate::text::slug(&project.name, "plan");
    let city = plan.project.city.as_ref().map(|c| c.get_ref().clone());
    let phase_names: std::collections::HashMap<&str, &str> = view
        .items
        .phases
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//icc//programme plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        ics_line(&mut out, line);
    }
    ics_line(&mut out, &format!("X-WR-CALNAME:{}", ics_text(&project.name)));
    for e in events {
        let uid = match e.kind {
            Kind::Recurring => format!("{}-{}@{domain}.icc", e.id, e.date),
            _ => format!("{}@{domain}.icc", e.id),
        };
        let mut description = Vec::new();
        if let Some(objective) = &e.objective {
            description.push(format!("Objective: {objective}"));
        }
        if let Some(activity) = &e.activity {
            description.push(format!("Activity: {activity}"));
        }
        if !e.audience.is_empty() {
            description.push(format!("Audience: {}", e.audience.join("; ")));
        }
        if !e.led_by.is_empty() {
            description.push(format!("Led by: {}", e.led_by.join("; ")));
        }
        if let Some(status) = e.status {
            description.push(format!("Status: {}", status.as_str()));
        }
        let location = match (e.mode, &city) {
            (Some(Mode::Online), _) => Some("online".to_owned()),
            (Some(Mode::InPerson), Some(city)) => Some(city.clone()),
            (Some(Mode::Hybrid), Some(city)) => Some(format!("{city} and online")),
            (Some(Mode::Hybrid), None) => Some("online".to_owned()),
            _ => None,
        };
        let phase = e.phase.as_deref().and_then(|id| phase_names.get(id));
        ics_line(&mut out, "BEGIN:VEVENT");
        ics_line(&mut out, &format!("UID:{uid}"));
        ics_line(&mut out, &format!("DTSTAMP:{}T000000Z", ics_date(view.today)));
        ics_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", ics_date(e.first())));
        // DTEND of an all-day event is the day after its last.
        ics_line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", ics_date(e.last() + chrono::Duration::days(1))),
        );
        ics_line(&mut out, &format!("SUMMARY:{}", ics_text(&e.title)));
        if !description.is_empty() {
            ics_line(&mut out, &format!("DESCRIPTION:{}", ics_text(&description.join("\n"))));
        }
        if let Some(location) = location {
            ics_line(&mut out, &format!("LOCATION:{}", ics_text(&location)));
        }
        if let Some(phase) = phase {
            ics_line(&mut out, &format!("CATEGORIES:{}", ics_text(phase)));
        }
        let status = if e.status == Some(Status::Cancelled) {
            "CANCELLED"
        } else {
            "CONFIRMED"
        };
        ics_line(&mut out, &format!("STATUS:{status}"));
        ics_line(&mut out, "TRANSP:TRANSPARENT");
        ics_line(&mut out, "END:VEVENT");
    }
    ics_line(&mut out, "END:VCALENDAR");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_characters_whole() {
        let mut out = String::new();
        let line = format!("SUMMARY:{}", "ă".repeat(60));
        ics_line(&mut out, &line);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
        // No fold next to a space, which some readers trim.
        let mut out = String::new();
        let line = format!("DESCRIPTION:{}end", "ab ".repeat(40));
        ics_line(&mut out, &line);
        assert!(
            out.split("\r\n").all(|l| !l.ends_with(' ') && !l.starts_with("  ")),
            "{out}"
        );
        assert_eq!(out.replace("\r\n ", ""), format!("{line}\r\n"));
    }

    #[test]
    fn csv_without_rows_keeps_its_header() {
        assert_eq!(
            events_csv(&[], true),
            "\u{FEFF}kind,id,title,date,end,first_day,last_day,phase,status,when,mode,audience,led_by,activity,objective\r\n"
        );
        assert_eq!(
            phases_csv(&[], false),
            "id,name,start,end,first_day,last_day,months,status,progress,days_left,after,summary,activities\r\n"
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(ics_text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
