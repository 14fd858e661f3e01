//! `icc check`: what a person and CI see for the shipped plan, the
//! examples, each finding code, every way of naming a plan, and every date form.

mod common;

use common::{Test, line_of, root};

fn shipped_plan() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

/// The shipped plan as if it did not accept its one warning: the source's
/// „5 luni” for a window of six calendar months.
fn shipped_plan_unaccepted() -> String {
    let plan = shipped_plan();
    let allow = "allow = [\"months-mismatch\"]\n";
    assert_eq!(
        plan.matches(allow).count(),
        1,
        "the shipped plan accepts months-mismatch once"
    );
    plan.replacen(allow, "", 1)
}

/// A day in the Arad programme after the events its plan marks `done`
/// (the shipped plan is as it stood then).
const ARAD_TODAY: &str = "2021-11-28";

#[test]
fn shipped_plan_passes_with_exactly_what_the_source_holds() {
    let plan = shipped_plan();
    let out = Test::new()
        .plan(&plan)
        .args(&["check", "--format", "json", "--today", ARAD_TODAY])
        .run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    let months = line_of(&plan, "months = 5");
    let roadmap_start = line_of(&plan, "start = \"2021-02\"");
    let second_workshop_on_19_nov = plan
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("2020-11-19"))
        .nth(1)
        .map(|(i, _)| i as u64 + 1);
    // The stated „5 luni” is accepted on its phase: counted apart, not shown.
    assert_eq!(
        out.diagnostics(),
        vec![
            ("dependency-order-possible".into(), "note".into(), Some(roadmap_start)),
            ("same-day".into(), "note".into(), second_workshop_on_19_nov),
        ]
    );
    let json = out.json();
    assert_eq!(json["ok"], true);
    assert_eq!(
        (
            json["errors"].as_u64(),
            json["warnings"].as_u64(),
            json["notes"].as_u64(),
            json["allowed"].as_u64()
        ),
        (Some(0), Some(0), Some(2), Some(1))
    );
    let strict = Test::new()
        .plan(&plan)
        .args(&["check", "--strict", "--today", ARAD_TODAY])
        .run();
    assert_eq!(strict.code, 0, "{}", strict.stdout);
    assert!(
        strict
            .stdout
            .ends_with("plan.toml: 0 errors, 0 warnings, 2 notes (1 finding allowed); the plan passes\n"),
        "{}",
        strict.stdout
    );
    // Without its `allow`, the difference is a warning.
    let unaccepted = Test::new()
        .plan(&shipped_plan_unaccepted())
        .args(&["check", "--format", "json", "--today", ARAD_TODAY])
        .run();
    assert_eq!(unaccepted.code, 0);
    assert_eq!(
        unaccepted.diagnostics()[0],
        ("months-mismatch".into(), "warning".into(), Some(months))
    );
    assert_eq!(
        unaccepted.json()["diagnostics"][0]["message"],
        "phase `pregatire` is stated as 5 months, but its window 2020-09 – 2021-02 covers 6 months, counting both end months"
    );
}

#[test]
fn strict_fails_on_the_warning() {
    let out = Test::new()
        .plan(&shipped_plan_unaccepted())
        .args(&["check", "--strict", "--today", ARAD_TODAY])
        .run();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .ends_with("plan.toml: 0 errors, 1 warning, 2 notes; the plan fails under --strict\n"),
        "{}",
        out.stdout
    );
    let json = Test::new()
        .plan(&shipped_plan_unaccepted())
        .args(&["check", "--strict", "--format", "json"])
        .run();
    assert_eq!((json.code, &json.json()["ok"]), (1, &serde_json::Value::Bool(false)));
}

#[test]
fn human_output_points_at_the_line_like_rustc() {
    let plan = shipped_plan_unaccepted();
    let out = Test::new().plan(&plan).args(&["check", "--today", ARAD_TODAY]).run();
    let line = line_of(&plan, "months = 5");
    let expected = format!(
        "warning[months-mismatch]: phase `pregatire` is stated as 5 months, but its window 2020-09 – 2021-02 covers 6 months, counting both end months\n  --> plan.toml:{line}:10\n"
    );
    assert!(out.stdout.starts_with(&expected), "{}", out.stdout);
    assert!(
        out.stdout
            .contains(&format!("{line} | months = 5\n   |          ^ stated 5 months\n")),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("   = help: set `months = 6`, or change the window\n")
    );
    assert!(!out.stdout.contains('\x1b'), "no colour when not a terminal");
}

#[test]
fn examples_pass() {
    for name in ["minimal.toml", "derived.toml"] {
        let text = std::fs::read_to_string(root().join("examples").join(name)).expect("example");
        // After every date in the examples, whose events are as they ended.
        let out = Test::new()
            .plan(&text)
            .args(&["check", "--strict", "--today", "2030-01-01"])
            .run();
        assert_eq!(out.code, 0, "{name}: {}", out.stdout);
    }
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let plan = shipped_plan();
    let always = Test::new().plan(&plan).args(&["check", "--color", "always"]).run();
    assert!(always.stdout.contains("\x1b["), "--color always colours");
    let never = Test::new().plan(&plan).args(&["check", "--color", "never"]).run();
    assert!(!never.stdout.contains('\x1b'));
    let no_color = Test::new().plan(&plan).args(&["check"]).env("NO_COLOR", "1").run();
    assert!(!no_color.stdout.contains('\x1b'));
}

#[test]
fn github_format_is_one_workflow_command_a_finding() {
    let plan = shipped_plan_unaccepted();
    let out = Test::new()
        .plan(&plan)
        .args(&["check", "--format", "github", "--today", ARAD_TODAY])
        .run();
    let line = line_of(&plan, "months = 5");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", out.stdout);
    assert_eq!(
        lines[0],
        format!(
            "::warning file=plan.toml,line={line},col=10,endLine={line},endColumn=11,title=months-mismatch::phase `pregatire` is stated as 5 months, but its window 2020-09 – 2021-02 covers 6 months, counting both end months%0Ahelp: set `months = 6`, or change the window"
        )
    );
    assert!(lines[1].starts_with("::notice file=plan.toml,"));
}

#[test]
fn json_human_and_github_agree_on_every_line() {
    for entry in std::fs::read_dir(root().join("tests/findings")).expect("fixtures") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("fixture");
        let t = Test::new().file("plan.toml", &bytes);
        let json = t.args(&["check", "--format", "json"]).run();
        let places: Vec<(u64, u64)> = json.json()["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap()))
            .collect();
        let human = Test::new().file("plan.toml", &bytes).args(&["check"]).run();
        let human_places: Vec<(u64, u64)> = human
            .stdout
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("--> plan.toml:"))
            .map(|p| {
                let (line, col) = p.split_once(':').unwrap();
                (line.parse().unwrap(), col.parse().unwrap())
            })
            .collect();
        assert_eq!(places, human_places, "{}", path.display());
        let github = Test::new()
            .file("plan.toml", &bytes)
            .args(&["check", "--format", "github"])
            .run();
        let github_places: Vec<(u64, u64)> = github
            .stdout
            .lines()
            .map(|l| {
                let field = |name: &str| {
                    l.split([' ', ','])
                        .find_map(|f| f.strip_prefix(name))
                        .unwrap()
                        .parse()
                        .unwrap()
                };
                (field("line="), field("col="))
            })
            .collect();
        assert_eq!(places, github_places, "{}", path.display());
    }
}

