//! `icc kpis --format svg`: a small chart a KPI, read back by an XML
//! parser — one chart a KPI, its state in words in the documents'
//! language, the planned line and the measurements where their values and
//! days are (as the chart's own grid lines say), plan text as text whatever
//! it holds, and pictures of 0, 1 and 100 KPIs that fit their width.

mod common;

use std::collections::HashSet;

use chrono::NaiveDate;
use common::{Test, root};
use roxmltree::{Document, Node};
use snapbox::{assert_data_eq, file};

fn example() -> String {
    std::fs::read_to_string(root().join("examples/kpis.toml")).expect("examples/kpis.toml")
}

/// `icc kpis --format svg --today TODAY ARGS` on `plan`: the picture, after
/// checking that it was printed (a plan with errors is still drawn, exit 1).
fn picture(plan: &str, today: &str, args: &[&str]) -> String {
    let mut all = vec!["kpis", "--format", "svg", "--today", today];
    all.extend_from_slice(args);
    let out = Test::new().plan(plan).args(&all).run();
    assert!(
        out.code == 0 || out.code == 1,
        "{args:?}: exit {}\n{}",
        out.code,
        out.stderr
    );
    assert!(out.stdout.starts_with("<svg "), "{}", out.stdout);
    out.stdout
}

/// The example's picture on 2025-06-30, 100 columns wide, in `--lang`
/// (the plan's own, Romanian, where `None`).
fn example_picture(lang: Option<&str>) -> String {
    let mut args = vec!["--width", "100"];
    if let Some(lang) = lang {
        args.extend_from_slice(&["--lang", lang]);
    }
    picture(&example(), "2025-06-30", &args)
}

fn class<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.descendants()
        .filter(move |n| n.attribute("class").is_some_and(|c| c.split(' ').any(|c| c == name)))
}

