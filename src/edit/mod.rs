//! Edits of the plan file that change exactly what they say, or nothing.
//!
//! Every edit goes one way, [`edit`]: take the plan's lock, read it under
//! the lock, splice the change into the text ([`splice`]), check the whole
//! result, refuse it if it adds an error, and only then write it
//! atomically ([`write`]) — or, for a dry run, return the diff. A refused
//! edit leaves the file byte for byte as it was. This module decides; it
//! says nothing itself: what it did and why it refused are values, worded
//! by the command line.

mod layout;
mod moves;
mod record;
mod remove;
mod rename;
mod splice;
mod write;

use std::path::Path;

use chrono::NaiveDate;

pub use moves::{Because, Cannot, Dependent, Moment, Move, Shift, ShiftError, Unit};
pub use record::{Figure, FigureError, Record};
pub use remove::Reference;
pub use splice::{Applied, Change, Dated, NewKpi, NewMilestone, NewPhase, NewRecurring, NewWorkshop, Note};
pub use write::{Folder, LockError, WriteError, create, icc_file};

use crate::date::PlanDate;
use crate::finding::{Finding, Severity};
use crate::plan::Kind;
use crate::source::Source;

/// An edit that was made (or, for a dry run, that would be).
#[derive(Debug)]
pub struct Done {
    /// What was done, a thing a line (a move with `--cascade` moves several).
    pub applied: Vec<Applied>,
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
    /// For `record`, the KPI as it now stands on the day the plan was
    /// checked for.
    pub kpi: Option<crate::status::KpiView>,
}

