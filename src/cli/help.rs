//! The command line in the terminal's language: `--help`, clap's errors,
//! and the command the man page and the completions are made from.
//!
//! The flags are clap's derive types, with no words of their own: every
//! text `--help` shows comes from the catalogue (`locales/*/help.ftl`),
//! English as much as Romanian. [`command`] builds the derive's
//! `clap::Command` and walks it: each command's `about` (`help-COMMAND`,
//! `help-COMMAND-long`), each flag's `help` (`help-COMMAND-FLAG`, or
//! `help-FLAG` for the global flags and those several commands share), the
//! values a flag takes (`…-VALUE`), the headings, and what clap adds
//! itself (`--help`, `--version`, `icc help`). The words clap writes on
//! its own and offers no setting for — `[default: …]`, `[possible values:
//! …]`, `Possible values:` — are hidden from it and written here, inside
//! the flag's help, so that clap still wraps and aligns them; the headings
//! `Options:` and `Arguments:` and the usage's `[OPTIONS]` are replaced in
//! what it renders ([`help_text`]). clap's errors are worded again from
//! their kind and context ([`error_text`]), as uutils' coreutils do.
//!
//! Which language: [`language_asked`] reads `--lang` before clap parses (a help
//! or an error can come before any parse), and decides as
//! [`Cli::terminal_language`] does after.

use std::ffi::OsString;

use clap::builder::{PossibleValue, PossibleValuesParser, StyledStr};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};

pub use crate::lang::Catalog;
use crate::lang::args;

use super::{Cli, Environment};

/// The terminal's language as asked for, before clap parses: `--lang X`
/// or `--lang=X` as typed (before a `--`), else the environment, in the
/// order [`Cli::terminal_language`] follows; for
/// [`Catalog::for_language`]. A `--lang` without a value (none, one that
/// looks like a flag, or not UTF-8) is not one: clap says so, in the
/// language of the environment.
pub fn language_asked(args: &[OsString], env: &Environment) -> Option<String> {
    let mut flag = None;
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            flag = rest
                .next()
                .and_then(|value| value.to_str())
                .filter(|value| !value.starts_with('-'))
                .or(flag);
        } else if let Some(value) = arg.to_str().and_then(|arg| arg.strip_prefix("--lang=")) {
            flag = Some(value);
        }
    }
    Cli::language_of(flag, env)
}

/// The command to parse with and whose `--help` and errors the terminal
/// shows, in `lang`.
pub fn command(lang: &Catalog) -> Command {
    let words = Words::new(lang);
    let mut command = worded(&words, Use::Terminal);
    // Built as parsing builds it: each command alone (`icc help` keeps its
    // `[COMMAND]...`), so that what clap adds to each exists to be worded.
    command.render_usage();
    for sub in command.get_subcommands_mut() {
        sub.render_usage();
    }
    added(&mut command, &words, Use::Terminal, Level::Top);
    command
}

/// The command the man page and the completions are made from, in `lang`:
/// built whole, as they build it. Its flags' values carry their help (in a
/// parser of strings: not one to parse with).
pub fn document(lang: &Catalog) -> Command {
    let words = Words::new(lang);
    let mut command = worded(&words, Use::Document);
    command.build();
    added(&mut command, &words, Use::Document, Level::Top);
    command
}

/// [`document`] before clap adds to it: each command's own flags, for the
/// man page's part about it.
pub(super) fn document_parts(lang: &Catalog) -> Command {
    worded(&Words::new(lang), Use::Document)
}

/// The flags, parsed with [`command`].
pub fn parse(command: &mut Command, args: &[OsString]) -> Result<Cli, clap::Error> {
    let mut matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|err| err.format(command))
}

/// What a localized command is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Use {
    /// Parsing, `--help` and errors: the values and defaults are said in
    /// the flag's help.
    Terminal,
    /// The man page and completions: the values carry their help, and
    /// clap_mangen says the defaults.
    Document,
}

/// The catalogue, and English's, which decides which id a text has.
struct Words<'a> {
    lang: &'a Catalog,
    /// English's, unless `lang` is English.
    english: Option<Catalog>,
}

impl<'a> Words<'a> {
    fn new(lang: &'a Catalog) -> Words<'a> {
        let english = (lang.language() != "en").then(Catalog::english);
        Words { lang, english }
    }

    /// Whether the catalogues have a text `id` (English's is the reference:
    /// a test holds every language to it).
    fn has(&self, id: &str) -> bool {
        self.english.as_ref().unwrap_or(self.lang).text(id) != id
    }

    /// The text `id`, its lines joined into paragraphs.
    fn text(&self, id: &str) -> String {
        paragraphs(&self.lang.text(id))
    }

    /// The id of a flag's help: `help-COMMAND-FLAG` where the catalogue has
    /// one, else `help-FLAG` (global flags, and flags several commands
    /// share).
    fn arg_id(&self, command: Option<&str>, arg: &Arg) -> String {
        let key = arg_key(arg);
        if let Some(command) = command.filter(|_| !arg.is_global_set()) {
            let id = format!("help-{command}-{key}");
            if self.has(&id) {
                return id;
            }
        }
        format!("help-{key}")
    }

    /// The text `id` where clap takes a name (a heading, a value's name):
    /// kept for the run, as clap keeps only names that live as long (short
    /// words, a few a command built).
    fn name(&self, id: &str) -> &'static str {
        Box::leak(self.text(id).into_boxed_str())
    }

