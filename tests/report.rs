//! `icc report`: the document a city brings to a review session, in
//! Markdown and in HTML, read as a user reads it. The shipped plan on
//! 2022-03-31 (the period from its October 2021 review, nothing done in
//! it, what comes up to the programme's end), a fixture where every
//! section has something to say, both languages, the HTML read back by an
//! XML parser, hostile plan text that must stay text, the period's flags
//! and the exit codes.

mod common;

use std::collections::BTreeSet;

use common::{Test, root};
use roxmltree::{Document, Node};
use snapbox::{assert_data_eq, file};

fn shipped() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

fn fixture() -> String {
    std::fs::read_to_string(root().join("tests/report/plan.toml")).expect("tests/report/plan.toml")
}

/// `icc report ARGS` on `plan`: its output, after checking that it ran
/// with `code` and said on standard error only, when it failed, that the
/// plan has errors (as every view says it).
fn report(plan: &str, args: &[&str], code: i32) -> String {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    let out = Test::new().plan(plan).args(&all).run();
    assert_eq!(out.code, code, "{args:?}: {}", out.stderr);
    if code == 0 {
        assert_eq!(out.stderr, "", "{args:?}");
    } else {
        assert!(
            out.stderr.starts_with("warning: plan.toml has ") || out.stderr.starts_with("avertisment: plan.toml are "),
            "{args:?}: {}",
            out.stderr
        );
        assert_eq!(out.stderr.lines().count(), 1, "{args:?}: {}", out.stderr);
    }
    out.stdout
}

/// The HTML page read by an XML parser: it must be one.
fn parse(html: &str) -> Document<'_> {
    Document::parse_with_options(
        html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..roxmltree::ParsingOptions::default()
        },
    )
    .unwrap_or_else(|err| panic!("not well-formed ({err}):\n{html}"))
}

/// The text of a node and all below it, its spaces collapsed.
fn text_of(node: Node) -> String {
    let text: String = node
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn by_id<'a, 'i>(doc: &'a Document<'i>, id: &str) -> Node<'a, 'i> {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("no #{id}"))
}

/// The rows of the tables under `node`, each as the text of its cells.
fn rows(node: Node) -> Vec<Vec<String>> {
    node.descendants()
        .filter(|n| n.has_tag_name("tr"))
        .filter(|tr| tr.children().any(|c| c.has_tag_name("td")))
        .map(|tr| tr.children().filter(|c| c.has_tag_name("td")).map(text_of).collect())
        .collect()
}

/// The Markdown section under `## heading`, to the next heading.
fn md_section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .find(&format!("\n## {heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading:?}:\n{md}"));
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

#[test]
fn the_shipped_plan_on_2022_03_31_in_markdown() {
    let ro = report(&shipped(), &["--at", "2022-03-31"], 0);
    let en = report(&shipped(), &["--at", "2022-03-31", "--lang", "en"], 0);
    assert_data_eq!(&ro, file!["snapshots/report-arad.ro.md"].raw());
    assert_data_eq!(&en, file!["snapshots/report-arad.en.md"].raw());

    // The period runs from the day after the October 2021 session to the
    // report's day, and says so; the March 2022 session is under way.
    assert!(ro.contains(
        "- **Perioada:** 1 noiembrie 2021 – 31 martie 2022 — de la sesiunea de revizuire din octombrie 2021; \
         pentru sesiunea de revizuire din martie 2022\n"
    ));
    assert!(en.contains(
        "- **Period:** 1 November 2021 – 31 March 2022 — since the review session of October 2021; \
         for the review session of March 2022\n"
    ));
    assert!(ro.contains("- **Etapa în curs:** Implementare — ziua 335 din 457 (73 %)\n"));
    assert!(ro.contains("- **Următoarea sesiune de revizuire:** niciuna în plan\n"));
    // Nothing the plan dates falls in the period, no phase ended in it:
    // said plainly.
    let done = md_section(&ro, "Realizări în perioada raportată");
    assert!(done.contains("Planul nu marchează niciun atelier și niciun reper ca realizat în această perioadă."));
    assert!(done.contains("Nicio etapă nu s-a încheiat în această perioadă."));
    assert!(!done.contains('|'), "no table: {done}");
    let done = md_section(&en, "Done in the period");
    assert!(done.contains("The plan marks no workshop or milestone as done in this period."));
    assert!(done.contains("No phase ended in this period."));
    // No later review: up to the programme's end, `implementare`'s end
    // and `revizuire`'s start and end.
    let coming = md_section(&en, "Coming before the next review");
    assert!(
        coming.contains("The plan has no later review session: up to the end of the programme, on 30 September 2022.")
    );
    let table: Vec<&str> = coming.lines().filter(|l| l.starts_with("| ")).skip(2).collect();
    assert_eq!(
        table,
        [
            "| July 2022 | phase ends | Implementare |  |",
            "| August 2022 | phase begins | Revizuire și pași următori |  |",
            "| September 2022 | phase ends | Revizuire și pași următori |  |",
        ]
    );
    assert!(
        md_section(&ro, "Indicatori de performanță").contains("Planul nu definește niciun indicator de performanță.")
    );
    // The timeline, as a Mermaid block GitHub draws.
    assert!(ro.contains("## Programul\n\n```mermaid\ngantt\n"));
}

