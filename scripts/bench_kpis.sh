#!/usr/bin/env bash
# Times `icc kpis` (table, JSON, SVG) against `icc check` on a generated
# plan of 1,000 KPIs of 100 measurements each (examples/gen_kpis), with
# hyperfine, and prints each median and its ratio to check's (issue 17:
# `icc kpis` within 1.5× of `icc check`). Needs hyperfine.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "scripts/bench_kpis.sh needs hyperfine: apt-get install hyperfine" >&2; exit 2; }
cargo build --release --quiet --bin icc --example gen_kpis
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
target/release/examples/gen_kpis "${1:-1000}" "${2:-100}" > "$dir/kpis.toml"
icc="target/release/icc --plan $dir/kpis.toml --today 2025-06-30"
hyperfine -N --warmup 3 --runs 20 --style none --export-json "$dir/kpis.json" \
  -n check "$icc check" \
  -n kpis "$icc kpis" \
  -n kpis-json "$icc kpis --format json" \
  -n kpis-svg "$icc kpis --format svg" \
  -n status "$icc status" >/dev/null
python3 - "$dir/kpis.json" <<'PY'
import json, statistics, sys
results = {r["command"]: statistics.median(r["times"]) for r in json.load(open(sys.argv[1]))["results"]}
check = results["check"]
for name, median in results.items():
    print(f"{name:10} {median * 1000:8.1f} ms  {median / check:5.2f}× check")
PY
