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
