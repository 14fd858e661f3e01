//! `icc init`: write a starter plan, never over an existing one.

use std::path::Path;

use chrono::Datelike;

use super::{Context, Ending, Error, Outcome, display_name, parse_plan_date, parse_text};
use crate::PlanDate;
use crate::finding::Arg;
use crate::lang::args;

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    #[arg(long, value_parser = parse_text)]
    pub city: Option<String>,
    #[arg(long, value_parser = parse_plan_date)]
    pub start: Option<PlanDate>,
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
        let args = args!(start = start.to_string(), error = Arg::Whole(error.message(&cx.lang)));
        return Err(Error::Usage(cx.lang.say("init-would-fail", &args)));
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
            let wrote = cx.lang.say(
                "init-wrote",
                &args!(file = Arg::Whole(name), command = Arg::Whole(check)),
            );
            Ok(Outcome::new(format!("{wrote}\n"), Ending::Passed))
        }
        Err(crate::edit::WriteError::Exists(name)) => Err(Error::Usage(
            cx.lang.say("init-exists", &args!(file = Arg::Whole(name))),
        )),
        Err(err) => Err(Error::Write(super::write_error(&cx.lang, &err))),
    }
}
