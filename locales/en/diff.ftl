# An earlier plan (BASE: a file, or a git revision of the plan's
# repository), and what changed in the schedule since it: `icc diff`,
# `--baseline`, `icc report --since`.

## Reading BASE. $base is BASE as typed; $plan the plan's path.

base-stdin = `{ $base }` is not a file, and a plan read from standard input is in no git repository: give BASE as a file
base-not-in-git = `{ $base }` is not a file, and { $plan } is not in a git repository
base-unknown-revision = `{ $base }` is neither a file nor a revision of the git repository { $plan } is in
base-not-in-revision = { $plan } did not exist at `{ $base }` (commit { $commit })
base-no-git = `{ $base }` is not a file, and reading a revision needs git, which was not found
base-git-failed = git could not read `{ $base }`: { $why }
