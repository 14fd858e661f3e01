# English: the command line: errors running a command (exit 2), the summary of `icc check`, the words of its human output (error, warning, note, help), what an edit says and why it refuses.

## The summary of `icc check`: `plan.toml: 1 error, 0 warnings, 2 notes; the plan fails`
## ($counts: the items of each kind, "4 phases, 0 milestones, …")

check-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }
check-warnings = { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
check-notes = { $notes ->
        [one] 1 note
       *[other] { $notes } notes
    }
check-allowed = { $allowed ->
        [one] 1 finding allowed
       *[other] { $allowed } findings allowed
    }
check-clean = { $plan }: no problems found ({ $counts }){ $allowed ->
        [0] {""}
       *[other] ; { check-allowed }
    }
check-summary = { $plan }: { check-errors }, { check-warnings }, { check-notes }{ $allowed ->
        [0] {""}
       *[other] {" "}({ check-allowed })
    }; { $verdict ->
        [passes] the plan passes
        [fails] the plan fails
       *[strict] the plan fails under --strict
    }

## The words of `icc check`'s human output besides the findings' own
## (the levels' names, `error:` …, are severity-* and word-help in common.ftl)

# A finding with no place in the file says which file it is about.
check-in-plan = in { $plan }
check-line-too-long = line { $line } is too long to show

## Errors running a command (exit 2): the binary writes `error:` before
## each, and a help, where there is one, follows on a line of its own.
## ($file, $path, $dir: names of files and folders, shown whole)

error-no-plan = no { $file } in { $dir } or any folder above it
error-no-plan-help = pass --plan PATH, set ICC_PLAN, run icc in the plan's folder, or start one with `icc init`
# $from: `--plan` or `ICC_PLAN`, whichever named the folder.
error-no-plan-in = { $from }: `{ $dir }` is a folder without a { $file }
error-read = cannot read { $path }: { $why }
read-not-a-file = it is not a regular file
read-too-big = it is larger than { $mib } MiB, the most icc reads
# An error of the system: its own words ($detail), or ours for the usual
# ones ($kind).
io-error = { $kind ->
        [not-found] { $detail }
        [permission-denied] { $detail }
        [read-only] { $detail }
       *[other] { $detail }
    }

## A value typed as a flag that is not one (the binary names the flag)

# A date the plan's words say is wrong (date-problem, in findings.ftl),
# and what to type: the date it most likely means, the last day of its
# month, or the forms accepted (a day only, for --today).
flag-date = { date-problem }{ $hint ->
        [suggestion] ; did you mean { $date }?
        [last-day] ; its last day is { $last }
        [day] ; write YYYY-MM-DD, e.g. 2021-11-28
        [none] {""}
       *[forms] ; { date-forms }
    }
flag-today-month = `{ $text }` is a month, and a day is needed: write YYYY-MM-DD, e.g. { $text }-01
flag-outside-calendar = `{ $text }` is outside the years 0001 to 9999
flag-not-an-id = `{ $text }` is not an id: use lowercase letters, digits and `-`, e.g. `{ $suggestion }`
flag-empty = must not be empty
flag-not-one-line = must be one line of text, without line breaks, tabs or control characters
flag-not-a-shift = `{ $text }` is not a shift: write a whole number of months (m), weeks (w) or days (d), e.g. 2m, -10d, 3w
flag-shift-zero = `{ $text }` moves nothing: give a shift other than 0
flag-shift-too-far = `{ $text }` is beyond the calendar icc writes (years 0001 to 9999)

## A plan with errors, under a view (after `warning:`) and after an edit

plan-has-errors = { $plan } has { $errors ->
        [one] 1 error: run `icc check` to see it
       *[other] { $errors } errors: run `icc check` to see them
    }
plan-still-has-errors = { $plan } still has { $errors ->
        [one] 1 error: run `icc check` to see it
       *[other] { $errors } errors: run `icc check` to see them
    }

## Writing a file: an edit, `icc init`, `-o FILE` ($file: its name)

write-changed = { $file } changed on disk while icc was editing it; nothing was written; run the command again
write-read-only = { $file } is read-only (by its mode, or by chattr's immutable or append-only flag); nothing was written
write-hard-links = { $file } has { $links } names (hard links): the others would keep the old text; nothing was written (pass --break-links to edit this one alone)
write-linked = { $file } has { $links } names (hard links): the others would keep the old text; nothing was written
# $what: `owner`, or `group` when only the group could not be kept.
write-owner = cannot keep the { $what ->
        [group] group
       *[owner] owner
    } of { $file } ({ $uid }:{ $gid }): { $why }; nothing was written
write-attribute = cannot keep the attribute { $attribute } of { $file }: { $why }; nothing was written
write-exists = { $file } already exists; it was left as it was (use --force to overwrite it)
write-dangling-link = { $file } is a symbolic link to a file that does not exist; nothing was written
write-not-a-file = { $file } is not a regular file; nothing was written
write-saved-meanwhile = another program saved { $file } while icc wrote it: icc's edit is in { $file }, and that save went to the file it replaced; save it again from that program
# $folder: `current` (the working folder), or `named` ($path).
write-folder = cannot write in { $folder ->
        [current] the current folder
       *[named] folder { $path }
    }: { $kind ->
        [permission-denied] permission denied
        [read-only] read-only file system
       *[other] { $why }
    }
write-io = cannot write { $file }: { $why }
# A file icc's edits use, of the file $of: its lock file, or a temporary file.
icc-file = { $icc_file ->
        [lock] the lock file of { $of }, which icc's edits of it take
       *[temporary] a temporary file of icc's edits of { $of }, which the next edit removes
    }
write-icc-file = { $file } is { icc-file }; nothing was written
output-icc-file = -o { $file }: that is { icc-file }; name another file
output-folder = -o { $file }: a folder, not a file; name the file to write (or `-` for standard output)
output-plan = -o { $file }: that is the plan being read; name another file
lock-link = { $file } is a symbolic link, which icc does not follow
lock-foreign = { $file } belongs to another user and cannot be read; if no edit is under way, remove it
lock-not-a-file = { $file } is not a regular file

## Edits: add-*, set-status, move, remove, rename
## ($plan: the plan's name; $kind: kind-* in common.ftl; $kind_a, $kind_of:
## the kind as kind-a-* and kind-of-* below; $dry_run: `yes` for --dry-run,
## which says what the edit would do)

kind-a-phase = a phase
kind-a-milestone = a milestone
kind-a-workshop = a workshop
kind-a-recurring = a recurring meeting
kind-a-kpi = a KPI
kind-of-phase = phase
kind-of-milestone = milestone
kind-of-workshop = workshop
kind-of-recurring = recurring meeting
kind-of-kpi = KPI

edit-unchanged = the file is unchanged
edit-item = { $kind } `{ $id }`

# Usage errors (exit 2).
edit-stdin = `--plan -` reads the plan from standard input, which cannot be written
edit-stdin-help = add --dry-run to see the change as a diff, or name the plan file
edit-add-phase-none = add-phase needs the phase's window, and none of --start, --end, --months, --after is given; { edit-unchanged }
edit-add-phase-alone = add-phase cannot fix the phase's window from { $flag } alone; { edit-unchanged }
edit-add-phase-both = add-phase cannot fix the phase's window from { $first } and { $second }; { edit-unchanged }
edit-add-phase-help = give --start and --end, --months with --start, --end or --after, or --after with --end (e.g. --start 2025-01 --months 3)
# An id the edit names that is not there ($wanted: what it must be), or not
# of the kind it must be; $flag, the flag that names it, or `none`.
edit-flag = { $flag ->
        [none] {""}
       *[other] {" "}({ $flag })
    }
edit-no-such-id = there is no { $wanted ->
        [event] workshop or milestone
        [phase] phase
       *[item] item
    } `{ $id }` in { $plan }{ edit-flag }; { edit-unchanged }
edit-not-an-event = `{ $id }` is { $kind_a }: only workshops and milestones have a status; { edit-unchanged }
edit-not-a-phase = `{ $id }` is { $kind_a }, not a phase{ edit-flag }; { edit-unchanged }
edit-cannot-change = `{ $id }` cannot be changed so{ edit-flag }; { edit-unchanged }
edit-not-a-predecessor = `{ $id }` is a recurring meeting, which has no single end{ edit-flag }; { edit-unchanged }
edit-not-a-predecessor-help = `--after` takes a phase, a milestone or a workshop
edit-did-you-mean = did you mean `{ $suggestion }`?
edit-id-taken = `{ $id }` is already the id of { $kind_a } in { $plan }: ids are unique across the plan; { edit-unchanged }
# $which: the kind, as a keyword.
edit-wrong-flag = { $flag } does not move { $kind_a } (`{ $id }` is one); { edit-unchanged }
edit-wrong-flag-help = { $kind_a } moves with { $which ->
        [phase] --start, --end, --months or --by
        [workshop] --date, --end or --by
        [milestone] --date or --by
       *[recurring] --first or --by
    }
edit-lock = cannot lock { $plan }: { $why }

# Refusals (exit 1), after `error:`.
edit-unreadable = { $plan } cannot be read as a plan, so it cannot be edited safely; { edit-unchanged }
edit-adds-errors = the edit was refused: it would add { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } to { $plan } (shown as the file would be); { edit-unchanged }
edit-layout = icc could not place the change in { $plan } safely (its layout is unusual); { edit-unchanged }
# $which: the kind, as a keyword; $key: its tables' key.
edit-inline-tables = icc does not edit { $plan }: its { $which ->
        [phase] phases
        [milestone] milestones
        [workshop] workshops
       *[recurring] recurring meetings
    } are written as inline tables (`{ $key } = [{"{"} … {"}"}]`), which icc reads but does not edit; write each as a `[[{ $key }]]` table to edit it with icc; { edit-unchanged }
edit-value-form = icc does not edit { $plan }: the `{ $key }` of `{ $id }` is not written as one `{ $key } = value`, which icc could replace; { edit-unchanged }
edit-no-project = { $plan } has no `[project]` table, so it is not a plan icc adds to (an empty file, or one being saved); { edit-unchanged }
edit-referenced = { $kind } `{ $id }` is referred to, so it was not removed; { edit-unchanged }
# Each reference, on a line of its own.
edit-reference = line { $line }: the `{ $key }` of { $kind_of } `{ $id }`
edit-reference-recurring = line { $line }: the `{ $key }` of { $kind_of } `{ $id }` (which must have a phase: --cascade removes the meeting)
edit-referenced-help = { $count ->
        [one] --cascade removes it too, or change it first
       *[other] --cascade removes them too, or change them first
    }
# $shown: `yes` where the errors the move would add are shown above.
edit-breaks = the move was refused: it would break { $count ->
        [one] 1 item that states its own dates
       *[other] { $count } items that state their own dates
    }{ $shown ->
        [yes] {" "}(shown above as the file would be)
       *[no] {""}
    }; { edit-unchanged }
# How an item that depends on what moved would break: it would start
# before what it follows ($after_kind $after) ends, or fall outside its
# phase ($after).
edit-because = { $because ->
        [follows] would start before { $after_kind } `{ $after }` ends (it is in its `after`)
       *[in-phase] would fall outside phase `{ $after }` (its `phase`)
    }
edit-dependent-line = line { $line }: { $kind } `{ $id }` { edit-because }{ $done ->
        [yes] ; it is done
       *[no] {""}
    }
edit-breaks-help = { $count ->
        [one] --cascade moves it too, as far as what it depends on moved
       *[other] --cascade moves them too, each as far as what it depends on moved
    }
# $done: the items that are done, "workshop `a`, milestone `b`".
edit-breaks-done-help = { $count ->
        [one] { $done } is done, and --cascade does not move what is done: set its status first, or move it explicitly
       *[other] { $done } are done, and --cascade does not move what is done: set their status first, or move them explicitly
    }
# $after: the ids the phase is after, "`a`, `b`".
edit-start-follows = phase `{ $id }` starts the day after { $after } { $count ->
        [one] ends
       *[other] end
    } (its `after`), so its start cannot move by itself; { edit-unchanged }
edit-start-follows-help = move { $after }, and `{ $id }` follows; or change its end with --end or --months
# $by: how far, edit-shift.
edit-month-by-days = the `{ $key }` of { $kind_of } `{ $id }` (line { $line }) is a month, { $date }, which moves by whole months only, not by { $by }; { edit-unchanged }
# $how: which flags would move the item itself (`start-end`, `first`,
# `date`), or `other` for an item the move would carry along.
edit-month-by-days-help = { $how ->
        [start-end] move it by whole months (--by 1m), or give it days with --start and --end
        [first] move it by whole months (--by 1m), or give a day with --first
        [date] move it by whole months (--by 1m), or give it a day with --date
       *[other] give { $kind } `{ $id }` a day in the plan first, or move by whole months
    }
edit-calendar = the `{ $key }` of { $kind_of } `{ $id }` (line { $line }), { $date }, cannot move by { $by }: it would leave the years 0001 to 9999; { edit-unchanged }
edit-no-date = { $kind } `{ $id }` has no `{ $key }` icc could read (`icc check` says why), so it cannot be moved; { edit-unchanged }
edit-cannot-follow = { $kind } `{ $id }` (line { $line }) { edit-because }, and no shift of its dates keeps it both after what it follows and inside its phase; { edit-unchanged }
edit-cannot-follow-help = move it first, or change its `after` or its `phase`
edit-done = { $kind } `{ $id }` (line { $line }) { edit-because }, and it is done: --cascade does not move what has happened; { edit-unchanged }
edit-done-help = set its status first, or move it explicitly (`icc move { $id } …`)
edit-done-several = { $count } items that --cascade would move are done, and it does not move what has happened; { edit-unchanged }
edit-done-several-help = set their status first, or move them explicitly

# What an edit did, a line each (standard output); with --dry-run, what it
# would do (standard error, beside the diff).
edit-added = { $dry_run ->
        [yes] would add
       *[no] added
    } { $kind } { $id } to { $plan }
edit-added-in-phase = { $dry_run ->
        [yes] would add
       *[no] added
    } { $kind } { $id } to { $plan } (phase { $phase })
# $status: status-* in common.ftl.
edit-status-set = { $dry_run ->
        [yes] would set
       *[no] set
    } { $kind } { $id } to { $status } in { $plan }
edit-already-set = { $kind } { $id } is already { $status } in { $plan }
# How far: $by, all of it; else $first (its start, or its date) and $last
# (its end), as $how says. $what: `first` for a recurring meeting, whose
# first meeting is what moves. $from, $to: its dates before and after.
edit-moved = { $dry_run ->
        [yes] would move
       *[no] moved
    } { $how ->
        [by] { $kind } { $id } by { $by }
        [start] the start of { $kind_of } { $id } by { $first }
        [date] the date of { $kind_of } { $id } by { $first }
        [end] the end of { $kind_of } { $id } by { $last }
        [start-end] { $kind } { $id }, its start by { $first } and its end by { $last }
        [date-end] { $kind } { $id }, its date by { $first } and its end by { $last }
       *[none] { $kind } { $id }
    }: { $what ->
        [first] first meeting { $from }
       *[dates] { $from }
    } → { $to }{ $because ->
        [follows] {" "}(it follows { $after_kind } { $after })
        [in-phase] {" "}(it is in phase { $after })
       *[none] {""}
    }
edit-follows = phase { $id } { $dry_run ->
        [yes] would follow
       *[no] follows
    } by itself (its window is derived){ $how ->
        [by] {" "}by { $by }
        [start] , its start by { $first }
        [end] , its end by { $last }
        [start-end] , its start by { $first } and its end by { $last }
       *[none] {""}
    }: { $from } → { $to }
edit-kept = { $kind } { $id } { $dry_run ->
        [yes] would stay
       *[no] stays
    } at { $at }: only how { $plan } states it changed
edit-already-there = { $kind } { $id } is already at { $at } in { $plan }
edit-already-there-first = { $kind } { $id }'s first meeting is already { $at } in { $plan }
edit-restated = { $dry_run ->
        [yes] would change
       *[no] changed
    } the dates of { $kind_of } { $id } in { $plan }
edit-removed = { $dry_run ->
        [yes] would remove
       *[no] removed
    } { $kind } { $id } (line { $line }) from { $plan }
edit-removed-with-phase = { $dry_run ->
        [yes] would remove
       *[no] removed
    } { $kind } { $id } (line { $line }) too: it repeats in phase { $phase }, and must have a phase
edit-phase-removed = { $dry_run ->
        [yes] would remove
       *[no] removed
    } the phase of { $kind_of } { $id } (line { $line }): it is inferred from its date again
# $to: the id taken out of the item's `after`.
edit-reference-removed = { $dry_run ->
        [yes] would remove
       *[no] removed
    } { $to } from the `{ $key }` of { $kind_of } { $id } (line { $line })
edit-renamed = { $dry_run ->
        [yes] would rename
       *[no] renamed
    } { $kind } { $old } to { $new } in { $plan }{ $references ->
        [0] {""}
        [one] , and the reference to it
       *[other] , and the { $references } references to it
    }
edit-already-named = { $kind } { $id } already has that id in { $plan }
# How far a move goes: 2 months, -10 days.
edit-shift = { $unit ->
        [months] { $amount ->
            [one] { $amount } month
           *[other] { $amount } months
        }
        [weeks] { $amount ->
            [one] { $amount } week
           *[other] { $amount } weeks
        }
       *[days] { $amount ->
            [one] { $amount } day
           *[other] { $amount } days
        }
    }

# What icc decided on the user's behalf (after `note:`).
# $from: `title` or `name`, the field the id was made from.
edit-note-id-made = id `{ $id }` made from the { $from ->
        [name] name
       *[title] title
    }
edit-note-phase-inferred = phase `{ $phase }` inferred from the date { $date }
edit-note-months-counted = phase `{ $id }` now states `months = { $new }` (it stated { $old }): the length of its new window
edit-note-months-dropped = phase `{ $id }` no longer states `months` (it stated { $old }): its new window is not a whole number of months
# $precision: `day` or `month`, the event's date's.
edit-note-end-dropped = { $kind } `{ $id }` states no `end`: an end { $precision ->
        [day] on the day of
       *[month] within the month of
    } its date, { $date }, makes no series
# $items: "workshop `a`, milestone `b`"; $cascade: `yes` with --cascade.
edit-note-not-followed = { $cascade ->
        [yes] --cascade did not move { $items }: { $count ->
            [one] it is
           *[other] they are
        } on a dependency cycle, or after one, so the order to move them in is unknown (`icc check` shows the cycle)
       *[no] the move did not check whether it breaks { $items }: { $count ->
            [one] it is
           *[other] they are
        } on a dependency cycle, or after one, so the order to look at them in is unknown (`icc check` shows the cycle)
    }
# $old, $new: the keys (`months`, `end`, `start`).
edit-note-key-replaced = phase `{ $id }` now states its `{ $new }` instead of its `{ $old }`, which would have fixed the window twice
edit-note-first-stated = recurring meeting `{ $id }` now states its first meeting (first = { $first }): it was derived from its phase's start

## `icc add-kpi` and `icc record`: performance indicators

# A value typed for a flag that is not one (clap names the flag).
flag-not-a-reading = `{ $text }` is not a value on a date: write VALUE@DATE, e.g. 12@2021-03 or 41.5@2021-03-15
flag-not-a-number = `{ $text }` is not a number: write digits, with a point or a comma before the decimals, e.g. 12, 41.5 or 41,5
flag-number-too-large = `{ $text }` is too large a number for the plan
# Where a KPI stands after `record`: $state (kpi-state-* in kpis.ftl), and
# $percent, its progress, where it has one ($progress: `yes` or `no`).
edit-kpi-now = { $progress ->
        [yes] { $state }, { $percent }% of the way
       *[no] { $state }
    }
# $value: the value recorded, on $date; $now: edit-kpi-now.
edit-recorded = { $dry_run ->
        [yes] would record
       *[no] recorded
    } { $value } for { $kind } { $id } on { $date } in { $plan }: { $now }
# $old: the value replaced, where icc could read it ($old_read: `yes`).
edit-recorded-replaced = { $dry_run ->
        [yes] would replace
       *[no] replaced
    } { $old_read ->
        [yes] { $old }
       *[no] the value icc could not read
    } with { $value } for { $kind } { $id } on { $date } in { $plan }: { $now }
edit-already-recorded = { $kind } { $id } already has { $value } on { $date } in { $plan }: { $now }
# Refusals (exit 1). $old: the value measured on $date, at $line.
edit-measured = KPI `{ $id }` already has a measurement on { $date }: { $old } (line { $line }); { edit-unchanged }
edit-measured-help = --replace replaces it with { $value }
edit-inline-kpis = icc does not edit { $plan }: its KPIs are written as inline tables (`kpi = [{"{"} … {"}"}]`), which icc reads but does not edit; write each as a `[[kpi]]` table to edit it with icc; { edit-unchanged }
edit-phase-removed-kpi = { $dry_run ->
        [yes] would remove
       *[no] removed
    } the phase of KPI { $id } (line { $line }): it names none now
# Usage errors (exit 2).
edit-no-such-kpi = there is no KPI `{ $id }` in { $plan }; { edit-unchanged }
edit-not-a-kpi = `{ $id }` is { $kind_a }, not a KPI; { edit-unchanged }
edit-kpi-no-date = `{ $id }` is a KPI, which has no date of its own to move: its baseline, its target and each measurement have theirs; { edit-unchanged }
# $command: `icc record ID VALUE --date DATE`.
edit-kpi-no-date-help = record a measurement with `{ $command }`, or change the baseline or the target in the plan
