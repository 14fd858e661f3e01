//! A finding is a value: what is wrong, how badly, where, and what to do.
//! Every output format renders the same findings (see `report`), and only
//! [`Summary`] decides what they mean for the exit code.

use std::fmt;
use std::ops::Range;

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! codes {
    ($($variant:ident => $name:literal, $severity:ident, $explain:literal;)*) => {
        /// The stable code of a finding. Each is documented in `docs/diagnostics.md`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code { $($variant,)* }

        impl Code {
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as users and scripts see it.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            pub fn severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// What the finding means and what to do about it: one paragraph.
            pub fn explain(self) -> &'static str {
                match self { $(Code::$variant => $explain,)* }
            }

            pub fn from_name(name: &str) -> Option<Code> {
                Code::ALL.iter().copied().find(|code| code.as_str() == name)
            }
        }
    };
}

codes! {
    // Reading the file.
    InvalidUtf8 => "invalid-utf8", Error,
        "The file has bytes that are not UTF-8, the only encoding a plan may have. The finding points at the \
         first such byte. Save the file as UTF-8; the rest of the plan is still checked, with the bad bytes \
         read as `\u{FFFD}`.";
    Syntax => "syntax", Error,
        "The file is not valid TOML: an unclosed string or bracket, a key without a value, a key given twice. \
         Every syntax error in the file is reported, and nothing else is checked until they are fixed, since \
         what a broken file means is a guess.";
    UnknownKey => "unknown-key", Error,
        "A key icc does not know, in the plan, `[project]`, a phase, milestone, workshop or recurring meeting. \
         It is an error rather than ignored so that a typo (`stauts`) never silently drops data; the help names \
         the nearest known key.";
    WrongType => "wrong-type", Error,
        "A value of the wrong TOML type: a number in quotes (`months = \"3\"`), a single string where a list \
         is expected (`audience = \"public\"` instead of `[\"public\"]`), `[phase]` instead of `[[phase]]`.";
    MissingField => "missing-field", Error,
        "A required field is absent: `[project]` and its `name`; an `id` and a `name` or `title` on every item; \
         a `date` on every workshop and milestone; `phase` and `every_months` on a recurring meeting. The \
         finding points at the table's header.";
    InvalidId => "invalid-id", Error,
        "An id must match `[a-z0-9][a-z0-9-]*`: lowercase ASCII letters, digits and hyphens, starting with a \
         letter or digit, so that it can be typed and used in a URL, a file name or a calendar UID. The help \
         suggests one made from what was written.";
    InvalidDate => "invalid-date", Error,
        "A date icc cannot read. A day is `YYYY-MM-DD` (a TOML date like `2021-03-15`, or a string), a month \
         is `\"YYYY-MM\"`. A day that does not exist (`2021-02-30`), a month outside 01-12, a time of day or \
         an offset, a five-digit year, and words (`martie 2021`, `19.11.2020`) are all rejected.";
    InvalidValue => "invalid-value", Error,
        "A value outside the ones allowed: `mode` is `online`, `in-person` or `hybrid`; `status` is \
         `planned`, `done` or `cancelled`; `months` is at least 1; names and titles are not empty.";
    // Resolving ids and dates.
    DuplicateId => "duplicate-id", Error,
        "Two items share an id. Ids are unique across all kinds (phases, milestones, workshops, recurring \
         meetings), because `after` and `phase` refer to them by id alone. The finding points at the second \
         use and shows the first.";
    UnknownReference => "unknown-reference", Error,
        "An `after` entry names an id that is not in the plan (the help suggests the nearest one), or names a \
         recurring meeting, which has no single end to wait for.";
    SelfReference => "self-reference", Error,
        "An item lists itself in `after`: it would have to wait for its own end.";
    DependencyCycle => "dependency-cycle", Error,
        "Items wait for each other in a loop (`a` after `b`, `b` after `a`), so none can start and no date on \
         the loop can be derived. The finding names every id on the loop in order, each `after` the next, and \
         points at each `after` entry involved.";
    PhaseUnderdetermined => "phase-underdetermined", Error,
        "A phase's window cannot be fixed. A phase needs two of `start`, `end` and `months`, or `after` (it \
         then starts the day after its latest predecessor ends) with `months` or `end`.";
    UnknownPhase => "unknown-phase", Error,
        "A workshop, milestone or recurring meeting names a `phase` that is not a phase of the plan (the help \
         suggests the nearest).";
    // Checking what was resolved.
    EndBeforeStart => "end-before-start", Error,
        "A phase or a series of workshops ends before it starts.";
    MonthsMismatch => "months-mismatch", Warning,
        "A phase states a length in `months` that its window does not have. Lengths are calendar months, \
         counting both end months: `2020-09` to `2021-02` is 6 months, not 5. A warning, because the window \
         is usually right and the stated length a rounding; `--strict` makes it fail.";
    DependencyOrder => "dependency-order", Error,
        "An item definitely starts before something it is `after` ends (finish-to-start). Starting on the day \
         the predecessor ends is allowed.";
    DependencyOrderPossible => "dependency-order-possible", Note,
        "An item may start before something it is `after` ends, depending on days the plan does not state: \
         the dates are known only to the month and share a month. Not an error; give day dates if the order \
         matters.";
    OutsidePhase => "outside-phase", Error,
        "A workshop or milestone falls outside the window of the phase it names. A month-precision window \
         runs from the first day of its start month to the last day of its end month.";
    OutsidePhasePossible => "outside-phase-possible", Note,
        "A month-precision event straddles its phase's window boundary: whether it falls inside depends on \
         the day, which the plan does not state.";
    PhaseInferred => "phase-inferred", Note,
        "A workshop has no `phase`, and exactly one phase's window holds its date: icc takes that phase, and \
         says so. Add `phase` to make it explicit.";
    NoPhase => "no-phase", Warning,
        "A workshop has no `phase`, and icc cannot infer one: no phase's window holds its date, or several \
         do. Add `phase`.";
    InvalidInterval => "invalid-interval", Error,
        "A recurring meeting's `every_months` is below 1.";
    RecurringOutsidePhase => "recurring-outside-phase", Error,
        "A recurring meeting has no occurrence inside its phase: its `first` date is outside the window, or, \
         by default (the phase start plus `every_months`), the first occurrence would already be past its end.";
    Overdue => "overdue", Warning,
        "A workshop is still `planned` although its date has passed (for a month-precision date, once the \
         month is over) on the day icc computes for: `--today`, `ICC_TODAY`, or the local date. Mark it \
         `done` or `cancelled`.";
    SameDay => "same-day", Note,
        "Two workshops or milestones fall on the same day. Often intended (a morning and an afternoon \
         session); worth a look when the same people lead both.";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A second place a finding points at ("first defined here").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub span: Range<usize>,
    pub label: String,
}

