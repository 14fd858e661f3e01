//! The chart as a Mermaid `gantt` block, for Markdown files that GitHub
//! and other renderers draw: Mermaid lays it out, so this only writes the
//! sections, tasks and milestones in its grammar, escaped so it holds.
//!
//! What Mermaid does with the text, and so what is escaped here (its lexer
//! is `packages/mermaid/src/diagrams/gantt/parser/gantt.jison`, the steps
//! around it `preprocess.ts` and `utils.ts`):
//!
//! - Before parsing, `encodeEntities` turns every `#name;` and `#123;` into
//!   a placeholder that the parser takes as plain text, and after drawing
//!   `decodeEntities` makes it `&#123;`, which the browser shows as the
//!   character. Plan text that could mean something is written so.
//! - `%%{…}%%` anywhere is a directive (`%%{init: …}%%` sets the
//!   configuration, the security level included) and a line starting `%%`
//!   a comment; the lexer also skips from a `%` to the end of a line.
//! - A CR is a line break (`\r\n?` becomes `\n` before parsing).
//! - The lexer is case-insensitive and tries its keywords first at the
//!   start of every line: a task name that begins with `section `, `title `,
//!   `gantt`, `click `, `excludes `, `weekday monday`, `accDescr{`… is that
//!   statement, not a task. In a task line `:` ends the name, and `#`, `;`
//!   and the line's end end its data.
//! - The task data is split at `,`; a leading `done`, `active`, `crit`,
//!   `milestone` or `vert` is a tag; an `after`/`until` reference names ids
//!   made of word characters and `-`. Ids become SVG element ids.
//! - Labels are drawn as HTML: `<`, `>`, `&` and quotes are written as
//!   entity codes too, so that no tag reaches the page.

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{Chart, Mark, Words};
use crate::finding::Arg;
use crate::kpi::State as KpiState;
use crate::lang::{Catalog, args};
use crate::plan::Kind;
use crate::status::PhaseState;

/// Words Mermaid's gantt lexer matches, case-insensitively, at the start of
/// a line before it takes the line as a task: a task name must not begin
/// with one. (Matched as prefixes, which also covers `accDescription` and
/// the second word of `weekday monday`.)
const KEYWORDS: [&str; 18] = [
    "gantt",
    "dateformat",
    "inclusiveenddates",
    "topaxis",
    "axisformat",
    "tickinterval",
    "includes",
    "excludes",
    "todaymarker",
    "weekday",
    "weekend",
    "title",
    "accdescr",
    "acctitle",
    "section",
    "click",
    "href",
    "call",
];

/// Whether a line holding `text` would be read by Mermaid as something
/// other than a task's name: a keyword, or a date (`2024-05-01`, a token
/// of its own).
fn starts_as_statement(text: &str) -> bool {
    let head: String = text.chars().take(20).map(|c| c.to_ascii_lowercase()).collect();
    let date = head.len() >= 10
        && head.bytes().take(10).enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    date || KEYWORDS.iter().any(|k| head.starts_with(k))
}

/// Whether Mermaid's lexer skips a character as space (JavaScript's `\s`:
/// Unicode's white space and the byte order mark).
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

