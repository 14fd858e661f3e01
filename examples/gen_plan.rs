//! Writes a generated plan to standard output, for benchmarks and trials:
//! `cargo run --release --example gen_plan -- WORKSHOPS [PHASES] [SEED] > big.toml`.

#[path = "../benches/support/generator.rs"]
mod generator;

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<u64>());
    let workshops = match args.next() {
        Some(Ok(n)) => n as usize,
        _ => {
            eprintln!("usage: gen_plan WORKSHOPS [PHASES] [SEED]");
            std::process::exit(2);
        }
    };
    let phases = args
        .next()
        .and_then(Result::ok)
        .map_or((workshops / 50).max(4), |n| n as usize);
    let seed = args.next().and_then(Result::ok).unwrap_or(2021);
    print!("{}", generator::plan(phases, workshops, seed));
}
