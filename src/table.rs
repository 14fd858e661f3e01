//! Tables for people: the status view, the phase list and the event list,
//! fitted to a width by display columns (a Romanian `ă` or a `„` is one
//! column), coloured only when the caller says colour is on.

use crate::lang::{Catalog, args};
use crate::text::{display_width, fit, printable};
use anstyle::Style;
use comfy_table::{Cell, ColumnConstraint, ContentArrangement, Row, Table, Width, presets::UTF8_FULL_CONDENSED};
use unicode_segmentation::UnicodeSegmentation;

use crate::style::{self, paint};

use crate::date::PlanDate;
use crate::kpi::{Reading, State as KpiState};
use crate::plan::{Mode, Status};
use crate::status::{
    Against, Agenda, AgendaEntry, AgendaKind, Boundary, EventView, KpiView, Months, PhaseState, PhaseView, StatusView,
    When,
};

/// How a table is laid out: its width in columns, whether to colour it,
/// and the catalogue its words come from (the terminal's language).
#[derive(Clone, Copy, Debug)]
pub struct Layout<'a> {
    pub width: u16,
    pub color: bool,
    pub lang: &'a Catalog,
}

/// A column: its header (from the catalogue), when it goes as space runs
/// out, and how its text fits.
struct Column {
    header: String,
    rank: Rank,
    fit: Fit,
}

/// When a column goes as space runs out. What a view is for is in its
/// essential columns; the others go first, while the text keeps its room.
/// Then the text gives up room (a title wraps to [`TIGHT`] columns, a
/// phase's id breaks after its `-`), and only then do essential columns
/// go. Within each, the highest `priority` goes first; an id column never
/// goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Rank {
    essential: bool,
    priority: u8,
}

/// How a column's text is laid out in the width it gets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fit {
    /// On one line, whole (dates, statuses, numbers).
    Whole,
    /// An id: what every command takes, so never dropped, and on one line
    /// up to [`id_max`] columns. Longer, it is broken after a `-` when
    /// the room runs out, as a title wraps; before an essential column
    /// goes it narrows to [`id_tight`], inside a piece if it must.
    Id,
    /// Text wrapped at spaces, never breaking a word (up to [`id_max`]):
    /// a date with its end (`2021-04-06 – 2021-04-30`).
    Words,
    /// An id with a few words after it (`roadmap (by date)`): as
    /// [`Fit::Words`], but before an essential column goes, broken after
    /// a `-` of the id (`implementare-` / `servicii`).
    Ref,
    /// A few words kept on one line (`acum 242 de zile`), wrapped at
    /// spaces only before an essential column goes.
    Phrase,
    /// Text wrapped at spaces, as narrow as `floor` columns (a quarter of
    /// a narrower table, and 12 at least) before the column is dropped;
    /// only a word longer than the column is broken.
    Wraps { floor: usize },
}

/// A column that goes before the text gives up room.
fn column(header: String, priority: u8, fit: Fit) -> Column {
    Column {
        header,
        rank: Rank {
            essential: false,
            priority,
        },
        fit,
    }
}

/// A column of what the view is for: it goes only after the text has
/// given up room, and after every other column.
fn essential(header: String, priority: u8, fit: Fit) -> Column {
    Column {
        header,
        rank: Rank {
            essential: true,
            priority,
        },
        fit,
    }
}

/// The main text of a row (an event's title, a phase's name).
const TITLE: Fit = Fit::Wraps { floor: 24 };
/// Text beside it (an audience, who leads).
const NOTES: Fit = Fit::Wraps { floor: 16 };
/// The narrowest wrapped text gets before an essential column goes.
const TIGHT: usize = 12;

/// A cell's text and, when colour is on, its style.
type Text = (String, Option<Style>);

/// How many table widths of text a cell shows at most.
const CELL_SCREENS: usize = 4;

/// The widest an id column grows in a table `width` wide: a third of it,
/// at least 16 and at most 32 columns (the longest id icc makes,
/// `text::SLUG_MAX`). A longer id is broken over lines, after a `-` where
/// it can be, so that it is always shown whole.
fn id_max(width: usize) -> usize {
    (width / 3).clamp(16, crate::text::SLUG_MAX)
}

/// The narrowest an id column gets before an essential column goes: a
/// quarter of the table, at least 10 columns. A longer id is broken after
/// a `-` where one fits, and else where the line is full, as any word
/// longer than its column: a piece of an id is no reason to drop a column
/// the view is for.
fn id_tight(width: usize) -> usize {
    (width / 4).clamp(10, crate::text::SLUG_MAX)
}

/// Columns a cell's frame takes: a border and a space either side.
const FRAME: usize = 3;

/// The narrowest a column gets when nothing else is left to give.
const NARROWEST: usize = 2;

impl Layout<'_> {
    /// Lays out rows in at most `self.width` columns. If every column fits
    /// at its natural width (its widest cell on one line), each gets it.
    /// Otherwise the columns that are not essential go, least important
    /// first, until the rest fit at their floors (a status its whole width,
    /// an id its whole width up to [`id_max`], a title 24 columns); where
    /// that is not enough, text narrows to [`TIGHT`] columns (an id to
    /// [`id_tight`], a phase's id breaks after a `-`) before essential
    /// columns go, least important first ([`Rank`]). Then the widest
    /// wrapping columns give up room first, and room a column's words
    /// leave unused goes to the others. Text wraps at spaces; only a word
    /// longer than its column is broken (after a `-` where it can be).
    fn render(self, columns: &[Column], rows: Vec<Vec<Text>>) -> String {
        let width = usize::from(self.width);
        // Plan text may hold control characters; they are not for the
        // terminal. A cell shows at most a few screens of text.
        let most = width * CELL_SCREENS;
        let rows: Vec<Vec<Text>> = rows
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|(text, color)| (fit(&printable(&text), most), color))
                    .collect()
            })
            .collect();
        let texts = |i: usize| {
            rows.iter()
                .map(move |r| r[i].0.as_str())
                .chain([columns[i].header.as_str()])
        };
        let sizes: Vec<Size> = (0..columns.len())
            .map(|i| Size {
                natural: texts(i).map(display_width).max().unwrap_or(0),
                word: texts(i)
                    .flat_map(|t| t.split(' '))
                    .map(display_width)
                    .max()
                    .unwrap_or(0),
                piece: texts(i)
                    .flat_map(|t| t.split(' '))
                    .flat_map(|word| word.split_inclusive('-'))
                    .map(display_width)
                    .max()
                    .unwrap_or(0),
            })
            .collect();
        let fits: Vec<Fit> = columns.iter().map(|c| c.fit).collect();
        let ranks: Vec<Rank> = columns.iter().map(|c| c.rank).collect();
        let (kept, widths) = share(&fits, &ranks, &sizes, width, |i, w| {
            texts(i)
                .flat_map(|t| wrap(t, w))
                .map(|l| display_width(&l))
                .max()
                .unwrap_or(0)
        });
        let mut table = Table::new();
        // comfy-table would look at the terminal itself; the caller has
        // decided, and styled the cells (anstyle) if colour is on. Cells
        // come wrapped to their column's width: comfy-table draws them.
        table.force_no_tty();
        let cell = |text: &str, style: Option<Style>, width: usize| {
            let lines: Vec<String> = wrap(text, width)
                .iter()
                .map(|line| paint(line, style.unwrap_or_default(), self.color))
                .collect();
            Cell::new(lines.join("\n"))
        };
        table
            .load_style(UTF8_FULL_CONDENSED.with_rounded_corners())
            .set_content_arrangement(ContentArrangement::Disabled)
            .set_header(
                kept.iter()
                    .map(|&i| cell(&columns[i].header, None, widths[i]))
                    .collect::<Vec<_>>(),
            );
        // Each column as wide as it was given, its padding besides.
        table.set_constraints(kept.iter().map(|&i| {
            let width = u16::try_from(widths[i] + 2).unwrap_or(u16::MAX);
            ColumnConstraint::Absolute(Width::Fixed(width))
        }));
        for row in rows {
            table.add_row(Row::from(
                kept.iter()
                    .map(|&i| cell(&row[i].0, row[i].1, widths[i]))
                    .collect::<Vec<_>>(),
            ));
        }
        // Columns left out are named, so that nothing goes without a word.
        let left_out: Vec<&str> = (0..columns.len())
            .filter(|i| !kept.contains(i))
            .map(|i| columns[i].header.as_str())
            .collect();
        if left_out.is_empty() {
            format!("{table}\n")
        } else {
            let note = self.lang.say("views-not-shown", &args!(columns = left_out.join(", ")));
            format!("{table}\n{}\n", wrap(&note, width).join("\n"))
        }
    }
}

