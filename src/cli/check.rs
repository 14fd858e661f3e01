//! `icc check`: the findings, for people, for scripts or for GitHub.

use clap::ValueEnum;

use super::{Context, Ending, Error, Outcome};
use crate::finding::render;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[arg(long)]
    pub strict: bool,

    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
    Github,
}

pub fn run(args: &CheckArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let (source, checked) = cx.checked()?;
    let findings = &checked.findings;
    let summary = checked.summary();
    let stdout = match args.format {
        CheckFormat::Json => render::json(&source, findings, summary, args.strict, &cx.lang),
        CheckFormat::Github => {
            // GitHub attaches an annotation to a file named from the repository's root.
            let file = cx.repository_path().unwrap_or_else(|| source.name.clone());
            render::github(&source, &file, findings, &cx.lang)
        }
        CheckFormat::Human => {
            let counts = checked
                .plan
                .as_ref()
                .map(|plan| counts(plan, &cx.lang))
                .unwrap_or_default();
            render::human(&source, findings, cx.color.stdout, &cx.lang)
                + &render::human_summary(&source, summary, args.strict, &counts, &cx.lang)
        }
    };
    Ok(Outcome::new(stdout, Ending::of(summary, args.strict)))
}

/// How many items of each kind the plan has: "4 phases, 0 milestones, …".
fn counts(plan: &crate::Plan, lang: &crate::lang::Catalog) -> String {
    use strum::IntoEnumIterator;
    crate::plan::Kind::iter()
        .map(|kind| {
            let args = crate::lang::args!(count = plan.count(kind));
            lang.say(&format!("count-{}", kind.as_str()), &args)
        })
        .collect::<Vec<_>>()
        .join(", ")
}
