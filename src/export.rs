//! The resolved plan for other tools: JSON for scripts, CSV for
//! spreadsheets (a row an event, a phase, a KPI or a measurement),
//! iCalendar for calendars (events, and each KPI's target). Every date is
//! resolved (derived ones included), every recurring meeting expanded,
//! every KPI evaluated, and the output depends only on the plan and
//! `--today`. The words icc adds (the CSV's header, the labels of a
//! calendar event's description, a target's summary) are in the documents'
//! language (`Context::documents`); plan text, ids, dates and the CSV's
//! values (numbers with `.`, states as JSON writes them) are as they are in
//! every language, and JSON has no words.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::date::PlanDate;
use crate::finding::Arg;
use crate::kpi::Reading;
use crate::lang::{Catalog, args};
use crate::plan::Kind;
use crate::plan::{Mode, Plan, Status};
use crate::status::{EventView, Items, KpiView, PhaseView, ProjectView, StatusView};

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

/// A row of `icc export --format csv`; its field names are the header's
/// columns ([`label`]).
/// Lists are joined with "; ". Plan text is in cells made by [`cell`].
#[derive(Default, Serialize)]
struct EventRow<'a> {
    kind: &'a str,
    id: Cow<'a, str>,
    title: Cow<'a, str>,
    /// Always there: an `Option` only for the empty row `header` reads.
    date: Option<PlanDate>,
    end: Option<PlanDate>,
    first_day: String,
    last_day: String,
    phase: Option<Cow<'a, str>>,
    status: Option<Status>,
    when: &'a str,
    mode: Option<Mode>,
    audience: String,
    led_by: String,
    activity: Option<Cow<'a, str>>,
    objective: Option<Cow<'a, str>>,
}

/// A row of `icc export --format csv --what phases`; its field names are the
/// header's columns ([`label`]). Plan text is in cells made by [`cell`].
#[derive(Default, Serialize)]
struct PhaseRow<'a> {
    id: Cow<'a, str>,
    name: Cow<'a, str>,
    start: Option<PlanDate>,
    end: Option<PlanDate>,
    first_day: Option<String>,
    last_day: Option<String>,
    months: Option<String>,
    stated_months: Option<u32>,
    status: Option<&'a str>,
    progress: Option<String>,
    days_left: Option<i64>,
    after: String,
    summary: Option<Cow<'a, str>>,
    activities: String,
}

/// A row of `icc export --format csv --what kpis`: a KPI as it stands on
/// `--today`; its field names are the header's columns ([`label`]). Values
/// are written as JSON writes them (`41.5`, `60`), whatever the language;
/// plan text is in cells made by [`cell`].
#[derive(Default, Serialize)]
struct KpiRow<'a> {
    id: Cow<'a, str>,
    name: Cow<'a, str>,
    unit: Cow<'a, str>,
    phase: Option<Cow<'a, str>>,
    direction: &'a str,
    baseline_value: Option<String>,
    baseline_date: Option<PlanDate>,
    target_value: Option<String>,
    target_date: Option<PlanDate>,
    latest_value: Option<String>,
    latest_date: Option<PlanDate>,
    progress: Option<String>,
    state: &'a str,
}

/// A row of `icc export --format csv --what measurements`: one measurement
/// of a KPI, in the order the plan writes them.
#[derive(Default, Serialize)]
struct MeasurementRow<'a> {
    kpi_id: Cow<'a, str>,
    date: Option<PlanDate>,
    value: Option<String>,
}

