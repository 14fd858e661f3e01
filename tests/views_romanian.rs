//! The views in Romanian, as a coordinator at Arad's city hall reads them
//! with `LANG=ro_RO.UTF-8`: every word from the catalogue (headers, cells,
//! the status headline, relative days with Romanian plurals, empty lists,
//! errors), the layout fitted to the longer words, and JSON that does not
//! change with the language. Snapshots next to the English ones
//! (`tests/snapshots/views/*.ro.txt`; `SNAPSHOTS=overwrite cargo test` to
//! update them after a deliberate change).

mod common;

use common::{Test, root};
use snapbox::{assert_data_eq, file};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

const DAY: &str = "2021-11-28";

fn shipped() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

fn long_titles() -> String {
    std::fs::read_to_string(root().join("tests/plans/long-titles.toml")).expect("long-titles.toml")
}

/// `icc ARGS` on `plan` in a Romanian terminal (`LANG=ro_RO.UTF-8`).
fn ro(plan: &str, args: &[&str]) -> common::Output {
    Test::new().plan(plan).env("LANG", "ro_RO.UTF-8").args(args).run()
}

/// `icc ARGS` on `plan` in an English terminal.
fn en(plan: &str, args: &[&str]) -> common::Output {
    Test::new().plan(plan).args(args).run()
}

/// Columns a line takes on a terminal, by grapheme cluster.
fn columns(line: &str) -> usize {
    line.graphemes(true).map(UnicodeWidthStr::width).sum()
}

/// `icc VIEW --today 2021-11-28 --width W` in Romanian at widths 60, 100
/// and 160, as a transcript; every line fits its width.
fn at_widths(plan: &str, view: &str) -> String {
    let mut transcript = String::new();
    for width in [60, 100, 160] {
        let width = width.to_string();
        let out = ro(plan, &[view, "--today", DAY, "--width", &width]);
        assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{view} --width {width}");
        for line in out.stdout.lines() {
            assert!(
                columns(line) <= width.parse().unwrap(),
                "{view} --width {width}: {line}"
            );
        }
        transcript += &format!(
            "$ LANG=ro_RO.UTF-8 icc {view} --today {DAY} --width {width}\n{}\n",
            out.stdout
        );
    }
    transcript
}

