//! Tables for people: the status view, the phase list and the event list,
//! fitted to a width by display columns (a Romanian `ă` or a `„` is one
//! column), coloured only when the caller says colour is on.

use crate::text::{display_width, fit, plural, printable};
use anstyle::Style;
use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Row, Table, Width, presets::UTF8_FULL_CONDENSED};

use crate::style::{self, paint};

use crate::plan::Status;
use crate::status::{EventView, PhaseState, PhaseView, StatusView, When};

/// How a table is laid out: its width in columns and whether to colour it.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    pub width: u16,
    pub color: bool,
}

/// A column: its header, how much it matters when space runs out (0 is
/// never dropped; the highest number goes first), and whether its text may
/// wrap (names, titles) or must stay whole (dates, statuses).
struct Column {
    header: &'static str,
    priority: u8,
    wraps: bool,
}

const fn column(header: &'static str, priority: u8, wraps: bool) -> Column {
    Column {
        header,
        priority,
        wraps,
    }
}

/// A cell's text and, when colour is on, its style.
type Text = (String, Option<Style>);

/// How many table widths of text a cell shows at most.
const CELL_SCREENS: usize = 4;

/// Narrowest a wrapping column is allowed to become before columns are dropped.
const WRAP_MIN: usize = 12;

impl Layout {
    /// Lays out rows in at most `self.width` columns: whole columns are
    /// dropped, least important first, until the rest fit; wrapping columns
    /// share what is left; if even that is too narrow, cells are cut with `…`.
    fn render(self, columns: &[Column], rows: Vec<Vec<Text>>) -> String {
        // Plan text may hold control characters; they are not for the
        // terminal. A cell shows at most a few screens of text: cut before
        // wrapping, whose cost grows with the square of a long word.
        let most = usize::from(self.width) * CELL_SCREENS;
        let rows: Vec<Vec<Text>> = rows
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|(text, color)| (fit(&printable(&text), most), color))
                    .collect()
            })
            .collect();
        let natural: Vec<usize> = (0..columns.len())
            .map(|i| {
                rows.iter()
                    .map(|r| display_width(&r[i].0))
                    .chain([display_width(columns[i].header)])
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let need = |i: usize| {
            if columns[i].wraps {
                natural[i].min(WRAP_MIN)
            } else {
                natural[i]
            }
        };
        let total = |kept: &[usize]| kept.iter().map(|&i| need(i) + 3).sum::<usize>() + 1;
        let mut kept: Vec<usize> = (0..columns.len()).collect();
        while total(&kept) > usize::from(self.width) {
            let Some(&drop) = kept
                .iter()
                .filter(|&&i| columns[i].priority > 0)
                .max_by_key(|&&i| (columns[i].priority, i))
            else {
                break;
            };
            kept.retain(|&i| i != drop);
        }
        let cramped = total(&kept) > usize::from(self.width);
        // Cramped, dates and statuses still stay whole if the wrapping
        // columns can give up their room (to a few columns each).
        let whole = kept
            .iter()
            .map(|&i| if columns[i].wraps { 2 + 3 } else { natural[i] + 3 })
            .sum::<usize>()
            < usize::from(self.width);
        let mut table = Table::new();
        // comfy-table would look at the terminal itself; the caller has
        // decided, and styled the cells (anstyle) if colour is on.
        table.force_no_tty();
        table
            .load_style(UTF8_FULL_CONDENSED.with_rounded_corners())
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(self.width)
            .set_truncation_indicator("…")
            .set_header(columns.iter().map(|c| Cell::new(c.header)).collect::<Vec<_>>());
        table.set_constraints((0..columns.len()).map(|i| {
            match (kept.contains(&i), columns[i].wraps || cramped && !whole) {
                (false, _) => ColumnConstraint::Hidden,
                (true, true) => ColumnConstraint::LowerBoundary(Width::Fixed(1)),
                (true, false) => ColumnConstraint::ContentWidth,
            }
        }));
        for row in rows {
            let cells: Vec<Cell> = row
                .into_iter()
                .map(|(text, style)| Cell::new(paint(&text, style.unwrap_or_default(), self.color)))
                .collect();
            let mut row = Row::from(cells);
            if cramped {
                row.max_height(1);
            }
            table.add_row(row);
        }
        // Columns left out are named, so that nothing goes without a word.
        let left_out: Vec<&str> = (0..columns.len())
            .filter(|i| !kept.contains(i))
            .map(|i| columns[i].header)
            .collect();
        if left_out.is_empty() {
            format!("{table}\n")
        } else {
            let note = format!("not shown at this width: {}", left_out.join(", "));
            format!("{table}\n{}", wrap_fields(&note, usize::from(self.width)))
        }
    }
}

