//! `record`: a measurement of a KPI, `{ date = …, value = … }`, added to
//! its `measurements` in the layout the array is written in — one a line
//! (the same indentation, the trailing comma kept or not), on one line,
//! or as `[[kpi.measurements]]` tables — or the array made, as the design
//! writes it, where there is none. In an array, a measurement goes after
//! the last one dated on or before it where the array is in date order,
//! else last; a `[[kpi.measurements]]` table always goes after the KPI's
//! last, whatever their order (a limit: it is not put in date order). A
//! date already measured is refused, unless `replace`: then its value is
//! replaced where it stands.
//!
//! Where the array and its elements are comes from the parser's spans (of
//! the KPI's table read again); what is read between them is only what
//! TOML allows there (whitespace, commas, comments).

use std::ops::Range;

use super::layout::{Splice, comma_after, date_like, insert_line, line_after, line_start, rest_of_line_is_clear};
use super::splice::{Applied, Expect, Parts, find, inline, lines_at};
use super::{EditError, Refusal, Unsupported, Wanted};
use crate::date::PlanDate;
use crate::plan::{Header, Kind, Plan};
use crate::resolve::Resolved;
use crate::source::Source;

/// A number as it is to be written in the plan: its text, as TOML writes
/// it (`41.5`, `12`, `-3`), and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub written: String,
    pub value: f64,
}

/// Why a text is not a number icc writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureError {
    /// Not digits with an optional sign and an optional decimal part.
    NotANumber,
    /// A whole number beyond what TOML holds (64 bits), or a decimal
    /// beyond what a double holds.
    TooLarge,
}

impl Figure {
    /// A number as typed: an optional sign, digits, and an optional decimal
    /// part after a point or a comma (`41,5` is `41.5`). Written as TOML
    /// writes it: without `+` or leading zeros, with a point.
    pub fn parse(text: &str) -> Result<Figure, FigureError> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (whole, fraction) = match digits.split_once(['.', ',']) {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (digits, None),
        };
        let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
            return Err(FigureError::NotANumber);
        }
        let whole = whole.trim_start_matches('0');
        let whole = if whole.is_empty() { "0" } else { whole };
        let sign = if negative { "-" } else { "" };
        let written = match fraction {
            Some(fraction) => format!("{sign}{whole}.{fraction}"),
            None => format!("{sign}{whole}"),
        };
        let value = match fraction {
            None => written.parse::<i64>().map_err(|_| FigureError::TooLarge)? as f64,
            Some(_) => written.parse::<f64>().map_err(|_| FigureError::NotANumber)?,
        };
        if !value.is_finite() {
            return Err(FigureError::TooLarge);
        }
        Ok(Figure { written, value })
    }
}

/// A measurement to record.
#[derive(Clone, Debug)]
pub struct Record {
    /// The KPI's id.
    pub id: String,
    pub figure: Figure,
    pub date: PlanDate,
    /// Replace the value of a measurement on the same date, if there is one.
    pub replace: bool,
}

/// How a KPI's table holds its measurements.
enum Form {
    /// No `measurements` key.
    Absent,
    /// `measurements = [ … ]`: where its `[` and `]` are, and its elements.
    Array {
        open: usize,
        close: usize,
        elements: Vec<Element>,
    },
    /// `[[kpi.measurements]]` tables: each header's span, and its keys.
    Tables(Vec<Element>),
}

/// One measurement as written: its span, its keys in order with their
/// values' spans.
struct Element {
    span: Range<usize>,
    keys: Vec<(String, Range<usize>, Range<usize>)>,
}

impl Element {
    fn value(&self, key: &str) -> Option<Range<usize>> {
        self.keys
            .iter()
            .find(|(k, ..)| k == key)
            .map(|(_, _, value)| value.clone())
    }

    /// Whether it writes `value` before `date`.
    fn value_first(&self) -> bool {
        let at = |key: &str| self.keys.iter().position(|(k, ..)| k == key);
        matches!((at("value"), at("date")), (Some(v), Some(d)) if v < d)
    }

