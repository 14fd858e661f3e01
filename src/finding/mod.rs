//! A finding is a value: a stable [`Code`], where it is in the file, and
//! typed arguments (ids, dates, numbers, allowed values, a suggestion).
//! Its words — the message, the label under the caret, the help — are made
//! from the arguments only when it is shown, from the catalogue of the
//! reader's language ([`crate::lang`]), so every output format and every
//! language says the same thing. [`Summary`] is the one place that decides
//! what a set of findings means for the run.

pub(crate) mod allow;
mod code;
pub(crate) mod render;

use std::ops::Range;

use chrono::NaiveDate;
use serde::ser::{SerializeMap, Serializer};

pub use code::Code;

use crate::date::PlanDate;
use crate::lang::Catalog;
use crate::plan::Kind;

/// How much a finding matters.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, strum::IntoStaticStr, strum::Display,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Which table of the plan a finding about a field is in.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Table {
    /// The top level of the file.
    Plan,
    /// A table of its own: `[project]`.
    Section(&'static str),
    /// An item: by its id when it has a usable one, else by its place
    /// among the tables of its kind (1-based).
    Item {
        kind: Kind,
        id: Option<String>,
        number: usize,
    },
}

/// One argument of a finding.
///
/// In JSON an argument is a string, a number or an array of strings; a
/// [`Table`] is an object (`{"kind": "workshop", "id": "ws-1"}`). In a
/// message, a list is written with backticks (`` `a`, `b` ``), a path as
/// `` `a` → `b` ``, and a [`Arg::Term`] or a table in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    /// Text as the plan or the user wrote it: an id, a key, a value
    /// (shown on one line, cut at 80 columns).
    Text(String),
    /// Text shown whole, on one line: a path or a command to copy.
    Whole(String),
    Number(i64),
    /// A date as the plan states it (`2021-02` or `2021-02-28`).
    Date(PlanDate),
    /// A month, written for people (`February 2021`).
    Month(NaiveDate),
    /// A day, written for people (`19 February 2021`).
    Day(NaiveDate),
    /// A measured value, a decimal (a KPI's `41.5`), written with the
    /// language's decimal mark.
    Value(Decimal),
    List(Vec<String>),
    /// Ids in the order one follows the other (a dependency cycle).
    Path(Vec<String>),
    /// A line or a column of the plan (`the phase at line 4`): a number in
    /// words and in JSON, but not part of what identifies a finding
    /// ([`Finding::identity`]), since an edit above it moves it.
    Place(usize),
    /// A word from a closed set, translated by the catalogue: the message
    /// `{prefix}-{value}` (`kind-workshop`, `type-integer`).
    Term(&'static str, &'static str),
    Table(Table),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

impl From<PlanDate> for Arg {
    fn from(date: PlanDate) -> Arg {
        Arg::Date(date)
    }
}

impl From<Kind> for Arg {
    fn from(kind: Kind) -> Arg {
        Arg::Term("kind", kind.as_str())
    }
}

impl From<Table> for Arg {
    fn from(table: Table) -> Arg {
        Arg::Table(table)
    }
}

/// A finite decimal that is equal to itself and hashes (by its bits), so
/// that findings carrying one can be compared.
#[derive(Clone, Copy, Debug)]
pub struct Decimal(pub f64);

impl PartialEq for Decimal {
    fn eq(&self, other: &Decimal) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Decimal {}

impl std::hash::Hash for Decimal {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.to_bits().hash(state);
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Value(Decimal(n))
    }
}

macro_rules! number_args {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg {
            fn from(n: $ty) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i32, u32, i64, usize);

/// A finding's arguments by name, in the order they were given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Args(pub Vec<(&'static str, Arg)>);

impl serde::Serialize for Args {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, arg) in &self.0 {
            match arg {
                Arg::Text(text) | Arg::Whole(text) => map.serialize_entry(name, text)?,
                Arg::Number(n) => map.serialize_entry(name, n)?,
                Arg::Value(n) => map.serialize_entry(name, &n.0)?,
                Arg::Place(n) => map.serialize_entry(name, n)?,
                Arg::Date(date) => map.serialize_entry(name, &date.to_string())?,
                Arg::Month(month) => map.serialize_entry(name, &PlanDate::Month(*month).to_string())?,
                Arg::Day(day) => map.serialize_entry(name, &PlanDate::Day(*day).to_string())?,
                Arg::List(items) | Arg::Path(items) => map.serialize_entry(name, items)?,
                Arg::Term(_, value) => map.serialize_entry(name, value)?,
                Arg::Table(table) => map.serialize_entry(name, &TableJson(table))?,
            }
        }
        map.end()
    }
}

struct TableJson<'a>(&'a Table);

impl serde::Serialize for TableJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        match self.0 {
            Table::Plan => map.serialize_entry("kind", "plan")?,
            Table::Section(key) => map.serialize_entry("kind", key)?,
            Table::Item { kind, id, number } => {
                map.serialize_entry("kind", kind.as_str())?;
                match id {
                    Some(id) => map.serialize_entry("id", id)?,
                    None => map.serialize_entry("number", number)?,
                }
            }
        }
        map.end()
    }
}

