//! Reading a plan: TOML text to the [`Plan`], with a finding for every
//! problem at the exact place it is, not only the first.
//!
//! The TOML is parsed into spanned values, then each table is read by its
//! kind's [`Section::read`], field by field through [`Fields`]. A key is
//! known because a reader asked for it, so the list that unknown keys are
//! compared against cannot drift from the model; run on nothing
//! ([`describe`]), the same readers give the keys, types and documentation
//! the JSON Schema is made of.

use std::ops::Range;

use serde_json::{Value as Json, json};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::date::{DateError, PlanDate};
use crate::finding::{Arg, Code, Finding, Table, Text};
use crate::plan::{Direction, Item, Kind, Mode, Plan, Section, Status, is_valid_id};
use crate::source::Source;

/// The pattern of an id in the schema.
pub const ID_PATTERN: &str = r"^[a-z0-9][a-z0-9-]*$";
/// The pattern of a date in the schema: a day (`YYYY-MM-DD`, as a TOML date
/// or a string) or a month (`YYYY-MM`).
pub const DATE_PATTERN: &str = r"^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$";

/// The plan, if its TOML could be parsed, and every finding about its
/// shape, in the order of the file.
pub fn load(source: &Source) -> (Option<Plan>, Vec<Finding>) {
    let (root, errors) = DeTable::parse_recoverable(&source.text);
    if !errors.is_empty() {
        // After a syntax error the recovered tables are guesses: checking
        // them would report problems that are not there.
        let values = located_values(root.get_ref());
        let mut findings: Vec<Finding> = Vec::with_capacity(errors.len());
        // A table written twice trips the parser again at each of its keys
        // the first one has: the table is the mistake, said once.
        let mut twice: Option<usize> = None;
        for err in &errors {
            let finding = syntax_finding(source, &values, err);
            let start = finding.span.as_ref().map_or(0, |s| s.start);
            if let Some(since) = twice {
                // Each stretch of text looked at once: from the last error to this one.
                let next_header = source.text[since..start.max(since)]
                    .lines()
                    .skip(1)
                    .any(|l| l.trim_start().starts_with('['));
                if !next_header && finding.message == Some("duplicate-key") {
                    twice = Some(start.max(since));
                    continue;
                }
            }
            twice = (finding.message == Some("duplicate-table")).then_some(start);
            findings.push(finding);
        }
        // One mistake often trips the parser twice on a line; the first says it best.
        findings.dedup_by_key(|f| source.line_col(f.span.as_ref().map_or(0, |s| s.start)).line);
        return (None, findings);
    }
    let mut findings = Vec::new();
    let mut fields = Fields::new(Table::Plan, root.get_ref(), 0..0, &mut findings);
    let plan = Plan::read(&mut fields);
    fields.finish();
    findings.sort_by_key(|f| f.span.as_ref().map_or((usize::MAX, usize::MAX), |s| (s.start, s.end)));
    (Some(plan), findings)
}

/// The problems TOML's parser names, each with the catalogue's term for it
/// (`syntax-problem-…`): its English text (as `toml_parser` writes it,
/// before `, expected …`) and the term's name.
pub(crate) const SYNTAX_PROBLEMS: &[(&str, &str)] = &[
    ("invalid basic string", "invalid-basic-string"),
    ("invalid literal string", "invalid-literal-string"),
    ("invalid multi-line basic string", "invalid-multi-line-basic-string"),
    ("invalid multi-line literal string", "invalid-multi-line-literal-string"),
    ("invalid string", "invalid-string"),
    ("unclosed array", "unclosed-array"),
    ("unclosed table", "unclosed-table"),
    ("unclosed array table", "unclosed-array-table"),
    ("unclosed inline table", "unclosed-inline-table"),
    ("extra `=`", "extra"),
    ("string values must be quoted", "string-values-must-be-quoted"),
    ("unexpected leading zero", "unexpected-leading-zero"),
    ("invalid boolean", "invalid-boolean"),
    ("missing escaped value", "missing-escaped-value"),
    (
        "missing comma between array elements",
        "missing-comma-between-array-elements",
    ),
    (
        "missing assignment between key-value pairs",
        "missing-assignment-between-key-value-pairs",
    ),
    ("missing value", "missing-value"),
    ("missing value for key", "missing-value-for-key"),
    ("key with no value", "key-with-no-value"),
    ("invalid unquoted key", "invalid-unquoted-key"),
    ("invalid key", "invalid-key"),
    ("unquoted keys cannot be empty", "unquoted-keys-cannot-be-empty"),
    (
        "keys cannot be multi-line literal strings",
        "keys-cannot-be-multi-line-literal-strings",
    ),
    (
        "keys cannot be multi-line basic strings",
        "keys-cannot-be-multi-line-basic-strings",
    ),
    ("extra comma in array", "extra-comma-in-array"),
    ("extra comma in inline table", "extra-comma-in-inline-table"),
    ("invalid integer number", "invalid-integer-number"),
    ("invalid float", "invalid-float"),
    ("invalid value", "invalid-value"),
    ("unexpected content", "unexpected-content"),
    ("unexpected key or value", "unexpected-key-or-value"),
    (
        "cannot recurse further; max recursion depth met",
        "cannot-recurse-further-max-recursion-depth-met",
    ),
    (
        "carriage return must be followed by newline",
        "carriage-return-must-be-followed-by-newline",
    ),
    ("invalid comment character", "invalid-comment-character"),
    ("`_` may only go between digits", "may-only-go-between-digits"),
    ("invalid table", "invalid-table"),
    ("missing table open", "missing-table-open"),
    ("missing inline table opening", "missing-inline-table-opening"),
    ("missing array opening", "missing-array-opening"),
    ("missing opening quote", "missing-opening-quote"),
    (
        "missing key for inline table element",
        "missing-key-for-inline-table-element",
    ),
    ("unexpected `=` in array", "unexpected-in-array"),
    ("too few unicode value digits", "too-few-unicode-value-digits"),
    ("redundant numeric sign", "redundant-numeric-sign"),
    ("unexpected sign", "unexpected-sign"),
    (
        "integers with a radix cannot be signed",
        "integers-with-a-radix-cannot-be-signed",
    ),
    ("radix must be lowercase", "radix-must-be-lowercase"),
    (
        "missing comma between key-value pairs",
        "missing-comma-between-key-value-pairs",
    ),
    (
        "extra assignment between key-value pairs",
        "extra-assignment-between-key-value-pairs",
    ),
    ("invalid key-value pair", "invalid-key-value-pair"),
    ("invalid inline table element", "invalid-inline-table-element"),
    (
        "unexpected content between comment and newline",
        "unexpected-content-between-comment-and-newline",
    ),
    ("missing comment start", "missing-comment-start"),
    ("redundant integer number prefix", "redundant-integer-number-prefix"),
    ("invalid mantissa", "invalid-mantissa"),
    ("invalid fraction", "invalid-fraction"),
    ("invalid hexadecimal number", "invalid-hexadecimal-number"),
    ("invalid octal number", "invalid-octal-number"),
    ("invalid binary number", "invalid-binary-number"),
    ("invalid exponent", "invalid-exponent"),
    ("duplicate key", "duplicate-key"),
    ("invalid time", "invalid-time"),
    ("invalid date", "invalid-date"),
    ("invalid date-time", "invalid-date-time"),
    ("invalid time offset", "invalid-time-offset"),
];