#[test]
fn the_shipped_plan_on_2022_03_31_in_html() {
    let ro = report(&shipped(), &["--at", "2022-03-31", "--format", "html"], 0);
    let en = report(
        &shipped(),
        &["--at", "2022-03-31", "--format", "html", "--lang", "en"],
        0,
    );
    assert_data_eq!(&ro, file!["snapshots/report-arad.ro.html"].raw());
    assert_data_eq!(&en, file!["snapshots/report-arad.en.html"].raw());
    for (html, lang) in [(&ro, "ro"), (&en, "en")] {
        let doc = parse(html);
        assert_eq!(doc.root_element().attribute("lang"), Some(lang));
        self_contained(&doc);
        // Not a URL anywhere, not even as a namespace.
        assert!(!html.contains("http:") && !html.contains("https:"));
        let h1 = doc.descendants().find(|n| n.has_tag_name("h1")).expect("h1");
        assert_eq!(text_of(h1), "Intelligent Cities Challenge — Arad");
        // The timeline inline, as the report's day sees it.
        let timeline = by_id(&doc, "timeline");
        assert!(timeline.descendants().any(|n| n.has_tag_name("svg")));
    }
    let doc = parse(&ro);
    // Each fact: its label, its value, and the note under it.
    let facts: Vec<(String, String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("dd"))
        .map(|dd| {
            let dt = dd.prev_sibling_element().expect("dt");
            let note = dd.children().find(|n| n.is_element()).map(text_of).unwrap_or_default();
            (
                text_of(dt),
                dd.first_child().and_then(|n| n.text()).unwrap_or_default().to_owned(),
                note,
            )
        })
        .collect();
    let fact = |label: &str, value: &str, note: &str| (label.to_owned(), value.to_owned(), note.to_owned());
    assert_eq!(
        facts,
        [
            fact(
                "Perioada",
                "1 noiembrie 2021 – 31 martie 2022",
                "de la sesiunea de revizuire din octombrie 2021; pentru sesiunea de revizuire din martie 2022"
            ),
            fact(
                "Programul",
                "septembrie 2020 – septembrie 2022",
                "ziua 577 din 760 (75 %)"
            ),
            fact("Etapa în curs", "Implementare", "ziua 335 din 457 (73 %)"),
            fact("Următoarea sesiune de revizuire", "niciuna în plan", ""),
        ]
    );
    assert_eq!(
        rows(by_id(&doc, "coming")),
        [
            ["iulie 2022", "încheierea etapei", "Implementare", ""],
            ["august 2022", "începutul etapei", "Revizuire și pași următori", ""],
            ["septembrie 2022", "încheierea etapei", "Revizuire și pași următori", ""],
        ]
    );
    assert!(rows(by_id(&doc, "done")).is_empty());
    assert_eq!(
        text_of(by_id(&doc, "indicators")),
        "Indicatori de performanță Planul nu definește niciun indicator de performanță."
    );
    // Its two notes, in the documents' language, with the lines they are at.
    assert_eq!(
        rows(by_id(&doc, "findings"))
            .iter()
            .map(|r| (r[0].as_str(), r[1].as_str(), r[3].as_str()))
            .collect::<Vec<_>>(),
        [("notă", "dependency-order-possible", "39"), ("notă", "same-day", "112")]
    );
}

