//! Exports, the schema, completions, the man page and `icc init`, each read
//! back with a real parser.

mod common;

use common::{Test, root};
use snapbox::{assert_data_eq, file};

fn shipped() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

fn export(args: &[&str]) -> String {
    let mut all = vec!["export", "--today", "2021-11-28"];
    all.extend_from_slice(args);
    let out = Test::new().plan(&shipped()).args(&all).run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
    out.stdout
}

/// `icc export` of the shipped plan with `args` and `env`.
fn export_with(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut all = vec!["export", "--today", "2021-11-28"];
    all.extend_from_slice(args);
    let mut test = Test::new().plan(&shipped()).args(&all);
    for (key, value) in env {
        test = test.env(key, value);
    }
    let out = test.run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?} {env:?}");
    out.stdout
}

/// The shipped plan says `language = "ro"`: its CSV and calendar are in
/// Romanian unless `--lang` or `ICC_LANG` says otherwise; JSON has no
/// words, and is the same in every language.
#[test]
fn exports_of_the_shipped_plan_are_pinned() {
    let json = export(&["--format", "json"]);
    assert_data_eq!(json.clone(), file!["snapshots/export.json"].raw());
    for (args, env) in [
        (&["--lang", "en"][..], &[][..]),
        (&["--lang", "ro"][..], &[][..]),
        (&[][..], &[("ICC_LANG", "en")][..]),
        (&[][..], &[("LANG", "en_US.UTF-8")][..]),
    ] {
        let other = export_with(&[&["--format", "json"][..], args].concat(), env);
        assert!(other == json, "JSON changed with {args:?} {env:?}");
    }
    let english = ["--lang", "en"];
    for (format, snapshot) in [
        (&["--format", "csv"][..], "export-events"),
        (&["--format", "csv", "--what", "phases"][..], "export-phases"),
        (&["--format", "ics"][..], "export"),
    ] {
        let extension = if format[1] == "ics" { "ics" } else { "csv" };
        let root = root().join("tests/snapshots");
        assert_data_eq!(
            export(&[format, &english[..]].concat()),
            snapbox::Data::read_from(&root.join(format!("{snapshot}.{extension}")), None).raw()
        );
        assert_data_eq!(
            export(format),
            snapbox::Data::read_from(&root.join(format!("{snapshot}.ro.{extension}")), None).raw()
        );
    }
}

#[test]
fn json_holds_derived_dates_lengths_and_occurrences() {
    let text = std::fs::read_to_string(root().join("examples/derived.toml")).unwrap();
    let out = Test::new()
        .plan(&text)
        .args(&["export", "--format", "json", "--today", "2024-09-10"])
        .run();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let windows: Vec<(String, String, String, serde_json::Value, String)> = json["phases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().into(),
                p["start"].as_str().unwrap().into(),
                p["end"].as_str().unwrap().into(),
                p["months"].clone(),
                p["status"].as_str().unwrap().into(),
            )
        })
        .collect();
    let row =
        |id: &str, s: &str, e: &str, m: i64, st: &str| (id.into(), s.into(), e.into(), serde_json::json!(m), st.into());
    assert_eq!(
        windows,
        [
            row("diagnoza", "2024-01-08", "2024-05-07", 4, "done"),
            row("strategie", "2024-05-08", "2024-08-07", 3, "done"),
            row("pilotare", "2024-08-08", "2025-08-07", 12, "active"),
            row("bilant", "2025-08-08", "2025-10-07", 2, "upcoming"),
        ]
    );
    let dates: Vec<&str> = json["recurring"][0]["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2024-09-15", "2024-12-15", "2025-03-15", "2025-06-15"]);
    assert_eq!(json["workshops"][0]["phase"], "diagnoza");
    assert_eq!(json["workshops"][0]["phase_inferred"], true);
    // Stable key order: the order of the struct, not of the alphabet.
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "today",
            "project",
            "start",
            "end",
            "phases",
            "milestones",
            "workshops",
            "recurring",
            "kpis"
        ]
    );
}

#[test]
fn csv_reads_back_with_a_csv_parser() {
    let text = export(&["--format", "csv"]);
    assert!(
        text.starts_with('\u{FEFF}'),
        "a byte order mark tells spreadsheets it is UTF-8"
    );
    assert!(
        text.ends_with("\r\n") && text.matches('\n').count() == text.matches("\r\n").count(),
        "CRLF line ends"
    );
    let plain = export(&["--format", "csv", "--no-bom"]);
    assert_eq!(plain, text.trim_start_matches('\u{FEFF}'));
    let mut reader = csv::Reader::from_reader(plain.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "Tip",
            "ID",
            "Titlu",
            "Data",
            "Sfârșit",
            "Prima zi",
            "Ultima zi",
            "Etapa",
            "Stare",
            "Când",
            "Format",
            "Participanți",
            "Coordonat de",
            "Activitate",
            "Obiectiv"
        ],
        "labels in the plan's language"
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 8, "6 workshops and 2 review meetings");
    let interviews = &rows[0];
    assert_eq!(&interviews[1], "interviuri");
    assert_eq!((&interviews[5], &interviews[6]), ("2020-10-01", "2020-10-31"));
    assert_eq!(
        &interviews[14],
        "Înțelegerea situației actuale, identificarea oportunităților și captarea părților interesate din municipiu",
        "a comma inside a field survives quoting"
    );
    let kinds: Vec<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    assert_eq!(kinds.iter().filter(|k| **k == "recurring").count(), 2);
    let phases = export(&["--format", "csv", "--what", "phases", "--no-bom"]);
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(phases.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect();
    let ids: Vec<&str> = rows.iter().map(|r| r.get(0).unwrap()).collect();
    assert_eq!(ids, ["pregatire", "roadmap", "implementare", "revizuire"]);
    // Day 212 of 457: 212 / 457.
    assert_eq!(&rows[2][9], "0.4639");
}

