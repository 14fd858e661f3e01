//! `--baseline BASE` in the views: `icc timeline` draws each phase's window
//! in an earlier plan under its bar with the slip of its end, `icc phases`
//! and `icc status` add a slip column (and `baseline`/`slip` to their
//! JSON). BASE is a file or a git revision, read from real repositories
//! made in temporary folders.

mod common;

use common::{Output, Test, git};
use snapbox::{assert_data_eq, file};
use unicode_width::UnicodeWidthStr;

/// The plan as it was: `alpha` ends in March, `beta` follows it for four
/// months, `gamma` ends on 20 October, `eta` on 20 May 2022, `zeta` is
/// January–February 2022, and `omega` a phase the plan no longer has.
const BEFORE: &str = r#"[project]
name = "Baseline test"

[[phase]]
id = "alpha"
name = "Alpha"
start = "2021-01"
end = "2021-03"

[[phase]]
id = "beta"
name = "Beta"
after = ["alpha"]
months = 4

[[phase]]
id = "gamma"
name = "Gamma"
start = 2021-10-01
end = 2021-10-20

[[phase]]
id = "zeta"
name = "Zeta"
start = "2022-01"
end = "2022-02"

[[phase]]
id = "omega"
name = "Omega"
start = "2022-03"
end = "2022-03"

[[phase]]
id = "eta"
name = "Eta"
start = 2022-05-01
end = 2022-05-20
"#;

/// The plan now: `alpha` ends two months later (and `beta`, which follows
/// it, moves with it), `gamma` ends ten days earlier, `eta` five days
/// later, `zeta` has not moved, `omega` is gone and `delta` is new.
const AFTER: &str = r#"[project]
name = "Baseline test"

[[phase]]
id = "alpha"
name = "Alpha"
start = "2021-01"
end = "2021-05"

[[phase]]
id = "beta"
name = "Beta"
after = ["alpha"]
months = 4

[[phase]]
id = "gamma"
name = "Gamma"
start = 2021-10-01
end = 2021-10-10

[[phase]]
id = "zeta"
name = "Zeta"
start = "2022-01"
end = "2022-02"

[[phase]]
id = "delta"
name = "Delta"
start = "2022-03"
end = "2022-03"

[[phase]]
id = "eta"
name = "Eta"
start = 2022-05-01
end = 2022-05-25
"#;

const TODAY: &str = "2021-12-01";

/// A repository at `repo` (a folder of the test's, `""` for its own) whose
/// plan, at `plan` under it, was [`BEFORE`] one commit ago and is
/// [`AFTER`] now; icc run from `cwd` with git as no user's.
fn repository(repo: &str, plan: &str, cwd: &str) -> Test {
    let test = Test::new();
    let root = test.path(repo);
    let test = test.file(&format!("{repo}{plan}"), BEFORE.as_bytes());
    git(&root, &["init", "-q"]);
    git(&root, &["add", "."]);
    git(&root, &["commit", "-q", "-m", "before"]);
    let test = test.file(&format!("{repo}{plan}"), AFTER.as_bytes());
    git(&root, &["commit", "-q", "-a", "-m", "after"]);
    test.without_user_git().current_dir(cwd)
}

/// The commit `HEAD~1` names in the test's repository at `repo`.
fn previous(test: &Test, repo: &str) -> String {
    git(&test.path(repo), &["rev-parse", "HEAD~1"])
}

fn run(test: Test, args: &[&str]) -> (Test, Output) {
    let test = test.reset_args().args(&["--today", TODAY]).args(args);
    let out = test.run();
    (test, out)
}

fn ok(out: &Output) -> &str {
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{}", out.stdout);
    &out.stdout
}

/// The line after the first that starts with `label`: the row under a
/// phase's bar, where its baseline is.
fn under<'a>(text: &'a str, label: &str) -> &'a str {
    let mut lines = text.lines();
    lines
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no {label:?} in\n{text}"));
    lines.next().unwrap_or_default()
}

