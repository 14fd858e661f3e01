//! `[[recurring]]`: a meeting that repeats every few months inside one phase.

use super::{Entry, Header, Item, Kind, Mode, Section, Spanned};
use crate::date::PlanDate;
use crate::load::{Fields, Interval};

#[derive(Clone, Debug, Default)]
pub struct Recurring {
    pub header: Header,
    /// Calendar months between occurrences.
    pub every_months: Option<Spanned<Interval>>,
    /// The first occurrence; by default the phase start plus `every_months`.
    pub first: Option<Spanned<PlanDate>>,
    pub audience: Vec<Spanned<String>>,
    pub led_by: Vec<Spanned<String>>,
    pub mode: Option<Spanned<Mode>>,
    pub objective: Option<Spanned<String>>,
    /// Whether its occurrences are the programme's review sessions, the
    /// ones `icc report` counts its period from (design.md, "Diff and
    /// report").
    pub review: Option<Spanned<bool>>,
}

impl Section for Recurring {
    fn read(f: &mut Fields<'_, '_, '_>) -> Recurring {
        let id = f.id();
        let name = f.required("title", "The meeting's title.");
        let phase = f.required_phase("The phase it repeats in; its occurrences stay inside the phase's window.");
        let every_months = f.required("every_months", "How many months apart its occurrences are.");
        let allow = f.allow("Finding codes (warnings and notes) accepted for this item: not shown, not counted, not failing `--strict`.");
        Recurring {
            header: Header {
                id,
                name,
                phase,
                after: Vec::new(),
                allow,
                ..Header::default()
            },
            every_months,
            first: f.optional(
                "first",
                "Its first occurrence. Default: the phase's start plus `every_months`.",
            ),
            audience: f.list("audience", "Who takes part."),
            led_by: f.list("led_by", "Who leads it."),
            mode: f.optional("mode", "How it is delivered."),
            objective: f.optional("objective", "What it is for."),
            review: f.optional(
                "review",
                "Whether its occurrences are the programme's review sessions: `icc report` counts its period from the previous one.",
            ),
        }
    }
}

impl Entry for Recurring {
    fn header(&self) -> &Header {
        &self.header
    }
}

impl Item for Recurring {
    const KIND: Kind = Kind::Recurring;
    const DOC: &'static str = "Meetings that repeat every few months inside one phase.";

    fn header_mut(&mut self) -> &mut Header {
        &mut self.header
    }
}
