//! `icc record` on KPIs whose `measurements` are written every way TOML
//! allows icc to edit: absent, `[]`, on one line (spaced or not, with or
//! without a trailing comma), one a line (indented with spaces or a tab,
//! with or without a trailing comma, comments after `[`, between elements,
//! after them and before `]`), as `[[kpi.measurements]]` tables; keys in
//! either order, dates as months, bare days or quoted days, in date order
//! or not; the key anywhere among the KPI's keys; CRLF line ends, a byte
//! order mark, no final newline; KPIs written as inline tables.
//!
//! Each random `record` must either make exactly its change — the result
//! reads back as the old document with the one measurement added where it
//! belongs (after the last dated on or before it, where the array is in
//! date order; else last), or its value replaced with `--replace`, keeps
//! every old line (but for the comma a last element gains, the line of an
//! array on one line, and an empty `[]`, which opens into the design's
//! layout) and its line
//! ends and byte order mark, and checks with no new error — or leave the
//! file byte for byte as it was, for the reason the plan gives: an unknown
//! KPI (exit 2), a date already measured without `--replace`, a
//! percentage out of range, KPIs written as inline tables (exit 1).
//!
//! The plan is drawn from a list of bytes ([`Dice`]), as in
//! `tests/edit_layouts.rs`: past its end every choice is the plainest.

mod common;

use std::path::Path;

use clap::Parser;
use proptest::prelude::*;

struct Dice<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Dice<'a> {
    fn new(bytes: &'a [u8]) -> Dice<'a> {
        Dice { bytes, at: 0 }
    }

    fn pick(&mut self, n: usize) -> usize {
        let byte = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        usize::from(byte) % n
    }

    fn one_in(&mut self, n: usize) -> bool {
        self.pick(n) == n - 1
    }

    fn of<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.pick(items.len())].clone()
    }
}

/// A measurement's date: a month, or a day of it, from 2024-09 (month 0).
#[derive(Clone, Copy, Debug, PartialEq)]
enum When {
    Month(u32),
    Day(u32, u32),
}

impl When {
    fn iso(self) -> String {
        let month = |m: u32| format!("{:04}-{:02}", 2024 + (8 + m) / 12, (8 + m) % 12 + 1);
        match self {
            When::Month(m) => month(m),
            When::Day(m, d) => format!("{}-{d:02}", month(m)),
        }
    }

    /// The month it is in (0 is 2024-09).
    fn month(self) -> u32 {
        match self {
            When::Month(m) | When::Day(m, _) => m,
        }
    }

    /// Its first day, as text that sorts as days do.
    fn first(self) -> String {
        match self {
            When::Month(_) => format!("{}-01", self.iso()),
            When::Day(..) => self.iso(),
        }
    }

    fn draw(d: &mut Dice) -> When {
        // 2024-09 to 2025-06: never after the day the tests run on.
        let m = d.pick(10) as u32;
        if d.one_in(3) {
            When::Day(m, 1 + d.pick(28) as u32)
        } else {
            When::Month(m)
        }
    }
}

/// A measurement as generated: its date, its value, how its date is written.
#[derive(Clone, Debug)]
struct Measured {
    when: When,
    value: i64,
    quoted_day: bool,
}

/// How a KPI writes its measurements.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Form {
    Absent,
    Empty,
    OneLine,
    Lines,
    Tables,
}

struct Kpi {
    id: String,
    percent: bool,
    form: Form,
    measured: Vec<Measured>,
}

struct Plan {
    text: String,
    kpis: Vec<Kpi>,
    inline: bool,
}

fn spaced(d: &mut Dice) -> (&'static str, &'static str, &'static str, &'static str) {
    // After `{`, around `=`, after `,`, before `}`.
    d.of(&[
        (" ", " = ", ", ", " "),
        (" ", " = ", ", ", " "),
        ("", "=", ",", ""),
        ("  ", " =  ", " , ", "  "),
        ("\t", "\t=\t", ",\t", "\t"),
    ])
}

fn date_text(m: &Measured) -> String {
    match m.when {
        When::Month(_) => format!("\"{}\"", m.when.iso()),
        When::Day(..) if m.quoted_day => format!("\"{}\"", m.when.iso()),
        When::Day(..) => m.when.iso(),
    }
}

