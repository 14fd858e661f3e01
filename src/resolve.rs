//! Resolving a plan: ids to items, `after` references to a dependency
//! graph, and the dates the plan leaves to be derived (a phase's start from
//! its predecessors, an end from a start and a length), in dependency order.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;

use crate::date::{PlanDate, add_months, sub_months};
use crate::finding::{Code, Finding};
use crate::load::did_you_mean;
use crate::model::{Plan, Spanned, id_of};

/// One item of the plan, by kind and position in its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Phase(usize),
    Milestone(usize),
    Workshop(usize),
    Recurring(usize),
}

impl ItemRef {
    pub fn kind(self) -> &'static str {
        match self {
            ItemRef::Phase(_) => "phase",
            ItemRef::Milestone(_) => "milestone",
            ItemRef::Workshop(_) => "workshop",
            ItemRef::Recurring(_) => "recurring meeting",
        }
    }
}

/// A phase's window, stated or derived. Derived ends are day dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub start: PlanDate,
    pub end: PlanDate,
    /// Whether either end was computed from `months`, so that the stated
    /// length agrees with the window by construction.
    pub uses_months: bool,
}

impl Window {
    /// The first day the window surely holds, and the last.
    pub fn days(&self) -> (NaiveDate, NaiveDate) {
        (self.start.first(), self.end.last())
    }
}

/// How a workshop came to belong to a phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Membership {
    Stated(usize),
    Inferred(usize),
}

impl Membership {
    pub fn phase(self) -> usize {
        match self {
            Membership::Stated(p) | Membership::Inferred(p) => p,
        }
    }
}

/// What the plan means once ids and dates are resolved.
#[derive(Clone, Debug, Default)]
pub struct Resolved {
    /// Each id to the item that defines it first.
    pub ids: HashMap<String, ItemRef>,
    pub windows: Vec<Option<Window>>,
    pub workshop_phase: Vec<Option<Membership>>,
    pub milestone_phase: Vec<Option<usize>>,
    /// The dates of each recurring meeting, inside its phase.
    pub occurrences: Vec<Vec<PlanDate>>,
    /// For each item with `after`, the items it follows (resolved, deduplicated).
    pub predecessors: HashMap<ItemRef, Vec<(ItemRef, Range<usize>)>>,
    /// Phases with a window, by first day, each with the latest last day of
    /// it and those before it: finds the phases holding a date without
    /// looking at every phase (see [`Resolved::phases_holding`]).
    by_start: Vec<(NaiveDate, NaiveDate, usize)>,
}

impl Resolved {
    pub fn id<'p>(&self, plan: &'p Plan, item: ItemRef) -> Option<&'p str> {
        let id = match item {
            ItemRef::Phase(i) => &plan.phases[i].id,
            ItemRef::Milestone(i) => &plan.milestones[i].id,
            ItemRef::Workshop(i) => &plan.workshops[i].id,
            ItemRef::Recurring(i) => &plan.recurring[i].id,
        };
        id.as_ref().map(|id| id.get_ref().as_str())
    }

    /// The phases whose window holds every day from `first` to `last`: the
    /// phases an event on those days may belong to.
    pub fn phases_holding(&self, first: NaiveDate, last: NaiveDate) -> Vec<usize> {
        // Phases starting by `first`, scanned back from the latest start
        // while one of them may still reach `last`.
        let starts = self.by_start.partition_point(|(start, ..)| *start <= first);
        let mut holding: Vec<usize> = self.by_start[..starts]
            .iter()
            .rev()
            .take_while(|(_, reach, _)| *reach >= last)
            .map(|(_, _, p)| *p)
            .filter(|&p| self.windows[p].is_some_and(|w| last <= w.days().1))
            .collect();
        holding.sort_unstable();
        holding
    }

    /// Builds the index of [`Resolved::phases_holding`] once windows are known.
    fn index_phases(&mut self) {
        let mut by_start: Vec<(NaiveDate, NaiveDate, usize)> = self
            .windows
            .iter()
            .enumerate()
            .filter_map(|(p, w)| w.map(|w| (w.days().0, w.days().1, p)))
            .collect();
        by_start.sort();
        let mut reach = NaiveDate::MIN;
        for entry in &mut by_start {
            reach = reach.max(entry.1);
            entry.1 = reach;
        }
        self.by_start = by_start;
    }

    /// When an item starts: a phase's window start, an event's date.
    pub fn start(&self, plan: &Plan, item: ItemRef) -> Option<PlanDate> {
        match item {
            ItemRef::Phase(i) => self.windows[i].map(|w| w.start),
            ItemRef::Milestone(i) => plan.milestones[i].date.as_ref().map(|d| *d.get_ref()),
            ItemRef::Workshop(i) => plan.workshops[i].date.as_ref().map(|d| *d.get_ref()),
            ItemRef::Recurring(_) => None,
        }
    }

    /// When an item is over: a phase's window end, a series' end, an event's date.
    pub fn end(&self, plan: &Plan, item: ItemRef) -> Option<PlanDate> {
        match item {
            ItemRef::Phase(i) => self.windows[i].map(|w| w.end),
            ItemRef::Workshop(i) => plan.workshops[i]
                .end
                .as_ref()
                .map(|d| *d.get_ref())
                .or_else(|| self.start(plan, item)),
            _ => self.start(plan, item),
        }
    }
}

