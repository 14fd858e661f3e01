//! Work that must grow with the plan, not with its square: each case that
//! was once quadratic, at two sizes tenfold apart. `cargo bench --bench
//! scaling`; the ratios are in `docs/performance.md` (at most 12×).

use chrono::NaiveDate;
use clap::Parser;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use icc::cli::{Cli, Edge, Streams};

/// Runs `icc ARGS…` in-process in `dir`; returns the length of its output.
fn icc(dir: &std::path::Path, args: &[&str]) -> usize {
    let cli = Cli::try_parse_from(["icc"].iter().chain(args)).expect("flags");
    let mut stdin: &[u8] = b"";
    let mut edge = Edge {
        cwd: dir.to_path_buf(),
        today: NaiveDate::from_ymd_opt(2021, 1, 1).expect("a date"),
        color: Streams::default(),
        terminal_width: None,
        stdin: &mut stdin,
    };
    icc::cli::run(&cli, &mut edge).map_or(0, |out| out.stdout.len())
}

const HEAD: &str =
    "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-12\"\n";

/// `n` workshops sharing one id (a plan with errors, which views still
/// show): Mermaid makes each task id unique.
fn same_ids(n: usize) -> String {
    let mut plan = String::from(HEAD);
    for _ in 0..n {
        plan += "\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-03-01\nphase = \"p\"\n";
    }
    plan
}

/// One workshop whose title is one word `n` letters long.
fn long_word(n: usize) -> String {
    format!(
        "{HEAD}\n[[workshop]]\nid = \"w\"\ntitle = \"{}\"\ndate = 2021-03-01\nphase = \"p\"\n",
        "a".repeat(n)
    )
}

/// `n` phases each after the next, the last after the first.
fn cycle(n: usize) -> String {
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
fn meetings(n: usize) -> String {
    let mut plan = String::from(
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"0001-01\"\nend = \"9999-12\"\n",
    );
    for i in 0..n {
        plan += &format!("\n[[recurring]]\nid = \"r{i}\"\ntitle = \"R\"\nphase = \"p\"\nevery_months = 1\n");
    }
    plan
}

fn scaling(c: &mut Criterion) {
    type Case = (&'static str, fn(usize) -> String, [usize; 2], &'static [&'static str]);
    let cases: [Case; 4] = [
        (
            "mermaid same ids",
            same_ids,
            [2_000, 20_000],
            &["timeline", "--format", "mermaid"],
        ),
        (
            "table long word",
            long_word,
            [32_000, 320_000],
            &["workshops", "--width", "100"],
        ),
        ("human cycle", cycle, [2_000, 20_000], &["check"]),
        ("status meetings", meetings, [10, 100], &["status"]),
    ];
    for (name, plan, sizes, args) in cases {
        let mut group = c.benchmark_group(name);
        group.sample_size(10);
        for size in sizes {
            let dir = tempfile::tempdir().expect("a folder");
            std::fs::write(dir.path().join("plan.toml"), plan(size)).expect("write the plan");
            group.bench_function(BenchmarkId::from_parameter(size), |b| b.iter(|| icc(dir.path(), args)));
        }
        group.finish();
    }
}

criterion_group!(benches, scaling);
criterion_main!(benches);
