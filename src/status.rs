//! Where the programme stands on a given day: each phase done, active or
//! upcoming and how far along, each event past, happening now or to come.
//! Pure functions of the plan and the date; `table` and JSON render them.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::date::{Days, Length, PlanDate};
use crate::diff::{Edge, Shift, shift};
use crate::finding::Summary;
use crate::kpi::{self, Reading, State};
use crate::plan::{Direction, ItemRef, Kind, Mode, Plan, Spanned, Status};
use crate::resolve::{Membership, Resolved, Window};

/// Where a phase stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum PhaseState {
    Done,
    Active,
    Upcoming,
}

impl PhaseState {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Where an event stands. A month-precision event is `now` for its whole
/// month and `past` only once the month is over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum When {
    Past,
    Now,
    Upcoming,
}

impl When {
    pub fn of(first: NaiveDate, last: NaiveDate, today: NaiveDate) -> When {
        if last < today {
            When::Past
        } else if first > today {
            When::Upcoming
        } else {
            When::Now
        }
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A length in months: whole when the window is whole months.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Months(pub f64);

impl Months {
    /// Whole months as an integer; otherwise rounded to two decimals, which
    /// never reads as whole (a day is at least 1/31 of a month).
    fn value(&self) -> Result<i64, f64> {
        if self.0.fract() == 0.0 && self.0.abs() < 1e9 {
            Ok(self.0 as i64)
        } else {
            Err((self.0 * 100.0).round() / 100.0)
        }
    }
}

/// The same number in JSON as in tables and CSV.
impl Serialize for Months {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.value() {
            Ok(whole) => s.serialize_i64(whole),
            Err(share) => s.serialize_f64(share),
        }
    }
}

impl std::fmt::Display for Months {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.value() {
            Ok(whole) => write!(f, "{whole}"),
            Err(share) => write!(f, "{share}"),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct PhaseView {
    pub id: String,
    pub name: String,
    pub start: Option<PlanDate>,
    pub end: Option<PlanDate>,
    /// Counted from the window, in calendar months.
    pub months: Option<Months>,
    /// As the plan states it (`months = 5`), whether or not the window agrees.
    pub stated_months: Option<u32>,
    pub status: Option<PhaseState>,
    /// Today is day `day` of the phase's `days` (0 before it starts, `days`
    /// after it ends): see [`Days`].
    pub day: Option<i64>,
    pub days: Option<i64>,
    /// `day / days`, 0.0 to 1.0.
    pub progress: Option<f64>,
    /// `days − day`: the days after today.
    pub days_left: Option<i64>,
    pub after: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<String>,
    /// Against a baseline (`--baseline`): its window there and how far it
    /// moved, written as `baseline` and `slip` (each `null` where there is
    /// none); without a baseline, neither key.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub against: Option<Against>,
}

/// A phase against a baseline, an earlier plan ([`against`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Against {
    /// Its window in the baseline: `None` where the baseline has no phase
    /// of its id, or one without a window.
    pub baseline: Option<Planned>,
    /// How far its start and end moved since: `None` where either window
    /// is unknown.
    pub slip: Option<Slip>,
    /// The baseline has no phase of its id.
    #[serde(skip)]
    pub new: bool,
}

/// A phase's window as a baseline plans it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Planned {
    pub start: PlanDate,
    pub end: PlanDate,
}

/// How far a phase's start and end moved since a baseline
/// ([`crate::diff::shift`]: days, and months where both dates are months).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Slip {
    pub start: Shift,
    pub end: Shift,
}

/// How a shift is said: which way (`+` later, `−` earlier), how many, and
/// of what (`months` where both dates were months, else `days`); `None`
/// where the date did not move.
pub fn moved(shift: Shift) -> Option<(&'static str, i64, &'static str)> {
    if shift.is_zero() {
        return None;
    }
    let (count, unit) = match shift.months {
        Some(months) => (months, "months"),
        None => (shift.days, "days"),
    };
    let sign = if count < 0 { "\u{2212}" } else { "+" };
    Some((sign, count.checked_abs().unwrap_or(i64::MAX), unit))
}

