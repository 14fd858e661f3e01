//! `[[workshop]]`: a workshop, an interview series, a launch — an event
//! with an audience, who leads it, how it is delivered and what it is for.

use super::{Entry, Header, Item, Kind, Mode, Section, Spanned, Status, When};
use crate::date::PlanDate;
use crate::load::Fields;

#[derive(Clone, Debug, Default)]
pub struct Workshop {
    pub header: Header,
    pub date: Option<Spanned<PlanDate>>,
    /// The last day of a series (interviews over weeks).
    pub end: Option<Spanned<PlanDate>>,
    pub activity: Option<Spanned<String>>,
    pub audience: Vec<Spanned<String>>,
    pub led_by: Vec<Spanned<String>>,
    pub mode: Option<Spanned<Mode>>,
    pub objective: Option<Spanned<String>>,
    pub status: Option<Spanned<Status>>,
}

impl Section for Workshop {
    fn read(f: &mut Fields<'_, '_, '_>) -> Workshop {
        let id = f.id();
        let name = f.required("title", "The workshop's title.");
        let date = f.required(
            "date",
            "Its day (`YYYY-MM-DD`) or month (`YYYY-MM`); the first day of a series.",
        );
        let end = f.optional("end", "The last day of a series (interviews over weeks).");
        let phase = f.phase("The phase it belongs to. Default: the phase whose window holds the date.");
        let activity = f.optional("activity", "The activity it serves.");
        let audience = f.list("audience", "Who takes part.");
        let led_by = f.list("led_by", "Who leads it.");
        let mode = f.optional("mode", "How it is delivered.");
        let objective = f.optional("objective", "What it is for.");
        let status = f.optional("status", "Where it stands. Default: `planned`.");
        let after = f.after("Ids it follows: it may not start before they end.");
        let allow = f.allow("Finding codes (warnings and notes) accepted for this item: not shown, not counted, not failing `--strict`.");
        Workshop {
            header: Header {
                id,
                name,
                phase,
                after,
                allow,
                ..Header::default()
            },
            date,
            end,
            activity,
            audience,
            led_by,
            mode,
            objective,
            status,
        }
    }
}

impl Entry for Workshop {
    fn header(&self) -> &Header {
        &self.header
    }

    fn when(&self) -> Option<When<'_>> {
        Some(When {
            date: self.date.as_ref()?,
            end: self.end.as_ref(),
        })
    }

    fn status_key(&self) -> Option<&Option<Spanned<Status>>> {
        Some(&self.status)
    }
}

impl Item for Workshop {
    const KIND: Kind = Kind::Workshop;
    const DOC: &'static str = "Workshops, interviews, launches: events with an audience and an objective.";

    fn header_mut(&mut self) -> &mut Header {
        &mut self.header
    }
}