fn number(node: Node, attribute: &str) -> f64 {
    let text = node
        .attribute(attribute)
        .unwrap_or_else(|| panic!("{attribute} on {node:?}"));
    text.parse().unwrap_or_else(|_| panic!("{attribute}={text:?}"))
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A date as the plan writes it: its first day (a month's first) and its
/// last (a month's last).
fn days_of(date: &str) -> (NaiveDate, NaiveDate) {
    if date.len() == 10 {
        (day(date), day(date))
    } else {
        let first = day(&format!("{date}-01"));
        let next = first.checked_add_months(chrono::Months::new(1)).unwrap();
        (first, next.pred_opt().unwrap())
    }
}

/// A chart's scales as its own grid lines give them: the line through the
/// two `value-line`s furthest apart (value → y) and the two `day-line`s
/// (day → x).
struct Scales {
    y: (f64, f64),
    x: (f64, f64),
}

impl Scales {
    fn of(chart: Node) -> Scales {
        let ends = |points: Vec<(f64, f64)>| {
            let low = points
                .iter()
                .copied()
                .fold((f64::INFINITY, 0.0), |a, p| if p.0 < a.0 { p } else { a });
            let high = points
                .iter()
                .copied()
                .fold((f64::NEG_INFINITY, 0.0), |a, p| if p.0 > a.0 { p } else { a });
            assert!(high.0 > low.0, "two lines: {points:?}");
            let slope = (high.1 - low.1) / (high.0 - low.0);
            (slope, low.1 - slope * low.0)
        };
        let values = class(chart, "value-line")
            .map(|n| (number(n, "data-value"), number(n, "y1")))
            .collect();
        let days = class(chart, "day-line")
            .map(|n| {
                let d = day(n.attribute("data-date").unwrap());
                ((d - day("2000-01-01")).num_days() as f64, number(n, "x1"))
            })
            .collect();
        Scales {
            y: ends(values),
            x: ends(days),
        }
    }

    fn y(&self, value: f64) -> f64 {
        self.y.0 * value + self.y.1
    }

    /// The x of the start of a day (`end`: of the day after it).
    fn x(&self, d: NaiveDate, end: bool) -> f64 {
        let days = (d - day("2000-01-01")).num_days() as f64 + if end { 1.0 } else { 0.0 };
        self.x.0 * days + self.x.1
    }
}

/// Within a pixel: coordinates are printed to a tenth, and the scales
/// come from lines printed so.
fn near(a: f64, b: f64, what: &str) {
    assert!((a - b).abs() < 1.0, "{what}: {a} is not {b}");
}

/// What a user may trust of any picture: well-formed XML 1.0 with nothing
/// that runs, fetches or styles, no character that acts on how text reads,
/// and no number that is not one.
fn well_formed(text: &str) -> Document<'_> {
    let forbidden: Vec<char> = text
        .chars()
        .filter(|&c| (c < ' ' && c != '\n') || matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .collect();
    assert!(forbidden.is_empty(), "{forbidden:?}");
    let acting: Vec<char> = text.chars().filter(|&c| icc::is_unsafe(c) && c != '\n').collect();
    assert!(acting.is_empty(), "{acting:?}");
    for word in ["NaN", "inf"] {
        assert!(!text.contains(&format!("=\"{word}")), "{word}");
        assert!(!text.contains(&format!("=\"-{word}")), "{word}");
    }
    let doc = Document::parse(text).expect("well-formed XML");
    let svg = doc.root_element();
    assert_eq!(svg.tag_name().name(), "svg");
    for node in svg.descendants().filter(|n| n.is_element()) {
        assert!(
            matches!(
                node.tag_name().name(),
                "svg" | "title" | "rect" | "text" | "g" | "line" | "circle" | "path"
            ),
            "{node:?}"
        );
        for attribute in node.attributes() {
            let name = attribute.name();
            assert!(
                !name.starts_with("on") && name != "href" && name != "style",
                "{name} on {node:?}"
            );
            assert!(!attribute.value().contains("url("), "{attribute:?}");
        }
    }
    doc
}

fn charts<'a, 'i>(doc: &'a Document<'i>) -> Vec<Node<'a, 'i>> {
    class(doc.root_element(), "kpi").collect()
}

/// The text of a chart's node of `name` (its words, every span of them).
fn words(chart: Node, name: &'static str) -> String {
    class(chart, name)
        .next()
        .unwrap_or_else(|| panic!("{name} in {chart:?}"))
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

#[test]
fn the_example_on_2025_06_30_in_romanian_and_english() {
    let romanian = example_picture(None);
    assert_data_eq!(&romanian, file!["snapshots/kpis.ro.svg"].raw());
    let english = example_picture(Some("en"));
    assert_data_eq!(&english, file!["snapshots/kpis.svg"].raw());
    // The plan's language over the terminal's; --lang over the plan's.
    let on = |env: (&str, &str), args: &[&str]| {
        let mut all = vec!["kpis", "--format", "svg", "--today", "2025-06-30", "--width", "100"];
        all.extend_from_slice(args);
        Test::new().plan(&example()).env(env.0, env.1).args(&all).run().stdout
    };
    assert_eq!(on(("LANG", "en_US.UTF-8"), &[]), romanian);
    assert_eq!(on(("ICC_LANG", "en"), &[]), english);
    // The picture in docs/ is this one (its PNG is drawn from it).
    let docs = std::fs::read_to_string(root().join("docs/kpis.svg")).expect("docs/kpis.svg");
    assert!(
        docs == romanian,
        "docs/kpis.svg is out of date; redraw it and its PNG:\n\
         icc --plan examples/kpis.toml kpis --format svg --today 2025-06-30 --width 100 -o docs/kpis.svg\n\
         chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir=/tmp/chr-ksvg \
         --hide-scrollbars --window-size=1200,HEIGHT --screenshot=$PWD/docs/kpis.png file://$PWD/docs/kpis.svg"
    );
    // -o FILE writes the same bytes.
    let test = Test::new().plan(&example()).args(&[
        "kpis",
        "--format",
        "svg",
        "--today",
        "2025-06-30",
        "--width",
        "100",
        "-o",
        "k.svg",
    ]);
    let out = test.run();
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(test.path("k.svg")).unwrap(), romanian);
}

#[test]
fn one_chart_a_kpi_with_its_state_in_words_in_the_documents_language() {
    let ids = [
        "servicii-online",
        "seturi-date",
        "timp-autorizare",
        "cetateni-instruiti",
        "consum-iluminat",
    ];
    let states = ["on-track", "behind", "on-track", "no-data", "missed"];
    for (lang, said, heading) in [
        (
            None,
            ["în grafic", "în urmă", "în grafic", "fără date", "ratat"],
            "Situația indicatorilor de performanță la 30 iunie 2025",
        ),
        (
            Some("en"),
            ["on track", "behind", "on track", "no data", "missed"],
            "Performance indicators on 30 June 2025",
        ),
    ] {
        let text = example_picture(lang);
        let doc = well_formed(&text);
        let charts = charts(&doc);
        assert_eq!(charts.len(), 5);
        for (i, chart) in charts.iter().enumerate() {
            assert_eq!(chart.attribute("data-id"), Some(ids[i]));
            assert_eq!(chart.attribute("data-state"), Some(states[i]));
            assert_eq!(words(*chart, "state"), said[i], "{lang:?}");
        }
        assert_eq!(words(doc.root_element(), "subtitle"), heading);
        // Values with the language's decimal mark: 30.5 days, measured on
        // 2025-04-15, in its point's tooltip.
        let point = class(charts[2], "measurement")
            .find(|n| n.attribute("data-value") == Some("30.5"))
            .unwrap();
        let tip: String = point
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        let expected = if lang.is_none() {
            "30,5 zile (15 aprilie 2025)"
        } else {
            "30.5 zile (15 April 2025)"
        };
        assert_eq!(tip, expected);
        // The latest value under the name, with its unit and month.
        let latest = if lang.is_none() {
            "ultima valoare: 44 % (iunie 2025)"
        } else {
            "latest: 44 % (June 2025)"
        };
        assert_eq!(words(charts[0], "latest"), latest);
        // The KPI without a measurement says so.
        let note = if lang.is_none() {
            "nicio măsurătoare până azi"
        } else {
            "no measurement up to today"
        };
        assert_eq!(words(charts[3], "note"), note);
        assert_eq!(class(charts[3], "measurement").count(), 0);
    }
}

#[test]
fn the_planned_line_the_points_today_and_the_target_are_where_their_values_and_days_are() {
    let text = example_picture(None);
    let doc = well_formed(&text);
    let json = Test::new()
        .plan(&example())
        .args(&["kpis", "--format", "json", "--today", "2025-06-30"])
        .run()
        .json();
    let today = day("2025-06-30");
    for (chart, kpi) in charts(&doc).into_iter().zip(json["kpis"].as_array().unwrap()) {
        let id = kpi["id"].as_str().unwrap();
        let scales = Scales::of(chart);
        // Higher values higher up.
        assert!(scales.y.0 < 0.0, "{id}");
        let point = |p: &serde_json::Value| (p["value"].as_f64().unwrap(), days_of(p["date"].as_str().unwrap()));
        let (baseline, (baseline_first, _)) = point(&kpi["baseline"]);
        let (target, (_, target_last)) = point(&kpi["target"]);
        let planned = class(chart, "planned").next().unwrap();
        near(number(planned, "x1"), scales.x(baseline_first, false), id);
        near(number(planned, "y1"), scales.y(baseline), id);
        near(number(planned, "x2"), scales.x(target_last, true), id);
        near(number(planned, "y2"), scales.y(target), id);
        // The target's ring is at the line's end, its value beside it.
        let ring = class(chart, "target").next().unwrap();
        let circle = ring.children().find(|n| n.has_tag_name("circle")).unwrap();
        near(number(circle, "cx"), number(planned, "x2"), id);
        near(number(circle, "cy"), number(planned, "y2"), id);
        assert!(words(chart, "target").contains(&format!("țintă {}", target)), "{id}");
        // A point a measurement on or before today, at its value and first day.
        let measured: Vec<(f64, NaiveDate)> = kpi["measurements"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                let (value, (first, _)) = point(m);
                (value, first)
            })
            .filter(|(_, first)| *first <= today)
            .collect();
        let points: Vec<Node> = class(chart, "measurement").collect();
        assert_eq!(points.len(), measured.len(), "{id}");
        for (p, (value, first)) in points.iter().zip(&measured) {
            near(number(*p, "cx"), scales.x(*first, false), id);
            near(number(*p, "cy"), scales.y(*value), id);
        }
        // Joined by one line where there are two or more.
        let joined = class(chart, "measured").count();
        assert_eq!(joined, usize::from(measured.len() > 1), "{id}");
        // Today's line.
        let line = class(chart, "today").next().unwrap();
        let line = line.children().find(|n| n.has_tag_name("line")).unwrap();
        near(number(line, "x1"), scales.x(today, false), id);
        // Everything inside the chart's frame.
        let frame = class(chart, "frame").next().unwrap();
        let (w, h) = (number(frame, "width"), number(frame, "height"));
        for node in chart.descendants().filter(|n| n.is_element()) {
            for (a, limit) in [
                ("x", w),
                ("x1", w),
                ("x2", w),
                ("cx", w),
                ("y", h),
                ("y1", h),
                ("y2", h),
                ("cy", h),
            ] {
                if let Some(v) = node.attribute(a) {
                    let v: f64 = v.parse().unwrap();
                    assert!((0.0..=limit).contains(&v), "{id}: {a}={v} on {node:?}");
                }
            }
        }
    }
}

/// A plan of KPIs, each `(id, name, unit, direction, baseline, target,
/// measurements)`, values and dates as TOML.
type Kpi<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, &'a str, &'a str);