/// The cells of a table's row whose first cell is `id`.
fn row<'a>(text: &'a str, id: &str) -> Vec<&'a str> {
    let line = text
        .lines()
        .find(|l| l.split(['│', '┆']).nth(1).is_some_and(|c| c.trim() == id))
        .unwrap_or_else(|| panic!("no row {id:?} in\n{text}"));
    line.split(['│', '┆']).map(str::trim).collect()
}

/// The cell of `id`'s row under the header `header`.
fn cell<'a>(text: &'a str, id: &str, header: &str) -> &'a str {
    let head = text
        .lines()
        .find(|l| l.split(['│', '┆']).any(|c| c.trim() == header))
        .unwrap_or_else(|| panic!("no header {header:?} in\n{text}"));
    let at = head.split(['│', '┆']).position(|c| c.trim() == header).unwrap();
    row(text, id)[at]
}

#[test]
fn the_timeline_draws_each_phase_as_planned_and_its_slip() {
    let test = repository("", "plan.toml", "");
    let (test, out) = run(test, &["timeline", "--baseline", "HEAD~1", "--width", "100"]);
    let text = ok(&out);
    let short = &previous(&test, "")[..7];
    // A thin line under the bar, then how far the end moved.
    for (phase, slip) in [
        ("Alpha", "+2 months"),
        ("Beta", "+2 months"),
        ("Gamma", "−10 days"),
        ("Zeta", "±0"),
        ("Eta", "+5 days"),
    ] {
        let line = under(text, phase);
        assert!(line.contains('─'), "{phase}: {line:?}\n{text}");
        // After the line, or, where the chart ends, as the row's label.
        let after = line.contains(&format!("─ {slip}"));
        assert!(
            after || line.starts_with(&format!("  {slip} ")),
            "{phase}: {line:?}\n{text}"
        );
        assert_eq!(after, phase != "Eta", "{phase}: {line:?}");
    }
    // Alpha's line is as long as its three months, its bar five.
    let bar = |label: &str| {
        let line = text.lines().find(|l| l.starts_with(label)).unwrap();
        line.chars().filter(|c| "█▓░".contains(*c)).count()
    };
    let planned = |label: &str| under(text, label).chars().filter(|c| *c == '─').count();
    assert!(planned("Alpha") * 5 <= bar("Alpha") * 3 + 5, "{text}");
    assert!(
        planned("Alpha") < bar("Alpha") && planned("Zeta") == bar("Zeta"),
        "{text}"
    );
    // A new phase is marked under its bar; one only in the baseline is not drawn.
    let column = |line: &str, c: char| line.chars().position(|x| x == c);
    let delta = text.lines().find(|l| l.starts_with("Delta")).unwrap();
    assert!(under(text, "Delta").contains("+ new"), "{text}");
    assert_eq!(column(under(text, "Delta"), '+'), column(delta, '░'), "{text}");
    assert!(!text.contains("Omega"), "{text}");
    // Its id is named in the legend.
    assert!(text.contains("− not in the plan any more: phase omega"), "{text}");
    // The legend says what the line is, and against which commit.
    let legend = text
        .lines()
        .skip_while(|l| !l.contains("today 2021-12-01"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        legend.contains(&format!(
            "─ window as planned in HEAD~1 ({short}), then how far the end moved"
        )),
        "{legend}"
    );
    assert!(
        legend.contains("+ new: a phase HEAD~1 (") && legend.contains("does not have"),
        "{legend}"
    );
    assert_data_eq!(text, file!["snapshots/baseline-timeline-100.txt"].raw());
}

#[test]
fn the_timeline_in_romanian_and_coloured_dim() {
    let test = repository("", "plan.toml", "");
    let (_, out) = run(
        test,
        &["--lang", "ro", "timeline", "--baseline", "HEAD~1", "--width", "60"],
    );
    let text = ok(&out);
    assert!(text.contains("+2 luni"), "{text}");
    assert!(text.contains("−10 zile"), "{text}");
    assert!(text.contains("+ nouă"), "{text}");
    assert!(text.contains("─ perioada planificată în HEAD~1 ("), "{text}");
    assert_data_eq!(text, file!["snapshots/baseline-timeline-60.ro.txt"].raw());
    // The baseline's line and its words are dim, and only they.
    let test = repository("", "plan.toml", "");
    let (_, out) = run(
        test,
        &[
            "timeline",
            "--baseline",
            "HEAD~1",
            "--width",
            "100",
            "--color",
            "always",
        ],
    );
    let coloured = ok(&out);
    let dim = "\x1b[2m";
    let planned_line = coloured.lines().skip_while(|l| !l.starts_with("Alpha")).nth(1).unwrap();
    assert!(planned_line.contains(&format!("{dim}─")), "{planned_line:?}");
    assert!(
        planned_line.contains(&format!("{dim}+2 months\x1b[0m")),
        "{planned_line:?}"
    );
    assert!(
        coloured.contains(&format!("{dim}─\x1b[0m window as planned in HEAD~1")),
        "{coloured}"
    );
}

#[test]
fn the_phases_have_a_slip_column() {
    let test = repository("", "plan.toml", "");
    let (test, out) = run(test, &["phases", "--baseline", "HEAD~1", "--width", "120"]);
    let text = ok(&out);
    for (id, slip) in [
        ("alpha", "+2 mo."),
        ("beta", "+2 mo."),
        ("gamma", "−10 d"),
        ("zeta", "±0"),
        ("eta", "+5 d"),
        ("delta", "new"),
    ] {
        assert_eq!(cell(text, id, "slip"), slip, "{text}");
    }
    // The phase only in the baseline is in no row, and said under the table.
    assert!(!text.contains("│ omega"), "{text}");
    assert!(text.contains("not in the plan any more: phase omega\n"), "{text}");
    assert!(
        text.contains("slip: how far each phase's end moved since HEAD~1 ("),
        "{text}"
    );
    assert_data_eq!(text, file!["snapshots/baseline-phases.txt"].raw());
    // In Romanian.
    let (test, out) = run(
        test,
        &["--lang", "ro", "phases", "--baseline", "HEAD~1", "--width", "120"],
    );
    let text = ok(&out);
    for (id, slip) in [
        ("alpha", "+2 luni"),
        ("gamma", "−10 zile"),
        ("zeta", "±0"),
        ("delta", "nouă"),
    ] {
        assert_eq!(cell(text, id, "decalaj"), slip, "{text}");
    }
    assert!(text.contains("nu mai este în plan: etapa omega\n"), "{text}");
    assert!(text.contains("decalaj: cât s-a mutat sfârșitul fiecărei etape față de HEAD~1 ("));
    // Coloured: later yellow (red past a month), earlier green, none dim.
    let (_, out) = run(
        test,
        &["phases", "--baseline", "HEAD~1", "--width", "120", "--color", "always"],
    );
    let text = ok(&out);
    for (slip, style) in [
        ("+2 mo.", "\x1b[31m"),
        ("+5 d", "\x1b[33m"),
        ("−10 d", "\x1b[32m"),
        ("±0", "\x1b[2m"),
    ] {
        assert!(text.contains(&format!("{style}{slip}\x1b[0m")), "{slip}: {text}");
    }
}

#[test]
fn the_status_json_has_each_phase_against_the_baseline() {
    let test = repository("", "plan.toml", "");
    let commit = previous(&test, "");
    let (test, out) = run(test, &["status", "--baseline", "HEAD~1", "--format", "json"]);
    ok(&out);
    let json = out.json();
    assert_eq!(
        json["baseline"],
        serde_json::json!({"revision": "HEAD~1", "commit": commit})
    );
    assert_eq!(commit.len(), 40);
    let phase = |id: &str| {
        json["phases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap_or_else(|| panic!("no {id}"))
            .clone()
    };
    let alpha = phase("alpha");
    assert_eq!(
        alpha["baseline"],
        serde_json::json!({"start": "2021-01", "end": "2021-03"})
    );
    assert_eq!(
        alpha["slip"],
        serde_json::json!({"start": {"days": 0, "months": 0}, "end": {"days": 61, "months": 2}})
    );
    // The follower moved with it, start and end.
    let beta = phase("beta");
    // Its window derived, in days, but whole months: moved by months.
    assert_eq!(
        beta["baseline"],
        serde_json::json!({"start": "2021-04-01", "end": "2021-07-31"})
    );
    assert_eq!(
        beta["slip"],
        serde_json::json!({"start": {"days": 61, "months": 2}, "end": {"days": 61, "months": 2}})
    );
    // Days where the dates are days.
    assert_eq!(
        phase("gamma")["slip"]["end"],
        serde_json::json!({"days": -10, "months": null})
    );
    // New: no baseline, no slip.
    let delta = phase("delta");
    assert!(delta["baseline"].is_null() && delta["slip"].is_null(), "{delta}");
    assert!(delta.as_object().unwrap().contains_key("slip"));
    // `icc phases` says the same.
    let (test, out) = run(test, &["phases", "--baseline", "HEAD~1", "--format", "json"]);
    ok(&out);
    let phases = out.json();
    assert_eq!(phases["baseline"], json["baseline"]);
    assert_eq!(phases["phases"], json["phases"]);
    // Without --baseline, neither key.
    let (_, out) = run(test, &["phases", "--format", "json"]);
    ok(&out);
    let plain = out.json();
    assert!(plain.get("baseline").is_none());
    assert!(
        plain["phases"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p.get("slip").is_none() && p.get("baseline").is_none())
    );
}

#[test]
fn a_subfolder_a_file_and_a_path_with_spaces() {
    // From a subfolder, the plan found above or given.
    for (args, cwd) in [(&["--plan", "../plan.toml"][..], "sub"), (&[][..], "sub/deeper")] {
        let test = repository("", "plan.toml", cwd);
        let mut all = args.to_vec();
        all.extend(["phases", "--baseline", "HEAD~1", "--format", "json"]);
        let (_, out) = run(test, &all);
        ok(&out);
        let json = out.json();
        assert_eq!(json["phases"][0]["slip"]["end"]["months"], 2, "{args:?}");
    }
    // The repository and the plan in folders with spaces, the plan found
    // from a folder under it.
    let test = repository("my repo/", "the plans/plan.toml", "my repo/the plans/a b");
    let commit = previous(&test, "my repo/");
    let (test, out) = run(test, &["status", "--baseline", "HEAD~1", "--format", "json"]);
    ok(&out);
    let json = out.json();
    assert_eq!(json["baseline"]["commit"], commit.as_str());
    assert_eq!(json["phases"][1]["slip"]["end"]["months"], 2);
    // A file, with spaces (and what XML must escape) in its name.
    let test = test.file("my repo/the plans/a b/old <&> plan.toml", BEFORE.as_bytes());
    let (test, out) = run(test, &["phases", "--baseline", "old <&> plan.toml", "--format", "json"]);
    ok(&out);
    assert_eq!(out.json()["baseline"], serde_json::json!({"file": "old <&> plan.toml"}));
    assert_eq!(out.json()["phases"][0]["slip"]["end"]["days"], 61);
    let (test, out) = run(test, &["timeline", "--baseline", "old <&> plan.toml", "--width", "120"]);
    assert!(
        ok(&out).contains("window as planned in old <&> plan.toml"),
        "{}",
        out.stdout
    );
    let (_, out) = run(
        test,
        &["timeline", "--baseline", "old <&> plan.toml", "--format", "svg"],
    );
    let svg = ok(&out);
    let doc = roxmltree::Document::parse(svg).expect("the SVG parses");
    assert!(
        doc.descendants()
            .any(|n| n.has_tag_name("text") && n.text().is_some_and(|t| t.contains("old <&> plan.toml"))),
        "{svg}"
    );
}

/// A number attribute of an element.
fn number(node: roxmltree::Node, name: &str) -> f64 {
    node.attribute(name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{name} of {node:?}"))
}

/// How light a `#rrggbb` colour is (0 to 255).
fn lightness(colour: &str) -> f64 {
    let hex = colour.trim_start_matches('#');
    let part = |i: usize| f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap());
    0.2126 * part(0) + 0.7152 * part(2) + 0.0722 * part(4)
}

#[test]
fn the_svg_has_a_thinner_paler_bar_under_each_phase() {
    let test = repository("", "plan.toml", "");
    let short = previous(&test, "")[..7].to_owned();
    let (test, out) = run(test, &["timeline", "--baseline", "HEAD~1", "--format", "svg"]);
    let svg = ok(&out);
    let doc = roxmltree::Document::parse(svg).expect("the SVG parses");
    let rect = |class: &str, id: &str| {
        doc.descendants()
            .find(|n| {
                n.has_tag_name("rect")
                    && n.attribute("class") == Some(class)
                    && (n.attribute("data-id") == Some(id)
                        || n.parent().is_some_and(|p| p.attribute("data-id") == Some(id)))
            })
            .unwrap_or_else(|| panic!("no {class} of {id}"))
    };
    for (id, end) in [
        ("alpha", std::cmp::Ordering::Less),
        ("beta", std::cmp::Ordering::Less),
        ("gamma", std::cmp::Ordering::Greater),
        ("zeta", std::cmp::Ordering::Equal),
        ("eta", std::cmp::Ordering::Less),
    ] {
        let (bar, planned) = (rect("bar", id), rect("baseline", id));
        // Thinner, paler, under it.
        assert!(number(planned, "height") * 2.0 < number(bar, "height"), "{id}");
        assert!(
            lightness(planned.attribute("fill").unwrap()) > lightness(bar.attribute("fill").unwrap()),
            "{id}"
        );
        assert!(number(planned, "y") >= number(bar, "y") + number(bar, "height"), "{id}");
        // Its end before, after or at the bar's, by where the phase ends now.
        let right = |n| number(n, "x") + number(n, "width");
        let order = if (right(planned) - right(bar)).abs() < 0.15 {
            std::cmp::Ordering::Equal
        } else {
            right(planned).total_cmp(&right(bar))
        };
        assert_eq!(order, end, "{id}");
        // Beta moved whole: its start too.
        if id == "beta" {
            assert!(number(planned, "x") < number(bar, "x"));
        } else {
            assert!((number(planned, "x") - number(bar, "x")).abs() < 0.15, "{id}");
        }
        // Its window in its tooltip.
        let tip = planned
            .children()
            .find(|n| n.has_tag_name("title"))
            .unwrap()
            .text()
            .unwrap();
        assert!(tip.contains(&format!("as planned in HEAD~1 ({short}):")), "{tip}");
    }
    let tip = |id: &str| rect("baseline", id).first_child().unwrap().text().unwrap().to_owned();
    assert!(tip("alpha").ends_with("2021-01 – 2021-03"), "{}", tip("alpha"));
    assert!(tip("gamma").ends_with("2021-10-01 – 2021-10-20"));
    // The slip after it, as data and words.
    let slip = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("class") == Some("slip") && n.attribute("data-id") == Some(id))
            .unwrap_or_else(|| panic!("no slip of {id}"))
    };
    assert_eq!(slip("alpha").text(), Some("+2 months"));
    assert_eq!(slip("alpha").attribute("data-months"), Some("2"));
    assert_eq!(slip("gamma").text(), Some("−10 days"));
    assert_eq!(slip("gamma").attribute("data-days"), Some("-10"));
    assert_eq!(slip("gamma").attribute("data-months"), None);
    // The new phase marked, the gone one not drawn.
    assert!(
        doc.descendants()
            .any(|n| n.attribute("class") == Some("new") && n.attribute("data-id") == Some("delta"))
    );
    assert!(!doc.descendants().any(|n| n.attribute("data-id") == Some("omega")));
    // … but named in the legend.
    assert!(
        doc.descendants()
            .any(|n| n.is_text() && n.text() == Some("not in the plan any more: phase omega")),
        "no legend entry for the gone phase"
    );
    assert!(
        !doc.descendants()
            .any(|n| n.attribute("class") == Some("baseline") && n.attribute("data-id") == Some("delta"))
    );
    // The legend names the base.
    let legend: String = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("legend"))
        .flat_map(|n| n.descendants())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("|");
    assert!(
        legend.contains(&format!(
            "window as planned in HEAD~1 ({short}), then how far the end moved"
        )),
        "{legend}"
    );
    assert!(legend.contains("new: a phase HEAD~1"), "{legend}");
    // In Romanian, as the plan's audience reads it.
    let (_, out) = run(
        test,
        &["--lang", "ro", "timeline", "--baseline", "HEAD~1", "--format", "svg"],
    );
    let doc = roxmltree::Document::parse(ok(&out)).expect("the SVG parses");
    assert!(
        doc.descendants()
            .any(|n| n.attribute("class") == Some("slip") && n.text() == Some("+2 luni"))
    );
}

