//! The chart for a terminal: a character a column, the phases as bars and
//! the events as markers under them, fitted to a width. Colours come from
//! [`crate::style`], and only when the caller says the stream takes them.
//!
//! The axis has a step: a day, a week or two weeks on a short chart, else a
//! month, a quarter, a half-year, a year or more — the finest whose tick
//! labels fit. Every step is the same whole number of columns, so the ticks
//! fall at regular intervals: on a chart in months every month is as wide
//! as any other (a day is its share of its month). The chart may then end a
//! few columns short of the width; the labels on the left take those
//! columns when they need them. Above the ticks every year is named on a
//! chart in months, quarters or half-years, and every month on a short
//! chart; on a chart in years (where not every year can be), the year of
//! each tick, from the tick's column. A year is `2021`, or `'21` where that
//! does not fit, unless the chart spans more than a hundred years, where
//! two-digit years would be ambiguous; where the names do not fit, the step
//! is coarser, for the ticks and the names alike.
//!
//! Against a baseline, a row under each phase's bar holds its window there
//! as a thin dim line, and after it how far its end moved (`+2 months`);
//! a phase the baseline does not have is marked `+ new` under the start of
//! its bar. The legend names the baseline on lines of their own, wrapped,
//! so that its name is never cut.

use anstyle::Style;
use chrono::{Datelike, NaiveDate};

use super::{Chart, Words};
use crate::date::{PlanDate, last_of_month};
use crate::kpi::State as KpiState;
use crate::lang::{Catalog, args};
use crate::status::PhaseState;
use crate::style;
use crate::text::display_width;

// Each state has a mark of its own as well as a colour, so that the chart
// reads without colour (`NO_COLOR`, a log, a printout).
const BAR: char = '█';
const BAR_ACTIVE: char = '▓';
const BAR_UPCOMING: char = '░';
const DAY: char = '◆';
const DAY_COMING: char = '◇';
const SPAN: char = '▬';
const SPAN_COMING: char = '▭';
/// An event under way today (not done): a day, a month or series.
const DAY_NOW: char = '◈';
const SPAN_NOW: char = '▣';
const OVERDUE: char = '!';
const RECURRING: char = '●';
const RECURRING_COMING: char = '○';
const CANCELLED: char = '✕';
const TODAY: char = '│';
const TODAY_ON_BAR: char = '┃';
/// A KPI's target, by the KPI's state on the day: a bullseye while on
/// track, filled once achieved, a quarter filled while behind, crossed
/// once missed, dotted without data.
const TARGET_ACHIEVED: char = '◉';
const TARGET_ON_TRACK: char = '◎';
const TARGET_BEHIND: char = '◔';
const TARGET_MISSED: char = '⊗';
const TARGET_NO_DATA: char = '◌';
/// The tick of a step of a year or more (the year is named above it).
const YEAR_TICK: char = '|';
/// A phase's window in the baseline, on a row under its bar.
const PLANNED: char = '─';
/// A phase the baseline does not have, under the start of its bar.
const NEW: char = '+';
/// Phases only the baseline has, in the legend.
const GONE: char = '−';

fn target_of(state: KpiState) -> (char, Style) {
    match state {
        KpiState::Achieved => (TARGET_ACHIEVED, style::DONE),
        KpiState::OnTrack => (TARGET_ON_TRACK, style::UPCOMING),
        KpiState::Behind => (TARGET_BEHIND, style::ACTIVE),
        KpiState::Missed => (TARGET_MISSED, style::PROBLEM),
        KpiState::NoData => (TARGET_NO_DATA, style::CANCELLED),
    }
}

fn bar_of(state: PhaseState) -> (char, Style) {
    match state {
        PhaseState::Done => (BAR, style::DONE),
        PhaseState::Active => (BAR_ACTIVE, style::ACTIVE),
        PhaseState::Upcoming => (BAR_UPCOMING, style::UPCOMING),
    }
}