/// Why an edit was refused. The file is as it was.
#[derive(Debug)]
pub enum Refusal {
    /// The file cannot be read as a plan (its TOML or its bytes), so where
    /// the change would go cannot be known.
    Unreadable { source: Source, findings: Vec<Finding> },
    /// The change would add these errors, shown in the plan as it would be;
    /// `notes`, what the move could not look at ([`Note::NotFollowed`]).
    AddsErrors {
        after: Box<Source>,
        errors: Vec<Finding>,
        notes: Vec<Note>,
    },
    /// The change could not be placed with certainty in the file's layout.
    Layout,
    /// The plan is written in a form icc does not edit.
    Unsupported(Unsupported),
    /// The file has no `[project]`: empty, or not a plan (yet).
    NoProject,
    /// The item to remove is referred to by these (without `--cascade`).
    Referenced {
        kind: Kind,
        id: String,
        references: Vec<Reference>,
    },
    /// The move would break these items, which state their dates (without
    /// `--cascade`); `errors` are what the check of the plan, moved
    /// without them, finds (shown in it).
    Breaks {
        after: Box<Source>,
        errors: Vec<Finding>,
        items: Vec<Dependent>,
        notes: Vec<Note>,
    },
    /// What a move cannot do to this plan.
    Cannot(Cannot),
    /// The KPI has a measurement on this date already (without `replace`):
    /// `value`, as read (`None` if it could not be), written so, on `line`;
    /// `new`, the value that was to be recorded.
    Measured {
        id: String,
        date: PlanDate,
        value: Option<f64>,
        written: String,
        line: usize,
        new: f64,
    },
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
#[derive(Debug)]
pub enum EditError {
    /// An id the edit names (`set-status ID`, `--phase`, `--after`) that
    /// is not in the plan, or is not of the kind it must be.
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
    /// A new id (`rename`) that an item already has.
    IdTaken {
        id: String,
        kind: Kind,
        plan: String,
    },
    /// An item that has no date of its own to move: a KPI (its baseline,
    /// target and measurements each have theirs).
    NoDateToMove {
        id: String,
    },
    /// A flag that does not fit the kind of the item (`move --start` of a
    /// workshop).
    Flag {
        flag: &'static str,
        kind: Kind,
        id: String,
    },
    /// The plan's lock (the plan named as shown) could not be taken.
    Lock(String, LockError),
    /// The plan (named as shown) could not be read.
    Read(String, crate::source::ReadError),
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
    /// A KPI: `record`.
    Kpi,
    /// Any item: `move`, `remove`, `rename`.
    Any,
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
    let folder = write::folder_name(name, path, &target);
    let _lock = if options.dry_run {
        None
    } else {
        let lock = write::lock(&target).map_err(|err| match err {
            LockError::Folder(err) => EditError::Write(WriteError::Folder {
                folder: folder.clone(),
                err,
            }),
            err => EditError::Lock(name.to_owned(), err),
        })?;
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
    match write::replace(&target, &original, edited.as_bytes(), name, &folder) {
        Ok(()) => Ok(Ok(done)),
        Err(err @ (WriteError::Io(..) | WriteError::Folder { .. })) => Err(EditError::Write(err)),
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
        Err(refusal @ Refusal::Cannot(Cannot::Done(_) | Cannot::Follow(_))) => {
            // A cascade that cannot go on, of a move whose item is itself
            // wrong where it would be: that is said first, as without it.
            if let Change::Move(asked) = change {
                let alone = Change::Move(Move {
                    cascade: false,
                    ..asked.clone()
                });
                if let Ok(Ok(edited)) = splice::apply(&source, plan, resolved, &alone) {
                    let (after_source, _) = Source::from_bytes(name, edited.text.as_bytes());
                    let after = crate::check(&after_source, None, today);
                    let errors: Vec<Finding> =
                        new_findings(&before.findings, &after.findings, |finding| identity(change, finding))
                            .into_iter()
                            .filter(|f| f.severity() == Severity::Error)
                            .collect();
                    if errors.iter().any(|finding| own(change, &after, finding)) {
                        return Ok(Err(Refusal::AddsErrors {
                            after: Box::new(after_source),
                            errors,
                            notes: Vec::new(),
                        }));
                    }
                }
            }
            return Ok(Err(refusal));
        }
        Err(refusal) => return Ok(Err(refusal)),
    };
    if edited.unchanged {
        let summary = before.summary();
        let done = Done {
            applied: edited.applied,
            notes: edited.notes,
            added: Vec::new(),
            kpi: recorded(change, plan, today),
            after: source,
            summary,
            diff: None,
        };
        return Ok(Ok((done, None)));
    }
    let (after_source, _) = Source::from_bytes(name, edited.text.as_bytes());
    let after = crate::check(&after_source, None, today);
    // The splice must have made exactly the change asked for: a guard
    // against a layout the splice misread.
    if let (Some(after_plan), Some(after_resolved)) = (&after.plan, &after.resolved)
        && !as_expected(plan, &edited, after_plan, after_resolved)
    {
        return Ok(Err(Refusal::Layout));
    }
    let added = new_findings(&before.findings, &after.findings, |finding| identity(change, finding));
    let (errors, added): (Vec<Finding>, Vec<Finding>) =
        added.into_iter().partition(|f| f.severity() == Severity::Error);
    // A move whose item is itself wrong where it would be (ends before it
    // starts) is refused for that, first: moving what depends on it cannot help.
    // What a move could not look at may be why it is refused: said too.
    let unfollowed = || {
        edited
            .notes
            .iter()
            .filter(|note| matches!(note, Note::NotFollowed { .. }))
            .cloned()
            .collect()
    };
    if !edited.breaks.is_empty() && !errors.iter().any(|finding| own(change, &after, finding)) {
        return Ok(Err(Refusal::Breaks {
            after: Box::new(after_source),
            errors,
            notes: unfollowed(),
            items: edited.breaks,
        }));
    }
    if !errors.is_empty() {
        return Ok(Err(Refusal::AddsErrors {
            after: Box::new(after_source),
            errors,
            notes: unfollowed(),
        }));
    }
    let diff = dry_run.then(|| {
        similar::TextDiff::from_lines(source.text.as_str(), after_source.text.as_str())
            .unified_diff()
            .header(&format!("a/{name}"), &format!("b/{name}"))
            .to_string()
    });
    let kpi = after.plan.as_ref().and_then(|plan| recorded(change, plan, today));
    let done = Done {
        applied: edited.applied,
        notes: edited.notes,
        added,
        after: after_source,
        summary: after.summary(),
        diff,
        kpi,
    };
    Ok(Ok((done, Some(edited.text))))
}

/// The KPI a `record` measured, as it stands on `today` in `plan`.
fn recorded(change: &Change, plan: &crate::Plan, today: NaiveDate) -> Option<crate::status::KpiView> {
    let Change::Record(record) = change else {
        return None;
    };
    let index = plan.kpis.iter().position(|kpi| kpi.header.id() == Some(&record.id))?;
    let one = crate::Plan {
        kpis: vec![plan.kpis[index].clone()],
        ..crate::Plan::default()
    };
    crate::status::kpis(&one, today).pop()
}

/// Whether `finding`, of the plan `after` a move, is about the moved item
/// itself: it points into the item's table.
fn own(change: &Change, after: &crate::Checked, finding: &Finding) -> bool {
    let (Change::Move(asked), Some(plan), Some(resolved)) = (change, &after.plan, &after.resolved) else {
        return false;
    };
    resolved.ids.get(&asked.id).is_some_and(|&item| {
        let header = plan.header(item);
        finding
            .span
            .as_ref()
            .is_some_and(|span| header.span.start <= span.start && span.end <= header.extent.end)
    })
}

/// Whether the plan after the edit has exactly the items it should (as
/// many of each kind as before, but the one added and those removed) and
/// shows what the change expects of it (ids, statuses, dates).
fn as_expected(before: &crate::Plan, edited: &splice::Edited, after: &crate::Plan, resolved: &crate::Resolved) -> bool {
    use splice::Expect;
    use strum::IntoEnumIterator;
    let counts = Kind::iter().all(|kind| {
        let removed = edited.removed.iter().filter(|&&k| k == kind).count();
        let added = usize::from(edited.added == Some(kind));
        after.count(kind) + removed == before.count(kind) + added
    });
    counts
        && edited.expect.iter().all(|expect| match expect {
            // Not by `resolved.ids`, which holds the first item of an id:
            // a new item whose id is taken is an error to show, not a misread layout.
            Expect::Item { id, kind } => (0..after.count(*kind))
                .any(|index| after.header(crate::plan::ItemRef::new(*kind, index)).id() == Some(id)),
            Expect::Gone { id } => !resolved.ids.contains_key(id),
            Expect::Status { id, status } => resolved
                .ids
                .get(id)
                .is_some_and(|&item| after.entry(item).status() == Some(*status)),
            Expect::Dates { id, start, end } => resolved.ids.get(id).is_some_and(|&item| {
                resolved.start(after, item) == Some(*start) && resolved.end(after, item) == Some(*end)
            }),
            Expect::Measured { id, date, value, count } => resolved.ids.get(id).is_some_and(|&item| {
                let measurements = &after.kpis[item.index].measurements;
                item.kind == Kind::Kpi
                    && measurements.len() == *count
                    && measurements
                        .iter()
                        .rev()
                        .find(|m| m.get_ref().date.as_ref().is_some_and(|d| d.get_ref() == date))
                        .and_then(|m| m.get_ref().value.as_ref())
                        .is_some_and(|v| v.get_ref().0 == *value)
            }),
        })
}

/// What identifies a finding for an edit: its code and arguments
/// ([`Finding::identity`]), as the change leaves them. A renamed id is the
/// new id before the edit too, and a move's dates do not count: an error
/// about an item the edit renamed or moved that was there before is still
/// not the edit's.
fn identity(change: &Change, finding: &Finding) -> (crate::finding::Code, crate::finding::Args) {
    use crate::finding::{Arg, Args, Table};
    let (code, Args(args)) = finding.identity();
    let args = match change {
        Change::Rename { old, new } => {
            let renamed = |id: &String| if id == old { new.clone() } else { id.clone() };
            args.into_iter()
                .map(|(name, arg)| {
                    let arg = match arg {
                        Arg::Text(id) => Arg::Text(renamed(&id)),
                        Arg::List(ids) => Arg::List(ids.iter().map(renamed).collect()),
                        Arg::Path(ids) => Arg::Path(ids.iter().map(renamed).collect()),
                        Arg::Table(Table::Item { kind, id, number }) => Arg::Table(Table::Item {
                            kind,
                            id: id.as_ref().map(renamed),
                            number,
                        }),
                        other => other,
                    };
                    (name, arg)
                })
                .collect()
        }
        Change::Move(_) => args
            .into_iter()
            .filter(|(_, arg)| !matches!(arg, Arg::Date(_) | Arg::Month(_) | Arg::Day(_)))
            .collect(),
        _ => args,
    };
    (code, Args(args))
}

/// The findings of `after` that `before` did not have, compared by
/// `identity` (code and arguments), so that findings the edit only moved
/// do not count as new.
fn new_findings<K: std::hash::Hash + Eq>(
    before: &[Finding],
    after: &[Finding],
    identity: impl Fn(&Finding) -> K,
) -> Vec<Finding> {
    let mut old: std::collections::HashMap<K, usize> = std::collections::HashMap::new();
    for finding in before {
        *old.entry(identity(finding)).or_default() += 1;
    }
    after
        .iter()
        .filter(|finding| match old.get_mut(&identity(finding)) {
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
        let plain = Finding::identity;
        assert!(new_findings(before, &[moved], plain).is_empty());
        assert_eq!(new_findings(before, std::slice::from_ref(&other), plain), vec![other]);
        // Twice where there was once: one is new.
        assert_eq!(new_findings(before, &[old.clone(), old.clone()], plain).len(), 1);
    }

    #[test]
    fn a_renamed_id_and_moved_dates_do_not_make_a_finding_new() {
        let day = |text| crate::PlanDate::parse(text).unwrap();
        let before = Finding::new(Code::DependencyOrder)
            .arg("id", "a")
            .arg("predecessor", "p")
            .arg("end", day("2021-04"));
        let renamed = Finding::new(Code::DependencyOrder)
            .arg("id", "a")
            .arg("predecessor", "q")
            .arg("end", day("2021-04"));
        let rename = Change::Rename {
            old: "p".into(),
            new: "q".into(),
        };
        let new = |change: &Change, after: &Finding| {
            new_findings(std::slice::from_ref(&before), std::slice::from_ref(after), |f| {
                identity(change, f)
            })
        };
        assert!(new(&rename, &renamed).is_empty());
        let moved = Finding::new(Code::DependencyOrder)
            .arg("id", "a")
            .arg("predecessor", "p")
            .arg("end", day("2021-06"));
        let shift = Change::Move(Move {
            id: "p".into(),
            ..Move::default()
        });
        assert!(new(&shift, &moved).is_empty());
        assert_eq!(new(&rename, &moved).len(), 1);
    }
}
