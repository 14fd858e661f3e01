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
        "gantt\n    title A#59; B #35; C\n    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m-%d\n    section Faza 1#58; start#59; 50#37;\n    Faza 1#58; start#59; 50#37; :done, t-done, 2021-01-01, 2021-03-01\n    Interviuri 1#58;1 #35;2 :milestone, done, t-2021-ws, 2021-01-10, 0d\n"
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

/// The styled characters of the chart's rows (under the axis, above the
/// line that says where today is) and of the legend (under that line).
fn chart_and_legend(out: &str) -> (Vec<Cell>, Vec<Cell>) {
    let lines: Vec<&str> = out.lines().collect();
    let note = lines
        .iter()
        .position(|l| strip_ansi(l).contains("today 20"))
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
    // bold when to come; recurring meetings magenta; today red; a
    // cancelled workshop grey.
    let during = timeline(&["--today", "2021-11-28", "--color", "always"]).stdout;
    for (style, entry) in [
        ("\x1b[32m", "█ phase done"),
        ("\x1b[33m", "▓ phase active"),
        ("\x1b[34m", "░ phase upcoming"),
        ("\x1b[36m", "◆ event, done"),
        ("\x1b[36m", "▬ month or series, done"),
        ("\x1b[1m\x1b[35m", "● recurring meeting"),
        ("\x1b[31m", "│┃ today"),
    ] {
        assert_legend_entry(&during, style, entry);
    }
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
        .skip_while(|l| !strip_ansi(l).contains("today 20"))
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
    let svg = timeline_of(&plan, &["--today", "2021-11-28", "--format", "svg"]);
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
    // Mermaid has no state for it: left out (see `timeline::mermaid`).
    let mermaid = timeline_of(&plan, &["--today", "2021-11-28", "--format", "mermaid"]);
    assert!(!mermaid.contains("ws-anulat"), "{mermaid}");
}

#[test]
fn the_svg_legend_has_an_entry_for_every_mark_and_colour() {
    for (plan, today) in [
        (with_a_cancelled_workshop(), "2021-11-28"),
        (shipped(), "2020-06-01"),
        (FOUR_WEEKS.to_owned(), "2021-04-15"),
    ] {
        let svg = timeline_of(&plan, &["--today", today, "--format", "svg"]);
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let legend = doc
            .descendants()
            .find(|n| n.attribute("class") == Some("legend"))
            .unwrap();
        let paints = |node: roxmltree::Node| -> Vec<(String, String)> {
            let mut paints: Vec<(String, String)> = node
                .descendants()
                .filter(|n| {
                    n.has_tag_name("rect")
                        || n.has_tag_name("polygon")
                        || n.has_tag_name("circle")
                        || n.has_tag_name("line")
                })
                .flat_map(|n| {
                    let shape = n.tag_name().name().to_owned();
                    [n.attribute("fill"), n.attribute("stroke")]
                        .into_iter()
                        .flatten()
                        .filter(|p| *p != "#fff")
                        .map(move |p| (shape.clone(), p.to_owned()))
                })
                .collect();
            paints.sort();
            paints.dedup();
            paints
        };
        // What the rows and today's line draw, shape and colour, is what
        // the legend shows.
        let mut drawn: Vec<(String, String)> = doc
            .descendants()
            .filter(|n| matches!(n.attribute("class"), Some("phase" | "events" | "today")))
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
        assert!(words.contains(&"today") == (today != "2020-06-01"), "{words:?}");
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
                .filter(|f| !["done", "active", "milestone"].contains(f))
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
