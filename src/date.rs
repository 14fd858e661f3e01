//! Dates as a plan states them: a day, or a month whose day is unknown.
//!
//! A month is kept as a month, not rounded to a day, because the checker must
//! tell a comparison that is certain from one that depends on the unknown day
//! (see [`PlanDate::first`] and [`PlanDate::last`]).

use std::fmt;

use chrono::{Datelike, Months, NaiveDate};

/// A date known to the day, or only to the month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanDate {
    Day(NaiveDate),
    /// A month; always holds the first day of that month.
    Month(NaiveDate),
}

/// Why a text is not a plan date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` is not a date in a form icc reads")]
    Form(String),
    #[error("`{text}` does not exist: {} has {days} days", month.format("%B %Y"))]
    NoSuchDay {
        text: String,
        /// The first day of the month, which has only `days` days.
        month: NaiveDate,
        days: u32,
    },
    #[error("`{0}` has a month outside 01-12")]
    NoSuchMonth(String),
    #[error("`{0}` has a time of day; a plan date is a day or a month")]
    TimeOfDay(String),
    #[error("`{0}` is in the year 0000, before the calendar icc writes (years 0001 to 9999)")]
    YearZero(String),
}

impl DateError {
    /// The date the text most likely means, for a help: the day of a text
    /// with a time of day, or what [`PlanDate::suggest`] reads in a form
    /// icc does not take; `None` for a date that does not exist.
    pub fn suggestion(&self) -> Option<PlanDate> {
        match self {
            DateError::Form(text) => PlanDate::suggest(text),
            DateError::TimeOfDay(text) => text.get(..10).and_then(|day| PlanDate::parse(day).ok()),
            _ => None,
        }
    }
}

/// The first day of the calendar icc reads and writes: ISO dates with
/// four-digit years, as every format it writes (CSV, iCalendar, Mermaid)
/// takes them.
pub const FIRST_DAY: NaiveDate = NaiveDate::from_ymd_opt(1, 1, 1).expect("a day");
/// The last day of that calendar.
pub const LAST_DAY: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a day");

/// A day, if it is inside the calendar icc writes.
pub fn in_calendar(day: NaiveDate) -> Option<NaiveDate> {
    (FIRST_DAY..=LAST_DAY).contains(&day).then_some(day)
}