/// Plan text as a spreadsheet cell holds it. A cell that starts with `=`,
/// `+`, `-` or `@` is a formula to Excel and LibreOffice (and tab and CR
/// lead to one), which can run commands or send the sheet away: such a
/// cell starts with `'`, as OWASP's "CSV Injection" advises, and the
/// spreadsheet shows the text as text (`+40 ONG-uri` still reads so).
/// Unsafe characters ([`crate::text::is_unsafe`]) but line breaks, which a
/// quoted field holds, become `�`. Only plan text goes through here: what
/// icc computes (dates, numbers, statuses) is never a formula.
fn cell(text: &str) -> Cow<'_, str> {
    let breaks = |c: char| matches!(c, '\n' | '\r');
    let safe: Cow<'_, str> = if text.chars().any(|c| crate::text::is_unsafe(c) && !breaks(c)) {
        text.chars()
            .map(|c| {
                if crate::text::is_unsafe(c) && !breaks(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect()
    } else {
        Cow::Borrowed(text)
    };
    if safe.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{safe}"))
    } else {
        safe
    }
}

/// A list of plan texts as one cell, joined with "; ".
fn list_cell(items: &[String]) -> String {
    cell(&items.join("; ")).into_owned()
}

/// A KPI's value as a CSV cell holds it, in every language: as short as it
/// reads back, with `.` (`41.5`, `60`). A number is never a formula, a
/// negative one (`-3`) included: a spreadsheet reads it as a number.
fn value(n: f64) -> String {
    format!("{n}")
}

/// A day as ISO 8601 writes it (`2021-11-28`), as every file icc writes.
fn day(date: NaiveDate) -> String {
    PlanDate::Day(date).to_string()
}

/// A CSV file as RFC 4180 writes it: a header row (in `lang`), CRLF line
/// ends, a field quoted only when it holds a comma, a quote or a line
/// break. `bom` puts first the byte order mark that tells spreadsheets
/// (Excel) it is UTF-8.
fn csv_file<R: Serialize + Default>(rows: impl IntoIterator<Item = R>, bom: bool, lang: &Catalog) -> String {
    write_csv(rows, bom, lang).expect("rows of text and numbers are written to memory")
}

fn csv_writer() -> csv::WriterBuilder {
    let mut builder = csv::WriterBuilder::new();
    builder
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary);
    builder
}