/// The `after` list and id of an item, for the dependency graph.
fn after_of(plan: &Plan, item: ItemRef) -> &[Spanned<String>] {
    match item {
        ItemRef::Phase(i) => &plan.phases[i].after,
        ItemRef::Milestone(i) => &plan.milestones[i].after,
        ItemRef::Workshop(i) => &plan.workshops[i].after,
        ItemRef::Recurring(_) => &[],
    }
}

fn all_items(plan: &Plan) -> impl Iterator<Item = ItemRef> + '_ {
    (0..plan.phases.len())
        .map(ItemRef::Phase)
        .chain((0..plan.milestones.len()).map(ItemRef::Milestone))
        .chain((0..plan.workshops.len()).map(ItemRef::Workshop))
        .chain((0..plan.recurring.len()).map(ItemRef::Recurring))
}

fn id_span(plan: &Plan, item: ItemRef) -> Option<Range<usize>> {
    let id = match item {
        ItemRef::Phase(i) => &plan.phases[i].id,
        ItemRef::Milestone(i) => &plan.milestones[i].id,
        ItemRef::Workshop(i) => &plan.workshops[i].id,
        ItemRef::Recurring(i) => &plan.recurring[i].id,
    };
    id.as_ref().map(|id| id.span())
}

pub fn resolve(plan: &Plan, findings: &mut Vec<Finding>) -> Resolved {
    let mut resolved = Resolved {
        windows: vec![None; plan.phases.len()],
        workshop_phase: vec![None; plan.workshops.len()],
        milestone_phase: vec![None; plan.milestones.len()],
        occurrences: vec![Vec::new(); plan.recurring.len()],
        ..Resolved::default()
    };
    collect_ids(plan, &mut resolved, findings);
    link_after(plan, &mut resolved, findings);
    let order = dependency_order(plan, &resolved, findings);
    for item in order {
        if let ItemRef::Phase(i) = item {
            resolved.windows[i] = derive_window(plan, &resolved, i, findings);
        }
    }
    resolved.index_phases();
    assign_phases(plan, &mut resolved, findings);
    expand_recurring(plan, &mut resolved, findings);
    resolved
}

fn collect_ids(plan: &Plan, resolved: &mut Resolved, findings: &mut Vec<Finding>) {
    for item in all_items(plan) {
        let (Some(id), Some(span)) = (resolved.id(plan, item), id_span(plan, item)) else {
            continue;
        };
        match resolved.ids.get(id) {
            None => {
                resolved.ids.insert(id.to_owned(), item);
            }
            Some(&first) => {
                let first_span = id_span(plan, first).unwrap_or(0..0);
                let message = format!(
                    "the id `{id}` is used twice: by a {} and by a {}",
                    first.kind(),
                    item.kind()
                );
                findings.push(
                    Finding::new(Code::DuplicateId, message)
                        .at(span)
                        .label(format!("second use, by a {}", item.kind()))
                        .related(first_span, format!("first used here, by a {}", first.kind()))
                        .help("ids are unique across phases, milestones, workshops and recurring meetings; rename one"),
                );
            }
        }
    }
}