fn element(d: &mut Dice, m: &Measured, value_first: bool) -> String {
    let (open, equals, comma, close) = spaced(d);
    let date = format!("date{equals}{}", date_text(m));
    let value = format!("value{equals}{}", m.value);
    let (a, b) = if value_first { (value, date) } else { (date, value) };
    format!("{{{open}{a}{comma}{b}{close}}}")
}

fn trailing(d: &mut Dice) -> &'static str {
    d.of(&["", "", "", " # x", "  # după portal", "\t#"])
}

fn measurements(d: &mut Dice, form: Form, measured: &[Measured], indent: &str) -> String {
    let value_first = d.one_in(3);
    match form {
        Form::Absent | Form::Tables => String::new(),
        Form::Empty => format!(
            "{indent}measurements = {}{}\n",
            d.of(&["[]", "[ ]", "[\n]"]),
            trailing(d)
        ),
        Form::OneLine => {
            let items: Vec<String> = measured.iter().map(|m| element(d, m, value_first)).collect();
            let (open, comma, close) = d.of(&[
                ("[", ", ", "]"),
                ("[ ", ", ", " ]"),
                ("[", ",", ",]"),
                ("[ ", " , ", ", ]"),
            ]);
            format!(
                "{indent}measurements = {open}{}{close}{}\n",
                items.join(comma),
                trailing(d)
            )
        }
        Form::Lines => {
            let mut out = format!(
                "{indent}measurements = [{}\n",
                d.of(&["", "", " # trimestrial", "  # [[kpi]]"])
            );
            let inner = d.of(&["  ", "  ", "    ", "\t"]);
            let trailing_comma = d.one_in(2);
            for (i, m) in measured.iter().enumerate() {
                out += d.of(&["", "", "", "  # 2025\n", "\n", "# value = 3\n"]);
                let comma = if i + 1 < measured.len() || trailing_comma {
                    ","
                } else {
                    ""
                };
                out += &format!("{indent}{inner}{}{comma}{}\n", element(d, m, value_first), trailing(d));
            }
            out += d.of(&["", "", "  # { date = \"2025-06\", value = ? },\n"]);
            out += &format!("{indent}{}]{}\n", d.of(&["", "", "  "]), trailing(d));
            out
        }
    }
}

