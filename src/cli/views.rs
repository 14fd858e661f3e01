//! `icc status`, `icc phases`, `icc workshops`, `icc milestones`, `icc
//! agenda`: where the programme stands on a day and what is ahead of it, as
//! tables for people or JSON for scripts.

use chrono::NaiveDate;
use clap::ValueEnum;

use super::base::Base;
use super::help::Reason;
use super::{Context, Error, Outcome};
use crate::date::PlanDate;
use crate::lang::{Catalog, args};
use crate::plan::{Mode, Status};
use crate::status::{self, EventView, When};
use crate::table::{self, Layout};

// `icc status` and `icc phases`: how to print, and the baseline to compare
// the phases with. (Not a doc comment: clap would make it help text, which
// comes from the catalogues alone.)
#[derive(Debug, clap::Args)]
pub struct ViewArgs {
    #[arg(long, value_enum, default_value_t = ViewFormat::Human)]
    pub format: ViewFormat,

    #[arg(long, value_name = "BASE")]
    pub baseline: Option<String>,
}

// The lists (`workshops`, `milestones`, `agenda`): how to print.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t = ViewFormat::Human)]
    pub format: ViewFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
    #[value(alias = "table", alias = "text")]
    Human,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct WorkshopsArgs {
    #[arg(long, value_name = "ID")]
    pub phase: Option<String>,

    #[arg(long, conflicts_with = "past")]
    pub upcoming: bool,

    #[arg(long)]
    pub past: bool,

    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<Status>,

    #[arg(long, value_enum, value_name = "MODE")]
    pub mode: Option<Mode>,

    #[arg(long, value_name = "TEXT", value_parser = parse_search)]
    pub audience: Option<String>,

    #[arg(long, value_name = "TEXT", value_parser = parse_search)]
    pub led_by: Option<String>,

    #[arg(long, value_enum, default_value_t = SortKey::Date)]
    pub sort: SortKey,

    #[command(flatten)]
    pub view: ListArgs,
}

#[derive(Debug, clap::Args)]
pub struct MilestonesArgs {
    #[arg(long, value_name = "ID")]
    pub phase: Option<String>,

    #[arg(long, conflicts_with = "past")]
    pub upcoming: bool,

    #[arg(long)]
    pub past: bool,

    #[arg(long, value_enum, value_name = "STATUS")]
    pub status: Option<Status>,

    #[arg(long, value_enum, default_value_t = SortKey::Date)]
    pub sort: SortKey,

    #[command(flatten)]
    pub view: ListArgs,
}

/// Text to look for in a list's entries: empty (or only spaces), it would
/// keep every workshop, which is not what a filter is for.
fn parse_search(text: &str) -> Result<String, Reason> {
    if text.trim().is_empty() {
        Err(Reason::new("views-empty-filter", args!()))
    } else {
        Ok(text.to_owned())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    Date,
    Title,
    Phase,
    File,
    Id,
}

/// What a list of events keeps, from its flags.
struct Filters<'a> {
    /// The events, in a sentence: `workshops`.
    noun: Noun,
    phase: Option<&'a str>,
    upcoming: bool,
    past: bool,
    status: Option<Status>,
    mode: Option<Mode>,
    audience: Option<&'a str>,
    led_by: Option<&'a str>,
}

/// What a list lists.
#[derive(Clone, Copy)]
enum Noun {
    Workshops,
    Milestones,
}

