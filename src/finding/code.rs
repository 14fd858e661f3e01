//! The stable codes of findings: each with its severity and a paragraph
//! saying what it means and what to do (the source of `docs/diagnostics.md`).
//! The words a finding is shown with are in the catalogue (`locales/`),
//! keyed by the code.

use std::fmt;

use super::Severity;

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
         what a broken file means is a guess. A key given twice names its table and the line of the first; a \
         table written twice is said once. (A date TOML cannot read, such as an unquoted month or a day that \
         does not exist, is an `invalid-date` finding, but it stops the check as any syntax error does.)";
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
         suggests one made from what was written (`Prep` → `prep`). A reference written as that suggestion \
         already stands for the item, since fixing the id makes it right, so it is not reported unknown; \
         no help suggests the invalid id.";
    InvalidDate => "invalid-date", Error,
        "A date icc cannot read. A day is `YYYY-MM-DD` (a TOML date like `2021-03-15`, or a string), a month \
         is `\"YYYY-MM\"`. A day that does not exist (`2021-02-30`), a month outside 01-12, a time of day or \
         an offset, a five-digit year, and words (`martie 2021`, `19.11.2020`) are all rejected; the help \
         writes the date they most likely mean (`19.11.2020` as `2020-11-19`, day first; `martie 2021` or \
         `Oct. 2020` as a month), and a month written without quotes (`start = 2021-03`, which TOML \
         reads as a broken day) is told to take them.";
    InvalidValue => "invalid-value", Error,
        "A value outside the ones allowed: `mode` is `online`, `in-person` or `hybrid`; `status` is \
         `planned`, `done` or `cancelled`; `months` is at least 1; names and titles are not empty, nor is \
         any entry of a list (`after`, `audience`, `led_by`, `activities`).";
    DuplicateEntry => "duplicate-entry", Warning,
        "A list (`after`, `audience`, `led_by`, `activities`) names the same entry more than once. Nothing \
         is lost, so it is a warning; the finding points at each repetition and shows the first.";
    // Resolving ids and dates.
    DuplicateId => "duplicate-id", Error,
        "Two items share an id. Ids are unique across all kinds (phases, milestones, workshops, recurring \
         meetings), because `after` and `phase` refer to them by id alone. Each use after the first is a \
         finding of its own, which points at it and names the line of the first. A reference to such an id \
         could mean any of its items, so it stands for none of them until one is renamed: nothing is judged \
         against one of them (whether an event is inside its phase, or after what it follows), and no help \
         suggests writing it.";
    UnknownReference => "unknown-reference", Error,
        "An `after` entry names an id that is not in the plan (the help suggests the nearest one, never \
         the item itself nor an invalid id), or names a recurring meeting, which has no single end to wait for, or a KPI, which has no end \
         of its own.";
    SelfReference => "self-reference", Error,
        "An item lists itself in `after`: it would have to wait for its own end.";
    DependencyCycle => "dependency-cycle", Error,
        "Items wait for each other in a loop (`a` after `b`, `b` after `a`), so none can start and no date on \
         the loop can be derived. The finding names every id on the loop in order, each `after` the next, and \
         points at each `after` entry involved.";
    DateOutOfRange => "date-out-of-range", Error,
        "A phase's derived start or end falls outside the calendar icc reads and writes, the years 0001 to \
         9999 (every format it writes, ISO dates, CSV, iCalendar, Mermaid, has four-digit years). A chain of \
         long phases, or a length in `months` in the thousands, runs past it. The phase is left without a \
         window, so every view leaves it out.";
    PhaseUnderdetermined => "phase-underdetermined", Error,
        "A phase's window cannot be fixed. A phase needs two of `start`, `end` and `months`, or `after` (it \
         then starts the day after its latest predecessor ends) with `months` or `end`.";
    UnknownPhase => "unknown-phase", Error,
        "A workshop, milestone or recurring meeting names a `phase` that is not a phase of the plan (the help \
         suggests the nearest, or lists the phases; it names no invalid id).";
    // Checking what was resolved.
    EndBeforeStart => "end-before-start", Error,
        "A phase or a series of workshops ends before it starts. A phase whose start is not stated but \
         follows from `after` (the day after the latest of what it follows ends) has no `start` to swap: \
         the finding names what it starts after, and the help says to move `end`, or to remove that item \
         from `after`.";
    MonthsMismatch => "months-mismatch", Warning,
        "A phase states a length in `months` that its window does not have. Lengths are calendar months, \
         counting both end months: `2020-09` to `2021-02` is 6 months, not 5. A warning, because the window \
         is usually right and the stated length a rounding; `--strict` makes it fail.";
    DependencyOrder => "dependency-order", Error,
        "An item definitely starts before something it is `after` ends (finish-to-start); a milestone, or a \
         workshop of one day, is on its date, and the message says so. Starting on the day the predecessor \
         ends is allowed. Not said when either date rests on a value that could not be read.";
    DependencyOrderPossible => "dependency-order-possible", Note,
        "An item may start before something it is `after` ends, depending on days the plan does not state: \
         the dates are known only to the month and share a month. Not an error; give day dates if the order \
         matters.";
    AfterGap => "after-gap", Note,
        "A phase with a `start` of its own begins definitely later than the day after the latest item it is \
         `after` ends: finish-to-start would start it then, and the months between belong to no phase. \
         Often a start left over from before `after` was added. With dates known only to the month, a start \
         in the month right after the end is no gap. The gap is what lies between the end and the start, \
         neither counted (`a` ending `2025-06` and `b` starting `2025-08` leave 1 month, July): in months \
         where both dates are months, else in days; after an event known only to the month, at least that.";
    OutsidePhase => "outside-phase", Error,
        "A workshop or milestone falls outside the window of the phase it names. A month-precision window \
         runs from the first day of its start month to the last day of its end month. The help names the phase \
         whose window holds the date, where one does; a date before the programme's first phase starts or \
         after its last phase ends is said to be. Of an event partly in phases and wholly in none, the help \
         says what is known: that a series runs past the end (or the start) of its phase, and of the \
         programme, or which other phases part of it is in. Not said of a phase whose window is in doubt (see \
         `no-phase`).";
    OutsidePhasePossible => "outside-phase-possible", Note,
        "A month-precision event straddles its phase's window boundary: whether it falls inside depends on \
         the day, which the plan does not state.";
    PhaseInferred => "phase-inferred", Note,
        "A workshop or milestone has no `phase`, and exactly one phase's window holds its date: icc takes that phase, and \
         says so. Add `phase` to make it explicit. Not said while the phase's id is invalid or another item \
         has it: `phase` could not name it yet.";
    NoPhase => "no-phase", Warning,
        "A workshop or milestone has no `phase`, and icc cannot infer one: no phase's window holds its date (a \
         series or a month may overlap phases without lying inside one), or several do. Add `phase`. A date \
         before the programme's first phase starts, or after its last phase ends, is said to be. Not said \
         while a phase whose window is unknown or in doubt (a value of it could not be read, it is \
         underdetermined, on a dependency cycle, or after such a phase) could hold the date: that phase's \
         error comes first. Such a phase still holds no day before its `start`, nor before what it is \
         `after` ends.";
    InvalidInterval => "invalid-interval", Error,
        "A recurring meeting's `every_months` is below 1.";
    TooManyOccurrences => "too-many-occurrences", Warning,
        "A recurring meeting would meet more than 1,000 times inside its phase (every month for over eighty \
         years), or all recurring meetings together more than 10,000 times: almost surely a mistake in \
         `every_months` or in a phase's window. icc keeps the first 1,000 occurrences of a meeting, and \
         10,000 in all, so that every view stays quick, and says how many there would be.";
    RecurringOutsidePhase => "recurring-outside-phase", Error,
        "A recurring meeting's `first` date is outside its phase's window (before it, only the meetings inside \
         the window are shown; after it, there are none), or, by default (the phase start plus `every_months`), \
         the first occurrence would already be past its end.";
    Overdue => "overdue", Warning,
        "A workshop or milestone is still `planned` although its date has passed (for a month-precision date, once the \
         month is over) on the day icc computes for: `--today`, `ICC_TODAY`, or the local date. Mark it \
         `done` or `cancelled`.";
    DoneInFuture => "done-in-future", Warning,
        "A workshop or milestone is marked `done` although its date has not come (on the day icc computes \
         for): the mirror of `overdue`. Usually a status set on the wrong item, or a date not updated.";
    SameDay => "same-day", Note,
        "Two workshops or milestones fall on the same day. Often intended (a morning and an afternoon \
         session); worth a look when the same people lead both.";
    // Performance indicators (KPIs).
    TargetBeforeBaseline => "target-before-baseline", Error,
        "A KPI's target is dated on or before its baseline: there is no time to reach it, and its planned \
         line from baseline to target runs backwards. Usually the two dates are swapped, or a year is wrong.";
    TargetBeforeBaselinePossible => "target-before-baseline-possible", Note,
        "A KPI's target and baseline dates overlap (the same month, or a day within the other's month), so \
         which comes first depends on a day the plan does not state. Write days (`2021-03-15`) if the order \
         matters.";
    TargetEqualsBaseline => "target-equals-baseline", Error,
        "A KPI's target value is its baseline value: there is nothing to reach, and no progress can be \
         measured. Set the value it should reach.";
    TargetAgainstDirection => "target-against-direction", Error,
        "A KPI's target lies on the wrong side of its baseline for its `direction`: below it for `increase` \
         (the default), above it for `decrease`. Set `direction = \"decrease\"` for an indicator that improves \
         as it falls (a waiting time, a cost), or correct the target.";
    MeasurementInFuture => "measurement-in-future", Warning,
        "A KPI's measurement is dated after the day icc computes for (`--today`, `ICC_TODAY`, or the local \
         date; a month-precision date from its first day): a value not measured yet. Usually a mistyped year. \
         It is left out of the KPI's state until its date.";
    MeasurementBeforeBaseline => "measurement-before-baseline", Warning,
        "A KPI's measurement is dated before its baseline: progress is measured from the baseline, so an \
         earlier value says nothing of it. Correct the date, or move the baseline back if it was measured \
         earlier.";
    DuplicateMeasurement => "duplicate-measurement", Error,
        "A KPI has two measurements on the same date, or on dates that overlap (a month and a day in it): \
         which one holds is not known, and which is the latest would depend on their order. Keep one \
         (`icc record --replace` replaces a value), or date both as days.";
    PercentOutOfRange => "percent-out-of-range", Error,
        "A KPI whose `unit` is `%` has a baseline, target or measurement outside 0 to 100.";
    TargetOutsideProgramme => "target-outside-programme", Warning,
        "A KPI's target is dated before the programme's first phase starts or after its last phase ends: \
         the programme is not there to reach it. Not said while a phase's window is unknown or in doubt.";
    NotMeasured => "not-measured", Warning,
        "A KPI has no measurement although the phase that delivers it has ended (or, without a `phase`, its \
         target's date has passed) on the day icc computes for. Record what was measured with `icc record`.";
    // Accepted findings.
    UnusedAllow => "unused-allow", Note,
        "An `allow` entry accepts a finding code that nothing it covers has: an item's `allow` covers the \
         findings that point into its table, `[check]`'s the whole plan. Usually the problem was fixed: \
         remove the entry, so that accepted findings do not pile up unseen. An item's `allow` covers a \
         finding that points into its table with its caret or with any of its labels (`same-day` points at \
         both events). Not said while the plan has errors (findings about a broken item are held back, so \
         its entries may only seem unused), nor of the codes that depend on the day icc computes for \
         (`overdue`, `done-in-future`, `measurement-in-future`, `not-measured`), which an entry may rightly \
         wait for.";
}

/// Its stable name, for lists of codes read like lists of text (`allow`).
impl AsRef<str> for Code {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
