//! The chart as a self-contained SVG picture for a report: the same lanes as
//! the terminal chart, drawn in pixels, with every bar and mark carrying its
//! id and date as `data-` attributes and a tooltip. Each part of the picture
//! (axis, a lane, the arrows, today's line, legend) is its own function.
//! What the terminal chart says in words, the picture says too: a window
//! with nothing in it (where the plan runs instead), a today outside the
//! chart, a phase without dates.
//!
//! More than the terminal chart, it names each event beside its mark, where
//! there is room (a name is given the room it takes at most, and never
//! meets another name or a mark; where it has none, the tooltip alone says
//! it); it draws a milestone as a diamond, a workshop as a circle or a
//! strip and a KPI's target as two rings in the colour of the KPI's state
//! (its value and the state in its tooltip); and it draws every `after` as an arrow from the end of what is
//! followed to the start of what follows, which names keep clear of where
//! they can, and which run on tracks of their own where they would run
//! along each other. Every text is measured as DejaVu Sans draws it (bold
//! too) and cut with `…` to its room. Placing the events is a pass over
//! each lane's each way, with ordered indexes of where arrows run: the
//! work grows with the plan.
//!
//! Against a baseline, a bar's row is taller by [`PLANNED_ROW`]: under the
//! bar, the phase's window in the baseline as a thinner, paler bar (its
//! window in its tooltip) with how far the end moved beside it, or `+ new`
//! under the start of a phase the baseline does not have; the legend
//! names the baseline.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::{Chart, Lane, Link, Mark, Node, Target, Words};
use crate::date::{PlanDate, add_months};
use crate::kpi::State as KpiState;
use crate::lang::{Catalog, args};
use crate::plan::Kind;
use crate::status::PhaseState;
use crate::svg::{bold_width, fit_px, text_width, xml};

/// The widest the labels left of the chart get, in pixels (a quarter of
/// a narrower picture).
const SVG_LABELS: f64 = 280.0;
/// The narrowest picture drawn, in pixels.
const SVG_MIN_WIDTH: f64 = 240.0;
/// The height of one row, in pixels.
const SVG_ROW: f64 = 28.0;
/// Where the first row starts, under the title and the axis, in pixels.
const SVG_TOP: f64 = 84.0;
/// The height of a line of the legend, in pixels.
const LEGEND_ROW: f64 = 18.0;
/// The size of the legend's words, in pixels.
const LEGEND_SIZE: f64 = 11.0;
/// The colours of the marks of events done (or past), still to come, under
/// way (the colour of an active phase) and overdue, of a cancelled one, of
/// recurring meetings and of today's line.
const EVENT_DONE: &str = "#2a7f8f";
const EVENT_COMING: &str = "#17becf";
const UNDERWAY: &str = "#e0a030";
const OVERDUE: &str = "#c0392b";
const CANCELLED: &str = "#b0b0b0";
const CANCELLED_STROKE: &str = "#555";
const RECURRING: &str = "#8e44ad";
const TODAY: &str = "#d62728";
/// The radius of the outer ring of a KPI's target, in pixels.
const TARGET_RADIUS: f64 = 7.0;

/// The colour of a KPI's target, by the KPI's state on the day.
fn target_colour(state: KpiState) -> &'static str {
    match state {
        KpiState::Achieved => "#2e7d32",
        KpiState::OnTrack => "#1f77b4",
        KpiState::Behind => "#d68910",
        KpiState::Missed => OVERDUE,
        KpiState::NoData => "#8c8c8c",
    }
}

fn fill_of(state: PhaseState) -> &'static str {
    match state {
        PhaseState::Done => "#4c9a5f",
        PhaseState::Active => "#e0a030",
        PhaseState::Upcoming => "#7a9cc6",
    }
}

/// A chart placed on the picture: where its days fall and where it ends,
/// and the words it is drawn with.
struct Frame<'a> {
    chart: &'a Chart,
    lang: &'a Catalog,
    words: Words,
    /// The days the chart shows.
    days: f64,
    /// The y of the bottom of the last row, in pixels.
    bottom: f64,
    /// The picture's width, and the width of the labels left of the chart.
    width: f64,
    labels: f64,
}

impl Frame<'_> {
    /// The x of the start of a day, clamped to the chart, in pixels.
    fn x(&self, day: NaiveDate) -> f64 {
        let area = self.width - self.labels - 20.0;
        self.labels + ((day - self.chart.from).num_days() as f64).clamp(0.0, self.days) * area / self.days
    }

    /// The x of the end of a day, in pixels.
    fn x_end(&self, day: NaiveDate) -> f64 {
        self.x(day + chrono::Duration::days(1))
    }

    /// The x of the end of the chart.
    fn right(&self) -> f64 {
        self.width - 20.0
    }
}

/// The height of a line of the words that say a window holds nothing.
const NOTE_LINE: f64 = 16.0;

/// What a chart with nothing to draw says instead, in lines that fit a
/// picture `width` pixels wide; nothing for a chart with something in it.
fn nothing_lines(chart: &Chart, lang: &Catalog, width: f64) -> Vec<String> {
    if !chart.is_empty() {
        return Vec::new();
    }
    let words = chart.nothing(lang);
    let room = width - 40.0;
    let measure = |text: &str| text_width(text, 12.0);
    let mut lines: Vec<String> = Vec::new();
    for word in words.split(' ') {
        match lines.last_mut() {
            Some(line) if measure(&format!("{line} {word}")) <= room => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(fit_px(word, room, measure)),
        }
    }
    lines
}

// ── Where events and their names go ─────────────────────────────────────

/// The height of a row of events, in pixels.
const EVENT_ROW: f64 = 22.0;
/// How many rows a name may open in a lane's events. An event whose name
/// has no room on them is drawn without it (its tooltip still says it):
/// on a row where its mark has room, else on a row of its own, up to
/// [`MARK_ROWS`].
const LABEL_ROWS: usize = 4;
/// How many rows a lane's events have at most: past them, a mark with no
/// room on any row goes where it meets the least.
const MARK_ROWS: usize = 6;
/// The size of an event's name, in pixels; the room between a mark and its
/// name; the room left between whatever stands on a row.
const LABEL_SIZE: f64 = 11.0;
const LABEL_GAP: f64 = 4.0;
const ROOM_GAP: f64 = 8.0;
/// How far inside a bar's end an arrow leaves it, and how long the last
/// stretch into a bar is, in pixels (the arrowhead is 7).
const STUB: f64 = 8.0;
/// Where a phase's bar is drawn in its row: from the row's top, and its height.
const BAR_TOP: f64 = 5.0;
const BAR_HEIGHT: f64 = SVG_ROW - 10.0;

/// How an event's mark is drawn: a milestone as a diamond, on its day or in
/// the middle of its month with a line over the month; a workshop as a
/// circle on its day, or a strip over its month or series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Diamond,
    SpanDiamond,
    Circle,
    Strip,
}

fn form_of(m: &Mark) -> Form {
    match (m.kind == Kind::Milestone, m.one_day) {
        (true, true) => Form::Diamond,
        (true, false) => Form::SpanDiamond,
        (false, true) => Form::Circle,
        (false, false) => Form::Strip,
    }
}

/// Where an event stands in time, as its mark's colour says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    Done,
    Coming,
    Underway,
    Overdue,
    Cancelled,
}

fn state_of(m: &Mark) -> State {
    if m.cancelled {
        State::Cancelled
    } else if m.overdue {
        State::Overdue
    } else if m.done {
        State::Done
    } else if m.underway {
        State::Underway
    } else {
        State::Coming
    }
}

fn event_fill(state: State) -> &'static str {
    match state {
        State::Done => EVENT_DONE,
        State::Coming => EVENT_COMING,
        State::Underway => UNDERWAY,
        State::Overdue => OVERDUE,
        State::Cancelled => CANCELLED,
    }
}

/// Where an event's mark stands on its row, left to right (with the line
/// that strikes it out if it is cancelled), how far it reaches up and down
/// from the row's middle, and where an arrow leaves it (right of its
/// middle, or near a strip's end) and where one meets it (left of its
/// middle, or near a strip's start): never at one x, so that an arrow into
/// a mark and one out of it are two lines.
#[derive(Clone, Copy, Debug)]
struct Extent {
    x1: f64,
    x2: f64,
    half: f64,
    outline: Outline,
    out: f64,
    into: f64,
    /// The middle of a point's day or of a span.
    cx: f64,
    /// A span's first and last x.
    span: (f64, f64),
}

/// The outline of a mark, for where an arrow meets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outline {
    Circle,
    Diamond,
    Flat,
}

/// How far from the middle of a point an arrow leaves it (right) or meets
/// it (left), in pixels.
const STEM: f64 = 3.0;

impl Extent {
    /// How far up and down from the row's middle the mark reaches at `x`:
    /// where an arrow there meets its outline.
    fn reach(&self, x: f64) -> f64 {
        let dx = (x - self.cx).abs();
        match self.outline {
            Outline::Circle => (self.half * self.half - dx * dx).max(0.0).sqrt(),
            Outline::Diamond => (self.half - dx).max(0.0),
            Outline::Flat => self.half,
        }
    }
}

fn extent(frame: &Frame, m: &Mark) -> Extent {
    let (a, b) = (frame.x(m.first), frame.x_end(m.last));
    if m.target.is_some() {
        // A target's rings, over a line across its month if it is one.
        let cx = (a + b) / 2.0;
        let (x1, x2) = if m.one_day {
            (cx - 8.0, cx + 8.0)
        } else {
            (a.min(cx - 8.0), b.max(cx + 8.0))
        };
        return Extent {
            x1,
            x2,
            half: TARGET_RADIUS,
            outline: Outline::Circle,
            out: cx + STEM,
            into: cx - STEM,
            cx,
            span: (a, b),
        };
    }
    match form_of(m) {
        Form::Diamond | Form::Circle => {
            let cx = (a + b) / 2.0;
            let diamond = form_of(m) == Form::Diamond;
            Extent {
                x1: cx - 8.0,
                x2: cx + 8.0,
                half: if diamond { 7.0 } else { 6.0 },
                outline: if diamond { Outline::Diamond } else { Outline::Circle },
                out: cx + STEM,
                into: cx - STEM,
                cx,
                span: (a, b),
            }
        }
        Form::SpanDiamond => {
            let cx = (a + b) / 2.0;
            Extent {
                x1: a.min(cx - 8.0),
                x2: b.max(cx + 8.0),
                half: 7.0,
                outline: Outline::Diamond,
                out: cx + STEM,
                into: cx - STEM,
                cx,
                span: (a, b),
            }
        }
        Form::Strip => {
            let b = b.max(a + 3.0);
            let cx = (a + b) / 2.0;
            Extent {
                x1: a - 3.0,
                x2: b + 3.0,
                half: 4.0,
                outline: Outline::Flat,
                // Apart however narrow the strip, and on it.
                out: (b - 2.0).max(cx + 1.0).min(b),
                into: (a + 2.0).min(cx - 1.0).max(a),
                cx,
                span: (a, b),
            }
        }
    }
}

