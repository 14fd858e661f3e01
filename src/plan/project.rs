//! `[project]`: what the programme is.

use super::{Section, Spanned};
use crate::load::Fields;

#[derive(Clone, Debug, Default)]
pub struct Project {
    /// From `[project]` to the end of its last value (see `Header::extent`).
    pub extent: std::ops::Range<usize>,
    pub name: Option<Spanned<String>>,
    pub city: Option<Spanned<String>>,
    /// The language of the plan's text (BCP 47: `ro`, `en`).
    pub language: Option<Spanned<String>>,
}

impl Section for Project {
    fn read(f: &mut Fields<'_, '_, '_>) -> Project {
        Project {
            extent: f.extent(),
            name: f.required("name", "The programme's name, in the plan's language."),
            city: f.optional("city", "The city that runs it."),
            language: f.optional("language", "The language of the plan's text, e.g. `ro`."),
        }
    }
}
