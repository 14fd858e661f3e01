//! A change to the plan as splices of its text: a new table, rendered by
//! `toml_edit`, inserted between two tables; a value replaced where it
//! stands; a line, an array's element or a whole table taken out (see
//! [`super::layout`]). Every other byte (comments, blank lines, key order,
//! quoting, spacing, line ends) stays as it was. Where a table ends comes
//! from the parser's spans ([`Header::extent`]), never from scanning lines,
//! so a line inside a multi-line string is never taken for a comment or a
//! header. `move`, `remove`, `rename` and `record` have files of their own
//! ([`super::moves`], [`super::remove`], [`super::rename`],
//! [`super::record`]); this one holds what every change shares, the
//! additions (`add-kpi` too) and `set-status`.
//!
//! Splicing, rather than re-printing a whole `toml_edit` document, also
//! keeps an edit of a big plan cheap: parsing a 30 MB plan into a
//! `toml_edit` document takes longer, and far more memory, than checking
//! it twice.

use std::collections::HashSet;
use std::ops::Range;

use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use super::layout::{Splice, insert_line, key_line, line_after, quoted_like};
use super::moves::{Because, Dependent, Moment, Move, Shift};
use super::record::{Figure, Record};
use super::{EditError, Refusal, Unsupported, Wanted};
use crate::date::PlanDate;
use crate::plan::{Direction, Header, ItemRef, Kind, Mode, Plan, Status};
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

/// A `[[recurring]]` meeting; `review` writes `review = true` (its
/// occurrences are the programme's review sessions).
#[derive(Clone, Debug, Default)]
pub struct NewRecurring {
    pub id: Option<String>,
    pub title: String,
    pub phase: String,
    pub every_months: u32,
    pub first: Option<PlanDate>,
    pub audience: Vec<String>,
    pub led_by: Vec<String>,
    pub mode: Option<Mode>,
    pub objective: Option<String>,
    pub review: bool,
}

/// A value on a date, as a KPI's baseline or target states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Dated {
    pub figure: Figure,
    pub date: PlanDate,
}

/// A `[[kpi]]` indicator.
#[derive(Clone, Debug)]
pub struct NewKpi {
    pub id: String,
    pub name: String,
    pub unit: String,
    pub phase: Option<String>,
    /// Written only where given (`increase` is the default).
    pub direction: Option<Direction>,
    pub baseline: Dated,
    pub target: Dated,
}

/// One edit of the plan.
#[derive(Clone, Debug)]
pub enum Change {
    AddWorkshop(NewWorkshop),
    AddPhase(NewPhase),
    AddMilestone(NewMilestone),
    AddRecurring(NewRecurring),
    AddKpi(NewKpi),
    /// A measurement of a KPI.
    Record(Record),
    /// The status of each item (in the order given, each once).
    SetStatus {
        ids: Vec<String>,
        status: Status,
    },
    Move(Move),
    /// Takes an item out; with `cascade`, what refers to it too.
    Remove {
        id: String,
        cascade: bool,
    },
    /// Gives an item a new id, and every reference to it.
    Rename {
        old: String,
        new: String,
    },
}

impl Change {
    /// Checks every id the change names against the plan: the phase it
    /// puts an item in, the items it follows, the items it changes. An id
    /// that is not there (or not of the right kind) is a usage error, not
    /// a finding: nothing is attempted. So is a new id that is taken.
    pub fn check_ids(&self, plan: &Plan, resolved: &Resolved, name: &str) -> Result<(), EditError> {
        let (phase, after): (Option<&String>, &[String]) = match self {
            Change::AddWorkshop(new) => (new.phase.as_ref(), &new.after),
            Change::AddPhase(new) => (None, &new.after),
            Change::AddMilestone(new) => (new.phase.as_ref(), &new.after),
            Change::AddRecurring(new) => (Some(&new.phase), &[]),
            Change::AddKpi(new) => (new.phase.as_ref(), &[]),
            Change::Record(record) => return find(plan, resolved, name, None, &record.id, Wanted::Kpi).map(drop),
            Change::SetStatus { ids, .. } => {
                for id in ids {
                    find(plan, resolved, name, None, id, Wanted::Event)?;
                }
                return Ok(());
            }
            Change::Move(change) => {
                let item = find(plan, resolved, name, None, &change.id, Wanted::Any)?;
                // A KPI has no date of its own: its baseline, target and
                // measurements each have theirs.
                return if item.kind == Kind::Kpi {
                    Err(EditError::NoDateToMove { id: change.id.clone() })
                } else {
                    Ok(())
                };
            }
            Change::Remove { id, .. } => return find(plan, resolved, name, None, id, Wanted::Any).map(drop),
            Change::Rename { old, new } => {
                find(plan, resolved, name, None, old, Wanted::Any)?;
                return match resolved.ids.get(new) {
                    Some(item) if new != old => Err(EditError::IdTaken {
                        id: new.clone(),
                        kind: item.kind,
                        plan: name.to_owned(),
                    }),
                    _ => Ok(()),
                };
            }
        };
        if let Some(phase) = phase {
            find(plan, resolved, name, Some("--phase"), phase, Wanted::Phase)?;
        }
        for id in after {
            find(plan, resolved, name, Some("--after"), id, Wanted::Predecessor)?;
        }
        Ok(())
    }
}

