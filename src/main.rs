//! The binary: parse flags, read the environment, the clock, the folder
//! and the terminals once, run the command, write what it returns, and exit with the code
//! `icc::cli::exit_code` decides.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context as _;
use icc::cli::help::{self, Catalog};
use icc::cli::{ColorChoice, Edge, Ending, Environment, Streams, exit_code};

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Read here, not by clap: a variable is checked and named as itself,
    // and an empty one is unset. Read first: the language of `--help` and
    // of clap's errors follows it.
    let env = Environment::read(|name| std::env::var_os(name));
    let asked = help::language_asked(&args, &env);
    let lang = Catalog::for_language(asked.as_deref());
    let mut command = help::command(&lang);
    let mut cli = match help::parse(&mut command, &args) {
        Ok(cli) => cli,
        Err(err) => return ExitCode::from(exit_code(&flags_error(&err, &args, &command, &lang))),
    };
    cli.env = env;
    // The language `cli::run` speaks, as it decides it: the same, unless
    // clap read the flags otherwise than the first look did.
    let lang = match cli.terminal_language() {
        parsed if parsed == asked => lang,
        parsed => Catalog::for_language(parsed.as_deref()),
    };
    let color = colors(cli.color);
    let ran = run(&cli, color, &lang);
    if let Err(err) = &ran {
        let word = lang.text("severity-error");
        let error = if color.stderr {
            let style = anstyle::AnsiColor::Red.on_default().bold();
            format!("{style}{word}:{style:#}")
        } else {
            format!("{word}:")
        };
        // The message may quote plan text or arguments: nothing in it may act on a terminal.
        let message = format!("{err:#}");
        let _ = writeln!(std::io::stderr(), "{error} {}", icc::printable_lines(&message));
    }
    ExitCode::from(exit_code(&ran))
}

/// `--help`, `--version` (written to standard output: done, unless it
/// cannot be written), or a mistake in the flags (said on standard error:
/// could not run), in the terminal's language.
fn flags_error(
    err: &clap::Error,
    args: &[std::ffi::OsString],
    command: &clap::Command,
    lang: &Catalog,
) -> anyhow::Result<Ending> {
    use clap::error::ErrorKind;
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let color = colors(ColorChoice::Auto);
            let text = if color.stdout {
                help::error_text_styled(err, lang)
            } else {
                help::error_text(err, lang)
            };
            let written = std::io::stdout().lock().write_all(text.as_bytes());
            match written {
                Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                    let _ = writeln!(
                        std::io::stderr(),
                        "{}: {}: {}",
                        lang.text("severity-error"),
                        lang.text("help-error-cannot-write"),
                        icc::cli::io_error(lang, &error)
                    );
                    Err(error.into())
                }
                _ => Ok(Ending::Passed),
            }
        }
        _ => {
            let text = icc::printable_lines(&safe_flags_error(err, args, command, lang)).into_owned();
            let _ = std::io::stderr().write_all(text.as_bytes());
            Err(anyhow::anyhow!("bad flags"))
        }
    }
}

/// The mistake in the flags, as [`help::error_text`] says it, but never
/// quoting an argument with a line break, a tab or a control character as
/// typed: clap's text would carry it to the terminal (or start a line that
/// GitHub reads as a workflow command). Such arguments are parsed again
/// made printable, and that parse's error is said; if they parse then, the
/// characters were the mistake, and that is said.
fn safe_flags_error(err: &clap::Error, args: &[std::ffi::OsString], command: &clap::Command, lang: &Catalog) -> String {
    use clap::error::ErrorKind;
    let typed: Vec<String> = args.iter().map(|arg| arg.to_string_lossy().into_owned()).collect();
    let Some(odd) = typed.iter().skip(1).find(|arg| arg.chars().any(icc::is_unsafe)) else {
        return help::error_text(err, lang);
    };
    let printable: Vec<String> = typed.iter().map(|arg| icc::printable(arg).into_owned()).collect();
    match command.clone().try_get_matches_from(&printable) {
        Err(again) if !matches!(again.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            help::error_text(&again, lang)
        }
        _ => {
            use clap::error::{ContextKind, ContextValue};
            let value = icc::printable(
                odd.split_once('=')
                    .filter(|_| odd.starts_with("--"))
                    .map_or(odd, |(_, v)| v),
            );
            match err.get(ContextKind::InvalidArg) {
                Some(ContextValue::String(arg)) => help::not_one_line(lang, &value, arg),
                _ => help::control_character(lang, &value),
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

fn run(cli: &icc::cli::Cli, color: Streams, lang: &Catalog) -> anyhow::Result<Ending> {
    let cwd = std::env::current_dir().with_context(|| lang.text("help-error-cannot-read-folder"))?;
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
        written => written.map(|()| outcome.ending).map_err(|err| {
            anyhow::anyhow!(
                "{}: {}",
                lang.text("help-error-cannot-write"),
                icc::cli::io_error(lang, &err)
            )
        }),
    }
}
