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