impl PlanDate {
    /// Parses `YYYY-MM-DD` or `YYYY-MM` with a four-digit year.
    ///
    /// ```
    /// use icc::PlanDate;
    /// let march = PlanDate::parse("2021-03").unwrap();
    /// assert_eq!((march.first().to_string(), march.last().to_string()), ("2021-03-01".into(), "2021-03-31".into()));
    /// assert!(PlanDate::parse("2021-02-30").is_err());
    /// assert!(PlanDate::parse("martie 2021").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<PlanDate, DateError> {
        let form = || DateError::Form(text.to_owned());
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            bytes
                .get(range.clone())
                .filter(|b| b.iter().all(u8::is_ascii_digit))
                .map(|_| &text[range])
        };
        let (Some(year), Some(b'-'), Some(month)) = (digits(0..4), bytes.get(4), digits(5..7)) else {
            return Err(form());
        };
        let (year, month) = (
            year.parse::<i32>().map_err(|_| form())?,
            month.parse::<u32>().map_err(|_| form())?,
        );
        if !(1..=12).contains(&month) {
            return Err(DateError::NoSuchMonth(text.to_owned()));
        }
        if year == 0 {
            return Err(DateError::YearZero(text.to_owned()));
        }
        let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(form)?;
        match bytes.len() {
            7 => Ok(PlanDate::Month(first)),
            10 if bytes[7] == b'-' => {
                let day = digits(8..10).ok_or_else(form)?.parse::<u32>().map_err(|_| form())?;
                NaiveDate::from_ymd_opt(year, month, day)
                    .map(PlanDate::Day)
                    .ok_or_else(|| DateError::NoSuchDay {
                        text: text.to_owned(),
                        month: first,
                        days: days_in_month(first),
                    })
            }
            n if n > 11
                && text.get(..10).is_some_and(|d| PlanDate::parse(d).is_ok())
                && text[10..].starts_with(['T', 't', ' '])
                && text.as_bytes()[11].is_ascii_digit() =>
            {
                Err(DateError::TimeOfDay(text.to_owned()))
            }
            _ => Err(form()),
        }
    }

    /// The date a text not in an accepted form most likely means, for a
    /// suggestion: a day written day first (`19.11.2020`, `31/03/2025`,
    /// `5-3-2025`; month first only where the first number cannot be a
    /// month: `03/31/2025`), a day or month with unpadded numbers or other
    /// separators (`2025-3-5`, `2025/03`), a month before its year
    /// (`03.2025`), or a month named in English or Romanian, whole or
    /// shortened (`martie 2021`, `Oct. 2020`, `19 noiembrie 2020`,
    /// `March 5, 2021`). `None` when no day of the calendar fits.
    ///
    /// ```
    /// use icc::PlanDate;
    /// assert_eq!(PlanDate::suggest("31.03.2025").unwrap().to_string(), "2025-03-31");
    /// assert_eq!(PlanDate::suggest("martie 2021").unwrap().to_string(), "2021-03");
    /// assert_eq!(PlanDate::suggest("31.02.2025"), None);
    /// ```
    pub fn suggest(text: &str) -> Option<PlanDate> {
        let text = text.trim();
        if let Ok(date) = PlanDate::parse(text) {
            return Some(date);
        }
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || matches!(c, '.' | '/' | '-' | ','))
            .filter(|word| !word.is_empty())
            .collect();
        if words.is_empty() || words.len() > 3 || words.iter().any(|w| w.len() > 12) {
            return None;
        }
        let number = |word: &str| {
            (word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()))
                .then(|| word.parse::<u32>().ok())
                .flatten()
        };
        let is_year = |word: &str| word.len() == 4 && number(word).is_some();
        let named = words.iter().position(|word| month_named(word).is_some());
        let (year, month, day) = match (named, words.as_slice()) {
            (Some(at), _) => {
                let year = words.iter().position(|word| is_year(word))?;
                let rest: Vec<usize> = (0..words.len()).filter(|i| *i != at && *i != year).collect();
                let day = match rest.as_slice() {
                    [] => None,
                    [i] => Some(number(words[*i]).filter(|_| words[*i].len() <= 2)?),
                    _ => return None,
                };
                (number(words[year])?, month_named(words[at])?, day)
            }
            (None, [y, m]) if is_year(y) && m.len() <= 2 => (number(y)?, number(m)?, None),
            (None, [m, y]) if is_year(y) && m.len() <= 2 => (number(y)?, number(m)?, None),
            (None, [y, m, d]) if is_year(y) && m.len() <= 2 && d.len() <= 2 => (number(y)?, number(m)?, number(d)),
            // A two-digit year only where it cannot be a year first
            // (`31.3.25`, not `25-03-31`).
            (None, [a, b, y])
                if (is_year(y) || (y.len() == 2 && !text.contains('-'))) && a.len() <= 2 && b.len() <= 2 =>
            {
                let (a, b) = (number(a)?, number(b)?);
                // A two-digit year is this century's: a programme's plan.
                let y = if y.len() == 2 {
                    format!("20{y}")
                } else {
                    (*y).to_owned()
                };
                let y = y.as_str();
                // Day first, as Europe writes it, unless the first cannot be a month.
                if b > 12 && a <= 12 {
                    (number(y)?, a, Some(b))
                } else {
                    (number(y)?, b, Some(a))
                }
            }
            _ => return None,
        };
        let year = i32::try_from(year).ok().filter(|y| *y >= 1)?;
        let first = NaiveDate::from_ymd_opt(year, month, 1)?;
        match day {
            None => Some(PlanDate::Month(first)),
            Some(day) => NaiveDate::from_ymd_opt(year, month, day).map(PlanDate::Day),
        }
    }

    pub fn precision_is_day(self) -> bool {
        matches!(self, PlanDate::Day(_))
    }

    /// The earliest day this date can be.
    pub fn first(self) -> NaiveDate {
        match self {
            PlanDate::Day(d) | PlanDate::Month(d) => d,
        }
    }

    /// The latest day this date can be.
    pub fn last(self) -> NaiveDate {
        match self {
            PlanDate::Day(d) => d,
            PlanDate::Month(d) => last_of_month(d),
        }
    }
}

