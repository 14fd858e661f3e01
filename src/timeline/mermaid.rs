//! The chart as a Mermaid `gantt` block, for Markdown files that GitHub
//! and other renderers draw: Mermaid lays it out, so this only writes the
//! sections, tasks and milestones in its grammar, escaped so it holds.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{Chart, Mark};
use crate::plan::Kind;
use crate::status::PhaseState;

/// Text Mermaid's gantt grammar cannot hold (`:` ends a task name, `#` and
/// `;` end a line) written as the entity codes Mermaid decodes when it draws.
fn mermaid_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '#' => out.push_str("#35;"),
            ':' => out.push_str("#58;"),
            ';' => out.push_str("#59;"),
            '%' => out.push_str("#37;"),
            '\n' | '\r' | '\t' => out.push(' '),
            // Control characters would reach the terminal the text is shown in.
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// An id Mermaid cannot mistake for a tag (`done`) or a date (`2021-03`).
fn mermaid_id(id: &str) -> String {
    const KEYWORDS: [&str; 6] = ["done", "active", "crit", "milestone", "after", "until"];
    if id.starts_with(|c: char| c.is_ascii_digit()) || KEYWORDS.contains(&id) {
        format!("t-{id}")
    } else {
        id.to_owned()
    }
}

/// A Mermaid `gantt` block: a section a phase, its bar tagged `done` or
/// `active`, its workshops, milestones and meetings as milestones.
pub fn mermaid(chart: &Chart) -> String {
    let mut s = String::from("gantt\n");
    let _ = writeln!(s, "    title {}", mermaid_text(&chart.title));
    s.push_str("    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m\n");
    let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let after = |d: NaiveDate| day(d + chrono::Duration::days(1));
    let mut used = std::collections::HashSet::new();
    let mut unique = |id: String| {
        let mut candidate = id.clone();
        let mut n = 2;
        while !used.insert(candidate.clone()) {
            candidate = format!("{id}-{n}");
            n += 1;
        }
        candidate
    };
    for lane in &chart.lanes {
        let _ = writeln!(s, "    section {}", mermaid_text(&lane.label));
        if let Some(bar) = &lane.bar {
            let tag = match bar.state {
                PhaseState::Done => "done, ",
                PhaseState::Active => "active, ",
                PhaseState::Upcoming => "",
            };
            let _ = writeln!(
                s,
                "    {} :{tag}{}, {}, {}",
                mermaid_text(&lane.label),
                unique(mermaid_id(&lane.id)),
                day(bar.first),
                after(bar.last)
            );
        }
        let mut marks: Vec<&Mark> = lane.events.iter().chain(&lane.recurring).collect();
        marks.sort_by_key(|m| (m.first, m.last));
        for m in marks {
            let done = if m.done { "done, " } else { "" };
            let id = unique(mermaid_id(&m.id));
            if m.one_day || m.kind != Kind::Workshop {
                let _ = writeln!(
                    s,
                    "    {} :milestone, {done}{id}, {}, 0d",
                    mermaid_text(&m.title),
                    day(m.first)
                );
            } else {
                let _ = writeln!(
                    s,
                    "    {} :{done}{id}, {}, {}",
                    mermaid_text(&m.title),
                    day(m.first),
                    after(m.last)
                );
            }
        }
    }
    s
}
