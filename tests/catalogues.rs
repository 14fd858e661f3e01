//! The catalogues in `locales/` say the same things: every message and
//! attribute of English exists in every other language and back, with the
//! same variables and message references, and nothing is left in English
//! by mistake. `fluent-syntax` is not a dependency of its own, so the ids,
//! attributes and `{ $var }`s are read line by line here, and that reading
//! is held to what `fluent-bundle` (the parser icc uses) makes of the file.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentBundle, FluentResource};

/// Other languages, by tag.
const TRANSLATIONS: &[&str] = &["ro"];

/// A language's catalogue: each file of `locales/LANG/` by area (its name
/// without `.ftl`), in order.
fn catalogue(language: &str) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(language);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.expect("a file of the catalogue").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .map(|path| {
            let area = path.file_stem().unwrap().to_string_lossy().into_owned();
            (area, std::fs::read_to_string(&path).expect("a catalogue in UTF-8"))
        })
        .collect();
    files.sort();
    files
}

/// The same area of English and of `language`: (area, English, translation).
fn pairs(language: &str) -> Vec<(String, String, String)> {
    let english = catalogue("en");
    let translated = catalogue(language);
    let areas = |files: &[(String, String)]| files.iter().map(|(area, _)| area.clone()).collect::<Vec<_>>();
    assert_eq!(
        areas(&translated),
        areas(&english),
        "locales/{language}/ has the files of locales/en/"
    );
    english
        .into_iter()
        .zip(translated)
        .map(|((area, en), (_, tr))| (area, en, tr))
        .collect()
}

/// Texts a translation may leave as English writes them, by language and
/// `id` or `id.attribute`. (A text with no letters outside code spans and
/// placeables, such as `[{ $key }]`, needs no entry here.)
const SAME_AS_ENGLISH: &[(&str, &str)] = &[("ro", "mode-online"), ("ro", "kpis-header-name")];

/// Each message (`id`) and attribute (`id.attribute`) with the text of its
/// pattern, continuation lines included.
fn entries(ftl: &str) -> BTreeMap<String, String> {
    let mut entries = BTreeMap::new();
    let mut message: Option<String> = None;
    let mut current: Option<String> = None;
    for line in ftl.lines() {
        let trimmed = line.trim_start();
        let indented = trimmed.len() < line.len();
        if line.starts_with('#') || (trimmed.is_empty() && !indented) {
            // A comment or a blank line ends the entry (none of ours has a
            // blank line inside).
            message = None;
            current = None;
            continue;
        }
        if !indented {
            let (id, value) = line.split_once('=').expect("`id = value` at the start of a line");
            let id = id.trim().to_owned();
            assert!(is_identifier(&id), "not a message id: {line:?}");
            assert!(
                entries.insert(id.clone(), value.to_owned()).is_none(),
                "message `{id}` twice"
            );
            message = Some(id.clone());
            current = Some(id);
        } else if let Some(rest) = trimmed.strip_prefix('.')
            && let Some((name, value)) = rest.split_once('=')
            && is_identifier(name.trim())
        {
            let id = message.as_ref().expect("an attribute inside a message");
            let key = format!("{id}.{}", name.trim());
            assert!(
                entries.insert(key.clone(), value.to_owned()).is_none(),
                "attribute `{key}` twice"
            );
            current = Some(key);
        } else {
            let key = current.as_ref().expect("a continuation line inside a message");
            let text = entries.get_mut(key).expect("the entry being read");
            text.push('\n');
            text.push_str(trimmed);
        }
    }
    entries
}

fn is_identifier(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic())
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The variables (`$name`) and message references (`{ name }`) a text uses.
fn references(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let identifier = |rest: &str| -> String {
        rest.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect()
    };
    for (at, c) in text.char_indices().filter(|(_, c)| matches!(c, '$' | '{')) {
        let rest = &text[at + 1..];
        if c == '$' {
            found.insert(format!("${}", identifier(rest)));
        } else if c == '{' {
            let name = identifier(rest.trim_start());
            let after = rest.trim_start()[name.len()..].trim_start();
            if is_identifier(&name) && after.starts_with('}') {
                found.insert(name);
            }
        }
    }
    found
}

/// What a text says outside code spans (`` `…` ``) and placeables (`{…}`).
fn prose(text: &str) -> String {
    let mut prose = String::new();
    let (mut depth, mut code) = (0usize, false);
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '`' if depth == 0 => code = !code,
            _ if depth == 0 && !code => prose.push(c),
            _ => {}
        }
    }
    prose
}

/// Every file of `language`'s catalogue in one bundle, as icc loads them.
fn bundle(language: &str) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new(vec![language.parse().expect("a language tag")]);
    bundle.set_use_isolating(false);
    for (area, ftl) in catalogue(language) {
        let resource = match FluentResource::try_new(ftl) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("locales/{language}/{area}.ftl does not parse: {errors:?}"),
        };
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("locales/{language}/{area}.ftl repeats an id of another file: {errors:?}");
        }
    }
    bundle
}

