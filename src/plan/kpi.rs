//! `[[kpi]]`: a performance indicator, with its baseline, its target and
//! what was measured (design.md, section 1).

use std::ops::Range;

use super::{Direction, Entry, Header, Item, Kind, Section, Spanned};
use crate::date::PlanDate;
use crate::load::{Fields, Number};

/// A KPI as written.
#[derive(Clone, Debug, Default)]
pub struct Kpi {
    pub header: Header,
    /// What its values count: free text; `%` also bounds them to 0..100.
    pub unit: Option<Spanned<String>>,
    pub direction: Option<Spanned<Direction>>,
    pub baseline: Option<Spanned<Point>>,
    pub target: Option<Spanned<Point>>,
    /// In the order written.
    pub measurements: Vec<Spanned<Point>>,
}

impl Kpi {
    /// Its direction: `increase` unless it says otherwise.
    pub fn direction(&self) -> Direction {
        self.direction.as_ref().map(|d| *d.get_ref()).unwrap_or_default()
    }

    /// Whether its unit is a percentage, whose values lie in 0..100.
    pub fn is_percentage(&self) -> bool {
        self.unit.as_ref().is_some_and(|unit| unit.get_ref().trim() == "%")
    }
}

/// A value on a date (`{ value = 12, date = "2021-03" }`): a baseline, a
/// target or a measurement. Either may be missing (already reported).
#[derive(Clone, Debug, Default)]
pub struct Point {
    pub value: Option<Spanned<Number>>,
    pub date: Option<Spanned<PlanDate>>,
}

impl Point {
    /// Both its value and its date, if both were read.
    pub fn reading(&self) -> Option<crate::kpi::Reading> {
        Some(crate::kpi::Reading {
            value: self.value.as_ref()?.get_ref().0,
            date: *self.date.as_ref()?.get_ref(),
        })
    }

    /// Where its date is written, else `fallback`.
    pub fn date_span(&self, fallback: Range<usize>) -> Range<usize> {
        self.date.as_ref().map_or(fallback, |date| date.span())
    }
}

impl Section for Point {
    fn read(f: &mut Fields<'_, '_, '_>) -> Point {
        let value = f.required("value", "The value: a number, in the KPI's unit.");
        let date = f.required("date", "Its day (`YYYY-MM-DD`) or month (`YYYY-MM`).");
        Point { value, date }
    }
}

impl Section for Kpi {
    fn read(f: &mut Fields<'_, '_, '_>) -> Kpi {
        let id = f.id();
        let name = f.required("name", "What it measures, in the plan's language.");
        let unit = f.required(
            "unit",
            "What its values count (`%`, `seturi de date`, `zile`); `%` bounds them to 0..100.",
        );
        let phase = f.phase("The phase that delivers it.");
        let direction = f.optional(
            "direction",
            "`increase` (the default) if higher is better, `decrease` if lower is.",
        );
        let baseline = f.inline(
            "baseline",
            "Where it starts: `{ value = 12, date = \"2021-03\" }`.",
            "{ value = 12, date = \"2021-03\" }",
            true,
        );
        let target = f.inline(
            "target",
            "What it should reach, and by when: `{ value = 60, date = \"2022-07\" }`.",
            "{ value = 60, date = \"2022-07\" }",
            true,
        );
        let measurements = f.inline_list(
            "measurements",
            "What was measured: `[{ date = \"2021-10\", value = 25 }, …]`; `icc record` appends here.",
            "[{ date = \"2021-10\", value = 25 }]",
        );
        let allow = f.allow("Finding codes (warnings and notes) accepted for this item: not shown, not counted, not failing `--strict`.");
        Kpi {
            header: Header {
                id,
                name,
                phase,
                allow,
                ..Header::default()
            },
            unit,
            direction,
            baseline,
            target,
            measurements,
        }
    }
}

impl Entry for Kpi {
    fn header(&self) -> &Header {
        &self.header
    }
}

impl Item for Kpi {
    const KIND: Kind = Kind::Kpi;
    const DOC: &'static str = "Performance indicators: a baseline, a target and what was measured.";

    fn header_mut(&mut self) -> &mut Header {
        &mut self.header
    }
}