/// What each mark and colour of the chart means, in the order the legend
/// lists them, in `lang`; the legend names those the chart uses.
fn legend(lang: &Catalog) -> Vec<(&'static [(char, Style)], String)> {
    vec![
        (&[(BAR, style::DONE)], lang.text("timeline-phase-done")),
        (&[(BAR_ACTIVE, style::ACTIVE)], lang.text("timeline-phase-active")),
        (&[(BAR_UPCOMING, style::UPCOMING)], lang.text("timeline-phase-upcoming")),
        (&[(DAY, style::EVENT_PAST)], lang.text("timeline-event-done")),
        (&[(DAY_COMING, style::EVENT_COMING)], lang.text("timeline-event-coming")),
        (&[(DAY_NOW, style::ACTIVE)], lang.text("timeline-event-underway")),
        (&[(SPAN, style::EVENT_PAST)], lang.text("timeline-span-done")),
        (&[(SPAN_COMING, style::EVENT_COMING)], lang.text("timeline-span-coming")),
        (&[(SPAN_NOW, style::ACTIVE)], lang.text("timeline-span-underway")),
        (&[(OVERDUE, style::PROBLEM)], lang.text("timeline-overdue")),
        (&[(CANCELLED, style::CANCELLED)], lang.text("timeline-cancelled")),
        (&[(TARGET_ACHIEVED, style::DONE)], lang.text("timeline-kpi-achieved")),
        (
            &[(TARGET_ON_TRACK, style::UPCOMING)],
            lang.text("timeline-kpi-on-track"),
        ),
        (&[(TARGET_BEHIND, style::ACTIVE)], lang.text("timeline-kpi-behind")),
        (&[(TARGET_MISSED, style::PROBLEM)], lang.text("timeline-kpi-missed")),
        (&[(TARGET_NO_DATA, style::CANCELLED)], lang.text("timeline-kpi-no-data")),
        (&[(RECURRING, style::RECURRING)], lang.text("timeline-recurring-held")),
        (
            &[(RECURRING_COMING, style::RECURRING)],
            lang.text("timeline-recurring-coming"),
        ),
        (
            &[(TODAY, style::TODAY), (TODAY_ON_BAR, style::TODAY)],
            lang.text("timeline-today"),
        ),
    ]
}

/// Which mark wins a column of an events row: an overdue event or a missed
/// target over a target behind over a one-day event or another target
/// over a cancelled one over a span.
fn rank(c: char) -> u8 {
    match c {
        OVERDUE | TARGET_MISSED => 5,
        TARGET_BEHIND => 4,
        DAY | DAY_COMING | DAY_NOW | TARGET_ACHIEVED | TARGET_ON_TRACK | TARGET_NO_DATA => 3,
        CANCELLED => 2,
        SPAN | SPAN_COMING | SPAN_NOW => 1,
        _ => 0,
    }
}

/// A row of the chart area: one character and style a column.
struct Cells {
    chars: Vec<char>,
    styles: Vec<Style>,
}

impl Cells {
    fn new(width: usize) -> Cells {
        Cells {
            chars: vec![' '; width],
            styles: vec![Style::new(); width],
        }
    }

    fn set(&mut self, col: Option<usize>, c: char, style: Style) {
        if let Some(col) = col.filter(|&c| c < self.chars.len()) {
            self.chars[col] = c;
            self.styles[col] = style;
        }
    }

    /// Sets a column of an events row unless a mark that wins holds it.
    fn mark(&mut self, col: Option<usize>, c: char, style: Style) {
        if let Some(col) = col.filter(|&c| c < self.chars.len())
            && rank(c) >= rank(self.chars[col])
        {
            self.set(Some(col), c, style);
        }
    }

    /// The row as a line; with `color`, a style starts where it changes and
    /// is reset before the next one (a plain `Style` writes nothing).
    fn render(&self, color: bool) -> String {
        let mut out = String::new();
        let mut current = Style::new();
        for (c, &style) in self.chars.iter().zip(&self.styles) {
            if color && style != current {
                out += &format!("{current:#}{style}");
                current = style;
            }
            out.push(*c);
        }
        if color {
            out += &format!("{current:#}");
        }
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Month,
}

/// A step of the axis: a tick every `n` days or months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Step {
    unit: Unit,
    n: i64,
}

/// Steps in months, finest first: a month, a quarter, a half-year, then
/// years (1, 2, 5, 10… up to the calendar's ten thousand).
const MONTH_STEPS: [i64; 16] = [
    1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000, 24000, 60000, 120000,
];

