//! Where a performance indicator (KPI) stands on a day (design.md, "A
//! KPI's state on a day"): its latest value on or before the day, its
//! progress from baseline to target, and its state. Pure functions of
//! numbers and dates; the views word them.
//!
//! The planned line runs from the baseline's value on the baseline's first
//! day to the target's value on the target's last (a month-precision
//! target is due by the end of its month), in days; a month-precision
//! measurement counts from its month's first day, as a month-precision
//! event does in every view.

use chrono::NaiveDate;
use serde::Serialize;

use crate::date::PlanDate;

pub mod svg;

/// Whether a KPI gets better as its value rises or falls.
pub use crate::plan::Direction;

/// A value on a date: a baseline, a target or a measurement.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Reading {
    /// In JSON a whole number as one (`44`, not `44.0`), as the plan wrote it.
    #[serde(serialize_with = "number")]
    pub value: f64,
    pub date: PlanDate,
}

/// A value as JSON writes it: whole numbers (exactly representable) as
/// integers, others as decimals.
pub fn number<S: serde::Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if value.fract() == 0.0 && value.abs() < EXACT {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

/// An optional value as [`number`] writes it, `null` if none.
pub fn optional_number<S: serde::Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => number(value, serializer),
        None => serializer.serialize_none(),
    }
}

/// A KPI's state on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::EnumIter)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum State {
    /// The latest value reaches the target.
    Achieved,
    /// At or ahead of the straight line from baseline to target on the day.
    OnTrack,
    /// Short of that line.
    Behind,
    /// The target's date has passed and the latest value does not reach it.
    Missed,
    /// No measurement on or before the day.
    NoData,
}

impl State {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The state in words, in `lang` (`kpis.ftl`): `on track`, `în grafic`.
    pub fn words(self, lang: &crate::lang::Catalog) -> String {
        lang.text(match self {
            State::Achieved => "kpi-state-achieved",
            State::OnTrack => "kpi-state-on-track",
            State::Behind => "kpi-state-behind",
            State::Missed => "kpi-state-missed",
            State::NoData => "kpi-state-no-data",
        })
    }
}

/// A KPI evaluated on a day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Evaluation {
    /// The measurement with the latest date on or before the day (the last
    /// written of those on that date), if any.
    pub latest: Option<Reading>,
    /// `(latest − baseline) / (target − baseline)`: 0.0 at the baseline,
    /// 1.0 at the target, below 0 or above 1 beyond them; `None` without a
    /// measurement or where target and baseline are equal.
    pub progress: Option<f64>,
    /// The value the straight line from baseline to target has on the day
    /// (the baseline's before its first day, the target's after its last).
    pub planned: f64,
    pub state: State,
}

/// The KPI from `baseline` to `target` in `direction`, measured by
/// `measurements` (any order), on `today`. Linear in the measurements.
pub fn evaluate(
    direction: Direction,
    baseline: Reading,
    target: Reading,
    measurements: &[Reading],
    today: NaiveDate,
) -> Evaluation {
    let latest = measurements
        .iter()
        .filter(|m| m.date.first() <= today)
        .fold(None::<Reading>, |best, m| match best {
            Some(best) if best.date.first() > m.date.first() => Some(best),
            _ => Some(*m),
        });
    let share = line_share(baseline.date.first(), target.date.last(), today);
    // In halves and weighted, so that values near f64's limits do not
    // overflow; `+ 0.0` writes −0 as 0.
    let planned = baseline.value * (1.0 - share) + target.value * share + 0.0;
    let half_span = target.value / 2.0 - baseline.value / 2.0;
    let progress = latest
        .filter(|_| half_span != 0.0)
        .map(|latest| (latest.value / 2.0 - baseline.value / 2.0) / half_span + 0.0)
        .filter(|progress| progress.is_finite());
    let state = match latest {
        None => State::NoData,
        Some(latest) if reaches(direction, latest.value, target.value) => State::Achieved,
        Some(_) if today > target.date.last() => State::Missed,
        Some(latest) if reaches(direction, latest.value, planned) => State::OnTrack,
        Some(_) => State::Behind,
    };
    Evaluation {
        latest,
        progress,
        planned,
        state,
    }
}

