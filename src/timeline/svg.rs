//! The chart as a self-contained SVG picture for a report: the same rows as
//! the terminal chart, drawn in pixels, with every bar and marker carrying
//! its id and date as `data-` attributes and a tooltip. Each part of the
//! picture (axis, a lane's rows, today's line, legend) is its own function.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::{Chart, Lane, MONTH_INITIALS};
use crate::date::add_months;
use crate::status::PhaseState;

/// The picture's width, in pixels.
const SVG_WIDTH: f64 = 1200.0;
/// The width of the labels left of the chart, in pixels.
const SVG_LABELS: f64 = 280.0;
/// The height of one row, in pixels.
const SVG_ROW: f64 = 28.0;
/// Where the first row starts, under the title and the axis, in pixels.
const SVG_TOP: f64 = 84.0;

/// Plan text as XML 1.0 holds it, in a text node or an attribute: the
/// markup characters escaped, and no character XML forbids (C0 controls but
/// tab, LF and CR; U+FFFE, U+FFFF) nor any that acts on how text reads (C1
/// and bidi controls, separators): those become `�`, line breaks and tabs
/// spaces ([`crate::text::printable`]), as a label is one line.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::text::printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

fn fill_of(state: PhaseState) -> &'static str {
    match state {
        PhaseState::Done => "#4c9a5f",
        PhaseState::Active => "#e0a030",
        PhaseState::Upcoming => "#7a9cc6",
    }
}

/// A chart placed on the picture: where its days fall and where it ends.
struct Frame<'a> {
    chart: &'a Chart,
    /// The days the chart shows.
    days: f64,
    /// The y of the bottom of the last row, in pixels.
    bottom: f64,
}

impl Frame<'_> {
    /// The x of the start of a day, clamped to the chart, in pixels.
    fn x(&self, day: NaiveDate) -> f64 {
        let area = SVG_WIDTH - SVG_LABELS - 20.0;
        SVG_LABELS + ((day - self.chart.from).num_days() as f64).clamp(0.0, self.days) * area / self.days
    }

    /// The x of the end of a day, in pixels.
    fn x_end(&self, day: NaiveDate) -> f64 {
        self.x(day + chrono::Duration::days(1))
    }
}

/// Whether a lane has a row for its bar and meetings (it always has one
/// for its events when it has any).
fn has_bar_row(lane: &Lane) -> bool {
    lane.bar.is_some() || !lane.recurring.is_empty()
}

/// A self-contained SVG picture of the chart. The same chart gives the
/// same bytes: coordinates are printed with one decimal.
pub fn svg(chart: &Chart) -> String {
    let rows: usize = chart
        .lanes
        .iter()
        .map(|l| usize::from(has_bar_row(l)) + usize::from(!l.events.is_empty()))
        .sum();
    let frame = Frame {
        chart,
        days: chart.days() as f64,
        bottom: SVG_TOP + rows as f64 * SVG_ROW,
    };
    let height = frame.bottom + 80.0;
    let mut s = String::new();
    header(&mut s, chart, height);
    axis(&mut s, &frame);
    let mut y = SVG_TOP;
    for lane in &chart.lanes {
        if has_bar_row(lane) {
            bar_row(&mut s, &frame, lane, y);
            y += SVG_ROW;
        }
        if !lane.events.is_empty() {
            events_row(&mut s, &frame, lane, y);
            y += SVG_ROW;
        }
    }
    today_line(&mut s, &frame);
    legend(&mut s, height);
    s.push_str("</svg>\n");
    s
}

/// The opening tag, the title and the white background.
fn header(s: &mut String, chart: &Chart, height: f64) {
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
}

/// The axis: a line a month, a label a year and a month initial.
fn axis(s: &mut String, frame: &Frame) {
    let chart = frame.chart;
    let _ = writeln!(s, r#"<g class="axis">"#);
    for month in chart.months() {
        let mx = frame.x(month);
        let first = month.day() == 1;
        let stroke = if month.month() == 1 && first { "#999" } else { "#e2e2e2" };
        let _ = writeln!(
            s,
            r#"<line class="month" data-month="{}" x1="{mx:.1}" y1="{:.1}" x2="{mx:.1}" y2="{:.1}" stroke="{stroke}"/>"#,
            month.format("%Y-%m"),
            SVG_TOP - 18.0,
            frame.bottom
        );
        let next = add_months(month.with_day(1).unwrap_or(month), 1)
            .unwrap_or(chart.to)
            .min(chart.to + chrono::Duration::days(1));
        let middle = (mx + frame.x(next)) / 2.0;
        if frame.x(next) - mx >= 9.0 {
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
}

/// A row's label, `indent` pixels in. About 6 px a character at 12 px:
/// labels are cut to stay left of the chart.
fn label(s: &mut String, y: f64, text: &str, indent: f64, bold: bool) {
    let text = crate::text::fit(
        &crate::text::printable(text),
        ((SVG_LABELS - 36.0 - indent) / 6.2) as usize,
    );
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{:.1}" fill="#222"{weight}>{}</text>"##,
        20.0 + indent,
        y + SVG_ROW / 2.0 + 4.0,
        xml(&text)
    );
}

/// A lane's first row, at `y`: its name, its bar and its recurring meetings.
fn bar_row(s: &mut String, frame: &Frame, lane: &Lane, y: f64) {
    let _ = writeln!(s, r#"<g class="phase" data-id="{}">"#, xml(&lane.id));
    label(s, y, &lane.label, 0.0, true);
    if let Some(bar) = &lane.bar {
        let (x1, x2) = (frame.x(bar.first), frame.x_end(bar.last));
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
        let cx = (frame.x(m.first) + frame.x_end(m.last)) / 2.0;
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
}

/// A lane's events row, at `y`: a diamond a one-day event, a strip a month
/// or a series. Under a bar it is labelled with the count; the lane of
/// events in no phase is labelled with its name.
fn events_row(s: &mut String, frame: &Frame, lane: &Lane, y: f64) {
    let _ = writeln!(s, r#"<g class="events" data-phase="{}">"#, xml(&lane.id));
    let count = lane.events.len();
    let text = if lane.bar.is_some() {
        crate::text::plural(count, "event")
    } else {
        lane.label.clone()
    };
    label(
        s,
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
            let cx = (frame.x(m.first) + frame.x_end(m.first)) / 2.0;
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
            let (x1, x2) = (frame.x(m.first), frame.x_end(m.last));
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
}

/// A dashed line down the chart on today, labelled under it; nothing when
/// today is outside the chart.
fn today_line(s: &mut String, frame: &Frame) {
    let chart = frame.chart;
    if !(chart.from..=chart.to).contains(&chart.today) {
        return;
    }
    let tx = (frame.x(chart.today) + frame.x_end(chart.today)) / 2.0;
    let _ = writeln!(
        s,
        r##"<g class="today" data-date="{}"><line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#d62728" stroke-width="2" stroke-dasharray="5,3"/><text x="{tx:.1}" y="{:.1}" text-anchor="middle" fill="#d62728">today {}</text></g>"##,
        chart.today,
        SVG_TOP - 16.0,
        frame.bottom + 4.0,
        frame.bottom + 18.0,
        chart.today
    );
}

/// The legend, on one line at the bottom of a picture `height` pixels high.
fn legend(s: &mut String, height: f64) {
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
}
