//! `icc diff`: the schedule compared with a BASE read from a real git
//! repository made in a temporary folder (or a file), as a user runs it.

mod common;

use common::{Test, git};
use serde_json::{Value, json};

/// A programme of two phases, the second derived from the first, a
/// workshop and a KPI.
const PLAN: &str = r#"[project]
name = "Diff test"

[[phase]]
id = "pregatire"
name = "Pregătire"
start = "2021-01"
end = "2021-04"

[[phase]]
id = "implementare"
name = "Implementare"
after = ["pregatire"]
months = 6

[[workshop]]
id = "lansare"
title = "Lansare"
date = 2021-03-10
status = "done"

[[kpi]]
id = "servicii"
name = "Servicii online"
unit = "%"
baseline = { value = 10, date = "2021-01" }
target = { value = 50, date = "2021-10" }
measurements = [
  { date = "2021-03", value = 20 },
]
"#;

/// The same programme with `pregatire` moved two months later (so
/// `implementare` follows it), a workshop added and the KPI measured.
fn edited() -> String {
    PLAN.replace(
        "start = \"2021-01\"\nend = \"2021-04\"",
        "start = \"2021-03\"\nend = \"2021-06\"",
    )
    .replace(
        "  { date = \"2021-03\", value = 20 },\n",
        "  { date = \"2021-03\", value = 20 },\n  { date = \"2021-06\", value = 31.5 },\n",
    ) + "\n[[workshop]]\nid = \"ws-nou\"\ntitle = \"Workshop nou\"\ndate = 2021-05-20\n"
}

/// A repository at `sub` (`.` for the test's folder) of a test, with the
/// plan at `plan` committed, then edited and committed again.
fn repository(sub: &str, plan: &str) -> Test {
    let test = Test::new().file(&format!("{sub}/{plan}"), PLAN.as_bytes());
    let root = test.path(sub);
    git(&root, &["init", "-q"]);
    git(&root, &["add", "."]);
    git(&root, &["commit", "-q", "-m", "plan"]);
    std::fs::write(root.join(plan), edited()).unwrap();
    git(&root, &["commit", "-q", "-am", "moved"]);
    test.without_user_git()
}