/// A syntax error's finding: its detail (`args.detail`, the parser's own
/// words, the same in every language) and, where the catalogue knows the
/// problem, the problem as a term, with what was expected if that is code
/// (`` `]` ``) rather than words.
fn syntax_words(finding: Finding, detail: &str) -> Finding {
    let (problem, expected) = match detail.split_once(", expected ") {
        Some((problem, expected)) => (problem, Some(expected)),
        None => (detail, None),
    };
    let finding = finding.arg("detail", detail);
    let Some((_, term)) = SYNTAX_PROBLEMS.iter().find(|(text, _)| *text == problem) else {
        return finding;
    };
    let finding = finding.arg("problem", Arg::Term("syntax-problem", term));
    let code = |item: &str| item.len() > 2 && item.starts_with('`') && item.ends_with('`');
    match expected {
        Some(expected) if expected.split(", ").all(code) => finding.arg("expected", expected).variant("known-expected"),
        _ => finding.variant("known"),
    }
}

/// A TOML syntax error as a finding. A value TOML rejects that is a date
/// written in a form TOML does not take — a month without quotes
/// (`start = 2025-01`), a day that does not exist (`2021-02-30`), a day
/// first (`date = 31.03.2025`) — is reported as a date of its table and
/// key, with what to write instead.
fn syntax_finding(source: &Source, values: &[Located], err: &toml::de::Error) -> Finding {
    let span = err.span().unwrap_or(0..0);
    let syntax = || syntax_words(Finding::new(Code::Syntax).at(span.clone()), err.message().trim_end());
    if err.message().starts_with("duplicate key") {
        return duplicate_key(source, values, span.clone()).unwrap_or_else(syntax);
    }
    // The value the error is in, as the parser recovered it.
    let at = values.partition_point(|value| value.span.start <= span.start);
    let Some(value) = at.checked_sub(1).map(|i| &values[i]).filter(|v| span.end <= v.span.end) else {
        return syntax();
    };
    let Some(text) = source.text.get(value.span.clone()).map(str::trim) else {
        return syntax();
    };
    let finding = Finding::new(Code::InvalidDate)
        .arg("table", value.table.clone())
        .arg("key", value.key.as_str())
        .at(value.span.clone());
    match PlanDate::parse(text) {
        Ok(PlanDate::Month(_)) => finding
            .arg("text", text)
            .arg("written", format!("\"{text}\""))
            .variant("unquoted-month"),
        Ok(PlanDate::Day(_)) => syntax(),
        // Not a date TOML could tell, unless the key holds dates.
        Err(DateError::Form(_)) if PlanDate::suggest(text).is_none() && !holds_dates(&value.key) => syntax(),
        Err(err) => date_finding(finding, &err),
    }
}

/// Whether a key is one that holds a date, in any table (`date`,
/// `start`, `end`, `first`, `baseline.date`).
fn holds_dates(key: &str) -> bool {
    let last = key.rsplit('.').next().unwrap_or(key);
    matches!(last, "date" | "start" | "end" | "first")
}

/// A key or a table written twice: which, and where it was first.
fn duplicate_key(source: &Source, values: &[Located], span: Range<usize>) -> Option<Finding> {
    let key = source.text.get(span.clone())?.trim().trim_matches(['"', '\'']);
    let line_start = source.text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    if source.text[line_start..span.start].trim_start().starts_with('[') {
        // The table's whole name (`[a.b]`), as its header writes it.
        let header = &source.text[line_start..];
        let name = header
            .split(']')
            .next()
            .map(|name| name.trim_start().trim_start_matches('[').trim())
            .filter(|name| !name.is_empty() && !name.contains('\n'))
            .unwrap_or(key);
        return Some(
            Finding::new(Code::Syntax)
                .variant("duplicate-table")
                .arg("name", name)
                .at(span),
        );
    }
    // The table the key is in is the table of the value before it; the
    // first of the two is among that table's values, before it.
    let at = values.partition_point(|value| value.span.start < span.start);
    let table = &values[at.checked_sub(1)?].table;
    let first = values[..at]
        .iter()
        .rev()
        .take_while(|value| &value.table == table)
        .filter(|value| value.key == key)
        .last()?;
    let first_line = source.line_col(first.span.start).line;
    Some(
        Finding::new(Code::Syntax)
            .variant("duplicate-key")
            .arg("table", table.clone())
            .arg("key", key)
            .arg("line", first_line)
            .related(first.span.clone(), "first")
            .at(span),
    )
}

