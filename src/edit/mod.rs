//! Edits of the plan file that change exactly what they say, or nothing.
//!
//! Every edit goes one way, [`edit`]: take the plan's lock, read it under
//! the lock, splice the change into the text ([`splice`]), check the whole
//! result, refuse it if it adds an error, and only then write it
//! atomically ([`write`]) — or, for a dry run, return the diff. A refused
//! edit leaves the file byte for byte as it was. This module decides; it
//! says nothing itself: what it did and why it refused are values, worded
//! by the command line.

mod splice;
mod write;

use std::path::Path;

use chrono::NaiveDate;

pub use splice::{Applied, Change, NewMilestone, NewPhase, NewWorkshop, Note};
pub use write::{WriteError, create};

use crate::finding::{Finding, Severity};
use crate::plan::Kind;
use crate::source::Source;

/// An edit that was made (or, for a dry run, that would be).
#[derive(Debug)]
pub struct Done {
    pub applied: Applied,
    /// What icc decided on the user's behalf: a derived id, an inferred phase.
    pub notes: Vec<Note>,
    /// Warnings and notes the edit adds, about the plan as it now is.
    pub added: Vec<Finding>,
    /// The plan after the edit, which `added` points into.
    pub after: Source,
    /// What the whole plan's findings come to after the edit: errors it
    /// already had are not the edit's, but still the user's to hear of.
    pub summary: crate::finding::Summary,
    /// For a dry run, the change as a unified diff; nothing was written.
    pub diff: Option<String>,
}

/// Why an edit was refused. The file is as it was.
#[derive(Debug)]
pub enum Refusal {
    /// The file cannot be read as a plan (its TOML or its bytes), so where
    /// the change would go cannot be known.
    Unreadable { source: Source, findings: Vec<Finding> },
    /// The change would add these errors, shown in the plan as it would be.
    AddsErrors { after: Source, errors: Vec<Finding> },
    /// The change could not be placed with certainty in the file's layout.
    Layout,
    /// The plan is written in a form icc does not edit.
    Unsupported(Unsupported),
    /// The file has no `[project]`: empty, or not a plan (yet).
    NoProject,
    /// The new text could not be written as the edit requires (the file
    /// changed meanwhile, is read-only, has other names, or its owner or
    /// attributes could not be kept).
    Write(WriteError),
}

/// A form of the plan icc reads but does not edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unsupported {
    /// Items of a kind written as inline tables (`workshop = [{ … }]`).
    InlineTables(Kind),
    /// A value written in a form that cannot be replaced as one value
    /// (`status.x = 1`).
    Value { id: String, key: &'static str },
}

/// Why an edit could not be attempted at all.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// An id the edit names (`set-status ID`, `--phase`, `--after`) that
    /// is not in the plan, or is not of the kind it must be.
    #[error("{}", unknown_id(.flag, .id, *.wanted, *.found, .plan, .suggestion))]
    UnknownId {
        /// The flag that names it, or `None` for the command's argument.
        flag: Option<&'static str>,
        id: String,
        wanted: Wanted,
        /// The kind of the item that has this id, if one has.
        found: Option<Kind>,
        plan: String,
        suggestion: Option<String>,
    },
    #[error("cannot lock {0}: {1}")]
    Lock(String, std::io::Error),
    #[error("cannot read {0}: {1}")]
    Read(String, crate::source::ReadError),
    #[error(transparent)]
    Write(WriteError),
}

/// What an id an edit names must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// An item with a status, a workshop or a milestone: `set-status`.
    Event,
    /// `--phase`.
    Phase,
    /// `--after`: a phase, a milestone or a workshop.
    Predecessor,
}