impl Step {
    /// The steps to try, finest first: days and weeks only on a short chart.
    fn candidates(short: bool) -> Vec<Step> {
        let days = [1, 7, 14].map(|n| Step { unit: Unit::Day, n });
        let months = MONTH_STEPS.map(|n| Step { unit: Unit::Month, n });
        if short {
            days.into_iter().chain(months).collect()
        } else {
            months.to_vec()
        }
    }

    /// The columns a tick needs: its widest label and a space. A step of
    /// a year or more leaves room to name each tick's year above it (`'21 `).
    fn spacing(self, words: &Words) -> i64 {
        let widest = |labels: &[String]| labels.iter().map(|l| display_width(l)).max().unwrap_or(1) as i64 + 1;
        match (self.unit, self.n) {
            (Unit::Day, _) => 3,
            (Unit::Month, 1) => widest(&words.initials),
            (Unit::Month, 3) => widest(&words.quarters),
            (Unit::Month, 6) => widest(&words.halves),
            (Unit::Month, _) => 4,
        }
    }

    /// A tick's label: the day of the month (days and weeks), the month's
    /// initial, the quarter, the half-year, or a mark under a year.
    fn label(self, day: NaiveDate, words: &Words) -> String {
        match (self.unit, self.n) {
            (Unit::Day, _) => day.day().to_string(),
            (Unit::Month, 1) => words.initials[day.month0() as usize].clone(),
            (Unit::Month, 3) => words.quarters[day.month0() as usize / 3].clone(),
            (Unit::Month, 6) => words.halves[day.month0() as usize / 6].clone(),
            (Unit::Month, _) => YEAR_TICK.to_string(),
        }
    }
}

/// A place on the axis, in days or months since the chart's first day:
/// `num / den`, exactly.
type Pos = (i128, i128);

/// The month a day is in, counted from the year 0, with the day's share of
/// it: the start of the day, or with `end` the start of the next.
fn month_pos(day: NaiveDate, end: bool) -> Pos {
    let days = i128::from(last_of_month(day).day());
    let month = i128::from(day.year()) * 12 + i128::from(day.month0());
    (month * days + i128::from(day.day0()) + i128::from(end), days)
}

/// The first day of a month counted from the year 0.
fn month_start(month: i64) -> Option<NaiveDate> {
    let year = i32::try_from(month.div_euclid(12)).ok()?;
    NaiveDate::from_ymd_opt(year, month.rem_euclid(12) as u32 + 1, 1)
}

/// Maps days to the columns of a chart: `d` columns a step, its ticks and
/// periods named with `words`.
struct Scale<'a> {
    from: NaiveDate,
    to: NaiveDate,
    step: Step,
    d: i64,
    words: &'a Words,
}

impl<'a> Scale<'a> {
    /// Where a day starts (or, with `end`, ends) on the axis.
    fn pos(&self, day: NaiveDate, end: bool) -> Pos {
        match self.step.unit {
            Unit::Day => (i128::from((day - self.from).num_days()) + i128::from(end), 1),
            Unit::Month => {
                let (a, b) = month_pos(day, end);
                let (c, e) = month_pos(self.from, false);
                (a * e - c * b, b * e)
            }
        }
    }

    /// The column a place falls in.
    fn floor(&self, (num, den): Pos) -> i128 {
        (num * i128::from(self.d)).div_euclid(den * i128::from(self.step.n))
    }

    /// The first column after a place (the place's own if it starts one).
    fn ceil(&self, (num, den): Pos) -> i128 {
        -(-num * i128::from(self.d)).div_euclid(den * i128::from(self.step.n))
    }

    /// The columns the chart takes.
    fn used(&self) -> usize {
        usize::try_from(self.ceil(self.pos(self.to, true))).unwrap_or(1).max(1)
    }

    fn column(&self, pos: Pos) -> usize {
        usize::try_from(self.floor(pos)).unwrap_or(0).min(self.used() - 1)
    }

    /// The column of a day, or `None` outside the chart.
    fn col(&self, day: NaiveDate) -> Option<usize> {
        (self.from..=self.to)
            .contains(&day)
            .then(|| self.column(self.pos(day, false)))
    }

