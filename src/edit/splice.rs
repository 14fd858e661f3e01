//! A change to the plan as a splice of its text: a new table, rendered by
//! `toml_edit`, inserted between two tables; a status value replaced where
//! it stands. Every other byte (comments, blank lines, key order, quoting,
//! spacing, line ends) stays as it was. Where a table ends comes from the
//! parser's spans ([`Header::extent`]), never from scanning lines, so a
//! line inside a multi-line string is never taken for a comment or a header.
//!
//! Splicing, rather than re-printing a whole `toml_edit` document, also
//! keeps an edit of a big plan cheap: parsing a 30 MB plan into a
//! `toml_edit` document takes longer, and far more memory, than checking
//! it twice.

use std::collections::HashSet;
use std::ops::Range;

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

use super::{EditError, Unsupported, Wanted};
use crate::date::PlanDate;
use crate::plan::{Header, ItemRef, Kind, Mode, Plan, Status};
use crate::resolve::Resolved;
use crate::source::Source;
use crate::text::{slug, unique_id};

#[derive(Clone, Debug, Default)]
pub struct NewWorkshop {
    pub id: Option<String>,
    pub title: String,
    pub date: Option<PlanDate>,
    pub end: Option<PlanDate>,
    pub phase: Option<String>,
    pub activity: Option<String>,
    pub audience: Vec<String>,
    pub led_by: Vec<String>,
    pub mode: Option<Mode>,
    pub objective: Option<String>,
    pub status: Option<Status>,
    pub after: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct NewPhase {
    pub id: String,
    pub name: String,
    pub start: Option<PlanDate>,
    pub end: Option<PlanDate>,
    pub months: Option<u32>,
    pub after: Vec<String>,
    pub summary: Option<String>,
    pub activities: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct NewMilestone {
    pub id: Option<String>,
    pub name: String,
    pub date: Option<PlanDate>,
    pub phase: Option<String>,
    pub after: Vec<String>,
}

/// One edit of the plan.
#[derive(Clone, Debug)]
pub enum Change {
    AddWorkshop(NewWorkshop),
    AddPhase(NewPhase),
    AddMilestone(NewMilestone),
    SetStatus { id: String, status: Status },
}

impl Change {
    /// Checks every id the change names against the plan: the phase it
    /// puts an item in, the items it follows, the workshop it sets. An id
    /// that is not there (or not of the right kind) is a usage error, not a
    /// finding: nothing is attempted.
    pub fn check_ids(&self, plan: &Plan, resolved: &Resolved, name: &str) -> Result<(), EditError> {
        let (phase, after): (Option<&String>, &[String]) = match self {
            Change::AddWorkshop(new) => (new.phase.as_ref(), &new.after),
            Change::AddPhase(new) => (None, &new.after),
            Change::AddMilestone(new) => (new.phase.as_ref(), &new.after),
            Change::SetStatus { id, .. } => return find(plan, resolved, name, None, id, Wanted::Event).map(drop),
        };
        if let Some(phase) = phase {
            find(plan, resolved, name, Some("--phase"), phase, Wanted::Phase)?;
        }
        for id in after {
            find(plan, resolved, name, Some("--after"), id, Wanted::Predecessor)?;
        }
        Ok(())
    }

    /// The kind of item the change adds, if it adds one.
    pub fn adds(&self) -> Option<Kind> {
        match self {
            Change::AddWorkshop(_) => Some(Kind::Workshop),
            Change::AddPhase(_) => Some(Kind::Phase),
            Change::AddMilestone(_) => Some(Kind::Milestone),
            Change::SetStatus { .. } => None,
        }
    }
}

/// What a change did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Applied {
    /// An item was added, in the phase it names (if any).
    Added {
        kind: Kind,
        id: String,
        phase: Option<String>,
    },
    /// A workshop's or a milestone's status was set.
    StatusSet { kind: Kind, id: String, status: Status },
    /// The plan already said so; nothing to write.
    AlreadySet { kind: Kind, id: String, status: Status },
}

/// What icc decided on the user's behalf.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// An id made from the new item's title or name.
    IdMade { id: String, from: &'static str },
    /// The phase whose window holds the new item's date.
    PhaseInferred { phase: String, date: PlanDate },
}

/// The text after a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edited {
    /// The whole new file, as it would be written (byte order mark included).
    pub text: String,
    pub applied: Applied,
    pub notes: Vec<Note>,
    /// Nothing to write: the plan already says what was asked.
    pub unchanged: bool,
}