/// What a column's text needs: its widest cell on one line, its widest
/// word, and the widest piece of a word broken after its `-`.
#[derive(Clone, Copy, Debug)]
struct Size {
    natural: usize,
    word: usize,
    piece: usize,
}

/// Which columns to show and how wide each is, in `width` columns of
/// table: see [`Layout::render`]. `used(i, w)` is how wide column `i`'s
/// text is wrapped to `w`. The widths returned are indexed like `fits`.
fn share(
    fits: &[Fit],
    ranks: &[Rank],
    sizes: &[Size],
    width: usize,
    used: impl Fn(usize, usize) -> usize,
) -> (Vec<usize>, Vec<usize>) {
    let natural = |i: usize| sizes[i].natural.max(1);
    // How narrow a column gets: with room for text, or `tight`, before an
    // essential column goes.
    let floor_of = |i: usize, tight: bool| {
        let words = sizes[i].word.clamp(1, id_max(width)).min(natural(i));
        match fits[i] {
            Fit::Whole => natural(i),
            // Broken only after a `-`, never inside a piece.
            // A quarter of the table before an essential column goes,
            // even if an id must then be broken inside a piece.
            Fit::Id if tight => natural(i).min(id_tight(width)),
            Fit::Id => natural(i).min(id_max(width)),
            Fit::Words => words,
            Fit::Ref if tight => sizes[i].piece.clamp(1, words),
            Fit::Ref => words,
            Fit::Phrase if tight => words,
            Fit::Phrase => natural(i),
            Fit::Wraps { floor } => {
                let floor = natural(i).min(floor.min((width / 4).max(12)));
                if tight { floor.min(TIGHT) } else { floor }
            }
        }
    };
    let frames = |kept: &[usize]| kept.len() * FRAME + 1;
    let need = |kept: &[usize], tight: bool| kept.iter().map(|&i| floor_of(i, tight)).sum::<usize>() + frames(kept);
    // The next column to go of those kept, essential or not: the highest
    // priority, the rightmost of equals. An id never goes.
    let next = |kept: &[usize], essential: bool| {
        kept.iter()
            .copied()
            .filter(|&i| fits[i] != Fit::Id && ranks[i].essential == essential)
            .max_by_key(|&i| (ranks[i].priority, i))
    };
    let mut kept: Vec<usize> = (0..fits.len()).collect();
    let mut gone = Vec::new();
    while need(&kept, false) > width {
        let Some(next) = next(&kept, false) else { break };
        kept.retain(|&i| i != next);
        gone.push(next);
    }
    if need(&kept, false) > width {
        while need(&kept, true) > width {
            let Some(next) = next(&kept, true) else { break };
            kept.retain(|&i| i != next);
        }
    } else {
        // A column dropped before a wider one may fit in the room that one
        // left: the most important first. (Not where essential columns
        // went: nothing less useful is shown while one of them is not.)
        for &i in gone.iter().rev() {
            let mut more = kept.clone();
            more.push(i);
            more.sort_unstable();
            if need(&more, false) <= width {
                kept = more;
            }
        }
    }
    // With fewer columns, the text may have its room again.
    let tight = need(&kept, false) > width;
    let floor = |i: usize| floor_of(i, tight);
    let budget = width.saturating_sub(frames(&kept));
    let mut widths = vec![0; fits.len()];
    let cramped = kept.iter().map(|&i| floor(i)).sum::<usize>() > budget;
    // What each column may shrink to, and what it may grow to.
    let mut low: Vec<usize> = (0..fits.len())
        .map(|i| if cramped { NARROWEST.min(natural(i)) } else { floor(i) })
        .collect();
    let mut high: Vec<usize> = (0..fits.len()).map(natural).collect();
    // An id has its whole width (up to the longest icc makes) before any
    // text has more than its floor, if that makes it whole: an id broken
    // over lines is of no use to copy. Longer, it shares the room left as
    // text does, widest first. Where text was narrowed to keep what the
    // view is for, the room left gives it back its floor first.
    if !cramped {
        let mut left = budget - kept.iter().map(|&i| floor(i)).sum::<usize>();
        if tight {
            for &i in kept.iter().filter(|&&i| matches!(fits[i], Fit::Wraps { .. })) {
                let more = (floor_of(i, false) - low[i]).min(left);
                low[i] += more;
                left -= more;
            }
        }
        // Not whole, an id is broken after its `-`s where the room left
        // holds its widest piece.
        for &i in kept.iter().filter(|&&i| fits[i] == Fit::Id) {
            let whole = natural(i).min(crate::text::SLUG_MAX).max(low[i]);
            let piece = sizes[i].piece.min(whole).max(low[i]);
            for enough in [whole, piece] {
                if enough - low[i] <= left {
                    left -= enough - low[i];
                    low[i] = enough;
                    break;
                }
            }
        }
    }
    let shrinks = |i: usize| cramped || fits[i] != Fit::Whole;
    loop {
        let fixed: usize = kept.iter().filter(|&&i| !shrinks(i)).map(|&i| high[i]).sum();
        let flexible: Vec<usize> = kept.iter().copied().filter(|&i| shrinks(i)).collect();
        level(&flexible, &low, &high, budget.saturating_sub(fixed), &mut widths);
        for &i in kept.iter().filter(|&&i| !shrinks(i)) {
            widths[i] = high[i];
        }
        // A column whose words leave room at the end of every line gives
        // that room to the others.
        let mut settled = true;
        for &i in &flexible {
            let needs = used(i, widths[i]).max(1);
            if needs < high[i] && needs < widths[i] {
                high[i] = needs;
                low[i] = low[i].min(needs);
                settled = false;
            }
        }
        if settled {
            break;
        }
    }
    // Room still left goes to a column that wraps, so that the table is
    // as wide as asked where its text is wider: to those it makes whole,
    // the nearest first, and the rest to the widest text.
    let mut spare = budget.saturating_sub(kept.iter().map(|&i| widths[i]).sum());
    let mut wrapped: Vec<usize> = kept.iter().copied().filter(|&i| widths[i] < natural(i)).collect();
    wrapped.sort_by_key(|&i| (natural(i) - widths[i], i));
    for &i in &wrapped {
        let gap = natural(i) - widths[i];
        if gap <= spare {
            widths[i] = natural(i);
            spare -= gap;
        }
    }
    if let Some(&widest) = wrapped
        .iter()
        .filter(|&&i| widths[i] < natural(i))
        .max_by_key(|&&i| (natural(i), std::cmp::Reverse(i)))
    {
        widths[widest] += spare;
    }
    (kept, widths)
}

