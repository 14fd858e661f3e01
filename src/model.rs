//! The plan as the file states it: plain structs, each value with the byte
//! range it came from. Nothing here is derived; see `resolve` for that.
//!
//! A required field that is missing or malformed is `None` here (the loader
//! has already reported it), so the later stages can go on with the rest of
//! the plan without reporting the same problem twice.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

pub use toml::Spanned;

use crate::date::PlanDate;

#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub project: Project,
    pub phases: Vec<Phase>,
    pub milestones: Vec<Milestone>,
    pub workshops: Vec<Workshop>,
    pub recurring: Vec<Recurring>,
}

#[derive(Clone, Debug, Default)]
pub struct Project {
    pub name: Option<Spanned<String>>,
    pub city: Option<Spanned<String>>,
    pub language: Option<Spanned<String>>,
}

/// A stage of the programme with a window of dates.
#[derive(Clone, Debug)]
pub struct Phase {
    /// The `[[phase]]` header.
    pub span: Range<usize>,
    pub id: Option<Spanned<String>>,
    pub name: Option<Spanned<String>>,
    pub start: Option<Spanned<PlanDate>>,
    pub end: Option<Spanned<PlanDate>>,
    /// Stated length in calendar months.
    pub months: Option<Spanned<u32>>,
    pub after: Vec<Spanned<String>>,
    pub summary: Option<Spanned<String>>,
    pub activities: Vec<Spanned<String>>,
    /// A field was present but could not be read; rules that would only
    /// repeat that problem stay quiet about this item.
    pub broken: bool,
}

#[derive(Clone, Debug)]
pub struct Milestone {
    pub span: Range<usize>,
    pub id: Option<Spanned<String>>,
    pub name: Option<Spanned<String>>,
    pub date: Option<Spanned<PlanDate>>,
    pub phase: Option<Spanned<String>>,
    pub after: Vec<Spanned<String>>,
    pub broken: bool,
}

#[derive(Clone, Debug)]
pub struct Workshop {
    pub span: Range<usize>,
    pub id: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub date: Option<Spanned<PlanDate>>,
    /// The last day of a series (interviews over weeks).
    pub end: Option<Spanned<PlanDate>>,
    pub phase: Option<Spanned<String>>,
    pub activity: Option<Spanned<String>>,
    pub audience: Vec<Spanned<String>>,
    pub led_by: Vec<Spanned<String>>,
    pub mode: Option<Spanned<Mode>>,
    pub objective: Option<Spanned<String>>,
    pub status: Option<Spanned<Status>>,
    pub after: Vec<Spanned<String>>,
    pub broken: bool,
}

/// A meeting that repeats every few months inside one phase.
#[derive(Clone, Debug)]
pub struct Recurring {
    pub span: Range<usize>,
    pub id: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub phase: Option<Spanned<String>>,
    pub every_months: Option<Spanned<u32>>,
    /// The first occurrence; by default the phase start plus `every_months`.
    pub first: Option<Spanned<PlanDate>>,
    pub audience: Vec<Spanned<String>>,
    pub led_by: Vec<Spanned<String>>,
    pub mode: Option<Spanned<Mode>>,
    pub objective: Option<Spanned<String>>,
    pub broken: bool,
}

impl Plan {
    /// The ids of the phases, in file order (phases without one left out).
    pub fn phase_ids(&self) -> Vec<&str> {
        self.phases
            .iter()
            .filter_map(|p| p.id.as_ref())
            .map(|id| id.get_ref().as_str())
            .collect()
    }

    /// The ids of the workshops, in file order.
    pub fn workshop_ids(&self) -> Vec<&str> {
        self.workshops
            .iter()
            .filter_map(|w| w.id.as_ref())
            .map(|id| id.get_ref().as_str())
            .collect()
    }
}

/// An item's id for a message, or `?` if it has none (already reported).
pub fn id_of(id: &Option<Spanned<String>>) -> &str {
    id.as_ref().map_or("?", |id| id.get_ref().as_str())
}

impl Workshop {
    pub fn status(&self) -> Status {
        self.status.as_ref().map_or(Status::Planned, |s| *s.get_ref())
    }
}

/// The values a closed set of words may take, for parsing and messages.
pub trait Keyword: Sized + Copy + 'static {
    const ALL: &'static [(&'static str, Self)];

    fn as_str(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::ALL.iter().find(|(_, v)| *v == self).map_or("", |(name, _)| name)
    }

    fn expected() -> String {
        Self::ALL
            .iter()
            .map(|(name, _)| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// How a workshop is delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    Online,
    InPerson,
    Hybrid,
}

impl Keyword for Mode {
    const ALL: &'static [(&'static str, Mode)] = &[
        ("online", Mode::Online),
        ("in-person", Mode::InPerson),
        ("hybrid", Mode::Hybrid),
    ];
}

/// Where a workshop stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Status {
    #[default]
    Planned,
    Done,
    Cancelled,
}

impl Keyword for Status {
    const ALL: &'static [(&'static str, Status)] = &[
        ("planned", Status::Planned),
        ("done", Status::Done),
        ("cancelled", Status::Cancelled),
    ];
}

macro_rules! keyword_traits {
    ($($ty:ty),*) => {$(
        impl FromStr for $ty {
            type Err = String;
            fn from_str(text: &str) -> Result<Self, String> {
                <$ty as Keyword>::ALL.iter().find(|(name, _)| *name == text).map(|(_, v)| *v)
                    .ok_or_else(|| format!("expected one of {}", <$ty as Keyword>::expected()))
            }
        }
        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    )*};
}
keyword_traits!(Mode, Status);

/// Whether a text is a valid id: `[a-z0-9][a-z0-9-]*`.
pub fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