/// Plan text as Mermaid's gantt grammar holds it, on one line: line breaks
/// and tabs become spaces and other unsafe characters `�`
/// ([`crate::text::printable`]); every character that means something to
/// Mermaid or to HTML is written as the entity code Mermaid decodes when it
/// draws (`:` ends a task name, `#` and `;` its data, `%` starts a comment
/// or a directive, `<`, `>`, `&` and quotes are HTML, and `ﬂ` and `¶` are
/// the marks of Mermaid's own placeholders for entity codes); and a text
/// that would begin a statement has its first character written so too.
/// Empty text is `fallback`: a line with nothing there does not parse.
fn mermaid_text(text: &str, fallback: &str) -> String {
    let printable = crate::text::printable(text);
    let text = printable.trim_matches(is_space);
    if text.is_empty() {
        return fallback.to_owned();
    }
    let statement = starts_as_statement(text);
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if matches!(
            c,
            '#' | ':' | ';' | '%' | '<' | '>' | '&' | '"' | '\'' | '\u{FB02}' | '\u{B6}'
        ) || (i == 0 && statement)
        {
            let _ = write!(out, "#{};", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Task data's words Mermaid reads as tags or references, not ids.
const TAGS: [&str; 7] = ["done", "active", "crit", "milestone", "vert", "after", "until"];

/// An id Mermaid takes as an id, one to one: `[a-z0-9-]` as it is, every
/// other byte `_` and two hex digits (`_` itself too, so `_` is always
/// followed by two); an id that begins with a digit or is a tag
/// (`done`, `2021-ws`) is written `t-` and the id, and an id that itself
/// begins with `t-` has its `t` written `_74`, so that no two ids meet.
/// Nothing else than `[A-Za-z0-9_-]`: no `%%`, no space, no line break.
fn mermaid_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 2);
    let prefixed = id.is_empty() || id.starts_with(|c: char| c.is_ascii_digit()) || TAGS.contains(&id);
    if prefixed {
        out.push_str("t-");
    }
    for (i, b) in id.bytes().enumerate() {
        let clashes = i == 0 && !prefixed && id.starts_with("t-");
        if (b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') && !clashes {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "_{b:02x}");
        }
    }
    out
}

/// Task ids made unique in one pass: an id's first use is itself, its next
/// ones `__2`, `__3`… `__` is in no id [`mermaid_id`] writes (its `_` is
/// always followed by two hex digits), so these meet no other id, and a
/// map from each id to its count keeps the work linear.
#[derive(Default)]
struct TaskIds {
    seen: HashMap<String, usize>,
}

impl TaskIds {
    fn unique(&mut self, id: String) -> String {
        let count = self.seen.entry(id.clone()).or_insert(0);
        *count += 1;
        if *count == 1 { id } else { format!("{id}__{count}") }
    }
}

/// A Mermaid `gantt` block: a section a phase, its bar tagged `done` or
/// `active`, its workshops as tasks (of their day, month or series), its
/// milestones as Mermaid's milestones (a diamond on the day, or in the
/// middle of the month, where Mermaid puts a milestone that lasts), and its
/// meetings as milestones on their month's first day. What is
/// in it is what the chart holds: with `--from`/`--to`, the bars and events
/// of the window, cut to it. A short chart's axis names days.
///
/// A phase without dates is a section whose name says so (`Beta (no
/// dates)`) holding its events, as in the other formats; Mermaid has no
/// way to draw a section without tasks, so one without events in the
/// window shows only in the text.
///
/// A window that holds nothing says so in the chart's title, the only text
/// Mermaid draws without a task: the plan's name and then a fixed sentence
/// that holds no plan text, only dates (`— nothing in this window (the
/// plan runs from 2020-09-01 to 2022-09-30)`), as the terminal chart says
/// it. A comment (`%%`) is a form this writer never emits (plan text must
/// never be able to open one), and a section without tasks is not drawn.
///
/// The words it adds to plan text are in `lang` (the names of the lane of
/// events in no phase and of a phase without dates, of what has no name,
/// of a cancelled event), escaped as plan text is.
///
/// A KPI's target is a milestone on its date (in the middle of its month,
/// for a month) named with its target value and the KPI's state, which
/// Mermaid has no tooltip to say (`Target: Services online — 60 % (on
/// track)`), tagged `done` once achieved and `crit` once missed.
///
/// An event is tagged by where it stands: `done` once done (or, for an
/// occurrence of a recurring meeting, once past), `crit` when overdue
/// (past and still planned), `active` while under way (begun and not
/// over), nothing while to come. Mermaid has no tag for a cancelled event,
/// and one is never left out: it is tagged `done` (Mermaid greys it: it is
/// not to come) and its text says so, `✕ ` before it and ` (cancelled)`
/// after.
///
/// Against a baseline, each phase's window there is a task right under its
/// bar, untagged (Mermaid has no style for it), named `Alpha as planned in
/// HEAD~1 (3f2a1b9) (+2 months)`, its id the phase's and `__base`.
pub fn mermaid(chart: &Chart, lang: &Catalog) -> String {
    let mut s = String::from("gantt\n");
    let words = Words::new(lang);
    let said = |text: String| mermaid_text(&text, "");
    let no_name = said(lang.text("timeline-no-name"));
    let no_title = said(lang.text("timeline-no-title"));
    let cancelled = said(lang.text("status-cancelled"));
    // `title` needs text after it; a chart without a name has none.
    let mut title = mermaid_text(&chart.title, "");
    if chart.is_empty() {
        let nothing = said(chart.nothing(lang));
        title = if title.is_empty() {
            nothing
        } else {
            format!("{title} — {nothing}")
        };
    }
    if !title.is_empty() {
        let _ = writeln!(s, "    title {title}");
    }
    s.push_str("    dateFormat YYYY-MM-DD\n");
    s.push_str(if chart.short {
        "    axisFormat %Y-%m-%d\n"
    } else {
        "    axisFormat %Y-%m\n"
    });
    let day = |d: NaiveDate| crate::date::PlanDate::Day(d).to_string();
    // A task ends on the day after its last (exclusive); after 9999-12-31
    // there is no such date to write: its length in days instead.
    let end = |first: NaiveDate, last: NaiveDate| match crate::date::in_calendar(last + chrono::Duration::days(1)) {
        Some(after) => day(after),
        None => format!("{}d", (last - first).num_days() + 1),
    };
    let mut ids = TaskIds::default();
    for lane in &chart.lanes {
        let label = mermaid_text(lane.name(&words), &no_name);
        let undated = mermaid_text(&lane.suffix(&words), "");
        let undated = if undated.is_empty() {
            undated
        } else {
            format!(" {undated}")
        };
        let _ = writeln!(s, "    section {label}{undated}");
        if let Some(bar) = &lane.bar {
            let tag = match bar.state {
                PhaseState::Done => "done, ",
                PhaseState::Active => "active, ",
                PhaseState::Upcoming => "",
            };
            let _ = writeln!(
                s,
                "    {label} :{tag}{}, {}, {}",
                ids.unique(mermaid_id(&lane.id)),
                day(bar.first),
                end(bar.first, bar.last)
            );
        }
        if let (Some(planned), Some(base)) = (&lane.baseline, &chart.base) {
            // Its window in the baseline, untagged, named so and with the
            // slip of its end; its id the phase's and `__base`, which no
            // other id is (nor a repeat's `__2`).
            let words = lang.say(
                "timeline-baseline-task",
                &args!(
                    name = Arg::Whole(lane.name(&words).to_owned()),
                    base = Arg::Whole(base.clone())
                ),
            );
            let slip = planned
                .slip
                .map_or(String::new(), |slip| format!(" ({})", super::slip_words(slip, lang)));
            let _ = writeln!(
                s,
                "    {} :{}, {}, {}",
                mermaid_text(&format!("{words}{slip}"), &no_name),
                ids.unique(format!("{}__base", mermaid_id(&lane.id))),
                day(planned.first),
                end(planned.first, planned.last)
            );
        }
        let mut marks: Vec<&Mark> = lane.events.iter().chain(&lane.recurring).collect();
        marks.sort_by_key(|m| (m.first, m.last));
        for m in marks {
            if let Some(target) = &m.target {
                // A KPI's target: a milestone on its day, or in the middle
                // of its month; `done` once achieved, `crit` once missed.
                let tag = match target.state {
                    KpiState::Achieved => "done, ",
                    KpiState::Missed => "crit, ",
                    KpiState::OnTrack | KpiState::Behind | KpiState::NoData => "",
                };
                let id = ids.unique(mermaid_id(&m.id));
                // The words and the plan's text escaped as one: its `:`
                // too, which would end the task's name.
                let words = lang.say(
                    "timeline-kpi-target",
                    &args!(
                        name = Arg::Whole(m.title.clone()),
                        amount = Arg::Whole(target.amount(lang)),
                        state = target.state_words(lang)
                    ),
                );
                let title = mermaid_text(&words, &no_title);
                let span = if m.one_day {
                    "0d".to_owned()
                } else {
                    end(m.first, m.last)
                };
                let _ = writeln!(s, "    {title} :milestone, {tag}{id}, {}, {span}", day(m.first));
                continue;
            }
            let tag = if m.cancelled || m.done {
                "done, "
            } else if m.overdue {
                "crit, "
            } else if m.underway {
                "active, "
            } else {
                ""
            };
            let id = ids.unique(mermaid_id(&m.id));
            let mut title = mermaid_text(&m.title, &no_title);
            if m.cancelled {
                // Around the escaped text: the mark keeps it from starting
                // a statement, and neither adds a character Mermaid reads.
                title = format!("✕ {title} ({cancelled})");
            }
            // A milestone is Mermaid's milestone, a diamond: on its day, or
            // in the middle of its month. A meeting's day is not known: it
            // is a point, as in the other formats. A workshop is a task,
            // of one day or more.
            match m.kind {
                Kind::Milestone if !m.one_day => {
                    let _ = writeln!(
                        s,
                        "    {title} :milestone, {tag}{id}, {}, {}",
                        day(m.first),
                        end(m.first, m.last)
                    );
                }
                Kind::Milestone | Kind::Recurring => {
                    let _ = writeln!(s, "    {title} :milestone, {tag}{id}, {}, 0d", day(m.first));
                }
                _ => {
                    let _ = writeln!(s, "    {title} :{tag}{id}, {}, {}", day(m.first), end(m.first, m.last));
                }
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_would_begin_a_statement_begins_with_an_entity() {
        assert_eq!(
            mermaid_text("Section heads: kickoff", "-"),
            "#83;ection heads#58; kickoff"
        );
        assert_eq!(mermaid_text("title deeds", "-"), "#116;itle deeds");
        assert_eq!(mermaid_text("GANTT review", "-"), "#71;ANTT review");
        assert_eq!(mermaid_text("2024-05-01 launch", "-"), "#50;024-05-01 launch");
        assert_eq!(mermaid_text("\u{FEFF} \u{a0}click me", "-"), "#99;lick me");
        assert_eq!(mermaid_text("%%{init: x}%%", "-"), "#37;#37;{init#58; x}#37;#37;");
        assert_eq!(
            mermaid_text("<img src=x onerror=alert(1)> & \"'", "-"),
            "#60;img src=x onerror=alert(1)#62; #38; #34;#39;"
        );
        assert_eq!(
            mermaid_text("a\r\nsection b\u{1b}\u{202e}", "-"),
            "a  section b\u{FFFD}\u{FFFD}"
        );
        assert_eq!(mermaid_text("Pregătire 50", "-"), "Pregătire 50");
        assert_eq!(mermaid_text(" \n ", "(no name)"), "(no name)");
    }

    #[test]
    fn ids_are_one_to_one_and_of_word_characters() {
        let ids = [
            "done",
            "t-done",
            "_74-done",
            "2021-ws",
            "t-2021-ws",
            "vert",
            "t-vert",
            "",
            "t-",
            "t",
            "r",
            "r-2",
            "r__2",
            "R",
            "_52",
            "a b",
            "a_20b",
            "%%{init}%%",
            "x\nclick x",
            "ă",
        ];
        let written: Vec<String> = ids.iter().map(|id| mermaid_id(id)).collect();
        let unique: std::collections::HashSet<&String> = written.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{written:?}");
        for id in &written {
            assert!(
                !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
                "{id:?}"
            );
            assert!(!id.contains("__"), "{id:?}");
            assert!(!TAGS.contains(&id.as_str()), "{id:?}");
        }
        assert_eq!(mermaid_id("ws-1"), "ws-1");
        assert_eq!(mermaid_id("done"), "t-done");
        assert_eq!(mermaid_id("t-done"), "_74-done");
        assert_eq!(mermaid_id("a b"), "a_20b");
    }

    #[test]
    fn repeated_ids_get_a_suffix_no_id_has() {
        let mut ids = TaskIds::default();
        let written: Vec<String> = ["r", "r", "r-2", "r", "r__2"]
            .into_iter()
            .map(|id| ids.unique(mermaid_id(id)))
            .collect();
        assert_eq!(written, ["r", "r__2", "r-2", "r__3", "r_5f_5f2"]);
    }
}