fn plan(kpis: &[Kpi]) -> String {
    let mut text = String::from(
        "[project]\nname = \"T\"\nlanguage = \"en\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2020-01\"\nend = \"2030-12\"\n",
    );
    for (id, name, unit, direction, baseline, target, measurements) in kpis {
        text += &format!(
            "\n[[kpi]]\nid = \"{id}\"\nname = {name}\nunit = {unit}\ndirection = \"{direction}\"\n\
             baseline = {baseline}\ntarget = {target}\nmeasurements = [{measurements}]\n"
        );
    }
    text
}

#[test]
fn each_state_in_its_colour_as_in_the_table() {
    let kpis = plan(&[
        (
            "a",
            "\"A\"",
            "\"u\"",
            "increase",
            "{ value = 0, date = \"2021-01\" }",
            "{ value = 10, date = \"2021-12\" }",
            "{ date = \"2021-03\", value = 10 }",
        ),
        (
            "b",
            "\"B\"",
            "\"u\"",
            "increase",
            "{ value = 0, date = \"2021-01\" }",
            "{ value = 10, date = \"2021-12\" }",
            "{ date = \"2021-06\", value = 9 }",
        ),
        (
            "c",
            "\"C\"",
            "\"u\"",
            "increase",
            "{ value = 0, date = \"2021-01\" }",
            "{ value = 10, date = \"2021-12\" }",
            "{ date = \"2021-06\", value = 1 }",
        ),
        (
            "d",
            "\"D\"",
            "\"u\"",
            "decrease",
            "{ value = 10, date = \"2020-01\" }",
            "{ value = 0, date = \"2020-12\" }",
            "{ date = \"2021-06\", value = 5 }",
        ),
        (
            "e",
            "\"E\"",
            "\"u\"",
            "increase",
            "{ value = 0, date = \"2021-01\" }",
            "{ value = 10, date = \"2021-12\" }",
            "",
        ),
    ]);
    let text = picture(&kpis, "2021-07-01", &[]);
    let doc = well_formed(&text);
    let expected = [
        ("achieved", "achieved", "#2e8540"),
        ("on-track", "on track", "#1f77b4"),
        ("behind", "behind", "#f0ad1e"),
        ("missed", "missed", "#c0392b"),
        ("no-data", "no data", "#8a8a8a"),
    ];
    for (chart, (state, said, colour)) in charts(&doc).into_iter().zip(expected) {
        assert_eq!(chart.attribute("data-state"), Some(state));
        assert_eq!(words(chart, "state"), said);
        let badge = class(chart, "badge").next().unwrap();
        let rect = badge.children().find(|n| n.has_tag_name("rect")).unwrap();
        assert_eq!(rect.attribute("fill"), Some(colour), "{state}");
        // The measurements' line and points in it too (no data has none).
        for p in class(chart, "measurement") {
            assert_eq!(
                p.attribute("fill"),
                Some(if state == "behind" { "#d08c00" } else { colour })
            );
        }
    }
    // In Romanian, the same states by their Romanian words.
    let text = picture(&kpis, "2021-07-01", &["--lang", "ro"]);
    let doc = well_formed(&text);
    let said: Vec<String> = charts(&doc).into_iter().map(|c| words(c, "state")).collect();
    assert_eq!(said, ["atins", "în grafic", "în urmă", "ratat", "fără date"]);
}

