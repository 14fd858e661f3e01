//! Accepted findings: `allow = ["code", …]` on an item, or in `[check]`
//! for the whole plan (design.md, "Findings").
//!
//! A finding is accepted by an item's `allow` when it points into that
//! item's table (from its header to its last value) — where its caret is,
//! or where one of its other labels is (`same-day` shows both events) —
//! and by `[check]` wherever it is. Only warnings and notes can be
//! accepted (the loader refuses error codes in `allow`). An accepted
//! finding is not shown and does not count toward `--strict`; each
//! `allow` entry that accepted nothing becomes an `unused-allow` note, so
//! stale ones do not pile up — but not while the plan has errors (rules
//! stay quiet about broken items, so an entry may only seem unused), and
//! never for a finding that depends on the day (`overdue`,
//! `done-in-future`), which an entry may rightly wait for.

use std::ops::Range;

use super::{Arg, Code, Finding, Severity, Table};
use crate::plan::{Plan, Spanned};

/// What an `allow` covers: an item's table, or (with no extent) the whole
/// plan; its entries, and which of them accepted a finding.
struct Scope<'p> {
    extent: Option<Range<usize>>,
    table: Table,
    entries: &'p [Spanned<Code>],
    used: Vec<bool>,
}

impl<'p> Scope<'p> {
    fn new(extent: Option<Range<usize>>, table: Table, entries: &'p [Spanned<Code>]) -> Scope<'p> {
        Scope {
            extent,
            table,
            entries,
            used: vec![false; entries.len()],
        }
    }

    /// Accepts the finding if an entry names its code.
    fn accepts(&mut self, code: Code) -> bool {
        let entry = self.entries.iter().position(|entry| *entry.get_ref() == code);
        if let Some(entry) = entry {
            self.used[entry] = true;
        }
        entry.is_some()
    }
}

/// The findings that remain, and how many were accepted.
pub fn apply(plan: &Plan, findings: Vec<Finding>) -> (Vec<Finding>, usize) {
    // Items that allow something, by where their tables start (tables do
    // not overlap).
    let mut items: Vec<Scope<'_>> = plan
        .items()
        .filter_map(|item| {
            let header = plan.header(item);
            let table = Table::Item {
                kind: item.kind,
                id: header.id().map(str::to_owned),
                number: item.index + 1,
            };
            (!header.allow.is_empty()).then(|| Scope::new(Some(header.extent.clone()), table, &header.allow))
        })
        .collect();
    items.sort_by_key(|scope| scope.extent.as_ref().map(|extent| extent.start));
    let mut whole = Scope::new(None, Table::Section("check"), &plan.check.allow);

    let mut kept = Vec::with_capacity(findings.len());
    let mut accepted = 0;
    // The item whose table holds a byte, if it allows anything.
    let holder = |items: &[Scope<'_>], at: usize| {
        let i = items.partition_point(|scope| scope.extent.as_ref().is_some_and(|e| e.start <= at));
        i.checked_sub(1)
            .filter(|&i| items[i].extent.as_ref().is_some_and(|e| at < e.end))
    };
    for finding in findings {
        let places = finding.span.iter().chain(finding.related.iter().map(|r| &r.span));
        let holders: Vec<usize> = places.filter_map(|span| holder(&items, span.start)).collect();
        let is_accepted = finding.severity() != Severity::Error
            && (holders.into_iter().any(|i| items[i].accepts(finding.code)) || whole.accepts(finding.code));
        if is_accepted {
            accepted += 1;
        } else {
            kept.push(finding);
        }
    }

    if kept.iter().any(|finding| finding.severity() == Severity::Error) {
        return (kept, accepted);
    }
    let by_day = [
        Code::Overdue,
        Code::DoneInFuture,
        Code::MeasurementInFuture,
        Code::NotMeasured,
    ];
    for scope in items.iter().chain([&whole]) {
        // An entry written again is `duplicate-entry`'s already: one note a code.
        let mut said = Vec::new();
        let unused = scope.entries.iter().zip(&scope.used).filter(|(_, used)| !**used);
        for (entry, _) in unused.filter(|(entry, _)| !by_day.contains(entry.get_ref())) {
            if said.contains(entry.get_ref())
                || scope
                    .entries
                    .iter()
                    .zip(&scope.used)
                    .any(|(e, used)| *used && e.get_ref() == entry.get_ref())
            {
                continue;
            }
            said.push(*entry.get_ref());
            kept.push(
                Finding::new(Code::UnusedAllow)
                    .at(entry.span())
                    .arg("table", Arg::Table(scope.table.clone()))
                    .arg("allowed", entry.get_ref().as_str()),
            );
        }
    }
    (kept, accepted)
}
