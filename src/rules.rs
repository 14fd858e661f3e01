//! The checks that need a resolved plan: windows that run backwards,
//! lengths that disagree with windows, dependencies out of order, events
//! outside their phase. A comparison that depends on a day the plan does
//! not state (a month-precision date) is a note, never an error; one that
//! rests on a value that could not be read (a phase's window in doubt, see
//! [`Window::sure`], or an event's unread status) is not made at all.

use std::collections::HashMap;
use std::ops::Range;

use chrono::{Datelike, NaiveDate};

use crate::date::{Length, PlanDate};
use crate::finding::{Arg, Code, Finding, Text};
use crate::plan::{Direction, ItemRef, Kind, Plan, Point, Spanned, Status};
use crate::resolve::{Beyond, Membership, NAMED, Resolved, Window};

/// Runs every rule; `today` is the day `overdue` is judged on.
pub fn check(plan: &Plan, resolved: &Resolved, today: NaiveDate, findings: &mut Vec<Finding>) {
    phase_windows(plan, resolved, findings);
    series_ends(plan, findings);
    dependencies(plan, resolved, findings);
    after_gaps(plan, resolved, findings);
    events_in_phase(plan, resolved, findings);
    overdue(plan, today, findings);
    same_day(plan, resolved, findings);
    kpis(plan, resolved, today, findings);
}

/// End before start, and a stated length the window does not have.
fn phase_windows(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) {
    for (i, phase) in plan.phases.iter().enumerate() {
        // A window in doubt (after a predecessor in doubt, or from a phase
        // with a value that could not be read) would only repeat that.
        let Some(window) = resolved.windows[i].filter(|w| w.sure) else {
            continue;
        };
        let id = phase.header.id_or_unknown();
        let (first, last) = window.days();
        if window.end.last() < window.start.first() {
            let mut finding = Finding::new(Code::EndBeforeStart)
                .at(phase.end.as_ref().map_or(phase.header.span.clone(), |e| e.span()))
                .arg("kind", Kind::Phase)
                .arg("id", id)
                .arg("start", window.start)
                .arg("end", window.end);
            if let Some(start) = &phase.start {
                finding = finding.related(start.span(), "start");
            } else if let Some((pred, reference)) = started_by(plan, resolved, i, window.start) {
                // No `start` to swap: it is the day after `pred` ends.
                finding = finding
                    .variant("after")
                    .arg("predecessor_kind", pred.kind)
                    .arg("predecessor", written(plan, ItemRef::new(Kind::Phase, i), reference))
                    .arg("predecessor_extent", extent(plan, pred))
                    .related(reference.clone(), "after-dependency");
            }
            findings.push(finding);
            continue;
        }
        let Some(months) = &phase.months else { continue };
        if window.uses_months {
            continue;
        }
        let stated = months.get_ref().0;
        let length = Length::between(first, last);
        if length
            == (Length {
                months: stated,
                days: 0,
            })
        {
            continue;
        }
        let by_day = window.start.precision_is_day() && window.end.precision_is_day();
        let mut finding = Finding::new(Code::MonthsMismatch)
            .at(months.span())
            .arg("phase", id)
            .arg("stated", stated)
            .arg("counted", length.months)
            .arg("counted_days", length.days)
            .arg("start", window.start)
            .arg("end", window.end)
            .arg("precision", if by_day { "day" } else { "month" });
        if let Some(start) = &phase.start {
            finding = finding.related(start.span(), "start");
        }
        if let Some(end) = &phase.end {
            finding = finding.related(end.span(), "end");
        }
        findings.push(finding);
    }
}

/// What a phase without a stated `start` that starts on `start` is `after`
/// (the latest to end, the first such in `after`), and where it names it.
fn started_by<'r>(
    plan: &Plan,
    resolved: &'r Resolved,
    i: usize,
    start: PlanDate,
) -> Option<(ItemRef, &'r Range<usize>)> {
    let preds = resolved.predecessors.get(&ItemRef::new(Kind::Phase, i))?;
    preds
        .iter()
        .find(|(pred, _)| resolved.end(plan, *pred).and_then(|end| end.last().succ_opt()) == Some(start.first()))
        .map(|(pred, reference)| (*pred, reference))
}