fn unknown_id(
    flag: &Option<&'static str>,
    id: &str,
    wanted: Wanted,
    found: Option<Kind>,
    plan: &str,
    suggestion: &Option<String>,
) -> String {
    let wanted_word = match wanted {
        Wanted::Event => "workshop or milestone",
        Wanted::Phase => "phase",
        Wanted::Predecessor => "item",
    };
    // Ids from the plan and the command line: on one line, safe to show.
    let id = crate::text::printable(id);
    let flag = flag.map(|f| format!(" ({f})")).unwrap_or_default();
    let near = suggestion
        .as_ref()
        .map(|s| format!("\nhelp: did you mean `{}`?", crate::text::printable(s)))
        .unwrap_or_default();
    let unchanged = "the file is unchanged";
    match (found, wanted) {
        (None, _) => format!("there is no {wanted_word} `{id}` in {plan}{flag}; {unchanged}{near}"),
        (Some(kind), Wanted::Event) => format!(
            "`{id}` is a {}: only workshops and milestones have a status; {unchanged}",
            kind.noun()
        ),
        (Some(kind), Wanted::Phase) => format!("`{id}` is a {}, not a phase{flag}; {unchanged}{near}", kind.noun()),
        (Some(_), Wanted::Predecessor) => format!(
            "`{id}` is a recurring meeting, which has no single end{flag}; {unchanged}\n\
             help: `--after` takes a phase, a milestone or a workshop"
        ),
    }
}

/// Makes `change` to the plan at `path` (shown as `name`), checked as on
/// `today`; with `dry_run`, computes it and writes nothing.
/// How an edit is made: `--dry-run`, `--break-links`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Compute the change and return it as a diff; write nothing.
    pub dry_run: bool,
    /// Edit a plan that has other names (hard links): they keep the old text.
    pub break_links: bool,
}