/// `--lang en` gives the English header, the keys of the JSON export; the
/// rows (ids, ISO dates, keyword statuses) are the same in both languages.
#[test]
fn csv_labels_follow_the_documents_language_and_values_do_not() {
    for what in ["events", "phases"] {
        let romanian = export(&["--format", "csv", "--what", what]);
        let english = export(&["--format", "csv", "--what", what, "--lang", "en"]);
        let (ro_header, ro_rows) = romanian.split_once("\r\n").unwrap();
        let (en_header, en_rows) = english.split_once("\r\n").unwrap();
        assert_eq!(ro_rows, en_rows, "{what}: the values never change");
        assert_ne!(ro_header, en_header, "{what}");
        let english_header = if what == "events" {
            "kind,id,title,date,end,first_day,last_day,phase,status,when,mode,audience,led_by,activity,objective"
        } else {
            "id,name,start,end,first_day,last_day,months,stated_months,status,progress,days_left,after,summary,activities"
        };
        assert_eq!(en_header, format!("\u{FEFF}{english_header}"));
        // Each label a column, read back as such.
        let labels = |text: &str| {
            csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes())
                .headers()
                .unwrap()
                .len()
        };
        assert_eq!(labels(&romanian), labels(&english), "{what}");
    }
    let phases = export(&["--format", "csv", "--what", "phases", "--no-bom"]);
    let header = csv::Reader::from_reader(phases.as_bytes()).headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "ID",
            "Denumire",
            "Început",
            "Sfârșit",
            "Prima zi",
            "Ultima zi",
            "Durată (luni)",
            "Durată declarată (luni)",
            "Stare",
            "Progres",
            "Zile rămase",
            "După",
            "Rezumat",
            "Activități"
        ]
    );
}

#[test]
fn csv_quotes_quotes_and_line_breaks() {
    let plan = "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"\"\"Atelier \"Date\",\npe două rânduri\"\"\"\ndate = 2021-03-01\n";
    let out = Test::new()
        .plan(plan)
        .args(&["export", "--format", "csv", "--no-bom"])
        .run();
    let mut reader = csv::Reader::from_reader(out.stdout.as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[2], "Atelier \"Date\",\npe două rânduri");
}

#[test]
fn ics_reads_back_with_an_icalendar_parser() {
    let text = export(&["--format", "ics"]);
    assert!(text.lines().all(|l| l.len() <= 76), "folded at 75 octets (plus the CR)");
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "CRLF line ends"
    );
    // A fold falls inside a Romanian label, between two characters: each
    // line is UTF-8 on its own (a calendar may read it so).
    assert!(text.contains("Participan\r\n ți: 5-10 părți"), "{text}");
    for line in text.as_bytes().split(|b| *b == b'\n') {
        assert!(std::str::from_utf8(line).is_ok(), "{line:?}");
    }
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser.next().expect("a calendar").expect("it parses");
    assert!(parser.next().is_none());
    assert_eq!(calendar.events.len(), 8);
    let prop = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        e.properties.iter().find(|p| p.name == name).cloned().unwrap()
    };
    let first = &calendar.events[0];
    assert_eq!(
        prop(first, "UID").value.as_deref(),
        Some("interviuri@intelligent-cities-challenge-arad.icc")
    );
    let start = prop(first, "DTSTART");
    assert_eq!(start.value.as_deref(), Some("20201001"));
    assert_eq!(start.params, Some(vec![("VALUE".to_owned(), vec!["DATE".to_owned()])]));
    assert_eq!(
        prop(first, "DTEND").value.as_deref(),
        Some("20201101"),
        "a month-precision date spans its month"
    );
    assert_eq!(
        prop(first, "DTSTAMP").value.as_deref(),
        Some("20211128T000000Z"),
        "reproducible under --today"
    );
    assert_eq!(prop(first, "LOCATION").value.as_deref(), Some("online"));
    assert_eq!(prop(first, "CATEGORIES").value.as_deref(), Some("Pregătire & evaluare"));
    // Unfolded, the long description is whole, with its escapes, its
    // labels in the plan's language: the folds (at 75 octets, one inside
    // `Participanți`) split no character.
    let description = prop(first, "DESCRIPTION").value.unwrap();
    assert!(
        description.starts_with("Obiectiv: Înțelegerea situației actuale\\, identificarea oportunităților"),
        "{description}"
    );
    assert!(
        description.contains("\\nParticipanți: 5-10 părți interesate din ecosistemul local\\n"),
        "{description}"
    );
    assert!(
        description.ends_with(
            "\\nCoordonat de: Reprezentanții Municipiului în colaborare cu Expertul Coordonator\\nStare: realizat"
        ),
        "{description}"
    );
    let one_day = &calendar.events[1];
    assert_eq!(prop(one_day, "DTSTART").value.as_deref(), Some("20201119"));
    assert_eq!(prop(one_day, "DTEND").value.as_deref(), Some("20201120"));
    assert_eq!(
        prop(one_day, "DESCRIPTION").value.unwrap().split("\\n").next(),
        Some("Obiectiv: Discuții privind aspirațiile comune\\; focalizarea pe „facilitatorii locali”")
    );
    let uids: std::collections::HashSet<String> =
        calendar.events.iter().map(|e| prop(e, "UID").value.unwrap()).collect();
    assert_eq!(uids.len(), 8, "UIDs are unique");
    assert!(uids.contains("revizuire-progres-2022-03@intelligent-cities-challenge-arad.icc"));
    assert_eq!(
        export(&["--format", "ics"]),
        text,
        "the same plan and day give the same calendar"
    );
}

