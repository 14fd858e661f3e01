//! Edits to the plan file that change only what they must. A change is
//! applied to the format-preserving `toml_edit` document, so comments,
//! blank lines, key order, quoting and spacing elsewhere stay byte for byte.
//! Checking the result and writing it are the caller's (see `cli` and
//! `write`): this module turns a text and a change into a new text.

use std::collections::HashSet;

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

use crate::date::PlanDate;
use crate::model::{Keyword, Mode, Plan, Status, slug, unique_id};
use crate::resolve::{ItemRef, Resolved};
use crate::source::Source;

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
    #[error("{0} is not valid TOML, so it cannot be edited safely; run `icc check` to see why")]
    Unparsable(String),
    #[error("there is no workshop `{id}` in {plan}{hint}")]
    NoWorkshop { id: String, plan: String, hint: String },
    #[error("`{id}` is a {kind}, not a workshop: only workshops have a status")]
    NotAWorkshop { id: String, kind: &'static str },
    #[error("`{0}` in {1} is not an array of tables, so a new entry cannot be added to it")]
    NotAnArray(&'static str, String),
}

/// Applies `change` to the plan in `source`, whose checked model is `plan`
/// and `resolved` (for ids that are taken and phases that hold a date).
pub fn apply(source: &Source, plan: &Plan, resolved: &Resolved, change: &Change) -> Result<Edited, EditError> {
    let mut doc: DocumentMut = source
        .text
        .parse()
        .map_err(|_| EditError::Unparsable(source.name.clone()))?;
    let taken: HashSet<&str> = resolved.ids.keys().map(String::as_str).collect();
    let mut notes = Vec::new();
    let (done, unchanged) = match change {
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
            let mut table = new_table();
            set(&mut table, "id", Some(text(&id)));
            set(&mut table, "title", Some(text(&new.title)));
            set(&mut table, "date", new.date.map(date));
            set(&mut table, "end", new.end.map(date));
            set(&mut table, "phase", phase.as_deref().map(text));
            set(&mut table, "activity", new.activity.as_deref().map(text));
            set(&mut table, "audience", list(&new.audience));
            set(&mut table, "led_by", list(&new.led_by));
            set(&mut table, "mode", new.mode.map(|m| text(m.as_str())));
            set(&mut table, "objective", new.objective.as_deref().map(text));
            set(&mut table, "status", new.status.map(|s| text(s.as_str())));
            set(&mut table, "after", list(&new.after));
            let dates: Vec<Option<PlanDate>> = plan
                .workshops
                .iter()
                .map(|w| w.date.as_ref().map(|d| *d.get_ref()))
                .collect();
            insert(&mut doc, "workshop", table, new.date, &dates, &source.name)?;
            let where_ = phase.map(|p| format!(" (phase {p})")).unwrap_or_default();
            (format!("added workshop {id} to {}{where_}", source.name), false)
        }
        Change::AddPhase(new) => {
            let mut table = new_table();
            set(&mut table, "id", Some(text(&new.id)));
            set(&mut table, "name", Some(text(&new.name)));
            set(&mut table, "start", new.start.map(date));
            set(&mut table, "end", new.end.map(date));
            set(&mut table, "months", new.months.map(|m| Value::from(i64::from(m))));
            set(&mut table, "after", list(&new.after));
            set(&mut table, "summary", new.summary.as_deref().map(text));
            set(&mut table, "activities", list(&new.activities));
            insert(&mut doc, "phase", table, None, &[], &source.name)?;
            (format!("added phase {} to {}", new.id, source.name), false)
        }
        Change::AddMilestone(new) => {
            let id = new.id.clone().unwrap_or_else(|| {
                let id = unique_id(&slug(&new.name, "milestone"), &taken);
                notes.push(format!("id `{id}` made from the name"));
                id
            });
            let mut table = new_table();
            set(&mut table, "id", Some(text(&id)));
            set(&mut table, "name", Some(text(&new.name)));
            set(&mut table, "date", new.date.map(date));
            set(&mut table, "phase", new.phase.as_deref().map(text));
            set(&mut table, "after", list(&new.after));
            let dates: Vec<Option<PlanDate>> = plan
                .milestones
                .iter()
                .map(|m| m.date.as_ref().map(|d| *d.get_ref()))
                .collect();
            insert(&mut doc, "milestone", table, new.date, &dates, &source.name)?;
            let where_ = new.phase.as_ref().map(|p| format!(" (phase {p})")).unwrap_or_default();
            (format!("added milestone {id} to {}{where_}", source.name), false)
        }
        Change::SetStatus { id, status } => set_status(&mut doc, source, plan, resolved, id, *status)?,
    };
    let mut text = doc.to_string();
    if uses_crlf(&source.text) {
        text = text.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    if source.bom {
        text.insert(0, '\u{FEFF}');
    }
    Ok(Edited {
        text,
        done,
        notes,
        unchanged,
    })
}

fn set_status(
    doc: &mut DocumentMut,
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    id: &str,
    status: Status,
) -> Result<(String, bool), EditError> {
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
    let done = format!("set workshop {id} to {} in {}", status.as_str(), source.name);
    if plan.workshops[index].status() == status && plan.workshops[index].status.is_some() {
        return Ok((
            format!("workshop {id} is already {} in {}", status.as_str(), source.name),
            true,
        ));
    }
    let table = doc
        .get_mut("workshop")
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|a| a.get_mut(index))
        .ok_or_else(|| EditError::NotAnArray("workshop", source.name.clone()))?;
    match table.get_mut("status").and_then(Item::as_value_mut) {
        Some(value) => {
            // Keep the spacing and any comment around the old value.
            let decor = value.decor().clone();
            *value = Value::from(status.as_str());
            *value.decor_mut() = decor;
        }
        None => {
            table.insert("status", Item::Value(text(status.as_str())));
        }
    }
    Ok((done, false))
}

