//! The robustness corpus: `tests/corpus/` holds malformed and hostile plans
//! (syntax errors at every level, wrong types, bad dates, cycles of length 1
//! to 5, duplicate ids across kinds, absurd sizes, control characters,
//! invalid UTF-8, binary data, deep nesting). On every one, `icc check` in
//! every format exits 1 or 2 without a panic, and every finding it places
//! is inside the file; the views and exports run without a panic too.

mod common;

use common::{Test, root};

fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(root().join("tests/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_corpus_is_big_enough() {
    assert!(corpus().len() >= 40, "{} plans", corpus().len());
}

#[test]
fn check_fails_cleanly_in_every_format() {
    for (name, bytes) in corpus() {
        let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).into_owned();
        let lines: Vec<&str> = text.split('\n').collect();
        for format in ["human", "json", "github"] {
            let out = Test::new()
                .file("plan.toml", &bytes)
                .args(&["check", "--format", format])
                .run();
            assert!(
                out.code == 1 || out.code == 2,
                "{name} --format {format}: exit {}",
                out.code
            );
            assert!(!out.stderr.contains("panicked"), "{name}: {}", out.stderr);
            assert!(!out.stdout.is_empty(), "{name} --format {format}: says nothing");
            if format == "json" {
                for d in out.json()["diagnostics"].as_array().unwrap() {
                    common::assert_worded(d, &text);
                    let (Some(line), Some(column)) = (d["line"].as_u64(), d["column"].as_u64()) else {
                        continue;
                    };
                    assert!(
                        line >= 1 && (line as usize) <= lines.len(),
                        "{name}: line {line} of {}",
                        lines.len()
                    );
                    let width = lines[line as usize - 1].chars().count() as u64;
                    assert!(
                        column >= 1 && column <= width + 1,
                        "{name}: line {line} column {column} of {width}"
                    );
                }
            }
        }
    }
}

#[test]
fn views_and_exports_never_panic() {
    let commands: &[&[&str]] = &[
        &["status"],
        &["status", "--format", "json"],
        &["timeline", "--width", "60"],
        &["timeline", "--format", "svg"],
        &["timeline", "--format", "mermaid"],
        &["export", "--format", "ics"],
        &["export", "--format", "csv"],
        &["add-workshop", "--title", "Atelier", "--date", "2021-03-01"],
    ];
    for (name, bytes) in corpus() {
        for args in commands {
            let t = Test::new().file("plan.toml", &bytes).args(args);
            let out = t.run();
            assert!(out.code <= 2 && out.code >= 0, "{name} {args:?}: exit {}", out.code);
            assert!(!out.stderr.contains("panicked"), "{name} {args:?}: {}", out.stderr);
            if args[0] == "add-workshop" && out.code != 0 {
                assert_eq!(
                    std::fs::read(t.path("plan.toml")).unwrap(),
                    bytes,
                    "{name}: a refused edit changed the file"
                );
            }
        }
    }
}

#[test]
fn control_characters_never_reach_the_terminal() {
    let plan = "[project]\nname = \"\\u001b]0;owned\\u0007Arad\"\n\n[[phase]]\nid = \"p\"\nname = \"\\u001b[31mroșu\"\nstart = \"2021-01\"\nend = \"2021-06\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"\\u001b[2Jșters\"\ndate = 2021-02-01\n";
    for args in [
        &["status", "--today", "2021-03-01"][..],
        &["workshops"],
        &["phases"],
        &["timeline"],
    ] {
        let out = Test::new().plan(plan).args(args).run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(
            !out.stdout.contains('\u{1b}') && !out.stdout.contains('\u{7}'),
            "{args:?}: {:?}",
            out.stdout
        );
        assert!(
            out.stdout.contains("roșu") || out.stdout.contains("șters") || args[0] == "timeline",
            "{args:?}"
        );
    }
}
