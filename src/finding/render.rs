//! Findings shown: like rustc for people (annotate-snippets), one JSON
//! object for scripts, workflow commands for GitHub Actions. Every format
//! reads the same findings, words them from the same catalogue and counts
//! them with the same [`Summary`], so they cannot disagree.

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Element, Group, Level, Origin, Renderer, Snippet};

use super::{Finding, Severity, Summary};
use crate::lang::{Catalog, args};
use crate::source::{LineCol, Source};

/// Second places a finding points at that are shown under it, at most.
const MAX_RELATED: usize = 8;

/// Lines of context a long span is cut to in human output.
const MAX_SNIPPET_LINES: usize = 4;

/// rustc-style findings, each with its source line and caret.
pub fn human(source: &Source, findings: &[Finding], color: bool, lang: &Catalog) -> String {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() };
    let mut out = String::new();
    // The source lines shown, safe for a terminal, at the same offsets.
    let safe = if findings.is_empty() {
        std::borrow::Cow::Borrowed("")
    } else {
        crate::text::quoted_in_place(&source.text)
    };
    // The words before the colons, in the reader's language.
    let names = Names {
        error: lang.text("severity-error"),
        warning: lang.text("severity-warning"),
        note: lang.text("severity-note"),
        help: lang.text("word-help"),
    };
    for finding in findings {
        let level = match finding.severity() {
            Severity::Error => Level::ERROR.with_name(names.error.as_str()),
            Severity::Warning => Level::WARNING.with_name(names.warning.as_str()),
            Severity::Note => names.note(),
        };
        let words = Words::of(finding, lang);
        let title = level.primary_title(words.message.as_str()).id(finding.code.as_str());
        let mut group = Group::with_title(title);
        if finding.span.is_some() {
            for snippet in snippets(source, &safe, finding, &words, &names, lang) {
                group = group.element(snippet);
            }
        } else {
            let note = lang.say("check-in-plan", &args!(plan = source.name.as_str()));
            group = group.element(names.note().message(note));
        }
        if let Some(help) = &words.help {
            group = group.element(Level::HELP.with_name(names.help.as_str()).message(help.as_str()));
        }
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    out
}

/// The names of the levels, as the reader's language writes them before a
/// colon (`error:`, `eroare:`).
struct Names {
    error: String,
    warning: String,
    note: String,
    help: String,
}

impl Names {
    fn note(&self) -> Level<'_> {
        Level::NOTE.with_name(self.note.as_str())
    }
}

/// A finding in words, made once for all its parts.
struct Words {
    message: String,
    label: Option<String>,
    help: Option<String>,
    /// The label of each related place, in order.
    related: Vec<String>,
}

impl Words {
    /// The words, safe for a terminal: plan text in them (a title, a key)
    /// may hold escape sequences.
    fn of(finding: &Finding, lang: &Catalog) -> Words {
        let safe = |text: String| crate::text::printable_lines(&text).into_owned();
        Words {
            message: safe(finding.message(lang)),
            label: finding.label_text(lang).map(safe),
            help: finding.help_text(lang).map(safe),
            related: finding
                .related
                .iter()
                .take(MAX_RELATED)
                .map(|r| safe(finding.related_label(r, lang)))
                .collect(),
        }
    }
}

/// A span to underline, how, and its label.
type Mark<'a> = (Range<usize>, AnnotationKind, Option<&'a str>);

/// Bytes of source shown at most for one snippet.
const LONG_EXCERPT: usize = 2048;

/// Spans this close (in lines) share one snippet, as rustc shows them.
const NEAR_LINES: usize = 6;

