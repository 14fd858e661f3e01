//! Plans that once cost the square of their size, for `benches/scaling.rs`
//! and `scripts/scaling.sh` (through `examples/gen_scaling.rs`).
#![allow(dead_code)]

const HEAD: &str =
    "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-12\"\n";

/// `n` workshops sharing one id (a plan with errors, which views still
/// show): Mermaid makes each task id unique.
pub fn same_ids(n: usize) -> String {
    let mut plan = String::from(HEAD);
    for _ in 0..n {
        plan += "\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-03-01\nphase = \"p\"\n";
    }
    plan
}

/// One workshop whose title is one word `n` letters long.
pub fn long_word(n: usize) -> String {
    format!(
        "{HEAD}\n[[workshop]]\nid = \"w\"\ntitle = \"{}\"\ndate = 2021-03-01\nphase = \"p\"\n",
        "a".repeat(n)
    )
}

/// `n` phases each after the next, the last after the first.
pub fn cycle(n: usize) -> String {
    let mut plan = String::from("[project]\nname = \"T\"\n");
    for i in 0..n {
        plan += &format!(
            "\n[[phase]]\nid = \"p{i}\"\nname = \"P\"\nafter = [\"p{}\"]\nmonths = 1\n",
            (i + 1) % n
        );
    }
    plan
}

/// `n` monthly meetings over the whole calendar, 0001 to 9999.
pub fn meetings(n: usize) -> String {
    let mut plan = String::from(
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"0001-01\"\nend = \"9999-12\"\n",
    );
    for i in 0..n {
        plan += &format!("\n[[recurring]]\nid = \"r{i}\"\ntitle = \"R\"\nphase = \"p\"\nevery_months = 1\n");
    }
    plan
}

/// `n` phases each after an id that is not in the plan: a "did you mean"
/// for each compares it with every id.
pub fn unknown_references(n: usize) -> String {
    let mut plan = String::from("[project]\nname = \"T\"\n");
    for i in 0..n {
        plan += &format!("\n[[phase]]\nid = \"q{i}\"\nname = \"Q\"\nafter = [\"z{i}\"]\nmonths = 1\n");
    }
    plan
}

/// `n` phases over the same year and `n` workshops without a phase in it:
/// each is in the windows of every phase.
pub fn overlapping(n: usize) -> String {
    let mut plan = String::from("[project]\nname = \"T\"\n");
    for i in 0..n {
        plan += &format!("\n[[phase]]\nid = \"o{i}\"\nname = \"O\"\nstart = \"2024-01\"\nend = \"2024-12\"\n");
    }
    for i in 0..n {
        plan += &format!("\n[[workshop]]\nid = \"w{i}\"\ntitle = \"W\"\ndate = 2024-02-01\n");
    }
    plan
}

/// One phase over a century, `n` one-day phases inside it, and `n`
/// workshops without a phase: half held by the long phase only, half
/// running past its end (in no one phase's window, meeting it). Every
/// short phase starts before each workshop and ends before it.
pub fn nested(n: usize) -> String {
    let mut plan = String::from(
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"long\"\nname = \"L\"\nstart = 2000-01-01\nend = 2099-12-31\n",
    );
    for i in 0..n {
        let (year, day) = (2000 + i / 365 % 90, 1 + i % 28);
        plan += &format!(
            "\n[[phase]]\nid = \"p{i}\"\nname = \"P\"\nstart = {year}-01-{day:02}\nend = {year}-01-{day:02}\n"
        );
    }
    for i in 0..n {
        let end = if i % 2 == 0 { "2099-12-20" } else { "2100-01-10" };
        plan += &format!("\n[[workshop]]\nid = \"w{i}\"\ntitle = \"W\"\ndate = 2099-12-10\nend = {end}\n");
    }
    plan
}

/// Each case, with the two sizes it is measured at.
pub const SIZES: [(&str, [usize; 2]); 7] = [
    ("mermaid-same-ids", [2_000, 20_000]),
    ("table-long-word", [32_000, 320_000]),
    ("human-cycle", [2_000, 20_000]),
    ("status-meetings", [10, 100]),
    ("unknown-references", [2_000, 20_000]),
    ("overlapping-phases", [1_000, 10_000]),
    ("nested-phases", [2_000, 20_000]),
];

/// A plan of a given size, and the command that renders it.
pub type Case = (fn(usize) -> String, &'static [&'static str]);

/// A case by name.
pub fn case(name: &str) -> Option<Case> {
    Some(match name {
        "mermaid-same-ids" => (same_ids, &["timeline", "--format", "mermaid"]),
        "table-long-word" => (long_word, &["workshops", "--width", "100"]),
        "human-cycle" => (cycle, &["check"]),
        "status-meetings" => (meetings, &["status"]),
        "unknown-references" => (unknown_references, &["check", "--format", "json"]),
        "overlapping-phases" => (overlapping, &["check", "--format", "json"]),
        "nested-phases" => (nested, &["check", "--format", "json"]),
        _ => return None,
    })
}
