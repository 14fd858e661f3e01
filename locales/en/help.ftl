# English: `icc --help`, each command's help and the man page: a message a command (`help-COMMAND`) and a flag (`help-COMMAND-FLAG`, `help-FLAG` for the global ones and those several commands share), and clap's own headings and errors.
# A help text may be wrapped over several lines here: they are joined with a space, and a line holding only {""} starts a new paragraph. An error is one line.

## The programme and its global options

help-about = A programme plan as code: check, show and edit a city programme's phases, milestones and workshops
help-plan = The plan file, or a folder holding a `plan.toml`; `-` reads standard input.
    Default: the nearest `plan.toml` in this folder or above it. [env: ICC_PLAN]
help-today = The day to compute for, YYYY-MM-DD. Default: the local date. [env: ICC_TODAY]
help-width = Width of tables and charts in columns. Default: the terminal's; off a terminal,
    COLUMNS if it is a width from 20 to 1000, else 100
help-lang = The language of messages, tables and help, and of the documents icc writes: `en` or `ro`
    (a tag such as `ro-RO` or `ro_RO.UTF-8` is matched to the nearest; others are English).
    Default: the system's (LC_ALL, LC_MESSAGES, LANG); for documents, the plan's
    `project.language`. [env: ICC_LANG]
help-color = When to colour the output: `auto` colours a terminal unless NO_COLOR is set

## Options several commands share

help-format = How to print the view
help-format-human = Tables for people
help-format-json = JSON for scripts
help-sort = Order of the list
help-sort-date = By date, then end date
help-sort-title = By title, case and diacritics aside; then by date
help-sort-phase = By phase, in the order the phases start; by date within a phase
help-sort-file = In the order of the file
help-sort-id = By id
help-output = Write to FILE instead of standard output (`-`: standard output). The file is
    replaced whole or not at all: written beside it, then renamed
help-dry-run = Print the change as a unified diff; write nothing
help-break-links = Edit a plan that has other names (hard links) anyway: the other names keep
    the old text
help-audience = Who takes part; repeat for several
help-led-by = Who leads it; repeat for several
help-mode = How it is delivered
help-objective = What it is for

## The commands

help-check = Check that the plan holds together; print findings
help-check-strict = Fail (exit 1) on warnings too, not only on errors
help-check-format = How to print findings
help-check-format-human = Like rustc: the source line, a caret and help
help-check-format-json = One JSON object with counts and every finding
help-check-format-github = GitHub Actions workflow commands, one a finding

help-status = Where the programme stands today: phases, progress, events around today
help-status-baseline = Show how far each phase's end moved since BASE: a file or a git revision (HEAD~1, a tag)

help-phases = Every phase with its window, length, status and progress
help-phases-baseline = Show how far each phase's end moved since BASE: a file or a git revision (HEAD~1, a tag)

help-workshops = Every workshop, in date order: how it is held, for whom, led by whom
help-workshops-phase = Only workshops of this phase (stated or inferred from the date)
help-workshops-upcoming = Only workshops not yet over (under way or to come)
help-workshops-past = Only workshops that are over
help-workshops-status = Only workshops with this status
help-workshops-mode = Only workshops held this way
help-workshops-audience = Only workshops with an audience entry that contains TEXT, case and
    diacritics aside (`primariei` finds „Reprezentanți ai Primăriei”)
help-workshops-led-by = Only workshops with a `led_by` entry that contains TEXT, case and
    diacritics aside (`tematic` finds „Expert Tematic”)

