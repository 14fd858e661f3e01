//! The words icc says, from one Fluent catalogue a language
//! (`locales/*.ftl`, <https://projectfluent.org>). Code asks for a message
//! by id with typed arguments and never builds a sentence itself; plural
//! forms come from Fluent's plural rules for the language.
//!
//! The catalogue is chosen once, at the edge, and passed down.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use chrono::NaiveDate;

use crate::date::PlanDate;
use crate::finding::{Arg, Args, Table};

/// The files of a language's catalogue, `locales/LANG/AREA.ftl`, by area:
/// `common` (words other messages use: kinds, counts, types, dates for
/// people), `findings`, `cli` (errors, the check summary, edits), `views`,
/// `charts`, `documents` (ICS, CSV), `help` (clap's help and man page),
/// `init` (the starter plan), `kpis` (indicators' views and charts),
/// `diff` (an earlier plan, and what changed since it), `report` (the
/// review session's report).
macro_rules! catalogue {
    ($lang:literal) => {
        &[
            ("common", include_str!(concat!("../locales/", $lang, "/common.ftl"))),
            ("findings", include_str!(concat!("../locales/", $lang, "/findings.ftl"))),
            ("cli", include_str!(concat!("../locales/", $lang, "/cli.ftl"))),
            ("views", include_str!(concat!("../locales/", $lang, "/views.ftl"))),
            ("charts", include_str!(concat!("../locales/", $lang, "/charts.ftl"))),
            (
                "documents",
                include_str!(concat!("../locales/", $lang, "/documents.ftl")),
            ),
            ("help", include_str!(concat!("../locales/", $lang, "/help.ftl"))),
            ("init", include_str!(concat!("../locales/", $lang, "/init.ftl"))),
            ("kpis", include_str!(concat!("../locales/", $lang, "/kpis.ftl"))),
            ("diff", include_str!(concat!("../locales/", $lang, "/diff.ftl"))),
            ("report", include_str!(concat!("../locales/", $lang, "/report.ftl"))),
        ]
    };
}

/// A language's catalogue: its files, by area.
type Files = &'static [(&'static str, &'static str)];

/// The languages icc has a catalogue of, English first (the fallback).
pub const LANGUAGES: [(&str, Files); 2] = [("en", catalogue!("en")), ("ro", catalogue!("ro"))];

/// A language's catalogue of messages.
pub struct Catalog {
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").finish_non_exhaustive()
    }
}

impl Catalog {
    /// The English catalogue.
    pub fn english() -> Catalog {
        Catalog::new(LANGUAGES[0].0, LANGUAGES[0].1)
    }

