//! Resolving a plan: ids to items, `after` references to a dependency
//! graph, and the dates the plan leaves to be derived (a phase's start from
//! its predecessors, an end from a start and a length), in dependency order.
//! Items of every kind are reached through their [`Header`](crate::plan::Header).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::date::{Length, PlanDate, add_months, sub_months};
use crate::finding::{Arg, Args, Code, Finding, Text};
use crate::interval::Intervals;
use crate::load::did_you_mean;
use crate::plan::{ItemRef, Kind, Plan, Spanned, is_valid_id};
use crate::source::Source;

/// A phase's window, stated or derived. Derived ends are day dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub start: PlanDate,
    pub end: PlanDate,
    /// Whether either end was computed from `months`, so that the stated
    /// length agrees with the window by construction.
    pub uses_months: bool,
    /// Whether the window rests only on what the plan states and icc could
    /// read: not on a phase with a value that could not be read (unless
    /// both its `start` and `end` were read, which fix it), nor on a
    /// predecessor whose end is in doubt. A window in doubt is still shown,
    /// but no finding about another item rests on it.
    pub sure: bool,
}

impl Window {
    /// The first day the window surely holds, and the last.
    pub fn days(&self) -> (NaiveDate, NaiveDate) {
        (self.start.first(), self.end.last())
    }

    /// Whether it ends before it starts (reported as `end-before-start`).
    pub fn inverted(&self) -> bool {
        self.end.last() < self.start.first()
    }

    /// Whether findings about other items may rest on it: sure, and not
    /// ending before it starts (which of its ends is wrong is unknown).
    pub fn trusted(&self) -> bool {
        self.sure && !self.inverted()
    }
}

/// How an event came to belong to a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Membership {
    Stated(usize),
    /// No `phase`; exactly one phase's window holds its date.
    Inferred(usize),
}

impl Membership {
    pub fn phase(self) -> usize {
        match self {
            Membership::Stated(p) | Membership::Inferred(p) => p,
        }
    }
}

/// What a name written in a reference (`phase = "…"`, an `after` entry)
/// stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    One(ItemRef),
    /// Items (of any kinds) share it, a `duplicate-id`: a reference to it
    /// could mean any of them, so it resolves to none, without a finding of
    /// its own, and nothing is judged against an arbitrary one of them.
    Several,
}

/// What the plan means once ids and dates are resolved.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// Each id to the item that defines it first in the file.
    pub ids: HashMap<String, ItemRef>,
    /// What each name a reference may be written with stands for: every
    /// id as written, and the fix of an invalid id (see [`fix_of`]).
    targets: HashMap<String, Target>,
    /// The names that stand for one item, in file order, each with its
    /// item: the valid ids, and the fixes of the invalid ones. The only
    /// names a "did you mean" suggests.
    names: Vec<(String, ItemRef)>,
    /// Each phase's window, by phase index.
    pub windows: Vec<Option<Window>>,
    /// The phase of each item that names one or may be placed in one, by
    /// item (phases themselves have none).
    pub membership: HashMap<ItemRef, Membership>,
    /// The dates of each recurring meeting, inside its phase.
    pub occurrences: Vec<Vec<PlanDate>>,
    /// For each item with `after`, the items it follows (resolved,
    /// deduplicated), each with the span of its reference.
    pub predecessors: HashMap<ItemRef, Vec<(ItemRef, Range<usize>)>>,
    /// Items with an `after` entry that names nothing they can follow (an
    /// unknown id, an id used more than once, themselves, a recurring
    /// meeting; already reported): what they follow is not all known.
    pub after_unresolved: HashSet<ItemRef>,
    /// The phases' windows, indexed: finds the phases holding a date
    /// without looking at every phase (see [`Resolved::phases_holding`]).
    phase_windows: Intervals,
    /// For each phase whose window is unknown or not trusted, the days it
    /// could at most cover: from its stated start (else the earliest its
    /// `after` allows, see [`Resolved::earliest_start`], else the
    /// beginning of time) to its stated end (else the end of time). An
    /// event such a phase could hold cannot be said to be in no phase, or
    /// in one.
    in_doubt: Intervals,
    /// The programme's start and end: its first phase's start and its last
    /// phase's end, each `None` where a phase whose window is unknown or in
    /// doubt could reach past it (or the plan has no phase).
    programme: (Option<PlanDate>, Option<PlanDate>),
}