/// Nothing in the page is fetched or run: a policy that forbids it, no
/// script, no element or attribute that names another resource, no URL
/// anywhere (not even an SVG namespace), styles only in the head.
fn self_contained(doc: &Document) {
    let policy = doc
        .descendants()
        .find(|n| n.attribute("http-equiv") == Some("Content-Security-Policy"))
        .expect("a Content-Security-Policy");
    assert_eq!(
        policy.attribute("content"),
        Some("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    );
    assert!(
        doc.descendants()
            .any(|n| n.has_tag_name("meta") && n.attribute("charset") == Some("utf-8"))
    );
    for node in doc.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        assert!(
            !matches!(
                name,
                "script"
                    | "link"
                    | "img"
                    | "iframe"
                    | "object"
                    | "embed"
                    | "image"
                    | "use"
                    | "a"
                    | "base"
                    | "foreignObject"
            ),
            "<{name}>"
        );
        for attribute in node.attributes() {
            let key = attribute.name();
            assert!(
                !key.starts_with("on") && !matches!(key, "href" | "src" | "srcset" | "style"),
                "{name} {key}"
            );
            // Only a reference inside the page (an SVG marker's `url(#…)`).
            let value = attribute.value();
            assert_eq!(
                value.matches("url(").count(),
                value.matches("url(#").count(),
                "{name} {key}"
            );
        }
        if name == "style" {
            assert_eq!(node.parent().map(|p| p.tag_name().name()), Some("head"));
        }
    }
    let css: String = doc
        .descendants()
        .filter(|n| n.has_tag_name("style"))
        .filter_map(|n| n.text())
        .collect();
    assert!(!css.contains("url(") && !css.contains("@import"), "no URL in the CSS");
}

#[test]
fn a_fixture_where_every_section_has_something() {
    let plan = fixture();
    // The plan has errors: the report is made all the same, and the run fails.
    let md = report(&plan, &["--at", "2024-06-30"], 1);
    let md_ro = report(&plan, &["--at", "2024-06-30", "--lang", "ro"], 1);
    let html = report(&plan, &["--at", "2024-06-30", "--format", "html"], 1);
    assert_data_eq!(&md, file!["snapshots/report-fixture.en.md"].raw());
    assert_data_eq!(&md_ro, file!["snapshots/report-fixture.ro.md"].raw());
    assert_data_eq!(&html, file!["snapshots/report-fixture.en.html"].raw());

    assert!(md.contains("- **Period:** 1 May 2024 – 30 June 2024 — since the review session of April 2024\n"));
    assert!(md.contains("- **Next review session:** July 2024\n"));
    let doc = parse(&html);
    self_contained(&doc);
    let done = by_id(&doc, "done");
    let tables: Vec<Node> = done.descendants().filter(|n| n.has_tag_name("table")).collect();
    assert_eq!(tables.len(), 2, "done, and cancelled apart");
    // Done with its first day in the period: the month-dated lab counts,
    // the sprint of April does not.
    assert_eq!(
        rows(tables[0]),
        [
            [
                "14 May 2024",
                "workshop",
                "Kick-off with the harbour authority",
                "Pilot"
            ],
            ["31 May 2024", "milestone", "Interim pilot report", "Pilot"],
            ["June 2024", "workshop", "Citizens' lab", "Pilot"],
        ]
    );
    assert_eq!(
        rows(tables[1]),
        [["5 June 2024", "workshop", "Open data hackathon", "Pilot"]]
    );
    assert!(text_of(done).contains("Procurement — ended: May 2024"));
    // Overdue on the day, whenever its date: also before the period.
    assert_eq!(
        rows(by_id(&doc, "overdue")),
        [
            ["12 March 2024", "workshop", "Energy forum", "Pilot", "110 days"],
            ["20 June 2024", "workshop", "Mobility workshop", "Pilot", "10 days"],
        ]
    );
    // Up to the next review's last day: not September's workshop.
    assert_eq!(
        rows(by_id(&doc, "coming")),
        [
            ["July 2024", "review session", "Steering review", "Pilot"],
            ["15 July 2024", "workshop", "Summer school", "Pilot"],
            ["20 July 2024", "milestone", "Tender awarded", "Procurement"],
        ]
    );
    // Each KPI at the period's first day (the latest measurement on or
    // before it) and on the report's day, and a chart each.
    let indicators = by_id(&doc, "indicators");
    assert_eq!(
        rows(indicators),
        [
            [
                "Services online",
                "30 %March 2024",
                "41.5 %June 2024",
                "+11.5 %",
                "60 %March 2025",
                "on track",
                "54%"
            ],
            [
                "Processing time",
                "35 daysApril 2024",
                "37 days20 May 2024",
                "+2 days",
                "20 daysMarch 2025",
                "behind",
                "15%"
            ],
            ["Open datasets", "—", "—", "—", "50March 2025", "no data", "—"],
        ]
    );
    let charts: Vec<&str> = indicators
        .descendants()
        .filter(|n| n.attribute("class") == Some("kpi"))
        .filter_map(|n| n.attribute("data-id"))
        .collect();
    assert_eq!(charts, ["services", "processing", "datasets"]);
    let findings = rows(by_id(&doc, "findings"));
    let codes: Vec<&str> = findings.iter().map(|r| r[1].as_str()).collect();
    assert_eq!(
        codes,
        [
            "months-mismatch",
            "overdue",
            "overdue",
            "outside-phase",
            "invalid-value"
        ]
    );
    assert_eq!(findings[0][0], "warning");
    assert_eq!(findings[3][0], "error");

    // Romanian: dates, decimals and words of the documents' language.
    assert!(md_ro.contains("| Services online | 30 % (martie 2024) | 41,5 % (iunie 2024) | +11,5 % |"));
    assert!(md_ro.contains("| 12 martie 2024 | atelier | Energy forum | Pilot | 110 zile |"));
    assert!(md_ro.contains("2 erori, 3 avertismente, 0 note."));
}

#[test]
fn every_part_is_laid_out_in_both_formats() {
    // The fixture's report holds every kind of part: sentences, notes,
    // tables with a caption, a list, pictures (HTML), a Mermaid block
    // (Markdown); the lib's tests lay out the changes section too.
    let plan = fixture();
    let md = report(&plan, &["--at", "2024-06-30"], 1);
    assert!(md.contains("\n**Cancelled in the period**\n\n| Date |"));
    assert!(md.contains("\nPhases that ended in the period:\n\n- Procurement — ended: May 2024\n"));
    assert!(md.contains("\n*An event counts in the period its first day falls in"));
    assert!(md.contains("\n```mermaid\ngantt\n"));
    let html = report(&plan, &["--at", "2024-06-30", "--format", "html"], 1);
    let doc = parse(&html);
    let kinds: BTreeSet<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("section"))
        .filter_map(|n| n.attribute("id"))
        .collect();
    assert_eq!(
        kinds,
        ["coming", "done", "findings", "indicators", "overdue", "timeline"]
            .into_iter()
            .collect()
    );
    assert!(doc.descendants().any(|n| n.has_tag_name("caption")));
    assert!(doc.descendants().any(|n| n.attribute("class") == Some("note")));
}