impl Filters<'_> {
    fn keeps(&self, event: &EventView) -> bool {
        let any = |entries: &[String], part: Option<&str>| {
            part.is_none_or(|part| entries.iter().any(|entry| crate::text::contains_folded(entry, part)))
        };
        (self.phase.is_none() || event.phase.as_deref() == self.phase)
            && (!self.upcoming || event.when != When::Past)
            && (!self.past || event.when == When::Past)
            && self.status.is_none_or(|s| event.status == Some(s))
            && self.mode.is_none_or(|m| event.mode == Some(m))
            && any(&event.audience, self.audience)
            && any(&event.led_by, self.led_by)
    }

    /// What an empty list says: which filters left nothing (`No upcoming
    /// workshops in phase `roadmap` with status `done``), or that the plan
    /// has none.
    fn nothing(&self, lang: &Catalog, width: u16) -> String {
        let when = if self.upcoming {
            "upcoming"
        } else if self.past {
            "past"
        } else {
            "all"
        };
        let mut line = match self.noun {
            Noun::Workshops => lang.say("views-none-workshops", &args!(when = when)),
            Noun::Milestones => lang.say("views-none-milestones", &args!(when = when)),
        };
        let mut said = Vec::new();
        if let Some(phase) = self.phase {
            said.push(lang.say("views-filter-phase", &args!(phase = phase)));
        }
        if let Some(status) = self.status {
            said.push(lang.say("views-filter-status", &args!(status = status.as_str())));
        }
        if let Some(mode) = self.mode {
            said.push(lang.say("views-filter-mode", &args!(mode = mode.as_str())));
        }
        if let Some(audience) = self.audience {
            said.push(lang.say("views-filter-audience", &args!(text = audience)));
        }
        if let Some(led_by) = self.led_by {
            said.push(lang.say("views-filter-led-by", &args!(text = led_by)));
        }
        if said.is_empty() && when == "all" {
            said.push(lang.text("views-filter-plan"));
        }
        if !said.is_empty() {
            line.push(' ');
            line += &said.join(&lang.text("views-filter-join"));
        }
        table::sentence(&line, usize::from(width))
    }
}

/// The phase `--phase` names, if it is one of the plan's: an id that is
/// not is an error (exit 2) that lists them.
fn known_phase(shown: &super::Shown, phase: Option<&str>, lang: &Catalog) -> Result<(), Error> {
    let phase_ids = shown.plan.ids(crate::plan::Kind::Phase);
    match phase {
        Some(phase) if !phase_ids.contains(&phase) => {
            let safe = |text: &str| crate::text::printable(text).into_owned();
            let listed: Vec<String> = phase_ids.iter().map(|id| safe(id)).collect();
            let said = lang.say("views-unknown-phase", &args!(phase = phase, plan = &shown.source.name));
            // The ids whole, however many: the list is what to choose from.
            Err(Error::UnknownId(format!("{said} {}", listed.join(", "))))
        }
        _ => Ok(()),
    }
}

/// Events filtered and put in order.
fn listed(mut events: Vec<EventView>, filters: &Filters<'_>, sort: SortKey, shown: &super::Shown) -> Vec<EventView> {
    events.retain(|e| filters.keeps(e));
    match sort {
        SortKey::Date => status::by_date(&mut events),
        SortKey::Title => status::by_title(&mut events),
        SortKey::Phase => status::by_phase(&mut events, &shown.plan, &shown.resolved),
        SortKey::Id => events.sort_by(|a, b| a.id.cmp(&b.id)),
        SortKey::File => {}
    }
    events
}

fn json(value: &impl serde::Serialize) -> String {
    crate::text::json(value)
}

fn layout<'a>(cx: &'a Context<'_>) -> Layout<'a> {
    Layout {
        width: cx.width,
        color: cx.color.stdout,
        lang: &cx.lang,
    }
}

/// An earlier plan to compare with (`--baseline BASE`): where it came
/// from, and its phases as on the day icc computes for.
pub(super) struct Against {
    pub base: Base,
    pub phases: Vec<status::PhaseView>,
}

impl Against {
    pub fn label(&self) -> String {
        self.base.named()
    }

    pub fn json(&self) -> serde_json::Value {
        self.base.json()
    }
}

/// Reads BASE and checks it ([`Context::baseline`]): what resolved of it
/// is the baseline, whatever its findings.
pub(super) fn against(base: &str, cx: &mut Context<'_>) -> Result<Against, Error> {
    let today = cx.today;
    let baseline = cx.baseline(base, today)?;
    Ok(Against {
        phases: status::phases(&baseline.plan, &baseline.resolved, today),
        base: baseline.base,
    })
}