/// Where the values of a headline line start, after its label (`Today     `).
const LABEL: usize = 10;

/// A headline line in `width` columns: its ` · `-separated fields go on
/// as many lines as they need, under the first; a field too long for a
/// line of its own is wrapped at its spaces, and only a word too long for
/// a line is cut with `…` (numbers stay whole: `day 212 of 457`).
fn wrap_fields(line: &str, width: usize) -> String {
    let line = &printable(line);
    let indent = " ".repeat(LABEL.min(width / 2));
    // A label (`Phase     `) stays on the first line, before the text.
    let labelled = line.len() > LABEL
        && line.is_char_boundary(LABEL)
        && line[..LABEL].ends_with(' ')
        && !line[..LABEL].trim_end().contains(' ');
    let (head, rest) = if labelled {
        line.split_at(LABEL)
    } else {
        ("", line.as_ref())
    };
    let mut lines: Vec<String> = Vec::new();
    let mut current = fit(head, width);
    let mut used = display_width(&current);
    // Whether the line holds nothing yet but its label or indent.
    let mut start = true;
    for (i, field) in rest.split(" · ").enumerate() {
        if i > 0 {
            if !start && used + 3 + display_width(field) <= width {
                current = format!("{current} · {field}");
                used += 3 + display_width(field);
                continue;
            }
            if !start {
                lines.push(std::mem::replace(&mut current, indent.clone()));
                used = indent.len();
                start = true;
            }
        }
        for word in field.split(' ') {
            let w = display_width(word);
            if start {
                if !word.is_empty() {
                    current += &fit(word, width.saturating_sub(used));
                    used = display_width(&current);
                    start = false;
                }
            } else if used + 1 + w <= width {
                current.push(' ');
                current += word;
                used += 1 + w;
            } else {
                let next = indent.clone() + &fit(word, width - indent.len());
                lines.push(std::mem::replace(&mut current, next));
                used = display_width(&current);
            }
        }
    }
    lines.push(current);
    lines.iter().map(|l| l.trim_end().to_owned() + "\n").collect()
}

/// A bar of `cells` columns filled to `percent` (0 to 100), in eighths
/// rounded down: full only at 100, as the percent beside it.
pub fn bar(percent: i64, cells: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = percent.clamp(0, 100) as usize * cells * 8 / 100;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(PARTS[eighths % 8]);
    }
    let filled = out.chars().count();
    out.extend(std::iter::repeat_n('░', cells - filled));
    out
}

/// Day `day` of `days` as a bar of `cells` and a percent that agree: both
/// from the one whole percent (`date::percent`).
fn progress(day: i64, days: i64, cells: usize) -> (String, String) {
    let percent = crate::date::percent(day, days);
    (bar(percent, cells), format!("{percent}%"))
}

/// When an event is, said from today: `in 93 days`, `12 days ago`, `this
/// month`: the `days_until` of the JSON, in words (`date::Days::until`).
pub fn relative(event: &EventView) -> String {
    match event.when {
        When::Upcoming if event.days_until == 1 => "tomorrow".into(),
        When::Upcoming => format!("in {}", plural(event.days_until, "day")),
        When::Past if event.days_until == -1 => "yesterday".into(),
        When::Past => format!("{} ago", plural(-event.days_until, "day")),
        When::Now if !event.date.precision_is_day() && event.end.is_none() => "this month".into(),
        When::Now if event.end.is_some() => "ongoing".into(),
        When::Now => "today".into(),
    }
}

/// The months a phase's window counts, and those it states where they
/// differ (`6 (5 stated)`); only those stated if the window is unknown.
fn months(phase: &PhaseView) -> String {
    match (phase.months, phase.stated_months) {
        (Some(counted), Some(stated)) if counted.0 != f64::from(stated) => format!("{counted} ({stated} stated)"),
        (Some(counted), _) => counted.to_string(),
        (None, Some(stated)) => format!("{stated} stated"),
        (None, None) => "?".into(),
    }
}

fn window(phase: &PhaseView) -> String {
    match (phase.start, phase.end) {
        (Some(start), Some(end)) => format!("{start} – {end}"),
        _ => "?".into(),
    }
}

fn state_style(state: PhaseState) -> Style {
    match state {
        PhaseState::Done => style::DONE,
        PhaseState::Active => style::ACTIVE,
        PhaseState::Upcoming => style::UPCOMING,
    }
}

fn plain(text: impl Into<String>) -> Text {
    (text.into(), None)
}