/// A milestone is placed, and checked, as a workshop is: its phase
/// inferred from its date or a warning that none holds it, `overdue` once
/// its date is past, `done-in-future` before it comes. A series whose end
/// leaves its phase is pointed at by that end.
#[test]
fn every_event_kind_is_placed_and_checked_alike() {
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = 2024-01-01\nend = 2024-03-31\n\n[[workshop]]\nid = \"serie\"\ntitle = \"Serie\"\ndate = 2024-03-20\nend = 2024-04-10\nphase = \"p\"\n\n[[milestone]]\nid = \"m-in\"\nname = \"M in\"\ndate = \"2024-02\"\n\n[[milestone]]\nid = \"m-out\"\nname = \"M out\"\ndate = 2024-06-01\nstatus = \"done\"\n\n[[workshop]]\nid = \"viitor\"\ntitle = \"Viitor\"\ndate = 2024-05-01\nstatus = \"done\"\n";
    let out = Test::new()
        .plan(plan)
        .args(&["check", "--format", "json", "--today", "2024-03-01"])
        .run();
    let found: Vec<(String, String, u64, u64)> = out.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["args"]["id"].as_str().unwrap_or_default().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let at = |needle: &str| line_of(plan, needle);
    let expected = [
        ("outside-phase", "serie", at("end = 2024-04-10"), 7),
        ("phase-inferred", "m-in", at("date = \"2024-02\""), 8),
        ("overdue", "m-in", at("date = \"2024-02\""), 8),
        ("no-phase", "m-out", at("date = 2024-06-01"), 8),
        ("done-in-future", "m-out", at("date = 2024-06-01") + 1, 10),
        ("no-phase", "viitor", at("date = 2024-05-01"), 8),
        ("done-in-future", "viitor", at("date = 2024-05-01") + 1, 10),
    ];
    let expected: Vec<(String, String, u64, u64)> = expected
        .iter()
        .map(|(code, id, line, column)| (code.to_string(), id.to_string(), *line, *column))
        .collect();
    assert_eq!(found, expected);
    // The status view shows the inferred phase, and the headline counts
    // overdue milestones with workshops.
    let status = Test::new()
        .plan(plan)
        .args(&["status", "--format", "json", "--today", "2024-04-01"])
        .run();
    let milestone = &status.json()["milestones"][0];
    assert_eq!(
        (milestone["phase"].as_str(), milestone["overdue"].as_bool()),
        (Some("p"), Some(true))
    );
    let table = Test::new().plan(plan).args(&["status", "--today", "2024-04-01"]).run();
    assert!(
        table.stdout.contains("Overdue   1 milestone past and still `planned`"),
        "{}",
        table.stdout
    );
}

/// An event is certainly outside its phase when one of its ends is outside
/// whatever day a month-precision date stands for; the finding points at
/// that end. Without a `phase`, a series or a month that overlaps phases
/// without lying inside one says so, and is not called outside them all.
#[test]
fn outside_is_certain_whatever_the_day_and_overlaps_are_said() {
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2025-01\"\nend = \"2025-03\"\n\n[[phase]]\nid = \"q\"\nname = \"Q\"\nstart = 2025-05-21\nend = 2025-08-31\n\n[[phase]]\nid = \"r\"\nname = \"R\"\nstart = 2025-04-01\nend = 2025-05-20\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = \"2025-02\"\nend = 2025-04-02\nphase = \"p\"\n\n[[workshop]]\nid = \"b\"\ntitle = \"B\"\ndate = 2024-12-20\nend = \"2025-02\"\nphase = \"p\"\n\n[[workshop]]\nid = \"c\"\ntitle = \"C\"\ndate = \"2024-12\"\nend = 2025-04-02\nphase = \"p\"\n\n[[workshop]]\nid = \"d\"\ntitle = \"D\"\ndate = \"2025-02\"\nend = \"2025-04\"\nphase = \"p\"\n\n[[workshop]]\nid = \"e\"\ntitle = \"E\"\ndate = 2025-05-15\nend = 2025-05-25\n\n[[workshop]]\nid = \"f\"\ntitle = \"F\"\ndate = \"2025-05\"\n\n[[workshop]]\nid = \"g\"\ntitle = \"G\"\ndate = 2026-05-01\n\n[[workshop]]\nid = \"h\"\ntitle = \"H\"\ndate = \"2025-03\"\nend = 2025-03-31\nphase = \"p\"\n\n[[workshop]]\nid = \"i\"\ntitle = \"I\"\ndate = 2025-04-03\nend = 2025-04-10\nphase = \"p\"\n";
    let out = Test::new()
        .plan(plan)
        .args(&["check", "--format", "json", "--today", "2025-01-01"])
        .run();
    let json = out.json();
    let found: Vec<(String, String, u64, u64)> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["args"]["id"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("outside-phase", "a", "end = 2025-04-02", 7),
        ("outside-phase", "b", "date = 2024-12-20", 8),
        // Both ends outside: the date, the first to correct.
        ("outside-phase", "c", "date = \"2024-12\"", 8),
        ("outside-phase", "d", "end = \"2025-04\"", 7),
        ("no-phase", "e", "end = 2025-05-25", 7),
        ("no-phase", "f", "date = \"2025-05\"", 8),
        ("no-phase", "g", "date = 2026-05-01", 8),
        // Wholly after: its date.
        ("outside-phase", "i", "date = 2025-04-03", 8),
    ];
    let expected: Vec<(String, String, u64, u64)> = expected
        .iter()
        .map(|(code, id, needle, column)| {
            let line = plan[..plan.find(needle).unwrap()].lines().count() as u64 + 1;
            (code.to_string(), id.to_string(), line, *column)
        })
        .collect();
    assert_eq!(found, expected);
    let messages: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        messages[4].contains("no one phase's window holds all of 2025-05-15 – 2025-05-25: it overlaps `q`, `r`"),
        "{}",
        messages[4]
    );
    assert!(
        messages[5].contains("no one phase's window holds all of 2025-05: it overlaps"),
        "{}",
        messages[5]
    );
    assert!(
        messages[6].contains("its date 2026-05-01 is after the programme ends (2025-08-31)"),
        "{}",
        messages[6]
    );
}