/// Each phase against the phases of a baseline, matched by id (the first
/// of an id, where the baseline repeats one): its window there, and how
/// far it moved since: in days, and in months where both dates are
/// months or whole months ([`crate::diff::shift`]). A phase only in the baseline is in no view (`icc
/// diff` says it went). One pass over each list.
pub fn against(phases: &mut [PhaseView], base: &[PhaseView]) {
    let mut by_id: HashMap<&str, &PhaseView> = HashMap::with_capacity(base.len());
    for phase in base {
        by_id.entry(phase.id.as_str()).or_insert(phase);
    }
    for phase in phases.iter_mut() {
        let was = by_id.get(phase.id.as_str());
        let baseline = was.and_then(|was| {
            Some(Planned {
                start: was.start?,
                end: was.end?,
            })
        });
        let slip = baseline.and_then(|planned| {
            let moved = |old: PlanDate, new: PlanDate, edge: Edge| shift(old, new, edge);
            Some(Slip {
                start: moved(planned.start, phase.start?, Edge::Start),
                end: moved(planned.end, phase.end?, Edge::End),
            })
        });
        phase.against = Some(Against {
            baseline,
            slip,
            new: was.is_none(),
        });
    }
}

/// The ids of the baseline's phases the plan no longer has, in the
/// baseline's order (each once): the views say them under the table.
pub fn gone(phases: &[PhaseView], base: &[PhaseView]) -> Vec<String> {
    let here: std::collections::HashSet<&str> = phases.iter().map(|p| p.id.as_str()).collect();
    let mut seen = std::collections::HashSet::new();
    base.iter()
        .filter(|p| !here.contains(p.id.as_str()) && seen.insert(p.id.as_str()))
        .map(|p| p.id.clone())
        .collect()
}

/// A workshop, a milestone or one occurrence of a recurring meeting.
#[derive(Clone, Debug, Serialize)]
pub struct EventView {
    /// A workshop, a milestone, or (an occurrence of) a recurring meeting.
    pub kind: Kind,
    pub id: String,
    pub title: String,
    pub date: PlanDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<PlanDate>,
    pub phase: Option<String>,
    /// The phase was inferred from the date, not stated.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub phase_inferred: bool,
    /// A workshop's or a milestone's status; meetings have none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Still `planned` although its date has passed.
    pub overdue: bool,
    pub when: When,
    /// Days to the event's first day, since its last day (negative), or 0
    /// while it lasts ([`Days::until`]).
    pub days_until: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub audience: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub led_by: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activity: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objective: Option<String>,
}

impl EventView {
    pub fn first(&self) -> NaiveDate {
        self.date.first()
    }

    pub fn last(&self) -> NaiveDate {
        self.end.unwrap_or(self.date).last()
    }

