//! `remove`: an item's table taken out, with the comment lines directly
//! above its header and below its last line (which belong to it) and the
//! blank line that set it apart. Refused while anything refers to it (an
//! `after` entry, a `phase = "…"`), naming each reference in the order of
//! the file; with `cascade`, those references
//! go too: an `after` entry out of its list (the list keeps its layout), a
//! `phase` key out of its table (the event's phase is inferred from its
//! date again), and a recurring meeting, which must have a phase, whole.

use super::Refusal;
use super::layout::{Splice, table_block};
use super::splice::{Applied, Expect, Parts, array_elements, directives_end, find, inline};
use super::{EditError, Unsupported, Wanted};
use crate::plan::{ItemRef, Kind, Plan};
use crate::resolve::Resolved;
use crate::source::Source;

/// A reference to the item to remove, in another item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The item that holds it.
    pub kind: Kind,
    pub id: String,
    /// `after` or `phase`.
    pub key: &'static str,
    pub line: usize,
}

/// Where the text before each table ends, to find the comment lines that
/// belong to a table without reaching into the one above (whose last value
/// may be a multi-line string with lines that look like comments).
struct Floors(Vec<usize>);

impl Floors {
    fn of(text: &str, plan: &Plan) -> Floors {
        let mut ends: Vec<usize> = plan
            .items()
            .map(|item| plan.header(item).extent.end)
            .chain([plan.project.extent.end, plan.top_keys_end, directives_end(text)])
            .collect();
        ends.sort_unstable();
        Floors(ends)
    }

    /// The end of the last table, keys or directives before `at`.
    fn before(&self, at: usize) -> usize {
        let n = self.0.partition_point(|&end| end <= at);
        n.checked_sub(1).map_or(0, |i| self.0[i])
    }
}

pub(super) fn apply(
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    id: &str,
    cascade: bool,
) -> Result<Result<Parts, Refusal>, EditError> {
    let text = &source.text;
    let item = find(plan, resolved, &source.name, None, id, Wanted::Any)?;
    if inline(plan, item.kind) {
        return Ok(Err(Refusal::Unsupported(Unsupported::InlineTables(item.kind))));
    }
    let line = |offset: usize| source.line_col(offset).line;
    // Every reference to it.
    let mut references = Vec::new();
    for other in plan.items().filter(|&other| other != item) {
        let header = plan.header(other);
        for after in header.after.iter().filter(|after| after.get_ref() == id) {
            references.push((other, "after", after.span()));
        }
        // A `phase` naming an item that is no phase is already an error,
        // and a reference all the same.
        if let Some(phase) = header.phase.as_ref().filter(|phase| phase.get_ref() == id) {
            references.push((other, "phase", phase.span()));
        }
    }
    // Named, and taken out, in the order of the file.
    references.sort_by_key(|(_, _, span)| span.start);
    let shown = |(other, key, span): &(ItemRef, &'static str, std::ops::Range<usize>)| Reference {
        kind: other.kind,
        id: plan.header(*other).id_or_unknown().to_owned(),
        key,
        line: line(span.start),
    };
    if !references.is_empty() && !cascade {
        return Ok(Err(Refusal::Referenced {
            kind: item.kind,
            id: id.to_owned(),
            references: references.iter().map(shown).collect(),
        }));
    }
    let floors = Floors::of(text, plan);
    let mut parts = Parts::default();
    let remove_table = |item: ItemRef, parts: &mut Parts| {
        let header = plan.header(item);
        let block = table_block(
            text,
            header.span.start,
            header.extent.end,
            floors.before(header.span.start),
        );
        parts.splices.push((block, String::new()));
        parts.removed.push(item.kind);
    };
    remove_table(item, &mut parts);
    // Unless another item has the same id (already an error), it is gone.
    if plan
        .items()
        .filter(|&other| plan.header(other).id() == Some(id))
        .count()
        == 1
    {
        parts.expect.push(Expect::Gone { id: id.to_owned() });
    }
    parts.applied.push(Applied::Removed {
        kind: item.kind,
        id: id.to_owned(),
        line: line(plan.header(item).span.start),
        phase: None,
    });
    let mut lists: Vec<(ItemRef, Vec<std::ops::Range<usize>>)> = Vec::new();
    for reference in &references {
        let (other, key, span) = reference;
        let shown = shown(reference);
        match (*key, other.kind) {
            ("phase", Kind::Recurring) => {
                if inline(plan, Kind::Recurring) {
                    return Ok(Err(Refusal::Unsupported(Unsupported::InlineTables(Kind::Recurring))));
                }
                remove_table(*other, &mut parts);
                parts.expect.push(Expect::Gone { id: shown.id.clone() });
                parts.applied.push(Applied::Removed {
                    kind: Kind::Recurring,
                    id: shown.id,
                    line: line(plan.header(*other).span.start),
                    phase: Some(id.to_owned()),
                });
            }
            ("phase", kind) => {
                if inline(plan, kind) {
                    return Ok(Err(Refusal::Unsupported(Unsupported::InlineTables(kind))));
                }
                let key_line = match super::splice::key_line_of(text, &shown.id, "phase", span) {
                    Ok(key_line) => key_line,
                    Err(refusal) => return Ok(Err(refusal)),
                };
                parts.splices.push((key_line.line, String::new()));
                parts.applied.push(removed_reference(shown, id));
            }
            _ => {
                match lists.iter_mut().find(|(item, _)| item == other) {
                    Some((_, spans)) => spans.push(span.clone()),
                    None => lists.push((*other, vec![span.clone()])),
                }
                parts.applied.push(removed_reference(shown, id));
            }
        }
    }
    for (other, spans) in lists {
        if inline(plan, other.kind) {
            return Ok(Err(Refusal::Unsupported(Unsupported::InlineTables(other.kind))));
        }
        let header = plan.header(other);
        let Some((open, elements)) = array_elements(text, header, other.kind, "after") else {
            return Ok(Err(Refusal::Unsupported(Unsupported::Value {
                id: header.id_or_unknown().to_owned(),
                key: "after",
            })));
        };
        parts.splices.extend(remove_elements(text, open, &elements, &spans));
    }
    Ok(Ok(parts))
}

fn removed_reference(reference: Reference, to: &str) -> Applied {
    Applied::ReferenceRemoved {
        kind: reference.kind,
        id: reference.id,
        key: reference.key,
        to: to.to_owned(),
        line: reference.line,
    }
}

/// The elements of one array at `spans` taken out, each as
/// [`super::layout::remove_element`] does. Several are the same id written
/// more than once (`after = ["p", "p"]`): what each removal takes out of
/// the original text is taken out once, where two overlap as one range.
fn remove_elements(
    text: &str,
    open: usize,
    elements: &[std::ops::Range<usize>],
    spans: &[std::ops::Range<usize>],
) -> Vec<Splice> {
    let mut ranges: Vec<std::ops::Range<usize>> = spans
        .iter()
        .filter_map(|span| elements.iter().position(|e| e == span))
        .flat_map(|i| super::layout::remove_element(text, open, elements, i))
        .map(|(range, _)| range)
        .collect();
    ranges.sort_by_key(|range| range.start);
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for range in ranges {
        match merged.last_mut() {
            Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged.into_iter().map(|range| (range, String::new())).collect()
}