fn json(test: &Test, args: &[&str]) -> Value {
    let mut all = vec!["diff", "--format", "json"];
    all.extend(args);
    let out = test.with_args(&all).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

/// What `icc diff HEAD~1` says of the edit, as a list of facts.
fn facts(diff: &Value) -> Vec<String> {
    let mut facts = Vec::new();
    for item in diff["items"].as_array().unwrap() {
        let head = format!(
            "{} {} {}",
            item["change"].as_str().unwrap(),
            item["kind"].as_str().unwrap(),
            item["id"].as_str().unwrap()
        );
        let mut parts = vec![head];
        for date in item["dates"].as_array().unwrap() {
            parts.push(format!(
                "{} {}→{} {}d {}m",
                date["field"].as_str().unwrap(),
                date["old"],
                date["new"],
                date["days"],
                date["months"]
            ));
        }
        for field in item["fields"].as_array().unwrap() {
            parts.push(format!(
                "{} {}→{}",
                field["field"].as_str().unwrap(),
                field["old"],
                field["new"]
            ));
        }
        if let Some(m) = item.get("measurements") {
            parts.push(format!(
                "measurements +{} -{} ~{}",
                m["added"], m["removed"], m["changed"]
            ));
        }
        if item["following"] == json!(true) {
            parts.push(format!("following {}", item["because"]));
        }
        facts.push(parts.join("; "));
    }
    facts
}

#[test]
fn a_phase_moved_a_workshop_added_and_a_kpi_measured_are_exactly_what_diff_shows() {
    let test = repository(".", "plan.toml");
    let diff = json(&test, &["HEAD~1"]);
    assert_eq!(
        facts(&diff),
        [
            "changed phase pregatire; start \"2021-01\"→\"2021-03\" 59d 2m; end \"2021-04\"→\"2021-06\" 61d 2m",
            // Derived from `pregatire`'s end: it follows, its own lines unchanged.
            "changed phase implementare; start \"2021-05-01\"→\"2021-07-01\" 61d 2m; end \"2021-10-31\"→\"2021-12-31\" 61d 2m; following [\"pregatire\"]",
            "added workshop ws-nou; date null→\"2021-05-20\" nulld nullm",
            "changed kpi servicii; measurements +[{\"value\":31.5,\"date\":\"2021-06\"}] -[] ~[]",
        ]
    );
    assert_eq!(diff["counts"], json!({"added": 1, "removed": 0, "changed": 3}));
    assert_eq!(diff["changed"], json!(true));
    assert_eq!(diff["programme"]["start"]["months"], json!(2));
    assert_eq!(diff["programme"]["end"]["new"], json!("2021-12-31"));
    assert_eq!(diff["base"]["revision"], json!("HEAD~1"));
    let commit = git(&test.path("."), &["rev-parse", "HEAD~1"]);
    assert_eq!(diff["base"]["commit"], json!(commit.trim()));
    assert_eq!(diff["plan"], json!("plan.toml"));
}

#[test]
fn people_read_the_moves_in_their_language() {
    let test = repository(".", "plan.toml");
    let out = test.with_args(&["diff", "HEAD~1"]).run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    let text = &out.stdout;
    assert!(text.starts_with("Schedule changes since HEAD~1 ("), "{text}");
    assert!(text.contains(": 3 changed · 1 added · 0 removed\n"), "{text}");
    assert!(text.contains("~ phase pregatire  Pregătire\n"), "{text}");
    assert!(text.contains("    start  2021-01 → 2021-03  +2 months\n"), "{text}");
    assert!(
        text.contains("~ phase implementare  Implementare  (following pregatire)\n"),
        "{text}"
    );
    assert!(
        text.contains("    start  2021-05-01 → 2021-07-01  +2 months\n"),
        "{text}"
    );
    assert!(
        text.contains("+ workshop ws-nou  Workshop nou\n    date  2021-05-20\n"),
        "{text}"
    );
    assert!(text.contains("    measurements  + 2021-06: 31.5\n"), "{text}");
    assert!(
        text.contains("Programme end: 2021-10-31 → 2021-12-31  +2 months\n"),
        "{text}"
    );
    let ro = test.with_args(&["--lang", "ro", "diff", "HEAD~1"]).run().stdout;
    assert!(ro.contains("Schimbări în calendar față de HEAD~1 ("), "{ro}");
    assert!(ro.contains("    start  2021-01 → 2021-03  +2 luni\n"), "{ro}");
    assert!(ro.contains("(urmează pregatire)"), "{ro}");
    assert!(ro.contains("    measurements  + 2021-06: 31,5\n"), "{ro}");
}

#[test]
fn the_markdown_table_has_a_row_a_change_and_keeps_its_columns() {
    let test = repository(".", "plan.toml");
    let out = test.with_args(&["diff", "HEAD~1", "--format", "markdown"]).run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    let rows: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with('|')).collect();
    // Header, rule, and 2 + 2 + 1 + 1 changes.
    assert_eq!(rows.len(), 8, "{}", out.stdout);
    for row in &rows {
        assert_eq!(cells(row), 6, "{row}");
    }
    assert!(
        rows[2].contains("| ~ | phase `pregatire` Pregătire | `start` | 2021-01 | 2021-03 | +2 months |"),
        "{}",
        rows[2]
    );
    assert!(out.stdout.contains("*following pregatire*"), "{}", out.stdout);
}

/// The cells of a Markdown table row: `|` not escaped by a backslash.
fn cells(row: &str) -> usize {
    let mut cells = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => cells += 1,
            _ => escaped = false,
        }
    }
    cells - 1
}

