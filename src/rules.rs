//! The checks that need a resolved plan: windows that run backwards,
//! lengths that disagree with windows, dependencies out of order, events
//! outside their phase. A comparison that depends on a day the plan does
//! not state (a month-precision date) is a note, never an error.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;

use crate::date::{Length, PlanDate};
use crate::finding::{Code, Finding};
use crate::model::{Plan, id_of};
use crate::resolve::{ItemRef, Membership, Resolved};

/// Runs every rule; `today` is the day `overdue` is judged on.
pub fn check(plan: &Plan, resolved: &Resolved, today: NaiveDate, findings: &mut Vec<Finding>) {
    phase_windows(plan, resolved, findings);
    workshop_ends(plan, findings);
    dependencies(plan, resolved, findings);
    events_in_phase(plan, resolved, findings);
    overdue(plan, today, findings);
    same_day(plan, findings);
}

/// End before start, and a stated length the window does not have.
fn phase_windows(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) {
    for (i, phase) in plan.phases.iter().enumerate() {
        let Some(window) = resolved.windows[i] else { continue };
        let id = id_of(&phase.id);
        let (first, last) = window.days();
        if window.end.last() < window.start.first() {
            let span = phase.end.as_ref().map_or(phase.span.clone(), |e| e.span());
            let mut finding = Finding::new(
                Code::EndBeforeStart,
                format!("phase `{id}` ends ({}) before it starts ({})", window.end, window.start),
            )
            .at(span)
            .label("before the start");
            if let Some(start) = &phase.start {
                finding = finding.related(start.span(), "starts here");
            }
            findings.push(finding.help("swap `start` and `end`, or correct one of them"));
            continue;
        }
        let Some(months) = &phase.months else { continue };
        if window.uses_months {
            continue;
        }
        let stated = *months.get_ref();
        let length = Length::between(first, last);
        if length
            == (Length {
                months: stated,
                days: 0,
            })
        {
            continue;
        }
        let counting = if window.start.precision_is_day() && window.end.precision_is_day() {
            ""
        } else {
            ", counting both end months"
        };
        let mut finding = Finding::new(
            Code::MonthsMismatch,
            format!(
                "phase `{id}` is stated as {stated} months, but its window {} – {} covers {length}{counting}",
                window.start, window.end
            ),
        )
        .at(months.span())
        .label(format!("stated {stated} months"));
        if let Some(start) = &phase.start {
            finding = finding.related(start.span(), "window starts here");
        }
        if let Some(end) = &phase.end {
            finding = finding.related(end.span(), "window ends here");
        }
        let help = if length.days == 0 {
            format!("set `months = {}`, or change the window", length.months)
        } else {
            "make `months` and the window agree".to_owned()
        };
        findings.push(finding.help(help));
    }
}

/// A series that ends before it starts.
fn workshop_ends(plan: &Plan, findings: &mut Vec<Finding>) {
    for workshop in &plan.workshops {
        let (Some(date), Some(end)) = (&workshop.date, &workshop.end) else {
            continue;
        };
        if end.get_ref().last() < date.get_ref().first() {
            findings.push(
                Finding::new(
                    Code::EndBeforeStart,
                    format!(
                        "workshop `{}` ends ({}) before it starts ({})",
                        id_of(&workshop.id),
                        end.get_ref(),
                        date.get_ref()
                    ),
                )
                .at(end.span())
                .label("before `date`")
                .related(date.span(), "starts here"),
            );
        }
    }
}

/// Where an item's start is written, for pointing at it.
fn start_span(plan: &Plan, item: ItemRef) -> Option<Range<usize>> {
    match item {
        ItemRef::Phase(i) => plan.phases[i].start.as_ref().map(|d| d.span()),
        ItemRef::Milestone(i) => plan.milestones[i].date.as_ref().map(|d| d.span()),
        ItemRef::Workshop(i) => plan.workshops[i].date.as_ref().map(|d| d.span()),
        ItemRef::Recurring(_) => None,
    }
}

/// Finish-to-start: an item may not start before what it is `after` ends.
fn dependencies(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) {
    let mut items: Vec<_> = resolved.predecessors.iter().collect();
    items.sort_by_key(|(item, _)| start_span(plan, **item).map(|s| s.start));
    for (&item, preds) in items {
        let Some(start) = resolved.start(plan, item) else {
            continue;
        };
        let this = resolved.id(plan, item).unwrap_or("?");
        for (pred, reference) in preds {
            let Some(end) = resolved.end(plan, *pred) else { continue };
            let other = resolved.id(plan, *pred).unwrap_or("?");
            let span = start_span(plan, item).unwrap_or_else(|| reference.clone());
            let subject = format!(
                "{} `{this}` (starts {start}) is after {} `{other}` (ends {end})",
                item.kind(),
                pred.kind()
            );
            if start.last() < end.first() {
                findings.push(
                    Finding::new(Code::DependencyOrder, format!("{subject}, but starts before it ends"))
                        .at(span)
                        .label(format!("before `{other}` ends"))
                        .related(reference.clone(), "the dependency")
                        .help(format!("start `{this}` after {end}, or remove `{other}` from `after`")),
                );
            } else if start.first() < end.last() {
                findings.push(
                    Finding::new(
                        Code::DependencyOrderPossible,
                        format!("{subject}: with dates known only to the month, the two may overlap"),
                    )
                    .at(span)
                    .label("same month")
                    .related(reference.clone(), "the dependency")
                    .help("give day dates if the order matters"),
                );
            }
        }
    }
}

