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
        // The chart uses the room it has: its widest line is close to the
        // width. A month is a whole number of columns (the ticks are
        // regular), so less than a column a month (25 months) is left over.
        let widest = out.stdout.lines().map(UnicodeWidthStr::width).max().unwrap();
        assert!(widest + 25 > width, "--width {width}: widest line {widest}");
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
    assert!(coloured.contains("\x1b[33m▓"), "the active phase is yellow");
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
    // Two months: a short chart, whose axis names days.
    let plan = "[project]\nname = \"A; B # C\"\n\n[[phase]]\nid = \"done\"\nname = \"Faza 1: start; 50%\"\nstart = \"2021-01\"\nend = \"2021-02\"\n\n[[workshop]]\nid = \"2021-ws\"\ntitle = \"Interviuri 1:1 #2\"\ndate = 2021-01-10\nphase = \"done\"\nstatus = \"done\"\n";
    let out = Test::new()
        .plan(plan)
        .args(&["timeline", "--format", "mermaid", "--today", "2021-06-01"])
        .run();
    assert_eq!(
        out.stdout,
        "gantt\n    title A#59; B #35; C\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m-%d\n    section Faza 1#58; start#59; 50#37;\n    Faza 1#58; start#59; 50#37; :done, t-done, 2021-01-01, 2021-03-01\n    Interviuri 1#58;1 #35;2 :done, t-2021-ws, 2021-01-10, 2021-01-11\n"
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
    // In English, asked for: the plan's own language is Romanian
    // (tests/timeline_ro.rs holds that picture).
    let a = timeline(&["--today", "2021-11-28", "--format", "svg", "--lang", "en"]).stdout;
    let b = timeline(&["--today", "2021-11-28", "--format", "svg", "--lang", "en"]).stdout;
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

// ── Axis, legend, cancelled events, widths and windows ──────────────────

/// A plan over four and a half years, from the middle of 2019.
const FIVE_YEARS: &str = "[project]\nname = \"Five years\"\n\n[[phase]]\nid = \"a\"\nname = \"Start\"\nstart = \"2019-07\"\nend = \"2020-12\"\n\n[[phase]]\nid = \"b\"\nname = \"Build\"\nstart = \"2021-01\"\nend = \"2023-12\"\nafter = [\"a\"]\n\n[[workshop]]\nid = \"w\"\ntitle = \"Launch\"\ndate = 2021-03-10\nphase = \"b\"\nstatus = \"done\"\n";

/// A plan of four weeks, Monday 5 to Friday 30 April 2021, with a
/// workshop done, one cancelled and one of three days to come.
const FOUR_WEEKS: &str = "[project]\nname = \"Sprint\"\n\n[[phase]]\nid = \"p\"\nname = \"Pilot\"\nstart = 2021-04-05\nend = 2021-04-30\n\n[[workshop]]\nid = \"a\"\ntitle = \"Kickoff\"\ndate = 2021-04-06\nphase = \"p\"\nstatus = \"done\"\n\n[[workshop]]\nid = \"c\"\ntitle = \"Dropped\"\ndate = 2021-04-14\nphase = \"p\"\nstatus = \"cancelled\"\n\n[[workshop]]\nid = \"b\"\ntitle = \"Review\"\ndate = 2021-04-20\nend = 2021-04-22\nphase = \"p\"\n";

/// `icc timeline ARGS` on a plan of its own, which must pass.
fn timeline_of(plan: &str, args: &[&str]) -> String {
    let mut all = vec!["timeline"];
    all.extend_from_slice(args);
    let out = Test::new().plan(plan).args(&all).run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
    out.stdout
}

/// The words of an axis line and the column each starts at (axis lines are
/// ASCII: a character a column).
fn words(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices().chain([(line.len(), ' ')]) {
        match (c == ' ', start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, &line[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The ticks' labels are all of one step, one after the other with none
/// left out, and equally far apart.
fn assert_regular_ticks(line: &str, context: &str) {
    let ticks = words(line);
    assert!(ticks.len() >= 2, "{context}: ticks {line:?}");
    let gaps: Vec<usize> = ticks.windows(2).map(|w| w[1].0 - w[0].0).collect();
    assert!(
        gaps.iter().all(|g| *g == gaps[0]),
        "{context}: gaps {gaps:?} in {line:?}"
    );
    let labels: Vec<&str> = ticks.iter().map(|(_, t)| *t).collect();
    let next = |a: &str, b: &str| match (a.as_bytes(), b.as_bytes()) {
        ([b'Q', x], [b'Q', y]) => y - b'0' == (x - b'0') % 4 + 1,
        ([b'H', x], [b'H', y]) => y - b'0' == (x - b'0') % 2 + 1,
        (b"|", b"|") => true,
        // Days of the month: a day or a week later.
        (x, y) if x.iter().chain(y).all(u8::is_ascii_digit) => x != y,
        _ => false,
    };
    let months = "JFMAMJJASOND".repeat(2);
    let in_month_order = (0..12).any(|start| {
        labels
            .iter()
            .enumerate()
            .all(|(i, l)| l.len() == 1 && months.as_bytes()[(start + i) % 12] == l.as_bytes()[0])
    });
    assert!(
        in_month_order || labels.windows(2).all(|w| next(w[0], w[1])),
        "{context}: ticks not of one step in order: {labels:?}"
    );
}

#[test]
fn ticks_are_regular_at_every_width() {
    for width in 40..=200 {
        let w = width.to_string();
        let shipped = timeline(&["--today", "2021-11-28", "--width", &w]).stdout;
        let five = timeline_of(FIVE_YEARS, &["--today", "2022-01-01", "--width", &w]);
        for (name, out) in [("plan.toml", &shipped), ("five years", &five)] {
            let line = out.lines().nth(2).unwrap();
            assert_regular_ticks(line, &format!("{name} --width {width}"));
        }
    }
    // The step follows the room: months where they fit, quarters, halves.
    let ticks = |plan: &str, width: &str| {
        let out = timeline_of(plan, &["--today", "2022-01-01", "--width", width]);
        words(out.lines().nth(2).unwrap())
            .into_iter()
            .map(|(_, t)| t.to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(ticks(&shipped(), "100")[..4], ["S", "O", "N", "D"]);
    assert_eq!(ticks(&shipped(), "60")[..3], ["Q4", "Q1", "Q2"]);
    assert_eq!(ticks(FIVE_YEARS, "40")[..3], ["H2", "H1", "H2"]);
}

#[test]
fn every_year_is_named_at_every_width() {
    for width in 40..=200 {
        let w = width.to_string();
        let shipped = timeline(&["--today", "2021-11-28", "--width", &w]).stdout;
        let five = timeline_of(FIVE_YEARS, &["--today", "2022-01-01", "--width", &w]);
        for (out, years) in [(&shipped, 2020..=2022), (&five, 2019..=2023)] {
            let line = out.lines().nth(1).unwrap();
            let named: Vec<&str> = words(line).into_iter().map(|(_, t)| t).collect();
            let expected: Vec<String> = years.clone().map(|y| y.to_string()).collect();
            let short: Vec<String> = years.map(|y| format!("'{}", y % 100)).collect();
            assert!(
                named == expected || named == short,
                "--width {width}: years {named:?}\n{out}"
            );
        }
    }
    // Where `2021` does not fit, `'21`.
    let narrow = timeline(&["--today", "2021-11-28", "--width", "40"]).stdout;
    assert_eq!(
        words(narrow.lines().nth(1).unwrap())
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>(),
        ["'20", "'21", "'22"],
        "{narrow}"
    );
}

#[test]
fn a_four_week_plan_is_drawn_in_weeks() {
    let out = timeline_of(FOUR_WEEKS, &["--today", "2021-04-15", "--width", "80"]);
    let lines: Vec<&str> = out.lines().collect();
    // Its month and year above, its Mondays' dates as ticks, a week apart.
    assert_eq!(
        words(lines[1]).into_iter().map(|(_, t)| t).collect::<Vec<_>>()[..2],
        ["Apr", "2021"]
    );
    assert_eq!(
        words(lines[2]).into_iter().map(|(_, t)| t).collect::<Vec<_>>(),
        ["5", "12", "19", "26"],
        "{out}"
    );
    assert_regular_ticks(lines[2], "four weeks");
    // Not widened to whole months: the chart starts on Monday 5 April,
    // where the bar starts, and the bar fills most of it.
    let area = words(lines[2])[0].0;
    let bar = lines.iter().find(|l| l.starts_with("Pilot")).unwrap();
    let bar_cells: Vec<char> = bar.chars().skip(area).collect();
    assert!(matches!(bar_cells[0], '█' | '▓' | '┃'), "{out}");
    let filled = bar_cells.iter().filter(|c| matches!(c, '█' | '▓' | '┃')).count();
    assert!(
        filled * 10 >= (80 - area) * 8,
        "{filled} of {} columns\n{out}",
        80 - area
    );
    // A day or two: each day its own tick.
    let week = "[project]\nname = \"W\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-04-07\nend = 2021-04-08\nstatus = \"done\"\n";
    let out = timeline_of(week, &["--today", "2021-04-07", "--width", "80"]);
    assert_eq!(
        words(out.lines().nth(2).unwrap())
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>(),
        ["5", "6", "7", "8", "9", "10", "11"],
        "{out}"
    );
    // The picture has a line a week, and Mermaid's axis names days.
    let svg = timeline_of(FOUR_WEEKS, &["--today", "2021-04-15", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let weeks: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("week"))
        .map(|n| n.attribute("data-date").unwrap())
        .collect();
    assert_eq!(weeks, ["2021-04-05", "2021-04-12", "2021-04-19", "2021-04-26"]);
    let mermaid = timeline_of(FOUR_WEEKS, &["--today", "2021-04-15", "--format", "mermaid"]);
    assert!(mermaid.contains("    axisFormat %Y-%m-%d\n"), "{mermaid}");
}

/// A character and the escape sequences in force where it is drawn.
type Cell = (char, String);

/// Each character of a line, with the escape sequences in force where it
/// is drawn (`""` for none).
fn styled(line: &str) -> Vec<(char, String)> {
    let mut out = Vec::new();
    let mut style = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            let mut code = String::new();
            for c in chars.by_ref() {
                code.push(c);
                if c == 'm' {
                    break;
                }
            }
            if code == "[0m" || code == "[m" {
                style.clear();
            } else {
                style += &code;
            }
        } else {
            out.push((c, style.clone()));
        }
    }
    out
}

/// Whether a line of a terminal chart is the one that says where today is
/// (under the rows, above the legend), in English or Romanian.
fn is_today_line(line: &str) -> bool {
    line.contains("today 20") || line.contains("azi 20")
}

/// The styled characters of the chart's rows (under the axis, above the
/// line that says where today is) and of the legend (under that line).
fn chart_and_legend(out: &str) -> (Vec<Cell>, Vec<Cell>) {
    let lines: Vec<&str> = out.lines().collect();
    let note = lines
        .iter()
        .position(|l| is_today_line(&strip_ansi(l)))
        .expect("a line for today");
    let cells = |lines: &[&str]| -> Vec<(char, String)> {
        let mut cells: Vec<(char, String)> = lines
            .iter()
            .flat_map(|l| styled(l))
            .filter(|(c, style)| *c != ' ' && !style.is_empty())
            .collect();
        cells.sort();
        cells.dedup();
        cells
    };
    (cells(&lines[3..note]), cells(&lines[note + 1..]))
}

#[test]
fn the_legend_names_every_mark_and_colour_the_chart_uses() {
    let cases = [
        (shipped(), "2021-11-28", "100"),
        (shipped(), "2020-06-01", "60"),
        (shipped(), "2023-01-01", "160"),
        (FOUR_WEEKS.to_owned(), "2021-04-15", "80"),
        (FOUR_WEEKS.to_owned(), "2021-04-01", "40"),
        (FIVE_YEARS.to_owned(), "2022-01-01", "100"),
        (LATE.to_owned(), "2021-07-01", "60"),
        (LATE.to_owned(), "2021-07-01", "30"),
        (LATE.to_owned(), "2022-01-15", "100"),
        (UNDER_WAY.to_owned(), "2024-09-15", "100"),
        (UNDER_WAY.to_owned(), "2024-09-15", "40"),
        (MID_MONTH.to_owned(), "2025-06-05", "100"),
    ];
    for (plan, today, width) in &cases {
        let out = timeline_of(plan, &["--today", today, "--width", width, "--color", "always"]);
        let (chart, legend) = chart_and_legend(&out);
        assert!(!chart.is_empty(), "{out}");
        // Every mark in every colour has its entry, and no entry is for
        // something the chart does not draw.
        assert_eq!(chart, legend, "--today {today} --width {width}\n{out}");
    }
    // The colours named: phases green, yellow, blue by state; events cyan,
    // bold when to come, red when overdue; recurring meetings magenta;
    // today red; a cancelled workshop grey.
    let during = timeline(&["--today", "2021-11-28", "--color", "always"]).stdout;
    for (style, entry) in [
        ("\x1b[32m", "█ phase done"),
        ("\x1b[33m", "▓ phase active"),
        ("\x1b[34m", "░ phase upcoming"),
        ("\x1b[36m", "◆ event, done"),
        ("\x1b[36m", "▬ month or series, done"),
        ("\x1b[1m\x1b[35m", "● recurring meeting, held"),
        ("\x1b[1m\x1b[35m", "○ recurring meeting to come"),
        ("\x1b[31m", "│┃ today"),
    ] {
        assert_legend_entry(&during, style, entry);
    }
    let late = timeline_of(LATE, &["--today", "2021-07-01", "--color", "always"]);
    assert_legend_entry(&late, "\x1b[31m", "! overdue (past, still planned)");
    let sprint = timeline_of(
        FOUR_WEEKS,
        &["--today", "2021-04-01", "--width", "100", "--color", "always"],
    );
    assert_legend_entry(&sprint, "\x1b[1m\x1b[36m", "▭ month or series to come");
    assert_legend_entry(&sprint, "\x1b[90m", "✕ cancelled");
    let coming = "[project]\nname = \"C\"\n\n[[milestone]]\nid = \"m\"\nname = \"M\"\ndate = 2021-04-20\n";
    let coming = timeline_of(coming, &["--today", "2021-04-01", "--color", "always"]);
    assert_legend_entry(&coming, "\x1b[1m\x1b[36m", "◇ event to come");
}

/// The legend of a coloured chart has `entry`, its mark in `style`.
fn assert_legend_entry(out: &str, style: &str, entry: &str) {
    let legend: Vec<(char, String)> = out
        .lines()
        .skip_while(|l| !is_today_line(&strip_ansi(l)))
        .skip(1)
        .flat_map(styled)
        .collect();
    let text: String = legend.iter().map(|(c, _)| *c).collect();
    let at = text.find(entry).unwrap_or_else(|| panic!("{entry:?} not in {text:?}"));
    let (glyph, painted) = &legend[text[..at].chars().count()];
    assert_eq!(
        (*glyph, painted.as_str()),
        (entry.chars().next().unwrap(), style.replace('\x1b', "").as_str()),
        "{entry}"
    );
}

/// The shipped plan with a workshop cancelled in February 2022.
fn with_a_cancelled_workshop() -> String {
    shipped()
        + "\n[[workshop]]\nid = \"ws-anulat\"\ntitle = \"Atelier anulat\"\ndate = 2022-02-15\nphase = \"implementare\"\nstatus = \"cancelled\"\n"
}

#[test]
fn a_cancelled_workshop_is_shown_cancelled() {
    let plan = with_a_cancelled_workshop();
    // In the terminal: a ✕ on its phase's events row, named in the legend.
    let text = timeline_of(&plan, &["--today", "2021-11-28", "--width", "100"]);
    let row = text
        .lines()
        .skip_while(|l| !l.starts_with("Implementare"))
        .nth(1)
        .unwrap();
    assert!(row.starts_with("  └ 1 event"), "{text}");
    assert_eq!(row.matches('✕').count(), 1, "{text}");
    // Under February 2022: the tick of that month is above it.
    let ticks = text.lines().nth(2).unwrap();
    let february = words(ticks).into_iter().filter(|(_, t)| *t == "F").nth(1).unwrap().0;
    let col = row.chars().position(|c| c == '✕').unwrap();
    assert!(
        (february..february + 2).contains(&col),
        "✕ at {col}, February at {february}\n{text}"
    );
    let legend = text.lines().skip_while(|l| !l.contains("today 20")).collect::<Vec<_>>();
    assert!(legend[1..].iter().any(|l| l.contains("✕ cancelled")), "{text}");
    // In the picture: struck out in grey, apart from the events that happen.
    let svg = timeline_of(&plan, &["--today", "2021-11-28", "--format", "svg", "--lang", "en"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let cancelled: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("cancelled"))
        .collect();
    assert_eq!(cancelled.len(), 1);
    assert_eq!(cancelled[0].attribute("data-id"), Some("ws-anulat"));
    assert!(
        cancelled[0].children().any(|n| n.has_tag_name("line")),
        "struck through"
    );
    let tip = cancelled[0].children().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(tip.text(), Some("Atelier anulat: 2022-02-15 (cancelled)"));
    assert!(
        !doc.descendants()
            .any(|n| n.attribute("class") == Some("event") && n.attribute("data-id") == Some("ws-anulat"))
    );
    // The plan's audience reads Romanian: so do its tooltips.
    let svg_ro = timeline_of(&plan, &["--today", "2021-11-28", "--format", "svg"]);
    assert!(
        svg_ro.contains("<title>Atelier anulat: 2022-02-15 (anulat)</title>"),
        "{svg_ro}"
    );
    // In Mermaid, never left out: a task tagged `done` (grey, not to
    // come) whose text says it is cancelled, in the plan's language
    // unless another is asked for.
    let mermaid_ro = timeline_of(&plan, &["--today", "2021-11-28", "--format", "mermaid"]);
    assert!(
        mermaid_ro.contains("\n    ✕ Atelier anulat (anulat) :done, ws-anulat, 2022-02-15, 2022-02-16\n"),
        "{mermaid_ro}"
    );
    let mermaid = timeline_of(&plan, &["--today", "2021-11-28", "--format", "mermaid", "--lang", "en"]);
    let lines: Vec<&str> = mermaid.lines().filter(|l| l.contains("ws-anulat")).collect();
    assert_eq!(
        lines,
        ["    ✕ Atelier anulat (cancelled) :done, ws-anulat, 2022-02-15, 2022-02-16"],
        "{mermaid}"
    );
    // In its phase's section, after the meeting of October 2021.
    let at = |needle: &str| mermaid.find(needle).unwrap_or_else(|| panic!("{needle} in {mermaid}"));
    assert!(at("section Implementare") < at("revizuire-progres, 2021-10-01"));
    assert!(at("revizuire-progres, 2021-10-01") < at("ws-anulat") && at("ws-anulat") < at("2022-03-01"));
}

#[test]
fn mermaid_writes_cancelled_events_as_tasks_escaped() {
    // A cancelled workshop of a month, one whose title would begin a
    // statement and holds `:` and `#`, and a cancelled milestone in no
    // phase: each is a task; the section of events in no phase is written
    // although all its events are cancelled.
    let plan = "[project]\nname = \"C\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-06\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"Survey\"\ndate = \"2021-02\"\nphase = \"p\"\nstatus = \"cancelled\"\n\n[[workshop]]\nid = \"s\"\ntitle = \"section: #1\"\ndate = 2021-03-10\nphase = \"p\"\nstatus = \"cancelled\"\n\n[[milestone]]\nid = \"m\"\nname = \"Launch\"\ndate = 2021-09-01\nstatus = \"cancelled\"\n";
    let mermaid = timeline_of(plan, &["--today", "2021-04-01", "--format", "mermaid"]);
    assert_eq!(
        mermaid,
        "gantt\n    title C\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m\n    section P\n    P :active, p, 2021-01-01, 2021-07-01\n    ✕ Survey (cancelled) :done, w, 2021-02-01, 2021-03-01\n    ✕ #115;ection#58; #35;1 (cancelled) :done, s, 2021-03-10, 2021-03-11\n    section Other events\n    ✕ Launch (cancelled) :milestone, done, m, 2021-09-01, 0d\n"
    );
}

#[test]
fn the_svg_legend_has_an_entry_for_every_mark_and_colour() {
    // A cancelled workshop of a month, struck out as a strip.
    let cancelled_month = FIVE_YEARS.to_owned()
        + "\n[[workshop]]\nid = \"x\"\ntitle = \"X\"\ndate = \"2022-05\"\nphase = \"b\"\nstatus = \"cancelled\"\n";
    for (plan, today) in [
        (with_a_cancelled_workshop(), "2021-11-28"),
        (shipped(), "2020-06-01"),
        (FOUR_WEEKS.to_owned(), "2021-04-15"),
        (LATE.to_owned(), "2021-07-01"),
        (LATE.to_owned(), "2022-01-15"),
        (cancelled_month, "2022-01-01"),
        (UNDER_WAY.to_owned(), "2024-09-15"),
        (derived(), "2024-11-28"),
        (dense(), "2022-03-01"),
    ] {
        let svg = timeline_of(&plan, &["--today", today, "--format", "svg", "--lang", "en"]);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let legend = doc
            .descendants()
            .find(|n| n.attribute("class") == Some("legend"))
            .unwrap();
        // Each shape with its fill and its outline: a filled circle and a
        // hollow one are two marks.
        let paints = |node: roxmltree::Node| -> Vec<(String, String, String)> {
            let mut paints: Vec<(String, String, String)> = node
                .descendants()
                .filter(|n| {
                    n.has_tag_name("rect")
                        || n.has_tag_name("polygon")
                        || n.has_tag_name("circle")
                        || n.has_tag_name("line")
                        || n.has_tag_name("path")
                })
                .map(|n| {
                    let paint = |a: &str| n.attribute(a).unwrap_or("none").to_owned();
                    (n.tag_name().name().to_owned(), paint("fill"), paint("stroke"))
                })
                .collect();
            paints.sort();
            paints.dedup();
            paints
        };
        // What the rows and today's line draw, shape and colour, is what
        // the legend shows.
        let mut drawn: Vec<(String, String, String)> = doc
            .descendants()
            .filter(|n| matches!(n.attribute("class"), Some("phase" | "events" | "today" | "links")))
            .flat_map(paints)
            .collect();
        drawn.sort();
        drawn.dedup();
        assert_eq!(drawn, paints(legend), "--today {today}");
        let words: Vec<&str> = legend
            .descendants()
            .filter_map(|n| n.text())
            .filter(|t| !t.trim().is_empty())
            .collect();
        // Today is outside the chart on 1 June 2020 and 15 January 2022.
        let outside = ["2020-06-01", "2022-01-15"].contains(&today);
        assert_eq!(words.contains(&"today"), !outside, "{words:?}");
    }
}

#[test]
fn the_svg_is_as_wide_as_the_width_says() {
    let size = |args: &[&str]| {
        let mut all = vec!["--today", "2021-11-28", "--format", "svg"];
        all.extend_from_slice(args);
        let svg = timeline(&all).stdout;
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let root = doc.root_element();
        let width: f64 = root.attribute("width").unwrap().parse().unwrap();
        let view: Vec<f64> = root
            .attribute("viewBox")
            .unwrap()
            .split(' ')
            .map(|v| v.parse().unwrap())
            .collect();
        assert_eq!(view[2], width, "{args:?}");
        // Everything drawn is inside the picture.
        for n in root
            .descendants()
            .filter(|n| n.has_tag_name("rect") && n.attribute("x").is_some())
        {
            let x: f64 = n.attribute("x").unwrap().parse().unwrap();
            let w: f64 = n.attribute("width").unwrap().parse().unwrap();
            assert!(x >= 0.0 && x + w <= width, "{args:?}: a rect from {x} to {}", x + w);
        }
        for n in root.descendants().filter(|n| n.has_tag_name("line")) {
            for a in ["x1", "x2"] {
                let x: f64 = n.attribute(a).unwrap().parse().unwrap();
                assert!((0.0..=width).contains(&x), "{args:?}: a line at {x}");
            }
        }
        width
    };
    // 12 pixels a column: the default of 100 columns is the 1200 px it was.
    assert_eq!(size(&[]), 1200.0);
    for columns in [40, 60, 100, 160, 200] {
        assert_eq!(size(&["--width", &columns.to_string()]), f64::from(columns) * 12.0);
    }
}

#[test]
fn mermaid_shows_only_the_window() {
    let mermaid = timeline(&[
        "--today",
        "2021-11-28",
        "--format",
        "mermaid",
        "--from",
        "2021-03",
        "--to",
        "2021-10",
    ])
    .stdout;
    let tasks: Vec<(&str, &str, &str)> = mermaid
        .lines()
        .filter_map(|l| l.split_once(" :").map(|(_, data)| data))
        .map(|data| {
            let fields: Vec<&str> = data
                .split(", ")
                .filter(|f| !["done", "active", "crit", "milestone"].contains(f))
                .collect();
            (fields[0], fields[1], fields[2])
        })
        .collect();
    let ids: Vec<&str> = tasks.iter().map(|t| t.0).collect();
    assert_eq!(
        ids,
        [
            "roadmap",
            "lansare-locala",
            "ws-maturitate-strategie",
            "implementare",
            "revizuire-progres"
        ],
        "{mermaid}"
    );
    for (id, start, end) in &tasks {
        assert!(*start >= "2021-03-01", "{id} starts {start}");
        assert!(*end == "0d" || *end <= "2021-11-01", "{id} ends {end}");
    }
    // Bars that cross an edge are cut there.
    assert!(
        mermaid.contains(":done, roadmap, 2021-03-01, 2021-05-01\n"),
        "{mermaid}"
    );
    assert!(
        mermaid.contains(":active, implementare, 2021-05-01, 2021-11-01\n"),
        "{mermaid}"
    );
    let sections: Vec<&str> = mermaid.lines().filter(|l| l.starts_with("    section ")).collect();
    assert_eq!(sections.len(), 2, "{mermaid}");
    // The same window in the picture holds the same bars and events.
    let svg = timeline(&[
        "--today",
        "2021-11-28",
        "--format",
        "svg",
        "--from",
        "2021-03",
        "--to",
        "2021-10",
    ])
    .stdout;
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let mut drawn: Vec<&str> = doc
        .descendants()
        .filter(|n| matches!(n.attribute("class"), Some("event" | "recurring")))
        .map(|n| n.attribute("data-id").unwrap())
        .chain(
            doc.descendants()
                .filter(|n| n.attribute("class") == Some("bar"))
                .map(|n| n.parent().unwrap().attribute("data-id").unwrap()),
        )
        .collect();
    drawn.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(drawn, expected);
}

// ── Overdue events, meetings held and to come ───────────────────────────

/// A year's pilot: a workshop done in February; on 15 March one still
/// planned and one done; a milestone of May still planned; a workshop in
/// September still planned; a meeting every three months (April, July,
/// October). On 1 July 2021, March's planned workshop and May's milestone
/// are overdue.
const LATE: &str = "[project]\nname = \"Late\"\n\n[[phase]]\nid = \"p\"\nname = \"Pilot\"\nstart = \"2021-01\"\nend = \"2021-12\"\n\n[[workshop]]\nid = \"a\"\ntitle = \"Kickoff\"\ndate = 2021-02-10\nphase = \"p\"\nstatus = \"done\"\n\n[[workshop]]\nid = \"b\"\ntitle = \"Survey\"\ndate = 2021-03-15\nphase = \"p\"\n\n[[workshop]]\nid = \"d\"\ntitle = \"Debrief\"\ndate = 2021-03-15\nphase = \"p\"\nstatus = \"done\"\n\n[[milestone]]\nid = \"m\"\nname = \"Report\"\ndate = \"2021-05\"\nphase = \"p\"\n\n[[workshop]]\nid = \"c\"\ntitle = \"Review\"\ndate = 2021-09-20\nphase = \"p\"\n\n[[recurring]]\nid = \"r\"\ntitle = \"Steering\"\nphase = \"p\"\nevery_months = 3\n";

#[test]
fn an_overdue_event_has_a_mark_of_its_own_in_the_terminal() {
    for width in ["60", "100"] {
        let out = timeline_of(LATE, &["--today", "2021-07-01", "--width", width, "--color", "always"]);
        let plain = strip_ansi(&out);
        let lines: Vec<&str> = plain.lines().collect();
        // A tick a month: the columns of month `i` (0 is January) run from
        // its tick to the next.
        let ticks = words(lines[2]);
        assert_eq!(ticks.len(), 12, "{plain}");
        let month = |i: usize| ticks[i].0..ticks[i + 1].0;
        let row_at = |label: &str| {
            let i = lines.iter().position(|l| l.starts_with(label)).unwrap();
            // Padded: a row's line ends at its last mark.
            let mut row: Vec<char> = lines[i].chars().collect();
            row.resize(row.len().max(ticks[11].0), ' ');
            (row, styled(out.lines().nth(i).unwrap()))
        };
        let in_month = |row: &[char], i: usize| -> String { row[month(i)].iter().collect() };
        let (events, painted) = row_at("  └ 5 events");
        // 15 March: one overdue, one done; the overdue mark wins the column.
        assert_eq!(in_month(&events, 2).trim(), "!", "--width {width}\n{plain}");
        // May, a month-precision milestone: `!` in every column of it.
        assert_eq!(
            in_month(&events, 4),
            "!".repeat(month(4).len()),
            "--width {width}\n{plain}"
        );
        // Done in February, to come in September.
        assert_eq!(in_month(&events, 1).trim(), "◆", "{plain}");
        assert_eq!(in_month(&events, 8).trim(), "◇", "{plain}");
        assert_eq!(events.iter().filter(|c| **c == '!').count(), 1 + month(4).len());
        // Every `!` in red.
        assert!(
            painted.iter().filter(|(c, _)| *c == '!').all(|(_, s)| s == "[31m"),
            "{painted:?}"
        );
        // The meetings: April held, July (today's month) and October to come.
        let (bar, _) = row_at("Pilot");
        assert_eq!(in_month(&bar, 3).matches('●').count(), 1, "{plain}");
        assert_eq!(in_month(&bar, 6).matches('○').count(), 1, "{plain}");
        assert_eq!(in_month(&bar, 9).matches('○').count(), 1, "{plain}");
        assert_eq!(bar.iter().filter(|c| matches!(c, '●' | '○')).count(), 3, "{plain}");
        // The legend names the mark, and not the done one for it.
        assert_legend_entry(&out, "\x1b[31m", "! overdue (past, still planned)");
        assert_legend_entry(&out, "\x1b[1m\x1b[35m", "● recurring meeting, held");
        assert_legend_entry(&out, "\x1b[1m\x1b[35m", "○ recurring meeting to come");
        assert!(!plain.contains("month or series, done"), "{plain}");
    }
    // Once every meeting is over, each is held; nothing overdue, no entry.
    let after = timeline_of(LATE, &["--today", "2022-01-15", "--width", "100"]);
    assert!(after.contains("● recurring meeting, held"), "{after}");
    assert!(!after.contains('○'), "{after}");
    let done = LATE
        .replace(
            "date = 2021-03-15\nphase = \"p\"\n\n",
            "date = 2021-03-15\nphase = \"p\"\nstatus = \"done\"\n\n",
        )
        .replace("date = \"2021-05\"\n", "date = \"2021-05\"\nstatus = \"done\"\n");
    assert_eq!(done.matches("status = \"done\"").count(), 4);
    let done = timeline_of(&done, &["--today", "2021-07-01", "--width", "100"]);
    assert!(!done.contains('!') && !done.contains("overdue"), "{done}");
}

#[test]
fn an_overdue_event_has_a_fill_and_a_legend_entry_of_its_own_in_the_svg() {
    let svg = timeline_of(LATE, &["--today", "2021-07-01", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let class = |n: &roxmltree::Node, c: &str| n.attribute("class") == Some(c);
    // Each overdue event is an event in a group of class `overdue`.
    let overdue: Vec<(&str, &str, &str)> = doc
        .descendants()
        .filter(|n| class(n, "overdue"))
        .map(|g| {
            let mark = g.children().find(|n| class(n, "event")).expect("the event");
            let tip = mark.children().find(|n| n.has_tag_name("title")).unwrap();
            (
                mark.attribute("data-id").unwrap(),
                mark.attribute("fill").unwrap(),
                tip.text().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        overdue,
        [
            ("b", "#c0392b", "Survey: 2021-03-15 (overdue)"),
            ("m", "#c0392b", "Report: 2021-05 (overdue)")
        ]
    );
    // The others keep the colours of done and to come.
    let fills: Vec<(&str, &str)> = doc
        .descendants()
        .filter(|n| class(n, "event"))
        .map(|n| (n.attribute("data-id").unwrap(), n.attribute("fill").unwrap()))
        .collect();
    assert_eq!(
        fills,
        [
            ("a", "#2a7f8f"),
            ("b", "#c0392b"),
            ("d", "#2a7f8f"),
            ("m", "#c0392b"),
            ("c", "#17becf")
        ]
    );
    // Meetings: filled once held, hollow while to come.
    let meetings: Vec<(&str, &str, &str, &str)> = doc
        .descendants()
        .filter(|n| class(n, "recurring"))
        .map(|n| {
            (
                n.attribute("data-date").unwrap(),
                n.attribute("data-state").unwrap(),
                n.attribute("fill").unwrap(),
                n.attribute("stroke").unwrap(),
            )
        })
        .collect();
    assert_eq!(
        meetings,
        [
            ("2021-04", "held", "#8e44ad", "#fff"),
            ("2021-07", "to-come", "#fff", "#8e44ad"),
            ("2021-10", "to-come", "#fff", "#8e44ad")
        ]
    );
    // The legend: the words, each by its swatch.
    let legend = doc.descendants().find(|n| class(n, "legend")).unwrap();
    let entries: Vec<(String, &str, &str)> = legend
        .children()
        .filter(|n| class(n, "entry"))
        .map(|e| {
            let swatch = e.first_element_child().unwrap();
            (
                swatch.tag_name().name().to_owned(),
                swatch.attribute("fill").unwrap_or("none"),
                e.children().find(|n| n.has_tag_name("text")).unwrap().text().unwrap(),
            )
        })
        .collect();
    for entry in [
        // Survey, a workshop of a day; Report, a milestone of a month (a
        // line over the month, and its diamond).
        ("circle", "#c0392b", "workshop overdue (past, still planned)"),
        ("line", "none", "milestone overdue (past, still planned)"),
        ("circle", "#8e44ad", "recurring meeting, held"),
        ("circle", "#fff", "recurring meeting to come"),
    ] {
        assert!(
            entries.contains(&(entry.0.to_owned(), entry.1, entry.2)),
            "{entry:?} not in {entries:?}"
        );
    }
    assert!(!entries.iter().any(|e| e.2 == "milestone, done"), "{entries:?}");
}

#[test]
fn mermaid_tags_an_overdue_event_crit() {
    let mermaid = timeline_of(LATE, &["--today", "2021-07-01", "--format", "mermaid"]);
    assert_eq!(
        mermaid,
        "gantt\n    title Late\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m\n    section Pilot\n    Pilot :active, p, 2021-01-01, 2022-01-01\n    Kickoff :done, a, 2021-02-10, 2021-02-11\n    Survey :crit, b, 2021-03-15, 2021-03-16\n    Debrief :done, d, 2021-03-15, 2021-03-16\n    Steering :milestone, done, r, 2021-04-01, 0d\n    Report :milestone, crit, m, 2021-05-01, 2021-06-01\n    Steering :milestone, r__2, 2021-07-01, 0d\n    Review :c, 2021-09-20, 2021-09-21\n    Steering :milestone, r__3, 2021-10-01, 0d\n"
    );
}

// ── Year labels on long plans ───────────────────────────────────────────

/// A plan of one phase, from month `start` to month `end`.
fn one_phase(start: &str, end: &str) -> String {
    format!("[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"{start}\"\nend = \"{end}\"\n")
}

/// The names above the ticks of a chart of `one_phase`: each with its
/// column.
fn year_names(out: &str) -> Vec<(usize, &str)> {
    words(out.lines().nth(1).unwrap())
}

#[test]
fn years_are_named_at_their_ticks_on_long_plans() {
    // 10, 141 and 9999 years, seen on the first day of a year named at
    // every step.
    for (start, end, today) in [
        ("2020-01", "2029-12", "2020-01-01"),
        ("1990-01", "2130-12", "2000-01-01"),
        ("0001-01", "9999-12", "2000-01-01"),
    ] {
        let plan = one_phase(start, end);
        let (first, last): (i32, i32) = (start[..4].parse().unwrap(), end[..4].parse().unwrap());
        let today_year: i32 = today[..4].parse().unwrap();
        for width in 20..=200 {
            let out = timeline_of(&plan, &["--today", today, "--width", &width.to_string()]);
            let context = format!("{start} – {end} --width {width}\n{out}");
            for line in out.lines() {
                assert!(line.width() <= width, "{context}");
            }
            let lines: Vec<&str> = out.lines().collect();
            let names = year_names(&out);
            assert!(!names.is_empty(), "{context}");
            // Two digits only where no two years of the chart read the same.
            let years: Vec<i32> = names
                .iter()
                .map(|(_, name)| match name.strip_prefix('\'') {
                    Some(yy) => {
                        assert!(last - first < 100, "{context}");
                        let yy: i32 = yy.parse().unwrap();
                        first + (yy - first).rem_euclid(100)
                    }
                    None => {
                        assert_eq!(name.len(), 4, "{context}");
                        name.parse().unwrap()
                    }
                })
                .collect();
            // In order, at a regular step, none twice, all in the chart.
            let steps: Vec<i32> = years.windows(2).map(|w| w[1] - w[0]).collect();
            assert!(steps.iter().all(|s| *s > 0 && *s == steps[0]), "{context}");
            assert!(years.iter().all(|y| (first..=last).contains(y)), "{context}");
            // Each starts at its tick, and every tick where a year starts is
            // named: `|` on a step of years, H1 or Q1 within years.
            let ticks = words(lines[2]);
            let year_ticks: Vec<usize> = ticks
                .iter()
                .filter(|(_, t)| matches!(*t, "|" | "H1" | "Q1"))
                .map(|(col, _)| *col)
                .collect();
            let columns: Vec<usize> = names.iter().map(|(col, _)| *col).collect();
            assert_eq!(columns, year_ticks, "{context}");
            if ticks.len() >= 2 {
                assert_regular_ticks(lines[2], &context);
            }
            // And a tick is where its year starts: today, 1 January, is in
            // the column of its year's name.
            if let Some(i) = years.iter().position(|y| *y == today_year) {
                let bar = lines.iter().find(|l| l.starts_with('P')).unwrap();
                let today_col = bar.chars().position(|c| c == '┃').expect("today on the bar");
                assert_eq!(names[i].0, today_col, "{context}");
            }
        }
    }
    // What the field test saw, now: the years of the ticks, each once.
    let named = |start: &str, end: &str, width: &str| -> Vec<String> {
        let out = timeline_of(&one_phase(start, end), &["--today", "2024-01-01", "--width", width]);
        year_names(&out).into_iter().map(|(_, n)| n.to_owned()).collect()
    };
    assert_eq!(
        named("2020-01", "2029-12", "40"),
        ["2020", "2022", "2024", "2026", "2028"]
    );
    assert_eq!(
        named("2020-01", "2029-12", "50"),
        ["2020", "2022", "2024", "2026", "2028"]
    );
    assert_eq!(named("2020-01", "2029-12", "20"), ["2020", "2025"]);
    let century: Vec<String> = (1990..=2130).step_by(10).map(|y| y.to_string()).collect();
    assert_eq!(named("1990-01", "2130-12", "100"), century);
    assert_eq!(
        named("0001-01", "9999-12", "80"),
        (1..=9).map(|k| (k * 1000).to_string()).collect::<Vec<_>>()
    );
}

// ── A window with nothing in it ─────────────────────────────────────────

#[test]
fn a_window_with_nothing_in_it_says_so() {
    let nothing = "nothing in this window (the plan runs from 2020-09-01 to 2022-09-30)";
    for window in [["--from", "2023-01"], ["--to", "2019-05"]] {
        let out = timeline(&["--today", "2021-11-28", "--width", "100", window[0], window[1]]).stdout;
        let lines: Vec<&str> = out.lines().collect();
        // The title, the axis, the words where the rows would be, today.
        assert_eq!(lines.len(), 5, "{window:?}\n{out}");
        assert_eq!(lines[3].trim(), nothing, "{out}");
        assert_eq!(lines[4].trim(), "today 2021-11-28 (outside the chart)", "{out}");
    }
    // Where the line is narrower than the words, they wrap.
    let out = timeline(&["--today", "2021-11-28", "--width", "20", "--from", "2023-01"]).stdout;
    let text: Vec<&str> = out.lines().skip(3).take(4).collect();
    assert_eq!(text.join(" "), nothing, "{out}");
    assert!(out.lines().all(|l| l.width() <= 20), "{out}");
    // A plan with no date at all.
    let out = timeline_of("[project]\nname = \"E\"\n", &["--today", "2021-11-28"]);
    assert_eq!(
        out.lines().nth(3).unwrap().trim(),
        "nothing to draw (no phase or event of the plan has a date)",
        "{out}"
    );
    // A picture with nothing in it says the same words, and that today is
    // outside it, at every width; still valid.
    for width in ["20", "40", "100"] {
        let svg = timeline(&[
            "--today",
            "2021-11-28",
            "--from",
            "2023-01",
            "--format",
            "svg",
            "--width",
            width,
            "--lang",
            "en",
        ])
        .stdout;
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        assert!(!doc.descendants().any(|n| matches!(
            n.attribute("class"),
            Some("phase" | "events" | "bar" | "event" | "recurring")
        )));
        assert_eq!(svg_words(&doc, "nothing"), nothing, "--width {width}\n{svg}");
        assert_eq!(
            svg_words(&doc, "today-outside"),
            "today 2021-11-28 (outside the chart)",
            "{svg}"
        );
        // Every line of it inside the picture (about 6.2 px a character).
        let picture: f64 = doc.root_element().attribute("width").unwrap().parse().unwrap();
        for line in doc
            .descendants()
            .filter(|n| n.attribute("class") == Some("nothing"))
            .flat_map(|g| g.children().filter(|n| n.has_tag_name("text")))
        {
            let x: f64 = line.attribute("x").unwrap().parse().unwrap();
            let chars = line.text().unwrap().chars().count() as f64;
            assert!(x + chars * 6.2 <= picture, "--width {width}: {line:?}");
        }
    }
    // Mermaid draws no text but the title and the tasks': the title says it.
    let mermaid = timeline(&[
        "--today",
        "2021-11-28",
        "--from",
        "2023-01",
        "--format",
        "mermaid",
        "--lang",
        "en",
    ])
    .stdout;
    assert_eq!(
        mermaid,
        format!(
            "gantt\n    title Intelligent Cities Challenge — Arad — {nothing}\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m-%d\n"
        )
    );
    // A plan without a name (an error `icc check` reports) and no date.
    let untitled = Test::new()
        .plan("[project]\n")
        .args(&["timeline", "--today", "2021-11-28", "--format", "mermaid"])
        .run()
        .stdout;
    assert!(
        untitled.starts_with("gantt\n    title nothing to draw (no phase or event of the plan has a date)\n"),
        "{untitled}"
    );
    // A window with something in it, today outside: the picture says so too.
    let svg = timeline(&[
        "--today",
        "2021-11-28",
        "--from",
        "2021-01",
        "--to",
        "2021-06",
        "--format",
        "svg",
        "--lang",
        "en",
    ])
    .stdout;
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert_eq!(svg_words(&doc, "today-outside"), "today 2021-11-28 (outside the chart)");
    assert_eq!(svg_words(&doc, "nothing"), "");
    let inside = timeline(&["--today", "2021-11-28", "--format", "svg", "--lang", "en"]).stdout;
    assert!(!inside.contains("outside the chart"), "{inside}");
}

/// The words of a picture's elements of class `class`, lines joined by
/// spaces.
fn svg_words(doc: &roxmltree::Document, class: &str) -> String {
    doc.descendants()
        .filter(|n| n.attribute("class") == Some(class))
        .flat_map(|n| n.descendants().filter(|t| t.is_text()).filter_map(|t| t.text()))
        .filter(|t| !t.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn svg_years_are_named_at_a_regular_step_on_long_plans() {
    for (start, end) in [("2020-01", "2029-12"), ("1990-01", "2130-12"), ("0001-01", "9999-12")] {
        let plan = one_phase(start, end);
        let (first, last): (i32, i32) = (start[..4].parse().unwrap(), end[..4].parse().unwrap());
        for columns in [20, 30, 40, 60, 100, 160, 200] {
            let svg = timeline_of(
                &plan,
                &[
                    "--today",
                    "2024-01-01",
                    "--format",
                    "svg",
                    "--width",
                    &columns.to_string(),
                ],
            );
            let context = format!("{start} – {end} --width {columns}");
            let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
            let number = |n: &roxmltree::Node, a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
            let names: Vec<(i32, &str, f64)> = doc
                .descendants()
                .filter(|n| n.attribute("class") == Some("year-name"))
                .map(|n| {
                    (
                        n.attribute("data-year").unwrap().parse().unwrap(),
                        n.text().unwrap(),
                        number(&n, "x"),
                    )
                })
                .collect();
            assert!(!names.is_empty(), "{context}");
            // Each name is its year: `2021`, or `'21` within a hundred years.
            for (year, name, _) in &names {
                let four = format!("{year:04}");
                let two = format!("'{:02}", year % 100);
                assert!(
                    *name == four || (last - first < 100 && *name == two),
                    "{context}: {name} for {year}"
                );
            }
            // In order, at a regular step, none twice, in the chart, and
            // none running into the next (about 7.5 px a bold character).
            let years: Vec<i32> = names.iter().map(|n| n.0).collect();
            let steps: Vec<i32> = years.windows(2).map(|w| w[1] - w[0]).collect();
            assert!(steps.iter().all(|s| *s > 0 && *s == steps[0]), "{context}: {years:?}");
            assert!(years.iter().all(|y| (first..=last).contains(y)), "{context}");
            let texts: Vec<&str> = names.iter().map(|n| n.1).collect();
            let mut distinct = texts.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), texts.len(), "{context}: {texts:?}");
            for w in names.windows(2) {
                assert!(
                    w[1].2 - w[0].2 >= w[0].1.len() as f64 * 7.5,
                    "{context}: {} and {} overlap",
                    w[0].1,
                    w[1].1
                );
            }
            // Each at its year's line (January's, or the year's own where
            // months are too narrow for a line each), the last at most a
            // little left of it to stay in the picture.
            let line_x = |year: i32| {
                doc.descendants()
                    .find(|n| {
                        n.has_tag_name("line")
                            && (n.attribute("data-year") == Some(&format!("{year:04}"))
                                || n.attribute("data-month") == Some(&format!("{year:04}-01")))
                    })
                    .map(|n| number(&n, "x1"))
                    .unwrap_or_else(|| panic!("{context}: no line for {year}"))
            };
            for (i, (year, _, x)) in names.iter().enumerate() {
                let offset = x - line_x(*year);
                let least = if i + 1 == names.len() { -12.0 } else { 1.9 };
                assert!((least..=2.1).contains(&offset), "{context}: {year} at {offset} px");
            }
            // A picture, not a smear: a bounded number of lines.
            assert!(
                doc.descendants().filter(|n| n.has_tag_name("line")).count() < 400,
                "{context}"
            );
        }
    }
}

// ── Columns of mid-month windows ────────────────────────────────────────

/// The field test's plan: a phase over 2025, a workshop of April still
/// planned (overdue in June), a milestone done on 1 May.
const MID_MONTH: &str = "[project]\nname = \"Mid\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2025-01\"\nend = \"2025-12\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"April\"\ndate = \"2025-04\"\n\n[[milestone]]\nid = \"m\"\nname = \"May Day\"\ndate = 2025-05-01\nstatus = \"done\"\n";

/// Two phases that meet on 1 May 2025.
const MEETING_PHASES: &str = "[project]\nname = \"Meet\"\n\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-04\"\n\n[[phase]]\nid = \"b\"\nname = \"B\"\nstart = \"2025-05\"\nend = \"2025-12\"\n";

/// The ticks of a chart in months, each with the first day of its month:
/// the first tick is the first month that starts in the window.
fn month_ticks(out: &str, from: chrono::NaiveDate) -> Vec<(usize, chrono::NaiveDate)> {
    use chrono::Datelike;
    let line = out.lines().nth(2).unwrap();
    let ticks = words(line);
    let mut month = from.with_day(1).unwrap();
    if month < from {
        month = month.checked_add_months(chrono::Months::new(1)).unwrap();
    }
    ticks
        .iter()
        .enumerate()
        .map(|(i, (col, label))| {
            let day = month.checked_add_months(chrono::Months::new(i as u32)).unwrap();
            assert_eq!(
                *label,
                &"JFMAMJJASOND"[day.month0() as usize..][..1],
                "a tick a month\n{out}"
            );
            (*col, day)
        })
        .collect()
}

/// The characters of the row whose label starts with `label`, padded to
/// `width` (rows are trimmed at their last mark).
fn row_cells(out: &str, label: &str, width: usize) -> Vec<char> {
    let line = out
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no row {label:?}\n{out}"));
    let mut cells: Vec<char> = line.chars().collect();
    cells.resize(width, ' ');
    cells
}

#[test]
fn every_event_is_drawn_at_the_column_the_axis_gives_its_date() {
    let date = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
    let april = date("2025-04-01");
    let may = date("2025-05-01");
    for from in [
        "2025-02-10",
        "2025-03-15",
        "2025-01-20",
        "2025-02-28",
        "2025-03-31",
        "2025-01",
    ] {
        for to in ["2025-10-05", "2025-09-17", "2025-12"] {
            for width in [40, 55, 60, 80, 100, 120, 160, 200] {
                let args = [
                    "--today",
                    "2025-06-05",
                    "--width",
                    &width.to_string(),
                    "--from",
                    from,
                    "--to",
                    to,
                ];
                let context = format!("--from {from} --to {to} --width {width}");
                let out = timeline_of(MID_MONTH, &args);
                let start = date(&format!("{from}-01")[..10]);
                let ticks = month_ticks(&out, start);
                let tick = |day| ticks.iter().find(|(_, d)| *d == day).unwrap().0;
                let events = row_cells(&out, "  └ 2 e", width);
                // The milestone of 1 May where the axis puts May, the
                // workshop of April from April's tick to the column before.
                assert_eq!(events[tick(may)], '◆', "{context}\n{out}");
                let overdue: Vec<usize> = (0..width).filter(|&c| events[c] == '!').collect();
                assert_eq!(
                    overdue,
                    (tick(april)..tick(may)).collect::<Vec<_>>(),
                    "{context}\n{out}"
                );
                assert_eq!(events.iter().filter(|c| **c == '◆').count(), 1, "{context}\n{out}");
                assert!(out.contains("◆ event, done"), "{context}\n{out}");
                assert!(out.contains("! overdue (past, still planned)"), "{context}\n{out}");
                // Two phases meeting on 1 May meet at May's tick.
                let out = timeline_of(MEETING_PHASES, &args);
                let ticks = month_ticks(&out, start);
                let may = ticks.iter().find(|(_, d)| *d == may).unwrap().0;
                let bar = |label| -> Vec<usize> {
                    let cells = row_cells(&out, label, width);
                    (0..width).filter(|&c| matches!(cells[c], '█' | '▓' | '┃')).collect()
                };
                let first_tick = ticks[0].0;
                let (a, b) = (bar("A "), bar("B "));
                assert_eq!(a.last(), Some(&(may - 1)), "{context}\n{out}");
                assert_eq!(b.first(), Some(&may), "{context}\n{out}");
                assert!(
                    a[0] <= first_tick && a.windows(2).all(|w| w[1] == w[0] + 1),
                    "{context}\n{out}"
                );
            }
        }
    }
}

// ── Phases without dates ────────────────────────────────────────────────

/// A phase with dates, one with a length only, one after it: neither of
/// these two has a window. An event of the second, one of the first.
const UNDATED: &str = "[project]\nname = \"U\"\n\n[[phase]]\nid = \"a\"\nname = \"Alpha\"\nstart = \"2025-01\"\nend = \"2025-03\"\n\n[[phase]]\nid = \"b\"\nname = \"Beta\"\nmonths = 2\n\n[[phase]]\nid = \"c\"\nname = \"Gamma\"\nafter = [\"b\"]\nmonths = 1\n\n[[workshop]]\nid = \"w\"\ntitle = \"Kick\"\ndate = 2025-02-10\nphase = \"b\"\nstatus = \"done\"\n\n[[workshop]]\nid = \"x\"\ntitle = \"Other\"\ndate = 2025-03-10\nphase = \"a\"\nstatus = \"done\"\n";

/// `icc timeline ARGS` on a plan with errors, which prints its chart.
fn timeline_failing(plan: &str, args: &[&str]) -> String {
    let mut all = vec!["timeline"];
    all.extend_from_slice(args);
    let out = Test::new().plan(plan).args(&all).run();
    assert_eq!(out.code, 1, "{args:?}: {}", out.stderr);
    out.stdout
}

#[test]
fn a_phase_without_dates_is_named_as_such_in_every_format() {
    let check = Test::new().plan(UNDATED).args(&["check"]).run();
    assert!(check.stdout.contains("phase-underdetermined"), "{}", check.stdout);
    // The terminal: a row a phase without dates, its events on it.
    let text = timeline_failing(UNDATED, &["--today", "2025-06-01", "--width", "80"]);
    let beta = row_cells(&text, "Beta (no dates)", 80);
    assert_eq!(beta.iter().filter(|c| **c == '◆').count(), 1, "{text}");
    let gamma = row_cells(&text, "Gamma (no dates)", 80);
    assert!(!gamma.contains(&'◆'), "{text}");
    let rows: Vec<&str> = text.lines().skip(3).take(4).collect();
    for (row, label) in rows
        .iter()
        .zip(["Alpha ", "  └ 1 event ", "Beta (no dates) ", "Gamma (no dates)"])
    {
        assert!(row.starts_with(label), "{label:?}\n{text}");
    }
    // Kept in a window their events are not in; a long name is cut before
    // the words that say it has no dates.
    let long = UNDATED.replace(
        "name = \"Beta\"",
        "name = \"Beta, the phase whose start nobody has fixed yet\"",
    );
    let text = timeline_failing(&long, &["--today", "2025-06-01", "--width", "60", "--from", "2025-03"]);
    let beta = text.lines().find(|l| l.starts_with("Beta")).unwrap();
    assert!(
        beta.starts_with("Beta") && beta.trim_end().ends_with("… (no dates)"),
        "{text}"
    );
    assert!(text.contains("Gamma (no dates)"), "{text}");

    // The picture: a phase group a phase, those without dates said so, the
    // event of Beta on Beta's row.
    let svg = timeline_failing(UNDATED, &["--today", "2025-06-01", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let phases: Vec<(&str, Option<&str>, &str)> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("phase"))
        .map(|g| {
            let label = g.children().find(|n| n.has_tag_name("text")).unwrap().text().unwrap();
            (g.attribute("data-id").unwrap(), g.attribute("data-dates"), label)
        })
        .collect();
    assert_eq!(
        phases,
        [
            ("a", None, "Alpha"),
            ("b", Some("none"), "Beta (no dates)"),
            ("c", Some("none"), "Gamma (no dates)")
        ]
    );
    let y_of = |n: roxmltree::Node| -> f64 {
        let text = n.descendants().find(|t| t.has_tag_name("text")).unwrap();
        text.attribute("y").unwrap().parse().unwrap()
    };
    let beta = doc.descendants().find(|n| n.attribute("data-id") == Some("b")).unwrap();
    let kick = doc.descendants().find(|n| n.attribute("data-id") == Some("w")).unwrap();
    assert_eq!(kick.parent().unwrap().attribute("data-phase"), Some("b"));
    // A workshop of a day: a circle.
    assert_eq!(kick.tag_name().name(), "circle");
    let cy: f64 = kick.attribute("cy").unwrap().parse().unwrap();
    assert!(
        (y_of(beta) - 4.0 - cy).abs() < 0.01,
        "Kick on Beta's row: {cy}, {}",
        y_of(beta)
    );

    // Mermaid: a section a phase, named alike, Beta's holding its event.
    let mermaid = timeline_failing(UNDATED, &["--today", "2025-06-01", "--format", "mermaid"]);
    assert!(
        mermaid.ends_with(
            "    section Beta (no dates)\n    Kick :done, w, 2025-02-10, 2025-02-11\n    section Gamma (no dates)\n"
        ),
        "{mermaid}"
    );
}

// ── Events under way ────────────────────────────────────────────────────

/// On 15 September 2024: a series of 10 to 20 September, a workshop that
/// day, a month still to come and one done, all in one phase.
const UNDER_WAY: &str = "[project]\nname = \"Now\"\n\n[[phase]]\nid = \"p\"\nname = \"Pilot\"\nstart = \"2024-07\"\nend = \"2024-12\"\n\n[[workshop]]\nid = \"s\"\ntitle = \"Series\"\ndate = 2024-09-10\nend = 2024-09-20\nphase = \"p\"\n\n[[workshop]]\nid = \"t\"\ntitle = \"Today\"\ndate = 2024-09-15\nphase = \"p\"\n\n[[workshop]]\nid = \"n\"\ntitle = \"Next\"\ndate = \"2024-11\"\nphase = \"p\"\n\n[[milestone]]\nid = \"m\"\nname = \"Month\"\ndate = \"2024-09\"\nphase = \"p\"\nstatus = \"done\"\n";

#[test]
fn an_event_under_way_is_drawn_under_way() {
    let out = timeline_of(
        UNDER_WAY,
        &["--today", "2024-09-15", "--width", "100", "--color", "always"],
    );
    let plain = strip_ansi(&out);
    let row: String = row_cells(&plain, "  └ 4 events", 100).into_iter().collect();
    // The series and today's workshop under way, November to come; the
    // done month under them is outranked where they fall.
    assert!(row.contains('▣') && row.contains('◈') && row.contains('▭'), "{plain}");
    assert!(!row.contains('◇'), "{plain}");
    assert_legend_entry(&out, "\x1b[33m", "▣ month or series under way");
    assert_legend_entry(&out, "\x1b[33m", "◈ event under way");
    assert_legend_entry(&out, "\x1b[1m\x1b[36m", "▭ month or series to come");
    // Before they start, the same events are to come; once over, done or
    // overdue: never under way.
    let before = timeline_of(UNDER_WAY, &["--today", "2024-09-01", "--width", "100"]);
    assert!(!before.contains("under way") && !before.contains('▣'), "{before}");
    let after = timeline_of(UNDER_WAY, &["--today", "2024-09-21", "--width", "100"]);
    assert!(!after.contains('▣') && !after.contains('◈'), "{after}");
    // The picture: the colour of under way, said in the tooltip and legend.
    let svg = timeline_of(UNDER_WAY, &["--today", "2024-09-15", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let tips: Vec<&str> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("event"))
        .filter(|n| n.attribute("fill") == Some("#e0a030"))
        .map(|n| n.children().find(|t| t.has_tag_name("title")).unwrap().text().unwrap())
        .collect();
    assert_eq!(
        tips,
        [
            "Series: 2024-09-10 – 2024-09-20 (under way)",
            "Today: 2024-09-15 (under way)"
        ]
    );
    let legend = svg_words(&doc, "legend");
    assert!(legend.contains("workshop under way"), "{legend}");
    // Mermaid: `active`.
    let mermaid = timeline_of(UNDER_WAY, &["--today", "2024-09-15", "--format", "mermaid"]);
    for line in [
        "    Month :milestone, done, m, 2024-09-01, 2024-10-01\n",
        "    Series :active, s, 2024-09-10, 2024-09-21\n",
        "    Today :active, t, 2024-09-15, 2024-09-16\n",
        "    Next :n, 2024-11-01, 2024-12-01\n",
    ] {
        assert!(mermaid.contains(line), "{line:?} not in\n{mermaid}");
    }
}

// ── Month-precision milestones ──────────────────────────────────────────

#[test]
fn a_milestone_of_a_month_is_a_diamond_in_the_middle_of_the_month() {
    let plan = "[project]\nname = \"M\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2025-01\"\nend = \"2025-12\"\n\n[[milestone]]\nid = \"mm\"\nname = \"Report\"\ndate = \"2025-04\"\nphase = \"p\"\n\n[[milestone]]\nid = \"dd\"\nname = \"Launch\"\ndate = \"2025-02\"\nphase = \"p\"\nstatus = \"done\"\n\n[[milestone]]\nid = \"one\"\nname = \"Day\"\ndate = 2025-06-10\nphase = \"p\"\n";
    // Mermaid's milestones: over the month, Mermaid draws the diamond in
    // its middle; on a day, on the day.
    let mermaid = timeline_of(plan, &["--today", "2025-03-01", "--format", "mermaid"]);
    let tasks: Vec<&str> = mermaid
        .lines()
        .filter(|l| l.contains(" :") && !l.contains(", p,"))
        .collect();
    assert_eq!(
        tasks,
        [
            "    Launch :milestone, done, dd, 2025-02-01, 2025-03-01",
            "    Report :milestone, mm, 2025-04-01, 2025-05-01",
            "    Day :milestone, one, 2025-06-10, 0d"
        ],
        "{mermaid}"
    );
    // The picture: a diamond in the middle of April, a line over April.
    let svg = timeline_of(plan, &["--today", "2025-03-01", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let report = doc
        .descendants()
        .find(|n| n.attribute("data-id") == Some("mm"))
        .unwrap();
    assert_eq!(report.tag_name().name(), "polygon");
    let month_x = |m: &str| {
        doc.descendants()
            .find(|n| n.attribute("data-month") == Some(m))
            .map(|n| n.attribute("x1").unwrap().parse::<f64>().unwrap())
            .unwrap()
    };
    let (april, may) = (month_x("2025-04"), month_x("2025-05"));
    let (cx, _) = diamond_centre(report);
    assert!((cx - (april + may) / 2.0).abs() < 0.2, "{cx} between {april} and {may}");
    let span = report.prev_sibling_element().unwrap();
    assert_eq!(span.tag_name().name(), "line");
    let x = |a: &str| span.attribute(a).unwrap().parse::<f64>().unwrap();
    assert!((x("x1") - april).abs() < 0.2 && (x("x2") - may).abs() < 0.2, "{span:?}");
}

/// The centre of a diamond (`points` of a polygon: top, right, bottom, left).
fn diamond_centre(n: roxmltree::Node) -> (f64, f64) {
    let points: Vec<(f64, f64)> = n
        .attribute("points")
        .unwrap()
        .split(' ')
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect();
    (points[0].0, points[1].1)
}

// ── Soft hyphens ────────────────────────────────────────────────────────

#[test]
fn a_soft_hyphen_takes_no_column_the_terminal_does_not_see() {
    // A terminal (glibc's wcwidth) draws U+00AD a column wide.
    let terminal_width = |line: &str| line.width() + line.matches('\u{AD}').count();
    let plan = "[project]\nname = \"Stadt\\u00adentwicklungs\\u00adprogramm Nord\"\n\n[[phase]]\nid = \"p\"\nname = \"Vor\\u00adbereitung der Stadt\\u00adentwicklung\"\nstart = \"2024-01\"\nend = \"2024-12\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2024-03-01\n";
    for width in 20..=80 {
        let out = timeline_of(plan, &["--today", "2024-06-01", "--width", &width.to_string()]);
        for line in out.lines() {
            assert!(terminal_width(line) <= width, "--width {width}: {line:?}\n{out}");
        }
        let title = out.lines().next().unwrap();
        assert!(
            "Stadtentwicklungsprogramm Nord".starts_with(title.trim_end_matches('…')),
            "{title:?}"
        );
    }
    let wide = timeline_of(plan, &["--today", "2024-06-01", "--width", "100"]);
    assert!(wide.starts_with("Stadtentwicklungsprogramm Nord\n"), "{wide}");
    assert!(wide.contains("\nVorbereitung der Stadt"), "{wide}");
    assert!(!wide.contains('\u{AD}'), "{wide}");
}

// ── Names beside marks, milestones and workshops, arrows of `after` ─────

fn derived() -> String {
    std::fs::read_to_string(root().join("examples/derived.toml")).expect("examples/derived.toml")
}

/// A busy plan: three phases one after the other, forty workshops and
/// milestones in them (by their dates) with names long and short (some of
/// a month or a series, some cancelled), and `after` from phases,
/// workshops and milestones, to phases, workshops and milestones.
fn dense() -> String {
    let mut plan = String::from(
        "[project]\nname = \"Dense\"\n\n[[phase]]\nid = \"a\"\nname = \"Alpha\"\nstart = \"2021-01\"\nend = \"2021-08\"\n\n[[phase]]\nid = \"b\"\nname = \"Beta\"\nafter = [\"a\", \"m5\"]\nmonths = 6\n\n[[phase]]\nid = \"c\"\nname = \"Gamma\"\nafter = [\"b\"]\nmonths = 6\n",
    );
    let words = [
        "Kickoff",
        "Workshop privind evaluarea maturității și strategie",
        "WWW MMM",
        "Ședință",
        "iii lll",
        "Atelier „Date deschise” cu ONG-urile locale",
        "Q&A <live> 'session'",
        "Review",
    ];
    for i in 0..40 {
        let month = 1 + i * 17 / 40;
        let (year, month) = (2021 + (month - 1) / 12, (month - 1) % 12 + 1);
        let day = 1 + (i * 7) % 27;
        let name = words[(i % 8) as usize];
        if i % 5 == 0 {
            let date = if i % 10 == 0 {
                format!("\"{year}-{month:02}\"")
            } else {
                format!("{year}-{month:02}-{day:02}")
            };
            plan += &format!("\n[[milestone]]\nid = \"m{i}\"\nname = \"{name}\"\ndate = {date}\n");
        } else {
            let end = if i % 7 == 0 {
                format!("end = {year}-{month:02}-{:02}\n", day + 1)
            } else {
                String::new()
            };
            let status = if i % 9 == 0 { "status = \"cancelled\"\n" } else { "" };
            let after = match i {
                12 => "after = [\"m10\"]\n",
                21 => "after = [\"w12\", \"a\"]\n",
                33 => "after = [\"m30\"]\n",
                _ => "",
            };
            plan += &format!(
                "\n[[workshop]]\nid = \"w{i}\"\ntitle = \"{name}\"\ndate = {year}-{month:02}-{day:02}\n{end}{status}{after}"
            );
        }
    }
    plan
}

/// The advance of each ASCII character, space to `~`, in DejaVu Sans, the
/// picture's font, in 1/2048 em (its `hmtx` table): what a name takes on
/// screen.
const DEJAVU: [u16; 95] = [
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303, 1303, 1303, 1303, 1303,
    1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587,
    1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403,
    799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298,
    1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
];

/// How wide a character of DejaVu Sans is, in em: a letter with marks as
/// its letter (the font draws `ă` as wide as `a`), anything else as an em.
fn dejavu(c: char) -> f64 {
    let ascii = |c: char| {
        (c as usize)
            .checked_sub(0x20)
            .and_then(|i| DEJAVU.get(i))
            .map(|units| f64::from(*units) / 2048.0)
    };
    if let Some(em) = ascii(c) {
        return em;
    }
    if unicode_width::UnicodeWidthChar::width(c) == Some(0) {
        return 0.0;
    }
    match deunicode::deunicode_char(c) {
        Some(base) if base.len() == 1 => ascii(base.chars().next().unwrap()).unwrap_or(1.0),
        _ => 1.0,
    }
}

/// A box on the picture: left, top, right, bottom.
type Box2 = (f64, f64, f64, f64);

fn meet(a: Box2, b: Box2) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

fn number(n: roxmltree::Node, attribute: &str) -> f64 {
    n.attribute(attribute)
        .unwrap_or_else(|| panic!("{attribute} of {n:?}"))
        .parse()
        .unwrap()
}

/// Where a name is drawn: from its x, as wide as DejaVu Sans draws it at
/// its size, from its ascent above the baseline to its descent below.
fn label_box(n: roxmltree::Node) -> Box2 {
    let size = number(n, "font-size");
    let (x, y) = (number(n, "x"), number(n, "y"));
    let width: f64 = n.text().unwrap().chars().map(dejavu).sum::<f64>() * size;
    (x, y - 0.93 * size, x + width, y + 0.24 * size)
}

/// What a shape covers (a line: its ends; a path: its corners).
fn shape_box(n: roxmltree::Node) -> Option<Box2> {
    match n.tag_name().name() {
        "rect" if n.attribute("x").is_some() => {
            let (x, y) = (number(n, "x"), number(n, "y"));
            Some((x, y, x + number(n, "width"), y + number(n, "height")))
        }
        "circle" => {
            let (cx, cy, r) = (number(n, "cx"), number(n, "cy"), number(n, "r"));
            Some((cx - r, cy - r, cx + r, cy + r))
        }
        "polygon" => {
            let points = polygon(n);
            let xs = points.iter().map(|p| p.0);
            let ys = points.iter().map(|p| p.1);
            Some((
                xs.clone().fold(f64::MAX, f64::min),
                ys.clone().fold(f64::MAX, f64::min),
                xs.fold(f64::MIN, f64::max),
                ys.fold(f64::MIN, f64::max),
            ))
        }
        "line" => {
            let (x1, y1, x2, y2) = (number(n, "x1"), number(n, "y1"), number(n, "x2"), number(n, "y2"));
            Some((x1.min(x2), y1.min(y2), x1.max(x2), y1.max(y2)))
        }
        _ => None,
    }
}

fn polygon(n: roxmltree::Node) -> Vec<(f64, f64)> {
    n.attribute("points")
        .unwrap()
        .split(' ')
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

/// An arrow's corners, from its `d` (`M x y L x y …`).
fn corners(path: roxmltree::Node) -> Vec<(f64, f64)> {
    path.attribute("d")
        .unwrap()
        .split(['M', 'L'])
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let mut xy = p.split_whitespace().map(|v| v.parse::<f64>().unwrap());
            (xy.next().unwrap(), xy.next().unwrap())
        })
        .collect()
}

fn class<'a>(doc: &'a roxmltree::Document, c: &'a str) -> impl Iterator<Item = roxmltree::Node<'a, 'a>> + 'a {
    doc.descendants().filter(move |n| n.attribute("class") == Some(c))
}

/// The rule for names, on a picture: every event (drawn, or struck out)
/// has a tooltip; every name is its event's, beside its mark, on its row,
/// inside the picture and right of the lanes' names; and no name meets
/// another, nor a mark, a bar or a meeting.
fn assert_names_keep_apart(svg: &str, context: &str) -> usize {
    let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
    let width = number(doc.root_element(), "width");
    let events: Vec<roxmltree::Node> = class(&doc, "event")
        .chain(class(&doc, "cancelled"))
        .chain(class(&doc, "target"))
        .collect();
    for e in &events {
        assert!(
            e.children()
                .any(|t| t.has_tag_name("title") && !t.text().unwrap_or("").is_empty()),
            "{context}: no tooltip on {e:?}"
        );
    }
    let labels: Vec<roxmltree::Node> = class(&doc, "label").collect();
    let boxes: Vec<Box2> = labels.iter().map(|n| label_box(*n)).collect();
    for (i, (a, n)) in boxes.iter().zip(&labels).enumerate() {
        let id = n.attribute("data-id").unwrap();
        let event = events
            .iter()
            .find(|e| e.attribute("data-id") == Some(id) && e.ancestors().any(|a| Some(a) == n.parent()))
            .unwrap_or_else(|| panic!("{context}: a name with no event of its lane: {id}"));
        let tip = event
            .descendants()
            .find(|t| t.has_tag_name("title"))
            .unwrap()
            .text()
            .unwrap();
        assert!(
            tip.starts_with(&format!("{}: ", n.text().unwrap())),
            "{context}: {tip:?} named {:?}",
            n.text()
        );
        assert!(
            a.0 >= 0.0 && a.2 <= width,
            "{context}: {:?} at {a:?} outside the picture",
            n.text()
        );
        for b in &boxes[i + 1..] {
            assert!(!meet(*a, *b), "{context}: two names meet: {a:?} {b:?}");
        }
    }
    // Marks, bars and meetings: every shape of the lanes.
    for shape in doc
        .descendants()
        .filter(|n| matches!(n.attribute("class"), Some("phase" | "events")))
        .flat_map(|g| g.descendants())
        .filter_map(shape_box)
    {
        for (a, n) in boxes.iter().zip(&labels) {
            assert!(
                !meet(*a, shape),
                "{context}: {:?} at {a:?} meets a mark at {shape:?}",
                n.text()
            );
        }
    }
    labels.len()
}

#[test]
fn names_stand_beside_their_marks_and_never_meet() {
    let cases = [
        (shipped(), "2021-11-28"),
        (derived(), "2024-11-28"),
        (dense(), "2022-03-01"),
        (with_a_cancelled_workshop(), "2021-11-28"),
        (LATE.to_owned(), "2021-07-01"),
        (FOUR_WEEKS.to_owned(), "2021-04-15"),
        (UNDATED.to_owned(), "2025-06-01"),
    ];
    for (plan, today) in &cases {
        for width in [20, 40, 60, 100, 160, 300] {
            let out = Test::new()
                .plan(plan)
                .args(&[
                    "timeline",
                    "--format",
                    "svg",
                    "--today",
                    today,
                    "--width",
                    &width.to_string(),
                ])
                .run();
            assert!(out.code < 2, "{}", out.stderr);
            assert_names_keep_apart(&out.stdout, &format!("{today} --width {width}"));
        }
    }
    // Where there is room, every name is there: the shipped plan, wide.
    let wide = timeline(&["--today", "2021-11-28", "--format", "svg", "--width", "160"]).stdout;
    assert_eq!(assert_names_keep_apart(&wide, "shipped, 160"), 6);
    let doc = roxmltree::Document::parse(&wide).unwrap();
    let names: Vec<&str> = class(&doc, "label").map(|n| n.text().unwrap()).collect();
    assert!(
        names.contains(&"Workshop privind evaluarea maturității și strategie"),
        "{names:?}"
    );
    // The busy plan keeps some names and leaves some to their tooltips.
    let busy = timeline_of(&dense(), &["--today", "2022-03-01", "--format", "svg"]);
    let named = assert_names_keep_apart(&busy, "dense");
    let doc = roxmltree::Document::parse(&busy).unwrap();
    let marks = class(&doc, "event").count() + class(&doc, "cancelled").count();
    assert!(0 < named && named < marks, "{named} names for {marks} events");
    // Where a picture is narrow, fewer names, and the tooltips say them all.
    let narrow = timeline(&["--today", "2021-11-28", "--format", "svg", "--width", "20"]).stdout;
    let doc = roxmltree::Document::parse(&narrow).unwrap();
    assert!(class(&doc, "label").count() < 6);
    assert_eq!(class(&doc, "event").count(), 6);
}

#[test]
fn milestones_are_diamonds_workshops_circles_or_strips_and_the_legend_says_so() {
    let svg = timeline_of(
        &derived(),
        &["--today", "2024-11-28", "--format", "svg", "--lang", "en"],
    );
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let shapes: Vec<(&str, &str, &str)> = class(&doc, "event")
        .map(|n| {
            (
                n.attribute("data-kind").unwrap(),
                n.attribute("data-id").unwrap(),
                n.tag_name().name(),
            )
        })
        .collect();
    assert_eq!(
        shapes,
        [
            ("workshop", "atelier-date-deschise", "circle"),
            ("milestone", "foaie-aprobata", "polygon"),
            ("workshop", "interviuri-pilot", "rect"),
            ("milestone", "raport-intermediar", "polygon"),
        ]
    );
    // The legend: a diamond says milestone, a circle and a strip workshop.
    let legend = class(&doc, "legend").next().unwrap();
    let entries: Vec<(Vec<&str>, &str)> = legend
        .children()
        .filter(|n| n.attribute("class") == Some("entry"))
        .map(|e| {
            let shapes = e
                .children()
                .filter(|n| !n.has_tag_name("text"))
                .map(|n| n.tag_name().name())
                .collect();
            (
                shapes,
                e.children().find(|n| n.has_tag_name("text")).unwrap().text().unwrap(),
            )
        })
        .collect();
    assert!(
        entries.contains(&(vec!["polygon", "line", "polygon"], "milestone, done")),
        "{entries:?}"
    );
    assert!(
        entries.contains(&(vec!["circle", "rect"], "workshop, done")),
        "{entries:?}"
    );
    assert!(entries.contains(&(vec!["path"], "follows")), "{entries:?}");
    // The same entries in the plan's language, Romanian.
    let svg_ro = timeline_of(&derived(), &["--today", "2024-11-28", "--format", "svg"]);
    let doc_ro = roxmltree::Document::parse(&svg_ro).unwrap();
    let words = |doc: &roxmltree::Document| -> Vec<String> {
        class(doc, "legend")
            .next()
            .unwrap()
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text().map(str::to_owned))
            .collect()
    };
    let (english, romanian) = (words(&doc), words(&doc_ro));
    assert_eq!(english.len(), romanian.len(), "{english:?} {romanian:?}");
    for (en, ro) in [
        ("milestone, done", "reper realizat"),
        ("workshop, done", "atelier realizat"),
        ("follows", "urmează după"),
    ] {
        let at = english.iter().position(|w| w == en).unwrap();
        assert_eq!(romanian[at], ro, "{romanian:?}");
    }
}

/// Whether a point is on the top or bottom of a mark's outline: a
/// circle's, a diamond's or a strip's.
fn on_outline(mark: roxmltree::Node, (x, y): (f64, f64)) -> bool {
    let near = |a: f64, b: f64| (a - b).abs() < 0.11;
    let (left, top, right, bottom) = shape_box(mark).unwrap();
    let (cx, cy) = ((left + right) / 2.0, (top + bottom) / 2.0);
    match mark.tag_name().name() {
        "circle" => near(((x - cx).powi(2) + (y - cy).powi(2)).sqrt(), number(mark, "r")),
        "polygon" => near((x - cx).abs() + (y - cy).abs(), (bottom - top) / 2.0),
        _ => left <= x && x <= right && (near(y, top) || near(y, bottom)),
    }
}

/// An arrow of a picture: from, to, and its corners.
type Arrow = (String, String, Vec<(f64, f64)>);

fn arrows(doc: &roxmltree::Document) -> Vec<Arrow> {
    class(doc, "link")
        .map(|n| {
            (
                n.attribute("data-from").unwrap().to_owned(),
                n.attribute("data-to").unwrap().to_owned(),
                corners(n),
            )
        })
        .collect()
}

#[test]
fn every_after_is_an_arrow_from_the_end_of_what_it_follows_to_its_start() {
    let svg = timeline_of(&derived(), &["--today", "2024-11-28", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let arrows = arrows(&doc);
    let mut pairs: Vec<(&str, &str)> = arrows.iter().map(|(f, t, _)| (f.as_str(), t.as_str())).collect();
    pairs.sort();
    assert_eq!(
        pairs,
        [
            ("diagnoza", "foaie-aprobata"),
            ("diagnoza", "strategie"),
            ("foaie-aprobata", "interviuri-pilot"),
            ("pilotare", "bilant"),
            ("raport-intermediar", "bilant"),
            ("strategie", "pilotare"),
        ]
    );
    let by_id = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("data-id") == Some(id) && matches!(n.attribute("class"), Some("bar" | "event")))
            .or_else(|| {
                doc.descendants()
                    .find(|n| n.attribute("class") == Some("phase") && n.attribute("data-id") == Some(id))
                    .and_then(|g| g.children().find(|n| n.attribute("class") == Some("bar")))
            })
            .unwrap_or_else(|| panic!("{id}"))
    };
    let near = |a: f64, b: f64| (a - b).abs() < 0.11;
    for (from, to, points) in &arrows {
        let context = format!("{from} → {to}: {points:?}");
        assert!(points.len() >= 3, "{context}");
        // Right angles only.
        for w in points.windows(2) {
            assert!(near(w[0].0, w[1].0) || near(w[0].1, w[1].1), "{context}");
        }
        let (first, last) = (points[0], points[points.len() - 1]);
        let (a, b) = (by_id(from), by_id(to));
        let (a_box, b_box) = (shape_box(a).unwrap(), shape_box(b).unwrap());
        if a.has_tag_name("rect") && a.attribute("class") == Some("bar") {
            // Off the bar's last stretch (moved left, not past its middle,
            // where another arrow runs down there), at its top or bottom.
            let middle = (a_box.0 + a_box.2) / 2.0;
            assert!(
                first.0 >= middle - 0.1 && first.0 < a_box.2 && first.0 >= a_box.2 - 8.1 - 24.0,
                "{context}"
            );
            assert!(near(first.1, a_box.1) || near(first.1, a_box.3), "{context}");
        } else {
            // Off the mark, at its top or bottom, right of its middle.
            assert!(on_outline(a, first), "{context}");
            assert!(first.0 > (a_box.0 + a_box.2) / 2.0, "{context}");
        }
        if b.attribute("class") == Some("bar") {
            // Into the bar's start, along its middle, left to right.
            assert!(
                near(last.0, b_box.0) && near(last.1, (b_box.1 + b_box.3) / 2.0),
                "{context}"
            );
            let before = points[points.len() - 2];
            assert!(before.0 < last.0 && near(before.1, last.1), "{context}");
        } else {
            // Into the mark, at its top or bottom, left of its middle.
            assert!(on_outline(b, last), "{context}");
            assert!(last.0 < (b_box.0 + b_box.2) / 2.0, "{context}");
        }
    }
    // The arrowhead is a marker the picture defines.
    for link in class(&doc, "link") {
        let url = link.attribute("marker-end").unwrap();
        let id = url.strip_prefix("url(#").and_then(|u| u.strip_suffix(')')).unwrap();
        let marker = doc
            .descendants()
            .find(|n| n.has_tag_name("marker") && n.attribute("id") == Some(id));
        assert!(
            marker.is_some_and(|m| m.parent().unwrap().has_tag_name("defs")),
            "{url}"
        );
        let tip = link
            .children()
            .find(|n| n.has_tag_name("title"))
            .unwrap()
            .text()
            .unwrap();
        // In the plan's language: "B după A".
        assert!(tip.contains(" după "), "{tip}");
    }
    // Names stand over the arrows, each with a white halo: where a name has
    // no place clear of an arrow (the Atelier's, in the middle of
    // Diagnoză's last stretch), the arrow passes under it.
    let links = class(&doc, "links").next().unwrap();
    for name in class(&doc, "label") {
        assert!(name.range().start > links.range().end, "names after the arrows");
        assert_eq!(
            (name.attribute("stroke"), name.attribute("paint-order")),
            (Some("#fff"), Some("stroke"))
        );
    }
    // A plan without `after` has no arrows, and its legend says none.
    let none = timeline_of(LATE, &["--today", "2021-07-01", "--format", "svg"]);
    assert!(!none.contains("class=\"link\"") && !none.contains("follows"));
}

fn assert_no_arrow_crosses_a_name(doc: &roxmltree::Document, context: &str) {
    let names: Vec<Box2> = class(doc, "label").map(label_box).collect();
    for (from, to, points) in arrows(doc) {
        for w in points.windows(2) {
            let segment = (
                w[0].0.min(w[1].0),
                w[0].1.min(w[1].1),
                w[0].0.max(w[1].0),
                w[0].1.max(w[1].1),
            );
            for name in &names {
                // A segment is a line: it meets a box it enters.
                let enters = segment.0 <= name.2 && name.0 <= segment.2 && segment.1 <= name.3 && name.1 <= segment.3;
                assert!(!enters, "{context}: {from} → {to} crosses a name at {name:?}");
            }
        }
    }
}

#[test]
fn a_name_goes_where_no_arrow_crosses_it() {
    // A workshop near the end of Alpha: its name would run right, across
    // the arrow from Alpha's end to Beta, so it goes left of its mark.
    let plan = "[project]\nname = \"Arrows\"\n\n[[phase]]\nid = \"a\"\nname = \"Alpha\"\nstart = \"2021-01\"\nend = \"2021-06\"\n\n[[phase]]\nid = \"b\"\nname = \"Beta\"\nafter = [\"a\"]\nmonths = 6\n\n[[workshop]]\nid = \"w\"\ntitle = \"Consultare publică\"\ndate = 2021-06-20\nphase = \"a\"\n";
    let svg = timeline_of(plan, &["--today", "2021-01-01", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let name = class(&doc, "label").next().expect("a name");
    let mark = class(&doc, "event").next().unwrap();
    assert!(label_box(name).2 < shape_box(mark).unwrap().0, "left of its mark");
    assert_no_arrow_crosses_a_name(&doc, "left");
    // Early in Alpha, the same name stands right of its mark, clear too.
    let early = plan.replace("2021-06-20", "2021-02-20");
    let svg = timeline_of(&early, &["--today", "2021-01-01", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let name = class(&doc, "label").next().expect("a name");
    let mark = class(&doc, "event").next().unwrap();
    assert!(label_box(name).0 > shape_box(mark).unwrap().2, "right of its mark");
    assert_no_arrow_crosses_a_name(&doc, "right");
}

#[test]
fn an_arrow_needs_both_its_ends_in_the_window() {
    // Diagnoza ends on 2024-05-07: a window from June cuts it, so no arrow
    // leaves it; strategie → pilotare is still drawn.
    let svg = timeline_of(
        &derived(),
        &["--today", "2024-11-28", "--format", "svg", "--from", "2024-06"],
    );
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let from: Vec<String> = arrows(&doc).into_iter().map(|(f, _, _)| f).collect();
    assert!(!from.contains(&"diagnoza".to_owned()), "{from:?}");
    assert!(from.contains(&"strategie".to_owned()), "{from:?}");
}

// ── -o FILE ─────────────────────────────────────────────────────────────

#[test]
fn every_timeline_format_writes_its_file_with_dash_o() {
    for format in ["human", "svg", "mermaid"] {
        let args = ["timeline", "--today", "2021-11-28", "--format", format];
        let printed = timeline(&args[1..]).stdout;
        for flag in ["-o", "--output"] {
            let test = Test::new()
                .plan(&shipped())
                .file("out/.keep", b"")
                .args(&args)
                .args(&[flag, "out/chart"]);
            let out = test.run();
            assert_eq!(
                (out.code, out.stdout.as_str(), out.stderr.as_str()),
                (0, "", ""),
                "{format}"
            );
            let written = std::fs::read_to_string(test.path("out/chart")).unwrap();
            assert_eq!(written, printed, "{format}: the file holds what would be printed");
            // Nothing else is left beside it: no temporary file, no lock.
            let mut left: Vec<String> = std::fs::read_dir(test.path("out"))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            left.sort();
            assert_eq!(left, [".keep", "chart"]);
        }
    }
    // A coloured chart for a terminal, a plain one in a file.
    let test = Test::new().plan(&shipped()).args(&[
        "timeline",
        "--today",
        "2021-11-28",
        "--color",
        "always",
        "-o",
        "chart.txt",
    ]);
    let out = test.run();
    assert_eq!(out.code, 0);
    assert!(
        !std::fs::read_to_string(test.path("chart.txt"))
            .unwrap()
            .contains('\x1b')
    );
    // Over an existing file: replaced whole.
    let test = Test::new()
        .plan(&shipped())
        .file("t.svg", b"old")
        .args(&["timeline", "--format", "svg", "-o", "t.svg"]);
    let out = test.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(std::fs::read_to_string(test.path("t.svg")).unwrap().starts_with("<svg"));
    // `-o -` is standard output.
    let out = Test::new()
        .plan(&shipped())
        .args(&["timeline", "--format", "mermaid", "--today", "2021-11-28", "-o", "-"])
        .run();
    assert_eq!(
        out.stdout,
        timeline(&["--today", "2021-11-28", "--format", "mermaid"]).stdout
    );
}

#[test]
fn dash_o_refuses_a_folder_the_plan_and_what_it_cannot_write_and_leaves_nothing() {
    let listing = |test: &Test| {
        let mut all: Vec<String> = Vec::new();
        let mut stack = vec![test.dir.path().to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let entry = entry.unwrap();
                all.push(
                    entry
                        .path()
                        .strip_prefix(test.dir.path())
                        .unwrap()
                        .display()
                        .to_string(),
                );
                if entry.file_type().unwrap().is_dir() {
                    stack.push(entry.path());
                }
            }
        }
        all.sort();
        all
    };
    let cases: [(&str, &str); 5] = [
        ("out", "-o out: a folder, not a file"),
        ("out/", "-o out/: a folder, not a file"),
        ("missing/t.svg", "cannot write missing/t.svg"),
        ("read-only.svg", "read-only.svg is read-only"),
        ("plan.toml", "-o plan.toml: that is the plan being read"),
    ];
    for (target, message) in cases {
        let test = Test::new()
            .plan(&shipped())
            .file("out/.keep", b"")
            .file("read-only.svg", b"keep me")
            .args(&["timeline", "--format", "svg", "-o", target]);
        let read_only = test.path("read-only.svg");
        let mut permissions = std::fs::metadata(&read_only).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&read_only, permissions).unwrap();
        let before = listing(&test);
        let out = test.run();
        assert_eq!(out.code, 2, "{target}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{target}");
        assert!(
            out.stderr.starts_with(&format!("error: {message}")),
            "{target}: {}",
            out.stderr
        );
        assert_eq!(listing(&test), before, "{target}: nothing written, nothing left");
        assert_eq!(std::fs::read(&read_only).unwrap(), b"keep me");
        assert_eq!(std::fs::read_to_string(test.path("plan.toml")).unwrap(), shipped());
    }
}

#[test]
fn a_plan_that_cannot_be_read_writes_no_file() {
    let test = Test::new()
        .plan("[project\nname = \"broken\"\n")
        .args(&["timeline", "--format", "svg", "-o", "t.svg"]);
    let out = test.run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(!test.path("t.svg").exists());
}

// ── Every text fits: names of phases, long titles ───────────────────────

fn long_titles() -> String {
    std::fs::read_to_string(root().join("tests/plans/long-titles.toml")).expect("long-titles.toml")
}

/// The long-titles plan drawn for a terminal and as SVG at widths 60, 100
/// and 160: names cut to the room they have, nothing past an edge.
#[test]
fn a_plan_with_long_titles_at_three_widths() {
    for width in ["60", "100", "160"] {
        let text = timeline_of(&long_titles(), &["--today", "2021-11-28", "--width", width]);
        for line in text.lines() {
            assert!(line.width() <= width.parse().unwrap(), "--width {width}: {line}");
        }
        assert_data_eq!(
            text,
            snapbox::Data::read_from(&root().join(format!("tests/snapshots/timeline-long-{width}.txt")), None).raw()
        );
        let svg = timeline_of(
            &long_titles(),
            &[
                "--today",
                "2021-11-28",
                "--width",
                width,
                "--format",
                "svg",
                "--lang",
                "en",
            ],
        );
        assert_text_inside(&svg, &format!("long titles, --width {width}"));
        assert_data_eq!(
            svg,
            snapbox::Data::read_from(&root().join(format!("tests/snapshots/timeline-long-{width}.svg")), None).raw()
        );
    }
}

/// DejaVu Sans Bold's advances, as [`DEJAVU`]'s.
const DEJAVU_BOLD: [u16; 95] = [
    713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, 1425, 1425, 1425, 1425,
    1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048, 1585, 1561, 1503, 1700, 1399, 1399,
    1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483,
    1485, 936, 748, 936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134,
    1458, 1407, 1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
];

/// How wide the timeline takes a text to be, in pixels at `size`, as it
/// measures what it draws: DejaVu Sans (or Bold) where it knows the
/// advance, a letter with marks as its letter, two columns as 1.3 em, any
/// other character as 1.1 em (bold, 1.26 times that), and a tenth more.
fn estimated_width(text: &str, size: f64, bold: bool) -> f64 {
    let table = if bold { &DEJAVU_BOLD } else { &DEJAVU };
    let more = if bold { 1.26 } else { 1.0 };
    let ascii = |c: char| {
        (c as usize)
            .checked_sub(0x20)
            .and_then(|i| table.get(i))
            .map(|units| f64::from(*units) / 2048.0)
    };
    let em: f64 = text
        .chars()
        .map(|c| {
            if let Some(em) = ascii(c) {
                return em;
            }
            match unicode_width::UnicodeWidthChar::width(c) {
                Some(0) => return 0.0,
                Some(2) => return 1.3 * more,
                _ => {}
            }
            match deunicode::deunicode_char(c) {
                Some(base) if base.len() == 1 && base.chars().all(|b| b.is_ascii_alphanumeric()) => {
                    ascii(base.chars().next().unwrap()).unwrap()
                }
                _ => 1.1 * more,
            }
        })
        .sum();
    em * size * 1.1
}

/// An attribute of a node or of the nearest of its ancestors that has it.
fn inherited<'a>(n: roxmltree::Node<'a, 'a>, attribute: &str) -> Option<&'a str> {
    n.ancestors().find_map(|a| a.attribute(attribute))
}

/// Where each line of text of a picture is drawn, left to right, as the
/// timeline measures it: a `<text>`, or each of its `<tspan>`s (its
/// tooltip, a `<title>`, is not drawn), with its words.
fn text_spans(doc: &roxmltree::Document) -> Vec<(f64, f64, String)> {
    let mut spans = Vec::new();
    for text in doc.descendants().filter(|n| n.has_tag_name("text")) {
        let size: f64 = inherited(text, "font-size").unwrap_or("12").parse().unwrap();
        let bold = inherited(text, "font-weight") == Some("bold");
        let anchor = inherited(text, "text-anchor").unwrap_or("start");
        let tspans: Vec<roxmltree::Node> = text.children().filter(|n| n.has_tag_name("tspan")).collect();
        let lines: Vec<(roxmltree::Node, String)> = if tspans.is_empty() {
            let words: String = text
                .children()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect();
            vec![(text, words)]
        } else {
            tspans.iter().map(|t| (*t, t.text().unwrap_or("").to_owned())).collect()
        };
        for (node, words) in lines {
            let x: f64 = inherited(node, "x").unwrap().parse().unwrap();
            let w = estimated_width(&words, size, bold);
            let left = match anchor {
                "middle" => x - w / 2.0,
                "end" => x - w,
                _ => x,
            };
            spans.push((left, left + w, words));
        }
    }
    spans
}

/// No text of a picture runs past its edges, and the names of lanes end
/// before the chart starts (where the axis draws its first line).
fn assert_text_inside(svg: &str, context: &str) {
    let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
    let width = number(doc.root_element(), "width");
    for (left, right, words) in text_spans(&doc) {
        assert!(
            left >= -0.05 && right <= width + 0.05,
            "{context}: {words:?} from {left:.1} to {right:.1}, in a picture {width} wide"
        );
    }
    let chart = doc
        .descendants()
        .filter(|n| n.has_tag_name("line") && n.ancestors().any(|a| a.attribute("class") == Some("axis")))
        .map(|n| number(n, "x1"))
        .fold(f64::MAX, f64::min);
    for lane in doc
        .descendants()
        .filter(|n| matches!(n.attribute("class"), Some("phase" | "events")))
    {
        for text in lane
            .children()
            .filter(|n| n.has_tag_name("text") && n.attribute("class").is_none())
        {
            let words: String = text
                .children()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect();
            let size: f64 = inherited(text, "font-size").unwrap_or("12").parse().unwrap();
            let right =
                number(text, "x") + estimated_width(&words, size, text.attribute("font-weight") == Some("bold"));
            assert!(
                right <= chart,
                "{context}: {words:?} ends at {right:.1}, past the chart at {chart}"
            );
        }
    }
}

#[test]
fn no_text_runs_past_the_picture_nor_a_lane_name_into_the_chart() {
    let ws = "W".repeat(37);
    let wide_names = format!(
        "[project]\nname = \"{}\"\n\n[[phase]]\nid = \"w\"\nname = \"{ws}\"\nstart = \"2021-01\"\nend = \"2021-06\"\n\n[[phase]]\nid = \"u\"\nname = \"{ws}\"\nmonths = 2\n\n[[workshop]]\nid = \"x\"\ntitle = \"{ws}\"\ndate = 2021-03-01\n\n[[milestone]]\nid = \"m\"\nname = \"Ends\"\ndate = 2021-06-30\n",
        "W".repeat(120)
    );
    let cases = [
        (long_titles(), "2021-11-28"),
        (shipped(), "2021-11-28"),
        (dense(), "2022-03-01"),
        (wide_names.clone(), "2021-03-01"),
        (wide_names.clone(), "2021-06-30"),
        (FOUR_WEEKS.to_owned(), "2021-04-15"),
        (UNDATED.to_owned(), "2025-06-01"),
    ];
    for (plan, today) in &cases {
        for width in [20, 30, 40, 60, 80, 100, 130, 160, 300] {
            let out = Test::new()
                .plan(plan)
                .args(&[
                    "timeline",
                    "--format",
                    "svg",
                    "--today",
                    today,
                    "--width",
                    &width.to_string(),
                ])
                .run();
            assert!(out.code < 2, "{}", out.stderr);
            assert_text_inside(&out.stdout, &format!("{today} --width {width}"));
        }
    }
    // A name too long for its room is cut with `…`, its tooltip whole.
    let svg = timeline_failing(&wide_names, &["--today", "2021-03-01", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let phase = class(&doc, "phase").next().unwrap();
    let name = phase.children().find(|n| n.has_tag_name("text")).unwrap();
    let shown: String = name
        .children()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    assert!(shown.starts_with("WWW") && shown.ends_with('…'), "{shown}");
    let tip = name.children().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(tip.text(), Some(ws.as_str()));
    // So is a phase's without dates, which keeps saying so.
    let undated = class(&doc, "phase")
        .find(|n| n.attribute("data-dates") == Some("none"))
        .unwrap();
    let name = undated.children().find(|n| n.has_tag_name("text")).unwrap();
    let shown: String = name
        .children()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    assert!(shown.ends_with("… (no dates)"), "{shown}");
    // A name is cut only where it has no room, and has its tooltip then.
    let mut cut = 0;
    for plan in [long_titles(), shipped()] {
        let svg = timeline_of(&plan, &["--today", "2021-11-28", "--format", "svg"]);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        for phase in class(&doc, "phase") {
            let name = phase.children().find(|n| n.has_tag_name("text")).unwrap();
            let shown: String = name
                .children()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect();
            let tip = name.children().find(|n| n.has_tag_name("title")).and_then(|t| t.text());
            assert_eq!(shown.ends_with('…'), tip.is_some(), "{shown:?} {tip:?}");
            if let Some(tip) = tip {
                assert!(tip.starts_with(shown.trim_end_matches('…')), "{shown:?} {tip:?}");
                cut += 1;
            }
        }
    }
    assert!((1..8).contains(&cut), "{cut} names cut");
}

// ── Arrows told apart ────────────────────────────────────────────────────

/// A chain: each workshop after the one before, the milestone after the
/// last, all in one phase.
const CHAIN: &str = "[project]\nname = \"Chain\"\n\n[[phase]]\nid = \"p\"\nname = \"Pilot\"\nstart = \"2021-01\"\nend = \"2021-12\"\n\n[[workshop]]\nid = \"w1\"\ntitle = \"First\"\ndate = 2021-02-10\nphase = \"p\"\n\n[[workshop]]\nid = \"w2\"\ntitle = \"Second\"\ndate = 2021-04-10\nphase = \"p\"\nafter = [\"w1\"]\n\n[[workshop]]\nid = \"w3\"\ntitle = \"Third\"\ndate = 2021-06-10\nphase = \"p\"\nafter = [\"w2\"]\n\n[[milestone]]\nid = \"m1\"\nname = \"Done\"\ndate = 2021-09-10\nphase = \"p\"\nafter = [\"w3\"]\n";

/// Whether two stretches of arrows run along each other: on one line, and
/// sharing more than a point of it.
fn along((a, b): ((f64, f64), (f64, f64)), (c, d): ((f64, f64), (f64, f64))) -> bool {
    let near = |p: f64, q: f64| (p - q).abs() < 0.11;
    let shared =
        |(p1, p2): (f64, f64), (q1, q2): (f64, f64)| p1.max(p2).min(q1.max(q2)) - p1.min(p2).max(q1.min(q2)) > 0.5;
    if near(a.1, b.1) && near(c.1, d.1) && near(a.1, c.1) {
        shared((a.0, b.0), (c.0, d.0))
    } else if near(a.0, b.0) && near(c.0, d.0) && near(a.0, c.0) {
        shared((a.1, b.1), (c.1, d.1))
    } else {
        false
    }
}

/// Arrows that join four different items never run along each other, so
/// that each can be followed from its start to its end.
fn assert_arrows_apart(svg: &str, context: &str) -> usize {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let arrows = arrows(&doc);
    for (i, (from, to, points)) in arrows.iter().enumerate() {
        for (other_from, other_to, other) in &arrows[i + 1..] {
            if from == other_from || to == other_to {
                continue;
            }
            for p in points.windows(2) {
                for q in other.windows(2) {
                    assert!(
                        !along((p[0], p[1]), (q[0], q[1])),
                        "{context}: {from} → {to} runs along {other_from} → {other_to}: {points:?} {other:?}"
                    );
                }
            }
        }
    }
    arrows.len()
}

#[test]
fn arrows_of_a_chain_are_told_apart() {
    let svg = timeline_of(CHAIN, &["--today", "2021-01-01", "--format", "svg"]);
    assert_eq!(assert_arrows_apart(&svg, "chain"), 3);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let arrows = arrows(&doc);
    // Into a mark and out of it at two x: w2 → w3 leaves w2 right of
    // where w1 → w2 comes into it.
    let ends = |id: &str| {
        let into = arrows.iter().find(|a| a.1 == id).map(|a| a.2.last().unwrap().0);
        let out = arrows.iter().find(|a| a.0 == id).map(|a| a.2[0].0);
        (into, out)
    };
    for id in ["w2", "w3"] {
        let (into, out) = ends(id);
        assert!(into.unwrap() + 4.0 <= out.unwrap(), "{id}: {arrows:?}");
    }
    // Each along its own line under the row: the one after another on
    // another track.
    let under: Vec<f64> = arrows.iter().map(|a| a.2[1].1).collect();
    assert!(under[0] != under[1] && under[1] != under[2], "{under:?}");
    // As wide or as narrow as the picture is, and in the busy plan, the
    // derived one and the shipped one.
    for width in [20, 40, 60, 100, 160, 300] {
        for (plan, today) in [
            (CHAIN.to_owned(), "2021-01-01"),
            (dense(), "2022-03-01"),
            (derived(), "2024-11-28"),
            (shipped(), "2021-11-28"),
        ] {
            let svg = timeline_of(
                &plan,
                &["--today", today, "--format", "svg", "--width", &width.to_string()],
            );
            assert_arrows_apart(&svg, &format!("{today} --width {width}"));
            assert_names_keep_apart(&svg, &format!("{today} --width {width}"));
        }
    }
}

// ── Crowded events ──────────────────────────────────────────────────────

/// Marks past the rows names may open are placed where they meet no other
/// mark, and named where their row has room.
#[test]
fn crowded_events_are_named_where_there_is_room_and_their_marks_kept_apart() {
    let mut plan = String::from(
        "[project]\nname = \"Crowded\"\n\n[[phase]]\nid = \"p\"\nname = \"Pilot\"\nstart = \"2021-01\"\nend = \"2021-12\"\n",
    );
    for day in 1..=6 {
        plan += &format!(
            "\n[[workshop]]\nid = \"w{day}\"\ntitle = \"Atelier {day}\"\ndate = 2021-03-0{day}\nphase = \"p\"\n"
        );
    }
    let svg = timeline_of(&plan, &["--today", "2021-01-01", "--format", "svg"]);
    assert_eq!(assert_names_keep_apart(&svg, "crowded"), 6, "every one named\n{svg}");
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let marks: Vec<Box2> = class(&doc, "event").map(|n| shape_box(n).unwrap()).collect();
    assert_eq!(marks.len(), 6);
    for (i, a) in marks.iter().enumerate() {
        for b in &marks[i + 1..] {
            assert!(!meet(*a, *b), "two marks meet: {a:?} {b:?}\n{svg}");
        }
    }
}

// ── In Romanian ─────────────────────────────────────────────────────────
//
// The terminal's chart follows the terminal's language (`--lang`,
// `ICC_LANG`, the locale); the SVG and Mermaid are documents for the plan's
// audience (`--lang`, `ICC_LANG`, the plan's `project.language`, then the
// terminal's). The shipped plan says `language = "ro"`.

/// `icc timeline ARGS` on `plan` with the environment `env`, which must
/// pass.
fn timeline_env(plan: &str, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut all = vec!["timeline"];
    all.extend_from_slice(args);
    let mut test = Test::new().plan(plan).args(&all);
    for (key, value) in env {
        test = test.env(key, value);
    }
    let out = test.run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{env:?} {args:?}");
    out.stdout
}

const RO: (&str, &str) = ("LANG", "ro_RO.UTF-8");

/// English words the timeline writes, none of which a Romanian chart may
/// hold (each a whole word; the plan's own text is Romanian).
const ENGLISH_WORDS: [&str; 20] = [
    "today",
    "target",
    "targets",
    "KPI",
    "track",
    "behind",
    "missed",
    "phase",
    "event",
    "events",
    "done",
    "upcoming",
    "active",
    "workshop",
    "milestone",
    "recurring",
    "meeting",
    "cancelled",
    "outside",
    "follows",
];

/// The English names of months, full and in three letters.
const ENGLISH_MONTHS: [&str; 24] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
];

fn assert_no_english(text: &str, context: &str) {
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        assert!(
            !ENGLISH_WORDS.contains(&word) && !ENGLISH_MONTHS.contains(&word),
            "{context}: English {word:?} in\n{text}"
        );
    }
}

#[test]
fn the_terminal_chart_in_romanian_at_three_widths_and_two_dates() {
    let during = |w: &str| timeline_env(&shipped(), &[RO], &["--today", "2021-11-28", "--width", w]);
    let before = |w: &str| timeline_env(&shipped(), &[RO], &["--today", "2020-06-01", "--width", w]);
    let (during_100, before_60) = (during("100"), before("60"));
    assert_data_eq!(during("60"), file!["snapshots/timeline-during-60.ro.txt"].raw());
    assert_data_eq!(&during_100, file!["snapshots/timeline-during-100.ro.txt"].raw());
    assert_data_eq!(during("160"), file!["snapshots/timeline-during-160.ro.txt"].raw());
    assert_data_eq!(&before_60, file!["snapshots/timeline-before-60.ro.txt"].raw());
    // Romanian initials of the months (iunie, iulie, ianuarie: I), and
    // quarters (trimestre: T) where months are too narrow.
    let ticks = |out: &str| -> Vec<String> {
        words(out.lines().nth(2).unwrap())
            .into_iter()
            .map(|(_, t)| t.to_owned())
            .collect()
    };
    assert_eq!(
        ticks(&during_100)[..13],
        ["S", "O", "N", "D", "I", "F", "M", "A", "M", "I", "I", "A", "S"]
    );
    assert_eq!(ticks(&before_60)[..4], ["T4", "T1", "T2", "T3"]);
    assert!(during_100.contains("  └ 4 evenimente "), "{during_100}");
    assert!(during_100.contains("▲ azi 2021-11-28"), "{during_100}");
    assert!(
        before_60.contains("azi 2020-06-01 (în afara graficului)"),
        "{before_60}"
    );
    let legend = during_100
        .lines()
        .skip_while(|l| !l.contains("▲ azi"))
        .skip(1)
        .collect::<Vec<_>>()
        .join("\n");
    for entry in [
        "█ etapă încheiată",
        "▓ etapă în curs",
        "░ etapă viitoare",
        "◆ eveniment realizat",
        "▬ lună sau serie, realizată",
        "● întâlnire periodică ținută",
        "○ întâlnire periodică viitoare",
        "│┃ azi",
    ] {
        assert!(legend.contains(entry), "{entry:?} in\n{legend}");
    }
    for out in [&during_100, &before_60] {
        assert_no_english(out, "LANG=ro_RO.UTF-8");
    }
}

#[test]
fn the_terminal_chart_follows_the_terminal_and_lang_overrides_it() {
    let args = ["--today", "2021-11-28", "--width", "100"];
    let english = timeline_env(&shipped(), &[], &args);
    let romanian = timeline_env(&shipped(), &[RO], &args);
    assert_data_eq!(&english, file!["snapshots/timeline-during-100.txt"].raw());
    assert_data_eq!(&romanian, file!["snapshots/timeline-during-100.ro.txt"].raw());
    // `--lang en` over a Romanian locale; ICC_LANG and LC_ALL, LC_MESSAGES.
    let en_args = ["--today", "2021-11-28", "--width", "100", "--lang", "en"];
    assert_eq!(timeline_env(&shipped(), &[RO], &en_args), english);
    assert_eq!(timeline_env(&shipped(), &[("ICC_LANG", "en"), RO], &args), english);
    assert_eq!(timeline_env(&shipped(), &[("ICC_LANG", "ro")], &args), romanian);
    assert_eq!(timeline_env(&shipped(), &[("LC_ALL", "ro_RO.UTF-8")], &args), romanian);
    assert_eq!(
        timeline_env(
            &shipped(),
            &[("LC_MESSAGES", "ro_RO.UTF-8"), ("LANG", "en_US.UTF-8")],
            &args
        ),
        romanian
    );
    // A language icc has no catalogue of is English; the plan's language
    // is not the terminal's.
    assert_eq!(timeline_env(&shipped(), &[("LANG", "de_DE.UTF-8")], &args), english);
    // The error of a window that ends before it starts, in the terminal's
    // language.
    let bad = Test::new()
        .plan(&shipped())
        .env("LANG", "ro_RO.UTF-8")
        .args(&["timeline", "--from", "2022-01", "--to", "2021-01"])
        .run();
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("--to 2021-01 este înainte de --from 2022-01"),
        "{}",
        bad.stderr
    );
}

#[test]
fn the_svg_and_mermaid_are_in_the_plan_language_unless_asked_otherwise() {
    let svg = |env: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["--today", "2021-11-28", "--format", "svg"];
        args.extend_from_slice(extra);
        timeline_env(&shipped(), env, &args)
    };
    let romanian = svg(&[], &[]);
    assert_data_eq!(&romanian, file!["snapshots/timeline.ro.svg"].raw());
    // The picture in docs/ is this one (its PNG is drawn from it).
    let docs = std::fs::read_to_string(root().join("docs/timeline-ro.svg")).expect("docs/timeline-ro.svg");
    assert!(
        docs == romanian,
        "docs/timeline-ro.svg is out of date; redraw it and its PNG:\n\
         icc timeline --plan plan.toml --today 2021-11-28 --width 100 --format svg -o docs/timeline-ro.svg\n\
         chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir=/tmp/chr-charts \
         --hide-scrollbars --window-size=1200,HEIGHT --screenshot=$PWD/docs/timeline-ro.png \
         file://$PWD/docs/timeline-ro.svg"
    );
    let english = svg(&[], &["--lang", "en"]);
    assert_data_eq!(&english, file!["snapshots/timeline.svg"].raw());
    // The plan's language over the terminal's; --lang and ICC_LANG over
    // the plan's.
    assert_eq!(svg(&[("LANG", "de_DE.UTF-8")], &[]), romanian);
    assert_eq!(svg(&[("LANG", "en_US.UTF-8")], &[]), romanian);
    assert_eq!(svg(&[RO], &["--lang", "en"]), english);
    assert_eq!(svg(&[("ICC_LANG", "en")], &[]), english);
    // A plan that names no language: the terminal's.
    let unsaid = shipped().replace("language = \"ro\"\n", "");
    assert_ne!(unsaid, shipped());
    let args = ["--today", "2021-11-28", "--format", "svg"];
    assert_eq!(timeline_env(&unsaid, &[RO], &args), romanian);
    assert_eq!(timeline_env(&unsaid, &[], &args), english);
    // A plan in English, read on a Romanian terminal.
    let in_english = shipped().replace("language = \"ro\"", "language = \"en\"");
    assert_eq!(timeline_env(&in_english, &[RO], &args), english);

    // Mermaid writes no word of its own for the shipped plan (its sections
    // and tasks are the plan's text): the same in both languages.
    let mermaid = |env: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec!["--today", "2021-11-28", "--format", "mermaid"];
        args.extend_from_slice(extra);
        timeline_env(&shipped(), env, &args)
    };
    assert_data_eq!(mermaid(&[], &[]), file!["snapshots/timeline.mmd"].raw());
    assert_data_eq!(mermaid(&[RO], &["--lang", "en"]), file!["snapshots/timeline.mmd"].raw());
}

/// The texts of a picture's elements of class `class` (or of the whole
/// picture), each text node once, tooltips aside.
fn drawn_texts(doc: &roxmltree::Document, class: Option<&str>) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("text") || n.has_tag_name("tspan"))
        .filter(|n| class.is_none_or(|c| n.ancestors().any(|a| a.attribute("class") == Some(c))))
        .flat_map(|n| n.children().filter(|t| t.is_text()).filter_map(|t| t.text()))
        .filter(|t| !t.trim().is_empty())
        .map(str::to_owned)
        .collect()
}

/// The names of months (or quarters) on an axis of months: its middle-
/// anchored grey texts.
fn month_labels(doc: &roxmltree::Document) -> Vec<String> {
    class(doc, "axis")
        .flat_map(|axis| axis.children())
        .filter(|n| n.has_tag_name("text") && n.attribute("text-anchor") == Some("middle"))
        .filter_map(|n| n.text().map(str::to_owned))
        .collect()
}

#[test]
fn the_romanian_svg_reads_back_with_romanian_words() {
    let svg = timeline_env(&shipped(), &[], &["--today", "2021-11-28", "--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    // Every month in three letters, Romanian, in order.
    let ro_short = [
        "ian", "feb", "mar", "apr", "mai", "iun", "iul", "aug", "sep", "oct", "nov", "dec",
    ];
    let months = month_labels(&doc);
    let expected: Vec<&str> = (0..25).map(|i| ro_short[(8 + i) % 12]).collect();
    assert_eq!(months, expected);
    for text in drawn_texts(&doc, None) {
        assert_no_english(&text, "the shipped plan's SVG");
    }
    // The legend, today's words, the rows of events.
    assert_eq!(
        drawn_texts(&doc, Some("legend")),
        [
            "etapă încheiată",
            "etapă în curs",
            "etapă viitoare",
            "atelier realizat",
            "întâlnire periodică ținută",
            "întâlnire periodică viitoare",
            "azi",
            "urmează după",
        ]
    );
    assert_eq!(drawn_texts(&doc, Some("today")), ["azi 2021-11-28"]);
    let counts: Vec<String> = drawn_texts(&doc, Some("events"))
        .into_iter()
        .filter(|t| t.contains("evenimente"))
        .collect();
    assert_eq!(counts, ["4 evenimente", "2 evenimente"]);
    // Tooltips (`<title>`) in Romanian too: an arrow's says `după`.
    let tips: Vec<&str> = class(&doc, "link")
        .filter_map(|l| l.children().find(|n| n.has_tag_name("title")).and_then(|t| t.text()))
        .collect();
    assert!(
        !tips.is_empty() && tips.iter().all(|t| t.contains(" după ")),
        "{tips:?}"
    );

    // Month names as the room allows: in full on a wide picture, initials
    // on a narrow one (ianuarie, iunie, iulie: I), quarters (T) narrower.
    let at = |width: &str| {
        let svg = timeline_env(
            &shipped(),
            &[],
            &["--today", "2021-11-28", "--format", "svg", "--width", width],
        );
        month_labels(&roxmltree::Document::parse(&svg).unwrap())
    };
    let full = at("400");
    assert_eq!(
        full[..5],
        ["septembrie", "octombrie", "noiembrie", "decembrie", "ianuarie"]
    );
    assert_eq!(full.len(), 25);
    let initials = at("40");
    assert_eq!(initials[..6], ["S", "O", "N", "D", "I", "F"]);
    assert_eq!(initials[9..11], ["I", "I"]);
    for width in 20..=200 {
        let labels = at(&width.to_string());
        for label in &labels {
            let quarter = label.len() == 2 && label.starts_with('T');
            let month = ro_short.contains(&label.as_str())
                || "IFMASOND".contains(label.as_str()) && label.len() == 1
                || (1..=12).any(|m| {
                    [
                        "ianuarie",
                        "februarie",
                        "martie",
                        "aprilie",
                        "mai",
                        "iunie",
                        "iulie",
                        "august",
                        "septembrie",
                        "octombrie",
                        "noiembrie",
                        "decembrie",
                    ][m - 1]
                        == label
                });
            assert!(quarter || month, "--width {width}: {label:?} in {labels:?}");
        }
    }
}

/// A Romanian plan with every mark the chart has: phases done, active and
/// to come, workshops and milestones done, overdue, under way, to come and
/// cancelled, a meeting held and to come, an event in no phase, `after`.
const ALL_MARKS_RO: &str = "[project]\nname = \"Program de încercare\"\nlanguage = \"ro\"\n\n[[phase]]\nid = \"a\"\nname = \"Pregătire\"\nstart = \"2021-01\"\nend = \"2021-03\"\n\n[[phase]]\nid = \"b\"\nname = \"Implementare\"\nstart = \"2021-04\"\nend = \"2021-10\"\nafter = [\"a\"]\n\n[[phase]]\nid = \"c\"\nname = \"Evaluare\"\nstart = \"2021-11\"\nend = \"2021-12\"\nafter = [\"b\"]\n\n[[workshop]]\nid = \"w-done\"\ntitle = \"Atelier inițial\"\ndate = 2021-02-10\nphase = \"a\"\nstatus = \"done\"\n\n[[workshop]]\nid = \"w-late\"\ntitle = \"Atelier restant\"\ndate = 2021-05-12\nphase = \"b\"\n\n[[workshop]]\nid = \"w-now\"\ntitle = \"Atelier în curs\"\ndate = 2021-06-28\nend = 2021-07-02\nphase = \"b\"\n\n[[workshop]]\nid = \"w-next\"\ntitle = \"Atelier viitor\"\ndate = 2021-09-15\nphase = \"b\"\n\n[[workshop]]\nid = \"w-off\"\ntitle = \"Atelier anulat\"\ndate = 2021-08-10\nphase = \"b\"\nstatus = \"cancelled\"\n\n[[milestone]]\nid = \"m-done\"\nname = \"Reper atins\"\ndate = 2021-03-31\nphase = \"a\"\nstatus = \"done\"\n\n[[milestone]]\nid = \"m-late\"\nname = \"Raport restant\"\ndate = \"2021-05\"\nphase = \"b\"\n\n[[milestone]]\nid = \"m-now\"\nname = \"Raport lunar\"\ndate = \"2021-07\"\nphase = \"b\"\n\n[[milestone]]\nid = \"m-next\"\nname = \"Raport final\"\ndate = 2021-12-15\nphase = \"c\"\nafter = [\"m-now\"]\n\n[[milestone]]\nid = \"m-off\"\nname = \"Reper anulat\"\ndate = 2021-10-01\nphase = \"b\"\nstatus = \"cancelled\"\n\n[[milestone]]\nid = \"m-loose\"\nname = \"Conferință\"\ndate = 2022-02-01\n\n[[recurring]]\nid = \"r\"\ntitle = \"Comitet de coordonare\"\nphase = \"b\"\nevery_months = 2\n";

#[test]
fn every_word_of_the_chart_in_romanian() {
    fn with<'a>(extra: &[&'a str]) -> Vec<&'a str> {
        [&["--today", "2021-07-01"][..], extra].concat()
    }
    // The terminal: every entry of the legend, the lane of events in no
    // phase, the count of a phase's events (1 eveniment, 7 evenimente).
    let text = timeline_env(ALL_MARKS_RO, &[RO], &with(&["--width", "200"]));
    for words in [
        "█ etapă încheiată",
        "▓ etapă în curs",
        "░ etapă viitoare",
        "◆ eveniment realizat",
        "◇ eveniment viitor",
        "▣ lună sau serie în desfășurare",
        "! restant (a trecut, încă planificat)",
        "✕ anulat",
        "● întâlnire periodică ținută",
        "○ întâlnire periodică viitoare",
        "│┃ azi",
        "Alte evenimente",
        "  └ 1 eveniment ",
        "  └ 7 evenimente ",
    ] {
        assert!(text.contains(words), "{words:?} in\n{text}");
    }
    assert_no_english(&text, "the terminal");
    // The picture: every entry of its legend, and the tooltips' words.
    let svg = timeline_env(ALL_MARKS_RO, &[], &with(&["--format", "svg"]));
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert_eq!(
        drawn_texts(&doc, Some("legend")),
        [
            "etapă încheiată",
            "etapă în curs",
            "etapă viitoare",
            "reper realizat",
            "reper viitor",
            "reper în desfășurare",
            "reper restant (a trecut, încă planificat)",
            "reper anulat",
            "atelier realizat",
            "atelier viitor",
            "atelier în desfășurare",
            "atelier restant (a trecut, încă planificat)",
            "atelier anulat",
            "întâlnire periodică ținută",
            "întâlnire periodică viitoare",
            "azi",
            "urmează după",
        ]
    );
    let texts = drawn_texts(&doc, None);
    assert!(texts.contains(&"Alte evenimente".to_owned()), "{texts:?}");
    for text in &texts {
        assert_no_english(text, "the picture");
    }
    let tip = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("data-id") == Some(id) && n.attribute("class") != Some("label"))
            .and_then(|n| n.children().find(|t| t.has_tag_name("title")))
            .and_then(|t| t.text())
            .unwrap_or_else(|| panic!("a tooltip for {id}"))
    };
    assert_eq!(tip("w-late"), "Atelier restant: 2021-05-12 (restant)");
    assert_eq!(
        tip("w-now"),
        "Atelier în curs: 2021-06-28 – 2021-07-02 (în desfășurare)"
    );
    assert_eq!(tip("m-off"), "Reper anulat: 2021-10-01 (anulat)");
    assert_eq!(tip("w-next"), "Atelier viitor: 2021-09-15");
    // Mermaid: the section of events in no phase, cancelled events.
    let mermaid = timeline_env(ALL_MARKS_RO, &[], &with(&["--format", "mermaid"]));
    for line in [
        "    section Alte evenimente\n",
        "    ✕ Atelier anulat (anulat) :done, w-off, 2021-08-10, 2021-08-11\n",
        "    ✕ Reper anulat (anulat) :milestone, done, m-off, 2021-10-01, 0d\n",
    ] {
        assert!(mermaid.contains(line), "{line:?} in\n{mermaid}");
    }
    // Its words (not its grammar's: `done`, `milestone`) are Romanian.
    let said: Vec<&str> = mermaid.lines().skip(4).map(|l| l.split(" :").next().unwrap()).collect();
    assert_no_english(&said.join("\n"), "Mermaid");

    // A phase without dates says so in every format.
    let undated = UNDATED.replace("[project]\n", "[project]\nlanguage = \"ro\"\n");
    let failing = |env: &[(&str, &str)], args: &[&str]| {
        let mut test = Test::new()
            .plan(&undated)
            .args(&[&["timeline", "--today", "2025-06-01"], args].concat());
        for (key, value) in env {
            test = test.env(key, value);
        }
        let out = test.run();
        assert_eq!(out.code, 1, "{}", out.stderr);
        out.stdout
    };
    let text = failing(&[RO], &["--width", "80"]);
    assert!(text.contains("\nBeta (fără perioadă) "), "{text}");
    assert!(text.contains("\nGamma (fără perioadă)"), "{text}");
    let svg = failing(&[], &["--format", "svg"]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let texts = drawn_texts(&doc, Some("phase"));
    assert!(texts.contains(&"Beta (fără perioadă)".to_owned()), "{texts:?}");
    let mermaid = failing(&[], &["--format", "mermaid"]);
    assert!(mermaid.contains("\n    section Beta (fără perioadă)\n"), "{mermaid}");

    // A window with nothing in it says so, in every format.
    let nothing = "nimic în acest interval (planul se întinde de la 2020-09-01 până la 2022-09-30)";
    let empty = ["--today", "2021-11-28", "--from", "2023-01"];
    let text = timeline_env(&shipped(), &[RO], &[&empty[..], &["--width", "200"]].concat());
    assert!(text.contains(nothing), "{text}");
    assert!(text.contains("azi 2021-11-28 (în afara graficului)"), "{text}");
    let svg = timeline_env(&shipped(), &[], &[&empty[..], &["--format", "svg"]].concat());
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert_eq!(svg_words(&doc, "nothing"), nothing);
    assert_eq!(svg_words(&doc, "today-outside"), "azi 2021-11-28 (în afara graficului)");
    let mermaid = timeline_env(&shipped(), &[], &[&empty[..], &["--format", "mermaid"]].concat());
    assert!(
        mermaid.contains(&format!(
            "\n    title Intelligent Cities Challenge — Arad — {nothing}\n"
        )),
        "{mermaid}"
    );
    let dateless = timeline_env("[project]\nname = \"E\"\n", &[RO], &["--today", "2021-11-28"]);
    assert!(
        dateless.contains("nimic de desenat (nicio etapă și niciun eveniment din plan nu are o dată)"),
        "{dateless}"
    );
}

/// Every x a shape of a legend entry reaches: its rectangle's, circle's,
/// polygon's, line's or path's.
fn shape_xs(entry: roxmltree::Node) -> Vec<f64> {
    let mut xs = Vec::new();
    for n in entry
        .descendants()
        .filter(|n| n.is_element() && !n.has_tag_name("text"))
    {
        let attr = |a: &str| n.attribute(a).and_then(|v| v.parse::<f64>().ok());
        match n.tag_name().name() {
            "rect" => xs.extend(
                attr("x")
                    .zip(attr("width"))
                    .map(|(x, w)| [x, x + w])
                    .into_iter()
                    .flatten(),
            ),
            "circle" => xs.extend(
                attr("cx")
                    .zip(attr("r"))
                    .map(|(x, r)| [x - r, x + r])
                    .into_iter()
                    .flatten(),
            ),
            "line" => xs.extend(["x1", "x2"].into_iter().filter_map(attr)),
            "polygon" => xs.extend(polygon(n).into_iter().map(|(x, _)| x)),
            "path" => xs.extend(corners(n).into_iter().map(|(x, _)| x)),
            _ => {}
        }
    }
    xs
}

/// The legend's entries keep apart: on a line, each (its swatches, then
/// its words as wide as the timeline measures them) ends before the next
/// begins; all inside the picture.
fn assert_legend_apart(svg: &str, context: &str) {
    let doc = roxmltree::Document::parse(svg).expect("well-formed XML");
    let width = number(doc.root_element(), "width");
    let mut rows: std::collections::BTreeMap<String, Vec<(f64, f64, String)>> = Default::default();
    for entry in class(&doc, "entry") {
        let text = entry.children().find(|n| n.has_tag_name("text")).unwrap();
        let words = text.text().unwrap_or("").to_owned();
        let right = number(text, "x") + estimated_width(&words, 11.0, false);
        let left = shape_xs(entry).into_iter().fold(number(text, "x"), f64::min);
        assert!(
            left >= 0.0 && right <= width,
            "{context}: {words:?} from {left} to {right} in {width}"
        );
        rows.entry(text.attribute("y").unwrap().to_owned())
            .or_default()
            .push((left, right, words));
    }
    for entries in rows.values_mut() {
        entries.sort_by(|a, b| a.0.total_cmp(&b.0));
        for pair in entries.windows(2) {
            assert!(pair[0].1 < pair[1].0, "{context}: {:?} meets {:?}", pair[0], pair[1]);
        }
    }
}

#[test]
fn romanian_fits_narrow_widths() {
    let plans = [
        (shipped(), "2021-11-28"),
        (shipped(), "2020-06-01"),
        (long_titles(), "2021-11-28"),
        (ALL_MARKS_RO.to_owned(), "2021-07-01"),
    ];
    for (plan, today) in &plans {
        for width in (20..=120).chain([160, 200]) {
            let w = width.to_string();
            let text = timeline_env(plan, &[RO], &["--today", today, "--width", &w]);
            for line in text.lines() {
                assert!(
                    line.width() <= width,
                    "--today {today} --width {width}: {line:?}\n{text}"
                );
            }
        }
        for width in [20, 25, 30, 40, 50, 60, 80, 100, 130, 160, 300] {
            let w = width.to_string();
            let svg = timeline_env(plan, &[], &["--today", today, "--width", &w, "--format", "svg"]);
            let context = format!("--today {today} --width {width}");
            assert_text_inside(&svg, &context);
            assert_legend_apart(&svg, &context);
            assert_no_english(
                &drawn_texts(&roxmltree::Document::parse(&svg).unwrap(), None).join(" "),
                &context,
            );
        }
    }
    // The long-titles plan at 60 columns, as a Romanian picture.
    let svg = timeline_env(
        &long_titles(),
        &[],
        &["--today", "2021-11-28", "--width", "60", "--format", "svg"],
    );
    assert_data_eq!(svg, file!["snapshots/timeline-long-60.ro.svg"].raw());
}

// ── KPIs' targets ───────────────────────────────────────────────────────

fn kpis_example() -> String {
    std::fs::read_to_string(root().join("examples/kpis.toml")).expect("examples/kpis.toml")
}

/// The day `examples/kpis.toml` has a KPI in each state on.
const KPIS_DAY: &str = "2025-06-30";

#[test]
fn kpi_targets_in_the_terminal_chart_in_both_languages() {
    let plan = kpis_example();
    let english = timeline_of(&plan, &["--today", KPIS_DAY]);
    let romanian = timeline_env(&plan, &[RO], &["--today", KPIS_DAY]);
    assert_data_eq!(english.clone(), file!["snapshots/timeline-kpis.txt"].raw());
    assert_data_eq!(romanian.clone(), file!["snapshots/timeline-kpis.ro.txt"].raw());
    assert_no_english(&romanian, "the Romanian chart");
    // The five targets are on the row of their phase's events, each in
    // the middle of its month (between its tick and the next); three fall
    // in November 2025, where the one behind wins the column.
    let ticks = month_ticks(&english, chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap());
    let tick = |m: u32| {
        let day = chrono::NaiveDate::from_ymd_opt(2025, m, 1).unwrap();
        ticks.iter().find(|(_, d)| *d == day).unwrap().0
    };
    let marks = |out: &str, label: &str| -> Vec<(usize, char)> {
        let cells = row_cells(out, label, 100);
        (0..100)
            .filter(|&c| matches!(cells[c], '◉' | '◎' | '◔' | '⊗' | '◌'))
            .map(|c| (c, cells[c]))
            .collect()
    };
    let drawn = marks(&english, "  └ 5 KPI targets");
    assert_eq!(drawn.len(), 3, "{english}");
    for ((col, glyph), (month, expected)) in drawn.iter().zip([(3, '⊗'), (9, '◎'), (11, '◔')]) {
        assert!(
            (tick(month)..tick(month + 1)).contains(col) && *glyph == expected,
            "{expected} in month {month}: {drawn:?}\n{english}"
        );
    }
    let glyphs = |marks: Vec<(usize, char)>| marks.into_iter().map(|(_, c)| c).collect::<String>();
    assert_eq!(
        glyphs(marks(&romanian, "  └ 5 ținte de indicatori")),
        "⊗◎◔",
        "{romanian}"
    );
    // Every mark and colour in the legend, and nothing else.
    for env in [&[][..], &[RO][..]] {
        let coloured = timeline_env(&plan, env, &["--today", KPIS_DAY, "--color", "always"]);
        let (chart, legend) = chart_and_legend(&coloured);
        assert_eq!(chart, legend, "{env:?}\n{coloured}");
    }
    let coloured = timeline_of(&plan, &["--today", KPIS_DAY, "--color", "always"]);
    assert_legend_entry(&coloured, "\x1b[34m", "◎ KPI target, on track");
    assert_legend_entry(&coloured, "\x1b[33m", "◔ KPI target, behind");
    assert_legend_entry(&coloured, "\x1b[31m", "⊗ KPI target missed");
    // On another day other states: achieved, and not measured yet.
    let later = "[project]\nname = \"K\"\n\n[[kpi]]\nid = \"a\"\nname = \"A\"\nunit = \"%\"\nbaseline = { value = 0, date = \"2025-01\" }\ntarget = { value = 10, date = \"2025-12\" }\nmeasurements = [{ date = \"2025-05\", value = 12 }]\n\n[[kpi]]\nid = \"b\"\nname = \"B\"\nunit = \"%\"\nbaseline = { value = 0, date = \"2025-01\" }\ntarget = { value = 10, date = \"2026-06\" }\n";
    let out = timeline_of(later, &["--today", "2025-06-01", "--color", "always"]);
    let (chart, legend) = chart_and_legend(&out);
    assert_eq!(chart, legend, "{out}");
    assert_legend_entry(&out, "\x1b[32m", "◉ KPI target achieved");
    assert_legend_entry(&out, "\x1b[90m", "◌ KPI target, no data yet");
    // KPIs in no phase have the lane of what is in none.
    assert!(strip_ansi(&out).contains("\nOther events "), "{out}");
}

#[test]
fn the_events_row_counts_events_and_targets_apart() {
    let plan = kpis_example();
    let with_event =
        format!("{plan}\n[[workshop]]\nid = \"w\"\ntitle = \"Atelier\"\ndate = 2025-04-02\nphase = \"implementare\"\n");
    let english = timeline_of(&with_event, &["--today", KPIS_DAY]);
    assert!(english.contains("  └ 1 event, 5 KPI targets"), "{english}");
    let romanian = timeline_env(&with_event, &[RO], &["--today", KPIS_DAY]);
    assert!(
        romanian.contains("  └ 1 eveniment, 5 ținte de indicatori"),
        "{romanian}"
    );
    let svg = timeline_of(&with_event, &["--today", KPIS_DAY, "--format", "svg"]);
    assert!(svg.contains(">1 eveniment, 5 ținte de indicatori</text>"), "{svg}");
}

#[test]
fn kpi_targets_in_the_svg_with_a_tooltip_and_a_legend_entry() {
    let plan = kpis_example();
    for (lang, tips, legend) in [
        (
            "en",
            [
                "Consumul anual al iluminatului public: target 900 MWh by 2025-03 (missed)",
                "Timpul mediu de emitere a autorizației de construire: target 20 zile by 2025-09 (on track)",
                "Servicii publice disponibile online: target 60 % by 2025-11 (on track)",
                "Seturi de date deschise publicate: target 40 seturi de date by 2025-11 (behind)",
                "Cetățeni instruiți în utilizarea serviciilor digitale: target 500 persoane by 2025-11 (no data)",
            ],
            [
                "KPI target, on track",
                "KPI target, behind",
                "KPI target missed",
                "KPI target, no data yet",
            ],
        ),
        (
            "ro",
            [
                "Consumul anual al iluminatului public: ținta 900 MWh, termen 2025-03 (ratat)",
                "Timpul mediu de emitere a autorizației de construire: ținta 20 zile, termen 2025-09 (în grafic)",
                "Servicii publice disponibile online: ținta 60 %, termen 2025-11 (în grafic)",
                "Seturi de date deschise publicate: ținta 40 seturi de date, termen 2025-11 (în urmă)",
                "Cetățeni instruiți în utilizarea serviciilor digitale: ținta 500 persoane, termen 2025-11 (fără date)",
            ],
            [
                "țintă de indicator, în grafic",
                "țintă de indicator, în urmă",
                "țintă de indicator ratată",
                "țintă de indicator, încă fără date",
            ],
        ),
    ] {
        let svg = timeline_of(&plan, &["--today", KPIS_DAY, "--format", "svg", "--lang", lang]);
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let targets: Vec<roxmltree::Node> = class(&doc, "target").collect();
        let read: Vec<(&str, &str, &str)> = targets
            .iter()
            .map(|t| {
                (
                    t.attribute("data-id").unwrap(),
                    t.attribute("data-date").unwrap(),
                    t.attribute("data-state").unwrap(),
                )
            })
            .collect();
        assert_eq!(
            read,
            [
                ("consum-iluminat", "2025-03", "missed"),
                ("timp-autorizare", "2025-09", "on-track"),
                ("servicii-online", "2025-11", "on-track"),
                ("seturi-date", "2025-11", "behind"),
                ("cetateni-instruiti", "2025-11", "no-data"),
            ],
            "{lang}: in date order"
        );
        let tooltips: Vec<&str> = targets
            .iter()
            .map(|t| t.children().find(|n| n.has_tag_name("title")).unwrap().text().unwrap())
            .collect();
        assert_eq!(tooltips, tips, "{lang}");
        // In the lane of their phase, with rings (a bullseye) of their own.
        for t in &targets {
            assert_eq!(
                t.ancestors().find_map(|a| a.attribute("data-phase")),
                Some("implementare")
            );
            let rings = t.children().filter(|n| n.has_tag_name("circle")).count();
            assert_eq!(rings, 2, "{lang}");
        }
        // A month-precision target is drawn over its month, its rings in
        // the middle: between the lines of its month and the next.
        let month = |m: &str| {
            class(&doc, "month")
                .find(|n| n.attribute("data-month") == Some(m))
                .map(|n| number(n, "x1"))
                .unwrap()
        };
        let rings = targets[2].children().find(|n| n.has_tag_name("circle")).unwrap();
        let (nov, dec) = (month("2025-11"), month("2025-12"));
        assert!((number(rings, "cx") - (nov + dec) / 2.0).abs() < 1.0, "{lang}");
        let line = targets[2].children().find(|n| n.has_tag_name("line")).unwrap();
        assert!((number(line, "x1") - nov).abs() < 0.1 && (number(line, "x2") - dec).abs() < 0.1);
        // The legend names each state drawn, in the language.
        let entries = svg_words(&doc, "legend");
        for words in legend {
            assert!(entries.contains(words), "{lang}: {words:?} not in {entries:?}");
        }
        assert!(
            !entries.contains("achieved") && !entries.contains("atinsă"),
            "{entries}"
        );
        if lang == "ro" {
            assert_no_english(&drawn_texts(&doc, None).join("\n"), "the Romanian picture");
        }
        assert!(assert_names_keep_apart(&svg, lang) >= 3, "{lang}: names beside targets");
        assert_text_inside(&svg, lang);
    }
}

/// KPIs whose names a chart's reader would take for something else.
const HOSTILE_KPIS: &str = r#"[project]
name = "T"

[[phase]]
id = "p"
name = "P"
start = "2025-01"
end = "2025-12"

[[kpi]]
id = "k1"
name = "A < B & \"C\" 'D'"
unit = "<%>"
phase = "p"
baseline = { value = 0, date = "2025-01" }
target = { value = 10.5, date = 2025-10-15 }
measurements = [{ date = "2025-03", value = 2 }]

[[kpi]]
id = "k2"
name = "section x: #1; %%{init: {}}%% <b>"
unit = ":#;"
baseline = { value = 0, date = "2025-01" }
target = { value = 10, date = "2025-12" }

[[kpi]]
id = "done"
name = "title\nclick k2 call alert()"
unit = "%"
phase = "p"
baseline = { value = 0, date = "2025-01" }
target = { value = 10, date = "2025-11" }
"#;

#[test]
fn kpi_names_are_escaped_in_the_svg() {
    let svg = timeline_of(HOSTILE_KPIS, &["--today", KPIS_DAY, "--format", "svg", "--lang", "en"]);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let tips: Vec<&str> = class(&doc, "target")
        .map(|t| t.children().find(|n| n.has_tag_name("title")).unwrap().text().unwrap())
        .collect();
    assert_eq!(
        tips,
        [
            "A < B & \"C\" 'D': target 10.5 <%> by 2025-10-15 (behind)",
            "title click k2 call alert(): target 10 % by 2025-11 (no data)",
            "section x: #1; %%{init: {}}%% <b>: target 10 :#; by 2025-12 (no data)",
        ]
    );
    assert!(!svg.contains("<b>") && !svg.contains("A < B"), "markup escaped");
    assert_eq!(class(&doc, "label").count(), 3, "names beside their marks");
    assert_names_keep_apart(&svg, "hostile");
    // Romanian: the value with a comma.
    let svg = timeline_of(HOSTILE_KPIS, &["--today", KPIS_DAY, "--format", "svg", "--lang", "ro"]);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    let first = class(&doc, "target").next().unwrap();
    assert_eq!(
        first.children().find(|n| n.has_tag_name("title")).unwrap().text(),
        Some("A < B & \"C\" 'D': ținta 10,5 <%>, termen 2025-10-15 (în urmă)")
    );
}

#[test]
fn kpi_targets_in_mermaid_are_milestones_escaped() {
    let out = timeline_of(&kpis_example(), &["--today", KPIS_DAY, "--format", "mermaid"]);
    let targets: Vec<&str> = out.lines().filter(|l| l.contains("Țintă")).collect();
    assert_eq!(
        targets,
        [
            "    Țintă#58; Consumul anual al iluminatului public — 900 MWh (ratat) :milestone, crit, consum-iluminat, 2025-03-01, 2025-04-01",
            "    Țintă#58; Timpul mediu de emitere a autorizației de construire — 20 zile (în grafic) :milestone, timp-autorizare, 2025-09-01, 2025-10-01",
            "    Țintă#58; Servicii publice disponibile online — 60 #37; (în grafic) :milestone, servicii-online, 2025-11-01, 2025-12-01",
            "    Țintă#58; Seturi de date deschise publicate — 40 seturi de date (în urmă) :milestone, seturi-date, 2025-11-01, 2025-12-01",
            "    Țintă#58; Cetățeni instruiți în utilizarea serviciilor digitale — 500 persoane (fără date) :milestone, cetateni-instruiti, 2025-11-01, 2025-12-01",
        ]
    );
    // Under their phase's section.
    let section = out.find("    section Implementare\n").unwrap();
    let next = out.find("    section Revizuire").unwrap();
    assert!(targets.iter().all(|t| (section..next).contains(&out.find(t).unwrap())));
    let english = timeline_of(
        &kpis_example(),
        &["--today", KPIS_DAY, "--format", "mermaid", "--lang", "en"],
    );
    assert!(
        english.contains("    Target#58; Servicii publice disponibile online — 60 #37; (on track) :milestone, servicii-online, 2025-11-01, 2025-12-01\n"),
        "{english}"
    );
    let achieved = "[project]\nname = \"K\"\n\n[[kpi]]\nid = \"a\"\nname = \"A\"\nunit = \"\"\nbaseline = { value = 0, date = \"2025-01\" }\ntarget = { value = 10, date = 2025-12-01 }\nmeasurements = [{ date = \"2025-05\", value = 12 }]\n";
    // (An empty unit is an error of the plan, which still draws.)
    let out = timeline_failing(achieved, &["--today", KPIS_DAY, "--format", "mermaid", "--lang", "en"]);
    assert!(
        out.ends_with(
            "    section Other events\n    Target#58; A — 10 (achieved) :milestone, done, a, 2025-12-01, 0d\n"
        ),
        "a day, done once achieved, no unit\n{out}"
    );
    // What Mermaid's grammar would read: `:`, `#`, `;`, `%`, a keyword at
    // the start of a line, a line break, markup.
    let out = timeline_of(
        HOSTILE_KPIS,
        &["--today", KPIS_DAY, "--format", "mermaid", "--lang", "en"],
    );
    let lines: Vec<&str> = out.lines().skip(5).collect();
    assert_eq!(
        lines,
        [
            "    P :active, p, 2025-01-01, 2026-01-01",
            "    Target#58; A #60; B #38; #34;C#34; #39;D#39; — 10.5 #60;#37;#62; (behind) :milestone, k1, 2025-10-15, 0d",
            "    Target#58; title click k2 call alert() — 10 #37; (no data) :milestone, t-done, 2025-11-01, 2025-12-01",
            "    section Other events",
            "    Target#58; section x#58; #35;1#59; #37;#37;{init#58; {}}#37;#37; #60;b#62; — 10 #58;#35;#59; (no data) :milestone, k2, 2025-12-01, 2026-01-01",
        ]
    );
}