/// Widths for `columns` in `budget` columns, each from `low[i]` to
/// `high[i]`: the widest give up room first, so all that must shrink end
/// at one width (a column of `low` wider than it keeps `low`). Room left
/// by rounding goes to the leftmost at that width.
fn level(columns: &[usize], low: &[usize], high: &[usize], budget: usize, widths: &mut [usize]) {
    let at = |cap: usize, i: usize| high[i].min(cap).max(low[i]);
    let total = |cap: usize| columns.iter().map(|&i| at(cap, i)).sum::<usize>();
    let top = columns.iter().map(|&i| high[i]).max().unwrap_or(0);
    // The widest cap that fits: total() grows with the cap.
    let (mut fits, mut over) = (0, top + 1);
    if total(top) <= budget {
        fits = top;
    } else {
        while over - fits > 1 {
            let mid = (fits + over) / 2;
            if total(mid) <= budget {
                fits = mid;
            } else {
                over = mid;
            }
        }
    }
    let mut spare = budget.saturating_sub(total(fits));
    for &i in columns {
        widths[i] = at(fits, i);
        if spare > 0 && widths[i] < high[i] && widths[i] == fits {
            widths[i] += 1;
            spare -= 1;
        }
    }
}

/// `text` in lines of at most `width` columns, broken at spaces (not at
/// a no-break space, U+00A0). A word
/// longer than a line is broken: after its last `-` that fits, or else
/// where the line is full (a grapheme cluster stays whole).
/// A sentence on lines of `width` columns, wrapped between words (an
/// empty list's: `No workshops in phase `x``).
pub fn sentence(text: &str, width: usize) -> String {
    wrap(&printable(text), width).join("\n") + "\n"
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    if display_width(text) <= width {
        // As it is, spaces that align it and all.
        return vec![text.to_owned()];
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ').filter(|word| !word.is_empty()) {
        let w = display_width(word);
        if used > 0 && used + 1 + w <= width {
            line.push(' ');
            line += word;
            used += 1 + w;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
        }
        let mut rest = word;
        while display_width(rest) > width {
            let (head, tail) = break_word(rest, width);
            lines.push(head.to_owned());
            rest = tail;
        }
        line = rest.to_owned();
        used = display_width(rest);
    }
    if used > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A word wider than `width` split in two: the head at most `width`
/// columns (at least one grapheme cluster), ending after a `-` if one is
/// in it.
fn break_word(word: &str, width: usize) -> (&str, &str) {
    let mut end = 0;
    let mut used = 0;
    let mut hyphen = None;
    for (at, cluster) in word.grapheme_indices(true) {
        let w = display_width(cluster);
        if used + w > width && end > 0 {
            break;
        }
        used += w;
        end = at + cluster.len();
        if cluster == "-" && end < word.len() {
            hyphen = Some(end);
        }
    }
    word.split_at(hyphen.unwrap_or(end))
}

/// Where the values of a headline line start, after its label (`Today     `),
/// at least: a language whose labels are longer starts them two columns
/// after its longest.
const LABEL: usize = 10;

/// A headline line in `width` columns: its label (or none), then its
/// ` · `-separated fields from column `indent` on (nearer on a narrow
/// terminal), on as many lines as they need, under the first; a field too long for a line of its own is wrapped
/// at its spaces, and only a word too long for a line is cut with `…`
/// (numbers stay whole: `day 212 of 457`).
fn wrap_fields(label: &str, text: &str, indent: usize, width: usize) -> String {
    let text = &printable(text);
    // On a narrow terminal the values start nearer: at half its width,
    // or a space after a longer label.
    let pad = " ".repeat(indent.min(width / 2));
    // A label (`Phase     `) stays on the first line, before the text.
    let head = if label.is_empty() {
        String::new()
    } else {
        let used = display_width(label);
        format!("{label}{}", " ".repeat(pad.len().max(used + 1) - used))
    };
    let mut lines: Vec<String> = Vec::new();
    let mut current = fit(&head, width);
    let mut used = display_width(&current);
    // Whether the line holds nothing yet but its label or indent.
    let mut start = true;
    for (i, field) in text.split(" · ").enumerate() {
        if i > 0 {
            if !start && used + 3 + display_width(field) <= width {
                current = format!("{current} · {field}");
                used += 3 + display_width(field);
                continue;
            }
            if !start {
                lines.push(std::mem::replace(&mut current, pad.clone()));
                used = pad.len();
                start = true;
            }
        }
        for word in field.split(' ') {
            let w = display_width(word);
            if start {
                if !word.is_empty() {
                    current += &fit(word, width.saturating_sub(used));
                    used = display_width(&current);
                    start = false;
                }
            } else if used + 1 + w <= width {
                current.push(' ');
                current += word;
                used += 1 + w;
            } else {
                let next = pad.clone() + &fit(word, width - pad.len());
                lines.push(std::mem::replace(&mut current, next));
                used = display_width(&current);
            }
        }
    }
    lines.push(current);
    lines.iter().map(|l| l.trim_end().to_owned() + "\n").collect()
}

/// A bar of `cells` columns filled to `percent` (0 to 100), in eighths
/// rounded down: full only at 100, as the percent beside it.
pub fn bar(percent: i64, cells: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = percent.clamp(0, 100) as usize * cells * 8 / 100;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(PARTS[eighths % 8]);
    }
    let filled = out.chars().count();
    out.extend(std::iter::repeat_n('░', cells - filled));
    out
}

