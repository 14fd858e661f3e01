//! `icc kpis`: each performance indicator on `--today` — its baseline,
//! latest value and target, its progress and its state — as a table for
//! people, JSON for scripts (design.md, "Status JSON"), or a picture of a
//! small chart each for a review session (SVG).

use clap::ValueEnum;

use super::output::OutputArgs;
use super::{Context, Error, Outcome};
use crate::status;
use crate::table::{self, Layout};

#[derive(Debug, clap::Args)]
pub struct KpisArgs {
    #[arg(long, value_enum, default_value_t = KpisFormat::Human)]
    pub format: KpisFormat,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KpisFormat {
    #[value(alias = "table", alias = "text")]
    Human,
    Json,
    Svg,
}

/// The SVG picture is as wide as `--width` columns at 12 pixels each, as
/// the timeline's is: `--width 100` (and the default where standard output
/// is not a terminal) makes 1200 px, three charts a row.
const SVG_PIXELS_PER_COLUMN: usize = 12;

pub fn run(args: &KpisArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let destination = args.output.destination(cx)?;
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let kpis = status::kpis(&shown.plan, cx.today);
    let document = match args.format {
        KpisFormat::Json => crate::text::json(&serde_json::json!({ "today": cx.today, "kpis": kpis })),
        KpisFormat::Human => {
            let layout = Layout {
                width: cx.width,
                // Coloured only for a terminal, never in a file.
                color: cx.color.stdout && destination.is_stdout(),
                lang: &cx.lang,
            };
            table::kpis(&kpis, layout)
        }
        // A document in the language of the plan's audience, as the
        // timeline's picture.
        KpisFormat::Svg => {
            let plan = &shown.plan;
            let lang = cx.documents(plan.project.language.as_ref().map(|l| l.get_ref().as_str()));
            let title = plan.project.name.as_ref().map_or("", |n| n.get_ref().as_str());
            let width = usize::from(cx.width) * SVG_PIXELS_PER_COLUMN;
            crate::kpi::svg::svg(title, &kpis, cx.today, &lang, width)
        }
    };
    Ok(shown.outcome(destination.deliver(document)?, false))
}
