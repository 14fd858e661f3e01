//! Small helpers for the English text icc writes: plurals, and text cut to
//! a width in display columns (a Romanian `ă` or a `„` is one column).

use unicode_width::UnicodeWidthChar;

/// Text from a plan made safe to print on a terminal: control characters
/// (an escape sequence in a title could recolour or retitle the terminal)
/// become `�`. Line breaks become spaces.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// `1 day`, `2 days`.
pub fn plural(n: impl std::fmt::Display, word: &str) -> String {
    let n = n.to_string();
    if n == "1" {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The widest line of `text`, in display columns.
pub fn display_width(text: &str) -> usize {
    text.lines()
        .map(|l| l.chars().map(|c| c.width().unwrap_or(0)).sum())
        .max()
        .unwrap_or(0)
}

/// Cuts `text` to at most `width` display columns, ending in `…` if cut.
pub fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return text.to_owned();
    }
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_counts_display_columns() {
        assert_eq!(fit("Pregătire & evaluare", 30), "Pregătire & evaluare");
        assert_eq!(fit("Pregătire & evaluare", 10), "Pregătire…");
        assert_eq!(fit("„facilitatorii”", 5), "„fac…");
    }

    #[test]
    fn control_characters_are_not_printed() {
        assert_eq!(printable("\u{1b}[31mroșu\u{1b}[0m"), "\u{FFFD}[31mroșu\u{FFFD}[0m");
        assert_eq!(printable("două\nrânduri"), "două rânduri");
        assert!(matches!(printable("„curat”"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn plurals() {
        assert_eq!(plural(1, "day"), "1 day");
        assert_eq!(plural(0, "error"), "0 errors");
    }
}