    /// The help of one value of a flag, if the catalogue has one.
    fn value_help(&self, arg_id: &str, value: &str) -> Option<String> {
        let id = format!("{arg_id}-{value}");
        self.has(&id).then(|| self.text(&id))
    }
}

/// A flag as ids name it: its long name, else its id (`--led-by`,
/// `shell`).
fn arg_key(arg: &Arg) -> String {
    arg.get_long()
        .map_or_else(|| arg.get_id().as_str().replace('_', "-"), str::to_owned)
}

/// A text of the catalogue as help shows it: the lines of a paragraph
/// joined with a space, paragraphs apart by an empty line.
pub(super) fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| paragraph.lines().map(str::trim).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The derive's command, every text from the catalogue (before clap adds
/// `--help`, `--version` and `icc help`).
fn worded(words: &Words<'_>, purpose: Use) -> Command {
    let command = Cli::command()
        .about(words.text("help-about"))
        .subcommand_value_name(words.name("help-usage-command"))
        .subcommand_help_heading(words.name("help-heading-commands"));
    let command = with_template(command, words, purpose);
    let command = command.mut_args(|arg| worded_arg(words, None, arg, purpose));
    command.mut_subcommands(|sub| {
        let name = sub.get_name().to_owned();
        let mut sub = sub.about(words.text(&format!("help-{name}")));
        let long = format!("help-{name}-long");
        if words.has(&long) {
            sub = sub.long_about(words.text(&long));
        }
        let sub = with_template(sub, words, purpose);
        sub.mut_args(|arg| worded_arg(words, Some(&name), arg, purpose))
    })
}

/// A flag with its help from the catalogue.
fn worded_arg(words: &Words<'_>, command: Option<&str>, arg: Arg, purpose: Use) -> Arg {
    let id = words.arg_id(command, &arg);
    let mut arg = arg;
    if arg.is_global_set() {
        arg = arg.help_heading(words.name("help-heading-global"));
    }
    arg = value_names(words, arg);
    let help = words.text(&id);
    let long_id = format!("{id}-long");
    let long = words.has(&long_id).then(|| words.text(&long_id));
    let spec = Spec::of(words, &id, &arg);
    match purpose {
        Use::Document => {
            let listed = spec.listed();
            let mut arg = arg.help(help);
            if let Some(long) = long {
                arg = arg.long_help(long);
            }
            if listed {
                let values: Vec<PossibleValue> = possible_values(&arg)
                    .into_iter()
                    .map(|value| {
                        let help = words.value_help(&id, value.get_name());
                        match help {
                            Some(help) => value.help(help),
                            None => value,
                        }
                    })
                    .collect();
                arg = arg.value_parser(PossibleValuesParser::new(values));
            }
            arg
        }
        Use::Terminal => {
            // As clap decides whether a flag has a long help of its own: a
            // long text, or values with help.
            let long = long.or_else(|| spec.listed().then(|| help.clone()));
            let short = spec.short(words, help);
            let mut arg = arg.help(short);
            if arg.get_action().takes_values() {
                arg = arg.hide_default_value(true).hide_possible_values(true);
            }
            match long {
                Some(long) => arg.long_help(spec.long(words, long)),
                None => arg,
            }
        }
    }
}

/// A flag with the names of its values (`--plan <PATH>`) in the
/// catalogue's words (`help-value-path`), where it has some.
fn value_names(words: &Words<'_>, arg: Arg) -> Arg {
    if !arg.get_action().takes_values() {
        return arg;
    }
    let Some(names) = arg.get_value_names() else {
        return arg;
    };
    let mut worded = false;
    let names: Vec<clap::builder::Str> = names
        .iter()
        .map(|name| {
            let id = format!("help-value-{}", name.to_lowercase().replace('_', "-"));
            if words.has(&id) {
                worded = true;
                words.name(&id).into()
            } else {
                name.clone()
            }
        })
        .collect();
    if worded { arg.value_names(names) } else { arg }
}

/// The values a flag takes, those shown.
fn possible_values(arg: &Arg) -> Vec<PossibleValue> {
    if !arg.get_action().takes_values() {
        return Vec::new();
    }
    arg.get_value_parser()
        .possible_values()
        .map(|values| values.filter(|value| !value.is_hide_set()).collect())
        .unwrap_or_default()
}