    /// The columns a span of days covers, clipped to the chart; at least
    /// one. By the mapping of [`Scale::col`], which the axis uses too, a
    /// column may hold the starts of several days: a span runs from its
    /// first day's column to the column before the next day's (to the
    /// chart's end where it ends with it), so that the column where the
    /// axis puts the next month, or a day after the span, is never the
    /// span's; it has its first day's column where there is no other.
    fn cols(&self, first: NaiveDate, last: NaiveDate) -> Option<(usize, usize)> {
        if last < self.from || first > self.to {
            return None;
        }
        let (first, last) = (first.max(self.from), last.min(self.to));
        let a = self.column(self.pos(first, false));
        let end = if last == self.to {
            self.used() - 1
        } else {
            // Where the day after `last` starts: its column.
            self.column(self.pos(last, true)).saturating_sub(1)
        };
        Some((a, end.max(a)))
    }

    /// The days a tick falls on, in order.
    fn tick_days(&self) -> Vec<NaiveDate> {
        let n = self.step.n;
        match self.step.unit {
            Unit::Day => self
                .from
                .iter_days()
                .take_while(|d| *d <= self.to)
                // Weeks start on Mondays (the first day of the calendar, 0001-01-01, was one).
                .filter(|d| n == 1 || i64::from(d.num_days_from_ce() - 1).rem_euclid(n) == 0)
                .collect(),
            Unit::Month => {
                let mut month = i64::from(self.from.year()) * 12 + i64::from(self.from.month0());
                if self.from.day() != 1 {
                    month += 1;
                }
                month += (n - month.rem_euclid(n)) % n;
                let mut days = Vec::new();
                while let Some(day) = month_start(month).filter(|d| *d <= self.to) {
                    days.push(day);
                    month += n;
                }
                days
            }
        }
    }

    /// The labelled ticks, each at its column.
    fn ticks(&self) -> Vec<(usize, String)> {
        self.tick_days()
            .into_iter()
            .filter_map(|day| Some((self.col(day)?, self.step.label(day, self.words))))
            .collect()
    }

    /// The finest step whose ticks and names above them fit in `area`
    /// columns, at as many columns a step as fit, with its ticks and the
    /// line of names.
    fn fit(chart: &Chart, area: usize, words: &'a Words) -> (Scale<'a>, Vec<(usize, String)>, Vec<char>) {
        let steps = Step::candidates(chart.short);
        let area_i = i128::try_from(area).unwrap_or(i128::MAX);
        // Where no step fits (a plan wider than the calendar), the coarsest.
        let coarsest = Step {
            unit: Unit::Month,
            n: MONTH_STEPS[MONTH_STEPS.len() - 1],
        };
        let mut last = Scale {
            from: chart.from,
            to: chart.to,
            step: coarsest,
            d: 1,
            words,
        };
        for (i, &step) in steps.iter().enumerate() {
            let mut scale = Scale {
                from: chart.from,
                to: chart.to,
                step,
                d: 1,
                words,
            };
            let (num, den) = scale.pos(chart.to, true);
            let most = (area_i * i128::from(step.n) * den / num.max(1)).min(i128::from(i64::MAX));
            let mut d = i64::try_from(most).unwrap_or(1);
            let least = if i + 1 == steps.len() { 1 } else { step.spacing(words) };
            while d >= least {
                scale.d = d;
                let ticks = scale.ticks();
                let reach = ticks.last().map_or(0, |(col, label)| col + display_width(label));
                if scale.used() <= area
                    && reach <= area
                    && let Some(names) = scale.names(area)
                {
                    return (scale, ticks, names);
                }
                d -= 1;
            }
            scale.d = 1;
            last = scale;
        }
        let scale = last;
        let ticks = scale.ticks();
        let names = scale.names(area).unwrap_or_else(|| vec![' '; area]);
        (scale, ticks, names)
    }