/// A series of workshops that ends before it starts.
fn series_ends(plan: &Plan, findings: &mut Vec<Finding>) {
    for workshop in &plan.workshops {
        let (Some(date), Some(end)) = (&workshop.date, &workshop.end) else {
            continue;
        };
        if end.get_ref().last() < date.get_ref().first() {
            findings.push(
                Finding::new(Code::EndBeforeStart)
                    .variant("series")
                    .at(end.span())
                    .arg("kind", Kind::Workshop)
                    .arg("id", workshop.header.id_or_unknown())
                    .arg("start", *date.get_ref())
                    .arg("end", *end.get_ref())
                    .related(date.span(), "start"),
            );
        }
    }
}

/// Where an item's start is written, for pointing at it.
fn start_span(plan: &Plan, item: ItemRef) -> Option<Range<usize>> {
    match item.kind {
        Kind::Phase => plan.phases[item.index].start.as_ref().map(|d| d.span()),
        _ => plan.entry(item).when().map(|when| when.date.span()),
    }
}

/// How `item`'s `after` names the predecessor it refers to at `reference`:
/// its id, or the fix of an invalid one, which is how a help says to remove it.
fn written<'p>(plan: &'p Plan, item: ItemRef, reference: &Range<usize>) -> &'p str {
    let after = &plan.header(item).after;
    after
        .iter()
        .find(|entry| entry.span() == *reference)
        .map_or("?", |entry| entry.get_ref().as_str())
}

/// Whether an item lasts a `period` (a phase, a series of workshops),
/// which starts and ends, or is on a `day` (a milestone, a workshop of a
/// day): how a message says when it is.
fn extent(plan: &Plan, item: ItemRef) -> &'static str {
    match plan.entry(item).when() {
        Some(when) if when.end.is_none() => "day",
        _ => "period",
    }
}

/// Finish-to-start: an item may not start before what it is `after` ends.
fn dependencies(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) {
    let mut items: Vec<_> = resolved.predecessors.iter().collect();
    items.sort_by_key(|(item, _)| (start_span(plan, **item).map(|s| s.start), **item));
    for (&item, preds) in items {
        let Some(start) = resolved.sure_start(plan, item) else {
            continue;
        };
        for (pred, reference) in preds {
            let Some(end) = resolved.sure_end(plan, *pred) else {
                continue;
            };
            let code = if start.last() < end.first() {
                Code::DependencyOrder
            } else if start.first() < end.last() {
                Code::DependencyOrderPossible
            } else {
                continue;
            };
            findings.push(
                Finding::new(code)
                    .at(start_span(plan, item).unwrap_or_else(|| reference.clone()))
                    .arg("kind", item.kind)
                    .arg("id", plan.header(item).id_or_unknown())
                    .arg("extent", extent(plan, item))
                    .arg("start", start)
                    .arg("predecessor_kind", pred.kind)
                    .arg("predecessor", written(plan, item, reference))
                    .arg("predecessor_extent", extent(plan, *pred))
                    .arg("end", end)
                    .related(reference.clone(), "dependency"),
            );
        }
    }
}

