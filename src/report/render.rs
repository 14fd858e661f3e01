//! The report laid out by its templates (`templates/report.md.j2`,
//! `templates/report.html.j2`, minijinja), which only lay out: every word
//! and date is in the [`Report`] already.
//!
//! Every value a template writes is escaped for its format unless the
//! template marks it `safe` (the SVG pictures and the Mermaid blocks,
//! which their renderers escape): the HTML by minijinja's own escaping of
//! `< > & " ' /`, the Markdown by [`crate::markdown::escape`]. A template that fails
//! is a bug in icc, never a panic: its error is returned in the engine's
//! words.

use minijinja::syntax::SyntaxConfig;
use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};

use super::Report;

const MARKDOWN: (&str, &str) = ("report.md.j2", include_str!("templates/report.md.j2"));
const HTML: (&str, &str) = ("report.html.j2", include_str!("templates/report.html.j2"));

/// The report as GitHub-flavoured Markdown.
pub fn markdown(report: &Report) -> Result<String, String> {
    render(MARKDOWN, report)
}

/// The report as one self-contained HTML page.
pub fn html(report: &Report) -> Result<String, String> {
    render(HTML, report)
}

fn render((name, source): (&'static str, &'static str), report: &Report) -> Result<String, String> {
    let env = environment();
    let said = |err: minijinja::Error| err.to_string();
    let mut env = env;
    env.add_template(name, source).map_err(said)?;
    let template = env.get_template(name).map_err(said)?;
    template.render(Value::from(Serde(report))).map_err(said)
}

/// The engine as both templates use it: blocks on lines of their own leave
/// no blank lines, a name no model has is an error (a test renders every
/// section), and each format's escaping.
fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    if let Ok(syntax) = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html.j2") {
            AutoEscape::Html
        } else {
            AutoEscape::Custom("markdown".into())
        }
    });
    env.set_formatter(|out, state, value| match state.auto_escape() {
        AutoEscape::Custom(_) if !value.is_safe() => out
            .write_str(&crate::markdown::escape(&value.to_string()))
            .map_err(minijinja::Error::from),
        AutoEscape::Custom(_) => write!(out, "{value}").map_err(minijinja::Error::from),
        _ => minijinja::escape_formatter(out, state, value),
    });
    env
}