#[test]
fn hostile_titles_stay_text_in_markdown_and_in_the_terminal() {
    let test = repository(".", "plan.toml");
    let hostile = "A | B <script>alert(1)</script> [x](javascript:alert(1)) @team\n# heading \u{1b}[31mred";
    let plan = edited()
        + &format!(
            "\n[[milestone]]\nid = \"m\"\nname = {}\ndate = \"2021-08\"\n",
            toml_string(hostile)
        );
    std::fs::write(test.path("plan.toml"), plan).unwrap();
    let out = test.with_args(&["diff", "HEAD~1", "--format", "markdown"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let row = out.stdout.lines().find(|l| l.contains("`m`")).unwrap();
    assert_eq!(cells(row), 6, "{row}");
    // Every character that could be markup is escaped.
    for markup in ['<', '>', '[', ']', '@', '#', '*'] {
        for (at, _) in row.match_indices(markup) {
            assert_eq!(&row[at - 1..at], "\\", "{markup} at {at} in {row}");
        }
    }
    let human = test.with_args(&["diff", "HEAD~1", "--color", "never"]).run().stdout;
    assert!(!human.contains('\u{1b}'), "{human}");
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

#[test]
fn from_a_subfolder_a_worktree_and_a_path_with_spaces() {
    // The plan in a folder with spaces, the repository above it.
    let test = repository(".", "city plans/plan.toml").current_dir("city plans");
    let diff = json(&test, &["HEAD~1"]);
    assert_eq!(diff["counts"], json!({"added": 1, "removed": 0, "changed": 3}));
    assert_eq!(diff["plan"], json!("plan.toml"));
    // From a folder below the plan's, which finds the plan above.
    let below = test.current_dir("city plans/notes");
    let diff = json(&below, &["HEAD~1"]);
    assert_eq!(diff["counts"]["changed"], json!(3));
    // `--plan` from outside the repository's folders.
    let root = below.current_dir(".");
    let diff = json(&root, &["--plan", "city plans", "HEAD~1"]);
    assert_eq!(diff["counts"]["changed"], json!(3));
    // A worktree of the repository, checked out at the first commit.
    git(&root.path("."), &["worktree", "add", "-q", "--detach", "wt", "HEAD~1"]);
    let worktree = root.current_dir("wt/city plans");
    let diff = json(&worktree, &["main"]);
    // From the first commit to the second: the edit, seen the other way.
    assert_eq!(diff["counts"], json!({"added": 0, "removed": 1, "changed": 3}));
}

#[test]
fn after_an_uncommitted_edit_diff_shows_it_and_exit_code_says_so() {
    let test = repository(".", "plan.toml");
    let same = test.with_args(&["diff", "--exit-code"]).run();
    assert_eq!(same.code, 0, "{}", same.stderr);
    let commit = git(&test.path("."), &["rev-parse", "--short=7", "HEAD"]);
    assert_eq!(
        same.stdout,
        format!("No changes to the schedule since HEAD ({}).\n", commit.trim())
    );
    std::fs::write(test.path("plan.toml"), edited().replace("months = 6", "months = 7")).unwrap();
    let out = test.with_args(&["diff", "--exit-code", "--format", "json"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let diff: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        facts(&diff),
        ["changed phase implementare; end \"2021-12-31\"→\"2022-01-31\" 31d 1m; months 6→7",]
    );
    // Without --exit-code a difference is no failure.
    assert_eq!(test.with_args(&["diff"]).run().code, 0);
    // A plan with errors is compared, and the run fails, as every view's.
    std::fs::write(test.path("plan.toml"), edited().replace("months = 6", "months = 0")).unwrap();
    let out = test.with_args(&["diff"]).run();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.starts_with("Schedule changes since HEAD ("),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.starts_with("warning: plan.toml has 1 error"),
        "{}",
        out.stderr
    );
    // One that is not TOML is its findings.
    std::fs::write(test.path("plan.toml"), "[project\n").unwrap();
    let out = test.with_args(&["diff"]).run();
    assert_eq!((out.code, out.stdout.as_str()), (1, ""));
    assert!(out.stderr.contains("--> plan.toml:1:"), "{}", out.stderr);
}

#[test]
fn a_file_is_a_base_too() {
    let test = Test::new().file("old plan.toml", PLAN.as_bytes()).plan(&edited());
    let diff = json(&test, &["old plan.toml"]);
    assert_eq!(diff["base"], json!({"file": "old plan.toml"}));
    assert_eq!(diff["counts"], json!({"added": 1, "removed": 0, "changed": 3}));
    // From standard input against a file.
    let stdin = test
        .with_args(&["--plan", "-", "diff", "old plan.toml", "--format", "json"])
        .stdin(edited().as_bytes())
        .run();
    assert_eq!(stdin.code, 0, "{}", stdin.stderr);
}

#[test]
fn what_cannot_be_compared_is_a_clear_error_with_exit_2() {
    let test = repository(".", "plan.toml");
    // A revision where the plan did not exist.
    std::fs::create_dir_all(test.path("later")).unwrap();
    std::fs::write(test.path("later/plan.toml"), PLAN).unwrap();
    git(&test.path("."), &["add", "."]);
    git(&test.path("."), &["commit", "-q", "-m", "a second plan"]);
    let out = test.with_args(&["--plan", "later/plan.toml", "diff", "HEAD~1"]).run();
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    assert!(
        out.stderr
            .starts_with("error: later/plan.toml did not exist at `HEAD~1` (commit "),
        "{}",
        out.stderr
    );
    let ro = test
        .with_args(&["--lang", "ro", "--plan", "later/plan.toml", "diff", "HEAD~1"])
        .run();
    assert!(ro.stderr.contains("nu exista la `HEAD~1`"), "{}", ro.stderr);
    // No such revision.
    let out = test.with_args(&["diff", "v9.9"]).run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: `v9.9` is neither a file nor a revision of the git repository plan.toml is in\n"
    );
    // A revision that looks like an option is never one: git gets it after
    // `--end-of-options`, and no file is written.
    let out = test.with_args(&["diff", "--", "--output=written.txt"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(!test.path("written.txt").exists());
    // `:/message` names the latest commit whose message matches.
    let diff = json(&test, &[":/moved"]);
    assert_eq!(diff["counts"], json!({"added": 0, "removed": 0, "changed": 0}));
    // A tree is no commit.
    assert_eq!(test.with_args(&["diff", "HEAD^{tree}"]).run().code, 2);
    // A repository with no commit yet.
    let empty = Test::new().plan(PLAN).without_user_git();
    git(&empty.path("."), &["init", "-q"]);
    let out = empty.with_args(&["diff"]).run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: `HEAD` is not a file, and the git repository plan.toml is in has no commit yet: commit the plan first\n"
    );
    // An orphan branch has no HEAD, but the repository has commits.
    git(&test.path("."), &["checkout", "-q", "--orphan", "fresh"]);
    let out = test.with_args(&["diff"]).run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: `HEAD` is neither a file nor a revision of the git repository plan.toml is in\n"
    );
    // A plan outside git.
    let outside = Test::new().plan(PLAN).without_user_git();
    let out = outside.with_args(&["diff", "HEAD~1"]).run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: `HEAD~1` is not a file, and plan.toml is not in a git repository\n"
    );
    // Standard input is in no repository.
    let out = outside.with_args(&["--plan", "-", "diff"]).stdin(PLAN.as_bytes()).run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("standard input"), "{}", out.stderr);
    // No git at all.
    let out = test.with_args(&["diff", "HEAD~1"]).env("PATH", "/nonexistent").run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: `HEAD~1` is not a file, and reading a revision needs git, which was not found\n"
    );
    // A base that is not TOML.
    std::fs::write(test.path("broken.toml"), "[project\n").unwrap();
    let out = test.with_args(&["diff", "broken.toml"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("broken.toml is not valid TOML (line 1, column"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_readme_shows_what_icc_prints() {
    let readme = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let block = readme
        .split("```console\n$ icc diff HEAD~1\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the README's diff example");
    let test = repository(".", "plan.toml");
    let out = test.with_args(&["diff", "HEAD~1"]).run();
    let commit = git(&test.path("."), &["rev-parse", "--short=7", "HEAD~1"]);
    let shown = out.stdout.replace(commit.trim(), "5c6cd78");
    assert_eq!(shown, block);
}

/// Random plans compared both ways, in-process: nothing panics, a plan
/// has no change against itself, and what one way adds the other removes.
mod properties {
    use clap::Parser;
    use icc::cli::{Cli, Edge, run};
    use proptest::prelude::*;
    use serde_json::Value;

    /// `icc --plan - diff BASE --format json` with `new` on standard input;
    /// `None` when it could not run (exit 2: a side is not TOML).
    fn diff(base: &std::path::Path, new: &[u8]) -> Option<Value> {
        let cli = Cli::try_parse_from([
            "icc",
            "--plan",
            "-",
            "diff",
            base.to_str().unwrap(),
            "--format",
            "json",
            "--exit-code",
        ])
        .expect("flags");
        let mut stdin: &[u8] = new;
        let mut edge = Edge {
            cwd: base.parent().unwrap().to_path_buf(),
            today: chrono::NaiveDate::from_ymd_opt(2021, 11, 28).unwrap(),
            color: icc::cli::Streams::default(),
            terminal_width: None,
            stdin: &mut stdin,
        };
        let out = run(&cli, &mut edge).ok()?;
        if out.stdout.is_empty() {
            // The plan is not TOML: its findings, and a failed run.
            assert_eq!(out.exit_code(), 1, "{}", out.stderr);
            return None;
        }
        let json: Value = serde_json::from_str(&out.stdout).expect("JSON");
        // --exit-code: 1 exactly when something changed, or when the plan
        // has errors (said on standard error), as every view fails.
        let errors = !out.stderr.is_empty();
        assert_eq!(
            out.exit_code() == 1,
            json["changed"] == Value::Bool(true) || errors,
            "{}",
            out.stderr
        );
        Some(json)
    }

    fn plans() -> Vec<String> {
        [
            "plan.toml",
            "examples/minimal.toml",
            "examples/derived.toml",
            "examples/kpis.toml",
        ]
        .iter()
        .map(|p| std::fs::read_to_string(super::common::root().join(p)).unwrap())
        .collect()
    }

    /// A plan with some of its lines dropped or doubled: items appear,
    /// vanish, lose or change dates.
    fn variant(plan: &str, picks: &[(usize, u8)]) -> String {
        let mut lines: Vec<&str> = plan.lines().collect();
        for (at, what) in picks {
            if lines.is_empty() {
                break;
            }
            let i = at % lines.len();
            match what % 3 {
                0 => {
                    lines.remove(i);
                }
                1 => lines.insert(i, lines[i]),
                _ => {
                    let next = (i + 1) % lines.len();
                    lines.swap(i, next);
                }
            }
        }
        lines.join("\n") + "\n"
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: super::common::proptest_cases(), ..ProptestConfig::default() })]

        #[test]
        fn diffs_are_symmetric_and_a_plan_equals_itself(
            which in 0..4usize,
            a in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..6),
            b in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..6),
        ) {
            let plan = &plans()[which];
            let (a, b) = (variant(plan, &a), variant(plan, &b));
            let dir = tempfile::tempdir().unwrap();
            let (path_a, path_b) = (dir.path().join("a.toml"), dir.path().join("b.toml"));
            std::fs::write(&path_a, &a).unwrap();
            std::fs::write(&path_b, &b).unwrap();
            if let Some(same) = diff(&path_a, a.as_bytes()) {
                prop_assert_eq!(&same["changed"], &Value::Bool(false), "{}", same);
            }
            let forth = diff(&path_a, b.as_bytes());
            let back = diff(&path_b, a.as_bytes());
            prop_assert_eq!(forth.is_some(), back.is_some());
            if let (Some(forth), Some(back)) = (forth, back) {
                prop_assert_eq!(&forth["counts"]["added"], &back["counts"]["removed"]);
                prop_assert_eq!(&forth["counts"]["removed"], &back["counts"]["added"]);
                prop_assert_eq!(&forth["counts"]["changed"], &back["counts"]["changed"]);
                prop_assert_eq!(&forth["changed"], &back["changed"]);
            }
        }
    }
}