/// Day `day` of `days` as a bar of `cells` and a percent that agree: both
/// from the one whole percent (`date::percent`).
fn progress(day: i64, days: i64, cells: usize) -> (String, String) {
    let percent = crate::date::percent(day, days);
    (bar(percent, cells), format!("{percent}%"))
}

/// When an event is, said from today: `in 93 days`, `12 days ago`, `this
/// month`: the `days_until` of the JSON, in words (`date::Days::until`).
pub fn relative(event: &EventView, lang: &Catalog) -> String {
    relative_days(event.when, event.days_until, event.date, event.end, lang)
}

/// When something dated `date` (to `end`) is, from today: [`relative`].
fn relative_days(when: When, days_until: i64, date: PlanDate, end: Option<PlanDate>, lang: &Catalog) -> String {
    match when {
        When::Upcoming => lang.say("views-when-upcoming", &args!(days = days_until)),
        When::Past => lang.say("views-when-past", &args!(days = -days_until)),
        When::Now if !date.precision_is_day() && end.is_none() => lang.text("views-when-this-month"),
        When::Now if end.is_some() => lang.text("views-when-ongoing"),
        When::Now => lang.text("views-when-today"),
    }
}

/// A number of months as the language writes it: `6`, `6.45` (`6,45`).
fn number(months: Months, lang: &Catalog) -> String {
    let text = months.to_string();
    match text.split_once('.') {
        Some((whole, fraction)) => lang.say("views-decimal", &args!(whole = whole, fraction = fraction)),
        None => text,
    }
}

/// The months a phase's window counts, and those it states where they
/// differ (`6 (5 stated)`); only those stated if the window is unknown.
fn months(phase: &PhaseView, lang: &Catalog) -> String {
    match (phase.months, phase.stated_months) {
        (Some(counted), Some(stated)) if counted.0 != f64::from(stated) => {
            let counted = number(counted, lang);
            lang.say("views-months-stated", &args!(counted = counted, stated = stated))
        }
        (Some(counted), _) => number(counted, lang),
        (None, Some(stated)) => lang.say("views-months-only-stated", &args!(stated = stated)),
        (None, None) => "?".into(),
    }
}

fn window(phase: &PhaseView) -> String {
    match (phase.start, phase.end) {
        (Some(start), Some(end)) => format!("{start} – {end}"),
        _ => "?".into(),
    }
}

fn state_style(state: PhaseState) -> Style {
    match state {
        PhaseState::Done => style::DONE,
        PhaseState::Active => style::ACTIVE,
        PhaseState::Upcoming => style::UPCOMING,
    }
}

/// A phase's state in words (`common.ftl`'s `state-*`).
fn state_word(state: PhaseState, lang: &Catalog) -> String {
    match state {
        PhaseState::Done => lang.text("state-done"),
        PhaseState::Active => lang.text("state-active"),
        PhaseState::Upcoming => lang.text("state-upcoming"),
    }
}

fn plain(text: impl Into<String>) -> Text {
    (text.into(), None)
}

/// Phases: where each stands (its window, status and progress) is what
/// the list is for; its length and the days left are said elsewhere too.
fn phase_columns(lang: &Catalog) -> [Column; 7] {
    [
        column(lang.text("views-header-id"), 0, Fit::Id),
        // The id names a phase too: its window and progress say more when
        // room is short.
        essential(lang.text("views-header-phase"), 4, TITLE),
        essential(lang.text("views-header-window"), 2, Fit::Whole),
        // Where a phase states other months than it counts, both are shown
        // (`6 (5 stated)`).
        column(lang.text("views-header-months"), 5, Fit::Whole),
        essential(lang.text("views-header-status"), 1, Fit::Whole),
        essential(lang.text("views-header-progress"), 3, Fit::Whole),
        column(lang.text("views-header-days-left"), 6, Fit::Whole),
    ]
}

/// The columns of phases against a baseline: as [`phase_columns`], and
/// after the window the slip of each phase's end, what `--baseline` asks
/// for. As room runs out it stays longer than the phase's name and its
/// progress (which the status says too), and goes before the window.
fn phase_columns_against(lang: &Catalog) -> [Column; 8] {
    let [id, mut phase, window, months, status, mut progress, days_left] = phase_columns(lang);
    phase.rank.priority = 5;
    progress.rank.priority = 4;
    let slip = essential(lang.text("views-header-slip"), 3, Fit::Phrase);
    [id, phase, window, slip, months, status, progress, days_left]
}

/// How far a phase's end moved since the baseline, in a cell (`+2 mo.`,
/// `−10 d`, `0`; `new` for a phase the baseline does not have, `?` where
/// either window is unknown), coloured: later yellow, red past a month;
/// earlier green; not moved dim.
fn slip_cell(against: &Against, lang: &Catalog) -> Text {
    if against.new {
        return plain(lang.text("views-slip-new"));
    }
    let Some(slip) = against.slip else {
        return plain("?");
    };
    match crate::status::moved(slip.end) {
        None => (lang.text("views-slip-none"), Some(style::BASELINE)),
        Some((sign, count, unit)) => {
            let words = lang.say("views-slip", &args!(sign = sign, count = count, unit = unit));
            let paint = match slip.end.days {
                days if days < 0 => style::DONE,
                days if days <= LATE_DAYS => style::ACTIVE,
                _ => style::PROBLEM,
            };
            (words, Some(paint))
        }
    }
}

/// A phase's end later than the baseline by more than this many days (a
/// month) is shown red, not yellow.
const LATE_DAYS: i64 = 31;

/// Every phase: its window, status and progress; against a baseline
/// (`base` names it), how far its end moved since, and a line under the
/// table that says against what.
pub fn phases(phases: &[PhaseView], base: Option<&str>, layout: Layout<'_>) -> String {
    let lang = layout.lang;
    if phases.is_empty() {
        return sentence(&lang.text("views-no-phases"), usize::from(layout.width));
    }
    let rows = phases
        .iter()
        .map(|phase| {
            let state = phase.status.map_or(("?".into(), Some(style::PROBLEM)), |s| {
                (state_word(s, lang), Some(state_style(s)))
            });
            let progress = match (phase.day, phase.days) {
                (Some(day), Some(days)) => {
                    let (bar, percent) = progress(day, days, 5);
                    format!("{bar} {percent:>4}")
                }
                _ => "?".into(),
            };
            let days_left = match (phase.status, phase.days_left) {
                (Some(PhaseState::Done), _) | (_, None) => "—".into(),
                (_, Some(days)) => days.to_string(),
            };
            let mut cells = vec![
                plain(&phase.id),
                plain(&phase.name),
                plain(window(phase)),
                plain(months(phase, lang)),
                state,
                plain(progress),
                plain(days_left),
            ];
            if base.is_some() {
                let slip = phase
                    .against
                    .as_ref()
                    .map_or_else(|| plain("?"), |a| slip_cell(a, lang));
                cells.insert(3, slip);
            }
            cells
        })
        .collect();
    match base {
        None => layout.render(&phase_columns(lang), rows),
        Some(base) => {
            let base = crate::finding::Arg::Whole(base.to_owned());
            let note = lang.say("views-slip-since", &args!(base = base));
            layout.render(&phase_columns_against(lang), rows) + &sentence(&note, usize::from(layout.width))
        }
    }
}

