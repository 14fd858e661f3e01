//! Small helpers for text: ids made of titles, and text cut to a width in display columns (a Romanian `ă` or a
//! `„` is one column, a CJK character or an emoji two).

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Whether a character acts on a terminal, or on how the text around it
/// reads, rather than showing: C0 and C1 controls (escape sequences, CSI,
/// OSC: an OSC 52 in a title writes the clipboard), the line and paragraph
/// separators, and the bidirectional controls that reorder what follows.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with each unsafe character ([`is_unsafe`]) but those `keep`
/// allows made `replace(c)`.
fn replaced(text: &str, keep: fn(char) -> bool, replace: fn(char) -> char) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| if is_unsafe(c) && !keep(c) { replace(c) } else { c })
        .collect()
}

/// Text from a plan made safe to print on one line of a terminal: unsafe
/// characters become `�`, line breaks and tabs spaces. Soft hyphens
/// (U+00AD, a hint where a word may break) are left out: a terminal draws
/// one a column wide (glibc's `wcwidth`) where `unicode-width`, and so every
/// width measured here and by comfy-table, counts none.
pub fn printable(text: &str) -> Cow<'_, str> {
    let safe = replaced(
        text,
        |_| false,
        |c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                '\u{FFFD}'
            }
        },
    );
    if safe.contains('\u{AD}') {
        Cow::Owned(safe.replace('\u{AD}', ""))
    } else {
        safe
    }
}

/// Text made safe for a terminal that may run over several lines (a
/// finding, its help): line breaks and tabs stay, other unsafe characters
/// become `�`.
pub fn printable_lines(text: &str) -> Cow<'_, str> {
    replaced(text, |c| matches!(c, '\n' | '\t'), |_| '\u{FFFD}')
}

/// Text made safe for a terminal keeping every character's length in
/// bytes, so that byte offsets into it still hold (the source lines under
/// a finding): an unsafe character becomes `?`, `·` or `�` (1, 2 or 3
/// bytes); line ends and tabs stay, for the snippet renderer to lay out.
pub fn printable_in_place(text: &str) -> Cow<'_, str> {
    replaced(
        text,
        |c| matches!(c, '\n' | '\r' | '\t'),
        |c| match c.len_utf8() {
            1 => '?',
            2 => '·',
            _ => '\u{FFFD}',
        },
    )
}

/// A plan's text for the source lines under findings: [`printable_in_place`],
/// and an emoji presentation selector (VS16, U+FE0F) after a character
/// that is one column wide on its own (`❤` in `❤️`) made the text
/// presentation selector (VS15, U+FE0E, as many bytes). The snippet renderer
/// measures character by character, where `❤️` is one column; a terminal
/// draws it two wide, and every caret after it would fall short. In text
/// presentation it is one column for both.
pub fn quoted_in_place(text: &str) -> Cow<'_, str> {
    let safe = printable_in_place(text);
    if !safe.contains('\u{FE0F}') {
        return safe;
    }
    let mut out = String::with_capacity(safe.len());
    let mut before = None;
    for c in safe.chars() {
        let narrow = before.is_some_and(|b: char| UnicodeWidthChar::width(b) == Some(1));
        out.push(if c == '\u{FE0F}' && narrow { '\u{FE0E}' } else { c });
        before = Some(c);
    }
    Cow::Owned(out)
}

