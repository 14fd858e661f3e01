//! Big plans are read a chunk of tables at a time (to keep memory low);
//! whatever the chunk size, the result must be exactly what reading the
//! whole file gives, or the chunked reader must decline.

mod common;

#[path = "../benches/support/generator.rs"]
mod generator;

use common::root;
use icc::Source;
use icc::load::{load_chunked, load_whole};

fn files() -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for dir in ["tests/findings", "tests/corpus", "examples"] {
        let Ok(entries) = std::fs::read_dir(root().join(dir)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                files.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
    }
    for case in std::fs::read_dir(root().join("tests/edit")).unwrap() {
        let path = case.unwrap().path().join("in/plan.toml");
        files.push((path.display().to_string(), std::fs::read(&path).unwrap()));
    }
    files.push(("plan.toml".into(), std::fs::read(root().join("plan.toml")).unwrap()));
    files.push(("generated".into(), generator::plan(30, 400, 7).into_bytes()));
    files
}

#[test]
fn chunked_reading_gives_what_whole_reading_gives() {
    let mut chunked = 0;
    for (name, bytes) in files() {
        let (source, _) = Source::from_bytes(name.clone(), &bytes);
        let whole = load_whole(&source);
        for size in [0, 1, 300, 4096] {
            let Some(parts) = load_chunked(&source, size) else {
                continue;
            };
            chunked += 1;
            assert_eq!(
                format!("{:?}", parts.0),
                format!("{:?}", whole.0),
                "{name}, chunks of {size}: the plan differs"
            );
            assert_eq!(parts.1, whole.1, "{name}, chunks of {size}: the findings differ");
        }
    }
    assert!(
        chunked > 100,
        "the chunked reader declined too often to be tested ({chunked})"
    );
}

#[test]
fn the_shipped_and_generated_plans_can_be_read_in_chunks() {
    for text in [
        std::fs::read_to_string(root().join("plan.toml")).unwrap(),
        generator::plan(30, 400, 7),
    ] {
        let (source, _) = Source::from_bytes("plan.toml", text.as_bytes());
        assert!(load_chunked(&source, 0).is_some());
    }
}

#[test]
fn where_cutting_would_change_the_meaning_it_declines() {
    for text in [
        "[project]\nname = \"T\"\n[project]\nname = \"U\"\n", // a table given twice: a TOML error
        "[project]\nname = \"T\"\n[phase.extra]\nx = 1\n",    // a dotted header
        "project.name = \"T\"\n[project]\ncity = \"A\"\n",    // a table made twice
        "[[workshop]]\nid = \"a\"\n[workshop]\nid = \"b\"\n", // an array and a table
        "[project]\nname = \"T\n[[phase]]\n",                 // a syntax error
    ] {
        let (source, _) = Source::from_bytes("plan.toml", text.as_bytes());
        assert!(load_chunked(&source, 0).is_none(), "{text:?}");
    }
}