/// What is known of a phase's start, for the days it could cover.
#[derive(Clone, Copy, Debug)]
enum Bound {
    Is(PlanDate),
    AtLeast(NaiveDate),
    Unknown,
}

/// Where days lie against the programme as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Beyond {
    /// Before its first phase starts (that day).
    Start(PlanDate),
    /// After its last phase ends (that day).
    End(PlanDate),
}

impl Resolved {
    /// Whether an id names one item only (it is no `duplicate-id`).
    pub fn unique(&self, id: &str) -> bool {
        matches!(self.targets.get(id), Some(Target::One(_)))
    }

    /// How a reference to `item` is written, where one can be: its id, if
    /// it is valid and no other item has it. A help that says to write a
    /// reference (`phase = "…"`) names no other: it would resolve to
    /// nothing, or need writing again once the id is fixed.
    pub fn reference_to<'p>(&self, plan: &'p Plan, item: ItemRef) -> Option<&'p str> {
        let id = plan.header(item).id()?;
        (is_valid_id(id) && self.targets.get(id) == Some(&Target::One(item))).then_some(id)
    }

    /// The names a reference may be written with that stand for one item
    /// of `kinds`, other than `not`, in file order: what "did you mean"
    /// chooses from.
    fn names_of(&self, kinds: &[Kind], not: Option<ItemRef>) -> Vec<&str> {
        let names = self
            .names
            .iter()
            .filter(|(_, item)| kinds.contains(&item.kind) && Some(*item) != not);
        names.map(|(name, _)| name.as_str()).collect()
    }

    /// What a reference written as `name` stands for.
    fn target(&self, name: &str) -> Option<Target> {
        self.targets.get(name).copied()
    }

    /// The phase an item belongs to, stated or inferred.
    pub fn phase_of(&self, item: ItemRef) -> Option<Membership> {
        self.membership.get(&item).copied()
    }

    /// The phases whose window holds every day from `first` to `last`: the
    /// phases an event on those days may belong to. At most `most` of them
    /// are found: enough to tell one from several, or to name a few.
    pub fn phases_holding(&self, first: NaiveDate, last: NaiveDate, most: usize) -> Vec<usize> {
        self.phase_windows.holding(first, last, most)
    }

    /// The phases whose window has at least one day from `first` to
    /// `last`, at most `most` of them.
    pub fn phases_overlapping(&self, first: NaiveDate, last: NaiveDate, most: usize) -> Vec<usize> {
        self.phase_windows.meeting(first, last, most)
    }

    /// Whether a phase whose window is unknown or in doubt could hold
    /// every day from `first` to `last`: then which phase holds them, if
    /// any, is not known.
    pub fn in_doubt(&self, first: NaiveDate, last: NaiveDate) -> bool {
        !self.in_doubt.holding(first, last, 1).is_empty()
    }

    /// Whether every day from `first` to `last` is before the programme
    /// starts, or after it ends (as far as either is known).
    pub fn beyond_programme(&self, first: NaiveDate, last: NaiveDate) -> Option<Beyond> {
        match self.programme {
            (Some(start), _) if last < start.first() => Some(Beyond::Start(start)),
            (_, Some(end)) if first > end.last() => Some(Beyond::End(end)),
            _ => None,
        }
    }

    /// Builds the index of [`Resolved::phases_holding`] once windows are
    /// known, that of [`Resolved::in_doubt`], and the programme's ends.
    fn index_phases(&mut self, plan: &Plan) {
        let windows = self.windows.iter().enumerate();
        self.phase_windows = Intervals::new(
            windows
                .filter_map(|(p, w)| w.map(|w| (w.days().0, w.days().1, p)))
                .collect(),
        );
        let mut doubtful = Vec::new();
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        for (p, window) in self.windows.iter().enumerate() {
            let (start, end) = match window {
                Some(window) if window.trusted() => (Bound::Is(window.start), Some(window.end)),
                // Which of its ends is wrong is unknown: any days.
                Some(window) if window.inverted() => (Bound::Unknown, None),
                _ => {
                    let phase = plan.phases.get(p);
                    let start = match phase.and_then(|phase| phase.start.as_ref()) {
                        Some(start) => Bound::Is(*start.get_ref()),
                        None => self.earliest_start(plan, p).map_or(Bound::Unknown, Bound::AtLeast),
                    };
                    let end = phase.and_then(|phase| phase.end.as_ref()).map(|e| *e.get_ref());
                    (start, end)
                }
            };
            if !window.is_some_and(|w| w.trusted()) {
                let first = match start {
                    Bound::Is(start) => start.first(),
                    Bound::AtLeast(day) => day,
                    Bound::Unknown => NaiveDate::MIN,
                };
                doubtful.push((first, end.map_or(NaiveDate::MAX, PlanDate::last), p));
            }
            starts.push(start);
            ends.push(end);
        }
        self.in_doubt = Intervals::new(doubtful);
        // The first start is known if every phase's start is, or is known
        // to be no earlier; the last end if every phase's end is.
        let first = starts.iter().filter_map(|s| match s {
            Bound::Is(start) => Some(*start),
            _ => None,
        });
        let first = first.min_by_key(|start| start.first()).filter(|first| {
            starts.iter().all(|s| match s {
                Bound::Is(_) => true,
                Bound::AtLeast(day) => *day >= first.first(),
                Bound::Unknown => false,
            })
        });
        let last = ends.iter().copied().collect::<Option<Vec<PlanDate>>>();
        let last = last.and_then(|ends| ends.into_iter().max_by_key(|end| end.last()));
        self.programme = (first, last);
    }

    /// The earliest day a phase without a stated start (whose window is
    /// unknown or in doubt) may start, by what it is `after`: the day
    /// after the latest sure end of its predecessors, from which its start
    /// is derived. If a value of the phase could not be read, it may have
    /// been a `start`: then the earliest finish-to-start allows one
    /// without an error, the first day of the month a predecessor ends in.
    fn earliest_start(&self, plan: &Plan, p: usize) -> Option<NaiveDate> {
        let preds = self.predecessors.get(&ItemRef::new(Kind::Phase, p))?;
        let ends = preds.iter().filter_map(|(pred, _)| self.sure_end(plan, *pred));
        if plan.phases[p].header.broken {
            ends.map(|end| end.first().with_day(1)).max().flatten()
        } else {
            ends.map(|end| end.last().succ_opt()).max().flatten()
        }
    }

    /// When an item starts: a phase's window start, an event's date.
    pub fn start(&self, plan: &Plan, item: ItemRef) -> Option<PlanDate> {
        match item.kind {
            Kind::Phase => self.windows[item.index].map(|w| w.start),
            _ => plan.entry(item).when().map(|when| when.first()),
        }
    }

    /// When an item is over: a phase's window end, a series' end, an event's date.
    pub fn end(&self, plan: &Plan, item: ItemRef) -> Option<PlanDate> {
        match item.kind {
            Kind::Phase => self.windows[item.index].map(|w| w.end),
            _ => plan.entry(item).when().map(|when| when.last()),
        }
    }

    /// When an item starts, if a finding may rest on it: a phase's start
    /// as stated, or of a trusted window; an event's date (read, if there).
    pub fn sure_start(&self, plan: &Plan, item: ItemRef) -> Option<PlanDate> {
        match item.kind {
            Kind::Phase => {
                let window = self.windows[item.index].filter(|w| !w.inverted())?;
                let stated = plan.phases[item.index].start.is_some();
                (window.sure || stated).then_some(window.start)
            }
            _ => self.start(plan, item),
        }
    }

    /// When an item is over, if a finding may rest on it: a phase's end as
    /// stated, or of a trusted window; an event's, unless the event has a
    /// value that could not be read (it may be the end of its series).
    pub fn sure_end(&self, plan: &Plan, item: ItemRef) -> Option<PlanDate> {
        match item.kind {
            Kind::Phase => {
                let window = self.windows[item.index].filter(|w| !w.inverted())?;
                let stated = plan.phases[item.index].end.is_some();
                (window.sure || stated).then_some(window.end)
            }
            _ if plan.header(item).broken => None,
            _ => self.end(plan, item),
        }
    }
}