#[test]
fn a_plan_without_findings_holds_together() {
    let plan = "[project]\nname = \"Mic\"\nlanguage = \"ro\"\n\n[[phase]]\nid = \"unu\"\nname = \"Unu\"\n\
                start = 2024-01-01\nend = 2024-12-31\n";
    let ro = report(plan, &["--at", "2024-06-30"], 0);
    assert!(
        md_section(&ro, "Constatări deschise").contains("Planul este coerent: nu există nicio constatare deschisă.")
    );
    // No review session: from the programme's first day.
    assert!(ro.contains("- **Perioada:** 1 ianuarie 2024 – 30 iunie 2024 — de la începutul programului\n"));
    let en = report(plan, &["--at", "2024-06-30", "--lang", "en"], 0);
    assert!(md_section(&en, "Open findings").contains("The plan holds together: no open finding."));
}

/// Text a plan may hold that would be markup, a link, a line of its own
/// or an instruction to a terminal, each leading a value in turn.
const HOSTILE: [&str; 22] = [
    "<script>alert(1)</script>",
    "</td></tr></table><h1>x</h1>",
    "| a | b |",
    "*bold* _it_ **x** __y__",
    "[x](javascript:alert(1)) ![i](http://e.invalid/i.png)",
    "# heading",
    "line\nbreak\r\n---\n- item",
    "bidi \u{202E} evil \u{2066} x",
    "bell \u{7} esc \u{1b}[31m red \u{85} nel",
    "1. list",
    "- item",
    "<img src=x onerror=alert(1)>",
    "&amp; &lt; &#60;",
    "https://evil.invalid/x www.evil.invalid a@evil.invalid",
    "```",
    "{{ 7*7 }} {% if true %}",
    "`code` ~~strike~~ $x$",
    "\\ backslash",
    "> quote",
    "+ plus",
    "<!-- comment",
    "]]> <![CDATA[ \u{FFFF}",
];

