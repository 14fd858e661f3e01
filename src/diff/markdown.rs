//! `icc diff --format markdown`: a GitHub-flavoured table, for a pull
//! request's comment or `$GITHUB_STEP_SUMMARY`. Plan text is escaped
//! (`crate::markdown`): it shows as written and is never markup.

use std::fmt::Write;

use super::human::{counts, mark, say_shift};
use super::{Change, Diff, ItemDiff, Moved};
use crate::lang::{Catalog, args};
use crate::markdown::{escape, id};

/// The diff as Markdown, in `lang`. `base` names BASE as the user typed it
/// (escaped here); `commit` its short hash, if it is a revision.
pub fn markdown(diff: &Diff, base: &str, commit: Option<&str>, lang: &Catalog) -> String {
    let mut named = escape(base);
    if let Some(commit) = commit {
        let _ = write!(named, " ({})", escape(commit));
    }
    let named = crate::finding::Arg::Whole(named);
    if diff.is_empty() {
        return format!("{}\n", lang.say("diff-none", &args!(base = named)));
    }
    let mut out = format!(
        "### {}\n\n{}\n\n",
        lang.say("diff-title", &args!(base = named)),
        counts(diff, lang)
    );
    let columns = ["item", "change", "before", "after", "shift"].map(|c| lang.text(&format!("diff-column-{c}")));
    let _ = writeln!(out, "| | {} |", columns.join(" | "));
    out.push_str("|:-:|---|---|---|---|--:|\n");
    for item in &diff.items {
        let rows = rows(item, lang);
        let first = item_cell(item, lang);
        for (n, (field, before, after, shift)) in rows.iter().enumerate() {
            let (mark_cell, item_cell) = if n == 0 {
                (mark(item.change), first.as_str())
            } else {
                ("", "")
            };
            let _ = writeln!(
                out,
                "| {mark_cell} | {item_cell} | {field} | {before} | {after} | {shift} |"
            );
        }
    }
    for moved in [&diff.programme.start, &diff.programme.end].into_iter().flatten() {
        let label = lang.text(&format!("diff-programme-{}", moved.field));
        let (before, after, shift) = moved_cells(moved, lang);
        let shift = if shift.is_empty() {
            String::new()
        } else {
            format!(" ({shift})")
        };
        let _ = writeln!(out, "\n**{label}:** {before} → {after}{shift}");
    }
    out
}

/// `phase `implementare` Implementare`, and what it follows.
fn item_cell(item: &ItemDiff, lang: &Catalog) -> String {
    let kind = escape(&lang.text(&format!("kind-{}", item.kind.as_str())));
    let mut cell = format!("{kind} {} {}", id(&item.id), escape(&item.name));
    if item.following {
        let ids: Vec<String> = item.because.iter().map(|i| id(i).into_owned()).collect();
        let _ = write!(
            cell,
            "<br>*{}*",
            lang.say(
                "diff-following",
                &args!(ids = crate::finding::Arg::Whole(ids.join(", ")), count = ids.len())
            )
        );
    }
    cell
}

/// A row a change: field, before, after, shift.
fn rows(item: &ItemDiff, lang: &Catalog) -> Vec<(String, String, String, String)> {
    let mut rows = Vec::new();
    let key = |k: &str| format!("`{k}`");
    match item.change {
        Change::Added | Change::Removed if item.dates.is_empty() => {
            rows.push((String::new(), String::new(), String::new(), String::new()));
        }
        _ => {}
    }
    for moved in &item.dates {
        let (before, after, shift) = moved_cells(moved, lang);
        rows.push((key(moved.field), before, after, shift));
    }
    for field in &item.fields {
        let value = |v| escape(&super::human::value_text(v, lang, 200));
        rows.push((key(field.field), value(&field.old), value(&field.new), String::new()));
    }
    if let Some(m) = &item.measurements {
        for r in &m.added {
            rows.push((
                key("measurements"),
                String::new(),
                format!("{}: {}", r.date, escape(&lang.decimal(r.value))),
                String::new(),
            ));
        }
        for r in &m.removed {
            rows.push((
                key("measurements"),
                format!("{}: {}", r.date, escape(&lang.decimal(r.value))),
                String::new(),
                String::new(),
            ));
        }
        for c in &m.changed {
            rows.push((
                key("measurements"),
                format!("{}: {}", c.date, escape(&lang.decimal(c.old))),
                format!("{}: {}", c.date, escape(&lang.decimal(c.new))),
                String::new(),
            ));
        }
    }
    rows
}

fn moved_cells(moved: &Moved, lang: &Catalog) -> (String, String, String) {
    let date = |d: Option<crate::PlanDate>| d.map(|d| d.to_string()).unwrap_or_default();
    // The catalogue's words are not plan text: they are written as they are.
    let shift = moved.shift().map(|s| say_shift(s, lang)).unwrap_or_default();
    (date(moved.old), date(moved.new), shift)
}