/// Resolves a plan, adding a finding for each id, reference and window
/// that cannot be resolved.
pub fn resolve(plan: &Plan, source: &Source, findings: &mut Vec<Finding>) -> Resolved {
    let mut resolved = Resolved {
        windows: vec![None; plan.phases.len()],
        occurrences: vec![Vec::new(); plan.recurring.len()],
        ..Resolved::default()
    };
    collect_ids(plan, source, &mut resolved, findings);
    link_after(plan, &mut resolved, findings);
    for item in dependency_order(plan, &resolved, findings) {
        if item.kind == Kind::Phase {
            resolved.windows[item.index] = derive_window(plan, &resolved, item.index, findings);
        }
    }
    resolved.index_phases(plan);
    assign_phases(plan, &mut resolved, findings);
    expand_recurring(plan, &mut resolved, findings);
    resolved
}

/// The id that an invalid id's `invalid-id` finding suggests (made as
/// `load` makes it). A reference written so will stand for the item once
/// the id is fixed, so it stands for it already.
fn fix_of(id: &str) -> String {
    crate::text::slug(id, "item-1")
}

/// Each id to the item that uses it first in the file; every further use
/// is a `duplicate-id`, naming the lines (and columns, on one line) of
/// both, and makes the id a name of [`Target::Several`]. The fix of an
/// invalid id names its item too, unless an item has it as its id.
fn collect_ids(plan: &Plan, source: &Source, resolved: &mut Resolved, findings: &mut Vec<Finding>) {
    let mut items: Vec<(ItemRef, &Spanned<String>)> = plan
        .items()
        .filter_map(|item| plan.header(item).id.as_ref().map(|id| (item, id)))
        .collect();
    items.sort_by_key(|(_, id)| id.span().start);
    for &(item, id) in &items {
        match resolved.ids.get(id.get_ref()) {
            None => {
                resolved.ids.insert(id.get_ref().clone(), item);
                resolved.targets.insert(id.get_ref().clone(), Target::One(item));
            }
            Some(&first) => {
                resolved.targets.insert(id.get_ref().clone(), Target::Several);
                let first_span = plan.header(first).id_span();
                let (was, is) = (source.line_col(first_span.start), source.line_col(id.span().start));
                let mut finding = Finding::new(Code::DuplicateId)
                    .at(id.span())
                    .arg("id", id.get_ref())
                    .arg("kind", item.kind)
                    .arg("first_kind", first.kind)
                    .arg("first_line", Arg::Place(was.line))
                    .arg("line", Arg::Place(is.line));
                if was.line == is.line {
                    // Inline tables (`phase = [{ … }, { … }]`).
                    finding = finding
                        .variant("same-line")
                        .arg("first_column", Arg::Place(was.column))
                        .arg("column", Arg::Place(is.column));
                }
                findings.push(finding.related(first_span, "first"));
            }
        }
    }
    let mut fixes: HashMap<String, Target> = HashMap::new();
    for &(item, id) in &items {
        let fix = fix_of(id.get_ref());
        if is_valid_id(id.get_ref()) || resolved.targets.contains_key(&fix) {
            continue;
        }
        // Two invalid ids with one fix would be one id used twice.
        fixes
            .entry(fix)
            .and_modify(|target| *target = Target::Several)
            .or_insert(Target::One(item));
    }
    resolved.targets.extend(fixes);
    resolved.names = items
        .iter()
        .filter_map(|&(item, id)| {
            let id = id.get_ref();
            let name = if is_valid_id(id) { id.clone() } else { fix_of(id) };
            (resolved.targets.get(&name) == Some(&Target::One(item))).then_some((name, item))
        })
        .collect();
}

