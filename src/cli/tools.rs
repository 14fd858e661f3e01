//! `icc completions` and `icc man`: what shells and `man` read, made from
//! the same flag definitions as `--help`.

use std::fmt::Write as _;

use clap::CommandFactory;

use super::{Cli, Ending, Error, Outcome};

pub fn completions(shell: clap_complete::Shell) -> Outcome {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "icc", &mut out);
    Outcome::new(String::from_utf8_lossy(&out).into_owned(), Ending::Passed)
}

/// The variables icc heeds, as the ENVIRONMENT section lists them.
const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "ICC_PLAN",
        "The plan file, or a folder holding a plan.toml, where --plan is not given.",
    ),
    (
        "ICC_TODAY",
        "The day to compute for, YYYY-MM-DD, where --today is not given. A check that depends on \
         the day (overdue) gives the same answer on every run only with the day fixed.",
    ),
    (
        "ICC_LANG",
        "The language of findings (en, ro; ro_RO.UTF-8 is read as ro), where --lang is not given.",
    ),
    (
        "COLUMNS",
        "The width of tables and charts where --width is not given and standard output is not a \
         terminal: a number from 20 to 1000, else 100 is used.",
    ),
    ("NO_COLOR", "Set and not empty: no colour under --color auto."),
    (
        "CLICOLOR",
        "0: no colour under --color auto; another value: colour a terminal whatever TERM says.",
    ),
    (
        "CLICOLOR_FORCE",
        "Set and not empty: colour under --color auto, even where the output is not a terminal.",
    ),
    ("TERM", "dumb, or unset: no colour under --color auto."),
    (
        "GITHUB_WORKSPACE",
        "The repository's root in GitHub Actions: check --format github names the plan relative \
         to it, where the plan is under it; else relative to the nearest folder above the plan \
         that holds a .git.",
    ),
];

/// The exit codes (design.md, "Exit codes"), as EXIT STATUS lists them.
const EXIT_STATUS: &[(&str, &str)] = &[
    (
        "0",
        "Done; the plan has no errors (warnings are allowed unless --strict).",
    ),
    (
        "1",
        "The plan has errors (or warnings, under --strict); the views still show it. For an \
         edit: the edit was refused and the file is as it was.",
    ),
    (
        "2",
        "icc could not run: bad flags, an id that is not in the plan, no plan file, an unreadable \
         file, an I/O error.",
    ),
];

/// Commands worth showing, each with what it does.
const EXAMPLES: &[(&str, &str)] = &[
    ("icc status", "Where the programme stands today."),
    (
        "icc check --strict --format github",
        "In CI: an annotation a finding, and exit 1 on warnings too.",
    ),
    (
        "ICC_TODAY=2021-11-28 icc status --format json",
        "The status on a fixed day, for a script.",
    ),
    (
        "icc workshops --upcoming --phase implementare",
        "The workshops of one phase still to come.",
    ),
    (
        "icc --plan programmes/arad timeline --format svg > timeline.svg",
        "The Gantt chart of the plan.toml in another folder, as a picture.",
    ),
    (
        "icc set-status ws-accelerare done --dry-run",
        "The change an edit would make, as a diff; nothing is written.",
    ),
];

/// The man page: one page, icc(1), with every command and its options,
/// so that it names no page that does not exist.
pub fn man() -> Result<Outcome, Error> {
    let failed = |err: std::io::Error| Error::Write(format!("cannot render the man page: {err}"));
    let cli = Cli::command();
    let page = clap_mangen::Man::new(cli.clone());
    let mut out = Vec::new();
    page.render_title(&mut out).map_err(failed)?;
    page.render_name_section(&mut out).map_err(failed)?;
    page.render_synopsis_section(&mut out).map_err(failed)?;
    page.render_description_section(&mut out).map_err(failed)?;
    page.render_options_section(&mut out).map_err(failed)?;
    let mut roff = String::from_utf8_lossy(&out).into_owned();
    roff += ".SH COMMANDS\n";
    for command in cli.get_subcommands().filter(|command| !command.is_hide_set()) {
        roff += &command_section(command).map_err(failed)?;
    }
    roff += ".SH ENVIRONMENT\nAn empty variable is unset.\n";
    roff += &list(ENVIRONMENT, true);
    roff += ".SH \"EXIT STATUS\"\n";
    roff += &list(EXIT_STATUS, false);
    roff += ".SH EXAMPLES\n";
    roff += &list(EXAMPLES, true);
    let mut version = Vec::new();
    page.render_version_section(&mut version).map_err(failed)?;
    roff += &String::from_utf8_lossy(&version);
    Ok(Outcome::new(finished(&roff), Ending::Passed))
}

/// A command as a subsection: its synopsis, what it does, its options.
fn command_section(command: &clap::Command) -> Result<String, std::io::Error> {
    let name = format!("icc {}", command.get_name());
    // Alone, without the global options (listed once, above) or `--help`.
    let alone = command.clone().bin_name(&name).disable_help_flag(true);
    let page = clap_mangen::Man::new(alone);
    let mut out = Vec::new();
    page.render_description_section(&mut out)?;
    out.extend_from_slice(b".PP\n");
    page.render_synopsis_section(&mut out)?;
    page.render_options_section(&mut out)?;
    // Each part comes as a section of a page of its own: its heading goes.
    let body: String = String::from_utf8_lossy(&out)
        .lines()
        .filter(|line| !line.starts_with(".SH "))
        .map(|line| format!("{line}\n"))
        .collect();
    Ok(format!(".SS \"{}\"\n{body}", escape(&name)))
}

/// The page as plain ASCII, every other character a groff escape
/// (`„` is `\[u201E]`), with the string clap_mangen defines before each
/// part it renders (an apostrophe, `\*(Aq`) defined once, at the top.
fn finished(roff: &str) -> String {
    let mut seen = std::collections::HashSet::new();
    let mut out = String::new();
    let kept = roff
        .lines()
        .filter(|line| !line.starts_with(".ie \\n(.g .ds Aq") && !line.starts_with(".el .ds Aq") || seen.insert(*line));
    for line in kept {
        for c in line.chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                let _ = write!(out, "\\[u{:04X}]", u32::from(c));
            }
        }
        out.push('\n');
    }
    out
}

/// Tagged paragraphs, each tag in bold or as it is.
fn list(items: &[(&str, &str)], bold: bool) -> String {
    let mut out = String::new();
    for (tag, text) in items {
        let tag = escape(tag);
        out += ".TP\n";
        out += &if bold {
            format!("\\fB{tag}\\fR\n")
        } else {
            format!("{tag}\n")
        };
        out += &format!("{}\n", escape(text));
    }
    out
}

/// Text as roff prints it: a backslash and a hyphen as themselves, and a
/// line that would start with a control character made plain text.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}