fn event_status(event: &EventView, lang: &Catalog) -> Text {
    match (event.status, event.overdue) {
        (None, _) => plain(match event.kind {
            crate::plan::Kind::Milestone => lang.text("views-kind-milestone"),
            _ => lang.text("views-kind-meeting"),
        }),
        (Some(status), overdue) => status_cell(status, overdue, lang),
    }
}

/// A workshop's or a milestone's status, `overdue` if it is past and still
/// planned.
fn status_cell(status: Status, overdue: bool, lang: &Catalog) -> Text {
    match (status, overdue) {
        (Status::Planned, true) => (lang.text("views-status-overdue"), Some(style::PROBLEM)),
        (Status::Done, _) => (lang.text("status-done"), Some(style::DONE)),
        (Status::Cancelled, _) => (lang.text("status-cancelled"), Some(style::CANCELLED)),
        (Status::Planned, false) => (lang.text("status-planned"), Some(style::UPCOMING)),
    }
}

/// How a workshop is held, in words (`common.ftl`'s `mode-*`).
fn mode_word(mode: Mode, lang: &Catalog) -> String {
    match mode {
        Mode::Online => lang.text("mode-online"),
        Mode::InPerson => lang.text("mode-in-person"),
        Mode::Hybrid => lang.text("mode-hybrid"),
    }
}

/// The columns of a list of events, the title's header naming what they
/// are (`event`, `milestone`). What is essential is the list's to say.
fn event_columns(title: String, keep: Keep, lang: &Catalog) -> [Column; 6] {
    let date = lang.text("views-header-date");
    let id = lang.text("views-header-id");
    let phase = lang.text("views-header-phase");
    let status = lang.text("views-header-status");
    let when = lang.text("views-header-when");
    match keep {
        Keep::Status => [
            essential(date, 1, Fit::Words),
            column(id, 0, Fit::Id),
            essential(title, 5, TITLE),
            essential(phase, 4, Fit::Ref),
            essential(status, 3, Fit::Whole),
            column(when, 6, Fit::Whole),
        ],
        Keep::When => [
            essential(date, 1, Fit::Words),
            column(id, 0, Fit::Id),
            essential(title, 4, TITLE),
            column(phase, 6, Fit::Ref),
            column(status, 5, Fit::Whole),
            essential(when, 3, Fit::Phrase),
        ],
    }
}

/// What a list of events is for, and so which of its columns are essential.
#[derive(Clone, Copy)]
enum Keep {
    /// A list of one kind (`icc workshops`, `icc milestones`): each one's
    /// date, phase and status (done, planned, cancelled, overdue); how far
    /// from today goes first.
    Status,
    /// Events around today (`icc status`): each one's date and how far
    /// from today (in 3 days, 12 days ago); the phase and the status go
    /// first.
    When,
}

/// An event's date, to its end if it has one (`2021-04-06 – 2021-04-30`,
/// on two lines where it must be: the dash stays with the first date).
fn event_date(date: PlanDate, end: Option<PlanDate>) -> String {
    match end {
        Some(end) => format!("{date}\u{a0}– {end}"),
        None => date.to_string(),
    }
}

/// An event's phase, and whether it was inferred from the date.
fn event_phase(event: &EventView, lang: &Catalog) -> String {
    match (&event.phase, event.phase_inferred) {
        (Some(p), true) => format!("{p} {}", lang.text("views-by-date")),
        (Some(p), false) => p.clone(),
        (None, _) => "—".into(),
    }
}

/// The cells every list of events has, in the order of [`event_columns`].
fn event_cells(event: &EventView, lang: &Catalog) -> Vec<Text> {
    vec![
        plain(event_date(event.date, event.end)),
        plain(&event.id),
        plain(&event.title),
        plain(event_phase(event, lang)),
        event_status(event, lang),
        plain(relative(event, lang)),
    ]
}

/// Events of every kind, as `status` shows those around today.
pub fn events(events: &[&EventView], layout: Layout<'_>) -> String {
    let lang = layout.lang;
    if events.is_empty() {
        return sentence(&lang.text("views-no-events"), usize::from(layout.width));
    }
    layout.render(
        &event_columns(lang.text("views-header-event"), Keep::When, lang),
        events.iter().map(|e| event_cells(e, lang)).collect(),
    )
}

/// Milestones: `icc milestones`.
pub fn milestones(milestones: &[EventView], layout: Layout<'_>) -> String {
    let lang = layout.lang;
    layout.render(
        &event_columns(lang.text("views-header-milestone"), Keep::Status, lang),
        milestones.iter().map(|m| event_cells(m, lang)).collect(),
    )
}

/// Workshops, and how each is held and for whom where there is room:
/// `icc workshops`.
pub fn workshops(workshops: &[EventView], layout: Layout<'_>) -> String {
    let lang = layout.lang;
    let [date, id, title, phase, status, when] = event_columns(lang.text("views-header-workshop"), Keep::Status, lang);
    let columns = [
        date,
        id,
        title,
        phase,
        column(lang.text("views-header-mode"), 7, Fit::Whole),
        column(lang.text("views-header-audience"), 8, NOTES),
        column(lang.text("views-header-led-by"), 9, NOTES),
        status,
        when,
    ];
    let listed = |entries: &[String]| {
        if entries.is_empty() {
            "—".to_owned()
        } else {
            entries.join("; ")
        }
    };
    let rows = workshops
        .iter()
        .map(|workshop| {
            let mut cells = event_cells(workshop, lang);
            let (when, status) = (cells.pop(), cells.pop());
            cells.extend([
                plain(workshop.mode.map_or_else(|| "—".to_owned(), |m| mode_word(m, lang))),
                plain(listed(&workshop.audience)),
                plain(listed(&workshop.led_by)),
            ]);
            cells.extend(status.into_iter().chain(when));
            cells
        })
        .collect();
    layout.render(&columns, rows)
}

/// The agenda: what comes when, and of what kind (a workshop, a milestone,
/// a meeting, a phase's start or end), is what it is for; the phase an
/// entry is in goes first.
fn agenda_columns(lang: &Catalog) -> [Column; 7] {
    [
        essential(lang.text("views-header-date"), 1, Fit::Words),
        essential(lang.text("views-header-when"), 4, Fit::Phrase),
        essential(lang.text("views-header-kind"), 2, Fit::Whole),
        column(lang.text("views-header-id"), 0, Fit::Id),
        essential(lang.text("views-header-title"), 3, TITLE),
        column(lang.text("views-header-phase"), 6, Fit::Ref),
        essential(lang.text("views-header-status"), 5, Fit::Whole),
    ]
}

