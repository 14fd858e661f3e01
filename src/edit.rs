//! Edits to the plan file that change only what they must. A change is a
//! splice of the text: a new table is rendered by `toml_edit` and inserted
//! between two tables, a status value is replaced where it stands, so every
//! other byte (comments, blank lines, key order, quoting, spacing, line
//! ends) stays as it was. Splicing, rather than re-printing a whole
//! `toml_edit` document, also keeps an edit of a big plan cheap: parsing a
//! 30 MB plan into a `toml_edit` document takes longer, and far more
//! memory, than checking it twice. Checking the result and writing it are
//! the caller's (see `cli` and `write`): this module turns a text and a
//! change into a new text.

use std::collections::HashSet;

use std::ops::Range;

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

use crate::date::PlanDate;
use crate::model::{Keyword, Mode, Plan, Status};
use crate::resolve::{ItemRef, Resolved};
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

/// The text after an edit, and what to tell the user about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edited {
    /// The whole new file, as it would be written (byte order mark included).
    pub text: String,
    /// What was done, for one line of output: "added workshop ws-x (phase roadmap)".
    pub done: String,
    /// What icc decided on the user's behalf: a derived id, an inferred phase.
    pub notes: Vec<String>,
    /// Nothing to write: the plan already says what was asked.
    pub unchanged: bool,
}

/// Why an edit cannot even be attempted.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("there is no workshop `{id}` in {plan}{hint}")]
    NoWorkshop { id: String, plan: String, hint: String },
    #[error("`{id}` is a {kind}, not a workshop: only workshops have a status")]
    NotAWorkshop { id: String, kind: &'static str },
}

/// Applies `change` to the plan in `source`, whose checked model is `plan`
/// and `resolved` (for ids that are taken and phases that hold a date).
pub fn apply(source: &Source, plan: &Plan, resolved: &Resolved, change: &Change) -> Result<Edited, EditError> {
    let taken: HashSet<&str> = resolved.ids.keys().map(String::as_str).collect();
    let mut notes = Vec::new();
    let text = &source.text;
    let (splice, done, unchanged) = match change {
        Change::AddWorkshop(new) => {
            let id = new.id.clone().unwrap_or_else(|| {
                let id = unique_id(&slug(&new.title, "workshop"), &taken);
                notes.push(format!("id `{id}` made from the title"));
                id
            });
            let phase = new.phase.clone().or_else(|| {
                let date = new.date?;
                let last = new.end.unwrap_or(date).last();
                match resolved.phases_holding(date.first(), last).as_slice() {
                    [p] => {
                        let phase = plan.phases[*p].id.as_ref()?.get_ref().clone();
                        notes.push(format!("phase `{phase}` inferred from the date {date}"));
                        Some(phase)
                    }
                    _ => None,
                }
            });
            let mut table = Table::new();
            set(&mut table, "id", Some(self::text(&id)));
            set(&mut table, "title", Some(self::text(&new.title)));
            set(&mut table, "date", new.date.map(date));
            set(&mut table, "end", new.end.map(date));
            set(&mut table, "phase", phase.as_deref().map(self::text));
            set(&mut table, "activity", new.activity.as_deref().map(self::text));
            set(&mut table, "audience", list(&new.audience));
            set(&mut table, "led_by", list(&new.led_by));
            set(&mut table, "mode", new.mode.map(|m| self::text(m.as_str())));
            set(&mut table, "objective", new.objective.as_deref().map(self::text));
            set(&mut table, "status", new.status.map(|s| self::text(s.as_str())));
            set(&mut table, "after", list(&new.after));
            let existing: Vec<Option<PlanDate>> = plan
                .workshops
                .iter()
                .map(|w| w.date.as_ref().map(|d| *d.get_ref()))
                .collect();
            let spans: Vec<Range<usize>> = plan.workshops.iter().map(|w| w.span.clone()).collect();
            let splice = insert_table(text, "workshop", &table, new.date, &existing, &spans);
            let where_ = phase.map(|p| format!(" (phase {p})")).unwrap_or_default();
            (splice, format!("added workshop {id} to {}{where_}", source.name), false)
        }
        Change::AddPhase(new) => {
            let mut table = Table::new();
            set(&mut table, "id", Some(self::text(&new.id)));
            set(&mut table, "name", Some(self::text(&new.name)));
            set(&mut table, "start", new.start.map(date));
            set(&mut table, "end", new.end.map(date));
            set(&mut table, "months", new.months.map(|m| Value::from(i64::from(m))));
            set(&mut table, "after", list(&new.after));
            set(&mut table, "summary", new.summary.as_deref().map(self::text));
            set(&mut table, "activities", list(&new.activities));
            let spans: Vec<Range<usize>> = plan.phases.iter().map(|p| p.span.clone()).collect();
            let splice = insert_table(text, "phase", &table, None, &[], &spans);
            (splice, format!("added phase {} to {}", new.id, source.name), false)
        }
        Change::AddMilestone(new) => {
            let id = new.id.clone().unwrap_or_else(|| {
                let id = unique_id(&slug(&new.name, "milestone"), &taken);
                notes.push(format!("id `{id}` made from the name"));
                id
            });
            let mut table = Table::new();
            set(&mut table, "id", Some(self::text(&id)));
            set(&mut table, "name", Some(self::text(&new.name)));
            set(&mut table, "date", new.date.map(date));
            set(&mut table, "phase", new.phase.as_deref().map(self::text));
            set(&mut table, "after", list(&new.after));
            let existing: Vec<Option<PlanDate>> = plan
                .milestones
                .iter()
                .map(|m| m.date.as_ref().map(|d| *d.get_ref()))
                .collect();
            let spans: Vec<Range<usize>> = plan.milestones.iter().map(|m| m.span.clone()).collect();
            let splice = insert_table(text, "milestone", &table, new.date, &existing, &spans);
            let where_ = new.phase.as_ref().map(|p| format!(" (phase {p})")).unwrap_or_default();
            (
                splice,
                format!("added milestone {id} to {}{where_}", source.name),
                false,
            )
        }
        Change::SetStatus { id, status } => set_status(source, plan, resolved, id, *status)?,
    };
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
    Ok(Edited {
        text: out,
        done,
        notes,
        unchanged,
    })
}