fn link_after(plan: &Plan, resolved: &mut Resolved, findings: &mut Vec<Finding>) {
    let followed = [Kind::Phase, Kind::Milestone, Kind::Workshop];
    let mut guesses = Guesses::new();
    let mut links = HashMap::new();
    let mut unresolved = HashSet::new();
    for item in plan.items() {
        let header = plan.header(item);
        let this = header.id_or_unknown();
        let mut preds: Vec<(ItemRef, Range<usize>)> = Vec::new();
        for reference in &header.after {
            let name = reference.get_ref().as_str();
            let about = |finding: Finding| {
                finding
                    .at(reference.span())
                    .arg("kind", item.kind)
                    .arg("id", this)
                    .arg("reference", name)
            };
            match resolved.target(name) {
                // Which of them it follows is not known (`duplicate-id`).
                Some(Target::Several) => {
                    unresolved.insert(item);
                }
                Some(Target::One(found)) if found == item => {
                    unresolved.insert(item);
                    findings.push(about(Finding::new(Code::SelfReference)))
                }
                // Neither has an end of its own to follow.
                Some(Target::One(found)) if found.kind == Kind::Recurring => {
                    unresolved.insert(item);
                    findings.push(about(Finding::new(Code::UnknownReference)).variant("recurring"))
                }
                Some(Target::One(found)) if found.kind == Kind::Kpi => {
                    unresolved.insert(item);
                    findings.push(about(Finding::new(Code::UnknownReference)).variant("kpi"))
                }
                Some(Target::One(pred)) => {
                    if !preds.iter().any(|(p, _)| *p == pred) {
                        preds.push((pred, reference.span()));
                    }
                }
                None => {
                    unresolved.insert(item);
                    let finding = about(Finding::new(Code::UnknownReference));
                    // Never the item itself, nor what it cannot follow.
                    let known = || resolved.names_of(&followed, Some(item));
                    findings.push(match guesses.guess(name, known) {
                        Some(near) => finding.arg("suggestion", near),
                        None => finding.help(Text::None),
                    });
                }
            }
        }
        if !preds.is_empty() {
            links.insert(item, preds);
        }
    }
    resolved.predecessors = links;
    resolved.after_unresolved = unresolved;
}