/// What clap would say after a flag's help: its default and its values
/// (each with its help, if it has one).
struct Spec {
    default: Option<String>,
    values: Vec<(String, Option<String>)>,
}

impl Spec {
    fn of(words: &Words<'_>, id: &str, arg: &Arg) -> Spec {
        let takes_values = arg.get_action().takes_values();
        let default = (takes_values && !arg.get_default_values().is_empty()).then(|| {
            arg.get_default_values()
                .iter()
                .map(|value| escaped(&value.to_string_lossy()))
                .collect::<Vec<_>>()
                .join(" ")
        });
        let values = possible_values(arg)
            .iter()
            .map(|value| (value.get_name().to_owned(), words.value_help(id, value.get_name())))
            .collect();
        Spec { default, values }
    }

    /// Whether the values are listed, each on a line with its help (in the
    /// long help), rather than named in brackets.
    fn listed(&self) -> bool {
        self.values.iter().any(|(_, help)| help.is_some())
    }

    fn default(&self, words: &Words<'_>) -> Option<String> {
        let value = self.default.as_deref()?;
        Some(words.lang.say("help-default", &args!(value = value)))
    }

    fn named(&self, words: &Words<'_>) -> Option<String> {
        if self.values.is_empty() {
            return None;
        }
        let values: Vec<String> = self.values.iter().map(|(name, _)| escaped(name)).collect();
        Some(
            words
                .lang
                .say("help-possible-values-inline", &args!(values = values.join(", "))),
        )
    }

