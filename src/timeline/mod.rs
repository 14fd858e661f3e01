//! The programme as a Gantt chart: one row a phase with its bar and its
//! recurring meetings, a row under it for its workshops and milestones, and
//! a marker for today. [`Chart`] is the chart as data, built once; the
//! renderers draw it for a terminal ([`text()`]), a report ([`svg()`]) and a
//! Markdown file ([`mermaid()`]), one file each, so that they all draw the
//! same chart and none of them computes it.
//!
//! The chart holds only what its window shows: a bar or an event that ends
//! before the window or starts after it is left out, and one that crosses
//! an edge is cut there, so `--from` and `--to` mean the same in every
//! format. A chart shorter than [`SHORT_DAYS`] is drawn in days and weeks,
//! and its window is not widened to whole months.
//!
//! Each KPI's target is a mark too ([`Mark::target`]): on its date (a
//! month-precision target over its month, as a milestone of a month), in
//! the lane of the KPI's phase, or else in the lane of events in no phase,
//! among the events in date order; nothing follows it or is followed by it.
//!
//! `after` becomes a [`Link`] from what is followed to what follows,
//! where the chart draws both ends: a phase's bar (its end, or its start,
//! not cut by the window) or an event's mark.
//!
//! A phase whose window the plan does not fix (`icc check` reports it as
//! underdetermined) has no bar: every format draws it as a lane whose
//! label says so (`Beta (no dates)`, [`Words::no_dates`]), holding its
//! events that fall in the window. It has no place in time, so no window
//! leaves it out.
//!
//! Against a baseline (an earlier plan, `--baseline`: [`Chart::against`]),
//! each phase holds its window there ([`Lane::baseline`], matched by id),
//! which every format draws under its bar with how far its end moved
//! ([`slip_words`]), or is marked new where the baseline has no phase of
//! its id; a phase only in the baseline is not drawn (`icc diff` says it
//! went). The default window holds the baseline's windows too.
//!
//! The chart holds no words: each renderer takes the catalogue of its
//! reader (the terminal's for [`text()`], the plan's audience's for
//! [`svg()`] and [`mermaid()`]) and looks up the words it draws with, the
//! calendar's among them ([`Words`]), once.

mod mermaid;
mod svg;
mod text;

pub use mermaid::mermaid;
pub use svg::svg;
pub use text::text;

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::date::{FIRST_DAY, LAST_DAY, PlanDate, add_months, last_of_month};
use crate::diff::Shift;
use crate::kpi::State as KpiState;
use crate::lang::{Catalog, args};
use crate::plan::{ItemRef, Kind, Plan, Status};
use crate::resolve::Resolved;
use crate::status::{EventView, KpiView, PhaseState, PhaseView, When};
use crate::text::{display_width, fit};

/// What a marker on an events row stands for: a workshop, a milestone, an
/// occurrence of a recurring meeting, or a KPI's target.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    /// The date as the plan states it (`2021-03`, `2020-11-19 – 2020-11-20`).
    pub when: String,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// A one-day event; otherwise a month-precision date or a series.
    pub one_day: bool,
    /// Done (`status = "done"`), or past and without a status (an
    /// occurrence of a recurring meeting): drawn in the colour of what is
    /// past.
    pub done: bool,
    /// Past and still `planned` ([`EventView::overdue`]): neither done nor
    /// to come, drawn with a mark and colour of its own.
    pub overdue: bool,
    /// An event that will not happen (`status = "cancelled"`): drawn
    /// with a mark of its own.
    pub cancelled: bool,
    /// A workshop or milestone under way: its first day is today or
    /// before, its last day today or after, and it is neither done nor
    /// cancelled. Drawn with a mark of its own (Mermaid: `active`). An
    /// occurrence of a recurring meeting is never under way: its day is
    /// not known, and it is drawn as a point, held or to come.
    pub underway: bool,
    /// The workshop or milestone it stands for (`None` for an occurrence of
    /// a recurring meeting or a KPI's target, which nothing follows).
    pub item: Option<ItemRef>,
    /// A KPI's target (`kind` is [`Kind::Kpi`], `title` the KPI's name,
    /// `when` the target's date): what it should reach, and where the KPI
    /// stands on the chart's day. `done`, `overdue`, `cancelled` and
    /// `underway` are an event's and false here: its state says it.
    pub target: Option<Target>,
}

