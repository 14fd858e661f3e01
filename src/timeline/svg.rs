//! The chart as a self-contained SVG picture for a report: the same rows as
//! the terminal chart, drawn in pixels, with every bar and marker carrying
//! its id and date as `data-` attributes and a tooltip. Each part of the
//! picture (axis, a lane's rows, today's line, legend) is its own function.
//! What the terminal chart says in words, the picture says too: a window
//! with nothing in it (where the plan runs instead), a today outside the
//! chart, a phase without dates.

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::{Chart, Lane, MONTH_INITIALS, Mark};
use crate::date::add_months;
use crate::status::PhaseState;

/// The widest the labels left of the chart get, in pixels (a quarter of
/// a narrower picture).
const SVG_LABELS: f64 = 280.0;
/// The narrowest picture drawn, in pixels.
const SVG_MIN_WIDTH: f64 = 240.0;
/// The height of one row, in pixels.
const SVG_ROW: f64 = 28.0;
/// Where the first row starts, under the title and the axis, in pixels.
const SVG_TOP: f64 = 84.0;
/// The height of a line of the legend, in pixels.
const LEGEND_ROW: f64 = 18.0;
/// About how wide a character of 12 px text is, and of the legend's
/// 11 px text, in pixels.
const CHAR: f64 = 6.2;
const LEGEND_CHAR: f64 = 5.8;
/// The colours of the marks of events done (or past), still to come, under
/// way (the colour of an active phase) and overdue, of a cancelled one, of
/// recurring meetings and of today's line.
const EVENT_DONE: &str = "#2a7f8f";
const EVENT_COMING: &str = "#17becf";
const UNDERWAY: &str = "#e0a030";
const OVERDUE: &str = "#c0392b";
const CANCELLED: &str = "#b0b0b0";
const CANCELLED_STROKE: &str = "#555";
const RECURRING: &str = "#8e44ad";
const TODAY: &str = "#d62728";

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
    /// The picture's width, and the width of the labels left of the chart.
    width: f64,
    labels: f64,
}

impl Frame<'_> {
    /// The x of the start of a day, clamped to the chart, in pixels.
    fn x(&self, day: NaiveDate) -> f64 {
        let area = self.width - self.labels - 20.0;
        self.labels + ((day - self.chart.from).num_days() as f64).clamp(0.0, self.days) * area / self.days
    }

    /// The x of the end of a day, in pixels.
    fn x_end(&self, day: NaiveDate) -> f64 {
        self.x(day + chrono::Duration::days(1))
    }

    /// The x of the end of the chart.
    fn right(&self) -> f64 {
        self.width - 20.0
    }
}

/// Whether a lane has a row for its bar and meetings (it always has one
/// for its events when it has any). A phase without dates has this row
/// only, its name and its events on it.
fn has_bar_row(lane: &Lane) -> bool {
    lane.bar.is_some() || !lane.recurring.is_empty() || lane.undated
}

/// Whether a lane's events have a row of their own, under its bar.
fn has_events_row(lane: &Lane) -> bool {
    !lane.events.is_empty() && !lane.undated
}

/// The height of a line of the words that say a window holds nothing.
const NOTE_LINE: f64 = 16.0;

