# English: the findings of `icc check`.
#
# Findings: one message a code (the id is the code), with attributes:
#   .label   under the caret      .help   what to do
#   .NAME    a variant of the message, with .NAME-label and .NAME-help
#   other attributes label the second places a finding points at.
# Arguments are typed (src/finding/mod.rs): ids, dates (ISO), numbers,
# lists (written `a`, `b`), paths (`a` → `b`), and terms, which are
# messages of their own in common.ftl (kind-…, type-…).

## Reading the file

invalid-utf8 = the plan is not valid UTF-8: byte { $byte } is not part of a UTF-8 character
    .label = { $bytes ->
        [one] 1 invalid byte
       *[other] { $bytes } invalid bytes
    }
    .help = save the file as UTF-8 (most editors offer it under "Save with encoding")

syntax = invalid TOML: { $detail }
    .duplicate-key = { $table }: `{ $key }` is written twice, first at line { $line }
    .duplicate-key-label = written again
    .duplicate-key-help = keep one of the two
    .first = first written here
    .duplicate-table = the table `[{ $name }]` is written twice
    .duplicate-table-label = written again
    .duplicate-table-help = merge the two into one `[{ $name }]` table
    .known = invalid TOML: { $problem }
    .known-expected = invalid TOML: { $problem }, expected { $expected }

# The problems TOML's parser names (src/load.rs, SYNTAX_PROBLEMS).
syntax-problem-invalid-basic-string = invalid basic string
syntax-problem-invalid-literal-string = invalid literal string
syntax-problem-invalid-multi-line-basic-string = invalid multi-line basic string
syntax-problem-invalid-multi-line-literal-string = invalid multi-line literal string
syntax-problem-invalid-string = invalid string
syntax-problem-unclosed-array = unclosed array
syntax-problem-unclosed-table = unclosed table
syntax-problem-unclosed-array-table = unclosed array table
syntax-problem-unclosed-inline-table = unclosed inline table
syntax-problem-extra = extra `=`
syntax-problem-string-values-must-be-quoted = string values must be quoted
syntax-problem-unexpected-leading-zero = unexpected leading zero
syntax-problem-invalid-boolean = invalid boolean
syntax-problem-missing-escaped-value = missing escaped value
syntax-problem-missing-comma-between-array-elements = missing comma between array elements
syntax-problem-missing-assignment-between-key-value-pairs = missing assignment between key-value pairs
syntax-problem-missing-value = missing value
syntax-problem-missing-value-for-key = missing value for key
syntax-problem-key-with-no-value = key with no value
syntax-problem-invalid-unquoted-key = invalid unquoted key
syntax-problem-invalid-key = invalid key
syntax-problem-unquoted-keys-cannot-be-empty = unquoted keys cannot be empty
syntax-problem-keys-cannot-be-multi-line-literal-strings = keys cannot be multi-line literal strings
syntax-problem-keys-cannot-be-multi-line-basic-strings = keys cannot be multi-line basic strings
syntax-problem-extra-comma-in-array = extra comma in array
syntax-problem-extra-comma-in-inline-table = extra comma in inline table
syntax-problem-invalid-integer-number = invalid integer number
syntax-problem-invalid-float = invalid float
syntax-problem-invalid-value = invalid value
syntax-problem-unexpected-content = unexpected content
syntax-problem-unexpected-key-or-value = unexpected key or value
syntax-problem-cannot-recurse-further-max-recursion-depth-met = cannot recurse further; max recursion depth met
syntax-problem-carriage-return-must-be-followed-by-newline = carriage return must be followed by newline
syntax-problem-invalid-comment-character = invalid comment character
syntax-problem-may-only-go-between-digits = `_` may only go between digits
syntax-problem-invalid-table = invalid table
syntax-problem-missing-table-open = missing table open
syntax-problem-missing-inline-table-opening = missing inline table opening
syntax-problem-missing-array-opening = missing array opening
syntax-problem-missing-opening-quote = missing opening quote
syntax-problem-missing-key-for-inline-table-element = missing key for inline table element
syntax-problem-unexpected-in-array = unexpected `=` in array
syntax-problem-too-few-unicode-value-digits = too few unicode value digits
syntax-problem-redundant-numeric-sign = redundant numeric sign
syntax-problem-unexpected-sign = unexpected sign
syntax-problem-integers-with-a-radix-cannot-be-signed = integers with a radix cannot be signed
syntax-problem-radix-must-be-lowercase = radix must be lowercase
syntax-problem-missing-comma-between-key-value-pairs = missing comma between key-value pairs
syntax-problem-extra-assignment-between-key-value-pairs = extra assignment between key-value pairs
syntax-problem-invalid-key-value-pair = invalid key-value pair
syntax-problem-invalid-inline-table-element = invalid inline table element
syntax-problem-unexpected-content-between-comment-and-newline = unexpected content between comment and newline
syntax-problem-missing-comment-start = missing comment start
syntax-problem-redundant-integer-number-prefix = redundant integer number prefix
syntax-problem-invalid-mantissa = invalid mantissa
syntax-problem-invalid-fraction = invalid fraction
syntax-problem-invalid-hexadecimal-number = invalid hexadecimal number
syntax-problem-invalid-octal-number = invalid octal number
syntax-problem-invalid-binary-number = invalid binary number
syntax-problem-invalid-exponent = invalid exponent
syntax-problem-duplicate-key = duplicate key
syntax-problem-invalid-time = invalid time
syntax-problem-invalid-date = invalid date
syntax-problem-invalid-date-time = invalid date-time
syntax-problem-invalid-time-offset = invalid time offset

