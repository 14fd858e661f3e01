//! `icc diff --format markdown`: a GitHub-flavoured table, for a pull
//! request's comment or `$GITHUB_STEP_SUMMARY`; and the rows of that table
//! as plain text ([`rows`]), which the report lays out too. Plan text is
//! escaped here (`crate::markdown`): it shows as written and is never
//! markup.

use std::fmt::Write;

use super::human::{counts, mark, say_shift, value_text};
use super::{Change, Diff, ItemDiff, Moved};
use crate::lang::{Catalog, args};
use crate::markdown::{escape, id};

/// The diff as Markdown, in `lang`. `base` names BASE (`HEAD~1 (1a2b3c4)`,
/// a file), escaped here.
pub fn markdown(diff: &Diff, base: &str, lang: &Catalog) -> String {
    let named = crate::finding::Arg::Whole(escape(base));
    if diff.is_empty() {
        return format!("{}\n", lang.say("diff-none", &args!(base = named)));
    }
    let mut out = format!(
        "### {}\n\n{}\n\n",
        lang.say("diff-title", &args!(base = named)),
        counts(diff, lang)
    );
    let _ = writeln!(out, "| | {} |", columns(lang).join(" | "));
    out.push_str("|:-:|---|---|---|---|--:|\n");
    for item in &diff.items {
        let kind = escape(&lang.text(&format!("kind-{}", item.kind.as_str())));
        let name = crate::text::fit(&item.name, VALUE_COLUMNS);
        let mut first = format!("{kind} {} {}", id(&item.id), escape(&name));
        if let Some(following) = following(item, lang) {
            let _ = write!(first, "<br>*{}*", escape(&following));
        }
        for (n, row) in rows(item, lang).iter().enumerate() {
            let (mark_cell, item_cell) = if n == 0 {
                (mark(item.change), first.as_str())
            } else {
                ("", "")
            };
            let field = if row.field.is_empty() {
                String::new()
            } else {
                format!("`{}`", row.field)
            };
            let _ = writeln!(
                out,
                "| {mark_cell} | {item_cell} | {field} | {} | {} | {} |",
                escape(&row.before),
                escape(&row.after),
                row.shift
            );
        }
    }
    for moved in [&diff.programme.start, &diff.programme.end].into_iter().flatten() {
        let (label, row) = programme_row(moved, lang);
        let shift = if row.shift.is_empty() {
            String::new()
        } else {
            format!(" ({})", row.shift)
        };
        let _ = writeln!(out, "\n**{label}:** {} → {}{shift}", row.before, row.after);
    }
    out
}

/// The most columns a value (or an item's name) takes in a row of the
/// table: a longer one is cut with `…`, in a cell that stays readable.
pub const VALUE_COLUMNS: usize = 200;

/// The columns' headings after the mark: item, change, before, after, shift.
pub fn columns(lang: &Catalog) -> [String; 5] {
    ["item", "change", "before", "after", "shift"].map(|c| lang.text(&format!("diff-column-{c}")))
}

/// What an item follows that moved, in words (`following pregatire`), if
/// it moved with it.
pub fn following(item: &ItemDiff, lang: &Catalog) -> Option<String> {
    item.following.then(|| {
        let ids: Vec<String> = item.because.iter().map(|i| crate::text::plain(i)).collect();
        lang.say(
            "diff-following",
            &args!(ids = crate::finding::Arg::Whole(ids.join(", ")), count = ids.len()),
        )
    })
}

/// A change of an item, as plain text (not escaped): its key (`start`,
/// `status`, `measurements`; empty for an item added or removed without
/// dates), the value before and after, and the shift in words.
pub struct ChangeRow {
    pub field: &'static str,
    pub before: String,
    pub after: String,
    pub shift: String,
}

/// A row a change of `item`: dates, then fields, then measurements.
pub fn rows(item: &ItemDiff, lang: &Catalog) -> Vec<ChangeRow> {
    let mut rows = Vec::new();
    if matches!(item.change, Change::Added | Change::Removed) && item.dates.is_empty() {
        rows.push(ChangeRow {
            field: "",
            before: String::new(),
            after: String::new(),
            shift: String::new(),
        });
    }
    for moved in &item.dates {
        rows.push(moved_row(moved, lang));
    }
    for field in &item.fields {
        rows.push(ChangeRow {
            field: field.field,
            before: value_text(&field.old, lang, VALUE_COLUMNS),
            after: value_text(&field.new, lang, VALUE_COLUMNS),
            shift: String::new(),
        });
    }
    if let Some(m) = &item.measurements {
        let reading = |date: crate::PlanDate, value: f64| format!("{date}: {}", lang.decimal(value));
        let row = |before: String, after: String| ChangeRow {
            field: "measurements",
            before,
            after,
            shift: String::new(),
        };
        rows.extend(m.added.iter().map(|r| row(String::new(), reading(r.date, r.value))));
        rows.extend(m.removed.iter().map(|r| row(reading(r.date, r.value), String::new())));
        rows.extend(
            m.changed
                .iter()
                .map(|c| row(reading(c.date, c.old), reading(c.date, c.new))),
        );
    }
    rows
}

/// The programme's start or end: its label, and the row of its move.
pub fn programme_row(moved: &Moved, lang: &Catalog) -> (String, ChangeRow) {
    (
        lang.text(&format!("diff-programme-{}", moved.field)),
        moved_row(moved, lang),
    )
}

fn moved_row(moved: &Moved, lang: &Catalog) -> ChangeRow {
    let date = |d: Option<crate::PlanDate>| d.map(|d| d.to_string()).unwrap_or_default();
    ChangeRow {
        field: moved.field,
        before: date(moved.old),
        after: date(moved.new),
        // The catalogue's words, not plan text: written as they are.
        shift: moved.shift().map(|s| say_shift(s, lang)).unwrap_or_default(),
    }
}