/// One thing the checker found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub message: String,
    /// Byte range in the source text, if the finding has a place in the file.
    pub span: Option<Range<usize>>,
    /// A short label under the caret.
    pub label: Option<String>,
    pub help: Option<String>,
    pub related: Vec<Related>,
}

impl Finding {
    pub fn new(code: Code, message: impl Into<String>) -> Finding {
        Finding {
            code,
            message: message.into(),
            span: None,
            label: None,
            help: None,
            related: Vec::new(),
        }
    }

    pub fn at(mut self, span: Range<usize>) -> Finding {
        self.span = Some(span);
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Finding {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    pub fn related(mut self, span: Range<usize>, label: impl Into<String>) -> Finding {
        self.related.push(Related {
            span,
            label: label.into(),
        });
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

/// What a set of findings means: counts, and whether the run passes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Summary {
    pub fn of(findings: &[Finding]) -> Summary {
        let mut summary = Summary::default();
        for finding in findings {
            match finding.severity() {
                Severity::Error => summary.errors += 1,
                Severity::Warning => summary.warnings += 1,
                Severity::Note => summary.notes += 1,
            }
        }
        summary
    }

    /// The one place that decides pass or fail: errors fail, and warnings
    /// too under `--strict`. Notes never do.
    pub fn passes(self, strict: bool) -> bool {
        self.errors == 0 && !(strict && self.warnings > 0)
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}, {}, {}",
            crate::text::plural(self.errors, "error"),
            crate::text::plural(self.warnings, "warning"),
            crate::text::plural(self.notes, "note")
        )
    }
}
