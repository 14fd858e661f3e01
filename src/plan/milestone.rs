//! `[[milestone]]`: a point in time that marks what a phase delivers.

use super::{Entry, Header, Item, Kind, Section, Spanned, Status, When};
use crate::date::PlanDate;
use crate::load::Fields;

#[derive(Clone, Debug, Default)]
pub struct Milestone {
    pub header: Header,
    pub date: Option<Spanned<PlanDate>>,
    pub status: Option<Spanned<Status>>,
}

impl Section for Milestone {
    fn read(f: &mut Fields<'_, '_, '_>) -> Milestone {
        let id = f.id();
        let name = f.required("name", "What is reached.");
        let date = f.required("date", "Its day (`YYYY-MM-DD`) or month (`YYYY-MM`).");
        let phase = f.phase("The phase it belongs to; it must fall inside its window.");
        let status = f.optional("status", "Where it stands. Default: `planned`.");
        let after = f.after("Ids it follows: it may not come before they end.");
        let allow = f.allow("Finding codes (warnings and notes) accepted for this item: not shown, not counted, not failing `--strict`.");
        Milestone {
            header: Header {
                id,
                name,
                phase,
                after,
                allow,
                ..Header::default()
            },
            date,
            status,
        }
    }
}

impl Entry for Milestone {
    fn header(&self) -> &Header {
        &self.header
    }

    fn when(&self) -> Option<When<'_>> {
        Some(When {
            date: self.date.as_ref()?,
            end: None,
        })
    }

    fn status_key(&self) -> Option<&Option<Spanned<Status>>> {
        Some(&self.status)
    }
}

impl Item for Milestone {
    const KIND: Kind = Kind::Milestone;
    const DOC: &'static str = "Points in time that mark what a phase delivers.";

    fn header_mut(&mut self) -> &mut Header {
        &mut self.header
    }
}
