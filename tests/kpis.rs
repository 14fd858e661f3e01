//! Performance indicators (issue 17): a KPI's state and progress on a day,
//! as `icc status --format json` (and every view) computes it, in both
//! directions and for dates to the day and to the month.

mod common;

use common::{Test, root};

/// The KPIs of `plan` on `today`: (id, state, progress).
fn kpis(plan: &str, today: &str) -> Vec<(String, String, Option<f64>)> {
    let out = Test::new()
        .plan(plan)
        .args(&["status", "--format", "json", "--today", today])
        .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    out.json()["kpis"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                k["id"].as_str().unwrap().to_owned(),
                k["state"].as_str().unwrap().to_owned(),
                k["progress"].as_f64(),
            )
        })
        .collect()
}

#[test]
fn the_example_has_every_state() {
    let plan = std::fs::read_to_string(root().join("examples/kpis.toml")).unwrap();
    let states: Vec<(String, String)> = kpis(&plan, "2025-06-30")
        .into_iter()
        .map(|(id, s, _)| (id, s))
        .collect();
    let expected = [
        ("servicii-online", "on-track"),
        ("seturi-date", "behind"),
        ("timp-autorizare", "on-track"),
        ("cetateni-instruiti", "no-data"),
        ("consum-iluminat", "missed"),
    ];
    let expected: Vec<(String, String)> = expected.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(states, expected);
    let check = Test::new()
        .plan(&plan)
        .args(&["check", "--strict", "--today", "2025-06-30"])
        .run();
    assert_eq!(check.code, 0, "{}", check.stdout);
}

/// One KPI from `baseline` to `target` (values and dates as TOML), with
/// `measurements`.
fn plan(direction: &str, baseline: (&str, &str), target: (&str, &str), measurements: &[(&str, &str)]) -> String {
    let measured: Vec<String> = measurements
        .iter()
        .map(|(value, date)| format!("  {{ date = {date}, value = {value} }},\n"))
        .collect();
    format!(
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2020-01\"\nend = \"2023-12\"\n\n\
         [[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"u\"\ndirection = \"{direction}\"\n\
         baseline = {{ value = {}, date = {} }}\ntarget = {{ value = {}, date = {} }}\nmeasurements = [\n{}]\n",
        baseline.0,
        baseline.1,
        target.0,
        target.1,
        measured.concat()
    )
}

fn state(plan: &str, today: &str) -> (String, Option<f64>) {
    let (_, state, progress) = kpis(plan, today).remove(0);
    (state, progress)
}

#[test]
fn states_on_days_around_the_baseline_and_the_target_to_the_day() {
    // 10 on 2021-01-01 to 20 on 2021-01-10: the line gains 1 a day.
    let up = |m: &[(&str, &str)]| plan("increase", ("10", "2021-01-01"), ("20", "2021-01-10"), m);
    let measured = up(&[("10", "2021-01-01"), ("15", "2021-01-04")]);
    assert_eq!(state(&measured, "2020-12-31"), ("no-data".into(), None));
    assert_eq!(state(&measured, "2021-01-01").0, "on-track"); // the line starts at the baseline
    assert_eq!(state(&measured, "2021-01-04"), ("on-track".into(), Some(0.5)));
    assert_eq!(state(&measured, "2021-01-06").0, "behind"); // 15 < 16
    assert_eq!(state(&measured, "2021-01-10").0, "behind"); // on the target's day
    assert_eq!(state(&measured, "2021-01-11").0, "missed"); // after it
    let reached = up(&[("20", "2021-01-09")]);
    assert_eq!(state(&reached, "2021-01-09"), ("achieved".into(), Some(1.0)));
    assert_eq!(state(&reached, "2021-02-01").0, "achieved");
    // 100 down to 50: ahead below the line.
    let down = |m: &[(&str, &str)]| plan("decrease", ("100", "2021-01-01"), ("50", "2021-01-10"), m);
    assert_eq!(state(&down(&[("80", "2021-01-03")]), "2021-01-03").0, "on-track"); // line at 85
    assert_eq!(state(&down(&[("90", "2021-01-03")]), "2021-01-03").0, "behind");
    assert_eq!(
        state(&down(&[("45.5", "2021-01-05")]), "2021-01-05"),
        ("achieved".into(), Some(1.09))
    );
    assert_eq!(state(&down(&[("60", "2021-01-05")]), "2021-01-11").0, "missed");
}

#[test]
fn states_for_dates_to_the_month() {
    // From 0 in 2021-01 to 120 by the end of 2021-12.
    let up = |m: &[(&str, &str)]| plan("increase", ("0", "\"2021-01\""), ("120", "\"2021-12\""), m);
    let measured = up(&[("60", "\"2021-06\"")]);
    // A month measurement counts from its first day.
    assert_eq!(state(&measured, "2021-05-31").0, "no-data");
    assert_eq!(state(&measured, "2021-06-01"), ("on-track".into(), Some(0.5)));
    assert_eq!(state(&measured, "2021-09-01").0, "behind");
    // A month target is due by its last day.
    assert_eq!(state(&measured, "2021-12-31").0, "behind");
    assert_eq!(state(&measured, "2022-01-01").0, "missed");
    let down = |m: &[(&str, &str)]| plan("decrease", ("30", "\"2021-01\""), ("10", "\"2021-12\""), m);
    assert_eq!(state(&down(&[("10", "\"2021-11\"")]), "2021-11-15").0, "achieved");
    assert_eq!(state(&down(&[("29", "\"2021-02\"")]), "2021-02-15").0, "behind"); // line ≈ 27.5
    assert_eq!(state(&down(&[("27", "\"2021-02\"")]), "2021-02-15").0, "on-track");
}

