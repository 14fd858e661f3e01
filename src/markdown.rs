//! Text for GitHub-flavoured Markdown (the diff's table, the report):
//! plan text that renders as the same text and nothing else.

use std::borrow::Cow;

/// Plan text as Markdown that shows it as written: made printable
/// (control and bidirectional characters shown, not obeyed), on one line
/// (a line break would end a table row or start a block), and every ASCII
/// punctuation character escaped with a backslash, which CommonMark
/// (section 2.4) and GitHub render as the character itself. So no plan
/// text becomes a link, an image, HTML, emphasis, a heading, a list, a
/// table cell's end (`|`) or a mention (`@`).
pub fn escape(text: &str) -> String {
    let text = crate::text::printable(text);
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
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
    fn plan_text_stays_text() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(
            escape("[x](javascript:alert(1))"),
            "\\[x\\]\\(javascript\\:alert\\(1\\)\\)"
        );
        assert_eq!(escape("<script>"), "\\<script\\>");
        assert_eq!(escape("# h\n- l"), "\\# h \\- l");
        assert_eq!(escape("@everyone"), "\\@everyone");
        assert_eq!(escape("Pregătire & evaluare „x”"), "Pregătire \\& evaluare „x”");
        assert_eq!(id("pregatire"), "`pregatire`");
        assert_eq!(id("a`b"), "a\\`b");
    }
}
