//! `icc diff` for people: one line an item (`+` added, `-` removed, `~`
//! changed, coloured like `git diff --stat`), then a line a change under
//! it, the shift at its end. Every line fits the width: what does not fit
//! on one line goes on the next (the name under the item, the shift or
//! the value under its key), and only what is still too wide is cut.

use serde_json::Value;

use super::{Change, Diff, ItemDiff, Moved, Shift};
use crate::lang::{Catalog, args};
use anstyle::Style;

use crate::style::{self, paint};
use crate::text::{display_width, fit, printable};

/// How far the lines of a change are indented.
const INDENT: usize = 4;

/// The diff for a terminal `width` columns wide, in `lang`, coloured if
/// `color`. `base` is how BASE is named (`HEAD~1 (1a2b3c4)`, a file).
pub fn human(diff: &Diff, base: &str, lang: &Catalog, width: usize, color: bool) -> String {
    let base = crate::finding::Arg::Whole(printable(base).into_owned());
    let mut out = Lines {
        width,
        color,
        text: String::new(),
    };
    if diff.is_empty() {
        out.pair(&lang.say("diff-none", &args!(base = base)), "", " ", Style::new());
        return out.text;
    }
    let title = format!("{}:", lang.say("diff-title", &args!(base = base)));
    out.pair(&title, &counts(diff, lang), " ", Style::new());
    for item in &diff.items {
        out.blank();
        item_lines(&mut out, item, lang);
        change_lines(&mut out, item, lang);
    }
    let programme: Vec<&Moved> = [&diff.programme.start, &diff.programme.end]
        .into_iter()
        .flatten()
        .collect();
    if !programme.is_empty() {
        out.blank();
        for moved in programme {
            let label = format!("{}:", lang.text(&format!("diff-programme-{}", moved.field)));
            let (dates, shift) = moved_text(moved, lang);
            out.row(&label, 0, &dates, shift.as_ref().map(|(s, style)| (s.as_str(), *style)));
        }
    }
    out.text
}

/// Lines that fit `width`.
struct Lines {
    width: usize,
    color: bool,
    text: String,
}

impl Lines {
    fn blank(&mut self) {
        self.text.push('\n');
    }

    /// A line as it is, cut to the width, painted after.
    fn line(&mut self, text: &str, style: Style) {
        self.text.push_str(&paint(&fit(text, self.width), style, self.color));
        self.text.push('\n');
    }

    /// `first` then `second` on one line if both fit, else each on its own.
    fn pair(&mut self, first: &str, second: &str, between: &str, style: Style) {
        if second.is_empty() {
            self.line(first, style);
        } else if display_width(first) + between.len() + display_width(second) <= self.width {
            self.text.push_str(&paint(first, style, self.color));
            self.text.push_str(between);
            self.text.push_str(second);
            self.text.push('\n');
        } else {
            self.line(first, style);
            self.line(second, Style::new());
        }
    }

    /// `key  value  shift` at `indent`, the key padded to `key_width`: on
    /// one line if it fits, else the shift under the value, else the value
    /// and the shift under the key.
    fn row(&mut self, key: &str, key_width: usize, value: &str, shift: Option<(&str, Style)>) {
        // A key in a column (a change's) is indented and set apart by two
        // spaces; a label (the programme's) by one.
        let (indent, gap) = if key_width == 0 { ("", " ") } else { ("    ", "  ") };
        let head = format!("{indent}{key:<key_width$}");
        let (shift, style) = shift.unwrap_or(("", Style::new()));
        let line = display_width(&head) + gap.len() + display_width(value);
        let one = line + if shift.is_empty() { 0 } else { 2 + display_width(shift) };
        if one <= self.width {
            self.text.push_str(&format!("{head}{gap}{value}"));
            if !shift.is_empty() {
                self.text.push_str(&format!("  {}", paint(shift, style, self.color)));
            }
            self.text.push('\n');
            return;
        }
        let under = " ".repeat(indent.len() + 2);
        if line <= self.width {
            self.text.push_str(&format!("{head}{gap}{value}\n"));
        } else {
            self.line(&head, Style::new());
            self.line(&format!("{under}{value}"), Style::new());
        }
        if !shift.is_empty() {
            self.line(&format!("{under}{shift}"), style);
        }
    }
}

/// `3 changed · 1 added · 0 removed`.
pub fn counts(diff: &Diff, lang: &Catalog) -> String {
    lang.say(
        "diff-counts",
        &args!(
            changed = diff.counts.changed,
            added = diff.counts.added,
            removed = diff.counts.removed
        ),
    )
}

/// The mark of a change: `+`, `-`, `~`.
pub fn mark(change: Change) -> &'static str {
    match change {
        Change::Added => "+",
        Change::Removed => "-",
        Change::Changed => "~",
    }
}