/// The baseline's phases the plan no longer has, in a sentence under the
/// table; nothing if there are none.
fn gone(phases: &[status::PhaseView], against: &Against, cx: &Context<'_>) -> String {
    let gone = status::gone(phases, &against.phases);
    if gone.is_empty() {
        return String::new();
    }
    let ids: Vec<String> = gone.iter().map(|id| crate::text::printable(id).into_owned()).collect();
    let said = cx.lang.say(
        "views-slip-gone",
        &crate::lang::args!(count = ids.len(), ids = crate::finding::Arg::Whole(ids.join(", "))),
    );
    table::sentence(&said, usize::from(cx.width))
}

pub fn status(args: &ViewArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let against = args
        .baseline
        .as_deref()
        .map(|base| self::against(base, cx))
        .transpose()?;
    let mut view = status::status(&shown.plan, &shown.resolved, shown.summary, cx.today);
    if let Some(against) = &against {
        status::against(&mut view.items.phases, &against.phases);
    }
    let stdout = match (args.format, &against) {
        (ViewFormat::Json, None) => json(&view),
        (ViewFormat::Json, Some(against)) => {
            // The view's keys, then the baseline's.
            let mut value = serde_json::to_value(&view).unwrap_or_default();
            if let Some(object) = value.as_object_mut() {
                object.insert("baseline".to_owned(), against.json());
                object.insert(
                    "removed_phases".to_owned(),
                    serde_json::json!(status::gone(&view.items.phases, &against.phases)),
                );
            }
            json(&value)
        }
        (ViewFormat::Human, against) => {
            let base = against.as_ref().map(Against::label);
            let events = status::events(&shown.plan, &view);
            table::status(&view, &events, base.as_deref(), layout(cx))
                + &against
                    .as_ref()
                    .map_or_else(String::new, |a| gone(&view.items.phases, a, cx))
        }
    };
    // The headline and the JSON count the plan's errors themselves.
    Ok(shown.outcome(stdout, true))
}

pub fn phases(args: &ViewArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let against = args
        .baseline
        .as_deref()
        .map(|base| self::against(base, cx))
        .transpose()?;
    let mut phases = status::phases(&shown.plan, &shown.resolved, cx.today);
    if let Some(against) = &against {
        status::against(&mut phases, &against.phases);
    }
    let stdout = match (args.format, &against) {
        (ViewFormat::Json, None) => json(&serde_json::json!({ "today": cx.today, "phases": phases })),
        (ViewFormat::Json, Some(against)) => json(&serde_json::json!({
            "today": cx.today,
            "phases": phases,
            "baseline": against.json(),
            "removed_phases": status::gone(&phases, &against.phases),
        })),
        (ViewFormat::Human, against) => {
            let base = against.as_ref().map(Against::label);
            table::phases(&phases, base.as_deref(), layout(cx))
                + &against.as_ref().map_or_else(String::new, |a| gone(&phases, a, cx))
        }
    };
    Ok(shown.outcome(stdout, false))
}

pub fn workshops(args: &WorkshopsArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    known_phase(&shown, args.phase.as_deref(), &cx.lang)?;
    let filters = Filters {
        noun: Noun::Workshops,
        phase: args.phase.as_deref(),
        upcoming: args.upcoming,
        past: args.past,
        status: args.status,
        mode: args.mode,
        audience: args.audience.as_deref(),
        led_by: args.led_by.as_deref(),
    };
    let all = status::workshops(&shown.plan, &shown.resolved, cx.today);
    let workshops = listed(all, &filters, args.sort, &shown);
    let stdout = match args.view.format {
        ViewFormat::Json => json(&serde_json::json!({ "today": cx.today, "workshops": workshops })),
        ViewFormat::Human if workshops.is_empty() => filters.nothing(&cx.lang, cx.width),
        ViewFormat::Human => table::workshops(&workshops, layout(cx)),
    };
    Ok(shown.outcome(stdout, false))
}

