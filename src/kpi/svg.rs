//! `icc kpis --format svg`: the picture a review session looks at — one
//! small chart a performance indicator, in a grid as wide as the picture.
//!
//! Each chart runs, left to right, from the baseline's first day to the
//! target's last, stretched to take in today and every measurement; up
//! and down, over the baseline, the target and every value measured. It
//! draws the planned straight line from baseline to target (dashed), the
//! measurements on or before today as points joined by a line in the
//! colour of the KPI's state (later ones, which the checks report, as
//! hollow grey points on a dotted line), today as a red vertical line,
//! and the target as a ring with its value. Above the chart: the KPI's
//! name (cut with `…` to its room, whole in the tooltip), its latest value
//! with its unit and date, and its state in words on its colour (the
//! table's: achieved green, on track blue, behind amber, missed red, no
//! data grey). A KPI without a readable baseline or target, or without a
//! measurement, still gets its chart, which says so.
//!
//! The axes' words are for people: months by their short names and years,
//! days as the language writes them, values with its decimal mark. Every
//! grid line carries its value or day as a `data-` attribute, each chart
//! its KPI's id and state, so a reader (or a test) can tell what is drawn
//! where. Plan text is escaped for XML and stripped of characters that act
//! on how text reads; nothing runs, nothing is fetched, nothing is styled
//! but by attributes. Linear in the KPIs and their measurements (but the
//! sort of each KPI's measurements by date).

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::{Reading, State};
use crate::lang::{Catalog, args};
use crate::status::KpiView;
use crate::svg::{bold_width, fit_px, text_width, xml};
use crate::timeline::Words;

/// The narrowest picture drawn, in pixels.
const MIN_WIDTH: f64 = 240.0;
/// The margin around the grid, the gap between charts, in pixels.
const MARGIN: f64 = 20.0;
const GAP: f64 = 16.0;
/// The narrowest a chart is where several stand side by side, and every
/// chart's height, in pixels.
const CELL_MIN: f64 = 300.0;
const CELL_HEIGHT: f64 = 250.0;
/// Where the grid starts, under the title and the subtitle.
const GRID_TOP: f64 = 64.0;
/// The room inside a chart's frame, left and right.
const PAD: f64 = 12.0;
/// Where the plot starts and ends in a chart, from its top.
const PLOT_TOP: f64 = 66.0;
const PLOT_BOTTOM: f64 = CELL_HEIGHT - 30.0;
/// The share of the values' span left free above and below them.
const VALUE_PAD: f64 = 0.12;
/// The size of the axes' words, of the details under a name, of a name.
const AXIS_SIZE: f64 = 10.0;
const DETAIL_SIZE: f64 = 11.0;
const NAME_SIZE: f64 = 13.0;
/// The height of a line of the legend.
const LEGEND_ROW: f64 = 18.0;

const TODAY: &str = "#d62728";
const PLANNED: &str = "#7f7f7f";
const LATER: &str = "#9a9a9a";
const GRID: &str = "#e6e6e6";
const TEXT: &str = "#222";
const MUTED: &str = "#555";

/// A state's colour, the colour of its words on it, and the colour of
/// its measurements' line (amber a little darker, to read on white).
fn colours(state: State) -> (&'static str, &'static str, &'static str) {
    match state {
        State::Achieved => ("#2e8540", "#ffffff", "#2e8540"),
        State::OnTrack => ("#1f77b4", "#ffffff", "#1f77b4"),
        State::Behind => ("#f0ad1e", "#222222", "#d08c00"),
        State::Missed => ("#c0392b", "#ffffff", "#c0392b"),
        State::NoData => ("#8a8a8a", "#ffffff", "#6f6f6f"),
    }
}