fn link_after(plan: &Plan, resolved: &mut Resolved, findings: &mut Vec<Finding>) {
    let known: Vec<&str> = resolved.ids.keys().map(String::as_str).collect();
    let mut links = HashMap::new();
    for item in all_items(plan) {
        let this = resolved.id(plan, item).unwrap_or("?");
        let mut preds: Vec<(ItemRef, Range<usize>)> = Vec::new();
        for reference in after_of(plan, item) {
            let name = reference.get_ref().as_str();
            match resolved.ids.get(name) {
                _ if name == this && resolved.ids.get(name) == Some(&item) => findings.push(
                    Finding::new(
                        Code::SelfReference,
                        format!("{} `{this}` is `after` itself", item.kind()),
                    )
                    .at(reference.span())
                    .label("refers to the item it is in")
                    .help("remove it from `after`"),
                ),
                Some(&ItemRef::Recurring(_)) => findings.push(
                    Finding::new(
                        Code::UnknownReference,
                        format!(
                            "{} `{this}` is after `{name}`, which is a recurring meeting",
                            item.kind()
                        ),
                    )
                    .at(reference.span())
                    .label("a recurring meeting has no single end")
                    .help("`after` takes a phase, a milestone or a workshop"),
                ),
                Some(&pred) => {
                    if !preds.iter().any(|(p, _)| *p == pred) {
                        preds.push((pred, reference.span()));
                    }
                }
                None => {
                    let mut finding = Finding::new(
                        Code::UnknownReference,
                        format!("{} `{this}` is after `{name}`, which is not in the plan", item.kind()),
                    )
                    .at(reference.span())
                    .label("no item has this id");
                    if let Some(near) = did_you_mean(name, &known) {
                        finding = finding.help(format!("did you mean `{near}`?"));
                    }
                    findings.push(finding);
                }
            }
        }
        if !preds.is_empty() {
            links.insert(item, preds);
        }
    }
    resolved.predecessors = links;
}

/// Items in an order where every item comes after what it depends on
/// (Kahn's algorithm). Items on or behind a cycle are left out, and each
/// cycle is reported once, naming every id on it in order.
fn dependency_order(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) -> Vec<ItemRef> {
    let items: Vec<ItemRef> = all_items(plan).collect();
    let index: HashMap<ItemRef, usize> = items.iter().enumerate().map(|(i, item)| (*item, i)).collect();
    let preds = |i: usize| resolved.predecessors.get(&items[i]).map(Vec::as_slice).unwrap_or(&[]);
    let mut waiting: Vec<usize> = (0..items.len()).map(|i| preds(i).len()).collect();
    let mut successors: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    for i in 0..items.len() {
        for (pred, _) in preds(i) {
            successors[index[pred]].push(i);
        }
    }
    let mut ready: Vec<usize> = (0..items.len()).filter(|&i| waiting[i] == 0).collect();
    ready.reverse();
    let mut order = Vec::with_capacity(items.len());
    while let Some(i) = ready.pop() {
        order.push(items[i]);
        for &next in &successors[i] {
            waiting[next] -= 1;
            if waiting[next] == 0 {
                ready.push(next);
            }
        }
    }
    if order.len() < items.len() {
        let stuck: Vec<usize> = (0..items.len()).filter(|&i| waiting[i] > 0).collect();
        let edges = |i: usize| preds(i).iter().map(|(pred, _)| index[pred]).collect::<Vec<_>>();
        for cycle in cycles(&stuck, edges) {
            let ids: Vec<&str> = cycle
                .iter()
                .map(|&i| resolved.id(plan, items[i]).unwrap_or("?"))
                .collect();
            let first = cycle[0];
            let span = preds(first)
                .iter()
                .find(|(p, _)| index[p] == cycle[1 % cycle.len()])
                .map_or(0..0, |(_, s)| s.clone());
            let mut path = ids.iter().map(|id| format!("`{id}`")).collect::<Vec<_>>();
            path.push(format!("`{}`", ids[0]));
            let mut finding = Finding::new(Code::DependencyCycle, format!("dependency cycle: {}", path.join(" → ")))
                .at(span)
                .label(format!("`{}` is after `{}`", ids[0], ids[1 % ids.len()]))
                .help("each item on the cycle waits for the next, so none can start; remove one `after` reference");
            for w in 1..cycle.len() {
                let (from, to) = (cycle[w], cycle[(w + 1) % cycle.len()]);
                if let Some((_, s)) = preds(from).iter().find(|(p, _)| index[p] == to) {
                    finding = finding.related(
                        s.clone(),
                        format!("`{}` is after `{}`", ids[w], ids[(w + 1) % ids.len()]),
                    );
                }
            }
            findings.push(finding);
        }
    }
    order
}