    /// Events that will not happen do not count as past or next.
    pub fn cancelled(&self) -> bool {
        self.status == Some(Status::Cancelled)
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Occurrence {
    pub date: PlanDate,
    pub when: When,
    pub days_until: i64,
}

#[derive(Clone, Debug, Serialize)]
pub struct RecurringView {
    pub id: String,
    pub title: String,
    pub phase: Option<String>,
    pub every_months: Option<u32>,
    /// Whether its occurrences are the programme's review sessions.
    pub review: bool,
    pub occurrences: Vec<Occurrence>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ProjectView {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// Everything `icc status` shows, as data.
#[derive(Clone, Debug, Serialize)]
pub struct StatusView {
    pub today: NaiveDate,
    pub project: ProjectView,
    /// The programme's window: from its first phase's start to its last phase's end.
    pub start: Option<PlanDate>,
    pub end: Option<PlanDate>,
    /// Today is day `day` of the programme's `days` ([`Days`]).
    pub day: Option<i64>,
    pub days: Option<i64>,
    pub progress: Option<f64>,
    pub current_phase: Option<String>,
    pub next_event: Option<EventView>,
    pub errors: usize,
    pub warnings: usize,
    #[serde(flatten)]
    pub items: Items,
}

/// Every item of the plan as it stands on the day, a list a kind: what
/// `icc status --format json` and `icc export --format json` both print.
#[derive(Clone, Debug, Serialize)]
pub struct Items {
    pub phases: Vec<PhaseView>,
    pub milestones: Vec<EventView>,
    pub workshops: Vec<EventView>,
    pub recurring: Vec<RecurringView>,
    pub kpis: Vec<KpiView>,
}

/// A KPI as it stands on the day (design.md, "Status JSON"): its
/// baseline, target and measurements as written, and what
/// [`kpi::evaluate`] makes of them. A baseline or target that could not be
/// read (already reported) is `null`, and the state then `no-data`.
#[derive(Clone, Debug, Serialize)]
pub struct KpiView {
    pub id: String,
    pub name: String,
    pub unit: String,
    /// The phase that delivers it, as stated.
    pub phase: Option<String>,
    pub direction: Direction,
    pub baseline: Option<Reading>,
    pub target: Option<Reading>,
    /// The latest measurement on or before the day.
    pub latest: Option<Reading>,
    /// `(latest − baseline) / (target − baseline)`; `null` without data.
    pub progress: Option<f64>,
    /// The value the straight line from baseline to target has on the day
    /// (a whole number written as one, as values are).
    #[serde(serialize_with = "kpi::optional_number")]
    pub planned: Option<f64>,
    pub state: State,
    /// Every measurement, in the order written.
    pub measurements: Vec<Reading>,
}

/// Every KPI of the plan as it stands on `today`, in file order.
pub fn kpis(plan: &Plan, today: NaiveDate) -> Vec<KpiView> {
    plan.kpis
        .iter()
        .map(|k| {
            let point = |p: &Option<Spanned<crate::plan::Point>>| p.as_ref().and_then(|p| p.get_ref().reading());
            let (baseline, target) = (point(&k.baseline), point(&k.target));
            let measurements: Vec<Reading> = k.measurements.iter().filter_map(|m| m.get_ref().reading()).collect();
            let evaluation = baseline
                .zip(target)
                .map(|(baseline, target)| kpi::evaluate(k.direction(), baseline, target, &measurements, today));
            KpiView {
                id: k.header.id_or_unknown().to_owned(),
                name: text(&k.header.name),
                unit: text(&k.unit),
                phase: k.header.phase.as_ref().map(|p| p.get_ref().clone()),
                direction: k.direction(),
                baseline,
                target,
                latest: evaluation.and_then(|e| e.latest),
                progress: evaluation.and_then(|e| e.progress),
                planned: evaluation.map(|e| e.planned),
                state: evaluation.map_or(State::NoData, |e| e.state),
                measurements,
            }
        })
        .collect()
}

fn text(value: &Option<Spanned<String>>) -> String {
    value.as_ref().map(|v| v.get_ref().clone()).unwrap_or_default()
}

fn texts(values: &[Spanned<String>]) -> Vec<String> {
    values.iter().map(|v| v.get_ref().clone()).collect()
}

/// The days of a window, counted as every view counts them.
fn days_of(window: &Window) -> Days {
    let (first, last) = window.days();
    Days { first, last }
}

pub fn phases(plan: &Plan, resolved: &Resolved, today: NaiveDate) -> Vec<PhaseView> {
    plan.phases
        .iter()
        .zip(&resolved.windows)
        .map(|(phase, window)| {
            let state = window.map(|w| match When::of(w.days().0, w.days().1, today) {
                When::Past => PhaseState::Done,
                When::Now => PhaseState::Active,
                When::Upcoming => PhaseState::Upcoming,
            });
            PhaseView {
                id: text(&phase.header.id),
                name: text(&phase.header.name),
                start: window.map(|w| w.start),
                end: window.map(|w| w.end),
                months: window.map(|w| Months(Length::months_between(w.days().0, w.days().1))),
                stated_months: phase.months.as_ref().map(|m| m.get_ref().0),
                status: state,
                day: window.map(|w| days_of(&w).day(today)),
                days: window.map(|w| days_of(&w).total()),
                progress: window.map(|w| days_of(&w).progress(today)),
                days_left: window.map(|w| days_of(&w).left(today)),
                after: texts(&phase.header.after),
                summary: phase.summary.as_ref().map(|s| s.get_ref().clone()),
                activities: texts(&phase.activities),
                against: None,
            }
        })
        .collect()
}

fn phase_id(plan: &Plan, index: Option<usize>) -> Option<String> {
    index.and_then(|p| plan.phases[p].header.id()).map(str::to_owned)
}

/// An event as views show it: a workshop or a milestone with a date (the
/// fields only workshops have are left empty).
fn event(plan: &Plan, resolved: &Resolved, item: ItemRef, today: NaiveDate) -> Option<EventView> {
    let entry = plan.entry(item);
    let stated = entry.when()?;
    let (date, end) = (stated.first(), stated.end.map(|e| *e.get_ref()));
    let membership = resolved.phase_of(item);
    let status = entry.status();
    let when = When::of(date.first(), stated.last().last(), today);
    Some(EventView {
        kind: item.kind,
        id: text(&entry.header().id),
        title: text(&entry.header().name),
        date,
        end,
        phase: phase_id(plan, membership.map(Membership::phase)),
        phase_inferred: matches!(membership, Some(Membership::Inferred(_))),
        status,
        overdue: status == Some(Status::Planned) && when == When::Past,
        when,
        days_until: Days::of(date, end).until(today),
        mode: None,
        audience: Vec::new(),
        led_by: Vec::new(),
        activity: None,
        objective: None,
    })
}

/// Every workshop with a date, in file order.
pub fn workshops(plan: &Plan, resolved: &Resolved, today: NaiveDate) -> Vec<EventView> {
    plan.workshops
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let event = event(plan, resolved, ItemRef::new(Kind::Workshop, i), today)?;
            Some(EventView {
                mode: w.mode.as_ref().map(|m| *m.get_ref()),
                audience: texts(&w.audience),
                led_by: texts(&w.led_by),
                activity: w.activity.as_ref().map(|a| a.get_ref().clone()),
                objective: w.objective.as_ref().map(|o| o.get_ref().clone()),
                ..event
            })
        })
        .collect()
}

/// Every milestone with a date, in file order.
pub fn milestones(plan: &Plan, resolved: &Resolved, today: NaiveDate) -> Vec<EventView> {
    (0..plan.milestones.len())
        .filter_map(|i| event(plan, resolved, ItemRef::new(Kind::Milestone, i), today))
        .collect()
}

pub fn recurring(plan: &Plan, resolved: &Resolved, today: NaiveDate) -> Vec<RecurringView> {
    plan.recurring
        .iter()
        .zip(&resolved.occurrences)
        .map(|(r, dates)| RecurringView {
            id: text(&r.header.id),
            title: text(&r.header.name),
            phase: r.header.phase.as_ref().map(|p| p.get_ref().clone()),
            every_months: r.every_months.as_ref().map(|e| e.get_ref().0),
            review: r.review.as_ref().is_some_and(|review| *review.get_ref()),
            occurrences: dates
                .iter()
                .map(|d| Occurrence {
                    date: *d,
                    when: When::of(d.first(), d.last(), today),
                    days_until: Days::of(*d, None).until(today),
                })
                .collect(),
        })
        .collect()
}

/// Each occurrence of each recurring meeting as an event of its own.
pub fn occurrences(plan: &Plan, recurring: &[RecurringView]) -> Vec<EventView> {
    recurring
        .iter()
        .zip(&plan.recurring)
        .flat_map(|(view, meeting)| {
            view.occurrences.iter().map(move |o| EventView {
                kind: Kind::Recurring,
                id: view.id.clone(),
                title: view.title.clone(),
                date: o.date,
                end: None,
                phase: view.phase.clone(),
                phase_inferred: false,
                status: None,
                overdue: false,
                when: o.when,
                days_until: o.days_until,
                mode: meeting.mode.as_ref().map(|m| *m.get_ref()),
                audience: texts(&meeting.audience),
                led_by: texts(&meeting.led_by),
                activity: None,
                objective: meeting.objective.as_ref().map(|o| o.get_ref().clone()),
            })
        })
        .collect()
}

/// Every event of the plan in date order: workshops, milestones, and each
/// occurrence of each recurring meeting.
pub fn events(plan: &Plan, view: &StatusView) -> Vec<EventView> {
    let items = &view.items;
    let mut events: Vec<EventView> = items.workshops.iter().chain(&items.milestones).cloned().collect();
    events.extend(occurrences(plan, &items.recurring));
    by_date(&mut events);
    events
}

/// Events in date order; ties keep their order. The small keys are sorted
/// and each event moved once: an event is a large value, and a plan may
/// hold a hundred thousand of them.
pub fn by_date(events: &mut Vec<EventView>) {
    let mut order: Vec<(NaiveDate, NaiveDate, usize)> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.first(), e.last(), i))
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<EventView>> = std::mem::take(events).into_iter().map(Some).collect();
    events.extend(order.into_iter().filter_map(|(_, _, i)| slots[i].take()));
}