    /// How it spaces an inline table (`{ a = 1, b = 2 }`, `{a=1,b=2}`), if
    /// it is one of two keys or more with nothing but spaces around them.
    fn spacing(&self, text: &str) -> Option<Spacing> {
        let [(_, first, first_value), (_, second, _), ..] = self.keys.as_slice() else {
            return None;
        };
        let (_, _, last_value) = self.keys.last()?;
        let bytes = text.as_bytes();
        if bytes.get(self.span.start) != Some(&b'{') || bytes.get(self.span.end.checked_sub(1)?) != Some(&b'}') {
            return None;
        }
        let piece = |range: Range<usize>, mark: Option<char>| -> Option<String> {
            let piece = text.get(range)?;
            let blank = |part: &str| part.chars().all(|c| c == ' ' || c == '\t');
            let fits = match mark {
                Some(mark) => piece.split_once(mark).is_some_and(|(a, b)| blank(a) && blank(b)),
                None => blank(piece),
            };
            fits.then(|| piece.to_owned())
        };
        Some(Spacing {
            open: piece(self.span.start + 1..first.start, None)?,
            equals: piece(first.end..first_value.start, Some('='))?,
            comma: piece(first_value.end..second.start, Some(','))?,
            close: piece(last_value.end..self.span.end - 1, None)?,
        })
    }
}

/// The spaces of an inline table: after `{`, around `=`, around `,`, before `}`.
struct Spacing {
    open: String,
    equals: String,
    comma: String,
    close: String,
}

impl Default for Spacing {
    fn default() -> Spacing {
        Spacing {
            open: " ".into(),
            equals: " = ".into(),
            comma: ", ".into(),
            close: " ".into(),
        }
    }
}

/// How the KPI whose table is `header` writes its measurements, read again
/// from its text; `None` for a form icc does not edit (a value that is no
/// array, a dotted key).
fn form(text: &str, header: &Header) -> Option<Form> {
    let region = text.get(header.extent.clone())?;
    let offset = header.extent.start;
    let (root, errors) = toml::de::DeTable::parse_recoverable(region);
    if !errors.is_empty() {
        return None;
    }
    let items = root.get_ref().get(Kind::Kpi.key())?.get_ref().as_array()?;
    let table = items.iter().next()?.get_ref().as_table()?;
    let Some((key, value)) = table.get_key_value("measurements") else {
        return Some(Form::Absent);
    };
    let shift = |span: Range<usize>| span.start + offset..span.end + offset;
    let array = value.get_ref().as_array()?;
    let mut elements = Vec::with_capacity(array.len());
    for element in array.iter() {
        let keys = match element.get_ref().as_table() {
            Some(table) => table
                .iter()
                .map(|(k, v)| (k.get_ref().to_string(), shift(k.span()), shift(v.span())))
                .collect(),
            None => Vec::new(),
        };
        elements.push(Element {
            span: shift(element.span()),
            keys,
        });
    }
    let span = shift(value.span());
    if value.span().start >= key.span().end {
        let bytes = text.as_bytes();
        let close = span.end.checked_sub(1)?;
        (bytes.get(span.start) == Some(&b'[') && bytes.get(close) == Some(&b']')).then_some(Form::Array {
            open: span.start,
            close,
            elements,
        })
    } else {
        // `[[kpi.measurements]]`: each element's span is its header.
        let headers = elements.iter().all(|e| text[e.span.clone()].starts_with("[["));
        (headers && !elements.is_empty()).then_some(Form::Tables(elements))
    }
}