impl fmt::Display for PlanDate {
    /// ISO: `YYYY-MM-DD` for a day, `YYYY-MM` for a month.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            PlanDate::Month(d) => write!(f, "{}", d.format("%Y-%m")),
        }
    }
}

impl serde::Serialize for PlanDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Adds calendar months, keeping the day where the month has it and
/// otherwise taking the month's last day (Jan 31 + 1 month = Feb 28).
pub fn add_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(months))
}

pub fn sub_months(date: NaiveDate, months: u32) -> Option<NaiveDate> {
    date.checked_sub_months(Months::new(months))
}

pub fn last_of_month(date: NaiveDate) -> NaiveDate {
    let first = date.with_day(1).unwrap_or(date);
    add_months(first, 1).and_then(|d| d.pred_opt()).unwrap_or(date)
}

/// The month a word names, in English or Romanian, whole or shortened to
/// three or four letters (`Oct`, `sept`, `noiembrie`), any case.
fn month_named(word: &str) -> Option<u32> {
    const NAMES: [[&str; 2]; 12] = [
        ["january", "ianuarie"],
        ["february", "februarie"],
        ["march", "martie"],
        ["april", "aprilie"],
        ["may", "mai"],
        ["june", "iunie"],
        ["july", "iulie"],
        ["august", "august"],
        ["september", "septembrie"],
        ["october", "octombrie"],
        ["november", "noiembrie"],
        ["december", "decembrie"],
    ];
    let word = word.to_lowercase();
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let month = NAMES.iter().position(|names| {
        names
            .iter()
            .any(|name| *name == word || (word.len() <= 4 && name.starts_with(word.as_str())))
    })?;
    u32::try_from(month + 1).ok()
}

fn days_in_month(date: NaiveDate) -> u32 {
    last_of_month(date).day()
}

/// The days from one day to another, both counted: how every view and
/// format counts where a phase or an event stands on a day (the README's
/// "Counting"). On day `N` of `M`, progress is `N / M` (the day itself
/// counts as begun), the days left are `M − N`, and an event is `until`
/// days away: to its first day while it is to come, from its last day
/// (negative) once it is over, 0 while it lasts. A month-precision date
/// spans its whole month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Days {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

impl Days {
    /// The days of a date as the plan states it, to its end if it has one.
    pub fn of(date: PlanDate, end: Option<PlanDate>) -> Days {
        Days {
            first: date.first(),
            last: end.unwrap_or(date).last(),
        }
    }

    /// `M`: how many days, at least 1 (a span that ends before it starts,
    /// already an error, counts as one day).
    pub fn total(self) -> i64 {
        ((self.last - self.first).num_days() + 1).max(1)
    }

    /// `N`: which day `today` is, from 1 to `M`; 0 before the first day,
    /// `M` after the last.
    pub fn day(self, today: NaiveDate) -> i64 {
        ((today - self.first).num_days() + 1).clamp(0, self.total())
    }

    /// `M − N`: the days after today.
    pub fn left(self, today: NaiveDate) -> i64 {
        self.total() - self.day(today)
    }

    /// `N / M`, from 0.0 to 1.0.
    pub fn progress(self, today: NaiveDate) -> f64 {
        self.day(today) as f64 / self.total() as f64
    }

    /// Days to the first day (positive), since the last (negative), or 0
    /// while the span lasts.
    pub fn until(self, today: NaiveDate) -> i64 {
        if today < self.first {
            (self.first - today).num_days()
        } else if today > self.last {
            -(today - self.last).num_days()
        } else {
            0
        }
    }
}

/// The whole percent of day `day` of `days`, rounded down: 100 only on the
/// last day, so that a full bar and "100%" mean the span is in its last day.
pub fn percent(day: i64, days: i64) -> i64 {
    100 * day.clamp(0, days.max(1)) / days.max(1)
}

/// The length of a window of whole days, in calendar months and days:
/// 2020-09-01 to 2021-02-28 is 6 months; 2021-05-03 to 2021-08-15 is 3 months 13 days.
///
/// Months are counted from the first day, a month after the 31st being
/// the month's last day (2021-01-31 to 2021-02-27 is 1 month); a window
/// that is whole months counted back from the day after its last is whole
/// months too (2024-02-29 to 2024-03-30 is 1 month). So a window icc
/// derives from a length, `start` plus `months` or `end` minus `months`,
/// always counts as that length. The days are those after the longest
/// window from the same first day that is whole months: a day more than
/// whole months is 1 day (2023-02-28 to 2023-03-31 is 1 month 1 day, as
/// 2023-02-28 to 2023-03-30 is 1 month).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Length {
    pub months: u32,
    pub days: u32,
}

