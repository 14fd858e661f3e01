//! `move`: an item's dates, replaced or shifted, and what depends on them.
//!
//! A move writes only dates the plan states. What the plan derives from
//! them (a phase that starts after another ends, an end from a start and a
//! length) follows by itself. What states its own dates and depends on the
//! moved item (an item `after` it, an event or a recurring meeting whose
//! `phase` is it), and would now break that dependency (start before what
//! it follows ends, fall outside its phase), is found in one pass over the
//! plan in dependency order, without checking the plan again for each
//! (so work grows with the plan, not its square). Without `cascade` the
//! move is refused, naming them; with it, each is shifted by as much as
//! what it depends on moved, and what depends on it is looked at in turn.
//! The whole plan is checked after all, as for every edit.

use std::collections::HashMap;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use super::Refusal;
use super::layout::{KeyLine, Splice, date_like, insert_line};
use super::splice::{Applied, Expect, Note, Parts, find, inline, key_line_of};
use super::{EditError, Unsupported, Wanted};
use crate::date::{Length, PlanDate, add_months, in_calendar, last_of_month, sub_months};
use crate::plan::{ItemRef, Kind, Plan, Spanned};
use crate::resolve::{Membership, Resolved};
use crate::source::Source;

/// What `move` is asked: new dates for some of the item's keys, or a shift
/// of all it states.
#[derive(Clone, Debug, Default)]
pub struct Move {
    pub id: String,
    pub by: Option<Shift>,
    /// An event's date.
    pub date: Option<PlanDate>,
    /// A series' last day, or a phase's end.
    pub end: Option<PlanDate>,
    /// A phase's start.
    pub start: Option<PlanDate>,
    /// A phase's length.
    pub months: Option<u32>,
    /// A recurring meeting's first occurrence.
    pub first: Option<PlanDate>,
    /// Shift what depends on the item and would break, too.
    pub cascade: bool,
}

/// A unit a date moves by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Calendar months: the same day of the month, or the month's last day.
    Months,
    Weeks,
    Days,
}

/// How far a date moves: `2m`, `-10d`, `3w`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    pub amount: i64,
    pub unit: Unit,
}

/// Why a date cannot move by a shift.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftError {
    /// A month-precision date moves by whole months only.
    MonthByDays,
    /// The date would leave the calendar icc writes (years 0001 to 9999).
    Calendar,
}

impl Shift {
    /// The date moved by this much.
    pub fn apply(self, date: PlanDate) -> Result<PlanDate, ShiftError> {
        let day = |day: Option<NaiveDate>| day.and_then(in_calendar).ok_or(ShiftError::Calendar);
        let months = |from: NaiveDate, n: i64| {
            let n = u32::try_from(n.unsigned_abs()).ok();
            day(n.and_then(|n| {
                if self.amount >= 0 {
                    add_months(from, n)
                } else {
                    sub_months(from, n)
                }
            }))
        };
        match (self.unit, date) {
            (Unit::Months, PlanDate::Day(d)) => months(d, self.amount).map(PlanDate::Day),
            (Unit::Months, PlanDate::Month(m)) => months(m, self.amount).map(PlanDate::Month),
            (_, PlanDate::Month(_)) => Err(ShiftError::MonthByDays),
            (unit, PlanDate::Day(d)) => {
                let days = if unit == Unit::Weeks {
                    self.amount.checked_mul(7)
                } else {
                    Some(self.amount)
                };
                day(days
                    .and_then(chrono::TimeDelta::try_days)
                    .and_then(|delta| d.checked_add_signed(delta)))
                .map(PlanDate::Day)
            }
        }
    }

    /// How far `old` moved to become `new`, on the side of a window it is
    /// (a start moves by its first day, an end by its last, a month's
    /// last day for a month): in whole
    /// months where it can be said so (months to months, the same day of
    /// the month, or a month's last day to another's), else in days.
    /// `None` if it did not move (a month's end and its last day are one).
    pub fn between(old: PlanDate, new: PlanDate, side: Side) -> Option<Shift> {
        let month_index = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
        let (a, b) = match side {
            Side::Start => (old.first(), new.first()),
            Side::End => (old.last(), new.last()),
        };
        if a == b {
            return None;
        }
        let months = month_index(b) - month_index(a);
        let whole = matches!((old, new), (PlanDate::Month(_), PlanDate::Month(_)))
            || a.day() == b.day()
            || (a == last_of_month(a) && b == last_of_month(b));
        Some(if whole && months != 0 {
            Shift {
                amount: months,
                unit: Unit::Months,
            }
        } else {
            Shift {
                amount: (b - a).num_days(),
                unit: Unit::Days,
            }
        })
    }
}

/// Which end of a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Start,
    End,
}

/// Where an item is in time, as a move reports it: a phase's window, an
/// event's date (and a series' end), a recurring meeting's first occurrence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    pub start: PlanDate,
    pub end: Option<PlanDate>,
}

/// An item that states its dates and depends on what moved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dependent {
    pub kind: Kind,
    pub id: String,
    /// The line of the date that would move.
    pub line: usize,
    pub because: Because,
    /// An event that is `done`: what happened is not moved by a cascade.
    pub done: bool,
}

/// Why a dependent would break.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Because {
    /// It would start before this item (in its `after`) ends.
    Follows { kind: Kind, id: String },
    /// It would fall outside this phase (its `phase`).
    InPhase { id: String },
}

/// What a move cannot do to this plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cannot {
    /// The phase's start is derived from what it follows (`after`): it
    /// moves when they do.
    StartFollows { id: String, after: Vec<String> },
    /// A date cannot move by the shift: a month by days, or out of the calendar.
    Shift {
        kind: Kind,
        id: String,
        key: &'static str,
        date: PlanDate,
        shift: Shift,
        line: usize,
        why: ShiftError,
    },
    /// The item has no date icc could read (already a finding of `icc check`).
    NoDate { kind: Kind, id: String, key: &'static str },
    /// A dependent would break, and no shift of its dates keeps every
    /// dependency it kept (`cascade`): what it follows, its phase's window.
    Follow(Dependent),
    /// Dependents would break, and they are events that are `done`: a
    /// cascade does not move what happened (`cascade`). In file order.
    Done(Vec<Dependent>),
}

/// The flags of a move that do not fit the item's kind: `--start` for a
/// workshop. A usage error (exit 2).
fn check_flags(kind: Kind, change: &Move) -> Result<(), &'static str> {
    let given = [
        (
            "--date",
            change.date.is_some(),
            matches!(kind, Kind::Workshop | Kind::Milestone),
        ),
        (
            "--end",
            change.end.is_some(),
            matches!(kind, Kind::Workshop | Kind::Phase),
        ),
        ("--start", change.start.is_some(), kind == Kind::Phase),
        ("--months", change.months.is_some(), kind == Kind::Phase),
        ("--first", change.first.is_some(), kind == Kind::Recurring),
    ];
    match given.into_iter().find(|(_, given, fits)| *given && !fits) {
        Some((flag, ..)) => Err(flag),
        None => Ok(()),
    }
}

