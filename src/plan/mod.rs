//! The plan as the file states it: plain structs, each value with the byte
//! range it came from. Nothing here is derived; see `resolve` for that.
//!
//! Each kind of item is described once, in its own file: its struct and
//! the function that reads it from a TOML table ([`Section::read`]). That
//! function *is* the description: the loader runs it to read a plan, and
//! runs it on nothing to learn the keys of the kind, their types and their
//! documentation, from which come the list that unknown keys are checked
//! against and the JSON Schema (`schema`). What every item has — where it
//! is, its id and name, the phase it names, what it follows — is its
//! [`Header`], which the later stages reach through [`Plan::header`]
//! without knowing the kind.
//!
//! A required field that is missing or malformed is `None` here (the loader
//! has already reported it), so the later stages go on with the rest of the
//! plan without reporting the same problem twice.

mod check;
mod kpi;
mod milestone;
mod phase;
mod project;
mod recurring;
mod workshop;

use std::ops::Range;

pub use check::Check;
pub use kpi::{Kpi, Point};
pub use milestone::Milestone;
pub use phase::Phase;
pub use project::Project;
pub use recurring::Recurring;
pub use toml::Spanned;
pub use workshop::Workshop;

use crate::date::PlanDate;
use crate::load::Fields;

/// The kinds of item a plan holds, each an array of tables (`[[phase]]`).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, strum::IntoStaticStr, strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum Kind {
    Phase,
    Milestone,
    Workshop,
    Recurring,
    Kpi,
}

impl Kind {
    /// The kind as scripts see it (`workshop`), and the key of its tables.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The key of the kind's tables in the file: `[[workshop]]`.
    pub fn key(self) -> &'static str {
        self.as_str()
    }
}

/// One item of the plan: its kind and its place among the items of that kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemRef {
    pub kind: Kind,
    pub index: usize,
}

impl ItemRef {
    pub fn new(kind: Kind, index: usize) -> ItemRef {
        ItemRef { kind, index }
    }
}

/// What every item has.
#[derive(Clone, Debug, Default)]
pub struct Header {
    /// The item's table header (`[[workshop]]`), or the inline table.
    pub span: Range<usize>,
    /// From the header to the end of the last value in the table, its
    /// sub-tables (`[workshop.extra]`) included: where the table's text
    /// ends, for edits that add a table after it.
    pub extent: Range<usize>,
    /// The end of the table's own last key and value, before any sub-table:
    /// where an edit adds a key.
    pub keys_end: usize,
    pub id: Option<Spanned<String>>,
    /// Its `name` or `title`.
    pub name: Option<Spanned<String>>,
    /// The phase it names (`phase = "…"`), for kinds that have one.
    pub phase: Option<Spanned<String>>,
    /// The ids it follows (finish-to-start), as written.
    pub after: Vec<Spanned<String>>,
    /// A field was present but could not be read; rules that would only
    /// repeat that problem stay quiet about this item.
    pub broken: bool,
    /// Finding codes accepted on this item (`allow`): findings of these
    /// codes that point into its table are not shown and do not count.
    pub allow: Vec<Spanned<crate::finding::Code>>,
}

impl Header {
    /// The item's id for a message, if it has one.
    pub fn id(&self) -> Option<&str> {
        self.id.as_ref().map(|id| id.get_ref().as_str())
    }

    /// The item's id, or `?` if it has none (already reported).
    pub fn id_or_unknown(&self) -> &str {
        self.id().unwrap_or("?")
    }

    /// Where to point at the item: its id, else its header.
    pub fn id_span(&self) -> Range<usize> {
        self.id.as_ref().map_or(self.span.clone(), |id| id.span())
    }
}

/// When an event is: its date and, for a series, the day it ends.
#[derive(Clone, Copy, Debug)]
pub struct When<'a> {
    pub date: &'a Spanned<PlanDate>,
    pub end: Option<&'a Spanned<PlanDate>>,
}

impl When<'_> {
    pub fn first(&self) -> PlanDate {
        *self.date.get_ref()
    }

    /// The end as stated, or the date.
    pub fn last(&self) -> PlanDate {
        self.end.map_or(*self.date.get_ref(), |end| *end.get_ref())
    }
}

/// A table of the plan that reads itself: `[project]`, an item, the plan.
pub trait Section: Sized {
    /// Reads the table through `fields`, asking for each key it knows (in
    /// the order of the schema), with its type and documentation.
    fn read(fields: &mut Fields<'_, '_, '_>) -> Self;
}

/// What the later stages ask of an item of any kind.
pub trait Entry {
    fn header(&self) -> &Header;

    /// When the item happens, for events; `None` for phases and meetings.
    fn when(&self) -> Option<When<'_>> {
        None
    }