unknown-key = { $table }: unknown key `{ $key }`
    .label = not a field icc knows
    .help = did you mean `{ $suggestion }`?
    .help-list = known keys here: { $known }

wrong-type = { $table }: `{ $key }` must be { $expected }, found { $found }
    .label = expected { $expected }
    .help-table = write it as a table of its own: `[{ $key }]`
    .help-tables = write each as a table of its own: `[[{ $key }]]`
    .help-written = write `{ $key } = { $written }`

missing-field = { $table } has no `{ $key }`
    .help = add `{ $key } = { $example }`
    .project = the plan has no `[project]` table
    .project-help =
        start the plan with:
        {"["}project]
        name = "…"

invalid-id = `{ $id }` is not a valid id
    .label = ids are lowercase ASCII letters, digits and `-`
    .help = an id matches `[a-z0-9][a-z0-9-]*`, e.g. `{ $suggestion }`

date-problem = { $problem ->
        [no-such-day] `{ $text }` does not exist: { $month } has { $days } days
        [no-such-month] `{ $text }` has a month outside 01-12
        [time-of-day] `{ $text }` has a time of day; a plan date is a day or a month
        [year-zero] `{ $text }` is in the year 0000, before the calendar icc writes (years 0001 to 9999)
       *[form] `{ $text }` is not a date in a form icc reads
    }
date-forms = write a day as `YYYY-MM-DD` (e.g. 2021-03-15) or a month as `YYYY-MM` (e.g. "2021-03")

invalid-date = { $table }: `{ $key }`: { date-problem }
    .help = { date-forms }
    .help-suggestion = write `{ $key } = { $written }`
    .help-no-such-day = the last day of { $month } is `{ $last }`
    .help-no-such-month = a month is `01` to `12`; { date-forms }
    .help-year-zero = years run from 0001 to 9999
    .unquoted-month = { $table }: `{ $key }`: `{ $text }` is a month, and a month is written in quotes
    .unquoted-month-help = write `{ $key } = { $written }`; a date without quotes is a day

invalid-value = { $table }: `{ $key } = "{ $value }"` is not allowed
    .label = expected one of { $allowed }
    .help = did you mean `{ $suggestion }`?
    .help-allowed = `{ $key }` is one of { $allowed }
    .empty = { $table }: `{ $key }` is empty
    .allow-error = { $table }: `{ $key }`: `{ $value }` is an error, and an error cannot be allowed
    .allow-error-label = an error
    .allow-error-help = fix what it finds; `allow` takes warnings and notes, which a plan may keep on purpose
    .months = { $table }: `{ $key } = { $value }` is not a number of months
    .months-label = must be a whole number from 1 to { $max }
    .months-help = a phase lasts at least one month, and at most { $max } months
    .empty-entry = { $table }: `{ $key }` has an empty entry
    .empty-entry-label = empty
    .empty-entry-help = remove it, or write what it stands for
    .number = { $table }: `{ $key } = { $value }` is not a number a KPI can measure
    .number-label = not a finite number
    .number-help = write a number such as `12` or `41.5`

duplicate-entry = { $table }: `{ $key }` lists `{ $value }` more than once
    .label = listed again
    .first = first listed here
    .help = remove the repetition