#[test]
fn every_view_at_three_widths_on_the_shipped_plan_in_romanian() {
    let plan = shipped();
    assert_data_eq!(
        at_widths(&plan, "status"),
        file!["snapshots/views/shipped-status.ro.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, "phases"),
        file!["snapshots/views/shipped-phases.ro.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, "workshops"),
        file!["snapshots/views/shipped-workshops.ro.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, "milestones"),
        file!["snapshots/views/shipped-milestones.ro.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, "agenda"),
        file!["snapshots/views/shipped-agenda.ro.txt"].raw()
    );
}

#[test]
fn every_view_at_three_widths_on_a_plan_with_long_titles_in_romanian() {
    let plan = long_titles();
    assert_data_eq!(
        at_widths(&plan, "status"),
        file!["snapshots/views/long-status.ro.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, "phases"),
        file!["snapshots/views/long-phases.ro.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, "workshops"),
        file!["snapshots/views/long-workshops.ro.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, "milestones"),
        file!["snapshots/views/long-milestones.ro.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, "agenda"),
        file!["snapshots/views/long-agenda.ro.txt"].raw()
    );
}

const VIEWS: [&str; 5] = ["status", "phases", "workshops", "milestones", "agenda"];

/// The terminal's language: `LANG=ro_RO.UTF-8`, `LC_ALL`, `ICC_LANG=ro`
/// and `--lang ro` give the Romanian views; `--lang en` over a Romanian
/// locale, and a locale icc has no catalogue for, give English.
#[test]
fn the_views_follow_the_terminals_language() {
    let plan = shipped();
    for view in VIEWS {
        let args = [view, "--today", DAY];
        let english = en(&plan, &args).stdout;
        let romanian = ro(&plan, &args).stdout;
        assert_ne!(english, romanian, "{view}");
        let with = |env: &[(&str, &str)], extra: &[&str]| {
            let mut test = Test::new().plan(&plan).args(&args).args(extra);
            for (key, value) in env {
                test = test.env(key, value);
            }
            let out = test.run();
            assert_eq!(out.code, 0, "{view} {env:?} {extra:?}: {}", out.stderr);
            out.stdout
        };
        assert_eq!(with(&[], &["--lang", "ro"]), romanian, "{view} --lang ro");
        assert_eq!(with(&[("ICC_LANG", "ro")], &[]), romanian, "{view} ICC_LANG=ro");
        assert_eq!(with(&[("LC_ALL", "ro_RO.UTF-8")], &[]), romanian, "{view} LC_ALL");
        assert_eq!(
            with(&[("LANG", "ro_RO.UTF-8")], &["--lang", "en"]),
            english,
            "{view}: --lang en over LANG=ro_RO.UTF-8"
        );
        assert_eq!(
            with(&[("LANG", "de_DE.UTF-8")], &[]),
            english,
            "{view}: LANG=de_DE.UTF-8"
        );
    }
    // `--lang en` over a Romanian locale prints the English snapshot itself.
    let out = Test::new()
        .plan(&plan)
        .env("LANG", "ro_RO.UTF-8")
        .args(&["status", "--today", DAY, "--lang", "en"])
        .run();
    assert_data_eq!(out.stdout, file!["snapshots/status-during.txt"].raw());
}

/// JSON is for scripts: its keys, keyword values and ISO dates are the
/// same byte for byte whatever the language.
#[test]
fn json_does_not_change_with_the_language() {
    for plan in [shipped(), long_titles()] {
        for args in [
            &["status"][..],
            &["phases"],
            &["workshops"],
            &["workshops", "--upcoming", "--mode", "online"],
            &["milestones"],
            &["milestones", "--past"],
            &["agenda", "--from", "2020-01"],
            &["agenda", "--from", "2030-01-01"],
            &["export"],
        ] {
            let args = [args, &["--format", "json", "--today", DAY]].concat();
            let english = en(&plan, &args);
            let romanian = ro(&plan, &[&args[..], &["--lang", "ro"]].concat());
            assert_eq!(english.code, 0, "{args:?}: {}", english.stderr);
            assert_eq!(english.stdout, romanian.stdout, "{args:?}");
            english.json();
        }
    }
}

/// Every view fits every width in Romanian, its words longer than
/// English's: no line is wider than asked (by grapheme cluster, as a
/// terminal draws it), and the id, what every command takes, is in every
/// table.
#[test]
fn every_view_fits_narrow_widths_in_romanian() {
    for plan in [shipped(), long_titles()] {
        for width in [20, 24, 30, 40, 50, 60, 70, 80, 100] {
            for view in VIEWS {
                let out = ro(&plan, &[view, "--today", DAY, "--width", &width.to_string()]);
                assert_eq!(out.code, 0, "{view}: {}", out.stderr);
                for line in out.stdout.lines() {
                    assert!(columns(line) <= width, "{view} --width {width}: {line}\n{}", out.stdout);
                }
                for table in out.stdout.split('╭').skip(1) {
                    let mut header = table.lines().skip(1).take_while(|line| !line.starts_with('╞'));
                    assert!(
                        header.any(|line| line.split(['│', '┆']).any(|cell| cell.trim() == "ID")),
                        "{view} --width {width}: no id column\n{}",
                        out.stdout
                    );
                }
                assert!(!out.stdout.contains("{$"), "{view}: {}", out.stdout);
            }
        }
    }
    // At 40 and 60 columns what each list is for stays: a workshop's
    // date, status and phase, the agenda's date and kind.
    let workshops = ro(&shipped(), &["workshops", "--today", DAY, "--width", "60"]);
    let head = workshops.stdout.lines().nth(1).unwrap();
    for header in ["dată", "ID", "etapă", "stare"] {
        assert!(head.contains(&format!(" {header} ")), "{header}: {}", workshops.stdout);
    }
    let agenda = ro(&shipped(), &["agenda", "--today", DAY, "--width", "40"]);
    let head = agenda.stdout.lines().nth(2).unwrap();
    for header in ["dată", "tip", "ID"] {
        assert!(head.contains(&format!(" {header} ")), "{header}: {}", agenda.stdout);
    }
}

/// On a narrow terminal the Romanian headline wraps at spaces, under its
/// labels: no number is cut.
#[test]
fn a_narrow_romanian_headline_keeps_its_numbers_whole() {
    for width in [20, 24, 30, 40, 60] {
        let out = ro(&shipped(), &["status", "--today", DAY, "--width", &width.to_string()]);
        let head: Vec<&str> = out.stdout.lines().take_while(|l| !l.is_empty()).collect();
        let words: Vec<&str> = head.iter().flat_map(|l| l.split_whitespace()).collect();
        for number in ["2021-11-28", "212", "457", "46%", "245", "59%", "2022-03", "93"] {
            assert!(
                words.contains(&number),
                "--width {width}: {number} not whole\n{}",
                head.join("\n")
            );
        }
        assert!(head.iter().all(|l| columns(l) <= width), "{}", head.join("\n"));
    }
}

/// The values of the headline start in one column, two after the longest
/// Romanian label („În paralel”), and the English ones where they always
/// did.
#[test]
fn the_headline_labels_align_their_values() {
    let feb = ro(&shipped(), &["status", "--today", "2021-02-15", "--width", "160"]);
    let head: Vec<&str> = feb.stdout.lines().skip(1).take_while(|l| !l.is_empty()).collect();
    assert_eq!(
        head,
        [
            "Astăzi      2021-02-15 · programul: 2020-09 – 2022-09 · ██▏░░░░░░░ 22%",
            "Etapa       Detaliere ambiții și roadmap (foaie de parcurs) (roadmap) · ziua 15 din 89 · 16% · rămân 74 de zile",
            "În paralel  Pregătire & evaluare (pregatire) · ziua 168 din 181 · 92% · rămân 13 zile",
            "Urmează     2021-03 · Lansare la nivel local · în 14 zile",
            "Planul      2 avertismente: rulați `icc check` pentru a vedea problemele",
        ],
        "{}",
        feb.stdout
    );
    let english = en(&shipped(), &["status", "--today", "2021-02-15", "--width", "160"]);
    assert!(
        english
            .stdout
            .contains("\nAlso      Pregătire & evaluare (pregatire) · day 168 of 181 · 92% · 13 days left\n"),
        "{}",
        english.stdout
    );
}

/// What the headline says before, after and between phases, of events
/// still `planned` after their date, of the plan's problems, and under
/// the events.
#[test]
fn the_romanian_headline_in_every_case() {
    let head = |plan: &str, today: &str| {
        let out = ro(plan, &["status", "--today", today, "--width", "200"]);
        out.stdout
    };
    let before = head(&shipped(), "2020-06-01");
    assert!(
        before.contains("\nEtapa       niciuna încă: programul nu a început\n"),
        "{before}"
    );
    assert!(
        before.contains("\nUrmează     2020-10 · Interviuri 1:1 · în 122 de zile\n"),
        "{before}"
    );
    assert!(
        before.contains("\nPlanul      6 avertismente: rulați `icc check` pentru a vedea problemele\n"),
        "{before}"
    );
    let after = head(&shipped(), "2023-01-01");
    assert!(
        after.contains("\nEtapa       niciuna: programul s-a încheiat\n"),
        "{after}"
    );
    assert!(after.contains("\nUrmează     nimic planificat\n"), "{after}");
    // Two phases with a gap between them, an overdue workshop and two
    // milestones, an error and warnings.
    let plan = "[project]\nname = \"Oraș\"\n\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = 2021-01-01\nend = 2021-01-31\n\n[[phase]]\nid = \"b\"\nname = \"B\"\nstart = 2021-03-01\nend = 2021-03-31\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-01-10\n\n[[milestone]]\nid = \"m\"\nname = \"M\"\ndate = 2021-01-20\n\n[[milestone]]\nid = \"n\"\nname = \"N\"\ndate = 2021-01-21\n\n[[workshop]]\nid = \"x\"\ntitle = \"X\"\ndate = 2021-03-10\nphase = \"nu-exista\"\n";
    let gap = head(plan, "2021-02-15");
    assert!(gap.contains("\nEtapa       niciuna în curs astăzi\n"), "{gap}");
    assert!(
        gap.contains("\nRestanțe    1 atelier, 2 repere în trecut, dar încă în starea `planned`\n"),
        "{gap}"
    );
    assert!(
        gap.contains("\nPlanul      1 eroare, 3 avertismente: rulați `icc check` pentru a vedea problemele\n"),
        "{gap}"
    );
    let typo = shipped().replace("after = [\"roadmap\"]", "after = [\"roadmpa\"]");
    let one = ro(&typo, &["status", "--today", DAY]);
    assert_eq!(one.code, 1);
    assert!(
        one.stdout
            .contains("\nPlanul      1 eroare: rulați `icc check` pentru a vedea problema\n"),
        "{}",
        one.stdout
    );
    assert!(gap.contains("┆ restant "), "{gap}");
    // Five phases active at once: three named, the rest counted.
    let mut overlapping = String::from("[project]\nname = \"T\"\n");
    for i in 0..5 {
        overlapping += &format!(
            "\n[[phase]]\nid = \"p{i}\"\nname = \"P{i}\"\nstart = 2021-0{}-01\nend = 2021-12-31\n",
            i + 1
        );
    }
    let many = head(&overlapping, "2021-08-01");
    assert_eq!(many.matches("\nÎn paralel  P").count(), 3, "{many}");
    assert!(
        many.contains("\nÎn paralel  încă 1 etapă în curs: vedeți `icc phases`\n"),
        "{many}"
    );
    // Every event cancelled; events before and after those shown.
    let cancelled = "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-02-01\nstatus = \"cancelled\"\n\n[[workshop]]\nid = \"b\"\ntitle = \"B\"\ndate = 2021-03-01\nstatus = \"cancelled\"\n";
    assert!(
        head(cancelled, "2021-01-15")
            .ends_with("\nNiciun eveniment planificat: toate cele 2 evenimente sunt anulate\n"),
        "{}",
        head(cancelled, "2021-01-15")
    );
    let mut busy = String::from("[project]\nname = \"T\"\n");
    for day in 1..=28 {
        busy +=
            &format!("\n[[workshop]]\nid = \"w{day}\"\ntitle = \"W\"\ndate = 2021-02-{day:02}\nstatus = \"done\"\n");
    }
    let middle = head(&busy, "2021-02-14");
    assert!(
        middle.ends_with(
            "\nîncă 10 evenimente înaintea acestora și 11 după · `icc workshops` listează toate atelierele\n"
        ),
        "{middle}"
    );
    let late = head(&busy, "2021-03-20");
    assert!(
        late.ends_with("\nîncă 25 de evenimente înaintea acestora · `icc workshops` listează toate atelierele\n"),
        "{late}"
    );
    let early = head(&busy, "2021-01-01");
    assert!(
        early.ends_with("\nîncă 25 de evenimente după acestea · `icc workshops` listează toate atelierele\n"),
        "{early}"
    );
}

/// Days from today as Romanian says them, its plural rule included: 1
/// zi, 2 to 19 zile, 20 de zile and more; tomorrow, yesterday, today,
/// this month and a series under way in words. English alongside.
#[test]
fn days_from_today_in_romanian_and_english() {
    let mut plan = String::from(
        "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"luna\"\ntitle = \"Luna\"\ndate = \"2021-06\"\n\n[[workshop]]\nid = \"serie\"\ntitle = \"Serie\"\ndate = 2021-06-01\nend = 2021-06-30\n",
    );
    let days = [-20, -19, -2, -1, 0, 1, 2, 19, 20, 21];
    let today = chrono::NaiveDate::from_ymd_opt(2021, 6, 15).unwrap();
    for offset in days {
        let date = today + chrono::Duration::days(offset);
        plan += &format!("\n[[workshop]]\nid = \"z{offset}\"\ntitle = \"Z\"\ndate = {date}\nstatus = \"done\"\n");
    }
    let when = |out: &common::Output| -> Vec<(String, String)> {
        out.stdout
            .lines()
            .filter(|line| line.starts_with("│ 2021-"))
            .map(|line| {
                let cells: Vec<&str> = line.trim_matches('│').split('┆').map(str::trim).collect();
                (cells[3].to_owned(), cells[1].to_owned())
            })
            .collect()
    };
    let args = ["agenda", "--today", "2021-06-15", "--from", "2021-05", "--width", "200"];
    let romanian = when(&ro(&plan, &args));
    let english = when(&en(&plan, &args));
    let expect = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
    };
    assert_eq!(
        romanian,
        expect(&[
            ("z-20", "acum 20 de zile"),
            ("z-19", "acum 19 zile"),
            ("luna", "luna aceasta"),
            ("serie", "în desfășurare"),
            ("z-2", "acum 2 zile"),
            ("z-1", "ieri"),
            ("z0", "azi"),
            ("z1", "mâine"),
            ("z2", "în 2 zile"),
            ("z19", "în 19 zile"),
            ("z20", "în 20 de zile"),
            ("z21", "în 21 de zile"),
        ])
    );
    assert_eq!(
        english,
        expect(&[
            ("z-20", "20 days ago"),
            ("z-19", "19 days ago"),
            ("luna", "this month"),
            ("serie", "ongoing"),
            ("z-2", "2 days ago"),
            ("z-1", "yesterday"),
            ("z0", "today"),
            ("z1", "tomorrow"),
            ("z2", "in 2 days"),
            ("z19", "in 19 days"),
            ("z20", "in 20 days"),
            ("z21", "in 21 days"),
        ])
    );
    let head = ro(&plan, &args).stdout;
    assert!(head.starts_with("Agenda începând cu 2021-05-01\n"), "{head}");
    let from_today = ro(&plan, &["agenda", "--today", "2021-06-15"]).stdout;
    assert!(
        from_today.starts_with("Agenda începând cu 2021-06-15 (azi)\n"),
        "{from_today}"
    );
    let spans = ro(&plan, &["agenda", "--today", "2021-06-15", "--next", "1w"]).stdout;
    assert!(
        spans.starts_with("Agenda de la 2021-06-15 (azi) până la 2021-06-21\n"),
        "{spans}"
    );
}

/// The cells of a table's line, trimmed.
fn cells_of(line: &str) -> Vec<&str> {
    line.trim_matches('│').split('┆').map(str::trim).collect()
}

/// The words in cells: each status, overdue, each mode, each phase state,
/// each kind of agenda entry, a phase inferred from the date, months
/// stated and counted (with a decimal comma), a phase's start and end.
#[test]
fn cell_words_in_romanian() {
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"a\"\nname = \"Alfa\"\nstart = 2021-01-01\nend = 2021-02-14\n\n[[phase]]\nid = \"b\"\nname = \"Beta\"\nstart = \"2021-03\"\nend = \"2021-05\"\nmonths = 2\n\n[[phase]]\nid = \"c\"\nname = \"Gama\"\nstart = \"2021-06\"\nend = \"2021-12\"\n\n[[workshop]]\nid = \"w-online\"\ntitle = \"Online\"\ndate = 2021-01-10\nphase = \"a\"\nmode = \"online\"\nstatus = \"done\"\n\n[[workshop]]\nid = \"w-fizic\"\ntitle = \"Fizic\"\ndate = 2021-03-10\nmode = \"in-person\"\nstatus = \"cancelled\"\n\n[[workshop]]\nid = \"w-hibrid\"\ntitle = \"Hibrid\"\ndate = 2021-04-10\nphase = \"b\"\nmode = \"hybrid\"\n\n[[workshop]]\nid = \"w-viitor\"\ntitle = \"Viitor\"\ndate = 2021-07-10\nphase = \"c\"\n\n[[milestone]]\nid = \"m\"\nname = \"Reper\"\ndate = 2021-08-01\nphase = \"c\"\n\n[[recurring]]\nid = \"r\"\ntitle = \"Ședință\"\nphase = \"c\"\nevery_months = 3\n";
    let today = "2021-04-20";
    let phases = ro(plan, &["phases", "--today", today, "--width", "200"]).stdout;
    let row = |text: &str, id: &str| -> Vec<String> {
        text.lines()
            .find(|line| line.starts_with(&format!("│ {id} ")))
            .unwrap_or_else(|| panic!("no row {id}:\n{text}"))
            .trim_matches('│')
            .split('┆')
            .map(|cell| cell.trim().to_owned())
            .collect()
    };
    assert_eq!(
        phases
            .lines()
            .nth(1)
            .unwrap()
            .split('┆')
            .map(str::trim)
            .collect::<Vec<_>>(),
        ["│ ID", "etapă", "perioadă", "luni", "stare", "progres", "zile rămase │"]
    );
    assert_eq!(row(&phases, "a")[3], "1,5", "{phases}");
    assert_eq!(row(&phases, "a")[4], "încheiată");
    assert_eq!(row(&phases, "b")[3], "3 (2 declarate)");
    assert_eq!(row(&phases, "b")[4], "în curs");
    assert_eq!(row(&phases, "c")[4], "urmează");
    let english = en(plan, &["phases", "--today", today, "--width", "200"]).stdout;
    assert_eq!(row(&english, "a")[3], "1.5", "{english}");
    assert_eq!(row(&english, "b")[3], "3 (2 stated)");
    let workshops = ro(plan, &["workshops", "--today", today, "--width", "200"]).stdout;
    assert_eq!(
        cells_of(workshops.lines().nth(1).unwrap()),
        [
            "dată",
            "ID",
            "atelier",
            "etapă",
            "format",
            "public",
            "coordonat de",
            "stare",
            "când"
        ]
    );
    let cells = |id: &str| -> Vec<String> {
        workshops
            .lines()
            .find(|line| line.contains(&format!("┆ {id} ")))
            .unwrap_or_else(|| panic!("no row {id}:\n{workshops}"))
            .trim_matches('│')
            .split('┆')
            .map(|cell| cell.trim().to_owned())
            .collect()
    };
    assert_eq!(cells("w-online")[4], "online");
    assert_eq!(cells("w-online")[7], "realizat");
    assert_eq!(cells("w-fizic")[4], "fizic");
    assert_eq!(cells("w-fizic")[7], "anulat");
    assert_eq!(cells("w-fizic")[3], "b (după dată)", "{workshops}");
    assert_eq!(cells("w-hibrid")[4], "hibrid");
    assert_eq!(cells("w-hibrid")[7], "restant");
    assert_eq!(cells("w-viitor")[7], "planificat");
    let agenda = ro(plan, &["agenda", "--today", today, "--width", "200"]).stdout;
    let kinds: Vec<(String, String)> = agenda
        .lines()
        .filter(|line| line.starts_with("│ 2021-"))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('│').split('┆').map(str::trim).collect();
            (cells[2].to_owned(), cells[4].to_owned())
        })
        .collect();
    let has = |kind: &str, title: &str| kinds.iter().any(|(k, t)| k == kind && t == title);
    assert!(has("etapă", "Încheierea etapei Beta"), "{agenda}");
    assert!(has("etapă", "Începutul etapei Gama"), "{agenda}");
    assert!(has("atelier", "Viitor"), "{agenda}");
    assert!(has("reper", "Reper"), "{agenda}");
    assert!(has("întâlnire", "Ședință"), "{agenda}");
    // In `icc status`, a meeting's status column names it.
    let status = ro(plan, &["status", "--today", "2021-07-01", "--width", "200"]).stdout;
    assert!(
        status.contains("┆ c             ┆ întâlnire  ┆ în 62 de zile    │"),
        "{status}"
    );
}

/// What an empty list says in Romanian: which filters left nothing, with
/// what the user typed (ids, keywords) as typed.
#[test]
fn empty_lists_in_romanian() {
    let plan = long_titles();
    let said = |args: &[&str]| {
        let out = ro(&plan, &[args, &["--today", DAY]].concat());
        assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{args:?}");
        out.stdout
    };
    assert_eq!(
        said(&["milestones", "--upcoming", "--phase", "diagnoza"]),
        "Niciun reper de acum înainte în etapa `diagnoza`\n"
    );
    assert_eq!(
        said(&["milestones", "--past", "--status", "cancelled"]),
        "Niciun reper din trecut cu starea `cancelled`\n"
    );
    assert_eq!(
        said(&["milestones", "--status", "cancelled"]),
        "Niciun reper cu starea `cancelled`\n"
    );
    assert_eq!(
        said(&[
            "workshops",
            "--mode",
            "online",
            "--audience",
            "studenți",
            "--led-by",
            "primar"
        ]),
        "Niciun atelier în format `online`, cu „studenți” în public, cu „primar” printre coordonatori\n"
    );
    assert_eq!(
        said(&["workshops", "--upcoming", "--mode", "online"]),
        "Niciun atelier de acum înainte în format `online`\n"
    );
    assert_eq!(
        said(&["workshops", "--past", "--phase", "evaluare"]),
        "Niciun atelier din trecut în etapa `evaluare`\n"
    );
    assert_eq!(ro(&shipped(), &["milestones"]).stdout, "Niciun reper în plan\n");
    let bare = "[project]\nname = \"T\"\n";
    assert_eq!(ro(bare, &["workshops"]).stdout, "Niciun atelier în plan\n");
    assert_eq!(ro(bare, &["phases"]).stdout, "Nicio etapă\n");
    let unknown = ro(&plan, &["milestones", "--phase", "nope"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.ends_with(
            "nu există etapa `nope` în plan.toml; etapele planului sunt: diagnoza, co-proiectare, implementare-servicii-electronice, evaluare\n"
        ),
        "{}",
        unknown.stderr
    );
}

/// Ids, names and titles in cells are shown whole, however long, beside
/// the catalogue's words: never cut as a message's argument is.
#[test]
fn plan_text_beside_the_words_stays_whole() {
    let id = "etapa-cu-un-identificator-foarte-lung-scris-de-mana-care-depaseste-optzeci-de-caractere-in-total";
    let name = "O etapă cu o denumire foarte lungă, scrisă de mână, care depășește cu mult optzeci de coloane pe ecran";
    let plan = format!(
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"{id}\"\nname = \"{name}\"\nstart = \"2021-01\"\nend = \"2021-12\"\n\n[[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-03-10\n"
    );
    assert!(id.len() > 80 && name.chars().count() > 80);
    let workshops = ro(&plan, &["workshops", "--today", "2021-01-01", "--width", "1000"]).stdout;
    assert!(workshops.contains(&format!("┆ {id} (după dată) ┆")), "{workshops}");
    let agenda = ro(&plan, &["agenda", "--today", "2021-01-01", "--width", "1000"]).stdout;
    assert!(agenda.contains(&format!("┆ Începutul etapei {name} ")), "{agenda}");
    assert!(agenda.contains(&format!("┆ Încheierea etapei {name} ")), "{agenda}");
    let status = ro(&plan, &["status", "--today", "2021-06-01", "--width", "1000"]).stdout;
    assert!(
        status.contains(&format!("\nEtapa       {name} ({id}) · ziua 152 din 365")),
        "{status}"
    );
}

/// The README shows the shipped plan's Romanian status as `LANG=ro_RO.UTF-8
/// icc status --today 2021-11-28` prints it (at 100 columns, as its other
/// examples): the lines it quotes, before its `…`.
#[test]
fn the_readme_shows_the_romanian_status_as_it_is() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let command = "$ LANG=ro_RO.UTF-8 icc status --today 2021-11-28\n";
    let start = readme.find(command).expect("the README's Romanian status") + command.len();
    let quoted = &readme[start..start + readme[start..].find("\n…").expect("a `…` after it")];
    let out = Test::new()
        .plan(&shipped())
        .env("LANG", "ro_RO.UTF-8")
        .args(&["status", "--today", "2021-11-28", "--width", "100"])
        .run();
    assert_eq!(out.code, 0);
    assert!(
        out.stdout.starts_with(&format!("{quoted}\n")),
        "README:\n{quoted}\nicc:\n{}",
        out.stdout
    );
}

/// An empty list's sentence is wrapped to `--width`, as every other line.
#[test]
fn an_empty_list_fits_the_width() {
    let plan =
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-06\"\n";
    for args in [&["workshops"][..], &["milestones", "--upcoming"], &["kpis"]] {
        for width in ["20", "24", "30"] {
            let mut all = vec!["--lang", "ro", "--width", width];
            all.extend_from_slice(args);
            let out = Test::new().plan(plan).args(&all).run();
            assert_eq!(out.code, 0, "{args:?}");
            let widest = out.stdout.lines().map(|l| l.width()).max().unwrap_or(0);
            assert!(widest <= width.parse().unwrap(), "{args:?} at {width}:\n{}", out.stdout);
            assert!(!out.stdout.trim().is_empty(), "{args:?}");
        }
    }
}