/// `--lang en` gives English labels; nothing else in the calendar changes.
#[test]
fn ics_labels_follow_the_documents_language() {
    let romanian = export(&["--format", "ics"]);
    let english = export(&["--format", "ics", "--lang", "en"]);
    assert_eq!(export_with(&["--format", "ics"], &[("ICC_LANG", "en")]), english);
    assert_eq!(
        export_with(&["--format", "ics"], &[("LANG", "en_US.UTF-8")]),
        romanian,
        "the plan's language before the terminal's"
    );
    let events = |text: &str| ical::IcalParser::new(text.as_bytes()).next().unwrap().unwrap().events;
    let (ro, en) = (events(&romanian), events(&english));
    assert_eq!(ro.len(), en.len());
    let mut described = 0;
    for (r, e) in ro.iter().zip(&en) {
        for (rp, ep) in r.properties.iter().zip(&e.properties) {
            assert_eq!(rp.name, ep.name);
            if rp.name != "DESCRIPTION" {
                assert_eq!(rp.value, ep.value, "{}", rp.name);
                continue;
            }
            described += 1;
            let (rv, ev) = (rp.value.clone().unwrap(), ep.value.clone().unwrap());
            let labels = |v: &str| -> Vec<String> {
                v.split("\\n")
                    .map(|line| line.split_once(": ").unwrap().0.to_owned())
                    .collect()
            };
            let pairs: Vec<(String, String)> = labels(&rv).into_iter().zip(labels(&ev)).collect();
            for (r, e) in &pairs {
                let expected = match e.as_str() {
                    "Objective" => "Obiectiv",
                    "Activity" => "Activitate",
                    "Audience" => "Participanți",
                    "Led by" => "Coordonat de",
                    "Status" => "Stare",
                    other => panic!("unexpected label {other}"),
                };
                assert_eq!(r, expected);
            }
            assert!(
                ev.ends_with("\\nStatus: done") || ev == "Audience: Toate orașele din proiect",
                "{ev}"
            );
        }
    }
    assert_eq!(described, 8);
}

/// The documents' language: `--lang`, `ICC_LANG`, the plan's
/// `project.language`, then the terminal's. A hybrid workshop's place and
/// every status are worded in it.
#[test]
fn ics_in_each_documents_language() {
    let plan = |language: &str| {
        format!(
            "[project]\nname = \"T\"\ncity = \"Arad\"\n{language}\n\
             [[workshop]]\nid = \"h\"\ntitle = \"Hibrid\"\ndate = 2021-03-01\nmode = \"hybrid\"\nstatus = \"planned\"\n\n\
             [[workshop]]\nid = \"a\"\ntitle = \"Anulat\"\ndate = 2021-04-01\nstatus = \"cancelled\"\n\n\
             [[milestone]]\nid = \"m\"\nname = \"Gata\"\ndate = 2021-05-01\nstatus = \"done\"\n"
        )
    };
    let words = |language: &str, args: &[&str], env: &[(&str, &str)]| {
        let mut test = Test::new()
            .plan(&plan(language))
            .args(&[&["export", "--format", "ics"][..], args].concat());
        for (key, value) in env {
            test = test.env(key, value);
        }
        let out = test.run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        let calendar = ical::IcalParser::new(out.stdout.as_bytes()).next().unwrap().unwrap();
        let get = |i: usize, name: &str| {
            calendar.events[i]
                .properties
                .iter()
                .find(|p| p.name == name)
                .and_then(|p| p.value.clone())
                .unwrap_or_default()
        };
        [
            get(0, "LOCATION"),
            get(0, "DESCRIPTION"),
            get(1, "DESCRIPTION"),
            get(2, "DESCRIPTION"),
        ]
    };
    let romanian = [
        "Arad și online",
        "Stare: planificat",
        "Stare: anulat",
        "Stare: realizat",
    ];
    let english = [
        "Arad and online",
        "Status: planned",
        "Status: cancelled",
        "Status: done",
    ];
    for (language, args, env, expected) in [
        ("language = \"ro\"", &[][..], &[][..], romanian),
        ("language = \"ro\"", &[][..], &[("LANG", "de_DE.UTF-8")][..], romanian),
        ("language = \"ro-RO\"", &[][..], &[][..], romanian),
        ("", &[][..], &[("LANG", "ro_RO.UTF-8")][..], romanian),
        (
            "",
            &[][..],
            &[("LC_ALL", "ro_RO.UTF-8"), ("LANG", "en_GB.UTF-8")][..],
            romanian,
        ),
        ("language = \"en\"", &[][..], &[("LANG", "ro_RO.UTF-8")][..], english),
        ("language = \"ro\"", &["--lang", "en"][..], &[][..], english),
        ("language = \"ro\"", &[][..], &[("ICC_LANG", "en")][..], english),
        ("language = \"en\"", &["--lang", "ro"][..], &[][..], romanian),
        ("", &[][..], &[][..], english),
        ("", &[][..], &[("LANG", "de_DE.UTF-8")][..], english),
    ] {
        assert_eq!(words(language, args, env), expected, "{language} {args:?} {env:?}");
    }
}