/// Every KPI of `kpis` as it stands on `today`, a chart each, under the
/// programme's `title`, in a picture `width` pixels wide (at least 240),
/// its words in `lang`. The same KPIs give the same bytes: coordinates are
/// printed with one decimal.
pub fn svg(title: &str, kpis: &[KpiView], today: NaiveDate, lang: &Catalog, width: usize) -> String {
    let width = (width as f64).max(MIN_WIDTH);
    let columns = (((width - 2.0 * MARGIN + GAP) / (CELL_MIN + GAP)).floor() as usize).max(1);
    let cell_width = (width - 2.0 * MARGIN - (columns - 1) as f64 * GAP) / columns as f64;
    let rows = kpis.len().div_ceil(columns);
    let grid_bottom = if kpis.is_empty() {
        GRID_TOP + 24.0
    } else {
        GRID_TOP + rows as f64 * (CELL_HEIGHT + GAP) - GAP
    };
    let words = Words::new(lang);
    let legend = if kpis.is_empty() {
        Vec::new()
    } else {
        legend_layout(legend_entries(kpis, today, lang), width)
    };
    let legend_rows = legend.iter().map(|e| e.row + 1).max().unwrap_or(0);
    let height = grid_bottom + 16.0 + legend_rows as f64 * LEGEND_ROW + 8.0;

    let heading = lang.say("kpis-svg-heading", &args!(date = lang.day(today)));
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="12">"#
    );
    let whole = if title.is_empty() {
        heading.clone()
    } else {
        format!("{title} — {heading}")
    };
    let _ = writeln!(s, "<title>{}</title>", xml(&whole));
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let _ = writeln!(
        s,
        r##"<text class="title" x="{MARGIN:.0}" y="28" font-size="18" font-weight="bold" fill="{TEXT}">{}</text>"##,
        xml(&fit_px(title, width - 2.0 * MARGIN, |t| bold_width(t, 18.0)))
    );
    let _ = writeln!(
        s,
        r##"<text class="subtitle" x="{MARGIN:.0}" y="48" fill="{MUTED}">{}</text>"##,
        xml(&fit_px(&heading, width - 2.0 * MARGIN, |t| text_width(t, 12.0)))
    );
    if kpis.is_empty() {
        let _ = writeln!(
            s,
            r##"<text class="none" x="{MARGIN:.0}" y="{:.1}" fill="{MUTED}">{}</text>"##,
            GRID_TOP + 16.0,
            xml(&fit_px(&lang.text("kpis-none"), width - 2.0 * MARGIN, |t| text_width(
                t, 12.0
            )))
        );
    }
    for (i, kpi) in kpis.iter().enumerate() {
        let x = MARGIN + (i % columns) as f64 * (cell_width + GAP);
        let y = GRID_TOP + (i / columns) as f64 * (CELL_HEIGHT + GAP);
        chart(&mut s, kpi, (x, y, cell_width), today, lang, &words);
    }
    draw_legend(&mut s, &legend, grid_bottom + 16.0 + LEGEND_ROW - 6.0);
    s.push_str("</svg>\n");
    s
}

/// Where a chart's days and values fall in its plot: days from `from`,
/// `days` of them (each a slot, so a chart of one day has room), values
/// from `low` to `high` (the span of the values and their padding, never
/// empty).
struct Plot {
    from: NaiveDate,
    days: f64,
    low: f64,
    high: f64,
    left: f64,
    right: f64,
}

impl Plot {
    /// The x of the start of a day (`offset` days after it for the end of
    /// a target's last day).
    fn x(&self, day: NaiveDate, offset: f64) -> f64 {
        let d = (day - self.from).num_days() as f64 + offset;
        self.left + d / self.days * (self.right - self.left)
    }

    /// The y of a value: halves of the values, so that no difference of
    /// two finite values overflows.
    fn y(&self, value: f64) -> f64 {
        let span = self.high / 2.0 - self.low / 2.0;
        PLOT_BOTTOM - (value / 2.0 - self.low / 2.0) / span * (PLOT_BOTTOM - PLOT_TOP)
    }
}