/// What a chart with nothing to draw says instead, in lines that fit a
/// picture `width` pixels wide; nothing for a chart with something in it.
fn nothing_lines(chart: &Chart, width: f64) -> Vec<String> {
    if !chart.is_empty() {
        return Vec::new();
    }
    let words = match chart.span {
        Some((first, last)) => format!("nothing in this window (the plan runs from {first} to {last})"),
        None => "nothing to draw (no phase or event of the plan has a date)".to_owned(),
    };
    let room = ((width - 40.0) / CHAR).max(10.0) as usize;
    let mut lines: Vec<String> = Vec::new();
    for word in words.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= room => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// A self-contained SVG picture of the chart, `width` pixels wide (at
/// least 240). The same chart gives the same bytes: coordinates are
/// printed with one decimal.
pub fn svg(chart: &Chart, width: usize) -> String {
    let width = (width as f64).max(SVG_MIN_WIDTH);
    let rows: usize = chart
        .lanes
        .iter()
        .map(|l| usize::from(has_bar_row(l)) + usize::from(has_events_row(l)))
        .sum();
    let nothing = nothing_lines(chart, width);
    let nothing_height = if nothing.is_empty() {
        0.0
    } else {
        (nothing.len() as f64 * NOTE_LINE + 12.0).max(SVG_ROW)
    };
    let frame = Frame {
        chart,
        days: chart.days() as f64,
        bottom: SVG_TOP + rows as f64 * SVG_ROW + nothing_height,
        width,
        labels: SVG_LABELS.min(width / 4.0),
    };
    let legend = legend_layout(&legend_entries(chart), width);
    let legend_rows = legend.iter().map(|e| e.row + 1).max().unwrap_or(1);
    let height = frame.bottom + 80.0 + (legend_rows - 1) as f64 * LEGEND_ROW;
    let mut s = String::new();
    header(&mut s, chart, width, height);
    axis(&mut s, &frame);
    let mut y = SVG_TOP;
    for lane in &chart.lanes {
        if has_bar_row(lane) {
            bar_row(&mut s, &frame, lane, y);
            if lane.undated && !lane.events.is_empty() {
                events_row(&mut s, &frame, lane, y, false);
            }
            y += SVG_ROW;
        }
        if has_events_row(lane) {
            events_row(&mut s, &frame, lane, y, true);
            y += SVG_ROW;
        }
    }
    if !nothing.is_empty() {
        let _ = writeln!(s, r#"<g class="nothing">"#);
        for (i, line) in nothing.iter().enumerate() {
            let _ = writeln!(
                s,
                r##"<text x="20" y="{:.1}" fill="#555">{}</text>"##,
                y + 18.0 + i as f64 * NOTE_LINE,
                xml(line)
            );
        }
        let _ = writeln!(s, "</g>");
    }
    today_line(&mut s, &frame);
    draw_legend(&mut s, &legend, frame.bottom + 58.0);
    s.push_str("</svg>\n");
    s
}

/// The opening tag, the title and the white background.
fn header(s: &mut String, chart: &Chart, width: f64, height: f64) {
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, "<title>{}</title>", xml(&chart.title));
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    // About 10.5 px a character of bold 18 px text.
    let title = crate::text::fit(&crate::text::printable(&chart.title), ((width - 40.0) / 10.5) as usize);
    let _ = writeln!(
        s,
        r##"<text x="20" y="28" font-size="18" font-weight="bold" fill="#222">{}</text>"##,
        xml(&title)
    );
}

/// About how many pixels a period's name takes above the axis (bold 12 px
/// text and a little room).
fn name_width(name: &str) -> f64 {
    name.chars().count() as f64 * 7.5 + 6.0
}

/// A period's name above the axis, bold, from `x1` to `x2`: at its start,
/// or, where it has too little room, ending where the next period starts
/// (into the space left of the chart, or the period before). A year's name
/// has class `year-name` and the year as `data-year`.
fn period_label(s: &mut String, x1: f64, x2: f64, name: &str, year: Option<i32>) {
    let (x, anchor) = if x2 - x1 >= name_width(name) {
        (x1 + 2.0, "start")
    } else {
        (x2 - 4.0, "end")
    };
    let class = year.map_or(String::new(), |y| format!(r#" class="year-name" data-year="{y:04}""#));
    let _ = writeln!(
        s,
        r##"<text{class} x="{x:.1}" y="{:.1}" text-anchor="{anchor}" fill="#222" font-weight="bold">{name}</text>"##,
        SVG_TOP - 24.0
    );
}

/// The axis: for a chart in months, a line a month, a month initial (or
/// a quarter, where months are narrow) and every year's name (`'21` where
/// there is no room for `2021`), or where years are too narrow for that,
/// the years of a regular step, each at its line; for a short chart, a
/// line a week (or a day) with the day of the month, and every month's
/// name.
fn axis(s: &mut String, frame: &Frame) {
    let _ = writeln!(s, r#"<g class="axis">"#);
    if frame.chart.short {
        axis_days(s, frame);
    } else {
        axis_months(s, frame);
    }
    let _ = writeln!(s, "</g>");
}

/// Steps of the years named where not every year can be: 1, 2, 5, 10, 20…
const YEAR_STEPS: [i32; 13] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
/// How far left of its line, in pixels, the last year named may start so
/// as to end inside the picture (less than half a name).
const LAST_NAME_SHIFT: f64 = 12.0;
/// Months narrower than this, in pixels, on average, get no line each
/// (their lines would run together): years get one instead.
const MONTH_LINE_MIN: f64 = 3.0;

fn axis_months(s: &mut String, frame: &Frame) {
    let chart = frame.chart;
    let line_top = SVG_TOP - 18.0;
    let months = chart.months();
    let dense = (frame.right() - frame.labels) / (months.len() as f64) < MONTH_LINE_MIN;
    let year_line = |s: &mut String, year: i32, x: f64| {
        let _ = writeln!(
            s,
            r##"<line class="year" data-year="{year:04}" x1="{x:.1}" y1="{line_top:.1}" x2="{x:.1}" y2="{:.1}" stroke="#999"/>"##,
            frame.bottom
        );
    };
    let next_of = |month: NaiveDate| {
        add_months(month.with_day(1).unwrap_or(month), 1)
            .unwrap_or(chart.to)
            .min(chart.to + chrono::Duration::days(1))
    };
    let narrow = months
        .iter()
        .any(|m| m.day() == 1 && frame.x(next_of(*m)) - frame.x(*m) < 9.0);
    for &month in months.iter().filter(|_| !dense) {
        let mx = frame.x(month);
        let first = month.day() == 1;
        let stroke = if month.month() == 1 && first { "#999" } else { "#e2e2e2" };
        let _ = writeln!(
            s,
            r#"<line class="month" data-month="{}" x1="{mx:.1}" y1="{line_top:.1}" x2="{mx:.1}" y2="{:.1}" stroke="{stroke}"/>"#,
            month.format("%Y-%m"),
            frame.bottom
        );
        let next = next_of(month);
        if !narrow {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##,
                (mx + frame.x(next)) / 2.0,
                SVG_TOP - 6.0,
                MONTH_INITIALS[month.month0() as usize]
            );
        } else if first && month.month0() % 3 == 0 {
            let end = add_months(month, 3)
                .unwrap_or(chart.to)
                .min(chart.to + chrono::Duration::days(1));
            if frame.x(end) - mx >= 20.0 {
                let _ = writeln!(
                    s,
                    r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555">Q{}</text>"##,
                    (mx + frame.x(end)) / 2.0,
                    SVG_TOP - 6.0,
                    month.month0() / 3 + 1
                );
            }
        }
    }
    // Every year, by its full name if every year after the first has room
    // for one, else as `'21` if every whole year has room for that and no
    // two years of the chart read the same (it spans at most a hundred).
    let four = |year: i32| format!("{year:04}");
    let two = |year: i32| format!("'{:02}", year.rem_euclid(100));
    let two_digits = chart.to.year() - chart.from.year() < 100;
    let years: Vec<(i32, f64, f64)> = (chart.from.year()..=chart.to.year())
        .map(|year| {
            let start = NaiveDate::from_ymd_opt(year, 1, 1).map_or(chart.from, |d| d.max(chart.from));
            let end = NaiveDate::from_ymd_opt(year + 1, 1, 1)
                .map_or(chart.to, |d| d.min(chart.to + chrono::Duration::days(1)));
            (year, frame.x(start), frame.x(end).min(frame.right()))
        })
        .collect();
    let whole = || years.iter().skip(1).take(years.len().saturating_sub(2));
    let full = years.iter().skip(1).all(|(_, x1, x2)| x2 - x1 >= name_width("2021"));
    if full || (two_digits && whole().all(|(_, x1, x2)| x2 - x1 >= name_width("'21"))) {
        for (year, x1, x2) in years {
            if dense && NaiveDate::from_ymd_opt(year, 1, 1).is_some_and(|jan| jan >= chart.from) {
                year_line(s, year, x1);
            }
            let name = if full { four(year) } else { two(year) };
            period_label(s, x1, x2.max(x1 + 24.0), &name, Some(year));
        }
        return;
    }
    // Else the years of the finest regular step at which each name has
    // room before the next: each named from its line, but the last, which
    // may start a little left of it to end inside the picture.
    let starts = |step: i32| {
        let first = chart.from.year() + (step - chart.from.year().rem_euclid(step)) % step;
        (first..=chart.to.year())
            .step_by(usize::try_from(step).unwrap_or(1))
            .filter_map(|year| NaiveDate::from_ymd_opt(year, 1, 1))
            .filter(|jan| (chart.from..=chart.to).contains(jan))
            .map(|jan| (jan.year(), frame.x(jan)))
            .collect::<Vec<(i32, f64)>>()
    };
    let text_width = |name: &str| name.chars().count() as f64 * 7.5;
    let last_start = |x: f64, name: &str| (x + 2.0).min(frame.width - 2.0 - text_width(name));
    let fits = |named: &[(i32, f64)], name: &dyn Fn(i32) -> String| {
        let last = match named {
            [.., (before, xb), (year, x)] => {
                let start = last_start(*x, &name(*year));
                x + 2.0 - start <= LAST_NAME_SHIFT && start >= xb + 2.0 + text_width(&name(*before)) + 4.0
            }
            [(year, x)] => x + 2.0 - last_start(*x, &name(*year)) <= LAST_NAME_SHIFT,
            [] => true,
        };
        last && named.windows(2).all(|w| w[1].1 - w[0].1 >= name_width(&name(w[0].0)))
    };
    let named = YEAR_STEPS.iter().find_map(|&step| {
        let named = starts(step);
        let name: &dyn Fn(i32) -> String = if fits(&named, &four) {
            &four
        } else if two_digits && fits(&named, &two) {
            &two
        } else {
            return None;
        };
        Some(
            named
                .into_iter()
                .map(|(year, x)| (year, x, name(year)))
                .collect::<Vec<_>>(),
        )
    });
    let named = named.unwrap_or_default();
    for (i, (year, x, name)) in named.iter().enumerate() {
        year_line(s, *year, *x);
        let start = if i + 1 == named.len() {
            last_start(*x, name)
        } else {
            x + 2.0
        };
        let _ = writeln!(
            s,
            r##"<text class="year-name" data-year="{year:04}" x="{start:.1}" y="{:.1}" fill="#222" font-weight="bold">{name}</text>"##,
            SVG_TOP - 24.0
        );
    }
}

fn axis_days(s: &mut String, frame: &Frame) {
    let chart = frame.chart;
    let line_top = SVG_TOP - 18.0;
    let day_px = (frame.right() - frame.labels) / frame.days;
    for day in chart.from.iter_days().take_while(|d| *d <= chart.to) {
        let x = frame.x(day);
        let monday = day.weekday() == chrono::Weekday::Mon;
        if day.day() == 1 || day == chart.from {
            if day.day() == 1 {
                let _ = writeln!(
                    s,
                    r##"<line class="month" data-month="{}" x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#999"/>"##,
                    day.format("%Y-%m"),
                    line_top - 8.0,
                    frame.bottom
                );
            }
            let name = if day == chart.from || day.month() == 1 {
                day.format("%b %Y").to_string()
            } else {
                day.format("%b").to_string()
            };
            let next = crate::date::last_of_month(day).min(chart.to);
            period_label(s, x, frame.x_end(next), &name, None);
        }
        if monday || day_px >= 18.0 {
            let class = if monday { "week" } else { "day" };
            let stroke = if monday { "#e2e2e2" } else { "#f0f0f0" };
            let _ = writeln!(
                s,
                r#"<line class="{class}" data-date="{day}" x1="{x:.1}" y1="{line_top:.1}" x2="{x:.1}" y2="{:.1}" stroke="{stroke}"/>"#,
                frame.bottom
            );
        }
        if day_px >= 18.0 {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##,
                x + day_px / 2.0,
                SVG_TOP - 6.0,
                day.day()
            );
        } else if monday && day_px * 7.0 >= 16.0 {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" fill="#555">{}</text>"##,
                x + 3.0,
                SVG_TOP - 6.0,
                day.day()
            );
        }
    }
}

/// A row's label, `indent` pixels in: `text` cuts it to a number of
/// characters. About 6 px a character at 12 px: labels are cut to stay
/// left of the chart.
fn label(s: &mut String, labels: f64, y: f64, text: impl Fn(usize) -> String, indent: f64, bold: bool) {
    let text = text(((labels - 36.0 - indent) / CHAR).max(1.0) as usize);
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{:.1}" fill="#222"{weight}>{}</text>"##,
        20.0 + indent,
        y + SVG_ROW / 2.0 + 4.0,
        xml(&text)
    );
}