/// What an agenda entry is: an event of a kind, or a phase's start or end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum AgendaKind {
    Workshop,
    Milestone,
    /// One occurrence of a recurring meeting.
    Meeting,
    /// A phase's start or its end ([`Boundary`]).
    Phase,
}

impl AgendaKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Which end of its phase a phase's agenda entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Boundary {
    Start,
    End,
}

/// One line of the agenda: an event, or a phase's start or end, dated as
/// the plan states it and counted from today as every view counts
/// ([`Days::until`]).
#[derive(Clone, Debug, Serialize)]
pub struct AgendaEntry {
    pub date: PlanDate,
    /// A workshop's last day, for a series; `null` otherwise.
    pub end: Option<PlanDate>,
    pub kind: AgendaKind,
    /// For a phase's entries, which end of it; `null` for events.
    pub boundary: Option<Boundary>,
    pub id: String,
    /// A workshop's or a meeting's title, a milestone's or a phase's name.
    pub title: String,
    /// The phase an event is in (stated or inferred); a phase's own id.
    pub phase: Option<String>,
    /// A workshop's or a milestone's status; `null` for meetings and phases.
    pub status: Option<Status>,
    /// Still `planned` although its date has passed.
    pub overdue: bool,
    pub when: When,
    pub days_until: i64,
}

