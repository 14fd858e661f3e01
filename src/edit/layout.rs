//! Where things are in a plan's text, for splices that replace a value,
//! take a whole `key = value` line out, take an element out of an array,
//! or take a whole table out.
//!
//! Every place starts from a span the TOML parser gave (a value, a table's
//! header and extent), never from a search of the text: a line inside a
//! multi-line string is never taken for a key or a comment. What is read
//! around a span is only what TOML allows there (a key before `=` on the
//! same line; whitespace, commas and comments between an array's elements;
//! comment lines between tables), and each is checked to be exactly that:
//! anything else is a form the edit does not touch ([`None`]).

use std::ops::Range;

use crate::date::PlanDate;

/// A change of the text: what to replace (an empty range to insert) and with what.
pub type Splice = (Range<usize>, String);

/// The start of the line holding `offset`.
pub fn line_start(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].rfind('\n').map_or(0, |i| i + 1)
}

/// The start of the line after the one holding `offset`: where text goes
/// to follow whatever ends at `offset` (a trailing comment stays with it).
pub fn line_after(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text[offset..].find('\n').map_or(text.len(), |n| offset + n + 1)
}

/// Whether the line starting at `start` holds nothing but whitespace.
fn is_blank_line(text: &str, start: usize) -> bool {
    let end = line_after(text, start);
    start < end && text[start..end].trim().is_empty()
}

/// Whether the line starting at `start` is a comment alone (after whitespace).
fn is_comment_line(text: &str, start: usize) -> bool {
    text[start..line_after(text, start)].trim_start().starts_with('#')
}

/// The start of the comment lines directly above the line starting at
/// `start` (no blank line between), not reaching above `floor`: the
/// comment block that belongs to what starts there.
fn comments_above(text: &str, mut start: usize, floor: usize) -> usize {
    while start > floor {
        let above = line_start(text, start - 1);
        if above < floor || !is_comment_line(text, above) {
            break;
        }
        start = above;
    }
    start
}

/// A `key = value` pair on a line of its own, as the plan writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyLine {
    /// The whole line, its line break included.
    pub line: Range<usize>,
    /// The whitespace before the key.
    pub indent: Range<usize>,
    /// From the key's end to the value's start: ` = `, `=`, `   =  `.
    pub separator: Range<usize>,
}

/// The line of `key = value`, where `value` is the span of the value the
/// parser read for `key` in a table with a header: the key alone before
/// it on its line (bare or quoted), and after it nothing but whitespace
/// and a comment. `None` for any other form (a dotted key, a key of an
/// inline table, a value that runs over lines).
pub fn key_line(text: &str, key: &str, value: &Range<usize>) -> Option<KeyLine> {
    let start = line_start(text, value.start);
    let before = text.get(start..value.start)?;
    let indent = before.len() - before.trim_start_matches([' ', '\t']).len();
    let rest = &before[indent..];
    let key_len = [key.to_owned(), format!("\"{key}\""), format!("'{key}'")]
        .into_iter()
        .find(|form| {
            rest.strip_prefix(form.as_str())
                .is_some_and(|after| after.starts_with([' ', '\t', '=']))
        })?
        .len();
    if rest[key_len..].trim_matches([' ', '\t']) != "=" {
        return None;
    }
    let end = line_after(text, value.end);
    let tail = text.get(value.end..end)?.trim_end_matches(['\n', '\r']);
    let tail = tail.trim_start_matches([' ', '\t']);
    if !(tail.is_empty() || tail.starts_with('#')) || text[value.clone()].contains('\n') {
        return None;
    }
    Some(KeyLine {
        line: start..end,
        indent: start..start + indent,
        separator: start + indent + key_len..value.start,
    })
}

/// `line` (without its line break) as a line to insert at `at`, the
/// start of a line or the end of the text: with its line break, after one
/// if the line before lacks it, and, at the end of a text that has no
/// final line break, without one of its own either.
pub fn insert_line(text: &str, at: usize, line: &str) -> Splice {
    let open = at > 0 && !text[..at].ends_with('\n');
    let new = match (open, at == text.len()) {
        (true, true) => format!("\n{line}"),
        (true, false) => format!("\n{line}\n"),
        (false, _) => format!("{line}\n"),
    };
    (at..at, new)
}