    /// The item's `status` key, for kinds that have one (read or not);
    /// `None` for kinds without a status.
    fn status_key(&self) -> Option<&Option<Spanned<Status>>> {
        None
    }

    /// Where an event stands, as the plan states it (`planned` if it does
    /// not); `None` for kinds without a status.
    fn status(&self) -> Option<Status> {
        let key = self.status_key()?;
        Some(key.as_ref().map_or(Status::Planned, |s| *s.get_ref()))
    }

    /// Where the status is written, if it is.
    fn status_span(&self) -> Option<Range<usize>> {
        self.status_key()?.as_ref().map(|s| s.span())
    }
}

/// An item of a kind: a table of an array (`[[workshop]]`).
pub trait Item: Section + Entry {
    const KIND: Kind;
    /// What the kind is, for the schema.
    const DOC: &'static str;

    fn header_mut(&mut self) -> &mut Header;
}

/// A whole plan.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    /// Where the keys written before any table (`phase = [{ … }]`) end; 0
    /// if there are none. Nothing may be inserted above it.
    pub top_keys_end: usize,
    pub project: Project,
    /// `[check]`, if the plan has one.
    pub check: Check,
    pub phases: Vec<Phase>,
    pub milestones: Vec<Milestone>,
    pub workshops: Vec<Workshop>,
    pub recurring: Vec<Recurring>,
    pub kpis: Vec<Kpi>,
    /// The kinds written as one inline array (`workshop = [{ … }]`), which
    /// icc reads but does not edit.
    pub inline_kinds: Vec<Kind>,
}

impl Section for Plan {
    fn read(f: &mut Fields<'_, '_, '_>) -> Plan {
        Plan {
            top_keys_end: f.keys_end(),
            project: f.table("project", "What the programme is.").unwrap_or_default(),
            check: f
                .optional_table("check", "How the plan is checked as a whole.")
                .unwrap_or_default(),
            phases: f.tables(),
            milestones: f.tables(),
            workshops: f.tables(),
            recurring: f.tables(),
            kpis: f.tables(),
            inline_kinds: f.inline_kinds(),
        }
    }
}

impl Plan {
    /// An item as the later stages see it, whatever its kind.
    pub fn entry(&self, item: ItemRef) -> &dyn Entry {
        match item.kind {
            Kind::Phase => &self.phases[item.index],
            Kind::Milestone => &self.milestones[item.index],
            Kind::Workshop => &self.workshops[item.index],
            Kind::Recurring => &self.recurring[item.index],
            Kind::Kpi => &self.kpis[item.index],
        }
    }

    pub fn header(&self, item: ItemRef) -> &Header {
        self.entry(item).header()
    }

    /// How many items of a kind the plan has.
    pub fn count(&self, kind: Kind) -> usize {
        match kind {
            Kind::Phase => self.phases.len(),
            Kind::Milestone => self.milestones.len(),
            Kind::Workshop => self.workshops.len(),
            Kind::Recurring => self.recurring.len(),
            Kind::Kpi => self.kpis.len(),
        }
    }

    /// Every item, kind by kind, each in file order.
    pub fn items(&self) -> impl Iterator<Item = ItemRef> + '_ {
        use strum::IntoEnumIterator;
        Kind::iter().flat_map(move |kind| (0..self.count(kind)).map(move |index| ItemRef::new(kind, index)))
    }

    /// The ids of the items of a kind, in file order (those without one left out).
    pub fn ids(&self, kind: Kind) -> Vec<&str> {
        (0..self.count(kind))
            .filter_map(|index| self.header(ItemRef::new(kind, index)).id())
            .collect()
    }
}

/// Whether a text is a valid id: `[a-z0-9][a-z0-9-]*`.
pub fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A word from a closed set that a plan writes (`mode = "online"`): its
/// strings (strum), its values on the command line (clap), its JSON (serde)
/// and its schema (`load`) all come from this one definition.
macro_rules! plan_word {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, strum::EnumString, strum::IntoStaticStr,
            strum::Display, strum::VariantNames, clap::ValueEnum,
        )]
        #[serde(rename_all = "kebab-case")]
        #[strum(serialize_all = "kebab-case")]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl $name {
            pub fn as_str(self) -> &'static str {
                self.into()
            }
        }
    };
}

plan_word! {
    /// How a workshop is delivered.
    pub enum Mode {
        Online,
        InPerson,
        Hybrid,
    }
}

plan_word! {
    /// Whether a KPI gets better as its value rises (`increase`, the
    /// default) or falls (`decrease`, a waiting time).
    #[derive(Default)]
    pub enum Direction {
        #[default]
        Increase,
        Decrease,
    }
}

plan_word! {
    /// Where a workshop stands.
    #[derive(Default)]
    pub enum Status {
        #[default]
        Planned,
        Done,
        Cancelled,
    }
}
