//! The report laid out by its templates (`templates/report.md.j2`,
//! `templates/report.html.j2`, minijinja), which only lay out: every word
//! and date is in the [`Report`] already.
//!
//! Every value a template writes is escaped for its format unless the
//! template marks it `safe` (the SVG pictures and the Mermaid blocks,
//! which their renderers escape): the HTML by minijinja's own escaping of
//! `< > & " ' /`, the Markdown by [`markdown_text`]. A template that fails
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
            .write_str(&markdown_text(&value.to_string()))
            .map_err(minijinja::Error::from),
        AutoEscape::Custom(_) => write!(out, "{value}").map_err(minijinja::Error::from),
        _ => minijinja::escape_formatter(out, state, value),
    });
    env
}

/// Text as GitHub-flavoured Markdown shows it, literally, wherever it
/// stands inline (a paragraph, a list item, a table cell, a heading): on
/// one line (line breaks and control characters as [`super::plain`] makes
/// them), every character that could start markup backslash-escaped
/// (emphasis, code, links and images, raw HTML and entities, tables'
/// `|`, headings, strikethrough, math), the autolinks GitHub makes of
/// `www.`, `scheme://` and e-mail addresses broken by escaping their `.`,
/// `:` and `@`, and a start that would make a list or a rule (`1. `,
/// `2) `, `- `, `+ `, `---`) escaped. (A value never stands alone on a
/// line under a paragraph's line, where `===` would underline it.)
pub fn markdown_text(text: &str) -> String {
    let text = super::plain(text);
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    // Where a value's leading digits end: `12.` or `3)` would start a list.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    // `www.` is an autolink: its `.` is escaped.
    let www = |i: usize| i >= 3 && chars[i - 3..i].iter().all(|w| w.eq_ignore_ascii_case(&'w'));
    // What follows `i` ends a list marker: a space, or nothing.
    let ends_marker = |i: usize| chars.get(i + 1).is_none_or(|c| c.is_whitespace());
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '$' | '@' => true,
            // `- x`, `+ x`, and `---` (a rule) at the start.
            '-' => i == 0 && (ends_marker(i) || chars.get(1) == Some(&'-')),
            '+' => i == 0 && ends_marker(i),
            // `1. x`, `2) x`: an ordered list.
            '.' => (digits > 0 && i == digits && ends_marker(i)) || www(i),
            ')' => digits > 0 && i == digits && ends_marker(i),
            ':' => chars.get(i + 1) == Some(&'/'),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::markdown_text;

    #[test]
    fn markdown_text_escapes_what_would_be_markup() {
        assert_eq!(markdown_text("a *b* _c_"), r"a \*b\* \_c\_");
        assert_eq!(markdown_text("[x](javascript:alert(1))"), r"\[x\](javascript:alert(1))");
        assert_eq!(markdown_text("<script>|</td>"), r"\<script\>\|\</td\>");
        assert_eq!(markdown_text("# title\nnext"), r"\# title next");
        assert_eq!(markdown_text("12. Phase"), r"12\. Phase");
        assert_eq!(markdown_text("3)"), r"3\)");
        assert_eq!(markdown_text("- item"), r"\- item");
        assert_eq!(markdown_text("+ item"), r"\+ item");
        assert_eq!(markdown_text("---"), r"\---");
        assert_eq!(markdown_text("2021 – 2022"), "2021 – 2022");
        assert_eq!(markdown_text("a-b 1.5 41.5 +2 -3"), "a-b 1.5 41.5 +2 -3");
        assert_eq!(
            markdown_text("see https://x.org or WWW.x.org"),
            r"see https\://x.org or WWW\.x.org"
        );
        assert_eq!(
            markdown_text("a@b.ro &amp; $x$ ~~y~~ `z`"),
            r"a\@b.ro \&amp; \$x\$ \~\~y\~\~ \`z\`"
        );
        assert_eq!(markdown_text(r"a\"), r"a\\");
    }
}
