//! `icc agenda`: every event and every start and end of a phase in date
//! order, from a day on, with the days to each, as a coordinator reads it
//! on Monday morning; and its JSON, read back.

mod common;

use common::{Test, root};

fn shipped() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

fn long_titles() -> String {
    std::fs::read_to_string(root().join("tests/plans/long-titles.toml")).expect("long-titles.toml")
}

fn agenda(plan: &str, args: &[&str]) -> common::Output {
    Test::new().plan(plan).args(&["agenda"]).args(args).run()
}

/// `(date, kind, boundary, id, days_until)` of each entry of the JSON.
fn entries(plan: &str, args: &[&str]) -> Vec<(String, String, Option<String>, String, i64)> {
    let out = Test::new()
        .plan(plan)
        .args(&["agenda", "--format", "json"])
        .args(args)
        .run();
    assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    out.json()["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["date"].as_str().unwrap().to_owned(),
                e["kind"].as_str().unwrap().to_owned(),
                e["boundary"].as_str().map(str::to_owned),
                e["id"].as_str().unwrap().to_owned(),
                e["days_until"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn entry(
    date: &str,
    kind: &str,
    boundary: Option<&str>,
    id: &str,
    days: i64,
) -> (String, String, Option<String>, String, i64) {
    (date.into(), kind.into(), boundary.map(str::to_owned), id.into(), days)
}

#[test]
fn from_today_on_everything_ahead_in_date_order() {
    let out = agenda(&shipped(), &["--today", "2021-11-28", "--width", "100"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert_eq!(
        out.stdout,
        "\
Agenda from 2021-11-28 (today) on
╭─────────┬─────────────┬─────────┬───────────────────┬───────────────────────────────────┬────────╮
│ date    ┆ when        ┆ kind    ┆ id                ┆ title                             ┆ status │
╞═════════╪═════════════╪═════════╪═══════════════════╪═══════════════════════════════════╪════════╡
│ 2022-03 ┆ in 93 days  ┆ meeting ┆ revizuire-progres ┆ Revizuirea progresului (sesiune   ┆ —      │
│         ┆             ┆         ┆                   ┆ comună cu toate orașele)          ┆        │
│ 2022-07 ┆ in 215 days ┆ phase   ┆ implementare      ┆ End of Implementare               ┆ —      │
│ 2022-08 ┆ in 246 days ┆ phase   ┆ revizuire         ┆ Start of Revizuire și pași        ┆ —      │
│         ┆             ┆         ┆                   ┆ următori                          ┆        │
│ 2022-09 ┆ in 277 days ┆ phase   ┆ revizuire         ┆ End of Revizuire și pași următori ┆ —      │
╰─────────┴─────────────┴─────────┴───────────────────┴───────────────────────────────────┴────────╯
not shown at this width: phase
"
    );
    let json = Test::new()
        .plan(&shipped())
        .args(&["agenda", "--today", "2021-11-28", "--format", "json"])
        .run()
        .json();
    assert_eq!(json["today"], "2021-11-28");
    assert_eq!(json["from"], "2021-11-28");
    assert_eq!(json["to"], serde_json::Value::Null, "no end");
    let first = &json["entries"][0];
    let keys: Vec<&str> = first.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "date",
            "end",
            "kind",
            "boundary",
            "id",
            "title",
            "phase",
            "status",
            "overdue",
            "when",
            "days_until"
        ]
    );
    assert_eq!(
        first["title"],
        "Revizuirea progresului (sesiune comună cu toate orașele)"
    );
    assert_eq!(first["phase"], "implementare");
    assert_eq!(first["when"], "upcoming");
    let end = &json["entries"][1];
    assert_eq!(
        (end["kind"].as_str(), end["boundary"].as_str(), end["phase"].as_str()),
        (Some("phase"), Some("end"), Some("implementare")),
        "a phase's entries name it as their phase"
    );
}

/// Every start and end of a phase is an entry of its own; each
/// occurrence of a recurring meeting is a `meeting`; a month is placed
/// at its first day and counted as every view counts it (days to its
/// first day, 0 while it lasts, since its last day once over); a phase
/// starts before the events of its first days and ends after them.
#[test]
fn the_whole_programme_with_its_phase_boundaries() {
    let all = entries(&shipped(), &["--today", "2021-11-28", "--from", "2020-01"]);
    assert_eq!(
        all,
        [
            entry("2020-09", "phase", Some("start"), "pregatire", -424),
            entry("2020-10", "workshop", None, "interviuri", -393),
            entry("2020-11-19", "workshop", None, "ws-accelerare", -374),
            entry("2020-11-19", "workshop", None, "ws-evaluare-nevoi", -374),
            entry("2021-01-29", "workshop", None, "ws-parti-interesate", -303),
            entry("2021-02", "phase", Some("start"), "roadmap", -273),
            entry("2021-02", "phase", Some("end"), "pregatire", -273),
            entry("2021-03", "workshop", None, "lansare-locala", -242),
            entry("2021-04", "workshop", None, "ws-maturitate-strategie", -212),
            entry("2021-04", "phase", Some("end"), "roadmap", -212),
            entry("2021-05", "phase", Some("start"), "implementare", -181),
            entry("2021-10", "meeting", None, "revizuire-progres", -28),
            entry("2022-03", "meeting", None, "revizuire-progres", 93),
            entry("2022-07", "phase", Some("end"), "implementare", 215),
            entry("2022-08", "phase", Some("start"), "revizuire", 246),
            entry("2022-09", "phase", Some("end"), "revizuire", 277),
        ]
    );
    // An event under way is ahead: the 2021-10 review on 2021-10-15.
    let during = entries(&shipped(), &["--today", "2021-10-15", "--kind", "meeting"]);
    assert_eq!(
        during,
        [
            entry("2021-10", "meeting", None, "revizuire-progres", 0),
            entry("2022-03", "meeting", None, "revizuire-progres", 137),
        ]
    );
    let table = agenda(&shipped(), &["--today", "2021-10-15", "--kind", "meeting"]);
    assert!(
        table
            .stdout
            .contains("│ 2021-10 ┆ this month  ┆ meeting ┆ revizuire-progres ┆"),
        "{}",
        table.stdout
    );
}

/// `--next` counts from today, today the first day: `7d` and `1w` end six
/// days later, `1m` the day before the same day next month (a window
/// that counts back as one month).
#[test]
fn next_days_weeks_and_calendar_months() {
    let plan = "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-01-31\n\n[[workshop]]\nid = \"b\"\ntitle = \"B\"\ndate = 2021-02-06\n\n[[workshop]]\nid = \"c\"\ntitle = \"C\"\ndate = 2021-02-27\n\n[[workshop]]\nid = \"d\"\ntitle = \"D\"\ndate = 2021-02-28\n\n[[workshop]]\nid = \"e\"\ntitle = \"E\"\ndate = \"2021-03\"\n";
    let window = |next: &str| {
        let out = Test::new()
            .plan(plan)
            .args(&["agenda", "--format", "json", "--today", "2021-01-31", "--next", next])
            .run();
        assert_eq!(out.code, 0, "{next}: {}", out.stderr);
        let json = out.json();
        let ids: Vec<String> = json["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap().to_owned())
            .collect();
        (json["to"].as_str().unwrap().to_owned(), ids)
    };
    assert_eq!(window("1d"), ("2021-01-31".into(), vec!["a".into()]));
    assert_eq!(window("7d"), ("2021-02-06".into(), vec!["a".into(), "b".into()]));
    assert_eq!(window("1w"), window("7d"));
    assert_eq!(
        window("1m"),
        ("2021-02-27".into(), vec!["a".into(), "b".into(), "c".into()]),
        "Jan 31 + 1 month is Feb 28: the month ends the day before"
    );
    assert_eq!(window("29d").1, ["a", "b", "c", "d"]);
    // A month-precision event is in the window if any of its days is.
    assert_eq!(window("2m").1, ["a", "b", "c", "d", "e"]);
    let human = agenda(plan, &["--today", "2021-01-31", "--next", "1w"]);
    assert!(
        human
            .stdout
            .starts_with("Agenda from 2021-01-31 (today) to 2021-02-06\n"),
        "{}",
        human.stdout
    );
}

/// `--from` and `--to` take plan dates, a month meaning its whole month;
/// either alone leaves the other end as by default.
#[test]
fn from_and_to_take_days_and_months() {
    let plan = shipped();
    let ids = |args: &[&str]| -> Vec<String> {
        entries(&plan, args)
            .into_iter()
            .map(|e| format!("{} {}", e.0, e.3))
            .collect()
    };
    assert_eq!(
        ids(&["--today", "2021-11-28", "--from", "2020-11", "--to", "2020-11"]),
        ["2020-11-19 ws-accelerare", "2020-11-19 ws-evaluare-nevoi"]
    );
    assert_eq!(
        ids(&["--today", "2021-11-28", "--from", "2020-11-20", "--to", "2021-01-29"]),
        ["2021-01-29 ws-parti-interesate"]
    );
    assert_eq!(
        ids(&["--today", "2021-11-28", "--to", "2022-07-01"]),
        ["2022-03 revizuire-progres", "2022-07 implementare"],
        "the phase's last month begins on 2022-07-01"
    );
    let json = Test::new()
        .plan(&plan)
        .args(&[
            "agenda",
            "--format",
            "json",
            "--today",
            "2021-11-28",
            "--from",
            "2022-02",
            "--to",
            "2022-03",
        ])
        .run()
        .json();
    assert_eq!(
        (json["from"].as_str(), json["to"].as_str()),
        (Some("2022-02-01"), Some("2022-03-31"))
    );
    let human = agenda(
        &plan,
        &["--today", "2021-11-28", "--from", "2022-02", "--to", "2022-03"],
    );
    assert!(
        human.stdout.starts_with("Agenda from 2022-02-01 to 2022-03-31\n"),
        "{}",
        human.stdout
    );
}

#[test]
fn kinds_are_a_comma_list() {
    let plan = long_titles();
    let kinds = |list: &str| -> Vec<String> {
        let mut kinds: Vec<String> = entries(&plan, &["--today", "2021-01-01", "--kind", list])
            .into_iter()
            .map(|e| e.1)
            .collect();
        kinds.dedup();
        kinds.sort();
        kinds.dedup();
        kinds
    };
    assert_eq!(kinds("milestone"), ["milestone"]);
    assert_eq!(kinds("workshop,meeting"), ["meeting", "workshop"]);
    assert_eq!(kinds("phase,phase"), ["phase"]);
    assert_eq!(
        kinds("workshop,milestone,meeting,phase"),
        ["meeting", "milestone", "phase", "workshop"]
    );
    let repeated = entries(
        &plan,
        &["--today", "2021-01-01", "--kind", "milestone", "--kind", "phase"],
    );
    assert_eq!(repeated.len(), 4 + 8, "four milestones, four phases' starts and ends");
    let bad = agenda(&plan, &["--kind", "workshop,risk"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("invalid value 'risk' for '--kind <KIND>'"),
        "{}",
        bad.stderr
    );
    // An empty kind is said to be empty, with the kinds there are: not
    // as a value that was not given.
    for list in ["workshop,,phase", "workshop,", ",phase", ""] {
        let empty = agenda(&plan, &["--kind", list]);
        assert_eq!(empty.code, 2, "{list}");
        assert!(
            empty.stderr.starts_with(
                "error: invalid value '' for '--kind <KIND>': a kind is empty (two commas together, or one at an end); the kinds are workshop, milestone, meeting, phase\n"
            ),
            "{list}: {}",
            empty.stderr
        );
    }
}

/// A cancelled event is listed, and says so; an overdue one too.
#[test]
fn cancelled_events_are_shown_as_cancelled() {
    let plan = long_titles();
    let out = agenda(&plan, &["--today", "2021-10-01", "--next", "1m", "--width", "160"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains(
            "│ 2021-10-20 ┆ in 19 days ┆ workshop  ┆ intalnire-mediul-de-afaceri-anulata ┆ Întâlnire cu reprezentanții mediului de afaceri      ┆ co-proiectare ┆ cancelled │\n"
        ),
        "{}",
        out.stdout
    );
    let json = Test::new()
        .plan(&plan)
        .args(&["agenda", "--format", "json", "--today", "2021-10-01", "--next", "1m"])
        .run()
        .json();
    let cancelled: Vec<&serde_json::Value> = json["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["status"] == "cancelled")
        .collect();
    assert_eq!(cancelled.len(), 1);
    assert_eq!(cancelled[0]["id"], "intalnire-mediul-de-afaceri-anulata");
    let later = Test::new()
        .plan(&plan)
        .args(&[
            "agenda",
            "--format",
            "json",
            "--today",
            "2021-11-28",
            "--from",
            "2021-10",
            "--kind",
            "milestone",
        ])
        .run()
        .json();
    assert_eq!(later["entries"][0]["id"], "aprobarea-in-consiliul-local");
    assert_eq!(later["entries"][0]["overdue"], true);
}

/// Nothing in the window is said plainly, naming the window and what
/// lies beyond it; it is not a failure.
#[test]
fn an_empty_window_says_what_lies_around_it() {
    let plan = shipped();
    let said = |args: &[&str]| {
        let out = agenda(&plan, args);
        assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
        out.stdout
    };
    assert_eq!(
        said(&["--today", "2026-11-30"]),
        "Nothing from 2026-11-30 on: the programme ended on 2022-09-30\n"
    );
    assert_eq!(
        said(&["--today", "2021-11-28", "--next", "30d"]),
        "Nothing from 2021-11-28 to 2021-12-27: the next is meeting `revizuire-progres` on 2022-03, in 93\ndays\n"
    );
    assert_eq!(
        said(&["--today", "2021-11-28", "--next", "30d", "--width", "160"]),
        "Nothing from 2021-11-28 to 2021-12-27: the next is meeting `revizuire-progres` on 2022-03, in 93 days\n"
    );
    assert_eq!(
        said(&[
            "--today",
            "2021-11-28",
            "--kind",
            "workshop,milestone",
            "--width",
            "160"
        ]),
        "No workshops or milestones from 2021-11-28 on: the last was workshop `ws-maturitate-strategie` on 2021-04, 212 days ago\n"
    );
    assert_eq!(
        said(&["--today", "2021-11-28", "--from", "2021-12-25", "--to", "2021-12-25"]),
        "Nothing on 2021-12-25: the next is meeting `revizuire-progres` on 2022-03, in 93 days\n"
    );
    assert_eq!(
        said(&[
            "--today",
            "2021-11-28",
            "--from",
            "2021-06",
            "--to",
            "2021-07",
            "--kind",
            "phase",
            "--width",
            "160"
        ]),
        "No phase starts or ends from 2021-06-01 to 2021-07-31: the next is the end of phase `implementare` on 2022-07, in 215 days\n"
    );
    let bare = Test::new().plan("[project]\nname = \"T\"\n").args(&["agenda"]).run();
    assert_eq!(bare.stdout, "Nothing from 2021-01-01 on: the plan has none\n");
    let json = Test::new()
        .plan(&plan)
        .args(&["agenda", "--format", "json", "--today", "2026-11-30"])
        .run()
        .json();
    assert_eq!(json["entries"], serde_json::json!([]));
}

#[test]
fn a_window_the_flags_cannot_make_is_a_usage_error() {
    let plan = shipped();
    for (args, error) in [
        (
            &["--next", "30d", "--from", "2021-01"][..],
            "error: the argument '--next <SPAN>' cannot be used with '--from <DATE>'",
        ),
        (
            &["--next", "30"][..],
            "error: invalid value '30' for '--next <SPAN>': `30` is not a span: write a number and d, w or m (days, weeks, calendar months), e.g. 30d, 2w, 3m",
        ),
        (
            &["--next", "0w"][..],
            "error: invalid value '0w' for '--next <SPAN>': `0w` is no time at all: look at least 1w ahead",
        ),
        (
            &["--from", "2022-03", "--to", "2022-01"][..],
            "error: --to 2022-01 ends the agenda before --from 2022-03\n",
        ),
        (
            &["--to", "2021-01"][..],
            "error: --to 2021-01 ends the agenda before today (2021-11-28), where it starts without --from\n",
        ),
        (
            &["--from", "martie 2021"][..],
            "error: invalid value 'martie 2021' for '--from <DATE>'",
        ),
        // A span back from today is read, and refused with what to type:
        // a window runs forward.
        (
            &["--next", "-5d"][..],
            "error: --next -5d: a window runs forward from today, today its first day; for the 5 days up to today, type --from 2021-11-24 --to 2021-11-28\n",
        ),
        (
            &["--next", "-2w"][..],
            "error: --next -2w: a window runs forward from today, today its first day; for the 2 weeks up to today, type --from 2021-11-15 --to 2021-11-28\n",
        ),
        (
            &["--next=-1m"][..],
            "error: --next -1m: a window runs forward from today, today its first day; for the 1 month up to today, type --from 2021-10-29 --to 2021-11-28\n",
        ),
        (
            &["--next", "-0d"][..],
            "error: invalid value '-0d' for '--next <SPAN>': `0d` is no time at all",
        ),
        // `--next` takes a value with a `-`, but not a flag.
        (
            &["--next", "--help"][..],
            "error: invalid value '--help' for '--next <SPAN>': `--help` is a flag, not a span",
        ),
    ] {
        let out = agenda(&plan, &[&["--today", "2021-11-28"][..], args].concat());
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.starts_with(error), "{args:?}: {}", out.stderr);
    }
}

#[test]
fn a_plan_with_errors_is_still_shown_and_fails() {
    let plan = shipped().replace("after = [\"roadmap\"]", "after = [\"roadmpa\"]");
    let out = agenda(&plan, &["--today", "2021-11-28"]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("revizuire-progres"), "{}", out.stdout);
    assert_eq!(
        out.stderr,
        "warning: plan.toml has 1 error: run `icc check` to see it\n"
    );
}

/// The README's agenda examples are what icc prints.
#[test]
fn the_readme_shows_what_the_agenda_prints() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let mut shown = 0;
    let mut lines = readme.lines().peekable();
    while let Some(line) = lines.next() {
        let Some(command) = line.strip_prefix("$ icc agenda") else {
            continue;
        };
        let args: Vec<&str> = std::iter::once("agenda").chain(command.split_whitespace()).collect();
        let mut expected = String::new();
        while let Some(next) = lines.peek()
            && !next.starts_with("$ ")
            && !next.starts_with("```")
        {
            expected += lines.next().unwrap();
            expected.push('\n');
        }
        let out = Test::new().plan(&shipped()).args(&args).run();
        assert_eq!(out.stdout, expected, "{line}");
        shown += 1;
    }
    assert_eq!(shown, 2);
}

/// An empty window in Romanian: what there is none of (each kind with its
/// own negative, „nicio întâlnire”), the days, and what lies around
/// them, an entry named with its article and gender („ultima a fost
/// întâlnirea”, „ultimul a fost atelierul”).
#[test]
fn an_empty_window_in_romanian() {
    let plan = shipped();
    let said = |args: &[&str]| {
        let out = Test::new()
            .plan(&plan)
            .env("LANG", "ro_RO.UTF-8")
            .args(&["agenda", "--width", "200"])
            .args(args)
            .run();
        assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
        out.stdout
    };
    let cases: [(&[&str], &str); 9] = [
        (
            &["--today", "2026-11-30"],
            "Nimic de la 2026-11-30 încolo: programul s-a încheiat la 2022-09-30",
        ),
        (
            &["--today", "2021-11-28", "--from", "2022-10"],
            "Nimic de la 2022-10-01 încolo: programul se încheie la 2022-09-30",
        ),
        (
            &["--today", "2021-11-28", "--next", "30d"],
            "Nimic de la 2021-11-28 până la 2021-12-27: urmează întâlnirea `revizuire-progres` din 2022-03, în 93 de zile",
        ),
        (
            &["--today", "2021-11-28", "--kind", "workshop,milestone"],
            "Niciun atelier și niciun reper de la 2021-11-28 încolo: ultimul a fost atelierul `ws-maturitate-strategie` din 2021-04, acum 212 zile",
        ),
        (
            &["--today", "2021-11-28", "--from", "2021-12-25", "--to", "2021-12-25"],
            "Nimic pe 2021-12-25: urmează întâlnirea `revizuire-progres` din 2022-03, în 93 de zile",
        ),
        (
            &[
                "--today",
                "2021-11-28",
                "--from",
                "2021-06",
                "--to",
                "2021-07",
                "--kind",
                "phase",
            ],
            "Niciun început sau sfârșit de etapă de la 2021-06-01 până la 2021-07-31: urmează încheierea etapei `implementare` din 2022-07, în 215 zile",
        ),
        (
            &[
                "--today",
                "2021-11-28",
                "--from",
                "2020-12",
                "--to",
                "2020-12",
                "--kind",
                "phase",
            ],
            "Niciun început sau sfârșit de etapă de la 2020-12-01 până la 2020-12-31: urmează începutul etapei `roadmap` din 2021-02, acum 273 de zile",
        ),
        (
            &[
                "--today",
                "2021-11-28",
                "--from",
                "2021-11",
                "--to",
                "2022-02",
                "--kind",
                "meeting,workshop",
            ],
            "Nicio întâlnire și niciun atelier de la 2021-11-01 până la 2022-02-28: urmează întâlnirea `revizuire-progres` din 2022-03, în 93 de zile",
        ),
        (
            &[
                "--today",
                "2022-12-01",
                "--from",
                "2022-11",
                "--kind",
                "milestone,meeting,phase",
            ],
            "Niciun reper, nicio întâlnire și niciun început sau sfârșit de etapă de la 2022-11-01 încolo: programul s-a încheiat la 2022-09-30",
        ),
    ];
    for (args, expected) in cases {
        assert_eq!(said(args), format!("{expected}\n"), "{args:?}");
    }
    // Each kind of entry named as the next or the last, in both languages.
    let small = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-12\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-03-10\n\n[[milestone]]\nid = \"m\"\nname = \"M\"\ndate = 2021-05-01\n\n[[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"p\"\nfirst = \"2021-02\"\nevery_months = 12\n";
    for (args, romanian, english) in [
        (
            &["--kind", "workshop", "--from", "2021-07"][..],
            "Niciun atelier de la 2021-07-01 încolo: ultimul a fost atelierul `w` din 2021-03-10, acum 97 de zile",
            "No workshops from 2021-07-01 on: the last was workshop `w` on 2021-03-10, 97 days ago",
        ),
        (
            &["--kind", "milestone", "--from", "2021-07"],
            "Niciun reper de la 2021-07-01 încolo: ultimul a fost reperul `m` din 2021-05-01, acum 45 de zile",
            "No milestones from 2021-07-01 on: the last was milestone `m` on 2021-05-01, 45 days ago",
        ),
        (
            &["--kind", "meeting", "--from", "2021-07"],
            "Nicio întâlnire de la 2021-07-01 încolo: ultima a fost întâlnirea `r` din 2021-02, acum 107 zile",
            "No meetings from 2021-07-01 on: the last was meeting `r` on 2021-02, 107 days ago",
        ),
        (
            &["--kind", "workshop,milestone", "--from", "2021-01", "--to", "2021-02"],
            "Niciun atelier și niciun reper de la 2021-01-01 până la 2021-02-28: urmează atelierul `w` din 2021-03-10, acum 97 de zile",
            "No workshops or milestones from 2021-01-01 to 2021-02-28: the next is workshop `w` on 2021-03-10, 97 days ago",
        ),
        (
            &["--kind", "milestone", "--from", "2021-04", "--to", "2021-04"],
            "Niciun reper de la 2021-04-01 până la 2021-04-30: urmează reperul `m` din 2021-05-01, acum 45 de zile",
            "No milestones from 2021-04-01 to 2021-04-30: the next is milestone `m` on 2021-05-01, 45 days ago",
        ),
        (
            &["--kind", "phase", "--from", "2021-02", "--to", "2021-03"],
            "Niciun început sau sfârșit de etapă de la 2021-02-01 până la 2021-03-31: urmează încheierea etapei `p` din 2021-12, în 169 de zile",
            "No phase starts or ends from 2021-02-01 to 2021-03-31: the next is the end of phase `p` on 2021-12, in 169 days",
        ),
    ] {
        let run = |lang: &str| {
            let out = Test::new()
                .plan(small)
                .args(&["agenda", "--today", "2021-06-15", "--width", "200", "--lang", lang])
                .args(args)
                .run();
            assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
            out.stdout
        };
        assert_eq!(run("ro"), format!("{romanian}\n"), "{args:?}");
        assert_eq!(run("en"), format!("{english}\n"), "{args:?}");
    }
    let bare = Test::new()
        .plan("[project]\nname = \"T\"\n")
        .env("LANG", "ro_RO.UTF-8")
        .args(&["agenda"])
        .run();
    assert_eq!(
        bare.stdout,
        "Nimic de la 2021-01-01 încolo: planul nu conține astfel de intrări\n"
    );
}

/// The agenda's usage errors in Romanian, with what to type instead.
#[test]
fn a_window_the_flags_cannot_make_in_romanian() {
    let plan = shipped();
    for (args, error) in [
        (
            &["--from", "2022-03", "--to", "2022-01"][..],
            "--to 2022-01 încheie agenda înainte de --from 2022-03\n",
        ),
        (
            &["--to", "2021-01"][..],
            "--to 2021-01 încheie agenda înainte de azi (2021-11-28), ziua cu care începe fără --from\n",
        ),
        (
            &["--next", "-1d"][..],
            "--next -1d: intervalul începe azi și merge înainte, azi fiind prima lui zi; pentru ultima zi până azi inclusiv, tastați --from 2021-11-28 --to 2021-11-28\n",
        ),
        (
            &["--next", "-5d"][..],
            "--next -5d: intervalul începe azi și merge înainte, azi fiind prima lui zi; pentru ultimele 5 zile până azi inclusiv, tastați --from 2021-11-24 --to 2021-11-28\n",
        ),
        (
            &["--next", "-20d"][..],
            "--next -20d: intervalul începe azi și merge înainte, azi fiind prima lui zi; pentru ultimele 20 de zile până azi inclusiv, tastați --from 2021-11-09 --to 2021-11-28\n",
        ),
        (
            &["--next", "-2w"][..],
            "--next -2w: intervalul începe azi și merge înainte, azi fiind prima lui zi; pentru ultimele 2 săptămâni până azi inclusiv, tastați --from 2021-11-15 --to 2021-11-28\n",
        ),
        (
            &["--next=-1m"][..],
            "--next -1m: intervalul începe azi și merge înainte, azi fiind prima lui zi; pentru ultima lună până azi inclusiv, tastați --from 2021-10-29 --to 2021-11-28\n",
        ),
        (
            &["--next=-24m"][..],
            "--next -24m: intervalul începe azi și merge înainte, azi fiind prima lui zi; pentru ultimele 24 de luni până azi inclusiv, tastați --from 2019-11-29 --to 2021-11-28\n",
        ),
    ] {
        let out = Test::new()
            .plan(&plan)
            .env("LANG", "ro_RO.UTF-8")
            .args(&["agenda", "--today", "2021-11-28"])
            .args(args)
            .run();
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.ends_with(error), "{args:?}: {}", out.stderr);
    }
}