#[test]
fn every_catalogue_parses_whole_and_is_read_right_here() {
    for language in ["en"].iter().chain(TRANSLATIONS) {
        let bundle = bundle(language);
        for (area, ftl) in catalogue(language) {
            let language = format!("{language}/{area}");
            let entries = entries(&ftl);
            let messages: BTreeSet<&str> = entries
                .keys()
                .filter(|key| !key.contains('.'))
                .map(String::as_str)
                .collect();
            // The parser's count of messages, so that none is missed here.
            let parsed = FluentResource::try_new(ftl.to_string()).unwrap_or_else(|(resource, _)| resource);
            let parsed = parsed
                .entries()
                .filter(|entry| format!("{entry:?}").starts_with("Message("))
                .count();
            assert_eq!(messages.len(), parsed, "{language}: messages read here and parsed");
            for id in messages {
                let message = bundle
                    .get_message(id)
                    .unwrap_or_else(|| panic!("{language}: no message `{id}`"));
                let attributes: BTreeSet<String> = message.attributes().map(|a| format!("{id}.{}", a.id())).collect();
                let read: BTreeSet<String> = entries
                    .keys()
                    .filter(|key| key.strip_prefix(id).is_some_and(|rest| rest.starts_with('.')))
                    .cloned()
                    .collect();
                assert_eq!(attributes, read, "{language}: attributes of `{id}`");
            }
        }
    }
}

#[test]
fn translations_have_the_messages_and_attributes_of_english() {
    for language in TRANSLATIONS {
        for (area, english, translated) in pairs(language) {
            let language = format!("{language}/{area}");
            let (english, translated) = (entries(&english), entries(&translated));
            let missing: Vec<&String> = english.keys().filter(|key| !translated.contains_key(*key)).collect();
            let extra: Vec<&String> = translated.keys().filter(|key| !english.contains_key(*key)).collect();
            assert!(missing.is_empty(), "locales/{language}.ftl lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "locales/{language}.ftl has {extra:?}, which English has not"
            );
        }
    }
}

#[test]
fn translations_use_the_variables_of_english() {
    for language in TRANSLATIONS {
        for (area, english, translated) in pairs(language) {
            let english = entries(&english);
            for (key, text) in entries(&translated) {
                let Some(original) = english.get(&key) else { continue };
                assert_eq!(
                    references(&text),
                    references(original),
                    "locales/{language}/{area}.ftl: `{key}`"
                );
            }
        }
    }
}

#[test]
fn translations_leave_no_english_prose() {
    for language in TRANSLATIONS {
        for (area, english, translated) in pairs(language) {
            let english = entries(&english);
            for (key, text) in entries(&translated) {
                if english.get(&key) != Some(&text) || SAME_AS_ENGLISH.contains(&(*language, key.as_str())) {
                    continue;
                }
                assert!(
                    !prose(&text).chars().any(char::is_alphabetic),
                    "locales/{language}/{area}.ftl: `{key}` is the English text {text:?}"
                );
            }
        }
    }
}

#[test]
fn romanian_writes_its_own_letters_and_plurals() {
    // ș and ț with a comma below, never the cedilla of Turkish.
    for (area, ftl) in catalogue("ro") {
        for (number, line) in ftl.lines().enumerate() {
            assert!(
                !line.contains(['ş', 'ţ', 'Ş', 'Ţ']),
                "locales/ro/{area}.ftl:{}: cedilla: {line}",
                number + 1
            );
        }
    }
    // Plural forms are tested through the catalogue icc builds, with its
    // `PLURAL` function (src/lang.rs).
}

/// Every message id the code asks for by name (`.text("id")`,
/// `.say("id", …)`, `.finding`'s codes aside) is in every catalogue: a
/// missing one would be shown as its id.
#[test]
fn every_id_the_code_names_is_in_every_catalogue() {
    let mut sources = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    let mut named = BTreeSet::new();
    while let Some(path) = sources.pop() {
        if path.is_dir() {
            sources.extend(std::fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let code = std::fs::read_to_string(&path).unwrap();
        // (A call rustfmt wrapped has the id on the next line.)
        for call in [".text(", ".say(", "Reason::new("] {
            for (at, _) in code.match_indices(call) {
                let Some(rest) = code[at + call.len()..].trim_start().strip_prefix('"') else {
                    continue;
                };
                let id: String = rest.chars().take_while(|c| *c != '"').collect();
                if is_identifier(&id) {
                    named.insert((id, path.display().to_string()));
                }
            }
        }
    }
    assert!(named.iter().any(|(id, _)| id == "check-summary"), "the scan finds ids");
    assert!(
        named.iter().any(|(id, _)| id == "edit-renamed"),
        "and ids of wrapped calls"
    );
    // Ids the code builds from a prefix and a kind.
    for kind in ["phase", "milestone", "workshop", "recurring", "kpi"] {
        for prefix in ["kind", "kind-a", "kind-of", "count"] {
            named.insert((format!("{prefix}-{kind}"), "src/plan/mod.rs (Kind)".to_owned()));
        }
    }
    for language in ["en"].iter().chain(TRANSLATIONS) {
        let bundle = bundle(language);
        for (id, file) in &named {
            assert!(
                bundle.has_message(id),
                "{file} asks for `{id}`, which locales/{language}/ lacks"
            );
        }
    }
}