help-milestones = Every milestone, in date order: its phase, status and the days to it
help-milestones-phase = Only milestones of this phase (stated or inferred from the date)
help-milestones-upcoming = Only milestones not yet passed (this month's or to come)
help-milestones-past = Only milestones whose date is over
help-milestones-status = Only milestones with this status

help-agenda = Events and phase starts and ends ahead, in date order, with the days to each
help-agenda-long =
    Events and phase starts and ends ahead, in date order, with the days to each.
    {""}
    Every workshop, milestone and meeting, and each phase's start and its end, from --today on,
    events under way included, with no end unless --next or --to gives one. A month-precision
    date spans its month and is counted as every view counts it: days to its first day while it
    is to come, 0 while it lasts. Cancelled events are listed as cancelled. Nothing in the span
    is said, with the next entry after it.
    {""}
    --format json prints {"{"}"today", "from", "to", "entries"{"}"}: `from` and `to` are the
    span's first and last day (`to` null without an end); each entry has `date` and `end` (as
    the plan states them, `end` null but for a series), `kind` (workshop, milestone, meeting,
    phase), `boundary` (start or end for a phase, else null), `id`, `title`, `phase` (the
    event's phase; a phase's own id), `status` (planned, done, cancelled; null for meetings and
    phases), `overdue`, `when` (past, now, upcoming) and `days_until` (as in `icc status`).
help-agenda-next = Only what falls in the next SPAN from today, today included: `30d` days,
    `2w` weeks, `3m` calendar months (`1m` on 2021-11-28 ends on 2021-12-27)
help-agenda-from = From this day, or this month's first day. Default: today
help-agenda-to = To this day, or this month's last day. Default: no end
help-agenda-kind = Only entries of these kinds, separated by commas: `--kind workshop,milestone`
help-agenda-kind-workshop = Workshops (a series from its first day to its last)
help-agenda-kind-milestone = Milestones
help-agenda-kind-meeting = Each occurrence of a recurring meeting
help-agenda-kind-phase = Each phase's start and its end, an entry each

help-kpis = Each performance indicator: baseline, latest value, target, progress and state
help-kpis-format = How to show the indicators
help-kpis-format-human = A table for people
help-kpis-format-json = JSON for scripts
help-kpis-format-svg = A self-contained SVG picture: a small chart for each indicator

help-timeline = The programme as a Gantt chart: for the terminal, as SVG, or as Mermaid
help-timeline-format = What to draw
help-timeline-format-human = A chart for the terminal
help-timeline-format-svg = A self-contained SVG picture
help-timeline-format-mermaid = A Mermaid `gantt` block, for Markdown
help-timeline-from = Show from this date (YYYY-MM or YYYY-MM-DD). Default: the plan's first month
help-timeline-to = Show up to this date (YYYY-MM or YYYY-MM-DD). Default: the plan's last month
help-timeline-baseline = Draw under each phase its window in BASE: a file or a git revision (HEAD~1, a tag)

help-add-workshop = Add a workshop to the plan file
help-add-workshop-id = The workshop's id. Default: made from the title
    (`Atelier „Date”` → `atelier-date`)
help-add-workshop-title = The title, in the plan's language
help-add-workshop-date = Its day (YYYY-MM-DD) or month (YYYY-MM)
help-add-workshop-end = The last day of a series
help-add-workshop-phase = The phase it belongs to. Default: the phase whose window holds the date
help-add-workshop-activity = The activity it serves
help-add-workshop-status = Where it stands. Default: planned
help-add-workshop-after = An id it follows (finish-to-start); repeat for several

help-add-phase = Add a phase to the plan file
help-add-phase-id = The phase's id
help-add-phase-name = Its name, in the plan's language
help-add-phase-start = Its first month or day
help-add-phase-end = Its last month or day
help-add-phase-months = Its length in calendar months
help-add-phase-after = An id it follows: it starts the day after that ends; repeat for several
help-add-phase-summary = One sentence on what the phase is for
help-add-phase-activity = One of its main activities; repeat for several

help-add-milestone = Add a milestone to the plan file
help-add-milestone-id = The milestone's id. Default: made from the name
help-add-milestone-name = Its name, in the plan's language
help-add-milestone-date = Its day (YYYY-MM-DD) or month (YYYY-MM)
help-add-milestone-phase = The phase it belongs to
help-add-milestone-after = An id it follows; repeat for several

help-add-recurring = Add a recurring meeting to the plan file
help-add-recurring-id = The meeting's id. Default: made from the title
help-add-recurring-title = Its title, in the plan's language
help-add-recurring-phase = The phase it repeats in: its meetings stay inside the phase's window
help-add-recurring-review = Its meetings are the programme's review sessions (`review = true`): `icc report` counts its period from the previous one
help-add-recurring-every-months = How many calendar months apart its meetings are
help-add-recurring-first = Its first meeting (YYYY-MM-DD or YYYY-MM). Default: the phase's
    start plus --every-months

