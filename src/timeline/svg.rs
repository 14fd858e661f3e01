//! The chart as a self-contained SVG picture for a report: the same rows as
//! the terminal chart, drawn in pixels, with every bar and marker carrying
//! its id and date as `data-` attributes and a tooltip.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::{Chart, MONTH_INITIALS};
use crate::date::add_months;
use crate::status::PhaseState;

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