    /// The short help: the text, then `[default: …] [possible values: …]`.
    fn short(&self, words: &Words<'_>, help: String) -> String {
        [Some(help), self.default(words), self.named(words)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The long help: the text, the values one a line, then the default
    /// (and the values, where they are not listed), a line each.
    fn long(&self, words: &Words<'_>, help: String) -> String {
        let mut text = help;
        if self.listed() {
            let literal = clap::builder::Styles::default().get_literal().to_owned();
            let widest = self.values.iter().map(|(name, _)| name.chars().count()).max();
            text += &format!("\n\n{}:", words.text("help-possible-values"));
            for (name, help) in &self.values {
                text += &format!("\n- {literal}{name}{literal:#}");
                if let Some(help) = help {
                    let pad = widest.unwrap_or(0) - name.chars().count();
                    text += &format!(": {:pad$}{help}", "");
                }
            }
        }
        let named = if self.listed() { None } else { self.named(words) };
        let after: Vec<String> = [self.default(words), named].into_iter().flatten().collect();
        if !after.is_empty() {
            text += "\n\n";
            text += &after.join("\n");
        }
        text
    }
}

/// A value as clap shows it: quoted if it is empty or holds a space.
fn escaped(value: &str) -> String {
    if value.is_empty() || value.contains(char::is_whitespace) {
        format!("{value:?}")
    } else {
        value.to_owned()
    }
}

/// clap's template, with the usage's heading from the catalogue.
fn with_template(command: Command, words: &Words<'_>, purpose: Use) -> Command {
    if purpose == Use::Document {
        return command;
    }
    let style = command.get_styles().get_usage().to_owned();
    let heading = format!("{style}{}:{style:#}", words.text("help-usage"));
    command.help_template(StyledStr::from(format!(
        "{{before-help}}{{about-with-newline}}\n{heading} {{usage}}\n\n{{all-args}}{{after-help}}"
    )))
}

/// Words what clap added to a built command and those under it: `--help`,
/// `--version`, the `help` command; and, where `--help` says more than
/// `-h`, the long help of the flags that had none (their default and
/// values a line each, as clap writes them there).
fn added(command: &mut Command, words: &Words<'_>, purpose: Use, level: Level) {
    let name = command.get_name().to_owned();
    let is_help = level != Level::Top && name == "help";
    // The command whose ids its flags' help has: none at the top, nor
    // below the `help` command.
    let key = (level == Level::Command).then_some(name.as_str());
    let says_more = command
        .get_arguments()
        .any(|arg| matches!(arg.get_action(), ArgAction::Help) && arg.get_long_help().is_some());
    let mut taken = std::mem::take(command);
    if is_help {
        taken = with_template(taken.about(words.text("help-help")), words, purpose);
    }
    if taken.has_subcommands() {
        taken = taken
            .subcommand_value_name(words.name("help-usage-command"))
            .subcommand_help_heading(words.name("help-heading-commands"));
    }
    *command = taken.mut_args(|arg| match arg.get_action() {
        ArgAction::Help if arg.get_long_help().is_some() => arg
            .help(words.text("help-flag-help-more"))
            .long_help(words.text("help-flag-help-summary")),
        ArgAction::Help => arg.help(words.text("help-flag-help")),
        ArgAction::Version => arg.help(words.text("help-flag-version")),
        _ if is_help => arg
            .help(words.text("help-help-subcommand"))
            .value_name(words.name("help-usage-command")),
        _ if purpose == Use::Terminal && says_more && arg.get_long_help().is_none() => {
            let id = words.arg_id(key, &arg);
            let spec = Spec::of(words, &id, &arg);
            if spec.default.is_none() && spec.values.is_empty() {
                arg
            } else {
                let long = spec.long(words, words.text(&id));
                arg.long_help(long)
            }
        }
        _ => arg,
    });
    let below = if level == Level::Top {
        Level::Command
    } else {
        Level::Below
    };
    for sub in command.get_subcommands_mut() {
        added(sub, words, purpose, below);
    }
}

/// Where a command is: `icc`, a command of it, or below one (`icc help`'s).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Top,
    Command,
    Below,
}

/// Text without its styles.
fn plain(text: &str) -> String {
    anstream::adapter::strip_str(text).to_string()
}

/// A help clap rendered (styled or not), with the words it writes itself
/// in the catalogue's: the headings `Options:` and `Arguments:`, and
/// `[OPTIONS]` in the usage.
pub fn help_text(rendered: &str, lang: &Catalog) -> String {
    let words = Words::new(lang);
    let usage = format!("{}:", words.text("help-usage"));
    let options = format!("[{}]", words.text("help-usage-options"));
    let values = format!("{}:", words.text("help-possible-values"));
    let lines: Vec<&str> = rendered.split('\n').collect();
    let mut out = Vec::with_capacity(lines.len());
    for (at, line) in lines.iter().enumerate() {
        let shown = plain(line);
        let line = match shown.as_str() {
            "Options:" => line.replacen("Options", &words.text("help-heading-options"), 1),
            "Arguments:" => line.replacen("Arguments", &words.text("help-heading-arguments"), 1),
            _ if shown.starts_with(&usage) => line.replace("[OPTIONS]", &options),
            // The line between a flag's help and its values is empty, as
            // clap writes it (the help's lines are indented, even this one).
            _ if shown.trim().is_empty() && lines.get(at + 1).is_some_and(|next| plain(next).trim() == values) => {
                String::new()
            }
            _ => (*line).to_owned(),
        };
        out.push(line);
    }
    out.join("\n")
}

/// A quoted name, as the catalogue quotes one.
fn quoted(lang: &Catalog, name: &str) -> String {
    lang.say("help-quoted", &args!(text = name))
}

/// The error clap made of the flags, worded from the catalogue by its kind
/// and context (as clap words it in English), or, for `--help` and
/// `--version`, what they print.
pub fn error_text(err: &clap::Error, lang: &Catalog) -> String {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return help_text(&err.render().to_string(), lang);
        }
        ErrorKind::DisplayVersion => return err.render().to_string(),
        _ => {}
    }
    let english = err.render().to_string();
    let mut out = format!("{}: ", lang.text("severity-error"));
    match message(err, lang) {
        Some(message) => out += &message,
        // A kind clap says nothing more of: its own words.
        None => out += english.lines().next().unwrap_or_default().trim_start_matches("error: "),
    }
    out += &tips(err, lang);
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        out += "\n\n";
        out += &usage_text(&usage.to_string(), lang);
    }
    // clap says which flag to try, if any: the command's `--help`, or `help`.
    let flag = english
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix("For more information, try '")?.strip_suffix("'."));
    match flag {
        Some(flag) => {
            out += "\n\n";
            out += &lang.say("help-error-try-help", &args!(flag = flag));
            out += "\n";
        }
        None => out += "\n",
    }
    out
}

/// [`error_text`], with clap's styles kept in a help, for a terminal.
pub fn error_text_styled(err: &clap::Error, lang: &Catalog) -> String {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            help_text(&err.render().ansi().to_string(), lang)
        }
        ErrorKind::DisplayVersion => err.render().ansi().to_string(),
        _ => error_text(err, lang),
    }
}