/// A phase with a stated start that leaves a gap after the latest of what
/// it is `after` ends: finish-to-start says it starts then. Said only
/// where the gap is certain (a start in the month after a month-precision
/// end is none). The gap is what lies between the end and the start,
/// neither counted: in months where both dates are months, else in days
/// (from a phase's last day, or at least from the last day an event known
/// only to the month may be on).
fn after_gaps(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) {
    for (i, phase) in plan.phases.iter().enumerate() {
        let item = ItemRef::new(Kind::Phase, i);
        let (Some(start), Some(preds)) = (&phase.start, resolved.predecessors.get(&item)) else {
            continue;
        };
        // What it follows must all be known, and known for sure.
        if resolved.after_unresolved.contains(&item) {
            continue;
        }
        let mut latest: Option<(PlanDate, ItemRef, &Range<usize>)> = None;
        let mut known = true;
        for (pred, reference) in preds {
            match resolved.sure_end(plan, *pred) {
                Some(end) if latest.is_none_or(|(l, ..)| end.last() > l.last()) => {
                    latest = Some((end, *pred, reference));
                }
                Some(_) => {}
                None => known = false,
            }
        }
        let (Some((end, pred, reference)), true) = (latest, known) else {
            continue;
        };
        let start_date = *start.get_ref();
        let (Some(next), Some(before_start)) = (end.last().succ_opt(), start_date.first().pred_opt()) else {
            continue;
        };
        if start_date.first() <= next {
            continue;
        }
        // A phase's month ends on its last day; an event's is a day of it.
        let exact = pred.kind == Kind::Phase || end.precision_is_day();
        let (gap, unit, start_date, end) = match (start_date, end) {
            (PlanDate::Month(_), PlanDate::Month(_)) => {
                let months = Length::between(next, before_start).months;
                (i64::from(months), "months", start_date, end)
            }
            // Counted in days, said in days where they are known.
            _ => {
                let end = if exact { PlanDate::Day(end.last()) } else { end };
                let days = (start_date.first() - next).num_days();
                (days, "days", PlanDate::Day(start_date.first()), end)
            }
        };
        findings.push(
            Finding::new(Code::AfterGap)
                .at(start.span())
                .arg("id", phase.header.id_or_unknown())
                .arg("start", start_date)
                .arg("predecessor_kind", pred.kind)
                .arg("predecessor", written(plan, item, reference))
                .arg("predecessor_extent", extent(plan, pred))
                .arg("end", end)
                .arg("gap", gap)
                .arg("unit", unit)
                .arg("bound", if exact { "exact" } else { "at-least" })
                .related(reference.clone(), "dependency"),
        );
    }
}

/// Workshops and milestones inside the window of the phase they name.
fn events_in_phase(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) {
    for item in plan.items() {
        let (Some(Membership::Stated(p)), Some(when)) = (resolved.phase_of(item), plan.entry(item).when()) else {
            continue;
        };
        let Some(window) = resolved.windows[p].filter(Window::trusted) else {
            continue;
        };
        let (from, to) = window.days();
        // A month-precision date is some day of its month: the earliest and
        // the latest its start and its end may be.
        let (start, end) = (when.first(), when.last());
        if from <= start.first() && end.last() <= to {
            continue;
        }
        let starts_before = start.last() < from;
        let ends_after = end.first() > to;
        let code = if starts_before || ends_after {
            Code::OutsidePhase
        } else {
            Code::OutsidePhasePossible
        };
        // Point at the first date that is outside (or may be): a series'
        // end when its date may be inside, else the date.
        let date_may_be_inside = !starts_before && start.first() <= to;
        let outside = match when.end {
            Some(end_date) if date_may_be_inside && end.last() > to => end_date.span(),
            _ => when.date.span(),
        };
        let mut finding = Finding::new(code)
            .at(outside)
            .arg("kind", item.kind)
            .arg("id", plan.header(item).id_or_unknown())
            .arg("date", when.first());
        // Each text a variant of its own for a series (its dates, not its date).
        let series = when.end.is_some();
        let pick = |one: &'static str, of_series: &'static str| if series { of_series } else { one };
        if let Some(end) = when.end {
            finding = finding.variant("series").arg("end", *end.get_ref());
        }
        finding = finding
            .arg("phase", plan.phases[p].header.id_or_unknown())
            .arg("window_start", window.start)
            .arg("window_end", window.end);
        if code == Code::OutsidePhase {
            let event = Outside { p, window, start, end };
            finding = where_instead(plan, resolved, finding, &event, pick);
        }
        findings.push(finding);
    }
}

/// An event surely outside the phase it names: the phase, its window, and
/// the event's first and last date.
struct Outside {
    p: usize,
    window: Window,
    start: PlanDate,
    end: PlanDate,
}