#[test]
fn plan_text_is_escaped_in_the_svg_and_mermaid() {
    let hostile = AFTER.replace("name = \"Alpha\"", "name = \"<script>&\\\"Alpha\\\" %%{init}%% #1;\"");
    let test = repository("", "plan.toml", "").file("plan.toml", hostile.as_bytes());
    let (test, out) = run(test, &["timeline", "--baseline", "HEAD~1", "--format", "svg"]);
    let doc = roxmltree::Document::parse(ok(&out)).expect("the SVG parses");
    let tip = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("baseline") && n.attribute("data-id") == Some("alpha"))
        .and_then(|n| n.first_child())
        .and_then(|n| n.text())
        .unwrap();
    assert!(tip.starts_with("<script>&\"Alpha\""), "{tip}");
    let (_, out) = run(test, &["timeline", "--baseline", "HEAD~1", "--format", "mermaid"]);
    let mermaid = ok(&out);
    let task = mermaid
        .lines()
        .find(|l| l.contains("alpha__base"))
        .expect("alpha's baseline task");
    assert_eq!(
        task,
        "    #60;script#62;#38;#34;Alpha#34; #37;#37;{init}#37;#37; #35;1#59; as planned in HEAD~1 (".to_owned()
            + &task[task.find("HEAD~1 (").unwrap() + 8..]
    );
    assert!(
        task.ends_with("(+2 months) :alpha__base, 2021-01-01, 2021-04-01"),
        "{task}"
    );
}

