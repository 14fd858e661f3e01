# The progress report for a review session (`icc report`), in the
# documents' language. Plan text (names, titles, units) is never cut: the
# code puts it beside these words, or passes it whole.

## The document

# The page's title: the project's name, and the report's day for people.
report-title = { $name } — progress report, { $date }
# Under the project's name.
report-lead = Progress report on { $date }
# Where the plan gives the project no name.
report-no-name = Programme without a name
# Where an event has no title.
report-no-title = (no title)
# At the end of the document.
report-footer = Made with icc report on { $date }, from the plan as it stands. Dates are the plan's, a month where it gives only the month.

## Words the sections share

# From one date to another (each written for people).
report-span = { $from } – { $to }
# A share in percent (a whole number).
report-percent = { $percent }%
# Day N of M of a span, and its share.
report-day-of = day { $day } of { $days } ({ $percent }%)
# A number of days.
report-days = { $days ->
        [one] 1 day
       *[other] { $days } days
    }
# Two remarks joined.
report-join = { $first }; { $second }
# An empty cell.
report-none-cell = —
# A value and its unit (the plan's text, perhaps empty): `44 %`, `24 days`.
report-amount = { $value } { $unit }

# The columns of the tables of events.
report-column-date = Date
report-column-kind = Kind
report-column-title = Title
report-column-phase = Phase
# What an entry is.
report-kind-workshop = workshop
report-kind-milestone = milestone
report-kind-meeting = meeting
report-kind-review = review session
report-kind-phase-start = phase begins
report-kind-phase-end = phase ends

## The headline

report-fact-period = Period
report-fact-programme = Programme
report-fact-phase = Current phase
report-fact-next-review = Next review session
# How the period was chosen; $review a date for people (a month, or a day).
report-period-since-review = since the review session of { $review }
report-period-since-start = since the programme began
report-period-since-nothing = the plan has no review session and no dated phase
# The report's day before the programme's first: the period is that day alone.
report-period-not-begun = the programme has not begun
report-period-since-given = from the day asked for (--since)
# $base: a git revision or a file, as it was given.
report-period-since-base = since { $base }
# When the report's day falls within a review session.
report-period-for-review = for the review session of { $review }
# The programme before its first day ($days: how many days to it), after its last.
report-programme-before = begins in { $days ->
        [one] 1 day
       *[other] { $days } days
    }
report-programme-over = over
# No phase under way on the report's day.
report-no-phase = { $state ->
        [before] none yet: the programme has not begun
        [after] none: the programme is over
        [between] none under way on this day
       *[undated] none: the plan dates no phase
    }
report-no-next-review = none in the plan

## The sections

report-heading-timeline = The programme
report-heading-done = Done in the period
report-heading-overdue = Overdue
report-heading-coming = Coming before the next review
report-heading-indicators = Indicators
report-heading-findings = Open findings

# Done in the period.
report-done-none = The plan marks no workshop or milestone as done in this period.
report-ended-caption = Phases that ended in the period:
report-ended-none = No phase ended in this period.
# After a phase's name; $date its end for people.
report-phase-ended = ended: { $date }
report-cancelled-caption = Cancelled in the period
report-done-note = An event counts in the period its first day falls in: one dated only by its month, from the month's first day.

# Overdue.
report-overdue-none = Nothing overdue: no planned workshop or milestone is past its date.
report-column-late = Late by

# Coming before the next review; $review a date for people, $to a day.
report-coming-to-review = Up to the end of the next review session ({ $review }), on { $to }.
report-coming-to-end = The plan has no later review session: up to the end of the programme, on { $to }.
report-coming-none = Nothing planned in this time.

# Indicators.
report-kpis-none = The plan defines no performance indicator.
report-column-indicator = KPI
# $date: the period's first day, the report's day.
report-column-start = On { $date }
report-column-now = On { $date }
report-column-change = Change
report-column-target = Target
report-column-state = State
report-column-progress = Progress
# The change over the period ($change: a value and its unit).
report-change-up = +{ $change }
report-change-down = −{ $change }
report-change-none = no change
report-kpis-note = Each value is the latest measurement on or before the day, with its date; the state and the progress are those of the report's day.

# Findings.
report-findings-none = The plan holds together: no open finding.
report-findings-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, { $notes ->
        [one] 1 note
       *[other] { $notes } notes
    }.
report-findings-allowed = { $count ->
        [one] 1 finding accepted by an allow in the plan is not shown.
       *[other] { $count } findings accepted by an allow in the plan are not shown.
    }
report-column-severity = Severity
report-column-code = Code
report-column-message = Message
report-column-line = Line

## What the command says (in the terminal's language)

# A template that could not be laid out: a bug in icc ($error: the engine's words).
report-template-error = the report could not be laid out; this is a bug in icc: { $error }
# `--since` after `--at`.
report-since-after-at = --since { $since } is after the report's day, { $at }
# `--since REV` committed after `--at` ($base: `HEAD~1 (3f2a1b9)`; $day: the commit's day).
report-since-commit-after-at = --since { $base } was committed on { $day }, after the report's day, { $at }: its period cannot start there

## How the schedule moved since `--since REV|FILE` ($base: `HEAD~1 (3f2a1b9)`, or a file).

report-heading-changes = Schedule changes since { $base }
report-changes-none = The schedule has not changed since { $base }.