/// A value of a plan TOML could not parse, as far as the parser recovered
/// it: its place, and the table and key it is the value of.
struct Located {
    span: Range<usize>,
    table: Table,
    key: String,
}

/// Every value of the recovered tables, in the order of the file: the
/// sections' (`[project]`), the items' (`[[phase]]`, numbered, named by
/// their id where it reads as one), and the top level's. Keys inside
/// inline tables are dotted (`baseline.date`).
fn located_values(root: &DeTable<'_>) -> Vec<Located> {
    use strum::IntoEnumIterator;
    fn walk(table: &DeTable<'_>, within: &Table, prefix: &str, out: &mut Vec<Located>) {
        for (key, value) in table {
            let key = format!("{prefix}{}", key.get_ref());
            match value.get_ref() {
                DeValue::Table(inner) => walk(inner, within, &format!("{key}."), out),
                // `dates = [2021-13]`, `measurements = [{ date = 2021-13 }]`
                DeValue::Array(items) if !items.is_empty() => {
                    for item in items {
                        match item.get_ref() {
                            DeValue::Table(inner) => walk(inner, within, &format!("{key}."), out),
                            _ => out.push(Located {
                                span: item.span(),
                                table: within.clone(),
                                key: key.clone(),
                            }),
                        }
                    }
                }
                _ => out.push(Located {
                    span: value.span(),
                    table: within.clone(),
                    key,
                }),
            }
        }
    }
    let sections = describe::<Plan>();
    let mut out = Vec::new();
    let mut top = DeTable::default();
    for (key, value) in root {
        let name = key.get_ref().as_ref();
        let kind = Kind::iter().find(|kind| kind.key() == name);
        match (value.get_ref(), kind) {
            (DeValue::Array(items), Some(kind)) => {
                for (index, item) in items.iter().enumerate() {
                    let DeValue::Table(table) = item.get_ref() else {
                        continue;
                    };
                    let id = table
                        .get("id")
                        .and_then(|id| id.get_ref().as_str())
                        .filter(|id| is_valid_id(id))
                        .map(str::to_owned);
                    let within = Table::Item {
                        kind,
                        id,
                        number: index + 1,
                    };
                    walk(table, &within, "", &mut out);
                }
            }
            (DeValue::Table(table), _) => {
                let within = sections
                    .iter()
                    .find(|spec| spec.key == name)
                    .map_or(Table::Plan, |spec| Table::Section(spec.key));
                let prefix = if within == Table::Plan {
                    format!("{name}.")
                } else {
                    String::new()
                };
                walk(table, &within, &prefix, &mut out);
            }
            _ => {
                top.insert(key.clone(), value.clone());
            }
        }
    }
    walk(&top, &Table::Plan, "", &mut out);
    out.sort_by_key(|value| value.span.start);
    out
}

/// The arguments that say why a text is not a date, and the help that
/// says what to write: the date it most likely means, where one fits.
fn date_finding(finding: Finding, err: &DateError) -> Finding {
    let finding = match err {
        DateError::Form(text) => finding.arg("problem", "form").arg("text", text),
        DateError::NoSuchDay { text, month, days } => finding
            .arg("problem", "no-such-day")
            .arg("text", text)
            .arg("month", Arg::Month(*month))
            .arg("days", *days)
            .arg("last", PlanDate::Day(crate::date::last_of_month(*month)))
            .help(Text::Named("help-no-such-day")),
        DateError::NoSuchMonth(text) => finding
            .arg("problem", "no-such-month")
            .arg("text", text)
            .help(Text::Named("help-no-such-month")),
        DateError::TimeOfDay(text) => finding.arg("problem", "time-of-day").arg("text", text),
        DateError::YearZero(text) => finding
            .arg("problem", "year-zero")
            .arg("text", text)
            .help(Text::Named("help-year-zero")),
    };
    match err.suggestion() {
        Some(date) => {
            let written = match date {
                PlanDate::Day(_) => date.to_string(),
                PlanDate::Month(_) => format!("\"{date}\""),
            };
            finding
                .arg("suggestion", date)
                .arg("written", written)
                .help(Text::Named("help-suggestion"))
        }
        None => finding,
    }
}

/// One key a reader asks for: what the schema says of it.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    pub key: &'static str,
    pub doc: &'static str,
    pub required: bool,
    pub shape: Shape,
}

/// What a key holds.
#[derive(Clone, Copy, Debug)]
pub enum Shape {
    /// A value, with its JSON Schema.
    Value(fn() -> Json),
    /// A table (`[project]`), with its keys.
    Table(fn() -> Vec<FieldSpec>),
    /// An array of tables (`[[phase]]`), with the keys of each.
    Tables(fn() -> Vec<FieldSpec>),
}

/// The keys a reader asks for, found by running it on an empty table.
pub fn describe<T: Section>() -> Vec<FieldSpec> {
    let empty = DeTable::default();
    let mut sink = Vec::new();
    let mut fields = Fields::new(Table::Plan, &empty, 0..0, &mut sink);
    let _ = T::read(&mut fields);
    fields.known
}