#[test]
fn mermaid_has_the_baseline_under_each_phase() {
    let test = repository("", "plan.toml", "");
    let (_, out) = run(test, &["timeline", "--baseline", "HEAD~1", "--format", "mermaid"]);
    let mermaid = ok(&out);
    let lines: Vec<&str> = mermaid.lines().collect();
    let at = |needle: &str| {
        lines
            .iter()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}"))
    };
    // Right under the bar, with its window then and its slip.
    assert_eq!(at(":alpha__base,"), at(":done, alpha,") + 1, "{mermaid}");
    assert!(lines[at(":beta__base,")].ends_with("(+2 months) :beta__base, 2021-04-01, 2021-08-01"));
    assert!(lines[at(":gamma__base,")].contains("(−10 days)"));
    assert!(
        !mermaid.contains("delta__base") && !mermaid.contains("omega"),
        "{mermaid}"
    );
}

#[test]
fn every_width_fits() {
    // A file BASE: no git to run for each width.
    let test = repository("", "plan.toml", "").file("old.toml", BEFORE.as_bytes());
    let mut test = test;
    for width in 20..=200 {
        let w = width.to_string();
        for (command, lang) in [
            ("timeline", "en"),
            ("phases", "ro"),
            ("status", "en"),
            ("timeline", "ro"),
        ] {
            if command == "status" && width % 3 != 0 {
                continue;
            }
            let (next, out) = run(
                test,
                &["--lang", lang, command, "--baseline", "old.toml", "--width", &w],
            );
            test = next;
            for line in ok(&out).lines() {
                assert!(
                    line.width() <= width,
                    "{command} --lang {lang} --width {width}: {line:?}"
                );
            }
            if command == "phases" && width >= 60 {
                assert!(out.stdout.contains("+2 luni"), "--width {width}\n{}", out.stdout);
            }
        }
    }
}