/// What an agenda entry is, in a cell.
fn kind_word(kind: AgendaKind, lang: &Catalog) -> String {
    match kind {
        AgendaKind::Workshop => lang.text("views-kind-workshop"),
        AgendaKind::Milestone => lang.text("views-kind-milestone"),
        AgendaKind::Meeting => lang.text("views-kind-meeting"),
        AgendaKind::Phase => lang.text("views-kind-phase"),
    }
}

/// `icc agenda`: the span it covers, then its entries in date order; or,
/// when there are none, the span and what lies around it.
pub fn agenda(agenda: &Agenda, kinds: &[AgendaKind], layout: Layout<'_>) -> String {
    let lang = layout.lang;
    let width = usize::from(layout.width);
    let span = &agenda.span;
    if agenda.entries.is_empty() {
        return wrap(&agenda_empty(agenda, kinds, lang), width).join("\n") + "\n";
    }
    let day = |day: chrono::NaiveDate| {
        if day == agenda.today {
            lang.say("views-day-today", &args!(day = PlanDate::Day(day)))
        } else {
            day.to_string()
        }
    };
    let heading = match span.to {
        None => lang.say("views-agenda-from", &args!(from = day(span.from))),
        Some(to) => lang.say("views-agenda-span", &args!(from = day(span.from), to = day(to))),
    };
    let mut out = wrap(&heading, width).join("\n") + "\n";
    let rows = agenda
        .entries
        .iter()
        .map(|entry| {
            let title = match entry.boundary {
                Some(Boundary::Start) => format!("{} {}", lang.text("views-phase-start"), entry.title),
                Some(Boundary::End) => format!("{} {}", lang.text("views-phase-end"), entry.title),
                None => entry.title.clone(),
            };
            vec![
                plain(event_date(entry.date, entry.end)),
                plain(relative_days(entry.when, entry.days_until, entry.date, entry.end, lang)),
                plain(kind_word(entry.kind, lang)),
                plain(&entry.id),
                plain(title),
                plain(entry.phase.clone().unwrap_or_else(|| "—".into())),
                entry
                    .status
                    .map_or_else(|| plain("—"), |s| status_cell(s, entry.overdue, lang)),
            ]
        })
        .collect();
    out += &layout.render(&agenda_columns(lang), rows);
    out
}

/// What an empty agenda says: what there is none of, in which days, and
/// what lies around them (`Nothing from 2026-11-30 on: the programme ended
/// on 2022-09-30`).
fn agenda_empty(agenda: &Agenda, kinds: &[AgendaKind], lang: &Catalog) -> String {
    let span = &agenda.span;
    let what = match kinds {
        [] => lang.text("views-agenda-nothing"),
        kinds => {
            let names: Vec<String> = kinds
                .iter()
                .enumerate()
                .map(|(i, &kind)| {
                    let first = if i == 0 { "yes" } else { "no" };
                    lang.say("views-agenda-none", &args!(kind = kind.as_str(), first = first))
                })
                .collect();
            or_list(&names, lang)
        }
    };
    let window = match span.to {
        None => lang.say("views-agenda-after", &args!(from = PlanDate::Day(span.from))),
        Some(to) if to == span.from => lang.say("views-agenda-on", &args!(day = PlanDate::Day(to))),
        Some(to) => {
            let (from, to) = (PlanDate::Day(span.from), PlanDate::Day(to));
            lang.say("views-agenda-between", &args!(from = from, to = to))
        }
    };
    let programme = agenda.programme.map(|(_, last)| last);
    let why = match (&agenda.next, &agenda.previous, programme) {
        (Some(next), _, _) => entry_said(true, next, lang),
        (None, _, Some(last)) if last < span.from => {
            if last < agenda.today {
                lang.say("views-programme-ended", &args!(last = PlanDate::Day(last)))
            } else {
                lang.say("views-programme-ends", &args!(last = PlanDate::Day(last)))
            }
        }
        (None, Some(previous), _) => entry_said(false, previous, lang),
        (None, None, _) => lang.text("views-agenda-plan-none"),
    };
    format!("{what} {window}: {why}")
}

/// `a`, `a or b`, `a, b or c`.
fn or_list(items: &[String], lang: &Catalog) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), lang.text("views-or")),
    }
}

/// An entry in a sentence, the next after the span or the last before
/// it: `the next is meeting `revizuire-progres` on 2022-03, in 93 days`.
fn entry_said(next: bool, entry: &AgendaEntry, lang: &Catalog) -> String {
    let kind = match entry.boundary {
        Some(Boundary::Start) => "start",
        Some(Boundary::End) => "end",
        None => entry.kind.as_str(),
    };
    let when = relative_days(entry.when, entry.days_until, entry.date, entry.end, lang);
    let args = args!(kind = kind, id = &entry.id, date = entry.date, when = when);
    if next {
        lang.say("views-agenda-next", &args)
    } else {
        lang.say("views-agenda-last", &args)
    }
}

/// How many past and coming events `status` shows around today.
const AROUND: usize = 3;