/// The plan's items and, for each, the items it depends on for its dates:
/// what it is `after`, and the phase it names.
struct Graph {
    items: Vec<ItemRef>,
    index: HashMap<ItemRef, usize>,
    preds: Vec<Vec<usize>>,
}

impl Graph {
    fn of(plan: &Plan, resolved: &Resolved) -> Graph {
        let items: Vec<ItemRef> = plan.items().collect();
        let index: HashMap<ItemRef, usize> = items.iter().enumerate().map(|(i, item)| (*item, i)).collect();
        let preds = items
            .iter()
            .map(|item| {
                let mut preds: Vec<usize> = resolved
                    .predecessors
                    .get(item)
                    .map(|preds| preds.iter().map(|(pred, _)| index[pred]).collect())
                    .unwrap_or_default();
                if let Some(Membership::Stated(p)) = resolved.phase_of(*item) {
                    preds.push(index[&ItemRef::new(Kind::Phase, p)]);
                }
                preds
            })
            .collect();
        Graph { items, index, preds }
    }
}

/// A phase's window from what it states, as `resolve` derives it: `after`
/// is the day after its predecessors end, for a phase that states no start.
fn derive(
    start: Option<PlanDate>,
    end: Option<PlanDate>,
    months: Option<u32>,
    after: Option<NaiveDate>,
) -> Option<(PlanDate, PlanDate)> {
    let start = match (start, after, end, months) {
        (Some(start), ..) => start,
        (None, Some(day), ..) => PlanDate::Day(in_calendar(day)?),
        (None, None, Some(end), Some(months)) => {
            PlanDate::Day(in_calendar(sub_months(end.last().succ_opt()?, months)?)?)
        }
        _ => return None,
    };
    let end = match (end, months) {
        (Some(end), _) => end,
        (None, Some(months)) => PlanDate::Day(in_calendar(add_months(start.first(), months)?.pred_opt()?)?),
        _ => return None,
    };
    Some((start, end))
}

/// The dates of the plan's items, as they are and as they will be.
struct Dates<'a> {
    plan: &'a Plan,
    resolved: &'a Resolved,
    source: &'a Source,
    graph: Graph,
    /// Each item's start and end (a recurring meeting's stated first occurrence).
    old: Vec<Option<(PlanDate, PlanDate)>>,
    new: Vec<Option<(PlanDate, PlanDate)>>,
    /// How far each item's start and end moved.
    moved: Vec<(Option<Shift>, Option<Shift>)>,
    /// How the file writes a day: the first day it states, as written
    /// (a bare TOML date, or in its quotes).
    day: Option<&'a str>,
}

impl Dates<'_> {
    fn line(&self, offset: usize) -> usize {
        self.source.line_col(offset).line
    }

    fn id(&self, item: ItemRef) -> String {
        self.plan.header(item).id_or_unknown().to_owned()
    }

    /// `new` written in place of `old` (or where no date was): as `old`
    /// is, where both are days or `new` is a month; a day that replaces a
    /// month, or is new, as the file writes days (bare where it writes
    /// none, as `add-*` does).
    fn written(&self, old: Option<&Spanned<PlanDate>>, new: PlanDate) -> String {
        let text = &self.source.text;
        match old {
            Some(old) if old.get_ref().precision_is_day() || !new.precision_is_day() => {
                date_like(&text[old.span()], new)
            }
            _ if new.precision_is_day() => date_like(self.day.unwrap_or(""), new),
            _ => date_like("", new),
        }
    }

    /// A date value replaced.
    fn replace(&self, old: &Spanned<PlanDate>, new: PlanDate) -> Splice {
        (old.span(), self.written(Some(old), new))
    }

    /// The day after the latest of a phase's predecessors ends, as they
    /// will be; `None` if one has no end.
    fn after_start(&self, item: ItemRef) -> Option<NaiveDate> {
        let preds = self.resolved.predecessors.get(&item)?;
        let ends: Option<Vec<NaiveDate>> = preds
            .iter()
            .map(|(pred, _)| self.new[self.graph.index[pred]].map(|(_, end)| end.last()))
            .collect();
        ends?.into_iter().max()?.succ_opt()
    }
}

/// The stated dates of a phase, and where each is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Stated {
    start: Option<PlanDate>,
    end: Option<PlanDate>,
    months: Option<u32>,
}

fn value<T: Copy>(spanned: &Option<Spanned<T>>) -> Option<T> {
    spanned.as_ref().map(|s| *s.get_ref())
}

pub(super) fn apply(
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    change: &Move,
) -> Result<Result<Parts, Refusal>, EditError> {
    let item = find(plan, resolved, &source.name, None, &change.id, Wanted::Any)?;
    if item.kind == Kind::Kpi {
        return Err(EditError::NoDateToMove { id: change.id.clone() });
    }
    if let Err(flag) = check_flags(item.kind, change) {
        return Err(EditError::Flag {
            flag,
            kind: item.kind,
            id: change.id.clone(),
        });
    }
    if inline(plan, item.kind) {
        return Ok(Err(Refusal::Unsupported(Unsupported::InlineTables(item.kind))));
    }
    let graph = Graph::of(plan, resolved);
    let old: Vec<Option<(PlanDate, PlanDate)>> = graph
        .items
        .iter()
        .map(|&item| match item.kind {
            Kind::Phase => resolved.windows[item.index].map(|w| (w.start, w.end)),
            Kind::Recurring => value(&plan.recurring[item.index].first).map(|first| (first, first)),
            _ => plan.entry(item).when().map(|when| (when.first(), when.last())),
        })
        .collect();
    let n = graph.items.len();
    let day = graph
        .items
        .iter()
        .flat_map(|&item| stated_dates(plan, item))
        .filter(|(_, date)| date.get_ref().precision_is_day())
        .map(|(_, date)| date.span())
        .min_by_key(|span| span.start)
        .map(|span| &source.text[span]);
    let mut dates = Dates {
        plan,
        resolved,
        source,
        graph,
        new: old.clone(),
        old,
        moved: vec![(None, None); n],
        day,
    };
    let mut parts = Parts::default();
    let primary = dates.graph.index[&item];
    let first = match item.kind {
        Kind::Phase => move_phase(&mut dates, item, change, &mut parts),
        Kind::Recurring => move_recurring(&dates, item, change, &mut parts),
        _ => move_event(&mut dates, item, change, &mut parts),
    };
    if let Err(refusal) = first {
        return Ok(Err(refusal));
    }
    if parts.splices.is_empty() {
        return Ok(Ok(parts));
    }
    if let Err(refusal) = follow(&mut dates, primary, change.cascade, &mut parts) {
        return Ok(Err(refusal));
    }
    Ok(Ok(parts))
}