pub(super) fn apply(
    source: &Source,
    plan: &Plan,
    resolved: &Resolved,
    record: &Record,
) -> Result<Result<Parts, Refusal>, EditError> {
    let text = &source.text;
    let item = find(plan, resolved, &source.name, None, &record.id, Wanted::Kpi)?;
    if inline(plan, Kind::Kpi) {
        return Ok(Err(Refusal::Unsupported(Unsupported::InlineTables(Kind::Kpi))));
    }
    let kpi = &plan.kpis[item.index];
    let unsupported = || {
        Refusal::Unsupported(Unsupported::Value {
            id: record.id.clone(),
            key: "measurements",
        })
    };
    let Some(form) = form(text, &kpi.header) else {
        return Ok(Err(unsupported()));
    };
    let line = |offset: usize| source.line_col(offset).line;
    let figure = &record.figure;
    let count = kpi.measurements.len();
    let mut parts = Parts::default();
    // The same date measured already: the last written of them is the one
    // that counts, and the one replaced.
    if let Some(old) = kpi
        .measurements
        .iter()
        .rev()
        .find(|m| m.get_ref().date.as_ref().is_some_and(|d| *d.get_ref() == record.date))
    {
        let elements = match &form {
            Form::Array { elements, .. } | Form::Tables(elements) => elements.as_slice(),
            Form::Absent => &[],
        };
        let value = old.get_ref().value.as_ref();
        let span = value
            .map(|value| value.span())
            .or_else(|| elements.iter().find(|e| e.span == old.span())?.value("value"));
        let Some(span) = span else {
            return Ok(Err(unsupported()));
        };
        let written = text[span.clone()].to_owned();
        let was = value.map(|value| value.get_ref().0);
        if !record.replace {
            return Ok(Err(Refusal::Measured {
                id: record.id.clone(),
                date: record.date,
                value: was,
                written,
                line: line(span.start),
                new: figure.value,
            }));
        }
        parts.expect.push(Expect::Measured {
            id: record.id.clone(),
            date: record.date,
            value: figure.value,
            count,
        });
        if was == Some(figure.value) {
            parts.applied.push(Applied::AlreadyRecorded {
                id: record.id.clone(),
                date: record.date,
                value: figure.value,
            });
            return Ok(Ok(parts));
        }
        parts.splices.push((span.clone(), figure.written.clone()));
        parts.applied.push(Applied::Recorded {
            id: record.id.clone(),
            date: record.date,
            value: figure.value,
            replaced: Some(was),
        });
        return Ok(Ok(parts));
    }
    // A day as this KPI writes its days (in quotes, or bare), else bare.
    let day_as = kpi
        .measurements
        .iter()
        .filter_map(|m| m.get_ref().date.as_ref())
        .chain(
            kpi.baseline
                .iter()
                .chain(&kpi.target)
                .filter_map(|p| p.get_ref().date.as_ref()),
        )
        .find(|d| d.get_ref().precision_is_day())
        .map_or("", |d| &text[d.span()]);
    let date = date_like(day_as, record.date);
    // Where it goes: after the last dated on or before it, where they are
    // in date order; else after the last.
    let dates: Option<Vec<_>> = kpi
        .measurements
        .iter()
        .map(|m| m.get_ref().date.as_ref().map(|d| d.get_ref().first()))
        .collect();
    let index = match dates {
        Some(dates) if dates.windows(2).all(|w| w[0] <= w[1]) => {
            dates.iter().filter(|&&d| d <= record.date.first()).count()
        }
        _ => count,
    };
    let splices = match &form {
        Form::Absent => {
            let indent = indentation(
                text,
                kpi.header.id.as_ref().map_or(kpi.header.keys_end, |id| id.span().start),
            );
            let element = inline_element(&date, &figure.written, false, &Spacing::default());
            let at = line_after(text, kpi.header.keys_end);
            vec![insert_line(
                text,
                at,
                &format!("{indent}measurements = [\n{indent}  {element},\n{indent}]"),
            )]
        }
        Form::Array { open, close, elements } => {
            // The model reads every element or none (a list with one that
            // is no table is already an error): the index counts elements.
            let index = if elements.len() == count { index } else { elements.len() };
            let value_first = elements.first().is_some_and(Element::value_first);
            let spacing = elements.first().and_then(|e| e.spacing(text)).unwrap_or_default();
            let element = inline_element(&date, &figure.written, value_first, &spacing);
            let spans: Vec<Range<usize>> = elements.iter().map(|e| e.span.clone()).collect();
            into_array(text, *open, *close, &spans, index, &element)
        }
        Form::Tables(elements) => {
            let first = &elements[0];
            let header = &text[first.span.clone()];
            let indent = first
                .keys
                .first()
                .map_or(String::new(), |(_, key, _)| indentation(text, key.start));
            let (date_line, value_line) = (
                format!("{indent}date = {date}\n"),
                format!("{indent}value = {}\n", figure.written),
            );
            let keys = if first.value_first() {
                value_line + &date_line
            } else {
                date_line + &value_line
            };
            let at = line_after(text, kpi.header.extent.end);
            let lines = format!("\n{header}\n{keys}");
            vec![(at..at, lines_at(text, at, &lines))]
        }
    };
    parts.splices = splices;
    parts.expect.push(Expect::Measured {
        id: record.id.clone(),
        date: record.date,
        value: figure.value,
        count: count + 1,
    });
    parts.applied.push(Applied::Recorded {
        id: record.id.clone(),
        date: record.date,
        value: figure.value,
        replaced: None,
    });
    Ok(Ok(parts))
}

