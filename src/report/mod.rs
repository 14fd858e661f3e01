//! `icc report`: the document a city brings to a review session (design.md,
//! "Diff and report"). This module is the report's model: a pure function
//! of the plan, its resolution, its findings, the report's day, where the
//! period starts and the language, holding every word already taken from
//! the catalogue (`locales/*/report.ftl`, in the documents' language) and
//! every date written for people. The templates of [`render`] only lay it
//! out, as Markdown or as one HTML page.
//!
//! **The period.** The review sessions are the occurrences of every
//! `[[recurring]]` with `review = true`. The period runs from the day after
//! the last day of the previous session (the latest whose last day is
//! before the report's day) to the report's day, both counted, so that
//! the reports of successive sessions neither overlap nor leave a gap;
//! without a previous session, from the programme's first day; with
//! `--since DATE`, from that day.
//!
//! **Which events fall in it.** An event counts in the period where its
//! first day does: a month-precision date (`2021-10`) from its month's
//! first day, as every view counts it; the report says so in a note.
//!
//! Plan text is made one printable line ([`plain`]): no control or
//! bidirectional character, no line break, nothing XML forbids. The
//! renderers escape it for their format.

mod render;

pub use render::{html, markdown};

use crate::text::plain;
use chrono::NaiveDate;
use serde::Serialize;

use crate::date::{PlanDate, percent};
use crate::finding::{Arg, Finding, Severity, Summary};
use crate::kpi::Reading;
use crate::lang::{Catalog, args};
use crate::plan::{Kind, Plan, Status};
use crate::resolve::Resolved;
use crate::source::Source;
use crate::status::{self, AgendaKind, Boundary, EventView, KpiView, PhaseState, PhaseView, Span};

/// Where the period starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Since {
    /// After the previous review session: the default.
    Review,
    /// On a day given (`--since DATE`).
    Day(NaiveDate),
    /// At an earlier plan (`--since REV|FILE`), named as views name it
    /// (`HEAD~1 (3f2a1b9)`). `day` is the day its revision was committed;
    /// a file has none (`None`), and the period starts as by default.
    Base { label: String, day: Option<NaiveDate> },
}

/// How the report draws its pictures: inline SVG (HTML), or Mermaid
/// blocks that GitHub draws (Markdown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pictures {
    Svg,
    Mermaid,
}

/// What a report is made of.
pub struct Input<'a> {
    pub plan: &'a Plan,
    pub resolved: &'a Resolved,
    /// The plan's text, for the lines findings point at.
    pub source: &'a Source,
    /// The plan's findings, checked on `at`.
    pub findings: &'a [Finding],
    /// How many findings an `allow` accepted.
    pub allowed: usize,
    /// The report's day: every view is computed as on it.
    pub at: NaiveDate,
    pub since: Since,
    /// How the schedule moved since `--since REV|FILE`: that plan as named
    /// (`HEAD~1 (3f2a1b9)`), and the diff from it to the plan.
    pub changes: Option<(String, crate::diff::Diff)>,
    pub pictures: Pictures,
}

/// The days a report covers, and the review sessions around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// The first and last day of the period, both counted.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The previous review session: the latest whose last day is before `to`.
    pub previous: Option<PlanDate>,
    /// The review session under way on `to`, if one is.
    pub current: Option<PlanDate>,
    /// The next review session: the earliest whose first day is after `to`.
    pub next: Option<PlanDate>,
}

/// The period of a report made on `at` (see the module's documentation):
/// `reviews` are the review sessions in any order, `programme` the
/// programme's first and last day. A period never starts after `at`: one
/// that would (a programme not yet begun) is the day `at` alone.
pub fn period(
    reviews: &[PlanDate],
    programme: Option<(NaiveDate, NaiveDate)>,
    at: NaiveDate,
    since: Option<NaiveDate>,
) -> Period {
    let previous = reviews
        .iter()
        .filter(|r| r.last() < at)
        .max_by_key(|r| (r.last(), r.first()))
        .copied();
    let current = reviews
        .iter()
        .filter(|r| r.first() <= at && at <= r.last())
        .min_by_key(|r| (r.first(), r.last()))
        .copied();
    let next = reviews
        .iter()
        .filter(|r| r.first() > at)
        .min_by_key(|r| (r.first(), r.last()))
        .copied();
    let after_previous = previous.map(|r| r.last().succ_opt().unwrap_or(r.last()));
    let from = since
        .or(after_previous)
        .or(programme.map(|(first, _)| first))
        .unwrap_or(at)
        .min(at);
    Period {
        from,
        to: at,
        previous,
        current,
        next,
    }
}