/// A change of the text: what to replace (an empty range to insert) and with what.
type Splice = (Range<usize>, String);

fn set_status(
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    id: &str,
    status: Status,
) -> Result<(Splice, String, bool), EditError> {
    let index = match resolved.ids.get(id) {
        Some(ItemRef::Workshop(w)) => *w,
        Some(other) => {
            return Err(EditError::NotAWorkshop {
                id: id.to_owned(),
                kind: other.kind(),
            });
        }
        None => {
            let ids = plan.workshop_ids();
            let hint = crate::load::did_you_mean(id, &ids)
                .map(|near| format!("; did you mean `{near}`?"))
                .unwrap_or_default();
            return Err(EditError::NoWorkshop {
                id: id.to_owned(),
                plan: source.name.clone(),
                hint,
            });
        }
    };
    let workshop = &plan.workshops[index];
    let new_value = self::text(status.as_str()).to_string();
    match &workshop.status {
        Some(old) if *old.get_ref() == status => Ok((
            (0..0, String::new()),
            format!("workshop {id} is already {} in {}", status.as_str(), source.name),
            true,
        )),
        // The value alone is replaced: its spacing and any comment stay.
        Some(old) => Ok((
            (old.span(), new_value),
            format!("set workshop {id} to {} in {}", status.as_str(), source.name),
            false,
        )),
        None => {
            let at = table_end(&source.text, workshop.span.start);
            let line = format!(
                "{}status = {new_value}\n",
                if source.text[..at].ends_with('\n') || at == 0 {
                    ""
                } else {
                    "\n"
                }
            );
            Ok((
                (at..at, line),
                format!("set workshop {id} to {} in {}", status.as_str(), source.name),
                false,
            ))
        }
    }
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

fn text(s: &str) -> Value {
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

/// Where the content of a region of the text ends: after its last line that
/// is neither blank nor only a comment. The blank lines and comments before
/// a header belong to that header, as `toml_edit` sees them.
fn content_end(text: &str, from: usize, to: usize) -> usize {
    let mut end = to;
    for line in text[from..to].split_inclusive('\n').rev() {
        let content = line.trim();
        if content.is_empty() || content.starts_with('#') {
            end -= line.len();
        } else {
            break;
        }
    }
    end
}

/// Where the table whose header is at `header` ends.
fn table_end(text: &str, header: usize) -> usize {
    let next = crate::load::header_starts(text)
        .into_iter()
        .find(|&h| h > header)
        .unwrap_or(text.len());
    content_end(text, header, next)
}

/// Where the tables of a kind begin and end, to insert a new one among them.
/// A new table goes where its date belongs if the existing ones are in date
/// order, otherwise after the last; the first of its kind goes at the end.
fn insert_table(
    text: &str,
    key: &str,
    table: &Table,
    date: Option<PlanDate>,
    dates: &[Option<PlanDate>],
    spans: &[Range<usize>],
) -> Splice {
    let firsts: Option<Vec<_>> = dates.iter().map(|d| d.map(PlanDate::first)).collect();
    let index = match (date, firsts) {
        (Some(date), Some(firsts)) if firsts.len() == spans.len() && firsts.windows(2).all(|w| w[0] <= w[1]) => {
            firsts.iter().filter(|&&d| d <= date.first()).count()
        }
        _ => spans.len(),
    };
    let at = match (index.checked_sub(1).and_then(|i| spans.get(i)), spans.first()) {
        (Some(previous), _) => table_end(text, previous.start),
        // Before the first of its kind: right after the table before it.
        (None, Some(first)) => {
            let line = text[..first.start].rfind('\n').map_or(0, |i| i + 1);
            let previous = crate::load::header_starts(text)
                .into_iter()
                .rfind(|&h| h < line)
                .unwrap_or(0);
            content_end(text, previous, line)
        }
        (None, None) => text.len(),
    };
    let mut doc = DocumentMut::new();
    let mut array = ArrayOfTables::new();
    array.push(table.clone());
    doc.insert(key, Item::ArrayOfTables(array));
    let newline = if at > 0 && !text[..at].ends_with('\n') {
        "\n"
    } else {
        ""
    };
    (at..at, format!("{newline}\n{doc}"))
}
