#!/usr/bin/env bash
# Times whole `icc` commands with hyperfine, on the shipped plan and on
# generated plans of 100 to 100,000 workshops, beside `icc --version` (bare
# process start) and a bare TOML parse of the same files (examples/parse_only),
# measures peak memory, and prints the figures and the ratios that
# docs/performance.md reports. Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "scripts/bench.sh needs hyperfine: apt-get install hyperfine" >&2; exit 2; }
cargo build --release --quiet --bin icc --example gen_plan --example parse_only
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
icc=target/release/icc
parse=target/release/examples/parse_only
export ICC_TODAY=2021-01-01 NO_COLOR=1
sizes=(100 1000 10000 100000)
for n in "${sizes[@]}"; do target/release/examples/gen_plan "$n" > "$dir/plan-$n.toml"; done

hyperfine -N --warmup 20 --runs 200 --style none --export-json "$dir/shipped.json" \
  -n version "$icc --version" \
  -n check "$icc --plan plan.toml check" \
  -n status "$icc --plan plan.toml status" >/dev/null
for n in "${sizes[@]}"; do
  runs=$([ "$n" -ge 100000 ] && echo 10 || echo 30)
  hyperfine --warmup 2 --runs "$runs" --style none --export-json "$dir/size-$n.json" \
    -n parse "$parse $dir/plan-$n.toml" \
    -n check "$icc --plan $dir/plan-$n.toml check" \
    -n status "$icc --plan $dir/plan-$n.toml status" \
    -n edit --prepare "cp $dir/plan-$n.toml $dir/edit-$n.toml" \
      "$icc --plan $dir/edit-$n.toml add-workshop --title 'Atelier de închidere' --date 2021-03-10" >/dev/null
done
largest=$dir/plan-${sizes[-1]}.toml
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
cp "$largest" "$dir/edit-peak.toml"
{
  echo "bytes $(stat -c %s "$largest")"
  echo "peak_check_kb $(peak "$icc" --plan "$largest" check)"
  echo "peak_parse_kb $(peak "$parse" "$largest")"
  echo "peak_edit_kb $(peak "$icc" --plan "$dir/edit-peak.toml" add-workshop --title 'Atelier' --date 2021-03-10)"
} > "$dir/memory.txt"

python3 - "$dir" "${sizes[@]}" <<'PY'
import json, sys
d, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
def medians(name):
    return {r["command"]: r["median"] for r in json.load(open(f"{d}/{name}.json"))["results"]}
ms = lambda s: f"{s * 1000:.1f} ms"
shipped = medians("shipped")
print("### Shipped plan (median of 200 runs)\n")
print("| command | median |\n|---|---|")
for k in ("version", "check", "status"):
    print(f"| icc {'--version' if k == 'version' else k} | {ms(shipped[k])} |")
print("\n### Generated plans (median)\n")
print("| workshops | bytes | toml parse | icc check | icc status | edit (add-workshop) |\n|---|---|---|---|---|---|")
per = {n: medians(f"size-{n}") for n in sizes}
import os
for n in sizes:
    m = per[n]
    print(f"| {n:,} | {os.path.getsize(f'{d}/plan-{n}.toml'):,} | {ms(m['parse'])} | {ms(m['check'])} | {ms(m['status'])} | {ms(m['edit'])} |")
mem = dict(line.split() for line in open(f"{d}/memory.txt"))
big = per[sizes[-1]]
size = int(mem["bytes"])
print("\n### Targets\n")
print("| target | measured | met |\n|---|---|---|")
rows = [
    ("check on the largest plan ≤ 1.5× bare toml parse", big["check"] / big["parse"], 1.5),
    ("check on the shipped plan ≤ 2× `icc --version`", shipped["check"] / shipped["version"], 2.0),
    ("edit on the largest plan ≤ 3× check", big["edit"] / big["check"], 3.0),
    ("peak memory of check ≤ 6× file size", int(mem["peak_check_kb"]) * 1024 / size, 6.0),
]
for a, b in zip(sizes, sizes[1:]):
    rows.append((f"check, {b:,} vs {a:,} workshops (10× the plan) ≤ 11×", per[b]["check"] / per[a]["check"], 11.0))
for label, ratio, limit in rows:
    print(f"| {label} | {ratio:.2f}× | {'yes' if ratio <= limit else 'NO'} |")
print(f"\nPeak memory on the largest plan ({size:,} bytes): check {int(mem['peak_check_kb'])/1024:.0f} MiB, "
      f"bare toml parse {int(mem['peak_parse_kb'])/1024:.0f} MiB, edit {int(mem['peak_edit_kb'])/1024:.0f} MiB.")
PY
