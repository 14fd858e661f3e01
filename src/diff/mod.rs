//! What changed in the schedule between two resolved plans (design.md,
//! "Diff and report"): items added and removed, dates moved (in days, and
//! in calendar months where both dates are months), and the fields that
//! changed. The model only; `human.rs` and `markdown.rs` word it, and
//! `serde` writes its JSON.

use std::collections::{HashMap, HashSet};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use serde_json::{Value, json};

use crate::date::PlanDate;
use crate::kpi::Reading;
use crate::plan::{Kind, Plan};
use crate::resolve::Resolved;
use crate::status;

pub mod human;
pub mod markdown;

/// How far a date moved: `days` (new − old, counted on the edge's day: the
/// first day of a start or a date, the last of an end), and `months`, the
/// calendar months, where both dates are months or both edge days are a
/// month's edge (a start on the 1st, an end on the month's last day: a
/// window derived from `months` after a phase that ends with a month has
/// day dates, but moved with it, it moved by whole months).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Shift {
    pub days: i64,
    pub months: Option<i64>,
}

impl Shift {
    /// Whether the date did not move.
    pub fn is_zero(self) -> bool {
        self.days == 0 && self.months.unwrap_or(0) == 0
    }
}

/// Which day of a date a shift is counted on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// A start or an event's date: its first day.
    Start,
    /// An end: its last day.
    End,
}

/// How far `new` is from `old`, counted on `edge`.
///
/// ```ignore
/// shift(Month(2021-05), Month(2021-07), Edge::Start) == Shift { days: 61, months: Some(2) }
/// ```
pub fn shift(old: PlanDate, new: PlanDate, edge: Edge) -> Shift {
    let (from, to) = match edge {
        Edge::Start => (old.first(), new.first()),
        Edge::End => (old.last(), new.last()),
    };
    let month_edge = |day: NaiveDate| match edge {
        Edge::Start => day.day() == 1,
        Edge::End => day == crate::date::last_of_month(day),
    };
    let index = |day: NaiveDate| i64::from(day.year()) * 12 + i64::from(day.month0());
    let months = match (old, new) {
        (PlanDate::Month(_), PlanDate::Month(_)) => Some(index(to) - index(from)),
        _ if month_edge(from) && month_edge(to) => Some(index(to) - index(from)),
        _ => None,
    };
    Shift {
        days: (to - from).num_days(),
        months,
    }
}

/// What changed from one plan to another: the JSON of `icc diff --format
/// json` (with `base` and `plan` added by the command).
#[derive(Clone, Debug, Serialize)]
pub struct Diff {
    /// The programme's first day (its earliest phase start) and last (its
    /// latest phase end), before and after; `null` where neither plan has
    /// a phase with a window.
    pub programme: Programme,
    pub counts: Counts,
    /// Items that changed, were added or were removed: phases, milestones,
    /// workshops, recurring meetings, KPIs; each kind in the new plan's
    /// order, its removed items after.
    pub items: Vec<ItemDiff>,
}

impl Diff {
    /// Whether anything changed (what `--exit-code` tells).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.programme.start.is_none() && self.programme.end.is_none()
    }
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Programme {
    /// Its start, if it moved (or one plan has none).
    pub start: Option<Moved>,
    /// Its end, if it moved (or one plan has none).
    pub end: Option<Moved>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

/// One item's changes.
#[derive(Clone, Debug, Serialize)]
pub struct ItemDiff {
    pub kind: Kind,
    pub id: String,
    /// Its name or title: the new one, or the old for a removed item.
    pub name: String,
    pub change: Change,
    /// Its dates: for a changed item those that moved; for an added or
    /// removed one, the dates it has (`old` or `new` is `null`).
    pub dates: Vec<Moved>,
    /// Its other fields that changed, by their keys in the plan.
    pub fields: Vec<FieldChange>,
    /// A KPI's measurements added, removed, or with a new value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measurements: Option<Measurements>,
    /// Its dates moved though the plan states them as before: a phase
    /// derived from what it follows (`after`), a recurring meeting from
    /// its phase.
    pub following: bool,
    /// What it follows that moved (ids), when `following`.
    pub because: Vec<String>,
}

/// A date that moved, by its key (`start`, `end`, `date`, `first`,
/// `last`, `baseline.date`, `target.date`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Moved {
    pub field: &'static str,
    pub old: Option<PlanDate>,
    pub new: Option<PlanDate>,
    /// New − old in days; `null` when a side is missing.
    pub days: Option<i64>,
    /// In calendar months, where both dates are months.
    pub months: Option<i64>,
}

