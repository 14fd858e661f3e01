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
        out.words(&lang.say("diff-none", &args!(base = base)));
        return out.text;
    }
    let title = format!("{}:", lang.say("diff-title", &args!(base = base)));
    let counts = counts(diff, lang);
    if display_width(&title) + 1 + display_width(&counts) <= width {
        out.text.push_str(&format!("{title} {counts}\n"));
    } else {
        out.words(&title);
        out.words(&counts);
    }
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
            let (parts, shift) = moved_parts(moved, lang);
            out.row(&label, 0, &parts, shift.as_ref().map(|(s, style)| (s.as_str(), *style)));
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

    /// Words wrapped to the width (a word wider than a line is cut).
    fn words(&mut self, text: &str) {
        self.words_at("", text);
    }

    /// Words wrapped to the width, each line after `indent`.
    fn words_at(&mut self, indent: &str, text: &str) {
        let room = self.width.saturating_sub(indent.len()).max(1);
        for line in crate::text::wrap_words(text, room).lines() {
            self.line(&format!("{indent}{line}"), Style::new());
        }
    }

    /// `key  value  shift`, the key padded to `key_width` (a change's,
    /// indented) or a label (`key_width` 0): on one line if it fits, else
    /// the shift under the value, else each part of the value (`old`, `→
    /// new`) and the shift on lines of their own under the key.
    fn row(&mut self, key: &str, key_width: usize, parts: &[String], shift: Option<(&str, Style)>) {
        let (indent, gap) = if key_width == 0 { ("", " ") } else { ("    ", "  ") };
        let head = format!("{indent}{key:<key_width$}");
        let value = parts.join(" ");
        let (shift, style) = shift.unwrap_or(("", Style::new()));
        let line = display_width(&head) + gap.len() + display_width(&value);
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
            self.line(head.trim_end(), Style::new());
            if display_width(&under) + display_width(&value) <= self.width {
                self.line(&format!("{under}{value}"), Style::new());
            } else {
                for part in parts {
                    self.line(&format!("{under}{part}"), Style::new());
                }
            }
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

/// `~ phase implementare  Implementare  (following pregatire)`; when
/// narrow, the name (and what it follows) on lines of their own, and an
/// id too long for the line under its kind.
fn item_lines(out: &mut Lines, item: &ItemDiff, lang: &Catalog) {
    let style = match item.change {
        Change::Added => style::DONE,
        Change::Removed => style::PROBLEM,
        Change::Changed => style::ACTIVE,
    };
    let kind = format!(
        "{} {}",
        mark(item.change),
        lang.text(&format!("kind-{}", item.kind.as_str()))
    );
    let id = printable(&item.id).into_owned();
    let head = format!("{kind} {id}");
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
    if display_width(&head) <= out.width {
        out.line(&head, style);
    } else {
        out.line(&kind, style);
        out.line(&format!("  {id}"), style);
    }
    out.words_at("  ", &name);
    if let Some(following) = following {
        out.words_at("  ", &following);
    }
}

fn change_lines(out: &mut Lines, item: &ItemDiff, lang: &Catalog) {
    let rows = super::markdown::rows(item, lang);
    let key_width = rows.iter().map(|r| r.field.len()).max().unwrap_or(0);
    for (row, moved) in rows
        .iter()
        .zip(item.dates.iter().map(Some).chain(std::iter::repeat(None)))
    {
        if row.field.is_empty() {
            continue;
        }
        match moved {
            Some(moved) => {
                let (parts, shift) = moved_parts(moved, lang);
                out.row(
                    row.field,
                    key_width,
                    &parts,
                    shift.as_ref().map(|(s, style)| (s.as_str(), *style)),
                );
            }
            None => {
                let parts = match (row.before.is_empty(), row.after.is_empty(), row.field) {
                    // A measurement added or taken out.
                    (true, false, "measurements") => vec![format!("+ {}", row.after)],
                    (false, true, "measurements") => vec![format!("- {}", row.before)],
                    _ => vec![or_none(&row.before).to_owned(), format!("→ {}", or_none(&row.after))],
                };
                out.row(row.field, key_width, &parts, None);
            }
        }
    }
}

fn or_none(text: &str) -> &str {
    if text.is_empty() { "—" } else { text }
}

/// `2021-05`, `→ 2021-07` and the shift, coloured (later yellow, earlier
/// green); a date alone for an added or removed item.
fn moved_parts(moved: &Moved, lang: &Catalog) -> (Vec<String>, Option<(String, Style)>) {
    let date = |d: Option<crate::PlanDate>| d.map_or_else(|| "—".to_owned(), |d| d.to_string());
    match (moved.old, moved.new) {
        (Some(_), Some(_)) => {
            let shift = moved.shift().map(|s| {
                let style = if s.days > 0 { style::ACTIVE } else { style::DONE };
                (say_shift(s, lang), style)
            });
            (vec![date(moved.old), format!("→ {}", date(moved.new))], shift)
        }
        (old, new) => (vec![date(new.or(old))], None),
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
