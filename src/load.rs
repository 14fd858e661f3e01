//! Reading a plan: TOML text to the [`Plan`] model, with a finding for
//! every problem at the exact place it is, not only the first.
//!
//! The TOML is parsed into spanned values, then each table is read field
//! by field. A field is known because a reader asked for it, so the list of
//! keys that unknown ones are compared against cannot drift from the model.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::date::{ACCEPTED_FORMS, DateError, PlanDate};
use crate::finding::{Code, Finding};
use crate::model::{Keyword, Milestone, Phase, Plan, Project, Recurring, Workshop, is_valid_id};
use crate::source::Source;

/// Plans this big are read a chunk at a time (see [`load_chunked`]).
const CHUNKED_FROM: usize = 1 << 20;

/// The plan, if its TOML could be parsed, and every finding about its shape.
pub fn load(source: &Source) -> (Option<Plan>, Vec<Finding>) {
    if source.text.len() >= CHUNKED_FROM
        && let Some(loaded) = load_chunked(source, CHUNK)
    {
        return loaded;
    }
    load_whole(source)
}

/// Findings in the order of the file (those without a place last), so that
/// every way of reading gives them in the same order.
fn in_file_order(mut findings: Vec<Finding>) -> Vec<Finding> {
    findings.sort_by_key(|f| f.span.as_ref().map_or((usize::MAX, usize::MAX), |s| (s.start, s.end)));
    findings
}

/// Reads the whole text as one TOML document.
pub fn load_whole(source: &Source) -> (Option<Plan>, Vec<Finding>) {
    let (root, errors) = DeTable::parse_recoverable(&source.text);
    if !errors.is_empty() {
        // After a syntax error the recovered tables are guesses: checking
        // them would report problems that are not there.
        let mut findings: Vec<Finding> = errors.iter().map(|err| syntax_finding(source, err)).collect();
        // One mistake often trips the parser twice on a line; the first says it best.
        findings.dedup_by_key(|f| source.line_col(f.span.as_ref().map_or(0, |s| s.start)).line);
        return (None, findings);
    }
    let mut findings = Vec::new();
    let mut plan = Plan::default();
    let mut top = Fields::new("the plan", root.get_ref(), 0..0, &mut findings);
    let has_project = plan_fields(&mut top, &mut plan);
    top.finish();
    if !has_project {
        findings.push(missing_project());
    }
    (Some(plan), in_file_order(findings))
}

/// The bytes a chunk holds at least: small enough that its parsed TOML is
/// a small fraction of the plan, big enough that there are few of them.
const CHUNK: usize = 64 << 10;

/// Reads a big plan a chunk of tables at a time, so that the parsed TOML of
/// the whole file (about fifteen times its size) is never in memory at once.
/// A chunk starts at a table header. Where cutting could change the meaning
/// (a header that is not a single bare key, a table or value given in two
/// chunks) or a chunk is not valid TOML, it returns `None` and the plan is
/// read whole, which reports exactly what a single parse reports.
pub fn load_chunked(source: &Source, chunk: usize) -> Option<(Option<Plan>, Vec<Finding>)> {
    let text = &source.text;
    let headers = scan_headers(text);
    if headers.iter().any(|(_, simple)| !simple) {
        return None;
    }
    let mut starts = vec![0];
    for (header, _) in headers {
        if header - starts.last().copied().unwrap_or(0) >= chunk {
            starts.push(header);
        }
    }
    starts.push(text.len());
    let mut plan = Plan::default();
    let mut findings = Vec::new();
    let mut has_project = false;
    // Top-level keys that are not arrays of tables may be given only once.
    let mut once: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut arrays: std::collections::HashSet<String> = std::collections::HashSet::new();
    for range in starts.windows(2) {
        let part = text.get(range[0]..range[1])?;
        let (root, errors) = DeTable::parse_recoverable(part);
        if !errors.is_empty() {
            return None;
        }
        for (key, value) in root.get_ref().iter() {
            let key = key.get_ref().to_string();
            let is_array = matches!(value.get_ref(), DeValue::Array(a) if a.iter().all(|t| t.get_ref().is_table()));
            if if is_array {
                once.contains(&key)
            } else {
                arrays.contains(&key) || !once.insert(key.clone())
            } {
                return None;
            }
            if is_array {
                arrays.insert(key);
            }
        }
        let mut top = Fields::new("the plan", root.get_ref(), 0..0, &mut findings);
        top.offset = range[0];
        has_project |= plan_fields(&mut top, &mut plan);
        top.finish();
    }
    if !has_project {
        findings.push(missing_project());
    }
    Some((Some(plan), in_file_order(findings)))
}