/// A type a field may hold: how it is read from TOML and what the schema
/// says of it.
pub trait FieldType: Sized {
    /// What a message says is expected: the catalogue's `type-…` term.
    const EXPECTED: &'static str;
    /// A value to suggest when the field is missing.
    const EXAMPLE: &'static str;
    /// The JSON Schema (draft-07) of the value.
    fn schema() -> Json;
    /// The value, or why not: a finding whose place, table and key the
    /// caller adds.
    fn read(value: &DeValue<'_>) -> Result<Self, Box<Finding>>;
    /// Whether a required value is empty.
    fn blank(&self) -> bool {
        false
    }
}

fn wrong_type(expected: &'static str, found: &DeValue<'_>) -> Box<Finding> {
    let found_type = match found {
        DeValue::String(_) => "string",
        DeValue::Integer(_) => "integer",
        DeValue::Float(_) => "float",
        DeValue::Boolean(_) => "boolean",
        DeValue::Datetime(_) => "datetime",
        DeValue::Array(_) => "array",
        DeValue::Table(_) => "table",
    };
    let finding = Finding::new(Code::WrongType)
        .arg("expected", Arg::Term("type", expected))
        .arg("found", Arg::Term("type", found_type));
    Box::new(match (expected, written(expected, found)) {
        (_, Some(written)) => finding.arg("written", written).help(Text::Named("help-written")),
        ("table", None) => finding.help(Text::Named("help-table")),
        ("tables", None) => finding.help(Text::Named("help-tables")),
        _ => finding.help(Text::None),
    })
}

/// The value as the field takes it, where the mistake is only its form: a
/// string for a list of strings (`["public"]`), a number or boolean for
/// a string (`"2021"`), a whole number in a string for a number (`5`).
fn written(expected: &str, found: &DeValue<'_>) -> Option<String> {
    // Only one line of printable text, which a help shows as it is.
    let quoted = |text: &str| {
        (!text.trim().is_empty() && !text.chars().any(crate::text::is_unsafe))
            .then(|| toml_edit::Value::from(text).to_string())
    };
    let whole = |number: &str| {
        let number = number.trim().trim_end_matches(".0");
        (!number.is_empty() && number.len() <= 6 && number.bytes().all(|b| b.is_ascii_digit()))
            .then(|| number.trim_start_matches('0').to_owned())
            .filter(|n| !n.is_empty())
    };
    match (expected, found) {
        ("strings", DeValue::String(text)) => Some(format!("[{}]", quoted(text)?)),
        // `phase = ["p"]`: one string where a list holds one.
        ("string", DeValue::Array(items)) if items.len() == 1 => quoted(items.iter().next()?.get_ref().as_str()?),
        ("string", DeValue::Integer(n)) => quoted(n.as_str()),
        ("string", DeValue::Float(n)) => quoted(n.as_str()),
        ("months" | "integer", DeValue::String(text)) => whole(text),
        // `review = "true"`: the word, unquoted.
        ("boolean", DeValue::String(text)) => match text.trim() {
            "true" | "yes" | "da" => Some("true".to_owned()),
            "false" | "no" | "nu" => Some("false".to_owned()),
            _ => None,
        },
        ("months" | "integer", DeValue::Float(n)) => whole(n.as_str()),
        // `value = "41,5"`, `"60%"`: the number, written as TOML writes one.
        ("number", DeValue::String(text)) => {
            let number = text.trim().trim_end_matches('%').trim_end().replacen(',', ".", 1);
            let plain = !number.is_empty()
                && number.len() <= 24
                && number
                    .trim_start_matches(['-', '+'])
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.')
                && number.bytes().any(|b| b.is_ascii_digit());
            plain
                .then(|| number.parse::<f64>().ok())
                .flatten()
                .filter(|n| n.is_finite())
                .map(|_| number.trim_start_matches('+').to_owned())
        }
        _ => None,
    }
}

impl FieldType for String {
    const EXPECTED: &'static str = "string";
    const EXAMPLE: &'static str = "\"…\"";

    fn schema() -> Json {
        json!({"type": "string"})
    }

    fn read(value: &DeValue<'_>) -> Result<String, Box<Finding>> {
        match value {
            DeValue::String(text) => Ok(text.to_string()),
            other => Err(wrong_type(Self::EXPECTED, other)),
        }
    }

    fn blank(&self) -> bool {
        self.trim().is_empty()
    }
}

/// The id of another item (`phase`, `after`): any string is read, and one
/// that names nothing is reported when ids are resolved.
struct Reference(String);

impl AsRef<str> for Reference {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl FieldType for bool {
    const EXPECTED: &'static str = "boolean";
    const EXAMPLE: &'static str = "true";

    fn schema() -> Json {
        json!({"type": "boolean"})
    }

    fn read(value: &DeValue<'_>) -> Result<bool, Box<Finding>> {
        match value {
            DeValue::Boolean(yes) => Ok(*yes),
            other => Err(wrong_type(Self::EXPECTED, other)),
        }
    }
}

impl FieldType for Reference {
    const EXPECTED: &'static str = "string";
    const EXAMPLE: &'static str = "\"…\"";

    fn schema() -> Json {
        json!({"type": "string", "pattern": ID_PATTERN})
    }

    fn read(value: &DeValue<'_>) -> Result<Reference, Box<Finding>> {
        // A number is no id to suggest quoting (`phase = 5`); a list of
        // one id is (`phase = ["p"]`).
        let unsuggested = matches!(value, DeValue::Integer(_) | DeValue::Float(_));
        String::read(value)
            .map(Reference)
            .map_err(|finding| if unsuggested { no_suggestion(finding) } else { finding })
    }
}

impl FieldType for PlanDate {
    const EXPECTED: &'static str = "date";
    const EXAMPLE: &'static str = "2021-03-15";

    fn schema() -> Json {
        json!({"type": "string", "pattern": DATE_PATTERN})
    }