impl Length {
    /// The length from `first` to `last`, both counted; 0 if `last` is
    /// before `first`.
    pub fn between(first: NaiveDate, last: NaiveDate) -> Length {
        Length::measure(first, last).0
    }

    /// [`Length::between`] as a number of months: whole months, plus the
    /// days after them as a share of the days to the next whole month
    /// (2021-05-01 to 2021-05-15 is 15/31), so always less than one more.
    pub fn months_between(first: NaiveDate, last: NaiveDate) -> f64 {
        let (length, whole_end) = Length::measure(first, last);
        if length.days == 0 {
            return f64::from(length.months);
        }
        let next = add_months(first, length.months + 1).map_or(i64::from(length.days) + 1, |next| {
            (next - whole_end).num_days().max(i64::from(length.days) + 1)
        });
        f64::from(length.months) + f64::from(length.days) / next as f64
    }

    /// The length, and the day after the longest window from `first` that
    /// is whole months (where the remaining days start).
    fn measure(first: NaiveDate, last: NaiveDate) -> (Length, NaiveDate) {
        let zero = (Length { months: 0, days: 0 }, first);
        let Some(after_last) = last.succ_opt() else {
            return zero;
        };
        if after_last <= first {
            return zero;
        }
        // Estimate from the calendar, then correct by at most one step either way.
        let estimate = (after_last.year() - first.year()) * 12 + after_last.month() as i32 - first.month() as i32;
        let mut months = estimate.max(0) as u32;
        while months > 0 && add_months(first, months).is_none_or(|d| d > after_last) {
            months -= 1;
        }
        while add_months(first, months + 1).is_some_and(|d| d <= after_last) {
            months += 1;
        }
        let forward = add_months(first, months).unwrap_or(first);
        // Whole months counted back from a later end hold too, where the
        // first day is a shorter month's last (2024-02-29 + 1 month ends
        // 2024-03-28 counted forward, 2024-03-30 counted back): at most
        // three days past `forward`.
        let whole_end = (0..=3)
            .rev()
            .filter_map(|extra| forward.checked_add_days(chrono::Days::new(extra)))
            .find(|&end| end <= after_last && (end == forward || months > 0 && sub_months(end, months) == Some(first)))
            .unwrap_or(forward);
        let days = (after_last - whole_end).num_days().max(0) as u32;
        (Length { months, days }, whole_end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn accepted_forms() {
        assert_eq!(PlanDate::parse("2020-11-19"), Ok(PlanDate::Day(day(2020, 11, 19))));
        assert_eq!(PlanDate::parse("2021-03"), Ok(PlanDate::Month(day(2021, 3, 1))));
        assert_eq!(PlanDate::parse("2024-02-29"), Ok(PlanDate::Day(day(2024, 2, 29))));
        assert_eq!(PlanDate::parse("2021-03").unwrap().last(), day(2021, 3, 31));
        assert_eq!(PlanDate::parse("2024-02").unwrap().last(), day(2024, 2, 29));
        assert_eq!(PlanDate::parse("2021-03").unwrap().to_string(), "2021-03");
        assert_eq!(PlanDate::parse("2021-03-05").unwrap().to_string(), "2021-03-05");
    }

    #[test]
    fn rejected_forms() {
        for text in [
            "martie 2021",
            "19.11.2020",
            "Oct. 2020",
            "2021",
            "2021-3",
            "2021-03-5",
            "21-03-05",
            "20210-03-05",
            "2021-03-05x",
            "",
            "2021/03/05",
            "+2021-03",
            "２０２１-03",
        ] {
            assert_eq!(PlanDate::parse(text), Err(DateError::Form(text.to_owned())), "{text}");
        }
        assert!(matches!(
            PlanDate::parse("2021-02-30"),
            Err(DateError::NoSuchDay { .. })
        ));
        assert_eq!(
            PlanDate::parse("2021-02-30").unwrap_err().to_string(),
            "`2021-02-30` does not exist: February 2021 has 28 days"
        );
        assert!(matches!(
            PlanDate::parse("2023-02-29"),
            Err(DateError::NoSuchDay { .. })
        ));
        assert_eq!(
            PlanDate::parse("2021-13"),
            Err(DateError::NoSuchMonth("2021-13".into()))
        );
        assert_eq!(
            PlanDate::parse("2021-00-10"),
            Err(DateError::NoSuchMonth("2021-00-10".into()))
        );
        assert_eq!(
            PlanDate::parse("2021-03-05T10:00:00"),
            Err(DateError::TimeOfDay("2021-03-05T10:00:00".into()))
        );
        assert_eq!(
            PlanDate::parse("2021-03-05 10:00"),
            Err(DateError::TimeOfDay("2021-03-05 10:00".into()))
        );
    }

    #[test]
    fn suggestions_for_forms_people_write() {
        let suggested = |text: &str| PlanDate::suggest(text).map(|d| d.to_string());
        for (text, meant) in [
            ("31.03.2025", "2025-03-31"),
            ("2025-3-5", "2025-03-05"),
            ("19.11.2020", "2020-11-19"),
            ("5/3/2025", "2025-03-05"),
            ("03/31/2025", "2025-03-31"),
            ("2025/03/05", "2025-03-05"),
            ("2025-3", "2025-03"),
            ("03.2025", "2025-03"),
            ("martie 2021", "2021-03"),
            ("Oct. 2020", "2020-10"),
            ("19 noiembrie 2020", "2020-11-19"),
            ("March 5, 2021", "2021-03-05"),
            ("sept 2021", "2021-09"),
            ("MAI 2022", "2022-05"),
            ("31.3.25", "2025-03-31"),
            ("2021-03-05 ", "2021-03-05"),
            (" 2021-03-05 ", "2021-03-05"),
        ] {
            assert_eq!(suggested(text).as_deref(), Some(meant), "{text}");
        }
        for text in [
            "25-03-31",
            "31.02.2025",
            "2021",
            "martie",
            "13.13.2020",
            "ma 2021",
            "next week",
            "1.2.3.4",
            "2021-03-05T10:00",
        ] {
            assert_eq!(suggested(text), None, "{text}");
        }
    }

    #[test]
    fn calendar_month_arithmetic() {
        assert_eq!(add_months(day(2021, 1, 31), 1), Some(day(2021, 2, 28)));
        assert_eq!(add_months(day(2020, 9, 1), 5), Some(day(2021, 2, 1)));
        assert_eq!(sub_months(day(2021, 3, 31), 1), Some(day(2021, 2, 28)));
        assert_eq!(last_of_month(day(2021, 12, 5)), day(2021, 12, 31));
    }

    #[test]
    fn lengths_in_calendar_months() {
        assert_eq!(
            Length::between(day(2020, 9, 1), day(2021, 2, 28)),
            Length { months: 6, days: 0 }
        );
        assert_eq!(
            Length::between(day(2021, 5, 1), day(2022, 7, 31)),
            Length { months: 15, days: 0 }
        );
        assert_eq!(
            Length::between(day(2021, 5, 3), day(2021, 8, 15)),
            Length { months: 3, days: 13 }
        );
        assert_eq!(
            Length::between(day(2021, 1, 15), day(2021, 2, 10)),
            Length { months: 0, days: 27 }
        );
        // Month ends clamp: one month after January 31 is February 28.
        assert_eq!(
            Length::between(day(2021, 1, 31), day(2021, 2, 27)),
            Length { months: 1, days: 0 }
        );
        // And back from the end: a month before March 31 is February 29.
        assert_eq!(
            Length::between(day(2024, 2, 29), day(2024, 3, 30)),
            Length { months: 1, days: 0 }
        );
        assert_eq!(
            Length::between(day(2024, 2, 28), day(2024, 3, 30)),
            Length { months: 1, days: 3 }
        );
        assert_eq!(
            Length::between(day(2021, 2, 1), day(2021, 1, 1)),
            Length { months: 0, days: 0 }
        );
        assert!((Length::months_between(day(2021, 5, 1), day(2021, 5, 15)) - 15.0 / 31.0).abs() < 1e-9);
        // A day past whole months is one day, however the month ends fall.
        for (first, last) in [
            (day(2023, 2, 28), day(2023, 3, 31)),
            (day(2024, 2, 29), day(2024, 3, 31)),
            (day(2024, 4, 30), day(2024, 5, 31)),
            (day(2024, 1, 31), day(2024, 2, 29)),
        ] {
            assert_eq!(
                Length::between(first, last),
                Length { months: 1, days: 1 },
                "{first} – {last}"
            );
            let whole = Length::months_between(first, last);
            assert!(whole > 1.0 && whole < 1.05, "{first} – {last}: {whole}");
        }
    }

    /// Every window derived from a length counts back as that length:
    /// forward from each day of four years (two leap days, every month
    /// end) and back from each, over 1 to 30 months, as `resolve` derives
    /// a phase's end from `start` + `months` and its start from `end` −
    /// `months`.
    #[test]
    fn derived_windows_count_back_as_their_length() {
        let mut origin = day(2023, 1, 1);
        while origin <= day(2026, 12, 31) {
            for months in 1..=30 {
                let whole = Length { months, days: 0 };
                let end = add_months(origin, months).and_then(|d| d.pred_opt()).unwrap();
                assert_eq!(Length::between(origin, end), whole, "{origin} + {months} months");
                let start = sub_months(origin.succ_opt().unwrap(), months).unwrap();
                assert_eq!(Length::between(start, origin), whole, "{origin} − {months} months");
            }
            origin = origin.succ_opt().unwrap();
        }
    }

    /// Day N of M, the days left, the percent and the days to an event
    /// agree on every day around windows across month ends, a year's end
    /// and leap days: N + left = M, 100% only on the last day, 0 days
    /// away exactly while the window lasts.
    #[test]
    fn days_agree_on_every_day() {
        let cases = [
            // (first, last, M)
            (day(2021, 1, 1), day(2021, 1, 31), 31),
            (day(2024, 2, 1), day(2024, 2, 29), 29),
            (day(2023, 2, 1), day(2023, 2, 28), 28),
            (day(2020, 12, 15), day(2021, 1, 14), 31),
            (day(2024, 1, 31), day(2024, 2, 29), 30),
            (day(2021, 6, 30), day(2021, 6, 30), 1),
            (day(2020, 9, 1), day(2022, 9, 30), 760),
        ];
        for (first, last, total) in cases {
            let days = Days { first, last };
            assert_eq!(days.total(), total, "{first} – {last}");
            let mut today = first - chrono::Duration::days(3);
            while today <= last + chrono::Duration::days(3) {
                let (n, left) = (days.day(today), days.left(today));
                assert_eq!(n + left, total, "{today} in {first} – {last}");
                assert_eq!(percent(n, total) == 100, n == total, "{today}");
                assert_eq!(percent(n, total), 100 * n / total, "{today}");
                assert_eq!(days.until(today) == 0, first <= today && today <= last, "{today}");
                assert!((days.progress(today) - n as f64 / total as f64).abs() < 1e-12);
                today = today.succ_opt().unwrap();
            }
            // The first day is day 1; the last is day M with nothing left.
            assert_eq!((days.day(first), days.left(first)), (1, total - 1));
            assert_eq!(
                (days.day(last), days.left(last), percent(total, total)),
                (total, 0, 100)
            );
            // The day before: 1 day to go; the day after: 1 day since.
            assert_eq!(days.until(first.pred_opt().unwrap()), 1);
            assert_eq!(days.until(last.succ_opt().unwrap()), -1);
        }
        // A month-precision event spans its month: on 2021-11-28 the
        // 2020-10 interviews ended 393 days before, the 2021-10 review 28.
        let today = day(2021, 11, 28);
        let month = |text| PlanDate::parse(text).unwrap();
        assert_eq!(Days::of(month("2020-10"), None).until(today), -393);
        assert_eq!(Days::of(month("2021-10"), None).until(today), -28);
        assert_eq!(Days::of(month("2021-12"), None).until(today), 3);
        assert_eq!(Days::of(month("2021-11"), None).until(today), 0);
        assert_eq!(Days::of(month("2021-09-15"), Some(month("2021-12-01"))).until(today), 0);
    }
}
