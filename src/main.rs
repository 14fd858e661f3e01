//! The binary: parse flags, read the environment, the clock, the folder
//! and the terminals once, run the command, write what it returns, and exit with the code
//! `icc::cli::exit_code` decides.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Parser;
use icc::cli::{Cli, ColorChoice, Edge, Ending, Environment, Streams, exit_code};

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let mut cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err) => return ExitCode::from(exit_code(&flags_error(&err, &args))),
    };
    // Read here, not by clap: a variable is checked and named as itself,
    // and an empty one is unset.
    cli.env = Environment::read(|name| std::env::var_os(name));
    let color = colors(cli.color);
    let ran = run(&cli, color);
    if let Err(err) = &ran {
        let error = if color.stderr {
            let style = anstyle::AnsiColor::Red.on_default().bold();
            format!("{style}error:{style:#}")
        } else {
            "error:".to_owned()
        };
        // The message may quote plan text or arguments: nothing in it may act on a terminal.
        let message = format!("{err:#}");
        let _ = writeln!(std::io::stderr(), "{error} {}", icc::printable_lines(&message));
    }
    ExitCode::from(exit_code(&ran))
}

/// `--help`, `--version` (written to standard output: done, unless it
/// cannot be written), or a mistake in the flags (said on standard error:
/// could not run).
fn flags_error(err: &clap::Error, args: &[std::ffi::OsString]) -> anyhow::Result<Ending> {
    use clap::error::ErrorKind;
    let color = colors(ColorChoice::Auto);
    let text = if color.stdout {
        err.render().ansi().to_string()
    } else {
        err.render().to_string()
    };
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let written = std::io::stdout().lock().write_all(text.as_bytes());
            match written {
                Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                    let _ = writeln!(std::io::stderr(), "error: cannot write the output: {error}");
                    Err(error.into())
                }
                _ => Ok(Ending::Passed),
            }
        }
        _ => {
            let text = icc::printable_lines(&safe_flags_error(err, args)).into_owned();
            let _ = std::io::stderr().write_all(text.as_bytes());
            Err(anyhow::anyhow!("bad flags"))
        }
    }
}

/// The mistake in the flags, as clap says it, but never quoting an argument
/// with a line break, a tab or a control character as typed: clap's text
/// would carry it to the terminal (or start a line that GitHub reads as a
/// workflow command). Such arguments are parsed again made printable, and
/// that parse's error is said; if they parse then, the characters were the
/// mistake, and that is said.
fn safe_flags_error(err: &clap::Error, args: &[std::ffi::OsString]) -> String {
    use clap::error::ErrorKind;
    let typed: Vec<String> = args.iter().map(|arg| arg.to_string_lossy().into_owned()).collect();
    let Some(odd) = typed.iter().skip(1).find(|arg| arg.chars().any(icc::is_unsafe)) else {
        return err.render().to_string();
    };
    let printable: Vec<String> = typed.iter().map(|arg| icc::printable(arg).into_owned()).collect();
    match Cli::try_parse_from(&printable) {
        Err(again) if !matches!(again.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            again.render().to_string()
        }
        _ => {
            use clap::error::{ContextKind, ContextValue};
            let value = icc::printable(
                odd.split_once('=')
                    .filter(|_| odd.starts_with("--"))
                    .map_or(odd, |(_, v)| v),
            );
            match err.get(ContextKind::InvalidArg) {
                Some(ContextValue::String(arg)) => format!(
                    "error: invalid value '{value}' for '{arg}': must be one line of text, without line breaks, \
                     tabs or control characters\n"
                ),
                _ => format!(
                    "error: `{value}` holds a line break, a tab or a control character, which no flag or value takes\n"
                ),
            }
        }
    }
}

/// Whether to colour each stream: `--color`, then `NO_COLOR`, `CLICOLOR`,
/// `CLICOLOR_FORCE`, `TERM`, and whether that stream is a terminal.
fn colors(choice: ColorChoice) -> Streams {
    let choice = match choice {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    };
    choice.write_global();
    let colored = |choice: anstream::ColorChoice| choice != anstream::ColorChoice::Never;
    Streams {
        stdout: colored(anstream::AutoStream::choice(&std::io::stdout())),
        stderr: colored(anstream::AutoStream::choice(&std::io::stderr())),
    }
}

fn run(cli: &Cli, color: Streams) -> anyhow::Result<Ending> {
    let cwd = std::env::current_dir().context("cannot read the current folder")?;
    let stdout = std::io::stdout();
    let terminal_width = stdout
        .is_terminal()
        .then(|| terminal_size::terminal_size_of(&stdout).map(|(width, _)| width.0))
        .flatten();
    let today = chrono::Local::now().date_naive();
    let mut stdin = std::io::stdin().lock();
    let mut edge = Edge {
        cwd,
        today,
        color,
        terminal_width,
        stdin: &mut stdin,
    };
    let outcome = icc::cli::run(cli, &mut edge)?;
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    match stdout.lock().write_all(outcome.stdout.as_bytes()) {
        // A closed pipe (`icc … | head -1`) is the reader's choice, not an error.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(outcome.ending),
        written => written.map(|()| outcome.ending).context("cannot write the output"),
    }
}
