//! `icc init` in the documents' language: the starter plan in English or
//! Romanian (`--lang`, `ICC_LANG`, then the terminal's, since there is no
//! plan yet), and what it says on the terminal in the terminal's.

mod common;

use common::Test;
use snapbox::{assert_data_eq, file};

/// The starter plan `icc init` writes with `args` (and `env`), and what it
/// printed.
fn init(args: &[&str], env: &[(&str, &str)]) -> (String, common::Output) {
    let mut all = vec!["init", "--today", "2025-01-10"];
    all.extend_from_slice(args);
    let mut test = Test::new().args(&all);
    for (key, value) in env {
        test = test.env(key, value);
    }
    let out = test.run();
    assert_eq!(out.code, 0, "{args:?} {env:?}: {}", out.stderr);
    let written = std::fs::read_to_string(test.path("plan.toml")).expect("plan.toml written");
    (written, out)
}

#[test]
fn the_english_starter_plan_is_pinned() {
    let (with_city, _) = init(&["--city", "Timișoara", "--start", "2025-01"], &[]);
    assert_data_eq!(with_city, file!["snapshots/init-en.toml"].raw());
    let (on_a_day, _) = init(&["--start", "2021-02-15"], &[]);
    assert_data_eq!(on_a_day, file!["snapshots/init-en-day.toml"].raw());
}

/// The Romanian starter plan, from `--lang ro`, `ICC_LANG=ro` or a
/// Romanian terminal: the same plan each way, pinned.
#[test]
fn the_romanian_starter_plan_from_each_source_of_the_language() {
    let args = ["--city", "Timișoara", "--start", "2025-01"];
    let (flag, out) = init(&[&["--lang", "ro"], &args[..]].concat(), &[]);
    assert_eq!(out.stdout, "s-a scris plan.toml: verificați-l cu `icc check`\n");
    assert_data_eq!(flag.clone(), file!["snapshots/init-ro.toml"].raw());
    let (env, _) = init(&args, &[("ICC_LANG", "ro")]);
    assert_eq!(env, flag, "ICC_LANG=ro");
    let (terminal, out) = init(&args, &[("LANG", "ro_RO.UTF-8")]);
    assert_eq!(terminal, flag, "LANG=ro_RO.UTF-8");
    assert_eq!(out.stdout, "s-a scris plan.toml: verificați-l cu `icc check`\n");
    let (messages, _) = init(&args, &[("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ro_RO.UTF-8")]);
    assert_eq!(messages, flag, "LC_MESSAGES before LANG");

    // `--lang en` and ICC_LANG=en win over a Romanian terminal; another
    // language is English.
    let (english, _) = init(&args, &[]);
    for (extra, env) in [
        (&["--lang", "en"][..], &[("LANG", "ro_RO.UTF-8")][..]),
        (&[][..], &[("ICC_LANG", "en"), ("LC_ALL", "ro_RO.UTF-8")][..]),
        (&[][..], &[("LANG", "de_DE.UTF-8")][..]),
    ] {
        let (text, out) = init(&[extra, &args[..]].concat(), env);
        assert_eq!(text, english, "{extra:?} {env:?}");
        assert_eq!(out.stdout, "wrote plan.toml: check it with `icc check`\n");
    }

    for (name, value) in [
        ("language", "\"ro\""),
        ("id", "\"pregatire\""),
        ("name", "\"Pregătire & evaluare\""),
        ("name", "\"Detaliere ambiții și roadmap\""),
        ("name", "\"Implementare\""),
        ("name", "\"Revizuire și pași următori\""),
        ("after", "[\"pregatire\"]"),
        ("after", "[\"roadmap\"]"),
        ("after", "[\"implementare\"]"),
        ("phase", "\"implementare\""),
    ] {
        let line = format!("\n{name} = {value}");
        assert!(flag.contains(&line), "{line:?} in\n{flag}");
    }
    // Every comment is Romanian: none of the English template's is left.
    let comments = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|line| line.find('#').map(|at| line[at..].to_owned()))
            .collect()
    };
    let english_comments = comments(&english);
    let keywords = ["# online | in-person | hybrid", "# planned | done | cancelled"];
    for comment in comments(&flag) {
        if keywords.contains(&comment.as_str())
            || comment.starts_with("# city")
            || comment.starts_with("#   icc schema")
        {
            continue;
        }
        assert!(!english_comments.contains(&comment), "{comment}");
        assert!(
            comment.chars().all(|c| !matches!(c, 'ş' | 'ţ' | 'Ş' | 'Ţ')),
            "{comment}"
        );
    }
}

/// The plan as `icc check --strict` sees it, its findings as JSON.
fn strict_check(plan: &str, today: &str, lang: &str) -> common::Output {
    Test::new()
        .plan(plan)
        .args(&[
            "check", "--strict", "--format", "json", "--today", today, "--lang", lang,
        ])
        .run()
}