/// What a KPI should reach by its target's date, and its state on the day.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub value: f64,
    /// The plan's unit (`%`, `zile`), as written; may be empty.
    pub unit: String,
    pub state: KpiState,
}

/// A phase's bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub state: PhaseState,
    pub when: String,
    /// The window cut the bar before the phase's first day, or after its
    /// last: that end of the bar is not the phase's.
    pub cut_start: bool,
    pub cut_end: bool,
}

/// A phase's window in a baseline, drawn under its bar
/// ([`Chart::against`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// As the baseline states it (`2021-05 – 2022-05`).
    pub when: String,
    /// The window cut the baseline's bar, as [`Bar::cut_start`] and
    /// [`Bar::cut_end`].
    pub cut_start: bool,
    pub cut_end: bool,
    /// How far the phase's end moved since the baseline (`None` where the
    /// phase has no window now), counted on the whole windows, not the
    /// bars cut.
    pub slip: Option<Shift>,
}

/// An earlier plan to draw the chart against: its phases' windows, under
/// the bars of the phases of the same id.
#[derive(Clone, Debug)]
pub struct Baseline {
    /// How the chart names it: `HEAD~1 (3f2a1b9)`, a file's name.
    pub label: String,
    /// Its phases ([`crate::status::phases`]).
    pub phases: Vec<PhaseView>,
}

/// One phase (or the events that belong to none), with what is drawn on it.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub id: String,
    /// The phase's name; empty for the lane of events in no phase, which
    /// each renderer names in its language ([`Lane::name`]).
    pub label: String,
    pub bar: Option<Bar>,
    /// Occurrences of the phase's recurring meetings, drawn on its bar.
    pub recurring: Vec<Mark>,
    /// Workshops, milestones and KPIs' targets, in date order, drawn on a
    /// row of their own under the bar.
    pub events: Vec<Mark>,
    /// A phase without a window (no bar): labelled with [`Words::no_dates`],
    /// drawn as one row holding its events, and kept whatever the window.
    pub undated: bool,
    /// The phase (`None` for the lane of events in no phase).
    pub item: Option<ItemRef>,
    /// Against a baseline: the phase's window there, where it has one in
    /// the chart's window.
    pub baseline: Option<Planned>,
    /// Against a baseline: the baseline has no phase of this id.
    pub new: bool,
}

/// Where an end of a [`Link`] is drawn: a lane's bar, or an event of a
/// lane (its index in [`Lane::events`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    Bar(usize),
    Mark(usize, usize),
}

/// An `after` the chart draws: `to` follows `from` (finish to start).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Link {
    pub from: Node,
    pub to: Node,
}

impl Lane {
    /// The lane's name: the phase's, or, for the lane of events in no
    /// phase, [`Words::other_events`].
    pub fn name<'a>(&'a self, words: &'a Words) -> &'a str {
        match self.item {
            Some(_) => &self.label,
            None => &words.other_events,
        }
    }

    /// What follows the lane's name: [`Words::no_dates`], after a space,
    /// for a phase without a window; else nothing.
    pub fn suffix(&self, words: &Words) -> String {
        if self.undated {
            format!(" {}", words.no_dates)
        } else {
            String::new()
        }
    }

    /// The lane's name, with its suffix ([`Lane::suffix`]).
    pub fn full_label(&self, words: &Words) -> String {
        format!("{}{}", self.name(words), self.suffix(words))
    }

    /// The lane's label made printable ([`crate::text::printable`]), cut to `width`
    /// display columns: a phase without a window keeps its suffix
    /// ([`Lane::suffix`]) whole, its name cut before it, where there is
    /// room for some of it.
    pub fn label_fit(&self, width: usize, words: &Words) -> String {
        let name = crate::text::printable(self.name(words)).into_owned();
        let suffix = self.suffix(words);
        let suffix_width = display_width(&suffix);
        if !self.undated {
            fit(&name, width)
        } else if display_width(&name) + suffix_width <= width || width < suffix_width + 2 {
            fit(&(name + &suffix), width)
        } else {
            fit(&name, width - suffix_width) + &suffix
        }
    }
}