    fn read(value: &DeValue<'_>) -> Result<PlanDate, Box<Finding>> {
        let parsed = match value {
            DeValue::String(text) => PlanDate::parse(text),
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => PlanDate::parse(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
                (Some(_), Some(_), _) => Err(DateError::TimeOfDay(dt.to_string())),
                _ => Err(DateError::Form(dt.to_string())),
            },
            other => return Err(wrong_type(Self::EXPECTED, other)),
        };
        parsed.map_err(|err| Box::new(date_finding(Finding::new(Code::InvalidDate), &err)))
    }
}

/// A KPI's value: a number written as an integer or a decimal, finite.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number(pub f64);

impl FieldType for Number {
    const EXPECTED: &'static str = "number";
    const EXAMPLE: &'static str = "12";

    fn schema() -> Json {
        json!({"type": "number"})
    }

    fn read(value: &DeValue<'_>) -> Result<Number, Box<Finding>> {
        let (text, parsed) = match value {
            DeValue::Integer(int) => {
                let digits = int.as_str().replace('_', "");
                let digits = digits
                    .trim_start_matches("0x")
                    .trim_start_matches("0o")
                    .trim_start_matches("0b");
                (
                    int.as_str(),
                    i64::from_str_radix(digits, int.radix()).ok().map(|n| n as f64),
                )
            }
            DeValue::Float(float) => (float.as_str(), float.as_str().replace('_', "").parse::<f64>().ok()),
            other => return Err(wrong_type(Self::EXPECTED, other)),
        };
        match parsed {
            Some(n) if n.is_finite() => Ok(Number(n)),
            _ => Err(Box::new(
                Finding::new(Code::InvalidValue).arg("value", text).variant("number"),
            )),
        }
    }
}

/// A phase's stated length in calendar months, at least 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Months(pub u32);

/// The calendar months between a recurring meeting's occurrences, at least 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval(pub u32);

/// The most months a length may state: ten thousand years.
const MAX_MONTHS: i64 = 12 * 10_000;

/// A whole number of months from 1 to [`MAX_MONTHS`]; else a finding of `code`.
fn months(value: &DeValue<'_>, code: Code) -> Result<u32, Box<Finding>> {
    let DeValue::Integer(int) = value else {
        return Err(wrong_type("months", value));
    };
    let digits = int.as_str().replace('_', "");
    let digits = digits
        .trim_start_matches("0x")
        .trim_start_matches("0o")
        .trim_start_matches("0b");
    match i64::from_str_radix(digits, int.radix()) {
        Ok(n) if (1..=MAX_MONTHS).contains(&n) => Ok(n as u32),
        _ => {
            let finding = Finding::new(code).arg("value", int.as_str()).arg("max", MAX_MONTHS);
            Err(Box::new(if code == Code::InvalidValue {
                finding.variant("months")
            } else {
                finding
            }))
        }
    }
}

/// A number of months, reported with its own code when it cannot be read.
macro_rules! months_field {
    ($($ty:ident => $code:ident),*) => {$(
        impl FieldType for $ty {
            const EXPECTED: &'static str = "months";
            const EXAMPLE: &'static str = "3";

            fn schema() -> Json {
                json!({"type": "integer", "minimum": 1, "maximum": MAX_MONTHS})
            }

            fn read(value: &DeValue<'_>) -> Result<$ty, Box<Finding>> {
                months(value, Code::$code).map($ty)
            }
        }
    )*};
}
months_field!(Months => InvalidValue, Interval => InvalidInterval);

/// A word from a closed set (`mode`, `status`): its forms come from the
/// enum's one definition (strum).
macro_rules! keyword_field {
    ($($ty:ty),*) => {$(
        impl FieldType for $ty {
            const EXPECTED: &'static str = "string";
            const EXAMPLE: &'static str = "\"…\"";

            fn schema() -> Json {
                json!({"type": "string", "enum": <$ty as strum::VariantNames>::VARIANTS})
            }

            fn read(value: &DeValue<'_>) -> Result<$ty, Box<Finding>> {
                // Quoting a wrong value suggests no right one (`status = 1`).
                let text = String::read(value).map_err(no_suggestion)?;
                text.parse::<$ty>().map_err(|_| keyword_finding(&text, <$ty as strum::VariantNames>::VARIANTS))
            }
        }
    )*};
}
keyword_field!(Mode, Status, Direction);

/// A finding code in `allow`: a warning or a note. An error cannot be
/// allowed: a plan that has one is wrong, whatever its keeper accepts.
impl FieldType for Code {
    const EXPECTED: &'static str = "string";
    const EXAMPLE: &'static str = "\"months-mismatch\"";

    fn schema() -> Json {
        json!({"type": "string", "enum": allowable()})
    }

