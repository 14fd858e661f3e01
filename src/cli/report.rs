//! `icc report`: the progress report for a review session.

use chrono::NaiveDate;
use clap::ValueEnum;

use super::output::OutputArgs;
use super::{Context, Error, Outcome, parse_today};

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[arg(long, value_name = "DATE", value_parser = parse_today)]
    pub at: Option<NaiveDate>,

    #[arg(long, value_name = "DATE|REV")]
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
    let _ = (args, cx);
    Err(Error::Usage("icc report: not built yet".to_owned()))
}