/// The shift of a date as a refusal, if it cannot be made.
fn shifted(
    dates: &Dates<'_>,
    item: ItemRef,
    key: &'static str,
    date: &Spanned<PlanDate>,
    shift: Shift,
) -> Result<PlanDate, Refusal> {
    shift.apply(*date.get_ref()).map_err(|why| {
        Refusal::Cannot(Cannot::Shift {
            kind: item.kind,
            id: dates.id(item),
            key,
            date: *date.get_ref(),
            shift,
            line: dates.line(date.span().start),
            why,
        })
    })
}

/// A new `key = value` line after the line `after`, indented as it is.
fn insert_after(text: &str, after: &KeyLine, key: &str, value: &str) -> Splice {
    let line = format!("{}{key} = {value}", &text[after.indent.clone()]);
    insert_line(text, after.line.end, &line)
}

/// Whether `inner` is all within `outer`: a day of its month, or itself.
fn within(inner: PlanDate, outer: PlanDate) -> bool {
    outer.first() <= inner.first() && inner.last() <= outer.last()
}

/// How far an item moved, said as one shift where both its ends moved by it.
fn one_shift(moved: (Option<Shift>, Option<Shift>)) -> Option<Shift> {
    match moved {
        (Some(start), Some(end)) if start == end => Some(start),
        _ => None,
    }
}

fn move_event(dates: &mut Dates<'_>, item: ItemRef, change: &Move, parts: &mut Parts) -> Result<(), Refusal> {
    let (source, plan) = (dates.source, dates.plan);
    let text = &source.text;
    let id = dates.id(item);
    let (date, end) = match item.kind {
        Kind::Workshop => {
            let w = &plan.workshops[item.index];
            (w.date.as_ref(), w.end.as_ref())
        }
        _ => (plan.milestones[item.index].date.as_ref(), None),
    };
    let Some(date) = date else {
        return Err(Refusal::Cannot(Cannot::NoDate {
            kind: item.kind,
            id,
            key: "date",
        }));
    };
    let (new_date, mut new_end) = match change.by {
        Some(by) => (
            shifted(dates, item, "date", date, by)?,
            end.map(|end| shifted(dates, item, "end", end, by)).transpose()?,
        ),
        None => (
            change.date.unwrap_or(*date.get_ref()),
            change.end.or_else(|| end.map(|end| *end.get_ref())),
        ),
    };
    // An end within its date (its day, or a day of its month) is no
    // series: not written (or taken out), unless the plan already wrote it so.
    let stated_so = end.is_some_and(|end| within(*end.get_ref(), *date.get_ref()));
    if new_end.is_some_and(|end| within(end, new_date)) && !stated_so {
        new_end = None;
        parts.notes.push(Note::EndDropped {
            kind: item.kind,
            id: id.clone(),
            date: new_date,
        });
    }
    let from = Moment {
        start: *date.get_ref(),
        end: end.map(|end| *end.get_ref()),
    };
    let to = Moment {
        start: new_date,
        end: new_end,
    };
    if from == to {
        parts.applied.push(Applied::AlreadyThere {
            kind: item.kind,
            id,
            at: from,
        });
        return Ok(());
    }
    if new_date != *date.get_ref() {
        parts.splices.push(dates.replace(date, new_date));
    }
    match (end, new_end) {
        (Some(end), Some(new_end)) if new_end != *end.get_ref() => parts.splices.push(dates.replace(end, new_end)),
        (None, Some(new_end)) => {
            let line = key_line_of(text, &id, "date", &date.span())?;
            // As the date is written; a day next to a month, as the file
            // writes days.
            let value = dates.written(Some(date), new_end);
            parts.splices.push(insert_after(text, &line, "end", &value));
        }
        (Some(end), None) => {
            let line = key_line_of(text, &id, "end", &end.span())?;
            parts.splices.push((line.line, String::new()));
        }
        _ => {}
    }
    let i = dates.graph.index[&item];
    let new_last = new_end.unwrap_or(new_date);
    dates.new[i] = Some((new_date, new_last));
    dates.moved[i] = match change.by {
        Some(by) => (Some(by), Some(by)),
        None => (
            Shift::between(from.start, new_date, Side::Start),
            Shift::between(from.end.unwrap_or(from.start), new_last, Side::End),
        ),
    };
    parts.expect.push(Expect::Dates {
        id: id.clone(),
        start: new_date,
        end: new_last,
    });
    // A single date moved by one amount, or by none where it stays within
    // where it was (a month made a day of it, a day its month); a series,
    // by how far each end moved.
    let series = from.end.is_some() || to.end.is_some();
    let nested = within(new_date, from.start) || within(from.start, new_date);
    parts.applied.push(Applied::Moved {
        kind: item.kind,
        id,
        by: match change.by {
            Some(by) => Some(by),
            None if series => one_shift(dates.moved[i]),
            None if nested => None,
            None => Shift::between(from.start, new_date, Side::Start),
        },
        ends: if series { dates.moved[i] } else { (None, None) },
        from,
        to,
        because: None,
    });
    Ok(())
}

/// The keys of a phase's window.
const KEYS: [&str; 3] = ["start", "end", "months"];