/// What an event outside its phase is in instead, said where icc knows:
/// before or after the whole programme, in another phase's window (its
/// help then names it), in no phase's, or partly in phases (see
/// [`partly_in_phases`]).
fn where_instead(
    plan: &Plan,
    resolved: &Resolved,
    finding: Finding,
    event: &Outside,
    pick: impl Fn(&'static str, &'static str) -> &'static str,
) -> Finding {
    let (first, last) = (event.start.first(), event.end.last());
    match resolved.beyond_programme(first, last) {
        Some(Beyond::Start(start)) => {
            return finding
                .variant(pick("before-start", "series-before-start"))
                .arg("programme_start", start);
        }
        Some(Beyond::End(end)) => {
            return finding
                .variant(pick("after-end", "series-after-end"))
                .arg("programme_end", end);
        }
        // A phase whose window is unknown could hold it.
        None if resolved.in_doubt(first, last) => return finding,
        None => {}
    }
    // A phase is named only by an id `phase = "…"` can use.
    let id = |q: &usize| resolved.reference_to(plan, ItemRef::new(Kind::Phase, *q));
    match resolved.phases_holding(first, last, NAMED + 1).as_slice() {
        [] if resolved.phases_overlapping(first, last, 1).is_empty() => {
            finding.help(Text::Named(pick("help-none", "series-help-none")))
        }
        [] => partly_in_phases(plan, resolved, finding, event, pick),
        holding => match holding.iter().map(id).collect::<Option<Vec<&str>>>() {
            Some(ids) if ids.len() == 1 => finding
                .arg("in_phase", ids[0])
                .help(Text::Named(pick("help-phase", "series-help-phase"))),
            Some(ids) => finding
                .arg("in_phases", Arg::List(ids.into_iter().map(str::to_owned).collect()))
                .help(Text::Named(pick("help-phases", "series-help-phases"))),
            // Which `phase` to set waits for the id to be used once.
            None => finding,
        },
    }
}

/// The help for an event partly in phases, wholly in none. A series whose
/// date is inside its phase runs past the phase's end (and maybe the
/// programme's): end it sooner, or lengthen the phase; one whose end is
/// inside it, the mirror. Else the phases other than its own that part of
/// it is in are named, or, if none, the series runs past both ends of its
/// phase.
fn partly_in_phases(
    plan: &Plan,
    resolved: &Resolved,
    finding: Finding,
    event: &Outside,
    pick: impl Fn(&'static str, &'static str) -> &'static str,
) -> Finding {
    let (from, to) = event.window.days();
    let inside = |date: PlanDate| from <= date.first() && date.last() <= to;
    let (first, last) = (event.start.first(), event.end.last());
    if inside(event.start) {
        return match resolved.beyond_programme(last, last) {
            Some(Beyond::End(end)) => finding
                .arg("programme_end", end)
                .help(Text::Named("series-help-past-end")),
            _ => finding.help(Text::Named("series-help-past-phase")),
        };
    }
    if inside(event.end) {
        return match resolved.beyond_programme(first, first) {
            Some(Beyond::Start(start)) => finding
                .arg("programme_start", start)
                .help(Text::Named("series-help-before-start")),
            _ => finding.help(Text::Named("series-help-before-phase")),
        };
    }
    let others = resolved.phases_overlapping(first, last, NAMED + 2);
    let others = others.iter().filter(|&&q| q != event.p);
    let id = |q: &usize| resolved.reference_to(plan, ItemRef::new(Kind::Phase, *q));
    match others.map(id).take(NAMED + 1).collect::<Option<Vec<&str>>>() {
        Some(ids) if ids.is_empty() => finding.help(Text::Named("series-help-around")),
        Some(ids) if ids.len() == 1 => finding
            .arg("in_phase", ids[0])
            .help(Text::Named(pick("help-across-phase", "series-help-across-phase"))),
        Some(ids) => finding
            .arg("in_phases", Arg::List(ids.into_iter().map(str::to_owned).collect()))
            .help(Text::Named(pick("help-across", "series-help-across"))),
        // Which `phase` to set waits for the id to be used once.
        None => finding,
    }
}

/// Events still `planned` after their date has passed, and the mirror:
/// events `done` before their date has come.
fn overdue(plan: &Plan, today: NaiveDate, findings: &mut Vec<Finding>) {
    for item in plan.items() {
        let entry = plan.entry(item);
        let (Some(when), Some(status)) = (entry.when(), entry.status()) else {
            continue;
        };
        // An event with a value that could not be read: if it is its
        // status, or the end of its series, "still planned" or "past"
        // rests on it.
        let in_doubt = entry.header().broken && (entry.status_span().is_none() || when.end.is_none());
        let code = match status {
            Status::Planned if when.last().last() < today && !in_doubt => Code::Overdue,
            Status::Done if when.first().first() > today => Code::DoneInFuture,
            _ => continue,
        };
        findings.push(
            Finding::new(code)
                .at(entry.status_span().unwrap_or_else(|| when.date.span()))
                .arg("kind", item.kind)
                .arg("id", entry.header().id_or_unknown())
                .arg("date", when.first())
                .arg("today", PlanDate::Day(today)),
        );
    }
}