## Resolving ids and dates

duplicate-id = id `{ $id }` is used by the { $first_kind } at line { $first_line } and the { $kind } at line { $line }
    .label = used again, by the { $kind }
    .first = first used here, by the { $first_kind }
    .help = an id is unique in the whole plan, whatever the kind of item; rename one
    .same-line = id `{ $id }` is used by the { $first_kind } at line { $first_line }, column { $first_column }, and the { $kind } at line { $line }, column { $column }
    .same-line-label = used again, by the { $kind }
    .same-line-help = an id is unique in the whole plan, whatever the kind of item; rename one

unknown-reference = { $kind } `{ $id }` is after `{ $reference }`, which is not in the plan
    .label = no item has this id
    .help = did you mean `{ $suggestion }`?
    .recurring = { $kind } `{ $id }` is after `{ $reference }`, which is a recurring meeting
    .recurring-label = a recurring meeting has no single end
    .recurring-help = `after` takes a phase, a milestone or a workshop
    .kpi = { $kind } `{ $id }` is after `{ $reference }`, which is a KPI
    .kpi-label = a KPI has no end of its own
    .kpi-help = `after` takes a phase, a milestone or a workshop

self-reference = { $kind } `{ $id }` is `after` itself
    .label = refers to the item it is in
    .help = remove it from `after`

dependency-cycle = dependency cycle: { $cycle }
    .label = `{ $from }` is after `{ $to }`
    .edge = `{ $edge_from }` is after `{ $edge_to }`
    .help = each item on the cycle waits for the next, so none can start; remove one `after` reference

date-out-of-range = phase `{ $phase }` would { $side ->
        [start] start before 0001-01-01
        [late-start] start after 9999-12-31
       *[end] end after 9999-12-31
    }, outside the calendar icc writes (the years 0001 to 9999)
    .label = its { $side ->
        [end] end
       *[other] start
    } is out of the calendar
    .help = check `months`, and the phases it is `after`

phase-underdetermined = phase `{ $phase }` has no { $missing ->
        [start] start
       *[end] end
    }: its window cannot be fixed
    .label = the { $missing ->
        [start] start
       *[end] end
    } of this phase is unknown
    .help = give two of `start`, `end`, `months`, or `after` with `months` or `end`

unknown-phase = { $kind } `{ $id }` is in phase `{ $phase }`, but there is no phase `{ $phase }`
    .label = not a phase of this plan
    .help = did you mean `{ $suggestion }`?
    .help-list = phases: { $phases }
    .other-kind = { $kind } `{ $id }` is in phase `{ $phase }`, but `{ $phase }` is a { $actual_kind }, not a phase
    .other-kind-label = not a phase of this plan
    .other-kind-help = did you mean `{ $suggestion }`?
    .other-kind-help-list = phases: { $phases }

## Checking what was resolved

end-before-start = { $kind } `{ $id }` ends ({ $end }) before it starts ({ $start })
    .label = before the start
    .start = starts here
    .help = swap `start` and `end`, or correct one of them
    .series = { $kind } `{ $id }` ends ({ $end }) before it starts ({ $start })
    .series-label = before `date`
    .series-help = swap `date` and `end`, or correct one of them
    .after = { $kind } `{ $id }` ends ({ $end }) before it starts ({ $start }, the day after { $predecessor_kind } `{ $predecessor }`{ $predecessor_extent ->
        [day] {""}
       *[period] {" "}ends
    })
    .after-label = before the start
    .after-dependency = it starts the day after `{ $predecessor }`{ $predecessor_extent ->
        [day] {""}
       *[period] {" "}ends
    }
    .after-help = move `end` to { $start } or later, or remove `{ $predecessor }` from `after`

months-mismatch = phase `{ $phase }` is stated as { $stated ->
        [one] 1 month
       *[other] { $stated } months
    }, but its window { $start } – { $end } covers { months-mismatch-length }{ months-mismatch-counting }
    .label = stated { $stated ->
        [one] 1 month
       *[other] { $stated } months
    }
    .start = window starts here
    .end = window ends here
    .help = { $counted_days ->
        [0] set `months = { $counted }`, or change the window
       *[other] make `months` and the window agree
    }
# Said only where it matters: whole months, more than one.
months-mismatch-counting = { $precision ->
        [month] { $counted_days ->
            [0] { $counted ->
                [0] {""}
                [1] {""}
               *[other] , counting both end months
            }
           *[other] {""}
        }
       *[day] {""}
    }
