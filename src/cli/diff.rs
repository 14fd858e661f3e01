//! `icc diff [BASE]`: what changed in the schedule since BASE.

use clap::ValueEnum;

use super::output::OutputArgs;
use super::{Context, Error, Outcome};

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

pub fn run(args: &DiffArgs, cx: &mut Context<'_>) -> Result<Outcome, Error> {
    let _ = (args, cx);
    Err(Error::Usage("icc diff: not built yet".to_owned()))
}