    /// The line above the ticks, `area` columns wide, or `None` where its
    /// names do not fit. A short chart names each month (with its year
    /// where the chart starts and in January), leaving out a name that
    /// does not fit. A chart in months, quarters or half-years names every
    /// year where it starts, moved right past the name before if need be.
    /// A chart in years names the year of each tick, from the tick's
    /// column: then not every year is named, but every name is where its
    /// year starts.
    fn names(&self, area: usize) -> Option<Vec<char>> {
        match self.step.unit {
            Unit::Day => place_periods(&self.periods(), area, true),
            Unit::Month if self.step.n < 12 => place_periods(&self.periods(), area, false),
            Unit::Month => {
                let ticks: Vec<(usize, i32)> = self
                    .tick_days()
                    .into_iter()
                    .filter_map(|day| Some((self.col(day)?, day.year())))
                    .collect();
                self.year_names()
                    .into_iter()
                    .find_map(|name| place_at_ticks(&ticks, name, area))
            }
        }
    }

    /// The ways to write a year, longest first: `2021`, then `'21` unless
    /// the chart spans more than a hundred years, where two-digit years
    /// would be ambiguous (within a hundred years no two read the same).
    fn year_names(&self) -> Vec<fn(i32) -> String> {
        let four: fn(i32) -> String = |year| format!("{year:04}");
        let two: fn(i32) -> String = |year| format!("'{:02}", year.rem_euclid(100));
        if self.to.year() - self.from.year() < 100 {
            vec![four, two]
        } else {
            vec![four]
        }
    }

    /// What the line above the ticks names on a short chart or a chart in
    /// months, quarters or half-years: each year (each month of a short
    /// chart, with its year where the chart starts and in January), longest
    /// names first.
    fn periods(&self) -> Vec<Period> {
        let used = self.used();
        let end_of = |next: Option<NaiveDate>| {
            next.filter(|d| *d <= self.to)
                .map_or(used, |d| self.column(self.pos(d, false)))
        };
        let mut periods = Vec::new();
        match self.step.unit {
            Unit::Day => {
                let mut start = self.from;
                loop {
                    let next = last_of_month(start).succ_opt();
                    let year = start == self.from || start.month() == 1;
                    let short = &self.words.short_months[start.month0() as usize];
                    let names = if year {
                        vec![
                            format!("{short} {:04}", start.year()),
                            format!("{short}'{:02}", start.year().rem_euclid(100)),
                            format!("'{:02}", start.year().rem_euclid(100)),
                        ]
                    } else {
                        vec![
                            short.clone(),
                            short.clone(),
                            self.words.initials[start.month0() as usize].clone(),
                        ]
                    };
                    periods.push(Period {
                        start: self.column(self.pos(start, false)),
                        end: end_of(next),
                        names,
                    });
                    match next.filter(|d| *d <= self.to) {
                        Some(next) => start = next,
                        None => break,
                    }
                }
            }
            Unit::Month => {
                let names = self.year_names();
                for year in self.from.year()..=self.to.year() {
                    let jan = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(self.from);
                    let next = NaiveDate::from_ymd_opt(year + 1, 1, 1);
                    periods.push(Period {
                        start: self.column(self.pos(jan.max(self.from), false)),
                        end: end_of(next),
                        names: names.iter().map(|name| name(year)).collect(),
                    });
                }
            }
        }
        periods
    }
}

/// A label for a stretch of the axis, from column `start` to before `end`:
/// its names, longest first.
struct Period {
    start: usize,
    end: usize,
    names: Vec<String>,
}

/// The periods' names on a line `area` wide: all at the longest level of
/// names at which every one fits where its period starts; else the
/// shortest names, each starting inside its period, moved right past the
/// one before if need be (the last may end at the chart's end); when not
/// even those all fit, with `drop` as many as do, else `None`.
fn place_periods(periods: &[Period], area: usize, drop: bool) -> Option<Vec<char>> {
    let levels = periods.iter().map(|p| p.names.len()).max().unwrap_or(0);
    let shortest = levels.saturating_sub(1);
    (0..shortest)
        .find_map(|level| place_level(periods, level, area, false, false))
        .or_else(|| place_level(periods, shortest, area, true, false))
        .or_else(|| drop.then(|| place_level(periods, shortest, area, true, true)).flatten())
}

/// The year of each tick written by `name`, starting at the tick's column,
/// on a line `area` wide; `None` if a name would run into the next or past
/// the line's end.
fn place_at_ticks(ticks: &[(usize, i32)], name: fn(i32) -> String, area: usize) -> Option<Vec<char>> {
    let mut line = vec![' '; area];
    let mut next_free = 0;
    for &(col, year) in ticks {
        let name = name(year);
        if col < next_free || col + name.len() > area {
            return None;
        }
        for (cell, c) in line[col..].iter_mut().zip(name.chars()) {
            *cell = c;
        }
        next_free = col + name.len() + 1;
    }
    Some(line)
}

