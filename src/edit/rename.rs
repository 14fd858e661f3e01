//! `rename`: an item's id, and every reference to it (`after` entries,
//! `phase = "…"`), each value replaced where it stands in the quotes it
//! is written in. Nothing else changes.

use super::Refusal;
use super::layout::quoted_like;
use super::splice::{Applied, Expect, Parts, find, inline};
use super::{EditError, Unsupported, Wanted};
use crate::plan::Plan;
use crate::resolve::Resolved;
use crate::source::Source;

pub(super) fn apply(
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    old: &str,
    new: &str,
) -> Result<Result<Parts, Refusal>, EditError> {
    let text = &source.text;
    let item = find(plan, resolved, &source.name, None, old, Wanted::Any)?;
    if inline(plan, item.kind) {
        return Ok(Err(Refusal::Unsupported(Unsupported::InlineTables(item.kind))));
    }
    let mut parts = Parts::default();
    if old == new {
        parts.applied.push(Applied::AlreadyNamed {
            kind: item.kind,
            id: new.to_owned(),
        });
        return Ok(Ok(parts));
    }
    let Some(id) = &plan.header(item).id else {
        return Ok(Err(Refusal::Layout));
    };
    let replace = |span: std::ops::Range<usize>| {
        let value = quoted_like(&text[span.clone()], new);
        (span, value)
    };
    parts.splices.push(replace(id.span()));
    // References to it: every `after` entry and `phase` naming it, in any
    // item but itself (a reference to itself is already an error, and is
    // renamed with it all the same).
    let mut references = 0;
    for other in plan.items() {
        let header = plan.header(other);
        let named = header
            .after
            .iter()
            .chain(header.phase.as_ref())
            .filter(|reference| reference.get_ref() == old);
        for reference in named {
            parts.splices.push(replace(reference.span()));
            references += 1;
        }
    }
    parts.expect.push(Expect::Item {
        id: new.to_owned(),
        kind: item.kind,
    });
    if plan
        .items()
        .filter(|&other| plan.header(other).id() == Some(old))
        .count()
        == 1
    {
        parts.expect.push(Expect::Gone { id: old.to_owned() });
    }
    parts.applied.push(Applied::Renamed {
        kind: item.kind,
        old: old.to_owned(),
        new: new.to_owned(),
        references,
    });
    Ok(Ok(parts))
}
