#!/usr/bin/env bash
# The once-quadratic cases of benches/scaling.rs, each at two sizes tenfold
# apart, counted in instructions (valgrind's callgrind: the same count on
# any run, whatever else the machine does) and timed; and the peak memory of
# `icc status` on 100 monthly meetings over the whole calendar. Prints the
# table of docs/performance.md. Needs valgrind and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin icc --example gen_scaling
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
icc=target/release/icc
export ICC_TODAY=2021-01-01 NO_COLOR=1
count() { valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : //p'; }
seconds() { /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1; }
echo "| case | command | size | instructions | seconds | size ×10: instructions |"
echo "|---|---|---|---|---|---|"
for entry in "mermaid-same-ids 2000 20000 timeline --format mermaid" \
             "table-long-word 32000 320000 workshops --width 100" \
             "human-cycle 2000 20000 check" \
             "status-meetings 10 100 status" \
             "unknown-references 2000 20000 check --format json" \
             "overlapping-phases 1000 10000 check --format json" \
             "nested-phases 2000 20000 check --format json"; do
  set -- $entry
  name=$1 small=$2 big=$3; shift 3
  first=""
  for n in "$small" "$big"; do
    target/release/examples/gen_scaling "$name" "$n" > "$dir/plan.toml"
    ins=$(count "$icc" --plan "$dir/plan.toml" "$@" || true)
    secs=$(seconds "$icc" --plan "$dir/plan.toml" "$@" || true)
    ratio=""
    if [ -n "$first" ]; then ratio=$(python3 -c "print(f'{$ins / $first:.2f}×')"); fi
    echo "| $name | icc $* | $n | $ins | $secs | $ratio |"
    first=$ins
  done
done
target/release/examples/gen_scaling status-meetings 100 > "$dir/plan.toml"
echo
echo "icc status on 100 monthly meetings over 0001-9999: $(/usr/bin/time -f '%e s, %M KB peak' "$icc" --plan "$dir/plan.toml" status 2>&1 >/dev/null | tail -1)"