months-mismatch-length = { $counted_days ->
        [0] { $counted ->
            [one] 1 month
           *[other] { $counted } months
        }
       *[other] { $counted ->
            [0] {""}
            [one] 1 month{" "}
           *[other] { $counted } months{" "}
        }{ $counted_days ->
            [one] 1 day
           *[other] { $counted_days } days
        }
    }

dependency-subject = { $kind } `{ $id }` ({ $extent ->
        [day] on
       *[period] starts
    } { $start }) is after { $predecessor_kind } `{ $predecessor }` ({ $predecessor_extent ->
        [day] on
       *[period] ends
    } { $end })

dependency-order = { dependency-subject }, but { $extent ->
        [day] is
       *[period] starts
    } before { $predecessor_extent ->
        [day] it
       *[period] it ends
    }
    .label = before `{ $predecessor }`{ $predecessor_extent ->
        [day] {""}
       *[period] {" "}ends
    }
    .dependency = the dependency
    .help = { $extent ->
        [day] move
       *[period] start
    } `{ $id }` after { $end }, or remove `{ $predecessor }` from `after`

dependency-order-possible = { dependency-subject }: with dates known only to the month, the two may overlap
    .label = same month
    .dependency = the dependency
    .help = give day dates if the order matters

after-gap = phase `{ $id }` is after { $predecessor_kind } `{ $predecessor }`, but { after-gap-between } between them (`{ $predecessor }` { $predecessor_extent ->
        [day] is on
       *[period] ends
    } { $end }, `{ $id }` starts { $start })
    .label = { after-gap-between } between `{ $predecessor }` and this start
    .dependency = the dependency
    .help = drop `start` to start it the day after `{ $predecessor }`{ $predecessor_extent ->
        [day] {""}
       *[period] {" "}ends
    }, or remove `{ $predecessor }` from `after`
after-gap-between = { $bound ->
        [at-least] at least{" "}
       *[exact] {""}
    }{ after-gap-length } { $gap ->
        [one] lies
       *[other] lie
    }
after-gap-length = { $unit ->
        [months] { $gap ->
            [one] 1 month
           *[other] { $gap } months
        }
       *[days] { $gap ->
            [one] 1 day
           *[other] { $gap } days
        }
    }

outside-phase = { $kind } `{ $id }` ({ $date }) is in phase `{ $phase }`, whose window is { $window_start } – { $window_end }: it falls outside
    .label = outside the phase
    .help = correct the date, or the `phase` it belongs to
    .series = { $kind } `{ $id }` ({ $date } – { $end }) is in phase `{ $phase }`, whose window is { $window_start } – { $window_end }: it falls outside
    .series-label = outside the phase
    .series-help = correct the dates, or the `phase` it belongs to
    .help-phase = its date is in the window of `{ $in_phase }`: set `phase = "{ $in_phase }"`, or correct the date
    .series-help-phase = its dates are in the window of `{ $in_phase }`: set `phase = "{ $in_phase }"`, or correct the dates
    .help-phases = its date is in the windows of { $in_phases }: set `phase` to one of them, or correct the date
    .series-help-phases = its dates are in the windows of { $in_phases }: set `phase` to one of them, or correct the dates
    .help-none = its date is in no phase's window: correct the date
    .series-help-none = its dates are in no phase's window: correct the dates
    .help-across-phase = part of { $date } is in the window of `{ $in_phase }`: give a day date inside it and set `phase = "{ $in_phase }"`, or correct the date
    .series-help-across-phase = its dates overlap the window of `{ $in_phase }` without lying inside it: keep them inside it and set `phase = "{ $in_phase }"`, or correct the dates
    .help-across = part of { $date } is in the windows of { $in_phases }: give a day date inside one and set `phase` to it, or correct the date
    .series-help-across = its dates overlap the windows of { $in_phases } without lying inside one: keep them inside one and set `phase` to it, or correct the dates
    .series-help-past-phase = it starts inside `{ $phase }` but ends after it: end it by { $window_end }, or lengthen `{ $phase }`
    .series-help-past-end = it ends after the programme does ({ $programme_end }): end it by { $window_end }, or lengthen `{ $phase }`
    .series-help-before-phase = it ends inside `{ $phase }` but starts before it: start it on { $window_start } or later, or start `{ $phase }` earlier
    .series-help-before-start = it starts before the programme does ({ $programme_start }): start it on { $window_start } or later, or start `{ $phase }` earlier
    .series-help-around = its dates run past both ends of `{ $phase }`: keep them inside its window, or correct them
    .after-end = { $kind } `{ $id }` ({ $date }) is in phase `{ $phase }`, whose window is { $window_start } – { $window_end }: it falls after the programme ends ({ $programme_end })
    .after-end-label = after the programme ends
    .after-end-help = correct the date; no phase's window holds it
    .series-after-end = { $kind } `{ $id }` ({ $date } – { $end }) is in phase `{ $phase }`, whose window is { $window_start } – { $window_end }: it falls after the programme ends ({ $programme_end })
    .series-after-end-label = after the programme ends
    .series-after-end-help = correct the dates; no phase's window holds them
    .before-start = { $kind } `{ $id }` ({ $date }) is in phase `{ $phase }`, whose window is { $window_start } – { $window_end }: it falls before the programme starts ({ $programme_start })
    .before-start-label = before the programme starts
    .before-start-help = correct the date; no phase's window holds it
    .series-before-start = { $kind } `{ $id }` ({ $date } – { $end }) is in phase `{ $phase }`, whose window is { $window_start } – { $window_end }: it falls before the programme starts ({ $programme_start })
    .series-before-start-label = before the programme starts
    .series-before-start-help = correct the dates; no phase's window holds them