/// Whether every line of the text ends with CRLF (so new lines must too).
fn uses_crlf(text: &str) -> bool {
    text.contains("\r\n") && text.matches('\n').count() == text.matches("\r\n").count()
}

fn new_table() -> Table {
    let mut table = Table::new();
    // A blank line before the header, as plans are written.
    table.decor_mut().set_prefix("\n");
    table
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

/// Adds `table` to the array of tables `key`: where its date belongs if the
/// existing entries are in date order, otherwise after the last entry.
fn insert(
    doc: &mut DocumentMut,
    key: &'static str,
    table: Table,
    date: Option<PlanDate>,
    dates: &[Option<PlanDate>],
    name: &str,
) -> Result<(), EditError> {
    let item = doc
        .entry(key)
        .or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
    let array = item
        .as_array_of_tables_mut()
        .ok_or_else(|| EditError::NotAnArray(key, name.to_owned()))?;
    let firsts: Option<Vec<_>> = dates.iter().map(|d| d.map(PlanDate::first)).collect();
    let index = match (date, firsts) {
        (Some(date), Some(firsts)) if firsts.len() == array.len() && firsts.windows(2).all(|w| w[0] <= w[1]) => {
            firsts.iter().filter(|&&d| d <= date.first()).count()
        }
        _ => array.len(),
    };
    array.insert(index, table);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{slug, unique_id};

    #[test]
    fn ids_from_romanian_titles() {
        assert_eq!(
            slug("Workshop privind evaluarea maturității și strategie", "w"),
            "workshop-privind-evaluarea-maturitatii-si-strategie"
        );
        assert_eq!(
            slug("Întâlnire cu ecosistemul — „Arad 2030”", "w"),
            "intalnire-cu-ecosistemul-arad-2030"
        );
        assert_eq!(slug("Şedinţă (vechi ş, ţ)", "w"), "sedinta-vechi-s-t");
        assert_eq!(slug("„”", "workshop"), "workshop");
        let taken: HashSet<&str> = ["lansare", "lansare-2"].into_iter().collect();
        assert_eq!(unique_id("lansare", &taken), "lansare-3");
        assert_eq!(unique_id("atelier", &taken), "atelier");
    }
}
