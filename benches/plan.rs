//! Where the time goes, on generated plans of 100 to 100,000 workshops:
//! load+resolve+check, status, the timeline and an edit, beside a bare
//! `toml` parse of the same text into a `toml::Table`, the floor for icc's
//! reading. `cargo bench --bench plan`; `scripts/bench.sh` times whole commands.

#[path = "support/generator.rs"]
mod generator;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use icc::Source;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 1, 1).expect("a date")
}

fn benches(c: &mut Criterion) {
    for workshops in [100usize, 1_000, 10_000, 100_000] {
        let text = generator::plan((workshops / 50).max(4), workshops, 2021);
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
        let checked = icc::check(&source, None, today());
        let (Some(plan), Some(resolved)) = (&checked.plan, &checked.resolved) else {
            panic!("the plan loads")
        };
        let layout = icc::table::Layout {
            width: 100,
            color: false,
        };
        group.bench_function(BenchmarkId::new("status", workshops), |b| {
            b.iter(|| {
                let checked = icc::check(&source, None, today());
                let (Some(plan), Some(resolved)) = (&checked.plan, &checked.resolved) else {
                    return 0;
                };
                let view = icc::status::status(plan, resolved, icc::Summary::of(&checked.findings), today());
                let events = icc::status::events(plan, &view);
                icc::table::status(&view, &events, layout).len()
            })
        });
        group.bench_function(BenchmarkId::new("timeline", workshops), |b| {
            b.iter(|| {
                let chart = icc::timeline::Chart::new(plan, resolved, today(), None, None);
                icc::timeline::text(&chart, 100, false).len()
            })
        });
        let change = icc::edit::Change::AddWorkshop(icc::edit::NewWorkshop {
            title: "Atelier de închidere".into(),
            date: icc::PlanDate::parse("2021-03-10").ok(),
            ..Default::default()
        });
        group.bench_function(BenchmarkId::new("edit", workshops), |b| {
            b.iter(|| {
                let checked = icc::check(&source, None, today());
                let (Some(plan), Some(resolved)) = (&checked.plan, &checked.resolved) else {
                    return 0;
                };
                let edited = icc::edit::apply(&source, plan, resolved, &change)
                    .map(|e| e.text)
                    .unwrap_or_default();
                let after = Source::new("plan.toml", edited, false);
                icc::check(&after, None, today()).findings.len()
            })
        });
        group.finish();
    }
}

criterion_group!(plan, benches);
criterion_main!(plan);