outside-phase-possible = { $kind } `{ $id }` ({ $date }) is in phase `{ $phase }`, whose window is { $window_start } – { $window_end }: depending on the day, it may fall outside
    .label = partly outside the phase
    .help = give a day date to settle it
    .series = { $kind } `{ $id }` ({ $date } – { $end }) is in phase `{ $phase }`, whose window is { $window_start } – { $window_end }: depending on the day, it may fall outside
    .series-label = partly outside the phase
    .series-help = give day dates to settle it

phase-inferred = { $kind } `{ $id }` has no `phase`; by its date it belongs to `{ $phase }`
    .label = inside the window of `{ $phase }`
    .help = add `phase = "{ $phase }"` to say so

no-phase = { $kind } `{ $id }` has no `phase`, and no phase's window holds its date { $date }
    .label = outside every phase
    .help = add `phase = "…"`, or move the date into a phase
    .after-end = { $kind } `{ $id }` has no `phase`, and its date { $date } is after the programme ends ({ $programme_end })
    .after-end-label = after the programme ends
    .after-end-help = correct the date, or add a phase that holds it
    .before-start = { $kind } `{ $id }` has no `phase`, and its date { $date } is before the programme starts ({ $programme_start })
    .before-start-label = before the programme starts
    .before-start-help = correct the date, or add a phase that holds it
    .across = { $kind } `{ $id }` has no `phase`, and no one phase's window holds all of { $date }: it overlaps { $phases }
    .across-label = not inside one phase
    .across-help = add `phase = "…"`; a day date settles whether it falls inside
    .across-series = { $kind } `{ $id }` has no `phase`, and no one phase's window holds all of { $date } – { $end }: it overlaps { $phases }
    .across-series-label = not inside one phase
    .across-series-help = add `phase = "…"`, and keep its dates inside that phase's window
    .several = { $kind } `{ $id }` has no `phase`, and its date { $date } is in the windows of { $phases }
    .several-label = in more than one phase
    .several-help = add `phase = "…"` to say which

invalid-interval = { $table }: `{ $key } = { $value }` is not a number of months
    .label = must be a whole number from 1 to { $max }
    .help = a meeting repeats at most once a month (`every_months = 1`) and at least once in { $max } months

too-many-occurrences = recurring meeting `{ $id }` would meet { $count } times inside its phase; icc keeps the first { $kept }
    .label = { $count } occurrences
    .help = check `every_months` and the phase's window
    .all = the plan's recurring meetings would meet more than { $kept } times in all: icc keeps the first { $kept }, up to `{ $id }` on { $date }
    .all-label = past { $kept } occurrences in all
    .all-help = check `every_months` and the phases' windows

