# English: the terminal views: `icc status` (headline, relative days), the tables of `phases`, `workshops`, `milestones`, `agenda`, their headers, cell words and empty lists.
#
# Dates in tables and headlines are ISO, as the plan writes them. Names and
# titles are never arguments here, nor ids in cells: the code puts them
# beside these words, so that none is cut (an argument is cut to 80 columns).

## Table headers: bare nouns, short (a column is as wide as its header)

views-header-id = id
views-header-date = date
views-header-when = when
views-header-kind = kind
views-header-title = title
views-header-phase = phase
views-header-status = status
views-header-window = window
views-header-months = months
views-header-progress = progress
views-header-days-left = days left
views-header-workshop = workshop
views-header-milestone = milestone
views-header-event = event
views-header-mode = mode
views-header-audience = audience
views-header-led-by = led by

# Under a table, the columns a narrow terminal leaves out ($columns: their
# headers, separated by commas).
views-not-shown = not shown at this width: { $columns }

## Words in cells

# What an agenda entry is; a meeting or a milestone in the status column
# of `icc status`, which has no status of its own.
views-kind-workshop = workshop
views-kind-milestone = milestone
views-kind-meeting = meeting
views-kind-phase = phase

# A workshop or milestone past its date and still `planned`.
views-status-overdue = overdue

# After an event's phase (its id, whole) inferred from its date, not stated.
views-by-date = (by date)

# A phase's months where the plan states others than its window counts
# ($counted: a number, perhaps with decimals; $stated: whole).
views-months-stated = { $counted } ({ $stated } stated)
views-months-only-stated = { $stated } stated
# A number of months with decimals ($whole, $fraction: its digits).
views-decimal = { $whole }.{ $fraction }

# When something is, from today ($days: how many days away, 1 or more).
views-when-upcoming = { $days ->
        [1] tomorrow
       *[other] in { $days } days
    }
views-when-past = { $days ->
        [1] yesterday
       *[other] { $days } days ago
    }
views-when-today = today
views-when-ongoing = ongoing
views-when-this-month = this month

# The start and the end of a phase, before its name, in the agenda.
views-phase-start = Start of
views-phase-end = End of

## `icc status`: the headline, a label a line

views-label-today = Today
views-label-phase = Phase
views-label-also = Also
views-label-next = Next
views-label-overdue = Overdue
views-label-plan = Plan
views-label-kpis = KPIs

views-programme = programme { $start } – { $end }
views-phase-day = day { $day } of { $days }
views-days-left = { $days ->
        [one] 1 day left
       *[other] { $days } days left
    }