/// A change of the text: what to replace (an empty range to insert) and with what.
type Splice = (Range<usize>, String);

/// The item an id an edit names, if it is of the kind `wanted`.
fn find(
    plan: &Plan,
    resolved: &Resolved,
    name: &str,
    flag: Option<&'static str>,
    id: &str,
    wanted: Wanted,
) -> Result<ItemRef, EditError> {
    let found = resolved.ids.get(id).copied();
    let fits = |item: ItemRef| match wanted {
        Wanted::Event => matches!(item.kind, Kind::Workshop | Kind::Milestone),
        Wanted::Phase => item.kind == Kind::Phase,
        Wanted::Predecessor => item.kind != Kind::Recurring,
    };
    match found {
        Some(item) if fits(item) => Ok(item),
        _ => {
            let candidates: Vec<&str> = match wanted {
                Wanted::Event => [plan.ids(Kind::Workshop), plan.ids(Kind::Milestone)].concat(),
                Wanted::Phase => plan.ids(Kind::Phase),
                Wanted::Predecessor => resolved.ids.keys().map(String::as_str).collect(),
            };
            Err(EditError::UnknownId {
                flag,
                id: id.to_owned(),
                wanted,
                found: found.map(|item| item.kind),
                plan: name.to_owned(),
                suggestion: crate::load::did_you_mean(id, &candidates)
                    .filter(|near| *near != id)
                    .map(str::to_owned),
            })
        }
    }
}

/// Whether the items of `kind` are written as inline tables
/// (`workshop = [{ … }]`), which a new `[[workshop]]` table cannot join.
fn inline(plan: &Plan, kind: Kind) -> bool {
    plan.inline_kinds.contains(&kind)
}

/// The phase whose window alone holds a new event's days (`date` to `end`),
/// said in a note; `None` if none or several do.
fn inferred_phase(
    plan: &Plan,
    resolved: &Resolved,
    date: Option<PlanDate>,
    end: Option<PlanDate>,
    notes: &mut Vec<Note>,
) -> Option<String> {
    let date = date?;
    let last = end.unwrap_or(date).last();
    match resolved.phases_holding(date.first(), last, 2).as_slice() {
        [p] => {
            let phase = plan.phases[*p].header.id()?.to_owned();
            notes.push(Note::PhaseInferred {
                phase: phase.clone(),
                date,
            });
            Some(phase)
        }
        _ => None,
    }
}