/// The next comma in the text between two of an array's elements (or the
/// last and the `]`), skipping whitespace and comments; `None` if the next
/// thing is an element or the `]`.
pub fn comma_after(text: &str, from: usize) -> Option<usize> {
    let mut chars = text[from..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            ',' => return Some(from + i),
            '#' => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => {}
            _ => return None,
        }
    }
    None
}

/// Whether only whitespace, then maybe a comment, follows `from` on its line.
pub fn rest_of_line_is_clear(text: &str, from: usize) -> bool {
    let rest = text[from..line_after(text, from)].trim_end_matches(['\n', '\r']);
    let rest = rest.trim_start_matches([' ', '\t']);
    rest.is_empty() || rest.starts_with('#')
}

/// Where the line of an element (which ends at `through`, its comma
/// included) ends before its break, if the element is the last on its
/// line and a comment follows it there.
fn trailing_comment(text: &str, through: usize, next: Option<&Range<usize>>) -> Option<usize> {
    let end = line_after(text, through);
    let line_end = end - (text[..end].len() - text[..end].trim_end_matches(['\n', '\r']).len());
    let rest = text[through..line_end].trim_start_matches([' ', '\t']);
    let last_on_line = next.is_none_or(|next| next.start >= end);
    (last_on_line && rest.starts_with('#')).then_some(line_end)
}

/// The splices that take element `i` out of an array whose elements are
/// at `items` (in order), keeping the array's layout: an element on a line
/// of its own goes with its line (its comment, and the comment lines
/// directly above it, included); one among others on a line goes with its
/// comma, and, the last on its line, with the comment after it; the comma before a last element goes too where the array has no
/// trailing comma, so that it still has none. `open` is the offset of the
/// array's `[`.
pub fn remove_element(text: &str, open: usize, items: &[Range<usize>], i: usize) -> Vec<Splice> {
    let element = &items[i];
    let comma = comma_after(text, element.end);
    let next = items.get(i + 1);
    let previous = i.checked_sub(1).map(|p| &items[p]);
    let through = comma.map_or(element.end, |c| c + 1);
    let start = line_start(text, element.start);
    let alone = text[start..element.start].trim().is_empty() && start > open && rest_of_line_is_clear(text, through);
    let mut splices = Vec::new();
    if alone {
        let floor = previous.map_or(open, |p| p.end);
        let floor = line_after(text, floor);
        let top = comments_above(text, start, floor);
        splices.push((top..line_after(text, through), String::new()));
        // The last element without a trailing comma: the one before it
        // loses its comma, so that the array still has none.
        if let (None, None, Some(previous)) = (next, comma, previous)
            && let Some(c) = comma_after(text, previous.end).filter(|&c| c < top)
        {
            splices.push((c..c + 1, String::new()));
        }
    } else if let Some(line_end) = trailing_comment(text, through, next) {
        // The last on its line, with a comment after it: the comment is
        // its own, and goes with it, as with an element on a line of its
        // own; so do the spaces before it, and the line's break stays.
        let line = line_start(text, element.start);
        let start = line + text[line..element.start].trim_end_matches([' ', '\t']).len();
        let range = match (next, previous) {
            (None, Some(previous)) => match (comma_after(text, previous.end), comma) {
                // `"x", "a", # a` → `"x",`
                (Some(before), Some(_)) => before + 1..line_end,
                // `"x", "a" # a` → `"x"`
                (Some(before), None) => before..line_end,
                (None, _) => start..line_end,
            },
            _ => start..line_end,
        };
        splices.push((range, String::new()));
    } else {
        let range = match (next, previous) {
            // With its comma and the spaces after it, up to the next element
            // on its line, or up to the end of its line.
            (Some(next), _) => {
                let after = &text[through..next.start];
                let end = if after.contains(['\n', '#']) {
                    through + after.len() - after.trim_start_matches([' ', '\t']).len()
                } else {
                    next.start
                };
                element.start..end
            }
            (None, Some(previous)) => match (comma_after(text, previous.end), comma) {
                // `"a", "b",` → `"a",`
                (Some(before), Some(_)) => before + 1..through,
                // `"a", "b"` → `"a"`
                (Some(before), None) => before..element.end,
                (None, _) => element.start..through,
            },
            (None, None) => element.start..through,
        };
        splices.push((range, String::new()));
    }
    splices
}