impl Moved {
    fn new(field: &'static str, old: Option<PlanDate>, new: Option<PlanDate>, edge: Edge) -> Moved {
        let shift = old.zip(new).map(|(old, new)| shift(old, new, edge));
        Moved {
            field,
            old,
            new,
            days: shift.map(|s| s.days),
            months: shift.and_then(|s| s.months),
        }
    }

    /// How far it moved, when both sides have a date.
    pub fn shift(&self) -> Option<Shift> {
        Some(Shift {
            days: self.days?,
            months: self.months,
        })
    }
}

/// A field that changed, by its key; values as the plan's JSON writes them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: Value,
    pub new: Value,
}

/// A KPI's measurements, matched by date.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Measurements {
    pub added: Vec<Reading>,
    pub removed: Vec<Reading>,
    pub changed: Vec<ValueChange>,
}

impl Measurements {
    fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// A measurement of the same date with another value.
#[derive(Clone, Debug, Serialize)]
pub struct ValueChange {
    pub date: PlanDate,
    #[serde(serialize_with = "crate::kpi::number")]
    pub old: f64,
    #[serde(serialize_with = "crate::kpi::number")]
    pub new: f64,
}

/// An item as the diff compares it.
struct Snapshot {
    kind: Kind,
    id: String,
    name: String,
    dates: Vec<(&'static str, Option<PlanDate>, Edge)>,
    fields: Vec<(&'static str, Value)>,
    /// What the plan states of its dates: equal on both sides and the
    /// dates moved, it follows something.
    stated: Value,
    /// What it may follow: `after` for a phase, its phase for a meeting;
    /// empty for items whose dates are all stated.
    follows: Vec<String>,
    measurements: Option<Vec<Reading>>,
}

/// One side of the comparison: a plan and what it resolved to.
pub struct Side<'a> {
    pub plan: &'a Plan,
    pub resolved: &'a Resolved,
}

/// What changed from `old` to `new`. Items are matched by kind and id
/// (the n-th of a repeated id with the n-th); work is linear in the items.
/// `today` only places occurrences and KPIs in time; nothing compared
/// depends on it.
pub fn compare(old: Side<'_>, new: Side<'_>, today: NaiveDate) -> Diff {
    let (before, after) = (snapshots(&old, today), snapshots(&new, today));
    let programme = Programme {
        start: programme_edge(&before.phases, &after.phases, Edge::Start),
        end: programme_edge(&before.phases, &after.phases, Edge::End),
    };
    let mut olds: HashMap<(Kind, &str, usize), &Snapshot> = HashMap::new();
    let mut seen: HashMap<(Kind, &str), usize> = HashMap::new();
    for item in &before.items {
        let n = seen.entry((item.kind, item.id.as_str())).or_default();
        olds.insert((item.kind, item.id.as_str(), *n), item);
        *n += 1;
    }
    seen.clear();
    let mut matched: HashSet<(Kind, &str, usize)> = HashSet::new();
    let mut items: Vec<ItemDiff> = Vec::new();
    let kinds = [Kind::Phase, Kind::Milestone, Kind::Workshop, Kind::Recurring, Kind::Kpi];
    for kind in kinds {
        for item in after.items.iter().filter(|i| i.kind == kind) {
            let n = seen.entry((item.kind, item.id.as_str())).or_default();
            let key = (item.kind, item.id.as_str(), *n);
            *n += 1;
            match olds.get(&key) {
                Some(old) => {
                    matched.insert(key);
                    if let Some(diff) = changed(old, item) {
                        items.push(diff);
                    }
                }
                None => items.push(whole(item, Change::Added)),
            }
        }
        let mut seen_old: HashMap<&str, usize> = HashMap::new();
        for item in before.items.iter().filter(|i| i.kind == kind) {
            let n = seen_old.entry(item.id.as_str()).or_default();
            let key = (item.kind, item.id.as_str(), *n);
            *n += 1;
            if !matched.contains(&key) {
                items.push(whole(item, Change::Removed));
            }
        }
    }
    // What moved, for the items that follow it.
    let moved: HashSet<(Kind, String)> = items
        .iter()
        .filter(|i| i.change == Change::Changed && !i.dates.is_empty())
        .map(|i| (i.kind, i.id.clone()))
        .collect();
    let moved_ids: HashSet<&str> = moved.iter().map(|(_, id)| id.as_str()).collect();
    for item in &mut items {
        if item.following {
            item.because.retain(|id| moved_ids.contains(id.as_str()));
        }
    }
    let count = |change| items.iter().filter(|i| i.change == change).count();
    Diff {
        programme,
        counts: Counts {
            added: count(Change::Added),
            removed: count(Change::Removed),
            changed: count(Change::Changed),
        },
        items,
    }
}

/// An added or removed item, with the dates it has.
fn whole(item: &Snapshot, change: Change) -> ItemDiff {
    let dates = item
        .dates
        .iter()
        .filter(|(_, date, _)| date.is_some())
        .map(|(field, date, edge)| match change {
            Change::Removed => Moved::new(field, *date, None, *edge),
            _ => Moved::new(field, None, *date, *edge),
        })
        .collect();
    ItemDiff {
        kind: item.kind,
        id: item.id.clone(),
        name: item.name.clone(),
        change,
        dates,
        fields: Vec::new(),
        measurements: None,
        following: false,
        because: Vec::new(),
    }
}

/// The changes of an item in both plans, or `None` if it is the same.
fn changed(old: &Snapshot, new: &Snapshot) -> Option<ItemDiff> {
    let olds: HashMap<&str, (Option<PlanDate>, Edge)> = old.dates.iter().map(|(f, d, e)| (*f, (*d, *e))).collect();
    let mut dates: Vec<Moved> = Vec::new();
    for (field, date, edge) in &new.dates {
        let (before, _) = olds.get(field).copied().unwrap_or((None, *edge));
        let moved = match (before, date) {
            (Some(a), Some(b)) => !shift(a, *b, *edge).is_zero() || a != *b,
            (None, None) => false,
            _ => true,
        };
        if moved {
            dates.push(Moved::new(field, before, *date, *edge));
        }
    }
    let old_fields: HashMap<&str, &Value> = old.fields.iter().map(|(f, v)| (*f, v)).collect();
    let fields: Vec<FieldChange> = new
        .fields
        .iter()
        .filter_map(|(field, value)| {
            let before = old_fields.get(field).copied().cloned().unwrap_or(Value::Null);
            (before != *value).then(|| FieldChange {
                field,
                old: before,
                new: value.clone(),
            })
        })
        .collect();
    let measurements = match (&old.measurements, &new.measurements) {
        (Some(a), Some(b)) => Some(measurements(a, b)).filter(|m| !m.is_empty()),
        _ => None,
    };
    if dates.is_empty() && fields.is_empty() && measurements.is_none() {
        return None;
    }
    let following = !dates.is_empty() && !new.follows.is_empty() && old.stated == new.stated;
    Some(ItemDiff {
        kind: new.kind,
        id: new.id.clone(),
        name: new.name.clone(),
        change: Change::Changed,
        dates,
        fields,
        measurements,
        following,
        because: if following { new.follows.clone() } else { Vec::new() },
    })
}

/// Measurements matched by date: added, removed, and those with another
/// value. A date written twice (already a finding) counts its first.
fn measurements(old: &[Reading], new: &[Reading]) -> Measurements {
    let mut olds: HashMap<PlanDate, f64> = HashMap::new();
    for m in old {
        olds.entry(m.date).or_insert(m.value);
    }
    let mut news: HashMap<PlanDate, f64> = HashMap::new();
    for m in new {
        news.entry(m.date).or_insert(m.value);
    }
    let mut result = Measurements::default();
    let mut done: HashSet<PlanDate> = HashSet::new();
    for m in new {
        if !done.insert(m.date) {
            continue;
        }
        match olds.get(&m.date) {
            None => result.added.push(*m),
            Some(value) if value.to_bits() != m.value.to_bits() && value != &m.value => {
                result.changed.push(ValueChange {
                    date: m.date,
                    old: *value,
                    new: m.value,
                });
            }
            Some(_) => {}
        }
    }
    let mut done: HashSet<PlanDate> = HashSet::new();
    for m in old {
        if done.insert(m.date) && !news.contains_key(&m.date) {
            result.removed.push(*m);
        }
    }
    result
}

/// The programme's start or end, before and after, if it changed.
fn programme_edge(old: &[status::PhaseView], new: &[status::PhaseView], edge: Edge) -> Option<Moved> {
    let pick = |phases: &[status::PhaseView]| -> Option<PlanDate> {
        match edge {
            Edge::Start => phases.iter().filter_map(|p| p.start).min_by_key(|d| d.first()),
            Edge::End => phases.iter().filter_map(|p| p.end).max_by_key(|d| d.last()),
        }
    };
    let (a, b) = (pick(old), pick(new));
    let moved = match (a, b) {
        (Some(a), Some(b)) => !shift(a, b, edge).is_zero() || a != b,
        (None, None) => false,
        _ => true,
    };
    let field = match edge {
        Edge::Start => "start",
        Edge::End => "end",
    };
    moved.then(|| Moved::new(field, a, b, edge))
}

struct Snapshots {
    phases: Vec<status::PhaseView>,
    items: Vec<Snapshot>,
}

/// Every item of a plan as the diff compares it.
fn snapshots(side: &Side<'_>, today: NaiveDate) -> Snapshots {
    let (plan, resolved) = (side.plan, side.resolved);
    let phases = status::phases(plan, resolved, today);
    let mut items = Vec::new();
    for (view, phase) in phases.iter().zip(&plan.phases) {
        let stated = |d: &Option<crate::plan::Spanned<PlanDate>>| json!(d.as_ref().map(|d| *d.get_ref()));
        items.push(Snapshot {
            kind: Kind::Phase,
            id: view.id.clone(),
            name: view.name.clone(),
            dates: vec![("start", view.start, Edge::Start), ("end", view.end, Edge::End)],
            fields: vec![
                ("name", json!(view.name)),
                ("months", json!(view.stated_months)),
                ("after", json!(view.after)),
                ("summary", json!(view.summary)),
                ("activities", json!(view.activities)),
            ],
            stated: json!([stated(&phase.start), stated(&phase.end), view.stated_months, view.after]),
            follows: view.after.clone(),
            measurements: None,
        });
    }
    let events = |kind: Kind, views: Vec<status::EventView>, items: &mut Vec<Snapshot>| {
        for view in views {
            let mut fields = vec![
                ("title", json!(view.title)),
                ("status", json!(view.status)),
                ("phase", json!(view.phase)),
            ];
            if kind == Kind::Workshop {
                fields.extend([
                    ("activity", json!(view.activity)),
                    ("mode", json!(view.mode)),
                    ("audience", json!(view.audience)),
                    ("led_by", json!(view.led_by)),
                    ("objective", json!(view.objective)),
                ]);
            }
            let mut dates = vec![("date", Some(view.date), Edge::Start)];
            if kind == Kind::Workshop {
                dates.push(("end", view.end, Edge::End));
            }
            items.push(Snapshot {
                kind,
                id: view.id,
                name: view.title,
                dates,
                fields,
                stated: Value::Null,
                follows: Vec::new(),
                measurements: None,
            });
        }
    };
    events(Kind::Milestone, status::milestones(plan, resolved, today), &mut items);
    events(Kind::Workshop, status::workshops(plan, resolved, today), &mut items);
    for (view, meeting) in status::recurring(plan, resolved, today)
        .into_iter()
        .zip(&plan.recurring)
    {
        let first = view.occurrences.first().map(|o| o.date);
        let last = view.occurrences.last().map(|o| o.date);
        let stated_first = meeting.first.as_ref().map(|f| *f.get_ref());
        items.push(Snapshot {
            kind: Kind::Recurring,
            id: view.id,
            name: view.title.clone(),
            dates: vec![("first", first, Edge::Start), ("last", last, Edge::Start)],
            fields: vec![
                ("title", json!(view.title)),
                ("phase", json!(view.phase)),
                ("every_months", json!(view.every_months)),
                ("review", json!(view.review)),
                ("occurrences", json!(view.occurrences.len())),
                ("audience", json!(texts(&meeting.audience))),
                ("led_by", json!(texts(&meeting.led_by))),
                ("mode", json!(meeting.mode.as_ref().map(|m| *m.get_ref()))),
                ("objective", json!(meeting.objective.as_ref().map(|o| o.get_ref()))),
            ],
            stated: json!([stated_first, view.every_months, view.phase]),
            follows: view.phase.into_iter().collect(),
            measurements: None,
        });
    }
    for view in status::kpis(plan, today) {
        let value = |r: &Option<Reading>| r.map_or(Value::Null, |r| number(r.value));
        items.push(Snapshot {
            kind: Kind::Kpi,
            id: view.id,
            name: view.name.clone(),
            dates: vec![
                ("baseline.date", view.baseline.map(|r| r.date), Edge::Start),
                ("target.date", view.target.map(|r| r.date), Edge::End),
            ],
            fields: vec![
                ("name", json!(view.name)),
                ("unit", json!(view.unit)),
                ("phase", json!(view.phase)),
                ("direction", json!(view.direction)),
                ("baseline.value", value(&view.baseline)),
                ("target.value", value(&view.target)),
            ],
            stated: Value::Null,
            follows: Vec::new(),
            measurements: Some(view.measurements),
        });
    }
    Snapshots { phases, items }
}

fn texts(values: &[crate::plan::Spanned<String>]) -> Vec<&str> {
    values.iter().map(|v| v.get_ref().as_str()).collect()
}

/// A value as the plan's JSON writes it: a whole number as an integer.
pub fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_shift_counts_days_on_its_edge_and_months_between_months() {
        let (may, july) = (PlanDate::Month(day(2021, 5, 1)), PlanDate::Month(day(2021, 7, 1)));
        assert_eq!(
            shift(may, july, Edge::Start),
            Shift {
                days: 61,
                months: Some(2)
            }
        );
        // May's last day to July's last day.
        assert_eq!(
            shift(may, july, Edge::End),
            Shift {
                days: 61,
                months: Some(2)
            }
        );
        let feb = PlanDate::Month(day(2021, 2, 1));
        assert_eq!(
            shift(feb, PlanDate::Month(day(2021, 3, 1)), Edge::End),
            Shift {
                days: 31,
                months: Some(1)
            }
        );
        let early = PlanDate::Day(day(2021, 5, 20));
        assert_eq!(
            shift(early, PlanDate::Day(day(2021, 5, 10)), Edge::Start),
            Shift {
                days: -10,
                months: None
            }
        );
        // A day against a month: days only, but where both are a month's edge.
        assert_eq!(shift(may, early, Edge::Start), Shift { days: 19, months: None });
        let (first, last) = (PlanDate::Day(day(2021, 7, 1)), PlanDate::Day(day(2021, 12, 31)));
        assert_eq!(
            shift(may, first, Edge::Start),
            Shift {
                days: 61,
                months: Some(2)
            }
        );
        assert_eq!(
            shift(PlanDate::Day(day(2021, 10, 31)), last, Edge::End),
            Shift {
                days: 61,
                months: Some(2)
            }
        );
        // Not a month's edge for this edge: days.
        assert_eq!(
            shift(PlanDate::Day(day(2021, 10, 31)), last, Edge::Start),
            Shift { days: 61, months: None }
        );
        assert!(shift(may, may, Edge::End).is_zero());
    }
}