help-add-kpi = Add a performance indicator (KPI) to the plan file
help-add-kpi-id = The KPI's id
help-add-kpi-name = What it measures, in the plan's language
help-add-kpi-unit = What its values count (`%`, `data sets`, `days`); `%` bounds them to 0..100
help-add-kpi-baseline = Where it starts: VALUE@DATE, e.g. 12@2021-03 (a decimal comma is read too: 41,5)
help-add-kpi-target = What it should reach, and by when: VALUE@DATE, e.g. 60@2022-07
help-add-kpi-phase = The phase that delivers it
help-add-kpi-direction = Whether it gets better as it rises (the default) or as it falls
help-add-kpi-direction-increase = Higher is better
help-add-kpi-direction-decrease = Lower is better (a waiting time)

help-record = Record a measurement of a KPI, and say where it now stands
help-record-kpi = The KPI's id
help-record-value = The value measured, in the KPI's unit (41.5 or 41,5)
help-record-date = The day (YYYY-MM-DD) or month (YYYY-MM) it was measured. Default: --today
help-record-replace = Replace the value measured on that date, if there is one (without it, such a measurement is refused)
help-value-reading = VALUE@DATE
help-value-unit = UNIT
help-value-value = VALUE
help-value-kpi = KPI
help-value-direction = DIRECTION

help-set-status = Set the status of workshops and milestones: planned, done or cancelled
help-set-status-ids = The ids of the workshops and milestones, one or more
help-set-status-status = Their new status

help-move = Move an item's dates; with --cascade, what depends on them too
help-move-id = The id of the item to move
help-move-date = A workshop's or a milestone's new date (YYYY-MM-DD or YYYY-MM)
help-move-end = A workshop series' new last day, or a phase's new end
help-move-start = A phase's new start
help-move-months = A phase's new length in calendar months
help-move-first = A recurring meeting's new first meeting
help-move-by = Shift every date the item states: 2m (calendar months), -10d (days), 3w (weeks)
help-move-cascade = Also shift the items that state their dates and would break (start before
    what they follow ends, fall outside their phase), each by as much as what it depends on moved

help-remove = Remove an item; with --cascade, what refers to it too
help-remove-id = The id of the item to remove
help-remove-cascade = Also remove what refers to it: `after` entries, `phase` keys (the phase
    is then inferred from the date), recurring meetings in it

help-rename = Give an item a new id, and every reference to it
help-rename-old = The item's id
help-rename-new = Its new id: lowercase letters, digits and `-`, not used in the plan

help-diff = What changed in the schedule since BASE: a file or a git revision
help-diff-base = A plan file, or a git revision of the plan's repository (HEAD~1, a tag, a branch). Default: HEAD, the last commit
help-diff-format = How to show the changes
help-diff-format-human = For people, coloured like `git diff --stat`
help-diff-format-markdown = A Markdown table, for a pull request or $GITHUB_STEP_SUMMARY
help-diff-format-json = JSON for scripts
help-diff-exit-code = Exit with 1 when there are changes, 0 when there are none
help-report = The progress report for a review session, in the plan's language
help-report-at = The day the report is made (YYYY-MM-DD). Default: today
help-report-since = Start the period on this day (YYYY-MM-DD), or on the day of this git revision's commit, and show how the schedule moved since it; a plan file shows the changes and keeps the period. Default: the previous review session
help-report-format = What to write
help-report-format-markdown = GitHub-flavoured Markdown
help-report-format-html = One self-contained HTML page that prints on A4
help-export = The resolved plan for other tools: JSON, CSV or an iCalendar file
help-export-format = What to write
help-export-format-json = The resolved plan: every date, computed lengths, status, occurrences
help-export-format-csv = A table for spreadsheets (RFC 4180, UTF-8)
help-export-format-ics = An iCalendar file (RFC 5545) of every event and KPI target, for calendars
help-export-what = With `--format csv`: a row an event (the default), a phase, a KPI or a
    measurement