/// What a change did: one thing the command says, a line each.
#[derive(Clone, Debug, PartialEq)]
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
    /// An item's dates were moved: `by` where all of it moved by one
    /// amount, else how far each end did (`None`: not at all, or not by an
    /// amount to say); `because`, for an item moved because what it
    /// depends on did.
    Moved {
        kind: Kind,
        id: String,
        by: Option<Shift>,
        ends: (Option<Shift>, Option<Shift>),
        from: Moment,
        to: Moment,
        because: Option<Because>,
    },
    /// A phase whose window is derived (from `after`) moved with what it
    /// follows, with nothing written.
    Follows {
        id: String,
        by: Option<Shift>,
        ends: (Option<Shift>, Option<Shift>),
        from: Moment,
        to: Moment,
    },
    /// The item's dates are written otherwise, but it is where it was
    /// (`end = "2021-07"` for a length that ended on 2021-07-31).
    Kept { kind: Kind, id: String, at: Moment },
    /// The item is already where it was to be moved; nothing to write.
    AlreadyThere { kind: Kind, id: String, at: Moment },
    /// A phase's dates changed, but its window cannot be derived (already
    /// a finding of `icc check`), so where it now is cannot be said.
    Restated { kind: Kind, id: String },
    /// An item was taken out; `phase`, for a recurring meeting taken out
    /// with the phase it repeats in. `line`: where it was.
    Removed {
        kind: Kind,
        id: String,
        line: usize,
        phase: Option<String>,
    },
    /// A reference to a removed item was taken out of another item: an
    /// entry of its `after`, or its `phase` (now inferred from its date).
    ReferenceRemoved {
        kind: Kind,
        id: String,
        key: &'static str,
        to: String,
        line: usize,
    },
    /// An item's id changed, and so did `references` references to it.
    Renamed {
        kind: Kind,
        old: String,
        new: String,
        references: usize,
    },
    /// The item already has that id.
    AlreadyNamed { kind: Kind, id: String },
    /// A measurement of a KPI was added, or (`replaced`: the value it had,
    /// if it could be read) replaced one on its date.
    Recorded {
        id: String,
        date: PlanDate,
        value: f64,
        replaced: Option<Option<f64>>,
    },
    /// The KPI already has this value on this date; nothing to write.
    AlreadyRecorded { id: String, date: PlanDate, value: f64 },
}

/// What icc decided on the user's behalf, or did besides what was asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Note {
    /// An id made from the new item's title or name.
    IdMade { id: String, from: &'static str },
    /// The phase whose window holds the new item's date.
    PhaseInferred { phase: String, date: PlanDate },
    /// A key the move made redundant was replaced by the one it set
    /// (`months = 3` by `end = "2021-06"`), so the phase still states just
    /// enough to fix its window.
    KeyReplaced {
        id: String,
        old: &'static str,
        new: &'static str,
    },
    /// A recurring meeting's first occurrence, derived until now, is
    /// stated (moving it needs it written).
    FirstStated { id: String, first: PlanDate },
    /// A phase that states its window twice (both ends and `months`) got
    /// the length of its new window in `months`, or, where that is not a
    /// whole number of months, lost its `months`.
    MonthsCounted { id: String, old: u32, new: Option<u32> },
    /// An `end` within the event's date (its day, a day of its month),
    /// which is no series: not written, or taken out.
    EndDropped { kind: Kind, id: String, date: PlanDate },
    /// Items that depend on what moved but are on a dependency cycle, or
    /// after one: the order to look at them in is unknown, so a move
    /// neither checks nor (with `cascade`) moves them.
    NotFollowed { items: Vec<(Kind, String)>, cascade: bool },
}

