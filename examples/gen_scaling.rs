//! Writes one of the plans of `benches/scaling.rs` to standard output:
//! `cargo run --release --example gen_scaling -- CASE SIZE > plan.toml`,
//! CASE one of `mermaid-same-ids`, `table-long-word`, `human-cycle`,
//! `status-meetings`, `unknown-references`, `overlapping-phases`.

#[path = "../benches/support/scaling.rs"]
mod plans;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(name), Some(Ok(size))) = (args.next(), args.next().map(|s| s.parse::<usize>())) else {
        eprintln!("usage: gen_scaling CASE SIZE");
        std::process::exit(2);
    };
    let Some((plan, _)) = plans::case(&name) else {
        eprintln!("no case {name}");
        std::process::exit(2);
    };
    print!("{}", plan(size));
}