/// The report: every word in the documents' language, ready to lay out.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// The language's tag (`ro`, `en`), for `<html lang>`.
    pub lang: String,
    /// The document's title (the HTML page's `<title>`).
    pub title: String,
    pub headline: Headline,
    pub timeline: Section,
    pub done: Section,
    pub overdue: Section,
    pub coming: Section,
    pub indicators: Section,
    /// How the schedule moved since `--since REV|FILE` (the rows of
    /// `crate::diff`'s table); `None` without one. The templates lay it
    /// out between the indicators and the findings.
    pub changes: Option<Section>,
    pub findings: Section,
    /// The line at the end of the document.
    pub footer: String,
}

/// The top of the report: the programme, the day, the period and where
/// the programme stands.
#[derive(Clone, Debug, Serialize)]
pub struct Headline {
    /// The project's name (or a word saying it has none).
    pub name: String,
    pub city: Option<String>,
    /// "Progress report on 31 March 2022".
    pub lead: String,
    pub facts: Vec<Fact>,
}

/// A label and what it says: "Period: 1 November 2021 – 31 March 2022".
#[derive(Clone, Debug, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
    /// Said after the value, smaller.
    pub note: Option<String>,
}

/// A section of the report: a heading and what is under it, in order.
#[derive(Clone, Debug, Serialize)]
pub struct Section {
    /// A name for the section, the same in every language (an HTML id).
    pub id: &'static str,
    pub heading: String,
    pub parts: Vec<Part>,
    /// Small enough to keep on one page when printed.
    pub short: bool,
}

/// One part of a section.
#[derive(Clone, Debug, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Part {
    /// A sentence or a paragraph.
    Text {
        text: String,
    },
    /// A remark in small print, such as how the section counts.
    Note {
        text: String,
    },
    Table(Table),
    /// A bulleted list, under a caption.
    List {
        caption: Option<String>,
        items: Vec<Fact>,
    },
    /// Pictures drawn as SVG, each complete (HTML only).
    Figures {
        figures: Vec<Figure>,
    },
    /// A Mermaid block, fenced with `fence` (Markdown only).
    Mermaid {
        fence: String,
        code: String,
    },
}

#[derive(Clone, Debug, Serialize)]
pub struct Table {
    pub caption: Option<String>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Column {
    pub label: String,
    /// How its cells are laid out: `text`, `date`, `number`, `code` (a
    /// finding's code, never broken at its hyphens).
    pub class: &'static str,
}

#[derive(Clone, Debug, Serialize)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// What the row is (`review`, `phase`), for its style; empty if nothing special.
    pub class: &'static str,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Cell {
    pub text: String,
    /// Said under the text, smaller (a value's date).
    pub note: Option<String>,
    /// A KPI's state (`achieved`…), which the HTML colours; empty otherwise.
    pub state: &'static str,
}

impl Cell {
    fn new(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            ..Cell::default()
        }
    }

    fn with_note(text: impl Into<String>, note: Option<String>) -> Cell {
        Cell {
            text: text.into(),
            note,
            state: "",
        }
    }
}

/// A picture: an SVG document, complete, inlined as it is.
#[derive(Clone, Debug, Serialize)]
pub struct Figure {
    pub caption: Option<String>,
    pub svg: String,
}

/// How wide the pictures are drawn, in pixels (the page scales them).
const TIMELINE_WIDTH: usize = 760;
const KPI_WIDTH: usize = 720;
/// KPI charts a picture: a row of two, under one legend, kept whole on a
/// printed page.
const KPIS_A_FIGURE: usize = 2;
/// A section with at most this many rows is kept on one page in print.
const SHORT_ROWS: usize = 8;

/// The report made of `input`, its words in `lang`.
pub fn report(input: &Input<'_>, lang: &Catalog) -> Report {
    let Input { plan, resolved, at, .. } = *input;
    let summary = Summary::of(input.findings);
    let view = status::status(plan, resolved, summary, at);
    let reviews: Vec<PlanDate> = view
        .items
        .recurring
        .iter()
        .filter(|r| r.review)
        .flat_map(|r| r.occurrences.iter().map(|o| o.date))
        .collect();
    let programme = view.start.zip(view.end).map(|(start, end)| (start.first(), end.last()));
    let since_day = match &input.since {
        Since::Review => None,
        Since::Day(day) => Some(*day),
        Since::Base { day, .. } => *day,
    };
    let period = period(&reviews, programme, at, since_day);
    let names = Names::of(&view.items.phases);
    let words = Words::new(lang);

    let name = plan
        .project
        .name
        .as_ref()
        .map(|n| plain(n.get_ref()))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| lang.text("report-no-name"));
    let lead = lang.say("report-lead", &args!(date = lang.day(at)));
    Report {
        lang: lang.language(),
        title: lang.say("report-title", &args!(name = whole(&name), date = lang.day(at))),
        headline: Headline {
            city: plan
                .project
                .city
                .as_ref()
                .map(|c| plain(c.get_ref()))
                // A name that says its city already ("… — Arad") is not followed by it again.
                .filter(|c| !c.is_empty() && !crate::text::contains_folded(&name, c)),
            lead,
            facts: headline_facts(input, &view, &period, programme, lang),
            name,
        },
        timeline: timeline(input, lang),
        done: done(&view, &period, &names, &words, lang),
        overdue: overdue(&view, &names, &words, lang),
        coming: coming(input, &period, programme, &names, &words, lang),
        indicators: indicators(input, &view.items.kpis, &period, lang),
        changes: input.changes.as_ref().map(|(base, diff)| changes(base, diff, lang)),
        findings: findings(input, summary, lang),
        footer: lang.say("report-footer", &args!(date = lang.day(at))),
    }
}

