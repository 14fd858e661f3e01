//! The language of findings (issue 16, first part): `--lang`, then
//! `ICC_LANG`, negotiated to the nearest catalogue; `code` and `args` never
//! change with it, the words do.

mod common;

use common::{Test, root};

fn check(plan: &[u8], args: &[&str], env: Option<&str>) -> serde_json::Value {
    let mut all = vec!["check", "--format", "json", "--today", "2021-11-28"];
    all.extend_from_slice(args);
    let mut test = Test::new().file("plan.toml", plan).args(&all);
    if let Some(lang) = env {
        test = test.env("ICC_LANG", lang);
    }
    test.run().json()
}

/// Every finding fixture, in English and in Romanian: the same codes and
/// arguments, different words.
#[test]
fn every_finding_is_said_in_both_languages_with_the_same_code_and_args() {
    let mut fixtures: Vec<_> = std::fs::read_dir(root().join("tests/findings"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    fixtures.sort();
    for path in fixtures {
        let plan = std::fs::read(&path).unwrap();
        let english = check(&plan, &["--lang", "en"], None);
        let romanian = check(&plan, &["--lang", "ro"], None);
        let (en, ro) = (
            english["diagnostics"].as_array().unwrap(),
            romanian["diagnostics"].as_array().unwrap(),
        );
        assert_eq!(en.len(), ro.len(), "{}", path.display());
        for (e, r) in en.iter().zip(ro) {
            for key in ["code", "severity", "args", "line", "column", "end_line", "end_column"] {
                assert_eq!(e[key], r[key], "{}: {key}", path.display());
            }
            assert_ne!(
                e["message"],
                r["message"],
                "{}: the message is not translated",
                path.display()
            );
            let message = r["message"].as_str().unwrap();
            assert!(
                !message.contains("{$") && !message.contains("{ $"),
                "{}: {message}",
                path.display()
            );
        }
    }
}

/// `--lang` wins over `ICC_LANG`; a locale name is read as its language;
/// a language icc has no catalogue of is English.
#[test]
fn the_language_comes_from_the_flag_then_icc_lang() {
    let plan = std::fs::read(root().join("tests/findings/months-mismatch.toml")).unwrap();
    let message = |json: serde_json::Value| json["diagnostics"][0]["message"].as_str().unwrap().to_owned();
    let english = message(check(&plan, &[], None));
    let romanian = message(check(&plan, &["--lang", "ro"], None));
    assert_ne!(english, romanian);
    assert_eq!(message(check(&plan, &[], Some("ro_RO.UTF-8"))), romanian);
    assert_eq!(message(check(&plan, &["--lang", "en"], Some("ro"))), english);
    assert_eq!(message(check(&plan, &["--lang", "de_DE.UTF-8"], None)), english);
    assert_eq!(
        message(check(&plan, &[], Some(""))),
        english,
        "an empty ICC_LANG is unset"
    );
}

/// An empty language is no language, wherever it is given: `--lang ''`
/// as an empty `ICC_LANG`, and an empty `project.language` leaves
/// documents to the terminal's; a language is read trimmed.
#[test]
fn an_empty_language_is_unset_and_a_language_is_trimmed() {
    let plan = |language: &str| {
        format!(
            "[project]\nname = \"T\"\nlanguage = \"{language}\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-06\"\n"
        )
    };
    let csv_header = |plan: &str, env: Option<&str>, args: &[&str]| {
        let mut all = vec!["export", "--format", "csv", "--what", "phases", "--no-bom"];
        all.extend_from_slice(args);
        let mut test = Test::new().plan(plan).args(&all);
        if let Some(lang) = env {
            test = test.env("LANG", lang);
        }
        test.run().stdout.lines().next().unwrap_or_default().to_owned()
    };
    let romanian = csv_header(&plan("ro"), None, &[]);
    let english = csv_header(&plan("en"), None, &[]);
    assert_ne!(romanian, english);
    assert_eq!(
        csv_header(&plan(""), Some("ro_RO.UTF-8"), &[]),
        romanian,
        "empty: the terminal's"
    );
    assert_eq!(csv_header(&plan("  ro "), None, &[]), romanian, "trimmed");
    assert_eq!(
        csv_header(&plan("ro"), None, &["--lang", ""]),
        romanian,
        "--lang '': the plan's"
    );
    let phases = |args: &[&str]| {
        let mut all = vec!["phases"];
        all.extend_from_slice(args);
        Test::new()
            .plan(&plan(""))
            .env("LANG", "ro_RO.UTF-8")
            .args(&all)
            .run()
            .stdout
    };
    assert_eq!(phases(&["--lang", ""]), phases(&[]), "--lang '' is the locale's");
}
