//! The chart for a terminal: a character a column, the phases as bars and
//! the events as markers under them, fitted to a width. Colours come from
//! [`crate::style`], and only when the caller says the stream takes them.

use anstyle::Style;
use chrono::{Datelike, NaiveDate};

use super::{Chart, MONTH_INITIALS};
use crate::status::PhaseState;
use crate::style;

const BAR: char = '█';
const DAY: char = '◆';
const SPAN: char = '▬';
const RECURRING: char = '●';
const TODAY: char = '│';
const TODAY_ON_BAR: char = '┃';

fn style_of(state: PhaseState) -> Style {
    match state {
        PhaseState::Done => style::DONE,
        PhaseState::Active => style::ACTIVE,
        PhaseState::Upcoming => style::UPCOMING,
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
            Some(' ') => cells.set(today_col, TODAY, style::TODAY),
            Some(&BAR) => cells.set(today_col, TODAY_ON_BAR, style::TODAY),
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
                cells.set(Some(col), BAR, style_of(bar.state));
            }
        }
        for m in &lane.recurring {
            let middle = m.first + (m.last - m.first) / 2;
            cells.set(scale.col(middle), RECURRING, style::RECURRING);
        }
        if lane.bar.is_some() || !lane.recurring.is_empty() {
            row(&lane.label, &mut cells, &mut out);
        }
        if lane.events.is_empty() {
            continue;
        }
        let mut cells = Cells::new(area);
        for m in &lane.events {
            let paint = if m.done { style::EVENT_PAST } else { style::EVENT_COMING };
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