/// Items in an order where every item comes after what it depends on.
/// Items on or behind a cycle are left out, and each cycle is reported
/// once, naming every id on it in order.
fn dependency_order(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) -> Vec<ItemRef> {
    let items: Vec<ItemRef> = plan.items().collect();
    let index: HashMap<ItemRef, usize> = items.iter().enumerate().map(|(i, item)| (*item, i)).collect();
    let links = |i: usize| resolved.predecessors.get(&items[i]).map(Vec::as_slice).unwrap_or(&[]);
    let preds: Vec<Vec<usize>> = (0..items.len())
        .map(|i| links(i).iter().map(|(pred, _)| index[pred]).collect())
        .collect();
    let order: Vec<usize> = crate::graph::order(&preds);
    if order.len() < items.len() {
        let mut placed = vec![false; items.len()];
        for &i in &order {
            placed[i] = true;
        }
        let stuck: Vec<usize> = (0..items.len()).filter(|&i| !placed[i]).collect();
        let id = |i: usize| plan.header(items[i]).id_or_unknown().to_owned();
        // Where `from` names `to` in its `after`.
        let reference = |from: usize, to: usize| {
            links(from)
                .iter()
                .find(|(p, _)| index[p] == to)
                .map(|(_, span)| span.clone())
        };
        for cycle in crate::graph::cycles(&stuck, &preds) {
            let next = |k: usize| cycle[(k + 1) % cycle.len()];
            let mut path: Vec<String> = cycle.iter().map(|&i| id(i)).collect();
            path.push(id(cycle[0]));
            let mut finding = Finding::new(Code::DependencyCycle)
                .at(reference(cycle[0], next(0)).unwrap_or(0..0))
                .arg("cycle", Arg::Path(path))
                .arg("from", id(cycle[0]))
                .arg("to", id(next(0)));
            for (k, &from) in cycle.iter().enumerate().skip(1) {
                if let Some(span) = reference(from, next(k)) {
                    let args = Args(vec![
                        ("edge_from", Arg::Text(id(from))),
                        ("edge_to", Arg::Text(id(next(k)))),
                    ]);
                    finding = finding.related_with(span, "edge", args);
                }
            }
            findings.push(finding);
        }
    }
    order.into_iter().map(|i| items[i]).collect()
}

