# English: words used inside other messages — the kinds of item, counts,
# types of value, dates written for people.

## Words used inside messages

kind-phase = phase
kind-milestone = milestone
kind-workshop = workshop
kind-recurring = recurring meeting
kind-kpi = KPI

count-phase = { $count ->
        [one] 1 phase
       *[other] { $count } phases
    }
count-milestone = { $count ->
        [one] 1 milestone
       *[other] { $count } milestones
    }
count-workshop = { $count ->
        [one] 1 workshop
       *[other] { $count } workshops
    }
count-recurring = { $count ->
        [one] 1 recurring meeting
       *[other] { $count } recurring meetings
    }
count-kpi = { $count ->
        [one] 1 KPI
       *[other] { $count } KPIs
    }

type-string = a string
type-strings = an array of strings
type-date = a date
type-months = a whole number of months
type-number = a number
type-table = a table
type-tables = an array of tables
type-integer = an integer
type-float = a float
type-boolean = a boolean
type-datetime = a date-time
type-array = an array

table-plan = the plan
table-section = [{ $key }]
table-item = { $kind } `{ $id }`
table-numbered = [[{ $key }]] number { $number }

# A month's name (1 = January).
month-name = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }

# Dates written for people: March 2021, 19 November 2020.
month-year = { month-name } { $year }
day-month-year = { $day } { month-name } { $year }

# The severities of findings and the word before advice, as the human
# output writes them before a colon (`error: …`, `help: …`).
severity-error = error
severity-warning = warning
severity-note = note
word-help = help

# The plan's closed words, as views and documents show them (JSON, CSV
# values and the plan itself keep the keyword): an event's `status`, a
# workshop's `mode`, and a phase's state on a day.
status-planned = planned
status-done = done
status-cancelled = cancelled
mode-online = online
mode-in-person = in-person
mode-hybrid = hybrid
state-done = done
state-active = active
state-upcoming = upcoming

# Numbers: the decimal mark of a measured value (41.5).
decimal-mark = .
