//! Edits of valid plans written in unusual but valid TOML layouts:
//! multi-line strings whose lines look like headers, comments and keys;
//! comments between keys and after values; blank and comment lines between
//! tables; CRLF line ends, no final newline, a byte order mark; spaced and
//! quoted keys, spaced headers; Romanian text; workshops in and out of date
//! order, with and without a status, a status followed by a comment, and one
//! status that is not allowed (`status = "finished"`, the plan's one error);
//! milestones among the workshops. A whole kind may be written as an array of
//! inline tables at the top (`phase = [{ … }, …]`, on one line or one table a
//! line), and `[project]` as dotted keys (`project.name = …`) or an inline
//! table (`project = { … }`), among those top-level keys.
//!
//! Each random edit must either make exactly its change — the result parses,
//! reads back as the old document plus the one item (or the one status), keeps
//! every old line in order, and checks with no new error — or leave the file
//! byte for byte as it was (exit 1 or 2). It never panics. A new status
//! replaces the old value's bytes only. An edit of a kind written as inline
//! tables (adding one, or setting an inline workshop's status) is refused as
//! such (exit 1); `set-status` of an id that is no workshop is a usage error
//! (exit 2); any other refusal must be of an edit that would add an error.
//!
//! The layout is drawn from a list of bytes ([`Dice`]): each byte makes one
//! choice, and past the end of the list every choice is the plainest one, so
//! a failing case shrinks towards a short list and a plain plan.

mod common;

use std::collections::HashMap;
use std::path::Path;

use clap::Parser;
use proptest::prelude::*;

/// Choices made from the bytes proptest generated; 0, the choice once the
/// bytes run out, is always the plainest.
struct Dice<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Dice<'a> {
    fn new(bytes: &'a [u8]) -> Dice<'a> {
        Dice { bytes, at: 0 }
    }

    /// A number below `n`.
    fn pick(&mut self, n: usize) -> usize {
        let byte = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        usize::from(byte) % n
    }

    /// True one time in `n` (never once the bytes have run out).
    fn one_in(&mut self, n: usize) -> bool {
        self.pick(n) == n - 1
    }

    fn of<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.pick(items.len())].clone()
    }
}

/// `YYYY-MM` of the month `m` months after January 2021.
fn month(m: i32) -> String {
    format!("{:04}-{:02}", 2021 + m.div_euclid(12), m.rem_euclid(12) + 1)
}

/// A date as the plan or a flag writes it: a day, or a month.
#[derive(Clone, Copy, Debug)]
enum When {
    Day(i32, u32),
    Month(i32),
}

impl When {
    fn month(self) -> i32 {
        match self {
            When::Day(m, _) | When::Month(m) => m,
        }
    }

    fn iso(self) -> String {
        match self {
            When::Day(m, d) => format!("{}-{d:02}", month(m)),
            When::Month(m) => month(m),
        }
    }

    fn draw(d: &mut Dice, from: i32, to: i32) -> When {
        let m = from + d.pick((to - from).max(1) as usize) as i32;
        if d.one_in(3) {
            When::Month(m)
        } else {
            When::Day(m, 1 + d.pick(28) as u32)
        }
    }
}

const WORDS: &[&str] = &[
    "Atelier",
    "Întâlnire",
    "ședință",
    "„Date deschise”",
    "Arad",
    "și",
    "ţară",
    "#2",
    "[[workshop]]",
    "it's",
    "\"citat\"",
    "a\\b",
    "Mobilizare",
    "1:1",
];

/// Lines of the multi-line strings: what a line-based editor would take
/// for a comment, a header or a key.
const INNER: &[&str] = &[
    "Discuții privind aspirațiile comune",
    "# ── Workshops ──",
    "[[workshop]]",
    "[phase]",
    "status = \"done\"",
    "  [[milestone]]",
    "id = \"w0\"",
    "",
    "date = 2021-01-01",
    "[project]",
    "# status = \"cancelled\"",
    "ședință „Date” și ţară",
];

fn text(d: &mut Dice) -> String {
    let n = 1 + d.pick(3);
    (0..n).map(|_| d.of(WORDS)).collect::<Vec<_>>().join(" ")
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// A one-line string in one of TOML's forms.
fn string(d: &mut Dice, s: &str) -> String {
    match d.pick(8) {
        4 if !s.contains('\'') => format!("'{s}'"),
        5 => format!("\"\"\"{}\"\"\"", escape(s)),
        6 if !s.contains('\'') => format!("'''{s}'''"),
        7 => {
            let escaped: String = escape(s)
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\u{:04X}", c as u32)
                    }
                })
                .collect();
            format!("\"{escaped}\"")
        }
        _ => format!("\"{}\"", escape(s)),
    }
}

/// A multi-line string, basic or literal, whose lines come from [`INNER`].
fn multiline(d: &mut Dice) -> String {
    let n = 1 + d.pick(4);
    let lines: Vec<&str> = (0..n).map(|_| d.of(INNER)).collect();
    match d.pick(5) {
        0 => format!("\"\"\"\n{}\n\"\"\"", escape(&lines.join("\n"))),
        1 => format!("'''\n{}\n'''", lines.join("\n")),
        2 => format!("\"\"\"{}\"\"\"", escape(&lines.join("\n"))),
        3 => format!("'''{}'''", lines.join("\n")),
        // Lines joined by line-ending backslashes.
        _ => {
            let escaped: Vec<String> = lines.iter().map(|l| escape(l)).collect();
            format!("\"\"\"\\\n    {}\\\n    \"\"\"", escaped.join(" \\\n    "))
        }
    }
}

fn key(d: &mut Dice, k: &str) -> String {
    match d.pick(8) {
        6 => format!("\"{k}\""),
        7 => format!("'{k}'"),
        _ => k.to_owned(),
    }
}

fn sep(d: &mut Dice) -> &'static str {
    d.of(&[" = ", " = ", " = ", "=", "   =   ", "\t=\t", " =  "])
}

fn indent(d: &mut Dice) -> &'static str {
    d.of(&["", "", "", "", "", "  ", "\t"])
}