/// `{ date = …, value = … }`, or the other way round, spaced so.
fn inline_element(date: &str, value: &str, value_first: bool, spacing: &Spacing) -> String {
    let Spacing {
        open,
        equals,
        comma,
        close,
    } = spacing;
    let (date, value) = (format!("date{equals}{date}"), format!("value{equals}{value}"));
    let (first, second) = if value_first { (value, date) } else { (date, value) };
    format!("{{{open}{first}{comma}{second}{close}}}")
}

/// The whitespace that starts the line holding `offset`.
fn indentation(text: &str, offset: usize) -> String {
    let start = line_start(text, offset);
    let line = &text[start..offset.min(text.len()).max(start)];
    line[..line.len() - line.trim_start_matches([' ', '\t']).len()].to_owned()
}

/// Whether the element at `span` starts its line (after whitespace).
fn starts_line(text: &str, span: &Range<usize>) -> bool {
    text[line_start(text, span.start)..span.start]
        .trim_matches([' ', '\t'])
        .is_empty()
}

/// The splices that put `element` into the array `[` at `open`, `]` at
/// `close`, whose elements are at `items`, so that it is the `index`th.
/// An array written one element a line gets a line, indented as the
/// element before it (or after it) and ending as it does (`,` or not);
/// any other, the element after a comma, on the line of its neighbour.
fn into_array(
    text: &str,
    open: usize,
    close: usize,
    items: &[Range<usize>],
    index: usize,
    element: &str,
) -> Vec<Splice> {
    let multiline = text[open..items.first().map_or(close, |first| first.start)].contains('\n');
    // The separator the array uses between elements: `, ` unless it writes `,`.
    let separator = match items {
        [a, b, ..] if text[a.end..b.start] == *"," => ",",
        _ => ", ",
    };
    let Some(previous) = index.checked_sub(1).and_then(|i| items.get(i)) else {
        return match items.first() {
            // Before the first.
            Some(first) if multiline && starts_line(text, first) => {
                let at = line_start(text, first.start);
                vec![(at..at, format!("{}{element},\n", indentation(text, first.start)))]
            }
            Some(first) => vec![(first.start..first.start, format!("{element}{separator}"))],
            // None yet: `[]` becomes the design's layout; a `[` whose `]`
            // is on a line below gets a line above the `]`.
            None => {
                let indent = indentation(text, open);
                if multiline {
                    let at = line_start(text, close);
                    vec![(at..at, format!("{indent}  {element},\n"))]
                } else {
                    vec![(open + 1..close, format!("\n{indent}  {element},\n{indent}"))]
                }
            }
        };
    };
    let next = items.get(index);
    let comma = comma_after(text, previous.end);
    let end = next.map_or(close, |next| next.start);
    let own_line = multiline
        && starts_line(text, previous)
        && text[previous.end..end].contains('\n')
        && match comma {
            Some(c) => !text[previous.end..c].contains('\n') && rest_of_line_is_clear(text, c + 1),
            None => rest_of_line_is_clear(text, previous.end),
        };
    if !own_line {
        return vec![(previous.end..previous.end, format!("{separator}{element}"))];
    }
    let indent = indentation(text, previous.start);
    match comma {
        // After the line of the one before: with a comma, as it has one.
        Some(c) => {
            let at = line_after(text, c);
            vec![(at..at, format!("{indent}{element},\n"))]
        }
        // The last, without a trailing comma: it gets one, the new one none.
        None => {
            let at = line_after(text, previous.end);
            vec![
                (previous.end..previous.end, ",".to_owned()),
                (at..at, format!("{indent}{element}\n")),
            ]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_toml_writes_them() {
        let written = |text: &str| Figure::parse(text).map(|f| (f.written, f.value));
        assert_eq!(written("41,5"), Ok(("41.5".into(), 41.5)));
        assert_eq!(written("41.50"), Ok(("41.50".into(), 41.5)));
        assert_eq!(written("+012"), Ok(("12".into(), 12.0)));
        assert_eq!(written("-3"), Ok(("-3".into(), -3.0)));
        assert_eq!(written("0"), Ok(("0".into(), 0.0)));
        assert_eq!(written("-0,25"), Ok(("-0.25".into(), -0.25)));
        for bad in [
            "",
            "-",
            "1.",
            ".5",
            "1,000.5",
            "1e3",
            "12%",
            "1_000",
            "douăzeci",
            "0x10",
            "1 000",
            "NaN",
            "inf",
        ] {
            assert_eq!(Figure::parse(bad), Err(FigureError::NotANumber), "{bad:?}");
        }
        assert_eq!(Figure::parse("99999999999999999999"), Err(FigureError::TooLarge));
        assert_eq!(Figure::parse(&"9".repeat(400)), Err(FigureError::TooLarge));
        // What it writes reads back as TOML, to the same value.
        for text in ["41,5", "007", "-0.125", "123456789012345678"] {
            let figure = Figure::parse(text).unwrap();
            let doc: toml::Table = format!("v = {}", figure.written).parse().unwrap();
            let read = doc["v"].as_float().or(doc["v"].as_integer().map(|i| i as f64)).unwrap();
            assert_eq!(read, figure.value, "{text}");
        }
    }

    fn insert(text: &str, index: usize, element: &str) -> String {
        let open = text.find('[').unwrap();
        let close = text.rfind(']').unwrap();
        let mut items = Vec::new();
        let mut at = open;
        while let Some(start) = text[at..close].find('{').map(|i| i + at) {
            let end = text[start..].find('}').unwrap() + start + 1;
            items.push(start..end);
            at = end;
        }
        let mut splices = into_array(text, open, close, &items, index, element);
        splices.sort_by_key(|(range, _)| range.start);
        let mut out = String::new();
        let mut at = 0;
        for (range, new) in splices {
            out += &text[at..range.start];
            out += &new;
            at = range.end;
        }
        out + &text[at..]
    }

    #[test]
    fn an_element_joins_an_array_in_its_layout() {
        let n = "{ n }";
        for (before, index, after) in [
            (
                "m = [\n  { a },\n  { b },\n]\n",
                2,
                "m = [\n  { a },\n  { b },\n  { n },\n]\n",
            ),
            (
                "m = [\n  { a },\n  { b }\n]\n",
                2,
                "m = [\n  { a },\n  { b },\n  { n }\n]\n",
            ),
            (
                "m = [\n  { a },\n  { b }\n]\n",
                1,
                "m = [\n  { a },\n  { n },\n  { b }\n]\n",
            ),
            (
                "m = [\n    { a }, # x\n]\n",
                1,
                "m = [\n    { a }, # x\n    { n },\n]\n",
            ),
            ("m = [\n\t{ a } # x\n]\n", 1, "m = [\n\t{ a }, # x\n\t{ n }\n]\n"),
            (
                "m = [\n  { a },\n  # c\n]\n",
                1,
                "m = [\n  { a },\n  { n },\n  # c\n]\n",
            ),
            ("m = [\n  { a },\n]\n", 0, "m = [\n  { n },\n  { a },\n]\n"),
            ("m = [{ a }]\n", 1, "m = [{ a }, { n }]\n"),
            ("m = [{ a },{ b }]\n", 2, "m = [{ a },{ b },{ n }]\n"),
            ("m = [{ a }, ]\n", 1, "m = [{ a }, { n }, ]\n"),
            ("m = [{ a }]\n", 0, "m = [{ n }, { a }]\n"),
            ("m = [\n  { a }, { b },\n]\n", 1, "m = [\n  { a }, { n }, { b },\n]\n"),
            ("m = [\n  { a },\n  { b }]\n", 2, "m = [\n  { a },\n  { b }, { n }]\n"),
            ("m = []\n", 0, "m = [\n  { n },\n]\n"),
            ("m = [ ]\n", 0, "m = [\n  { n },\n]\n"),
            ("m = [\n  # none yet\n]\n", 0, "m = [\n  # none yet\n  { n },\n]\n"),
        ] {
            assert_eq!(insert(before, index, n), after, "{before:?} at {index}");
        }
    }
}
