//! `icc diff [BASE]`: what changed in the schedule since BASE (design.md,
//! "Diff and report"). BASE is read by [`Context::baseline`]; both plans
//! are checked and resolved, and compared by `crate::diff`.

use clap::ValueEnum;
use serde_json::json;

use super::output::OutputArgs;
use super::{Context, Ending, Error, Outcome};
use crate::diff::{self, Side};

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    #[arg(value_name = "BASE")]
    pub base: Option<String>,

    #[arg(long, value_enum, default_value_t = DiffFormat::Human)]
    pub format: DiffFormat,

    #[arg(long)]
    pub exit_code: bool,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    #[value(alias = "text")]
    Human,
    Markdown,
    Json,
}

/// The last commit: `icc diff` after an edit shows what the edit did.
const DEFAULT_BASE: &str = "HEAD";

pub fn run(args: &DiffArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let destination = args.output.destination(cx)?;
    let today = cx.today;
    let baseline = cx.baseline(args.base.as_deref().unwrap_or(DEFAULT_BASE), today)?;
    // The plan as every view reads it: one that is not TOML is its
    // findings and a failed run; one with errors is compared, and the run
    // fails as every view's does (design.md, "Exit codes").
    let shown = match cx.shown()? {
        Ok(shown) => shown,
        Err(failed) => return Ok(failed),
    };
    let old = Side {
        plan: &baseline.plan,
        resolved: &baseline.resolved,
    };
    let new = Side {
        plan: &shown.plan,
        resolved: &shown.resolved,
    };
    let diff = diff::compare(old, new, today);
    let named = baseline.base.named();
    let document = match args.format {
        DiffFormat::Json => {
            let mut value = json!({
                "base": baseline.base.json(),
                "plan": shown.source.name,
                "changed": !diff.is_empty(),
            });
            if let (Some(object), Ok(serde_json::Value::Object(rest))) =
                (value.as_object_mut(), serde_json::to_value(&diff))
            {
                object.extend(rest);
            }
            let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
            text.push('\n');
            text
        }
        DiffFormat::Human => diff::human::human(&diff, &named, &cx.lang, usize::from(cx.width), cx.color.stdout),
        DiffFormat::Markdown => {
            let lang = cx.documents(shown.plan.project.language.as_ref().map(|l| l.get_ref().as_str()));
            diff::markdown::markdown(&diff, &named, &lang)
        }
    };
    let mut outcome = shown.outcome(destination.deliver(document)?, false);
    if args.exit_code && !diff.is_empty() && outcome.ending == Ending::Passed {
        outcome.ending = Ending::Differs;
    }
    Ok(outcome)
}