/// What may follow a value on its line.
fn trailing(d: &mut Dice) -> &'static str {
    d.of(&[
        "",
        "",
        "",
        "",
        " # x",
        "  # notă: ședință",
        "# [[workshop]]",
        " #status = \"done\"",
        "\t#",
        "  # finished early",
    ])
}

/// What may come before a key's line: a comment, a blank line.
fn between_keys(d: &mut Dice) -> &'static str {
    d.of(&[
        "",
        "",
        "",
        "",
        "",
        "# comentariu între chei\n",
        "\n",
        "# status = \"done\"\n",
        "#[[workshop]]\n",
        "   # [phase]\n",
        "  \n",
    ])
}

/// What separates two tables.
fn between_tables(d: &mut Dice) -> &'static str {
    d.of(&[
        "\n",
        "\n",
        "\n",
        "",
        "\n\n",
        "\n# comentariu între tabele\n",
        "\n# [[workshop]]\n\n",
        "  \n\t\n",
        "\n#\n# status = \"done\"\n#\n",
    ])
}

fn header(d: &mut Dice, name: &str, array: bool) -> String {
    let inner = match d.pick(8) {
        6 => format!(" {name} "),
        7 => format!("\"{name}\""),
        _ => name.to_owned(),
    };
    let header = if array {
        format!("[[{inner}]]")
    } else {
        format!("[{inner}]")
    };
    format!("{}{header}{}\n", indent(d), trailing(d))
}

/// One `key = value` line (or lines, for a multi-line value) of a table.
struct Entry {
    key: &'static str,
    value: String,
}

fn entry(key: &'static str, value: impl Into<String>) -> Entry {
    Entry {
        key,
        value: value.into(),
    }
}

/// Shuffles `items` a little: Fisher-Yates, where 0 keeps each in its place.
fn shuffle<T>(d: &mut Dice, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = i - d.pick(i + 1);
        items.swap(i, j);
    }
}

/// Where the value of one entry is in a table's text: the offset of its
/// line, and the bytes of the value in that line.
#[derive(Clone, Copy)]
struct Marked {
    line_at: usize,
    value: (usize, usize),
}

/// A table's text, its entries in the given order (shuffled a little), and
/// where in it the value of the entry `mark` is, if it has one.
fn table(d: &mut Dice, name: &str, array: bool, mut entries: Vec<Entry>, mark: &str) -> (String, Option<Marked>) {
    shuffle(d, &mut entries);
    let mut out = header(d, name, array);
    let mut marked = None;
    for entry in entries {
        out += between_keys(d);
        let before_value = format!("{}{}{}", indent(d), key(d, entry.key), sep(d));
        if entry.key == mark {
            marked = Some(Marked {
                line_at: out.len(),
                value: (before_value.len(), before_value.len() + entry.value.len()),
            });
        }
        out += &format!("{before_value}{}{}\n", entry.value, trailing(d));
    }
    (out, marked)
}

/// An inline table of the entries (shuffled a little), on one line unless
/// a value spans lines.
fn inline_table(d: &mut Dice, mut entries: Vec<Entry>) -> String {
    shuffle(d, &mut entries);
    let (open, comma, close) = d.of(&[
        ("{ ", ", ", " }"),
        ("{ ", ", ", " }"),
        ("{", ",", "}"),
        ("{  ", " , ", "  }"),
        ("{\t", ",\t", "\t}"),
    ]);
    let keyvals: Vec<String> = entries
        .iter()
        .map(|e| format!("{}{}{}", key(d, e.key), sep(d), e.value))
        .collect();
    format!("{open}{}{close}", keyvals.join(comma))
}

/// `name = [ … ]`, the inline tables `items` on one line or one a line,
/// with or without a trailing comma, comments between them.
fn inline_array(d: &mut Dice, name: &str, items: &[String]) -> String {
    let head = format!("{}{}", key(d, name), sep(d));
    if !d.one_in(2) {
        let (open, comma, close) = d.of(&[
            ("[", ", ", "]"),
            ("[ ", ", ", " ]"),
            ("[", ",", ",]"),
            ("[ ", " , ", ", ]"),
        ]);
        return format!("{head}{open}{}{close}", items.join(comma));
    }
    let mut out = format!("{head}[{}\n", d.of(&["", "", " # [[phase]]", "  # etape"]));
    for (i, item) in items.iter().enumerate() {
        out += d.of(&["", "", "", "  # [[workshop]]\n", "\n", "# status = \"done\"\n"]);
        let comma = if i + 1 < items.len() || d.one_in(2) { "," } else { "" };
        out += &format!(
            "{}{item}{comma}{}\n",
            d.of(&["  ", "  ", "    ", "\t", ""]),
            d.of(&["", "", " # x", "  # [[milestone]]"])
        );
    }
    out += d.of(&["]", "]", "  ]", "# sfârșit\n]"]);
    out
}

fn date_value(d: &mut Dice, when: When) -> String {
    match when {
        When::Day(..) if d.one_in(4) => format!("\"{}\"", when.iso()),
        When::Day(..) => when.iso(),
        When::Month(_) if d.one_in(4) => format!("'{}'", when.iso()),
        When::Month(_) => format!("\"{}\"", when.iso()),
    }
}

fn id_list(d: &mut Dice, id: &str) -> String {
    d.of(&[
        format!("[\"{id}\"]"),
        format!("[ '{id}', ]"),
        format!("[\n  \"{id}\", # după\n]"),
        format!("[\n# [[phase]]\n\"{id}\"\n]"),
    ])
}

/// A workshop or milestone table, and where it goes in date order.
struct Event {
    when: When,
    block: String,
    /// A workshop's id, its status as written, and where that is in `block`.
    status_at: Option<(String, String, Marked)>,
    workshop: bool,
}

struct PhaseModel {
    id: String,
    /// First month, from January 2021.
    start: i32,
    months: i32,
}

/// Where a workshop's status is in the plan's text.
struct StatusAt {
    /// The 0-based line of its `status`.
    line: usize,
    /// The bytes of its value in that line.
    value: (usize, usize),
    /// The status, as the value says.
    status: String,
}