pub fn edit(
    path: &Path,
    name: &str,
    change: &Change,
    today: NaiveDate,
    options: Options,
) -> Result<Result<Done, Refusal>, EditError> {
    let target = write::target(path).map_err(|err| EditError::Read(name.to_owned(), err.into()))?;
    // Not a regular file: nothing to lock beside it, nothing to edit.
    crate::source::open_regular(&target).map_err(|err| EditError::Read(name.to_owned(), err))?;
    // A dry run writes nothing, so needs neither the lock nor a writable folder.
    let _lock = if options.dry_run {
        None
    } else {
        let lock = write::lock(&target).map_err(|err| EditError::Lock(name.to_owned(), err))?;
        write::remove_stale_temporaries(&target);
        Some(lock)
    };
    // Read under the lock: an edit that was waiting sees the one before it.
    let original = write::read(&target).map_err(|err| EditError::Read(name.to_owned(), err))?;
    let writable = || {
        if options.dry_run {
            Ok(())
        } else {
            write::check_writable(&original, &target, name, options.break_links)
        }
    };
    let (done, edited) = match prepare(name, &original.bytes, change, today, options.dry_run, writable)? {
        Ok(prepared) => prepared,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let Some(edited) = edited.filter(|_| !options.dry_run) else {
        return Ok(Ok(done));
    };
    match write::replace(&target, &original, edited.as_bytes(), name) {
        Ok(()) => Ok(Ok(done)),
        Err(err @ WriteError::Io(..)) => Err(EditError::Write(err)),
        Err(err) => Ok(Err(Refusal::Write(err))),
    }
}

/// The change `edit` would make to a plan read from elsewhere (standard
/// input), as a dry run: the diff, and what it would say. Nothing is written.
pub fn preview(
    name: &str,
    bytes: &[u8],
    change: &Change,
    today: NaiveDate,
) -> Result<Result<Done, Refusal>, EditError> {
    Ok(prepare(name, bytes, change, today, true, || Ok(()))?.map(|(done, _)| done))
}

/// The change spliced into the text and checked, without touching a file:
/// what would be done (with its diff, for a dry run), and the new text
/// (`None` when there is nothing to change). `writable` says whether the
/// file could be replaced; it is asked once the plan is known to be one
/// icc edits.
fn prepare(
    name: &str,
    bytes: &[u8],
    change: &Change,
    today: NaiveDate,
    dry_run: bool,
    writable: impl FnOnce() -> Result<(), WriteError>,
) -> Result<Result<(Done, Option<String>), Refusal>, EditError> {
    let (source, early) = Source::from_bytes(name, bytes);
    let before = crate::check(&source, early.clone(), today);
    // An empty file, or one without `[project]`, is not a plan to add to
    // (it may be a plan an editor is in the middle of saving).
    let (Some(plan), Some(resolved), None) = (&before.plan, &before.resolved, early) else {
        return Ok(Err(Refusal::Unreadable {
            findings: before.findings,
            source,
        }));
    };
    if plan.project.extent.is_empty() {
        return Ok(Err(Refusal::NoProject));
    }
    if let Err(err) = writable() {
        return Ok(Err(Refusal::Write(err)));
    }
    change.check_ids(plan, resolved, name)?;
    let edited = match splice::apply(&source, plan, resolved, change)? {
        Ok(edited) => edited,
        Err(form) => return Ok(Err(Refusal::Unsupported(form))),
    };
    if edited.unchanged {
        let summary = before.summary();
        let done = Done {
            applied: edited.applied,
            notes: edited.notes,
            added: Vec::new(),
            after: source,
            summary,
            diff: None,
        };
        return Ok(Ok((done, None)));
    }
    let (after_source, _) = Source::from_bytes(name, edited.text.as_bytes());
    let after = crate::check(&after_source, None, today);
    // The splice must have added exactly the one table asked for: a guard
    // against a layout the splice misread.
    if let Some(after_plan) = &after.plan {
        use strum::IntoEnumIterator;
        let expected = |kind| plan.count(kind) + usize::from(change.adds() == Some(kind));
        if crate::plan::Kind::iter().any(|kind| after_plan.count(kind) != expected(kind)) {
            return Ok(Err(Refusal::Layout));
        }
    }
    let added = new_findings(&before.findings, &after.findings);
    let (errors, added): (Vec<Finding>, Vec<Finding>) =
        added.into_iter().partition(|f| f.severity() == Severity::Error);
    if !errors.is_empty() {
        return Ok(Err(Refusal::AddsErrors {
            after: after_source,
            errors,
        }));
    }
    let diff = dry_run.then(|| {
        similar::TextDiff::from_lines(source.text.as_str(), after_source.text.as_str())
            .unified_diff()
            .header(&format!("a/{name}"), &format!("b/{name}"))
            .to_string()
    });
    let done = Done {
        applied: edited.applied,
        notes: edited.notes,
        added,
        after: after_source,
        summary: after.summary(),
        diff,
    };
    Ok(Ok((done, Some(edited.text))))
}

/// The findings of `after` that `before` did not have, compared by code
/// and arguments, so that findings the edit only moved do not count as new.
fn new_findings(before: &[Finding], after: &[Finding]) -> Vec<Finding> {
    let mut old: std::collections::HashMap<_, usize> = std::collections::HashMap::new();
    for finding in before {
        *old.entry(finding.identity()).or_default() += 1;
    }
    after
        .iter()
        .filter(|finding| match old.get_mut(&finding.identity()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Code;

    #[test]
    fn findings_are_compared_by_code_and_arguments_not_place() {
        let old = Finding::new(Code::SameDay).at(10..20).arg("id", "a");
        let moved = Finding::new(Code::SameDay).at(30..40).arg("id", "a");
        let other = Finding::new(Code::SameDay).at(10..20).arg("id", "b");
        let before = std::slice::from_ref(&old);
        assert!(new_findings(before, &[moved]).is_empty());
        assert_eq!(new_findings(before, std::slice::from_ref(&other)), vec![other]);
        // Twice where there was once: one is new.
        assert_eq!(new_findings(before, &[old.clone(), old.clone()]).len(), 1);
    }
}