/// Where each table header line starts.
pub fn header_starts(text: &str) -> Vec<usize> {
    scan_headers(text).into_iter().map(|(start, _)| start).collect()
}

/// Where each table header line starts, and whether its name is a single
/// bare key, found with just enough of TOML's grammar to know a line that
/// starts with `[` outside a string, array or inline table.
fn scan_headers(text: &str) -> Vec<(usize, bool)> {
    let bytes = text.as_bytes();
    let mut headers = Vec::new();
    let mut depth = 0usize; // arrays and inline tables open inside a value
    let mut i = 0;
    let mut line_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if line_start && depth == 0 {
            // Skip indentation, then see whether the line is a header.
            let mut j = i;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t') {
                j += 1;
            }
            if bytes.get(j) == Some(&b'[') {
                let end = bytes[j..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(bytes.len(), |n| j + n);
                let line = &text[j..end];
                let line = line.split('#').next().unwrap_or("").trim_end().trim_end_matches('\r');
                let name = line
                    .strip_prefix("[[")
                    .and_then(|l| l.strip_suffix("]]"))
                    .or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')))
                    .map(str::trim);
                let simple = name.is_some_and(|n| {
                    !n.is_empty() && n.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
                });
                headers.push((i, simple));
                i = end;
                continue;
            }
            line_start = false;
        }
        match b {
            b'\n' => line_start = true,
            b'#' => {
                i = bytes[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(bytes.len(), |n| i + n);
                continue;
            }
            b'"' | b'\'' => {
                let triple = bytes.get(i + 1) == Some(&b) && bytes.get(i + 2) == Some(&b);
                let escapes = b == b'"';
                i += if triple { 3 } else { 1 };
                loop {
                    let Some(&c) = bytes.get(i) else { return headers };
                    if escapes && c == b'\\' {
                        i += 2;
                        continue;
                    }
                    if c == b && (!triple || (bytes.get(i + 1) == Some(&b) && bytes.get(i + 2) == Some(&b))) {
                        i += if triple { 3 } else { 1 };
                        // A closing triple quote may have up to two more quotes before it.
                        while triple && bytes.get(i) == Some(&b) {
                            i += 1;
                        }
                        break;
                    }
                    if c == b'\n' && !triple {
                        break; // an unclosed string; the parser will say so
                    }
                    i += 1;
                }
                continue;
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    headers
}

fn missing_project() -> Finding {
    Finding::new(Code::MissingField, "the plan has no `[project]` table")
        .at(0..0)
        .help("start the plan with:\n[project]\nname = \"…\"")
}

/// A TOML syntax error as a finding. A bare date TOML rejects (`2021-02-30`)
/// is reported as a date, with the forms icc accepts.
fn syntax_finding(source: &Source, err: &toml::de::Error) -> Finding {
    let span = err.span().unwrap_or(0..0);
    let text = source.text.get(span.clone()).unwrap_or("");
    let looks_like_date =
        text.len() >= 7 && text.as_bytes()[..4].iter().all(u8::is_ascii_digit) && text.as_bytes()[4] == b'-';
    match PlanDate::parse(text) {
        Err(date_err) if looks_like_date => Finding::new(Code::InvalidDate, date_err.to_string())
            .at(span)
            .help(ACCEPTED_FORMS),
        _ => Finding::new(Code::Syntax, format!("invalid TOML: {}", err.message().trim_end())).at(span),
    }
}

/// Reads a root table into `plan`, adding to what earlier chunks read;
/// returns whether it held `[project]`.
fn plan_fields(top: &mut Fields<'_, '_, '_>, plan: &mut Plan) -> bool {
    let has_project = match top.get("project") {
        Some(value) => {
            match value.get_ref() {
                DeValue::Table(table) => {
                    let mut f = Fields::new("[project]", table, top.at(value.span()), top.findings);
                    f.offset = top.offset;
                    plan.project = project_fields(&mut f);
                    f.finish();
                }
                other => top.wrong_type("project", top.at(value.span()), "a table (`[project]`)", other),
            }
            true
        }
        None => false,
    };
    // Numbered across chunks: "[[phase]] number 12" is the twelfth in the file.
    let phases = top.tables("phase", read_phase, plan.phases.len());
    plan.phases.extend(phases);
    let milestones = top.tables("milestone", read_milestone, plan.milestones.len());
    plan.milestones.extend(milestones);
    let workshops = top.tables("workshop", read_workshop, plan.workshops.len());
    plan.workshops.extend(workshops);
    let recurring = top.tables("recurring", read_recurring, plan.recurring.len());
    plan.recurring.extend(recurring);
    has_project
}

/// The keys the loader reads in each kind of table, found by running each
/// reader on an empty table: the list unknown keys are compared against.
pub fn known_keys() -> Vec<(&'static str, Vec<&'static str>)> {
    let empty = DeTable::default();
    let mut sink = Vec::new();
    let mut keys = Vec::new();
    macro_rules! keys_of {
        ($kind:literal, $read:expr) => {{
            let mut fields = Fields::new($kind, &empty, 0..0, &mut sink);
            let _ = $read(&mut fields);
            keys.push(($kind, fields.known));
        }};
    }
    keys_of!("plan", |f: &mut Fields<'_, '_, '_>| plan_fields(
        f,
        &mut Plan::default()
    ));
    keys_of!("project", |f: &mut Fields<'_, '_, '_>| project_fields(f));
    keys_of!("phase", read_phase);
    keys_of!("milestone", read_milestone);
    keys_of!("workshop", read_workshop);
    keys_of!("recurring", read_recurring);
    keys
}

fn project_fields(f: &mut Fields<'_, '_, '_>) -> Project {
    Project {
        name: f.required_string("name"),
        city: f.string("city"),
        language: f.string("language"),
    }
}

fn read_phase(f: &mut Fields<'_, '_, '_>) -> Phase {
    Phase {
        span: f.header.clone(),
        id: f.id(),
        name: f.required_string("name"),
        start: f.date("start"),
        end: f.date("end"),
        months: f.count("months", "a phase lasts at least one month"),
        after: f.strings("after"),
        summary: f.string("summary"),
        activities: f.strings("activities"),
        broken: false,
    }
}

fn read_milestone(f: &mut Fields<'_, '_, '_>) -> Milestone {
    Milestone {
        span: f.header.clone(),
        id: f.id(),
        name: f.required_string("name"),
        date: f.required_date("date"),
        phase: f.string("phase"),
        after: f.strings("after"),
        broken: false,
    }
}

fn read_workshop(f: &mut Fields<'_, '_, '_>) -> Workshop {
    Workshop {
        span: f.header.clone(),
        id: f.id(),
        title: f.required_string("title"),
        date: f.required_date("date"),
        end: f.date("end"),
        phase: f.string("phase"),
        activity: f.string("activity"),
        audience: f.strings("audience"),
        led_by: f.strings("led_by"),
        mode: f.keyword("mode"),
        objective: f.string("objective"),
        status: f.keyword("status"),
        after: f.strings("after"),
        broken: false,
    }
}

fn read_recurring(f: &mut Fields<'_, '_, '_>) -> Recurring {
    Recurring {
        span: f.header.clone(),
        id: f.id(),
        title: f.required_string("title"),
        phase: f.required_string("phase"),
        every_months: f.required_count("every_months"),
        first: f.date("first"),
        audience: f.strings("audience"),
        led_by: f.strings("led_by"),
        mode: f.keyword("mode"),
        objective: f.string("objective"),
        broken: false,
    }
}

/// Items whose reader marks them broken when a field failed.
trait Item {
    fn set_broken(&mut self);
}

macro_rules! item {
    ($($ty:ty),*) => {$( impl Item for $ty { fn set_broken(&mut self) { self.broken = true; } } )*};
}
item!(Phase, Milestone, Workshop, Recurring);

/// Reads the fields of one table, remembering which keys were asked for.
struct Fields<'t, 'i, 'f> {
    /// How messages name this table: "workshop `ws-x`".
    what: String,
    table: &'t DeTable<'i>,
    header: Range<usize>,
    known: Vec<&'static str>,
    findings: &'f mut Vec<Finding>,
    broken: bool,
    /// Where the parsed text starts in the plan (a chunk of a big plan).
    offset: usize,
}

impl<'t, 'i, 'f> Fields<'t, 'i, 'f> {
    fn new(
        what: impl Into<String>,
        table: &'t DeTable<'i>,
        header: Range<usize>,
        findings: &'f mut Vec<Finding>,
    ) -> Self {
        Fields {
            what: what.into(),
            table,
            header,
            known: Vec::new(),
            findings,
            broken: false,
            offset: 0,
        }
    }

    /// A span of the parsed text as a span of the plan.
    fn at(&self, span: Range<usize>) -> Range<usize> {
        span.start + self.offset..span.end + self.offset
    }

    fn get(&mut self, key: &'static str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.known.push(key);
        self.table.get(key)
    }

    fn report(&mut self, finding: Finding) {
        self.broken = true;
        self.findings.push(finding);
    }

    fn wrong_type(&mut self, key: &str, span: Range<usize>, expected: &str, found: &DeValue<'_>) {
        let message = format!("{}: `{key}` must be {expected}, found {}", self.what, a_type(found));
        self.report(
            Finding::new(Code::WrongType, message)
                .at(span)
                .label(format!("expected {expected}")),
        );
    }

    fn missing(&mut self, key: &str, example: &str) {
        let message = format!("{} has no `{key}`", self.what);
        let finding = Finding::new(Code::MissingField, message)
            .at(self.header.clone())
            .help(format!("add `{key} = {example}`"));
        self.report(finding);
    }

    /// The array of tables under `key`, each read by `read`; `before` of
    /// them were read already (from earlier chunks).
    fn tables<T: Item>(&mut self, key: &'static str, read: fn(&mut Fields<'_, '_, '_>) -> T, before: usize) -> Vec<T> {
        let Some(value) = self.get(key) else { return Vec::new() };
        let items = match value.get_ref() {
            DeValue::Array(items) if items.iter().all(|item| item.get_ref().is_table()) => items,
            other => {
                let expected = format!("an array of tables (`[[{key}]]`)");
                self.wrong_type(key, self.at(value.span()), &expected, other);
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            let DeValue::Table(table) = item.get_ref() else {
                continue;
            };
            let what = match table.get("id").and_then(|id| id.get_ref().as_str()) {
                Some(id) => format!("{key} `{id}`"),
                None => format!("[[{key}]] number {}", before + index + 1),
            };
            let header = self.at(item.span());
            let mut fields = Fields::new(what, table, header, self.findings);
            fields.offset = self.offset;
            let mut read_item = read(&mut fields);
            if fields.finish() {
                read_item.set_broken();
            }
            out.push(read_item);
        }
        out
    }

    fn string(&mut self, key: &'static str) -> Option<Spanned<String>> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => Some(Spanned::new(self.at(value.span()), text.to_string())),
            other => {
                self.wrong_type(key, self.at(value.span()), "a string", other);
                None
            }
        }
    }

    fn required_string(&mut self, key: &'static str) -> Option<Spanned<String>> {
        let present = self.table.contains_key(key);
        let text = self.string(key);
        match &text {
            None if !present => self.missing(key, "\"…\""),
            Some(t) if t.get_ref().trim().is_empty() => {
                let finding = Finding::new(Code::InvalidValue, format!("{}: `{key}` is empty", self.what)).at(t.span());
                self.report(finding);
            }
            _ => {}
        }
        text
    }

    fn id(&mut self) -> Option<Spanned<String>> {
        let id = self.required_string("id")?;
        if !is_valid_id(id.get_ref()) {
            let finding = Finding::new(Code::InvalidId, format!("`{}` is not a valid id", id.get_ref()))
                .at(id.span())
                .label("ids are lowercase ASCII letters, digits and `-`")
                .help(format!(
                    "an id matches `[a-z0-9][a-z0-9-]*`, e.g. `{}`",
                    crate::text::slug(id.get_ref(), "item-1")
                ));
            self.report(finding);
        }
        Some(id)
    }

    fn strings(&mut self, key: &'static str) -> Vec<Spanned<String>> {
        let Some(value) = self.get(key) else { return Vec::new() };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, self.at(value.span()), "an array of strings", value.get_ref());
            return Vec::new();
        };
        let mut out = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(text) => out.push(Spanned::new(self.at(item.span()), text.to_string())),
                other => self.wrong_type(key, self.at(item.span()), "an array of strings", other),
            }
        }
        out
    }

    fn date(&mut self, key: &'static str) -> Option<Spanned<PlanDate>> {
        let value = self.get(key)?;
        let parsed = match value.get_ref() {
            DeValue::String(text) => PlanDate::parse(text),
            DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                (Some(d), None, None) => PlanDate::parse(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
                (Some(_), Some(_), _) => Err(DateError::TimeOfDay(dt.to_string())),
                _ => Err(DateError::Form(dt.to_string())),
            },
            other => {
                self.wrong_type(key, self.at(value.span()), "a date", other);
                return None;
            }
        };
        match parsed {
            Ok(date) => Some(Spanned::new(self.at(value.span()), date)),
            Err(err) => {
                let finding = Finding::new(Code::InvalidDate, format!("{}: `{key}`: {err}", self.what))
                    .at(self.at(value.span()))
                    .help(ACCEPTED_FORMS);
                self.report(finding);
                None
            }
        }
    }

    fn required_date(&mut self, key: &'static str) -> Option<Spanned<PlanDate>> {
        let present = self.table.contains_key(key);
        let date = self.date(key);
        if !present {
            self.missing(key, "2021-03-15");
        }
        date
    }

    /// A whole number of months, at least 1.
    fn count(&mut self, key: &'static str, why: &str) -> Option<Spanned<u32>> {
        let value = self.get(key)?;
        let DeValue::Integer(int) = value.get_ref() else {
            self.wrong_type(key, self.at(value.span()), "a whole number of months", value.get_ref());
            return None;
        };
        let digits = int.as_str().replace('_', "");
        let digits = digits
            .trim_start_matches("0x")
            .trim_start_matches("0o")
            .trim_start_matches("0b");
        match i64::from_str_radix(digits, int.radix()) {
            Ok(n) if (1..=12 * 10_000).contains(&n) => Some(Spanned::new(self.at(value.span()), n as u32)),
            _ => {
                let code = if key == "every_months" {
                    Code::InvalidInterval
                } else {
                    Code::InvalidValue
                };
                let message = format!("{}: `{key} = {}` is not a number of months", self.what, int.as_str());
                self.report(
                    Finding::new(code, message)
                        .at(self.at(value.span()))
                        .label("must be at least 1")
                        .help(why.to_owned()),
                );
                None
            }
        }
    }

    fn required_count(&mut self, key: &'static str) -> Option<Spanned<u32>> {
        let present = self.table.contains_key(key);
        let count = self.count(
            key,
            "a meeting repeats at most once a month: `every_months = 1` or more",
        );
        if !present {
            self.missing(key, "3");
        }
        count
    }

    fn keyword<K: Keyword + std::str::FromStr<Err = String>>(&mut self, key: &'static str) -> Option<Spanned<K>> {
        let text = self.string(key)?;
        match text.get_ref().parse::<K>() {
            Ok(value) => Some(Spanned::new(text.span(), value)),
            Err(expected) => {
                let mut finding = Finding::new(
                    Code::InvalidValue,
                    format!("{}: `{key} = \"{}\"` is not allowed", self.what, text.get_ref()),
                )
                .at(text.span())
                .label(expected);
                let names: Vec<&str> = K::ALL.iter().map(|(name, _)| *name).collect();
                if let Some(near) = did_you_mean(&text.get_ref().to_lowercase(), &names) {
                    finding = finding.help(format!("did you mean `{near}`?"));
                }
                self.report(finding);
                None
            }
        }
    }

    /// Reports the keys nobody asked for; returns whether the table is broken.
    fn finish(self) -> bool {
        let mut broken = self.broken;
        for (key, _) in self.table.iter() {
            if self.known.contains(&key.get_ref().as_ref()) {
                continue;
            }
            broken = true;
            let mut finding = Finding::new(
                Code::UnknownKey,
                format!("{}: unknown key `{}`", self.what, key.get_ref()),
            )
            .at(self.at(key.span()))
            .label("not a field icc knows");
            finding = match did_you_mean(key.get_ref(), &self.known) {
                Some(near) => finding.help(format!("did you mean `{near}`?")),
                None => finding.help(format!("known keys here: {}", self.known.join(", "))),
            };
            self.findings.push(finding);
        }
        broken
    }
}

fn a_type(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// The known word nearest to `word`, if it is near enough to be a typo.
pub fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    let len = word.chars().count();
    let limit = if len <= 3 { 1 } else { (len / 3).max(2) };
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}
