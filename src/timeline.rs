//! The programme as a Gantt chart: one row a phase with its bar and its
//! recurring meetings, a row under it for its workshops and milestones, and
//! a marker for today. [`Chart`] is the chart as data; `text`, `svg` and
//! `mermaid` draw it for a terminal, a report and a Markdown file.

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use crate::date::{PlanDate, add_months, last_of_month};
use crate::model::Plan;
use crate::resolve::Resolved;
use crate::status::{EventKind, EventView, PhaseState, When};

/// What a marker on an events row stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub kind: EventKind,
    pub id: String,
    pub title: String,
    /// The date as the plan states it (`2021-03`, `2020-11-19 – 2020-11-20`).
    pub when: String,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// A one-day event; otherwise a month-precision date or a series.
    pub one_day: bool,
    pub done: bool,
}

/// A phase's bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub state: PhaseState,
    pub when: String,
}

/// One phase (or the events that belong to none), with what is drawn on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    pub id: String,
    pub label: String,
    pub bar: Option<Bar>,
    /// Occurrences of the phase's recurring meetings, drawn on its bar.
    pub recurring: Vec<Mark>,
    /// Workshops and milestones, drawn on a row of their own under the bar.
    pub events: Vec<Mark>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub title: String,
    /// The first and last day shown.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub today: NaiveDate,
    pub lanes: Vec<Lane>,
}

fn mark(event: &EventView) -> Mark {
    let when = match event.end {
        Some(end) => format!("{} – {end}", event.date),
        None => event.date.to_string(),
    };
    Mark {
        kind: event.kind,
        id: event.id.clone(),
        title: event.title.clone(),
        when,
        first: event.first(),
        last: event.last(),
        one_day: event.first() == event.last(),
        done: event.when == When::Past || event.status == Some(crate::model::Status::Done),
    }
}

impl Chart {
    /// The chart of a plan on `today`; `from`/`to` narrow it to a window,
    /// which otherwise runs from the month of the first date to the month
    /// of the last.
    pub fn new(
        plan: &Plan,
        resolved: &Resolved,
        today: NaiveDate,
        from: Option<PlanDate>,
        to: Option<PlanDate>,
    ) -> Chart {
        let phases = crate::status::phases(plan, resolved, today);
        let mut events: Vec<EventView> = crate::status::workshops(plan, resolved, today)
            .into_iter()
            .filter(|w| !w.cancelled())
            .chain(crate::status::milestones(plan, resolved, today))
            .collect();
        crate::status::by_date(&mut events);
        let recurring = crate::status::recurring(plan, resolved, today);
        let occurrences = crate::status::occurrences(plan, &recurring);
        // Events grouped by phase in one pass (a lane each), in date order.
        let lane_of: HashMap<&str, usize> = phases.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
        let mut by_lane: Vec<(Vec<Mark>, Vec<Mark>)> = vec![(Vec::new(), Vec::new()); phases.len()];
        for o in &occurrences {
            if let Some(&i) = o.phase.as_deref().and_then(|id| lane_of.get(id)) {
                by_lane[i].0.push(mark(o));
            }
        }
        let mut loose = Vec::new();
        for e in &events {
            match e.phase.as_deref().and_then(|id| lane_of.get(id)) {
                Some(&i) => by_lane[i].1.push(mark(e)),
                None => loose.push(mark(e)),
            }
        }
        let mut lanes: Vec<Lane> = phases
            .iter()
            .zip(by_lane)
            .map(|(p, (recurring, events))| Lane {
                id: p.id.clone(),
                label: p.name.clone(),
                bar: match (p.start, p.end, p.status) {
                    (Some(start), Some(end), Some(state)) => Some(Bar {
                        first: start.first(),
                        last: end.last(),
                        state,
                        when: format!("{start} – {end}"),
                    }),
                    _ => None,
                },
                recurring,
                events,
            })
            .collect();
        if !loose.is_empty() {
            lanes.push(Lane {
                id: String::new(),
                label: "Other events".into(),
                bar: None,
                recurring: Vec::new(),
                events: loose,
            });
        }
        let dates = lanes.iter().flat_map(|lane| {
            lane.bar.iter().flat_map(|b| [b.first, b.last]).chain(
                lane.recurring
                    .iter()
                    .chain(&lane.events)
                    .flat_map(|m| [m.first, m.last]),
            )
        });
        let (min, max) = dates.fold((None, None), |(lo, hi): (Option<NaiveDate>, Option<NaiveDate>), d| {
            (Some(lo.map_or(d, |lo| lo.min(d))), Some(hi.map_or(d, |hi| hi.max(d))))
        });
        let from = from
            .map(PlanDate::first)
            .or(min.map(|d| d.with_day(1).unwrap_or(d)))
            .unwrap_or(today);
        let to = to
            .map(PlanDate::last)
            .or(max.map(last_of_month))
            .unwrap_or(today)
            .max(from);
        Chart {
            title: plan
                .project
                .name
                .as_ref()
                .map(|n| n.get_ref().clone())
                .unwrap_or_default(),
            from,
            to,
            today,
            lanes,
        }
    }

    fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The first day of each month the chart shows (the first may be partial).
    pub fn months(&self) -> Vec<NaiveDate> {
        let mut months = Vec::new();
        let mut month = self.from.with_day(1).unwrap_or(self.from);
        while month <= self.to {
            months.push(month.max(self.from));
            match add_months(month, 1) {
                Some(next) => month = next,
                None => break,
            }
        }
        months
    }
}

// ── Text ─────────────────────────────────────────────────────────────────

const BAR: char = '█';
const DAY: char = '◆';
const SPAN: char = '▬';
const RECURRING: char = '●';
const TODAY: char = '│';
const TODAY_ON_BAR: char = '┃';

const RESET: &str = "\x1b[0m";

fn color_of(state: PhaseState) -> &'static str {
    match state {
        PhaseState::Done => "\x1b[32m",
        PhaseState::Active => "\x1b[33m",
        PhaseState::Upcoming => "\x1b[34m",
    }
}

/// A row of the chart area: one character and colour a column.
struct Cells {
    chars: Vec<char>,
    colors: Vec<&'static str>,
}

impl Cells {
    fn new(width: usize) -> Cells {
        Cells {
            chars: vec![' '; width],
            colors: vec![""; width],
        }
    }

    fn set(&mut self, col: Option<usize>, c: char, color: &'static str) {
        if let Some(col) = col.filter(|&c| c < self.chars.len()) {
            self.chars[col] = c;
            self.colors[col] = color;
        }
    }

    fn render(&self, color: bool) -> String {
        let mut out = String::new();
        let mut current = "";
        for (c, paint) in self.chars.iter().zip(&self.colors) {
            if color && *paint != current {
                out.push_str(if paint.is_empty() { RESET } else { paint });
                current = paint;
            }
            out.push(*c);
        }
        if color && !current.is_empty() {
            out.push_str(RESET);
        }
        out
    }
}

/// Maps days to the columns of a chart area `width` wide.
struct Scale {
    from: NaiveDate,
    days: i64,
    width: usize,
}

impl Scale {
    /// The column of a day, or `None` outside the chart.
    fn col(&self, day: NaiveDate) -> Option<usize> {
        let offset = (day - self.from).num_days();
        (0..self.days)
            .contains(&offset)
            .then(|| ((offset as u128 * self.width as u128) / self.days as u128) as usize)
    }

    /// The columns a span of days covers, clipped to the chart; at least one.
    fn cols(&self, first: NaiveDate, last: NaiveDate) -> Option<(usize, usize)> {
        let end = self.from + chrono::Duration::days(self.days - 1);
        if last < self.from || first > end {
            return None;
        }
        let a = self.col(first.max(self.from))?;
        let b = self.col(last.min(end))?;
        Some((a, b.max(a)))
    }
}

/// Labels placed left to right on one line, each only where it does not
/// run into the one before. Returns false if any had to be left out.
fn place(line: &mut [char], labels: &[(usize, String)]) -> bool {
    let mut next_free = 0;
    let mut all = true;
    for (col, text) in labels {
        let len = text.chars().count();
        if *col < next_free || col + len > line.len() {
            all = false;
            continue;
        }
        for (i, c) in text.chars().enumerate() {
            line[col + i] = c;
        }
        next_free = col + len + 1;
    }
    all
}

const MONTH_INITIALS: [char; 12] = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];