/// The values' span with room above and below: a span of one value is
/// widened around it.
fn value_range(values: &[f64]) -> (f64, f64) {
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !(low.is_finite() && high.is_finite()) {
        return (0.0, 1.0);
    }
    let half = if high > low {
        (high / 2.0 - low / 2.0) * VALUE_PAD
    } else {
        (low.abs() * 0.1).max(1.0) / 2.0
    };
    let low = (low / 2.0 - half).max(-f64::MAX / 2.0) * 2.0;
    let high = (high / 2.0 + half).min(f64::MAX / 2.0) * 2.0;
    (low, high)
}

/// Values for the lines across a plot from `low` to `high`: round ones, a
/// step of 1, 2 or 5 times a power of ten, about four of them; none where
/// the span is too wide to step through (then the ends are named).
fn value_ticks(low: f64, high: f64) -> Vec<f64> {
    let span = high - low;
    if !(span.is_finite() && span > 0.0) {
        return Vec::new();
    }
    let raw = span / 4.0;
    let power = raw.log10().floor();
    let magnitude = 10f64.powf(power);
    let step = match raw / magnitude {
        n if n < 1.5 => 1.0,
        n if n < 3.5 => 2.0,
        n if n < 7.5 => 5.0,
        _ => 10.0,
    } * magnitude;
    if !(step.is_finite() && step > 0.0) {
        return Vec::new();
    }
    let (first, last) = ((low / step).ceil(), (high / step).floor());
    if !(first.is_finite() && last.is_finite()) || last - first > 12.0 || last < first {
        return Vec::new();
    }
    // Rounded to the step's decimals, so that 3 × 0.1 reads 0.3.
    let decimals = -power as i32;
    (0..=(last - first) as i64)
        .map(|k| {
            let v = (first + k as f64) * step;
            if (0..=15).contains(&decimals) {
                format!("{v:.*}", decimals as usize).parse().unwrap_or(v)
            } else if v.abs() < step / 2.0 {
                0.0
            } else {
                v
            }
        })
        .collect()
}

/// The months steps of the axis's labels may take: a label a month, every
/// two, a quarter, … a year, then years.
const MONTH_STEPS: [i64; 14] = [1, 2, 3, 4, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000];

/// The labels of a plot's time axis: its first days of months at the
/// finest step whose labels do not meet (`sep 2024` a month; `2025` for
/// a step of a year or more), each with its day and x; or, where fewer
/// than two such months fall in the plot, its first and last day written
/// in full (one, where they are the same day or only one fits).
fn time_ticks(plot: &Plot, to: NaiveDate, words: &Words, lang: &Catalog) -> Vec<(NaiveDate, f64, String)> {
    let index = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    let (first, last) = (index(plot.from), index(to));
    let month_px = (plot.right - plot.left) / plot.days * 30.44;
    let month_label = |m: i64, step: i64| {
        let year = m.div_euclid(12);
        if step >= 12 {
            format!("{year}")
        } else {
            format!("{} {year}", words.short_months[m.rem_euclid(12) as usize])
        }
    };
    let widest = |step: i64| {
        (0..12)
            .map(|m| text_width(&month_label(2000 * 12 + m, step), AXIS_SIZE))
            .fold(0.0, f64::max)
    };
    let day_of = |m: i64| {
        i32::try_from(m.div_euclid(12))
            .ok()
            .and_then(|y| NaiveDate::from_ymd_opt(y, m.rem_euclid(12) as u32 + 1, 1))
    };
    let chosen = MONTH_STEPS
        .iter()
        .copied()
        .find(|&step| step as f64 * month_px >= widest(step) + 10.0);
    let mut ticks = Vec::new();
    if let Some(step) = chosen {
        // The first month that starts in the plot, on the step (a step of
        // months divides a year, one of years is whole years: a multiple
        // of the step is a January, or a month of a year's regular part).
        let start = if plot.from.day() == 1 { first } else { first + 1 };
        let mut m = start + (step - start.rem_euclid(step)) % step;
        while m <= last {
            if let Some(day) = day_of(m) {
                ticks.push((day, plot.x(day, 0.0), month_label(m, step)));
            }
            m += step;
        }
    }
    if ticks.len() >= 2 {
        return ticks;
    }
    let from = lang.day(plot.from);
    let mut ends = vec![(plot.from, plot.left, from.clone())];
    let until = lang.day(to);
    if to != plot.from && text_width(&from, AXIS_SIZE) + text_width(&until, AXIS_SIZE) + 10.0 <= plot.right - plot.left
    {
        ends.push((to, plot.right, until));
    }
    ends
}