    fn read(value: &DeValue<'_>) -> Result<Code, Box<Finding>> {
        let text = String::read(value).map_err(no_suggestion)?;
        match Code::ALL.iter().find(|code| code.as_str() == text) {
            Some(Code::UnusedAllow) => Err(keyword_finding(&text, &allowable())),
            Some(code) if code.severity() == crate::Severity::Error => Err(Box::new(
                Finding::new(Code::InvalidValue)
                    .arg("value", text.as_str())
                    .variant("allow-error"),
            )),
            Some(code) => Ok(*code),
            None => Err(keyword_finding(&text, &allowable())),
        }
    }
}

/// The codes `allow` takes: every warning and note (but `unused-allow`,
/// which is about `allow` itself).
fn allowable() -> Vec<&'static str> {
    Code::ALL
        .iter()
        .filter(|code| code.severity() != crate::Severity::Error && **code != Code::UnusedAllow)
        .map(|code| code.as_str())
        .collect()
}

/// A wrong type's finding whose help writes the value as `example`: a
/// table inside an item is not written `[key]`.
fn written_as(mut finding: Box<Finding>, example: &str) -> Box<Finding> {
    finding.args.0.retain(|(name, _)| *name != "written");
    finding.args.0.push(("written", Arg::from(example)));
    finding.help = Text::Named("help-written");
    finding
}

/// A wrong type's finding without the value written as the field takes it,
/// where that value would be wrong too.
fn no_suggestion(mut finding: Box<Finding>) -> Box<Finding> {
    finding.args.0.retain(|(name, _)| *name != "written");
    if finding.help == Text::Named("help-written") {
        finding.help = Text::None;
    }
    finding
}

fn keyword_finding(text: &str, allowed: &[&str]) -> Box<Finding> {
    let finding = Finding::new(Code::InvalidValue)
        .arg("value", text)
        .arg("allowed", Arg::List(allowed.iter().map(|s| s.to_string()).collect()));
    Box::new(match did_you_mean(&text.to_lowercase(), allowed) {
        Some(near) => finding.arg("suggestion", near),
        None => finding.help(Text::Named("help-allowed")),
    })
}

/// Reads the fields of one table, remembering which keys were asked for.
pub struct Fields<'t, 'i, 'f> {
    /// How messages name this table.
    table: Table,
    values: &'t DeTable<'i>,
    span: Range<usize>,
    known: Vec<FieldSpec>,
    findings: &'f mut Vec<Finding>,
    broken: bool,
    /// The kinds whose tables are written as one inline array.
    inline: Vec<crate::plan::Kind>,
    /// For a table inside an item's (`baseline = { … }`), the key that
    /// holds it: messages name its keys `baseline.value`.
    within: Option<&'static str>,
}

impl<'t, 'i, 'f> Fields<'t, 'i, 'f> {
    fn new(table: Table, values: &'t DeTable<'i>, span: Range<usize>, findings: &'f mut Vec<Finding>) -> Self {
        Fields {
            table,
            values,
            span,
            known: Vec::new(),
            findings,
            broken: false,
            inline: Vec::new(),
            within: None,
        }
    }

    /// The fields of a table inside this one, under `key`: its findings
    /// name this table and the key (`baseline.value`).
    fn inner<'u>(&'u mut self, key: &'static str, table: &'u DeTable<'i>, span: Range<usize>) -> Fields<'u, 'i, 'u> {
        let mut inner = Fields::new(self.table.clone(), table, span, self.findings);
        inner.within = Some(key);
        inner
    }

    /// `key` as a message names it: `value`, or `baseline.value` inside
    /// another table's key.
    fn key_named(&self, key: &str) -> String {
        match self.within {
            Some(outer) => format!("{outer}.{key}"),
            None => key.to_owned(),
        }
    }

    /// The kinds read so far whose tables are written as one inline array
    /// (`workshop = [{ … }]`), even an empty one.
    pub fn inline_kinds(&self) -> Vec<crate::plan::Kind> {
        self.inline.clone()
    }

    /// The end of the table's own last key and value: entries written
    /// `key = value` (or as dotted keys), not the sub-tables that have a
    /// header of their own, whose text comes after.
    pub fn keys_end(&self) -> usize {
        let mut end = self.span.end;
        if self.span.is_empty() && self.span.start == 0 {
            // The top of the file has no header: only its keys count.
            end = 0;
        }
        let mut tables = vec![self.values];
        while let Some(table) = tables.pop() {
            for (key, value) in table.iter() {
                if value.span().start >= key.span().end {
                    end = end.max(value.span().end);
                } else if value.span() == key.span()
                    && let DeValue::Table(dotted) = value.get_ref()
                {
                    // A dotted key (`extra.note = 1`) spans its first part only.
                    tables.push(dotted);
                }
            }
        }
        end
    }

    /// From the table's header to the end of the last value in it, nested
    /// tables included: the text an edit must not split.
    pub fn extent(&self) -> Range<usize> {
        let mut end = self.span.end;
        let mut tables = vec![self.values];
        while let Some(table) = tables.pop() {
            for (key, value) in table.iter() {
                end = end.max(key.span().end).max(value.span().end);
                // A table written with a header of its own (`[workshop.x]`)
                // is spanned by its header only: look inside.
                match value.get_ref() {
                    DeValue::Table(inner) => tables.push(inner),
                    DeValue::Array(items) => tables.extend(items.iter().filter_map(|item| match item.get_ref() {
                        DeValue::Table(inner) => Some(inner),
                        _ => None,
                    })),
                    _ => {}
                }
            }
        }
        self.span.start..end
    }

    fn get(&mut self, spec: FieldSpec) -> Option<&'t Spanned<DeValue<'i>>> {
        self.known.push(spec);
        self.values.get(spec.key)
    }

    fn report(&mut self, finding: Finding) {
        self.broken = true;
        self.findings.push(finding);
    }

    /// A finding about `key`, placed at `span`, naming this table and the key.
    fn about(&self, key: &'static str, span: Range<usize>, problem: impl Into<Box<Finding>>) -> Finding {
        let problem = *problem.into();
        let mut finding = Finding::new(problem.code)
            .at(span)
            .arg("table", self.table.clone())
            .arg("key", self.key_named(key));
        finding.args.0.extend(problem.args.0);
        Finding {
            message: problem.message,
            label: problem.label,
            help: problem.help,
            related: problem.related,
            ..finding
        }
    }

    fn value<T: FieldType>(&mut self, key: &'static str, value: &Spanned<DeValue<'_>>) -> Option<Spanned<T>> {
        match T::read(value.get_ref()) {
            Ok(read) => Some(Spanned::new(value.span(), read)),
            Err(problem) => {
                let finding = self.about(key, value.span(), problem);
                self.report(finding);
                None
            }
        }
    }

    fn missing(&mut self, key: &'static str, example: &'static str) {
        let finding = self.about(
            key,
            self.span.clone(),
            Finding::new(Code::MissingField).arg("example", example),
        );
        self.report(finding);
    }