/// A generated plan: its bytes and what is in it.
struct Plan {
    text: String,
    phases: Vec<PhaseModel>,
    workshops: Vec<String>,
    ids: Vec<String>,
    /// For each workshop written as a table with a status, where that is.
    status_lines: HashMap<String, StatusAt>,
    /// The months the phases cover, from 0.
    span: i32,
    /// Whether the phases, the workshops and the milestones are written as
    /// inline tables (`phase = [{ … }]`).
    inline: Inline,
    /// The workshop whose status is not allowed: the plan's one error.
    invalid_status: Option<String>,
}

#[derive(Clone, Copy, Debug, Default)]
struct Inline {
    phases: bool,
    workshops: bool,
    milestones: bool,
}

impl Plan {
    /// The kind of the item with this id (its key in the file).
    fn kind_of(&self, id: &str) -> Option<&'static str> {
        if self.phases.iter().any(|p| p.id == id) {
            Some("phase")
        } else if self.workshops.iter().any(|w| w == id) {
            Some("workshop")
        } else if self.ids.iter().any(|i| i == id) {
            Some("milestone")
        } else {
            None
        }
    }

    /// Whether the items of this kind are written as inline tables.
    fn inline_kind(&self, kind: &str) -> bool {
        match kind {
            "phase" => self.inline.phases,
            "workshop" => self.inline.workshops,
            _ => self.inline.milestones,
        }
    }

    /// The phase whose window holds the month `m`.
    fn holding(&self, m: i32) -> Option<&str> {
        self.phases
            .iter()
            .find(|p| p.start <= m && m < p.start + p.months)
            .map(|p| p.id.as_str())
    }
}

const PHASE_IDS: &[&str] = &["pregatire", "roadmap", "implementare", "revizuire"];
const STATUSES: &[&str] = &["planned", "done", "cancelled"];