/// An event placed: its row among its lane's, and the x its name starts
/// at, where it has one.
#[derive(Clone, Copy, Debug)]
struct Spot {
    row: usize,
    label: Option<f64>,
}

/// A lane placed: the top of the gap above it where arrows run, the top
/// of the row of its bar (where it has one) and of the channel under it,
/// the top of its events' rows and how many there are, and each event's
/// extent, name and place.
struct Placed {
    gap: f64,
    head: Option<f64>,
    inner: f64,
    top: f64,
    rows: usize,
    extents: Vec<Extent>,
    names: Vec<String>,
    spots: Vec<Spot>,
}

impl Placed {
    fn bottom(&self) -> f64 {
        self.top + self.rows as f64 * EVENT_ROW
    }

    /// The middle of an event's row.
    fn cy(&self, event: usize) -> f64 {
        self.top + self.spots[event].row as f64 * EVENT_ROW + EVENT_ROW / 2.0
    }
}

/// Whether a lane has a row for its bar and meetings (and its baseline's
/// bar), above its events. One without (a phase without dates, the events
/// in no phase) has its name on its first row of events, and at least
/// that row.
fn has_head(lane: &Lane) -> bool {
    lane.bar.is_some() || !lane.recurring.is_empty() || lane.baseline.is_some()
}

/// How much taller a bar's row is where a baseline's bar (or the mark of a
/// new phase) is drawn under the bar, in pixels; where that bar is drawn in
/// the row, and its height: a third of the phase's bar.
const PLANNED_ROW: f64 = 10.0;
const PLANNED_TOP: f64 = BAR_TOP + BAR_HEIGHT + 3.0;
const PLANNED_HEIGHT: f64 = 6.0;
/// The colour of a baseline's bar, paler than any phase's, and of its words.
const PLANNED_FILL: &str = "#c4c4c4";
const PLANNED_TEXT: &str = "#666";
/// The size of the words beside a baseline's bar, in pixels.
const PLANNED_SIZE: f64 = 10.0;

/// Whether a lane's bar row holds a baseline's bar or the mark of a new
/// phase under its bar.
fn has_planned(lane: &Lane) -> bool {
    lane.baseline.is_some() || (lane.new && lane.bar.is_some())
}

/// Places a lane's events on rows, each with its name beside it where
/// there is room. An event goes, in order, where its name fits: right of
/// its mark, else left of it, on the first row where that does not meet
/// what stands there already, else on a new row (both of the first
/// [`LABEL_ROWS`]);
/// first where the name crosses no arrow (`crosses`), and only where it
/// cannot keep clear of one, where it does. A name's room ends where the
/// picture does, and starts where the chart does. An event whose name has
/// no room goes without it on the first row where its mark has room, else
/// on a row of its own, up to [`MARK_ROWS`]; only past them does a mark
/// meet another: on the row of marks alone where it meets least, never
/// over a name. The events come in date
/// order, so what stands on a row is all left of where the row is free: a
/// name never meets another name or a mark. Then an event placed without
/// its name gets it where its row has room for it, between what stands
/// before it and after it there, clear of arrows.
fn place_events(
    frame: &Frame,
    extents: &[Extent],
    widths: &[f64],
    crosses: &dyn Fn(f64, f64) -> bool,
) -> (Vec<Spot>, usize) {
    // Where each row is free from, left to right.
    let mut free: Vec<f64> = Vec::new();
    let mut spots = Vec::with_capacity(extents.len());
    for (e, &w) in extents.iter().zip(widths) {
        // Each side the name may go: its x, and where the mark and it
        // start and end on the row.
        let right = e.x2 + LABEL_GAP;
        let left = e.x1 - LABEL_GAP - w;
        let sides: Vec<(f64, f64, f64)> = [
            (w > 0.0 && right + w <= frame.width - 4.0).then_some((right, e.x1, right + w)),
            (w > 0.0 && left >= frame.labels).then_some((left, left, e.x2)),
        ]
        .into_iter()
        .flatten()
        .collect();
        let mut found = None;
        'search: for clear in [true, false] {
            let ok = |x: f64| !clear || !crosses(x, x + w);
            for &(x, start, end) in &sides {
                if let Some(row) = free.iter().take(LABEL_ROWS).position(|&f| start >= f)
                    && ok(x)
                {
                    found = Some((row, Some(x), end));
                    break 'search;
                }
            }
            if free.len() < LABEL_ROWS {
                for &(x, _, end) in &sides {
                    if ok(x) {
                        found = Some((free.len(), Some(x), end));
                        break 'search;
                    }
                }
            }
        }
        let (row, label, end) = found.unwrap_or_else(|| {
            let row = match free.iter().position(|&f| e.x1 >= f) {
                Some(row) => row,
                None if free.len() < MARK_ROWS => free.len(),
                // Where it meets least: of the rows of marks alone, where
                // no name stands yet, the one free the soonest.
                None => (LABEL_ROWS..free.len())
                    .min_by(|&a, &b| free[a].total_cmp(&free[b]))
                    .unwrap_or(0),
            };
            (row, None, e.x2)
        });
        if row == free.len() {
            free.push(f64::MIN);
        }
        free[row] = free[row].max(end + ROOM_GAP);
        spots.push(Spot { row, label });
    }
    name_where_there_is_room(frame, extents, widths, crosses, &mut spots, free.len());
    (spots, free.len())
}

/// Gives an event placed without its name its name, right of its mark or
/// else left of it, where that meets nothing on its row (what stands
/// anywhere before it there, and anywhere after it) and crosses no arrow:
/// one pass each way over the events, in date order.
fn name_where_there_is_room(
    frame: &Frame,
    extents: &[Extent],
    widths: &[f64],
    crosses: &dyn Fn(f64, f64) -> bool,
    spots: &mut [Spot],
    rows: usize,
) {
    // What each event takes on its row, from its mark and its name.
    let taken = |e: &Extent, w: f64, label: Option<f64>| match label {
        Some(x) if x < e.x1 => (x, e.x2),
        Some(x) => (e.x1, x + w),
        None => (e.x1, e.x2),
    };
    // Where what stands after each event on its row starts, at the soonest.
    let mut after = vec![f64::INFINITY; spots.len()];
    let mut soonest = vec![f64::INFINITY; rows];
    for i in (0..spots.len()).rev() {
        let row = spots[i].row;
        after[i] = soonest[row];
        soonest[row] = soonest[row].min(taken(&extents[i], widths[i], spots[i].label).0);
    }
    // Where what stands before it ends, at the latest.
    let mut before = vec![f64::NEG_INFINITY; rows];
    for (i, (e, &w)) in extents.iter().zip(widths).enumerate() {
        let row = spots[i].row;
        if spots[i].label.is_none() && w > 0.0 && before[row] + ROOM_GAP <= e.x1 {
            let right = e.x2 + LABEL_GAP;
            let left = e.x1 - LABEL_GAP - w;
            spots[i].label =
                if right + w <= frame.width - 4.0 && right + w + ROOM_GAP <= after[i] && !crosses(right, right + w) {
                    Some(right)
                } else if left >= frame.labels
                    && left >= before[row] + ROOM_GAP
                    && e.x2 + ROOM_GAP <= after[i]
                    && !crosses(left, left + w)
                {
                    Some(left)
                } else {
                    None
                };
        }
        before[row] = before[row].max(taken(e, w, spots[i].label).1);
    }
}

// ── Arrows of `after` ───────────────────────────────────────────────────

/// A height an arrow runs at or to, named before rows have their y (so
/// that names can keep clear of where arrows will run): a lane's top, its
/// bar's top, middle or bottom, the top or bottom of its events' rows, the
/// top or bottom of an event's mark. Along a lane's top, its events' top
/// and their bottom, arrows run on tracks ([`Channel`]): each its own,
/// where it would run along another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    LaneTop(usize, usize),
    Bar(usize, Edge),
    EventsTop(usize, usize),
    Mark(usize, usize, Edge),
    EventsBottom(usize, usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edge {
    Top,
    Middle,
    Bottom,
}

/// Where arrows run along a lane's edge: the gap above lane `g` (the
/// bottom of the one before; the gap after the last lane is below it), or
/// the one between a lane's bar and its events. A channel of `n` tracks is
/// `n - 1` [`TRACK`]s high; of one, it is the line between its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Channel {
    Gap(usize),
    Inner(usize),
}

/// How far apart the tracks of a channel are, in pixels.
const TRACK: f64 = 5.0;
/// How far apart, along a track, arrows on it keep, in pixels: two that
/// come nearer, or one that ends where the next starts, take two tracks.
const TRACK_CLEAR: f64 = 12.0;

impl Level {
    /// Its place from the picture's top: a lane, then what in it (its top,
    /// its bar, its events' top, their rows, their bottom).
    fn key(self) -> (usize, u8) {
        match self {
            Level::LaneTop(l, _) => (l, 0),
            Level::Bar(l, _) => (l, 1),
            Level::EventsTop(l, _) => (l, 2),
            Level::Mark(l, ..) => (l, 3),
            Level::EventsBottom(l, _) => (l, 4),
        }
    }