    /// An optional field.
    pub fn optional<T: FieldType>(&mut self, key: &'static str, doc: &'static str) -> Option<Spanned<T>> {
        let spec = FieldSpec {
            key,
            doc,
            required: false,
            shape: Shape::Value(T::schema),
        };
        let value = self.get(spec)?;
        self.value(key, value)
    }

    /// A required field: reported when missing or empty.
    pub fn required<T: FieldType>(&mut self, key: &'static str, doc: &'static str) -> Option<Spanned<T>> {
        let spec = FieldSpec {
            key,
            doc,
            required: true,
            shape: Shape::Value(T::schema),
        };
        let Some(value) = self.get(spec) else {
            self.missing(key, T::EXAMPLE);
            return None;
        };
        let read = self.value::<T>(key, value)?;
        if read.get_ref().blank() {
            let finding = self.about(key, read.span(), Finding::new(Code::InvalidValue).variant("empty"));
            self.report(finding);
        }
        Some(read)
    }

    /// An array of strings; each that cannot be read, or is empty, is
    /// reported and left out; one written again is reported (a warning)
    /// and kept, as written.
    pub fn list<T: FieldType + AsRef<str>>(&mut self, key: &'static str, doc: &'static str) -> Vec<Spanned<T>> {
        fn schema<T: FieldType>() -> Json {
            json!({"type": "array", "items": T::schema()})
        }
        let spec = FieldSpec {
            key,
            doc,
            required: false,
            shape: Shape::Value(schema::<T>),
        };
        let Some(value) = self.get(spec) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            let finding = self.about(key, value.span(), wrong_type("strings", value.get_ref()));
            self.report(finding);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        // Where each entry is first written.
        let mut seen: std::collections::HashMap<String, Range<usize>> = std::collections::HashMap::new();
        for item in items.iter() {
            match T::read(item.get_ref()) {
                Ok(read) if read.as_ref().trim().is_empty() => {
                    let finding = self.about(
                        key,
                        item.span(),
                        Finding::new(Code::InvalidValue).variant("empty-entry"),
                    );
                    self.report(finding);
                }
                Ok(read) => {
                    let text = read.as_ref();
                    match seen.get(text) {
                        // Nothing is lost: a warning, and the item is not broken.
                        Some(first) => {
                            let again = Finding::new(Code::DuplicateEntry)
                                .arg("value", text)
                                .related(first.clone(), "first");
                            let finding = self.about(key, item.span(), again);
                            self.findings.push(finding);
                        }
                        None => {
                            seen.insert(text.to_owned(), item.span());
                        }
                    }
                    out.push(Spanned::new(item.span(), read));
                }
                Err(problem) => {
                    // An element of the wrong type: the array is of strings.
                    let problem = match problem.code {
                        Code::WrongType => wrong_type("strings", item.get_ref()),
                        _ => problem,
                    };
                    let finding = self.about(key, item.span(), problem);
                    self.report(finding);
                }
            }
        }
        out
    }

    /// The item's `id`: required, and reported if it is not a valid id (it
    /// is still returned, so that messages can name the item).
    pub fn id(&mut self) -> Option<Spanned<String>> {
        let spec = FieldSpec {
            key: "id",
            doc: "Unique across the plan: lowercase letters, digits and `-`.",
            required: true,
            shape: Shape::Value(Reference::schema),
        };
        let Some(value) = self.get(spec) else {
            self.missing("id", String::EXAMPLE);
            return None;
        };
        let id = self.value::<String>("id", value)?;
        if id.get_ref().blank() {
            let finding = self.about("id", id.span(), Finding::new(Code::InvalidValue).variant("empty"));
            self.report(finding);
            // No id to name the item by, nor to collide with another's.
            return None;
        } else if !is_valid_id(id.get_ref()) {
            let problem = Finding::new(Code::InvalidId)
                .arg("id", id.get_ref())
                .arg("suggestion", crate::text::slug(id.get_ref(), "item-1"));
            let finding = self.about("id", id.span(), problem);
            self.report(finding);
        }
        Some(id)
    }

    fn reference(&mut self, key: &'static str, doc: &'static str, required: bool) -> Option<Spanned<String>> {
        let read = if required {
            self.required::<Reference>(key, doc)
        } else {
            self.optional::<Reference>(key, doc)
        }?;
        Some(Spanned::new(read.span(), read.into_inner().0))
    }

    /// The phase an item names (optional).
    pub fn phase(&mut self, doc: &'static str) -> Option<Spanned<String>> {
        self.reference("phase", doc, false)
    }

    /// The phase an item names, where it must name one.
    pub fn required_phase(&mut self, doc: &'static str) -> Option<Spanned<String>> {
        self.reference("phase", doc, true)
    }

    /// The ids an item follows (`after`).
    pub fn after(&mut self, doc: &'static str) -> Vec<Spanned<String>> {
        self.list::<Reference>("after", doc)
            .into_iter()
            .map(|r| Spanned::new(r.span(), r.into_inner().0))
            .collect()
    }

    /// The finding codes accepted on this table (`allow`): findings of
    /// these codes about it are not shown and do not count.
    pub fn allow(&mut self, doc: &'static str) -> Vec<Spanned<Code>> {
        self.list("allow", doc)
    }

    /// A table under `key` (`[project]`), read by its [`Section`]; required.
    pub fn table<T: Section>(&mut self, key: &'static str, doc: &'static str) -> Option<T> {
        self.section(key, doc, true)
    }

    /// A table under `key` (`[check]`) that a plan may leave out.
    pub fn optional_table<T: Section>(&mut self, key: &'static str, doc: &'static str) -> Option<T> {
        self.section(key, doc, false)
    }