/// One cycle in each strongly connected component of more than one node
/// (Tarjan's algorithm, without recursion so deep chains cannot overflow
/// the stack), starting at the component's first node in file order.
fn cycles(nodes: &[usize], edges: impl Fn(usize) -> Vec<usize>) -> Vec<Vec<usize>> {
    let in_set: HashMap<usize, usize> = nodes.iter().enumerate().map(|(k, &n)| (n, k)).collect();
    let n = nodes.len();
    let adjacency: Vec<Vec<usize>> = nodes
        .iter()
        .map(|&node| {
            edges(node)
                .into_iter()
                .filter_map(|m| in_set.get(&m).copied())
                .collect()
        })
        .collect();
    let (mut index, mut low, mut on_stack) = (vec![usize::MAX; n], vec![0; n], vec![false; n]);
    let (mut stack, mut components, mut counter) = (Vec::new(), Vec::new(), 0);
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut call: Vec<(usize, usize)> = vec![(root, 0)];
        index[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut next)) = call.last_mut() {
            if let Some(&w) = adjacency[v].get(*next) {
                *next += 1;
                if index[w] == usize::MAX {
                    index[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    call.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            call.pop();
            if let Some(&(parent, _)) = call.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let mut component = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    component.push(w);
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    components.push(component);
                }
            }
        }
    }
    let mut found: Vec<Vec<usize>> = components
        .into_iter()
        .filter_map(|component| {
            let start = *component.iter().min()?;
            shortest_cycle(start, &component, &adjacency).map(|c| c.into_iter().map(|k| nodes[k]).collect())
        })
        .collect();
    found.sort();
    found
}

/// The shortest way from `start` back to itself inside one component.
fn shortest_cycle(start: usize, component: &[usize], adjacency: &[Vec<usize>]) -> Option<Vec<usize>> {
    let mut came_from: HashMap<usize, usize> = HashMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        for &w in &adjacency[v] {
            if !component.contains(&w) {
                continue;
            }
            if w == start {
                let mut path = vec![v];
                while let Some(&p) = came_from.get(path.last()?) {
                    path.push(p);
                }
                path.reverse();
                return Some(path);
            }
            if w != start && !came_from.contains_key(&w) {
                came_from.insert(w, v);
                queue.push_back(w);
            }
        }
    }
    None
}