/// A phase's window from what it states and what its predecessors resolved to.
fn derive_window(plan: &Plan, resolved: &Resolved, i: usize, findings: &mut Vec<Finding>) -> Option<Window> {
    let phase = &plan.phases[i];
    let months = phase.months.as_ref().map(|m| m.get_ref().0);
    let stated_end = phase.end.as_ref().map(|d| *d.get_ref());
    let stated_start = phase.start.as_ref().map(|d| *d.get_ref());
    let this = ItemRef::new(Kind::Phase, i);
    // A window both stated ends fix is sure whatever else failed; one
    // that rests on a value that may be the one that failed, or on a
    // predecessor's end in doubt, is not.
    let mut sure = !phase.header.broken || (stated_start.is_some() && stated_end.is_some());
    // The day after the latest predecessor ends. Needed only without a
    // stated start; if a reference failed (already reported) or a
    // predecessor has no dates, the start stays unknown without a new finding.
    let after_preds = if stated_start.is_none() && !phase.header.after.is_empty() {
        if resolved.after_unresolved.contains(&this) {
            return None;
        }
        let preds = resolved.predecessors.get(&this).map(Vec::as_slice).unwrap_or(&[]);
        let ends: Option<Vec<PlanDate>> = preds.iter().map(|(p, _)| resolved.end(plan, *p)).collect();
        sure &= preds.iter().all(|(p, _)| resolved.sure_end(plan, *p).is_some());
        Some(ends?.iter().map(|e| e.last()).max().map(|d| d.succ_opt()))
    } else {
        None
    };
    // A derived day outside the calendar icc writes (years 0001 to 9999),
    // or beyond any calendar: which end of the window ran out.
    let mut outside = None;
    let mut calendar = |day: Option<NaiveDate>, side: &'static str| {
        let day = day.and_then(crate::date::in_calendar).map(PlanDate::Day);
        if day.is_none() {
            outside = Some(side);
        }
        day
    };
    let mut uses_months = false;
    let start = match (stated_start, after_preds, stated_end, months) {
        (Some(start), ..) => Some(start),
        // The day after a predecessor that ends on the calendar's last day.
        (None, Some(after), ..) => calendar(after.flatten(), "late-start"),
        (None, None, Some(end), Some(months)) => {
            uses_months = true;
            let day = end.last().succ_opt().and_then(|d| sub_months(d, months));
            calendar(day, "start")
        }
        _ => None,
    };
    let end = match (stated_end, start, months) {
        (Some(end), ..) => Some(end),
        (None, Some(start), Some(months)) => {
            uses_months = true;
            let day = add_months(start.first(), months).and_then(|d| d.pred_opt());
            calendar(day, "end")
        }
        _ => None,
    };
    if let Some(side) = outside {
        findings.push(
            Finding::new(Code::DateOutOfRange)
                .at(phase.header.id_span())
                .arg("phase", phase.header.id_or_unknown())
                .arg("side", side),
        );
        return None;
    }
    match (start, end) {
        (Some(start), Some(end)) => Some(Window {
            start,
            end,
            uses_months,
            sure,
        }),
        _ => {
            if !phase.header.broken {
                findings.push(
                    Finding::new(Code::PhaseUnderdetermined)
                        .at(phase.header.id_span())
                        .arg("phase", phase.header.id_or_unknown())
                        .arg("missing", if start.is_none() { "start" } else { "end" }),
                );
            }
            None
        }
    }
}

/// The phase a `phase = "…"` names, or an `unknown-phase` finding about
/// `item`; none, without a finding, if the name is an id used more than
/// once (which phase it means is not known).
fn phase_named(
    plan: &Plan,
    resolved: &Resolved,
    item: ItemRef,
    phase: &Spanned<String>,
    phase_ids: &[&str],
    guesses: &mut Guesses,
    findings: &mut Vec<Finding>,
) -> Option<usize> {
    let name = phase.get_ref().as_str();
    let found = match resolved.target(name) {
        Some(Target::One(ItemRef {
            kind: Kind::Phase,
            index,
        })) => return Some(index),
        Some(Target::Several) => return None,
        Some(Target::One(other)) => Some(other),
        None => None,
    };
    let mut finding = Finding::new(Code::UnknownPhase)
        .at(phase.span())
        .arg("kind", item.kind)
        .arg("id", plan.header(item).id_or_unknown())
        .arg("phase", name);
    let mut list = "help-list";
    if let Some(other) = found {
        finding = finding.variant("other-kind").arg("actual_kind", other.kind);
        list = "other-kind-help-list";
    }
    findings.push(match guesses.guess(name, || phase_ids.to_vec()) {
        Some(near) => finding.arg("suggestion", near),
        None => finding
            .arg("phases", Arg::List(named(phase_ids.iter().map(|id| id.to_string()))))
            .help(Text::Named(list)),
    });
    None
}

/// How many items of a list a finding names in its arguments (and one
/// more, so that its words can say there are more).
pub const NAMED: usize = 12;

/// The first [`NAMED`] + 1 items: a finding about a plan of ten thousand
/// phases does not carry them all.
fn named(items: impl Iterator<Item = String>) -> Vec<String> {
    items.take(NAMED + 1).collect()
}

/// "Did you mean" for ids, within a budget: each guess compares a word with
/// every id, so a plan with thousands of unknown references gets guesses
/// for the first [`Guesses::BUDGET`] only, and stays linear.
struct Guesses {
    left: usize,
}

impl Guesses {
    const BUDGET: usize = 100;

    fn new() -> Guesses {
        Guesses { left: Self::BUDGET }
    }

    /// The known word nearest `word`; `known` is asked only within the budget.
    fn guess<'a>(&mut self, word: &str, known: impl FnOnce() -> Vec<&'a str>) -> Option<&'a str> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        did_you_mean(word, &known())
    }
}