fn plan(d: &mut Dice) -> Plan {
    let n_phases = 1 + d.pick(4);
    let n_workshops = d.pick(6);
    let n_milestones = d.pick(3);
    // The kinds written as arrays of inline tables at the top of the file.
    let inline = Inline {
        phases: d.one_in(6),
        workshops: n_workshops > 0 && d.one_in(6),
        milestones: n_milestones > 0 && d.one_in(6),
    };

    // Phases, one after the other from January 2021.
    let mut phases = Vec::new();
    let mut phase_blocks = Vec::new();
    let mut inline_phases = Vec::new();
    let mut start = 0;
    for (i, id) in PHASE_IDS.iter().take(n_phases).enumerate() {
        let months = 1 + d.pick(4) as i32;
        let mut entries = vec![
            entry("id", string(d, id)),
            entry("name", {
                let name = format!("Etapa {} — {}", i + 1, text(d));
                string(d, &name)
            }),
        ];
        let start_value = format!("\"{}\"", month(start));
        let end_value = format!("\"{}\"", month(start + months - 1));
        let form = if i == 0 { d.pick(3) } else { d.pick(5) };
        match form {
            0 => {
                entries.push(entry("start", start_value));
                entries.push(entry("end", end_value));
            }
            1 => {
                entries.push(entry("start", start_value));
                entries.push(entry("months", months.to_string()));
            }
            2 => {
                entries.push(entry("start", start_value));
                entries.push(entry("end", end_value));
                entries.push(entry("months", months.to_string()));
            }
            3 => {
                entries.push(entry("after", id_list(d, PHASE_IDS[i - 1])));
                entries.push(entry("months", months.to_string()));
            }
            _ => {
                entries.push(entry("after", id_list(d, PHASE_IDS[i - 1])));
                entries.push(entry("end", end_value));
            }
        }
        if d.one_in(2) {
            let summary = if d.one_in(2) {
                multiline(d)
            } else {
                let words = text(d);
                string(d, &words)
            };
            entries.push(entry("summary", summary));
        }
        if d.one_in(4) {
            entries.push(entry(
                "activities",
                "[\n  \"Lansare\",\n  # [[workshop]]\n  'Mobilizare ecosistem', # x\n]",
            ));
        }
        if inline.phases {
            inline_phases.push(inline_table(d, entries));
        } else {
            phase_blocks.push(table(d, "phase", true, entries, "").0);
        }
        phases.push(PhaseModel {
            id: (*id).to_owned(),
            start,
            months,
        });
        start += months;
    }
    let span = start;
    let holding = |m: i32| {
        phases
            .iter()
            .find(|p| p.start <= m && m < p.start + p.months)
            .map(|p| p.id.clone())
    };

    // Workshops and milestones, each inside the phases' months, with the
    // phase that holds its date if it names one.
    let mut workshops = Vec::new();
    let mut events: Vec<Event> = Vec::new();
    let mut inline_workshops = Vec::new();
    let mut invalid_status = None;
    for k in 0..n_workshops {
        let id = format!("{}{}", d.of(&["w", "ws-", "atelier-"]), k + 1);
        let when = When::draw(d, 0, span);
        let mut entries = vec![
            entry("id", string(d, &id)),
            entry("title", {
                let title = text(d);
                string(d, &title)
            }),
            entry("date", date_value(d, when)),
        ];
        if !d.one_in(3) {
            entries.push(entry("phase", string(d, &holding(when.month()).unwrap())));
        }
        let mut status = None;
        if !d.one_in(3) {
            // At most one status that is not allowed, the plan's one error.
            let value = if invalid_status.is_none() && d.one_in(8) {
                invalid_status = Some(id.clone());
                d.of(&["finished", "Done"])
            } else {
                d.of(STATUSES)
            };
            entries.push(entry("status", string(d, value)));
            status = Some(value.to_owned());
        }
        if d.one_in(2) {
            let objective = if d.one_in(3) {
                let words = text(d);
                string(d, &words)
            } else {
                multiline(d)
            };
            entries.push(entry("objective", objective));
        }
        if d.one_in(4) {
            entries.push(entry("audience", "[ \"ONG-uri\", 'Direcția IT' ]"));
        }
        if inline.workshops {
            inline_workshops.push(inline_table(d, entries));
        } else {
            let (block, status_at) = table(d, "workshop", true, entries, "status");
            let status_at = status.zip(status_at).map(|(status, at)| (id.clone(), status, at));
            events.push(Event {
                when,
                block,
                status_at,
                workshop: true,
            });
        }
        workshops.push(id);
    }
    if d.one_in(2) {
        // In date order, as the editor keeps them where they are.
        events.sort_by_key(|e| (e.when.month(), matches!(e.when, When::Day(..)), e.when.iso()));
    } else {
        shuffle(d, &mut events);
    }
    let mut milestone_ids = Vec::new();
    let mut inline_milestones = Vec::new();
    for k in 0..n_milestones {
        let id = format!("{}{}", d.of(&["m", "jalon-"]), k + 1);
        let when = When::draw(d, 0, span);
        let mut entries = vec![
            entry("id", string(d, &id)),
            entry("name", {
                let name = text(d);
                string(d, &name)
            }),
            entry("date", date_value(d, when)),
        ];
        if d.one_in(2) {
            entries.push(entry("phase", string(d, &holding(when.month()).unwrap())));
        }
        milestone_ids.push(id);
        if inline.milestones {
            inline_milestones.push(inline_table(d, entries));
            continue;
        }
        let block = table(d, "milestone", true, entries, "").0;
        // Among the workshops, or after them.
        let at = if d.one_in(2) {
            d.pick(events.len() + 1)
        } else {
            events.len()
        };
        events.insert(
            at,
            Event {
                when,
                block,
                status_at: None,
                workshop: false,
            },
        );
    }

    // The project: a table, dotted keys or an inline table among the
    // top-level keys, and the arrays of inline tables.
    let mut entries = vec![entry("name", string(d, "Intelligent Cities Challenge — Arad"))];
    if d.one_in(2) {
        entries.push(entry("city", string(d, "Arad")));
        entries.push(entry("language", "\"ro\""));
    }
    let mut project = None;
    let mut top: Vec<String> = Vec::new();
    match d.pick(6) {
        4 => {
            for e in entries {
                let dot = d.of(&[".", ".", " . ", ". "]);
                top.push(format!(
                    "{}{dot}{}{}{}",
                    key(d, "project"),
                    key(d, e.key),
                    sep(d),
                    e.value
                ));
            }
        }
        5 => top.push(format!("{}{}{}", key(d, "project"), sep(d), inline_table(d, entries))),
        _ => project = Some(table(d, "project", false, entries, "").0),
    }
    for (name, items) in [
        ("phase", &inline_phases),
        ("workshop", &inline_workshops),
        ("milestone", &inline_milestones),
    ] {
        if !items.is_empty() {
            top.push(inline_array(d, name, items));
        }
    }
    // Dotted keys of `project` may come between the arrays.
    shuffle(d, &mut top);

    // The document: the top-level keys, then the sections in one of a few orders.
    #[derive(Clone, Copy, PartialEq)]
    enum Section {
        Project,
        Phases,
        Events,
    }
    use Section::*;
    let order = d.of(&[
        [Project, Phases, Events],
        [Project, Phases, Events],
        [Phases, Project, Events],
        [Project, Events, Phases],
        [Events, Phases, Project],
    ]);
    let mut text = String::new();
    if d.one_in(2) {
        text += "#:schema ./plan.schema.json\n# Foaia de parcurs a Municipiului Arad.\n";
    }
    for line in &top {
        text += between_keys(d);
        text += &format!("{}{line}{}\n", indent(d), trailing(d));
    }
    let mut status_offsets: Vec<(String, String, Marked)> = Vec::new();
    for section in order {
        match section {
            Project => {
                if let Some(project) = &project {
                    if !text.is_empty() {
                        text += between_tables(d);
                    }
                    text += project;
                }
            }
            Phases => {
                for (i, block) in phase_blocks.iter().enumerate() {
                    if !text.is_empty() {
                        text += between_tables(d);
                    }
                    if i == 0 && d.one_in(2) {
                        text += "# ── Etape ──────────────\n";
                    }
                    text += block;
                }
            }
            Events => {
                let mut first_workshop = true;
                for event in &events {
                    if !text.is_empty() {
                        text += between_tables(d);
                    }
                    if event.workshop && std::mem::take(&mut first_workshop) && d.one_in(2) {
                        text += "# ── Workshops ──\n\n";
                    }
                    if let Some((id, status, at)) = &event.status_at {
                        let at = Marked {
                            line_at: text.len() + at.line_at,
                            ..*at
                        };
                        status_offsets.push((id.clone(), status.clone(), at));
                    }
                    text += &event.block;
                }
            }
        }
    }
    if d.one_in(3) {
        text += d.of(&["\n# sfârșit\n", "# ultima linie\n", "\n"]);
    }
    let status_lines = status_offsets
        .into_iter()
        .map(|(id, status, at)| {
            let line = text[..at.line_at].matches('\n').count();
            (
                id,
                StatusAt {
                    line,
                    value: at.value,
                    status,
                },
            )
        })
        .collect();
    if d.one_in(3) {
        // No final newline.
        text.pop();
    }
    if d.one_in(3) {
        text = text.replace('\n', "\r\n");
    }
    if d.one_in(4) {
        text.insert(0, '\u{FEFF}');
    }
    let mut ids: Vec<String> = phases.iter().map(|p| p.id.clone()).collect();
    ids.extend(workshops.iter().cloned());
    ids.extend(milestone_ids);
    Plan {
        text,
        phases,
        workshops,
        ids,
        status_lines,
        span,
        inline,
        invalid_status,
    }
}

/// What an edit is meant to do, to compare the file with after it.
#[derive(Debug)]
enum Intent {
    Workshop {
        id: Option<String>,
        title: String,
        date: When,
        phase: Option<String>,
    },
    Phase {
        id: String,
        name: String,
        start: i32,
        months: i32,
    },
    Milestone {
        id: Option<String>,
        name: String,
        date: When,
        phase: Option<String>,
    },
    Status {
        id: String,
        status: String,
    },
    Rename {
        old: String,
        new: String,
    },
    Remove {
        id: String,
        cascade: bool,
    },
    /// An event moved to a new date.
    Move {
        id: String,
        to: When,
    },
}