/// `~ phase implementare  Implementare  (following pregatire)`, or the
/// name (and what it follows) on lines of their own when narrow.
fn item_lines(out: &mut Lines, item: &ItemDiff, lang: &Catalog) {
    let style = match item.change {
        Change::Added => style::DONE,
        Change::Removed => style::PROBLEM,
        Change::Changed => style::ACTIVE,
    };
    let kind = lang.text(&format!("kind-{}", item.kind.as_str()));
    let head = format!("{} {kind} {}", mark(item.change), printable(&item.id));
    let name = printable(&item.name).into_owned();
    let following = super::markdown::following(item, lang).map(|f| format!("({f})"));
    let mut rest = name.clone();
    if let Some(following) = &following {
        rest = format!("{rest}  {following}");
    }
    if display_width(&head) + 2 + display_width(&rest) <= out.width {
        out.text
            .push_str(&format!("{}  {rest}\n", paint(&head, style, out.color)));
        return;
    }
    // The name as long as the line leaves, if that is a useful length.
    let room = out.width.saturating_sub(display_width(&head) + 2);
    if following.is_none() && room >= 16 {
        out.text
            .push_str(&format!("{}  {}\n", paint(&head, style, out.color), fit(&name, room)));
        return;
    }
    out.line(&head, style);
    out.line(&format!("  {name}"), Style::new());
    if let Some(following) = following {
        out.line(&format!("  {following}"), Style::new());
    }
}

fn change_lines(out: &mut Lines, item: &ItemDiff, lang: &Catalog) {
    let rows = super::markdown::rows(item, lang);
    let key_width = rows.iter().map(|r| r.field.len()).max().unwrap_or(0);
    // Two values share what is left of a line after the key.
    let room = out.width.saturating_sub(INDENT + key_width + 2 + 3).max(24) / 2;
    for (row, moved) in rows
        .iter()
        .zip(item.dates.iter().map(Some).chain(std::iter::repeat(None)))
    {
        if row.field.is_empty() {
            continue;
        }
        match moved {
            Some(moved) => {
                let (dates, shift) = moved_text(moved, lang);
                out.row(
                    row.field,
                    key_width,
                    &dates,
                    shift.as_ref().map(|(s, style)| (s.as_str(), *style)),
                );
            }
            None => {
                let (before, after) = (fit(&row.before, room), fit(&row.after, room));
                let value = match (before.is_empty(), after.is_empty(), row.field) {
                    // A measurement added or taken out.
                    (true, false, "measurements") => format!("+ {after}"),
                    (false, true, "measurements") => format!("- {before}"),
                    _ => format!("{} → {}", or_none(&before), or_none(&after)),
                };
                out.row(row.field, key_width, &value, None);
            }
        }
    }
}

fn or_none(text: &str) -> &str {
    if text.is_empty() { "—" } else { text }
}

/// `2021-05 → 2021-07` and its shift, coloured (later yellow, earlier
/// green); a date alone for an added or removed item.
fn moved_text(moved: &Moved, lang: &Catalog) -> (String, Option<(String, Style)>) {
    let date = |d: Option<crate::PlanDate>| d.map_or_else(|| "—".to_owned(), |d| d.to_string());
    match (moved.old, moved.new) {
        (Some(_), Some(_)) => {
            let shift = moved.shift().map(|s| {
                let style = if s.days > 0 { style::ACTIVE } else { style::DONE };
                (say_shift(s, lang), style)
            });
            (format!("{} → {}", date(moved.old), date(moved.new)), shift)
        }
        (old, new) => (date(new.or(old)), None),
    }
}

/// A shift in words: `+2 months`, `−10 days`, `0 days`; months where both
/// dates are months (design.md, "Diff and report").
pub fn say_shift(shift: Shift, lang: &Catalog) -> String {
    match shift.months {
        Some(months) if months != 0 || shift.days == 0 => lang.say(
            "shift-months",
            &args!(
                sign = sign(months),
                count = usize::try_from(months.unsigned_abs()).unwrap_or(usize::MAX)
            ),
        ),
        _ => lang.say(
            "shift-days",
            &args!(
                sign = sign(shift.days),
                count = usize::try_from(shift.days.unsigned_abs()).unwrap_or(usize::MAX)
            ),
        ),
    }
}

fn sign(n: i64) -> &'static str {
    match n.signum() {
        1 => "+",
        -1 => "−",
        _ => "",
    }
}

/// A plan value for a terminal: text made printable and cut, a list
/// joined, nothing as `—`.
pub fn value_text(value: &Value, lang: &Catalog, width: usize) -> String {
    let text = match value {
        Value::Null => return "—".to_owned(),
        Value::String(text) => format!("\"{}\"", printable(text)),
        Value::Number(n) => n.as_f64().map(|f| lang.decimal(f)).unwrap_or_else(|| n.to_string()),
        Value::Bool(b) => b.to_string(),
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(|v| value_text(v, lang, width)).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Object(_) => value.to_string(),
    };
    fit(&text, width)
}