/// Which phase each event belongs to: the one it names, or for a workshop
/// without one, the one whose window holds its date.
fn assign_phases(plan: &Plan, resolved: &mut Resolved, findings: &mut Vec<Finding>) {
    // The names `phase = "…"` may use, owned: the loop adds memberships.
    let phase_ids: Vec<String> = resolved
        .names_of(&[Kind::Phase], None)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let phase_ids: Vec<&str> = phase_ids.iter().map(String::as_str).collect();
    let mut guesses = Guesses::new();
    for item in plan.items().filter(|item| item.kind != Kind::Phase) {
        let header = plan.header(item);
        if let Some(phase) = &header.phase {
            if let Some(p) = phase_named(plan, resolved, item, phase, &phase_ids, &mut guesses, findings) {
                resolved.membership.insert(item, Membership::Stated(p));
            }
            continue;
        }
        // An event without a phase (a workshop, a milestone) is placed by
        // its date. A plan without phases has nothing to place it in.
        let Some(when) = plan.entry(item).when().filter(|_| !plan.phases.is_empty()) else {
            continue;
        };
        let (first, last) = (when.first().first(), when.last().last());
        let holding = resolved.phases_holding(first, last, NAMED + 1);
        let finding = |code| {
            Finding::new(code)
                .at(when.date.span())
                .arg("kind", item.kind)
                .arg("id", header.id_or_unknown())
                .arg("date", when.first())
        };
        let names = |phases: &[usize]| {
            Arg::List(
                phases
                    .iter()
                    .map(|&p| plan.phases[p].header.id_or_unknown().to_owned())
                    .collect(),
            )
        };
        // What icc would say rests on something in doubt when a phase whose
        // window is unknown or not trusted could hold these days, or when
        // the event has a value that could not be read (its `phase`, maybe).
        let doubt = header.broken || resolved.in_doubt(first, last);
        if let [p] = holding.as_slice() {
            resolved.membership.insert(item, Membership::Inferred(*p));
            // Said only of a phase `phase = "…"` can name.
            let phase = resolved.reference_to(plan, ItemRef::new(Kind::Phase, *p));
            if let (false, Some(phase)) = (doubt, phase) {
                findings.push(finding(Code::PhaseInferred).arg("phase", phase));
            }
            continue;
        }
        if doubt {
            continue;
        }
        let no_phase = match holding.as_slice() {
            [] => {
                let overlapping = resolved.phases_overlapping(first, last, NAMED + 1);
                if overlapping.is_empty() {
                    match resolved.beyond_programme(first, last) {
                        Some(Beyond::Start(start)) => finding(Code::NoPhase)
                            .variant("before-start")
                            .arg("programme_start", start),
                        Some(Beyond::End(end)) => finding(Code::NoPhase).variant("after-end").arg("programme_end", end),
                        None => finding(Code::NoPhase),
                    }
                } else {
                    // Partly inside phases, wholly inside none: a series
                    // that leaves the phase its first day is in is pointed
                    // at by its end.
                    let across = match when.end {
                        Some(end) => {
                            let across = finding(Code::NoPhase)
                                .variant("across-series")
                                .arg("end", *end.get_ref());
                            let leaves = !resolved.phases_holding(first, first, 1).is_empty();
                            if leaves { across.at(end.span()) } else { across }
                        }
                        None => finding(Code::NoPhase).variant("across"),
                    };
                    across.arg("phases", names(&overlapping))
                }
            }
            several => finding(Code::NoPhase).variant("several").arg("phases", names(several)),
        };
        findings.push(no_phase);
    }
}

/// The most occurrences of one recurring meeting icc keeps: a meeting every
/// month for over eighty years.
pub const MAX_OCCURRENCES: usize = 1000;

/// The most occurrences of all recurring meetings together: ten meetings
/// at the most each, or a hundred monthly ones over eight years.
pub const MAX_ALL_OCCURRENCES: usize = 10_000;