#[test]
fn every_code_has_a_fixture_that_finds_it() {
    for code in icc::Code::ALL {
        let path = root().join("tests/findings").join(format!("{}.toml", code.as_str()));
        let bytes = std::fs::read(&path).unwrap_or_else(|_| panic!("no fixture {}", path.display()));
        let out = Test::new()
            .file("plan.toml", &bytes)
            .args(&["check", "--format", "json"])
            .run();
        let found = out.diagnostics();
        let hit = found
            .iter()
            .find(|(c, ..)| c == code.as_str())
            .unwrap_or_else(|| panic!("{code}: not found in {found:?}"));
        assert_eq!(hit.1, code.severity().as_str(), "{code}");
        assert!(hit.2.is_some(), "{code}: no line");
        let expected_exit = if code.severity() == icc::Severity::Error { 1 } else { 0 };
        assert_eq!(out.code, expected_exit, "{code}: {}", out.stdout);
    }
}

/// The line of each fixture's finding, pinned: what the caret points at.
#[test]
fn findings_point_at_the_offending_text() {
    let cases: &[(&str, &str, u64)] = &[
        ("unknown-key", "stauts", 1),
        ("wrong-type", "\"3\"", 10),
        ("missing-field", "[[workshop]]", 1),
        ("invalid-id", "id = \"Pregătire\"", 6),
        ("invalid-date", "\"martie 2021\"", 9),
        ("invalid-value", "\"Online\"", 8),
        ("duplicate-entry", "audience", 36),
        ("duplicate-id", "\"lansare\"", 6),
        ("unknown-reference", "\"pregatre\"", 10),
        ("self-reference", "\"roadmap\"]", 10),
        ("dependency-cycle", "[\"z\"]", 10),
        ("phase-underdetermined", "id = \"a\"", 6),
        ("unknown-phase", "\"implementar\"", 9),
        ("end-before-start", "end = ", 7),
        ("months-mismatch", "months = 5", 10),
        ("dependency-order", "2021-03-15", 9),
        ("dependency-order-possible", "start = \"2021-02\"", 9),
        ("after-gap", "start = \"2026-04\"", 9),
        ("outside-phase", "\"2021-03\"", 8),
        ("invalid-interval", "every_months", 16),
        ("recurring-outside-phase", "first", 9),
        ("done-in-future", "status = \"done\"", 10),
    ];
    for (code, needle, column) in cases {
        let text = std::fs::read_to_string(root().join("tests/findings").join(format!("{code}.toml"))).unwrap();
        let line = if *needle == "[[workshop]]" || needle.starts_with("id = \"a\"") {
            line_of(&text, needle)
        } else {
            // The last line with the needle: fixtures put the offending line after the rest.
            text.lines()
                .enumerate()
                .filter(|(_, l)| l.contains(needle))
                .last()
                .map(|(i, _)| i as u64 + 1)
                .unwrap()
        };
        let out = Test::new().plan(&text).args(&["check", "--format", "json"]).run();
        let json = out.json();
        let d = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == *code)
            .unwrap();
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(line), Some(*column)),
            "{code}: {d}"
        );
    }
}

#[test]
fn cycle_names_every_id_in_order() {
    let text = std::fs::read_to_string(root().join("tests/findings/dependency-cycle.toml")).unwrap();
    let out = Test::new().plan(&text).args(&["check", "--format", "json"]).run();
    assert_eq!(
        out.json()["diagnostics"][0]["message"],
        "dependency cycle: `x` → `z` → `y` → `x`"
    );
}

#[test]
fn cycles_of_every_length_are_reported_once() {
    for n in 1..=5 {
        let mut plan = String::from("[project]\nname = \"T\"\n");
        for i in 0..n {
            plan += &format!(
                "\n[[phase]]\nid = \"p{i}\"\nname = \"P\"\nmonths = 1\nafter = [\"p{}\"]\n",
                (i + 1) % n
            );
        }
        let out = Test::new().plan(&plan).args(&["check", "--format", "json"]).run();
        let codes: Vec<String> = out.diagnostics().into_iter().map(|d| d.0).collect();
        let expected = if n == 1 { "self-reference" } else { "dependency-cycle" };
        assert_eq!(codes, vec![expected.to_owned()], "cycle of {n}: {}", out.stdout);
        assert_eq!(out.code, 1);
    }
}