fn move_phase(dates: &mut Dates<'_>, item: ItemRef, change: &Move, parts: &mut Parts) -> Result<(), Refusal> {
    let (source, plan) = (dates.source, dates.plan);
    let text = &source.text;
    let phase = &plan.phases[item.index];
    let id = dates.id(item);
    let stated = Stated {
        start: value(&phase.start),
        end: value(&phase.end),
        months: phase.months.as_ref().map(|m| m.get_ref().0),
    };
    let follows = !phase.header.after.is_empty();
    let start_follows = stated.start.is_none() && follows;
    let follows_refusal = || {
        Refusal::Cannot(Cannot::StartFollows {
            id: id.clone(),
            after: phase.header.after.iter().map(|a| a.get_ref().clone()).collect(),
        })
    };
    let new = match change.by {
        Some(by) => {
            if start_follows {
                return Err(follows_refusal());
            }
            Stated {
                start: phase
                    .start
                    .as_ref()
                    .map(|s| shifted(dates, item, "start", s, by))
                    .transpose()?,
                end: phase
                    .end
                    .as_ref()
                    .map(|e| shifted(dates, item, "end", e, by))
                    .transpose()?,
                months: stated.months,
            }
        }
        None => {
            if change.start.is_some() && start_follows {
                return Err(follows_refusal());
            }
            restated(stated, follows, change, dates.after_start(item))
        }
    };
    let over = stated.months.is_some() && (stated.start.is_some() || follows) && stated.end.is_some();
    if over
        && change.months.is_none()
        && new.months != stated.months
        && let Some(old) = stated.months
    {
        parts.notes.push(Note::MonthsCounted {
            id: id.clone(),
            old,
            new: new.months,
        });
    }
    let i = dates.graph.index[&item];
    let old = dates.old[i];
    let window = derive(new.start, new.end, new.months, dates.after_start(item));
    if new == stated {
        if let Some((start, end)) = old {
            parts.applied.push(Applied::AlreadyThere {
                kind: Kind::Phase,
                id,
                at: Moment { start, end: Some(end) },
            });
        }
        return Ok(());
    }
    // Each key: replaced where it is; a key the move drops gives its line
    // to a key it adds; a key added with none dropped goes beside the
    // others, in the order start, end, months.
    let spans: [Option<Range<usize>>; 3] = [
        phase.start.as_ref().map(|s| s.span()),
        phase.end.as_ref().map(|e| e.span()),
        phase.months.as_ref().map(|m| m.span()),
    ];
    let old_values = [stated.start.is_some(), stated.end.is_some(), stated.months.is_some()];
    let new_values: [Option<String>; 3] = [
        new.start.map(|d| dates.written(phase.start.as_ref(), d)),
        new.end.map(|d| dates.written(phase.end.as_ref(), d)),
        new.months.map(|m| m.to_string()),
    ];
    let mut lines: [Option<KeyLine>; 3] = [None, None, None];
    for k in 0..3 {
        if let Some(span) = &spans[k] {
            lines[k] = Some(key_line_of(text, &id, KEYS[k], span)?);
        }
    }
    // A key dropped is one stated, so one whose line was found above.
    let dropped: Vec<(usize, &KeyLine)> = (0..3)
        .filter(|&k| old_values[k] && new_values[k].is_none())
        .filter_map(|k| Some((k, lines[k].as_ref()?)))
        .collect();
    let added: Vec<usize> = (0..3).filter(|&k| !old_values[k] && new_values[k].is_some()).collect();
    for k in 0..3 {
        if let (Some(span), Some(value), true) = (&spans[k], &new_values[k], old_values[k]) {
            let changed = match k {
                0 => new.start != stated.start,
                1 => new.end != stated.end,
                _ => new.months != stated.months,
            };
            if changed {
                parts.splices.push((span.clone(), value.clone()));
            }
        }
    }
    let mut free = dropped.iter();
    for &k in &added {
        let value = new_values[k].as_deref().unwrap_or_default();
        match free.next() {
            Some(&(d, line)) => {
                let new_line = format!(
                    "{}{}{}{value}",
                    &text[line.indent.clone()],
                    KEYS[k],
                    &text[line.separator.clone()]
                );
                // The line's own break (CRLF or not) stays; its comment,
                // about the value it replaces, goes.
                let body = text[line.line.clone()].trim_end_matches(['\n', '\r']);
                parts
                    .splices
                    .push((line.line.start..line.line.start + body.len(), new_line));
                parts.notes.push(Note::KeyReplaced {
                    id: id.clone(),
                    old: KEYS[d],
                    new: KEYS[k],
                });
            }
            None => {
                let before = (0..k).rev().find_map(|j| lines[j].as_ref());
                let after = (k + 1..3).find_map(|j| lines[j].as_ref());
                let splice = match (before, after) {
                    (Some(line), _) => insert_after(text, line, KEYS[k], value),
                    (None, Some(line)) => {
                        let new_line = format!("{}{} = {value}", &text[line.indent.clone()], KEYS[k]);
                        insert_line(text, line.line.start, &new_line)
                    }
                    (None, None) => {
                        let at = super::layout::line_after(text, phase.header.keys_end);
                        insert_line(text, at, &format!("{} = {value}", KEYS[k]))
                    }
                };
                parts.splices.push(splice);
            }
        }
    }
    for &(_, line) in free {
        parts.splices.push((line.line.clone(), String::new()));
    }
    dates.new[i] = window;
    dates.moved[i] = match (change.by, old, window) {
        (Some(by), ..) => (Some(by), Some(by)),
        (None, Some(old), Some(new)) => (
            Shift::between(old.0, new.0, Side::Start),
            Shift::between(old.1, new.1, Side::End),
        ),
        _ => (None, None),
    };
    if let (Some(old), Some(new)) = (old, window) {
        parts.expect.push(Expect::Dates {
            id: id.clone(),
            start: new.0,
            end: new.1,
        });
        let to = Moment {
            start: new.0,
            end: Some(new.1),
        };
        if (old.0.first(), old.1.last()) == (new.0.first(), new.1.last()) {
            // Written otherwise, but not moved: said so, not as a move.
            parts.applied.push(Applied::Kept {
                kind: Kind::Phase,
                id,
                at: to,
            });
        } else {
            parts.applied.push(Applied::Moved {
                kind: Kind::Phase,
                id,
                by: one_shift(dates.moved[i]),
                ends: dates.moved[i],
                from: Moment {
                    start: old.0,
                    end: Some(old.1),
                },
                to,
                because: None,
            });
        }
    } else {
        // A window that cannot be derived, before or after: the check of
        // the plan after the edit says why, if it is the edit's doing.
        parts.applied.push(Applied::Restated { kind: Kind::Phase, id });
    }
    Ok(())
}

/// What a phase states after `--start`, `--end`, `--months`: each value
/// given replaces the one stated; a key given that the phase did not state
/// is added, and if the phase then states more than fixes its window (both
/// ends, and `months`), the key the value used to be derived from goes:
/// `months` (for an end or start given), else the end (for `months`
/// given: the phase keeps its start), else the start. A phase that stated
/// more than enough already keeps all it states, each agreeing with the
/// others: `months` alone moves the end (the start stays: `derived`, the
/// day after what it follows ends, where it states none), `months` and
/// an end move the start, and a start or an end restates `months` as the
/// length of the new window where that changed (see [`counted`]).
fn restated(stated: Stated, follows: bool, change: &Move, derived: Option<NaiveDate>) -> Stated {
    let over = |s: &Stated| s.months.is_some() && (s.start.is_some() || follows) && s.end.is_some();
    let mut new = Stated {
        start: change.start.or(stated.start),
        end: change.end.or(stated.end),
        months: change.months.or(stated.months),
    };
    if over(&stated) {
        let start = |s: &Stated| s.start.or(derived.and_then(in_calendar).map(PlanDate::Day));
        match (change.start, change.end, change.months) {
            (_, None, Some(months)) => {
                if let Some(end) = start(&new).and_then(|start| end_after(start, months, stated.end)) {
                    new.end = Some(end);
                }
            }
            (None, Some(end), Some(months)) if stated.start.is_some() => {
                if let Some(start) = start_before(end, months, stated.start) {
                    new.start = Some(start);
                }
            }
            (_, _, None) => {
                let length = |s: &Stated| Some(Length::between(start(s)?.first(), s.end?.last()));
                if length(&new) != length(&stated) {
                    new.months = length(&new).and_then(counted);
                }
            }
            _ => {}
        }
        return new;
    }
    if over(&new) && !over(&stated) {
        let fewer = [
            (change.months.is_none(), Stated { months: None, ..new }),
            (change.end.is_none(), Stated { end: None, ..new }),
            (change.start.is_none(), Stated { start: None, ..new }),
        ];
        if let Some((_, fewer)) = fewer.into_iter().find(|(droppable, fewer)| *droppable && !over(fewer)) {
            new = fewer;
        }
    }
    new
}