/// What the plan after a change must show, checked before it is written:
/// a guard against a layout the splice misread.
#[derive(Clone, Debug, PartialEq)]
pub enum Expect {
    /// An item of this kind has this id.
    Item { id: String, kind: Kind },
    /// No item has this id.
    Gone { id: String },
    /// The item has this status.
    Status { id: String, status: Status },
    /// The item starts and ends here (a phase's window, an event's dates).
    Dates { id: String, start: PlanDate, end: PlanDate },
    /// The KPI has `count` measurements, and the last on `date` is `value`.
    Measured {
        id: String,
        date: PlanDate,
        value: f64,
        count: usize,
    },
}

/// The text after a change.
#[derive(Clone, Debug, PartialEq)]
pub struct Edited {
    /// The whole new file, as it would be written (byte order mark included).
    pub text: String,
    pub applied: Vec<Applied>,
    pub notes: Vec<Note>,
    /// Nothing to write: the plan already says what was asked.
    pub unchanged: bool,
    /// The kind of the item added, if one is.
    pub added: Option<Kind>,
    /// The kind of each item taken out.
    pub removed: Vec<Kind>,
    pub expect: Vec<Expect>,
    /// Items that state their dates and would break with a move (without
    /// `--cascade`): the move is refused, naming them.
    pub breaks: Vec<Dependent>,
}

/// The splices of one change, before they are joined into the new text.
#[derive(Debug, Default)]
pub(super) struct Parts {
    pub splices: Vec<Splice>,
    pub applied: Vec<Applied>,
    pub notes: Vec<Note>,
    pub added: Option<Kind>,
    pub removed: Vec<Kind>,
    pub expect: Vec<Expect>,
    pub breaks: Vec<Dependent>,
}