/// A TOML basic string holding `text` exactly.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A plan whose every text leads with one hostile text and holds them all.
fn hostile_plan() -> String {
    let all = HOSTILE.join(" ");
    let mut n = 0;
    let mut text = || {
        n += 1;
        toml_string(&format!("{} {all}", HOSTILE[n % HOSTILE.len()]))
    };
    format!(
        r#"[project]
name = {}
city = {}
language = "en"

[[phase]]
id = "p1"
name = {}
start = "2024-01"
end = "2024-12"

[[phase]]
id = "p2"
name = {}
start = "2025-01"
end = "2025-03"
after = ["p1"]

[[workshop]]
id = "w1"
title = {}
date = 2024-05-10
phase = "p1"
status = "done"

[[workshop]]
id = "w2"
title = {}
date = 2024-06-10
phase = "p1"
status = "planned"

[[workshop]]
id = "w3"
title = {}
date = 2024-06-11
phase = "p1"
status = "cancelled"

[[workshop]]
id = "w4"
title = {}
date = 2024-07-10
phase = "p1"

[[milestone]]
id = "m1"
name = {}
date = 2024-07-20
phase = "p1"

[[recurring]]
id = "r1"
title = {}
phase = "p1"
every_months = 3
review = true

[[kpi]]
id = "k1"
name = {}
unit = {}
phase = "p1"
baseline = {{ value = 0, date = "2024-01" }}
target = {{ value = 10, date = "2024-12" }}
measurements = [{{ date = "2024-04", value = 2 }}, {{ date = "2024-06", value = 5 }}]
"#,
        text(),
        text(),
        text(),
        text(),
        text(),
        text(),
        text(),
        text(),
        text(),
        text(),
        text(),
        text()
    )
}

#[test]
fn hostile_text_stays_text_in_html() {
    let plan = hostile_plan();
    let html = report(&plan, &["--at", "2024-06-30", "--format", "html"], 0);
    assert!(
        !html.chars().any(|c| icc::is_unsafe(c) && c != '\n'),
        "a control character"
    );
    let doc = parse(&html);
    self_contained(&doc);
    // Only the elements the template writes, and the pictures'.
    let template: BTreeSet<&str> = [
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "h1",
        "p",
        "dl",
        "div",
        "dt",
        "dd",
        "span",
        "main",
        "section",
        "h2",
        "table",
        "caption",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "ul",
        "li",
        "strong",
        "figure",
        "figcaption",
        "svg",
        "footer",
    ]
    .into_iter()
    .collect();
    for node in doc.descendants().filter(|n| n.is_element()) {
        let in_svg = node.ancestors().skip(1).any(|a| a.has_tag_name("svg"));
        assert!(
            in_svg || template.contains(node.tag_name().name()),
            "<{}>",
            node.tag_name().name()
        );
    }
    assert!(!doc.descendants().any(|n| n.is_comment()), "a comment");
    // The plan's text is there, as text: the name whole in the heading.
    let h1 = doc.descendants().find(|n| n.has_tag_name("h1")).expect("h1");
    let h1 = h1.text().expect("text");
    assert!(
        h1.starts_with("</td></tr></table><h1>x</h1> <script>alert(1)</script> </td>"),
        "{h1}"
    );
    assert!(h1.contains("line break  --- - item"), "line breaks are spaces: {h1}");
    assert!(h1.contains("bidi \u{FFFD} evil \u{FFFD} x"), "{h1}");
    assert!(h1.contains("{{ 7*7 }} {% if true %}"), "not a template: {h1}");
    // Each table still has as many cells a row as columns.
    for table in doc.descendants().filter(|n| n.has_tag_name("table")) {
        let columns = table.descendants().filter(|n| n.has_tag_name("th")).count();
        for row in rows(table) {
            assert_eq!(row.len(), columns);
        }
    }
    let done = rows(by_id(&doc, "done"));
    assert_eq!(done.len(), 2, "done, and cancelled apart: {done:?}");
    assert!(done[0][2].starts_with("# heading <script>"), "{:?}", done[0][2]);
}