fn plan(d: &mut Dice) -> Plan {
    let n = 1 + d.pick(3);
    let inline = d.one_in(10);
    let mut kpis = Vec::new();
    let mut blocks = Vec::new();
    for k in 0..n {
        let id = format!("{}{}", d.of(&["k", "indicator-", "servicii-"]), k + 1);
        let percent = d.one_in(2);
        let form = if inline {
            d.of(&[Form::Absent, Form::OneLine])
        } else {
            d.of(&[
                Form::Lines,
                Form::Lines,
                Form::OneLine,
                Form::Absent,
                Form::Empty,
                Form::Tables,
            ])
        };
        // Distinct dates (two on one date are already an error).
        let count = match form {
            Form::Absent | Form::Empty => 0,
            _ => 1 + d.pick(4),
        };
        let mut measured: Vec<Measured> = Vec::new();
        for _ in 0..count {
            let when = When::draw(d);
            // One measurement a month: a month and a day in it overlap.
            if measured.iter().all(|m| m.when.month() != when.month()) {
                measured.push(Measured {
                    when,
                    value: 10 + d.pick(80) as i64,
                    quoted_day: d.one_in(3),
                });
            }
        }
        if d.one_in(2) {
            measured.sort_by_key(|m| m.when.first());
        }
        let indent = d.of(&["", "", "", "  "]);
        let unit = if percent { "\"%\"" } else { "\"zile\"" };
        if inline {
            let list: Vec<String> = measured.iter().map(|m| element(d, m, false)).collect();
            let mut keys = format!(
                "{{ id = \"{id}\", name = \"Indicator {k}\", unit = {unit}, baseline = {{ value = 5, date = \"2024-09\" }}, target = {{ value = 95, date = \"2025-11\" }}"
            );
            if !list.is_empty() {
                keys += &format!(", measurements = [{}]", list.join(", "));
            }
            blocks.push(keys + " }");
        } else {
            let mut lines = vec![
                format!("{indent}id = \"{id}\"{}\n", trailing(d)),
                format!("{indent}name = \"Indicator „{k}” și ţară\"\n"),
                format!("{indent}unit = {unit}\n"),
                format!(
                    "{indent}baseline = {{ value = 5, date = \"2024-09\" }}{}\n",
                    trailing(d)
                ),
                format!("{indent}target = {{ value = 95, date = \"2025-11\" }}\n"),
            ];
            if d.one_in(3) {
                lines.push(format!("{indent}phase = \"implementare\"\n"));
            }
            let list = measurements(d, form, &measured, indent);
            if !list.is_empty() {
                let at = 1 + d.pick(lines.len());
                lines.insert(at, list);
            }
            let mut block = format!(
                "{}[[kpi]]{}\n{}",
                d.of(&["", "# Indicator.\n"]),
                trailing(d),
                lines.concat()
            );
            if form == Form::Tables {
                for m in &measured {
                    block += d.of(&["\n", "", "\n# trimestrul\n"]);
                    block += &format!("{indent}[[kpi.measurements]]\n");
                    let (date, value) = (format!("date = {}\n", date_text(m)), format!("value = {}\n", m.value));
                    block += &if d.one_in(3) { value + &date } else { date + &value };
                }
            }
            blocks.push(block);
        }
        kpis.push(Kpi {
            id,
            percent,
            form,
            measured,
        });
    }
    let phase = "[[phase]]\nid = \"implementare\"\nname = \"Implementare\"\nstart = \"2024-09\"\nmonths = 15\n";
    let mut text = String::new();
    if inline {
        text += &format!("kpi = [\n  {},\n]\n\n", blocks.join(",\n  "));
        text += &format!("[project]\nname = \"Test\"\n\n{phase}");
    } else {
        text += &format!("[project]\nname = \"Test\"\n\n{phase}");
        for block in &blocks {
            text += d.of(&["\n", "\n", "\n\n", "\n# ── KPI ──\n\n", "\n#\n"]);
            text += block;
        }
    }
    if d.one_in(3) {
        text += d.of(&["\n# sfârșit\n", "# ultima linie\n"]);
    }
    if d.one_in(3) {
        text.pop();
    }
    if d.one_in(3) {
        text = text.replace('\n', "\r\n");
    }
    if d.one_in(4) {
        text.insert(0, '\u{FEFF}');
    }
    Plan { text, kpis, inline }
}

/// A `record` command: the KPI, the value as typed and as it reads, the date.
struct Recording {
    args: Vec<String>,
    kpi: Option<usize>,
    value: f64,
    integer: bool,
    when: When,
    replace: bool,
}

fn recording(d: &mut Dice, plan: &Plan) -> Recording {
    let kpi = if d.one_in(10) {
        None
    } else {
        Some(d.pick(plan.kpis.len()))
    };
    let id = kpi.map_or("nu-exista".to_owned(), |k| plan.kpis[k].id.clone());
    // Now and then a date already measured.
    let measured = kpi.map_or(&[][..], |k| plan.kpis[k].measured.as_slice());
    let when = if !measured.is_empty() && d.one_in(3) {
        measured[d.pick(measured.len())].when
    } else {
        When::draw(d)
    };
    let whole = if d.one_in(12) { 150 } else { d.pick(101) as i64 };
    let (typed, value, integer) = match d.pick(3) {
        0 => (format!("{whole},5"), whole as f64 + 0.5, false),
        1 => (format!("{whole}.25"), whole as f64 + 0.25, false),
        _ => (whole.to_string(), whole as f64, true),
    };
    let replace = d.one_in(2);
    let mut args = vec!["record".to_owned(), id, typed, "--date".into(), when.iso()];
    if replace {
        args.push("--replace".into());
    }
    Recording {
        args,
        kpi,
        value,
        integer,
        when,
        replace,
    }
}

struct Ran {
    code: u8,
    stderr: String,
}