/// The names of one level on a line, or `None` if one does not fit; with
/// `shift`, a name may start after its period's first column; with `drop`,
/// one that does not fit is left out.
fn place_level(periods: &[Period], level: usize, area: usize, shift: bool, drop: bool) -> Option<Vec<char>> {
    let mut line = vec![' '; area];
    let mut next_free = 0;
    for (i, p) in periods.iter().enumerate() {
        let Some(name) = p.names.get(level.min(p.names.len().saturating_sub(1))) else {
            continue;
        };
        let len = display_width(name);
        let mut at = if shift { p.start.max(next_free) } else { p.start };
        if shift && at + len > area && i + 1 == periods.len() {
            at = area.saturating_sub(len);
        }
        if at < next_free || at >= p.end.max(p.start + 1) || at + len > area {
            if drop {
                continue;
            }
            return None;
        }
        for (j, c) in name.chars().enumerate() {
            line[at + j] = c;
        }
        next_free = at + len + 1;
    }
    Some(line)
}

/// The chart for a terminal, in `lang`, no line wider than `width` display
/// columns.
pub fn text(chart: &Chart, lang: &Catalog, width: usize, color: bool) -> String {
    let width = width.max(20);
    let words = Words::new(lang);
    let events_label = |lane: &super::Lane| format!("  └ {}", super::events_count(lane, lang));
    let longest = chart
        .lanes
        .iter()
        .map(|l| {
            display_width(&crate::text::printable(&l.full_label(&words))).max(if l.bar.is_some() {
                display_width(&events_label(l))
            } else {
                0
            })
        })
        .max()
        .unwrap_or(0)
        .max(6);
    let base = longest.min(width / 4).max(4);
    let (scale, ticks, periods) = Scale::fit(chart, width - base - 1, &words);

    // The axis: years (or months), then the ticks of the step.
    let mut tick_line = vec![' '; width - base - 1];
    for (col, label) in &ticks {
        for (i, c) in label.chars().enumerate() {
            if let Some(cell) = tick_line.get_mut(col + i) {
                *cell = c;
            }
        }
    }
    let reach = |line: &[char]| line.iter().rposition(|c| *c != ' ').map_or(0, |i| i + 1);
    // The columns the chart leaves go to the labels, as far as they need.
    let used = scale.used();
    let spare = width - base - 1 - used.max(reach(&periods)).max(reach(&tick_line));
    let label_width = base + spare.min(longest.saturating_sub(base));
    let area = width - label_width - 1;

    // Labels are printable text, cut to their column.
    let pad = |text: &str| {
        let cut = crate::text::fit(text, label_width);
        let w = display_width(&cut);
        cut + &" ".repeat(label_width - w) + " "
    };
    let trim = |s: String| s.trim_end().to_owned();
    let mut out = crate::text::fit(&crate::text::printable(&chart.title), width) + "\n";
    out += &trim(pad("") + &periods.iter().take(area).collect::<String>());
    out.push('\n');
    out += &trim(pad("") + &tick_line.iter().take(area).collect::<String>());
    out.push('\n');

    let today_col = scale.col(chart.today);
    let mut rows: Vec<(String, Cells)> = Vec::new();
    for lane in &chart.lanes {
        let mut cells = Cells::new(used);
        if let Some(bar) = &lane.bar
            && let Some((a, b)) = scale.cols(bar.first, bar.last)
        {
            let (mark, paint) = bar_of(bar.state);
            for col in a..=b {
                cells.set(Some(col), mark, paint);
            }
        }
        for m in &lane.recurring {
            let middle = m.first + (m.last - m.first) / 2;
            let mark = if m.done { RECURRING } else { RECURRING_COMING };
            cells.set(scale.col(middle), mark, style::RECURRING);
        }
        let name = lane.label_fit(label_width, &words);
        let before = rows.len();
        if lane.bar.is_some() || !lane.recurring.is_empty() {
            rows.push((name.clone(), cells));
        }
        if chart.base.is_some() {
            // Under the bar: the baseline's window and the slip of the end,
            // or the mark of a phase the baseline does not have.
            if let Some((label, cells)) = planned_row(lane, &scale, lang, area) {
                let label = if rows.len() == before { name.clone() } else { label };
                rows.push((label, cells));
            }
        }
        // A phase without a window has one row, its events', even empty.
        if lane.events.is_empty() && !lane.undated {
            continue;
        }
        let mut cells = Cells::new(used);
        for m in &lane.events {
            if let Some(target) = &m.target {
                // One mark, in the middle of a month-precision target's month.
                let (mark, paint) = target_of(target.state);
                cells.mark(scale.col(m.first + (m.last - m.first) / 2), mark, paint);
                continue;
            }
            let (day, span, paint) = if m.overdue {
                (OVERDUE, OVERDUE, style::PROBLEM)
            } else if m.done {
                (DAY, SPAN, style::EVENT_PAST)
            } else if m.underway {
                (DAY_NOW, SPAN_NOW, style::ACTIVE)
            } else {
                (DAY_COMING, SPAN_COMING, style::EVENT_COMING)
            };
            if m.cancelled {
                cells.mark(scale.col(m.first), CANCELLED, style::CANCELLED);
            } else if m.one_day {
                cells.mark(scale.col(m.first), day, paint);
            } else if let Some((a, b)) = scale.cols(m.first, m.last) {
                for col in a..=b {
                    cells.mark(Some(col), span, paint);
                }
            }
        }
        let label = if lane.bar.is_some() { events_label(lane) } else { name };
        rows.push((label, cells));
    }
    let mut used_marks: Vec<(char, Style)> = Vec::new();
    for (label, cells) in &mut rows {
        // Today crosses empty cells and bars; markers stay visible.
        match cells.chars.get(today_col.unwrap_or(usize::MAX)) {
            Some(' ') => cells.set(today_col, TODAY, style::TODAY),
            Some(&(BAR | BAR_ACTIVE | BAR_UPCOMING | PLANNED)) => cells.set(today_col, TODAY_ON_BAR, style::TODAY),
            _ => {}
        }
        for (&c, &s) in cells.chars.iter().zip(&cells.styles) {
            if c != ' ' && !used_marks.contains(&(c, s)) {
                used_marks.push((c, s));
            }
        }
        out += &trim(pad(label) + &cells.render(color));
        out.push('\n');
    }
    // A window that holds nothing says so, and where the plan is.
    if chart.is_empty() {
        let nothing = chart.nothing(lang);
        if display_width(&nothing) <= area {
            out += &trim(pad("") + &nothing);
            out.push('\n');
        } else {
            out += &crate::text::wrap_words(&nothing, width);
        }
    }

    // Under the chart: where today is.
    let note = lang.say("timeline-today-on", &args!(date = PlanDate::Day(chart.today)));
    let note_width = display_width(&note);
    let line = match today_col {
        Some(col) if col + 2 + note_width <= area => format!("{}▲ {note}", " ".repeat(col)),
        Some(col) if col > note_width => format!("{}{note} ▲", " ".repeat(col - note_width - 1)),
        Some(_) => note,
        None => format!("{note} {}", lang.text("timeline-outside")),
    };
    if display_width(&line) <= area {
        out += &trim(pad("") + &line);
    } else {
        out += &crate::text::fit(&line, width);
    }
    out.push('\n');

    // The legend: every mark and colour the chart used, and nothing else.
    let legend: Vec<(Vec<(char, Style)>, String)> = legend(lang)
        .into_iter()
        .filter_map(|(marks, words)| {
            let shown: Vec<(char, Style)> = marks.iter().copied().filter(|m| used_marks.contains(m)).collect();
            (!shown.is_empty()).then_some((shown, words))
        })
        .collect();
    if !legend.is_empty() {
        out += &wrap_items(&legend, width, color);
    }
    // What the baseline's marks mean, which names it: a line each,
    // wrapped, so that its name is never cut.
    if let Some(base) = &chart.base {
        let base = crate::finding::Arg::Whole(base.clone());
        if used_marks.contains(&(PLANNED, style::BASELINE)) {
            let words = lang.say("timeline-baseline", &args!(base = base.clone()));
            out += &wrap_item(PLANNED, &words, width, color);
        }
        if chart.lanes.iter().any(|lane| lane.new) {
            let words = lang.say("timeline-new-phase", &args!(base = base));
            out += &wrap_item(NEW, &words, width, color);
        }
        if !chart.gone.is_empty() {
            out += &wrap_item(GONE, &super::gone_words(chart, lang), width, color);
        }
    }
    out
}