#[test]
fn unknown_keys_everywhere_suggest_the_nearest() {
    let plan = "[project]\nname = \"T\"\ncyti = \"Arad\"\n\n[[phase]]\nid = \"a\"\nname = \"A\"\nstrat = \"2021-01\"\nend = \"2021-02\"\n\n[[phases]]\nid = \"b\"\n";
    let out = Test::new().plan(plan).args(&["check", "--format", "json"]).run();
    let helps: Vec<String> = out.json()["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["help"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(helps.contains(&"did you mean `city`?".to_owned()), "{helps:?}");
    assert!(helps.contains(&"did you mean `start`?".to_owned()), "{helps:?}");
    assert!(helps.contains(&"did you mean `phase`?".to_owned()), "{helps:?}");
}

#[test]
fn derived_dates_follow_dependency_order() {
    // Declared out of order: `c` after `b` after `a`; `c`'s workshop is checked against the derived window.
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"c\"\nname = \"C\"\nafter = [\"b\"]\nmonths = 2\n\n[[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\"]\nmonths = 2\n\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = 2021-01-01\nmonths = 2\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-06-30\nphase = \"c\"\n\n[[workshop]]\nid = \"early\"\ntitle = \"E\"\ndate = 2021-04-30\nphase = \"c\"\n";
    let out = Test::new().plan(plan).args(&["check", "--format", "json"]).run();
    // a: Jan–Feb, b: Mar–Apr, c: 2021-05-01 – 2021-06-30. `w` is inside, `early` is not.
    let json = out.json();
    let diags = json["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0]["code"], "outside-phase");
    assert_eq!(
        diags[0]["message"],
        "workshop `early` (2021-04-30) is in phase `c`, whose window is 2021-05-01 – 2021-06-30: it falls outside"
    );
}

mod plan_location {
    use super::*;

    const PLAN: &str = "[project]\nname = \"T\"\n";

    #[test]
    fn found_from_a_subfolder_as_cargo_finds_cargo_toml() {
        let out = Test::new().plan(PLAN).current_dir("docs/deep").args(&["check"]).run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stdout.starts_with("../../plan.toml: no problems found"),
            "{}",
            out.stdout
        );
    }

    #[test]
    fn plan_flag_and_env() {
        let t = Test::new().file("other/mine.toml", PLAN.as_bytes());
        let out = t.args(&["check", "--plan", "other/mine.toml"]).run();
        assert_eq!(out.code, 0);
        assert!(
            out.stdout.starts_with("other/mine.toml: no problems found"),
            "{}",
            out.stdout
        );
        let env = Test::new()
            .file("other/mine.toml", PLAN.as_bytes())
            .env("ICC_PLAN", "other/mine.toml")
            .args(&["check"])
            .run();
        assert_eq!(env.code, 0, "{}", env.stderr);
    }

    #[test]
    fn standard_input() {
        let out = Test::new()
            .stdin(b"[project]\nname = \"T\"\nbad = 1\n")
            .args(&["check", "--plan", "-"])
            .run();
        assert_eq!(out.code, 1);
        assert!(out.stdout.contains("--> <stdin>:3:1"), "{}", out.stdout);
    }

    #[test]
    fn no_plan_is_exit_2_with_a_way_forward() {
        let out = Test::new().args(&["check"]).run();
        assert_eq!(out.code, 2);
        assert!(out.stderr.starts_with("error: no plan.toml in "), "{}", out.stderr);
        assert!(out.stderr.contains("help: pass --plan PATH"), "{}", out.stderr);
        assert!(out.stdout.is_empty());
    }

    #[test]
    fn unreadable_plan_is_exit_2() {
        let out = Test::new().args(&["check", "--plan", "missing.toml"]).run();
        assert_eq!(out.code, 2);
        assert!(
            out.stderr.starts_with("error: cannot read missing.toml: "),
            "{}",
            out.stderr
        );
        let dir = Test::new().current_dir("sub").args(&["check", "--plan", "."]).run();
        assert_eq!(dir.code, 2, "a folder is not a plan");
    }

    #[test]
    fn bom_and_crlf_load() {
        let shipped = super::shipped_plan_unaccepted();
        let crlf = shipped.replace('\n', "\r\n");
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend_from_slice(crlf.as_bytes());
        let out = Test::new()
            .file("plan.toml", &bytes)
            .args(&["check", "--format", "json"])
            .run();
        assert_eq!(out.code, 0, "{}", out.stdout);
        let months = line_of(&shipped, "months = 5");
        assert_eq!(
            out.diagnostics()[0],
            ("months-mismatch".into(), "warning".into(), Some(months))
        );
        assert_eq!(out.json()["diagnostics"][0]["column"], 10, "the BOM takes no column");
    }
}

mod dates {
    use super::*;

    fn check_date(value: &str) -> common::Output {
        let plan = format!(
            "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = {value}\nstatus = \"done\"\n"
        );
        // A day after every date tried: `done` is then no finding.
        Test::new()
            .plan(&plan)
            .args(&["check", "--format", "json", "--today", "2030-01-01"])
            .run()
    }

    #[test]
    fn accepted_forms() {
        for value in [
            "2021-03-15",
            "\"2021-03-15\"",
            "\"2021-03\"",
            "2024-02-29",
            "\"0999-01\"",
        ] {
            let out = check_date(value);
            assert_eq!((out.code, out.diagnostics()), (0, vec![]), "{value}");
        }
    }

    /// Each rejected form: the message, and the help that says what to
    /// write instead (`None`: the finding has none).
    #[test]
    fn rejected_forms_say_what_to_write() {
        const FORMS: &str = "write a day as `YYYY-MM-DD` (e.g. 2021-03-15) or a month as `YYYY-MM` (e.g. \"2021-03\")";
        let no_such_month = format!("a month is `01` to `12`; {FORMS}");
        let cases: [(&str, &str, Option<&str>); 24] = [
            (
                "2021-02-30",
                "workshop `w`: `date`: `2021-02-30` does not exist: February 2021 has 28 days",
                Some("the last day of February 2021 is `2021-02-28`"),
            ),
            (
                "\"2021-02-30\"",
                "workshop `w`: `date`: `2021-02-30` does not exist: February 2021 has 28 days",
                Some("the last day of February 2021 is `2021-02-28`"),
            ),
            (
                "\"2023-02-29\"",
                "workshop `w`: `date`: `2023-02-29` does not exist: February 2023 has 28 days",
                Some("the last day of February 2023 is `2023-02-28`"),
            ),
            (
                "\"2021-13\"",
                "workshop `w`: `date`: `2021-13` has a month outside 01-12",
                Some(&no_such_month),
            ),
            (
                "2021-13-01",
                "workshop `w`: `date`: `2021-13-01` has a month outside 01-12",
                Some(&no_such_month),
            ),
            // A month is a string: unquoted, TOML reads it as a broken day.
            (
                "2025-01",
                "workshop `w`: `date`: `2025-01` is a month, and a month is written in quotes",
                Some("write `date = \"2025-01\"`; a date without quotes is a day"),
            ),
            // Forms people write, and the source's own: the date they mean.
            (
                "\"31.03.2025\"",
                "workshop `w`: `date`: `31.03.2025` is not a date in a form icc reads",
                Some("write `date = 2025-03-31`"),
            ),
            (
                "31.03.2025",
                "workshop `w`: `date`: `31.03.2025` is not a date in a form icc reads",
                Some("write `date = 2025-03-31`"),
            ),
            (
                "\"2025-3-5\"",
                "workshop `w`: `date`: `2025-3-5` is not a date in a form icc reads",
                Some("write `date = 2025-03-05`"),
            ),
            (
                "2025-3-5",
                "workshop `w`: `date`: `2025-3-5` is not a date in a form icc reads",
                Some("write `date = 2025-03-05`"),
            ),
            (
                "\"martie 2021\"",
                "workshop `w`: `date`: `martie 2021` is not a date in a form icc reads",
                Some("write `date = \"2021-03\"`"),
            ),
            (
                "\"Oct. 2020\"",
                "workshop `w`: `date`: `Oct. 2020` is not a date in a form icc reads",
                Some("write `date = \"2020-10\"`"),
            ),
            (
                "\"19.11.2020\"",
                "workshop `w`: `date`: `19.11.2020` is not a date in a form icc reads",
                Some("write `date = 2020-11-19`"),
            ),
            (
                "\"31.02.2025\"",
                "workshop `w`: `date`: `31.02.2025` is not a date in a form icc reads",
                Some(FORMS),
            ),
            (
                "2021-03-15T10:00:00",
                "workshop `w`: `date`: `2021-03-15T10:00:00` has a time of day; a plan date is a day or a month",
                Some("write `date = 2021-03-15`"),
            ),
            (
                "2021-03-15T10:00:00+02:00",
                "workshop `w`: `date`: `2021-03-15T10:00:00+02:00` has a time of day; a plan date is a day or a month",
                Some("write `date = 2021-03-15`"),
            ),
            (
                "\"2021-03-15 10:00\"",
                "workshop `w`: `date`: `2021-03-15 10:00` has a time of day; a plan date is a day or a month",
                Some("write `date = 2021-03-15`"),
            ),
            (
                "\"20210-03-15\"",
                "workshop `w`: `date`: `20210-03-15` is not a date in a form icc reads",
                Some(FORMS),
            ),
            (
                "10:00:00",
                "workshop `w`: `date`: `10:00:00` is not a date in a form icc reads",
                Some(FORMS),
            ),
            (
                "\"0000-05\"",
                "workshop `w`: `date`: `0000-05` is in the year 0000, before the calendar icc writes (years 0001 to 9999)",
                Some("years run from 0001 to 9999"),
            ),
            ("20210", "workshop `w`: `date` must be a date, found an integer", None),
            // Not a date icc can tell, but in a key that holds one.
            (
                "31.03.x",
                "workshop `w`: `date`: `31.03.x` is not a date in a form icc reads",
                Some(FORMS),
            ),
            (
                "martie",
                "workshop `w`: `date`: `martie` is not a date in a form icc reads",
                Some(FORMS),
            ),
            (
                "31.3.25",
                "workshop `w`: `date`: `31.3.25` is not a date in a form icc reads",
                Some("write `date = 2025-03-31`"),
            ),
        ];
        for (value, message, help) in cases {
            let out = check_date(value);
            assert_eq!(out.code, 1, "{value}");
            let json = out.json();
            let d = &json["diagnostics"][0];
            assert_eq!(d["message"], message, "{value}");
            assert_eq!(d["line"], 7, "{value}");
            assert_eq!(d["help"].as_str(), help, "{value}");
        }
        // The value is what the caret points at, whole.
        let out = check_date("31.03.2025");
        let d = &out.json()["diagnostics"][0];
        assert_eq!((&d["column"], &d["end_column"]), (&8.into(), &18.into()));
    }

    /// A key or a table written twice: named, with the first place, once.
    #[test]
    fn a_key_or_table_written_twice_says_where_it_was_first() {
        let plan = "[project]\nname = \"T\"\n[check]\nallow = []\n[check]\nallow = [\"same-day\"]\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2025-01\"\nend = \"2025-03\"\nend = \"2025-04\"\n";
        let out = Test::new().plan(plan).args(&["check", "--format", "json"]).run();
        assert_eq!(out.code, 1);
        let json = out.json();
        let found: Vec<(&str, &str, u64)> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                (
                    d["message"].as_str().unwrap(),
                    d["help"].as_str().unwrap(),
                    d["line"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "the table `[check]` is written twice",
                    "merge the two into one `[check]` table",
                    5
                ),
                (
                    "phase `p`: `end` is written twice, first at line 12",
                    "keep one of the two",
                    13
                ),
            ]
        );
    }

    /// A value of the wrong type whose mistake is only its form: the help
    /// writes it as the field takes it.
    #[test]
    fn wrong_types_say_what_to_write() {
        for (line, message, help) in [
            (
                "audience = \"public\"",
                "workshop `w`: `audience` must be an array of strings, found a string",
                Some("write `audience = [\"public\"]`"),
            ),
            (
                "after = \"prep\"",
                "workshop `w`: `after` must be an array of strings, found a string",
                Some("write `after = [\"prep\"]`"),
            ),
            (
                "objective = 2021",
                "workshop `w`: `objective` must be a string, found an integer",
                Some("write `objective = \"2021\"`"),
            ),
            (
                "audience = 5",
                "workshop `w`: `audience` must be an array of strings, found an integer",
                None,
            ),
            (
                "phase = [\"p\"]",
                "workshop `w`: `phase` must be a string, found an array",
                Some("write `phase = \"p\"`"),
            ),
            // No suggestion that would itself be wrong.
            (
                "status = true",
                "workshop `w`: `status` must be a string, found a boolean",
                None,
            ),
            (
                "audience = \"\"",
                "workshop `w`: `audience` must be an array of strings, found a string",
                None,
            ),
            (
                "status = 1",
                "workshop `w`: `status` must be a string, found an integer",
                None,
            ),
            (
                "mode = 2.0",
                "workshop `w`: `mode` must be a string, found a float",
                None,
            ),
            (
                "phase = 5",
                "workshop `w`: `phase` must be a string, found an integer",
                None,
            ),
            // Not a date, in a key that holds none: the parser's problem.
            ("objective = 31.03.x", "invalid TOML: invalid float", None),
        ] {
            let plan = format!(
                "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\n{line}\ndate = 2021-01-05\n"
            );
            let out = Test::new().plan(&plan).args(&["check", "--format", "json"]).run();
            let d = &out.json()["diagnostics"][0];
            assert_eq!(
                (out.code, &d["message"], &d["line"]),
                (1, &message.into(), &7.into()),
                "{line}"
            );
            assert_eq!(d["help"].as_str(), help, "{line}");
        }
        let plan =
            "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nmonths = \"5\"\n";
        let out = Test::new().plan(plan).args(&["check", "--format", "json"]).run();
        let d = &out.json()["diagnostics"][0];
        assert_eq!(
            d["message"],
            "phase `p`: `months` must be a whole number of months, found a string"
        );
        assert_eq!(d["help"], "write `months = 5`");
    }

    #[test]
    fn today_must_be_a_day() {
        let out = Test::new()
            .plan("[project]\nname = \"T\"\n")
            .args(&["check", "--today", "2021-13-01"])
            .run();
        assert_eq!(out.code, 2);
        assert!(
            out.stderr
                .contains("`2021-13-01` has a month outside 01-12; write YYYY-MM-DD, e.g. 2021-11-28"),
            "{}",
            out.stderr
        );
        let env = Test::new()
            .plan("[project]\nname = \"T\"\n")
            .env("ICC_TODAY", "martie")
            .args(&["check"])
            .run();
        assert_eq!(env.code, 2);
        // Year 0 parses as a date, but no format icc writes holds it.
        for today in ["0000-01-01", "0000-12-31"] {
            let out = Test::new()
                .plan("[project]\nname = \"T\"\n")
                .env("ICC_TODAY", today)
                .args(&["status"])
                .run();
            assert_eq!(out.code, 2, "{today}: {}", out.stdout);
            assert!(
                out.stderr.ends_with(&format!(
                    "`{today}` is in the year 0000, before the calendar icc writes (years 0001 to 9999)\n"
                )),
                "{}",
                out.stderr
            );
        }
    }
}