#[test]
fn ics_series_and_cancelled_events() {
    let plan = "[project]\nname = \"T\"\ncity = \"Arad\"\n\n[[workshop]]\nid = \"interviuri\"\ntitle = \"Interviuri\"\ndate = 2021-03-01\nend = 2021-03-19\nmode = \"in-person\"\n\n[[workshop]]\nid = \"anulat\"\ntitle = \"Anulat\"\ndate = 2021-04-01\nstatus = \"cancelled\"\n";
    let out = Test::new().plan(plan).args(&["export", "--format", "ics"]).run();
    let calendar = ical::IcalParser::new(out.stdout.as_bytes()).next().unwrap().unwrap();
    let get = |i: usize, name: &str| {
        calendar.events[i]
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
    };
    assert_eq!(
        get(0, "DTEND").as_deref(),
        Some("20210320"),
        "`end` respected, exclusive"
    );
    assert_eq!(get(0, "LOCATION").as_deref(), Some("Arad"));
    assert_eq!(get(1, "STATUS").as_deref(), Some("CANCELLED"));
}

/// TOML to JSON as editors' schema validators see it: dates become strings.
fn to_json(value: toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(s) => s.into(),
        toml::Value::Integer(i) => i.into(),
        toml::Value::Float(f) => f.into(),
        toml::Value::Boolean(b) => b.into(),
        toml::Value::Datetime(d) => d.to_string().into(),
        toml::Value::Array(a) => a.into_iter().map(to_json).collect(),
        toml::Value::Table(t) => t
            .into_iter()
            .map(|(k, v)| (k, to_json(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

#[test]
fn the_schema_is_current_and_validates_every_plan() {
    let out = Test::new().args(&["schema"]).run();
    assert_eq!(out.code, 0);
    let path = root().join("plan.schema.json");
    if common::bless() {
        std::fs::write(&path, &out.stdout).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap();
    assert!(
        committed == out.stdout,
        "plan.schema.json is out of date: run `icc schema > plan.schema.json`"
    );
    let schema: serde_json::Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    let validator = jsonschema::draft7::new(&schema).expect("a valid draft-07 schema");
    for name in ["plan.toml", "examples/minimal.toml", "examples/derived.toml"] {
        let text = std::fs::read_to_string(root().join(name)).unwrap();
        let first = text.lines().next().unwrap();
        let expected = if name == "plan.toml" {
            "#:schema ./plan.schema.json"
        } else {
            "#:schema ../plan.schema.json"
        };
        assert_eq!(first, expected, "{name}");
        let value = to_json(text.parse::<toml::Table>().map(toml::Value::Table).unwrap());
        let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    // And it rejects what the checker rejects.
    let bad = to_json(toml::Value::Table(
        "[project]\nname = \"T\"\n[[workshop]]\nid = \"Ws_1\"\ntitle = \"T\"\ndate = \"martie 2021\"\nmode = \"onsite\"\nstauts = 1\n".parse().unwrap(),
    ));
    assert_eq!(
        validator.iter_errors(&bad).count(),
        4,
        "id, date, mode and the unknown key"
    );
}

#[test]
fn init_writes_a_plan_that_checks_and_never_overwrites() {
    let t = Test::new().args(&[
        "init",
        "--city",
        "Timișoara",
        "--start",
        "2025-01",
        "--today",
        "2025-01-10",
    ]);
    let out = t.run();
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "wrote plan.toml: check it with `icc check`\n"),
        "{}",
        out.stderr
    );
    let written = std::fs::read(t.path("plan.toml")).unwrap();
    let check = Test::new()
        .file("plan.toml", &written)
        .args(&["check", "--strict", "--format", "json", "--today", "2025-01-10"])
        .run();
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert_eq!(check.json()["diagnostics"], serde_json::json!([]));
    let status = Test::new()
        .file("plan.toml", &written)
        .args(&["phases", "--format", "json", "--today", "2025-01-10"])
        .run();
    let ends: Vec<String> = status.json()["phases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["end"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        ends,
        ["2025-05-31", "2025-08-31", "2026-11-30", "2027-01-31"],
        "5, 3, 15 and 2 months, chained"
    );
    let text = String::from_utf8(written.clone()).unwrap();
    assert!(text.contains("name = \"Intelligent Cities Challenge — Timișoara\""));
    // A second init leaves the file as it was.
    let again = t.run();
    assert_eq!(again.code, 2);
    assert_eq!(
        again.stderr,
        "error: plan.toml already exists; it was left as it was (use --force to overwrite it)\n"
    );
    assert_eq!(std::fs::read(t.path("plan.toml")).unwrap(), written);
    let forced = Test::new().file("plan.toml", b"old").args(&["init", "--force"]).run();
    assert_eq!(forced.code, 0);
}

/// A start on a day is kept as that day; comments stand in one column
/// whatever the city's name; the hint names the file written; and a start
/// too late for the calendar writes nothing.
#[test]
fn init_keeps_its_start_aligns_comments_and_refuses_the_calendars_end() {
    let t = Test::new().args(&[
        "--plan",
        "cluj plan.toml",
        "init",
        "--city",
        "Cluj-Napoca",
        "--start",
        "2021-02-15",
        "--today",
        "2021-02-01",
    ]);
    let out = t.run();
    assert_eq!(
        out.stdout, "wrote cluj plan.toml: check it with `icc --plan 'cluj plan.toml' check`\n",
        "{}",
        out.stderr
    );
    let text = std::fs::read_to_string(t.path("cluj plan.toml")).unwrap();
    assert!(text.contains("\nstart = 2021-02-15\n"), "{text}");
    let columns: Vec<usize> = text
        .lines()
        .skip_while(|line| *line != "[project]")
        .take_while(|line| !line.is_empty())
        .filter(|line| line.starts_with("name =") || line.starts_with("city =") || line.starts_with("language ="))
        .map(|line| line[..line.find("# ").expect("a comment")].chars().count())
        .collect();
    assert_eq!(columns.len(), 3, "{text}");
    assert!(columns.iter().all(|&c| c == columns[0]), "{columns:?}\n{text}");
    // The workshop's comments too, whatever the date's length.
    let columns: Vec<usize> = text
        .lines()
        .skip_while(|line| *line != "[[workshop]]")
        .take_while(|line| !line.is_empty())
        .filter_map(|line| line.find(" # ").map(|at| line[..at].chars().count()))
        .collect();
    assert_eq!(columns.len(), 5, "{text}");
    assert!(columns.iter().all(|&c| c == columns[0]), "{columns:?}\n{text}");
    let phases = Test::new()
        .file("plan.toml", text.as_bytes())
        .args(&["phases", "--format", "json", "--today", "2021-02-01"])
        .run();
    assert_eq!(phases.json()["phases"][0]["start"], "2021-02-15");
    assert_eq!(
        phases.json()["phases"][0]["end"],
        "2021-07-14",
        "5 months from the 15th"
    );

    // A path that would read as a flag is written so that it does not; a
    // city of more than one line is refused.
    let dash = Test::new().args(&["--plan=-x.toml", "init"]);
    assert_eq!(
        dash.run().stdout,
        "wrote -x.toml: check it with `icc --plan ./-x.toml check`\n"
    );
    let lines = Test::new().args(&["init", "--city", "Cluj\nNapoca"]);
    let out = lines.run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("must be one line of text"), "{}", out.stderr);
    assert!(!lines.path("plan.toml").exists());

    // 25 months from December 9997 end on 9999-12-31; a month later would not.
    for (start, code) in [("9997-12", 0), ("9998-01", 2), ("9999-12", 2)] {
        let t = Test::new().args(&["init", "--start", start]);
        let out = t.run();
        assert_eq!(out.code, code, "{start}: {}", out.stderr);
        assert_eq!(t.path("plan.toml").exists(), code == 0, "{start}");
        if code == 2 {
            assert!(out.stderr.contains("would not pass `icc check`"), "{}", out.stderr);
            assert!(out.stderr.contains("9999-12-31"), "{}", out.stderr);
        }
    }
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = Test::new().args(&["completions", shell]).run();
        assert_eq!(out.code, 0, "{shell}");
        assert!(out.stdout.contains("add-workshop"), "{shell}");
    }
    let man = Test::new().args(&["man"]).run();
    assert_eq!(man.code, 0);
    assert!(
        man.stdout.starts_with(".TH icc 1 \"\" \"icc "),
        "roff title: {}",
        &man.stdout[..40]
    );
    assert!(man.stdout.contains("add\\-workshop"));
}

/// RFC 5545 TEXT holds no control characters but HTAB: plan text with
/// escape sequences is written without them, and still read back.
#[test]
fn control_characters_do_not_reach_a_calendar() {
    let plan = "[project]\nname = \"Evil\\u001b]0;pwned\\u0007\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-06\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"Evt\\u001b[31m\\u009b\"\ndate = 2021-02-01\nphase = \"p\"\nobjective = \"a\\tb\"\n";
    let out = Test::new().plan(plan).args(&["export", "--format", "ics"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let control: Vec<char> = out
        .stdout
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\r' | '\n' | '\t'))
        .collect();
    assert!(control.is_empty(), "{control:?} in {:?}", out.stdout);
    let calendar = ical::IcalParser::new(out.stdout.as_bytes()).next().unwrap().unwrap();
    let summary = calendar.events[0]
        .properties
        .iter()
        .find(|p| p.name == "SUMMARY")
        .and_then(|p| p.value.clone());
    assert_eq!(summary.as_deref(), Some("Evt\u{FFFD}[31m\u{FFFD}"));
}

// ── -o FILE ─────────────────────────────────────────────────────────────

/// The names in a folder, hidden ones too, sorted.
fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_export_format_writes_its_file_with_dash_o() {
    let formats: [&[&str]; 4] = [
        &["--format", "json"],
        &["--format", "csv"],
        &["--format", "csv", "--what", "phases", "--no-bom"],
        &["--format", "ics"],
    ];
    for format in formats {
        let printed = export(format);
        let test = Test::new()
            .plan(&shipped())
            .args(&["export", "--today", "2021-11-28"])
            .args(format)
            .args(&["-o", "plan-export.out"]);
        let out = test.run();
        assert_eq!(
            (out.code, out.stdout.as_str(), out.stderr.as_str()),
            (0, "", ""),
            "{format:?}"
        );
        // Byte for byte what would have been printed (the BOM of a CSV too).
        assert_eq!(
            std::fs::read(test.path("plan-export.out")).unwrap(),
            printed.as_bytes(),
            "{format:?}"
        );
        assert_eq!(
            names_in(test.dir.path()),
            ["plan-export.out", "plan.toml"],
            "{format:?}"
        );
    }
    // `--output -` is standard output.
    assert_eq!(
        export(&["--format", "ics", "--output", "-"]),
        export(&["--format", "ics"])
    );
    // Two places is one too many.
    let out = Test::new()
        .plan(&shipped())
        .args(&[
            "export",
            "--today",
            "2021-11-28",
            "--format",
            "json",
            "-o",
            "x.json",
            "-o",
            "-",
        ])
        .run();
    assert_eq!(out.code, 2, "a flag given twice is refused: {}", out.stderr);
}

#[test]
fn an_export_to_a_path_it_cannot_write_leaves_nothing() {
    for (target, message) in [
        ("sub", "error: -o sub: a folder, not a file"),
        ("sub/missing/x.ics", "error: cannot write sub/missing/x.ics"),
        ("plan.toml", "error: -o plan.toml: that is the plan being read"),
    ] {
        let test = Test::new()
            .plan(&shipped())
            .file("sub/keep", b"kept")
            .args(&["export", "--format", "ics", "-o", target]);
        let out = test.run();
        assert_eq!(out.code, 2, "{target}");
        assert!(out.stdout.is_empty());
        assert!(out.stderr.starts_with(message), "{target}: {}", out.stderr);
        assert_eq!(names_in(test.dir.path()), ["plan.toml", "sub"], "{target}");
        assert_eq!(names_in(&test.path("sub")), ["keep"], "{target}");
        assert_eq!(std::fs::read_to_string(test.path("plan.toml")).unwrap(), shipped());
    }
    // A plan with errors still exports (exit 1, said on standard error),
    // to its file.
    let broken = shipped().replace("months = 15", "months = \"15\"");
    let test = Test::new()
        .plan(&broken)
        .args(&["export", "--format", "json", "-o", "out.json"]);
    let out = test.run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.starts_with("warning: plan.toml has 1 error"),
        "{}",
        out.stderr
    );
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(test.path("out.json")).unwrap()).unwrap();
    assert_eq!(json["project"]["name"], "Intelligent Cities Challenge — Arad");
}

// ── KPIs ────────────────────────────────────────────────────────────────

fn kpis_example() -> String {
    std::fs::read_to_string(root().join("examples/kpis.toml")).expect("examples/kpis.toml")
}

/// `icc export` of `plan` on `today` with `args`; it must succeed quietly.
fn export_plan(plan: &str, today: &str, args: &[&str]) -> String {
    let out = Test::new()
        .plan(plan)
        .args(&["export", "--today", today])
        .args(args)
        .run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
    out.stdout
}

/// The rows of a CSV file (its byte order mark left out), header first.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    assert!(text.ends_with("\r\n"), "a CRLF after the last row: {text:?}");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn kpis_csv_reads_back_a_row_a_kpi_with_its_state_on_the_day() {
    let plan = kpis_example();
    let romanian = export_plan(&plan, "2025-06-30", &["--format", "csv", "--what", "kpis"]);
    assert!(romanian.starts_with('\u{FEFF}'), "a byte order mark, as every CSV");
    assert_eq!(
        romanian.matches('\n').count(),
        romanian.matches("\r\n").count(),
        "CRLF line ends"
    );
    let english = export_plan(
        &plan,
        "2025-06-30",
        &["--format", "csv", "--what", "kpis", "--lang", "en"],
    );
    let (ro, en) = (csv_rows(&romanian), csv_rows(&english));
    assert_eq!(
        en[0],
        [
            "id",
            "name",
            "unit",
            "phase",
            "direction",
            "baseline_value",
            "baseline_date",
            "target_value",
            "target_date",
            "latest_value",
            "latest_date",
            "progress",
            "state"
        ],
        "English keeps the keys scripts read"
    );
    assert_eq!(
        ro[0],
        [
            "ID",
            "Denumire",
            "Unitate de măsură",
            "Etapa",
            "Sens",
            "Valoare de referință",
            "Data valorii de referință",
            "Valoare țintă",
            "Termenul țintei",
            "Ultima valoare",
            "Data ultimei valori",
            "Progres",
            "Stare"
        ],
        "labels in the plan's language"
    );
    assert_eq!(ro[1..], en[1..], "the values never change with the language");
    let row = |id: &str| en.iter().find(|r| r[0] == id).unwrap().clone();
    assert_eq!(
        row("servicii-online"),
        [
            "servicii-online",
            "Servicii publice disponibile online",
            "%",
            "implementare",
            "increase",
            "12",
            "2024-09",
            "60",
            "2025-11",
            "44",
            "2025-06",
            "0.6667",
            "on-track"
        ]
    );
    let states: Vec<(&str, &str)> = en[1..].iter().map(|r| (r[0].as_str(), r[12].as_str())).collect();
    assert_eq!(
        states,
        [
            ("servicii-online", "on-track"),
            ("seturi-date", "behind"),
            ("timp-autorizare", "on-track"),
            ("cetateni-instruiti", "no-data"),
            ("consum-iluminat", "missed"),
        ]
    );
    // A decrease, and a KPI not measured yet: empty cells, not words.
    assert_eq!(
        row("timp-autorizare")[4..12],
        ["decrease", "45", "2024-06", "20", "2025-09", "24", "2025-06", "0.8400"]
    );
    assert_eq!(row("cetateni-instruiti")[9..], ["", "", "", "no-data"]);
    // On another day, another latest value: a decimal, written with `.` in
    // both languages.
    for lang in ["ro", "en"] {
        let earlier = csv_rows(&export_plan(
            &plan,
            "2025-05-01",
            &["--format", "csv", "--what", "kpis", "--lang", lang],
        ));
        let waiting = earlier.iter().find(|r| r[0] == "timp-autorizare").unwrap();
        assert_eq!(waiting[9..11], ["30.5", "2025-04-15"], "{lang}");
    }
}

#[test]
fn measurements_csv_reads_back_a_row_a_measurement_in_the_plans_order() {
    let plan = kpis_example();
    let english = export_plan(
        &plan,
        "2025-06-30",
        &["--format", "csv", "--what", "measurements", "--lang", "en", "--no-bom"],
    );
    assert!(!english.starts_with('\u{FEFF}'));
    let romanian = export_plan(&plan, "2025-06-30", &["--format", "csv", "--what", "measurements"]);
    let (en, ro) = (csv_rows(&english), csv_rows(&romanian));
    assert_eq!(en[0], ["kpi_id", "date", "value"]);
    assert_eq!(ro[0], ["ID indicator", "Data", "Valoare"]);
    assert_eq!(ro[1..], en[1..]);
    let rows: Vec<String> = en[1..].iter().map(|r| r.join(" ")).collect();
    assert_eq!(
        rows,
        [
            "servicii-online 2024-12 20",
            "servicii-online 2025-03 31",
            "servicii-online 2025-06 44",
            "seturi-date 2024-12 6",
            "seturi-date 2025-05 14",
            "timp-autorizare 2024-12 41",
            "timp-autorizare 2025-04-15 30.5",
            "timp-autorizare 2025-06 24",
            "consum-iluminat 2024-06 1150",
            "consum-iluminat 2025-02 1010",
        ],
        "every measurement, as written, whatever --today"
    );
    // A plan without KPIs: the header alone.
    assert_eq!(
        export(&["--format", "csv", "--what", "measurements", "--lang", "en"]),
        "\u{FEFF}kpi_id,date,value\r\n"
    );
    assert_eq!(csv_rows(&export(&["--format", "csv", "--what", "kpis"])).len(), 1);
}

/// KPIs whose names, units and values a spreadsheet or a calendar would
/// read as something else.
const HOSTILE_KPIS: &str = r#"[project]
name = "T"

[[phase]]
id = "p"
name = "P"
start = "2025-01"
end = "2025-12"

[[kpi]]
id = "k1"
name = "=HYPERLINK(\"http://x\",\"y\")"
unit = "+1"
phase = "p"
baseline = { value = 0, date = "2025-01" }
target = { value = 10, date = 2025-12-15 }
measurements = [{ date = "2025-03", value = -2.5 }]

[[kpi]]
id = "k2"
name = "-x; a, b \"q\" <b>&amp; #1; %%{init}%% :c"
unit = "@u"
baseline = { value = 0, date = "2025-01" }
target = { value = 10, date = "2025-12" }

[[kpi]]
id = "k3"
name = "@SUM(A1)\nBEGIN:VEVENT\\x"
unit = "\t%"
phase = "p"
baseline = { value = 0, date = "2025-01" }
target = { value = 10, date = "2025-12" }
"#;

#[test]
fn kpi_names_that_look_like_formulas_stay_text_in_a_spreadsheet() {
    let rows = csv_rows(&export_plan(
        HOSTILE_KPIS,
        "2025-06-30",
        &["--format", "csv", "--what", "kpis", "--lang", "en"],
    ));
    let cells: Vec<(&str, &str)> = rows[1..].iter().map(|r| (r[1].as_str(), r[2].as_str())).collect();
    assert_eq!(
        cells,
        [
            ("'=HYPERLINK(\"http://x\",\"y\")", "'+1"),
            ("'-x; a, b \"q\" <b>&amp; #1; %%{init}%% :c", "'@u"),
            // A line break stays in its quoted cell; a tab, which can start
            // a formula, is `�`.
            ("'@SUM(A1)\nBEGIN:VEVENT\\x", "\u{FFFD}%"),
        ]
    );
    // A negative value is a number, not a formula: written as it is.
    assert_eq!(rows[1][9..12], ["-2.5", "2025-03", "-0.2500"]);
    let measured = csv_rows(&export_plan(
        HOSTILE_KPIS,
        "2025-06-30",
        &["--format", "csv", "--what", "measurements"],
    ));
    assert_eq!(measured[1], ["k1", "2025-03", "-2.5"]);
}

/// A calendar's events, parsed; each event's properties by name.
fn calendar_events(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    assert!(text.lines().all(|l| l.len() <= 76), "folded at 75 octets (plus the CR)");
    assert_eq!(
        text.matches('\n').count(),
        text.matches("\r\n").count(),
        "CRLF line ends"
    );
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser.next().expect("a calendar").expect("it parses");
    assert!(parser.next().is_none(), "one calendar");
    calendar
        .events
        .iter()
        .map(|e| {
            e.properties
                .iter()
                .map(|p| (p.name.clone(), p.value.clone().unwrap_or_default()))
                .collect()
        })
        .collect()
}

#[test]
fn each_kpi_target_is_an_all_day_event_in_the_calendar() {
    let plan = kpis_example();
    let romanian = export_plan(&plan, "2025-05-01", &["--format", "ics"]);
    let english = export_plan(&plan, "2025-05-01", &["--format", "ics", "--lang", "en"]);
    let (ro, en) = (calendar_events(&romanian), calendar_events(&english));
    // A milestone, two review meetings, then five targets.
    assert_eq!((ro.len(), en.len()), (8, 8));
    let targets: Vec<&std::collections::HashMap<String, String>> =
        ro.iter().filter(|e| e["UID"].contains(".target@")).collect();
    let uids: Vec<&str> = targets.iter().map(|e| e["UID"].as_str()).collect();
    assert_eq!(
        uids,
        [
            "servicii-online.target@oras-inteligent-program-demonstrativ.icc",
            "seturi-date.target@oras-inteligent-program-demonstrativ.icc",
            "timp-autorizare.target@oras-inteligent-program-demonstrativ.icc",
            "cetateni-instruiti.target@oras-inteligent-program-demonstrativ.icc",
            "consum-iluminat.target@oras-inteligent-program-demonstrativ.icc",
        ],
        "a stable UID a KPI, in the plan's order"
    );
    let online = targets[0];
    assert_eq!(online["SUMMARY"], "Țintă: Servicii publice disponibile online — 60 %");
    // A month-precision target spans its month.
    assert_eq!(
        (online["DTSTART"].as_str(), online["DTEND"].as_str()),
        ("20251101", "20251201")
    );
    assert_eq!(
        online["DESCRIPTION"],
        "Valoare de referință: 12 % (2024-09)\\nUltima valoare: 31 % (2025-03)\\nStare: în urmă"
    );
    assert_eq!(online["CATEGORIES"], "Implementare");
    assert_eq!(online["STATUS"], "CONFIRMED");
    // The latest value a decimal: with the language's mark in words.
    let waiting = targets[2];
    assert_eq!(
        waiting["SUMMARY"],
        "Țintă: Timpul mediu de emitere a autorizației de construire — 20 zile"
    );
    assert_eq!(
        waiting["DESCRIPTION"],
        "Valoare de referință: 45 zile (2024-06)\\nUltima valoare: 30\\,5 zile (2025-04-15)\\nStare: în urmă"
    );
    assert_eq!(
        targets[3]["DESCRIPTION"],
        "Valoare de referință: 0 persoane (2025-01)\\nUltima valoare: nemăsurat încă\\nStare: fără date"
    );
    assert_eq!(targets[4]["DESCRIPTION"].rsplit("\\n").next(), Some("Stare: ratat"));
    // In English, only the words differ.
    let english_targets: Vec<&std::collections::HashMap<String, String>> =
        en.iter().filter(|e| e["UID"].contains(".target@")).collect();
    assert_eq!(
        english_targets[0]["SUMMARY"],
        "Target: Servicii publice disponibile online — 60 %"
    );
    assert_eq!(
        english_targets[2]["DESCRIPTION"],
        "Baseline: 45 zile (2024-06)\\nLatest: 30.5 zile (2025-04-15)\\nState: behind"
    );
    assert_eq!(
        english_targets[3]["DESCRIPTION"],
        "Baseline: 0 persoane (2025-01)\\nLatest: not measured yet\\nState: no data"
    );
    for (r, e) in targets.iter().zip(&english_targets) {
        for key in ["UID", "DTSTART", "DTEND", "CATEGORIES", "STATUS"] {
            assert_eq!(r[key], e[key], "{key}");
        }
    }
}

#[test]
fn kpi_names_are_escaped_in_the_calendar() {
    let text = export_plan(HOSTILE_KPIS, "2025-06-30", &["--format", "ics"]);
    let control: Vec<char> = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\r' | '\n'))
        .collect();
    assert!(control.is_empty(), "{control:?}");
    let events = calendar_events(&text);
    assert_eq!(events.len(), 3, "a line break in a name starts no event");
    let summaries: Vec<&str> = events.iter().map(|e| e["SUMMARY"].as_str()).collect();
    assert_eq!(
        summaries,
        [
            "Target: =HYPERLINK(\"http://x\"\\,\"y\") — 10 +1",
            "Target: -x\\; a\\, b \"q\" <b>&amp\\; #1\\; %%{init}%% :c — 10 @u",
            "Target: @SUM(A1) BEGIN:VEVENT\\\\x — 10  %",
        ]
    );
    // A day-precision target is one day.
    assert_eq!(
        (events[0]["DTSTART"].as_str(), events[0]["DTEND"].as_str()),
        ("20251215", "20251216")
    );
    assert_eq!(
        events[0]["DESCRIPTION"],
        "Baseline: 0 +1 (2025-01)\\nLatest: -2.5 +1 (2025-03)\\nState: behind"
    );
    assert!(!events[1].contains_key("CATEGORIES"), "a KPI in no phase");
}

/// The JSON export has no words: the KPIs' with the rest are the same
/// bytes in every language.
#[test]
fn kpis_in_the_json_export_are_the_same_in_every_language() {
    let plan = kpis_example();
    let json = export_plan(&plan, "2025-06-30", &["--format", "json"]);
    for lang in ["en", "ro"] {
        assert_eq!(
            export_plan(&plan, "2025-06-30", &["--format", "json", "--lang", lang]),
            json,
            "{lang}"
        );
    }
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let kpis = value["kpis"].as_array().unwrap();
    assert_eq!(kpis.len(), 5);
    assert_eq!(kpis[2]["measurements"][1]["value"], 30.5);
    assert_eq!(kpis[1]["state"], "behind");
}
