//! No input makes icc panic: random bytes, random edits of real plans, and
//! hostile extremes all end in a clean exit code with findings inside the file.

mod common;

use clap::Parser;
use icc::cli::{Cli, Edge, run};
use proptest::prelude::*;

/// Runs `icc check --plan - --format FORMAT` in-process on `bytes`.
fn check(bytes: &[u8], format: &str) -> icc::cli::Outcome {
    run_on(bytes, &["check", "--format", format])
}

/// Runs `icc --plan - ARGS…` in-process on `bytes`.
fn run_on(bytes: &[u8], args: &[&str]) -> icc::cli::Outcome {
    let cli = Cli::try_parse_from(["icc", "--plan", "-"].iter().chain(args)).expect("flags");
    let mut stdin: &[u8] = bytes;
    let mut edge = Edge {
        cwd: std::env::temp_dir(),
        today: chrono::NaiveDate::from_ymd_opt(2021, 11, 28).unwrap(),
        color: icc::cli::Streams::default(),
        terminal_width: None,
        stdin: &mut stdin,
    };
    run(&cli, &mut edge).expect("stdin is readable")
}

/// The outcome is clean: exit 0 only without errors, exit 1 with at least
/// one error, and every located finding inside the text.
fn assert_clean(bytes: &[u8]) {
    let out = check(bytes, "json");
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON output");
    let errors = json["errors"].as_u64().unwrap();
    assert_eq!(out.exit_code(), if errors > 0 { 1 } else { 0 });
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).into_owned();
    let lines: Vec<&str> = text.split('\n').collect();
    for d in json["diagnostics"].as_array().unwrap() {
        assert!(!d["message"].as_str().unwrap().is_empty());
        common::assert_worded(d, &text);
        let (Some(line), Some(column)) = (d["line"].as_u64(), d["column"].as_u64()) else {
            continue;
        };
        assert!(
            line >= 1 && line as usize <= lines.len(),
            "line {line} of {}: {d}",
            lines.len()
        );
        let width = lines[line as usize - 1].chars().count() as u64;
        assert!(column >= 1 && column <= width + 1, "column {column} of {width}: {d}");
    }
    for format in ["human", "github"] {
        let out = check(bytes, format);
        assert!(out.exit_code() <= 1);
        if errors > 0 {
            assert!(!out.stdout.is_empty());
        }
    }
    // Every view of the same plan ends cleanly too.
    for args in [
        &["status"][..],
        &["status", "--format", "json"],
        &["workshops", "--width", "40"],
        &["timeline", "--width", "50"],
        &["timeline", "--format", "svg"],
        &["timeline", "--format", "mermaid"],
        &["export", "--format", "ics"],
        &["export", "--format", "csv", "--what", "phases"],
        &["report", "--at", "2021-11-28"],
        &["report", "--format", "html"],
    ] {
        assert!(run_on(bytes, args).exit_code() <= 1, "{args:?}");
    }
}

fn valid_plans() -> Vec<String> {
    let root = common::root();
    ["plan.toml", "examples/minimal.toml", "examples/derived.toml"]
        .iter()
        .map(|p| std::fs::read_to_string(root.join(p)).expect("plan"))
        .collect()
}

/// Pieces of plans that are likely to confuse a loader when dropped anywhere.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "\"",
    "'",
    "=",
    "\n",
    ",",
    ".",
    "#",
    "\\",
    "\r\n",
    "\u{FEFF}",
    "ă",
    "„",
    "\0",
    "[[phase]]\n",
    "[[workshop]]\n",
    "[[recurring]]\n",
    "[[milestone]]\n",
    "[project]\n",
    "id = \"pregatire\"\n",
    "after = [\"pregatire\"]\n",
    "after = [\"roadmap\", \"revizuire\"]\n",
    "months = 0\n",
    "months = -3\n",
    "months = 99999999999\n",
    "every_months = 0\n",
    "date = 2021-02-30\n",
    "date = \"2021-13\"\n",
    "start = 9999-12\n",
    "end = \"0000-01\"\n",
    "phase = \"nope\"\n",
    "mode = 1\n",
    "start = 2021-01-01T00:00:00Z\n",
    "first = \"9999-12\"\n",
    "status = \"done\"\n",
    "x = inf\n",
];

#[derive(Debug, Clone)]
enum Edit {
    Delete { at: f64, len: usize },
    Insert { at: f64, token: usize },
    Byte { at: f64, byte: u8 },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0.0..1.0f64, 1..40usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (0.0..1.0f64, 0..TOKENS.len()).prop_map(|(at, token)| Edit::Insert { at, token }),
        (0.0..1.0f64, any::<u8>()).prop_map(|(at, byte)| Edit::Byte { at, byte }),
    ]
}

fn apply(plan: &str, edits: &[Edit]) -> Vec<u8> {
    let mut bytes = plan.as_bytes().to_vec();
    for edit in edits {
        let pos = |at: f64, len: usize| ((at * len as f64) as usize).min(len);
        match edit {
            Edit::Delete { at, len } => {
                let start = pos(*at, bytes.len());
                let end = (start + len).min(bytes.len());
                bytes.drain(start..end);
            }
            Edit::Insert { at, token } => {
                let start = pos(*at, bytes.len());
                bytes.splice(start..start, TOKENS[*token].bytes());
            }
            Edit::Byte { at, byte } => {
                if !bytes.is_empty() {
                    let i = pos(*at, bytes.len() - 1);
                    bytes[i] = *byte;
                }
            }
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::proptest_cases(), ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        assert_clean(&bytes);
    }

    #[test]
    fn random_text_never_panics(text in "[\\[\\]{}=\"'#.,a-z0-9 \\n-]{0,400}") {
        assert_clean(text.as_bytes());
    }

    #[test]
    fn edited_plans_never_panic(which in 0..3usize, edits in proptest::collection::vec(edit(), 1..8)) {
        let plans = valid_plans();
        let bytes = apply(&plans[which], &edits);
        assert_clean(&bytes);
    }
}

/// The extremes run through the real binary, with its real stack.
mod extremes {
    use super::common::Test;

    fn run(name: &str, bytes: Vec<u8>) {
        let out = Test::new().file("plan.toml", &bytes).args(&["check"]).run();
        assert_eq!(out.code, 1, "{name}: {}{}", out.stdout, out.stderr);
        assert!(
            out.stdout.contains("--> plan.toml:"),
            "{name}: {}",
            out.stdout.chars().take(500).collect::<String>()
        );
        assert!(out.stderr.is_empty(), "{name}: {}", out.stderr);
    }

    #[test]
    fn deep_nesting() {
        let n = 20_000;
        run(
            "arrays",
            format!("[project]\nname = \"x\"\na = {}{}\n", "[".repeat(n), "]".repeat(n)).into_bytes(),
        );
        run(
            "inline tables",
            format!("[project]\nname = \"x\"\na = {}1{}\n", "{b = ".repeat(n), "}".repeat(n)).into_bytes(),
        );
        run(
            "dotted keys",
            format!("[project]\nname = \"x\"\na{} = 1\n", ".b".repeat(n)).into_bytes(),
        );
        run("table header", format!("[a{}]\nx = 1\n", ".a".repeat(n)).into_bytes());
    }

    #[test]
    fn a_30_mb_string() {
        let name = "ă".repeat(15_000_000);
        let plan = format!(
            "[project]\nname = \"{name}\"\n\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2021-01\"\nend = \"2021-02\"\nmonths = 2\nbad = 1\n"
        );
        run("30 MB", plan.into_bytes());
    }
}