#[test]
fn start_is_derived_from_end_and_months() {
    // `a` ends 2021-06 and lasts 3 months, so it starts 2021-04-01; a milestone in March is outside it.
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"a\"\nname = \"A\"\nend = \"2021-06\"\nmonths = 3\n\n[[milestone]]\nid = \"m\"\nname = \"M\"\ndate = 2021-03-31\nphase = \"a\"\n\n[[milestone]]\nid = \"n\"\nname = \"N\"\ndate = 2021-04-01\nphase = \"a\"\n";
    let out = Test::new().plan(plan).args(&["check", "--format", "json"]).run();
    let json = out.json();
    let diags = json["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(
        diags[0]["message"],
        "milestone `m` (2021-03-31) is in phase `a`, whose window is 2021-04-01 – 2021-06: it falls before the programme starts (2021-04-01)"
    );
    assert_eq!(diags[0]["line"], 13);
}

#[test]
fn events_after_other_events_keep_their_order() {
    let plan = "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-03-10\nend = 2021-03-20\n\n[[workshop]]\nid = \"b\"\ntitle = \"B\"\ndate = 2021-03-15\nafter = [\"a\"]\n\n[[workshop]]\nid = \"c\"\ntitle = \"C\"\ndate = 2021-03-20\nafter = [\"a\"]\n\n[[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"x\"\nevery_months = 1\n\n[[milestone]]\nid = \"m\"\nname = \"M\"\ndate = 2021-04-01\nafter = [\"r\"]\n";
    let out = Test::new().plan(plan).args(&["check", "--format", "json"]).run();
    let got: Vec<(String, Option<u64>)> = out.diagnostics().into_iter().map(|(c, _, l)| (c, l)).collect();
    assert_eq!(
        got,
        vec![
            // `b` starts before `a`'s series ends; `c`, on its last day, does not.
            ("dependency-order".to_owned(), Some(13)),
            ("unknown-phase".to_owned(), Some(25)),
            // A recurring meeting has no single end to wait for.
            ("unknown-reference".to_owned(), Some(32)),
        ]
    );
}