/// The text a table takes up, to remove it: from the comment lines
/// directly above its header (which belong to it) to the end of its last
/// line and the comment lines directly below it (which belong to it too,
/// unless they run into the next table's header), and the blank line that
/// set it apart from what is above it (at the top of the file, from what
/// is below it). A table with none above
/// leaves the blank line below it, which now sets apart the tables it was
/// between. `floor` is where the text before it that is not to be touched
/// ends (the end of the table or keys above it).
pub fn table_block(text: &str, header: usize, extent_end: usize, floor: usize) -> Range<usize> {
    let floor = line_after(text, floor).min(line_start(text, header));
    let mut top = comments_above(text, line_start(text, header), floor);
    let mut end = line_after(text, extent_end);
    // Below a table's last value come only comments and blank lines
    // before the next header: no string can hold what looks like one.
    let mut below = end;
    while below < text.len() && is_comment_line(text, below) {
        below = line_after(text, below);
    }
    if below == text.len() || is_blank_line(text, below) {
        end = below;
    }
    // The blank line above goes, unless what follows comes right after the
    // table (the next table's comment or header): it then sets that apart.
    let apart = end == text.len() || is_blank_line(text, end);
    if top > floor && apart && is_blank_line(text, line_start(text, top - 1)) {
        top = line_start(text, top - 1);
    } else if top == 0 && end < text.len() && is_blank_line(text, end) {
        end = line_after(text, end);
    }
    // At the end of a text without a final line break: the break before
    // the table goes instead, so the text still ends without one.
    if end == text.len() && !text.ends_with('\n') && top > 0 {
        top -= 1;
        if top > 0 && text[..top].ends_with('\r') {
            top -= 1;
        }
    }
    top..end
}

/// The quotes a TOML string value is written in (`"`, `'`, `"""`,
/// `'''`), or `None` for a value that is not a string (a bare date).
fn quotes(old: &str) -> Option<&'static str> {
    ["'''", "\"\"\"", "'", "\""].into_iter().find(|q| old.starts_with(q))
}

/// `word` as a TOML string quoted as `old` is (`"…"`, `'…'`, `"""…"""`,
/// `'''…'''`), so that a replaced value keeps the way it was written. (The
/// word is an id or a plain ASCII keyword, which every form holds as it is.)
pub fn quoted_like(old: &str, word: &str) -> String {
    let quote = quotes(old).unwrap_or("\"");
    format!("{quote}{word}{quote}")
}