/// Runs icc in-process in `dir`, on 2025-06-30; a panic is exit 101.
fn run_in(dir: &Path, args: &[String]) -> Ran {
    let mut all = vec!["icc".to_owned(), "--today".into(), "2025-06-30".into()];
    all.extend_from_slice(args);
    let cli = match icc::cli::Cli::try_parse_from(all) {
        Ok(cli) => cli,
        Err(err) => {
            return Ran {
                code: 2,
                stderr: err.to_string(),
            };
        }
    };
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut stdin: &[u8] = b"";
        let mut edge = icc::cli::Edge {
            cwd: dir.to_path_buf(),
            today: chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
            color: icc::cli::Streams::default(),
            terminal_width: None,
            stdin: &mut stdin,
        };
        icc::cli::run(&cli, &mut edge)
    }));
    match ran {
        Ok(Ok(out)) => Ran {
            code: out.exit_code(),
            stderr: out.stderr,
        },
        Ok(Err(err)) => Ran {
            code: 2,
            stderr: format!("error: {err:#}"),
        },
        Err(_) => Ran {
            code: 101,
            stderr: "panicked".into(),
        },
    }
}

fn errors(dir: &Path) -> u64 {
    let out = {
        let cli = icc::cli::Cli::try_parse_from(["icc", "--today", "2025-06-30", "check", "--format", "json"]).unwrap();
        let mut stdin: &[u8] = b"";
        let mut edge = icc::cli::Edge {
            cwd: dir.to_path_buf(),
            today: chrono::NaiveDate::from_ymd_opt(2025, 6, 30).unwrap(),
            color: icc::cli::Streams::default(),
            terminal_width: None,
            stdin: &mut stdin,
        };
        icc::cli::run(&cli, &mut edge).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    json["errors"].as_u64().unwrap()
}

fn parse(text: &str) -> Result<toml::Table, String> {
    text.strip_prefix('\u{FEFF}')
        .unwrap_or(text)
        .parse::<toml::Table>()
        .map_err(|e| e.to_string())
}

/// The old document with the measurement recorded, as `record` must leave it.
fn expected(old: &toml::Table, plan: &Plan, r: &Recording, k: usize) -> toml::Table {
    let kpi = &plan.kpis[k];
    let mut doc = old.clone();
    let table = doc["kpi"].as_array_mut().unwrap()[k].as_table_mut().unwrap();
    let value = if r.integer {
        toml::Value::Integer(r.value as i64)
    } else {
        toml::Value::Float(r.value)
    };
    if let Some(at) = kpi.measured.iter().position(|m| m.when == r.when) {
        let list = table["measurements"].as_array_mut().unwrap();
        list[at].as_table_mut().unwrap().insert("value".into(), value);
        return doc;
    }
    // A day as the KPI writes its days: in quotes if its first does.
    let quoted = kpi
        .measured
        .iter()
        .find(|m| matches!(m.when, When::Day(..)))
        .is_some_and(|m| m.quoted_day);
    let date = match r.when {
        When::Day(..) if !quoted => toml::Value::Datetime(r.when.iso().parse().unwrap()),
        _ => toml::Value::String(r.when.iso()),
    };
    let mut new = toml::Table::new();
    new.insert("date".into(), date);
    new.insert("value".into(), value);
    let firsts: Vec<String> = kpi.measured.iter().map(|m| m.when.first()).collect();
    let sorted = firsts.windows(2).all(|w| w[0] <= w[1]);
    let at = if sorted && kpi.form != Form::Tables {
        firsts.iter().filter(|f| **f <= r.when.first()).count()
    } else {
        firsts.len()
    };
    let list = table
        .entry("measurements")
        .or_insert_with(|| toml::Value::Array(Vec::new()))
        .as_array_mut()
        .unwrap();
    list.insert(at, toml::Value::Table(new));
    doc
}

/// Every line of `before` is in `after`, in order, commas aside (a last
/// element gains one); the old last line may have gained its line break.
fn lines_kept(before: &str, after: &str) -> Result<(), String> {
    let plain = |line: &str| line.trim_end_matches(['\r', '\n']).replace(',', "");
    let mut rest = after.split_inclusive('\n');
    for (n, line) in before.split_inclusive('\n').enumerate() {
        let line = plain(line);
        if !rest.any(|l| plain(l) == line) {
            return Err(format!("line {} {line:?} lost or moved", n + 1));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::proptest_cases(), ..ProptestConfig::default() })]

    #[test]
    fn a_measurement_is_recorded_in_the_layout_of_its_array(
        layout in proptest::collection::vec(any::<u8>(), 0..400),
        change in proptest::collection::vec(any::<u8>(), 0..12),
    ) {
        let plan = plan(&mut Dice::new(&layout));
        let r = recording(&mut Dice::new(&change), &plan);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.toml");
        std::fs::write(&file, &plan.text).unwrap();
        let case = || format!("plan {:?}\nicc {}", plan.text, r.args.join(" "));
        let old = parse(&plan.text).map_err(|e| TestCaseError::fail(format!("generated plan is not TOML: {e}\n{}", case())))?;
        let errors_before = errors(dir.path());
        prop_assert_eq!(errors_before, 0, "the generated plan has errors\n{}", case());

        let out = run_in(dir.path(), &r.args);
        let after = std::fs::read(&file).unwrap();
        let after_text = String::from_utf8_lossy(&after).into_owned();
        let case = || format!("{}\nexit {}\nstderr {}\nafter {:?}", case(), out.code, out.stderr, after_text);
        prop_assert!(out.code != 101, "icc panicked\n{}", case());
        let Some(k) = r.kpi else {
            prop_assert_eq!(out.code, 2, "an unknown KPI\n{}", case());
            prop_assert!(after == plan.text.as_bytes(), "a refused edit changed the file\n{}", case());
            return Ok(());
        };
        let kpi = &plan.kpis[k];
        let measured = kpi.measured.iter().find(|m| m.when == r.when);
        // Another date in the same month: the two would overlap (a month
        // and a day in it), an error the edit would add.
        let overlapping = kpi.measured.iter().any(|m| m.when != r.when && m.when.month() == r.when.month()
            && (matches!(m.when, When::Month(_)) || matches!(r.when, When::Month(_))));
        let out_of_range = kpi.percent && !(0.0..=100.0).contains(&r.value);
        if plan.inline {
            prop_assert!(out.code == 1 && out.stderr.contains("written as inline tables"), "{}", case());
        } else if overlapping {
            prop_assert!(out.code == 1 && out.stderr.contains("error[duplicate-measurement]"), "{}", case());
        } else if measured.is_some() && !r.replace {
            prop_assert!(out.code == 1 && out.stderr.contains("already has a measurement"), "{}", case());
        } else if out_of_range && measured.is_none_or(|m| m.value as f64 != r.value) {
            prop_assert!(out.code == 1 && out.stderr.contains("error[percent-out-of-range]"), "{}", case());
        } else {
            prop_assert_eq!(out.code, 0, "record failed\n{}", case());
        }
        if out.code != 0 {
            prop_assert!(after == plan.text.as_bytes(), "a refused edit changed the file\n{}", case());
            return Ok(());
        }
        let new = parse(&after_text).map_err(|e| TestCaseError::fail(format!("the edited file is not TOML: {e}\n{}", case())))?;
        let expected = expected(&old, &plan, &r, k);
        prop_assert!(new == expected, "the document is not the old one with the measurement\nexpected {:?}\n{}", expected, case());
        let unmarked = |text: &str| text.trim_start_matches('\u{FEFF}').to_owned();
        prop_assert_eq!(after_text.starts_with('\u{FEFF}'), plan.text.starts_with('\u{FEFF}'), "the byte order mark\n{}", case());
        if plan.text.contains("\r\n") {
            prop_assert_eq!(after_text.matches('\n').count(), after_text.matches("\r\n").count(), "a line end\n{}", case());
        }
        if measured.is_some() {
            // The value replaced where it stands: no line comes or goes.
            prop_assert_eq!(after_text.lines().count(), plan.text.lines().count(), "{}", case());
        } else if !matches!(kpi.form, Form::Empty | Form::OneLine) {
            // (An array on one line is one line still; `[]` opens into
            // the design's layout, a line an element.)
            lines_kept(&unmarked(&plan.text), &unmarked(&after_text)).map_err(|e| TestCaseError::fail(format!("{e}\n{}", case())))?;
        }
        prop_assert_eq!(errors(dir.path()), 0, "the edit added an error\n{}", case());
    }
}
