//! Edits of valid plans written in unusual but valid TOML layouts:
//! multi-line strings whose lines look like headers, comments and keys;
//! comments between keys and after values; blank and comment lines between
//! tables; CRLF line ends, no final newline, a byte order mark; spaced and
//! quoted keys, spaced headers; Romanian text; workshops in and out of date
//! order, with and without a status; milestones among the workshops.
//!
//! Each random edit must either make exactly its change — the result parses,
//! reads back as the old document plus the one item (or the one status), keeps
//! every old line in order, and checks with no new error — or leave the file
//! byte for byte as it was (exit 1 or 2). It never panics.
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

/// A table's text, its entries in the given order (shuffled a little), and
/// the offset in it of the line of the entry `mark`, if it has one.
fn table(d: &mut Dice, name: &str, array: bool, mut entries: Vec<Entry>, mark: &str) -> (String, Option<usize>) {
    // Fisher-Yates, where 0 keeps each entry in its place.
    for i in (1..entries.len()).rev() {
        let j = i - d.pick(i + 1);
        entries.swap(i, j);
    }
    let mut out = header(d, name, array);
    let mut marked = None;
    for entry in entries {
        out += between_keys(d);
        if entry.key == mark {
            marked = Some(out.len());
        }
        out += &format!(
            "{}{}{}{}{}\n",
            indent(d),
            key(d, entry.key),
            sep(d),
            entry.value,
            trailing(d)
        );
    }
    (out, marked)
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
    /// A workshop's id and the offset of its `status` line in `block`.
    status_at: Option<(String, usize)>,
    workshop: bool,
}

struct PhaseModel {
    id: String,
    /// First month, from January 2021.
    start: i32,
    months: i32,
}

/// A generated plan: its bytes and what is in it.
struct Plan {
    text: String,
    phases: Vec<PhaseModel>,
    workshops: Vec<String>,
    ids: Vec<String>,
    /// For each workshop with a status, the 0-based line of its `status`.
    status_lines: HashMap<String, usize>,
    /// The months the phases cover, from 0.
    span: i32,
}

impl Plan {
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

    // Phases, one after the other from January 2021.
    let mut phases = Vec::new();
    let mut phase_blocks = Vec::new();
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
        phase_blocks.push(table(d, "phase", true, entries, "").0);
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
        let has_status = !d.one_in(3);
        if has_status {
            let status = d.of(STATUSES);
            entries.push(entry("status", string(d, status)));
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
        let (block, status_at) = table(d, "workshop", true, entries, "status");
        let status_at = status_at.filter(|_| has_status).map(|at| (id.clone(), at));
        events.push(Event {
            when,
            block,
            status_at,
            workshop: true,
        });
        workshops.push(id);
    }
    if d.one_in(2) {
        // In date order, as the editor keeps them where they are.
        events.sort_by_key(|e| (e.when.month(), matches!(e.when, When::Day(..)), e.when.iso()));
    } else {
        for i in (1..events.len()).rev() {
            let j = i - d.pick(i + 1);
            events.swap(i, j);
        }
    }
    let mut milestone_ids = Vec::new();
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
        milestone_ids.push(id);
    }

    // The project.
    let mut entries = vec![entry("name", string(d, "Intelligent Cities Challenge — Arad"))];
    if d.one_in(2) {
        entries.push(entry("city", string(d, "Arad")));
        entries.push(entry("language", "\"ro\""));
    }
    let project = table(d, "project", false, entries, "").0;

    // The document: the sections in one of a few orders.
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
    let mut status_offsets: Vec<(String, usize)> = Vec::new();
    for section in order {
        match section {
            Project => {
                if !text.is_empty() {
                    text += between_tables(d);
                }
                text += &project;
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
                    if let Some((id, at)) = &event.status_at {
                        status_offsets.push((id.clone(), text.len() + at));
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
        .map(|(id, at)| (id, text[..at].matches('\n').count()))
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
}

fn edit(d: &mut Dice, plan: &Plan) -> (Vec<String>, Intent) {
    let args = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<String>>();
    let some_phase = |d: &mut Dice| plan.phases[d.pick(plan.phases.len())].id.clone();
    match d.pick(4) {
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
                &[
                    ("id", id.as_deref().and_then(string)),
                    ("name", string(name)),
                    ("phase", phase.as_deref().and_then(string)),
                ],
                &["id", "name", "date", "phase"],
            )?;
            if phase.is_none() && item.contains_key("phase") {
                return Err(format!("a `phase` no one asked for: {item:?}"));
            }
            if !is_date(item.get("date"), *date) {
                return Err(format!("`date` is {:?}, not {}", item.get("date"), date.iso()));
            }
            Ok(())
        }),
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
        prop_assert_eq!(errors_before, 0, "the generated plan is not valid\n{}", case());

        let out = run_in(dir.path(), &args);
        let after = std::fs::read(&file).unwrap();
        let after_text = String::from_utf8_lossy(&after).into_owned();
        let case = || format!("{}\nexit {}\nstdout {:?}\nstderr {}\nafter {:?}", case(), out.code, out.stdout, out.stderr, after_text);
        prop_assert!(out.code != 101 && !out.stderr.contains("panicked"), "icc panicked\n{}", case());
        prop_assert!(out.code <= 2, "{}", case());
        if out.code != 0 {
            prop_assert!(after == plan.text.as_bytes(), "a refused edit changed the file\n{}", case());
            return Ok(());
        }
        let new = parse(&after_text)
            .map_err(|e| TestCaseError::fail(format!("the edited file is not TOML: {e}\n{}", case())))?;
        intended(&plan, &intent, &old, &new).map_err(|e| TestCaseError::fail(format!("{e}\n{}", case())))?;
        let skip = match &intent {
            Intent::Status { id, .. } => plan.status_lines.get(id).copied(),
            _ => None,
        };
        // The byte order mark stays at the start of the file, where it was.
        let bom = |text: &str| text.starts_with('\u{FEFF}');
        prop_assert_eq!(bom(&after_text), bom(&plan.text), "the byte order mark\n{}", case());
        let unmarked = |text: &str| text.trim_start_matches('\u{FEFF}').to_owned();
        lines_kept(&unmarked(&plan.text), &unmarked(&after_text), skip).map_err(|e| TestCaseError::fail(format!("{e}\n{}", case())))?;
        let errors_after = errors(dir.path());
        prop_assert!(errors_after <= errors_before, "the edit added {} errors\n{}", errors_after, case());
    }
}