/// Phases' names by id, for the phase column of events.
struct Names(std::collections::HashMap<String, String>);

impl Names {
    fn of(phases: &[PhaseView]) -> Names {
        Names(
            phases
                .iter()
                .filter(|p| !p.id.is_empty())
                .map(|p| {
                    let name = plain(&p.name);
                    (p.id.clone(), if name.is_empty() { plain(&p.id) } else { name })
                })
                .collect(),
        )
    }

    /// The phase's name, or its id if no phase has it; empty for none.
    fn of_id(&self, id: Option<&str>) -> String {
        id.map(|id| self.0.get(id).cloned().unwrap_or_else(|| plain(id)))
            .unwrap_or_default()
    }
}

/// The words tables repeat, looked up once.
struct Words {
    date: String,
    kind: String,
    title: String,
    phase: String,
    workshop: String,
    milestone: String,
    meeting: String,
    review: String,
    phase_start: String,
    phase_end: String,
    no_title: String,
}

impl Words {
    fn new(lang: &Catalog) -> Words {
        Words {
            date: lang.text("report-column-date"),
            kind: lang.text("report-column-kind"),
            title: lang.text("report-column-title"),
            phase: lang.text("report-column-phase"),
            workshop: lang.text("report-kind-workshop"),
            milestone: lang.text("report-kind-milestone"),
            meeting: lang.text("report-kind-meeting"),
            review: lang.text("report-kind-review"),
            phase_start: lang.text("report-kind-phase-start"),
            phase_end: lang.text("report-kind-phase-end"),
            no_title: lang.text("report-no-title"),
        }
    }

    fn event_columns(&self) -> Vec<Column> {
        vec![
            column(&self.date, "date"),
            column(&self.kind, "text"),
            column(&self.title, "text"),
            column(&self.phase, "text"),
        ]
    }

    fn kind(&self, kind: Kind) -> &str {
        match kind {
            Kind::Workshop => &self.workshop,
            Kind::Milestone => &self.milestone,
            Kind::Recurring | Kind::Phase | Kind::Kpi => &self.meeting,
        }
    }

    fn title(&self, title: &str) -> String {
        let title = plain(title);
        if title.is_empty() { self.no_title.clone() } else { title }
    }
}

fn column(label: &str, class: &'static str) -> Column {
    Column {
        label: label.to_owned(),
        class,
    }
}

/// A date as the plan states it, for people, to its end if it has one.
fn when(lang: &Catalog, date: PlanDate, end: Option<PlanDate>) -> String {
    match end {
        Some(end) if end != date => lang.say("report-span", &args!(from = lang.date(date), to = lang.date(end))),
        _ => lang.date(date),
    }
}

/// An event as a row: its date, kind, title and phase.
fn event_row(event: &EventView, names: &Names, words: &Words, lang: &Catalog) -> Vec<Cell> {
    vec![
        Cell::new(when(lang, event.date, event.end)),
        Cell::new(words.kind(event.kind)),
        Cell::new(words.title(&event.title)),
        Cell::new(names.of_id(event.phase.as_deref())),
    ]
}

fn section(id: &'static str, heading: String, parts: Vec<Part>) -> Section {
    let rows: usize = parts
        .iter()
        .map(|p| match p {
            Part::Table(t) => t.rows.len() + 1,
            Part::List { items, .. } => items.len(),
            Part::Figures { figures } => figures.len() * SHORT_ROWS,
            _ => 1,
        })
        .sum();
    Section {
        id,
        heading,
        parts,
        short: rows <= SHORT_ROWS,
    }
}

fn text(text: String) -> Part {
    Part::Text { text }
}

fn percent_text(lang: &Catalog, value: i64) -> String {
    lang.say("report-percent", &args!(percent = value))
}