/// Two events on one day: worth knowing when the same people lead both.
/// Cancelled events do not take place, so they share no day. An event is
/// named as the other only by an id no other item has.
fn same_day(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) {
    // The first event of each day, and where its date is written.
    let mut seen: HashMap<PlanDate, (&str, std::ops::Range<usize>)> = HashMap::new();
    for item in plan.items() {
        let entry = plan.entry(item);
        let (Some(id), Some(when)) = (entry.header().id(), entry.when()) else {
            continue;
        };
        let date = when.date;
        // A status that could not be read may have said `cancelled`.
        let status_unread = entry.header().broken && entry.status_span().is_none();
        if entry.status() == Some(Status::Cancelled) || !date.get_ref().precision_is_day() || status_unread {
            continue;
        }
        match seen.get(date.get_ref()) {
            Some((first, first_span)) => findings.push(
                Finding::new(Code::SameDay)
                    .at(date.span())
                    .arg("kind", item.kind)
                    .arg("id", id)
                    .arg("other", *first)
                    .arg("date", *date.get_ref())
                    // Both events are shown, so an `allow` on either accepts it.
                    .related(first_span.clone(), "first"),
            ),
            None if resolved.unique(id) => {
                seen.insert(*date.get_ref(), (id, date.span()));
            }
            None => {}
        }
    }
}