/// A phase's window from what it states and what its predecessors resolved to.
fn derive_window(plan: &Plan, resolved: &Resolved, i: usize, findings: &mut Vec<Finding>) -> Option<Window> {
    let phase = &plan.phases[i];
    let months = phase.months.as_ref().map(|m| *m.get_ref());
    let stated_end = phase.end.as_ref().map(|d| *d.get_ref());
    let stated_start = phase.start.as_ref().map(|d| *d.get_ref());
    // The day after the latest predecessor ends. Needed only without a
    // stated start; if a reference failed (already reported) or a
    // predecessor has no dates, the start stays unknown without a new finding.
    let after_preds = if stated_start.is_none() && !phase.after.is_empty() {
        let preds = resolved
            .predecessors
            .get(&ItemRef::Phase(i))
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let all_resolved = phase.after.iter().all(|r| {
            matches!(resolved.ids.get(r.get_ref().as_str()), Some(&item) if item != ItemRef::Phase(i) && !matches!(item, ItemRef::Recurring(_)))
        });
        if !all_resolved {
            return None;
        }
        let ends: Option<Vec<PlanDate>> = preds.iter().map(|(p, _)| resolved.end(plan, *p)).collect();
        Some(
            ends?
                .iter()
                .map(|e| e.last())
                .max()
                .and_then(|d| d.succ_opt())
                .map(PlanDate::Day)?,
        )
    } else {
        None
    };
    let mut uses_months = false;
    let start = match (
        phase.start.as_ref().map(|d| *d.get_ref()),
        after_preds,
        stated_end,
        months,
    ) {
        (Some(start), ..) => Some(start),
        (None, Some(start), ..) => Some(start),
        (None, None, Some(end), Some(months)) => {
            uses_months = true;
            end.last()
                .succ_opt()
                .and_then(|d| sub_months(d, months))
                .map(PlanDate::Day)
        }
        _ => None,
    };
    let end = match (stated_end, start, months) {
        (Some(end), ..) => Some(end),
        (None, Some(start), Some(months)) => {
            uses_months = true;
            add_months(start.first(), months)
                .and_then(|d| d.pred_opt())
                .map(PlanDate::Day)
        }
        _ => None,
    };
    match (start, end) {
        (Some(start), Some(end)) => Some(Window {
            start,
            end,
            uses_months,
        }),
        _ => {
            if !phase.broken {
                let id = id_of(&phase.id);
                let missing = if start.is_none() { "start" } else { "end" };
                findings.push(
                    Finding::new(
                        Code::PhaseUnderdetermined,
                        format!("phase `{id}` has no {missing}: its window cannot be fixed"),
                    )
                    .at(phase.id.as_ref().map_or(phase.span.clone(), |id| id.span()))
                    .label(format!("the {missing} of this phase is unknown"))
                    .help("give two of `start`, `end`, `months`, or `after` with `months`"),
                );
            }
            None
        }
    }
}

/// The phase a `phase = "…"` names, or an `unknown-phase` finding about `what`.
fn phase_named(
    plan: &Plan,
    resolved: &Resolved,
    what: &str,
    phase: &Spanned<String>,
    findings: &mut Vec<Finding>,
) -> Option<usize> {
    let name = phase.get_ref().as_str();
    let reason = match resolved.ids.get(name) {
        Some(&ItemRef::Phase(p)) => return Some(p),
        Some(item) => format!("`{name}` is a {}, not a phase", item.kind()),
        None => format!("there is no phase `{name}`"),
    };
    let phase_ids = plan.phase_ids();
    let finding = Finding::new(Code::UnknownPhase, format!("{what} is in phase `{name}`, but {reason}"))
        .at(phase.span())
        .label("not a phase of this plan");
    findings.push(match did_you_mean(name, &phase_ids) {
        Some(near) => finding.help(format!("did you mean `{near}`?")),
        None => finding.help(format!("phases: {}", phase_ids.join(", "))),
    });
    None
}

