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
    /// The month the programme starts (YYYY-MM). Default: this month.
    #[arg(long, value_parser = parse_plan_date)]
    pub start: Option<PlanDate>,
    /// Overwrite an existing plan file.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &InitArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let path = match &cx.plan {
        Some(path) if path == Path::new("-") => {
            return Err(Error::Usage(
                "`icc init` writes a file: give --plan PATH, not `-`".into(),
            ));
        }
        Some(path) => cx.cwd.join(path),
        None => cx.cwd.join(crate::source::PLAN_FILE),
    };
    let name = display_name(&path, &cx.cwd);
    let start = args
        .start
        .unwrap_or(PlanDate::Month(cx.today.with_day0(0).unwrap_or(cx.today)));
    let text = crate::init::starter(args.city.as_deref(), start);
    let written = if args.force {
        std::fs::write(&path, &text)
    } else {
        use std::io::Write as _;
        // Only a file that does not exist yet: an existing plan is never overwritten.
        std::fs::File::options()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| f.write_all(text.as_bytes()))
    };
    match written {
        Ok(()) => Ok(Outcome::new(
            format!("wrote {name}: check it with `icc check`\n"),
            Ending::Passed,
        )),
        Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => Err(Error::Usage(format!(
            "{name} already exists; it was left as it was (use --force to overwrite it)"
        ))),
        Err(err) => Err(Error::Write(format!("cannot write {name}: {err}"))),
    }
}