/// A usage clap wrote: its heading and `[OPTIONS]` in the catalogue's words.
fn usage_text(usage: &str, lang: &Catalog) -> String {
    let words = Words::new(lang);
    let usage = usage.strip_prefix("Usage:").map_or_else(
        || usage.to_owned(),
        |rest| format!("{}:{rest}", words.text("help-usage")),
    );
    usage.replace("[OPTIONS]", &format!("[{}]", words.text("help-usage-options")))
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<&str> {
    match err.get(kind) {
        Some(ContextValue::String(text)) => Some(text),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Option<&[String]> {
    match err.get(kind) {
        Some(ContextValue::Strings(list)) => Some(list),
        _ => None,
    }
}

fn number(err: &clap::Error, kind: ContextKind) -> Option<isize> {
    match err.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n),
        _ => None,
    }
}

/// What went wrong, by the error's kind, from its context; `None` where
/// the context does not say.
fn message(err: &clap::Error, lang: &Catalog) -> Option<String> {
    use ContextKind::{ActualNumValues, ExpectedNumValues, InvalidArg, InvalidSubcommand, InvalidValue, MinValues};
    let arg = || string(err, InvalidArg);
    let value = || string(err, InvalidValue);
    let said = match err.kind() {
        ErrorKind::ArgumentConflict => return Some(conflict(err, lang)),
        ErrorKind::NoEquals => lang.say("help-error-no-equals", &args!(arg = arg()?)),
        ErrorKind::InvalidValue => {
            let (arg, value) = (arg()?, value()?);
            let mut text = if value.is_empty() {
                lang.say("help-error-value-required", &args!(arg = arg))
            } else {
                lang.say("help-error-invalid-value", &args!(value = value, arg = arg))
            };
            text += &values_list(
                &lang.text("help-error-possible-values"),
                strings(err, ContextKind::ValidValue),
            );
            text
        }
        ErrorKind::InvalidSubcommand => lang.say(
            "help-error-unrecognized-subcommand",
            &args!(subcommand = string(err, InvalidSubcommand)?),
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(err, InvalidArg)?;
            let mut text = lang.text("help-error-required");
            for name in missing {
                text += &format!("\n  {name}");
            }
            text
        }
        ErrorKind::MissingSubcommand => {
            let command = string(err, InvalidSubcommand)?;
            let mut text = lang.say("help-error-missing-subcommand", &args!(command = command));
            text += &values_list(
                &lang.text("help-error-subcommands"),
                strings(err, ContextKind::ValidSubcommand),
            );
            text
        }
        ErrorKind::InvalidUtf8 => lang.text("help-error-invalid-utf8"),
        ErrorKind::TooManyValues => lang.say("help-error-too-many-values", &args!(value = value()?, arg = arg()?)),
        ErrorKind::TooFewValues => lang.say(
            "help-error-too-few-values",
            &args!(
                min = number(err, MinValues)?.to_string(),
                arg = arg()?,
                count = i64::try_from(number(err, ActualNumValues)?).unwrap_or(i64::MAX)
            ),
        ),
        ErrorKind::WrongNumberOfValues => lang.say(
            "help-error-wrong-number-of-values",
            &args!(
                expected = number(err, ExpectedNumValues)?.to_string(),
                arg = arg()?,
                count = i64::try_from(number(err, ActualNumValues)?).unwrap_or(i64::MAX)
            ),
        ),
        ErrorKind::ValueValidation => {
            let mut text = lang.say("help-error-invalid-value", &args!(value = value()?, arg = arg()?));
            if let Some(source) = std::error::Error::source(err) {
                // The reason is said whole, after a colon, in every language.
                text += ": ";
                text += &reason(source, lang);
            }
            text
        }
        ErrorKind::UnknownArgument => lang.say("help-error-unexpected-argument", &args!(arg = arg()?)),
        _ => return None,
    };
    Some(said)
}

/// `the argument '--past' cannot be used with '--upcoming'`, and its kin.
fn conflict(err: &clap::Error, lang: &Catalog) -> String {
    let prior = err.get(ContextKind::PriorArg);
    let list = |first: String, others: &[String]| others.iter().fold(first, |text, other| format!("{text}\n  {other}"));
    if let Some(arg) = string(err, ContextKind::InvalidArg) {
        return match prior {
            Some(ContextValue::String(other)) if other == arg => lang.say("help-error-used-twice", &args!(arg = arg)),
            Some(ContextValue::String(other)) => lang.say("help-error-conflict", &args!(arg = arg, other = other)),
            Some(ContextValue::Strings(others)) => {
                list(lang.say("help-error-conflict-list", &args!(arg = arg)), others)
            }
            _ => lang.say("help-error-conflict-others", &args!(arg = arg)),
        };
    }
    if let Some(subcommand) = string(err, ContextKind::InvalidSubcommand) {
        return match prior {
            Some(ContextValue::String(other)) => lang.say(
                "help-error-subcommand-conflict",
                &args!(subcommand = subcommand, other = other),
            ),
            Some(ContextValue::Strings(others)) => list(
                lang.say("help-error-subcommand-conflict-list", &args!(subcommand = subcommand)),
                others,
            ),
            _ => lang.say("help-error-subcommand-conflict-others", &args!(subcommand = subcommand)),
        };
    }
    // No context at all: clap's own sentence.
    err.kind().as_str().unwrap_or_default().to_owned()
}

/// `\n  [possible values: human, json]` after an error, if there are any.
fn values_list(label: &str, values: Option<&[String]>) -> String {
    let Some(values) = values.filter(|values| !values.is_empty()) else {
        return String::new();
    };
    let values: Vec<String> = values.iter().map(|value| escaped(value)).collect();
    format!("\n  [{label}: {}]", values.join(", "))
}

/// Why a value is not one: what clap's readers of numbers say, in the
/// catalogue's words; the reason icc's own readers give, as they give it.
fn reason(source: &(dyn std::error::Error + 'static), lang: &Catalog) -> String {
    use std::num::IntErrorKind;
    if let Some(reason) = source.downcast_ref::<Reason>() {
        return lang.say(reason.id, &reason.args);
    }
    if let Some(flag) = source.downcast_ref::<super::FlagError>() {
        return flag.say(lang);
    }
    if let Some(err) = source.downcast_ref::<std::num::ParseIntError>() {
        return match err.kind() {
            IntErrorKind::InvalidDigit => lang.text("help-error-not-a-number"),
            IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => lang.text("help-error-number-too-large"),
            IntErrorKind::Empty => lang.text("help-error-empty-number"),
            _ => err.to_string(),
        };
    }
    let text = source.to_string();
    // clap's ranges: `5 is not in 20..=1000`.
    let range = text.split_once(" is not in ").and_then(|(value, range)| {
        let (min, max) = range.split_once("..=")?;
        let is_number =
            |text: &str| text.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit()) && !text.is_empty();
        (is_number(value) && is_number(min) && is_number(max)).then_some((value, min, max))
    });
    match range {
        Some((value, min, max)) => lang.say("help-error-not-in-range", &args!(value = value, min = min, max = max)),
        None => text,
    }
}

/// Why a value parser refuses a value, as a message of the catalogue and
/// its arguments: clap's error says it in the terminal's language
/// ([`error_text`]); shown as text (`Display`), it is English. A parser
/// returns it as its error (`Result<T, Reason>`).
#[derive(Debug)]
pub struct Reason {
    id: &'static str,
    args: crate::finding::Args,
}

impl Reason {
    pub fn new(id: &'static str, args: crate::finding::Args) -> Reason {
        Reason { id, args }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Catalog::english().say(self.id, &self.args))
    }
}