views-no-phase-over = none: the programme is over
views-no-phase-yet = none yet: the programme has not started
views-no-phase-today = none active today
views-more-active = { $count } more active: `icc phases` lists them
views-nothing-next = nothing planned
# $items: "1 workshop, 2 milestones" (count-workshop, count-milestone).
views-overdue = { $items } past and still `planned`
views-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }
views-warnings = { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
# $counts: views-errors and views-warnings; $total: their sum.
views-plan-findings = { $counts }: run `icc check` to see { $total ->
        [one] it
       *[other] them
    }

# Under the events of `icc status`.
views-all-cancelled = No events planned; { $count ->
        [one] 1 event
       *[other] { $count } events
    } cancelled
views-earlier = { $count ->
        [one] 1 event
       *[other] { $count } events
    } before these
views-later = { $count ->
        [one] 1 event
       *[other] { $count } events
    } after these
views-earlier-later = { $earlier ->
        [one] 1 event
       *[other] { $earlier } events
    } before these and { $later } after
views-every-workshop = `icc workshops` lists every workshop

## Empty lists

views-no-phases = No phases
views-no-events = No events

# `icc workshops` and `icc milestones` when nothing is left: the head
# ($when: upcoming, past or all), then what was asked, each part after a space.
views-none-workshops = { $when ->
        [upcoming] No upcoming workshops
        [past] No past workshops
       *[all] No workshops
    }
views-none-milestones = { $when ->
        [upcoming] No upcoming milestones
        [past] No past milestones
       *[all] No milestones
    }
# Between two of the parts that follow the head.
views-filter-join = {" "}
views-filter-plan = in the plan
views-filter-phase = in phase `{ $phase }`
views-filter-status = with status `{ $status }`
views-filter-mode = held `{ $mode }`
views-filter-audience = for an audience matching „{ $text }”
views-filter-led-by = led by someone matching „{ $text }”

## `icc agenda`

# $from: a day, perhaps views-day-today.
views-agenda-from = Agenda from { $from } on
views-agenda-span = Agenda from { $from } to { $to }
views-day-today = { $day } (today)

# An empty agenda: what ("Nothing", or a kind each, $first: yes for the
# first of them), when, then after a colon why.
views-agenda-nothing = Nothing
views-agenda-none = { $kind ->
        [workshop] { $first ->
            [yes] No workshops
           *[no] workshops
        }
        [milestone] { $first ->
            [yes] No milestones
           *[no] milestones
        }
        [meeting] { $first ->
            [yes] No meetings
           *[no] meetings
        }
       *[phase] { $first ->
            [yes] No phase starts or ends
           *[no] phase starts or ends
        }
    }
# Between the last two kinds of a list ("No workshops, milestones or meetings").
views-or = or
views-agenda-after = from { $from } on
views-agenda-on = on { $day }
views-agenda-between = from { $from } to { $to }
# The entry after the span, or before it ($kind: workshop, milestone,
# meeting, start or end of a phase; $when: views-when-…).
views-agenda-next = the next is { $kind ->
        [workshop] workshop
        [milestone] milestone
        [meeting] meeting
        [start] the start of phase
       *[end] the end of phase
    } `{ $id }` on { $date }, { $when }
views-agenda-last = the last was { $kind ->
        [workshop] workshop
        [milestone] milestone
        [meeting] meeting
        [start] the start of phase
       *[end] the end of phase
    } `{ $id }` on { $date }, { $when }
views-programme-ended = the programme ended on { $last }
views-programme-ends = the programme ends on { $last }
views-agenda-plan-none = the plan has none

## Errors (after `error: `)

# The phase ids follow, separated by commas.
views-unknown-phase = no phase `{ $phase }` in { $plan }; its phases are:
# --next with a span back from today ($unit: day, week or month).
views-next-back = --next { $next }: a window runs forward from today, today its first day; for the { $unit ->
        [day] { $count ->
            [one] 1 day
           *[other] { $count } days
        }
        [week] { $count ->
            [one] 1 week
           *[other] { $count } weeks
        }
       *[month] { $count ->
            [one] 1 month
           *[other] { $count } months
        }
    } up to today, type --from { $from } --to { $to }
views-to-before-from = --to { $to } ends the agenda before --from { $from }
views-to-before-today = --to { $to } ends the agenda before today ({ $today }), where it starts without --from

## Why a flag's value is refused (the reasons of views.rs's value parsers,
## after clap's "invalid value … for …:"; $text: the value as typed)

views-empty-filter = an empty filter would keep every workshop: give some of the words to look for
views-not-a-span = `{ $text }` is not a span: write a number and d, w or m (days, weeks, calendar months), e.g. 30d, 2w, 3m
views-span-is-a-flag = `{ $text }` is a flag, not a span: write a number and d, w or m after --next, e.g. 30d, 2w, 3m
views-span-too-long = `{ $text }` is more than icc counts to
# $unit: d, w or m, as typed.
views-span-zero = `{ $text }` is no time at all: look at least 1{ $unit } ahead
# $kinds: the kinds --kind takes, separated by commas.
views-empty-kind = a kind is empty (two commas together, or one at an end); the kinds are { $kinds }

## Against a baseline (`icc status --baseline BASE`, `icc phases --baseline
## BASE`): how far each phase's end moved since an earlier plan. $base names
## it: `HEAD~1 (3f2a1b9)`, or a file's name.

views-header-slip = slip
# A slip in a cell: $sign is `+` (later) or `−` (earlier), $count how many
# (never negative), $unit `months` where both ends are months, else `days`.
views-slip = { $unit ->
        [months] { $sign }{ $count } mo.
       *[days] { $sign }{ $count } d
    }
# An end that did not move; a phase the baseline does not have.
views-slip-none = ±0
# Under the table: the phases of the baseline the plan no longer has ($ids).
views-slip-gone = { $count ->
        [one] not in the plan any more: phase { $ids }
       *[other] not in the plan any more: phases { $ids }
    }
views-slip-new = new
# Under the table.
views-slip-since = slip: how far each phase's end moved since { $base }