#[test]
fn hostile_text_stays_text_in_markdown() {
    let plan = hostile_plan();
    let md = report(&plan, &["--at", "2024-06-30"], 0);
    assert!(
        !md.chars().any(|c| icc::is_unsafe(c) && c != '\n'),
        "a control character"
    );
    // The Mermaid block: one fence that opens and one that closes it.
    // (Its fence is longer than any run of backticks in it.)
    let open = md.find("mermaid\n").expect("a Mermaid block");
    let start = md[..open].rfind('\n').expect("a line") + 1;
    let fence = &md[start..open];
    assert!(fence.len() > 3 && fence.chars().all(|c| c == '`'), "{fence:?}");
    let body = open + "mermaid\n".len();
    let close = md[body..].find(&format!("\n{fence}\n")).expect("its end") + body;
    assert!(md[body..close].lines().all(|l| l.starts_with("    ") || l == "gantt"));
    assert!(!md[body..close].lines().any(|l| l.starts_with("```")));
    let text = format!("{}{}", &md[..start], &md[close + fence.len() + 2..]);

    // Escaped: each character that would start markup has a backslash
    // before it (a backslash itself is escaped, so an even run counts).
    let unescaped = |line: &str, target: char| -> usize {
        let chars: Vec<char> = line.chars().collect();
        (0..chars.len())
            .filter(|&i| chars[i] == target)
            .filter(|&i| chars[..i].iter().rev().take_while(|c| **c == '\\').count() % 2 == 0)
            .count()
    };
    let headings = [
        "## The programme",
        "## Done in the period",
        "## Overdue",
        "## Coming before the next review",
        "## Indicators",
        "## Open findings",
    ];
    let mut columns = 0;
    for line in text.lines() {
        for c in ['<', '>', '[', ']', '`', '*', '_', '~', '$', '&', '@'] {
            // The template's own bold and italics aside.
            if c == '*' {
                let stripped = line.replacen("- **", "", 1).replacen(":** ", "", 1);
                let stripped = stripped.trim_matches('*');
                assert_eq!(unescaped(stripped, '*'), 0, "{c} in {line}");
                continue;
            }
            assert_eq!(unescaped(line, c), 0, "{c} in {line}");
        }
        let autolink = line.replace("\\://", "").contains("://") || line.to_lowercase().contains("www.");
        assert!(!autolink, "an autolink: {line}");
        if line.starts_with('#') {
            assert!(
                line.starts_with("# \\<") || headings.contains(&line),
                "a heading: {line}"
            );
        }
        assert!(
            !line.starts_with("- ") || line.starts_with("- **") || line.starts_with("- \\"),
            "a list: {line}"
        );
        for start in ["1. ", "+ ", "> ", "```", "<"] {
            assert!(!line.starts_with(start), "{start:?}: {line}");
        }
        // A table's rows have as many cells as its header.
        if line.starts_with('|') {
            let cells = unescaped(line, '|') - 1;
            if columns == 0 {
                columns = cells;
            }
            assert_eq!(cells, columns, "cells of {line}");
        } else {
            columns = 0;
        }
    }
    assert_eq!(text.matches("\n---\n").count(), 1, "the footer's rule only");
    assert!(text.starts_with("# \\</td\\>\\</tr\\>\\</table\\>\\<h1\\>x\\</h1\\> \\<script\\>alert(1)\\</script\\>"));
    assert!(text.contains(r"\[x\](javascript:alert(1)) !\[i\](http\://e.invalid/i.png)"));
    assert!(text.contains("line break  --- - item"));
}