    /// The channel it runs along, if it is an edge of a lane: a lane
    /// without a bar's row has its events' top at its own top.
    fn channel(self, lanes: &[Lane]) -> Option<Channel> {
        match self {
            Level::LaneTop(l, _) => Some(Channel::Gap(l)),
            Level::EventsTop(l, _) if lanes.get(l).is_some_and(has_head) => Some(Channel::Inner(l)),
            Level::EventsTop(l, _) => Some(Channel::Gap(l)),
            Level::EventsBottom(l, _) => Some(Channel::Gap(l + 1)),
            Level::Bar(..) | Level::Mark(..) => None,
        }
    }

    /// The same edge, on track `t`.
    fn on_track(self, t: usize) -> Level {
        match self {
            Level::LaneTop(l, _) => Level::LaneTop(l, t),
            Level::EventsTop(l, _) => Level::EventsTop(l, t),
            Level::EventsBottom(l, _) => Level::EventsBottom(l, t),
            level => level,
        }
    }

    /// Its y, at `x` (where a mark's outline is).
    fn y(self, placed: &[Placed], x: f64) -> f64 {
        let edge = |edge: Edge, middle: f64, half: f64| match edge {
            Edge::Top => middle - half,
            Edge::Middle => middle,
            Edge::Bottom => middle + half,
        };
        let track = |t: usize| t as f64 * TRACK;
        match self {
            Level::LaneTop(l, t) => placed[l].gap + track(t),
            Level::Bar(l, e) => edge(
                e,
                placed[l].head.unwrap_or(placed[l].top) + BAR_TOP + BAR_HEIGHT / 2.0,
                BAR_HEIGHT / 2.0,
            ),
            Level::EventsTop(l, t) => match placed[l].head {
                Some(_) => placed[l].inner + track(t),
                None => placed[l].gap + track(t),
            },
            Level::Mark(l, i, e) => edge(e, placed[l].cy(i), placed[l].extents[i].reach(x)),
            Level::EventsBottom(l, t) => placed[l].bottom() + track(t),
        }
    }
}

/// The first of a group of a union-find, its path halved on the way.
fn root(group: &mut [usize], mut i: usize) -> usize {
    while group[i] != i {
        group[i] = group[group[i]];
        i = group[i];
    }
    i
}

/// The most tracks a channel has: past them, an arrow goes on the track
/// free the soonest.
const MAX_TRACKS: usize = 6;

/// Puts the arrows that run along a channel on tracks, so that two never
/// run along each other or meet end to end there: arrows out of one item,
/// or into one, share a track (they fork from it, or join into it), and
/// each such group, left to right, takes the first track whose last group
/// ends [`TRACK_CLEAR`] before it starts. Returns how many tracks each
/// channel has: the gaps above each lane and below the last, and the
/// channels inside each lane.
fn assign_tracks(routes: &mut [Option<Vec<(f64, Level)>>], links: &[Link], lanes: &[Lane]) -> (Vec<usize>, Vec<usize>) {
    let mut runs: BTreeMap<Channel, Vec<(f64, f64, usize)>> = BTreeMap::new();
    for (r, points) in routes.iter().enumerate() {
        let Some(points) = points else { continue };
        let mut spans: BTreeMap<Channel, (f64, f64)> = BTreeMap::new();
        for &(x, level) in points {
            if let Some(channel) = level.channel(lanes) {
                let span = spans.entry(channel).or_insert((x, x));
                *span = (span.0.min(x), span.1.max(x));
            }
        }
        for (channel, (a, b)) in spans {
            runs.entry(channel).or_default().push((a, b, r));
        }
    }
    let mut gaps = vec![1; lanes.len() + 1];
    let mut inner = vec![1; lanes.len()];
    for (channel, spans) in runs {
        // Arrows that share an end, grouped (a union of their spans).
        let mut group: Vec<usize> = (0..spans.len()).collect();
        let mut first_of: std::collections::HashMap<(bool, Node), usize> = std::collections::HashMap::new();
        for (k, &(_, _, r)) in spans.iter().enumerate() {
            for end in [(false, links[r].from), (true, links[r].to)] {
                let other = *first_of.entry(end).or_insert(k);
                let (a, b) = (root(&mut group, other), root(&mut group, k));
                group[a.max(b)] = a.min(b);
            }
        }
        let mut groups: BTreeMap<usize, (f64, f64, Vec<usize>)> = BTreeMap::new();
        for (k, &(a, b, r)) in spans.iter().enumerate() {
            let g = groups.entry(root(&mut group, k)).or_insert((a, b, Vec::new()));
            g.0 = g.0.min(a);
            g.1 = g.1.max(b);
            g.2.push(r);
        }
        let mut groups: Vec<(f64, f64, Vec<usize>)> = groups.into_values().collect();
        groups.sort_by(|p, q| p.0.total_cmp(&q.0).then(p.1.total_cmp(&q.1)).then(p.2.cmp(&q.2)));
        let mut ends: Vec<f64> = Vec::new();
        for (a, b, members) in groups {
            let t = match ends.iter().position(|&end| end + TRACK_CLEAR <= a) {
                Some(t) => t,
                None if ends.len() < MAX_TRACKS => {
                    ends.push(f64::MIN);
                    ends.len() - 1
                }
                None => (0..ends.len())
                    .min_by(|&p, &q| ends[p].total_cmp(&ends[q]))
                    .unwrap_or(0),
            };
            ends[t] = ends[t].max(b);
            for r in members {
                if let Some(points) = routes[r].as_mut() {
                    for point in points
                        .iter_mut()
                        .filter(|(_, level)| level.channel(lanes) == Some(channel))
                    {
                        point.1 = point.1.on_track(t);
                    }
                }
            }
        }
        match channel {
            Channel::Gap(g) => gaps[g] = ends.len().max(1),
            Channel::Inner(l) => inner[l] = ends.len().max(1),
        }
    }
    (gaps, inner)
}

/// The lanes whose events' rows a vertical stretch from `a` to `b`
/// crosses, first and last (none if the first is after the last): those
/// whose rows lie between them, and the lane of a mark it starts or ends
/// at, whatever row that mark is on.
fn lanes_crossed(a: Level, b: Level) -> (usize, usize) {
    let (lo, hi) = if a.key() <= b.key() {
        (a.key(), b.key())
    } else {
        (b.key(), a.key())
    };
    let first = if lo.1 < 4 { lo.0 } else { lo.0 + 1 };
    let last = if hi.1 > 2 { Some(hi.0) } else { hi.0.checked_sub(1) };
    match last {
        Some(last) => (first, last),
        None => (1, 0),
    }
}

/// How an arrow of `after` runs: the corners of a line of right angles,
/// each an x and a [`Level`]. Vertical stretches run where they must (and
/// names keep clear of them); horizontal ones only along the edge of a
/// lane's rows, or in a bar's row left of its bar, where no name stands.
///
/// From a phase it leaves its bar a little inside its end, down (or up)
/// towards what follows; from an event, its mark. Into a phase it comes
/// along the bar's row into the bar's start, turning around the row's
/// edge first where the bar starts too far left for that; into an event,
/// down (or up) into the mark. Between two events of one lane it runs
/// under the lane's rows.
fn route(link: Link, chart: &Chart, frame: &Frame, extents: &[Vec<Extent>], shift: f64) -> Option<Vec<(f64, Level)>> {
    let bar_x = |l: usize| {
        let bar = chart.lanes.get(l)?.bar.as_ref()?;
        Some((frame.x(bar.first), frame.x_end(bar.last)))
    };
    let mark = |l: usize, e: usize| extents.get(l).and_then(|lane| lane.get(e));
    let toward = |down: bool| if down { Edge::Bottom } else { Edge::Top };
    // Into a bar of lane `j` from `(x, level)`, going down or up.
    let into_bar = |mut points: Vec<(f64, Level)>, j: usize, down: bool| {
        let (x, level) = *points.last()?;
        let (start, _) = bar_x(j)?;
        let middle = Level::Bar(j, Edge::Middle);
        if start - x >= STUB {
            points.push((x, middle));
        } else {
            // Around the edge of the bar's row; from a mark, the edge of
            // its own rows.
            let edge = match (level, down) {
                (Level::Mark(i, ..), true) => Level::EventsBottom(i, 0),
                (Level::Mark(i, ..), false) => Level::EventsTop(i, 0),
                (_, true) => Level::LaneTop(j, 0),
                (_, false) => Level::EventsTop(j, 0),
            };
            points.push((x, edge));
            points.push((start - STUB, edge));
            points.push((start - STUB, middle));
        }
        points.push((start, middle));
        Some(points)
    };
    match (link.from, link.to) {
        (Node::Bar(i), to) => {
            let (start, end) = bar_x(i)?;
            let middle = (start + end) / 2.0;
            let x = ((end - STUB).max(middle) - shift).max(middle);
            match to {
                Node::Bar(j) => into_bar(vec![(x, Level::Bar(i, toward(j > i)))], j, j > i),
                Node::Mark(j, e) => {
                    let down = j >= i;
                    let into = mark(j, e)?.into;
                    let edge = if down {
                        Level::EventsTop(j, 0)
                    } else {
                        Level::EventsBottom(j, 0)
                    };
                    Some(vec![
                        (x, Level::Bar(i, toward(down))),
                        (x, edge),
                        (into, edge),
                        (into, Level::Mark(j, e, toward(!down))),
                    ])
                }
            }
        }
        (Node::Mark(i, e), to) => {
            let out = mark(i, e)?.out;
            match to {
                Node::Bar(j) => into_bar(vec![(out, Level::Mark(i, e, toward(j > i)))], j, j > i),
                Node::Mark(j, f) => {
                    let into = mark(j, f)?.into;
                    // Within a lane, under its rows, up into the mark.
                    let down = j > i;
                    let (leave, edge, arrive) = if i == j {
                        (Edge::Bottom, Level::EventsBottom(i, 0), Edge::Bottom)
                    } else if down {
                        (Edge::Bottom, Level::EventsBottom(i, 0), Edge::Top)
                    } else {
                        (Edge::Top, Level::EventsTop(i, 0), Edge::Bottom)
                    };
                    Some(vec![
                        (out, Level::Mark(i, e, leave)),
                        (out, edge),
                        (into, edge),
                        (into, Level::Mark(j, f, arrive)),
                    ])
                }
            }
        }
    }
}

