//! Whatever a plan says, every command ends, with a finding where the plan
//! asks for the absurd, and without a panic: dates past the calendar,
//! meetings by the million, words a screen long, cycles through thousands of
//! phases. (How long they take is measured in `benches/scaling.rs`, not
//! here.)

mod common;

use common::Test;

const EVERY_VIEW: &[&[&str]] = &[
    &["check"],
    &["check", "--format", "json"],
    &["check", "--format", "github"],
    &["status"],
    &["status", "--format", "json"],
    &["phases"],
    &["workshops"],
    &["timeline"],
    &["timeline", "--format", "svg"],
    &["timeline", "--format", "mermaid"],
    &["export", "--format", "json"],
    &["export", "--format", "csv"],
    &["export", "--format", "ics"],
];

/// A command's outcome is an exit code icc chose, never a panic.
fn assert_ends_cleanly(plan: &str, expected: i32) {
    for args in EVERY_VIEW {
        let out = Test::new().plan(plan).args(args).run();
        assert!(!out.stderr.contains("panicked"), "{args:?}: {}", out.stderr);
        assert_eq!(out.code, expected, "{args:?}: {}", out.stderr);
    }
}

#[test]
fn help_and_version_that_cannot_be_written_exit_2() {
    for flag in ["--help", "--version"] {
        let full = std::fs::File::options().write(true).open("/dev/full").unwrap();
        let out = std::process::Command::new(common::ICC)
            .arg(flag)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("cannot write the output"), "{flag}: {stderr}");
    }
}

#[test]
fn a_chain_past_the_calendar_is_a_finding_not_a_panic() {
    let mut plan = String::from(
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p0\"\nname = \"P0\"\nstart = \"2021-01\"\nmonths = 50000\n",
    );
    for i in 1..4 {
        plan += &format!(
            "\n[[phase]]\nid = \"p{i}\"\nname = \"P{i}\"\nafter = [\"p{}\"]\nmonths = 50000\n",
            i - 1
        );
    }
    plan += "\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 9999-12-31\n";
    assert_ends_cleanly(&plan, 1);
    let out = Test::new().plan(&plan).args(&["check", "--format", "json"]).run();
    let json = out.json();
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"date-out-of-range"), "{codes:?}");
    // A phase after one that ends on the calendar's last day would start after it.
    let late = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"9999-01\"\nend = \"9999-12\"\n\n[[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\"]\nmonths = 1\n";
    let out = Test::new().plan(late).args(&["check", "--format", "json"]).run();
    let message = out.json()["diagnostics"][0]["message"].as_str().unwrap().to_owned();
    assert_eq!(
        message,
        "phase `b` would start after 9999-12-31, outside the calendar icc writes (the years 0001 to 9999)"
    );
    // Year 0000 is not a date icc reads.
    let zero = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"0000-01\"\nmonths = 2\n";
    let out = Test::new().plan(zero).args(&["check", "--format", "json"]).run();
    assert_eq!(out.json()["diagnostics"][0]["args"]["problem"], "year-zero");
}

#[test]
fn absurd_recurring_meetings_are_bounded() {
    let mut plan = String::from(
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"0001-01\"\nend = \"9999-12\"\n",
    );
    for i in 0..100 {
        plan += &format!("\n[[recurring]]\nid = \"r{i}\"\ntitle = \"R{i}\"\nphase = \"p\"\nevery_months = 1\n");
    }
    for args in [&["timeline", "--format", "mermaid"][..], &["export", "--format", "ics"]] {
        let out = Test::new().plan(&plan).args(args).run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    }
    let status = Test::new().plan(&plan).args(&["status", "--format", "json"]).run();
    let json = status.json();
    let kept: Vec<usize> = json["recurring"]
        .as_array()
        .unwrap()
        .iter()
        .map(|meeting| meeting["occurrences"].as_array().unwrap().len())
        .collect();
    // 1,000 a meeting, 10,000 in all.
    assert_eq!(kept[..10], [1000; 10]);
    assert!(kept[10..].iter().all(|&n| n == 0), "{kept:?}");
    let check = Test::new().plan(&plan).args(&["check", "--format", "json"]).run();
    let json = check.json();
    assert_eq!(json["warnings"], 11);
    assert_eq!(json["diagnostics"][0]["args"]["count"], 119988);
    let all = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["args"]["kept"] == 10000)
        .unwrap();
    assert_eq!(all["args"]["id"], "r10");
}

#[test]
fn a_long_unbroken_title_is_cut_in_tables() {
    let title = "a".repeat(320_000);
    let plan = format!(
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-12\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"{title}\"\ndate = 2021-03-01\nphase = \"p\"\n"
    );
    for args in [
        &["workshops", "--width", "100"][..],
        &["status", "--width", "100"],
        &["timeline", "--width", "100"],
    ] {
        let out = Test::new().plan(&plan).args(args).run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        let widest = out.stdout.lines().map(|l| l.chars().count()).max().unwrap_or(0);
        assert!(widest <= 100, "{args:?}: a line of {widest} columns");
        assert!(out.stdout.len() < 100_000, "{args:?}: {} bytes", out.stdout.len());
    }
}

#[test]
fn a_long_cycle_shows_a_few_of_its_places() {
    let n = 20_000;
    let mut plan = String::from("[project]\nname = \"T\"\n");
    for i in 0..n {
        plan += &format!(
            "\n[[phase]]\nid = \"p{i}\"\nname = \"P\"\nafter = [\"p{}\"]\nmonths = 1\n",
            (i + 1) % n
        );
    }
    let out = Test::new().plan(&plan).args(&["check"]).run();
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout.matches("error[dependency-cycle]").count(), 1);
    let places = out.stdout.matches(" is after `").count();
    assert!(places <= 10, "{places} places shown");
    let json = Test::new().plan(&plan).args(&["check", "--format", "json"]).run();
    let cycle = &json.json()["diagnostics"][0];
    assert_eq!(cycle["args"]["cycle"].as_array().unwrap().len(), n + 1);
}

/// The last day of the calendar can be written in every format: where a
/// format wants the day after (iCalendar's DTEND, Mermaid's end), the
/// length is written instead of a year 10000.
#[test]
fn the_last_day_of_the_calendar_is_written_everywhere() {
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"9999-01\"\nend = \"9999-12\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 9999-12-31\nphase = \"p\"\n\n[[workshop]]\nid = \"s\"\ntitle = \"S\"\ndate = 9999-12-20\nend = 9999-12-31\nphase = \"p\"\n";
    assert_ends_cleanly(plan, 0);
    for args in EVERY_VIEW {
        let out = Test::new().plan(plan).args(args).run();
        assert!(
            !out.stdout.contains("10000") && !out.stdout.contains("+1000"),
            "{args:?}: {}",
            out.stdout
        );
    }
    let ics = Test::new().plan(plan).args(&["export", "--format", "ics"]).run();
    let calendar = ical::IcalParser::new(ics.stdout.as_bytes()).next().unwrap().unwrap();
    let durations: Vec<Option<String>> = calendar
        .events
        .iter()
        .map(|e| {
            e.properties
                .iter()
                .find(|p| p.name == "DURATION")
                .and_then(|p| p.value.clone())
        })
        .collect();
    assert_eq!(durations, [Some("P12D".to_owned()), Some("P1D".to_owned())]);
    let mermaid = Test::new().plan(plan).args(&["timeline", "--format", "mermaid"]).run();
    assert!(
        mermaid.stdout.contains("    P :p, 9999-01-01, 365d\n"),
        "{}",
        mermaid.stdout
    );
}