#[test]
fn measurements_after_today_are_marked_apart_and_not_joined() {
    let kpis = plan(&[(
        "k",
        "\"K\"",
        "\"u\"",
        "increase",
        "{ value = 0, date = \"2021-01\" }",
        "{ value = 10, date = \"2021-12\" }",
        "{ date = \"2021-02\", value = 2 }, { date = 2021-06-30, value = 4 }, { date = \"2021-09\", value = 7 }",
    )]);
    let text = picture(&kpis, "2021-06-30", &[]);
    let doc = well_formed(&text);
    let chart = charts(&doc)[0];
    let dates =
        |name: &'static str| -> Vec<&str> { class(chart, name).map(|n| n.attribute("data-date").unwrap()).collect() };
    // On today counts as up to today.
    assert_eq!(dates("measurement"), ["2021-02", "2021-06-30"]);
    assert_eq!(dates("measurement-later"), ["2021-09"]);
    let solid = class(chart, "measured").next().unwrap().attribute("d").unwrap();
    assert_eq!(solid.matches('L').count(), 1, "two points joined: {solid}");
    let later = class(chart, "measured-later").next().unwrap();
    assert!(later.attribute("stroke-dasharray").is_some());
    let tip: String = class(chart, "measurement-later")
        .next()
        .unwrap()
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(tip, "7 u (September 2021), dated after today");
    let legend: Vec<String> = class(doc.root_element(), "entry")
        .map(|e| {
            e.descendants()
                .filter(|n| n.is_text())
                .filter_map(|n| n.text())
                .collect()
        })
        .collect();
    assert!(
        legend.contains(&"measurement dated after today".to_owned()),
        "{legend:?}"
    );
    // Without one, the legend does not name it.
    let text = picture(&kpis, "2021-10-01", &[]);
    assert!(!text.contains("dated after today"));
    assert_eq!(class(charts(&well_formed(&text))[0], "measurement").count(), 3);
}