/// Every finding of every fixture reaches JSON with its arguments, and with
/// the help the human output shows (none is lost on the way to scripts).
#[test]
fn json_findings_have_args_and_the_help_people_see() {
    for entry in std::fs::read_dir(root().join("tests/findings")).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let json = Test::new()
            .file("plan.toml", &bytes)
            .args(&["check", "--format", "json"])
            .run();
        let human = Test::new()
            .file("plan.toml", &bytes)
            .args(&["check", "--color", "never"])
            .run();
        let diagnostics = json.json()["diagnostics"].as_array().unwrap().clone();
        let helps = human.stdout.matches("= help: ").count();
        assert!(!diagnostics.is_empty(), "{}", path.display());
        for d in &diagnostics {
            common::assert_worded(d, &String::from_utf8_lossy(&bytes));
            let args = d["args"].as_object();
            assert!(
                args.is_some_and(|a| !a.is_empty()),
                "{}: no args in {d}",
                path.display()
            );
        }
        let with_help: Vec<&str> = diagnostics.iter().filter_map(|d| d["help"].as_str()).collect();
        assert_eq!(with_help.len(), helps, "{}: {}", path.display(), human.stdout);
        for help in with_help {
            let first = help.lines().next().unwrap();
            assert!(
                human.stdout.contains(&format!("= help: {first}")),
                "{}: {help}",
                path.display()
            );
        }
    }
}

/// A plan is read as one TOML document whatever its size: an inline array
/// of phases at the top and a `[[phase]]` table a megabyte later is the
/// same duplicate key it is in a small plan (Python's `tomllib` agrees).
#[test]
fn a_big_plan_is_read_as_one_document() {
    let mut plan = String::from(
        "phase = [{ id = \"a\", name = \"A\", start = \"2021-01\", end = \"2021-12\" }]\n[project]\nname = \"Mare\"\n",
    );
    let mut i = 0;
    while plan.len() < 1_200_000 {
        plan +=
            &format!("\n[[workshop]]\nid = \"ws-{i}\"\ntitle = \"Atelier {i}\"\ndate = 2021-06-01\nphase = \"a\"\n");
        i += 1;
    }
    plan += "\n[[phase]]\nid = \"b\"\nname = \"B\"\nstart = \"2022-01\"\nend = \"2022-12\"\n";
    let out = Test::new().plan(&plan).args(&["check", "--format", "json"]).run();
    assert_eq!(out.code, 1);
    let diagnostics = out.diagnostics();
    assert_eq!(diagnostics.len(), 1, "{:?}", &diagnostics[..diagnostics.len().min(3)]);
    assert_eq!(diagnostics[0].0, "syntax");
    assert_eq!(diagnostics[0].2, Some(line_of(&plan, "[[phase]]")));
}

/// Each variant of each message (the attributes of `locales/en/findings.ftl`) is
/// reached by some plan here, and comes out fully worded.
#[test]
fn every_variant_of_every_message_is_worded() {
    let head =
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-06\"\n";
    let cases: &[(&str, &str)] = &[
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nmode = \"zzz\"\n",
            "invalid-value",
        ),
        (
            "[[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"%\"\nbaseline = { value = nan, date = \"2021-01\" }\ntarget = { value = 5, date = \"2021-06\" }\n",
            "invalid-value",
        ),
        (
            "[[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"%\"\nbaseline = { value = 1, date = \"2021-01\" }\ntarget = { value = 5, date = \"2021-06\" }\nmeasurements = [{ date = 2021-01-01, value = 2 }, { date = \"2021-01\", value = 3 }]\n",
            "duplicate-measurement",
        ),
        (
            "[[milestone]]\nid = \"m\"\nname = \"M\"\ndate = \"2021-03\"\nafter = [\"k\"]\n[[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"%\"\nbaseline = { value = 1, date = \"2021-01\" }\ntarget = { value = 5, date = \"2021-06\" }\n",
            "unknown-reference",
        ),
        (
            "[[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"%\"\nbaseline = { value = 1, date = \"2021-01\" }\ntarget = { value = 5, date = \"2020-06\" }\n",
            "target-outside-programme",
        ),
        (
            "[[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"%\"\nbaseline = { value = 1, date = \"2020-01\" }\ntarget = { value = 5, date = \"2020-06\" }\n",
            "not-measured",
        ),
        (
            "[[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"%\"\ndirection = \"decrease\"\nbaseline = { value = 1, date = \"2021-01\" }\ntarget = { value = 5, date = \"2021-06\" }\n",
            "target-against-direction",
        ),
        (
            "[[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"%\"\nbaseline = { value = \"41,5\", date = \"2021-01\" }\ntarget = { value = 50, date = \"2021-06\" }\n",
            "wrong-type",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nmode = \"onlin\"\n",
            "invalid-value",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \" \"\ndate = 2021-02-01\n",
            "invalid-value",
        ),
        (
            "[[phase]]\nid = \"q\"\nname = \"Q\"\nstart = \"2021-07\"\nmonths = 0\n",
            "invalid-value",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nzzzzzzzz = 1\n",
            "unknown-key",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nphase = \"p\"\nmode = 1\n",
            "wrong-type",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nphase = \"zzzz\"\n",
            "unknown-phase",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nphase = \"q\"\n[[milestone]]\nid = \"q\"\nname = \"Q\"\ndate = \"2021-03\"\n",
            "unknown-phase",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nend = 2021-01-20\nphase = \"p\"\n",
            "end-before-start",
        ),
        (
            "[[phase]]\nid = \"q\"\nname = \"Q\"\nstart = 2021-07-01\nend = 2021-07-20\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = \"2021-07\"\n",
            "no-phase",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-06-20\nend = 2021-07-10\n",
            "no-phase",
        ),
        (
            "[[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"p\"\nevery_months = 1\nfirst = 2020-12-15\n",
            "recurring-outside-phase",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-05-01\nend = 2021-08-20\nphase = \"p\"\n",
            "outside-phase",
        ),
        (
            "[[phase]]\nid = \"q\"\nname = \"Q\"\nstart = 2021-07-01\nend = 2021-07-20\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = \"2021-07\"\nend = \"2021-07\"\nphase = \"q\"\n",
            "outside-phase-possible",
        ),
        (
            "[[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"p\"\nevery_months = 9\n",
            "recurring-outside-phase",
        ),
        (
            "[[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"p\"\nevery_months = 2\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nafter = [\"r\"]\n",
            "unknown-reference",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nafter = [\"zzzzzz\"]\n",
            "unknown-reference",
        ),
        (
            "[[phase]]\nid = \"q\"\nname = \"Q\"\nstart = \"2021-03\"\nend = \"2021-09\"\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-04-01\n",
            "no-phase",
        ),
        (
            "[[phase]]\nid = \"q\"\nname = \"Q\"\nstart = 2021-03-15\nend = 2021-09-02\nmonths = 3\n",
            "months-mismatch",
        ),
        (
            "[[phase]]\nid = \"q\"\nname = \"Q\"\nstart = 2021-03-15\nend = 2021-03-20\nmonths = 1\n",
            "months-mismatch",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-30\n",
            "invalid-date",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = \"2021-02-30\"\n",
            "invalid-date",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = \"2021-13\"\n",
            "invalid-date",
        ),
        (
            "[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01T10:00:00\n",
            "invalid-date",
        ),
    ];
    for (tail, code) in cases {
        let plan = format!("{head}{tail}");
        let out = Test::new().plan(&plan).args(&["check", "--format", "json"]).run();
        let json = out.json();
        let diagnostics = json["diagnostics"].as_array().unwrap();
        assert!(diagnostics.iter().any(|d| d["code"] == *code), "{code}: {}", out.stdout);
        for d in diagnostics {
            common::assert_worded(d, &plan);
        }
    }
    // A kind that is not an array of tables, and a plan with no `[project]`.
    let plan = format!("workshop = 3\n{head}");
    let out = Test::new().plan(&plan).args(&["check", "--format", "json"]).run();
    let d = &out.json()["diagnostics"][0];
    assert_eq!(d["code"], "wrong-type");
    common::assert_worded(d, &plan);
    let out = Test::new().plan("").args(&["check", "--format", "json"]).run();
    assert_eq!(
        out.json()["diagnostics"][0]["help"],
        "start the plan with:\n[project]\nname = \"…\""
    );
}

