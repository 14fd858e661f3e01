//! `icc kpis`: each performance indicator on `--today` — its baseline,
//! latest value and target, its progress and its state — as a table for
//! people or JSON for scripts (design.md, "Status JSON").

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
}

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
    };
    Ok(shown.outcome(destination.deliver(document)?, false))
}
