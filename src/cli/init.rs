//! `icc init`: write a starter plan, never over an existing one.

use std::path::Path;

use chrono::Datelike;

use super::{Context, Ending, Error, Outcome, display_name, parse_plan_date, parse_text};
use crate::PlanDate;

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The city running the programme.
    #[arg(long, value_parser = parse_text)]
    pub city: Option<String>,
    /// The month the programme starts (YYYY-MM), or its first day
    /// (YYYY-MM-DD). Default: this month.
    #[arg(long, value_parser = parse_plan_date)]
    pub start: Option<PlanDate>,
    /// Overwrite an existing plan file.
    #[arg(long)]
    pub force: bool,
}

/// `text` as one word of a POSIX shell command line: as it is if only
/// characters no shell treats specially, else in single quotes.
/// A path that starts with `-` is written `./-…`, so that it is not read
/// as a flag.
fn shell_word(text: &str) -> String {
    let text = if text.starts_with('-') {
        format!("./{text}")
    } else {
        text.to_owned()
    };
    let plain = |c: char| c.is_ascii_alphanumeric() || "_./+:,@%=-".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        text
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// A message of the catalogue with its arguments written whole: a path or
/// a command to copy must not be cut, as [`crate::lang::Catalog::say`] cuts text at 80
/// columns. Fluent writes an argument it was not given as `{$name}`; each
/// is replaced by its value here, in one pass (a value that holds `{$…}`
/// is not read again).
fn whole(message: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find("{$") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let name = after.split('}').next().unwrap_or_default();
        match values.iter().find(|(key, _)| *key == name) {
            Some((_, value)) if after.len() > name.len() => {
                out.push_str(value);
                rest = &after[name.len() + 1..];
            }
            _ => {
                out.push_str("{$");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn run(args: &InitArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let path = match &cx.plan {
        Some(path) if path == Path::new("-") => {
            return Err(Error::Usage(cx.lang.text("init-not-standard-input")));
        }
        // A folder means its plan.toml, as for every command.
        Some(path) if cx.cwd.join(path).is_dir() => cx.cwd.join(path).join(crate::source::PLAN_FILE),
        Some(path) => cx.cwd.join(path),
        None => cx.cwd.join(crate::source::PLAN_FILE),
    };
    let name = display_name(&path, &cx.cwd);
    let start = args
        .start
        .unwrap_or(PlanDate::Month(cx.today.with_day0(0).unwrap_or(cx.today)));
    // In the documents' language: there is no plan yet to say which.
    let text = crate::init::starter(&cx.documents(None), args.city.as_deref(), start);
    // Never a plan that fails its first check (one that would end after
    // the calendar's last day).
    let (source, _) = crate::Source::from_bytes(&name, text.as_bytes());
    let checked = crate::check(&source, None, cx.today);
    if let Some(error) = checked.findings.iter().find(|f| f.severity() == crate::Severity::Error) {
        return Err(Error::Usage(whole(
            &cx.lang.text("init-would-fail"),
            &[("start", &start.to_string()), ("error", &error.message(&cx.lang))],
        )));
    }
    // Atomically, as an edit writes; an existing plan only with --force.
    match crate::edit::create(&path, text.as_bytes(), &name, args.force) {
        Ok(()) => {
            // How to check it from here: found by `icc check`, or named.
            let check = match &cx.plan {
                Some(_) if path != cx.cwd.join(crate::source::PLAN_FILE) => {
                    format!("icc --plan {} check", shell_word(&name))
                }
                _ => "icc check".to_owned(),
            };
            let wrote = whole(&cx.lang.text("init-wrote"), &[("file", &name), ("command", &check)]);
            Ok(Outcome::new(format!("{wrote}\n"), Ending::Passed))
        }
        Err(crate::edit::WriteError::Exists(name)) => {
            Err(Error::Usage(whole(&cx.lang.text("init-exists"), &[("file", &name)])))
        }
        Err(err) => Err(Error::Write(err.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::whole;

    #[test]
    fn arguments_are_written_whole_once() {
        let long = "a/".repeat(60) + "plan.toml";
        assert_eq!(
            whole(
                "wrote {$file}: check it with `{$command}`",
                &[("file", &long), ("command", "{$file}")]
            ),
            format!("wrote {long}: check it with `{{$file}}`")
        );
        assert_eq!(whole("{$other} {$file", &[("file", "x")]), "{$other} {$file");
    }
}