/// The chart for a terminal, no line wider than `width` display columns.
pub fn text(chart: &Chart, width: usize, color: bool) -> String {
    let width = width.max(20);
    let longest = chart
        .lanes
        .iter()
        .map(|l| crate::text::display_width(&l.label))
        .max()
        .unwrap_or(0)
        .max(6);
    let label_width = longest.min(width / 4).max(4);
    let area = width - label_width - 1;
    let scale = Scale {
        from: chart.from,
        days: chart.days(),
        width: area,
    };
    let pad = |text: &str| {
        let cut = crate::text::fit(&crate::text::printable(text), label_width);
        let w = crate::text::display_width(&cut);
        cut + &" ".repeat(label_width - w) + " "
    };
    let mut out = crate::text::fit(&crate::text::printable(&chart.title), width) + "\n";

    // The axis: years, then month initials, or quarters when months do not fit.
    let months = chart.months();
    let mut years = vec![' '; area];
    let year_labels: Vec<(usize, String)> = months
        .iter()
        .enumerate()
        .filter(|(i, m)| *i == 0 || m.month() == 1)
        .filter_map(|(_, m)| Some((scale.col(*m)?, m.year().to_string())))
        .collect();
    place(&mut years, &year_labels);
    let mut ticks = vec![' '; area];
    let month_labels: Vec<(usize, String)> = months
        .iter()
        .filter_map(|m| Some((scale.col(*m)?, MONTH_INITIALS[m.month0() as usize].to_string())))
        .collect();
    if !place(&mut ticks, &month_labels) {
        ticks = vec![' '; area];
        // Quarters that start inside the chart; one that would run into
        // the next is left out.
        let quarters: Vec<(usize, String)> = months
            .iter()
            .filter(|m| m.month0() % 3 == 0 && m.day() == 1)
            .filter_map(|m| Some((scale.col(*m)?, format!("Q{}", m.month0() / 3 + 1))))
            .collect();
        place(&mut ticks, &quarters);
    }
    let trim = |s: String| s.trim_end().to_owned();
    out += &trim(pad("") + &years.iter().collect::<String>());
    out.push('\n');
    out += &trim(pad("") + &ticks.iter().collect::<String>());
    out.push('\n');

    let today_col = scale.col(chart.today);
    let row = |label: &str, cells: &mut Cells, out: &mut String| {
        // Today crosses empty cells and bars; markers stay visible.
        match cells.chars.get(today_col.unwrap_or(usize::MAX)) {
            Some(' ') => cells.set(today_col, TODAY, "\x1b[31m"),
            Some(&BAR) => cells.set(today_col, TODAY_ON_BAR, "\x1b[31m"),
            _ => {}
        }
        *out += &trim(pad(label) + &cells.render(color));
        out.push('\n');
    };
    for lane in &chart.lanes {
        let mut cells = Cells::new(area);
        if let Some(bar) = &lane.bar
            && let Some((a, b)) = scale.cols(bar.first, bar.last)
        {
            for col in a..=b {
                cells.set(Some(col), BAR, color_of(bar.state));
            }
        }
        for m in &lane.recurring {
            let middle = m.first + (m.last - m.first) / 2;
            cells.set(scale.col(middle), RECURRING, "\x1b[1;35m");
        }
        if lane.bar.is_some() || !lane.recurring.is_empty() {
            row(&lane.label, &mut cells, &mut out);
        }
        if lane.events.is_empty() {
            continue;
        }
        let mut cells = Cells::new(area);
        for m in &lane.events {
            let paint = if m.done { "\x1b[36m" } else { "\x1b[1;36m" };
            if m.one_day {
                cells.set(scale.col(m.first), DAY, paint);
            } else if let Some((a, b)) = scale.cols(m.first, m.last) {
                for col in a..=b {
                    // A one-day event keeps its diamond where a span crosses it.
                    if cells.chars[col] != DAY {
                        cells.set(Some(col), SPAN, paint);
                    }
                }
            }
        }
        let count = lane.events.len();
        let label = if lane.bar.is_some() {
            format!("  └ {}", crate::text::plural(count, "event"))
        } else {
            lane.label.clone()
        };
        row(&label, &mut cells, &mut out);
    }

    // Under the chart: where today is.
    let note = format!("today {}", chart.today);
    let line = match today_col {
        Some(col) if col + 2 + note.chars().count() <= area => format!("{}▲ {note}", " ".repeat(col)),
        Some(col) if col > note.chars().count() => {
            format!("{}{note} ▲", " ".repeat(col - note.chars().count() - 1))
        }
        Some(_) => note,
        None => format!("{note} (outside the chart)"),
    };
    out += &trim(pad("") + &crate::text::fit(&line, area));
    out.push('\n');
    let legend = [
        format!("{BAR} phase"),
        format!("{DAY} workshop or milestone"),
        format!("{SPAN} month or series"),
        format!("{RECURRING} recurring"),
        format!("{TODAY} today"),
    ];
    out += &wrap_items(&legend, width);
    out
}