#[test]
fn a_base_that_names_nothing_or_does_not_parse_is_an_error() {
    let mut test = repository("", "plan.toml", "");
    for command in ["timeline", "phases", "status"] {
        let (next, out) = run(test, &[command, "--baseline", "no-such-thing"]);
        test = next;
        assert_eq!((out.code, out.stdout.as_str()), (2, ""), "{command}");
        assert_eq!(
            out.stderr,
            "error: `no-such-thing` is neither a file nor a revision of the git repository plan.toml is in\n"
        );
    }
    // A file whose TOML does not parse.
    let test = test.file("broken.toml", b"[project\nname = \"x\"\n");
    let (test, out) = run(test, &["phases", "--baseline", "broken.toml"]);
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    assert_eq!(
        out.stderr,
        "error: `broken.toml` cannot be read as a plan: broken.toml is not valid TOML (line 1, column 9: \
         invalid TOML: unclosed table, expected `]`)\n"
    );
    let (_, out) = run(test, &["--lang", "ro", "timeline", "--baseline", "broken.toml"]);
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    assert!(
        out.stderr.starts_with(
            "eroare: `broken.toml` nu poate fi citit ca plan: broken.toml nu este TOML valid (rândul 1, coloana 9"
        ),
        "{}",
        out.stderr
    );
    // A revision at which it did not parse.
    let test = repository("", "plan.toml", "");
    let root = test.path("");
    let test = test.file("plan.toml", b"[[phase]\n");
    git(&root, &["commit", "-q", "-a", "-m", "broken"]);
    let test = test.file("plan.toml", AFTER.as_bytes());
    git(&root, &["commit", "-q", "-a", "-m", "fixed"]);
    let (test, out) = run(test, &["status", "--baseline", "HEAD~1", "--format", "json"]);
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    assert!(
        out.stderr
            .starts_with("error: `HEAD~1` cannot be read as a plan: HEAD~1:plan.toml is not valid TOML (line 1,"),
        "{}",
        out.stderr
    );
    // A base with errors is used for what resolved of it.
    let errors = format!("{BEFORE}\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nphase = \"nope\"\n");
    let test = test.file("errors.toml", errors.as_bytes());
    let (test, out) = run(test, &["check", "--plan", "errors.toml"]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    let (_, out) = run(test, &["phases", "--baseline", "errors.toml", "--format", "json"]);
    ok(&out);
    assert_eq!(out.json()["phases"][0]["slip"]["end"]["months"], 2);
}

/// The shipped plan as it was at its first review (tag `revizuire-2021-10`):
/// `implementare` to end in May 2022, `revizuire` in June–July.
fn shipped_at_first_review() -> (String, String) {
    let now = std::fs::read_to_string(common::root().join("plan.toml")).expect("plan.toml");
    let then = now
        .replacen("end = \"2022-07\"", "end = \"2022-05\"", 1)
        .replacen("start = \"2022-08\"", "start = \"2022-06\"", 1)
        .replacen("end = \"2022-09\"", "end = \"2022-07\"", 1);
    assert_ne!(then, now);
    (then, now)
}

#[test]
fn the_docs_picture_is_current() {
    let (then, now) = shipped_at_first_review();
    let test = Test::new().plan(&then);
    let home = test.path("");
    git(&home, &["init", "-q"]);
    git(&home, &["add", "plan.toml"]);
    git(&home, &["commit", "-q", "-m", "plan at the first review"]);
    git(&home, &["tag", "revizuire-2021-10"]);
    let test = test.plan(&now);
    git(&home, &["commit", "-q", "-a", "-m", "implementation two months longer"]);
    let test = test.without_user_git();
    let out = test
        .args(&[
            "timeline",
            "--today",
            "2021-11-28",
            "--width",
            "100",
            "--format",
            "svg",
            "--baseline",
            "revizuire-2021-10",
        ])
        .run();
    let svg = ok(&out);
    let doc = roxmltree::Document::parse(svg).expect("the SVG parses");
    let slip = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("class") == Some("slip") && n.attribute("data-id") == Some(id))
            .and_then(|n| n.text())
    };
    assert_eq!(slip("implementare"), Some("+2 luni"));
    assert_eq!(slip("revizuire"), Some("+2 luni"));
    assert_eq!(slip("pregatire"), Some("±0"));
    let path = common::root().join("docs/timeline-baseline.svg");
    if common::bless() {
        std::fs::write(&path, svg).expect("write docs/timeline-baseline.svg");
        return;
    }
    let docs = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        docs == svg,
        "docs/timeline-baseline.svg is out of date: SNAPSHOTS=overwrite cargo test --test baseline, then its PNG:\n\
         chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir=/tmp/chr-views \
         --hide-scrollbars --window-size=1200,HEIGHT --screenshot=$PWD/docs/timeline-baseline.png \
         file://$PWD/docs/timeline-baseline.svg"
    );
}

