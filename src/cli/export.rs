//! `icc export`: the resolved plan for other tools — JSON, CSV (a row an
//! event, a phase, a KPI or a measurement), iCalendar.

use clap::ValueEnum;

use super::output::OutputArgs;
use super::{Context, Error, Outcome};
use crate::{export, status};

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    #[arg(long, value_enum)]
    pub what: Option<CsvRows>,
    #[arg(long)]
    pub no_bom: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
    Ics,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CsvRows {
    Events,
    Phases,
    Kpis,
    Measurements,
}

pub fn run(args: &ExportArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    // A flag that does not apply is said, not silently ignored.
    if args.format != ExportFormat::Csv {
        let given = [("--what", args.what.is_some()), ("--no-bom", args.no_bom)];
        if let Some((flag, _)) = given.iter().find(|(_, given)| *given) {
            return Err(Error::Usage(format!("{flag} applies to --format csv only")));
        }
    }
    let destination = args.output.destination(cx)?;
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let view = status::status(&shown.plan, &shown.resolved, shown.summary, cx.today);
    // The words for the plan's audience: `--lang`, `ICC_LANG`, the plan's
    // language, the terminal's. (JSON has none.)
    let language = shown
        .plan
        .project
        .language
        .as_ref()
        .map(|language| language.get_ref().as_str());
    let lang = cx.documents(language);
    let document = match (args.format, args.what.unwrap_or(CsvRows::Events)) {
        (ExportFormat::Json, _) => export::json(&view),
        (ExportFormat::Csv, CsvRows::Phases) => export::phases_csv(&view.items.phases, !args.no_bom, &lang),
        (ExportFormat::Csv, CsvRows::Kpis) => export::kpis_csv(&view.items.kpis, !args.no_bom, &lang),
        (ExportFormat::Csv, CsvRows::Measurements) => export::measurements_csv(&view.items.kpis, !args.no_bom, &lang),
        (ExportFormat::Csv, CsvRows::Events) => {
            export::events_csv(&status::events(&shown.plan, &view), !args.no_bom, &lang)
        }
        (ExportFormat::Ics, _) => export::ics(&shown.plan, &view, &status::events(&shown.plan, &view), &lang),
    };
    Ok(shown.outcome(destination.deliver(document)?, false))
}