/// The finding's spans as snippets: the primary span's lines first, with
/// related spans nearby in the same snippet, far ones in snippets of their own.
fn snippets<'a>(
    source: &'a Source,
    safe: &'a str,
    finding: &'a Finding,
    words: &'a Words,
    names: &'a Names,
    lang: &Catalog,
) -> Vec<Element<'a>> {
    let Some(primary) = &finding.span else {
        return Vec::new();
    };
    let mut spans: Vec<Mark<'a>> = vec![(primary.clone(), AnnotationKind::Primary, words.label.as_deref())];
    // A cycle through 20,000 phases points at 20,000 places: the first few
    // are shown (the message names them all), so the work stays small.
    spans.extend(
        finding
            .related
            .iter()
            .zip(&words.related)
            .take(MAX_RELATED)
            .map(|(r, label)| (r.span.clone(), AnnotationKind::Context, Some(label.as_str()))),
    );
    for (span, ..) in &mut spans {
        // A span over many lines is cut to its first few.
        let mut last = source.line_range(span.start);
        for _ in 1..MAX_SNIPPET_LINES {
            if span.end <= last.end || last.end >= source.text.len() {
                break;
            }
            last = source.line_range(last.end + 1);
        }
        span.end = span.end.clamp(span.start, last.end.max(span.start));
    }
    // Clusters of spans whose lines are near each other, primary's first.
    let line = |offset: usize| source.line_col(offset).line;
    let mut clusters: Vec<Vec<Mark<'a>>> = Vec::new();
    for span in spans {
        let near = clusters.iter_mut().find(|c| {
            c.iter()
                .any(|(s, ..)| line(s.start).abs_diff(line(span.0.start)) <= NEAR_LINES)
        });
        match near {
            Some(cluster) => cluster.push(span),
            None => clusters.push(vec![span]),
        }
    }
    let mut elements = Vec::new();
    for mut cluster in clusters {
        let from = cluster.iter().map(|(s, ..)| s.start).min().unwrap_or(0);
        let to = cluster.iter().map(|(s, ..)| s.end).max().unwrap_or(from);
        let first = source.line_range(from);
        let mut last = source.line_range(to.saturating_sub(1).max(from));
        if last.end - first.start > LONG_EXCERPT {
            // A huge line (a 30 MB string) would cost seconds to lay out.
            let at = from;
            if at - first.start > LONG_EXCERPT / 2 {
                // Far into the line: say where, without the line.
                let place = source.line_col(at);
                let origin = Origin::path(source.name.as_str())
                    .line(place.line)
                    .char_column(place.column);
                elements.push(origin.into());
                let said = lang.say("check-line-too-long", &args!(line = place.line));
                elements.push(names.note().message(said).into());
                continue;
            }
            // Near its start: show the line up to a little past the span.
            last.end = source.floor_char_boundary(last.end.min(at + LONG_EXCERPT / 2));
            for (span, ..) in &mut cluster {
                span.start = span.start.min(last.end);
                span.end = span.end.clamp(span.start, last.end);
            }
        }
        let text = &safe[first.start..last.end];
        let mut snippet = Snippet::source(text)
            .line_start(line(first.start))
            .path(source.name.as_str());
        for (span, kind, label) in cluster {
            let mut annotation = kind.span(span.start - first.start..span.end - first.start);
            if let Some(label) = label {
                annotation = annotation.label(label);
            }
            snippet = snippet.annotation(annotation);
        }
        elements.push(snippet.into());
    }
    elements
}

/// The closing line of human output.
pub fn human_summary(source: &Source, summary: Summary, strict: bool, counts: &str, lang: &Catalog) -> String {
    let plan = source.name.as_str();
    if (Summary { allowed: 0, ..summary }) == Summary::default() {
        return lang.say(
            "check-clean",
            &args!(plan = plan, counts = counts, allowed = summary.allowed),
        ) + "\n";
    }
    let verdict = if summary.passes(strict) {
        "passes"
    } else if summary.errors > 0 {
        "fails"
    } else {
        "strict"
    };
    let args = args!(
        plan = plan,
        errors = summary.errors,
        warnings = summary.warnings,
        notes = summary.notes,
        allowed = summary.allowed,
        verdict = verdict,
    );
    lang.say("check-summary", &args) + "\n"
}

#[derive(serde::Serialize)]
struct JsonReport<'a> {
    plan: &'a str,
    ok: bool,
    errors: usize,
    warnings: usize,
    notes: usize,
    allowed: usize,
    diagnostics: Vec<JsonFinding<'a>>,
}

