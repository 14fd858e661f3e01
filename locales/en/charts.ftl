# English: the timeline: month initials and legend in the terminal, month names, legend and titles of the SVG, labels of the Mermaid chart.

## The calendar of an axis (month-name, in common.ftl, where there is room)

# A month's name in three letters, where an axis has no room for its
# name (1 = January).
timeline-month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }

# A month's initial, where an axis has room for one letter a month.
timeline-month-initial = { $month ->
        [1] J
        [2] F
        [3] M
        [4] A
        [5] M
        [6] J
        [7] J
        [8] A
        [9] S
        [10] O
        [11] N
       *[12] D
    }

# A quarter ($number: 1 to 4) and a half-year (1 or 2) on an axis, where
# months are too narrow to name; as short as a month's initial allows.
timeline-quarter = Q{ $number }
timeline-half = H{ $number }

## Lanes

# How many workshops and milestones a phase has, on the row under its bar.
timeline-events = { $count ->
        [one] 1 event
       *[other] { $count } events
    }
# How many KPIs' targets a phase has on that row, where it has no event;
# and both counts, where it has both.
timeline-targets = { $count ->
        [one] 1 KPI target
       *[other] { $count } KPI targets
    }
timeline-events-targets = { $events ->
        [one] 1 event
       *[other] { $events } events
    }, { $targets ->
        [one] 1 KPI target
       *[other] { $targets } KPI targets
    }
# After the name of a phase whose window the plan does not fix.
timeline-no-dates = (no dates)
# The lane of workshops and milestones in no phase.
timeline-other-events = Other events
# Mermaid's placeholders for a phase or an event whose name is empty.
timeline-no-name = (no name)
timeline-no-title = (no title)

## Where the chart is empty, and today

# Dates ($first, $last, $date) are written as the plan writes them (ISO).
timeline-nothing-in-window = nothing in this window (the plan runs from { $first } to { $last })
timeline-nothing-to-draw = nothing to draw (no phase or event of the plan has a date)
timeline-today-on = today { $date }
timeline-outside = (outside the chart)

## The legend

timeline-phase-done = phase { state-done }
timeline-phase-active = phase { state-active }
# Not state-upcoming: Romanian says it otherwise after "phase".
timeline-phase-upcoming = phase upcoming
# The terminal's marks of a workshop or milestone: on its day, or over a
# month (a date without a day) or a series of days.
timeline-event-done = event, done
timeline-event-coming = event to come
timeline-event-underway = event under way
timeline-span-done = month or series, done
timeline-span-coming = month or series to come
timeline-span-underway = month or series under way
timeline-overdue = overdue (past, still planned)
timeline-cancelled = { status-cancelled }
# The marks of a KPI's target on its date, by the KPI's state on the day.
timeline-kpi-achieved = KPI target achieved
timeline-kpi-on-track = KPI target, on track
timeline-kpi-behind = KPI target, behind
timeline-kpi-missed = KPI target missed
timeline-kpi-no-data = KPI target, no data yet
# The SVG's marks: a milestone's diamond, a workshop's circle or strip.
timeline-milestone-done = milestone, done
timeline-milestone-coming = milestone to come
timeline-milestone-underway = milestone under way
timeline-milestone-overdue = milestone overdue (past, still planned)
timeline-milestone-cancelled = milestone cancelled
timeline-workshop-done = workshop, done
timeline-workshop-coming = workshop to come
timeline-workshop-underway = workshop under way
timeline-workshop-overdue = workshop overdue (past, still planned)
timeline-workshop-cancelled = workshop cancelled
timeline-recurring-held = recurring meeting, held
timeline-recurring-coming = recurring meeting to come
timeline-today = today
# The SVG's arrow from what is followed to what follows (`after` is the
# plan's key).
timeline-link = follows

## The SVG's tooltips

# A tooltip's words in brackets after an event's name and date:
# "Launch: 2021-03 (overdue)".
timeline-tip-overdue = overdue
timeline-tip-underway = under way
# A KPI's value in its unit: "60 %", "40 data sets" ($unit is the
# plan's, and may be empty; $value has the language's decimal mark).
timeline-kpi-amount = { $value } { $unit }
# The tooltip of a KPI's target ($name the KPI's, $state one of
# kpi-state-*): "Services online: target 60 % by 2025-11 (on track)".
timeline-tip-kpi = { $name }: target { $amount } by { $date } ({ $state })
# Mermaid's line of a KPI's target, which has no tooltip:
# "Target: Services online — 60 % (on track)".
timeline-kpi-target = Target: { $name } — { $amount } ({ $state })
# Between two names in an arrow's tooltip: "Implementation after Pilot".
timeline-tip-after = after

## Errors

timeline-to-before-from = --to { $to } is before --from { $from }

## Against a baseline (`icc timeline --baseline BASE`): under each phase's
## bar, its window in an earlier plan, and how far its end moved since.
## $base names the earlier plan: `HEAD~1 (3f2a1b9)`, or a file's name.

# An end that did not move.
timeline-slip-none = ±0
# The legend: the phases of the baseline the plan no longer has ($ids).
timeline-gone = { $count ->
        [one] not in the plan any more: phase { $ids }
       *[other] not in the plan any more: phases { $ids }
    }
# Under the start of a phase the baseline does not have, after a `+`.
timeline-new = new
# The legend: the thin line (or pale bar), and the `+` of a new phase.
timeline-baseline = window as planned in { $base }, then how far the end moved
timeline-new-phase = new: a phase { $base } does not have
# The tooltip of a baseline's bar in the SVG ($name: the phase's name, $when:
# its window there, as the plan writes dates).
timeline-tip-baseline = { $name } as planned in { $base }: { $when }
# A baseline's task in Mermaid, under its phase's bar.
timeline-baseline-task = { $name } as planned in { $base }