/// The words every renderer draws a chart with, in one language, looked
/// up in its catalogue once (an axis is laid out many times over while
/// its step is chosen): the calendar's, and the labels of lanes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Words {
    /// Each month's name, January first (`martie`).
    pub months: [String; 12],
    /// Each month's name in three letters (`Mar`, `mar`).
    pub short_months: [String; 12],
    /// Each month's initial (`M`; Romanian `I` for `iunie`).
    pub initials: [String; 12],
    /// Each quarter's label (`Q1`; Romanian `T1`, trimestrul).
    pub quarters: [String; 4],
    /// Each half-year's label (`H1`; Romanian `S1`, semestrul).
    pub halves: [String; 2],
    /// What the label of a phase without a window says after its name:
    /// `(no dates)`.
    pub no_dates: String,
    /// The name of the lane of events in no phase.
    pub other_events: String,
}

impl Words {
    pub fn new(lang: &Catalog) -> Words {
        let month = |m: usize| m as u32 + 1;
        Words {
            months: std::array::from_fn(|m| lang.say("month-name", &args!(month = month(m)))),
            short_months: std::array::from_fn(|m| lang.say("timeline-month-short", &args!(month = month(m)))),
            initials: std::array::from_fn(|m| lang.say("timeline-month-initial", &args!(month = month(m)))),
            quarters: std::array::from_fn(|q| lang.say("timeline-quarter", &args!(number = q + 1))),
            halves: std::array::from_fn(|h| lang.say("timeline-half", &args!(number = h + 1))),
            no_dates: lang.text("timeline-no-dates"),
            other_events: lang.text("timeline-other-events"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub title: String,
    /// The first and last day shown.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub today: NaiveDate,
    /// The window spans fewer than [`SHORT_DAYS`] days: it is drawn in
    /// days and weeks, not months, and was not widened to whole months.
    pub short: bool,
    pub lanes: Vec<Lane>,
    /// The first and last day of all the plan draws, whatever the window
    /// (`None` for a plan with no dated phase or event): what a chart
    /// whose window holds nothing says the plan covers.
    pub span: Option<(NaiveDate, NaiveDate)>,
    /// Every `after` whose two ends the chart draws, in the order of
    /// their ends (one an entry of `after`: the work grows with the plan).
    pub links: Vec<Link>,
    /// The baseline's label ([`Baseline::label`]), where the chart is
    /// drawn against one.
    pub base: Option<String>,
    /// The ids of the baseline's phases the plan no longer has
    /// ([`crate::status::gone`]): not drawn, named in the legend.
    pub gone: Vec<String>,
}

/// A chart spanning fewer days than this (about three months) is short.
pub const SHORT_DAYS: i64 = 90;

fn mark(event: &EventView, item: Option<ItemRef>) -> Mark {
    let when = match event.end {
        Some(end) => format!("{} – {end}", event.date),
        None => event.date.to_string(),
    };
    let done = match event.status {
        Some(status) => status == Status::Done,
        None => event.when == When::Past,
    };
    Mark {
        kind: event.kind,
        id: event.id.clone(),
        title: event.title.clone(),
        when,
        first: event.first(),
        last: event.last(),
        one_day: event.first() == event.last(),
        done,
        overdue: event.overdue,
        cancelled: event.cancelled(),
        underway: event.kind != Kind::Recurring
            && event.when == When::Now
            && !done
            && !event.overdue
            && !event.cancelled(),
        item,
        target: None,
    }
}

/// A KPI's target's mark, if its target could be read.
fn target_mark(kpi: &KpiView) -> Option<Mark> {
    let target = kpi.target?;
    let (first, last) = (target.date.first(), target.date.last());
    Some(Mark {
        kind: Kind::Kpi,
        id: kpi.id.clone(),
        title: kpi.name.clone(),
        when: target.date.to_string(),
        first,
        last,
        one_day: first == last,
        done: false,
        overdue: false,
        cancelled: false,
        underway: false,
        item: None,
        target: Some(Target {
            value: target.value,
            unit: kpi.unit.clone(),
            state: kpi.state,
        }),
    })
}

impl Target {
    /// Its value in its unit, in `lang`: `60 %`, `41,5 zile`.
    pub fn amount(&self, lang: &Catalog) -> String {
        let unit = crate::finding::Arg::Whole(self.unit.clone());
        let amount = lang.say("timeline-kpi-amount", &args!(value = self.value, unit = unit));
        amount.trim_end().to_owned()
    }

    /// The KPI's state in words, in `lang`: `on track`.
    pub fn state_words(&self, lang: &Catalog) -> String {
        self.state.words(lang)
    }
}

/// How far a phase's end moved since the baseline, in `lang`: `+2
/// months`, `−10 days` ([`crate::status::moved`]), `±0`.
pub fn slip_words(slip: Shift, lang: &Catalog) -> String {
    if slip.is_zero() {
        lang.text("timeline-slip-none")
    } else {
        crate::diff::human::say_shift(slip, lang)
    }
}

/// The baseline's phases the plan no longer has, in `lang`: `not in the
/// plan any more: phase omega`.
pub fn gone_words(chart: &Chart, lang: &Catalog) -> String {
    let ids: Vec<String> = chart
        .gone
        .iter()
        .map(|id| crate::text::printable(id).into_owned())
        .collect();
    lang.say(
        "timeline-gone",
        &args!(count = ids.len(), ids = crate::finding::Arg::Whole(ids.join(", "))),
    )
}

/// What the row of a lane's events says it holds, in `lang`: how many
/// events (`3 events`), how many KPIs' targets, or both.
pub fn events_count(lane: &Lane, lang: &Catalog) -> String {
    let targets = lane.events.iter().filter(|m| m.target.is_some()).count();
    let events = lane.events.len() - targets;
    match (events, targets) {
        (events, 0) => lang.say("timeline-events", &args!(count = events)),
        (0, targets) => lang.say("timeline-targets", &args!(count = targets)),
        (events, targets) => lang.say("timeline-events-targets", &args!(events = events, targets = targets)),
    }
}

/// The workshops or milestones of a plan that have a date, in file order:
/// those [`crate::status::workshops`] and [`crate::status::milestones`]
/// list, one for one.
fn dated(plan: &Plan, kind: Kind) -> impl Iterator<Item = ItemRef> + '_ {
    (0..plan.count(kind))
        .map(move |index| ItemRef::new(kind, index))
        .filter(|item| plan.entry(*item).when().is_some())
}

impl Chart {
    /// The chart of a plan on `today`; `from`/`to` narrow it to a window,
    /// which otherwise runs from the month of the first date to the month
    /// of the last (from the week of the first date to the week of the
    /// last, Monday to Sunday, when they are fewer than [`SHORT_DAYS`]
    /// apart). Cancelled events are kept, marked as such.
    pub fn new(
        plan: &Plan,
        resolved: &Resolved,
        today: NaiveDate,
        from: Option<PlanDate>,
        to: Option<PlanDate>,
    ) -> Chart {
        Chart::build(plan, resolved, today, (from, to), None)
    }

    /// The chart against a baseline: as [`Chart::new`], each phase with
    /// its window in the baseline (matched by id; [`status::against`]),
    /// or marked new where the baseline has no phase of its id. The
    /// default window holds the baseline's windows too.
    ///
    /// [`status::against`]: crate::status::against
    pub fn against(
        plan: &Plan,
        resolved: &Resolved,
        today: NaiveDate,
        (from, to): (Option<PlanDate>, Option<PlanDate>),
        baseline: &Baseline,
    ) -> Chart {
        Chart::build(plan, resolved, today, (from, to), Some(baseline))
    }

    fn build(
        plan: &Plan,
        resolved: &Resolved,
        today: NaiveDate,
        (from, to): (Option<PlanDate>, Option<PlanDate>),
        baseline: Option<&Baseline>,
    ) -> Chart {
        let mut phases = crate::status::phases(plan, resolved, today);
        let mut gone = Vec::new();
        if let Some(baseline) = baseline {
            crate::status::against(&mut phases, &baseline.phases);
            gone = crate::status::gone(&phases, &baseline.phases);
        }
        // Each event with the item it stands for, checked by its id.
        let item_of =
            |event: &EventView, item: ItemRef| (plan.header(item).id().unwrap_or_default() == event.id).then_some(item);
        let events = crate::status::workshops(plan, resolved, today)
            .into_iter()
            .zip(dated(plan, Kind::Workshop))
            .chain(
                crate::status::milestones(plan, resolved, today)
                    .into_iter()
                    .zip(dated(plan, Kind::Milestone)),
            )
            .map(|(event, item)| {
                let item = item_of(&event, item);
                (mark(&event, item), event.phase)
            });
        let targets = crate::status::kpis(plan, today)
            .into_iter()
            .filter_map(|kpi| Some((target_mark(&kpi)?, kpi.phase)));
        let mut events: Vec<(Mark, Option<String>)> = events.chain(targets).collect();
        // In date order; ties keep their order (events before targets).
        events.sort_by_key(|(m, _)| (m.first, m.last));
        let recurring = crate::status::recurring(plan, resolved, today);
        let occurrences = crate::status::occurrences(plan, &recurring);
        // Events grouped by phase in one pass (a lane each), in date order.
        let lane_of: HashMap<&str, usize> = phases.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
        let mut by_lane: Vec<(Vec<Mark>, Vec<Mark>)> = vec![(Vec::new(), Vec::new()); phases.len()];
        for o in &occurrences {
            if let Some(&i) = o.phase.as_deref().and_then(|id| lane_of.get(id)) {
                by_lane[i].0.push(mark(o, None));
            }
        }
        let mut loose = Vec::new();
        for (m, phase) in events {
            match phase.as_deref().and_then(|id| lane_of.get(id)) {
                Some(&i) => by_lane[i].1.push(m),
                None => loose.push(m),
            }
        }
        let mut lanes: Vec<Lane> = phases
            .iter()
            .zip(by_lane)
            .enumerate()
            .map(|(index, (p, (recurring, events)))| {
                let bar = match (p.start, p.end, p.status) {
                    (Some(start), Some(end), Some(state)) => Some(Bar {
                        first: start.first(),
                        last: end.last(),
                        state,
                        when: format!("{start} – {end}"),
                        cut_start: false,
                        cut_end: false,
                    }),
                    _ => None,
                };
                let against = p.against.as_ref();
                let planned = against.and_then(|a| {
                    let planned = a.baseline?;
                    Some(Planned {
                        first: planned.start.first(),
                        last: planned.end.last(),
                        when: format!("{} – {}", planned.start, planned.end),
                        cut_start: false,
                        cut_end: false,
                        slip: a.slip.map(|slip| slip.end),
                    })
                });
                Lane {
                    id: p.id.clone(),
                    label: p.name.clone(),
                    undated: bar.is_none(),
                    bar,
                    recurring,
                    events,
                    item: Some(ItemRef::new(Kind::Phase, index)),
                    baseline: planned,
                    new: against.is_some_and(|a| a.new),
                }
            })
            .collect();
        if !loose.is_empty() {
            lanes.push(Lane {
                id: String::new(),
                label: String::new(),
                bar: None,
                recurring: Vec::new(),
                events: loose,
                undated: false,
                item: None,
                baseline: None,
                new: false,
            });
        }
        let dates = lanes.iter().flat_map(|lane| {
            lane.bar
                .iter()
                .flat_map(|b| [b.first, b.last])
                .chain(lane.baseline.iter().flat_map(|b| [b.first, b.last]))
                .chain(
                    lane.recurring
                        .iter()
                        .chain(&lane.events)
                        .flat_map(|m| [m.first, m.last]),
                )
        });
        let (min, max) = dates.fold((None, None), |(lo, hi): (Option<NaiveDate>, Option<NaiveDate>), d| {
            (Some(lo.map_or(d, |lo| lo.min(d))), Some(hi.map_or(d, |hi| hi.max(d))))
        });
        let hi = to.map(PlanDate::last).or(max).unwrap_or(today);
        // A `--to` before the plan starts ends the window there: the
        // default start is not after it.
        let lo = match from {
            Some(from) => from.first(),
            None => min.unwrap_or(today).min(hi),
        };
        let hi = hi.max(lo);
        let short = (hi - lo).num_days() + 1 < SHORT_DAYS;
        let (from, to) = if short {
            let monday = lo - chrono::Duration::days(i64::from(lo.weekday().num_days_from_monday()));
            let sunday = hi + chrono::Duration::days(6 - i64::from(hi.weekday().num_days_from_monday()));
            (
                from.map_or(monday.max(FIRST_DAY), PlanDate::first),
                to.map_or(sunday.min(LAST_DAY), PlanDate::last),
            )
        } else {
            (
                from.map_or(lo.with_day(1).unwrap_or(lo), PlanDate::first),
                to.map_or(last_of_month(hi), PlanDate::last),
            )
        };
        let to = to.max(from);
        // Only what overlaps the window, cut to it; a lane with nothing left
        // in the window goes, but a phase without a window, which no window
        // leaves out.
        let overlaps = |first: NaiveDate, last: NaiveDate| last >= from && first <= to;
        let clip = |marks: &mut Vec<Mark>| {
            marks.retain(|m| overlaps(m.first, m.last));
            for m in marks {
                m.first = m.first.max(from);
                m.last = m.last.min(to);
            }
        };
        lanes.retain_mut(|lane| {
            lane.bar = lane.bar.take().filter(|b| overlaps(b.first, b.last)).map(|b| Bar {
                first: b.first.max(from),
                last: b.last.min(to),
                cut_start: b.first < from,
                cut_end: b.last > to,
                ..b
            });
            lane.baseline = lane
                .baseline
                .take()
                .filter(|b| overlaps(b.first, b.last))
                .map(|b| Planned {
                    first: b.first.max(from),
                    last: b.last.min(to),
                    cut_start: b.first < from,
                    cut_end: b.last > to,
                    ..b
                });
            clip(&mut lane.recurring);
            clip(&mut lane.events);
            lane.undated
                || lane.bar.is_some()
                || lane.baseline.is_some()
                || !lane.recurring.is_empty()
                || !lane.events.is_empty()
        });
        let links = links(&lanes, resolved);
        Chart {
            title: plan
                .project
                .name
                .as_ref()
                .map(|n| n.get_ref().clone())
                .unwrap_or_default(),
            from,
            to,
            today,
            short,
            lanes,
            span: min.zip(max),
            links,
            base: baseline.map(|b| b.label.clone()),
            gone,
        }
    }

    /// What the chart says instead where its window holds nothing
    /// ([`Chart::is_empty`]): where the plan runs, or that nothing of it
    /// has a date.
    pub fn nothing(&self, lang: &Catalog) -> String {
        match self.span {
            Some((first, last)) => lang.say(
                "timeline-nothing-in-window",
                &args!(first = PlanDate::Day(first), last = PlanDate::Day(last)),
            ),
            None => lang.text("timeline-nothing-to-draw"),
        }
    }

    /// Whether the window holds nothing to draw: no bar (of the plan or
    /// of its baseline), meeting or event.
    pub fn is_empty(&self) -> bool {
        self.lanes
            .iter()
            .all(|l| l.bar.is_none() && l.baseline.is_none() && l.recurring.is_empty() && l.events.is_empty())
    }

    /// How many days the chart shows, `from` and `to` included.
    fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The first day of each month the chart shows (the first may be partial).
    pub fn months(&self) -> Vec<NaiveDate> {
        let mut months = Vec::new();
        let mut month = self.from.with_day(1).unwrap_or(self.from);
        while month <= self.to {
            months.push(month.max(self.from));
            match add_months(month, 1) {
                Some(next) => month = next,
                None => break,
            }
        }
        months
    }
}

/// The links between what `lanes` draw: for each item with `after`, one
/// from each item it follows, where both are drawn and neither end is cut
/// by the window (an arrow from where a bar is cut would say the phase ends
/// there). In the order of their ends, whatever the order of the map.
fn links(lanes: &[Lane], resolved: &Resolved) -> Vec<Link> {
    let mut at: HashMap<ItemRef, Node> = HashMap::new();
    for (l, lane) in lanes.iter().enumerate() {
        if let (Some(item), Some(_)) = (lane.item, &lane.bar) {
            at.insert(item, Node::Bar(l));
        }
        for (e, mark) in lane.events.iter().enumerate() {
            if let Some(item) = mark.item {
                at.entry(item).or_insert(Node::Mark(l, e));
            }
        }
    }
    let cut = |node: Node, end: bool| match node {
        Node::Bar(l) => lanes[l]
            .bar
            .as_ref()
            .is_none_or(|b| if end { b.cut_end } else { b.cut_start }),
        Node::Mark(..) => false,
    };
    let mut links = Vec::new();
    for (item, predecessors) in &resolved.predecessors {
        let Some(&to) = at.get(item).filter(|to| !cut(**to, false)) else {
            continue;
        };
        for (predecessor, _) in predecessors {
            if let Some(&from) = at.get(predecessor).filter(|from| **from != to && !cut(**from, true)) {
                links.push(Link { from, to });
            }
        }
    }
    links.sort_unstable();
    links
}