    /// The catalogue of the available language nearest to `requested` (a
    /// BCP 47 tag, or a POSIX locale such as `ro_RO.UTF-8`: its encoding
    /// and modifier are dropped, `_` read as `-`), negotiated as Fluent
    /// does (`fluent-langneg`); English when none is near or none is asked.
    pub fn for_language(requested: Option<&str>) -> Catalog {
        use fluent_langneg::{NegotiationStrategy, negotiate_languages};
        use unic_langid::LanguageIdentifier;
        let requested: Vec<LanguageIdentifier> = requested
            .map(|tag| tag.split(['.', '@']).next().unwrap_or(tag).replace('_', "-"))
            .and_then(|tag| tag.parse().ok())
            .into_iter()
            .collect();
        let available: Vec<LanguageIdentifier> = LANGUAGES.iter().filter_map(|(tag, _)| tag.parse().ok()).collect();
        let default: LanguageIdentifier = "en".parse().unwrap_or_default();
        let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup);
        let tag = chosen.first().map(|lang| lang.to_string()).unwrap_or_default();
        LANGUAGES
            .iter()
            .find(|(name, _)| *name == tag)
            .map_or_else(Catalog::english, |(name, files)| Catalog::new(name, files))
    }

    fn new(language: &str, files: Files) -> Catalog {
        let romanian = language == "ro";
        let language = language.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // Unicode isolation marks would reach terminals, JSON and files.
        bundle.set_use_isolating(false);
        // `PLURAL($n)`: the plural category of the current CLDR rules;
        // fluent-bundle's own (CLDR 37, intl_pluralrules 7) read Romanian's
        // `n % 100 = 2..19` as `n = 2..19`, which gives "101 de zile".
        let _ = bundle.add_function("PLURAL", move |positional, _named| {
            let category = match positional.first() {
                Some(FluentValue::Number(number)) => plural_category(number.value, romanian),
                _ => "other",
            };
            FluentValue::from(category)
        });
        for (_, ftl) in files {
            let resource = FluentResource::try_new((*ftl).to_owned()).unwrap_or_else(|(resource, _)| resource);
            // A resource that failed to parse in part is still used for the
            // rest, and an id a second file repeats keeps its first text; a
            // test checks that the shipped catalogues parse whole, each id once.
            let _ = bundle.add_resource(resource);
        }
        Catalog { bundle }
    }

    /// The language of the catalogue (`en`, `ro`).
    pub fn language(&self) -> String {
        self.bundle
            .locales
            .first()
            .map(|lang| lang.to_string())
            .unwrap_or_default()
    }

    /// The message `id` (or its attribute `attribute`) with `args`, or
    /// `None` if the catalogue has no such text.
    fn format(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        // A text that names an argument its finding lacks is a bug in the
        // catalogue; Fluent writes `{$name}` for it, which the tests look
        // for in every message of every plan they check. Never a panic.
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }

    /// The message `id`, or its id if it is missing (a test holds every
    /// id the code asks for to the catalogues).
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, None).unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` with `args` (build them with [`args!`]), or its id
    /// if it is missing.
    pub fn say(&self, id: &str, args: &Args) -> String {
        let fluent = self.fluent_args(args);
        self.format(id, None, Some(&fluent)).unwrap_or_else(|| id.to_owned())
    }

    /// A finding's text: the message of its code, or one of its attributes.
    pub(crate) fn finding(&self, code: &str, attribute: Option<&str>, args: &Args) -> Option<String> {
        let fluent = self.fluent_args(args);
        self.format(code, attribute, Some(&fluent))
    }

    fn fluent_args(&self, args: &Args) -> FluentArgs<'static> {
        let mut fluent = FluentArgs::new();
        for (name, arg) in &args.0 {
            fluent.set(*name, self.value(arg));
        }
        fluent
    }

    fn value(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Text(text) => FluentValue::from(shown(text)),
            Arg::Whole(text) => FluentValue::from(crate::text::printable(text).into_owned()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Value(n) => FluentValue::from(self.decimal(n.0)),
            Arg::Place(n) => FluentValue::from(i64::try_from(*n).unwrap_or(i64::MAX)),
            Arg::Date(date) => FluentValue::from(date.to_string()),
            Arg::Month(month) => FluentValue::from(self.month(*month)),
            Arg::Day(day) => FluentValue::from(self.day(*day)),
            Arg::List(items) => FluentValue::from(quoted_list(items, ", ")),
            Arg::Path(items) => FluentValue::from(quoted_list(items, " → ")),
            Arg::Term(prefix, value) => FluentValue::from(
                self.format(&format!("{prefix}-{value}"), None, None)
                    .unwrap_or_else(|| (*value).to_owned()),
            ),
            Arg::Table(table) => FluentValue::from(self.table(table)),
        }
    }

    /// A measured value written for people: as short as it reads back
    /// (`41.5`, `60`), with the language's decimal mark (`41,5` in
    /// Romanian); very large or small ones in scientific form.
    pub fn decimal(&self, n: f64) -> String {
        // −0 is 0.
        let n = n + 0.0;
        let text = if n != 0.0 && !(1e-6..1e15).contains(&n.abs()) {
            format!("{n:e}")
        } else {
            format!("{n}")
        };
        match self.format("decimal-mark", None, None) {
            Some(mark) if mark != "." => text.replacen('.', &mark, 1),
            _ => text,
        }
    }

    /// A month written for people: `March 2021`, `martie 2021` (the day of
    /// `month` is not read).
    pub fn month(&self, month: NaiveDate) -> String {
        self.format("month-year", None, Some(&date_args(month)))
            .unwrap_or_else(|| month.format("%Y-%m").to_string())
    }

    /// A day written for people: `19 November 2020`, `19 noiembrie 2020`.
    pub fn day(&self, day: NaiveDate) -> String {
        self.format("day-month-year", None, Some(&date_args(day)))
            .unwrap_or_else(|| day.format("%Y-%m-%d").to_string())
    }

    /// A date as the plan states it, written for people: a month
    /// ([`Catalog::month`]) or a day ([`Catalog::day`]).
    pub fn date(&self, date: PlanDate) -> String {
        match date {
            PlanDate::Month(month) => self.month(month),
            PlanDate::Day(day) => self.day(day),
        }
    }

    /// How a message names a table: "workshop `ws-1`", "[[phase]] number 3".
    fn table(&self, table: &Table) -> String {
        let mut args = FluentArgs::new();
        let id = match table {
            Table::Plan => "table-plan",
            Table::Section(key) => {
                args.set("key", *key);
                "table-section"
            }
            Table::Item { kind, id: Some(id), .. } => {
                args.set("kind", self.value(&Arg::from(*kind)));
                args.set("id", shown(id));
                "table-item"
            }
            Table::Item { kind, id: None, number } => {
                args.set("key", kind.key());
                args.set("number", *number);
                "table-numbered"
            }
        };
        self.format(id, None, Some(&args)).unwrap_or_default()
    }
}

/// The CLDR plural category (`one`, `few`, `other`) of `n` in Romanian
/// (`romanian`) or English: Romanian's `one` is 1, `few` is 0, a
/// fraction, or a number whose last two digits are 1 to 19 (but 1): 1 zi,
/// 2 zile, 19 zile, 20 de zile, 101 zile, 120 de zile.
fn plural_category(n: f64, romanian: bool) -> &'static str {
    // CLDR's operands are of the absolute value: -1 lună.
    let n = n.abs();
    let whole = n.fract() == 0.0;
    let last_two = (n % 100.0) as u32;
    match (romanian, whole) {
        (_, true) if n == 1.0 => "one",
        (true, false) => "few",
        (true, true) if n == 0.0 || (1..=19).contains(&last_two) => "few",
        _ => "other",
    }
}

/// `$day`, `$month` (1 to 12) and `$year` of a date, for `month-name`,
/// `month-year` and `day-month-year`.
fn date_args(date: NaiveDate) -> FluentArgs<'static> {
    use chrono::Datelike;
    let mut args = FluentArgs::new();
    args.set("day", date.day());
    args.set("month", date.month());
    args.set("year", date.year());
    args
}

/// Arguments of a message, by name: `args!(days = 3, phase = id)`; each
/// value becomes an [`Arg`] (`From`), so plan text is shown safely.
macro_rules! args {
    ($($name:ident = $value:expr),* $(,)?) => {
        $crate::finding::Args(vec![$((stringify!($name), $crate::finding::Arg::from($value))),*])
    };
}
pub(crate) use args;

/// Columns of one piece of plan text a message shows; JSON's `args` hold
/// it whole. (An id a screen long makes no message clearer.)
const SHOWN_TEXT: usize = 80;

/// Items of a list or a path a message shows; the last item of a path is
/// always shown, after `…`.
const SHOWN_ITEMS: usize = 12;

/// Plan text as a message shows it: on one line (a line break in an id
/// must not start a line of its own), nothing in it acting on a terminal,
/// at most [`SHOWN_TEXT`] columns.
fn shown(text: &str) -> String {
    crate::text::fit(&crate::text::printable(text), SHOWN_TEXT)
}

/// `` `a`, `b` `` (with `separator` between), a long one cut with `…`.
fn quoted_list(items: &[String], separator: &str) -> String {
    let quoted = |item: &String| format!("`{}`", shown(item));
    if items.len() <= SHOWN_ITEMS {
        return items.iter().map(quoted).collect::<Vec<_>>().join(separator);
    }
    let mut parts: Vec<String> = items[..SHOWN_ITEMS - 2].iter().map(quoted).collect();
    parts.push("…".to_owned());
    parts.extend(items.last().map(quoted));
    parts.join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogues_parse_whole_each_id_once() {
        for (name, files) in LANGUAGES {
            let mut bundle = FluentBundle::new_concurrent(vec![name.parse().unwrap()]);
            for (area, ftl) in files {
                let parsed = FluentResource::try_new((*ftl).to_owned());
                assert!(
                    parsed.is_ok(),
                    "{name}/{area}: {:?}",
                    parsed.as_ref().err().map(|(_, errors)| errors)
                );
                let added = bundle.add_resource(parsed.unwrap());
                assert!(added.is_ok(), "{name}/{area}: {:?}", added.err());
            }
        }
    }

    #[test]
    fn a_language_is_negotiated_to_the_nearest_catalogue() {
        for (requested, chosen) in [
            (None, "en"),
            (Some("ro"), "ro"),
            (Some("ro-RO"), "ro"),
            (Some("ro_RO.UTF-8"), "ro"),
            (Some("ro_MD.UTF-8@euro"), "ro"),
            (Some("RO"), "ro"),
            (Some("en-GB"), "en"),
            (Some("de_DE.UTF-8"), "en"),
            (Some("C"), "en"),
            (Some("POSIX"), "en"),
            (Some("not a tag!"), "en"),
            (Some(""), "en"),
        ] {
            assert_eq!(Catalog::for_language(requested).language(), chosen, "{requested:?}");
        }
    }

    #[test]
    fn romanian_plurals_follow_cldr() {
        let romanian = Catalog::for_language(Some("ro"));
        for (n, said) in [
            (0, "0 etape"),
            (1, "1 etapă"),
            (2, "2 etape"),
            (19, "19 etape"),
            (20, "20 de etape"),
            (21, "21 de etape"),
            (101, "101 etape"),
            (119, "119 etape"),
            (120, "120 de etape"),
            (212, "212 etape"),
            (1001, "1001 etape"),
        ] {
            assert_eq!(romanian.say("count-phase", &args!(count = n)), said);
        }
        let english = Catalog::english();
        assert_eq!(english.say("count-phase", &args!(count = 1)), "1 phase");
        assert_eq!(english.say("count-phase", &args!(count = 101)), "101 phases");
    }

    #[test]
    fn every_syntax_problem_has_its_words() {
        for lang in [Catalog::english(), Catalog::for_language(Some("ro"))] {
            for (text, term) in crate::load::SYNTAX_PROBLEMS {
                let said = lang.format(&format!("syntax-problem-{term}"), None, None);
                assert!(said.is_some(), "{}: {text}", lang.language());
            }
        }
        let english = Catalog::english();
        for (text, term) in crate::load::SYNTAX_PROBLEMS {
            assert_eq!(english.text(&format!("syntax-problem-{term}")), *text);
        }
    }

    #[test]
    fn every_code_has_a_message() {
        let lang = Catalog::english();
        for code in crate::finding::Code::ALL {
            assert!(lang.bundle.has_message(code.as_str()), "{code}");
        }
    }

    #[test]
    fn months_are_written_for_people() {
        let lang = Catalog::english();
        let february = chrono::NaiveDate::from_ymd_opt(2021, 2, 1).unwrap();
        match lang.value(&Arg::Month(february)) {
            FluentValue::String(text) => assert_eq!(text, "February 2021"),
            other => panic!("{other:?}"),
        }
        let romanian = Catalog::for_language(Some("ro"));
        let day = chrono::NaiveDate::from_ymd_opt(2020, 11, 19).unwrap();
        assert_eq!(romanian.day(day), "19 noiembrie 2020");
        assert_eq!(lang.day(day), "19 November 2020");
        assert_eq!(romanian.date(PlanDate::Month(february)), "februarie 2021");
    }
}