#[test]
fn a_tag_a_branch_and_a_plan_reached_through_a_link() {
    let test = repository("repo", "plan.toml").current_dir("repo");
    git(&test.path("repo"), &["tag", "v1", "HEAD~1"]);
    git(&test.path("repo"), &["branch", "before", "HEAD~1"]);
    for base in ["v1", "before", "HEAD^"] {
        let diff = json(&test, &[base]);
        assert_eq!(
            diff["counts"],
            json!({"added": 1, "removed": 0, "changed": 3}),
            "{base}"
        );
    }
    // A plan outside the repository that links into it: the repository is
    // the one holding the file itself.
    std::os::unix::fs::symlink(test.path("repo/plan.toml"), test.path("linked.toml")).unwrap();
    let outside = test.current_dir(".");
    let diff = json(&outside, &["--plan", "linked.toml", "v1"]);
    assert_eq!(diff["counts"]["changed"], json!(3));
}

#[test]
fn every_line_fits_the_width() {
    use unicode_width::UnicodeWidthStr;
    let test = repository(".", "plan.toml");
    git(
        &test.path("."),
        &["branch", "feature/a-rather-long-branch-name-for-the-pilot", "HEAD~1"],
    );
    let long = "Un titlu foarte lung pentru un atelier despre mobilitate urbană durabilă, cu părți interesate";
    let plan = edited()
        .replace("title = \"Workshop nou\"", &format!("title = \"{long}\""))
        .replace("id = \"ws-nou\"", "id = \"ws-nou-cu-un-identificator-foarte-lung\"")
        .replace(
            "id = \"lansare\"\ntitle = \"Lansare\"",
            "id = \"lansare\"\ntitle = \"Lansarea programului\"",
        )
        + "\n[[milestone]]\nid = \"m\"\nname = \"Reper\"\ndate = \"2021-08\"\nstatus = \"done\"\n";
    std::fs::write(test.path("plan.toml"), plan).unwrap();
    let commit = git(&test.path("."), &["rev-parse", "--short=7", "HEAD~1"]);
    let commit = commit.trim();
    for base in ["HEAD~1", "feature/a-rather-long-branch-name-for-the-pilot"] {
        for lang in ["en", "ro"] {
            for width in (20..=200).step_by(3) {
                let out = test
                    .with_args(&["--lang", lang, "diff", base, "--width", &width.to_string()])
                    .run();
                assert_eq!(out.code, 0, "{}", out.stderr);
                let text = &out.stdout;
                for line in text.lines() {
                    assert!(line.width() <= width, "{width}: {line:?}\n{text}");
                    assert_eq!(line, line.trim_end(), "{width}: a line ends in spaces\n{text}");
                }
                if width < 44 {
                    continue;
                }
                // Nothing needed is lost where there is room: dates,
                // shifts, values, ids, the base and its commit, the counts.
                for whole in [
                    "2021-01",
                    "→ 2021-03",
                    if lang == "en" { "+2 months" } else { "+2 luni" },
                    "+ 2021-06: 31",
                    "\"Lansare\"",
                    "→ \"Lansarea programului\"",
                    "ws-nou-cu-un-identificator-foarte-lung",
                    commit,
                    if lang == "en" { "0 removed" } else { "eliminate: 0" },
                ] {
                    assert!(text.contains(whole), "{lang} {width}: {whole}\n{text}");
                }
                // The base whole where a line can hold it.
                if width > base.len() {
                    assert!(text.contains(base), "{width}: {base}\n{text}");
                }
            }
        }
    }
}