pub fn milestones(args: &MilestonesArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    known_phase(&shown, args.phase.as_deref(), &cx.lang)?;
    let filters = Filters {
        noun: Noun::Milestones,
        phase: args.phase.as_deref(),
        upcoming: args.upcoming,
        past: args.past,
        status: args.status,
        mode: None,
        audience: None,
        led_by: None,
    };
    let all = status::milestones(&shown.plan, &shown.resolved, cx.today);
    let milestones = listed(all, &filters, args.sort, &shown);
    let stdout = match args.view.format {
        ViewFormat::Json => json(&serde_json::json!({ "today": cx.today, "milestones": milestones })),
        ViewFormat::Human if milestones.is_empty() => filters.nothing(&cx.lang, cx.width),
        ViewFormat::Human => table::milestones(&milestones, layout(cx)),
    };
    Ok(shown.outcome(stdout, false))
}

/// How far ahead `--next` looks: a number of days, weeks or calendar
/// months. Typed with a `-` (`-5d`), it is read, so that icc can say what
/// to type instead: a window runs forward from today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ahead {
    count: u32,
    unit: Unit,
    back: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Days,
    Weeks,
    Months,
}

impl Ahead {
    /// The last day of the `count` days, weeks or months that start on
    /// `today` (today is the first of them): `1w` on a Monday ends on
    /// Sunday, `1m` on 2021-01-31 on 2021-02-27, a month that counts back
    /// as one (`date::Length`). Beyond the calendar, its last day.
    fn last_day(self, today: NaiveDate) -> NaiveDate {
        let after = match self.unit {
            Unit::Days => today.checked_add_days(chrono::Days::new(u64::from(self.count))),
            Unit::Weeks => today.checked_add_days(chrono::Days::new(7 * u64::from(self.count))),
            Unit::Months => crate::date::add_months(today, self.count),
        };
        after
            .and_then(|day| day.pred_opt())
            .map_or(crate::date::LAST_DAY, |day| day.min(crate::date::LAST_DAY))
    }

    /// The first day of the `count` days, weeks or months that end on
    /// `today` (today is the last of them): what `--next -5d` would have
    /// meant looking back. Before the calendar, its first day.
    fn first_day(self, today: NaiveDate) -> NaiveDate {
        let before = match self.unit {
            Unit::Days => today.checked_sub_days(chrono::Days::new(u64::from(self.count))),
            Unit::Weeks => today.checked_sub_days(chrono::Days::new(7 * u64::from(self.count))),
            Unit::Months => crate::date::sub_months(today, self.count),
        };
        before
            .and_then(|day| day.succ_opt())
            .map_or(crate::date::FIRST_DAY, |day| day.max(crate::date::FIRST_DAY))
    }

    /// As typed: `5d`, `2w`, `1m`.
    fn spelt(self) -> String {
        let unit = match self.unit {
            Unit::Days => 'd',
            Unit::Weeks => 'w',
            Unit::Months => 'm',
        };
        format!("{}{}{unit}", if self.back { "-" } else { "" }, self.count)
    }
}

fn parse_ahead(text: &str) -> Result<Ahead, Reason> {
    let wrong = || Reason::new("views-not-a-span", args!(text = text));
    // `--next` takes a value that starts with `-` (`-5d`), so it would
    // take the next flag too.
    if text.starts_with("--") {
        return Err(Reason::new("views-span-is-a-flag", args!(text = text)));
    }
    let (back, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (number, unit) = text.split_at(text.len().saturating_sub(1));
    let unit = match unit {
        "d" => Unit::Days,
        "w" => Unit::Weeks,
        "m" => Unit::Months,
        _ => return Err(wrong()),
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(wrong());
    }
    let count: u32 = number
        .parse()
        .map_err(|_| Reason::new("views-span-too-long", args!(text = text)))?;
    if count == 0 {
        let unit = &text[text.len() - 1..];
        return Err(Reason::new("views-span-zero", args!(text = text, unit = unit)));
    }
    Ok(Ahead { count, unit, back })
}

/// What `--kind` takes: the kinds of agenda entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum AgendaKind {
    Workshop,
    Milestone,
    Meeting,
    Phase,
}