/// A length too long is told with the limit, not as if it were too short;
/// an empty id is one finding, not also a duplicate of another empty one.
#[test]
fn out_of_range_months_and_empty_ids_are_said_once_and_right() {
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nmonths = 99999999999\n\n[[phase]]\nid = \"\"\nname = \"Q\"\nstart = \"2021-01\"\nend = \"2021-02\"\n\n[[phase]]\nid = \"\"\nname = \"R\"\nstart = \"2021-01\"\nend = \"2021-02\"\n";
    let out = Test::new().plan(plan).args(&["check", "--format", "json"]).run();
    let json = out.json();
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        ["invalid-value", "invalid-value", "invalid-value"],
        "{}",
        out.stdout
    );
    let months = &json["diagnostics"][0];
    assert_eq!(months["args"]["max"], 120000);
    assert_eq!(
        months["help"],
        "a phase lasts at least one month, and at most 120000 months"
    );
    let human = Test::new().plan(plan).args(&["check"]).run();
    assert!(
        human.stdout.contains("must be a whole number from 1 to 120000"),
        "{}",
        human.stdout
    );
}

/// An I/O error is said once, with what could not be read.
#[test]
fn a_missing_plan_file_is_said_once() {
    let out = Test::new().args(&["--plan", "missing.toml", "check"]).run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: cannot read missing.toml: No such file or directory (os error 2)\n"
    );
}

/// The caret under a finding stands under the text it points at, as a
/// terminal draws the line (by grapheme cluster), after wide characters,
/// emoji sequences and emoji with a presentation selector.
#[test]
fn the_caret_stands_under_its_text_after_wide_characters() {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    let columns = |text: &str| -> usize { text.graphemes(true).map(UnicodeWidthStr::width).sum() };
    for audience in ["❤️❤️❤️", "👩‍💻👩‍💻", "城市", "🇷🇴 e\u{301}", "☺️ ✌️"] {
        let plan = format!(
            "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-06-01\naudience = [\"{audience}\", 5]\n"
        );
        let out = Test::new().plan(&plan).args(&["check"]).run();
        let lines: Vec<&str> = out.stdout.lines().collect();
        let quoted = lines
            .iter()
            .position(|l| l.starts_with("8 | "))
            .expect("the quoted line");
        let (source, caret) = (lines[quoted], lines[quoted + 1]);
        let five = columns(&source[..source.rfind('5').unwrap()]);
        assert_eq!(caret.find('^'), Some(five), "{audience}:\n{}", out.stdout);
    }
}

