//! `icc timeline`: the programme as a Gantt chart, for a terminal, a
//! report (SVG) or a Markdown file (Mermaid).

use clap::ValueEnum;

use super::output::OutputArgs;
use super::{Context, Error, Outcome, parse_plan_date};
use crate::PlanDate;
use crate::lang::args;
use crate::timeline::{self, Chart};

#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    #[arg(long, value_enum, default_value_t = TimelineFormat::Human)]
    pub format: TimelineFormat,

    #[arg(long, value_name = "DATE", value_parser = parse_plan_date)]
    pub from: Option<PlanDate>,

    #[arg(long, value_name = "DATE", value_parser = parse_plan_date)]
    pub to: Option<PlanDate>,

    #[arg(long, value_name = "BASE")]
    pub baseline: Option<String>,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TimelineFormat {
    #[value(alias = "text", alias = "table")]
    Human,
    Svg,
    Mermaid,
}

/// The SVG picture is as wide as the chart's columns at 12 pixels each:
/// `--width 100`, and the default of 100 columns where standard output is
/// not a terminal, make the 1200 px it always was.
// The width that reaches a command is `--width`, or the terminal's, or 100:
// whether it was given is not known here, so an SVG written to a terminal
// follows the terminal's width.
const SVG_PIXELS_PER_COLUMN: usize = 12;

pub fn run(args: &TimelineArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    if let (Some(from), Some(to)) = (args.from, args.to)
        && to.last() < from.first()
    {
        return Err(Error::Usage(
            cx.lang.say("timeline-to-before-from", &args!(to = to, from = from)),
        ));
    }
    let destination = args.output.destination(cx)?;
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let chart = match args.baseline.as_deref() {
        None => Chart::new(&shown.plan, &shown.resolved, cx.today, args.from, args.to),
        Some(base) => {
            let against = super::views::against(base, cx)?;
            let baseline = timeline::Baseline {
                label: against.label(),
                phases: against.phases,
            };
            Chart::against(&shown.plan, &shown.resolved, cx.today, (args.from, args.to), &baseline)
        }
    };
    // A chart is coloured only for a terminal, never in a file.
    let color = cx.color.stdout && destination.is_stdout();
    // The terminal's chart in the terminal's language; a document in the
    // language of the plan's audience.
    let documents = || cx.documents(shown.plan.project.language.as_ref().map(|l| l.get_ref().as_str()));
    let document = match args.format {
        TimelineFormat::Human => timeline::text(&chart, &cx.lang, usize::from(cx.width), color),
        TimelineFormat::Svg => timeline::svg(&chart, &documents(), usize::from(cx.width) * SVG_PIXELS_PER_COLUMN),
        TimelineFormat::Mermaid => timeline::mermaid(&chart, &documents()),
    };
    Ok(shown.outcome(destination.deliver(document)?, false))
}