/// `icc status`: the headline, the phases (against a baseline, where
/// `base` names one: [`phases`]), the KPIs and the events around today.
pub fn status(view: &StatusView, events: &[EventView], base: Option<&str>, layout: Layout<'_>) -> String {
    let lang = layout.lang;
    let width = usize::from(layout.width);
    let today_label = lang.text("views-label-today");
    let phase_label = lang.text("views-label-phase");
    let also_label = lang.text("views-label-also");
    let next_label = lang.text("views-label-next");
    let overdue_label = lang.text("views-label-overdue");
    let plan_label = lang.text("views-label-plan");
    let kpis_label = lang.text("views-label-kpis");
    // The values start in one column, two after the longest label.
    let indent = [
        &today_label,
        &phase_label,
        &also_label,
        &next_label,
        &overdue_label,
        &plan_label,
        &kpis_label,
    ]
    .iter()
    .map(|label| display_width(label) + 2)
    .max()
    .unwrap_or(0)
    .max(LABEL);
    let mut head: Vec<(&str, String)> = Vec::new();
    let title = match &view.project.city {
        Some(city) if !view.project.name.contains(city.as_str()) => format!("{} · {city}", view.project.name),
        _ => view.project.name.clone(),
    };
    head.push(("", title));
    let mut today = view.today.to_string();
    if let (Some(start), Some(end), Some(day), Some(days)) = (view.start, view.end, view.day, view.days) {
        let (bar, percent) = progress(day, days, 10);
        let programme = lang.say("views-programme", &args!(start = start, end = end));
        today += &format!(" · {programme} · {bar} {percent}");
    }
    head.push((&today_label, today));
    let current = view
        .current_phase
        .as_ref()
        .and_then(|id| view.items.phases.iter().find(|p| &p.id == id));
    // Day N of M, its percent and the days left, from one count: N + left = M.
    let where_in = |phase: &PhaseView| {
        let (day, days) = (phase.day.unwrap_or(0), phase.days.unwrap_or(1));
        let (_, percent) = progress(day, days, 0);
        format!(
            "{} ({}) · {} · {percent} · {}",
            phase.name,
            phase.id,
            lang.say("views-phase-day", &args!(day = day, days = days)),
            lang.say("views-days-left", &args!(days = days - day)),
        )
    };
    let phases = &view.items.phases;
    let all = |state: PhaseState| !phases.is_empty() && phases.iter().all(|p| p.status == Some(state));
    head.push((
        &phase_label,
        match current {
            Some(phase) => where_in(phase),
            None if all(PhaseState::Done) => lang.text("views-no-phase-over"),
            None if all(PhaseState::Upcoming) => lang.text("views-no-phase-yet"),
            None => lang.text("views-no-phase-today"),
        },
    ));
    // Phases that overlap: every other one active today, a line each.
    let others: Vec<&PhaseView> = phases
        .iter()
        .filter(|p| p.status == Some(PhaseState::Active) && Some(&p.id) != view.current_phase.as_ref())
        .collect();
    for phase in others.iter().take(AROUND) {
        head.push((&also_label, where_in(phase)));
    }
    if others.len() > AROUND {
        let more = lang.say("views-more-active", &args!(count = others.len() - AROUND));
        head.push((&also_label, more));
    }
    head.push((
        &next_label,
        match &view.next_event {
            Some(event) => format!("{} · {} · {}", event.date, event.title, relative(event, lang)),
            None => lang.text("views-nothing-next"),
        },
    ));
    let overdue = |events: &[EventView]| events.iter().filter(|e| e.overdue).count();
    let mut late = Vec::new();
    match overdue(&view.items.workshops) {
        0 => {}
        n => late.push(lang.say("count-workshop", &args!(count = n))),
    }
    match overdue(&view.items.milestones) {
        0 => {}
        n => late.push(lang.say("count-milestone", &args!(count = n))),
    }
    if !late.is_empty() {
        head.push((
            &overdue_label,
            lang.say("views-overdue", &args!(items = late.join(", "))),
        ));
    }
    // How many KPIs are in each state, the states in a fixed order.
    let kpis = &view.items.kpis;
    if !kpis.is_empty() {
        use strum::IntoEnumIterator;
        let counts: Vec<String> = KpiState::iter()
            .filter_map(|state| {
                let count = kpis.iter().filter(|k| k.state == state).count();
                let id = match state {
                    KpiState::Achieved => "kpis-count-achieved",
                    KpiState::OnTrack => "kpis-count-on-track",
                    KpiState::Behind => "kpis-count-behind",
                    KpiState::Missed => "kpis-count-missed",
                    KpiState::NoData => "kpis-count-no-data",
                };
                (count > 0).then(|| lang.say(id, &args!(count = count)))
            })
            .collect();
        head.push((&kpis_label, counts.join(" · ")));
    }
    if view.errors + view.warnings > 0 {
        let mut counts = Vec::new();
        if view.errors > 0 {
            counts.push(lang.say("views-errors", &args!(errors = view.errors)));
        }
        if view.warnings > 0 {
            counts.push(lang.say("views-warnings", &args!(warnings = view.warnings)));
        }
        let total = view.errors + view.warnings;
        let findings = lang.say("views-plan-findings", &args!(counts = counts.join(", "), total = total));
        head.push((&plan_label, findings));
    }
    let mut out: String = head
        .iter()
        .map(|(label, text)| wrap_fields(label, text, indent, width))
        .collect();
    out.push('\n');
    out += &self::phases(&view.items.phases, base, layout);
    if !kpis.is_empty() {
        out.push('\n');
        out += &self::kpis(kpis, layout);
    }
    // The last few events that happened, all that are on today, and the
    // next few to come, with every event dated among them (cancelled ones
    // too: none of that stretch is left out), and any overdue: in date
    // order, as `events` is.
    let live = || events.iter().filter(|e| !e.cancelled());
    let past: Vec<&EventView> = live().filter(|e| e.when == When::Past && !e.overdue).collect();
    let recent = &past[past.len().saturating_sub(AROUND)..];
    let now = live().filter(|e| e.when == When::Now).count();
    let coming: Vec<&EventView> = live().filter(|e| e.when != When::Past).take(now + AROUND).collect();
    let stretch = recent.iter().chain(&coming).map(|e| e.first());
    let (from, to) = (stretch.clone().min(), stretch.max());
    let shown =
        |e: &EventView| e.overdue || from.is_some_and(|from| from <= e.first()) && to.is_some_and(|to| e.first() <= to);
    let around: Vec<&EventView> = events.iter().filter(|e| shown(e)).collect();
    out.push('\n');
    if around.is_empty() && !events.is_empty() {
        // Nothing is shown only when every event is cancelled.
        let cancelled = lang.say("views-all-cancelled", &args!(count = events.len()));
        out += &wrap_fields("", &cancelled, indent, width);
        return out;
    }
    out += &self::events(&around, layout);
    // What the stretch leaves out, said.
    let earlier = events
        .iter()
        .filter(|e| !shown(e) && from.is_none_or(|from| e.first() < from))
        .count();
    let later = events.iter().filter(|e| !shown(e)).count() - earlier;
    let left_out = match (earlier, later) {
        (0, 0) => None,
        (n, 0) => Some(lang.say("views-earlier", &args!(count = n))),
        (0, n) => Some(lang.say("views-later", &args!(count = n))),
        (e, l) => Some(lang.say("views-earlier-later", &args!(earlier = e, later = l))),
    };
    if let Some(left_out) = left_out {
        let every = lang.text("views-every-workshop");
        out += &wrap_fields("", &format!("{left_out} · {every}"), indent, width);
    }
    out
}

/// The columns of `icc kpis`: what a review session reads first (the
/// state, the progress) goes last as room runs out.
fn kpi_columns(lang: &Catalog) -> [Column; 8] {
    [
        column(lang.text("views-header-id"), 0, Fit::Id),
        essential(lang.text("kpis-header-name"), 4, TITLE),
        column(lang.text("kpis-header-unit"), 7, Fit::Words),
        column(lang.text("kpis-header-baseline"), 6, Fit::Words),
        essential(lang.text("kpis-header-latest"), 3, Fit::Words),
        // What it should reach stays longer than where it started.
        column(lang.text("kpis-header-target"), 5, Fit::Words),
        essential(lang.text("kpis-header-progress"), 2, Fit::Whole),
        essential(lang.text("kpis-header-state"), 1, Fit::Whole),
    ]
}

/// A KPI's state in words (`kpis.ftl`), and its colour.
pub fn kpi_state(state: KpiState, lang: &Catalog) -> (String, Style) {
    let color = match state {
        KpiState::Achieved => style::DONE,
        KpiState::OnTrack => style::UPCOMING,
        KpiState::Behind => style::ACTIVE,
        KpiState::Missed => style::PROBLEM,
        KpiState::NoData => style::CANCELLED,
    };
    (state.words(lang), color)
}

