//! `icc completions` and `icc man`: what shells and `man` read, made from
//! the same flag definitions as `--help`.

use std::fmt::Write as _;

use super::help::{self, Catalog};
use super::{Ending, Error, Outcome};
use crate::lang::args;

/// The completions for `shell`; the help they show beside a flag or a
/// value (zsh, fish, PowerShell, elvish) in `lang`.
pub fn completions(shell: clap_complete::Shell, lang: &Catalog) -> Outcome {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut help::document(lang), "icc", &mut out);
    Outcome::new(String::from_utf8_lossy(&out).into_owned(), Ending::Passed)
}

/// The variables icc heeds, as the ENVIRONMENT section lists them.
fn environment(lang: &Catalog) -> Vec<(&'static str, String)> {
    vec![
        ("ICC_PLAN", lang.text("help-man-env-plan")),
        ("ICC_TODAY", lang.text("help-man-env-today")),
        ("ICC_LANG", lang.text("help-man-env-lang")),
        ("LC_ALL, LC_MESSAGES, LANG", lang.text("help-man-env-locale")),
        ("COLUMNS", lang.text("help-man-env-columns")),
        ("NO_COLOR", lang.text("help-man-env-no-color")),
        ("CLICOLOR", lang.text("help-man-env-clicolor")),
        ("CLICOLOR_FORCE", lang.text("help-man-env-clicolor-force")),
        ("TERM", lang.text("help-man-env-term")),
        ("GITHUB_WORKSPACE", lang.text("help-man-env-github-workspace")),
    ]
}

/// The exit codes (design.md, "Exit codes"), as EXIT STATUS lists them.
fn exit_status(lang: &Catalog) -> Vec<(&'static str, String)> {
    vec![
        ("0", lang.text("help-man-exit-0")),
        ("1", lang.text("help-man-exit-1")),
        ("2", lang.text("help-man-exit-2")),
    ]
}

/// Commands worth showing, each with what it does.
fn examples(lang: &Catalog) -> Vec<(&'static str, String)> {
    vec![
        ("icc status", lang.text("help-man-example-status")),
        (
            "icc check --strict --format github",
            lang.text("help-man-example-check"),
        ),
        (
            "ICC_TODAY=2021-11-28 icc status --format json",
            lang.text("help-man-example-today"),
        ),
        (
            "icc workshops --upcoming --phase implementare",
            lang.text("help-man-example-workshops"),
        ),
        (
            "icc --plan programmes/arad timeline --format svg > timeline.svg",
            lang.text("help-man-example-timeline"),
        ),
        (
            "icc set-status ws-accelerare done --dry-run",
            lang.text("help-man-example-dry-run"),
        ),
    ]
}

/// The man page, in `lang`: one page, icc(1), with every command and its
/// options, so that it names no page that does not exist.
pub fn man(lang: &Catalog) -> Result<Outcome, Error> {
    let failed =
        |err: std::io::Error| Error::Write(lang.say("help-man-cannot-render", &args!(reason = err.to_string())));
    let cli = help::document(lang);
    let parts = help::document_parts(lang);
    let page = clap_mangen::Man::new(cli.clone()).manual(lang.text("help-man-manual"));
    // `.TH title section date source manual`: clap_mangen writes an empty
    // date as nothing, which moves the source and the manual one place
    // left (the manual's name lands in the footer); so the line is ours.
    let version = cli.get_version().unwrap_or_default();
    let mut out = format!(
        ".TH {} 1 \"\" \"{} {}\" \"{}\"\n",
        cli.get_name(),
        cli.get_name(),
        version,
        escape(&lang.text("help-man-manual")).replace('"', "\\(dq")
    )
    .into_bytes();
    page.render_name_section(&mut out).map_err(failed)?;
    page.render_synopsis_section(&mut out).map_err(failed)?;
    page.render_description_section(&mut out).map_err(failed)?;
    page.render_options_section(&mut out).map_err(failed)?;
    let mut roff = String::from_utf8_lossy(&out).into_owned();
    roff += &heading(&lang.text("help-man-commands"));
    for command in parts.get_subcommands().filter(|command| !command.is_hide_set()) {
        roff += &command_section(command).map_err(failed)?;
    }
    roff += &heading(&lang.text("help-man-environment"));
    roff += &format!("{}\n", escape(&lang.text("help-man-empty-is-unset")));
    roff += &list(&environment(lang), true);
    roff += &heading(&lang.text("help-man-exit-status"));
    roff += &list(&exit_status(lang), false);
    roff += &heading(&lang.text("help-man-examples"));
    roff += &list(&examples(lang), true);
    let mut version = Vec::new();
    page.render_version_section(&mut version).map_err(failed)?;
    roff += &String::from_utf8_lossy(&version);
    let mut roff = worded(&roff, lang);
    if lang.language() != "en" {
        // groff hyphenates by English patterns: not another language's words.
        roff = roff.replacen("\n.SH ", "\n.nh\n.SH ", 1);
    }
    Ok(Outcome::new(finished(&roff), Ending::Passed))
}

/// A section's heading: `.SH NAME`, `.SH "EXIT STATUS"`.
fn heading(title: &str) -> String {
    if title.contains(' ') {
        format!(".SH \"{}\"\n", escape(title))
    } else {
        format!(".SH {}\n", escape(title))
    }
}

/// The words clap_mangen writes itself, in the catalogue's: its sections'
/// headings, `[default: …]` and `Possible values:`.
fn worded(roff: &str, lang: &Catalog) -> String {
    let mut out = String::with_capacity(roff.len());
    for line in roff.lines() {
        let line = match line {
            ".SH NAME" => heading(&lang.text("help-man-name")),
            ".SH SYNOPSIS" => heading(&lang.text("help-man-synopsis")),
            ".SH DESCRIPTION" => heading(&lang.text("help-man-description")),
            ".SH OPTIONS" => heading(&lang.text("help-man-options")),
            ".SH VERSION" => heading(&lang.text("help-man-version")),
            _ => {
                let mut line = line.replace(
                    "\\fIPossible values:\\fR",
                    &format!("\\fI{}:\\fR", escape(&lang.text("help-possible-values"))),
                );
                if let Some((before, rest)) = line.split_once("[default: ")
                    && let Some((value, after)) = rest.split_once(']')
                {
                    let default = lang.say("help-default", &args!(value = value));
                    line = format!("{before}{default}{after}");
                }
                line + "\n"
            }
        };
        out += &line;
    }
    out
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
fn list(items: &[(&str, String)], bold: bool) -> String {
    let mut out = String::new();
    for (tag, text) in items {
        let tag = escape(tag);
        out += ".TP\n";
        out += &if bold {
            format!("\\fB{tag}\\fR\n")
        } else {
            format!("{tag}\n")
        };
        out += &format!("{}\n", escape(&help::paragraphs(text)));
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
