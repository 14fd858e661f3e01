//! `icc report`: the progress report for a review session (design.md,
//! "Diff and report"), as GitHub-flavoured Markdown or one self-contained
//! HTML page, in the documents' language. The plan is read and checked as
//! on `--at` (default: today), and every view computed for that day; the
//! model and its words are `crate::report`'s.

use chrono::NaiveDate;
use clap::ValueEnum;

use super::base::Baseline;
use super::output::OutputArgs;
use super::{Context, Error, Outcome, Say, date_error, parse_today};
use crate::date::PlanDate;
use crate::diff::{self, Side};
use crate::lang::args;
use crate::report::{self, Input, Pictures, Since};

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[arg(long, value_name = "DATE", value_parser = parse_today)]
    pub at: Option<NaiveDate>,

    #[arg(long, value_name = "DATE_OR_REV")]
    pub since: Option<String>,

    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub format: ReportFormat,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    #[value(alias = "md")]
    Markdown,
    Html,
}

pub fn run(args: &ReportArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let at = args.at.unwrap_or(cx.today);
    let destination = args.output.destination(cx)?;
    let (since, baseline) = match args.since.as_deref() {
        None => (Since::Review, None),
        Some(text) => since(text, at, cx)?,
    };
    // The plan's findings are those of the report's day.
    cx.today = at;
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let (plan, resolved) = (&shown.plan, &shown.resolved);
    let lang = cx.documents(plan.project.language.as_ref().map(|l| l.get_ref().as_str()));
    // How the schedule moved since `--since REV|FILE`.
    let changes = baseline.map(|baseline| {
        let old = Side {
            plan: &baseline.plan,
            resolved: &baseline.resolved,
        };
        (baseline.base.named(), diff::compare(old, Side { plan, resolved }, at))
    });
    let input = Input {
        plan,
        resolved,
        source: &shown.source,
        findings: &shown.findings,
        allowed: shown.allowed,
        at,
        since,
        changes,
        pictures: match args.format {
            ReportFormat::Markdown => Pictures::Mermaid,
            ReportFormat::Html => Pictures::Svg,
        },
    };
    let model = report::report(&input, &lang);
    let document = match args.format {
        ReportFormat::Markdown => report::markdown(&model),
        ReportFormat::Html => report::html(&model),
    }
    .map_err(|error| {
        Error::Usage(
            Say::new(&cx.lang)
                .whole("error", error)
                .say("report-template-error", args!()),
        )
    })?;
    // The report shows the plan's findings itself; a plan with errors
    // still fails the run, and says so on standard error, as every view.
    Ok(shown.outcome(destination.deliver(document)?, false))
}

/// Where `--since` starts the period: a date (`YYYY-MM-DD`, or a month,
/// from its first day), or else an earlier plan, a git revision or a file
/// (read now, so that a BASE that names nothing is an error before
/// anything is written): the period then starts on the day its revision
/// was committed (a file's, as by default), and the report says how the
/// schedule moved since it. A date after `--at`, or one that is not a day
/// of the calendar (`2022-02-30`), is a usage error.
fn since(text: &str, at: NaiveDate, cx: &mut Context<'_>) -> Result<(Since, Option<Baseline>), Error> {
    let day = match PlanDate::parse(text) {
        Ok(date) => date.first(),
        // Not written as a date at all: a revision or a file.
        Err(crate::date::DateError::Form(_)) => {
            let baseline = cx.baseline(text, at)?;
            // A commit after the report's day cannot start its period.
            if let Some(day) = baseline.base.day().filter(|day| *day > at) {
                return Err(Error::Usage(
                    Say::new(&cx.lang).whole("base", baseline.base.named()).say(
                        "report-since-commit-after-at",
                        args!(day = PlanDate::Day(day), at = PlanDate::Day(at)),
                    ),
                ));
            }
            let since = Since::Base {
                label: baseline.base.named(),
                day: baseline.base.day(),
            };
            return Ok((since, Some(baseline)));
        }
        Err(err) => return Err(Error::Usage(format!("--since: {}", date_error(&cx.lang, &err, false)))),
    };
    if day > at {
        return Err(Error::Usage(cx.lang.say(
            "report-since-after-at",
            &args!(since = PlanDate::Day(day), at = PlanDate::Day(at)),
        )));
    }
    Ok((Since::Day(day), None))
}
