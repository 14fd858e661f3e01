#!/usr/bin/env bash
# Times `icc diff HEAD~1` between two revisions of a generated plan of
# 1,000 workshops (examples/gen_plan, 20 phases) in a temporary git
# repository, against `icc check` on the same plan, with hyperfine, and
# prints each median and its ratio to check's. Issue 18's bar: `icc diff`
# under 2× two `icc check`s, so under 4× one. The second revision moves
# every tenth workshop by a day and the first phase by a month (its
# followers move with it). Needs hyperfine and git.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "scripts/bench_diff.sh needs hyperfine: apt-get install hyperfine" >&2; exit 2; }
cargo build --release --quiet --bin icc --example gen_plan
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
icc=$PWD/target/release/icc
target/release/examples/gen_plan "${1:-1000}" "${2:-20}" > "$dir/plan.toml"
git() { command git -C "$dir" -c user.name=bench -c user.email=bench@example.org "$@"; }
git init -q
git add plan.toml
git commit -q -m first
python3 - "$dir/plan.toml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
count = 0
def later(match):
    global count
    count += 1
    if count % 10:
        return match.group(0)
    y, m, d = map(int, match.groups())
    return f"date = {y:04}-{m:02}-{min(d + 1, 28):02}"
text = re.sub(r"date = (\d{4})-(\d{2})-(\d{2})", later, text)
# The first phase a month later: every phase after it follows.
text = text.replace('start = "2020-01"', 'start = "2020-02"', 1)
open(path, "w", encoding="utf-8").write(text)
PY
git commit -q -am second
cd "$dir"
# check exits 1: moving the phases put workshops outside them, as a real
# edit may; its time is what counts.
hyperfine -N -i --warmup 3 --runs 20 --style none --export-json "$dir/diff.json" \
  -n check "$icc check" \
  -n diff "$icc diff HEAD~1" \
  -n diff-json "$icc diff HEAD~1 --format json" >/dev/null
# diff exits 1 too: the plan has errors (said on standard error).
{ "$icc" diff HEAD~1 --format json 2>/dev/null || true; } | python3 -c 'import json,sys; d=json.load(sys.stdin); print("items changed:", d["counts"])'
python3 - "$dir/diff.json" <<'PY'
import json, statistics, sys
results = {r["command"]: statistics.median(r["times"]) for r in json.load(open(sys.argv[1]))["results"]}
check = results["check"]
for name, median in results.items():
    print(f"{name:10} {median * 1000:8.1f} ms  {median / check:5.2f}× check  {median / (2 * check):5.2f}× two checks")
PY