    fn section<T: Section>(&mut self, key: &'static str, doc: &'static str, required: bool) -> Option<T> {
        let spec = FieldSpec {
            key,
            doc,
            required,
            shape: Shape::Table(describe::<T>),
        };
        let Some(value) = self.get(spec) else {
            if required {
                let finding = self.about(key, 0..0, Finding::new(Code::MissingField).variant(key));
                self.findings.push(finding);
            }
            return None;
        };
        let DeValue::Table(table) = value.get_ref() else {
            let finding = self.about(key, value.span(), wrong_type("table", value.get_ref()));
            self.report(finding);
            return None;
        };
        let mut fields = Fields::new(Table::Section(key), table, value.span(), self.findings);
        let read = T::read(&mut fields);
        fields.finish();
        Some(read)
    }

    /// A table written inside an item (`baseline = { value = 12, date =
    /// "2021-03" }`), read by its [`Section`] with its span; reported when
    /// missing if `required`. A problem inside it breaks the item.
    /// `example` is the table as a help writes it (`{ value = 12, date =
    /// "2021-03" }`), where it is missing or not a table.
    pub fn inline<T: Section>(
        &mut self,
        key: &'static str,
        doc: &'static str,
        example: &'static str,
        required: bool,
    ) -> Option<Spanned<T>> {
        let spec = FieldSpec {
            key,
            doc,
            required,
            shape: Shape::Table(describe::<T>),
        };
        let Some(value) = self.get(spec) else {
            if required {
                self.missing(key, example);
            }
            return None;
        };
        let DeValue::Table(table) = value.get_ref() else {
            let problem = wrong_type("table", value.get_ref());
            let finding = self.about(key, value.span(), written_as(problem, example));
            self.report(finding);
            return None;
        };
        let mut fields = self.inner(key, table, value.span());
        let read = T::read(&mut fields);
        if fields.finish() {
            self.broken = true;
        }
        Some(Spanned::new(value.span(), read))
    }

    /// A list of tables written inside an item (`measurements = [{ … }, …]`),
    /// each read by its [`Section`] with its span. A problem inside one
    /// breaks the item; the others are still read.
    /// `example` is the list as a help writes it, where it is not one.
    pub fn inline_list<T: Section>(
        &mut self,
        key: &'static str,
        doc: &'static str,
        example: &'static str,
    ) -> Vec<Spanned<T>> {
        let spec = FieldSpec {
            key,
            doc,
            required: false,
            shape: Shape::Tables(describe::<T>),
        };
        let Some(value) = self.get(spec) else {
            return Vec::new();
        };
        let items = match value.get_ref() {
            DeValue::Array(items) if items.iter().all(|item| item.get_ref().is_table()) => items,
            other => {
                let finding = self.about(key, value.span(), written_as(wrong_type("tables", other), example));
                self.report(finding);
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(items.len());
        let mut broken = false;
        for item in items.iter() {
            let DeValue::Table(table) = item.get_ref() else {
                continue;
            };
            let mut fields = self.inner(key, table, item.span());
            let read = T::read(&mut fields);
            broken |= fields.finish();
            out.push(Spanned::new(item.span(), read));
        }
        self.broken |= broken;
        out
    }

    /// Every table of a kind (`[[workshop]]`), each read by the kind's
    /// [`Section`]; an item with a field that could not be read is marked broken.
    pub fn tables<T: Item>(&mut self) -> Vec<T> {
        let key = T::KIND.key();
        let spec = FieldSpec {
            key,
            doc: T::DOC,
            required: false,
            shape: Shape::Tables(describe::<T>),
        };
        let Some(value) = self.get(spec) else {
            return Vec::new();
        };
        // `workshop = [ … ]`: the array is a value after its key, not a
        // header (`[[workshop]]`) that holds the key.
        if self
            .values
            .get_key_value(key)
            .is_some_and(|(k, _)| value.span().start >= k.span().end)
        {
            self.inline.push(T::KIND);
        }
        let items = match value.get_ref() {
            DeValue::Array(items) if items.iter().all(|item| item.get_ref().is_table()) => items,
            other => {
                let finding = self.about(key, value.span(), wrong_type("tables", other));
                self.report(finding);
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let DeValue::Table(table) = item.get_ref() else {
                continue;
            };
            let id = table.get("id").and_then(|id| id.get_ref().as_str()).map(str::to_owned);
            let name = Table::Item {
                kind: T::KIND,
                id,
                number: index + 1,
            };
            let mut fields = Fields::new(name, table, item.span(), self.findings);
            let mut read = T::read(&mut fields);
            let header = read.header_mut();
            header.span = item.span();
            header.extent = fields.extent();
            header.keys_end = fields.keys_end();
            header.broken = fields.finish();
            out.push(read);
        }
        out
    }

    /// Reports the keys nobody asked for; returns whether the table is broken.
    fn finish(self) -> bool {
        let mut broken = self.broken;
        let known: Vec<&str> = self.known.iter().map(|spec| spec.key).collect();
        for (key, _) in self.values.iter() {
            if known.contains(&key.get_ref().as_ref()) {
                continue;
            }
            broken = true;
            let mut finding = Finding::new(Code::UnknownKey)
                .at(key.span())
                .arg("table", self.table.clone())
                .arg("key", self.key_named(key.get_ref()));
            finding = match did_you_mean(key.get_ref(), &known) {
                Some(near) => finding.arg("suggestion", near),
                None => finding
                    .arg("known", Arg::List(known.iter().map(|k| k.to_string()).collect()))
                    .help(Text::Named("help-list")),
            };
            self.findings.push(finding);
        }
        broken
    }
}

/// The known word nearest to `word`, if it is near enough to be a typo.
pub fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let len = word.chars().count();
    let limit = if len <= 3 { 1 } else { (len / 3).max(2) };
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}