#[test]
fn hostile_names_and_units_stay_text() {
    let name = r#""Quote \" <b onclick='x'>&amp; \u0007bell \u202Eright-to-left\u202C \u2066isolate\u2069 a name long enough to be cut in a chart of its own width, and then some more words""#;
    let unit = r#""<u>&lt;\u0000\u001b[31m""#;
    let kpis = plan(&[(
        r#"<x>&\"'"#,
        name,
        unit,
        "increase",
        "{ value = 0, date = \"2021-01\" }",
        "{ value = 10, date = \"2021-12\" }",
        "{ date = \"2021-03\", value = 2.5 }",
    )]);
    for lang in ["en", "ro"] {
        let text = picture(&kpis, "2021-06-01", &["--lang", lang]);
        let doc = well_formed(&text);
        let chart = charts(&doc)[0];
        // The id is an invalid one the checks report; the picture holds it as text.
        assert_eq!(chart.attribute("data-id"), Some("<x>&\"'"));
        // The whole name in the tooltip, as text; cut with … where drawn.
        let title = chart
            .children()
            .find(|n| n.has_tag_name("title"))
            .unwrap()
            .text()
            .unwrap();
        assert!(
            title.starts_with("Quote \" <b onclick='x'>&amp; \u{FFFD}bell"),
            "{title:?}"
        );
        assert!(title.ends_with("and then some more words"), "{title:?}");
        assert!(!title.chars().any(icc::is_unsafe), "{title:?}");
        let drawn = words(chart, "name");
        assert!(drawn.ends_with('…'), "{drawn:?}");
        assert!(title.starts_with(drawn.trim_end_matches('…')), "{drawn:?}");
        // The unit, as text, in the latest value.
        let latest = words(chart, "latest");
        assert!(latest.contains("<u>&lt;"), "{latest:?}");
        assert!(!latest.chars().any(icc::is_unsafe), "{latest:?}");
    }
}