/// Which of its code's texts a finding is shown with. The catalogue holds,
/// under the code, a message and attributes: `.label`, `.help`, and
/// variants of each (`.empty`, `.help-list`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Text {
    /// The attribute named `label` or `help`, if the code has one.
    #[default]
    Usual,
    /// Another attribute of the code.
    Named(&'static str),
    None,
}

/// A second place a finding points at ("first used here"), with its label:
/// an attribute of the finding's code, and the arguments it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub span: Range<usize>,
    pub label: &'static str,
    pub args: Args,
}

/// One thing the checker found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    /// Byte range in the source text, if the finding has a place in the file.
    pub span: Option<Range<usize>>,
    pub args: Args,
    /// A variant of the code's message (an attribute name), or its usual one.
    pub message: Option<&'static str>,
    pub label: Text,
    pub help: Text,
    pub related: Vec<Related>,
}

impl Finding {
    pub fn new(code: Code) -> Finding {
        Finding {
            code,
            span: None,
            args: Args::default(),
            message: None,
            label: Text::Usual,
            help: Text::Usual,
            related: Vec::new(),
        }
    }

    pub fn at(mut self, span: Range<usize>) -> Finding {
        self.span = Some(span);
        self
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Finding {
        self.args.0.push((name, value.into()));
        self
    }

    /// Says it with a variant of the code's message: the attribute `variant`.
    pub fn variant(mut self, variant: &'static str) -> Finding {
        self.message = Some(variant);
        self
    }

    pub fn label(mut self, label: Text) -> Finding {
        self.label = label;
        self
    }

    pub fn help(mut self, help: Text) -> Finding {
        self.help = help;
        self
    }

    /// Points at a second place too, labelled with the attribute `label`.
    pub fn related(mut self, span: Range<usize>, label: &'static str) -> Finding {
        self.related.push(Related {
            span,
            label,
            args: Args::default(),
        });
        self
    }

    /// As [`Finding::related`], with arguments of its own for the label.
    pub fn related_with(mut self, span: Range<usize>, label: &'static str, args: Args) -> Finding {
        self.related.push(Related { span, label, args });
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// What it says, in the catalogue's language.
    pub fn message(&self, lang: &Catalog) -> String {
        lang.finding(self.code.as_str(), self.message, &self.args)
            .unwrap_or_else(|| self.code.as_str().to_owned())
    }

    pub fn label_text(&self, lang: &Catalog) -> Option<String> {
        self.text(lang, self.label, "label")
    }

    pub fn help_text(&self, lang: &Catalog) -> Option<String> {
        self.text(lang, self.help, "help")
    }

    pub fn related_label(&self, related: &Related, lang: &Catalog) -> String {
        let mut args = self.args.clone();
        args.0.extend(related.args.0.iter().cloned());
        lang.finding(self.code.as_str(), Some(related.label), &args)
            .unwrap_or_default()
    }

    /// A label or help: the usual attribute (of the message's variant, if
    /// it has one: `months-label`), or the one named.
    fn text(&self, lang: &Catalog, which: Text, usual: &'static str) -> Option<String> {
        let attribute = match (which, self.message) {
            (Text::Usual, None) => usual.to_owned(),
            (Text::Usual, Some(variant)) => format!("{variant}-{usual}"),
            (Text::Named(name), _) => name.to_owned(),
            (Text::None, _) => return None,
        };
        lang.finding(self.code.as_str(), Some(&attribute), &self.args)
    }

    /// What identifies a finding whatever its place: its code and its
    /// arguments, an item among them known by its id, not by its number
    /// among the tables of its kind, and no line or column. An edit compares findings before and
    /// after by this, so that findings moved by the edit (or renumbered by
    /// a table it inserted before theirs) do not count as new.
    /// An argument that is advice rather than what is wrong (a suggestion,
    /// the ids or keys to choose from, how to write a value: the words of
    /// a help alone) is left out too: an edit may change the advice (the
    /// id it suggests is renamed or removed) without changing the finding.
    pub fn identity(&self) -> (Code, Args) {
        fn advice(code: Code, name: &str) -> bool {
            match name {
                "suggestion" | "known" | "written" | "example" | "last" | "in_phase" | "in_phases" => true,
                // The phases to choose from; of `no-phase`, those it overlaps.
                "phases" => code == Code::UnknownPhase,
                _ => false,
            }
        }
        let args = self
            .args
            .0
            .iter()
            .filter(|(name, _)| !advice(self.code, name))
            .map(|(name, arg)| {
                let arg = match arg {
                    Arg::Table(Table::Item { kind, id, .. }) => Arg::Table(Table::Item {
                        kind: *kind,
                        id: id.clone(),
                        number: 0,
                    }),
                    Arg::Place(_) => Arg::Place(0),
                    other => other.clone(),
                };
                (*name, arg)
            });
        (self.code, Args(args.collect()))
    }
}

/// What a set of findings means: counts, and whether the run passes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    /// Findings accepted by an `allow` (not among the findings counted).
    pub allowed: usize,
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