fn edit(d: &mut Dice, plan: &Plan) -> (Vec<String>, Intent) {
    let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    let some_phase = |d: &mut Dice| plan.phases[d.pick(plan.phases.len())].id.clone();
    let any_id = |d: &mut Dice| plan.ids[d.pick(plan.ids.len())].clone();
    match d.pick(7) {
        4 => {
            let old = if d.one_in(6) { "nu-exista".to_owned() } else { any_id(d) };
            let new = if d.one_in(5) { any_id(d) } else { "nume-nou".to_owned() };
            (args(&["rename", &old, &new]), Intent::Rename { old, new })
        }
        5 => {
            let id = if d.one_in(8) { "nu-exista".to_owned() } else { any_id(d) };
            let cascade = d.one_in(2);
            let mut a = args(&["remove", &id]);
            if cascade {
                a.push("--cascade".into());
            }
            (a, Intent::Remove { id, cascade })
        }
        6 => {
            let events: Vec<&String> = plan.ids.iter().filter(|id| plan.kind_of(id) != Some("phase")).collect();
            let id = if events.is_empty() || d.one_in(8) {
                "nu-exista".to_owned()
            } else {
                events[d.pick(events.len())].clone()
            };
            let to = When::draw(d, -1, plan.span + 1);
            (args(&["move", &id, "--date", &to.iso()]), Intent::Move { id, to })
        }
        0 => {
            let title = text(d);
            let date = When::draw(d, -1, plan.span + 1);
            let mut a = args(&["add-workshop", "--title", &title, "--date", &date.iso()]);
            let phase = match d.pick(4) {
                1 => plan.holding(date.month()).map(str::to_owned),
                2 => Some(some_phase(d)),
                _ => None,
            };
            if let Some(p) = &phase {
                a.extend(args(&["--phase", p]));
            }
            let id = match d.pick(5) {
                3 => Some("atelier-nou".to_owned()),
                4 => Some(plan.ids[d.pick(plan.ids.len())].clone()),
                _ => None,
            };
            if let Some(id) = &id {
                a.extend(args(&["--id", id]));
            }
            (a, Intent::Workshop { id, title, date, phase })
        }
        1 => {
            let id = if d.one_in(4) {
                plan.ids[d.pick(plan.ids.len())].clone()
            } else {
                "evaluare".to_owned()
            };
            let name = text(d);
            let start = d.pick(plan.span as usize + 2) as i32;
            let months = 1 + d.pick(3) as i32;
            let a = args(&[
                "add-phase",
                "--id",
                &id,
                "--name",
                &name,
                "--start",
                &month(start),
                "--months",
                &months.to_string(),
            ]);
            (
                a,
                Intent::Phase {
                    id,
                    name,
                    start,
                    months,
                },
            )
        }
        2 => {
            let name = text(d);
            let date = When::draw(d, -1, plan.span + 1);
            let mut a = args(&["add-milestone", "--name", &name, "--date", &date.iso()]);
            let phase = match d.pick(3) {
                1 => plan.holding(date.month()).map(str::to_owned),
                2 => Some(some_phase(d)),
                _ => None,
            };
            if let Some(p) = &phase {
                a.extend(args(&["--phase", p]));
            }
            (
                a,
                Intent::Milestone {
                    id: None,
                    name,
                    date,
                    phase,
                },
            )
        }
        _ => {
            let id = match d.pick(6) {
                // The workshop whose status is not allowed, if there is one.
                3 if plan.invalid_status.is_some() => plan.invalid_status.clone().unwrap(),
                4 => "nu-exista".to_owned(),
                5 => some_phase(d),
                _ if plan.workshops.is_empty() => "nu-exista".to_owned(),
                _ => plan.workshops[d.pick(plan.workshops.len())].clone(),
            };
            let status = d.of(STATUSES).to_owned();
            (args(&["set-status", &id, &status]), Intent::Status { id, status })
        }
    }
}

/// How a run of icc ended.
#[derive(Debug)]
struct Ran {
    code: u8,
    stdout: String,
    stderr: String,
}

/// Runs icc in-process in `dir`, as on 2020-01-01; a panic is exit 101.
fn run_in(dir: &Path, args: &[String]) -> Ran {
    let mut all = vec!["icc".to_owned(), "--today".into(), "2020-01-01".into()];
    all.extend_from_slice(args);
    let cli = match icc::cli::Cli::try_parse_from(all) {
        Ok(cli) => cli,
        Err(err) => {
            return Ran {
                code: 2,
                stdout: String::new(),
                stderr: err.to_string(),
            };
        }
    };
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut stdin: &[u8] = b"";
        let mut edge = icc::cli::Edge {
            cwd: dir.to_path_buf(),
            today: chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
            color: icc::cli::Streams::default(),
            terminal_width: None,
            stdin: &mut stdin,
        };
        icc::cli::run(&cli, &mut edge)
    }));
    match ran {
        Ok(Ok(out)) => Ran {
            code: out.exit_code(),
            stdout: out.stdout,
            stderr: out.stderr,
        },
        Ok(Err(err)) => Ran {
            code: 2,
            stdout: String::new(),
            stderr: format!("error: {err:#}"),
        },
        Err(panic) => Ran {
            code: 101,
            stdout: String::new(),
            stderr: format!(
                "panicked: {}",
                panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            ),
        },
    }
}

/// The errors `icc check --format json` counts in the plan in `dir`.
fn errors(dir: &Path) -> u64 {
    let out = run_in(dir, &["check".into(), "--format".into(), "json".into()]);
    let json: serde_json::Value =
        serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {out:?}"));
    json["errors"].as_u64().expect("errors")
}

fn parse(text: &str) -> Result<toml::Table, String> {
    text.strip_prefix('\u{FEFF}')
        .unwrap_or(text)
        .parse::<toml::Table>()
        .map_err(|e| e.to_string())
}

