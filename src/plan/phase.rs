//! `[[phase]]`: a stage of the programme with a window of dates.

use super::{Entry, Header, Item, Kind, Section, Spanned};
use crate::date::PlanDate;
use crate::load::{Fields, Months};

#[derive(Clone, Debug, Default)]
pub struct Phase {
    pub header: Header,
    pub start: Option<Spanned<PlanDate>>,
    pub end: Option<Spanned<PlanDate>>,
    /// Stated length in calendar months.
    pub months: Option<Spanned<Months>>,
    pub summary: Option<Spanned<String>>,
    pub activities: Vec<Spanned<String>>,
}

impl Section for Phase {
    fn read(f: &mut Fields<'_, '_, '_>) -> Phase {
        let id = f.id();
        let name = f.required("name", "The phase's name.");
        let start = f.optional(
            "start",
            "First month (`YYYY-MM`, its first day) or day. Optional with `after` or `end` + `months`.",
        );
        let end = f.optional(
            "end",
            "Last month (`YYYY-MM`, its last day) or day. Optional with `months`.",
        );
        let months = f.optional(
            "months",
            "Stated length in calendar months, counting both end months; checked against the window.",
        );
        let after = f.after("Ids this phase follows: it starts the day after the latest of them ends.");
        let allow = f.allow("Finding codes (warnings and notes) accepted for this item: not shown, not counted, not failing `--strict`.");
        Phase {
            header: Header {
                id,
                name,
                phase: None,
                after,
                allow,
                ..Header::default()
            },
            start,
            end,
            months,
            summary: f.optional("summary", "What the phase is for, in a sentence."),
            activities: f.list("activities", "Its main activities."),
        }
    }
}

impl Entry for Phase {
    fn header(&self) -> &Header {
        &self.header
    }
}

impl Item for Phase {
    const KIND: Kind = Kind::Phase;
    const DOC: &'static str = "The stages of the programme, each with a window of dates.";

    fn header_mut(&mut self) -> &mut Header {
        &mut self.header
    }
}
