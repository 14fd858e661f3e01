//! The one way icc colours text: `anstyle` styles, the same ones clap and
//! annotate-snippets use. Whether a stream is coloured is decided once a
//! stream, at the edge (`--color`, `NO_COLOR`, whether it is a terminal);
//! renderers are told, and never look for themselves.

use anstyle::{AnsiColor, Color, Style};

const fn fg(color: AnsiColor) -> Style {
    Style::new().fg_color(Some(Color::Ansi(color)))
}

/// A phase that is over, a workshop that is done.
pub const DONE: Style = fg(AnsiColor::Green);
/// The phase the programme is in.
pub const ACTIVE: Style = fg(AnsiColor::Yellow);
/// A phase or a workshop still to come.
pub const UPCOMING: Style = fg(AnsiColor::Blue);
/// Something wrong: overdue, unknown.
pub const PROBLEM: Style = fg(AnsiColor::Red);
/// What will not happen: a cancelled workshop.
pub const CANCELLED: Style = fg(AnsiColor::BrightBlack);
/// Today's line on a chart.
pub const TODAY: Style = fg(AnsiColor::Red);
/// A recurring meeting on a chart.
pub const RECURRING: Style = fg(AnsiColor::Magenta).bold();
/// An event on a chart that is over, and one still to come.
pub const EVENT_PAST: Style = fg(AnsiColor::Cyan);
pub const EVENT_COMING: Style = fg(AnsiColor::Cyan).bold();

/// What a baseline (an earlier plan) says on a chart, and a slip of none.
pub const BASELINE: Style = Style::new().dimmed();

/// `text` in `style` when `color` is on, else as it is.
pub fn paint(text: &str, style: Style, color: bool) -> String {
    if color && style != Style::new() {
        format!("{style}{text}{style:#}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paints_only_when_told() {
        assert_eq!(paint("done", DONE, false), "done");
        assert_eq!(paint("done", DONE, true), "\x1b[32mdone\x1b[0m");
        assert_eq!(paint("x", Style::new(), true), "x");
    }
}