/// The item an id an edit names, if it is of the kind `wanted`.
pub(super) fn find(
    plan: &Plan,
    resolved: &Resolved,
    name: &str,
    flag: Option<&'static str>,
    id: &str,
    wanted: Wanted,
) -> Result<ItemRef, EditError> {
    let found = resolved.ids.get(id).copied();
    let fits = |item: ItemRef| match wanted {
        Wanted::Event => plan.entry(item).status_key().is_some(),
        Wanted::Phase => item.kind == Kind::Phase,
        Wanted::Predecessor => item.kind != Kind::Recurring,
        Wanted::Kpi => item.kind == Kind::Kpi,
        Wanted::Any => true,
    };
    match found {
        Some(item) if fits(item) => Ok(item),
        _ => {
            let candidates: Vec<&str> = match wanted {
                Wanted::Phase => plan.ids(Kind::Phase),
                Wanted::Predecessor => resolved.ids.keys().map(String::as_str).collect(),
                Wanted::Event | Wanted::Kpi | Wanted::Any => plan
                    .items()
                    .filter(|&item| fits(item))
                    .filter_map(|item| plan.header(item).id())
                    .collect(),
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
pub(super) fn inline(plan: &Plan, kind: Kind) -> bool {
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
/// What cannot be done to this plan (a form icc does not edit, a reference
/// left dangling, a date that cannot move so) is a [`Refusal`].
pub fn apply(
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    change: &Change,
) -> Result<Result<Edited, Refusal>, EditError> {
    let parts = match change {
        Change::SetStatus { ids, status } => set_status(source, plan, resolved, ids, *status)?,
        Change::Move(change) => super::moves::apply(source, plan, resolved, change)?,
        Change::Remove { id, cascade } => super::remove::apply(source, plan, resolved, id, *cascade)?,
        Change::Rename { old, new } => super::rename::apply(source, plan, resolved, old, new)?,
        Change::Record(record) => super::record::apply(source, plan, resolved, record)?,
        _ => add(source, plan, resolved, change),
    };
    let parts = match parts {
        Ok(parts) => parts,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let Some(text) = join(source, parts.splices.clone()) else {
        return Ok(Err(Refusal::Layout));
    };
    Ok(Ok(Edited {
        unchanged: parts.splices.is_empty(),
        text,
        applied: parts.applied,
        notes: parts.notes,
        added: parts.added,
        removed: parts.removed,
        expect: parts.expect,
        breaks: parts.breaks,
    }))
}

/// The new text: the splices made in the text, in order, with the file's
/// line ends and byte order mark; `None` if two of them overlap.
fn join(source: &Source, mut splices: Vec<Splice>) -> Option<String> {
    let text = &source.text;
    splices.sort_by_key(|(range, _)| (range.start, range.end));
    let crlf = uses_crlf(text);
    let mut out = String::with_capacity(text.len() + 3 + splices.iter().map(|(_, new)| new.len() * 2).sum::<usize>());
    if source.bom {
        out.push('\u{FEFF}');
    }
    let mut at = 0;
    // Whether the splice before took text out and put none in.
    let mut deleted = false;
    for (mut range, new) in splices {
        // Two deletions that overlap (a key's line, and the table after it
        // taken out with the line break before it) delete their union.
        if range.start < at && deleted && new.is_empty() {
            range.start = at.min(range.end);
        }
        if range.start < at || range.end > text.len() {
            return None;
        }
        deleted = new.is_empty();
        out.push_str(text.get(at..range.start)?);
        if crlf {
            out.push_str(&new.replace('\n', "\r\n"));
        } else {
            out.push_str(&new);
        }
        at = range.end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

/// An item added: its table, where it belongs.
fn add(source: &Source, plan: &Plan, resolved: &Resolved, change: &Change) -> Result<Parts, Refusal> {
    let text = &source.text;
    let kind = match change {
        Change::AddWorkshop(_) => Kind::Workshop,
        Change::AddPhase(_) => Kind::Phase,
        Change::AddMilestone(_) => Kind::Milestone,
        Change::AddKpi(_) => Kind::Kpi,
        _ => Kind::Recurring,
    };
    if inline(plan, kind) {
        return Err(Refusal::Unsupported(Unsupported::InlineTables(kind)));
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
    let mut table = Table::new();
    let (splice, id, phase) = match change {
        Change::AddWorkshop(new) => {
            let id = new_id(&new.id, "title", &new.title, "workshop");
            let phase = new
                .phase
                .clone()
                .or_else(|| inferred_phase(plan, resolved, new.date, new.end, &mut notes));
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
            let splice = insert_table(text, plan, kind, &table, new.date, &dates);
            (splice, id, phase)
        }
        Change::AddPhase(new) => {
            set(&mut table, "id", Some(string(&new.id)));
            set(&mut table, "name", Some(string(&new.name)));
            set(&mut table, "start", new.start.map(date));
            set(&mut table, "end", new.end.map(date));
            set(&mut table, "months", new.months.map(|m| Value::from(i64::from(m))));
            set(&mut table, "after", list(&new.after));
            set(&mut table, "summary", new.summary.as_deref().map(string));
            set(&mut table, "activities", list(&new.activities));
            let splice = insert_table(text, plan, kind, &table, None, &[]);
            (splice, new.id.clone(), None)
        }
        Change::AddMilestone(new) => {
            let id = new_id(&new.id, "name", &new.name, "milestone");
            let phase = new
                .phase
                .clone()
                .or_else(|| inferred_phase(plan, resolved, new.date, None, &mut notes));
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
            let splice = insert_table(text, plan, kind, &table, new.date, &dates);
            (splice, id, phase)
        }
        Change::AddRecurring(new) => {
            let id = new_id(&new.id, "title", &new.title, "recurring");
            set(&mut table, "id", Some(string(&id)));
            set(&mut table, "title", Some(string(&new.title)));
            set(&mut table, "phase", Some(string(&new.phase)));
            set(
                &mut table,
                "every_months",
                Some(Value::from(i64::from(new.every_months))),
            );
            set(&mut table, "first", new.first.map(date));
            set(&mut table, "audience", list(&new.audience));
            set(&mut table, "led_by", list(&new.led_by));
            set(&mut table, "mode", new.mode.map(|m| string(m.as_str())));
            set(&mut table, "objective", new.objective.as_deref().map(string));
            set(&mut table, "review", new.review.then(|| Value::from(true)));
            let splice = insert_table(text, plan, kind, &table, None, &[]);
            (splice, id, Some(new.phase.clone()))
        }
        Change::AddKpi(new) => {
            set(&mut table, "id", Some(string(&new.id)));
            set(&mut table, "name", Some(string(&new.name)));
            set(&mut table, "unit", Some(string(&new.unit)));
            set(&mut table, "phase", new.phase.as_deref().map(string));
            set(&mut table, "direction", new.direction.map(|d| string(d.as_str())));
            set(&mut table, "baseline", Some(point(&new.baseline)));
            set(&mut table, "target", Some(point(&new.target)));
            let splice = insert_table(text, plan, kind, &table, None, &[]);
            (splice, new.id.clone(), new.phase.clone())
        }
        _ => unreachable!("not an addition"),
    };
    Ok(Parts {
        splices: vec![splice],
        applied: vec![Applied::Added {
            kind,
            id: id.clone(),
            phase,
        }],
        notes,
        added: Some(kind),
        expect: vec![Expect::Item { id, kind }],
        ..Parts::default()
    })
}

/// The status of each item set (each once, in the order given).
fn set_status(
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    ids: &[String],
    status: Status,
) -> Result<Result<Parts, Refusal>, EditError> {
    let mut parts = Parts::default();
    let mut seen = HashSet::new();
    for id in ids.iter().filter(|id| seen.insert(id.as_str())) {
        let item = find(plan, resolved, &source.name, None, id, Wanted::Event)?;
        if inline(plan, item.kind) {
            return Ok(Err(Refusal::Unsupported(Unsupported::InlineTables(item.kind))));
        }
        let entry = plan.entry(item);
        let (header, old) = (entry.header(), entry.status_key().unwrap_or(&None));
        let (kind, id) = (item.kind, id.clone());
        parts.expect.push(Expect::Status { id: id.clone(), status });
        let splice = match old {
            Some(old) if *old.get_ref() == status => {
                parts.applied.push(Applied::AlreadySet { kind, id, status });
                continue;
            }
            // The value alone is replaced: its spacing, its quotes and any
            // comment stay.
            Some(old) => (old.span(), quoted_like(&source.text[old.span()], status.as_str())),
            None => match value_span(&source.text, header, kind, "status") {
                // A status the loader could not read (`status = "finished"`): replaced.
                Some(Ok(span)) => {
                    let value = quoted_like(&source.text[span.clone()], status.as_str());
                    (span, value)
                }
                Some(Err(())) => return Ok(Err(Refusal::Unsupported(Unsupported::Value { id, key: "status" }))),
                // None yet: a line after the item's own keys, before any sub-table.
                None => {
                    let at = line_after(&source.text, header.keys_end);
                    insert_line(&source.text, at, &format!("status = {}", string(status.as_str())))
                }
            },
        };
        parts.splices.push(splice);
        parts.applied.push(Applied::StatusSet { kind, id, status });
    }
    Ok(Ok(parts))
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

/// The `[` of an item's array `key` and the span of each of its elements,
/// read again from the item's text (the model keeps only the elements it
/// could read). `None` if the item's table does not hold it as one
/// `key = [ … ]`.
pub(super) fn array_elements(text: &str, header: &Header, kind: Kind, key: &str) -> Option<(usize, Vec<Range<usize>>)> {
    let region = text.get(header.extent.clone())?;
    let (root, errors) = toml::de::DeTable::parse_recoverable(region);
    if !errors.is_empty() {
        return None;
    }
    let items = root.get_ref().get(kind.key())?.get_ref().as_array()?;
    let table = items.iter().next()?.get_ref().as_table()?;
    let (found, value) = table.get_key_value(key)?;
    if value.span().start < found.span().end {
        return None;
    }
    let offset = header.extent.start;
    let elements = value.get_ref().as_array()?;
    let open = value.span().start + offset;
    (text.as_bytes().get(open) == Some(&b'[')).then(|| {
        let spans = elements
            .iter()
            .map(|element| element.span().start + offset..element.span().end + offset)
            .collect();
        (open, spans)
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

/// `{ value = 12, date = "2021-03" }`, the value as it was typed.
fn point(point: &Dated) -> Value {
    let mut table = InlineTable::new();
    let value = point
        .figure
        .written
        .parse::<Value>()
        .unwrap_or_else(|_| Value::from(point.figure.value));
    table.insert("value", value);
    table.insert("date", date(point.date));
    Value::InlineTable(table)
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

/// The line of an item's `key = value`, whose value is at `value`, or the
/// form icc does not edit.
pub(super) fn key_line_of(
    text: &str,
    id: &str,
    key: &'static str,
    value: &Range<usize>,
) -> Result<super::layout::KeyLine, Refusal> {
    key_line(text, key, value).ok_or_else(|| Refusal::Unsupported(Unsupported::Value { id: id.to_owned(), key }))
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
pub(super) fn lines_at(text: &str, at: usize, lines: &str) -> String {
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
pub(super) fn directives_end(text: &str) -> usize {
    let mut at = 0;
    while text[at..].starts_with("#:") {
        at = line_after(text, at);
    }
    at
}