impl std::error::Error for Reason {}

/// The tips clap gives after an error, one a line.
fn tips(err: &clap::Error, lang: &Catalog) -> String {
    let tip = lang.text("help-tip");
    let mut lines = Vec::new();
    let similar = |id: &str, names: &ContextValue| -> Option<String> {
        let names: Vec<String> = match names {
            ContextValue::String(name) => vec![name.clone()],
            ContextValue::Strings(names) => names.clone(),
            _ => return None,
        };
        let count = names.len();
        let names = names
            .iter()
            .map(|name| quoted(lang, name))
            .collect::<Vec<_>>()
            .join(", ");
        Some(match id {
            "help-tip-similar-subcommand" => {
                lang.say("help-tip-similar-subcommand", &args!(count = count, names = names))
            }
            "help-tip-similar-argument" => lang.say("help-tip-similar-argument", &args!(count = count, names = names)),
            _ => lang.say("help-tip-similar-value", &args!(count = count, names = names)),
        })
    };
    for (kind, id) in [
        (ContextKind::SuggestedSubcommand, "help-tip-similar-subcommand"),
        (ContextKind::SuggestedArg, "help-tip-similar-argument"),
        (ContextKind::SuggestedValue, "help-tip-similar-value"),
    ] {
        if let Some(names) = err.get(kind)
            && let Some(line) = similar(id, names)
        {
            lines.push(line);
        }
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = err.get(ContextKind::Suggested) {
        lines.extend(
            suggestions
                .iter()
                .map(|suggestion| suggested(&suggestion.to_string(), lang)),
        );
    }
    if lines.is_empty() {
        return String::new();
    }
    // clap: an empty line, then a tip a line, each indented.
    let mut out = String::from("\n");
    for line in lines {
        out += &format!("\n  {tip}: {line}");
    }
    out
}

/// A tip clap wrote in English, in the catalogue's words where it is one
/// clap writes; else as it is.
fn suggested(tip: &str, lang: &Catalog) -> String {
    if let Some(rest) = tip.strip_prefix("to pass '")
        && let Some((arg, rest)) = rest.split_once("' as a value, use '")
        && let Some(fix) = rest.strip_suffix('\'')
    {
        return lang.say("help-tip-as-value", &args!(arg = arg, fix = fix));
    }
    if let Some(rest) = tip.strip_prefix("subcommand '")
        && let Some(subcommand) = rest.strip_suffix("' exists; to use it, remove the '--' before it")
    {
        return lang.say("help-tip-remove-dashes", &args!(subcommand = subcommand));
    }
    if let Some(rest) = tip.strip_prefix('\'')
        && let Some(suggestion) = rest.strip_suffix("' exists")
    {
        return lang.say("help-tip-exists", &args!(suggestion = suggestion));
    }
    tip.to_owned()
}

/// `invalid value '…' for '--title <TITLE>': must be one line of text, …`:
/// an argument with a line break, a tab or a control character.
pub fn not_one_line(lang: &Catalog, value: &str, arg: &str) -> String {
    format!(
        "{}: {}\n",
        lang.text("severity-error"),
        lang.say("help-error-not-one-line", &args!(value = value, arg = arg))
    )
}

/// An argument with a line break, a tab or a control character that is no
/// flag's value.
pub fn control_character(lang: &Catalog, value: &str) -> String {
    format!(
        "{}: {}\n",
        lang.text("severity-error"),
        lang.say("help-error-control-character", &args!(value = value))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn romanian() -> Catalog {
        Catalog::for_language(Some("ro"))
    }

    /// Every command and flag under `command`, with the command's name
    /// (`None` at the top).
    fn walk<'a>(command: &'a Command, name: Option<&'a str>, out: &mut Vec<(Option<&'a str>, &'a Command)>) {
        out.push((name, command));
        for sub in command.get_subcommands() {
            walk(sub, Some(sub.get_name()), out);
        }
    }

    #[test]
    fn the_flags_have_no_words_but_the_catalogues() {
        // One source of truth: a doc comment turned into help would be
        // English that no catalogue holds.
        let raw = Cli::command();
        let mut commands = Vec::new();
        walk(&raw, None, &mut commands);
        for (name, command) in commands {
            assert_eq!(command.get_about(), None, "{name:?}");
            assert_eq!(command.get_long_about(), None, "{name:?}");
            for arg in command.get_arguments() {
                assert_eq!(arg.get_help(), None, "{name:?} {}", arg.get_id());
                assert_eq!(arg.get_long_help(), None, "{name:?} {}", arg.get_id());
                assert_eq!(arg.get_help_heading(), None, "{name:?} {}", arg.get_id());
                for value in possible_values(arg) {
                    assert_eq!(value.get_help(), None, "{name:?} {} {}", arg.get_id(), value.get_name());
                }
            }
        }
    }

    #[test]
    fn every_command_and_flag_has_a_help_id_in_every_language() {
        let english = Catalog::english();
        let words = Words::new(&english);
        let raw = Cli::command();
        let mut checked = 0;
        for lang in [Catalog::english(), romanian()] {
            let has = |id: &str| lang.text(id) != id;
            assert!(has("help-about"));
            for command in raw.get_subcommands() {
                let name = command.get_name();
                assert!(has(&format!("help-{name}")), "{}: help-{name}", lang.language());
                for arg in command.get_arguments() {
                    let id = words.arg_id(Some(name), arg);
                    assert!(has(&id), "{}: {name} {}: {id}", lang.language(), arg.get_id());
                    checked += 1;
                    // A flag's values have help all or none.
                    let values = possible_values(arg);
                    let helped = values
                        .iter()
                        .filter(|value| has(&format!("{id}-{}", value.get_name())))
                        .count();
                    assert!(
                        helped == 0 || helped == values.len(),
                        "{name} {id}: {helped} of {}",
                        values.len()
                    );
                }
            }
            for arg in raw.get_arguments() {
                let id = words.arg_id(None, arg);
                assert!(has(&id), "{}: {id}", lang.language());
            }
        }
        assert!(checked > 100, "{checked}");
    }

    /// What clap adds is worded too, and no text anywhere is an id the
    /// catalogue lacks.
    #[test]
    fn the_built_commands_say_nothing_unworded() {
        for lang in [Catalog::english(), romanian()] {
            for built in [command(&lang), document(&lang)] {
                let mut commands = Vec::new();
                walk(&built, None, &mut commands);
                assert!(commands.len() > 20);
                for (name, command) in commands {
                    let about = command.get_about().map(ToString::to_string).unwrap_or_default();
                    assert!(!about.is_empty() && !about.starts_with("help-"), "{name:?}: {about:?}");
                    for arg in command.get_arguments().filter(|arg| !arg.is_hide_set()) {
                        let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
                        assert!(
                            !help.is_empty() && !help.contains("help-"),
                            "{name:?} {}: {help:?}",
                            arg.get_id()
                        );
                        if lang.language() == "ro" {
                            assert!(!help.starts_with("Print "), "{name:?} {}: {help:?}", arg.get_id());
                        }
                    }
                }
            }
        }
    }

    /// In English, clap's errors are said word for word as clap says them.
    #[test]
    fn english_errors_are_claps_own() {
        let english = Catalog::english();
        let cases: &[&[&str]] = &[
            &["--bogus"],
            &["status", "--bogus"],
            &["stats"],
            &["bogus"],
            &["status", "--format"],
            &["status", "--format", "xml"],
            &["status", "--format", "jsn"],
            &["--width", "5", "status"],
            &["--width", "abc", "status"],
            &["--width", "99999999999999999999", "status"],
            &["export"],
            &["add-workshop", "--title", "x"],
            &["workshops", "--past", "--upcoming"],
            &["status", "--formt", "human"],
            &["status", "--plan", "a", "--plan", "b"],
            &["--", "status"],
            &["status", "--", "--x"],
            &["status", "extra"],
            &["add-phase", "--id", "a", "--name", "b", "--months", "0"],
            &["completions"],
            &["completions", "bsh"],
            &["help", "bogus"],
            &["agenda", "--kind", "bogus"],
            &["agenda", "--next", "3x"],
            &["--today", "2021-13-01", "status"],
            &["rename", "a", "b", "c"],
            &["move", "a"],
            &["move", "a", "--by", "2m", "--date", "2021-01"],
            &["set-status", "a"],
            &["--lang"],
            &["--color=bogus", "status"],
            &["status", "-x"],
        ];
        for case in cases {
            let args: Vec<OsString> = std::iter::once("icc")
                .chain(case.iter().copied())
                .map(OsString::from)
                .collect();
            let err = parse(&mut command(&english), &args).expect_err("a mistake");
            assert_eq!(error_text(&err, &english), err.render().to_string(), "{case:?}");
            let romanian = error_text(&err, &romanian());
            assert!(romanian.starts_with("eroare: "), "{case:?}: {romanian}");
            assert!(!romanian.contains("For more"), "{case:?}: {romanian}");
        }
    }

    #[test]
    fn the_language_is_read_before_the_flags_are_parsed() {
        let env = |vars: &[(&str, &str)]| {
            let vars: Vec<(String, String)> = vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
            Environment::read(move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| OsString::from(v)))
        };
        let language = |args: &[&str], vars: &[(&str, &str)]| {
            let args: Vec<OsString> = std::iter::once("icc")
                .chain(args.iter().copied())
                .map(OsString::from)
                .collect();
            Catalog::for_language(language_asked(&args, &env(vars)).as_deref()).language()
        };
        let ro = [("LANG", "ro_RO.UTF-8")];
        assert_eq!(language(&["--help"], &[]), "en");
        assert_eq!(language(&["--help"], &ro), "ro");
        assert_eq!(language(&["--lang", "ro", "--help"], &[]), "ro");
        assert_eq!(language(&["--help", "--lang=ro"], &[]), "ro");
        assert_eq!(language(&["status", "--lang", "ro-RO"], &[]), "ro");
        assert_eq!(language(&["--lang", "en", "--help"], &ro), "en");
        assert_eq!(language(&["--lang", "de"], &ro), "en");
        // No value: the environment's.
        assert_eq!(language(&["--lang"], &ro), "ro");
        assert_eq!(language(&["--lang", "--help"], &ro), "ro");
        // After `--`, nothing is a flag.
        assert_eq!(language(&["--", "--lang", "en"], &ro), "ro");
        assert_eq!(language(&[], &[("ICC_LANG", "ro"), ("LANG", "en_US.UTF-8")]), "ro");
        assert_eq!(
            language(&[], &[("LC_ALL", "ro_RO.UTF-8"), ("LANG", "en_US.UTF-8")]),
            "ro"
        );
        assert_eq!(language(&[], &[("LC_ALL", "C"), ("LANG", "ro_RO.UTF-8")]), "en");
        assert_eq!(language(&[], &[("LC_MESSAGES", "ro_RO.UTF-8"), ("LANG", "C")]), "ro");
        assert_eq!(language(&[], &[("LANG", "de_DE.UTF-8")]), "en");
        // An empty variable is unset.
        assert_eq!(language(&[], &[("LC_ALL", ""), ("LANG", "ro_RO.UTF-8")]), "ro");
    }

    #[test]
    fn a_reason_is_said_in_the_terminals_language() {
        let reason = Reason::new("help-error-not-in-range", args!(value = "5", min = "20", max = "1000"));
        assert_eq!(reason.to_string(), "5 is not in 20..=1000");
        assert_eq!(super::reason(&reason, &romanian()), "5 nu este între 20 și 1000");
        // Through clap, as a value parser returns it.
        let parser = |_: &str| -> Result<u16, Reason> { Err(Reason::new("help-error-not-a-number", args!())) };
        let err = Command::new("icc")
            .arg(Arg::new("n").long("n").value_parser(parser))
            .try_get_matches_from(["icc", "--n", "x"])
            .unwrap_err();
        assert_eq!(
            error_text(&err, &romanian()),
            "eroare: valoare nevalidă „x” pentru „--n <n>”: nu este un număr întreg\n\n\
             Pentru mai multe informații, încercați „--help”.\n"
        );
        assert_eq!(error_text(&err, &Catalog::english()), err.render().to_string());
        let number = "x".parse::<u16>().unwrap_err();
        assert_eq!(super::reason(&number, &romanian()), "nu este un număr întreg");
        assert_eq!(super::reason(&number, &Catalog::english()), number.to_string());
    }

    #[test]
    fn a_catalogue_text_is_joined_into_paragraphs() {
        assert_eq!(paragraphs("one\ntwo\n\nthree"), "one two\n\nthree");
        assert_eq!(paragraphs("one"), "one");
    }
}