#[test]
fn no_kpi_one_and_a_hundred_fit_their_width() {
    let empty = plan(&[]);
    for (lang, none) in [("en", "No KPIs in the plan"), ("ro", "Niciun indicator în plan")] {
        let text = picture(&empty, "2021-06-01", &["--lang", lang]);
        let doc = well_formed(&text);
        assert!(charts(&doc).is_empty());
        assert_eq!(words(doc.root_element(), "none"), none);
    }
    let one: Kpi = (
        "k",
        "\"K\"",
        "\"%\"",
        "increase",
        "{ value = 10, date = \"2021-01\" }",
        "{ value = 90, date = \"2021-12\" }",
        "{ date = \"2021-03\", value = 25 }",
    );
    let ids: Vec<String> = (0..100).map(|i| format!("k{i}")).collect();
    let hundred: Vec<Kpi> = ids
        .iter()
        .map(|id| (id.as_str(), one.1, one.2, one.3, one.4, one.5, one.6))
        .collect();
    for (plan, count) in [(plan(&[one]), 1), (plan(&hundred), 100)] {
        for (width, columns) in [("20", 1), ("60", 2), ("100", 3), ("160", 6)] {
            let text = picture(&plan, "2021-06-01", &["--width", width]);
            let doc = well_formed(&text);
            let svg = doc.root_element();
            let (w, h) = (number(svg, "width"), number(svg, "height"));
            assert_eq!(w, (width.parse::<f64>().unwrap() * 12.0).max(240.0));
            let charts = charts(&doc);
            assert_eq!(charts.len(), count);
            // Frames in a grid inside the picture, none over another.
            let mut frames = Vec::new();
            for chart in &charts {
                let transform = chart.attribute("transform").unwrap();
                let inner = transform.trim_start_matches("translate(").trim_end_matches(')');
                let (x, y) = inner.split_once(',').unwrap();
                let (x, y): (f64, f64) = (x.parse().unwrap(), y.parse().unwrap());
                let frame = class(*chart, "frame").next().unwrap();
                let (fw, fh) = (number(frame, "width"), number(frame, "height"));
                assert!(
                    x >= 0.0 && y >= 0.0 && x + fw <= w && y + fh <= h,
                    "{width}: {x},{y} {fw}×{fh}"
                );
                frames.push((x, y, fw, fh));
            }
            for (i, a) in frames.iter().enumerate() {
                for b in &frames[i + 1..] {
                    let apart = a.0 + a.2 <= b.0 || b.0 + b.2 <= a.0 || a.1 + a.3 <= b.1 || b.1 + b.3 <= a.1;
                    assert!(apart, "{a:?} {b:?}");
                }
            }
            let first_row: HashSet<String> = frames
                .iter()
                .filter(|f| f.1 == frames[0].1)
                .map(|f| format!("{:.1}", f.0))
                .collect();
            assert_eq!(first_row.len(), columns.min(count), "--width {width}");
        }
    }
}

