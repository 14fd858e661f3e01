# An earlier plan (BASE: a file, or a git revision of the plan's
# repository), and what changed in the schedule since it: `icc diff`,
# `--baseline`, `icc report --since`.

## Reading BASE. $base is BASE as typed; $plan the plan's path.

base-stdin = `{ $base }` is not a file, and a plan read from standard input is in no git repository: give BASE as a file
base-not-in-git = `{ $base }` is not a file, and { $plan } is not in a git repository
base-unknown-revision = `{ $base }` is neither a file nor a revision of the git repository { $plan } is in
base-no-commit = `{ $base }` is not a file, and the git repository { $plan } is in has no commit yet: commit the plan first
base-not-in-revision = { $plan } did not exist at `{ $base }` (commit { $commit })
base-no-git = `{ $base }` is not a file, and reading a revision needs git, which was not found
base-git-failed = git could not read `{ $base }`: { $why }
# BASE whose TOML does not parse ($name: the earlier plan as named, `HEAD~1:plan.toml`
# or a file; $why: what is wrong, as `icc check` says it).
base-not-toml = `{ $base }` cannot be read as a plan: { $name } is not valid TOML (line { $line }, column { $column }: { $why })
base-not-toml-anywhere = `{ $base }` cannot be read as a plan: { $name } is not valid TOML ({ $why })

## What changed. $base names BASE (`HEAD~1 (1a2b3c4)`, a file).

diff-title = Schedule changes since { $base }
diff-none = No changes to the schedule since { $base }.
diff-counts = { $changed } changed · { $added } added · { $removed } removed
# What a phase or a meeting follows, when its dates moved with it: $ids.
diff-following = following { $ids }
diff-programme-start = Programme start
diff-programme-end = Programme end
diff-column-item = Item
diff-column-change = Change
diff-column-before = Before
diff-column-after = After
diff-column-shift = Shift
# How far a date moved: $sign is "+", "−" or nothing; $count is positive.
shift-days = { $count ->
        [one] { $sign }1 day
       *[other] { $sign }{ $count } days
    }
shift-months = { $count ->
        [one] { $sign }1 month
       *[other] { $sign }{ $count } months
    }
