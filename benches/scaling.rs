//! Work that must grow with the plan, not with its square: each case that
//! was once quadratic, at two sizes tenfold apart. `cargo bench --bench
//! scaling`; the ratios are in `docs/performance.md` (at most 12×).

use chrono::NaiveDate;
use clap::Parser;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use icc::cli::{Cli, Edge, Streams};

#[path = "support/scaling.rs"]
mod plans;

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

fn scaling(c: &mut Criterion) {
    for (name, sizes) in plans::SIZES {
        let (plan, args) = plans::case(name).expect("a case");
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