/// A length as `months` states it: whole months, at least one.
fn counted(length: Length) -> Option<u32> {
    (length.days == 0 && length.months >= 1).then_some(length.months)
}

/// The end of a window of `months` from `start`, written as `like` is (a
/// month where it was one and the window ends with a month).
fn end_after(start: PlanDate, months: u32, like: Option<PlanDate>) -> Option<PlanDate> {
    let last = in_calendar(add_months(start.first(), months)?.pred_opt()?)?;
    Some(match like {
        Some(PlanDate::Month(_)) if last == last_of_month(last) => PlanDate::Month(last.with_day(1)?),
        _ => PlanDate::Day(last),
    })
}

/// The start of a window of `months` that ends with `end`, written as
/// `like` is (a month where it was one and the window starts a month).
fn start_before(end: PlanDate, months: u32, like: Option<PlanDate>) -> Option<PlanDate> {
    let first = in_calendar(sub_months(end.last().succ_opt()?, months)?)?;
    Some(match like {
        Some(PlanDate::Month(_)) if first.day() == 1 => PlanDate::Month(first),
        _ => PlanDate::Day(first),
    })
}

fn move_recurring(dates: &Dates<'_>, item: ItemRef, change: &Move, parts: &mut Parts) -> Result<(), Refusal> {
    let text = &dates.source.text;
    let meeting = &dates.plan.recurring[item.index];
    let id = dates.id(item);
    let no_date = || {
        Refusal::Cannot(Cannot::NoDate {
            kind: Kind::Recurring,
            id: id.clone(),
            key: "first",
        })
    };
    // The first occurrence as stated, or as derived: the phase's start
    // plus one interval.
    let derived = || {
        let phase = match dates.resolved.phase_of(item) {
            Some(Membership::Stated(p)) => p,
            _ => return None,
        };
        let window = dates.resolved.windows[phase]?;
        let every = meeting.every_months.as_ref()?.get_ref().0;
        let day = add_months(window.start.first(), every)?;
        Some(if window.start.precision_is_day() {
            PlanDate::Day(day)
        } else {
            PlanDate::Month(day)
        })
    };
    let old = match &meeting.first {
        Some(first) => *first.get_ref(),
        None => derived().ok_or_else(no_date)?,
    };
    let new = match (change.by, &meeting.first) {
        (Some(by), Some(first)) => shifted(dates, item, "first", first, by)?,
        (Some(by), None) => by.apply(old).map_err(|why| {
            Refusal::Cannot(Cannot::Shift {
                kind: Kind::Recurring,
                id: id.clone(),
                key: "first",
                date: old,
                shift: by,
                line: dates.line(meeting.header.id_span().start),
                why,
            })
        })?,
        (None, _) => change.first.ok_or_else(no_date)?,
    };
    let (from, to) = (Moment { start: old, end: None }, Moment { start: new, end: None });
    if meeting.first.is_some() && old == new {
        parts.applied.push(Applied::AlreadyThere {
            kind: Kind::Recurring,
            id,
            at: from,
        });
        return Ok(());
    }
    match &meeting.first {
        Some(first) => parts.splices.push(dates.replace(first, new)),
        None => {
            // After `every_months`, which it counts from.
            let every = meeting.every_months.as_ref().ok_or_else(no_date)?;
            let line = key_line_of(text, &id, "every_months", &every.span())?;
            parts
                .splices
                .push(insert_after(text, &line, "first", &dates.written(None, new)));
            parts.notes.push(Note::FirstStated {
                id: id.clone(),
                first: new,
            });
        }
    }
    parts.applied.push(Applied::Moved {
        kind: Kind::Recurring,
        id,
        by: change.by.or_else(|| Shift::between(old, new, Side::Start)),
        ends: (None, None),
        from,
        to,
        because: None,
    });
    Ok(())
}

/// The items that depend on the moved one, in dependency order: each
/// that states its dates and would break is a dependent; with `cascade`
/// it is shifted (its writes added to `parts`) by as much as what it
/// depends on moved, or as far as it must to keep what it kept (by whole
/// months where it states a month: [`follow_shift`]), and what depends on
/// it is looked at in turn. An event that is done is not moved so: the
/// move is refused, naming it. Items on a dependency cycle, or after one,
/// have no place in the order: they are named in a note.
fn follow(dates: &mut Dates<'_>, primary: usize, cascade: bool, parts: &mut Parts) -> Result<(), Refusal> {
    let plan = dates.plan;
    let order = crate::graph::order(&dates.graph.preds);
    let mut placed = vec![false; dates.graph.items.len()];
    let mut cascaded = Vec::new();
    let mut done = Vec::new();
    for &i in &order {
        placed[i] = true;
        if i == primary || dates.old[i].is_none() {
            continue;
        }
        let moved_inputs = dates.graph.preds[i].iter().any(|&p| dates.new[p] != dates.old[p]);
        if !moved_inputs {
            continue;
        }
        let item = dates.graph.items[i];
        let Some((dependent, p, side)) = breaks(dates, i) else {
            // Nothing broken: a phase that derives its window moves by
            // itself, which is said after what it follows.
            if item.kind == Kind::Phase {
                let phase = &plan.phases[item.index];
                let window = derive(
                    value(&phase.start),
                    value(&phase.end),
                    phase.months.as_ref().map(|m| m.get_ref().0),
                    if phase.start.is_none() && !phase.header.after.is_empty() {
                        dates.after_start(item)
                    } else {
                        None
                    },
                );
                dates.new[i] = window;
                if let (Some(old), Some(new)) = (dates.old[i], window)
                    && old != new
                {
                    dates.moved[i] = (
                        Shift::between(old.0, new.0, Side::Start),
                        Shift::between(old.1, new.1, Side::End),
                    );
                    let line = dates.line(phase.header.span.start);
                    cascaded.push((
                        line,
                        Applied::Follows {
                            id: dates.id(item),
                            by: one_shift(dates.moved[i]),
                            ends: dates.moved[i],
                            from: Moment {
                                start: old.0,
                                end: Some(old.1),
                            },
                            to: Moment {
                                start: new.0,
                                end: Some(new.1),
                            },
                        },
                    ));
                }
            }
            continue;
        };
        if !cascade {
            parts.breaks.push(dependent);
            continue;
        }
        if dependent.done {
            // Not moved; named with every other, once the pass is over.
            done.push(dependent);
            continue;
        }
        let Some(by) = follow_shift(dates, i, p, side) else {
            return Err(Refusal::Cannot(Cannot::Follow(dependent)));
        };
        let line = dependent.line;
        if let Some(moved) = shift_dependent(dates, i, by, dependent.because, parts)? {
            cascaded.push((line, moved));
        }
    }
    // Named, and said, in the order of the file.
    if !done.is_empty() {
        done.sort_by_key(|dependent| dependent.line);
        return Err(Refusal::Cannot(Cannot::Done(done)));
    }
    parts.breaks.sort_by_key(|dependent| dependent.line);
    cascaded.sort_by_key(|(line, _)| *line);
    parts.applied.extend(cascaded.into_iter().map(|(_, moved)| moved));
    let skipped = unordered(dates, &placed, primary);
    if !skipped.is_empty() {
        parts.notes.push(Note::NotFollowed {
            items: skipped
                .into_iter()
                .map(|i| (dates.graph.items[i].kind, dates.id(dates.graph.items[i])))
                .collect(),
            cascade,
        });
    }
    Ok(())
}