/// A KPI's baseline, target and measurements against each other, its
/// unit, the programme and the day: each check made on the values that
/// could be read.
fn kpis(plan: &Plan, resolved: &Resolved, today: NaiveDate, findings: &mut Vec<Finding>) {
    for (k, kpi) in plan.kpis.iter().enumerate() {
        let id = kpi.header.id_or_unknown();
        let point = |point: &Option<Spanned<Point>>| point.as_ref().map(|p| (p.span(), p.get_ref().clone()));
        let (baseline, target) = (point(&kpi.baseline), point(&kpi.target));
        let values = |p: &Option<(Range<usize>, Point)>| p.as_ref().and_then(|(_, p)| p.value.clone());
        let dates = |p: &Option<(Range<usize>, Point)>| p.as_ref().and_then(|(_, p)| p.date.clone());
        let (baseline_value, target_value) = (values(&baseline), values(&target));
        let (baseline_date, target_date) = (dates(&baseline), dates(&target));
        if let (Some(from), Some(to)) = (&baseline_date, &target_date) {
            let (from, to_span, from_span) = (*from.get_ref(), to.span(), from.span());
            let to = *to.get_ref();
            let code = if to.last() <= from.first() {
                Some(Code::TargetBeforeBaseline)
            } else if to.first() <= from.last() {
                Some(Code::TargetBeforeBaselinePossible)
            } else {
                None
            };
            if let Some(code) = code {
                findings.push(
                    Finding::new(code)
                        .at(to_span)
                        .arg("id", id)
                        .arg("target", to)
                        .arg("baseline", from)
                        .related(from_span, "baseline"),
                );
            }
        }
        if let (Some(from), Some(to)) = (&baseline_value, &target_value) {
            let (a, b) = (from.get_ref().0, to.get_ref().0);
            let direction = kpi.direction();
            let against = match direction {
                Direction::Increase => b < a,
                Direction::Decrease => b > a,
            };
            // An unread `direction` may have said the other one.
            if a == b || (against && !kpi.header.broken) {
                let code = if a == b {
                    Code::TargetEqualsBaseline
                } else {
                    Code::TargetAgainstDirection
                };
                let finding = Finding::new(code)
                    .at(to.span())
                    .arg("id", id)
                    .arg("target", b)
                    .arg("baseline", a)
                    .arg("direction", direction.as_str())
                    .related(from.span(), "baseline");
                findings.push(finding);
            }
        }
        if kpi.is_percentage() {
            let points = [&baseline_value, &target_value]
                .into_iter()
                .flatten()
                .chain(kpi.measurements.iter().filter_map(|m| m.get_ref().value.as_ref()));
            for value in points.filter(|v| !(0.0..=100.0).contains(&v.get_ref().0)) {
                findings.push(
                    Finding::new(Code::PercentOutOfRange)
                        .at(value.span())
                        .arg("id", id)
                        .arg("value", value.get_ref().0),
                );
            }
        }
        // The first measurement of each day and of each month (a month's
        // own, or the first of a day in it), to point at when another is on
        // the same date or on one that overlaps it (`2021-10` and
        // `2021-10-15`: which is the latest would depend on their order).
        let mut days: HashMap<NaiveDate, Range<usize>> = HashMap::new();
        let mut months: HashMap<NaiveDate, (PlanDate, Range<usize>)> = HashMap::new();
        for measured in &kpi.measurements {
            let Some(date) = &measured.get_ref().date else { continue };
            let day = *date.get_ref();
            let month = day.first().with_day(1).unwrap_or(day.first());
            let earlier = match day {
                PlanDate::Day(d) => days.get(&d).map(|span| (day, span.clone())).or_else(|| {
                    months
                        .get(&month)
                        .filter(|(other, _)| !other.precision_is_day())
                        .cloned()
                }),
                PlanDate::Month(_) => months.get(&month).cloned(),
            };
            if let Some((other, first)) = earlier {
                let finding = Finding::new(Code::DuplicateMeasurement)
                    .at(date.span())
                    .arg("id", id)
                    .arg("date", day);
                findings.push(if other == day {
                    finding.related(first, "first")
                } else {
                    finding
                        .variant("overlap")
                        .arg("other", other)
                        .related(first, "overlap-first")
                });
                continue;
            }
            if let PlanDate::Day(d) = day {
                days.insert(d, date.span());
            }
            months.entry(month).or_insert((day, date.span()));
            if day.first() > today {
                findings.push(
                    Finding::new(Code::MeasurementInFuture)
                        .at(date.span())
                        .arg("id", id)
                        .arg("date", day)
                        .arg("today", PlanDate::Day(today)),
                );
            } else if let Some(from) = &baseline_date
                && day.last() < from.get_ref().first()
            {
                findings.push(
                    Finding::new(Code::MeasurementBeforeBaseline)
                        .at(date.span())
                        .arg("id", id)
                        .arg("date", day)
                        .arg("baseline", *from.get_ref())
                        .related(from.span(), "baseline"),
                );
            }
        }
        if let Some(to) = &target_date {
            let (first, last) = (to.get_ref().first(), to.get_ref().last());
            if let Some(beyond) = resolved.beyond_programme(first, last) {
                let finding = Finding::new(Code::TargetOutsideProgramme)
                    .at(to.span())
                    .arg("id", id)
                    .arg("target", *to.get_ref());
                findings.push(match beyond {
                    Beyond::Start(start) => finding.variant("before").arg("bound", start),
                    Beyond::End(end) => finding.arg("bound", end),
                });
            }
        }
        // Not measured: none written (one that could not be read may be
        // the measurement), and what it waits for is over.
        if kpi.measurements.is_empty() && !kpi.header.broken {
            let item = ItemRef::new(Kind::Kpi, k);
            let phase = resolved.phase_of(item).map(|m| m.phase());
            let ended = match phase {
                Some(p) => resolved.windows[p]
                    .filter(Window::trusted)
                    .map(|w| (w.end.last() < today).then_some(w.end)),
                None => target_date
                    .as_ref()
                    .map(|to| (to.get_ref().last() < today).then_some(*to.get_ref())),
            };
            if let Some(Some(since)) = ended {
                let finding = Finding::new(Code::NotMeasured)
                    .at(kpi.header.id_span())
                    .arg("id", id)
                    .arg("since", since)
                    .arg("today", PlanDate::Day(today));
                findings.push(match phase {
                    Some(p) => finding.arg("phase", plan.phases[p].header.id_or_unknown()),
                    None => finding.variant("target"),
                });
            }
        }
    }
}
