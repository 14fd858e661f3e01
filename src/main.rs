//! The binary: parse flags, read the clock, the folder and the terminal
//! once, run the command, print what it returns, and exit with its code.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use icc::cli::{Cli, ColorChoice, Edge};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
        }
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    let terminal_width = terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0);
    let today = cli.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut stdin = std::io::stdin().lock();
    let mut edge = Edge {
        cwd,
        today,
        color,
        terminal_width,
        stdin: &mut stdin,
    };
    match icc::cli::run(&cli, &mut edge) {
        Ok(outcome) => {
            // A closed pipe (`icc … | head -1`) is the reader's choice, not an error.
            let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
            match std::io::stdout().lock().write_all(outcome.stdout.as_bytes()) {
                Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
                    let _ = writeln!(std::io::stderr(), "error: cannot write output: {err}");
                    ExitCode::from(2)
                }
                _ => ExitCode::from(outcome.code),
            }
        }
        Err(err) => {
            let _ = writeln!(std::io::stderr(), "error: {err}");
            ExitCode::from(2)
        }
    }
}