/// The items with dates that depend on what moved (directly or not) but
/// have no place in the dependency order (on a cycle, or after one), in
/// the order of the file.
fn unordered(dates: &Dates<'_>, placed: &[bool], primary: usize) -> Vec<usize> {
    let n = placed.len();
    let mut successors = vec![Vec::new(); n];
    for (i, preds) in dates.graph.preds.iter().enumerate() {
        for &p in preds {
            successors[p].push(i);
        }
    }
    let mut stack: Vec<usize> = (0..n).filter(|&i| dates.new[i] != dates.old[i]).collect();
    let mut seen = vec![false; n];
    let mut skipped = Vec::new();
    while let Some(i) = stack.pop() {
        for &next in &successors[i] {
            if !placed[next] && !seen[next] {
                seen[next] = true;
                stack.push(next);
                if next != primary && dates.old[next].is_some() {
                    skipped.push(next);
                }
            }
        }
    }
    skipped.sort_by_key(|&i| dates.plan.header(dates.graph.items[i]).span.start);
    skipped
}

/// The values an item states for its dates: (key, value) pairs.
fn stated_dates(plan: &Plan, item: ItemRef) -> Vec<(&'static str, &Spanned<PlanDate>)> {
    let keys: [(&'static str, Option<&Spanned<PlanDate>>); 2] = match item.kind {
        Kind::Phase => {
            let phase = &plan.phases[item.index];
            [("start", phase.start.as_ref()), ("end", phase.end.as_ref())]
        }
        Kind::Workshop => {
            let w = &plan.workshops[item.index];
            [("date", w.date.as_ref()), ("end", w.end.as_ref())]
        }
        Kind::Milestone => [("date", plan.milestones[item.index].date.as_ref()), ("end", None)],
        Kind::Recurring => [("first", plan.recurring[item.index].first.as_ref()), ("end", None)],
        Kind::Kpi => [("date", None), ("end", None)],
    };
    keys.into_iter()
        .filter_map(|(key, value)| Some((key, value?)))
        .collect()
}

/// Whether a phase states no start of its own and follows others: its
/// start is the day after they end, and only its stated end can move.
fn start_follows(plan: &Plan, item: ItemRef) -> bool {
    item.kind == Kind::Phase && {
        let phase = &plan.phases[item.index];
        phase.start.is_none() && !phase.header.after.is_empty()
    }
}

/// Whether item `i` would break, as it stands, with what it depends on
/// where it will be: the dependent, and what it breaks with (the item,
/// and the side of it that moved). Only what the move breaks counts: what
/// was already broken is not the move's doing.
fn breaks(dates: &Dates<'_>, i: usize) -> Option<(Dependent, usize, Side)> {
    let item = dates.graph.items[i];
    let plan = dates.plan;
    let stated = stated_dates(plan, item);
    let (&(_, first), _) = stated.split_first()?;
    let dependent = |because| Dependent {
        kind: item.kind,
        id: dates.id(item),
        line: dates.line(first.span().start),
        because,
        done: plan.entry(item).status() == Some(crate::plan::Status::Done),
    };
    let old = dates.old[i]?;
    let (start, end) = match item.kind {
        Kind::Phase => {
            let phase = &plan.phases[item.index];
            match (&phase.start, &phase.end) {
                // Its start follows `after`; a stated end it would pass.
                (None, Some(end)) if !phase.header.after.is_empty() => {
                    let start = dates.after_start(item)?;
                    let end = *end.get_ref();
                    if end.last() < start && old.1.last() >= old.0.first() {
                        let preds = dates.resolved.predecessors.get(&item)?;
                        let (pred, _) = preds
                            .iter()
                            .max_by_key(|(pred, _)| dates.new[dates.graph.index[pred]].map(|(_, end)| end.last()))?;
                        let because = Because::Follows {
                            kind: pred.kind,
                            id: dates.id(*pred),
                        };
                        return Some((dependent(because), dates.graph.index[pred], Side::End));
                    }
                    return None;
                }
                (Some(_), _) => old,
                _ => return None,
            }
        }
        _ => old,
    };
    // Finish to start, with each predecessor as it will be.
    for (pred, _) in dates.resolved.predecessors.get(&item).into_iter().flatten() {
        let p = dates.graph.index[pred];
        let (Some((_, new_end)), Some((_, old_end))) = (dates.new[p], dates.old[p]) else {
            continue;
        };
        if start.last() < new_end.first() && start.last() >= old_end.first() {
            let because = Because::Follows {
                kind: pred.kind,
                id: dates.id(*pred),
            };
            return Some((dependent(because), p, Side::End));
        }
    }
    // Inside the phase it names.
    if item.kind != Kind::Phase
        && let Some(Membership::Stated(phase)) = dates.resolved.phase_of(item)
    {
        let p = dates.graph.index[&ItemRef::new(Kind::Phase, phase)];
        let (Some(new), Some(old_window)) = (dates.new[p], dates.old[p]) else {
            return None;
        };
        let outside = |(from, to): (PlanDate, PlanDate)| {
            if item.kind == Kind::Recurring {
                start.last() < from.first() || start.first() > to.last()
            } else {
                start.last() < from.first() || end.first() > to.last()
            }
        };
        if outside(new) && !outside(old_window) {
            let side = if start.last() < new.0.first() {
                Side::Start
            } else {
                Side::End
            };
            let because = Because::InPhase {
                id: plan.phases[phase].header.id_or_unknown().to_owned(),
            };
            return Some((dependent(because), p, side));
        }
    }
    None
}

/// The month a date is in, as a number of months since year 0.
fn month_index(day: NaiveDate) -> i64 {
    i64::from(day.year()) * 12 + i64::from(day.month0())
}

/// How far item `i`, which breaks with item `p` (on its `side`), moves
/// to follow it: as far as `p` moved there, where that keeps every
/// dependency it kept before the move (it starts no earlier than what it
/// follows ends, stays inside its phase's window); else the shift nearest
/// to that which does. An item that states a month moves by whole months
/// (as many as `p` moved months), any other by what `p` moved or by days.
/// `None` where no shift keeps them all.
fn follow_shift(dates: &Dates<'_>, i: usize, p: usize, side: Side) -> Option<Shift> {
    let item = dates.graph.items[i];
    let plan = dates.plan;
    let (old_start, old_end) = dates.old[i]?;
    // The date each bound is on: its start (a stated end, where its start
    // follows others) and its end.
    let (low, high) = if start_follows(plan, item) {
        (old_end, old_end)
    } else {
        (old_start, old_end)
    };
    // Bounds it kept before the move, with what it depends on where it
    // will be: `low.last()` shifted at least each of `lower`, and
    // `high.first()` shifted at most each of `upper`.
    let mut lower = Vec::new();
    let mut upper = Vec::new();
    if start_follows(plan, item) {
        if let Some(start) = dates.after_start(item)
            && old_end.last() >= old_start.first()
        {
            lower.push(start);
        }
    } else {
        for (pred, _) in dates.resolved.predecessors.get(&item).into_iter().flatten() {
            let q = dates.graph.index[pred];
            if let (Some((_, new_end)), Some((_, old_end))) = (dates.new[q], dates.old[q])
                && old_start.last() >= old_end.first()
            {
                lower.push(new_end.first());
            }
        }
    }
    if item.kind != Kind::Phase
        && let Some(Membership::Stated(phase)) = dates.resolved.phase_of(item)
    {
        let q = dates.graph.index[&ItemRef::new(Kind::Phase, phase)];
        if let (Some(new), Some(old)) = (dates.new[q], dates.old[q]) {
            if old_start.last() >= old.0.first() {
                lower.push(new.0.first());
            }
            if high.first() <= old.1.last() {
                upper.push(new.1.last());
            }
        }
    }
    let fits = |shift: Shift| {
        let (Ok(low), Ok(high)) = (shift.apply(low), shift.apply(high)) else {
            return false;
        };
        lower.iter().all(|&x| low.last() >= x) && upper.iter().all(|&y| high.first() <= y)
    };
    let by = match side {
        Side::Start => dates.moved[p].0,
        Side::End => dates.moved[p].1,
    };
    if let Some(by) = by
        && fits(by)
    {
        return Some(by);
    }
    let nearest = |base: i64, lo: Option<i64>, hi: Option<i64>| {
        let (lo, hi) = (lo.unwrap_or(i64::MIN), hi.unwrap_or(i64::MAX));
        (lo <= hi).then(|| base.clamp(lo, hi)).filter(|&amount| amount != 0)
    };
    let months = stated_dates(plan, item)
        .iter()
        .any(|(_, date)| !date.get_ref().precision_is_day());
    let shift = if months {
        // As many months as it moved there, from the month it was in.
        let (old, new) = (dates.old[p]?, dates.new[p]?);
        let base = match (by, side) {
            (
                Some(Shift {
                    amount,
                    unit: Unit::Months,
                }),
                _,
            ) => amount,
            (_, Side::Start) => month_index(new.0.first()) - month_index(old.0.first()),
            (_, Side::End) => month_index(new.1.last()) - month_index(old.1.last()),
        };
        let by_months = |amount| Shift {
            amount,
            unit: Unit::Months,
        };
        // The fewest months that reach each lower bound, the most that
        // stay within each upper one.
        let lo = lower
            .iter()
            .filter_map(|&x| {
                let guess = month_index(x) - month_index(low.last());
                (guess - 1..=guess + 1).find(|&m| by_months(m).apply(low).is_ok_and(|d| d.last() >= x))
            })
            .max();
        let hi = upper
            .iter()
            .filter_map(|&y| {
                let guess = month_index(y) - month_index(high.first());
                (guess - 1..=guess + 1)
                    .rev()
                    .find(|&m| by_months(m).apply(high).is_ok_and(|d| d.first() <= y))
            })
            .min();
        by_months(nearest(base, lo, hi)?)
    } else {
        let base = match by {
            Some(by) => (by.apply(low).ok()?.first() - low.first()).num_days(),
            None => 0,
        };
        let lo = lower.iter().map(|&x| (x - low.last()).num_days()).max();
        let hi = upper.iter().map(|&y| (y - high.first()).num_days()).min();
        Shift {
            amount: nearest(base, lo, hi)?,
            unit: Unit::Days,
        }
    };
    fits(shift).then_some(shift)
}

/// Item `i` shifted by `by`: each date it states, written; what to say of it.
fn shift_dependent(
    dates: &mut Dates<'_>,
    i: usize,
    by: Shift,
    because: Because,
    parts: &mut Parts,
) -> Result<Option<Applied>, Refusal> {
    let item = dates.graph.items[i];
    let plan = dates.plan;
    let mut new_values = HashMap::new();
    for (key, date) in stated_dates(plan, item) {
        let new = shifted(dates, item, key, date, by)?;
        parts.splices.push(dates.replace(date, new));
        new_values.insert(key, new);
    }
    let old = dates.old[i];
    let new = match item.kind {
        Kind::Phase => {
            let phase = &plan.phases[item.index];
            derive(
                new_values.get("start").copied(),
                new_values.get("end").copied(),
                phase.months.as_ref().map(|m| m.get_ref().0),
                if phase.start.is_none() && !phase.header.after.is_empty() {
                    dates.after_start(item)
                } else {
                    None
                },
            )
        }
        Kind::Recurring => new_values.get("first").map(|&first| (first, first)),
        _ => {
            let date = new_values.get("date").copied();
            date.map(|date| (date, new_values.get("end").copied().unwrap_or(date)))
        }
    };
    dates.new[i] = new;
    dates.moved[i] = (Some(by), Some(by));
    let (Some(old), Some(new)) = (old, new) else {
        return Ok(None);
    };
    let moment = |(start, end): (PlanDate, PlanDate)| Moment {
        start,
        end: match item.kind {
            Kind::Phase => Some(end),
            Kind::Recurring => None,
            _ => (end != start).then_some(end),
        },
    };
    if item.kind != Kind::Recurring {
        parts.expect.push(Expect::Dates {
            id: dates.id(item),
            start: new.0,
            end: new.1,
        });
    }
    Ok(Some(Applied::Moved {
        kind: item.kind,
        id: dates.id(item),
        by: Some(by),
        ends: (Some(by), Some(by)),
        from: moment(old),
        to: moment(new),
        because: Some(because),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PlanDate {
        PlanDate::parse(text).unwrap()
    }

    fn shift(amount: i64, unit: Unit) -> Shift {
        Shift { amount, unit }
    }

    #[test]
    fn dates_shift_by_calendar_months_or_days() {
        let months = shift(2, Unit::Months);
        assert_eq!(months.apply(date("2021-02")), Ok(date("2021-04")));
        assert_eq!(months.apply(date("2021-12-31")), Ok(date("2022-02-28")));
        assert_eq!(
            shift(-1, Unit::Months).apply(date("2021-03-31")),
            Ok(date("2021-02-28"))
        );
        assert_eq!(shift(-10, Unit::Days).apply(date("2021-03-05")), Ok(date("2021-02-23")));
        assert_eq!(shift(2, Unit::Weeks).apply(date("2021-03-05")), Ok(date("2021-03-19")));
        assert_eq!(
            shift(10, Unit::Days).apply(date("2021-03")),
            Err(ShiftError::MonthByDays)
        );
        assert_eq!(shift(1, Unit::Months).apply(date("9999-12")), Err(ShiftError::Calendar));
    }

    #[test]
    fn how_far_a_date_moved_is_said_in_months_where_it_can_be() {
        let between = |a, b, side| Shift::between(date(a), date(b), side);
        assert_eq!(between("2021-02", "2021-04", Side::Start), Some(shift(2, Unit::Months)));
        assert_eq!(
            between("2021-03-15", "2021-05-15", Side::Start),
            Some(shift(2, Unit::Months))
        );
        assert_eq!(
            between("2021-04-30", "2021-06-30", Side::End),
            Some(shift(2, Unit::Months))
        );
        assert_eq!(
            between("2021-04-30", "2021-05-31", Side::End),
            Some(shift(1, Unit::Months))
        );
        assert_eq!(
            between("2021-03-15", "2021-03-05", Side::Start),
            Some(shift(-10, Unit::Days))
        );
        // A month and its last day end together.
        assert_eq!(
            between("2021-04", "2021-06-30", Side::End),
            Some(shift(2, Unit::Months))
        );
        assert_eq!(between("2021-04", "2021-04-30", Side::End), None);
        assert_eq!(between("2021-04", "2021-04-01", Side::Start), None);
        assert_eq!(between("2021-04", "2021-05-15", Side::End), Some(shift(15, Unit::Days)));
        assert_eq!(between("2021-04", "2021-04", Side::End), None);
    }

    #[test]
    fn a_phase_keeps_stating_just_enough() {
        let m = |s: &str| Some(date(s));
        let with = |start: Option<PlanDate>, end: Option<PlanDate>, months: Option<u32>| Move {
            start,
            end,
            months,
            ..Move::default()
        };
        let start_months = Stated {
            start: m("2021-01"),
            end: None,
            months: Some(3),
        };
        // An end given where the length fixed it: the end replaces `months`.
        assert_eq!(
            restated(start_months, false, &with(None, m("2021-06"), None), None),
            Stated {
                start: m("2021-01"),
                end: m("2021-06"),
                months: None
            }
        );
        // A length given where both ends were stated: the start stays.
        let start_end = Stated {
            start: m("2021-01"),
            end: m("2021-03"),
            months: None,
        };
        assert_eq!(
            restated(start_end, false, &with(None, None, Some(5)), None),
            Stated {
                start: m("2021-01"),
                end: None,
                months: Some(5)
            }
        );
        // After another, with a length: an end replaces it.
        let after_months = Stated {
            start: None,
            end: None,
            months: Some(3),
        };
        assert_eq!(
            restated(after_months, true, &with(None, m("2021-09"), None), None),
            Stated {
                start: None,
                end: m("2021-09"),
                months: None
            }
        );
        // Both an end and a length given to a start and a length: the start goes.
        assert_eq!(
            restated(start_months, false, &with(None, m("2021-06"), Some(4)), None),
            Stated {
                start: None,
                end: m("2021-06"),
                months: Some(4)
            }
        );
        // A phase that states all three keeps them, agreeing: a new start
        // or end restates the length, a new length moves the end.
        let all = Stated {
            start: m("2021-01"),
            end: m("2021-03"),
            months: Some(3),
        };
        let moved = |start, end, months| restated(all, false, &with(start, end, months), None);
        assert_eq!(
            moved(m("2021-02"), None, None),
            Stated {
                start: m("2021-02"),
                months: Some(2),
                ..all
            }
        );
        assert_eq!(
            moved(None, m("2021-06"), None),
            Stated {
                end: m("2021-06"),
                months: Some(6),
                ..all
            }
        );
        assert_eq!(
            moved(None, None, Some(5)),
            Stated {
                end: m("2021-05"),
                months: Some(5),
                ..all
            }
        );
        assert_eq!(
            moved(None, m("2021-06"), Some(2)),
            Stated {
                start: m("2021-05"),
                end: m("2021-06"),
                months: Some(2)
            }
        );
        // Both ends moved by as much: the length, and `months`, stay.
        assert_eq!(
            moved(m("2021-02"), m("2021-04"), None),
            Stated {
                start: m("2021-02"),
                end: m("2021-04"),
                months: Some(3)
            }
        );
        // A new window that is no whole number of months: `months` goes.
        assert_eq!(
            moved(None, m("2021-03-15"), None),
            Stated {
                end: m("2021-03-15"),
                months: None,
                ..all
            }
        );
        // A day end stays a day; a stated length that disagreed is
        // restated only where the length changes.
        let days = Stated {
            start: m("2021-01-01"),
            end: m("2021-03-31"),
            months: Some(2),
        };
        assert_eq!(
            restated(days, false, &with(None, None, Some(4)), None),
            Stated {
                end: m("2021-04-30"),
                months: Some(4),
                ..days
            }
        );
        assert_eq!(
            restated(days, false, &with(m("2021-01-15"), m("2021-04-14"), None), None),
            Stated {
                start: m("2021-01-15"),
                end: m("2021-04-14"),
                months: Some(2)
            }
        );
        // After another, stating its end and length: a length moves the
        // end from the start it follows.
        let after_over = Stated {
            start: None,
            end: m("2021-06"),
            months: Some(3),
        };
        let day = NaiveDate::from_ymd_opt(2021, 4, 1);
        assert_eq!(
            restated(after_over, true, &with(None, None, Some(2)), day),
            Stated {
                end: m("2021-05"),
                months: Some(2),
                ..after_over
            }
        );
    }
}