const PHASE_COLUMNS: [Column; 7] = [
    column("id", 5, false),
    column("phase", 0, true),
    column("window", 1, false),
    // Before the id: where a phase states other months than it counts,
    // both are shown (`6 (5 stated)`).
    column("months", 4, false),
    column("status", 0, false),
    column("progress", 2, false),
    column("days left", 6, false),
];

pub fn phases(phases: &[PhaseView], layout: Layout) -> String {
    if phases.is_empty() {
        return "No phases\n".into();
    }
    let rows = phases
        .iter()
        .map(|phase| {
            let state = phase.status.map_or(("?".into(), Some(style::PROBLEM)), |s| {
                (s.as_str().into(), Some(state_style(s)))
            });
            let progress = match (phase.day, phase.days) {
                (Some(day), Some(days)) => {
                    let (bar, percent) = progress(day, days, 5);
                    format!("{bar} {percent:>4}")
                }
                _ => "?".into(),
            };
            let days_left = match (phase.status, phase.days_left) {
                (Some(PhaseState::Done), _) | (_, None) => "—".into(),
                (_, Some(days)) => days.to_string(),
            };
            vec![
                plain(&phase.id),
                plain(&phase.name),
                plain(window(phase)),
                plain(months(phase)),
                state,
                plain(progress),
                plain(days_left),
            ]
        })
        .collect();
    layout.render(&PHASE_COLUMNS, rows)
}

fn event_status(event: &EventView) -> Text {
    match (event.status, event.overdue) {
        (Some(Status::Planned), true) => ("overdue".into(), Some(style::PROBLEM)),
        (Some(Status::Done), _) => ("done".into(), Some(style::DONE)),
        (Some(Status::Cancelled), _) => ("cancelled".into(), Some(style::CANCELLED)),
        (Some(Status::Planned), false) => ("planned".into(), Some(style::UPCOMING)),
        (None, _) => plain(match event.kind {
            crate::plan::Kind::Milestone => "milestone",
            _ => "meeting",
        }),
    }
}

const EVENT_COLUMNS: [Column; 6] = [
    column("date", 0, false),
    column("id", 3, false),
    column("event", 0, true),
    column("phase", 4, true),
    column("status", 1, false),
    column("when", 2, false),
];

pub fn events(events: &[&EventView], layout: Layout) -> String {
    if events.is_empty() {
        return "No events\n".into();
    }
    let rows = events
        .iter()
        .map(|event| {
            let date = match event.end {
                Some(end) => format!("{} – {end}", event.date),
                None => event.date.to_string(),
            };
            let phase = match (&event.phase, event.phase_inferred) {
                (Some(p), true) => format!("{p} (by date)"),
                (Some(p), false) => p.clone(),
                (None, _) => "—".into(),
            };
            vec![
                plain(date),
                plain(&event.id),
                plain(&event.title),
                plain(phase),
                event_status(event),
                plain(relative(event)),
            ]
        })
        .collect();
    layout.render(&EVENT_COLUMNS, rows)
}

/// How many past and coming events `status` shows around today.
const AROUND: usize = 3;