#[test]
fn status_and_export_json_carry_each_kpi_whole() {
    let plan = std::fs::read_to_string(root().join("examples/kpis.toml")).unwrap();
    for command in [&["status", "--format", "json"][..], &["export", "--format", "json"]] {
        let mut args = command.to_vec();
        args.extend(["--today", "2025-06-30"]);
        let json = Test::new().plan(&plan).args(&args).run().json();
        let k = &json["kpis"][2];
        assert_eq!(k["id"], "timp-autorizare");
        assert_eq!(k["unit"], "zile");
        assert_eq!(k["direction"], "decrease");
        assert_eq!(k["baseline"], serde_json::json!({"value": 45, "date": "2024-06"}));
        assert_eq!(k["target"], serde_json::json!({"value": 20, "date": "2025-09"}));
        assert_eq!(k["latest"], serde_json::json!({"value": 24, "date": "2025-06"}));
        assert_eq!(
            k["measurements"][1],
            serde_json::json!({"value": 30.5, "date": "2025-04-15"})
        );
        assert_eq!(k["progress"].as_f64(), Some(0.84));
        assert_eq!(k["state"], "on-track");
        assert_eq!(json["kpis"][3]["latest"], serde_json::Value::Null);
        assert_eq!(json["kpis"][3]["progress"], serde_json::Value::Null);
    }
}

fn example() -> String {
    std::fs::read_to_string(root().join("examples/kpis.toml")).unwrap()
}

/// `icc status` counts the KPIs of each state in its headline and shows
/// their table, in the terminal's language.
#[test]
fn status_has_a_kpi_line_and_table() {
    for (lang, line, header) in [
        (
            "en",
            "KPIs      2 on track · 1 behind · 1 missed · 1 no data",
            "indicator",
        ),
        (
            "ro",
            "Indicatori  2 în grafic · 1 în urmă · 1 ratat · 1 fără date",
            "indicator",
        ),
    ] {
        let out = Test::new()
            .plan(&example())
            .args(&["--lang", lang, "status", "--today", "2025-06-30", "--width", "120"])
            .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stdout.lines().any(|l| l == line), "{lang}:\n{}", out.stdout);
        assert!(out.stdout.contains(header), "{lang}");
        assert!(out.stdout.contains("consum-iluminat"), "{lang}");
    }
    // A plan without KPIs has neither.
    let shipped = std::fs::read_to_string(root().join("plan.toml")).unwrap();
    let out = Test::new()
        .plan(&shipped)
        .args(&["status", "--today", "2021-11-28"])
        .run();
    assert!(!out.stdout.contains("KPIs"), "{}", out.stdout);
}

/// The table of `icc kpis`, as a review session reads it, in both languages.
#[test]
fn the_kpis_table_in_both_languages() {
    let table = |lang: &str| {
        let out = Test::new()
            .plan(&example())
            .args(&["--lang", lang, "kpis", "--today", "2025-06-30", "--width", "120"])
            .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout
    };
    snapbox::assert_data_eq!(table("en"), snapbox::file!["snapshots/kpis.txt"].raw());
    snapbox::assert_data_eq!(table("ro"), snapbox::file!["snapshots/kpis.ro.txt"].raw());
}

/// A month's measurement and a day's in that month overlap: which is the
/// latest would depend on the order they are written in, so either order
/// is an error, pointing at the second.
#[test]
fn measurements_on_overlapping_dates_are_an_error_in_either_order() {
    for measurements in [
        "[{ date = \"2021-10\", value = 25 }, { date = 2021-10-01, value = 35 }]",
        "[{ date = 2021-10-01, value = 35 }, { date = \"2021-10\", value = 25 }]",
        "[{ date = 2021-10-15, value = 35 }, { date = \"2021-10\", value = 25 }]",
    ] {
        let plan = format!(
            "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2022-12\"\n\n\
             [[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"%\"\nbaseline = {{ value = 10, date = \"2021-01\" }}\n\
             target = {{ value = 50, date = \"2022-06\" }}\nmeasurements = {measurements}\n"
        );
        let out = Test::new()
            .plan(&plan)
            .args(&["check", "--format", "json", "--today", "2021-11-01"])
            .run();
        assert_eq!(out.code, 1, "{measurements}: {}", out.stdout);
        let json = out.json();
        let found = &json["diagnostics"][0];
        assert_eq!(found["code"], "duplicate-measurement", "{measurements}");
        assert_eq!(found["line"], 16, "{measurements}");
    }
}
