//! What changed in the schedule between two resolved plans (design.md,
//! "Diff and report"): items added and removed, dates moved (in days, and
//! in calendar months where both dates are months), and the fields that
//! changed. The model only; `human.rs` and `markdown.rs` word it, and
//! `serde` writes its JSON.

use chrono::Datelike;
use serde::Serialize;

use crate::date::PlanDate;

/// How far a date moved: `days` (new − old, counted on the edge's day: the
/// first day of a start or a date, the last of an end), and `months`, the
/// calendar months, where both dates are months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Shift {
    pub days: i64,
    pub months: Option<i64>,
}

impl Shift {
    /// Whether the date did not move.
    pub fn is_zero(self) -> bool {
        self.days == 0 && self.months.unwrap_or(0) == 0
    }
}

/// Which day of a date a shift is counted on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// A start or an event's date: its first day.
    Start,
    /// An end: its last day.
    End,
}

/// How far `new` is from `old`, counted on `edge`.
///
/// ```ignore
/// shift(Month(2021-05), Month(2021-07), Edge::Start) == Shift { days: 61, months: Some(2) }
/// ```
pub fn shift(old: PlanDate, new: PlanDate, edge: Edge) -> Shift {
    let (from, to) = match edge {
        Edge::Start => (old.first(), new.first()),
        Edge::End => (old.last(), new.last()),
    };
    let months = match (old, new) {
        (PlanDate::Month(old), PlanDate::Month(new)) => Some(
            (i64::from(new.year()) * 12 + i64::from(new.month0()))
                - (i64::from(old.year()) * 12 + i64::from(old.month0())),
        ),
        _ => None,
    };
    Shift {
        days: (to - from).num_days(),
        months,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_shift_counts_days_on_its_edge_and_months_between_months() {
        let (may, july) = (PlanDate::Month(day(2021, 5, 1)), PlanDate::Month(day(2021, 7, 1)));
        assert_eq!(
            shift(may, july, Edge::Start),
            Shift {
                days: 61,
                months: Some(2)
            }
        );
        // May's last day to July's last day.
        assert_eq!(
            shift(may, july, Edge::End),
            Shift {
                days: 61,
                months: Some(2)
            }
        );
        let feb = PlanDate::Month(day(2021, 2, 1));
        assert_eq!(
            shift(feb, PlanDate::Month(day(2021, 3, 1)), Edge::End),
            Shift {
                days: 31,
                months: Some(1)
            }
        );
        let early = PlanDate::Day(day(2021, 5, 20));
        assert_eq!(
            shift(early, PlanDate::Day(day(2021, 5, 10)), Edge::Start),
            Shift {
                days: -10,
                months: None
            }
        );
        // A day against a month: days only.
        assert_eq!(shift(may, early, Edge::Start), Shift { days: 19, months: None });
        assert!(shift(may, may, Edge::End).is_zero());
    }
}