/// Applies `change` to the plan in `source`, whose checked model is `plan`
/// and `resolved` (for ids that are taken and phases that hold a date).
/// The ids the change names must have been checked (`Change::check_ids`).
/// A plan written in a form icc does not edit gives `Err(Unsupported)`.
pub fn apply(
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    change: &Change,
) -> Result<Result<Edited, Unsupported>, EditError> {
    let kind = match change {
        Change::SetStatus { id, .. } => resolved.ids.get(id).map_or(Kind::Workshop, |item| item.kind),
        _ => change.adds().unwrap_or(Kind::Workshop),
    };
    if inline(plan, kind) {
        return Ok(Err(Unsupported::InlineTables(kind)));
    }
    let taken: HashSet<&str> = resolved.ids.keys().map(String::as_str).collect();
    let mut notes = Vec::new();
    let mut new_id = |given: &Option<String>, from: &'static str, words: &str, fallback: &str| {
        given.clone().unwrap_or_else(|| {
            let id = unique_id(&slug(words, fallback), &taken);
            notes.push(Note::IdMade { id: id.clone(), from });
            id
        })
    };
    let text = &source.text;
    let (splice, applied) = match change {
        Change::AddWorkshop(new) => {
            let id = new_id(&new.id, "title", &new.title, "workshop");
            let phase = new
                .phase
                .clone()
                .or_else(|| inferred_phase(plan, resolved, new.date, new.end, &mut notes));
            let mut table = Table::new();
            set(&mut table, "id", Some(string(&id)));
            set(&mut table, "title", Some(string(&new.title)));
            set(&mut table, "date", new.date.map(date));
            set(&mut table, "end", new.end.map(date));
            set(&mut table, "phase", phase.as_deref().map(string));
            set(&mut table, "activity", new.activity.as_deref().map(string));
            set(&mut table, "audience", list(&new.audience));
            set(&mut table, "led_by", list(&new.led_by));
            set(&mut table, "mode", new.mode.map(|m| string(m.as_str())));
            set(&mut table, "objective", new.objective.as_deref().map(string));
            set(&mut table, "status", new.status.map(|s| string(s.as_str())));
            set(&mut table, "after", list(&new.after));
            let dates: Vec<Option<PlanDate>> = plan
                .workshops
                .iter()
                .map(|w| w.date.as_ref().map(|d| *d.get_ref()))
                .collect();
            let splice = insert_table(text, plan, Kind::Workshop, &table, new.date, &dates);
            let applied = Applied::Added {
                kind: Kind::Workshop,
                id,
                phase,
            };
            (splice, applied)
        }
        Change::AddPhase(new) => {
            let mut table = Table::new();
            set(&mut table, "id", Some(string(&new.id)));
            set(&mut table, "name", Some(string(&new.name)));
            set(&mut table, "start", new.start.map(date));
            set(&mut table, "end", new.end.map(date));
            set(&mut table, "months", new.months.map(|m| Value::from(i64::from(m))));
            set(&mut table, "after", list(&new.after));
            set(&mut table, "summary", new.summary.as_deref().map(string));
            set(&mut table, "activities", list(&new.activities));
            let splice = insert_table(text, plan, Kind::Phase, &table, None, &[]);
            let applied = Applied::Added {
                kind: Kind::Phase,
                id: new.id.clone(),
                phase: None,
            };
            (splice, applied)
        }
        Change::AddMilestone(new) => {
            let id = new_id(&new.id, "name", &new.name, "milestone");
            let phase = new
                .phase
                .clone()
                .or_else(|| inferred_phase(plan, resolved, new.date, None, &mut notes));
            let mut table = Table::new();
            set(&mut table, "id", Some(string(&id)));
            set(&mut table, "name", Some(string(&new.name)));
            set(&mut table, "date", new.date.map(date));
            set(&mut table, "phase", phase.as_deref().map(string));
            set(&mut table, "after", list(&new.after));
            let dates: Vec<Option<PlanDate>> = plan
                .milestones
                .iter()
                .map(|m| m.date.as_ref().map(|d| *d.get_ref()))
                .collect();
            let splice = insert_table(text, plan, Kind::Milestone, &table, new.date, &dates);
            let applied = Applied::Added {
                kind: Kind::Milestone,
                id,
                phase,
            };
            (splice, applied)
        }
        Change::SetStatus { id, status } => match set_status(source, plan, resolved, id, *status)? {
            Ok(done) => done,
            Err(form) => return Ok(Err(form)),
        },
    };
    let unchanged = matches!(applied, Applied::AlreadySet { .. });
    let (at, mut new_text) = splice;
    if uses_crlf(text) {
        new_text = new_text.replace('\n', "\r\n");
    }
    let mut out = String::with_capacity(text.len() + new_text.len() + 3);
    if source.bom {
        out.push('\u{FEFF}');
    }
    out.push_str(&text[..at.start]);
    out.push_str(&new_text);
    out.push_str(&text[at.end..]);
    Ok(Ok(Edited {
        text: out,
        applied,
        notes,
        unchanged,
    }))
}

