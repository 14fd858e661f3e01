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
    ($($variant:ident => $name:literal, $severity:ident;)*) => {
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
        }
    };
}

codes! {
    // Reading the file.
    InvalidUtf8 => "invalid-utf8", Error;
    Syntax => "syntax", Error;
    UnknownKey => "unknown-key", Error;
    WrongType => "wrong-type", Error;
    MissingField => "missing-field", Error;
    InvalidId => "invalid-id", Error;
    InvalidDate => "invalid-date", Error;
    InvalidValue => "invalid-value", Error;
    // Resolving ids and dates.
    DuplicateId => "duplicate-id", Error;
    UnknownReference => "unknown-reference", Error;
    SelfReference => "self-reference", Error;
    DependencyCycle => "dependency-cycle", Error;
    PhaseUnderdetermined => "phase-underdetermined", Error;
    UnknownPhase => "unknown-phase", Error;
    // Checking what was resolved.
    EndBeforeStart => "end-before-start", Error;
    MonthsMismatch => "months-mismatch", Warning;
    DependencyOrder => "dependency-order", Error;
    DependencyOrderPossible => "dependency-order-possible", Note;
    OutsidePhase => "outside-phase", Error;
    OutsidePhasePossible => "outside-phase-possible", Note;
    PhaseInferred => "phase-inferred", Note;
    NoPhase => "no-phase", Warning;
    InvalidInterval => "invalid-interval", Error;
    RecurringOutsidePhase => "recurring-outside-phase", Error;
    SameDay => "same-day", Note;
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
        let count = |n: usize, word: &str| {
            if n == 1 {
                format!("1 {word}")
            } else {
                format!("{n} {word}s")
            }
        };
        write!(
            f,
            "{}, {}, {}",
            count(self.errors, "error"),
            count(self.warnings, "warning"),
            count(self.notes, "note")
        )
    }
}