/// How far left, at a time, an arrow out of a bar moves to keep clear of
/// another's vertical stretch, in pixels; and how near two are taken to
/// run along each other.
const SHIFT_STEP: f64 = 4.0;
const SHIFT_STEPS: usize = 6;
const STEM_NEAR: f64 = 2.5;

/// A vertical stretch of an arrow: its x, and the first and last
/// [`Level::key`] it spans.
type Vertical = (f64, (usize, u8), (usize, u8));

/// The vertical stretches of a route.
fn verticals(points: &[(f64, Level)]) -> Vec<Vertical> {
    points
        .windows(2)
        .filter(|pair| pair[0].0 == pair[1].0 && pair[0].1 != pair[1].1)
        .map(|pair| {
            let (a, b) = (pair[0].1.key(), pair[1].1.key());
            (pair[0].0, a.min(b), a.max(b))
        })
        .collect()
}

/// Every link's route, an arrow out of a bar moved left along the bar's
/// last stretch (by [`SHIFT_STEP`]s, not past its middle) where it would
/// run down along a vertical stretch of an arrow that joins two other
/// items: the marks' stretches stand where their marks do, a bar's may
/// move. Vertical stretches are kept in an ordered index of their x, one
/// entry an x and an item they come from (where the arrows from it go, or
/// that they go to several items), so the work grows with the arrows, not
/// with their square.
fn routes(chart: &Chart, frame: &Frame, extents: &[Vec<Extent>]) -> Vec<Option<Vec<(f64, Level)>>> {
    /// A stretch in the index: the item its arrows come from, the one they
    /// go to (`None`: several), and the first and last level it spans.
    type Stretch = (Node, Option<Node>, (usize, u8), (usize, u8));
    type Index = BTreeMap<i64, Vec<Stretch>>;
    let links = &chart.links;
    let mut routes: Vec<Option<Vec<(f64, Level)>>> = links
        .iter()
        .map(|link| route(*link, chart, frame, extents, 0.0))
        .collect();
    let add = |index: &mut Index, link: Link, points: &[(f64, Level)]| {
        for (x, lo, hi) in verticals(points) {
            let stretches = index.entry(x_key(x)).or_default();
            match stretches.iter_mut().find(|s| s.0 == link.from) {
                Some(s) => {
                    s.1 = s.1.filter(|to| *to == link.to);
                    s.2 = s.2.min(lo);
                    s.3 = s.3.max(hi);
                }
                None => stretches.push((link.from, Some(link.to), lo, hi)),
            }
        }
    };
    let mut index: Index = BTreeMap::new();
    for (link, points) in links.iter().zip(&routes) {
        if let Some(points) = points {
            add(&mut index, *link, points);
        }
    }
    // Whether the stretch out of the bar runs along another arrow's.
    let collides = |index: &Index, link: Link, points: &[(f64, Level)]| {
        verticals(points).first().is_some_and(|&(x, lo, hi)| {
            index
                .range(x_key(x - STEM_NEAR)..=x_key(x + STEM_NEAR))
                .flat_map(|(_, stretches)| stretches)
                .any(|&(from, to, lo2, hi2)| from != link.from && to != Some(link.to) && lo <= hi2 && lo2 <= hi)
        })
    };
    for (r, link) in links.iter().enumerate() {
        if !matches!(link.from, Node::Bar(_)) {
            continue;
        }
        for step in 1..=SHIFT_STEPS {
            let Some(points) = routes[r].as_deref() else { break };
            if !collides(&index, *link, points) {
                break;
            }
            let Some(moved) = route(*link, chart, frame, extents, step as f64 * SHIFT_STEP) else {
                break;
            };
            if moved[0].0 == points[0].0 {
                break;
            }
            // Where it was stays in the index: others keep clear of it too.
            add(&mut index, *link, &moved);
            routes[r] = Some(moved);
        }
    }
    routes
}

/// Where arrows run across lanes' events: for each vertical stretch of
/// each route, its x and the lanes it crosses (first, last).
fn crossings(routes: &[Option<Vec<(f64, Level)>>]) -> Vec<(usize, usize, f64)> {
    let mut crossings = Vec::new();
    for points in routes.iter().flatten() {
        for pair in points.windows(2) {
            let ((x, a), (x2, b)) = (pair[0], pair[1]);
            if x == x2 && a != b {
                let (first, last) = lanes_crossed(a, b);
                if first <= last {
                    crossings.push((first, last, x));
                }
            }
        }
    }
    crossings
}

/// An x as a key of the index of arrows' x: in tenths of a pixel.
fn x_key(x: f64) -> i64 {
    (x * 10.0).round() as i64
}

/// Places every lane's events, lane by lane from the top, each name kept
/// clear of the arrows that cross its lane where it can be: the arrows'
/// vertical stretches are kept in an ordered index of their x (each added
/// at the first lane it crosses and taken out after the last), so that
/// whether a name crosses one is a range query, and the work grows with
/// the events and the arrows, not with their product.
fn place(
    chart: &Chart,
    frame: &Frame,
    extents: Vec<Vec<Extent>>,
    crossings: &[(usize, usize, f64)],
    (gaps, inner): (&[usize], &[usize]),
) -> Vec<Placed> {
    let n = chart.lanes.len();
    let mut starting: Vec<Vec<i64>> = vec![Vec::new(); n];
    let mut ending: Vec<Vec<i64>> = vec![Vec::new(); n];
    for &(first, last, x) in crossings {
        if first <= last && last < n {
            starting[first].push(x_key(x));
            ending[last].push(x_key(x));
        }
    }
    let mut active: BTreeMap<i64, usize> = BTreeMap::new();
    let mut placed = Vec::with_capacity(n);
    let mut y = SVG_TOP;
    // The room a channel's tracks take beyond its first.
    let tracks = |n: usize| n.saturating_sub(1) as f64 * TRACK;
    for (l, ((lane, extents), (starts, ends))) in chart
        .lanes
        .iter()
        .zip(extents)
        .zip(starting.into_iter().zip(ending))
        .enumerate()
    {
        for x in starts {
            *active.entry(x).or_insert(0) += 1;
        }
        let names: Vec<String> = lane
            .events
            .iter()
            .map(|m| crate::text::printable(&m.title).into_owned())
            .collect();
        let widths: Vec<f64> = names.iter().map(|name| text_width(name, LABEL_SIZE)).collect();
        let (spots, rows) = {
            let crosses = |a: f64, b: f64| active.range(x_key(a)..=x_key(b)).next().is_some();
            place_events(frame, &extents, &widths, &crosses)
        };
        for x in ends {
            if let Some(count) = active.get_mut(&x) {
                *count -= 1;
                if *count == 0 {
                    active.remove(&x);
                }
            }
        }
        let gap = y;
        y += tracks(gaps[l]);
        let head = has_head(lane).then(|| {
            let head = y;
            y += SVG_ROW;
            if has_planned(lane) {
                y += PLANNED_ROW;
            }
            head
        });
        let channel = y;
        if head.is_some() {
            y += tracks(inner[l]);
        }
        // A lane without a bar's row has its name on its first row.
        let rows = if head.is_none() { rows.max(1) } else { rows };
        let top = y;
        y += rows as f64 * EVENT_ROW;
        placed.push(Placed {
            gap,
            head,
            inner: channel,
            top,
            rows,
            extents,
            names,
            spots,
        });
    }
    placed
}