fn set_status(
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    id: &str,
    status: Status,
) -> Result<Result<(Splice, Applied), Unsupported>, EditError> {
    let item = find(plan, resolved, &source.name, None, id, Wanted::Event)?;
    let (header, old) = match item.kind {
        Kind::Milestone => {
            let milestone = &plan.milestones[item.index];
            (&milestone.header, &milestone.status)
        }
        _ => {
            let workshop = &plan.workshops[item.index];
            (&workshop.header, &workshop.status)
        }
    };
    let kind = item.kind;
    let (id, new_value) = (id.to_owned(), string(status.as_str()).to_string());
    let set = Applied::StatusSet {
        kind,
        id: id.clone(),
        status,
    };
    Ok(Ok(match old {
        Some(old) if *old.get_ref() == status => ((0..0, String::new()), Applied::AlreadySet { kind, id, status }),
        // The value alone is replaced: its spacing, its quotes and any
        // comment stay.
        Some(old) => (
            (old.span(), quoted_like(&source.text[old.span()], status.as_str())),
            set,
        ),
        None => match value_span(&source.text, header, kind, "status") {
            // A status the loader could not read (`status = "finished"`): replaced.
            Some(Ok(span)) => {
                let value = quoted_like(&source.text[span.clone()], status.as_str());
                ((span, value), set)
            }
            Some(Err(())) => return Ok(Err(Unsupported::Value { id, key: "status" })),
            // None yet: a line after the workshop's own keys, before any sub-table.
            None => {
                let at = line_after(&source.text, header.keys_end);
                let line = lines_at(&source.text, at, &format!("status = {new_value}\n"));
                ((at..at, line), set)
            }
        },
    }))
}

/// `word` as a TOML string quoted as `old` is (`"…"`, `'…'`, `"""…"""`,
/// `'''…'''`), so that a replaced value keeps the way it was written. (The
/// word is plain ASCII, which every form holds as it is.)
fn quoted_like(old: &str, word: &str) -> String {
    let quote = ["'''", "\"\"\"", "'", "\""]
        .into_iter()
        .find(|q| old.starts_with(q))
        .unwrap_or("\"");
    format!("{quote}{word}{quote}")
}

/// Where the value of `key` is in an item's own table, read again from
/// the item's text: for a value the loader could not read. `Err` if the
/// key is there but not as one `key = value` (a dotted key, a sub-table).
fn value_span(text: &str, header: &Header, kind: Kind, key: &str) -> Option<Result<Range<usize>, ()>> {
    let region = text.get(header.extent.clone())?;
    let (root, errors) = toml::de::DeTable::parse_recoverable(region);
    if !errors.is_empty() {
        return Some(Err(()));
    }
    let items = root.get_ref().get(kind.key())?.get_ref().as_array()?;
    let table = items.iter().next()?.get_ref().as_table()?;
    let (found, value) = table.get_key_value(key)?;
    let offset = header.extent.start;
    Some(if value.span().start >= found.span().end {
        Ok(value.span().start + offset..value.span().end + offset)
    } else {
        Err(())
    })
}

/// Whether every line of the text ends with CRLF (so new lines must too).
fn uses_crlf(text: &str) -> bool {
    text.contains("\r\n") && text.matches('\n').count() == text.matches("\r\n").count()
}

fn set(table: &mut Table, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        table.insert(key, Item::Value(value));
    }
}

fn string(s: &str) -> Value {
    Value::from(s)
}

fn list(items: &[String]) -> Option<Value> {
    (!items.is_empty()).then(|| Value::Array(items.iter().map(String::as_str).collect::<Array>()))
}

