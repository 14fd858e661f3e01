//! `icc diff [BASE]`: what changed in the schedule since BASE (design.md,
//! "Diff and report"). BASE is read by [`Context::earlier`]; both plans
//! are checked and resolved, and compared by `crate::diff`.

use clap::ValueEnum;
use serde_json::json;

use super::base::Base;
use super::output::OutputArgs;
use super::{Context, Ending, Error, Outcome, Say};
use crate::diff::{self, Side};
use crate::lang::args;

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
    let base = args.base.as_deref().unwrap_or(DEFAULT_BASE);
    let earlier = cx.earlier(base)?;
    let (source, early) = cx.read_source()?;
    let old = crate::check(&earlier.source, earlier.early, cx.today);
    let new = crate::check(&source, early, cx.today);
    let old_side = readable(cx, &earlier.source, &old)?;
    let new_side = readable(cx, &source, &new)?;
    let diff = diff::compare(old_side, new_side, cx.today);
    let commit = earlier.base.commit().map(|c| c.chars().take(7).collect::<String>());
    let label = earlier.base.label().to_owned();
    let document = match args.format {
        DiffFormat::Json => {
            let base = match &earlier.base {
                Base::File(name) => json!({ "file": name }),
                Base::Revision { revision, commit, .. } => json!({ "revision": revision, "commit": commit }),
            };
            let mut value = json!({
                "base": base,
                "plan": source.name,
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
        DiffFormat::Human => {
            let named = match &commit {
                Some(commit) => format!("{label} ({commit})"),
                None => label,
            };
            diff::human::human(&diff, &named, &cx.lang, usize::from(cx.width), cx.color.stdout)
        }
        DiffFormat::Markdown => {
            let lang = cx.documents(new_language(&new));
            diff::markdown::markdown(&diff, &label, commit.as_deref(), &lang)
        }
    };
    let ending = if args.exit_code && !diff.is_empty() {
        Ending::Differs
    } else {
        Ending::Passed
    };
    Ok(Outcome::new(destination.deliver(document)?, ending))
}

/// The plan's language, for a document.
fn new_language(checked: &crate::Checked) -> Option<&str> {
    checked
        .plan
        .as_ref()
        .and_then(|plan| plan.project.language.as_ref())
        .map(|language| language.get_ref().as_str())
}

/// Both sides must at least be TOML: a plan that is not has nothing to
/// compare, and the first syntax error says where.
fn readable<'a>(cx: &Context<'_>, source: &crate::Source, checked: &'a crate::Checked) -> Result<Side<'a>, Error> {
    match (&checked.plan, &checked.resolved) {
        (Some(plan), Some(resolved)) => Ok(Side { plan, resolved }),
        _ => {
            let place = checked
                .findings
                .iter()
                .find_map(|f| f.span.as_ref())
                .map(|span| source.line_col(span.start))
                .map_or((0, 0), |at| (at.line, at.column));
            Err(Error::Read(
                Say::new(&cx.lang)
                    .whole("plan", &source.name)
                    .say("diff-unreadable", args!(line = place.0, column = place.1)),
            ))
        }
    }
}