/// `44 (2025-06)`: a value with its date, the value written for people.
fn reading(reading: Option<Reading>, lang: &Catalog) -> String {
    match reading {
        Some(r) => lang.say("kpis-reading", &args!(value = r.value, date = r.date)),
        None => "—".into(),
    }
}

/// Every KPI: its baseline, latest value and target (each with its date),
/// a bar of its progress from baseline to target, and its state.
pub fn kpis(kpis: &[KpiView], layout: Layout<'_>) -> String {
    let lang = layout.lang;
    if kpis.is_empty() {
        return sentence(&lang.text("kpis-none"), usize::from(layout.width));
    }
    let rows = kpis
        .iter()
        .map(|kpi| {
            let progress = match kpi.progress {
                Some(progress) => {
                    // Toward zero: never 100% short of the target.
                    let percent = (progress * 100.0).trunc() + 0.0;
                    // A bar holds 0 to 100%; the number says how far below or beyond.
                    let shown = percent.clamp(-9999.0, 9999.0) as i64;
                    format!("{} {:>4}", bar(shown, 5), format!("{shown}%"))
                }
                None => "—".into(),
            };
            let (state, color) = kpi_state(kpi.state, lang);
            vec![
                plain(&kpi.id),
                plain(&kpi.name),
                plain(&kpi.unit),
                plain(reading(kpi.baseline, lang)),
                plain(reading(kpi.latest, lang)),
                plain(reading(kpi.target, lang)),
                plain(progress),
                (state, Some(color)),
            ]
        })
        .collect();
    layout.render(&kpi_columns(lang), rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_wraps_between_words() {
        assert_eq!(
            wrap("Detaliere ambiții și roadmap (foaie de parcurs)", 20),
            ["Detaliere ambiții și", "roadmap (foaie de", "parcurs)"]
        );
        // Not `implementatio` / `n`: a word that fits its column is whole.
        assert_eq!(wrap("Faza de implementare", 13), ["Faza de", "implementare"]);
        // Only a word longer than the column is broken: after a `-` if it
        // has one that fits, else where the line is full.
        assert_eq!(wrap("ws-maturitate-strategie", 16), ["ws-maturitate-", "strategie"]);
        assert_eq!(wrap("implementare", 8), ["implemen", "tare"]);
        assert_eq!(wrap("a 北京市 b", 3), ["a", "北", "京", "市", "b"]);
        // What fits is left as it is, spaces that align it too.
        assert_eq!(wrap("██▎░░  46%", 10), ["██▎░░  46%"]);
        // A no-break space holds its words together.
        assert_eq!(
            wrap("2021-04-06\u{a0}– 2021-04-30", 12),
            ["2021-04-06\u{a0}–", "2021-04-30"]
        );
        assert_eq!(wrap("", 5), [""]);
    }

    /// `share` with cells as wide as given and words of at most 8
    /// columns; columns ranked `(essential, priority)`.
    fn shared(fits: &[Fit], natural: &[usize], width: usize, ranks: &[(bool, u8)]) -> (Vec<usize>, Vec<usize>) {
        let sizes: Vec<Size> = natural
            .iter()
            .map(|&n| Size {
                natural: n,
                word: n.min(8),
                piece: n.min(8),
            })
            .collect();
        let ranks: Vec<Rank> = ranks
            .iter()
            .map(|&(essential, priority)| Rank { essential, priority })
            .collect();
        share(fits, &ranks, &sizes, width, |i, w| natural[i].min(w))
    }

    #[test]
    fn columns_share_the_width_by_need() {
        let fits = [Fit::Whole, Fit::Id, TITLE, NOTES];
        let ranks = [(true, 1), (true, 0), (true, 2), (false, 3)];
        // All fit: each its natural width.
        let (kept, widths) = shared(&fits, &[10, 23, 40, 30], 120, &ranks);
        assert_eq!((kept, widths), (vec![0, 1, 2, 3], vec![10, 23, 40, 30]));
        // Not all: the widest text gives first; the id keeps its width.
        let (kept, widths) = shared(&fits, &[10, 23, 40, 30], 100, &ranks);
        assert_eq!(kept, [0, 1, 2, 3]);
        assert_eq!(widths, [10, 23, 27, 27]);
        // Narrower still: the least useful column goes, the title wraps.
        let (kept, widths) = shared(&fits, &[10, 23, 40, 30], 70, &ranks);
        assert_eq!(kept, [0, 1, 2]);
        assert_eq!(widths[..3], [10, 23, 27]);
        // At the narrowest only the id is left, broken if it must be.
        let (kept, widths) = shared(&fits, &[10, 23, 40, 30], 20, &ranks);
        assert_eq!(kept, [1]);
        assert_eq!(widths[1], 16);
    }

    #[test]
    fn text_narrows_before_an_essential_column_goes() {
        // date, kind, id, title, a status and notes that may go.
        let fits = [Fit::Words, Fit::Whole, Fit::Id, TITLE, Fit::Whole, NOTES];
        let natural = [10, 9, 23, 40, 6, 30];
        let ranks = [(true, 1), (true, 2), (true, 0), (true, 3), (false, 4), (false, 5)];
        // At 100, the notes go; the title has 24 columns and more.
        let (kept, widths) = shared(&fits, &natural, 100, &ranks);
        assert_eq!(kept, [0, 1, 2, 3, 4]);
        assert_eq!(widths[3], 100 - 16 - 10 - 9 - 23 - 6);
        // At 66 the status goes too, and the title and the id narrow
        // (to 12, and to a quarter of the width) rather than the kind
        // going; the room left goes back to the title first.
        let (kept, widths) = shared(&fits, &natural, 66, &ranks);
        assert_eq!(kept, [0, 1, 2, 3]);
        assert_eq!(widths[..4], [10, 9, 17, 17]);
        // Narrower, essential columns go, least important first; nothing
        // less important comes back in the room they leave.
        let (kept, _) = shared(&fits, &natural, 50, &ranks);
        assert_eq!(kept, [0, 1, 2]);
        let (kept, widths) = shared(&fits, &natural, 30, &ranks);
        assert_eq!(kept, [0, 2], "the date stays, the status does not come back");
        assert_eq!(widths[..3], [10, 0, 13]);
    }

    #[test]
    fn bars_fill_by_eighths() {
        assert_eq!(bar(0, 4), "░░░░");
        assert_eq!(bar(100, 4), "████");
        assert_eq!(bar(50, 4), "██░░");
        assert_eq!(bar(46, 8), "███▋░░░░");
        // Full only at 100%: 99% of five cells is 39 eighths, not 40.
        assert_eq!(bar(99, 5), "████▉");
        for percent in 0..100 {
            assert!(bar(percent, 5).contains(|c| c != '█'), "{percent}%");
        }
    }
}