/// A self-contained SVG picture of the chart, `width` pixels wide (at
/// least 240), its words in `lang`. The same chart gives the same bytes:
/// coordinates are printed with one decimal.
pub fn svg(chart: &Chart, lang: &Catalog, width: usize) -> String {
    let width = (width as f64).max(SVG_MIN_WIDTH);
    let mut frame = Frame {
        chart,
        lang,
        words: Words::new(lang),
        days: chart.days() as f64,
        bottom: 0.0,
        width,
        labels: SVG_LABELS.min(width / 4.0),
    };
    let extents: Vec<Vec<Extent>> = chart
        .lanes
        .iter()
        .map(|lane| lane.events.iter().map(|m| extent(&frame, m)).collect())
        .collect();
    let mut routes = routes(chart, &frame, &extents);
    let (gaps, inner) = assign_tracks(&mut routes, &chart.links, &chart.lanes);
    let placed = place(chart, &frame, extents, &crossings(&routes), (&gaps, &inner));
    let nothing = nothing_lines(chart, lang, width);
    let nothing_height = if nothing.is_empty() {
        0.0
    } else {
        (nothing.len() as f64 * NOTE_LINE + 12.0).max(SVG_ROW)
    };
    // The gap under the last lane, where arrows run along its bottom.
    let below = gaps.last().map_or(0.0, |&n| n.saturating_sub(1) as f64 * TRACK);
    let rows_bottom = placed.last().map_or(SVG_TOP, Placed::bottom) + below;
    frame.bottom = rows_bottom + nothing_height;
    let legend = legend_layout(legend_entries(chart, lang), width);
    let legend_rows = legend.iter().map(|e| e.row + 1).max().unwrap_or(1);
    let height = frame.bottom + 80.0 + (legend_rows - 1) as f64 * LEGEND_ROW;
    let mut s = String::new();
    header(&mut s, &frame, height);
    axis(&mut s, &frame);
    // The arrows under the bars, today's line over them, marks and names
    // over everything.
    draw_links(&mut s, &frame, &routes, &placed);
    for (lane, placed) in chart.lanes.iter().zip(&placed) {
        draw_phase(&mut s, &frame, lane, placed);
    }
    today_line(&mut s, &frame);
    for (lane, placed) in chart.lanes.iter().zip(&placed) {
        draw_events(&mut s, &frame, lane, placed);
    }
    if !nothing.is_empty() {
        let _ = writeln!(s, r#"<g class="nothing">"#);
        for (i, line) in nothing.iter().enumerate() {
            let _ = writeln!(
                s,
                r##"<text x="20" y="{:.1}" fill="#555">{}</text>"##,
                rows_bottom + 18.0 + i as f64 * NOTE_LINE,
                xml(line)
            );
        }
        let _ = writeln!(s, "</g>");
    }
    draw_legend(&mut s, &legend, frame.bottom + 58.0);
    s.push_str("</svg>\n");
    s
}

/// The opening tag, the title and the white background.
fn header(s: &mut String, frame: &Frame, height: f64) {
    let (chart, width) = (frame.chart, frame.width);
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, "<title>{}</title>", xml(&chart.title));
    let _ = writeln!(s, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let title = fit_px(&chart.title, width - 40.0, |text| bold_width(text, 18.0));
    let _ = writeln!(
        s,
        r##"<text x="20" y="28" font-size="18" font-weight="bold" fill="#222">{}</text>"##,
        xml(&title)
    );
}

/// How many pixels a period's name takes above the axis: bold 12 px text
/// and a little room.
fn name_width(name: &str) -> f64 {
    bold_width(name, 12.0) + 6.0
}

/// A period's name above the axis, bold, from `x1` to `x2`: at its start,
/// or, where it has too little room, ending where the next period starts
/// (into the space left of the chart, or the period before). A year's name
/// has class `year-name` and the year as `data-year`.
fn period_label(s: &mut String, x1: f64, x2: f64, name: &str, year: Option<i32>) {
    let (x, anchor) = if x2 - x1 >= name_width(name) {
        (x1 + 2.0, "start")
    } else {
        (x2 - 4.0, "end")
    };
    let class = year.map_or(String::new(), |y| format!(r#" class="year-name" data-year="{y:04}""#));
    let _ = writeln!(
        s,
        r##"<text{class} x="{x:.1}" y="{:.1}" text-anchor="{anchor}" fill="#222" font-weight="bold">{name}</text>"##,
        SVG_TOP - 24.0
    );
}

/// The axis: for a chart in months, a line a month, a month's name (in
/// full, in three letters or by its initial, as the months have room; a
/// quarter, where months are narrow) and every year's name (`'21` where
/// there is no room for `2021`), or where years are too narrow for that,
/// the years of a regular step, each at its line; for a short chart, a
/// line a week (or a day) with the day of the month, and every month's
/// name.
fn axis(s: &mut String, frame: &Frame) {
    let _ = writeln!(s, r#"<g class="axis">"#);
    if frame.chart.short {
        axis_days(s, frame);
    } else {
        axis_months(s, frame);
    }
    let _ = writeln!(s, "</g>");
}

/// Steps of the years named where not every year can be: 1, 2, 5, 10, 20…
const YEAR_STEPS: [i32; 13] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
/// How far left of its line, in pixels, the last year named may start so
/// as to end inside the picture (less than half a name).
const LAST_NAME_SHIFT: f64 = 12.0;
/// Months narrower than this, in pixels, on average, get no line each
/// (their lines would run together): years get one instead.
const MONTH_LINE_MIN: f64 = 3.0;
/// The room a month's name leaves in its month, in pixels: 3 each side.
const MONTH_NAME_ROOM: f64 = 6.0;

fn axis_months(s: &mut String, frame: &Frame) {
    let chart = frame.chart;
    let line_top = SVG_TOP - 18.0;
    let months = chart.months();
    let dense = (frame.right() - frame.labels) / (months.len() as f64) < MONTH_LINE_MIN;
    let year_line = |s: &mut String, year: i32, x: f64| {
        let _ = writeln!(
            s,
            r##"<line class="year" data-year="{year:04}" x1="{x:.1}" y1="{line_top:.1}" x2="{x:.1}" y2="{:.1}" stroke="#999"/>"##,
            frame.bottom
        );
    };
    let next_of = |month: NaiveDate| {
        add_months(month.with_day(1).unwrap_or(month), 1)
            .unwrap_or(chart.to)
            .min(chart.to + chrono::Duration::days(1))
    };
    let narrow = months
        .iter()
        .any(|m| m.day() == 1 && frame.x(next_of(*m)) - frame.x(*m) < 9.0);
    // Each month named as long as every whole month has room for its
    // name: in full, in three letters, or by its initial; a month the
    // window cuts, where its name has no room, by its initial.
    let words = &frame.words;
    let room = |name: &str, x1: f64, x2: f64| text_width(name, 12.0) + MONTH_NAME_ROOM <= x2 - x1;
    let whole = || {
        months
            .iter()
            .filter(|m| m.day() == 1 && crate::date::last_of_month(**m) <= chart.to)
            .map(|m| (m.month0() as usize, frame.x(*m), frame.x(next_of(*m))))
    };
    let names = [&words.months, &words.short_months]
        .into_iter()
        .find(|names| whole().all(|(m, x1, x2)| room(&names[m], x1, x2)))
        .unwrap_or(&words.initials);
    for &month in months.iter().filter(|_| !dense) {
        let mx = frame.x(month);
        let first = month.day() == 1;
        let stroke = if month.month() == 1 && first { "#999" } else { "#e2e2e2" };
        let _ = writeln!(
            s,
            r#"<line class="month" data-month="{}" x1="{mx:.1}" y1="{line_top:.1}" x2="{mx:.1}" y2="{:.1}" stroke="{stroke}"/>"#,
            month.format("%Y-%m"),
            frame.bottom
        );
        let next = next_of(month);
        if !narrow {
            let m = month.month0() as usize;
            let name = if room(&names[m], mx, frame.x(next)) {
                &names[m]
            } else {
                &words.initials[m]
            };
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##,
                (mx + frame.x(next)) / 2.0,
                SVG_TOP - 6.0,
                xml(name)
            );
        } else if first && month.month0() % 3 == 0 {
            let end = add_months(month, 3)
                .unwrap_or(chart.to)
                .min(chart.to + chrono::Duration::days(1));
            let quarter = &words.quarters[month.month0() as usize / 3];
            if frame.x(end) - mx >= 20.0_f64.max(text_width(quarter, 12.0) + MONTH_NAME_ROOM) {
                let _ = writeln!(
                    s,
                    r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##,
                    (mx + frame.x(end)) / 2.0,
                    SVG_TOP - 6.0,
                    xml(quarter)
                );
            }
        }
    }
    // Every year, by its full name if every year after the first has room
    // for one, else as `'21` if every whole year has room for that and no
    // two years of the chart read the same (it spans at most a hundred).
    let four = |year: i32| format!("{year:04}");
    let two = |year: i32| format!("'{:02}", year.rem_euclid(100));
    let two_digits = chart.to.year() - chart.from.year() < 100;
    let years: Vec<(i32, f64, f64)> = (chart.from.year()..=chart.to.year())
        .map(|year| {
            let start = NaiveDate::from_ymd_opt(year, 1, 1).map_or(chart.from, |d| d.max(chart.from));
            let end = NaiveDate::from_ymd_opt(year + 1, 1, 1)
                .map_or(chart.to, |d| d.min(chart.to + chrono::Duration::days(1)));
            (year, frame.x(start), frame.x(end).min(frame.right()))
        })
        .collect();
    let whole = || years.iter().skip(1).take(years.len().saturating_sub(2));
    let full = years.iter().skip(1).all(|(_, x1, x2)| x2 - x1 >= name_width("2021"));
    if full || (two_digits && whole().all(|(_, x1, x2)| x2 - x1 >= name_width("'21"))) {
        for (year, x1, x2) in years {
            if dense && NaiveDate::from_ymd_opt(year, 1, 1).is_some_and(|jan| jan >= chart.from) {
                year_line(s, year, x1);
            }
            let name = if full { four(year) } else { two(year) };
            period_label(s, x1, x2.max(x1 + 24.0), &name, Some(year));
        }
        return;
    }
    // Else the years of the finest regular step at which each name has
    // room before the next: each named from its line, but the last, which
    // may start a little left of it to end inside the picture.
    let starts = |step: i32| {
        let first = chart.from.year() + (step - chart.from.year().rem_euclid(step)) % step;
        (first..=chart.to.year())
            .step_by(usize::try_from(step).unwrap_or(1))
            .filter_map(|year| NaiveDate::from_ymd_opt(year, 1, 1))
            .filter(|jan| (chart.from..=chart.to).contains(jan))
            .map(|jan| (jan.year(), frame.x(jan)))
            .collect::<Vec<(i32, f64)>>()
    };
    let text_width = |name: &str| bold_width(name, 12.0);
    let last_start = |x: f64, name: &str| (x + 2.0).min(frame.width - 2.0 - text_width(name));
    let fits = |named: &[(i32, f64)], name: &dyn Fn(i32) -> String| {
        let last = match named {
            [.., (before, xb), (year, x)] => {
                let start = last_start(*x, &name(*year));
                x + 2.0 - start <= LAST_NAME_SHIFT && start >= xb + 2.0 + text_width(&name(*before)) + 4.0
            }
            [(year, x)] => x + 2.0 - last_start(*x, &name(*year)) <= LAST_NAME_SHIFT,
            [] => true,
        };
        last && named.windows(2).all(|w| w[1].1 - w[0].1 >= name_width(&name(w[0].0)))
    };
    let named = YEAR_STEPS.iter().find_map(|&step| {
        let named = starts(step);
        let name: &dyn Fn(i32) -> String = if fits(&named, &four) {
            &four
        } else if two_digits && fits(&named, &two) {
            &two
        } else {
            return None;
        };
        Some(
            named
                .into_iter()
                .map(|(year, x)| (year, x, name(year)))
                .collect::<Vec<_>>(),
        )
    });
    let named = named.unwrap_or_default();
    for (i, (year, x, name)) in named.iter().enumerate() {
        year_line(s, *year, *x);
        let start = if i + 1 == named.len() {
            last_start(*x, name)
        } else {
            x + 2.0
        };
        let _ = writeln!(
            s,
            r##"<text class="year-name" data-year="{year:04}" x="{start:.1}" y="{:.1}" fill="#222" font-weight="bold">{name}</text>"##,
            SVG_TOP - 24.0
        );
    }
}

fn axis_days(s: &mut String, frame: &Frame) {
    let chart = frame.chart;
    let line_top = SVG_TOP - 18.0;
    let day_px = (frame.right() - frame.labels) / frame.days;
    for day in chart.from.iter_days().take_while(|d| *d <= chart.to) {
        let x = frame.x(day);
        let monday = day.weekday() == chrono::Weekday::Mon;
        if day.day() == 1 || day == chart.from {
            if day.day() == 1 {
                let _ = writeln!(
                    s,
                    r##"<line class="month" data-month="{}" x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#999"/>"##,
                    day.format("%Y-%m"),
                    line_top - 8.0,
                    frame.bottom
                );
            }
            let short = &frame.words.short_months[day.month0() as usize];
            let name = if day == chart.from || day.month() == 1 {
                xml(&format!("{short} {:04}", day.year()))
            } else {
                xml(short)
            };
            let next = crate::date::last_of_month(day).min(chart.to);
            period_label(s, x, frame.x_end(next), &name, None);
        }
        if monday || day_px >= 18.0 {
            let class = if monday { "week" } else { "day" };
            let stroke = if monday { "#e2e2e2" } else { "#f0f0f0" };
            let _ = writeln!(
                s,
                r#"<line class="{class}" data-date="{day}" x1="{x:.1}" y1="{line_top:.1}" x2="{x:.1}" y2="{:.1}" stroke="{stroke}"/>"#,
                frame.bottom
            );
        }
        if day_px >= 18.0 {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" fill="#555">{}</text>"##,
                x + day_px / 2.0,
                SVG_TOP - 6.0,
                day.day()
            );
        } else if monday && day_px * 7.0 >= 16.0 {
            let _ = writeln!(
                s,
                r##"<text x="{:.1}" y="{:.1}" fill="#555">{}</text>"##,
                x + 3.0,
                SVG_TOP - 6.0,
                day.day()
            );
        }
    }
}

/// A lane's name, and what follows it: [`Words::no_dates`] for a phase
/// without a window ([`Lane::suffix`]).
fn lane_label<'a>(lane: &'a Lane, words: &'a Words) -> (&'a str, String) {
    (lane.name(words), lane.suffix(words))
}

/// The room between a row's label and the chart, in pixels.
const LABEL_ROOM: f64 = 12.0;

/// A row's label, `indent` pixels in, on a row from `y`, `height` high:
/// `name` and after it `suffix` (kept whole where there is room for some
/// of the name), cut with `…` to end left of the chart, `labels` pixels
/// from the left, as wide as its weight draws it. A label cut has its
/// whole text as its tooltip.
fn label(s: &mut String, labels: f64, (y, height): (f64, f64), (name, suffix): (&str, &str), indent: f64, bold: bool) {
    let measure = |text: &str| {
        if bold {
            bold_width(text, 12.0)
        } else {
            text_width(text, 12.0)
        }
    };
    let room = labels - 20.0 - indent - LABEL_ROOM;
    let whole = format!("{name}{suffix}");
    let text = if measure(&whole) <= room {
        crate::text::printable(&whole).into_owned()
    } else if !suffix.is_empty()
        && room - measure(suffix) >= measure(&name.chars().take(2).collect::<String>()) + measure("…")
    {
        fit_px(name, room - measure(suffix), measure) + suffix
    } else {
        fit_px(&whole, room, measure)
    };
    let tip = if text == crate::text::printable(&whole) {
        String::new()
    } else {
        format!("<title>{}</title>", xml(&whole))
    };
    let weight = if bold { r#" font-weight="bold""# } else { "" };
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{:.1}" fill="#222"{weight}>{tip}{}</text>"##,
        20.0 + indent,
        y + height / 2.0 + 4.0,
        xml(&text)
    );
}

/// A phase's group: its name, its bar and its recurring meetings, on the
/// bar's row (a phase without a bar has its name on its events' first row).
fn draw_phase(s: &mut String, frame: &Frame, lane: &Lane, placed: &Placed) {
    let first_row = match placed.head {
        Some(head) => (head, SVG_ROW),
        None => (placed.top, EVENT_ROW),
    };
    let base = frame.chart.base.as_deref().unwrap_or_default();
    if lane.item.is_some() {
        let undated = if lane.undated { r#" data-dates="none""# } else { "" };
        let _ = writeln!(s, r#"<g class="phase" data-id="{}"{undated}>"#, xml(&lane.id));
        let (name, suffix) = lane_label(lane, &frame.words);
        label(s, frame.labels, first_row, (name, &suffix), 0.0, true);
        if let (Some(bar), Some(head)) = (&lane.bar, placed.head) {
            let (x1, x2) = (frame.x(bar.first), frame.x_end(bar.last));
            let _ = writeln!(
                s,
                r#"<rect class="bar" data-state="{}" x="{x1:.1}" y="{:.1}" width="{:.1}" height="{BAR_HEIGHT:.1}" rx="4" fill="{}"><title>{} ({}): {}</title></rect>"#,
                bar.state.as_str(),
                head + BAR_TOP,
                (x2 - x1).max(1.0),
                fill_of(bar.state),
                xml(&lane.label),
                xml(&lane.id),
                xml(&bar.when)
            );
        }
        if let Some(head) = placed.head {
            draw_planned(s, frame, lane, head, base);
        }
        if let Some(head) = placed.head {
            for m in &lane.recurring {
                let cx = (frame.x(m.first) + frame.x_end(m.last)) / 2.0;
                let _ = writeln!(
                    s,
                    r#"<circle class="recurring" data-id="{}" data-date="{}" data-state="{}" cx="{cx:.1}" cy="{:.1}" r="5" {}><title>{}: {}</title></circle>"#,
                    xml(&m.id),
                    xml(&m.when),
                    if m.done { "held" } else { "to-come" },
                    head + SVG_ROW / 2.0,
                    recurring_paint(m.done),
                    xml(&m.title),
                    xml(&m.when)
                );
            }
        }
        let _ = writeln!(s, "</g>");
    }
}

/// Under a phase's bar (its row from `head`), against a baseline named
/// `base`: the phase's window there, a thinner, paler bar with it in its
/// tooltip, and how far the end moved (`+2 months`) after it, or, where
/// that would run past the picture, ending at its right edge, over the
/// bar's end; for a phase the baseline does not have, `+ new` under the
/// start of its bar.
fn draw_planned(s: &mut String, frame: &Frame, lane: &Lane, head: f64, base: &str) {
    let lang = frame.lang;
    let y = head + PLANNED_TOP;
    let middle = y + PLANNED_HEIGHT / 2.0 + PLANNED_SIZE * 0.35;
    let words = |s: &mut String, class: &str, x: f64, text: &str, data: &str| {
        let width = text_width(text, PLANNED_SIZE);
        let (x, anchor) = if x + width <= frame.width - 4.0 {
            (x, "start")
        } else {
            (frame.width - 4.0, "end")
        };
        let _ = writeln!(
            s,
            r##"<text class="{class}" data-id="{}"{data} x="{x:.1}" y="{middle:.1}" text-anchor="{anchor}" font-size="{PLANNED_SIZE:.0}" fill="{PLANNED_TEXT}" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">{}</text>"##,
            xml(&lane.id),
            xml(text)
        );
    };
    if let Some(planned) = &lane.baseline {
        let (x1, x2) = (frame.x(planned.first), frame.x_end(planned.last));
        let tip = lang.say(
            "timeline-tip-baseline",
            &args!(
                name = crate::finding::Arg::Whole(lane.label.clone()),
                base = crate::finding::Arg::Whole(base.to_owned()),
                when = crate::finding::Arg::Whole(planned.when.clone())
            ),
        );
        let _ = writeln!(
            s,
            r#"<rect class="baseline" data-id="{}" data-date="{}" x="{x1:.1}" y="{y:.1}" width="{:.1}" height="{PLANNED_HEIGHT:.1}" rx="2" fill="{PLANNED_FILL}"><title>{}</title></rect>"#,
            xml(&lane.id),
            xml(&planned.when),
            (x2 - x1).max(1.0),
            xml(&tip)
        );
        if let Some(slip) = planned.slip {
            let months = slip.months.map_or(String::new(), |m| format!(r#" data-months="{m}""#));
            let data = format!(r#" data-days="{}"{months}"#, slip.days);
            words(s, "slip", x2 + 4.0, &super::slip_words(slip, lang), &data);
        }
    } else if lane.new
        && let Some(bar) = &lane.bar
    {
        let text = format!("+ {}", lang.text("timeline-new"));
        words(s, "new", frame.x(bar.first), &text, "");
    }
}

/// A lane's events' group: how many there are (or the name of the lane of
/// events in no phase), then each event's mark and name.
fn draw_events(s: &mut String, frame: &Frame, lane: &Lane, placed: &Placed) {
    if lane.events.is_empty() && lane.item.is_some() {
        return;
    }
    let _ = writeln!(s, r#"<g class="events" data-phase="{}">"#, xml(&lane.id));
    let first_events_row = (placed.top, EVENT_ROW);
    if placed.head.is_some() {
        let count = super::events_count(lane, frame.lang);
        label(s, frame.labels, first_events_row, (&count, ""), 14.0, false);
    } else if lane.item.is_none() {
        let (name, suffix) = lane_label(lane, &frame.words);
        label(s, frame.labels, first_events_row, (name, &suffix), 0.0, true);
    }
    let tips = Tips::new(frame.lang);
    for (i, m) in lane.events.iter().enumerate() {
        let (extent, cy) = (placed.extents[i], placed.cy(i));
        match &m.target {
            Some(target) => draw_target(s, frame.lang, m, target, &extent, cy),
            None => draw_mark(s, m, &extent, cy, &tips),
        }
        if let Some(x) = placed.spots[i].label {
            let _ = writeln!(
                s,
                r##"<text class="label" data-id="{}" x="{x:.1}" y="{:.1}" font-size="{LABEL_SIZE:.0}" fill="#333" stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">{}</text>"##,
                xml(&m.id),
                cy + 4.0,
                xml(&placed.names[i])
            );
        }
    }
    let _ = writeln!(s, "</g>");
}

/// How an occurrence of a recurring meeting is painted: filled once held
/// (or past), hollow while to come.
fn recurring_paint(held: bool) -> String {
    if held {
        format!(r##"fill="{RECURRING}" stroke="#fff" stroke-width="1.5""##)
    } else {
        format!(r##"fill="#fff" stroke="{RECURRING}" stroke-width="2""##)
    }
}

/// A mark's shape, centred on `cx`, `cy` (a strip from `a` to `b`), with
/// `attrs` in its tag and `inner` inside it. The legend draws its swatches
/// with this too, so that they are what the rows show.
fn shape(
    form: Form,
    state: State,
    (cx, cy): (f64, f64),
    (a, b): (f64, f64),
    (attrs, inner): (&str, &str),
    small: bool,
) -> String {
    let fill = event_fill(state);
    let line = |x1: f64, y1: f64, x2: f64, y2: f64, paint: &str| {
        format!(r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" {paint}/>"#)
    };
    let (mark, strike) = match form {
        Form::Diamond | Form::SpanDiamond => {
            let span = if form == Form::SpanDiamond {
                line(a, cy, b, cy, &format!(r#"stroke="{fill}" stroke-width="2""#))
            } else {
                String::new()
            };
            (
                format!(
                    r#"{span}<polygon{attrs} points="{}" fill="{fill}"{}"#,
                    diamond(cx, cy, if small { 6.0 } else { 7.0 }),
                    close("polygon", inner)
                ),
                (cx - 8.0, cx + 8.0),
            )
        }
        Form::Circle => (
            format!(
                r#"<circle{attrs} cx="{cx:.1}" cy="{cy:.1}" r="{}" fill="{fill}"{}"#,
                if small { 5 } else { 6 },
                close("circle", inner)
            ),
            (cx - 8.0, cx + 8.0),
        ),
        Form::Strip => {
            let opacity = if state == State::Cancelled {
                ""
            } else {
                r#" fill-opacity="0.8""#
            };
            (
                format!(
                    r#"<rect{attrs} x="{a:.1}" y="{:.1}" width="{:.1}" height="8" rx="3" fill="{fill}"{opacity}{}"#,
                    cy - 4.0,
                    b - a,
                    close("rect", inner)
                ),
                (a - 3.0, b + 3.0),
            )
        }
    };
    if state == State::Cancelled {
        let paint = format!(r#"stroke="{CANCELLED_STROKE}" stroke-width="1.5""#);
        mark + &line(strike.0, cy + 5.0, strike.1, cy - 5.0, &paint)
    } else {
        mark
    }
}

/// The end of an element's opening tag: its content and closing tag, or
/// `/>` where it has none.
fn close(tag: &str, inner: &str) -> String {
    if inner.is_empty() {
        "/>".to_owned()
    } else {
        format!(">{inner}</{tag}>")
    }
}

/// The words a mark's tooltip says of its state, in brackets after its
/// name and date.
struct Tips {
    overdue: String,
    underway: String,
    cancelled: String,
}

impl Tips {
    fn new(lang: &Catalog) -> Tips {
        Tips {
            overdue: lang.text("timeline-tip-overdue"),
            underway: lang.text("timeline-tip-underway"),
            cancelled: lang.text("status-cancelled"),
        }
    }
}

/// An event's mark on its row (whose middle is `cy`), with its id, kind
/// and date as `data-` attributes and a tooltip of its name, date and
/// state (`tips`). A cancelled one is grey and struck out, in a group of
/// class `cancelled`; an overdue one red, in a group of class `overdue`.
fn draw_mark(s: &mut String, m: &Mark, extent: &Extent, cy: f64, tips: &Tips) {
    let state = state_of(m);
    let words = match state {
        State::Overdue => format!(" ({})", tips.overdue),
        State::Underway => format!(" ({})", tips.underway),
        State::Cancelled => format!(" ({})", tips.cancelled),
        State::Done | State::Coming => String::new(),
    };
    let tip = format!("<title>{}: {}{}</title>", xml(&m.title), xml(&m.when), xml(&words));
    let data = format!(
        r#" data-kind="{}" data-id="{}" data-date="{}""#,
        m.kind.as_str(),
        xml(&m.id),
        xml(&m.when)
    );
    let at = (extent.cx, cy);
    let (a, b) = extent.span;
    let _ = match state {
        State::Cancelled => writeln!(
            s,
            r#"<g class="cancelled"{data}>{tip}{}</g>"#,
            shape(form_of(m), state, at, (a, b), ("", ""), false)
        ),
        State::Overdue => writeln!(
            s,
            r#"<g class="overdue">{}</g>"#,
            shape(
                form_of(m),
                state,
                at,
                (a, b),
                (&format!(r#" class="event"{data}"#), &tip),
                false
            )
        ),
        _ => writeln!(
            s,
            "{}",
            shape(
                form_of(m),
                state,
                at,
                (a, b),
                (&format!(r#" class="event"{data}"#), &tip),
                false
            )
        ),
    };
}

/// A KPI's target on its row (whose middle is `cy`): two rings in the
/// colour of the KPI's state (over a line across its month, for a month),
/// with the KPI's id, the target's date and the state as `data-`
/// attributes and a tooltip of its name, target value and date, and state.
fn draw_target(s: &mut String, lang: &Catalog, m: &Mark, target: &Target, extent: &Extent, cy: f64) {
    let tip = lang.say(
        "timeline-tip-kpi",
        &args!(
            name = crate::finding::Arg::Whole(m.title.clone()),
            amount = crate::finding::Arg::Whole(target.amount(lang)),
            date = crate::finding::Arg::Whole(m.when.clone()),
            state = target.state_words(lang)
        ),
    );
    let span = if m.one_day { None } else { Some(extent.span) };
    let _ = writeln!(
        s,
        r#"<g class="target" data-kind="kpi" data-id="{}" data-date="{}" data-state="{}"><title>{}</title>{}</g>"#,
        xml(&m.id),
        xml(&m.when),
        target.state.as_str(),
        xml(&tip),
        target_shape(target.state, (extent.cx, cy), span, false)
    );
}

/// A target's rings, centred on `cx`, `cy`, over a line from `a` to `b`
/// where it spans a month; smaller in the legend.
fn target_shape(state: KpiState, (cx, cy): (f64, f64), span: Option<(f64, f64)>, small: bool) -> String {
    let colour = target_colour(state);
    let (outer, inner) = if small { (5.5, 2.0) } else { (TARGET_RADIUS, 2.5) };
    let line = span.map_or(String::new(), |(a, b)| {
        format!(r#"<line x1="{a:.1}" y1="{cy:.1}" x2="{b:.1}" y2="{cy:.1}" stroke="{colour}" stroke-width="2"/>"#)
    });
    format!(
        r##"{line}<circle cx="{cx:.1}" cy="{cy:.1}" r="{outer:.1}" fill="#fff" stroke="{colour}" stroke-width="2.5"/><circle cx="{cx:.1}" cy="{cy:.1}" r="{inner:.1}" fill="{colour}"/>"##
    )
}

/// The points of a diamond around a centre.
fn diamond(cx: f64, cy: f64, r: f64) -> String {
    format!(
        "{cx:.1},{:.1} {:.1},{cy:.1} {cx:.1},{:.1} {:.1},{cy:.1}",
        cy - r,
        cx + r,
        cy + r,
        cx - r
    )
}

/// The id of the arrowhead, unlikely to meet another id where the picture
/// is put into a page with others.
const ARROW_ID: &str = "icc-timeline-arrow";
/// The colour of arrows.
const LINK: &str = "#666";

/// The arrows of `after`, each a path of right angles ending in an
/// arrowhead, with the ids of what it joins and a tooltip that says it.
fn draw_links(s: &mut String, frame: &Frame, routes: &[Option<Vec<(f64, Level)>>], placed: &[Placed]) {
    let chart = frame.chart;
    if chart.links.is_empty() {
        return;
    }
    let after = xml(&frame.lang.text("timeline-tip-after"));
    let _ = writeln!(
        s,
        r#"<defs><marker id="{ARROW_ID}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{LINK}"/></marker></defs>"#
    );
    let _ = writeln!(s, r#"<g class="links">"#);
    let end = |node: Node| match node {
        Node::Bar(l) => chart.lanes.get(l).map(|lane| (&lane.id, &lane.label)),
        Node::Mark(l, e) => chart
            .lanes
            .get(l)
            .and_then(|lane| lane.events.get(e))
            .map(|m| (&m.id, &m.title)),
    };
    for (link, points) in chart.links.iter().zip(routes) {
        let (Some(points), Some((from_id, from)), Some((to_id, to))) = (points, end(link.from), end(link.to)) else {
            continue;
        };
        let mut d = String::new();
        for (i, (x, level)) in points.iter().enumerate() {
            let _ = write!(
                d,
                "{}{x:.1} {:.1}",
                if i == 0 { "M" } else { " L" },
                level.y(placed, *x)
            );
        }
        let _ = writeln!(
            s,
            r#"<path class="link" data-from="{}" data-to="{}" d="{d}" fill="none" stroke="{LINK}" stroke-width="1.2" marker-end="url(#{ARROW_ID})"><title>{} {after} {}</title></path>"#,
            xml(from_id),
            xml(to_id),
            xml(to),
            xml(from)
        );
    }
    let _ = writeln!(s, "</g>");
}

/// A dashed line down the chart on today, labelled under it; when today
/// is outside the chart, a note under it that says so, at the side today
/// is on.
fn today_line(s: &mut String, frame: &Frame) {
    let chart = frame.chart;
    if !(chart.from..=chart.to).contains(&chart.today) {
        let (x, anchor) = if chart.today < chart.from {
            (20.0, "start")
        } else {
            (frame.right(), "end")
        };
        // On one line, or on two where the picture is too narrow for one.
        let today = frame
            .lang
            .say("timeline-today-on", &args!(date = PlanDate::Day(chart.today)));
        let outside = frame.lang.text("timeline-outside");
        let words = format!("{today} {outside}");
        let spans = if text_width(&words, 11.0) <= frame.width - 24.0 {
            xml(&words)
        } else {
            let (today, outside) = (xml(&today), xml(&outside));
            format!(r#"<tspan x="{x:.1}">{today}</tspan><tspan x="{x:.1}" dy="13">{outside}</tspan>"#)
        };
        let _ = writeln!(
            s,
            r##"<text class="today-outside" data-date="{}" x="{x:.1}" y="{:.1}" text-anchor="{anchor}" font-size="11" fill="#555">{spans}</text>"##,
            chart.today,
            frame.bottom + 18.0,
        );
        return;
    }
    let tx = (frame.x(chart.today) + frame.x_end(chart.today)) / 2.0;
    // Its words centred under the line, moved in where they would run
    // past an edge of the picture.
    let words = frame
        .lang
        .say("timeline-today-on", &args!(date = PlanDate::Day(chart.today)));
    let half = text_width(&words, 12.0) / 2.0;
    let words = xml(&words);
    let lx = tx.min(frame.width - 4.0 - half).max(4.0 + half);
    let _ = writeln!(
        s,
        r##"<g class="today" data-date="{}"><line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{:.1}" stroke="{TODAY}" stroke-width="2" stroke-dasharray="5,3"/><text x="{lx:.1}" y="{:.1}" text-anchor="middle" fill="{TODAY}">{words}</text></g>"##,
        chart.today,
        SVG_TOP - 16.0,
        frame.bottom + 4.0,
        frame.bottom + 18.0,
    );
}

/// What a legend entry shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Swatch {
    Bar(PhaseState),
    Event(Form, State),
    /// An occurrence held, or to come.
    Recurring {
        held: bool,
    },
    /// A KPI's target, by the KPI's state.
    Target(KpiState),
    Today,
    Link,
    /// A phase's window in the baseline.
    Planned,
    /// A phase the baseline does not have.
    New,
    /// Phases only the baseline has.
    Gone,
}

/// An entry of the legend, placed: its swatches and words (cut where a
/// line is too short for them), at `x` on line `row`.
struct Entry {
    swatches: Vec<Swatch>,
    words: String,
    x: f64,
    row: usize,
}

/// What the legend says of each kind of event in each state, in `lang`.
fn event_words(lang: &Catalog, milestone: bool, state: State) -> String {
    match (milestone, state) {
        (true, State::Done) => lang.text("timeline-milestone-done"),
        (true, State::Coming) => lang.text("timeline-milestone-coming"),
        (true, State::Underway) => lang.text("timeline-milestone-underway"),
        (true, State::Overdue) => lang.text("timeline-milestone-overdue"),
        (true, State::Cancelled) => lang.text("timeline-milestone-cancelled"),
        (false, State::Done) => lang.text("timeline-workshop-done"),
        (false, State::Coming) => lang.text("timeline-workshop-coming"),
        (false, State::Underway) => lang.text("timeline-workshop-underway"),
        (false, State::Overdue) => lang.text("timeline-workshop-overdue"),
        (false, State::Cancelled) => lang.text("timeline-workshop-cancelled"),
    }
}

/// An entry for every mark and colour the chart uses, and for nothing
/// else, in `lang`: the shape tells a milestone (a diamond) from a
/// workshop (a circle, or a strip over a month or a series), the colour
/// where it stands.
fn legend_entries(chart: &Chart, lang: &Catalog) -> Vec<(Vec<Swatch>, String)> {
    let state = |s: PhaseState| chart.lanes.iter().any(|l| l.bar.as_ref().is_some_and(|b| b.state == s));
    let mut entries: Vec<(Vec<Swatch>, String)> = [
        (PhaseState::Done, lang.text("timeline-phase-done")),
        (PhaseState::Active, lang.text("timeline-phase-active")),
        (PhaseState::Upcoming, lang.text("timeline-phase-upcoming")),
    ]
    .into_iter()
    .filter(|(s, _)| state(*s))
    .map(|(s, words)| (vec![Swatch::Bar(s)], words))
    .collect();
    let mut used: Vec<(Form, State)> = Vec::new();
    for m in chart
        .lanes
        .iter()
        .flat_map(|l| &l.events)
        .filter(|m| m.target.is_none())
    {
        let mark = (form_of(m), state_of(m));
        if !used.contains(&mark) {
            used.push(mark);
        }
    }
    let states = [
        State::Done,
        State::Coming,
        State::Underway,
        State::Overdue,
        State::Cancelled,
    ];
    for (milestone, forms) in [
        (true, [Form::Diamond, Form::SpanDiamond]),
        (false, [Form::Circle, Form::Strip]),
    ] {
        for state in states {
            let swatches: Vec<Swatch> = forms
                .iter()
                .filter(|form| used.contains(&(**form, state)))
                .map(|form| Swatch::Event(*form, state))
                .collect();
            if !swatches.is_empty() {
                entries.push((swatches, event_words(lang, milestone, state)));
            }
        }
    }
    let targets: Vec<KpiState> = chart
        .lanes
        .iter()
        .flat_map(|l| &l.events)
        .filter_map(|m| m.target.as_ref().map(|t| t.state))
        .collect();
    for (state, words) in [
        (KpiState::Achieved, lang.text("timeline-kpi-achieved")),
        (KpiState::OnTrack, lang.text("timeline-kpi-on-track")),
        (KpiState::Behind, lang.text("timeline-kpi-behind")),
        (KpiState::Missed, lang.text("timeline-kpi-missed")),
        (KpiState::NoData, lang.text("timeline-kpi-no-data")),
    ] {
        if targets.contains(&state) {
            entries.push((vec![Swatch::Target(state)], words));
        }
    }
    let recurring = |held: bool| chart.lanes.iter().flat_map(|l| &l.recurring).any(|m| m.done == held);
    for (held, words) in [
        (true, lang.text("timeline-recurring-held")),
        (false, lang.text("timeline-recurring-coming")),
    ] {
        if recurring(held) {
            entries.push((vec![Swatch::Recurring { held }], words));
        }
    }
    if (chart.from..=chart.to).contains(&chart.today) {
        entries.push((vec![Swatch::Today], lang.text("timeline-today")));
    }
    if !chart.links.is_empty() {
        entries.push((vec![Swatch::Link], lang.text("timeline-link")));
    }
    if let Some(base) = &chart.base {
        let base = crate::finding::Arg::Whole(base.clone());
        if chart.lanes.iter().any(|l| l.baseline.is_some()) {
            let words = lang.say("timeline-baseline", &args!(base = base.clone()));
            entries.push((vec![Swatch::Planned], words));
        }
        if chart.lanes.iter().any(|l| l.new && l.bar.is_some()) {
            entries.push((vec![Swatch::New], lang.say("timeline-new-phase", &args!(base = base))));
        }
        if !chart.gone.is_empty() {
            entries.push((vec![Swatch::Gone], super::gone_words(chart, lang)));
        }
    }
    entries
}

/// The room a swatch takes in the legend, in pixels.
const SWATCH: f64 = 24.0;

/// The entries left to right, on as many lines as a picture `width`
/// pixels wide needs.
fn legend_layout(entries: Vec<(Vec<Swatch>, String)>, width: f64) -> Vec<Entry> {
    let mut placed = Vec::new();
    let (mut x, mut row) = (20.0, 0);
    let measure = |text: &str| text_width(text, LEGEND_SIZE);
    for (swatches, words) in entries {
        let swatched = SWATCH * swatches.len() as f64;
        if x > 20.0 && x + swatched + measure(&words) > width - 20.0 {
            x = 20.0;
            row += 1;
        }
        let words = fit_px(&words, width - 20.0 - x - swatched, measure);
        let w = swatched + measure(&words);
        placed.push(Entry {
            swatches,
            words,
            x,
            row,
        });
        x += w + 22.0;
    }
    placed
}

/// The legend, its first line at `top`.
fn draw_legend(s: &mut String, entries: &[Entry], top: f64) {
    let _ = writeln!(s, r#"<g class="legend" font-size="{LEGEND_SIZE:.0}">"#);
    for e in entries {
        let ly = top + e.row as f64 * LEGEND_ROW;
        let mut swatches = String::new();
        for (i, swatch) in e.swatches.iter().enumerate() {
            let lx = e.x + i as f64 * SWATCH;
            swatches += &match *swatch {
                Swatch::Bar(state) => format!(
                    r#"<rect x="{lx:.1}" y="{:.1}" width="18" height="10" rx="2" fill="{}"/>"#,
                    ly - 9.0,
                    fill_of(state)
                ),
                Swatch::Event(form, state) => shape(form, state, (lx + 9.0, ly - 4.0), (lx, lx + 18.0), ("", ""), true),
                Swatch::Recurring { held } => format!(
                    r#"<circle cx="{:.1}" cy="{:.1}" r="5" {}/>"#,
                    lx + 9.0,
                    ly - 4.0,
                    recurring_paint(held)
                ),
                Swatch::Target(state) => target_shape(state, (lx + 9.0, ly - 4.0), None, true),
                Swatch::Today => format!(
                    r#"<line x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{TODAY}" stroke-width="2" stroke-dasharray="5,3"/>"#,
                    lx + 9.0,
                    ly - 12.0,
                    lx + 9.0,
                    ly + 2.0
                ),
                Swatch::Planned => format!(
                    r#"<rect x="{lx:.1}" y="{:.1}" width="18" height="{PLANNED_HEIGHT:.0}" rx="2" fill="{PLANNED_FILL}"/>"#,
                    ly - 4.0 - PLANNED_HEIGHT / 2.0
                ),
                Swatch::New => format!(
                    r##"<text x="{:.1}" y="{ly:.1}" text-anchor="middle" font-size="{PLANNED_SIZE:.0}" fill="{PLANNED_TEXT}">+</text>"##,
                    lx + 9.0
                ),
                Swatch::Gone => format!(
                    r##"<text x="{:.1}" y="{ly:.1}" text-anchor="middle" font-size="{PLANNED_SIZE:.0}" fill="{PLANNED_TEXT}">−</text>"##,
                    lx + 9.0
                ),
                Swatch::Link => format!(
                    r#"<path d="M{lx:.1} {:.1} L{:.1} {:.1}" fill="none" stroke="{LINK}" stroke-width="1.2" marker-end="url(#{ARROW_ID})"/>"#,
                    ly - 4.0,
                    lx + 18.0,
                    ly - 4.0
                ),
            };
        }
        let _ = writeln!(
            s,
            r##"<g class="entry">{swatches}<text x="{:.1}" y="{ly:.1}" fill="#333">{}</text></g>"##,
            e.x + SWATCH * e.swatches.len() as f64,
            xml(&e.words)
        );
    }
    let _ = writeln!(s, "</g>");
}
