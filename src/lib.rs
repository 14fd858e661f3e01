//! `icc`: a programme plan as code. A plan is read from TOML, resolved
//! (ids, dependencies, derived dates) and checked, and every problem is a
//! [`Finding`] that each output format renders the same way.
//!
//! The pipeline, one module a stage (see `ARCHITECTURE.md`):
//! `source` → `load` (into the `plan`) → `resolve` → `rules` → findings
//! (`finding`, worded from the catalogue of `lang`); around it, `status`
//! computes where the programme stands on a day, `table` and `timeline`
//! draw it, `export` writes it for other tools, `diff` compares two plans,
//! `report` writes the review session's document, `edit` changes the
//! file, `schema` and `init` help people start one. [`cli`] wires them into
//! commands. The library never prints: commands return what to print and
//! the binary writes it.

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
mod date;
mod diff;
mod edit;
mod export;
mod finding;
mod graph;
mod init;
mod interval;
mod kpi;
mod lang;
mod load;
mod markdown;
mod plan;
mod report;
mod resolve;
mod rules;
mod schema;
mod source;
mod status;
mod style;
mod svg;
mod table;
mod text;
mod timeline;

pub use date::PlanDate;
pub use finding::{Code, Finding, Severity, Summary};
pub use plan::Plan;
pub use resolve::Resolved;
pub use source::Source;
pub use text::{is_unsafe, printable, printable_lines};

/// A plan taken through every stage it could get through.
#[derive(Debug)]
pub struct Checked {
    /// `None` when the TOML itself could not be parsed.
    pub plan: Option<Plan>,
    pub resolved: Option<Resolved>,
    /// Every finding, in the order of the file, but those accepted by an
    /// `allow`.
    pub findings: Vec<Finding>,
    /// How many findings an `allow` accepted.
    pub allowed: usize,
}

impl Checked {
    /// What the findings mean for the run, with the accepted ones counted apart.
    pub fn summary(&self) -> Summary {
        Summary {
            allowed: self.allowed,
            ..Summary::of(&self.findings)
        }
    }
}

/// Loads, resolves and checks a plan as on `today`. `early` holds findings
/// made before the text was parsed (bytes that are not UTF-8).
///
/// ```
/// let text = "[project]\nname = \"Arad\"\n\n[[phase]]\nid = \"pregatire\"\nname = \"Pregătire\"\n\
///             start = \"2020-09\"\nend = \"2021-02\"\nmonths = 5\n";
/// let source = icc::Source::new("plan.toml", text.to_owned(), false);
/// let today = chrono::NaiveDate::from_ymd_opt(2021, 11, 28).unwrap();
/// let checked = icc::check(&source, None, today);
/// let finding = &checked.findings[0];
/// assert_eq!(finding.code.as_str(), "months-mismatch");
/// assert_eq!(source.line_col(finding.span.clone().unwrap().start).line, 9);
/// assert!(icc::Summary::of(&checked.findings).passes(false));
/// ```
pub fn check(source: &Source, early: Option<Finding>, today: chrono::NaiveDate) -> Checked {
    let (plan, mut findings) = load::load(source);
    findings.extend(early);
    let resolved = plan.as_ref().map(|plan| {
        let resolved = resolve::resolve(plan, source, &mut findings);
        rules::check(plan, &resolved, today, &mut findings);
        resolved
    });
    let mut allowed = 0;
    if let Some(plan) = &plan {
        (findings, allowed) = finding::allow::apply(plan, findings);
    }
    // Findings in the order of the file; those with no place last.
    findings.sort_by_key(|f| f.span.as_ref().map_or((usize::MAX, usize::MAX), |s| (s.start, s.end)));
    Checked {
        plan,
        resolved,
        findings,
        allowed,
    }
}