/// Workshops and milestones inside the window of their phase.
fn events_in_phase(plan: &Plan, resolved: &Resolved, findings: &mut Vec<Finding>) {
    let stated = resolved.workshop_phase.iter().enumerate().filter_map(|(w, m)| match m {
        Some(Membership::Stated(p)) => {
            let ws = &plan.workshops[w];
            Some((
                format!("workshop `{}`", id_of(&ws.id)),
                ws.date.as_ref()?,
                ws.end.as_ref().map(|e| e.get_ref()),
                *p,
            ))
        }
        _ => None,
    });
    let milestones = resolved.milestone_phase.iter().enumerate().filter_map(|(m, p)| {
        let ms = &plan.milestones[m];
        Some((format!("milestone `{}`", id_of(&ms.id)), ms.date.as_ref()?, None, (*p)?))
    });
    for (what, date, end, p) in stated.chain(milestones) {
        let Some(window) = resolved.windows[p] else { continue };
        let (from, to) = window.days();
        let end = end.copied().unwrap_or(*date.get_ref());
        let (first, last) = (date.get_ref().first(), end.last());
        if from <= first && last <= to {
            continue;
        }
        let phase_id = id_of(&plan.phases[p].id);
        let when = if end == *date.get_ref() {
            date.get_ref().to_string()
        } else {
            format!("{} – {end}", date.get_ref())
        };
        let subject = format!(
            "{what} ({when}) is in phase `{phase_id}`, whose window is {} – {}",
            window.start, window.end
        );
        let wholly_outside = last < from || first > to;
        let certain = date.get_ref().precision_is_day() && end.precision_is_day();
        let finding = if wholly_outside || certain {
            Finding::new(Code::OutsidePhase, format!("{subject}: it falls outside"))
                .label("outside the phase")
                .help("correct the date, or the `phase` it belongs to")
        } else {
            Finding::new(
                Code::OutsidePhasePossible,
                format!("{subject}: depending on the day, it may fall outside"),
            )
            .label("partly outside the phase")
            .help("give a day date to settle it")
        };
        findings.push(finding.at(date.span()));
    }
}

/// Workshops still `planned` after their date has passed.
fn overdue(plan: &Plan, today: NaiveDate, findings: &mut Vec<Finding>) {
    for workshop in &plan.workshops {
        let Some(date) = &workshop.date else { continue };
        let last = workshop.end.as_ref().map_or(*date.get_ref(), |e| *e.get_ref()).last();
        if workshop.status() != crate::model::Status::Planned || last >= today {
            continue;
        }
        let id = id_of(&workshop.id);
        let span = workshop.status.as_ref().map_or(date.span(), |s| s.span());
        findings.push(
            Finding::new(
                Code::Overdue,
                format!(
                    "workshop `{id}` ({}) is past on {today} and still `planned`",
                    date.get_ref()
                ),
            )
            .at(span)
            .label("past and still planned")
            .help("set `status = \"done\"`, or `\"cancelled\"` if it did not take place"),
        );
    }
}

/// Two events on one day: worth knowing when the same people lead both.
fn same_day(plan: &Plan, findings: &mut Vec<Finding>) {
    let mut seen: HashMap<PlanDate, &str> = HashMap::new();
    let events = plan
        .workshops
        .iter()
        .filter(|w| w.status() != crate::model::Status::Cancelled)
        .map(|w| (&w.id, &w.date, "workshop"))
        .chain(plan.milestones.iter().map(|m| (&m.id, &m.date, "milestone")));
    for (id, date, kind) in events {
        let (Some(id), Some(date)) = (id, date) else { continue };
        if !date.get_ref().precision_is_day() {
            continue;
        }
        match seen.get(date.get_ref()) {
            Some(first) => findings.push(
                Finding::new(
                    Code::SameDay,
                    format!(
                        "{kind} `{}` is on the same day as `{first}` ({})",
                        id.get_ref(),
                        date.get_ref()
                    ),
                )
                .at(date.span())
                .label(format!("also the day of `{first}`")),
            ),
            None => {
                seen.insert(*date.get_ref(), id.get_ref());
            }
        }
    }
}