/// Every plan of the robustness corpus as the baseline of the shipped plan,
/// and the shipped plan as the baseline of each: no panic, an exit of 0,
/// 1 (the plan has errors) or 2 (a baseline that does not parse, or no
/// plan), and an SVG that parses.
#[test]
fn hostile_plans_as_baselines_and_against_one() {
    let shipped = std::fs::read(common::root().join("plan.toml")).expect("plan.toml");
    let mut corpus: Vec<_> = std::fs::read_dir(common::root().join("tests/corpus"))
        .expect("tests/corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    corpus.sort();
    assert!(corpus.len() >= 40);
    for path in corpus {
        let bytes = std::fs::read(&path).expect("read");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for (plan, base) in [(&shipped, &bytes), (&bytes, &shipped)] {
            let mut test = Test::new().file("plan.toml", plan).file("base.toml", base);
            for args in [
                &["timeline", "--width", "80"][..],
                &["timeline", "--format", "svg"][..],
                &["timeline", "--format", "mermaid"][..],
                &["phases", "--width", "60"][..],
                &["status", "--format", "json"][..],
            ] {
                test = test.reset_args().args(args).args(&["--baseline", "base.toml"]);
                let out = test.run();
                assert!(!out.stderr.contains("panicked"), "{name} {args:?}: {}", out.stderr);
                assert!((0..=2).contains(&out.code), "{name} {args:?}: exit {}", out.code);
                if out.code == 2 {
                    assert_eq!(out.stdout, "", "{name} {args:?}");
                }
                if args.contains(&"svg") && !out.stdout.is_empty() {
                    roxmltree::Document::parse(&out.stdout).unwrap_or_else(|e| panic!("{name}: {e}"));
                }
            }
        }
    }
}
