//! The floor for `icc check`: read a file and parse it into a `toml::Table`,
//! nothing else. `scripts/bench.sh` times it beside icc on the same files.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse_only FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("cannot read {path}: {err}");
            std::process::exit(2);
        }
    };
    match text.parse::<toml::Table>() {
        Ok(table) => println!("{} top-level keys", table.len()),
        Err(err) => {
            eprintln!("{err}");
            std::process::exit(1);
        }
    }
}