/// Items separated by two spaces, on as many lines as `width` needs.
fn wrap_items(items: &[String], width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for item in items {
        let item = crate::text::fit(item, width);
        if !line.is_empty() && crate::text::display_width(&line) + 2 + crate::text::display_width(&item) > width {
            out += &line;
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push_str("  ");
        }
        line += &item;
    }
    out + &line + "\n"
}

// ── SVG ──────────────────────────────────────────────────────────────────

fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0.
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const SVG_WIDTH: f64 = 1200.0;
const SVG_LABELS: f64 = 280.0;
const SVG_ROW: f64 = 28.0;
const SVG_TOP: f64 = 84.0;

fn fill_of(state: PhaseState) -> &'static str {
    match state {
        PhaseState::Done => "#4c9a5f",
        PhaseState::Active => "#e0a030",
        PhaseState::Upcoming => "#7a9cc6",
    }
}

/// A self-contained SVG picture of the chart. The same chart gives the
/// same bytes: coordinates are printed with one decimal.
pub fn svg(chart: &Chart) -> String {
    let area = SVG_WIDTH - SVG_LABELS - 20.0;
    let days = chart.days() as f64;
    let x = |day: NaiveDate| SVG_LABELS + ((day - chart.from).num_days() as f64).clamp(0.0, days) * area / days;
    let x_end = |day: NaiveDate| x(day + chrono::Duration::days(1));
    let rows: usize = chart
        .lanes
        .iter()
        .map(|l| usize::from(l.bar.is_some() || !l.recurring.is_empty()) + usize::from(!l.events.is_empty()))
        .sum();
    let chart_bottom = SVG_TOP + rows as f64 * SVG_ROW;
    let height = chart_bottom + 80.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{SVG_WIDTH:.0}" height="{height:.0}" viewBox="0 0 {SVG_WIDTH:.0} {height:.0}" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, "<title>{}</title>", xml(&chart.title));
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r##"<text x="20" y="28" font-size="18" font-weight="bold" fill="#222">{}</text>"##,
        xml(&chart.title)
    );
    // Axis: a line a month, a label a year and a month initial.
    let _ = writeln!(s, r#"<g class="axis">"#);
    for month in chart.months() {
        let mx = x(month);
        let first = month.day() == 1;
        let stroke = if month.month() == 1 && first { "#999" } else { "#e2e2e2" };
        let _ = writeln!(
            s,
            r#"<line class="month" data-month="{}" x1="{mx:.1}" y1="{:.1}" x2="{mx:.1}" y2="{chart_bottom:.1}" stroke="{stroke}"/>"#,
            month.format("%Y-%m"),
            SVG_TOP - 18.0
        );
        let next = add_months(month.with_day(1).unwrap_or(month), 1)
            .unwrap_or(chart.to)
            .min(chart.to + chrono::Duration::days(1));
        let middle = (mx + x(next)) / 2.0;
        if x(next) - mx >= 9.0 {
            let _ = writeln!(
                s,
                r##"<text x="{middle:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##,
                SVG_TOP - 6.0,
                MONTH_INITIALS[month.month0() as usize]
            );
        }
        if month.month() == 1 || month == chart.from {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" fill="#222" font-weight="bold">{}</text>"##,
                mx + 2.0,
                SVG_TOP - 24.0,
                month.year()
            );
        }
    }
    let _ = writeln!(s, "</g>");
    let mut y = SVG_TOP;
    // About 6 px a character at 12 px: labels are cut to stay left of the chart.
    let label = |s: &mut String, y: f64, text: &str, indent: f64, bold: bool| {
        let text = crate::text::fit(text, ((SVG_LABELS - 36.0 - indent) / 6.2) as usize);
        let weight = if bold { r#" font-weight="bold""# } else { "" };
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="{:.1}" fill="#222"{weight}>{}</text>"##,
            20.0 + indent,
            y + SVG_ROW / 2.0 + 4.0,
            xml(&text)
        );
    };
    for lane in &chart.lanes {
        if lane.bar.is_some() || !lane.recurring.is_empty() {
            let _ = writeln!(s, r#"<g class="phase" data-id="{}">"#, xml(&lane.id));
            label(&mut s, y, &lane.label, 0.0, true);
            if let Some(bar) = &lane.bar {
                let (x1, x2) = (x(bar.first), x_end(bar.last));
                let _ = writeln!(
                    s,
                    r#"<rect class="bar" data-state="{}" x="{x1:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="4" fill="{}"><title>{} ({}): {}</title></rect>"#,
                    bar.state.as_str(),
                    y + 5.0,
                    (x2 - x1).max(1.0),
                    SVG_ROW - 10.0,
                    fill_of(bar.state),
                    xml(&lane.label),
                    xml(&lane.id),
                    xml(&bar.when)
                );
            }
            for m in &lane.recurring {
                let cx = (x(m.first) + x_end(m.last)) / 2.0;
                let _ = writeln!(
                    s,
                    r##"<circle class="recurring" data-id="{}" data-date="{}" cx="{cx:.1}" cy="{:.1}" r="5" fill="#8e44ad" stroke="#fff" stroke-width="1.5"><title>{}: {}</title></circle>"##,
                    xml(&m.id),
                    xml(&m.when),
                    y + SVG_ROW / 2.0,
                    xml(&m.title),
                    xml(&m.when)
                );
            }
            let _ = writeln!(s, "</g>");
            y += SVG_ROW;
        }
        if lane.events.is_empty() {
            continue;
        }
        let _ = writeln!(s, r#"<g class="events" data-phase="{}">"#, xml(&lane.id));
        let count = lane.events.len();
        let text = if lane.bar.is_some() {
            crate::text::plural(count, "event")
        } else {
            lane.label.clone()
        };
        label(
            &mut s,
            y,
            &text,
            if lane.bar.is_some() { 14.0 } else { 0.0 },
            lane.bar.is_none(),
        );
        let cy = y + SVG_ROW / 2.0;
        for m in &lane.events {
            let fill = if m.done { "#2a7f8f" } else { "#17becf" };
            let tip = format!("<title>{}: {}</title>", xml(&m.title), xml(&m.when));
            if m.one_day {
                let cx = (x(m.first) + x_end(m.first)) / 2.0;
                let _ = writeln!(
                    s,
                    r#"<polygon class="event" data-kind="{}" data-id="{}" data-date="{}" points="{cx:.1},{:.1} {:.1},{cy:.1} {cx:.1},{:.1} {:.1},{cy:.1}" fill="{fill}">{tip}</polygon>"#,
                    m.kind.as_str(),
                    xml(&m.id),
                    xml(&m.when),
                    cy - 7.0,
                    cx + 7.0,
                    cy + 7.0,
                    cx - 7.0
                );
            } else {
                let (x1, x2) = (x(m.first), x_end(m.last));
                let _ = writeln!(
                    s,
                    r#"<rect class="event" data-kind="{}" data-id="{}" data-date="{}" x="{x1:.1}" y="{:.1}" width="{:.1}" height="8" rx="3" fill="{fill}" fill-opacity="0.8">{tip}</rect>"#,
                    m.kind.as_str(),
                    xml(&m.id),
                    xml(&m.when),
                    cy - 4.0,
                    (x2 - x1).max(3.0)
                );
            }
        }
        let _ = writeln!(s, "</g>");
        y += SVG_ROW;
    }
    if (chart.from..=chart.to).contains(&chart.today) {
        let tx = (x(chart.today) + x_end(chart.today)) / 2.0;
        let _ = writeln!(
            s,
            r##"<g class="today" data-date="{}"><line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#d62728" stroke-width="2" stroke-dasharray="5,3"/><text x="{tx:.1}" y="{:.1}" text-anchor="middle" fill="#d62728">today {}</text></g>"##,
            chart.today,
            SVG_TOP - 16.0,
            chart_bottom + 4.0,
            chart_bottom + 18.0,
            chart.today
        );
    }
    // Legend.
    let ly = height - 22.0;
    let _ = writeln!(s, r#"<g class="legend" font-size="11">"#);
    let mut lx = 20.0;
    for (state, name) in [
        (PhaseState::Done, "done"),
        (PhaseState::Active, "active"),
        (PhaseState::Upcoming, "upcoming"),
    ] {
        let _ = writeln!(
            s,
            r##"<rect x="{lx:.1}" y="{:.1}" width="18" height="10" rx="2" fill="{}"/><text x="{:.1}" y="{ly:.1}" fill="#333">phase {name}</text>"##,
            ly - 9.0,
            fill_of(state),
            lx + 24.0
        );
        lx += 132.0;
    }
    let _ = writeln!(
        s,
        r##"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="#2a7f8f"/><text x="{:.1}" y="{ly:.1}" fill="#333">workshop or milestone</text>"##,
        lx + 6.0,
        ly - 10.0,
        lx + 12.0,
        ly - 4.0,
        lx + 6.0,
        ly + 2.0,
        lx,
        ly - 4.0,
        lx + 18.0
    );
    lx += 170.0;
    let _ = writeln!(
        s,
        r##"<rect x="{lx:.1}" y="{:.1}" width="18" height="8" rx="3" fill="#2a7f8f"/><text x="{:.1}" y="{ly:.1}" fill="#333">month or series</text>"##,
        ly - 8.0,
        lx + 24.0
    );
    lx += 140.0;
    let _ = writeln!(
        s,
        r##"<circle cx="{:.1}" cy="{:.1}" r="5" fill="#8e44ad"/><text x="{:.1}" y="{ly:.1}" fill="#333">recurring meeting</text>"##,
        lx + 6.0,
        ly - 4.0,
        lx + 18.0
    );
    lx += 150.0;
    let _ = writeln!(
        s,
        r##"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#d62728" stroke-width="2" stroke-dasharray="5,3"/><text x="{:.1}" y="{ly:.1}" fill="#333">today</text>"##,
        lx + 6.0,
        ly - 12.0,
        lx + 6.0,
        ly + 2.0,
        lx + 16.0
    );
    let _ = writeln!(s, "</g>");
    s.push_str("</svg>\n");
    s
}

// ── Mermaid ──────────────────────────────────────────────────────────────

/// Text Mermaid's gantt grammar cannot hold (`:` ends a task name, `#` and
/// `;` end a line) written as the entity codes Mermaid decodes when it draws.
fn mermaid_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '#' => out.push_str("#35;"),
            ':' => out.push_str("#58;"),
            ';' => out.push_str("#59;"),
            '%' => out.push_str("#37;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// An id Mermaid cannot mistake for a tag (`done`) or a date (`2021-03`).
fn mermaid_id(id: &str) -> String {
    const KEYWORDS: [&str; 6] = ["done", "active", "crit", "milestone", "after", "until"];
    if id.starts_with(|c: char| c.is_ascii_digit()) || KEYWORDS.contains(&id) {
        format!("t-{id}")
    } else {
        id.to_owned()
    }
}

/// A Mermaid `gantt` block: a section a phase, its bar tagged `done` or
/// `active`, its workshops, milestones and meetings as milestones.
pub fn mermaid(chart: &Chart) -> String {
    let mut s = String::from("gantt\n");
    let _ = writeln!(s, "    title {}", mermaid_text(&chart.title));
    s.push_str("    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m\n");
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let after = |d: NaiveDate| day(d + chrono::Duration::days(1));
    let mut used = std::collections::HashSet::new();
    let mut unique = |id: String| {
        let mut candidate = id.clone();
        let mut n = 2;
        while !used.insert(candidate.clone()) {
            candidate = format!("{id}-{n}");
            n += 1;
        }
        candidate
    };
    for lane in &chart.lanes {
        let _ = writeln!(s, "    section {}", mermaid_text(&lane.label));
        if let Some(bar) = &lane.bar {
            let tag = match bar.state {
                PhaseState::Done => "done, ",
                PhaseState::Active => "active, ",
                PhaseState::Upcoming => "",
            };
            let _ = writeln!(
                s,
                "    {} :{tag}{}, {}, {}",
                mermaid_text(&lane.label),
                unique(mermaid_id(&lane.id)),
                day(bar.first),
                after(bar.last)
            );
        }
        let mut marks: Vec<&Mark> = lane.events.iter().chain(&lane.recurring).collect();
        marks.sort_by_key(|m| (m.first, m.last));
        for m in marks {
            let done = if m.done { "done, " } else { "" };
            let id = unique(mermaid_id(&m.id));
            if m.one_day || m.kind != EventKind::Workshop {
                let _ = writeln!(
                    s,
                    "    {} :milestone, {done}{id}, {}, 0d",
                    mermaid_text(&m.title),
                    day(m.first)
                );
            } else {
                let _ = writeln!(
                    s,
                    "    {} :{done}{id}, {}, {}",
                    mermaid_text(&m.title),
                    day(m.first),
                    after(m.last)
                );
            }
        }
    }
    s
}