/// JSON with every unsafe character that JSON leaves raw (C1 controls,
/// separators, bidi controls) written as a `\uXXXX` escape: the same
/// strings for a JSON reader, nothing that acts on a terminal showing it.
/// (They can only be inside strings: JSON's own syntax is ASCII.)
pub fn json(value: &impl serde::Serialize) -> String {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    let mut out = String::with_capacity(text.len() + 1);
    for c in text.chars() {
        // serde_json escapes C0 controls; DEL and what is not ASCII it leaves.
        if is_unsafe(c) && (c == '\u{7f}' || !c.is_ascii()) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.push('\n');
    out
}

/// The longest id [`slug`] makes: an id is typed on command lines and
/// shown in a table column of its own, which never wraps it.
pub const SLUG_MAX: usize = 32;

/// An id made of a title, short enough to type: [`slug_whole`], cut to at
/// most [`SLUG_MAX`] characters after its last whole word that fits
/// (`workshop-privind-evaluarea`, never `…-evaluarea-mat` nor a trailing
/// `-`). A joining word the cut leaves hanging (`…-local-a`, `…-de`: see
/// [`JOINING`]) goes too, but only that one word, and only where two words
/// are left: every other word that fits is kept (a title of eleven words
/// of two letters keeps the first eleven, `ab-cd-…-uv`), so an id is never
/// the first word alone of a title whose first two fit. Only a first word
/// longer than the limit is cut inside.
pub fn slug(title: &str, fallback: &str) -> String {
    let whole = slug_whole(title, fallback);
    if whole.len() <= SLUG_MAX {
        return whole;
    }
    // ASCII only: every byte is a character. The `-` just after the limit
    // still ends a whole word.
    let Some(cut) = whole[..=SLUG_MAX].rfind('-').filter(|&cut| cut > 0) else {
        return whole[..SLUG_MAX].trim_end_matches('-').to_owned();
    };
    let id = &whole[..cut];
    match id.rsplit_once('-') {
        Some((before, last)) if before.contains('-') && JOINING.contains(&last) => before.to_owned(),
        _ => id.to_owned(),
    }
}

/// Short words that join others, in Romanian, English and a few other
/// languages of Europe, as [`slug_whole`] spells them: a cut that leaves one
/// at the end of an id drops it (`aprobarea-in-consiliul-local`, not
/// `…-local-a`). A short word that is not one (`ue`, `it`, `2`) stays.
#[rustfmt::skip]
const JOINING: &[&str] = &[
    // Romanian
    "a", "al", "ai", "ale", "cu", "de", "din", "la", "in", "pe", "si", "sau", "ori", "ca", "ce", "iar", "dar",
    // English
    "an", "and", "as", "at", "by", "for", "of", "on", "or", "the", "to",
    // French, Italian, Spanish, German
    "au", "du", "des", "et", "en", "le", "les", "da", "di", "del", "el", "y", "e", "und", "der", "die", "das",
];

/// Every word of a title as an id: lowercase ASCII letters and digits,
/// every other run of characters one `-`; `fallback` if nothing is left.
/// The title is lowercased, then spelt in ASCII by `deunicode`: diacritics
/// fold whether typed whole (`ș`) or as a letter and a combining mark (as
/// pasted from a PDF), and letters of other languages are spelt out (`ß` →
/// `ss`). Uncut: a name that must stay what it was (a calendar's domain).
pub fn slug_whole(title: &str, fallback: &str) -> String {
    let mut id = String::new();
    for c in deunicode::deunicode(&title.to_lowercase()).chars() {
        // Some scripts are spelt with capitals (`北` → `Bei`).
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        fallback.to_owned()
    } else {
        id.to_owned()
    }
}

/// Text as a search or a sort compares it: lowercase, and spelt in ASCII
/// as [`slug_whole`] spells it, so that `primariei` is found in
/// „Primăriei” and `Ședință` sorts with `sedinta`.
pub fn folded(text: &str) -> String {
    deunicode::deunicode(&text.to_lowercase()).to_lowercase()
}

/// Whether `text` contains `part`, case and diacritics aside ([`folded`]).
pub fn contains_folded(text: &str, part: &str) -> bool {
    folded(text).contains(&folded(part))
}

/// `base`, or `base-2`, `base-3`… if it is taken; an id [`slug`] made
/// stays at most [`SLUG_MAX`] characters with its number, `base` cut
/// after a whole word before it where it must be (ASCII, as `slug`
/// makes it).
pub fn unique_id(base: &str, taken: &std::collections::HashSet<&str>) -> String {
    if !taken.contains(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| {
            let number = format!("-{n}");
            let room = SLUG_MAX.saturating_sub(number.len());
            let base = match base.get(..=room) {
                Some(head) if base.len() > room => match head.rfind('-').filter(|&cut| cut > 0) {
                    Some(cut) => &base[..cut],
                    None => head[..room].trim_end_matches('-'),
                },
                _ => base,
            };
            format!("{base}{number}")
        })
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or_else(|| base.to_owned())
}

/// The display columns of a line, measured a grapheme cluster at a time:
/// a letter and its combining marks, an emoji sequence (skin tone, ZWJ) or
/// a flag is one cluster, as wide as a terminal draws it.
fn columns(line: &str) -> usize {
    line.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// The widest line of `text`, in display columns.
pub fn display_width(text: &str) -> usize {
    text.lines().map(columns).max().unwrap_or(0)
}

/// Words on as many lines as `width` needs (a word wider than the line
/// is cut).
pub fn wrap_words(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && display_width(&line) + 1 + display_width(word) > width {
            out += &line;
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line += &fit(word, width);
    }
    out + &line + "\n"
}

/// Cuts `text` to at most `width` display columns, ending in `…` if cut.
/// A grapheme cluster is kept whole or left out, never split.
pub fn fit(text: &str, width: usize) -> String {
    if columns(text) <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for cluster in text.graphemes(true) {
        let w = cluster.width();
        if used + w + 1 > width {
            break;
        }
        out.push_str(cluster);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Plan text as the report shows it: one line of printable text. Control
/// and bidirectional characters become `�`, line breaks and tabs spaces
/// ([`crate::text::printable`]), and the two characters XML 1.0 forbids
/// that are left (U+FFFE, U+FFFF) `�` too; trimmed.
pub fn plain(text: &str) -> String {
    crate::text::printable(text)
        .trim()
        .chars()
        .map(|c| {
            if matches!(c, '\u{FFFE}' | '\u{FFFF}') {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect()
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
    fn fit_keeps_grapheme_clusters_whole() {
        // `ă` as `a` and a combining breve: one cluster, one column.
        let decomposed = "Pa\u{0306}ra\u{0306}u";
        assert_eq!(display_width(decomposed), 5);
        assert_eq!(fit(decomposed, 5), decomposed);
        assert_eq!(fit(decomposed, 3), "Pa\u{0306}…");
        assert_eq!(fit("a\u{0306}a\u{0306}a\u{0306}", 2), "a\u{0306}…");
        // A ZWJ sequence (woman, ZWJ, laptop) is one emoji, two columns.
        let coder = "\u{1F469}\u{200D}\u{1F4BB}";
        assert_eq!(display_width(coder), 2);
        assert_eq!(display_width(&format!("a{coder}b")), 4);
        assert_eq!(fit(&format!("{coder}{coder}x"), 4), format!("{coder}…"));
        assert_eq!(fit(&format!("{coder}{coder}"), 2), "…", "never half an emoji");
        // An emoji with a skin tone and a flag are one cluster each.
        let thumbs = "\u{1F44D}\u{1F3FF}";
        assert_eq!(display_width(thumbs), 2);
        assert_eq!(fit(&thumbs.repeat(3), 5), format!("{thumbs}{thumbs}…"));
        let flag = "\u{1F1F7}\u{1F1F4}";
        assert_eq!(display_width(flag), 2);
        assert_eq!(fit(&format!("{flag}{flag}"), 3), format!("{flag}…"));
        // CJK characters are two columns wide.
        assert_eq!(display_width("北京市"), 6);
        assert_eq!(fit("北京市", 5), "北京…");
        assert_eq!(fit("北京市", 4), "北…");
        assert_eq!(display_width("Arad\n北京"), 4, "the widest line");
    }

    #[test]
    fn control_characters_are_not_printed() {
        assert_eq!(printable("\u{1b}[31mroșu\u{1b}[0m"), "\u{FFFD}[31mroșu\u{FFFD}[0m");
        assert_eq!(printable("două\nrânduri"), "două rânduri");
        assert!(matches!(printable("„curat”"), std::borrow::Cow::Borrowed(_)));
        // C1 controls (CSI), separators and bidi controls too.
        assert_eq!(
            printable("a\u{9b}31m\u{2028}b\u{202e}c\u{2066}"),
            "a\u{FFFD}31m\u{FFFD}b\u{FFFD}c\u{FFFD}"
        );
        assert_eq!(printable_lines("a\nb\u{1b}]52;c\u{7}"), "a\nb\u{FFFD}]52;c\u{FFFD}");
    }

    #[test]
    fn text_made_safe_in_place_keeps_every_offset() {
        let text = "a\u{1b}b\u{9b}c\u{202e}d\r\n\te";
        let safe = printable_in_place(text);
        assert_eq!(safe, "a?b·c\u{FFFD}d\r\n\te");
        assert_eq!(safe.len(), text.len());
        for (i, _) in text.char_indices() {
            assert!(safe.is_char_boundary(i));
        }
    }

    #[test]
    fn emoji_quoted_under_a_finding_are_as_wide_as_counted() {
        let text = "[\"❤️❤️\", \"👩‍💻\", \"☺️\"]";
        let quoted = quoted_in_place(text);
        assert_eq!(quoted, "[\"❤\u{FE0E}❤\u{FE0E}\", \"👩‍💻\", \"☺\u{FE0E}\"]");
        assert_eq!(quoted.len(), text.len());
    }

    #[test]
    fn json_escapes_what_json_leaves_raw() {
        let json = json(&serde_json::json!({"t": "a\u{9b}b\u{202e}\u{1b}\u{7f}„ă”"}));
        assert_eq!(json, "{\n  \"t\": \"a\\u009bb\\u202e\\u001b\\u007f„ă”\"\n}\n");
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["t"], "a\u{9b}b\u{202e}\u{1b}\u{7f}„ă”");
    }

    #[test]
    fn ids_from_romanian_titles() {
        assert_eq!(
            slug_whole("Workshop privind evaluarea maturității și strategie", "w"),
            "workshop-privind-evaluarea-maturitatii-si-strategie"
        );
        assert_eq!(
            slug_whole("Întâlnire cu ecosistemul — „Arad 2030”", "w"),
            "intalnire-cu-ecosistemul-arad-2030"
        );
        assert_eq!(
            slug("Întâlnire cu ecosistemul — „Arad 2030”", "w"),
            "intalnire-cu-ecosistemul-arad",
            "34 characters whole"
        );
        assert_eq!(slug("Şedinţă (vechi ş, ţ)", "w"), "sedinta-vechi-s-t");
        assert_eq!(slug("„”", "workshop"), "workshop");
        let taken: std::collections::HashSet<&str> = ["lansare", "lansare-2"].into_iter().collect();
        assert_eq!(unique_id("lansare", &taken), "lansare-3");
        assert_eq!(unique_id("atelier", &taken), "atelier");
        // With its number, an id made from a title is still at most 32
        // characters, cut after a whole word.
        let long = "ab-cd-ef-gh-ij-kl-mn-op-qr-st-uv";
        let taken: std::collections::HashSet<&str> = [long].into_iter().collect();
        assert_eq!(unique_id(long, &taken), "ab-cd-ef-gh-ij-kl-mn-op-qr-st-2");
        let word = "a".repeat(32);
        let taken: std::collections::HashSet<&str> = [word.as_str()].into_iter().collect();
        assert_eq!(unique_id(&word, &taken), format!("{}-2", "a".repeat(30)));
    }

    #[test]
    fn ids_from_long_titles_are_cut_after_a_whole_word() {
        // 51 characters whole; the words that fit in 32.
        assert_eq!(
            slug("Workshop privind evaluarea maturității și strategie", "w"),
            "workshop-privind-evaluarea"
        );
        assert_eq!(
            slug(
                "Atelier de co-creare privind digitalizarea serviciilor de urbanism",
                "w"
            ),
            "atelier-de-co-creare-privind"
        );
        // A title that is exactly 32 long stays whole, one of 33 loses its
        // last word; a `-` right after the limit still ends a whole word.
        let exact = "abcdefg-".repeat(3) + "abcdefgh";
        assert_eq!(exact.len(), 32);
        assert_eq!(slug(&exact, "w"), exact);
        assert_eq!(slug(&(exact.clone() + "-c"), "w"), exact);
        assert_eq!(slug(&(exact.clone() + "i"), "w"), "abcdefg-abcdefg-abcdefg");
        // Not after a joining word the cut leaves hanging; a number stays.
        assert_eq!(
            slug(
                "Aprobarea în Consiliul Local a Strategiei de transformare digitală",
                "w"
            ),
            "aprobarea-in-consiliul-local"
        );
        assert_eq!(
            slug("Raport de progres pentru etapa 2 a implementării", "w"),
            "raport-de-progres-pentru-etapa-2"
        );
        // Only a first word longer than the limit is cut inside it.
        assert_eq!(slug(&"a".repeat(40), "w"), "a".repeat(32));
        assert_eq!(slug(&format!("{} doi", "a".repeat(40)), "w"), "a".repeat(32));
        // Runs of other characters are one `-`, before and after the cut.
        assert_eq!(
            slug(
                "Întâlnire — „Arad 2030”: consultare publică privind bugetul participativ",
                "w"
            ),
            "intalnire-arad-2030-consultare"
        );
        for title in [
            "Revizuirea progresului (sesiune comună cu toate orașele din proiect)",
            "Sesiune de instruire pentru funcționarii publici privind semnătura electronică",
            &"x-".repeat(40),
            &"ab ".repeat(30),
        ] {
            let id = slug(title, "w");
            assert!(id.len() <= SLUG_MAX, "{id}");
            assert!(!id.ends_with('-') && !id.starts_with('-'), "{id}");
            assert!(slug_whole(title, "w").starts_with(&id), "{id}: a prefix of the whole");
            assert!(crate::plan::is_valid_id(&id), "{id}");
        }
    }

    #[test]
    fn ids_from_titles_of_many_short_words_keep_their_words() {
        // Short words that are not joining words stay, all that fit.
        assert_eq!(
            slug("Atelier IT de AI și de BI la UE în Arad pentru toți", "w"),
            "atelier-it-de-ai-si-de-bi-la-ue"
        );
        assert_eq!(
            slug("Ab cd ef gh ij kl mn op qr st uv wx yz", "w"),
            "ab-cd-ef-gh-ij-kl-mn-op-qr-st-uv"
        );
        // One joining word left hanging by the cut goes, and only one.
        assert_eq!(
            slug("Atelier de lucru cu partenerii si de la ONG-uri locale", "w"),
            "atelier-de-lucru-cu-partenerii"
        );
        assert_eq!(
            slug(&format!("{} si de la", "x".repeat(24)), "w"),
            format!("{}-si", "x".repeat(24))
        );
        // Never down to one word: two words stay two, joining or not.
        assert_eq!(
            slug(&format!("{} de {}", "x".repeat(20), "y".repeat(20)), "w"),
            format!("{}-de", "x".repeat(20))
        );
    }

    /// How many words an id has.
    fn words(id: &str) -> usize {
        id.split('-').count()
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64),
            ..proptest::prelude::ProptestConfig::default()
        })]

        /// Whatever the title, its id is a valid id of at most 32
        /// characters, cut after a whole word of it, and keeps at least
        /// two words (one, of a one-word title) where its first two fit.
        #[test]
        fn an_id_from_any_title_is_short_valid_and_keeps_its_words(
            words_of_title in proptest::collection::vec(
                proptest::prop_oneof![
                    "[a-zA-Z]{1,3}",
                    "[a-zăâîșțA-ZĂÂÎȘȚ0-9]{1,14}",
                    proptest::sample::select(JOINING.to_vec()).prop_map(str::to_owned),
                    "[a-z]{30,40}",
                    "\\PC{1,6}",
                ],
                0..16,
            ),
            separators in proptest::collection::vec("[ \\-—„”,.:;()/&]{1,2}", 16),
        ) {
            use proptest::prop_assert;
            let mut title = String::new();
            for (word, separator) in words_of_title.iter().zip(&separators) {
                title += word;
                title += separator;
            }
            let whole = slug_whole(&title, "workshop");
            let id = slug(&title, "workshop");
            prop_assert!(crate::plan::is_valid_id(&id), "{title:?} → {id:?}");
            prop_assert!(id.len() <= SLUG_MAX, "{title:?} → {id:?}");
            // Taken, with its number: as valid, as short, and new.
            let taken: std::collections::HashSet<&str> = [id.as_str()].into_iter().collect();
            let again = unique_id(&id, &taken);
            prop_assert!(crate::plan::is_valid_id(&again) && again.len() <= SLUG_MAX && again != id, "{id:?} → {again:?}");
            prop_assert!(!id.ends_with('-'), "{title:?} → {id:?}");
            // Cut after a whole word, or inside a first word too long.
            let first = whole.split('-').next().unwrap_or_default();
            prop_assert!(
                whole == id || whole.starts_with(&format!("{id}-")) || (first.len() > SLUG_MAX && id == first[..SLUG_MAX]),
                "{title:?}: {id:?} is not whole words of {whole:?}"
            );
            let all: Vec<&str> = whole.split('-').collect();
            if all.len() >= 2 && all[0].len() + 1 + all[1].len() <= SLUG_MAX {
                prop_assert!(words(&id) >= 2, "{title:?} → {id:?}");
            }
            // At most one word less than fit.
            let mut fit = 0;
            let mut used = 0;
            for word in &all {
                let more = if fit == 0 { word.len() } else { used + 1 + word.len() };
                if more > SLUG_MAX {
                    break;
                }
                used = more;
                fit += 1;
            }
            if fit > 0 {
                prop_assert!(words(&id) + 1 >= fit, "{title:?} → {id:?}: {fit} words fit");
            }
        }
    }

    #[test]
    fn ids_from_decomposed_and_other_letters() {
        // As pasted from a PDF: letters followed by combining marks.
        let decomposed = "S\u{0326}edint\u{0326}a\u{0306} decompusa\u{0306}";
        assert_eq!(decomposed.chars().count(), 21, "written with combining marks");
        assert_eq!(slug(decomposed, "w"), "sedinta-decompusa");
        assert_eq!(slug("I\u{0302}nta\u{0302}lnire", "w"), "intalnire");
        assert_eq!(slug("Straße", "w"), "strasse");
        assert_eq!(slug("  --Ședință-- ", "w"), "sedinta", "no `-` at either end");
        assert_eq!(slug("Atelier 北京", "w"), "atelier-bei-jing");
        assert_eq!(slug("", "workshop"), "workshop");
    }

    #[test]
    fn latin_diacritics_fold_to_their_letter() {
        for (letters, base) in [
            ("ăâáàäåãĂÂÁ", "a"),
            ("îíìïÎ", "i"),
            ("șşšśȘŞ", "s"),
            ("țţȚŢ", "t"),
            ("éèêëę", "e"),
            ("óòôöõő", "o"),
            ("úùûüű", "u"),
            ("çčć", "c"),
            ("ñń", "n"),
            ("žźż", "z"),
            ("łŁ", "l"),
        ] {
            for c in letters.chars() {
                assert_eq!(slug(&c.to_string(), "-"), base, "{c}");
            }
        }
    }

    #[test]
    fn searches_ignore_case_and_diacritics() {
        assert!(contains_folded("Reprezentanți ai Primăriei", "primariei"));
        assert!(contains_folded("Reprezentanți ai Primăriei", "PRIMĂRIEI"));
        assert!(
            contains_folded("S\u{0326}edint\u{0326}a\u{0306}", "ședință"),
            "decomposed"
        );
        assert!(contains_folded("Expert Tematic", "tem"));
        assert!(!contains_folded("Expert Tematic", "coordonator"));
        assert_eq!(folded("Întâlnire"), "intalnire");
    }
}