fn write_csv<R: Serialize + Default>(
    rows: impl IntoIterator<Item = R>,
    bom: bool,
    lang: &Catalog,
) -> anyhow::Result<String> {
    let start = if bom {
        "\u{FEFF}".as_bytes().to_vec()
    } else {
        Vec::new()
    };
    let mut writer = csv_writer().has_headers(false).from_writer(start);
    let header: csv::StringRecord = header::<R>()?.iter().map(|field| label(lang, field)).collect();
    writer.write_record(&header)?;
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

/// A column's label in the header row, in the documents' language: in
/// English the field's name, as scripts have read it.
fn label(lang: &Catalog, field: &str) -> String {
    match field {
        "kind" => lang.text("csv-kind"),
        "id" => lang.text("csv-id"),
        "title" => lang.text("csv-title"),
        "date" => lang.text("csv-date"),
        "end" => lang.text("csv-end"),
        "first_day" => lang.text("csv-first-day"),
        "last_day" => lang.text("csv-last-day"),
        "phase" => lang.text("csv-phase"),
        "status" => lang.text("csv-status"),
        "when" => lang.text("csv-when"),
        "mode" => lang.text("csv-mode"),
        "audience" => lang.text("csv-audience"),
        "led_by" => lang.text("csv-led-by"),
        "activity" => lang.text("csv-activity"),
        "objective" => lang.text("csv-objective"),
        "name" => lang.text("csv-name"),
        "start" => lang.text("csv-start"),
        "months" => lang.text("csv-months"),
        "stated_months" => lang.text("csv-stated-months"),
        "progress" => lang.text("csv-progress"),
        "days_left" => lang.text("csv-days-left"),
        "after" => lang.text("csv-after"),
        "summary" => lang.text("csv-summary"),
        "activities" => lang.text("csv-activities"),
        "unit" => lang.text("csv-unit"),
        "direction" => lang.text("csv-direction"),
        "baseline_value" => lang.text("csv-baseline-value"),
        "baseline_date" => lang.text("csv-baseline-date"),
        "target_value" => lang.text("csv-target-value"),
        "target_date" => lang.text("csv-target-date"),
        "latest_value" => lang.text("csv-latest-value"),
        "latest_date" => lang.text("csv-latest-date"),
        "state" => lang.text("csv-state"),
        "kpi_id" => lang.text("csv-kpi-id"),
        "value" => lang.text("csv-value"),
        // A test holds every field of the rows to an arm above.
        other => other.to_owned(),
    }
}

/// One row an event.
pub fn events_csv(events: &[EventView], bom: bool, lang: &Catalog) -> String {
    let rows = events.iter().map(|e| EventRow {
        kind: e.kind.as_str(),
        id: cell(&e.id),
        title: cell(&e.title),
        date: Some(e.date),
        end: e.end,
        first_day: day(e.first()),
        last_day: day(e.last()),
        phase: e.phase.as_deref().map(cell),
        status: e.status,
        when: e.when.as_str(),
        mode: e.mode,
        audience: list_cell(&e.audience),
        led_by: list_cell(&e.led_by),
        activity: e.activity.as_deref().map(cell),
        objective: e.objective.as_deref().map(cell),
    });
    csv_file(rows, bom, lang)
}

/// One row a phase.
pub fn phases_csv(phases: &[PhaseView], bom: bool, lang: &Catalog) -> String {
    let rows = phases.iter().map(|p| PhaseRow {
        id: cell(&p.id),
        name: cell(&p.name),
        start: p.start,
        end: p.end,
        first_day: p.start.map(|d| day(d.first())),
        last_day: p.end.map(|d| day(d.last())),
        months: p.months.map(|m| m.to_string()),
        stated_months: p.stated_months,
        status: p.status.map(|s| s.as_str()),
        progress: p.progress.map(|v| format!("{v:.4}")),
        days_left: p.days_left,
        after: list_cell(&p.after),
        summary: p.summary.as_deref().map(cell),
        activities: list_cell(&p.activities),
    });
    csv_file(rows, bom, lang)
}

/// One row a KPI, in the plan's order: its baseline, target and latest
/// value (on `--today`), each with its date, its progress (a share, as the
/// phases' is) and its state, as JSON names it (`on-track`).
pub fn kpis_csv(kpis: &[KpiView], bom: bool, lang: &Catalog) -> String {
    let reading = |r: Option<Reading>| (r.map(|r| value(r.value)), r.map(|r| r.date));
    let rows = kpis.iter().map(|k| {
        let (baseline_value, baseline_date) = reading(k.baseline);
        let (target_value, target_date) = reading(k.target);
        let (latest_value, latest_date) = reading(k.latest);
        KpiRow {
            id: cell(&k.id),
            name: cell(&k.name),
            unit: cell(&k.unit),
            phase: k.phase.as_deref().map(cell),
            direction: k.direction.as_str(),
            baseline_value,
            baseline_date,
            target_value,
            target_date,
            latest_value,
            latest_date,
            progress: k.progress.map(|v| format!("{v:.4}")),
            state: k.state.as_str(),
        }
    });
    csv_file(rows, bom, lang)
}

/// One row a measurement: each KPI's, in the plan's order, as written.
pub fn measurements_csv(kpis: &[KpiView], bom: bool, lang: &Catalog) -> String {
    let rows = kpis.iter().flat_map(|k| {
        k.measurements.iter().map(|m| MeasurementRow {
            kpi_id: cell(&k.id),
            date: Some(m.date),
            value: Some(value(m.value)),
        })
    });
    csv_file(rows, bom, lang)
}

// ── iCalendar ────────────────────────────────────────────────────────────

/// TEXT as RFC 5545 writes it (§3.3.11): `\`, `;` and `,` escaped, and a
/// line break (LF, CRLF or a lone CR) written `\n`. TEXT holds no control
/// character but HTAB (§3.1, `CONTROL`): every other unsafe character
/// ([`crate::text::is_unsafe`]: C0 and C1 controls, separators, bidi
/// controls) becomes `�`. Nothing raw is left to end the content line.
fn ics_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\t' => out.push('\t'),
            c if crate::text::is_unsafe(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// An id as a UID holds it, one to one: `[a-z0-9-]` (every valid id) as it
/// is, every other byte percent-encoded as RFC 3986 does (`%0D%0A`, `%25`),
/// so no line break, `@` or `.` comes from an id.
fn uid_part(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Whether a UID's part ends the way an occurrence's does: `-YYYY-MM` or
/// `-YYYY-MM-DD`.
fn ends_with_date(part: &str) -> bool {
    let shape = |tail: &[u8], dashes: &[usize]| {
        tail.iter().enumerate().all(|(i, b)| {
            if dashes.contains(&i) {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
    };
    let bytes = part.as_bytes();
    let ends = |n: usize, dashes: &[usize]| bytes.len() > n && shape(&bytes[bytes.len() - n..], dashes);
    ends(8, &[0, 5]) || ends(11, &[0, 5, 8])
}

/// Each event's UID (RFC 5545 §3.8.4.7): unique in the calendar and the
/// same on every export, so that a calendar that subscribed updates its
/// events rather than doubling them. A workshop or milestone is its id
/// (`interviuri@…`), an occurrence its meeting's id and its date
/// (`revizuire-progres-2022-03@…`), ids percent-encoded ([`uid_part`]).
/// A workshop or milestone whose id ends like an occurrence's
/// (`r-2024-05`, beside a meeting `r`) is written with its kind before a
/// `.`, which no id holds (`workshop.r-2024-05@…`); so the ids of a valid
/// plan, unique across kinds, give unique UIDs. Ids a plan with errors
/// repeats still do: each repeat gets `.2`, `.3`… (in date order).
struct Uids {
    domain: String,
    /// Each UID before its suffix, with how many times it came.
    seen: HashMap<String, usize>,
}

impl Uids {
    fn uid(&mut self, event: &EventView) -> String {
        let id = uid_part(&event.id);
        let base = match event.kind {
            Kind::Recurring => format!("{id}-{}", event.date),
            kind if ends_with_date(&id) => format!("{}.{id}", kind.as_str()),
            _ => id,
        };
        self.unique(base)
    }

    /// A KPI's target's UID: its id and `.target` (`servicii-online.target@…`),
    /// which no other event's UID is: an event's holds a `.` only after
    /// its kind (`workshop.`), or before the digits of a repeat (`.2`).
    fn target(&mut self, id: &str) -> String {
        self.unique(format!("{}.target", uid_part(id)))
    }

    /// `base` and the domain, `.2`, `.3`… before it where `base` came before.
    fn unique(&mut self, base: String) -> String {
        let count = self.seen.entry(base.clone()).or_insert(0);
        *count += 1;
        if *count == 1 {
            format!("{base}@{}", self.domain)
        } else {
            format!("{base}.{count}@{}", self.domain)
        }
    }
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

/// The words a calendar adds to the plan's text, looked up once.
struct IcsLabels {
    objective: String,
    activity: String,
    audience: String,
    led_by: String,
    status: String,
    planned: String,
    done: String,
    cancelled: String,
    online: String,
    baseline: String,
    latest: String,
    state: String,
    unmeasured: String,
}

impl IcsLabels {
    fn new(lang: &Catalog) -> IcsLabels {
        IcsLabels {
            objective: lang.text("ics-objective"),
            activity: lang.text("ics-activity"),
            audience: lang.text("ics-audience"),
            led_by: lang.text("ics-led-by"),
            status: lang.text("ics-status"),
            planned: lang.text("status-planned"),
            done: lang.text("status-done"),
            cancelled: lang.text("status-cancelled"),
            online: lang.text("mode-online"),
            baseline: lang.text("ics-kpi-baseline"),
            latest: lang.text("ics-kpi-latest"),
            state: lang.text("ics-kpi-state"),
            unmeasured: lang.text("ics-kpi-unmeasured"),
        }
    }
}

fn ics_date(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// What a VEVENT says: plan text and words, escaped where it is written.
struct Vevent<'a> {
    uid: String,
    first: NaiveDate,
    last: NaiveDate,
    summary: &'a str,
    /// Its lines joined with `\n`; none if empty.
    description: &'a str,
    location: Option<&'a str>,
    category: Option<&'a str>,
    cancelled: bool,
}

/// An all-day VEVENT from `first` to `last`, stamped `today`.
fn vevent(out: &mut String, e: &Vevent<'_>, today: NaiveDate) {
    ics_line(out, "BEGIN:VEVENT");
    ics_line(out, &format!("UID:{}", ics_text(&e.uid)));
    ics_line(out, &format!("DTSTAMP:{}T000000Z", ics_date(today)));
    ics_line(out, &format!("DTSTART;VALUE=DATE:{}", ics_date(e.first)));
    // DTEND of an all-day event is the day after its last; after
    // 9999-12-31 there is no such date to write: the length instead.
    match crate::date::in_calendar(e.last + chrono::Duration::days(1)) {
        Some(after) => ics_line(out, &format!("DTEND;VALUE=DATE:{}", ics_date(after))),
        None => {
            let days = (e.last - e.first).num_days() + 1;
            ics_line(out, &format!("DURATION:P{days}D"));
        }
    }
    ics_line(out, &format!("SUMMARY:{}", ics_text(e.summary)));
    if !e.description.is_empty() {
        ics_line(out, &format!("DESCRIPTION:{}", ics_text(e.description)));
    }
    if let Some(location) = e.location {
        ics_line(out, &format!("LOCATION:{}", ics_text(location)));
    }
    if let Some(category) = e.category {
        ics_line(out, &format!("CATEGORIES:{}", ics_text(category)));
    }
    let status = if e.cancelled { "CANCELLED" } else { "CONFIRMED" };
    ics_line(out, &format!("STATUS:{status}"));
    ics_line(out, "TRANSP:TRANSPARENT");
    ics_line(out, "END:VEVENT");
}

/// An RFC 5545 calendar: a VEVENT a workshop, milestone and occurrence of a
/// recurring meeting, all-day (a month-precision date spans its month),
/// then one a KPI's target, on its date (`Target: Services online — 60 %`,
/// its baseline, latest value and state on `--today` described), in the
/// plan's order; the words of summaries and descriptions, a status and a
/// hybrid place in `lang`.
pub fn ics(plan: &Plan, view: &StatusView, events: &[EventView], lang: &Catalog) -> String {
    let project = &view.project;
    let mut uids = Uids {
        domain: format!("{}.icc", crate::text::slug_whole(&project.name, "plan")),
        seen: HashMap::new(),
    };
    let city = plan.project.city.as_ref().map(|c| c.get_ref().clone());
    let phase_names: HashMap<&str, &str> = view
        .items
        .phases
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    let labels = IcsLabels::new(lang);
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
        let uid = uids.uid(e);
        // Each line a label and the plan's text, as the plan states it.
        let mut description = Vec::new();
        if let Some(objective) = &e.objective {
            description.push(format!("{} {objective}", labels.objective));
        }
        if let Some(activity) = &e.activity {
            description.push(format!("{} {activity}", labels.activity));
        }
        if !e.audience.is_empty() {
            description.push(format!("{} {}", labels.audience, e.audience.join("; ")));
        }
        if !e.led_by.is_empty() {
            description.push(format!("{} {}", labels.led_by, e.led_by.join("; ")));
        }
        if let Some(status) = e.status {
            let status = match status {
                Status::Planned => &labels.planned,
                Status::Done => &labels.done,
                Status::Cancelled => &labels.cancelled,
            };
            description.push(format!("{} {status}", labels.status));
        }
        let location = match (e.mode, &city) {
            (Some(Mode::Online), _) | (Some(Mode::Hybrid), None) => Some(labels.online.clone()),
            (Some(Mode::InPerson), Some(city)) => Some(city.clone()),
            // (Made printable, as a message shows text, but whole.)
            (Some(Mode::Hybrid), Some(city)) => Some(lang.say("ics-hybrid", &args!(city = Arg::Whole(city.clone())))),
            _ => None,
        };
        let phase = e.phase.as_deref().and_then(|id| phase_names.get(id)).copied();
        let event = Vevent {
            uid,
            first: e.first(),
            last: e.last(),
            summary: &e.title,
            description: &description.join("\n"),
            location: location.as_deref(),
            category: phase,
            cancelled: e.status == Some(Status::Cancelled),
        };
        vevent(&mut out, &event, view.today);
    }
    // Each KPI's target: the day (or month) it should be reached by.
    for k in &view.items.kpis {
        let Some(target) = k.target else { continue };
        let amount = |value: f64| {
            lang.say(
                "ics-kpi-amount",
                &args!(value = value, unit = Arg::Whole(k.unit.clone())),
            )
            .trim_end()
            .to_owned()
        };
        let reading = |r: Reading| {
            lang.say(
                "ics-kpi-reading",
                &args!(amount = Arg::Whole(amount(r.value)), date = r.date),
            )
        };
        let summary = lang.say(
            "ics-kpi-target",
            &args!(
                name = Arg::Whole(k.name.clone()),
                amount = Arg::Whole(amount(target.value))
            ),
        );
        let mut description = Vec::new();
        if let Some(baseline) = k.baseline {
            description.push(format!("{} {}", labels.baseline, reading(baseline)));
        }
        let latest = k.latest.map_or_else(|| labels.unmeasured.clone(), reading);
        description.push(format!("{} {latest}", labels.latest));
        description.push(format!("{} {}", labels.state, k.state.words(lang)));
        let event = Vevent {
            uid: uids.target(&k.id),
            first: target.date.first(),
            last: target.date.last(),
            summary: &summary,
            description: &description.join("\n"),
            location: None,
            category: k.phase.as_deref().and_then(|id| phase_names.get(id)).copied(),
            cancelled: false,
        };
        vevent(&mut out, &event, view.today);
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
        let english = Catalog::english();
        assert_eq!(
            events_csv(&[], true, &english),
            "\u{FEFF}kind,id,title,date,end,first_day,last_day,phase,status,when,mode,audience,led_by,activity,objective\r\n"
        );
        assert_eq!(
            phases_csv(&[], false, &english),
            "id,name,start,end,first_day,last_day,months,stated_months,status,progress,days_left,after,summary,activities\r\n"
        );
        assert_eq!(
            kpis_csv(&[], false, &english),
            "id,name,unit,phase,direction,baseline_value,baseline_date,target_value,target_date,latest_value,latest_date,progress,state\r\n"
        );
        assert_eq!(measurements_csv(&[], false, &english), "kpi_id,date,value\r\n");
    }

    #[test]
    fn values_are_written_as_json_writes_them() {
        assert_eq!(
            [60.0, 41.5, -3.0, 0.1, 1e16].map(value),
            ["60", "41.5", "-3", "0.1", "10000000000000000"]
        );
    }

    /// Every column of both rows has its label: in English its field's
    /// name, in Romanian a word of its own.
    #[test]
    fn every_column_has_a_label() {
        let romanian = Catalog::for_language(Some("ro"));
        let english = Catalog::english();
        let fields: Vec<String> = header::<EventRow>()
            .unwrap()
            .iter()
            .chain(header::<PhaseRow>().unwrap().iter())
            .chain(header::<KpiRow>().unwrap().iter())
            .chain(header::<MeasurementRow>().unwrap().iter())
            .map(str::to_owned)
            .collect();
        assert_eq!(fields.len(), 15 + 14 + 13 + 3);
        for field in &fields {
            assert_eq!(label(&english, field), *field);
            let translated = label(&romanian, field);
            assert_ne!(translated, *field, "{field}");
            assert!(!translated.starts_with("csv-"), "{field}: {translated}");
        }
    }

    #[test]
    fn escaping() {
        assert_eq!(ics_text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        // Every line break is `\n`, a lone CR too; HTAB stays; other
        // controls, separators and bidi controls become `�`.
        assert_eq!(ics_text("a\r\nb\rc\n\td"), "a\\nb\\nc\\n\td");
        assert_eq!(
            ics_text("\u{1b}[2J\u{9b}\u{2028}\u{202e}"),
            "\u{FFFD}[2J\u{FFFD}\u{FFFD}\u{FFFD}"
        );
    }

    #[test]
    fn formulas_become_text() {
        for (plan, written) in [
            ("=1+1", "'=1+1"),
            ("+40 ONG-uri", "'+40 ONG-uri"),
            ("-x", "'-x"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\rline", "'\rline"),
            // A tab is unsafe: it becomes `�`, which starts no formula.
            ("\tx", "\u{FFFD}x"),
            ("a\u{1b}b\u{202e}\nc", "a\u{FFFD}b\u{FFFD}\nc"),
            ("5-10 părți", "5-10 părți"),
            (" =x", " =x"),
        ] {
            assert_eq!(cell(plan), written, "{plan:?}");
        }
        assert!(matches!(cell("Atelier"), Cow::Borrowed(_)));
    }

    fn event(kind: Kind, id: &str, date: &str) -> EventView {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("a day");
        let date = match date.len() {
            7 => PlanDate::Month(day(&format!("{date}-01"))),
            _ => PlanDate::Day(day(date)),
        };
        EventView {
            kind,
            id: id.into(),
            title: "T".into(),
            date,
            end: None,
            phase: None,
            phase_inferred: false,
            status: None,
            overdue: false,
            when: crate::status::When::Upcoming,
            days_until: 0,
            mode: None,
            audience: Vec::new(),
            led_by: Vec::new(),
            activity: None,
            objective: None,
        }
    }

    #[test]
    fn uids_are_unique_and_hold_no_line_break() {
        assert_eq!(uid_part("a-1"), "a-1");
        assert_eq!(uid_part("A.b\r\n%ă"), "%41%2Eb%0D%0A%25%C4%83");
        assert!(ends_with_date("r-2024-05") && ends_with_date("r-2024-05-01"));
        assert!(!ends_with_date("2024-05") && !ends_with_date("r-2024-5") && !ends_with_date("r-20245-01"));
        let mut uids = Uids {
            domain: "d.icc".into(),
            seen: HashMap::new(),
        };
        let mut written: Vec<String> = [
            (Kind::Recurring, "r", "2024-05"),
            (Kind::Workshop, "r-2024-05", "2024-05"),
            (Kind::Milestone, "r-2024-05", "2024-06"),
            (Kind::Workshop, "w", "2024-05-02"),
            (Kind::Milestone, "w", "2024-05-02"),
            (Kind::Workshop, "w", "2024-05-02"),
            (Kind::Workshop, "w\r\nBEGIN:VEVENT", "2024-05-02"),
            (Kind::Recurring, "r", "2024-05-02"),
        ]
        .into_iter()
        .map(|(kind, id, date)| uids.uid(&event(kind, id, date)))
        .collect();
        written.extend(["w", "w", "kpi", "2"].map(|id| uids.target(id)));
        assert_eq!(
            written,
            [
                "r-2024-05@d.icc",
                "workshop.r-2024-05@d.icc",
                "milestone.r-2024-05@d.icc",
                "w@d.icc",
                "w.2@d.icc",
                "w.3@d.icc",
                "w%0D%0A%42%45%47%49%4E%3A%56%45%56%45%4E%54@d.icc",
                "r-2024-05-02@d.icc",
                "w.target@d.icc",
                "w.target.2@d.icc",
                "kpi.target@d.icc",
                "2.target@d.icc",
            ]
        );
    }
}