/// A legend's item on lines of its own: its mark, dimmed, and its words
/// wrapped under each other.
fn wrap_item(mark: char, words: &str, width: usize, color: bool) -> String {
    let lines = crate::text::wrap_words(words, width.saturating_sub(2).max(1));
    let mut out = String::new();
    for (i, line) in lines.lines().enumerate() {
        if i == 0 {
            out += &style::paint(&mark.to_string(), style::BASELINE, color);
            out.push(' ');
        } else {
            out += "  ";
        }
        out += line;
        out.push('\n');
    }
    out
}

/// The row under a lane's bar against a baseline: the phase's window in
/// the baseline as a thin line, then how far its end moved since (`+2
/// months`); for a phase the baseline does not have, a mark and a word
/// under the start of its bar (`+ new`). The words go after the line where
/// they fit in `area` columns, else in the row's label, which is otherwise
/// empty. `None` where there is nothing to draw.
fn planned_row(lane: &super::Lane, scale: &Scale<'_>, lang: &Catalog, area: usize) -> Option<(String, Cells)> {
    let mut cells = Cells::new(area);
    let (span, words) = if let Some(planned) = &lane.baseline {
        let span = scale.cols(planned.first, planned.last);
        if let Some((a, b)) = span {
            for col in a..=b {
                cells.set(Some(col), PLANNED, style::BASELINE);
            }
        }
        let words = planned.slip.map(|slip| super::slip_words(slip, lang));
        (span, words)
    } else if lane.new {
        let span = lane.bar.as_ref().and_then(|bar| scale.cols(bar.first, bar.first));
        let words = format!("{NEW} {}", lang.text("timeline-new"));
        match span {
            // The words from the bar's start, or as near as they fit.
            Some((a, _)) => {
                let len = words.chars().count();
                let at = a.min(area.saturating_sub(len));
                if display_width(&words) == len && at + len <= area {
                    put(&mut cells, at, &words);
                    return Some((String::new(), cells));
                }
                (None, Some(words))
            }
            None => (None, Some(words)),
        }
    } else {
        return None;
    };
    let Some(words) = words else {
        return span.map(|_| (String::new(), cells));
    };
    // After the line, a character a column; else in the label (before
    // the line, they would read as the start's).
    let len = words.chars().count();
    match span {
        Some((_, b)) if display_width(&words) == len && b + 2 + len <= area => {
            put(&mut cells, b + 2, &words);
            Some((String::new(), cells))
        }
        _ => Some((format!("  {words}"), cells)),
    }
}