/// Reads a kind of `--kind` as clap reads any value of the enum (its
/// possible values in help and completions, a near one suggested), but an
/// empty one (`workshop,,phase`, or a comma at an end) is said to be empty,
/// with the kinds there are, not as a value missing.
#[derive(Clone, Copy, Debug)]
struct KindParser;

impl clap::builder::TypedValueParser for KindParser {
    type Value = AgendaKind;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<AgendaKind, clap::Error> {
        if value.is_empty() {
            let kinds: Vec<String> = AgendaKind::value_variants()
                .iter()
                .filter_map(|kind| kind.to_possible_value())
                .map(|value| value.get_name().to_owned())
                .collect();
            let empty = move |_: &str| -> Result<AgendaKind, Reason> {
                Err(Reason::new("views-empty-kind", args!(kinds = kinds.join(", "))))
            };
            return empty.parse_ref(cmd, arg, value);
        }
        clap::builder::EnumValueParser::<AgendaKind>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            AgendaKind::value_variants()
                .iter()
                .filter_map(ValueEnum::to_possible_value),
        ))
    }
}

impl From<AgendaKind> for status::AgendaKind {
    fn from(kind: AgendaKind) -> status::AgendaKind {
        match kind {
            AgendaKind::Workshop => status::AgendaKind::Workshop,
            AgendaKind::Milestone => status::AgendaKind::Milestone,
            AgendaKind::Meeting => status::AgendaKind::Meeting,
            AgendaKind::Phase => status::AgendaKind::Phase,
        }
    }
}

#[derive(Debug, clap::Args)]
pub struct AgendaArgs {
    #[arg(
        long,
        value_name = "SPAN",
        value_parser = parse_ahead,
        allow_hyphen_values = true,
        conflicts_with_all = ["from", "to"]
    )]
    pub next: Option<Ahead>,

    #[arg(long, value_name = "DATE", value_parser = super::parse_plan_date)]
    pub from: Option<PlanDate>,

    #[arg(long, value_name = "DATE", value_parser = super::parse_plan_date)]
    pub to: Option<PlanDate>,

    #[arg(long, value_parser = KindParser, value_delimiter = ',', value_name = "KIND")]
    pub kind: Vec<AgendaKind>,

    #[command(flatten)]
    pub view: ListArgs,
}

pub fn agenda(args: &AgendaArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let today = cx.today;
    if let Some(ahead) = args.next.filter(|ahead| ahead.back) {
        let unit = match ahead.unit {
            Unit::Days => "day",
            Unit::Weeks => "week",
            Unit::Months => "month",
        };
        let from = PlanDate::Day(ahead.first_day(today));
        let to = PlanDate::Day(today);
        let said = args!(
            next = ahead.spelt(),
            unit = unit,
            count = ahead.count,
            from = from,
            to = to
        );
        return Err(Error::Usage(cx.lang.say("views-next-back", &said)));
    }
    let from = args.from.map_or(today, PlanDate::first);
    let to = match (args.next, args.to) {
        (Some(ahead), _) => Some(ahead.last_day(today)),
        (None, to) => to.map(PlanDate::last),
    };
    if let Some(to) = to
        && to < from
    {
        // As typed: a month stays a month.
        let to = args.to.unwrap_or(PlanDate::Day(to));
        return Err(Error::Usage(match args.from {
            Some(from) => cx.lang.say("views-to-before-from", &args!(to = to, from = from)),
            None => cx
                .lang
                .say("views-to-before-today", &args!(to = to, today = PlanDate::Day(today))),
        }));
    }
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let mut kinds: Vec<status::AgendaKind> = Vec::new();
    for &kind in &args.kind {
        if !kinds.contains(&kind.into()) {
            kinds.push(kind.into());
        }
    }
    let span = status::Span { from, to };
    let agenda = status::agenda(&shown.plan, &shown.resolved, today, span, &kinds);
    let stdout = match args.view.format {
        ViewFormat::Json => json(&agenda),
        ViewFormat::Human => table::agenda(&agenda, &kinds, layout(cx)),
    };
    Ok(shown.outcome(stdout, false))
}