/// A meeting whose `first` is before its phase is an error that says so
/// (not that it has no date inside), and its meetings inside the phase are
/// still shown; one whose `first` is after the phase has none.
#[test]
fn a_meeting_first_before_its_phase_keeps_the_meetings_inside() {
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = 2025-01-10\nend = 2025-03-20\n\n[[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"p\"\nevery_months = 1\nfirst = 2025-01-05\n";
    let check = Test::new().plan(plan).args(&["check", "--format", "json"]).run();
    let json = check.json();
    let finding = &json["diagnostics"][0];
    assert_eq!(finding["code"], "recurring-outside-phase");
    assert_eq!(finding["line"], 15);
    let message = finding["message"].as_str().unwrap();
    assert!(message.contains("starts before its phase"), "{message}");
    assert!(!message.contains("no date inside"), "{message}");
    let status = Test::new()
        .plan(plan)
        .args(&["status", "--format", "json", "--today", "2025-01-01"])
        .run();
    let dates: Vec<String> = status.json()["recurring"][0]["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["date"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(dates, ["2025-02-05", "2025-03-05"]);
    let after = plan.replace("first = 2025-01-05", "first = 2025-04-05");
    let status = Test::new()
        .plan(&after)
        .args(&["status", "--format", "json", "--today", "2025-01-01"])
        .run();
    assert_eq!(status.json()["recurring"][0]["occurrences"], serde_json::json!([]));
}

/// `allow` on an item and in `[check]` (design.md, "Findings"): accepted
/// findings are not shown and do not count, the summary counts them, and
/// an `allow` that accepts nothing is a note.
mod accepted {
    use super::*;

    const PHASES: &str = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2020-09\"\nend = \"2021-02\"\nmonths = 5\nALLOW_A\n\n[[phase]]\nid = \"b\"\nname = \"B\"\nstart = \"2021-03\"\nend = \"2021-04\"\nmonths = 3\n";

    fn plan(allow_a: &str, check: &str) -> String {
        format!("{}{check}", PHASES.replace("ALLOW_A\n", allow_a))
    }

    fn check(plan: &str, extra: &[&str]) -> common::Output {
        let mut args = vec!["check", "--today", "2021-01-01"];
        args.extend_from_slice(extra);
        Test::new().plan(plan).args(&args).run()
    }

    #[test]
    fn an_items_allow_accepts_its_own_findings_only() {
        let plan = plan("allow = [\"months-mismatch\"]\n", "");
        let out = check(&plan, &["--format", "json"]);
        let json = out.json();
        // `a`'s mismatch is accepted; `b`'s (3 stated, 2 counted) is not.
        assert_eq!(
            out.diagnostics(),
            vec![(
                "months-mismatch".into(),
                "warning".into(),
                Some(line_of(&plan, "months = 3"))
            )]
        );
        assert_eq!(
            (json["warnings"].as_u64(), json["allowed"].as_u64()),
            (Some(1), Some(1))
        );
        let human = check(&plan, &["--strict"]);
        assert_eq!(human.code, 1);
        assert!(
            human.stdout.ends_with(
                "plan.toml: 0 errors, 1 warning, 0 notes (1 finding allowed); the plan fails under --strict\n"
            ),
            "{}",
            human.stdout
        );
    }

    #[test]
    fn the_check_table_accepts_a_code_everywhere() {
        let plan = plan("", "\n[check]\nallow = [\"months-mismatch\"]\n");
        let out = check(&plan, &["--strict"]);
        assert_eq!(out.code, 0, "{}", out.stdout);
        assert_eq!(
            out.stdout,
            "plan.toml: no problems found (2 phases, 0 milestones, 0 workshops, 0 recurring meetings, 0 KPIs); 2 findings allowed\n"
        );
        let json = check(&plan, &["--format", "json", "--strict"]).json();
        assert_eq!((&json["ok"], json["allowed"].as_u64()), (&true.into(), Some(2)));
    }

    #[test]
    fn an_allow_that_accepts_nothing_is_a_note() {
        let plan = plan(
            "allow = [\"same-day\"]\n",
            "\n[check]\nallow = [\"no-phase\", \"months-mismatch\", \"overdue\", \"done-in-future\"]\n",
        );
        let out = check(&plan, &["--format", "json", "--strict"]);
        assert_eq!(out.code, 0, "{}", out.stdout);
        let same_day = line_of(&plan, "allow = [\"same-day\"]");
        let no_phase = line_of(&plan, "allow = [\"no-phase\"");
        assert_eq!(
            out.diagnostics(),
            vec![
                ("unused-allow".into(), "note".into(), Some(same_day)),
                // `overdue` and `done-in-future` depend on the day: never unused.
                ("unused-allow".into(), "note".into(), Some(no_phase)),
            ]
        );
        let json = out.json();
        let d = &json["diagnostics"];
        assert_eq!(
            d[0]["message"],
            "phase `a`: `allow` accepts `same-day`, but nothing it covers has that finding"
        );
        assert_eq!((&d[0]["column"], &d[0]["end_column"]), (&10.into(), &20.into()));
        assert_eq!(d[0]["help"], "remove `\"same-day\"` from `allow`");
        assert_eq!(
            d[1]["message"],
            "[check]: `allow` accepts `no-phase`, but nothing it covers has that finding"
        );
        assert_eq!(json["allowed"], 2);
    }

    /// A finding that shows two items (`same-day`) is accepted by an
    /// `allow` on either: the first event's as well as the second's.
    #[test]
    fn an_allow_on_either_item_a_finding_shows_accepts_it() {
        let events = |allow_a: &str, allow_b: &str| {
            format!(
                "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2025-02-03\n{allow_a}\n\
                 [[workshop]]\nid = \"b\"\ntitle = \"B\"\ndate = 2025-02-03\n{allow_b}"
            )
        };
        for plan in [
            events("allow = [\"same-day\"]\n", ""),
            events("", "allow = [\"same-day\"]\n"),
        ] {
            let out = Test::new()
                .plan(&plan)
                .args(&["check", "--format", "json", "--today", "2025-01-01"])
                .run();
            let json = out.json();
            assert_eq!(out.diagnostics(), vec![], "{plan}");
            assert_eq!(json["allowed"], 1);
        }
    }

    /// An entry written twice that accepts nothing is said once.
    #[test]
    fn a_repeated_unused_entry_is_one_note() {
        let plan = plan("allow = [\"same-day\", \"same-day\"]\n", "");
        let out = check(&plan, &["--format", "json"]);
        let codes: Vec<String> = out.diagnostics().into_iter().map(|(code, ..)| code).collect();
        assert_eq!(
            codes,
            ["months-mismatch", "unused-allow", "duplicate-entry", "months-mismatch"],
            "{}",
            out.stdout
        );
    }

    /// While the plan has errors, rules hold back what they would say of
    /// a broken item: its `allow` only seems unused, and is not called so.
    #[test]
    fn no_unused_allow_while_the_plan_has_errors() {
        let plan = plan("allow = [\"months-mismatch\"]\nmnths = 1\n", "");
        let out = check(&plan, &["--format", "json"]);
        let codes: Vec<String> = out.diagnostics().into_iter().map(|(code, ..)| code).collect();
        assert_eq!(codes, ["unknown-key", "months-mismatch"], "{}", out.stdout);
    }

    #[test]
    fn errors_and_unknown_codes_cannot_be_allowed() {
        let plan = plan(
            "",
            "\n[check]\nallow = [\"dependency-order\", \"months-mismath\", \"unused-allow\"]\n",
        );
        let out = check(&plan, &["--format", "json"]);
        assert_eq!(out.code, 1);
        let json = out.json();
        let d: Vec<&serde_json::Value> = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "invalid-value")
            .collect();
        assert_eq!(d.len(), 3);
        assert_eq!(
            d[0]["message"],
            "[check]: `allow`: `dependency-order` is an error, and an error cannot be allowed"
        );
        assert_eq!(
            d[0]["help"],
            "fix what it finds; `allow` takes warnings and notes, which a plan may keep on purpose"
        );
        assert_eq!(d[1]["message"], "[check]: `allow = \"months-mismath\"` is not allowed");
        assert_eq!(d[1]["help"], "did you mean `months-mismatch`?");
        assert_eq!(d[2]["message"], "[check]: `allow = \"unused-allow\"` is not allowed");
        let line = line_of(&plan, "allow = [\"dependency-order\"");
        assert!(d.iter().all(|d| d["line"] == line));
    }

    #[test]
    fn views_and_edits_honour_it() {
        let plan = plan(
            "allow = [\"months-mismatch\"]\n",
            "\n[check]\nallow = [\"months-mismatch\"]\n",
        );
        // A view says nothing of accepted findings.
        let status = Test::new().plan(&plan).args(&["phases", "--today", "2021-01-01"]).run();
        assert_eq!((status.code, status.stderr.as_str()), (0, ""));
        // An edit keeps the `allow` lines, and the edited plan still accepts them.
        let test = Test::new().plan(&plan).args(&[
            "add-milestone",
            "--id",
            "m",
            "--name",
            "M",
            "--date",
            "2021-04-15",
            "--today",
            "2021-01-01",
        ]);
        let edit = test.run();
        assert_eq!(edit.code, 0, "{}", edit.stderr);
        let text = std::fs::read_to_string(test.path("plan.toml")).unwrap();
        assert_eq!(text.matches("allow = [\"months-mismatch\"]").count(), 2);
        let after = test
            .reset_args()
            .args(&["check", "--strict", "--today", "2021-01-01"])
            .run();
        assert_eq!(after.code, 0, "{}", after.stdout);
        assert!(after.stdout.contains("; 2 findings allowed"), "{}", after.stdout);
    }
}