/// Every line of `before` (but the one numbered `skip`) is in `after`, in
/// order; the old last line may have gained the newline it lacked.
fn lines_kept(before: &str, after: &str, skip: Option<usize>) -> Result<(), String> {
    let mut rest = after.split_inclusive('\n');
    for (n, line) in before.split_inclusive('\n').enumerate() {
        if Some(n) == skip {
            continue;
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if !rest.any(|l| l.trim_end_matches(['\r', '\n']) == line) {
            return Err(format!("line {} {line:?} lost or moved", n + 1));
        }
    }
    Ok(())
}

fn is_date(value: Option<&toml::Value>, when: When) -> bool {
    match (value, when) {
        (Some(toml::Value::Datetime(dt)), When::Day(..)) => {
            dt.time.is_none() && dt.offset.is_none() && dt.to_string() == when.iso()
        }
        (Some(toml::Value::String(s)), When::Month(_)) => *s == when.iso(),
        _ => false,
    }
}

/// The one item of `key` that `new` has and `old` has not, checked to be
/// what `matches` wants, and `new` without it equal to `old`.
fn added_one(
    old: &toml::Table,
    new: &toml::Table,
    key: &str,
    matches: impl Fn(&toml::Table) -> Result<(), String>,
) -> Result<(), String> {
    let empty = Vec::new();
    let old_items = old.get(key).and_then(|v| v.as_array()).unwrap_or(&empty);
    let new_items = new
        .get(key)
        .and_then(|v| v.as_array())
        .ok_or(format!("no `{key}` array after the edit"))?;
    if new_items.len() != old_items.len() + 1 {
        return Err(format!(
            "{} `{key}` tables before, {} after",
            old_items.len(),
            new_items.len()
        ));
    }
    for at in 0..new_items.len() {
        let mut without = new.clone();
        let items = without.get_mut(key).unwrap().as_array_mut().unwrap();
        let item = items.remove(at);
        if items.is_empty() && !old.contains_key(key) {
            without.remove(key);
        }
        if without == *old {
            let item = item.as_table().ok_or(format!("the new `{key}` is not a table"))?;
            return matches(item);
        }
    }
    Err(format!(
        "no one `{key}` table removed from the new document gives the old one"
    ))
}

fn check_item(item: &toml::Table, wanted: &[(&str, Option<toml::Value>)], allowed: &[&str]) -> Result<(), String> {
    for (key, value) in wanted {
        if let Some(value) = value
            && item.get(*key) != Some(value)
        {
            return Err(format!("`{key}` is {:?}, not {value:?}: {item:?}", item.get(*key)));
        }
    }
    for key in item.keys() {
        if !allowed.contains(&key.as_str()) {
            return Err(format!("unexpected key `{key}`: {item:?}"));
        }
    }
    Ok(())
}

/// Whether the file after a successful edit is the one intended.
fn intended(plan: &Plan, intent: &Intent, old: &toml::Table, new: &toml::Table) -> Result<(), String> {
    let string = |s: &str| Some(toml::Value::String(s.to_owned()));
    match intent {
        Intent::Workshop { id, title, date, phase } => added_one(old, new, "workshop", |item| {
            check_item(
                item,
                &[("id", id.as_deref().and_then(string)), ("title", string(title))],
                &["id", "title", "date", "phase"],
            )?;
            if !is_date(item.get("date"), *date) {
                return Err(format!("`date` is {:?}, not {}", item.get("date"), date.iso()));
            }
            let new_id = item.get("id").and_then(|v| v.as_str()).ok_or("no id")?;
            if plan.ids.iter().any(|i| i == new_id) {
                return Err(format!("the new id `{new_id}` was taken"));
            }
            // The phase given, else the one whose window holds the date.
            let expected = phase.as_deref().or(plan.holding(date.month()));
            let got = item.get("phase").and_then(|v| v.as_str());
            if got != expected {
                return Err(format!("`phase` is {got:?}, not {expected:?}"));
            }
            Ok(())
        }),
        Intent::Phase {
            id,
            name,
            start,
            months,
        } => added_one(old, new, "phase", |item| {
            check_item(
                item,
                &[
                    ("id", string(id)),
                    ("name", string(name)),
                    ("start", string(&month(*start))),
                    ("months", Some(toml::Value::Integer(i64::from(*months)))),
                ],
                &["id", "name", "start", "months"],
            )
        }),
        Intent::Milestone { id, name, date, phase } => added_one(old, new, "milestone", |item| {
            check_item(
                item,
                &[("id", id.as_deref().and_then(string)), ("name", string(name))],
                &["id", "name", "date", "phase"],
            )?;
            if !is_date(item.get("date"), *date) {
                return Err(format!("`date` is {:?}, not {}", item.get("date"), date.iso()));
            }
            // As for a workshop: the phase given, else the one whose window
            // holds the date.
            let expected = phase.as_deref().or(plan.holding(date.month()));
            let got = item.get("phase").and_then(|v| v.as_str());
            if got != expected {
                return Err(format!("`phase` is {got:?}, not {expected:?}"));
            }
            Ok(())
        }),
        Intent::Rename { old: from, new: to } => {
            let mut expected = old.clone();
            for item in items_mut(&mut expected) {
                for key in ["id", "phase"] {
                    if item.get(key).and_then(|v| v.as_str()) == Some(from) {
                        item.insert(key.into(), toml::Value::String(to.clone()));
                    }
                }
                for entry in item
                    .get_mut("after")
                    .and_then(|v| v.as_array_mut())
                    .into_iter()
                    .flatten()
                {
                    if entry.as_str() == Some(from) {
                        *entry = toml::Value::String(to.clone());
                    }
                }
            }
            same(
                new,
                &expected,
                &format!("the old document with `{from}` renamed `{to}`"),
            )
        }
        Intent::Remove { id, cascade } => {
            let mut expected = old.clone();
            let kind = plan.kind_of(id).ok_or("an unknown id was removed")?;
            let items = expected
                .get_mut(kind)
                .and_then(|v| v.as_array_mut())
                .ok_or("no such kind")?;
            items.retain(|item| item.get("id").and_then(|v| v.as_str()) != Some(id));
            if items.is_empty() {
                expected.remove(kind);
            }
            if *cascade {
                for item in items_mut(&mut expected) {
                    if item.get("phase").and_then(|v| v.as_str()) == Some(id) {
                        item.remove("phase");
                    }
                    if let Some(after) = item.get_mut("after").and_then(|v| v.as_array_mut()) {
                        after.retain(|entry| entry.as_str() != Some(id));
                    }
                }
            }
            same(new, &expected, &format!("the old document without `{id}`"))
        }
        Intent::Move { id, to } => {
            // The date keeps its form: a string stays one; a month is one. A
            // day that replaces a month is written as the file writes days
            // (the folder cases hold which): either form is that day.
            let with = |value: toml::Value| -> Result<toml::Table, String> {
                let mut expected = old.clone();
                let item = items_mut(&mut expected)
                    .find(|item| item.get("id").and_then(|v| v.as_str()) == Some(id))
                    .ok_or("no such item")?;
                item.insert("date".into(), value);
                Ok(expected)
            };
            let old_date = items_mut(&mut old.clone())
                .find(|item| item.get("id").and_then(|v| v.as_str()) == Some(id))
                .ok_or("no such item")?
                .get("date")
                .cloned();
            let day = || {
                to.iso()
                    .parse()
                    .map(toml::Value::Datetime)
                    .map_err(|_| "not a date".to_owned())
            };
            let forms = match (old_date, to) {
                (Some(toml::Value::Datetime(_)), When::Day(..)) => vec![day()?],
                (Some(toml::Value::String(was)), When::Day(..)) if was.len() == 7 => {
                    vec![toml::Value::String(to.iso()), day()?]
                }
                _ => vec![toml::Value::String(to.iso())],
            };
            let what = format!("the old document with `{id}` on {}", to.iso());
            let mut found = Err(what.clone());
            for value in forms {
                found = same(new, &with(value)?, &what);
                if found.is_ok() {
                    break;
                }
            }
            found
        }
        Intent::Status { id, status } => {
            let mut expected = old.clone();
            let workshop = expected
                .get_mut("workshop")
                .and_then(|v| v.as_array_mut())
                .and_then(|items| {
                    items
                        .iter_mut()
                        .find(|w| w.get("id").and_then(|v| v.as_str()) == Some(id))
                })
                .and_then(|w| w.as_table_mut())
                .ok_or(format!("set-status of `{id}`, which is no workshop, succeeded"))?;
            workshop.insert("status".into(), toml::Value::String(status.clone()));
            if *new != expected {
                return Err(format!(
                    "the document is not the old one with `{id}`'s status set to {status:?}"
                ));
            }
            Ok(())
        }
    }
}

/// Every item of every kind in a document.
fn items_mut(doc: &mut toml::Table) -> impl Iterator<Item = &mut toml::Table> {
    doc.iter_mut()
        .filter(|(key, _)| ["phase", "workshop", "milestone", "recurring"].contains(&key.as_str()))
        .filter_map(|(_, value)| value.as_array_mut())
        .flatten()
        .filter_map(|item| item.as_table_mut())
}

fn same(new: &toml::Table, expected: &toml::Table, what: &str) -> Result<(), String> {
    if new == expected {
        Ok(())
    } else {
        Err(format!("the document is not {what}:\n{new:?}\nexpected\n{expected:?}"))
    }
}

/// The plan's text with the status of the workshop `id`, written as a
/// table with a status, set to `status`: the value's bytes replaced by
/// `"status"`, every other byte as it was (all of them, if it says so already).
fn with_status(plan: &Plan, id: &str, status: &str) -> Option<String> {
    let at = plan.status_lines.get(id)?;
    if at.status == status {
        return Some(plan.text.clone());
    }
    let mut out = String::new();
    for (n, line) in plan.text.split_inclusive('\n').enumerate() {
        if n == at.line {
            // The value keeps its quotes: `'…'`, `"""…"""` stay so.
            let old = &line[at.value.0..at.value.1];
            let quote = ["'''", "\"\"\"", "'", "\""]
                .into_iter()
                .find(|q| old.starts_with(q))
                .unwrap_or("\"");
            out += &line[..at.value.0];
            out += &format!("{quote}{status}{quote}");
            out += &line[at.value.1..];
        } else {
            out += line;
        }
    }
    Some(out)
}

/// How an edit must end, whatever it would make of the plan.
#[derive(Debug, PartialEq)]
enum Must {
    /// Refused as an edit of a kind written as inline tables (exit 1).
    RefuseInline,
    /// A usage error: `set-status` of an id that is no workshop (exit 2).
    FailUsage,
    /// Made: `set-status` of the workshop whose status is not allowed.
    Succeed,
    /// Made, or refused as adding an error (exit 1).
    SucceedUnlessItAddsAnError,
    /// `remove` without `--cascade` of an item something refers to (exit 1).
    RefuseReferenced,
    /// `move` of an event: made, refused as adding an error, or (a month
    /// moved to a day, or back) never refused otherwise.
    MoveUnlessItAddsAnError,
}

fn must(plan: &Plan, intent: &Intent, old: &toml::Table) -> Must {
    let unknown = |id: &str| plan.kind_of(id).is_none();
    let inline = match intent {
        Intent::Phase { .. } => plan.inline.phases,
        Intent::Workshop { .. } => plan.inline.workshops,
        Intent::Milestone { .. } => plan.inline.milestones,
        Intent::Status { id, .. } if !plan.workshops.contains(id) => return Must::FailUsage,
        Intent::Status { .. } => plan.inline.workshops,
        Intent::Rename { old, new } if unknown(old) || (!unknown(new) && new != old) => return Must::FailUsage,
        Intent::Remove { id, .. } | Intent::Move { id, .. } | Intent::Rename { old: id, .. } if unknown(id) => {
            return Must::FailUsage;
        }
        Intent::Rename { old: id, .. } | Intent::Remove { id, .. } | Intent::Move { id, .. } => {
            plan.inline_kind(plan.kind_of(id).unwrap())
        }
    };
    if inline {
        return Must::RefuseInline;
    }
    match intent {
        Intent::Status { id, .. } if plan.invalid_status.as_ref() == Some(id) => Must::Succeed,
        Intent::Rename { .. } => Must::Succeed,
        Intent::Move { .. } => Must::MoveUnlessItAddsAnError,
        Intent::Remove { id, cascade } => {
            // The items that refer to it, by kind, and whether by `phase`.
            let mut references = Vec::new();
            for (kind, value) in old {
                for item in value
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|item| item.as_table())
                {
                    let after = item.get("after").and_then(|v| v.as_array());
                    if after.is_some_and(|after| after.iter().any(|e| e.as_str() == Some(id))) {
                        references.push((kind.as_str(), false));
                    }
                    if item.get("phase").and_then(|v| v.as_str()) == Some(id) {
                        references.push((kind.as_str(), true));
                    }
                }
            }
            if references.is_empty() {
                Must::SucceedUnlessItAddsAnError
            } else if !cascade {
                Must::RefuseReferenced
            } else if references.iter().any(|(kind, phase)| *phase && plan.inline_kind(kind)) {
                Must::RefuseInline
            } else {
                Must::SucceedUnlessItAddsAnError
            }
        }
        _ => Must::SucceedUnlessItAddsAnError,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::proptest_cases(), ..ProptestConfig::default() })]

    #[test]
    fn edits_of_unusual_layouts_change_exactly_what_they_say(
        layout in proptest::collection::vec(any::<u8>(), 0..1000),
        change in proptest::collection::vec(any::<u8>(), 0..16),
    ) {
        let plan = plan(&mut Dice::new(&layout));
        let (args, intent) = edit(&mut Dice::new(&change), &plan);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.toml");
        std::fs::write(&file, &plan.text).unwrap();
        let case = || format!("plan {:?}\nicc {}", plan.text, args.join(" "));

        let old = parse(&plan.text).map_err(|e| TestCaseError::fail(format!("generated plan is not TOML: {e}\n{}", case())))?;
        let errors_before = errors(dir.path());
        // Valid, but for the one status that is not allowed, if it has one.
        let expected_errors = u64::from(plan.invalid_status.is_some());
        prop_assert_eq!(errors_before, expected_errors, "the generated plan has other errors than intended\n{}", case());

        let out = run_in(dir.path(), &args);
        let after = std::fs::read(&file).unwrap();
        let after_text = String::from_utf8_lossy(&after).into_owned();
        let case = || format!("{}\nexit {}\nstdout {:?}\nstderr {}\nafter {:?}", case(), out.code, out.stdout, out.stderr, after_text);
        prop_assert!(out.code != 101 && !out.stderr.contains("panicked"), "icc panicked\n{}", case());
        prop_assert!(out.code <= 2, "{}", case());
        let must = must(&plan, &intent, &old);
        match must {
            Must::RefuseInline => prop_assert!(
                out.code == 1 && out.stderr.contains("written as inline tables"),
                "an edit of a kind written as inline tables was not refused as one\n{}",
                case()
            ),
            Must::FailUsage => prop_assert_eq!(out.code, 2, "set-status of an id that is no workshop\n{}", case()),
            Must::Succeed => prop_assert_eq!(out.code, 0, "set-status of a status that is not allowed\n{}", case()),
            Must::SucceedUnlessItAddsAnError => prop_assert!(
                out.code == 0 || (out.code == 1 && out.stderr.contains("the edit was refused: it would add")),
                "an edit was refused, but not as adding an error\n{}",
                case()
            ),
            Must::RefuseReferenced => prop_assert!(
                out.code == 1 && out.stderr.contains("is referred to, so it was not removed"),
                "a remove of an item referred to was not refused as one\n{}",
                case()
            ),
            Must::MoveUnlessItAddsAnError => prop_assert!(
                out.code == 0 || (out.code == 1 && out.stderr.contains("the edit was refused: it would add")),
                "a move was refused, but not as adding an error\n{}",
                case()
            ),
        }
        if out.code != 0 {
            prop_assert!(after == plan.text.as_bytes(), "a refused edit changed the file\n{}", case());
            return Ok(());
        }
        let new = parse(&after_text)
            .map_err(|e| TestCaseError::fail(format!("the edited file is not TOML: {e}\n{}", case())))?;
        intended(&plan, &intent, &old, &new).map_err(|e| TestCaseError::fail(format!("{e}\n{}", case())))?;
        // A status that was there: its value's bytes replaced, and only those.
        if let Intent::Status { id, status } = &intent
            && let Some(expected) = with_status(&plan, id, status)
        {
            prop_assert!(after_text == expected, "not only the status value was replaced\nexpected {:?}\n{}", expected, case());
        }
        let skip = match &intent {
            Intent::Status { id, .. } => plan.status_lines.get(id).map(|at| at.line),
            _ => None,
        };
        // The byte order mark stays at the start of the file, where it was.
        let bom = |text: &str| text.starts_with('\u{FEFF}');
        prop_assert_eq!(bom(&after_text), bom(&plan.text), "the byte order mark\n{}", case());
        let unmarked = |text: &str| text.trim_start_matches('\u{FEFF}').to_owned();
        match &intent {
            // Values replaced where they stand: no line comes or goes.
            Intent::Rename { .. } | Intent::Move { .. } => prop_assert_eq!(
                after_text.split('\n').count(),
                plan.text.split('\n').count(),
                "a line came or went\n{}",
                case()
            ),
            // Lines go, and a list's line may lose an entry: none comes.
            Intent::Remove { .. } => prop_assert!(
                after_text.split('\n').count() < plan.text.split('\n').count(),
                "no line went\n{}",
                case()
            ),
            _ => lines_kept(&unmarked(&plan.text), &unmarked(&after_text), skip)
                .map_err(|e| TestCaseError::fail(format!("{e}\n{}", case())))?,
        }
        let errors_after = errors(dir.path());
        prop_assert!(errors_after <= errors_before, "the edit added {} errors\n{}", errors_after, case());
        if must == Must::Succeed && matches!(intent, Intent::Status { .. }) {
            prop_assert_eq!(errors_after, 0, "the status that was not allowed is still an error\n{}", case());
        }
    }
}