impl AgendaEntry {
    pub fn first(&self) -> NaiveDate {
        self.date.first()
    }

    pub fn last(&self) -> NaiveDate {
        self.end.unwrap_or(self.date).last()
    }

    fn of_event(event: EventView) -> AgendaEntry {
        AgendaEntry {
            date: event.date,
            end: event.end,
            kind: match event.kind {
                Kind::Workshop => AgendaKind::Workshop,
                Kind::Milestone => AgendaKind::Milestone,
                // Phases and KPIs are not events: never here.
                Kind::Recurring | Kind::Phase | Kind::Kpi => AgendaKind::Meeting,
            },
            boundary: None,
            id: event.id,
            title: event.title,
            phase: event.phase,
            status: event.status,
            overdue: event.overdue,
            when: event.when,
            days_until: event.days_until,
        }
    }

    /// Where it goes among entries of the same days: a phase's start
    /// before the events of its first day, its end after those of its last.
    fn rank(&self) -> u8 {
        match self.boundary {
            Some(Boundary::Start) => 0,
            None => 1,
            Some(Boundary::End) => 2,
        }
    }
}

/// The days an agenda covers: from its first day on, to its last if it
/// has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
}

impl Span {
    fn holds(self, entry: &AgendaEntry) -> bool {
        entry.last() >= self.from && self.to.is_none_or(|to| entry.first() <= to)
    }
}

/// What `icc agenda` shows: the entries in its span, in date order, and
/// for an empty one what lies around it.
#[derive(Clone, Debug, Serialize)]
pub struct Agenda {
    pub today: NaiveDate,
    #[serde(flatten)]
    pub span: Span,
    pub entries: Vec<AgendaEntry>,
    /// The first entry after the span, and the last before it.
    #[serde(skip)]
    pub next: Option<AgendaEntry>,
    #[serde(skip)]
    pub previous: Option<AgendaEntry>,
    /// The programme's first and last day, if its phases have windows.
    #[serde(skip)]
    pub programme: Option<(NaiveDate, NaiveDate)>,
}

/// Every event of the kinds asked (all when `kinds` is empty) and every
/// start and end of a phase in `span`, in date order: an event under way
/// on its first day is in it. Month-precision dates span their month, as
/// everywhere.
pub fn agenda(plan: &Plan, resolved: &Resolved, today: NaiveDate, span: Span, kinds: &[AgendaKind]) -> Agenda {
    let wanted = |kind: AgendaKind| kinds.is_empty() || kinds.contains(&kind);
    let mut all: Vec<AgendaEntry> = Vec::new();
    if wanted(AgendaKind::Workshop) {
        all.extend(workshops(plan, resolved, today).into_iter().map(AgendaEntry::of_event));
    }
    if wanted(AgendaKind::Milestone) {
        all.extend(milestones(plan, resolved, today).into_iter().map(AgendaEntry::of_event));
    }
    if wanted(AgendaKind::Meeting) {
        let meetings = occurrences(plan, &recurring(plan, resolved, today));
        all.extend(meetings.into_iter().map(AgendaEntry::of_event));
    }
    let windows: Vec<Window> = resolved.windows.iter().flatten().copied().collect();
    let programme = windows
        .iter()
        .map(|w| w.days().0)
        .min()
        .zip(windows.iter().map(|w| w.days().1).max());
    if wanted(AgendaKind::Phase) {
        for (phase, window) in plan.phases.iter().zip(&resolved.windows) {
            let Some(window) = window else { continue };
            for (boundary, date) in [(Boundary::Start, window.start), (Boundary::End, window.end)] {
                let days = Days::of(date, None);
                all.push(AgendaEntry {
                    date,
                    end: None,
                    kind: AgendaKind::Phase,
                    boundary: Some(boundary),
                    id: text(&phase.header.id),
                    title: text(&phase.header.name),
                    phase: phase.header.id().map(str::to_owned),
                    status: None,
                    overdue: false,
                    when: When::of(days.first, days.last, today),
                    days_until: days.until(today),
                });
            }
        }
    }
    let mut order: Vec<(NaiveDate, NaiveDate, u8, usize)> = all
        .iter()
        .enumerate()
        .map(|(i, e)| (e.first(), e.last(), e.rank(), i))
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<AgendaEntry>> = all.into_iter().map(Some).collect();
    let sorted = order.into_iter().filter_map(|(_, _, _, i)| slots[i].take());
    let (mut entries, mut previous, mut next) = (Vec::new(), None, None);
    for entry in sorted {
        if span.holds(&entry) {
            entries.push(entry);
        } else if entry.last() < span.from {
            previous = Some(entry);
        } else if next.is_none() {
            next = Some(entry);
        }
    }
    Agenda {
        today,
        span,
        entries,
        next,
        previous,
        programme,
    }
}