pub fn status(view: &StatusView, events: &[EventView], layout: Layout) -> String {
    let width = usize::from(layout.width);
    let mut head = Vec::new();
    let title = match &view.project.city {
        Some(city) if !view.project.name.contains(city.as_str()) => format!("{} · {city}", view.project.name),
        _ => view.project.name.clone(),
    };
    head.push(title);
    let mut today = format!("Today     {}", view.today);
    if let (Some(start), Some(end), Some(day), Some(days)) = (view.start, view.end, view.day, view.days) {
        let (bar, percent) = progress(day, days, 10);
        today += &format!(" · programme {start} – {end} · {bar} {percent}");
    }
    head.push(today);
    let current = view
        .current_phase
        .as_ref()
        .and_then(|id| view.items.phases.iter().find(|p| &p.id == id));
    // Day N of M, its percent and the days left, from one count: N + left = M.
    let where_in = |phase: &PhaseView| {
        let (day, days) = (phase.day.unwrap_or(0), phase.days.unwrap_or(1));
        let (_, percent) = progress(day, days, 0);
        format!(
            "{} ({}) · day {day} of {days} · {percent} · {} left",
            phase.name,
            phase.id,
            plural(days - day, "day")
        )
    };
    head.push(match current {
        Some(phase) => format!("Phase     {}", where_in(phase)),
        None if view.items.phases.iter().all(|p| p.status == Some(PhaseState::Done))
            && !view.items.phases.is_empty() =>
        {
            "Phase     none: the programme is over".into()
        }
        None if view.items.phases.iter().all(|p| p.status == Some(PhaseState::Upcoming))
            && !view.items.phases.is_empty() =>
        {
            "Phase     none yet: the programme has not started".into()
        }
        None => "Phase     none active today".into(),
    });
    // Phases that overlap: every other one active today, a line each.
    let others: Vec<&PhaseView> = view
        .items
        .phases
        .iter()
        .filter(|p| p.status == Some(PhaseState::Active) && Some(&p.id) != view.current_phase.as_ref())
        .collect();
    for phase in others.iter().take(AROUND) {
        head.push(format!("Also      {}", where_in(phase)));
    }
    if others.len() > AROUND {
        head.push(format!(
            "Also      {} more active: `icc phases` lists them",
            others.len() - AROUND
        ));
    }
    head.push(match &view.next_event {
        Some(event) => format!("Next      {} · {} · {}", event.date, event.title, relative(event)),
        None => "Next      nothing planned".into(),
    });
    let overdue = |events: &[EventView], noun| {
        let count = events.iter().filter(|e| e.overdue).count();
        (count > 0).then(|| plural(count as i64, noun))
    };
    let overdue: Vec<String> = [
        overdue(&view.items.workshops, "workshop"),
        overdue(&view.items.milestones, "milestone"),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !overdue.is_empty() {
        head.push(format!("Overdue   {} past and still `planned`", overdue.join(", ")));
    }
    if view.errors + view.warnings > 0 {
        let mut counts = Vec::new();
        if view.errors > 0 {
            counts.push(plural(view.errors as i64, "error"));
        }
        if view.warnings > 0 {
            counts.push(plural(view.warnings as i64, "warning"));
        }
        let them = if view.errors + view.warnings == 1 { "it" } else { "them" };
        head.push(format!(
            "Plan      {}: run `icc check` to see {them}",
            counts.join(", ")
        ));
    }
    let mut out: String = head.iter().map(|line| wrap_fields(line, width)).collect();
    out.push('\n');
    out += &phases(&view.items.phases, layout);
    // The last few events that happened, all that are on today, and the
    // next few to come, with every event dated among them (cancelled ones
    // too: none of that stretch is left out), and any overdue: in date
    // order, as `events` is.
    let live = || events.iter().filter(|e| !e.cancelled());
    let past: Vec<&EventView> = live().filter(|e| e.when == When::Past && !e.overdue).collect();
    let recent = &past[past.len().saturating_sub(AROUND)..];
    let now = live().filter(|e| e.when == When::Now).count();
    let coming: Vec<&EventView> = live().filter(|e| e.when != When::Past).take(now + AROUND).collect();
    let stretch = recent.iter().chain(&coming).map(|e| e.first());
    let (from, to) = (stretch.clone().min(), stretch.max());
    let shown =
        |e: &EventView| e.overdue || from.is_some_and(|from| from <= e.first()) && to.is_some_and(|to| e.first() <= to);
    let around: Vec<&EventView> = events.iter().filter(|e| shown(e)).collect();
    out.push('\n');
    if around.is_empty() && !events.is_empty() {
        // Nothing is shown only when every event is cancelled.
        out += &wrap_fields(
            &format!("No events planned; {} cancelled", plural(events.len() as i64, "event")),
            width,
        );
        return out;
    }
    out += &self::events(&around, layout);
    // What the stretch leaves out, said.
    let earlier = events
        .iter()
        .filter(|e| !shown(e) && from.is_none_or(|from| e.first() < from))
        .count();
    let later = events.iter().filter(|e| !shown(e)).count() - earlier;
    let left_out = match (earlier, later) {
        (0, 0) => None,
        (n, 0) => Some(format!("{} before these", plural(n as i64, "event"))),
        (0, n) => Some(format!("{} after these", plural(n as i64, "event"))),
        (e, l) => Some(format!("{} before these and {l} after", plural(e as i64, "event"))),
    };
    if let Some(left_out) = left_out {
        out += &wrap_fields(&format!("{left_out} · `icc workshops` lists every workshop"), width);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_by_eighths() {
        assert_eq!(bar(0, 4), "░░░░");
        assert_eq!(bar(100, 4), "████");
        assert_eq!(bar(50, 4), "██░░");
        assert_eq!(bar(46, 8), "███▋░░░░");
        // Full only at 100%: 99% of five cells is 39 eighths, not 40.
        assert_eq!(bar(99, 5), "████▉");
        for percent in 0..100 {
            assert!(bar(percent, 5).contains(|c| c != '█'), "{percent}%");
        }
    }
}