/// Each recurring meeting's dates: from `first` (or the phase start plus
/// one interval) every `every_months`, while inside the phase's window, at
/// most [`MAX_OCCURRENCES`].
fn expand_recurring(plan: &Plan, resolved: &mut Resolved, findings: &mut Vec<Finding>) {
    let (mut kept, mut told) = (0, false);
    for (r, meeting) in plan.recurring.iter().enumerate() {
        let item = ItemRef::new(Kind::Recurring, r);
        let (Some(Membership::Stated(p)), Some(every)) = (resolved.phase_of(item), &meeting.every_months) else {
            continue;
        };
        let Some(window) = resolved.windows[p] else { continue };
        // Findings rest on the phase's window, and on `first` as stated: a
        // meeting with a value that could not be read may have stated one.
        let trusted = window.trusted();
        let first_known = meeting.first.is_some() || !meeting.header.broken;
        let (every_span, every) = (every.span(), every.get_ref().0);
        let (window_first, window_last) = window.days();
        let first = match &meeting.first {
            Some(first) => *first.get_ref(),
            None => {
                let Some(day) = add_months(window.start.first(), every) else {
                    continue;
                };
                if window.start.precision_is_day() {
                    PlanDate::Day(day)
                } else {
                    PlanDate::Month(day)
                }
            }
        };
        if first.last() < window_first || first.first() > window_last {
            let finding = Finding::new(Code::RecurringOutsidePhase)
                .arg("id", meeting.header.id_or_unknown())
                .arg("phase", plan.phases[p].header.id_or_unknown())
                .arg("window_start", window.start)
                .arg("window_end", window.end)
                .arg("first", first);
            let before = first.last() < window_first;
            if trusted && first_known {
                findings.push(match &meeting.first {
                    Some(f) if before => finding.at(f.span()).variant("before"),
                    Some(f) => finding.at(f.span()),
                    None => finding.at(every_span.clone()).variant("by-default"),
                });
            }
            // A `first` before the phase: the meetings from its start on
            // are still its meetings; after its end, there are none.
            if !before {
                continue;
            }
        }
        // Each occurrence from the origin, never from the one before: k
        // intervals after `first`, or k + 1 after the phase's start (a
        // phase from 01-31 meets on 02-29, 03-31, 04-30, not 29ths on).
        let (origin, skip) = match &meeting.first {
            Some(_) => (first.first(), 0),
            None => (window.start.first(), 1),
        };
        let mut dates = Vec::new();
        // From the first interval that may reach the window.
        let mut k = Length::between(origin, window_first).months / every;
        while let Some(day) = (k + skip).checked_mul(every).and_then(|step| add_months(origin, step)) {
            let date = if first.precision_is_day() {
                PlanDate::Day(day)
            } else {
                PlanDate::Month(day)
            };
            if date.first() > window_last {
                break;
            }
            if date.last() < window_first {
                k += 1;
                continue;
            }
            if dates.len() == MAX_OCCURRENCES {
                // Counted, not kept: a monthly meeting over millennia is a
                // mistake, and would cost every view its whole list.
                let more = Length::between(date.first(), window_last).months / every + 1;
                if trusted {
                    findings.push(
                        Finding::new(Code::TooManyOccurrences)
                            .at(every_span.clone())
                            .arg("id", meeting.header.id_or_unknown())
                            .arg("count", dates.len() + more as usize)
                            .arg("kept", MAX_OCCURRENCES),
                    );
                }
                break;
            }
            if kept + dates.len() == MAX_ALL_OCCURRENCES {
                // Said once, at the meeting where the plan's occurrences run out.
                if !told {
                    told = true;
                    findings.push(
                        Finding::new(Code::TooManyOccurrences)
                            .variant("all")
                            .at(every_span.clone())
                            .arg("id", meeting.header.id_or_unknown())
                            .arg("date", date)
                            .arg("kept", MAX_ALL_OCCURRENCES),
                    );
                }
                break;
            }
            dates.push(date);
            k += 1;
        }
        kept += dates.len();
        resolved.occurrences[r] = dates;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index finds exactly the phases a scan of every phase finds,
    /// with windows that overlap, nest and leave gaps.
    #[test]
    fn phases_holding_agrees_with_a_scan() {
        let day = |n: i64| NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Duration::days(n);
        let mut resolved = Resolved::default();
        let mut seed = 7u64;
        for _ in 0..60 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let start = (seed >> 33) as i64 % 400;
            let length = (seed >> 17) as i64 % 120;
            let window = (!seed.is_multiple_of(7)).then(|| Window {
                start: PlanDate::Day(day(start)),
                end: PlanDate::Day(day(start + length)),
                uses_months: false,
                sure: true,
            });
            resolved.windows.push(window);
        }
        resolved.index_phases(&Plan::default());
        for first in (0..520).step_by(3) {
            for length in [0, 1, 5, 30, 90] {
                let (f, l) = (day(first), day(first + length));
                let scan: Vec<usize> = (0..resolved.windows.len())
                    .filter(|&p| resolved.windows[p].is_some_and(|w| w.days().0 <= f && l <= w.days().1))
                    .collect();
                assert_eq!(resolved.phases_holding(f, l, usize::MAX), scan, "{f} – {l}");
            }
        }
    }
}
