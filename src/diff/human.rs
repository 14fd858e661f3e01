//! `icc diff` for people: one line an item (`+` added, `-` removed, `~`
//! changed, coloured like `git diff --stat`), then a line a change under
//! it, the shift at its end.

use serde_json::Value;

use super::{Change, Diff, FieldChange, ItemDiff, Moved, Shift};
use crate::lang::{Catalog, args};
use crate::style::{self, paint};
use crate::text::{fit, printable};

/// The diff for a terminal `width` columns wide, in `lang`, coloured if
/// `color`. `base` is how BASE is named (`HEAD~1 (1a2b3c4)`, a file).
pub fn human(diff: &Diff, base: &str, lang: &Catalog, width: usize, color: bool) -> String {
    let base = printable(base);
    if diff.is_empty() {
        return format!(
            "{}\n",
            lang.say(
                "diff-none",
                &args!(base = crate::finding::Arg::Whole(base.into_owned()))
            )
        );
    }
    let mut out = format!(
        "{}: {}\n",
        lang.say(
            "diff-title",
            &args!(base = crate::finding::Arg::Whole(base.into_owned()))
        ),
        counts(diff, lang)
    );
    for item in &diff.items {
        out.push('\n');
        out.push_str(&item_line(item, lang, width, color));
        out.push('\n');
        for line in change_lines(item, lang, width, color) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    let programme: Vec<&Moved> = [&diff.programme.start, &diff.programme.end]
        .into_iter()
        .flatten()
        .collect();
    if !programme.is_empty() {
        out.push('\n');
        for moved in programme {
            let label = lang.text(&format!("diff-programme-{}", moved.field));
            out.push_str(&format!("{label}: {}\n", moved_text(moved, lang, color)));
        }
    }
    out
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

fn item_line(item: &ItemDiff, lang: &Catalog, width: usize, color: bool) -> String {
    let style = match item.change {
        Change::Added => style::DONE,
        Change::Removed => style::PROBLEM,
        Change::Changed => style::ACTIVE,
    };
    let kind = lang.text(&format!("kind-{}", item.kind.as_str()));
    let head = format!("{} {kind} {}", mark(item.change), printable(&item.id));
    let following = if item.following {
        let ids: Vec<String> = item.because.iter().map(|id| printable(id).into_owned()).collect();
        format!(
            "  ({})",
            lang.say(
                "diff-following",
                &args!(ids = crate::finding::Arg::Whole(ids.join(", ")), count = ids.len())
            )
        )
    } else {
        String::new()
    };
    let room = width.saturating_sub(crate::text::display_width(&head) + crate::text::display_width(&following) + 2);
    let name = fit(&printable(&item.name), room.max(8));
    format!("{}  {name}{following}", paint(&head, style, color))
}

fn change_lines(item: &ItemDiff, lang: &Catalog, width: usize, color: bool) -> Vec<String> {
    let mut rows: Vec<(String, String)> = Vec::new();
    for moved in &item.dates {
        rows.push((moved.field.to_owned(), moved_text(moved, lang, color)));
    }
    for field in &item.fields {
        rows.push((field.field.to_owned(), field_text(field, lang, width)));
    }
    if let Some(m) = &item.measurements {
        let value = |v: f64| lang.decimal(v);
        for r in &m.added {
            rows.push((
                "measurements".to_owned(),
                paint(&format!("+ {}: {}", r.date, value(r.value)), style::DONE, color),
            ));
        }
        for r in &m.removed {
            rows.push((
                "measurements".to_owned(),
                paint(&format!("- {}: {}", r.date, value(r.value)), style::PROBLEM, color),
            ));
        }
        for c in &m.changed {
            rows.push((
                "measurements".to_owned(),
                format!("~ {}: {} → {}", c.date, value(c.old), value(c.new)),
            ));
        }
    }
    let key_width = rows.iter().map(|(key, _)| key.len()).max().unwrap_or(0);
    rows.into_iter()
        .map(|(key, text)| format!("    {key:<key_width$}  {text}"))
        .collect()
}

/// `2021-05 → 2021-07  +2 months`; a date alone for an added or removed item.
fn moved_text(moved: &Moved, lang: &Catalog, color: bool) -> String {
    let date = |d: Option<crate::PlanDate>| d.map_or_else(|| "—".to_owned(), |d| d.to_string());
    match (moved.old, moved.new) {
        (Some(_), Some(_)) => {
            let shift = moved.shift().map(|s| paint_shift(s, lang, color)).unwrap_or_default();
            format!("{} → {}  {shift}", date(moved.old), date(moved.new))
        }
        (old, new) => date(new.or(old)),
    }
}

/// A shift in words, coloured: later yellow, earlier green.
fn paint_shift(shift: Shift, lang: &Catalog, color: bool) -> String {
    let style = if shift.days > 0 { style::ACTIVE } else { style::DONE };
    paint(&say_shift(shift, lang), style, color)
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

fn field_text(field: &FieldChange, lang: &Catalog, width: usize) -> String {
    let room = width.saturating_sub(20) / 2;
    format!(
        "{} → {}",
        value_text(&field.old, lang, room.max(12)),
        value_text(&field.new, lang, room.max(12))
    )
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