help-export-what-events = Workshops, milestones and recurring meetings, in date order
help-export-what-phases = The phases
help-export-what-kpis = The KPIs on `--today`: baseline, target and latest value with their
    dates, progress, state
help-export-what-measurements = Every KPI's measurements: its id, the date, the value
help-export-no-bom = With `--format csv`: leave out the byte order mark that tells
    spreadsheets (Excel) the file is UTF-8

help-init = Write a starter plan.toml (the four-stage ICC template) in this folder
help-init-city = The city running the programme
help-init-start = The month the programme starts (YYYY-MM), or its first day (YYYY-MM-DD).
    Default: this month
help-init-force = Overwrite an existing plan file

help-schema = Print the JSON Schema of the plan file, for editors

help-completions = Print shell completions: `icc completions bash > /etc/bash_completion.d/icc`
help-completions-shell = The shell to complete in

help-man = Print the man page (roff): `icc man -o icc.1`

## The names of the values flags take, as usage and help show them (`--plan <PATH>`); a name that every language writes the same (FORMAT, ID, N, SHELL, TEXT) has none.

help-value-activity = ACTIVITY
help-value-audience = AUDIENCE
help-value-city = CITY
help-value-base = BASE
help-value-date = DATE
help-value-date-or-rev = DATE|REV
help-value-end = END
help-value-file = FILE
help-value-first = FIRST
help-value-kind = KIND
help-value-lang = LANG
help-value-led-by = LED_BY
help-value-mode = MODE
help-value-months = MONTHS
help-value-name = NAME
help-value-new = NEW
help-value-objective = OBJECTIVE
help-value-old = OLD
help-value-path = PATH
help-value-shift = SHIFT
help-value-sort = SORT
help-value-span = SPAN
help-value-start = START
help-value-status = STATUS
help-value-summary = SUMMARY
help-value-title = TITLE
help-value-what = WHAT
help-value-when = WHEN

## What clap adds to every command: `--help`, `--version`, `icc help`

help-flag-help = Print help
help-flag-help-more = Print help (see more with '--help')
help-flag-help-summary = Print help (see a summary with '-h')
help-flag-version = Print version
help-help = Print this message or the help of the given subcommand(s)
help-help-subcommand = Print help for the subcommand(s)

## The words of the help around the texts above

help-usage = Usage
# In the usage line: `icc status [OPTIONS]`, `icc [OPTIONS] <COMMAND>`.
help-usage-options = OPTIONS
help-usage-command = COMMAND
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-global = Global options
help-possible-values = Possible values
help-default = [default: { $value }]
help-possible-values-inline = [possible values: { $values }]

## clap's errors, as `icc` says them (after `error: `)

# A name quoted inside a message, and in lists of names.
help-quoted = '{ $text }'
help-error-unexpected-argument = unexpected argument '{ $arg }' found
help-error-unrecognized-subcommand = unrecognized subcommand '{ $subcommand }'
help-error-value-required = a value is required for '{ $arg }' but none was supplied
help-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-error-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
help-error-required = the following required arguments were not provided:
help-error-used-twice = the argument '{ $arg }' cannot be used multiple times
help-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
help-error-conflict-list = the argument '{ $arg }' cannot be used with:
help-error-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
help-error-subcommand-conflict = the subcommand '{ $subcommand }' cannot be used with '{ $other }'
help-error-subcommand-conflict-list = the subcommand '{ $subcommand }' cannot be used with:
help-error-subcommand-conflict-others = the subcommand '{ $subcommand }' cannot be used with one or more of the other specified arguments
help-error-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
help-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
help-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
help-error-too-few-values = { $min } values required by '{ $arg }'; only { $count ->
        [0] 0 was provided
        [one] { $count } was provided
       *[other] { $count } were provided
    }
help-error-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $count ->
        [0] 0 was provided
        [one] { $count } was provided
       *[other] { $count } were provided
    }
