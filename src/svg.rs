//! Text in an SVG picture: plan text escaped as XML 1.0 holds it, and how
//! wide text is drawn (DejaVu Sans, the pictures' first font, with a
//! margin for the fonts after it), so that names are cut with `…` to their
//! room and never meet. Used by the timeline and the KPI charts.

/// Plan text as XML 1.0 holds it, in a text node or an attribute: the
/// markup characters escaped, and no character XML forbids (C0 controls but
/// tab, LF and CR; U+FFFE, U+FFFF) nor any that acts on how text reads (C1
/// and bidi controls, separators): those become `�`, line breaks and tabs
/// spaces ([`crate::text::printable`]), as a label is one line.
pub(crate) fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in crate::text::printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The advance of each printable ASCII character, space to `~`, in DejaVu
/// Sans (the pictures' first font), in its units of 1/2048 em, as its
/// `hmtx` table gives it.
const ADVANCES: [u16; 95] = [
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303, 1303, 1303, 1303, 1303,
    1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587,
    1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403,
    799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298,
    1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
];
/// The same in DejaVu Sans Bold, for the names of phases, years and the
/// title.
const ADVANCES_BOLD: [u16; 95] = [
    713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, 1425, 1425, 1425, 1425,
    1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048, 1585, 1561, 1503, 1700, 1399, 1399,
    1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483,
    1485, 936, 748, 936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134,
    1458, 1407, 1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
];
/// How much wider than its regular letters a bold character with no
/// advance here is taken to be (DejaVu Sans Bold's widest is 1.26 times).
const BOLD_MORE: f64 = 1.26;
/// How much wider than in DejaVu Sans a name is taken to be, so that it
/// still fits its room in the fonts after it (Verdana is a little wider).
const WIDTH_MARGIN: f64 = 1.1;
/// What a character with no advance here is taken to need, in em: more
/// than any letter of DejaVu Sans, and than a CJK character's em.
const WIDE: f64 = 1.1;

/// A character's advance in em: its own where it is ASCII, its letter's
/// where it is a letter with marks (`ă`, `Ș`), nothing for a combining
/// mark, more than an em for an emoji or another character a terminal
/// gives two columns, and for the few drawn far wider than an em (Arabic
/// ligatures such as `﷽`, the two- and three-em dashes, cuneiform) as
/// much as they take; else [`WIDE`].
fn advance(c: char, bold: bool) -> f64 {
    let table = if bold { &ADVANCES_BOLD } else { &ADVANCES };
    let ascii = |c: char| {
        u32::from(c)
            .checked_sub(0x20)
            .and_then(|i| table.get(i as usize))
            .map(|units| f64::from(*units) / 2048.0)
    };
    if let Some(em) = ascii(c) {
        return em;
    }
    let more = if bold { BOLD_MORE } else { 1.0 };
    match (u32::from(c), unicode_width::UnicodeWidthChar::width(c)) {
        (_, Some(0)) => return 0.0,
        (0xFDFA..=0xFDFD, _) => return 8.0 * more,
        (0xFB50..=0xFDFF | 0x2E3A, _) => return 2.0 * more,
        (0x2E3B | 0x12000..=0x1254F, _) => return 3.0 * more,
        (_, Some(2)) => return 1.3 * more,
        _ => {}
    }
    let mut base = deunicode::deunicode_char(c).unwrap_or("").chars();
    match (base.next(), base.next()) {
        (Some(letter), None) if letter.is_ascii_alphanumeric() => ascii(letter).unwrap_or(WIDE * more),
        _ => WIDE * more,
    }
}

/// At most how wide `text` is drawn at `size` pixels: a name is given this
/// much room, so that no two names, nor a name and a mark, ever meet.
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(|c| advance(c, false)).sum::<f64>() * size * WIDTH_MARGIN
}

/// How wide `text` is drawn in bold at `size` pixels, as [`text_width`].
pub(crate) fn bold_width(text: &str, size: f64) -> f64 {
    text.chars().map(|c| advance(c, true)).sum::<f64>() * size * WIDTH_MARGIN
}

/// `text` made printable and cut to what `measure` says fits in `room`
/// pixels, ending in `…` if cut; a grapheme cluster is kept whole or left
/// out: only the `…` where not even one cluster fits, nothing where that
/// does not.
pub(crate) fn fit_px(text: &str, room: f64, measure: impl Fn(&str) -> f64) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let text = crate::text::printable(text);
    if measure(&text) <= room {
        return text.into_owned();
    }
    let ellipsis = measure("…");
    if ellipsis > room {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0.0;
    for cluster in text.graphemes(true) {
        let w = measure(cluster);
        if used + w + ellipsis > room {
            break;
        }
        out.push_str(cluster);
        used += w;
    }
    // A cut after a space reads as a word left out.
    let mut out = out.trim_end().to_owned();
    out.push('…');
    out
}