/// Writes `words` (a column a character) from column `at`, dimmed.
fn put(cells: &mut Cells, at: usize, words: &str) {
    for (i, c) in words.chars().enumerate() {
        cells.set(Some(at + i), c, style::BASELINE);
    }
}

/// Legend items — marks in their colours, then words — separated by two
/// spaces, on as many lines as `width` needs.
fn wrap_items(items: &[(Vec<(char, Style)>, String)], width: usize, color: bool) -> String {
    let mut out = String::new();
    let mut line = String::new();
    let mut line_width = 0;
    for (marks, words) in items {
        let glyphs: String = marks.iter().map(|(c, _)| *c).collect();
        let glyphs_width = display_width(&glyphs);
        let words = crate::text::fit(words, width.saturating_sub(glyphs_width + 1));
        let item_width = glyphs_width + 1 + display_width(&words);
        if line_width > 0 && line_width + 2 + item_width > width {
            out += &line;
            out.push('\n');
            line.clear();
            line_width = 0;
        }
        if line_width > 0 {
            line.push_str("  ");
            line_width += 2;
        }
        for (c, s) in marks {
            line += &style::paint(&c.to_string(), *s, color);
        }
        line.push(' ');
        line += &words;
        line_width += item_width;
    }
    out + &line + "\n"
}
