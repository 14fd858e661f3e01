//! Writes a plan of performance indicators to standard output, for
//! benchmarks: `gen_kpis KPIS [MEASUREMENTS]` (default 100 measurements
//! each), e.g. `cargo run --release --example gen_kpis -- 1000`. Four
//! phases from 2020-01; each KPI measured every five days from 2020-01,
//! half of them decreasing, a third percentages.

use std::fmt::Write;

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let Some(Ok(kpis)) = args.next() else {
        eprintln!("usage: gen_kpis KPIS [MEASUREMENTS]");
        std::process::exit(2);
    };
    let measurements = args.next().and_then(Result::ok).unwrap_or(100);
    let mut out = String::from("[project]\nname = \"Indicatori generați\"\nlanguage = \"ro\"\n\n");
    for (i, (id, start, months)) in [
        ("pregatire", "2020-01", 5),
        ("roadmap", "", 3),
        ("implementare", "", 60),
        ("revizuire", "", 12),
    ]
    .iter()
    .enumerate()
    {
        let _ = writeln!(out, "[[phase]]\nid = \"{id}\"\nname = \"Etapa {}\"", i + 1);
        if start.is_empty() {
            let before = ["pregatire", "roadmap", "implementare"][i - 1];
            let _ = writeln!(out, "after = [\"{before}\"]");
        } else {
            let _ = writeln!(out, "start = \"{start}\"");
        }
        let _ = writeln!(out, "months = {months}\n");
    }
    let day = |n: usize| {
        // Day n of 2020 on, as YYYY-MM-DD (months of 28 days: never invalid).
        let (year, rest) = (2020 + n / (12 * 28), n % (12 * 28));
        format!("{year}-{:02}-{:02}", rest / 28 + 1, rest % 28 + 1)
    };
    for k in 0..kpis {
        let decrease = k % 2 == 1;
        let percent = k % 3 == 0;
        let (baseline, target) = match (decrease, percent) {
            (false, true) => (10.0, 90.0),
            (true, true) => (80.0, 20.0),
            (false, false) => (100.0, 1000.0 + k as f64),
            (true, false) => (500.0 + k as f64, 50.0),
        };
        let _ = writeln!(
            out,
            "[[kpi]]\nid = \"kpi-{k}\"\nname = \"Indicatorul {k}\"\nunit = \"{}\"\nphase = \"implementare\"\ndirection = \"{}\"\nbaseline = {{ value = {baseline}, date = \"2020-01\" }}\ntarget = {{ value = {target}, date = \"2024-12\" }}\nmeasurements = [",
            if percent { "%" } else { "unități" },
            if decrease { "decrease" } else { "increase" },
        );
        for m in 0..measurements {
            let share = (m + 1) as f64 / (measurements + 1) as f64;
            let value = baseline + (target - baseline) * share * 0.9;
            let _ = writeln!(out, "  {{ date = {}, value = {:.1} }},", day(1 + m * 5), value);
        }
        out.push_str("]\n\n");
    }
    print!("{out}");
}