/// Which phase each workshop and milestone belongs to, stated or inferred
/// from its date.
fn assign_phases(plan: &Plan, resolved: &mut Resolved, findings: &mut Vec<Finding>) {
    let lookup = |resolved: &Resolved, what: String, phase: &Spanned<String>, findings: &mut Vec<Finding>| {
        phase_named(plan, resolved, &what, phase, findings)
    };
    for (m, milestone) in plan.milestones.iter().enumerate() {
        if let Some(phase) = &milestone.phase {
            let what = format!("milestone `{}`", id_of(&milestone.id));
            resolved.milestone_phase[m] = lookup(resolved, what, phase, findings);
        }
    }
    for (w, workshop) in plan.workshops.iter().enumerate() {
        let id = id_of(&workshop.id);
        if let Some(phase) = &workshop.phase {
            resolved.workshop_phase[w] =
                lookup(resolved, format!("workshop `{id}`"), phase, findings).map(Membership::Stated);
            continue;
        }
        // A plan without phases has nothing to place a workshop in.
        let Some(date) = workshop.date.as_ref().filter(|_| !plan.phases.is_empty()) else {
            continue;
        };
        let first = date.get_ref().first();
        let last = workshop
            .end
            .as_ref()
            .map_or(date.get_ref().last(), |e| e.get_ref().last());
        let holding = resolved.phases_holding(first, last);
        let name = |p: usize| id_of(&plan.phases[p].id);
        match holding.as_slice() {
            [p] => {
                resolved.workshop_phase[w] = Some(Membership::Inferred(*p));
                findings.push(
                    Finding::new(
                        Code::PhaseInferred,
                        format!(
                            "workshop `{id}` has no `phase`; by its date it belongs to `{}`",
                            name(*p)
                        ),
                    )
                    .at(date.span())
                    .label(format!("inside the window of `{}`", name(*p)))
                    .help(format!("add `phase = \"{}\"` to say so", name(*p))),
                );
            }
            [] => findings.push(
                Finding::new(
                    Code::NoPhase,
                    format!(
                        "workshop `{id}` has no `phase`, and no phase's window holds its date {}",
                        date.get_ref()
                    ),
                )
                .at(date.span())
                .label("outside every phase")
                .help("add `phase = \"…\"`, or move the date into a phase"),
            ),
            several => {
                let names: Vec<String> = several.iter().map(|&p| format!("`{}`", name(p))).collect();
                findings.push(
                    Finding::new(
                        Code::NoPhase,
                        format!(
                            "workshop `{id}` has no `phase`, and its date {} is in the windows of {}",
                            date.get_ref(),
                            names.join(" and ")
                        ),
                    )
                    .at(date.span())
                    .label("in more than one phase")
                    .help("add `phase = \"…\"` to say which"),
                );
            }
        }
    }
}

/// Each recurring meeting's dates: from `first` (or the phase start plus
/// one interval) every `every_months`, while inside the phase's window.
fn expand_recurring(plan: &Plan, resolved: &mut Resolved, findings: &mut Vec<Finding>) {
    for (r, meeting) in plan.recurring.iter().enumerate() {
        let (Some(phase), Some(every)) = (&meeting.phase, &meeting.every_months) else {
            continue;
        };
        let what = format!("recurring meeting `{}`", id_of(&meeting.id));
        let Some(p) = phase_named(plan, resolved, &what, phase, findings) else {
            continue;
        };
        let Some(window) = resolved.windows[p] else { continue };
        let (every_span, every) = (every.span(), *every.get_ref());
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
        let id = id_of(&meeting.id);
        let phase_id = phase.get_ref();
        if first.last() < window_first || first.first() > window_last {
            let (span, why) = match &meeting.first {
                Some(f) => (f.span(), format!("`first = {first}` is outside it")),
                None => (
                    every_span,
                    format!("the first, one interval after the start, would be {first}"),
                ),
            };
            findings.push(
                Finding::new(
                    Code::RecurringOutsidePhase,
                    format!(
                        "recurring meeting `{id}` has no date inside phase `{phase_id}` ({} – {}): {why}",
                        window.start, window.end
                    ),
                )
                .at(span)
                .label("outside the phase")
                .help("occurrences stay inside their phase's window; set `first` inside it or shorten `every_months`"),
            );
            continue;
        }
        let mut dates = Vec::new();
        let mut k = 0u32;
        while let Some(day) = k.checked_mul(every).and_then(|step| add_months(first.first(), step)) {
            let date = if first.precision_is_day() {
                PlanDate::Day(day)
            } else {
                PlanDate::Month(day)
            };
            if date.first() > window_last {
                break;
            }
            dates.push(date);
            k += 1;
        }
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
            });
            resolved.windows.push(window);
        }
        resolved.index_phases();
        for first in (0..520).step_by(3) {
            for length in [0, 1, 5, 30, 90] {
                let (f, l) = (day(first), day(first + length));
                let scan: Vec<usize> = (0..resolved.windows.len())
                    .filter(|&p| resolved.windows[p].is_some_and(|w| w.days().0 <= f && l <= w.days().1))
                    .collect();
                assert_eq!(resolved.phases_holding(f, l), scan, "{f} – {l}");
            }
        }
    }
}