#[test]
fn the_period_from_a_day() {
    let plan = fixture();
    let md = report(&plan, &["--at", "2024-06-30", "--since", "2024-03-01"], 1);
    assert!(md.contains("- **Period:** 1 March 2024 – 30 June 2024 — from the day asked for (--since)\n"));
    // The April sprint is in this period; the KPI's start is on 1 March.
    assert!(md.contains("| 10 April 2024 | workshop | Data sprint | Pilot |"));
    assert!(md.contains("| On 1 March 2024 |"));
    // A month is its first day.
    let md = report(&plan, &["--at", "2024-06-30", "--since", "2024-06"], 1);
    assert!(md.contains("- **Period:** 1 June 2024 – 30 June 2024"));
}

#[test]
fn a_since_that_is_not_a_period_is_a_usage_error() {
    let run = |args: &[&str]| {
        let mut all = vec!["report", "--at", "2024-06-30"];
        all.extend_from_slice(args);
        Test::new().plan(&fixture()).args(&all).run()
    };
    let after = run(&["--since", "2024-07-01"]);
    assert_eq!(after.code, 2);
    assert_eq!(
        after.stderr,
        "error: --since 2024-07-01 is after the report's day, 2024-06-30\n"
    );
    assert_eq!(after.stdout, "");
    let no_day = run(&["--since", "2024-02-30"]);
    assert_eq!(no_day.code, 2, "{}", no_day.stderr);
    assert!(no_day.stderr.starts_with("error: --since: "), "{}", no_day.stderr);
    assert!(no_day.stderr.contains("2024-02-30"), "{}", no_day.stderr);
    // Not a date: a revision, and the plan is in no repository.
    let revision = run(&["--since", "HEAD~1"]);
    assert_eq!(revision.code, 2, "{}", revision.stderr);
    assert!(
        revision.stderr.contains("is not in a git repository"),
        "{}",
        revision.stderr
    );
    let ro = Test::new()
        .plan(&fixture())
        .args(&["report", "--at", "2024-06-30", "--since", "2024-07-01", "--lang", "ro"])
        .run();
    assert_eq!(
        ro.stderr,
        "eroare: --since 2024-07-01 este după ziua raportului, 2024-06-30\n"
    );
}

#[test]
fn since_an_earlier_plan_file() {
    // Read and checked now: how the schedule moved since it.
    let test = Test::new()
        .plan(&fixture())
        .file("old/plan.toml", fixture().as_bytes())
        .file("broken.toml", b"[project\n");
    let test = test.args(&["report", "--at", "2024-06-30", "--since", "old"]);
    let out = test.run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    // A file has no day: the period is the default one.
    assert!(out.stdout.contains("- **Period:** 1 May 2024 – 30 June 2024"));
    assert!(
        out.stdout
            .contains("## Schedule changes since old/plan.toml\n\nThe schedule has not changed since old/plan.toml.\n"),
        "{}",
        out.stdout
    );
    let test = test
        .reset_args()
        .args(&["report", "--at", "2024-06-30", "--since", "broken.toml"]);
    let out = test.run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: `broken.toml` cannot be read as a plan: broken.toml is not valid TOML (line 1, column 9: invalid TOML: unclosed table, expected `]`)\n"
    );
    let out = Test::new()
        .plan(&fixture())
        .args(&["report", "--since", "missing.toml", "--at", "2024-06-30"])
        .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn the_report_goes_to_a_file_with_o() {
    let test =
        Test::new()
            .plan(&shipped())
            .args(&["report", "--at", "2022-03-31", "--format", "html", "-o", "report.html"]);
    let out = test.run();
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (0, "", ""));
    let written = std::fs::read_to_string(test.path("report.html")).expect("report.html");
    assert_eq!(
        written,
        report(&shipped(), &["--at", "2022-03-31", "--format", "html"], 0)
    );
    // The plan itself is never written over.
    let out = test.reset_args().args(&["report", "-o", "plan.toml"]).run();
    assert_eq!(out.code, 2);
}