/// A lane's name, safe, cut to `room` characters (with
/// [`super::NO_DATES`] whole for a phase without dates).
fn lane_label(lane: &Lane, room: usize) -> String {
    lane.label_fit(room)
}

/// A lane's first row, at `y`: its name, its bar and its recurring meetings.
fn bar_row(s: &mut String, frame: &Frame, lane: &Lane, y: f64) {
    let undated = if lane.undated { r#" data-dates="none""# } else { "" };
    let _ = writeln!(s, r#"<g class="phase" data-id="{}"{undated}>"#, xml(&lane.id));
    label(s, frame.labels, y, |room| lane_label(lane, room), 0.0, true);
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
            r#"<circle class="recurring" data-id="{}" data-date="{}" data-state="{}" cx="{cx:.1}" cy="{:.1}" r="5" {}><title>{}: {}</title></circle>"#,
            xml(&m.id),
            xml(&m.when),
            if m.done { "held" } else { "to-come" },
            y + SVG_ROW / 2.0,
            recurring_paint(m.done),
            xml(&m.title),
            xml(&m.when)
        );
    }
    let _ = writeln!(s, "</g>");
}

/// How an occurrence of a recurring meeting is painted: filled once held
/// (or past), hollow while to come.
fn recurring_paint(held: bool) -> String {
    if held {
        format!(r##"fill="{RECURRING}" stroke="#fff" stroke-width="1.5""##)
    } else {
        format!(r##"fill="#fff" stroke="{RECURRING}" stroke-width="2""##)
    }
}

/// A lane's events row, at `y`: a diamond a one-day event, a strip a month
/// or a series; an overdue one in red, in a group of class `overdue`.
/// With `labelled`, under a bar it is labelled with the count, and the lane
/// of events in no phase with its name (a phase without dates has its
/// events on its name's row).
fn events_row(s: &mut String, frame: &Frame, lane: &Lane, y: f64, labelled: bool) {
    let _ = writeln!(s, r#"<g class="events" data-phase="{}">"#, xml(&lane.id));
    if labelled && lane.bar.is_some() {
        let count = crate::text::plural(lane.events.len(), "event");
        label(s, frame.labels, y, |room| crate::text::fit(&count, room), 14.0, false);
    } else if labelled {
        label(s, frame.labels, y, |room| lane_label(lane, room), 0.0, true);
    }
    let cy = y + SVG_ROW / 2.0;
    for m in &lane.events {
        if m.cancelled {
            cancelled(s, frame, m, cy);
            continue;
        }
        let (fill, state) = if m.overdue {
            (OVERDUE, " (overdue)")
        } else if m.done {
            (EVENT_DONE, "")
        } else if m.underway {
            (UNDERWAY, " (under way)")
        } else {
            (EVENT_COMING, "")
        };
        let tip = format!("<title>{}: {}{state}</title>", xml(&m.title), xml(&m.when));
        if m.overdue {
            s.push_str(r#"<g class="overdue">"#);
        }
        if m.one_day {
            let cx = (frame.x(m.first) + frame.x_end(m.first)) / 2.0;
            let _ = writeln!(
                s,
                r#"<polygon class="event" data-kind="{}" data-id="{}" data-date="{}" points="{}" fill="{fill}">{tip}</polygon>"#,
                m.kind.as_str(),
                xml(&m.id),
                xml(&m.when),
                diamond(cx, cy, 7.0)
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
        if m.overdue {
            // Inside the group, after the mark's own line.
            s.push_str("</g>\n");
        }
    }
    let _ = writeln!(s, "</g>");
}

/// The points of a diamond around a centre.
fn diamond(cx: f64, cy: f64, r: f64) -> String {
    format!(
        "{cx:.1},{:.1} {:.1},{cy:.1} {cx:.1},{:.1} {:.1},{cy:.1}",
        cy - r,
        cx + r,
        cy + r,
        cx - r
    )
}

/// A cancelled event, struck through in grey: a diamond for a day, a
/// strip for a month or a series, and a line across it.
fn cancelled(s: &mut String, frame: &Frame, m: &Mark, cy: f64) {
    let _ = write!(
        s,
        r#"<g class="cancelled" data-kind="{}" data-id="{}" data-date="{}"><title>{}: {} (cancelled)</title>"#,
        m.kind.as_str(),
        xml(&m.id),
        xml(&m.when),
        xml(&m.title),
        xml(&m.when)
    );
    let (x1, x2) = if m.one_day {
        let cx = (frame.x(m.first) + frame.x_end(m.first)) / 2.0;
        let _ = write!(s, r#"<polygon points="{}" fill="{CANCELLED}"/>"#, diamond(cx, cy, 7.0));
        (cx - 8.0, cx + 8.0)
    } else {
        let (x1, x2) = (frame.x(m.first), frame.x_end(m.last));
        let x2 = x2.max(x1 + 3.0);
        let _ = write!(
            s,
            r#"<rect x="{x1:.1}" y="{:.1}" width="{:.1}" height="8" rx="3" fill="{CANCELLED}"/>"#,
            cy - 4.0,
            x2 - x1
        );
        (x1 - 3.0, x2 + 3.0)
    };
    let _ = writeln!(
        s,
        r#"<line x1="{x1:.1}" y1="{:.1}" x2="{x2:.1}" y2="{:.1}" stroke="{CANCELLED_STROKE}" stroke-width="1.5"/></g>"#,
        cy + 5.0,
        cy - 5.0
    );
}

/// A dashed line down the chart on today, labelled under it; when today
/// is outside the chart, a note under it that says so, at the side today
/// is on.
fn today_line(s: &mut String, frame: &Frame) {
    let chart = frame.chart;
    if !(chart.from..=chart.to).contains(&chart.today) {
        let (x, anchor) = if chart.today < chart.from {
            (20.0, "start")
        } else {
            (frame.right(), "end")
        };
        let _ = writeln!(
            s,
            r##"<text class="today-outside" data-date="{}" x="{x:.1}" y="{:.1}" text-anchor="{anchor}" font-size="11" fill="#555">today {} (outside the chart)</text>"##,
            chart.today,
            frame.bottom + 18.0,
            chart.today
        );
        return;
    }
    let tx = (frame.x(chart.today) + frame.x_end(chart.today)) / 2.0;
    let _ = writeln!(
        s,
        r##"<g class="today" data-date="{}"><line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="{TODAY}" stroke-width="2" stroke-dasharray="5,3"/><text x="{tx:.1}" y="{:.1}" text-anchor="middle" fill="{TODAY}">today {}</text></g>"##,
        chart.today,
        SVG_TOP - 16.0,
        frame.bottom + 4.0,
        frame.bottom + 18.0,
        chart.today
    );
}

/// What a legend entry shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Swatch {
    Bar(PhaseState),
    Diamond(&'static str),
    Strip(&'static str),
    /// A cancelled day, or month or series.
    Cancelled {
        one_day: bool,
    },
    /// An occurrence held, or to come.
    Recurring {
        held: bool,
    },
    Today,
}

/// An entry of the legend, placed: its swatch and words, at `x` on line
/// `row`.
struct Entry {
    swatch: Swatch,
    words: &'static str,
    x: f64,
    row: usize,
}

/// An entry for every mark and colour the chart uses, and for nothing else.
fn legend_entries(chart: &Chart) -> Vec<(Swatch, &'static str)> {
    let state = |s: PhaseState| chart.lanes.iter().any(|l| l.bar.as_ref().is_some_and(|b| b.state == s));
    let event = |f: &dyn Fn(&Mark) -> bool| chart.lanes.iter().flat_map(|l| &l.events).any(f);
    let all = [
        (Swatch::Bar(PhaseState::Done), "phase done", state(PhaseState::Done)),
        (
            Swatch::Bar(PhaseState::Active),
            "phase active",
            state(PhaseState::Active),
        ),
        (
            Swatch::Bar(PhaseState::Upcoming),
            "phase upcoming",
            state(PhaseState::Upcoming),
        ),
        (
            Swatch::Diamond(EVENT_DONE),
            "event, done",
            event(&|m| !m.cancelled && !m.overdue && m.one_day && m.done),
        ),
        (
            Swatch::Diamond(EVENT_COMING),
            "event to come",
            event(&|m| !m.cancelled && !m.overdue && m.one_day && !m.done && !m.underway),
        ),
        (
            Swatch::Diamond(UNDERWAY),
            "event under way",
            event(&|m| !m.cancelled && !m.overdue && m.one_day && !m.done && m.underway),
        ),
        (
            Swatch::Strip(EVENT_DONE),
            "month or series, done",
            event(&|m| !m.cancelled && !m.overdue && !m.one_day && m.done),
        ),
        (
            Swatch::Strip(EVENT_COMING),
            "month or series to come",
            event(&|m| !m.cancelled && !m.overdue && !m.one_day && !m.done && !m.underway),
        ),
        (
            Swatch::Strip(UNDERWAY),
            "month or series under way",
            event(&|m| !m.cancelled && !m.overdue && !m.one_day && !m.done && m.underway),
        ),
        (
            Swatch::Diamond(OVERDUE),
            "overdue (past, still planned)",
            event(&|m| !m.cancelled && m.overdue && m.one_day),
        ),
        (
            Swatch::Strip(OVERDUE),
            "month or series overdue",
            event(&|m| !m.cancelled && m.overdue && !m.one_day),
        ),
        (
            Swatch::Cancelled { one_day: true },
            "cancelled",
            event(&|m| m.cancelled && m.one_day),
        ),
        (
            Swatch::Cancelled { one_day: false },
            "month or series, cancelled",
            event(&|m| m.cancelled && !m.one_day),
        ),
        (
            Swatch::Recurring { held: true },
            "recurring meeting, held",
            chart.lanes.iter().flat_map(|l| &l.recurring).any(|m| m.done),
        ),
        (
            Swatch::Recurring { held: false },
            "recurring meeting to come",
            chart.lanes.iter().flat_map(|l| &l.recurring).any(|m| !m.done),
        ),
        (Swatch::Today, "today", (chart.from..=chart.to).contains(&chart.today)),
    ];
    all.into_iter()
        .filter(|(_, _, shown)| *shown)
        .map(|(swatch, words, _)| (swatch, words))
        .collect()
}

/// The entries left to right, on as many lines as a picture `width`
/// pixels wide needs.
fn legend_layout(entries: &[(Swatch, &'static str)], width: f64) -> Vec<Entry> {
    let mut placed = Vec::new();
    let (mut x, mut row) = (20.0, 0);
    for &(swatch, words) in entries {
        let w = 24.0 + words.chars().count() as f64 * LEGEND_CHAR;
        if x > 20.0 && x + w > width - 20.0 {
            x = 20.0;
            row += 1;
        }
        placed.push(Entry { swatch, words, x, row });
        x += w + 22.0;
    }
    placed
}

/// The legend, its first line at `top`.
fn draw_legend(s: &mut String, entries: &[Entry], top: f64) {
    let _ = writeln!(s, r#"<g class="legend" font-size="11">"#);
    for e in entries {
        let (lx, ly) = (e.x, top + e.row as f64 * LEGEND_ROW);
        let swatch = match e.swatch {
            Swatch::Bar(state) => format!(
                r#"<rect x="{lx:.1}" y="{:.1}" width="18" height="10" rx="2" fill="{}"/>"#,
                ly - 9.0,
                fill_of(state)
            ),
            Swatch::Diamond(fill) => format!(
                r#"<polygon points="{}" fill="{fill}"/>"#,
                diamond(lx + 9.0, ly - 4.0, 6.0)
            ),
            Swatch::Strip(fill) => format!(
                r#"<rect x="{lx:.1}" y="{:.1}" width="18" height="8" rx="3" fill="{fill}" fill-opacity="0.8"/>"#,
                ly - 8.0
            ),
            Swatch::Cancelled { one_day } => {
                let mark = if one_day {
                    format!(
                        r#"<polygon points="{}" fill="{CANCELLED}"/>"#,
                        diamond(lx + 9.0, ly - 4.0, 6.0)
                    )
                } else {
                    format!(
                        r#"<rect x="{lx:.1}" y="{:.1}" width="18" height="8" rx="3" fill="{CANCELLED}"/>"#,
                        ly - 8.0
                    )
                };
                format!(
                    r#"{mark}<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{CANCELLED_STROKE}" stroke-width="1.5"/>"#,
                    lx + 2.0,
                    ly + 1.0,
                    lx + 16.0,
                    ly - 9.0
                )
            }
            Swatch::Recurring { held } => format!(
                r#"<circle cx="{:.1}" cy="{:.1}" r="5" {}/>"#,
                lx + 9.0,
                ly - 4.0,
                recurring_paint(held)
            ),
            Swatch::Today => format!(
                r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{TODAY}" stroke-width="2" stroke-dasharray="5,3"/>"#,
                lx + 9.0,
                ly - 12.0,
                lx + 9.0,
                ly + 2.0
            ),
        };
        let _ = writeln!(
            s,
            r##"<g class="entry">{swatch}<text x="{:.1}" y="{ly:.1}" fill="#333">{}</text></g>"##,
            lx + 24.0,
            e.words
        );
    }
    let _ = writeln!(s, "</g>");
}
