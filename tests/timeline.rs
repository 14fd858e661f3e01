//! `icc timeline`: the chart in a terminal, as SVG and as Mermaid.

mod common;

use common::{Test, root};
use snapbox::{assert_data_eq, file};
use unicode_width::UnicodeWidthStr;

fn shipped() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

fn timeline(args: &[&str]) -> common::Output {
    let mut all = vec!["timeline"];
    all.extend_from_slice(args);
    let out = Test::new().plan(&shipped()).args(&all).run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
    out
}

#[test]
fn text_chart_at_three_widths_and_two_dates() {
    let during = |w: &str| timeline(&["--today", "2021-11-28", "--width", w]).stdout;
    let before = |w: &str| timeline(&["--today", "2020-06-01", "--width", w]).stdout;
    assert_data_eq!(during("60"), file!["snapshots/timeline-during-60.txt"].raw());
    assert_data_eq!(during("100"), file!["snapshots/timeline-during-100.txt"].raw());
    assert_data_eq!(during("160"), file!["snapshots/timeline-during-160.txt"].raw());
    assert_data_eq!(before("60"), file!["snapshots/timeline-before-60.txt"].raw());
    assert_data_eq!(before("100"), file!["snapshots/timeline-before-100.txt"].raw());
    assert_data_eq!(before("160"), file!["snapshots/timeline-before-160.txt"].raw());
}

#[test]
fn no_line_is_wider_than_the_width() {
    for width in 40..=200 {
        let out = timeline(&["--today", "2021-11-28", "--width", &width.to_string()]);
        for line in out.stdout.lines() {
            assert!(
                line.width() <= width,
                "--width {width}: {line:?} is {} wide",
                line.width()
            );
        }
        // The chart uses the room it has: its widest line is close to the width.
        let widest = out.stdout.lines().map(UnicodeWidthStr::width).max().unwrap();
        assert!(widest + 8 >= width, "--width {width}: widest line {widest}");
    }
}

#[test]
fn a_window_shows_only_its_months() {
    let out = timeline(&[
        "--today",
        "2021-11-28",
        "--from",
        "2021-01",
        "--to",
        "2021-06",
        "--width",
        "80",
    ]);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert!(lines[1].trim_start().starts_with("2021"), "{}", out.stdout);
    assert_eq!(
        lines[2].split_whitespace().collect::<Vec<_>>(),
        ["J", "F", "M", "A", "M", "J"],
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("today 2021-11-28 (outside the chart)"),
        "{}",
        out.stdout
    );
    let bad = Test::new()
        .plan(&shipped())
        .args(&["timeline", "--from", "2022-01", "--to", "2021-01"])
        .run();
    assert_eq!(bad.code, 2);
    assert_eq!(bad.stderr, "error: --to 2021-01 is before --from 2022-01\n");
    let not_a_date = Test::new()
        .plan(&shipped())
        .args(&["timeline", "--from", "martie 2021"])
        .run();
    assert_eq!(not_a_date.code, 2);
}