/// Events by title (case and diacritics aside), then by date.
pub fn by_title(events: &mut Vec<EventView>) {
    by_date(events);
    let mut keyed: Vec<(String, EventView)> = std::mem::take(events)
        .into_iter()
        .map(|e| (crate::text::folded(&e.title), e))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    events.extend(keyed.into_iter().map(|(_, e)| e));
}

/// Events by phase, the phases in the order they start (then as the plan
/// lists them), events without a phase last; by date within a phase.
pub fn by_phase(events: &mut Vec<EventView>, plan: &Plan, resolved: &Resolved) {
    let mut phases: Vec<(Option<NaiveDate>, usize, &str)> = plan
        .phases
        .iter()
        .zip(&resolved.windows)
        .enumerate()
        .filter_map(|(i, (phase, window))| Some((window.map(|w| w.days().0), i, phase.header.id()?)))
        .collect();
    // Phases without a window after those with one.
    phases.sort_by_key(|&(first, i, _)| (first.is_none(), first, i));
    let rank: std::collections::HashMap<&str, usize> = phases
        .iter()
        .enumerate()
        .map(|(rank, &(_, _, id))| (id, rank))
        .collect();
    by_date(events);
    // A stable sort: the date order stays within a phase.
    events.sort_by_key(|e| {
        e.phase
            .as_deref()
            .and_then(|p| rank.get(p).copied())
            .unwrap_or(usize::MAX)
    });
}

pub fn status(plan: &Plan, resolved: &Resolved, summary: Summary, today: NaiveDate) -> StatusView {
    let phases = phases(plan, resolved, today);
    let windows: Vec<Window> = resolved.windows.iter().flatten().copied().collect();
    let start = windows.iter().min_by_key(|w| w.days().0).map(|w| w.start);
    let end = windows.iter().max_by_key(|w| w.days().1).map(|w| w.end);
    let programme = start.zip(end).map(|(start, end)| Days::of(start, Some(end)));
    // The active phase that started last: the one the programme is in now.
    let current_phase = phases
        .iter()
        .filter(|p| p.status == Some(PhaseState::Active))
        .max_by_key(|p| p.start.map(PlanDate::first))
        .map(|p| p.id.clone());
    let mut view = StatusView {
        today,
        project: ProjectView {
            name: text(&plan.project.name),
            city: plan.project.city.as_ref().map(|c| c.get_ref().clone()),
            language: plan.project.language.as_ref().map(|l| l.get_ref().clone()),
        },
        start,
        end,
        day: programme.map(|d| d.day(today)),
        days: programme.map(Days::total),
        progress: programme.map(|d| d.progress(today)),
        current_phase,
        next_event: None,
        errors: summary.errors,
        warnings: summary.warnings,
        items: Items {
            phases,
            milestones: milestones(plan, resolved, today),
            workshops: workshops(plan, resolved, today),
            recurring: recurring(plan, resolved, today),
            kpis: kpis(plan, today),
        },
    };
    // The first event still to come, in the order of `events`, without
    // sorting them all: the earliest, and of equals the first listed.
    let items = &view.items;
    let coming = |e: &&EventView| e.when != When::Past && !e.cancelled();
    let listed = items.workshops.iter().chain(&items.milestones).filter(coming).cloned();
    let occurrences = occurrences(plan, &items.recurring).into_iter().filter(|e| coming(&e));
    view.next_event = listed.chain(occurrences).min_by_key(|e| (e.first(), e.last()));
    view
}