#[test]
fn the_day_defaults_to_today_and_findings_are_of_the_report_s_day() {
    // ICC_TODAY (the tests' 2021-01-01): the period runs from the start.
    let md = report(&shipped(), &["--lang", "en"], 0);
    assert!(
        md.contains("- **Period:** 1 September 2020 – 1 January 2021 — since the programme began\n"),
        "{md}"
    );
    // A workshop planned on 2024-06-20 is overdue on the 30th, not on the 1st.
    let on_1st = report(&fixture(), &["--at", "2024-06-01"], 1);
    assert_eq!(md_section(&on_1st, "Open findings").matches("| overdue |").count(), 1);
    let on_30th = report(&fixture(), &["--at", "2024-06-30"], 1);
    assert_eq!(md_section(&on_30th, "Open findings").matches("| overdue |").count(), 2);
}

#[test]
fn a_plan_that_does_not_parse_has_no_report() {
    let out = Test::new().plan("[project\n").args(&["report"]).run();
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("error"), "{}", out.stderr);
}

#[test]
fn before_the_programme_the_period_is_the_day_alone() {
    let md = report(&shipped(), &["--at", "2019-01-01", "--lang", "en"], 0);
    assert!(md.contains("- **Period:** 1 January 2019 – 1 January 2019 — the programme has not begun\n"));
    assert!(md.contains("- **Programme:** September 2020 – September 2022 — begins in 609 days\n"));
    assert!(md.contains("- **Current phase:** none yet: the programme has not begun\n"));
    assert!(md.contains("- **Next review session:** October 2021\n"));
}

/// Runs git in `dir`, its commits of 15 March 2024.
fn git(dir: &std::path::Path, args: &[&str]) {
    common::git_dated(dir, "2024-03-15T12:00:00+00:00", args);
}

#[test]
fn since_a_revision_reads_the_plan_at_it() {
    let test = Test::new().plan(&fixture());
    git(test.dir.path(), &["init", "-q"]);
    git(test.dir.path(), &["add", "plan.toml"]);
    git(test.dir.path(), &["commit", "-q", "-m", "plan"]);
    // The plan since, with a phase ending two months later.
    let moved = fixture().replace(
        "start = \"2024-01\"\nend = \"2024-12\"",
        "start = \"2024-01\"\nend = \"2025-02\"",
    );
    assert_ne!(moved, fixture());
    std::fs::write(test.path("plan.toml"), moved).unwrap();
    let test = test.args(&["report", "--at", "2024-06-30", "--since", "HEAD"]);
    let out = test.run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    // The period starts on the day of the commit (its committer date).
    assert!(
        out.stdout.contains("- **Period:** 15 March 2024 – 30 June 2024"),
        "{}",
        out.stdout
    );
    // How the schedule moved since: the diff's rows.
    let changes = out
        .stdout
        .split("## Schedule changes since HEAD (")
        .nth(1)
        .expect("the changes section");
    assert!(changes.contains("2 changed · 0 added · 0 removed"), "{changes}");
    assert!(
        changes.contains("| phase pilot — Pilot | end | 2024-12 | 2025-02 | +2 months |"),
        "{changes}"
    );
    // The meeting in `pilot` moved with it.
    assert!(
        changes.contains(
            "| recurring meeting steering — Steering review (following pilot) | last | 2024-10 | 2025-01 | +3 months |"
        ),
        "{changes}"
    );
    let html = test
        .with_args(&["report", "--at", "2024-06-30", "--since", "HEAD", "--format", "html"])
        .run();
    let doc = parse(&html.stdout);
    let section = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("changes"))
        .expect("the changes section");
    let text: String = section
        .descendants()
        .filter(|n| n.is_text())
        .map(|n| n.text().unwrap())
        .collect();
    assert!(text.contains("+2 months"), "{text}");
    // A commit after the report's day cannot start its period.
    let early = test
        .with_args(&["report", "--at", "2024-03-01", "--since", "HEAD"])
        .run();
    assert_eq!((early.code, early.stdout.as_str()), (2, ""));
    assert!(
        early
            .stderr
            .contains("was committed on 2024-03-15, after the report's day, 2024-03-01"),
        "{}",
        early.stderr
    );
    // A revision that names nothing: exit 2, before anything is written.
    let test = test
        .reset_args()
        .args(&["report", "--since", "no-such-branch", "-o", "out.md"]);
    let out = test.run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("no-such-branch"), "{}", out.stderr);
    assert!(!test.path("out.md").exists());
}