/// How far along the straight line from `first` (0.0: the baseline's value)
/// to `last` (1.0: the target's) `today` is, in days: 0 before and on the
/// baseline's first day, 1 on and after the target's last.
fn line_share(first: NaiveDate, last: NaiveDate, today: NaiveDate) -> f64 {
    if today <= first {
        0.0
    } else if today >= last {
        1.0
    } else {
        (today - first).num_days() as f64 / (last - first).num_days() as f64
    }
}

/// Whether `value` is at or beyond `mark` in `direction`, allowing for the
/// rounding of a line computed in floating point (41 is on a line at
/// 40.99999999999999).
fn reaches(direction: Direction, value: f64, mark: f64) -> bool {
    let tolerance = 1e-9 * mark.abs().max(1.0);
    match direction {
        Direction::Increase => value >= mark - tolerance,
        Direction::Decrease => value <= mark + tolerance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> PlanDate {
        PlanDate::parse(text).unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn reading(value: f64, when: &str) -> Reading {
        Reading {
            value,
            date: date(when),
        }
    }

    /// From 10 on 2021-01-01 to 20 on 2021-01-10 (10 days), increasing.
    fn up(measurements: &[Reading], today: &str) -> Evaluation {
        evaluate(
            Direction::Increase,
            reading(10.0, "2021-01-01"),
            reading(20.0, "2021-01-10"),
            measurements,
            day(today),
        )
    }

    /// From 30 days of waiting in 2021-01 to 10 in 2021-12, decreasing.
    fn down(measurements: &[Reading], today: &str) -> Evaluation {
        evaluate(
            Direction::Decrease,
            reading(30.0, "2021-01"),
            reading(10.0, "2021-12"),
            measurements,
            day(today),
        )
    }

    #[test]
    fn without_a_measurement_on_or_before_the_day_there_is_no_data() {
        for today in ["2020-12-31", "2021-01-01", "2021-01-05", "2021-02-01"] {
            let e = up(&[reading(15.0, "2021-01-06")], today);
            if today < "2021-01-06" {
                assert_eq!(e.state, State::NoData, "{today}");
                assert_eq!((e.latest, e.progress), (None, None));
            }
        }
        assert_eq!(up(&[], "2022-01-01").state, State::NoData);
    }

    #[test]
    fn the_planned_line_runs_from_the_baselines_first_day_to_the_targets_last() {
        // Before and on the baseline's day: the baseline's value; 4 days of
        // 9 later, 4/9 of the way; on and after the target's: the target's.
        assert_eq!(up(&[], "2020-12-01").planned, 10.0);
        assert_eq!(up(&[], "2021-01-01").planned, 10.0);
        assert!((up(&[], "2021-01-05").planned - (10.0 + 10.0 * 4.0 / 9.0)).abs() < 1e-9);
        assert_eq!(up(&[], "2021-01-10").planned, 20.0);
        assert_eq!(up(&[], "2021-06-01").planned, 20.0);
        // A month target is due by its last day: from 2021-01-01 to
        // 2021-12-31 is 364 days, so on 2021-07-02, 182 days on, half-way.
        assert_eq!(down(&[], "2021-07-02").planned, 20.0);
        assert_eq!(down(&[], "2021-12-31").planned, 10.0);
    }

    #[test]
    fn on_track_at_or_ahead_of_the_line_behind_short_of_it() {
        // On 2021-01-05 the line is at 10 + 10 × 4/9 ≈ 14.44.
        assert_eq!(up(&[reading(14.5, "2021-01-04")], "2021-01-05").state, State::OnTrack);
        assert_eq!(up(&[reading(16.0, "2021-01-04")], "2021-01-05").state, State::OnTrack);
        assert_eq!(up(&[reading(14.4, "2021-01-04")], "2021-01-05").state, State::Behind);
        // A decrease is ahead below the line: on 2021-02-15 (45 days of
        // 364 on) it is at 30 − 20 × 45/364 ≈ 27.53.
        assert_eq!(down(&[reading(27.5, "2021-02")], "2021-02-15").state, State::OnTrack);
        assert_eq!(down(&[reading(27.6, "2021-02")], "2021-02-15").state, State::Behind);
        assert_eq!(down(&[reading(30.0, "2021-02")], "2021-06-15").state, State::Behind);
        // Measured on the baseline's day, at the baseline: on the line.
        assert_eq!(up(&[reading(10.0, "2021-01-01")], "2021-01-01").state, State::OnTrack);
        assert_eq!(up(&[reading(9.9, "2021-01-01")], "2021-01-01").state, State::Behind);
    }

    #[test]
    fn values_near_the_limits_of_f64_do_not_overflow() {
        let wide = evaluate(
            Direction::Increase,
            reading(-1e308, "2021-01-01"),
            reading(1e308, "2021-01-03"),
            &[reading(0.0, "2021-01-02")],
            day("2021-01-02"),
        );
        assert_eq!(wide.progress, Some(0.5));
        assert_eq!(wide.planned, 0.0);
        assert_eq!(wide.state, State::OnTrack);
        // −0 is written as 0.
        let zero = down(&[reading(30.0, "2021-02")], "2021-02-01");
        assert!(zero.progress.unwrap().is_sign_positive());
    }

    #[test]
    fn achieved_once_the_target_is_reached_whenever_that_is() {
        for today in ["2021-01-03", "2021-01-10", "2021-03-01"] {
            assert_eq!(
                up(&[reading(20.0, "2021-01-02")], today).state,
                State::Achieved,
                "{today}"
            );
            assert_eq!(
                up(&[reading(25.0, "2021-01-02")], today).state,
                State::Achieved,
                "{today}"
            );
        }
        assert_eq!(down(&[reading(9.0, "2021-05")], "2021-05-20").state, State::Achieved);
        assert_eq!(down(&[reading(10.0, "2022-03")], "2022-03-01").state, State::Achieved);
    }

    #[test]
    fn missed_after_the_targets_last_day_not_on_it() {
        let measured = [reading(19.0, "2021-01-09")];
        assert_eq!(up(&measured, "2021-01-10").state, State::Behind);
        assert_eq!(up(&measured, "2021-01-11").state, State::Missed);
        // A month target: missed only once its month is over.
        let measured = [reading(12.0, "2021-11-30")];
        assert_eq!(down(&measured, "2021-12-31").state, State::Behind);
        assert_eq!(down(&measured, "2022-01-01").state, State::Missed);
    }

    #[test]
    fn the_latest_measurement_is_the_latest_dated_on_or_before_the_day() {
        let measured = [
            reading(18.0, "2021-01-08"),
            reading(12.0, "2021-01-02"),
            reading(30.0, "2021-02-01"),
        ];
        let e = up(&measured, "2021-01-09");
        assert_eq!(e.latest, Some(reading(18.0, "2021-01-08")));
        assert_eq!(e.progress, Some(0.8));
        // A month measurement counts from its first day.
        let e = down(&[reading(20.0, "2021-06"), reading(25.0, "2021-03-15")], "2021-06-01");
        assert_eq!(e.latest, Some(reading(20.0, "2021-06")));
        let e = down(&[reading(20.0, "2021-06"), reading(25.0, "2021-03-15")], "2021-05-31");
        assert_eq!(e.latest, Some(reading(25.0, "2021-03-15")));
    }

    #[test]
    fn progress_runs_from_baseline_to_target_in_either_direction() {
        assert_eq!(down(&[reading(20.0, "2021-06")], "2021-07-01").progress, Some(0.5));
        assert_eq!(down(&[reading(35.0, "2021-06")], "2021-07-01").progress, Some(-0.25));
        assert_eq!(up(&[reading(25.0, "2021-01-02")], "2021-01-03").progress, Some(1.5));
        // No span, no progress (an error of the plan, but no division by zero).
        let flat = evaluate(
            Direction::Increase,
            reading(5.0, "2021-01"),
            reading(5.0, "2021-12"),
            &[reading(5.0, "2021-02")],
            day("2021-03-01"),
        );
        assert_eq!((flat.progress, flat.state), (None, State::Achieved));
    }
}
