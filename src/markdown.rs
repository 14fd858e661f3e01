//! Text for GitHub-flavoured Markdown (the diff's table, the report):
//! plan text that renders as the same text and nothing else.

use std::borrow::Cow;

/// Text as GitHub-flavoured Markdown shows it, literally, wherever it
/// stands inline (a paragraph, a list item, a table cell, a heading): on
/// one line (line breaks and control characters as [`crate::text::plain`] makes
/// them), every character that could start markup backslash-escaped
/// (emphasis, code, links and images, raw HTML and entities, tables'
/// `|`, headings, strikethrough, math), the autolinks GitHub makes of
/// `www.`, `scheme://` and e-mail addresses broken by escaping their `.`,
/// `:` and `@`, and a start that would make a list or a rule (`1. `,
/// `2) `, `- `, `+ `, `---`) escaped. (A value never stands alone on a
/// line under a paragraph's line, where `===` would underline it.)
pub fn escape(text: &str) -> String {
    let text = crate::text::plain(text);
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

/// An id in a code span where it is an id (`[a-z0-9][a-z0-9-]*`), else
/// escaped text: a backtick in it would end the span.
pub fn id(text: &str) -> Cow<'_, str> {
    let plain = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if plain {
        Cow::Owned(format!("`{text}`"))
    } else {
        Cow::Owned(escape(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_escapes_what_would_be_markup() {
        assert_eq!(escape("a *b* _c_"), r"a \*b\* \_c\_");
        assert_eq!(escape("[x](javascript:alert(1))"), r"\[x\](javascript:alert(1))");
        assert_eq!(escape("<script>|</td>"), r"\<script\>\|\</td\>");
        assert_eq!(escape("# title\nnext"), r"\# title next");
        assert_eq!(escape("12. Phase"), r"12\. Phase");
        assert_eq!(escape("3)"), r"3\)");
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("+ item"), r"\+ item");
        assert_eq!(escape("---"), r"\---");
        assert_eq!(escape("2021 – 2022"), "2021 – 2022");
        assert_eq!(escape("a-b 1.5 41.5 +2 -3"), "a-b 1.5 41.5 +2 -3");
        assert_eq!(
            escape("see https://x.org or WWW.x.org"),
            r"see https\://x.org or WWW\.x.org"
        );
        assert_eq!(
            escape("a@b.ro &amp; $x$ ~~y~~ `z`"),
            r"a\@b.ro \&amp; \$x\$ \~\~y\~\~ \`z\`"
        );
        assert_eq!(escape(r"a\"), r"a\\");
    }

    #[test]
    fn ids_are_code_and_anything_else_text() {
        assert_eq!(id("pregatire"), "`pregatire`");
        assert_eq!(id("a`b"), "a\\`b");
    }
}