#[test]
fn colour_only_when_on() {
    assert!(!timeline(&["--today", "2021-11-28"]).stdout.contains('\x1b'));
    let coloured = timeline(&["--today", "2021-11-28", "--color", "always"]).stdout;
    assert!(coloured.contains("\x1b[33m█"), "the active phase is yellow");
    let plain: String = strip_ansi(&coloured);
    assert_eq!(
        plain,
        timeline(&["--today", "2021-11-28"]).stdout,
        "colour adds codes, nothing else"
    );
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn mermaid_for_the_shipped_plan() {
    let out = timeline(&["--today", "2021-11-28", "--format", "mermaid"]);
    assert_data_eq!(out.stdout, file!["snapshots/timeline.mmd"].raw());
}

#[test]
fn mermaid_escapes_what_its_grammar_cannot_hold() {
    let plan = "[project]\nname = \"A; B # C\"\n\n[[phase]]\nid = \"done\"\nname = \"Faza 1: start; 50%\"\nstart = \"2021-01\"\nend = \"2021-02\"\n\n[[workshop]]\nid = \"2021-ws\"\ntitle = \"Interviuri 1:1 #2\"\ndate = 2021-01-10\nphase = \"done\"\nstatus = \"done\"\n";
    let out = Test::new()
        .plan(plan)
        .args(&["timeline", "--format", "mermaid", "--today", "2021-06-01"])
        .run();
    assert_eq!(
        out.stdout,
        "gantt\n    title A#59; B #35; C\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m\n    section Faza 1#58; start#59; 50#37;\n    Faza 1#58; start#59; 50#37; :done, t-done, 2021-01-01, 2021-03-01\n    Interviuri 1#58;1 #35;2 :milestone, done, t-2021-ws, 2021-01-10, 0d\n"
    );
}

#[test]
fn svg_holds_every_phase_and_event_in_order() {
    let out = timeline(&["--today", "2021-11-28", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&out.stdout).expect("well-formed XML");
    let svg = doc.root_element();
    assert_eq!(svg.tag_name().name(), "svg");
    let class = |n: &roxmltree::Node, c: &str| n.attribute("class") == Some(c);
    let number = |n: &roxmltree::Node, a: &str| n.attribute(a).and_then(|v| v.parse::<f64>().ok()).unwrap();

    let phases: Vec<String> = svg
        .descendants()
        .filter(|n| class(n, "phase"))
        .map(|n| n.attribute("data-id").unwrap().to_owned())
        .collect();
    assert_eq!(phases, ["pregatire", "roadmap", "implementare", "revizuire"]);
    let bars: Vec<f64> = svg
        .descendants()
        .filter(|n| class(n, "bar"))
        .map(|n| number(&n, "x"))
        .collect();
    assert_eq!(bars.len(), 4);
    assert!(bars.windows(2).all(|w| w[0] < w[1]), "bars in date order: {bars:?}");
    let states: Vec<&str> = svg
        .descendants()
        .filter(|n| class(n, "bar"))
        .map(|n| n.attribute("data-state").unwrap())
        .collect();
    assert_eq!(states, ["done", "done", "active", "upcoming"]);

    let events: Vec<&str> = svg
        .descendants()
        .filter(|n| class(n, "event"))
        .map(|n| n.attribute("data-id").unwrap())
        .collect();
    assert_eq!(
        events,
        [
            "interviuri",
            "ws-accelerare",
            "ws-evaluare-nevoi",
            "ws-parti-interesate",
            "lansare-locala",
            "ws-maturitate-strategie"
        ]
    );
    let recurring: Vec<&str> = svg
        .descendants()
        .filter(|n| class(n, "recurring"))
        .map(|n| n.attribute("data-date").unwrap())
        .collect();
    assert_eq!(recurring, ["2021-10", "2022-03"]);

    // The today line falls between the lines of November and December 2021.
    let month_x = |m: &str| {
        svg.descendants()
            .find(|n| class(n, "month") && n.attribute("data-month") == Some(m))
            .map(|n| number(&n, "x1"))
            .unwrap()
    };
    let today = svg.descendants().find(|n| class(n, "today")).expect("today line");
    let line = today.children().find(|n| n.has_tag_name("line")).unwrap();
    let x = number(&line, "x1");
    assert!(month_x("2021-11") < x && x < month_x("2021-12"), "today at {x}");
    // Titles keep the plan's Romanian text.
    assert!(
        svg.descendants()
            .any(|n| n.text() == Some("Detaliere ambiții și roadmap (foaie de parcurs) (roadmap): 2021-02 – 2021-04")),
        "bar title"
    );
}

#[test]
fn svg_is_the_same_bytes_for_the_same_plan_and_day() {
    let a = timeline(&["--today", "2021-11-28", "--format", "svg"]).stdout;
    let b = timeline(&["--today", "2021-11-28", "--format", "svg"]).stdout;
    assert_eq!(a, b);
    assert_data_eq!(a, file!["snapshots/timeline.svg"].raw());
}

#[test]
fn svg_escapes_plan_text() {
    let plan = "[project]\nname = \"<Arad> & \\\"„ICC”\\\"\"\n\n[[phase]]\nid = \"a\"\nname = \"A < B\"\nstart = \"2021-01\"\nend = \"2021-02\"\n";
    let out = Test::new().plan(plan).args(&["timeline", "--format", "svg"]).run();
    let doc = roxmltree::Document::parse(&out.stdout).expect("well-formed XML");
    let title = doc.root_element().children().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some("<Arad> & \"„ICC”\""));
}

/// Control characters in plan text never reach the reader of a chart: a
/// title that would retitle or clear a terminal is written harmless.
#[test]
fn control_characters_do_not_reach_a_mermaid_reader() {
    let plan = "[project]\nname = \"Evil\\u001b]0;pwned\\u0007 \\u001b[2J\"\n\n[[phase]]\nid = \"p\"\nname = \"A\\u001b[31mB\"\nstart = \"2021-01\"\nend = \"2021-06\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\\u009b1m\"\ndate = 2021-02-01\nphase = \"p\"\n";
    let out = common::Test::new()
        .plan(plan)
        .args(&["timeline", "--format", "mermaid"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Evil"), "{}", out.stdout);
    let control: Vec<char> = out.stdout.chars().filter(|c| c.is_control() && *c != '\n').collect();
    assert!(control.is_empty(), "{control:?} in {:?}", out.stdout);
}