#[derive(serde::Serialize)]
struct JsonFinding<'a> {
    code: &'static str,
    severity: Severity,
    message: String,
    args: &'a super::Args,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    help: Option<String>,
}

/// Where a finding starts and ends, 1-based; the end is exclusive.
fn place(source: &Source, finding: &Finding) -> Option<(LineCol, LineCol)> {
    let span = finding.span.as_ref()?;
    Some((source.line_col(span.start), source.line_col(span.end.max(span.start))))
}

/// The object of `design.md`: counts, verdict and every finding.
pub fn json(source: &Source, findings: &[Finding], summary: Summary, strict: bool, lang: &Catalog) -> String {
    let report = JsonReport {
        plan: &source.name,
        ok: summary.passes(strict),
        errors: summary.errors,
        warnings: summary.warnings,
        notes: summary.notes,
        allowed: summary.allowed,
        diagnostics: findings
            .iter()
            .map(|f| {
                let place = place(source, f);
                JsonFinding {
                    code: f.code.as_str(),
                    severity: f.severity(),
                    message: f.message(lang),
                    args: &f.args,
                    line: place.map(|(s, _)| s.line),
                    column: place.map(|(s, _)| s.column),
                    end_line: place.map(|(_, e)| e.line),
                    end_column: place.map(|(_, e)| e.column),
                    help: f.help_text(lang),
                }
            })
            .collect(),
    };
    crate::text::json(&report)
}

/// One GitHub Actions workflow command a finding, escaped as the runner
/// expects: `%`, CR and LF everywhere, and `:` and `,` in properties.
/// `file` is the plan as GitHub names it (from the repository's root), so
/// that each annotation lands on its line.
pub fn github(source: &Source, file: &str, findings: &[Finding], lang: &Catalog) -> String {
    let mut out = String::new();
    for finding in findings {
        let command = match finding.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        // A plan from standard input is no file of the repository.
        let mut properties = Vec::new();
        if file != "<stdin>" {
            properties.push(format!("file={}", escape_property(file)));
        }
        if let Some((start, end)) = place(source, finding) {
            properties.push(format!(
                "line={},col={},endLine={},endColumn={}",
                start.line, start.column, end.line, end.column
            ));
        }
        properties.push(format!("title={}", escape_property(finding.code.as_str())));
        let mut message = finding.message(lang);
        if let Some(help) = finding.help_text(lang) {
            let _ = write!(message, "\n{}: {help}", lang.text("word-help"));
        }
        let _ = writeln!(out, "::{command} {}::{}", properties.join(","), escape_data(&message));
    }
    out
}

/// A workflow command's data: `%`, CR and LF escaped as the runner
/// expects; other characters that would act on a terminal showing the log
/// (escape sequences, bidi controls) replaced.
fn escape_data(text: &str) -> String {
    let escaped = text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    crate::text::printable(&escaped).into_owned()
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding with no place says which file it is about, in the
    /// reader's language, under the level's name in that language.
    #[test]
    fn a_finding_with_no_place_names_its_file() {
        let (source, _) = Source::from_bytes("plan.toml", b"x = 1\n");
        let finding = Finding::new(super::super::Code::MissingField).variant("project");
        let said = |language| {
            human(
                &source,
                std::slice::from_ref(&finding),
                false,
                &Catalog::for_language(Some(language)),
            )
        };
        assert_eq!(
            said("en"),
            "error[missing-field]: the plan has no `[project]` table\n |\n = note: in plan.toml\n = help: start \
             the plan with:\n         [project]\n         name = \"…\"\n\n"
        );
        assert_eq!(
            said("ro"),
            "eroare[missing-field]: planul nu are tabelul `[project]`\n |\n = notă: în plan.toml\n = ajutor: \
             începeți planul cu:\n           [project]\n           name = \"…\"\n\n"
        );
    }

    #[test]
    fn github_escaping() {
        assert_eq!(escape_data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