/// Each language's plan passes `icc check --strict` with no finding, for
/// a start on a month and on a day, and `icc status` runs on it; its
/// stages are 5, 3, 15 and 2 months, chained.
#[test]
fn every_starter_plan_checks_clean_and_shows_its_status() {
    for lang in ["en", "ro"] {
        for (start, today, ends) in [
            (
                "2025-01",
                "2025-01-10",
                ["2025-05-31", "2025-08-31", "2026-11-30", "2027-01-31"],
            ),
            (
                "2021-02-15",
                "2021-02-01",
                ["2021-07-14", "2021-10-14", "2023-01-14", "2023-03-14"],
            ),
        ] {
            let (plan, _) = init(&["--lang", lang, "--start", start, "--city", "Arad"], &[]);
            let check = strict_check(&plan, today, lang);
            assert_eq!(check.code, 0, "{lang} {start}: {}", check.stdout);
            assert_eq!(check.json()["diagnostics"], serde_json::json!([]), "{lang} {start}");
            let phases = Test::new()
                .plan(&plan)
                .args(&["phases", "--format", "json", "--today", today])
                .run();
            let found: Vec<String> = phases.json()["phases"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["end"].as_str().unwrap().to_owned())
                .collect();
            assert_eq!(found, ends, "{lang} {start}");
            // On its last day the first stage is under way.
            let first = if lang == "en" { "(preparation)" } else { "(pregatire)" };
            let status = Test::new()
                .plan(&plan)
                .args(&["status", "--today", ends[0], "--lang", lang, "--width", "40"])
                .run();
            assert_eq!((status.code, status.stderr.as_str()), (0, ""), "{lang} {start}");
            assert!(status.stdout.contains(first), "{lang} {start}: {}", status.stdout);
        }
    }
}

/// Comments after values stand in one column in each block of the plan,
/// measured in display columns, whatever the city's name (wide characters
/// included) and the language.
#[test]
fn comments_stand_in_one_column_in_both_languages() {
    use unicode_width::UnicodeWidthStr;
    for lang in ["en", "ro"] {
        for city in ["Cluj-Napoca", "Târgu Mureș", "東京都"] {
            let (plan, _) = init(&["--lang", lang, "--city", city], &[]);
            let blocks: Vec<&str> = plan.split("\n\n").collect();
            let mut aligned = 0;
            for block in blocks {
                let columns: Vec<usize> = block
                    .lines()
                    .filter(|line| !line.starts_with('#'))
                    .filter_map(|line| line.find(" # ").map(|at| line[..at].width() + 1))
                    .collect();
                if let Some(first) = columns.first() {
                    assert!(
                        columns.iter().all(|c| c == first),
                        "{lang} {city}: {columns:?}\n{block}"
                    );
                    aligned += columns.len();
                }
            }
            // 3 in [project], 2 in the first two phases, 5 in the
            // workshop, 2 in the recurring meeting.
            assert_eq!(aligned, 3 + 2 + 5 + 2, "{lang} {city}\n{plan}");
        }
    }
}

/// What `icc init` says is in the terminal's language: the refusals too.
#[test]
fn refusals_in_the_terminals_language() {
    // An existing plan is left as it was.
    let t = Test::new()
        .file("plan.toml", b"mine\n")
        .args(&["init"])
        .env("LANG", "ro_RO.UTF-8");
    let out = t.run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("plan.toml există deja și a rămas neschimbat (folosiți --force pentru a-l suprascrie)"),
        "{}",
        out.stderr
    );
    assert_eq!(std::fs::read(t.path("plan.toml")).unwrap(), b"mine\n");
    // Standard input is no file to write.
    let out = Test::new()
        .args(&["--plan", "-", "init"])
        .env("LANG", "ro_RO.UTF-8")
        .run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("`icc init` scrie un fișier: indicați --plan CALE, nu `-`"),
        "{}",
        out.stderr
    );
    let out = Test::new().args(&["--plan", "-", "init"]).run();
    assert!(
        out.stderr
            .contains("`icc init` writes a file: give --plan PATH, not `-`"),
        "{}",
        out.stderr
    );
    // A start too late for the calendar.
    let out = Test::new().args(&["init", "--start", "9998-01", "--lang", "ro"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("`--start 9998-01`: planul inițial nu ar trece de `icc check`: "),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("9999-12-31"), "{}", out.stderr);
}

/// A path longer than a message's 80 columns is written whole, so that
/// the command to check it can be copied.
#[test]
fn a_long_path_is_written_whole() {
    let folder = "un-dosar-cu-un-nume-foarte-lung-pentru-planul-municipiului/".repeat(2);
    let path = format!("{folder}plan municipal.toml");
    let t = Test::new()
        .file(&format!("{folder}keep"), b"")
        .args(&["--plan", &path, "init", "--lang", "ro"]);
    let out = t.run();
    assert_eq!(
        out.stdout,
        format!("s-a scris {path}: verificați-l cu `icc --plan '{path}' check`\n"),
        "{}",
        out.stderr
    );
    assert!(t.path(&path).exists());
}
