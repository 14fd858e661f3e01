//! Where the time goes, on generated plans of 100 to 100,000 workshops:
//! `icc::check` (load, resolve, check) beside a bare `toml` parse of the
//! same text into a `toml::Table`, the floor for icc's reading; and the
//! commands `status`, `timeline` and `add-workshop`, run in-process as the
//! binary runs them (reading the file, no process start, nothing printed).
//! `cargo bench --bench plan`; `scripts/bench.sh` times whole commands.

#[path = "support/generator.rs"]
mod generator;

use chrono::NaiveDate;
use clap::Parser;
use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use icc::Source;
use icc::cli::{Cli, Edge, Streams};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 1, 1).expect("a date")
}

/// Runs `icc ARGS…` in-process in `dir`; returns the length of its output.
fn icc(dir: &std::path::Path, args: &[&str]) -> usize {
    let cli = Cli::try_parse_from(["icc"].iter().chain(args)).expect("flags");
    let mut stdin: &[u8] = b"";
    let mut edge = Edge {
        cwd: dir.to_path_buf(),
        today: today(),
        color: Streams::default(),
        terminal_width: None,
        stdin: &mut stdin,
    };
    icc::cli::run(&cli, &mut edge).map_or(0, |out| out.stdout.len())
}

fn benches(c: &mut Criterion) {
    for workshops in [100usize, 1_000, 10_000, 100_000] {
        let text = generator::plan((workshops / 50).max(4), workshops, 2021);
        let dir = tempfile::tempdir().expect("a folder");
        let plan = dir.path().join("plan.toml");
        std::fs::write(&plan, &text).expect("write the plan");
        let mut group = c.benchmark_group(format!("{workshops} workshops"));
        if workshops >= 10_000 {
            group.sample_size(10);
        }
        group.throughput(criterion::Throughput::Bytes(text.len() as u64));
        group.bench_function(BenchmarkId::new("toml parse", workshops), |b| {
            b.iter(|| text.parse::<toml::Table>().map(|t| t.len()))
        });
        let source = Source::new("plan.toml", text.clone(), false);
        group.bench_function(BenchmarkId::new("check", workshops), |b| {
            b.iter(|| icc::check(&source, None, today()).findings.len())
        });
        group.bench_function(BenchmarkId::new("status", workshops), |b| {
            b.iter(|| icc(dir.path(), &["status", "--width", "100"]))
        });
        group.bench_function(BenchmarkId::new("timeline", workshops), |b| {
            b.iter(|| icc(dir.path(), &["timeline", "--width", "100"]))
        });
        group.bench_function(BenchmarkId::new("edit", workshops), |b| {
            b.iter_batched(
                || std::fs::write(&plan, &text).expect("restore the plan"),
                |()| {
                    icc(
                        dir.path(),
                        &[
                            "add-workshop",
                            "--title",
                            "Atelier de închidere",
                            "--date",
                            "2021-03-10",
                        ],
                    )
                },
                BatchSize::PerIteration,
            )
        });
        group.finish();
    }
}

criterion_group!(plan, benches);
criterion_main!(plan);