help-error-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
help-error-unknown = { $reason }
# Why a value is not one: what clap's own readers of numbers say.
help-error-not-in-range = { $value } is not in { $min }..={ $max }
help-error-not-a-number = invalid digit found in string
help-error-number-too-large = number too large to fit in target type
help-error-empty-number = cannot parse integer from empty string
# An argument with a line break, a tab or a control character.
help-error-not-one-line = invalid value '{ $value }' for '{ $arg }': must be one line of text, without line breaks, tabs or control characters
help-error-control-character = `{ $value }` holds a line break, a tab or a control character, which no flag or value takes
# After an error: the values a flag takes, and what to try.
help-error-possible-values = possible values
help-error-subcommands = subcommands
help-error-try-help = For more information, try '{ $flag }'.
help-tip = tip
help-tip-similar-subcommand = { $count ->
        [one] a similar subcommand exists: { $names }
       *[other] some similar subcommands exist: { $names }
    }
help-tip-similar-argument = { $count ->
        [one] a similar argument exists: { $names }
       *[other] some similar arguments exist: { $names }
    }
help-tip-similar-value = { $count ->
        [one] a similar value exists: { $names }
       *[other] some similar values exist: { $names }
    }
help-tip-as-value = to pass '{ $arg }' as a value, use '{ $fix }'
help-tip-exists = '{ $suggestion }' exists
help-tip-remove-dashes = subcommand '{ $subcommand }' exists; to use it, remove the '--' before it

## What the binary says itself

help-error-cannot-write = cannot write the output
help-error-cannot-read-folder = cannot read the current folder

## The man page: its sections, and what they list

help-man-name = NAME
help-man-synopsis = SYNOPSIS
help-man-description = DESCRIPTION
help-man-options = OPTIONS
help-man-commands = COMMANDS
help-man-environment = ENVIRONMENT
help-man-exit-status = EXIT STATUS
help-man-examples = EXAMPLES
help-man-version = VERSION
# The title in the page's header, as groff writes it for section 1.
help-man-manual = General Commands Manual
help-man-empty-is-unset = An empty variable is unset.
help-man-env-plan = The plan file, or a folder holding a plan.toml, where --plan is not given.
help-man-env-today = The day to compute for, YYYY-MM-DD, where --today is not given. A check
    that depends on the day (overdue) gives the same answer on every run only with the day fixed.
help-man-env-lang = The language, where --lang is not given (en, ro; a tag such as ro-RO or
    ro_RO.UTF-8 is matched to the nearest, others are English): of messages, tables and help,
    and of the documents icc writes (SVG, iCalendar, CSV, the starter plan).
help-man-env-locale = The system's language, the first of them that is set, where neither
    --lang nor ICC_LANG is given: of messages, tables and help; documents follow the plan's
    project.language first.
help-man-env-columns = The width of tables and charts where --width is not given and standard
    output is not a terminal: a number from 20 to 1000, else 100 is used.
help-man-env-no-color = Set and not empty: no colour under --color auto.
help-man-env-clicolor = 0: no colour under --color auto; another value: colour a terminal
    whatever TERM says.
help-man-env-clicolor-force = Set and not empty: colour under --color auto, even where the
    output is not a terminal.
help-man-env-term = dumb, or unset: no colour under --color auto.
help-man-env-github-workspace = The repository's root in GitHub Actions: check --format github
    names the plan relative to it, where the plan is under it; else relative to the nearest
    folder above the plan that holds a .git.
help-man-exit-0 = Done; the plan has no errors (warnings are allowed unless --strict).
help-man-exit-1 = The plan has errors (or warnings, under --strict); the views still show it.
    For an edit: the edit was refused and the file is as it was.
help-man-exit-2 = icc could not run: bad flags, an id that is not in the plan, no plan file, an
    unreadable file, an I/O error.
help-man-example-status = Where the programme stands today.
help-man-example-check = In CI: an annotation a finding, and exit 1 on warnings too.
help-man-example-today = The status on a fixed day, for a script.
help-man-example-workshops = The workshops of one phase still to come.
help-man-example-timeline = The Gantt chart of the plan.toml in another folder, as a picture.
help-man-example-dry-run = The change an edit would make, as a diff; nothing is written.
help-man-cannot-render = cannot render the man page: { $reason }