/// The facts under the report's title: the period, the programme, the
/// phases under way, the next review session.
fn headline_facts(
    input: &Input<'_>,
    view: &status::StatusView,
    period: &Period,
    programme: Option<(NaiveDate, NaiveDate)>,
    lang: &Catalog,
) -> Vec<Fact> {
    let at = input.at;
    let mut facts = Vec::new();
    let since = match (&input.since, period.previous) {
        (Since::Day(_), _) => lang.text("report-period-since-given"),
        (Since::Base { label, day: Some(_) }, _) => lang.say("report-period-since-base", &args!(base = whole(label))),
        (_, Some(review)) => lang.say("report-period-since-review", &args!(review = lang.date(review))),
        (_, None) => match programme {
            Some((first, _)) if first == period.from => lang.text("report-period-since-start"),
            Some((first, _)) if first > at => lang.text("report-period-not-begun"),
            _ => lang.text("report-period-since-nothing"),
        },
    };
    let current = period
        .current
        .map(|review| lang.say("report-period-for-review", &args!(review = lang.date(review))));
    let note = match current {
        Some(current) => lang.say("report-join", &args!(first = whole(&since), second = whole(&current))),
        None => since,
    };
    facts.push(Fact {
        label: lang.text("report-fact-period"),
        value: lang.say(
            "report-span",
            &args!(from = lang.day(period.from), to = lang.day(period.to)),
        ),
        note: Some(note),
    });
    if let (Some(start), Some(end), Some(day), Some(days)) = (view.start, view.end, view.day, view.days) {
        let (first, last) = (start.first(), end.last());
        let note = if at < first {
            lang.say("report-programme-before", &args!(days = (first - at).num_days()))
        } else if at > last {
            lang.text("report-programme-over")
        } else {
            lang.say(
                "report-day-of",
                &args!(day = day, days = days, percent = percent(day, days)),
            )
        };
        facts.push(Fact {
            label: lang.text("report-fact-programme"),
            value: lang.say("report-span", &args!(from = lang.date(start), to = lang.date(end))),
            note: Some(note),
        });
    }
    let active: Vec<&PhaseView> = view
        .items
        .phases
        .iter()
        .filter(|p| p.status == Some(PhaseState::Active))
        .collect();
    for phase in &active {
        let (Some(day), Some(days)) = (phase.day, phase.days) else {
            continue;
        };
        let name = plain(&phase.name);
        facts.push(Fact {
            label: lang.text("report-fact-phase"),
            value: if name.is_empty() { plain(&phase.id) } else { name },
            note: Some(lang.say(
                "report-day-of",
                &args!(day = day, days = days, percent = percent(day, days)),
            )),
        });
    }
    if active.is_empty() {
        let state = match programme {
            Some((first, _)) if at < first => "before",
            Some((_, last)) if at > last => "after",
            Some(_) => "between",
            None => "undated",
        };
        facts.push(Fact {
            label: lang.text("report-fact-phase"),
            value: lang.say("report-no-phase", &args!(state = state)),
            note: None,
        });
    }
    facts.push(Fact {
        label: lang.text("report-fact-next-review"),
        value: match period.next {
            Some(next) => lang.date(next),
            None => lang.text("report-no-next-review"),
        },
        note: None,
    });
    facts
}

/// An argument shown whole, not cut to a message's 80 columns: plan text
/// (made [`plain`]), a revision, words already said.
fn whole(text: &str) -> Arg {
    Arg::Whole(plain(text))
}

/// The programme as a timeline: an SVG picture, or a Mermaid block.
fn timeline(input: &Input<'_>, lang: &Catalog) -> Section {
    let chart = crate::timeline::Chart::new(input.plan, input.resolved, input.at, None, None);
    let heading = lang.text("report-heading-timeline");
    let part = if chart.is_empty() {
        text(chart.nothing(lang))
    } else {
        match input.pictures {
            Pictures::Svg => Part::Figures {
                figures: vec![Figure {
                    caption: None,
                    svg: inline_svg(&crate::timeline::svg(&chart, lang, TIMELINE_WIDTH)),
                }],
            },
            Pictures::Mermaid => {
                let code = crate::timeline::mermaid(&chart, lang).trim_end().to_owned();
                Part::Mermaid {
                    fence: fence(&code),
                    code,
                }
            }
        }
    };
    Section {
        id: "timeline",
        heading,
        parts: vec![part],
        short: true,
    }
}