/// One KPI's chart, its frame at `(x, y)` and `width` wide.
fn chart(
    s: &mut String,
    kpi: &KpiView,
    (x, y, width): (f64, f64, f64),
    today: NaiveDate,
    lang: &Catalog,
    words: &Words,
) {
    let (fill, ink, line) = colours(kpi.state);
    let state: &str = kpi.state.as_str();
    let _ = writeln!(
        s,
        r#"<g class="kpi" data-id="{}" data-state="{state}" transform="translate({x:.1},{y:.1})">"#,
        xml(&kpi.id)
    );
    let name = crate::text::printable(&kpi.name);
    let _ = writeln!(s, "<title>{}</title>", xml(&name));
    let _ = writeln!(
        s,
        r##"<rect class="frame" width="{width:.1}" height="{CELL_HEIGHT:.0}" rx="6" fill="#fbfbfb" stroke="#d9d9d9"/>"##
    );
    let _ = writeln!(
        s,
        r##"<text class="name" x="{PAD:.0}" y="22" font-size="{NAME_SIZE:.0}" font-weight="bold" fill="{TEXT}">{}</text>"##,
        xml(&fit_px(&name, width - 2.0 * PAD, |t| bold_width(t, NAME_SIZE)))
    );
    // The state on its colour, right; the latest value (or the unit) left.
    let said = kpi.state.words(lang);
    let pill_text = fit_px(&said, (width - 2.0 * PAD) / 2.0, |t| bold_width(t, DETAIL_SIZE));
    let pill = bold_width(&pill_text, DETAIL_SIZE) + 12.0;
    let _ = writeln!(
        s,
        r##"<g class="badge"><rect x="{:.1}" y="29" width="{pill:.1}" height="17" rx="8.5" fill="{fill}"/><text class="state" x="{:.1}" y="41.5" font-size="{DETAIL_SIZE:.0}" font-weight="bold" text-anchor="middle" fill="{ink}">{}</text></g>"##,
        width - PAD - pill,
        width - PAD - pill / 2.0,
        xml(&pill_text)
    );
    let unit = crate::text::printable(&kpi.unit);
    let value = |r: Reading| {
        lang.say("kpis-svg-value", &args!(value = r.value, unit = unit.as_ref()))
            .trim_end()
            .to_owned()
    };
    let detail = match kpi.latest {
        Some(r) => lang.say("kpis-svg-latest", &args!(value = value(r), date = lang.date(r.date))),
        None if !unit.is_empty() => lang.say("kpis-svg-unit", &args!(unit = unit.as_ref())),
        None => String::new(),
    };
    let _ = writeln!(
        s,
        r##"<text class="latest" x="{PAD:.0}" y="41.5" font-size="{DETAIL_SIZE:.0}" fill="#444">{}</text>"##,
        xml(&fit_px(&detail, width - 2.0 * PAD - pill - 8.0, |t| text_width(
            t,
            DETAIL_SIZE
        )))
    );

    // What is drawn: baseline, target, measurements (by date, each on or
    // before today or after it), today.
    let mut measured: Vec<Reading> = kpi.measurements.clone();
    measured.sort_by_key(|m| m.date.first());
    let mut values: Vec<f64> = measured.iter().map(|m| m.value).collect();
    values.extend(kpi.baseline.iter().chain(&kpi.target).map(|r| r.value));
    let note = if kpi.baseline.is_none() || kpi.target.is_none() {
        Some(lang.text("kpis-svg-no-plan"))
    } else if kpi.latest.is_none() {
        Some(lang.text("kpis-svg-no-measurement"))
    } else {
        None
    };
    if values.is_empty() {
        draw_note(s, note.as_deref().unwrap_or_default(), width / 2.0, width - 2.0 * PAD);
        let _ = writeln!(s, "</g>");
        return;
    }
    let days = kpi
        .baseline
        .map(|b| b.date.first())
        .into_iter()
        .chain(kpi.target.map(|t| t.date.last()))
        .chain(measured.iter().map(|m| m.date.first()))
        .chain([today]);
    let (from, to) = days.fold((today, today), |(a, b), d| (a.min(d), b.max(d)));
    let (low, high) = value_range(&values);
    let ticks = value_ticks(low, high);
    let labels: Vec<(f64, String)> = if ticks.is_empty() {
        vec![(low, lang.decimal(low)), (high, lang.decimal(high))]
    } else {
        ticks.iter().map(|&v| (v, lang.decimal(v))).collect()
    };
    let room = (width * 0.4).max(20.0);
    let labels: Vec<(f64, String)> = labels
        .into_iter()
        .map(|(v, l)| (v, fit_px(&l, room, |t| text_width(t, AXIS_SIZE))))
        .collect();
    let label_width = labels.iter().map(|(_, l)| text_width(l, AXIS_SIZE)).fold(0.0, f64::max);
    let plot = Plot {
        from,
        days: ((to - from).num_days() + 1) as f64,
        low,
        high,
        left: PAD + label_width + 6.0,
        right: width - PAD - 4.0,
    };

    // The grid: a line a value, a line a labelled month.
    let _ = writeln!(s, r#"<g class="axis" font-size="{AXIS_SIZE:.0}" fill="{MUTED}">"#);
    for (v, label) in &labels {
        let ly = plot.y(*v);
        let _ = writeln!(
            s,
            r#"<line class="value-line" data-value="{v}" x1="{:.1}" y1="{ly:.1}" x2="{:.1}" y2="{ly:.1}" stroke="{GRID}"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            plot.left,
            plot.right,
            plot.left - 5.0,
            ly + 3.5,
            xml(label)
        );
    }
    for (day, tx, label) in time_ticks(&plot, to, words, lang) {
        let half = text_width(&label, AXIS_SIZE) / 2.0;
        let anchor_x = tx.clamp(PAD + half, width - PAD + 4.0 - half);
        let _ = writeln!(
            s,
            r#"<line class="day-line" data-date="{day}" x1="{tx:.1}" y1="{PLOT_TOP:.1}" x2="{tx:.1}" y2="{PLOT_BOTTOM:.1}" stroke="{GRID}"/><text x="{anchor_x:.1}" y="{:.1}" text-anchor="middle">{}</text>"#,
            CELL_HEIGHT - 12.0,
            xml(&label)
        );
    }
    let _ = writeln!(
        s,
        r##"<path d="M{:.1} {PLOT_TOP:.1} V{PLOT_BOTTOM:.1} H{:.1}" fill="none" stroke="#bbb"/>"##,
        plot.left, plot.right
    );
    let _ = writeln!(s, "</g>");

    // The plan: the straight line from baseline to target.
    if let (Some(b), Some(t)) = (kpi.baseline, kpi.target) {
        let _ = writeln!(
            s,
            r#"<line class="planned" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{PLANNED}" stroke-width="1.5" stroke-dasharray="6,4"/>"#,
            plot.x(b.date.first(), 0.0),
            plot.y(b.value),
            plot.x(t.date.last(), 1.0),
            plot.y(t.value)
        );
    }
    // Today.
    let tx = plot.x(today, 0.0);
    let today_words = lang.text("kpis-svg-today");
    let half = text_width(&today_words, AXIS_SIZE) / 2.0;
    let _ = writeln!(
        s,
        r#"<g class="today" data-date="{today}"><line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{PLOT_BOTTOM:.1}" stroke="{TODAY}" stroke-width="1.5" stroke-dasharray="4,3"/><text x="{:.1}" y="{:.1}" font-size="{AXIS_SIZE:.0}" text-anchor="middle" fill="{TODAY}">{}</text></g>"#,
        PLOT_TOP - 2.0,
        tx.clamp(PAD + half, width - PAD - half),
        PLOT_TOP - 5.0,
        xml(&today_words)
    );
    // Measurements: those up to today joined, those after it apart.
    let (done, later): (Vec<Reading>, Vec<Reading>) = measured.iter().partition(|m| m.date.first() <= today);
    let point = |r: &Reading| (plot.x(r.date.first(), 0.0), plot.y(r.value));
    let tip = |r: Reading| lang.say("kpis-svg-point", &args!(value = value(r), date = lang.date(r.date)));
    if done.len() > 1 {
        let d: Vec<String> = done
            .iter()
            .map(point)
            .map(|(px, py)| format!("{px:.1} {py:.1}"))
            .collect();
        let _ = writeln!(
            s,
            r#"<path class="measured" d="M{}" fill="none" stroke="{line}" stroke-width="2" stroke-linejoin="round"/>"#,
            d.join(" L")
        );
    }
    if let (Some(last), false) = (done.last().or(later.first()), later.is_empty()) {
        let d: Vec<String> = std::iter::once(last)
            .chain(&later)
            .map(point)
            .map(|(px, py)| format!("{px:.1} {py:.1}"))
            .collect();
        let _ = writeln!(
            s,
            r#"<path class="measured-later" d="M{}" fill="none" stroke="{LATER}" stroke-width="1.5" stroke-dasharray="2,3"/>"#,
            d.join(" L")
        );
    }
    for r in &done {
        let (px, py) = point(r);
        let _ = writeln!(
            s,
            r##"<circle class="measurement" data-date="{}" data-value="{}" cx="{px:.1}" cy="{py:.1}" r="3.5" fill="{line}" stroke="#ffffff" stroke-width="1"><title>{}</title></circle>"##,
            r.date,
            r.value,
            xml(&tip(*r))
        );
    }
    for r in &later {
        let (px, py) = point(r);
        let words = lang.say("kpis-svg-point-later", &args!(point = tip(*r)));
        let _ = writeln!(
            s,
            r##"<circle class="measurement-later" data-date="{}" data-value="{}" cx="{px:.1}" cy="{py:.1}" r="3.5" fill="#ffffff" stroke="{LATER}" stroke-width="1.5"><title>{}</title></circle>"##,
            r.date,
            r.value,
            xml(&words)
        );
    }
    // The baseline, a small ring; the target, a ring with its value.
    if let Some(b) = kpi.baseline {
        let words = lang.say("kpis-svg-baseline", &args!(point = tip(b)));
        let _ = writeln!(
            s,
            r##"<circle class="baseline" data-date="{}" data-value="{}" cx="{:.1}" cy="{:.1}" r="3" fill="#ffffff" stroke="{PLANNED}" stroke-width="1.5"><title>{}</title></circle>"##,
            b.date,
            b.value,
            plot.x(b.date.first(), 0.0),
            plot.y(b.value),
            xml(&words)
        );
    }
    if let Some(t) = kpi.target {
        let (px, py) = (plot.x(t.date.last(), 1.0), plot.y(t.value));
        let tooltip = lang.say("kpis-svg-target-tip", &args!(point = tip(t)));
        let label = lang.say("kpis-svg-target", &args!(value = value(t)));
        let label = fit_px(&label, (plot.right - plot.left) * 0.6, |t| text_width(t, AXIS_SIZE));
        let w = text_width(&label, AXIS_SIZE);
        // Beside the ring, inside the plot; above it in the plot's upper
        // half, below it in the lower, where the values' padding leaves
        // room; edged in the chart's ground where a line runs under it.
        let (lx, anchor) = if px - 8.0 - w >= plot.left {
            (px - 8.0, "end")
        } else {
            (px + 8.0, "start")
        };
        let ly = if py < (PLOT_TOP + PLOT_BOTTOM) / 2.0 {
            py - 7.0
        } else {
            py + 14.0
        };
        let _ = writeln!(
            s,
            r##"<g class="target" data-date="{}" data-value="{}"><title>{}</title><circle cx="{px:.1}" cy="{py:.1}" r="5.5" fill="#ffffff" stroke="{TEXT}" stroke-width="1.5"/><circle cx="{px:.1}" cy="{py:.1}" r="2" fill="{TEXT}"/><text x="{lx:.1}" y="{ly:.1}" font-size="{AXIS_SIZE:.0}" font-weight="bold" text-anchor="{anchor}" fill="{TEXT}" stroke="#fbfbfb" stroke-width="3" paint-order="stroke">{}</text></g>"##,
            t.date,
            t.value,
            xml(&tooltip),
            xml(&label)
        );
    }
    if let Some(note) = note {
        draw_note(s, &note, (plot.left + plot.right) / 2.0, plot.right - plot.left - 8.0);
    }
    let _ = writeln!(s, "</g>");
}

/// What a chart says instead of what it cannot draw, centred at `x` in
/// the plot, on a white ground over the lines.
fn draw_note(s: &mut String, note: &str, x: f64, room: f64) {
    let note = fit_px(note, room.max(0.0), |t| text_width(t, DETAIL_SIZE));
    let w = text_width(&note, DETAIL_SIZE) + 10.0;
    let middle = (PLOT_TOP + PLOT_BOTTOM) / 2.0;
    let _ = writeln!(
        s,
        r##"<g class="note"><rect x="{:.1}" y="{:.1}" width="{w:.1}" height="18" rx="3" fill="#ffffff" fill-opacity="0.9"/><text x="{x:.1}" y="{:.1}" font-size="{DETAIL_SIZE:.0}" text-anchor="middle" fill="{MUTED}">{}</text></g>"##,
        x - w / 2.0,
        middle - 12.0,
        middle + 1.0,
        xml(&note)
    );
}

// ── Legend ───────────────────────────────────────────────────────────────

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Swatch {
    Planned,
    Measured,
    Later,
    Target,
    Today,
}

/// The width of a swatch and the room after its words, in pixels.
const SWATCH: f64 = 24.0;
const ENTRY_GAP: f64 = 18.0;

struct Entry {
    swatch: Swatch,
    words: String,
    x: f64,
    row: usize,
}

/// What the charts draw, named: the later measurements only where some
/// KPI has one.
fn legend_entries(kpis: &[KpiView], today: NaiveDate, lang: &Catalog) -> Vec<(Swatch, String)> {
    let later = kpis
        .iter()
        .any(|k| k.measurements.iter().any(|m| m.date.first() > today));
    let mut entries = vec![
        (Swatch::Planned, lang.text("kpis-svg-legend-planned")),
        (Swatch::Measured, lang.text("kpis-svg-legend-measured")),
    ];
    if later {
        entries.push((Swatch::Later, lang.text("kpis-svg-legend-later")));
    }
    entries.push((Swatch::Target, lang.text("kpis-svg-legend-target")));
    entries.push((Swatch::Today, lang.text("kpis-svg-today")));
    entries
}

/// The entries one after the other, on as many rows as the width needs.
fn legend_layout(entries: Vec<(Swatch, String)>, width: f64) -> Vec<Entry> {
    let room = width - 2.0 * MARGIN;
    let (mut x, mut row) = (MARGIN, 0);
    let mut out = Vec::with_capacity(entries.len());
    for (swatch, words) in entries {
        let words = fit_px(&words, room - SWATCH, |t| text_width(t, DETAIL_SIZE));
        let w = SWATCH + text_width(&words, DETAIL_SIZE);
        if x > MARGIN && x + w > width - MARGIN {
            x = MARGIN;
            row += 1;
        }
        out.push(Entry { swatch, words, x, row });
        x += w + ENTRY_GAP;
    }
    out
}

fn draw_legend(s: &mut String, entries: &[Entry], top: f64) {
    if entries.is_empty() {
        return;
    }
    let _ = writeln!(s, r#"<g class="legend" font-size="{DETAIL_SIZE:.0}">"#);
    for e in entries {
        let (lx, ly) = (e.x, top + e.row as f64 * LEGEND_ROW);
        let mid = ly - 4.0;
        let swatch = match e.swatch {
            Swatch::Planned => format!(
                r#"<line x1="{lx:.1}" y1="{mid:.1}" x2="{:.1}" y2="{mid:.1}" stroke="{PLANNED}" stroke-width="1.5" stroke-dasharray="6,4"/>"#,
                lx + 18.0
            ),
            Swatch::Measured => format!(
                r##"<line x1="{lx:.1}" y1="{mid:.1}" x2="{:.1}" y2="{mid:.1}" stroke="#444" stroke-width="2"/><circle cx="{:.1}" cy="{mid:.1}" r="3.5" fill="#444"/>"##,
                lx + 18.0,
                lx + 9.0
            ),
            Swatch::Later => format!(
                r##"<circle cx="{:.1}" cy="{mid:.1}" r="3.5" fill="#ffffff" stroke="{LATER}" stroke-width="1.5"/>"##,
                lx + 9.0
            ),
            Swatch::Target => format!(
                r##"<circle cx="{0:.1}" cy="{mid:.1}" r="5.5" fill="#ffffff" stroke="{TEXT}" stroke-width="1.5"/><circle cx="{0:.1}" cy="{mid:.1}" r="2" fill="{TEXT}"/>"##,
                lx + 9.0
            ),
            Swatch::Today => format!(
                r#"<line x1="{0:.1}" y1="{1:.1}" x2="{0:.1}" y2="{2:.1}" stroke="{TODAY}" stroke-width="1.5" stroke-dasharray="4,3"/>"#,
                lx + 9.0,
                ly - 12.0,
                ly + 2.0
            ),
        };
        let _ = writeln!(
            s,
            r##"<g class="entry">{swatch}<text x="{:.1}" y="{ly:.1}" fill="#333">{}</text></g>"##,
            lx + SWATCH,
            xml(&e.words)
        );
    }
    let _ = writeln!(s, "</g>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_ticks_are_round_and_few() {
        assert_eq!(value_ticks(0.0, 100.0), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(value_ticks(0.25, 0.95), [0.4, 0.6, 0.8]);
        assert_eq!(value_ticks(-7.0, 3.0), [-6.0, -4.0, -2.0, 0.0, 2.0]);
        let huge = value_ticks(1e300, 5e300);
        assert!((2..=12).contains(&huge.len()), "{huge:?}");
        // Too wide to step through: none, and the ends are named instead.
        assert!(value_ticks(-f64::MAX, f64::MAX).is_empty());
        assert!(value_ticks(1.0, 1.0).is_empty());
    }

    #[test]
    fn value_range_pads_and_never_overflows() {
        assert_eq!(value_range(&[5.0]), (4.0, 6.0));
        let (low, high) = value_range(&[0.0, 100.0]);
        assert!((low + 12.0).abs() < 1e-9 && (high - 112.0).abs() < 1e-9, "{low} {high}");
        let (low, high) = value_range(&[-f64::MAX, f64::MAX]);
        assert!(low.is_finite() && high.is_finite() && low < high);
        let (low, high) = value_range(&[1e300]);
        assert!(low < 1e300 && 1e300 < high);
    }
}