recurring-outside-phase = recurring meeting `{ $id }` has no date inside phase `{ $phase }` ({ $window_start } – { $window_end }): `first = { $first }` is outside it
    .label = outside the phase
    .help = occurrences stay inside their phase's window; set `first` inside it or shorten `every_months`
    .before = recurring meeting `{ $id }` starts before its phase: `first = { $first }` is before phase `{ $phase }` starts ({ $window_start } – { $window_end })
    .before-label = before the phase starts
    .before-help = set `first` inside the phase's window; meetings before the phase are left out
    .by-default = recurring meeting `{ $id }` has no date inside phase `{ $phase }` ({ $window_start } – { $window_end }): the first, one interval after the start, would be { $first }
    .by-default-label = outside the phase
    .by-default-help = occurrences stay inside their phase's window; set `first` inside it or shorten `every_months`

overdue = { $kind } `{ $id }` ({ $date }) is past on { $today } and still `planned`
    .label = past and still planned
    .help = set `status = "done"`, or `"cancelled"` if it did not take place

done-in-future = { $kind } `{ $id }` ({ $date }) is `done` on { $today }, before its date
    .label = done before its date
    .help = set `status = "planned"` until it has taken place, or correct its date

same-day = { $kind } `{ $id }` is on the same day as `{ $other }` ({ $date })
    .label = also the day of `{ $other }`
    .first = also the day of `{ $id }`

## Accepted findings

unused-allow = { $table }: `allow` accepts `{ $allowed }`, but nothing it covers has that finding
    .label = accepts nothing
    .help = remove `"{ $allowed }"` from `allow`

## Performance indicators (KPIs)

target-before-baseline = KPI `{ $id }`: its target ({ $target }) is not after its baseline ({ $baseline })
    .label = dated on or before the baseline
    .baseline = the baseline's date
    .help = a target comes after its baseline: swap the dates, or correct a year
target-before-baseline-possible = KPI `{ $id }`: its target ({ $target }) may not come after its baseline ({ $baseline })
    .label = may be on or before the baseline
    .baseline = the baseline's date
    .help = write both dates as days (`2021-03-15`) if their order matters
target-equals-baseline = KPI `{ $id }`: its target { $target } is its baseline's value
    .label = the baseline's value
    .baseline = the baseline
    .help = set the value it should reach
target-against-direction = KPI `{ $id }` should { $direction ->
        [decrease] decrease
       *[increase] increase
    }, but its target { $target } is { $direction ->
        [decrease] above
       *[increase] below
    } its baseline { $baseline }
    .label = { $direction ->
        [decrease] above
       *[increase] below
    } the baseline
    .baseline = the baseline
    .help = { $direction ->
        [decrease] set `direction = "increase"` if higher is better, or correct the target
       *[increase] set `direction = "decrease"` if lower is better (a waiting time, a cost), or correct the target
    }
measurement-in-future = KPI `{ $id }`: a measurement is dated { $date }, after { $today }
    .label = not measured yet on { $today }
    .help = correct its date; until then it does not count
measurement-before-baseline = KPI `{ $id }`: a measurement is dated { $date }, before its baseline ({ $baseline })
    .label = before the baseline
    .baseline = the baseline's date
    .help = correct its date, or move the baseline back if it was measured then
duplicate-measurement = KPI `{ $id }` has two measurements dated { $date }
    .label = measured again
    .first = first measurement of that date
    .help = keep one of the two (`icc record --replace` replaces a value)
    .overlap = KPI `{ $id }` has two measurements whose dates overlap: { $date } and { $other }
    .overlap-label = overlaps the other
    .overlap-first = the other measurement
    .overlap-help = keep one of the two, or date both as days: which is the latest would depend on their order
percent-out-of-range = KPI `{ $id }`: { $value } is not a percentage from 0 to 100
    .label = outside 0 to 100
    .help = correct the value, or the `unit` if it is not a percentage
target-outside-programme = KPI `{ $id }`: its target ({ $target }) is after the programme ends ({ $bound })
    .label = after the programme
    .help = move the target into the programme, or extend its last phase
    .before = KPI `{ $id }`: its target ({ $target }) is before the programme starts ({ $bound })
    .before-label = before the programme
    .before-help = move the target into the programme
not-measured = KPI `{ $id }` has no measurement, and its phase `{ $phase }` ended ({ $since })
    .label = not measured
    .help = record what was measured: `icc record { $id } VALUE --date YYYY-MM-DD`
    .target = KPI `{ $id }` has no measurement, and its target's date ({ $since }) has passed
    .target-label = not measured
    .target-help = record what was measured: `icc record { $id } VALUE --date YYYY-MM-DD`