#[test]
fn huge_negative_and_equal_dates_are_drawn_in_the_frame() {
    let kpis = plan(&[
        (
            "huge",
            "\"H\"",
            "\"u\"",
            "increase",
            "{ value = 0, date = \"2021-01\" }",
            "{ value = 1e300, date = \"2021-12\" }",
            "{ date = \"2021-03\", value = 1.7e308 }, { date = \"2021-04\", value = -1.7e308 }",
        ),
        (
            "negative",
            "\"N\"",
            "\"°C\"",
            "decrease",
            "{ value = -2.5, date = \"2021-01\" }",
            "{ value = -40, date = \"2021-12\" }",
            "{ date = \"2021-03\", value = -10.25 }",
        ),
        (
            "same-day",
            "\"S\"",
            "\"u\"",
            "increase",
            "{ value = 1, date = 2021-06-01 }",
            "{ value = 2, date = 2021-06-01 }",
            "{ date = 2021-06-01, value = 1.5 }",
        ),
        (
            "flat",
            "\"F\"",
            "\"u\"",
            "increase",
            "{ value = 7, date = 2021-06-01 }",
            "{ value = 7, date = 2021-06-01 }",
            "",
        ),
    ]);
    for lang in ["en", "ro"] {
        let text = picture(&kpis, "2021-06-01", &["--lang", lang]);
        let doc = well_formed(&text);
        let charts = charts(&doc);
        assert_eq!(charts.len(), 4);
        for chart in &charts {
            let id = chart.attribute("data-id").unwrap();
            let frame = class(*chart, "frame").next().unwrap();
            let (w, h) = (number(frame, "width"), number(frame, "height"));
            for node in chart.descendants().filter(|n| n.is_element()) {
                for (a, limit) in [
                    ("x", w),
                    ("x1", w),
                    ("x2", w),
                    ("cx", w),
                    ("y", h),
                    ("y1", h),
                    ("y2", h),
                    ("cy", h),
                ] {
                    if let Some(v) = node.attribute(a) {
                        let v: f64 = v.parse().unwrap();
                        assert!(v.is_finite() && (0.0..=limit).contains(&v), "{id}: {a}={v}");
                    }
                }
            }
            // Values are labelled: at least two lines across the plot.
            assert!(class(*chart, "value-line").count() >= 2, "{id}");
        }
        // Negative values with the language's mark, the lowest at the bottom.
        let negative = charts[1];
        let scales = Scales::of(negative);
        let points: Vec<Node> = class(negative, "measurement").collect();
        near(number(points[0], "cy"), scales.y(-10.25), "negative");
        let labels: String = class(negative, "axis")
            .next()
            .unwrap()
            .descendants()
            .filter(|n| n.is_text())
            .filter_map(|n| n.text())
            .collect();
        assert!(labels.contains('-'), "{labels}");
        // One day: the planned line still runs left to right across it.
        let planned = class(charts[2], "planned").next().unwrap();
        assert!(number(planned, "x2") > number(planned, "x1"));
        assert!(number(planned, "y2") < number(planned, "y1"));
    }
}

#[test]
fn a_kpi_without_a_readable_target_still_has_its_chart() {
    let text = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2020-01\"\nend = \"2030-12\"\n\n\
                [[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"u\"\nbaseline = { value = 1, date = \"2021-01\" }\n\
                target = { value = \"ten\", date = \"2021-12\" }\nmeasurements = [{ date = \"2021-03\", value = 3 }]\n\n\
                [[kpi]]\nid = \"n\"\nname = \"N\"\nunit = \"u\"\nbaseline = { value = \"one\", date = \"2021-01\" }\n\
                target = { value = 9, date = \"2021-13\" }\n";
    for (lang, note) in [
        ("en", "no baseline or target that can be read"),
        ("ro", "referința sau ținta lipsește ori nu poate fi citită"),
    ] {
        let out = Test::new()
            .plan(text)
            .args(&["kpis", "--format", "svg", "--today", "2021-06-01", "--lang", lang])
            .run();
        assert_eq!(out.code, 1, "a plan with errors, drawn: {}", out.stderr);
        let doc = well_formed(&out.stdout);
        let charts = charts(&doc);
        assert_eq!(charts.len(), 2);
        for chart in &charts {
            assert_eq!(chart.attribute("data-state"), Some("no-data"));
            assert_eq!(words(*chart, "note"), note);
            assert_eq!(class(*chart, "planned").count(), 0);
        }
        // What can be read is drawn: the baseline and the measurement.
        assert_eq!(class(charts[0], "baseline").count(), 1);
        assert_eq!(class(charts[0], "measurement").count(), 1);
    }
}