/// An SVG document as an HTML page holds it inline: from its `<svg` on
/// (no XML prolog), without the namespace declaration, which HTML gives
/// an `<svg>` element itself (so that the page names no URL at all).
fn inline_svg(svg: &str) -> String {
    let svg = svg.find("<svg").map_or(svg, |at| &svg[at..]);
    svg.replacen(r#" xmlns="http://www.w3.org/2000/svg""#, "", 1)
        .trim_end()
        .to_owned()
}

/// A code fence longer than any run of backticks in `code`, at least three.
fn fence(code: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in code.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    "`".repeat((longest + 1).max(3))
}

/// Whether `day` is in the period.
fn within(period: &Period, day: NaiveDate) -> bool {
    period.from <= day && day <= period.to
}

/// What was done in the period: workshops and milestones marked done whose
/// first day is in it, phases whose last day is in it, and apart, those
/// cancelled.
fn done(view: &status::StatusView, period: &Period, names: &Names, words: &Words, lang: &Catalog) -> Section {
    let mut events: Vec<EventView> = view
        .items
        .workshops
        .iter()
        .chain(&view.items.milestones)
        .filter(|e| within(period, e.first()))
        .cloned()
        .collect();
    status::by_date(&mut events);
    let row = |e: &EventView| Row {
        cells: event_row(e, names, words, lang),
        class: "",
    };
    let done_rows: Vec<Row> = events
        .iter()
        .filter(|e| e.status == Some(Status::Done))
        .map(row)
        .collect();
    let cancelled: Vec<Row> = events.iter().filter(|e| e.cancelled()).map(row).collect();
    let mut parts = Vec::new();
    if done_rows.is_empty() {
        parts.push(text(lang.text("report-done-none")));
    } else {
        parts.push(Part::Table(Table {
            caption: None,
            columns: words.event_columns(),
            rows: done_rows,
        }));
    }
    let ended: Vec<Fact> = view
        .items
        .phases
        .iter()
        .filter_map(|p| {
            let end = p.end?;
            within(period, end.last()).then(|| Fact {
                label: String::new(),
                value: names.of_id(Some(&p.id)),
                note: Some(lang.say("report-phase-ended", &args!(date = lang.date(end)))),
            })
        })
        .collect();
    if ended.is_empty() {
        parts.push(text(lang.text("report-ended-none")));
    } else {
        parts.push(Part::List {
            caption: Some(lang.text("report-ended-caption")),
            items: ended,
        });
    }
    if !cancelled.is_empty() {
        parts.push(Part::Table(Table {
            caption: Some(lang.text("report-cancelled-caption")),
            columns: words.event_columns(),
            rows: cancelled,
        }));
    }
    parts.push(Part::Note {
        text: lang.text("report-done-note"),
    });
    section("done", lang.text("report-heading-done"), parts)
}

/// Workshops and milestones still `planned` after their date, on the
/// report's day, with how long ago their last day was.
fn overdue(view: &status::StatusView, names: &Names, words: &Words, lang: &Catalog) -> Section {
    let mut events: Vec<EventView> = view
        .items
        .workshops
        .iter()
        .chain(&view.items.milestones)
        .filter(|e| e.overdue)
        .cloned()
        .collect();
    status::by_date(&mut events);
    let parts = if events.is_empty() {
        vec![text(lang.text("report-overdue-none"))]
    } else {
        let mut columns = words.event_columns();
        columns.push(column(&lang.text("report-column-late"), "number"));
        let rows = events
            .iter()
            .map(|e| {
                let mut cells = event_row(e, names, words, lang);
                cells.push(Cell::new(lang.say("report-days", &args!(days = -e.days_until))));
                Row { cells, class: "" }
            })
            .collect();
        vec![Part::Table(Table {
            caption: None,
            columns,
            rows,
        })]
    };
    section("overdue", lang.text("report-heading-overdue"), parts)
}

/// What the plan has after the report's day up to the next review session's
/// last day (or the programme's, with no next session): planned events,
/// meetings, and phases' starts and ends.
fn coming(
    input: &Input<'_>,
    period: &Period,
    programme: Option<(NaiveDate, NaiveDate)>,
    names: &Names,
    words: &Words,
    lang: &Catalog,
) -> Section {
    let at = input.at;
    let horizon = period.next.map(PlanDate::last).or(programme.map(|(_, last)| last));
    let mut parts = Vec::new();
    let tomorrow = at.succ_opt().unwrap_or(at);
    match (period.next, horizon) {
        (Some(next), Some(to)) => parts.push(text(lang.say(
            "report-coming-to-review",
            &args!(review = lang.date(next), to = lang.day(to)),
        ))),
        (None, Some(to)) if to > at => parts.push(text(lang.say("report-coming-to-end", &args!(to = lang.day(to))))),
        _ => {}
    }
    let entries = match horizon {
        Some(to) if to > at => {
            let span = Span {
                from: tomorrow,
                to: Some(to),
            };
            status::agenda(input.plan, input.resolved, at, span, &[]).entries
        }
        _ => Vec::new(),
    };
    let reviews: std::collections::HashSet<&str> = input
        .plan
        .recurring
        .iter()
        .filter(|r| r.review.as_ref().is_some_and(|r| *r.get_ref()))
        .filter_map(|r| r.header.id())
        .collect();
    let rows: Vec<Row> = entries
        .iter()
        .filter(|e| e.first() > at && !matches!(e.status, Some(Status::Done | Status::Cancelled)))
        .map(|e| {
            let (kind, class) = match (e.kind, e.boundary) {
                (AgendaKind::Phase, Some(Boundary::Start)) => (words.phase_start.as_str(), "phase"),
                (AgendaKind::Phase, _) => (words.phase_end.as_str(), "phase"),
                (AgendaKind::Meeting, _) if reviews.contains(e.id.as_str()) => (words.review.as_str(), "review"),
                (AgendaKind::Meeting, _) => (words.meeting.as_str(), ""),
                (AgendaKind::Workshop, _) => (words.workshop.as_str(), ""),
                (AgendaKind::Milestone, _) => (words.milestone.as_str(), ""),
            };
            // A phase's own entry names the phase as its title, not again as its phase.
            let (title, phase) = match e.kind {
                AgendaKind::Phase => (names.of_id(Some(&e.id)), String::new()),
                _ => (words.title(&e.title), names.of_id(e.phase.as_deref())),
            };
            Row {
                cells: vec![
                    Cell::new(when(lang, e.date, e.end)),
                    Cell::new(kind),
                    Cell::new(title),
                    Cell::new(phase),
                ],
                class,
            }
        })
        .collect();
    if rows.is_empty() {
        parts.push(text(lang.text("report-coming-none")));
    } else {
        parts.push(Part::Table(Table {
            caption: None,
            columns: words.event_columns(),
            rows,
        }));
    }
    section("coming", lang.text("report-heading-coming"), parts)
}

/// The measurement a KPI had on `day`: the latest on or before it (of
/// several on one date, the last written), as [`crate::kpi::evaluate`]
/// picks it.
fn latest_on(measurements: &[Reading], day: NaiveDate) -> Option<Reading> {
    measurements
        .iter()
        .filter(|m| m.date.first() <= day)
        .fold(None::<Reading>, |best, m| match best {
            Some(best) if best.date.first() > m.date.first() => Some(best),
            _ => Some(*m),
        })
}

/// A value and its unit, as people read it: `44 %`, `41,5 zile`.
fn amount(lang: &Catalog, value: f64, unit: &str) -> String {
    lang.say("report-amount", &args!(value = lang.decimal(value), unit = whole(unit)))
        .trim()
        .to_owned()
}

/// Each KPI over the period: its value at the period's start and on the
/// report's day, the change, its target, its state and progress; in HTML,
/// its small chart.
fn indicators(input: &Input<'_>, kpis: &[KpiView], period: &Period, lang: &Catalog) -> Section {
    let heading = lang.text("report-heading-indicators");
    if kpis.is_empty() {
        return section("indicators", heading, vec![text(lang.text("report-kpis-none"))]);
    }
    let dash = lang.text("report-none-cell");
    let columns = vec![
        column(&lang.text("report-column-indicator"), "text"),
        column(
            &lang.say("report-column-start", &args!(date = lang.day(period.from))),
            "number",
        ),
        column(
            &lang.say("report-column-now", &args!(date = lang.day(period.to))),
            "number",
        ),
        column(&lang.text("report-column-change"), "number"),
        column(&lang.text("report-column-target"), "number"),
        column(&lang.text("report-column-state"), "text"),
        column(&lang.text("report-column-progress"), "number"),
    ];
    let reading = |r: Option<Reading>, unit: &str| match r {
        Some(r) => Cell::with_note(amount(lang, r.value, unit), Some(lang.date(r.date))),
        None => Cell::new(dash.clone()),
    };
    let rows = kpis
        .iter()
        .map(|k| {
            let start = latest_on(&k.measurements, period.from);
            let now = k.latest;
            let change = match (start, now) {
                (Some(start), Some(now)) => {
                    // Rounded so that 41.5 − 40.2 is 1.3, not 1.2999…
                    let change = ((now.value - start.value) * 1e6).round() / 1e6 + 0.0;
                    let id = if change > 0.0 {
                        "report-change-up"
                    } else if change < 0.0 {
                        "report-change-down"
                    } else {
                        "report-change-none"
                    };
                    Cell::new(lang.say(id, &args!(change = whole(&amount(lang, change.abs(), &k.unit)))))
                }
                _ => Cell::new(dash.clone()),
            };
            let name = plain(&k.name);
            Row {
                cells: vec![
                    Cell::new(if name.is_empty() { plain(&k.id) } else { name }),
                    reading(start, &k.unit),
                    reading(now, &k.unit),
                    change,
                    reading(k.target, &k.unit),
                    Cell {
                        text: k.state.words(lang),
                        note: None,
                        state: k.state.as_str(),
                    },
                    match k.progress {
                        Some(p) if p.is_finite() => {
                            Cell::new(percent_text(lang, (p * 100.0).round().clamp(-1e9, 1e9) as i64))
                        }
                        _ => Cell::new(dash.clone()),
                    },
                ],
                class: "",
            }
        })
        .collect();
    let mut parts = vec![Part::Table(Table {
        caption: None,
        columns,
        rows,
    })];
    parts.push(Part::Note {
        text: lang.text("report-kpis-note"),
    });
    if input.pictures == Pictures::Svg {
        let figures = kpis
            .chunks(KPIS_A_FIGURE)
            .map(|kpis| Figure {
                caption: None,
                svg: inline_svg(&crate::kpi::svg::svg("", kpis, input.at, lang, KPI_WIDTH)),
            })
            .collect();
        parts.push(Part::Figures { figures });
    }
    section("indicators", heading, parts)
}

/// The plan's findings on the report's day, in the documents' language,
/// each with its line.
/// How the schedule moved since an earlier plan: the rows of `icc diff`'s
/// table, a row a change, under the counts.
fn changes(base: &str, diff: &crate::diff::Diff, lang: &Catalog) -> Section {
    use crate::diff::markdown::{VALUE_COLUMNS, columns, following, programme_row, rows};
    let heading = lang.say("report-heading-changes", &args!(base = whole(base)));
    if diff.is_empty() {
        return section(
            "changes",
            heading,
            vec![text(lang.say("report-changes-none", &args!(base = whole(base))))],
        );
    }
    let mut parts = vec![text(crate::diff::human::counts(diff, lang))];
    let mut table_rows = Vec::new();
    for item in &diff.items {
        let kind = lang.text(&format!("kind-{}", item.kind.as_str()));
        // The name as long as a value of the table may be.
        let name = crate::text::fit(
            &format!("{kind} {} — {}", plain(&item.id), plain(&item.name)),
            VALUE_COLUMNS,
        );
        for (n, row) in rows(item, lang).into_iter().enumerate() {
            let (mark, name) = if n == 0 {
                (
                    crate::diff::human::mark(item.change),
                    Cell::with_note(name.clone(), following(item, lang)),
                )
            } else {
                ("", Cell::default())
            };
            table_rows.push(Row {
                cells: vec![
                    Cell::new(mark),
                    name,
                    Cell::new(row.field),
                    Cell::new(row.before),
                    Cell::new(row.after),
                    Cell::new(row.shift),
                ],
                class: if n == 0 { "" } else { "continued" },
            });
        }
    }
    let [item, change, before, after, shift] = columns(lang);
    parts.push(Part::Table(Table {
        caption: None,
        columns: vec![
            column("", "text"),
            column(&item, "text"),
            column(&change, "code"),
            // A date, or a text that changed.
            column(&before, "text"),
            column(&after, "text"),
            column(&shift, "number"),
        ],
        rows: table_rows,
    }));
    let programme: Vec<Fact> = [&diff.programme.start, &diff.programme.end]
        .into_iter()
        .flatten()
        .map(|moved| {
            let (label, row) = programme_row(moved, lang);
            Fact {
                label,
                value: format!("{} → {}", row.before, row.after),
                note: Some(row.shift).filter(|s| !s.is_empty()),
            }
        })
        .collect();
    if !programme.is_empty() {
        parts.push(Part::List {
            caption: None,
            items: programme,
        });
    }
    section("changes", heading, parts)
}

fn findings(input: &Input<'_>, summary: Summary, lang: &Catalog) -> Section {
    let heading = lang.text("report-heading-findings");
    if input.findings.is_empty() {
        let mut parts = vec![text(lang.text("report-findings-none"))];
        if input.allowed > 0 {
            parts.push(Part::Note {
                text: lang.say("report-findings-allowed", &args!(count = input.allowed)),
            });
        }
        return section("findings", heading, parts);
    }
    let mut parts = vec![text(lang.say(
        "report-findings-counts",
        &args!(
            errors = summary.errors,
            warnings = summary.warnings,
            notes = summary.notes
        ),
    ))];
    let rows = input
        .findings
        .iter()
        .map(|f| {
            let severity = match f.severity() {
                Severity::Error => lang.text("severity-error"),
                Severity::Warning => lang.text("severity-warning"),
                Severity::Note => lang.text("severity-note"),
            };
            let line = f.span.as_ref().map_or_else(
                || lang.text("report-none-cell"),
                |s| input.source.line_col(s.start).line.to_string(),
            );
            Row {
                cells: vec![
                    Cell::new(severity),
                    Cell::new(f.code.as_str()),
                    Cell::new(plain(&f.message(lang))),
                    Cell::new(line),
                ],
                class: f.severity().as_str(),
            }
        })
        .collect();
    parts.push(Part::Table(Table {
        caption: None,
        columns: vec![
            column(&lang.text("report-column-severity"), "text"),
            column(&lang.text("report-column-code"), "code"),
            column(&lang.text("report-column-message"), "text"),
            column(&lang.text("report-column-line"), "number"),
        ],
        rows,
    }));
    if input.allowed > 0 {
        parts.push(Part::Note {
            text: lang.say("report-findings-allowed", &args!(count = input.allowed)),
        });
    }
    section("findings", heading, parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn month(y: i32, m: u32) -> PlanDate {
        PlanDate::Month(day(y, m, 1))
    }

    #[test]
    fn a_period_runs_from_the_day_after_the_previous_review_to_the_day() {
        let reviews = [month(2021, 10), month(2022, 3)];
        let programme = Some((day(2020, 9, 1), day(2022, 9, 30)));
        let p = period(&reviews, programme, day(2022, 3, 31), None);
        assert_eq!((p.from, p.to), (day(2021, 11, 1), day(2022, 3, 31)));
        assert_eq!(p.previous, Some(month(2021, 10)));
        assert_eq!(p.current, Some(month(2022, 3)));
        assert_eq!(p.next, None);
        // The next report starts the day after this one's session ended:
        // no gap, no overlap.
        let after = period(&reviews, programme, day(2022, 6, 15), None);
        assert_eq!(after.from, day(2022, 4, 1));
        assert_eq!(after.previous, Some(month(2022, 3)));
        // Before any review: from the programme's first day, the next named.
        let early = period(&reviews, programme, day(2021, 5, 10), None);
        assert_eq!(
            (early.from, early.previous, early.next),
            (day(2020, 9, 1), None, Some(month(2021, 10)))
        );
        // `--since` wins; a programme not begun is the day alone.
        assert_eq!(
            period(&reviews, programme, day(2022, 3, 31), Some(day(2022, 1, 1))).from,
            day(2022, 1, 1)
        );
        assert_eq!(period(&[], programme, day(2019, 1, 1), None).from, day(2019, 1, 1));
        assert_eq!(period(&[], None, day(2019, 1, 1), None).from, day(2019, 1, 1));
    }

    #[test]
    fn plan_text_is_one_printable_line() {
        assert_eq!(
            plain(" a\nb\u{202E}c\u{1b}[31m\u{FFFF} "),
            "a b\u{FFFD}c\u{FFFD}[31m\u{FFFD}"
        );
    }

    /// The fixture's report, with a changes section as the diff will fill it.
    #[test]
    fn the_changes_section_is_laid_out_between_indicators_and_findings() {
        let text = include_str!("../../tests/report/plan.toml");
        let source = Source::new("plan.toml", text.to_owned(), false);
        let at = day(2024, 6, 30);
        let checked = crate::check(&source, None, at);
        let (plan, resolved) = (checked.plan.as_ref().unwrap(), checked.resolved.as_ref().unwrap());
        let lang = Catalog::english();
        for pictures in [Pictures::Mermaid, Pictures::Svg] {
            let input = Input {
                plan,
                resolved,
                source: &source,
                findings: &checked.findings,
                allowed: checked.allowed,
                at,
                since: Since::Base {
                    label: "HEAD~1".to_owned(),
                    day: Some(day(2024, 5, 1)),
                },
                changes: None,
                pictures,
            };
            let mut model = report(&input, &lang);
            model.changes = Some(section(
                "changes",
                "Schedule changes <since>".to_owned(),
                vec![Part::Table(Table {
                    caption: None,
                    columns: vec![column("Item", "text"), column("Moved", "number")],
                    rows: vec![Row {
                        cells: vec![Cell::new("pilot | <b>"), Cell::new("+2 months")],
                        class: "",
                    }],
                })],
            ));
            let (out, heading, cell, since) = match pictures {
                Pictures::Mermaid => (
                    markdown(&model).unwrap(),
                    "## Schedule changes \\<since\\>",
                    "| pilot \\| \\<b\\> | +2 months |",
                    "since HEAD\\~1",
                ),
                Pictures::Svg => (
                    html(&model).unwrap(),
                    "<h2>Schedule changes &lt;since&gt;</h2>",
                    "<td class=\"text\">pilot | &lt;b&gt;</td>",
                    "since HEAD~1",
                ),
            };
            let at = |needle: &str| out.find(needle).unwrap_or_else(|| panic!("{needle} in {out}"));
            assert!(at("Indicators") < at(heading) && at(heading) < at("Open findings"));
            assert!(out.contains(cell), "{out}");
            assert!(out.contains(since), "{out}");
        }
    }

    #[test]
    fn a_fence_is_longer_than_any_run_of_backticks() {
        assert_eq!(fence("gantt"), "```");
        assert_eq!(fence("a ```` b ` c"), "`````");
    }
}