/// `date` written as `old` is: in the same quotes if `old` is a string; as
/// a bare TOML date if `old` is one and `date` is a day; a month, which
/// TOML has no bare form for, in double quotes.
pub fn date_like(old: &str, date: PlanDate) -> String {
    match (quotes(old), date) {
        (Some(quote), _) => format!("{quote}{date}{quote}"),
        (None, PlanDate::Day(_)) => date.to_string(),
        (None, PlanDate::Month(_)) => format!("\"{date}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str, mut splices: Vec<Splice>) -> String {
        splices.sort_by_key(|(range, _)| range.start);
        let mut out = String::new();
        let mut at = 0;
        for (range, new) in splices {
            out.push_str(&text[at..range.start]);
            out.push_str(&new);
            at = range.end;
        }
        out + &text[at..]
    }

    /// The spans of the strings in the first array of `text`, and its `[`.
    fn elements(text: &str) -> (usize, Vec<Range<usize>>) {
        let open = text.find('[').unwrap();
        let mut items = Vec::new();
        let mut at = open;
        while let Some(start) = text[at..].find('"').map(|i| at + i) {
            let end = start + 1 + text[start + 1..].find('"').unwrap() + 1;
            // Not a quote inside a comment.
            if text[line_start(text, start)..start].contains('#') {
                at = line_after(text, start);
                continue;
            }
            items.push(start..end);
            at = end;
        }
        (open, items)
    }

    fn removed(text: &str, i: usize) -> String {
        let (open, items) = elements(text);
        apply(text, remove_element(text, open, &items, i))
    }

    #[test]
    fn an_element_goes_with_its_comma_and_the_layout_stays() {
        let one_line = "after = [\"a\", \"b\", \"c\"]\n";
        assert_eq!(removed(one_line, 0), "after = [\"b\", \"c\"]\n");
        assert_eq!(removed(one_line, 1), "after = [\"a\", \"c\"]\n");
        assert_eq!(removed(one_line, 2), "after = [\"a\", \"b\"]\n");
        assert_eq!(removed("after = [\"a\"]\n", 0), "after = []\n");
        assert_eq!(removed("after = [ \"a\", ]\n", 0), "after = [  ]\n");
        assert_eq!(removed("after = [\"a\", \"b\",]\n", 1), "after = [\"a\",]\n");
        assert_eq!(removed("after = [\"a\" , \"b\"]\n", 1), "after = [\"a\" ]\n");
    }

    #[test]
    fn an_element_takes_the_comment_after_it_on_its_line() {
        let first = "after = [ \"a\" , # first\n  \"b\", # second\n]\n";
        assert_eq!(removed(first, 0), "after = [\n  \"b\", # second\n]\n");
        // The last on its line, which it shares: with the comma before it
        // where the array has no trailing one.
        let shared = "after = [\"x\", \"a\", # a\n  \"b\"\n]\n";
        assert_eq!(removed(shared, 1), "after = [\"x\",\n  \"b\"\n]\n");
        let last = "after = [\"x\", \"a\" # a\r\n]\r\n";
        assert_eq!(removed(last, 1), "after = [\"x\"\r\n]\r\n");
        let trailing = "after = [\"x\", \"a\", # a\n]\n";
        assert_eq!(removed(trailing, 1), "after = [\"x\",\n]\n");
        // Not the last on its line: the comment is the next one's.
        let between = "after = [\"a\", \"b\", # b\n]\n";
        assert_eq!(removed(between, 0), "after = [\"b\", # b\n]\n");
        // As an element on a line of its own does.
        let alone = "after = [\n  \"a\", # first\n  \"b\", # second\n]\n";
        assert_eq!(removed(alone, 1), "after = [\n  \"a\", # first\n]\n");
    }

    #[test]
    fn an_element_on_its_own_line_goes_with_its_line_and_comments() {
        let spread = "after = [\n  # the first\n  \"a\",  # a\n\n  \"b\", # b\n  \"c\"\n]\n";
        assert_eq!(removed(spread, 0), "after = [\n\n  \"b\", # b\n  \"c\"\n]\n");
        assert_eq!(
            removed(spread, 1),
            "after = [\n  # the first\n  \"a\",  # a\n\n  \"c\"\n]\n"
        );
        // The last, without a trailing comma: the one before loses its own.
        assert_eq!(
            removed(spread, 2),
            "after = [\n  # the first\n  \"a\",  # a\n\n  \"b\" # b\n]\n"
        );
        let trailing = "after = [\r\n  \"a\",\r\n  \"b\",\r\n]\r\n";
        assert_eq!(removed(trailing, 1), "after = [\r\n  \"a\",\r\n]\r\n");
        assert_eq!(removed(trailing, 0), "after = [\r\n  \"b\",\r\n]\r\n");
        assert_eq!(removed("after = [\n  \"a\"\n]\n", 0), "after = [\n]\n");
    }

    #[test]
    fn a_key_line_is_a_key_alone_with_its_value() {
        let text = "[[workshop]]\n  phase   =  \"p\"  # faza\nx = 1\n";
        let value = text.find("\"p\"").unwrap();
        let line = key_line(text, "phase", &(value..value + 3)).unwrap();
        assert_eq!(&text[line.line.clone()], "  phase   =  \"p\"  # faza\n");
        assert_eq!(&text[line.indent], "  ");
        assert_eq!(&text[line.separator], "   =  ");
        let quoted = "'phase' = 'p'\n";
        assert!(key_line(quoted, "phase", &(10..13)).is_some());
        let inline = "w = { phase = \"p\" }\n";
        let value = inline.find("\"p\"").unwrap();
        assert_eq!(key_line(inline, "phase", &(value..value + 3)), None);
        let other = "phases = \"p\"\n";
        assert_eq!(key_line(other, "phase", &(9..12)), None);
    }

    #[test]
    fn a_table_goes_with_its_comments_and_one_blank_line() {
        let text = "[project]\nname = \"T\"\n\n# about a\n[[w]]\nid = \"a\"\n\n[[w]]\nid = \"b\"\n";
        let header = text.find("[[w]]").unwrap();
        let end = text.find("\"a\"").unwrap() + 3;
        let floor = text.find("\"T\"").unwrap() + 3;
        let block = table_block(text, header, end, floor);
        let mut out = text.to_owned();
        out.replace_range(block, "");
        assert_eq!(out, "[project]\nname = \"T\"\n\n[[w]]\nid = \"b\"\n");
        // Without a blank line above, the one below stays between the
        // tables it was between.
        let text = "[project]\nname = \"T\"\n[[w]]\nid = \"a\"\n\n[[w]]\nid = \"b\"\n";
        let header = text.find("[[w]]").unwrap();
        let end = text.find("\"a\"").unwrap() + 3;
        let floor = text.find("\"T\"").unwrap() + 3;
        let mut out = text.to_owned();
        out.replace_range(table_block(text, header, end, floor), "");
        assert_eq!(out, "[project]\nname = \"T\"\n\n[[w]]\nid = \"b\"\n");
        // At the top of the file, the blank line below goes.
        let text = "[[w]]\nid = \"a\"\n\n[project]\nname = \"T\"\n";
        let mut out = text.to_owned();
        out.replace_range(table_block(text, 0, text.find("\"a\"").unwrap() + 3, 0), "");
        assert_eq!(out, "[project]\nname = \"T\"\n");
        // The last, in a text without a final line break.
        let text = "[project]\nname = \"T\"\n\n[[w]]\nid = \"a\"";
        let header = text.find("[[w]]").unwrap();
        let block = table_block(text, header, text.len(), floor);
        let mut out = text.to_owned();
        out.replace_range(block, "");
        assert_eq!(out, "[project]\nname = \"T\"");
        // With the comment lines directly below it, with or without a final
        // line break; not those set apart by a blank line, nor those
        // directly above the next table.
        let remove = |text: &str, id: &str| {
            let header = text.find(&format!("[[w]]\nid = \"{id}\"")).unwrap();
            let end = text.find(&format!("\"{id}\"")).unwrap() + id.len() + 2;
            let floor = text[..header].rfind('"').unwrap() + 1;
            let mut out = text.to_owned();
            out.replace_range(table_block(text, header, end, floor), "");
            out
        };
        let text = "[project]\nname = \"T\"\n\n[[w]]\nid = \"a\"\n\n[[w]]\nid = \"b\"\n# of b";
        assert_eq!(remove(text, "b"), "[project]\nname = \"T\"\n\n[[w]]\nid = \"a\"");
        assert_eq!(
            remove(&format!("{text}\n"), "b"),
            "[project]\nname = \"T\"\n\n[[w]]\nid = \"a\"\n"
        );
        let text = "[project]\nname = \"T\"\n\n[[w]]\nid = \"a\"\n# of a\n# still a\n\n# of b\n[[w]]\nid = \"b\"\n\n# the file's\n";
        assert_eq!(
            remove(text, "a"),
            "[project]\nname = \"T\"\n\n# of b\n[[w]]\nid = \"b\"\n\n# the file's\n"
        );
        assert_eq!(
            remove(text, "b"),
            "[project]\nname = \"T\"\n\n[[w]]\nid = \"a\"\n# of a\n# still a\n\n# the file's\n"
        );
        let touching = "[project]\nname = \"T\"\n\n[[w]]\nid = \"a\"\n# of b\n[[w]]\nid = \"b\"\n";
        assert_eq!(
            remove(touching, "a"),
            "[project]\nname = \"T\"\n\n# of b\n[[w]]\nid = \"b\"\n"
        );
    }

    #[test]
    fn values_keep_their_quotes() {
        let day = PlanDate::parse("2021-03-05").unwrap();
        let month = PlanDate::parse("2021-03").unwrap();
        assert_eq!(date_like("2021-01-01", day), "2021-03-05");
        assert_eq!(date_like("2021-01-01", month), "\"2021-03\"");
        assert_eq!(date_like("'2021-01'", day), "'2021-03-05'");
        assert_eq!(quoted_like("'''a'''", "b"), "'''b'''");
    }
}
