//! `[check]`: how the plan is checked as a whole.

use super::{Section, Spanned};
use crate::finding::Code;
use crate::load::Fields;

#[derive(Clone, Debug, Default)]
pub struct Check {
    /// Finding codes accepted for the whole plan (warnings and notes).
    pub allow: Vec<Spanned<Code>>,
}

impl Section for Check {
    fn read(f: &mut Fields<'_, '_, '_>) -> Check {
        Check {
            allow: f.allow(
                "Finding codes (warnings and notes) accepted for the whole plan: not shown, not counted, \
                 not failing `--strict`.",
            ),
        }
    }
}