/// A day as a bare TOML date, a month as a string, as plans write them.
fn date(date: PlanDate) -> Value {
    match date {
        PlanDate::Day(_) => date
            .to_string()
            .parse::<toml_edit::Datetime>()
            .map(Value::from)
            .unwrap_or_else(|_| Value::from(date.to_string())),
        PlanDate::Month(_) => Value::from(date.to_string()),
    }
}

/// The start of the line after the one holding `offset`: where text goes
/// to follow whatever ends at `offset` (a trailing comment stays with it).
fn line_after(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text[offset..].find('\n').map_or(text.len(), |n| offset + n + 1)
}

/// Where a new table of `kind` goes, and its text. It goes where its date
/// belongs if the tables of its kind are in date order, otherwise after
/// the last; the first of its kind goes at the end. It follows the last
/// line of the table before it, so the comments and blank lines above the
/// next table stay with that table.
fn insert_table(
    text: &str,
    plan: &Plan,
    kind: Kind,
    table: &Table,
    date: Option<PlanDate>,
    dates: &[Option<PlanDate>],
) -> Splice {
    let headers: Vec<&Header> = (0..plan.count(kind))
        .map(|i| plan.header(ItemRef::new(kind, i)))
        .collect();
    let firsts: Option<Vec<_>> = dates.iter().map(|d| d.map(PlanDate::first)).collect();
    let index = match (date, firsts) {
        (Some(date), Some(firsts)) if firsts.len() == headers.len() && firsts.windows(2).all(|w| w[0] <= w[1]) => {
            firsts.iter().filter(|&&d| d <= date.first()).count()
        }
        _ => headers.len(),
    };
    let mut doc = DocumentMut::new();
    let mut array = ArrayOfTables::new();
    array.push(table.clone());
    doc.insert(kind.key(), Item::ArrayOfTables(array));
    match (index.checked_sub(1).and_then(|i| headers.get(i)), headers.first()) {
        // After the table before it in date order, above the comments of the next.
        (Some(previous), _) => after(text, line_after(text, previous.extent.end), &doc),
        // Before the first of its kind: above the first's own comment lines,
        // below a section comment set apart by a blank line.
        (None, Some(first)) => {
            let floor = plan
                .items()
                .map(|item| plan.header(item).extent.end)
                .chain([plan.project.extent.end, plan.top_keys_end])
                .filter(|&end| end > 0 && end <= first.span.start)
                .max()
                .map_or_else(|| directives_end(text), |end| line_after(text, end));
            let mut at = text[..first.span.start].rfind('\n').map_or(0, |i| i + 1);
            while at > floor {
                let line = text[..at - 1].rfind('\n').map_or(0, |i| i + 1);
                if !text[line..at].trim_start().starts_with('#') {
                    break;
                }
                at = line;
            }
            (at..at, format!("{doc}\n"))
        }
        // The first of its kind: at the end.
        (None, None) => after(text, text.len(), &doc),
    }
}

/// Inserts `doc` at `at` (a line start, or the end), after a blank line.
fn after(text: &str, at: usize, doc: &DocumentMut) -> Splice {
    (at..at, lines_at(text, at, &format!("\n{doc}")))
}

/// `lines` (whole lines, each ending in a line break) as inserted at `at`:
/// after a line break if the line before lacks one, and, at the end of a
/// file that has no final line break, without the last one either.
fn lines_at(text: &str, at: usize, lines: &str) -> String {
    let open_line = at > 0 && !text[..at].ends_with('\n');
    if at == text.len() && open_line {
        format!("\n{}", lines.strip_suffix('\n').unwrap_or(lines))
    } else if open_line {
        format!("\n{lines}")
    } else {
        lines.to_owned()
    }
}

/// Where the `#:` directive lines at the top of a file end (`#:schema
/// ./plan.schema.json`, which editors read only on the first line).
fn directives_end(text: &str) -> usize {
    let mut at = 0;
    while text[at..].starts_with("#:") {
        at = line_after(text, at);
    }
    at
}
