//! `icc status`, `icc phases`, `icc workshops`, `icc milestones`, `icc
//! agenda`: what a coordinator sees on a given day, pinned as snapshots
//! (`SNAPSHOTS=overwrite cargo test` to update them after a deliberate
//! change), and the rules behind it: how tables share a width, and what
//! the lists' filters keep.

mod common;

use common::{Test, root};
use snapbox::{assert_data_eq, file};
use unicode_width::UnicodeWidthStr;

fn shipped() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

fn run(args: &[&str]) -> common::Output {
    Test::new().plan(&shipped()).args(args).run()
}

#[test]
fn status_before_during_and_after_the_programme() {
    for (today, name) in [
        ("2020-06-01", "before"),
        ("2021-11-28", "during"),
        ("2023-01-01", "after"),
    ] {
        let table = run(&["status", "--today", today]);
        assert_eq!((table.code, table.stderr.as_str()), (0, ""), "{today}");
        let json = run(&["status", "--today", today, "--format", "json"]);
        assert_eq!(json.code, 0);
        match name {
            "before" => {
                assert_data_eq!(table.stdout, file!["snapshots/status-before.txt"].raw());
                assert_data_eq!(json.stdout, file!["snapshots/status-before.json"].raw());
            }
            "during" => {
                assert_data_eq!(table.stdout, file!["snapshots/status-during.txt"].raw());
                assert_data_eq!(json.stdout, file!["snapshots/status-during.json"].raw());
            }
            _ => {
                assert_data_eq!(table.stdout, file!["snapshots/status-after.txt"].raw());
                assert_data_eq!(json.stdout, file!["snapshots/status-after.json"].raw());
            }
        }
    }
}

#[test]
fn during_the_programme_implementation_is_active_and_the_review_is_next() {
    let json = run(&["status", "--today", "2021-11-28", "--format", "json"]).json();
    let phases = json["phases"].as_array().unwrap();
    let states: Vec<(&str, &str)> = phases
        .iter()
        .map(|p| (p["id"].as_str().unwrap(), p["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        states,
        [
            ("pregatire", "done"),
            ("roadmap", "done"),
            ("implementare", "active"),
            ("revizuire", "upcoming")
        ]
    );
    // 2021-05-01 to 2022-07-31 is 457 days; 2021-11-28 is day 212 of them,
    // with 245 after it: 212 + 245 = 457.
    assert_eq!(
        (phases[2]["day"].as_i64(), phases[2]["days"].as_i64()),
        (Some(212), Some(457))
    );
    let progress = phases[2]["progress"].as_f64().unwrap();
    assert!((progress - 212.0 / 457.0).abs() < 1e-9, "{progress}");
    assert_eq!(phases[2]["days_left"], 245);
    assert_eq!(phases[0]["months"], 6, "counted from the window");
    assert_eq!(phases[0]["stated_months"], 5, "as the plan states it");
    assert_eq!(json["current_phase"], "implementare");
    let next = &json["next_event"];
    assert_eq!(
        (next["id"].as_str(), next["date"].as_str(), next["days_until"].as_i64()),
        (Some("revizuire-progres"), Some("2022-03"), Some(93))
    );
    let occurrences: Vec<&str> = json["recurring"][0]["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["date"].as_str().unwrap())
        .collect();
    assert_eq!(
        occurrences,
        ["2021-10", "2022-03"],
        "2022-08 would be after the phase ends"
    );
    assert_eq!(json["workshops"].as_array().unwrap().len(), 6);
    // Its one warning, „5 luni” for six calendar months, is accepted (`allow`).
    assert_eq!((json["errors"].as_u64(), json["warnings"].as_u64()), (Some(0), Some(0)));
}

#[test]
fn phases_and_workshops_lists() {
    let phases = run(&["phases", "--today", "2021-11-28"]);
    assert_data_eq!(phases.stdout, file!["snapshots/phases-during.txt"].raw());
    let workshops = run(&["workshops", "--today", "2021-11-28"]);
    assert_data_eq!(workshops.stdout, file!["snapshots/workshops-during.txt"].raw());
    let json = run(&["workshops", "--today", "2021-11-28", "--format", "json"]);
    assert_data_eq!(json.stdout, file!["snapshots/workshops-during.json"].raw());
}

/// The headers of each table of a view's output, in order.
fn headers(out: &str) -> Vec<Vec<String>> {
    out.split('╭')
        .skip(1)
        .map(|table| one_row(&format!("╭{table}")).into_iter().map(|(h, _)| h).collect())
        .collect()
}

/// Each column of each table of a view's output, read from a table
/// whose rows are each on one line: its header, the widest cell, the
/// widest word, and the widest piece of a word broken after a `-`.
fn column_sizes(out: &str) -> Vec<Vec<(String, [usize; 3])>> {
    let cells = |line: &str| -> Vec<String> {
        line.trim_start_matches('│')
            .trim_end_matches('│')
            .split('┆')
            .map(|cell| cell.trim().to_owned())
            .collect()
    };
    out.split('╭')
        .skip(1)
        .map(|table| {
            let lines: Vec<&str> = table.lines().filter(|line| line.starts_with('│')).collect();
            let headers = cells(lines[0]);
            let rows: Vec<Vec<String>> = lines[1..].iter().map(|line| cells(line)).collect();
            headers
                .iter()
                .enumerate()
                .map(|(i, header)| {
                    let texts = || rows.iter().map(|row| row[i].as_str()).chain([header.as_str()]);
                    let words = || texts().flat_map(|t| t.split(' '));
                    let most = |widths: &mut dyn Iterator<Item = usize>| widths.max().unwrap_or(0);
                    let sizes = [
                        most(&mut texts().map(UnicodeWidthStr::width)),
                        most(&mut words().map(UnicodeWidthStr::width)),
                        most(&mut words().flat_map(|w| w.split_inclusive('-')).map(UnicodeWidthStr::width)),
                    ];
                    (header.clone(), sizes)
                })
                .collect()
        })
        .collect()
}

/// The narrowest the column `header` of a table gets at `width` before a
/// column the view is for goes (README, "Tables"): an id a quarter of the
/// width (10 at least), a title or a phase's name 12 columns, a date its
/// widest word, an event's phase its widest piece after a `-`, anything
/// else its whole width. `sizes` as [`column_sizes`] gives them.
fn tightest(header: &str, phases_table: bool, [natural, word, piece]: [usize; 3], width: usize) -> usize {
    let words = word.clamp(1, (width / 3).clamp(16, 32)).min(natural);
    match header {
        "id" => natural.min((width / 4).clamp(10, 32)),
        "phase" if phases_table => natural.min(12),
        "workshop" | "milestone" | "event" | "title" => natural.min(12),
        "date" => words,
        "phase" => piece.clamp(1, words),
        _ => natural,
    }
}

/// What each view is for stays longest: the columns a view is for go
/// only after the others, and in their order (an essential column is
/// shown only where every more essential one is), and the text gives up
/// room before they go: the id to a quarter of the width, the titles to
/// 12 columns. An essential column goes only where it would not fit
/// with every column shown at the narrowest it gets.
#[test]
fn what_each_view_is_for_stays_longest() {
    views_keep_what_they_are_for("en");
    // The agenda at the default width shows what kind each entry is, and
    // on a narrow terminal its date before anything else.
    let agenda = run(&["agenda", "--today", DAY, "--from", "2021-01"]);
    assert_eq!(
        headers(&agenda.stdout),
        [["date", "when", "kind", "id", "title", "status"]],
        "{}",
        agenda.stdout
    );
    let narrow = run(&["agenda", "--today", DAY, "--from", "2021-01", "--width", "30"]);
    assert_eq!(headers(&narrow.stdout), [["date", "id"]], "{}", narrow.stdout);
    // Milestones at 100: each one's date, phase and status, the name
    // wrapped to make room.
    let milestones = Test::new()
        .plan(&long_titles())
        .args(&["milestones", "--today", DAY, "--width", "100"])
        .run();
    assert_eq!(
        headers(&milestones.stdout),
        [["date", "id", "milestone", "phase", "status"]],
        "{}",
        milestones.stdout
    );
}

/// Romanian headers and words are longer: the same holds of the tables
/// laid out with them.
#[test]
fn what_each_view_is_for_stays_longest_in_romanian() {
    views_keep_what_they_are_for("ro");
}

/// The Romanian headers (`locales/ro/views.ftl`), by the English ones.
const ROMANIAN_HEADERS: [(&str, &str); 17] = [
    ("id", "ID"),
    ("date", "dată"),
    ("when", "când"),
    ("kind", "tip"),
    ("title", "denumire"),
    ("phase", "etapă"),
    ("status", "stare"),
    ("window", "perioadă"),
    ("months", "luni"),
    ("progress", "progres"),
    ("days left", "zile rămase"),
    ("workshop", "atelier"),
    ("milestone", "reper"),
    ("event", "eveniment"),
    ("mode", "format"),
    ("audience", "public"),
    ("led by", "coordonat de"),
];

/// A header of `language` as English writes it.
fn in_english(language: &str, header: &str) -> String {
    if language == "en" {
        return header.to_owned();
    }
    ROMANIAN_HEADERS
        .iter()
        .find(|(_, ro)| *ro == header)
        .map(|(en, _)| (*en).to_owned())
        .unwrap_or_else(|| panic!("`{header}` is no Romanian header"))
}

/// [`what_each_view_is_for_stays_longest`] in `language` (`--lang`).
fn views_keep_what_they_are_for(language: &str) {
    let not_shown = if language == "en" {
        "not shown at this width"
    } else {
        "nu încap la această lățime"
    };
    // A table's essential columns, the most essential first, and the others.
    type Ranked = (&'static [&'static str], &'static [&'static str]);
    let phases: Ranked = (
        &["status", "window", "progress", "phase"][..],
        &["months", "days left"][..],
    );
    let views: [(&str, Vec<Ranked>); 5] = [
        ("phases", vec![phases]),
        (
            "workshops",
            vec![(
                &["date", "status", "phase", "workshop"],
                &["when", "mode", "audience", "led by"],
            )],
        ),
        (
            "milestones",
            vec![(&["date", "status", "phase", "milestone"], &["when"])],
        ),
        (
            "agenda",
            vec![(&["date", "kind", "title", "when", "status"], &["phase"])],
        ),
        (
            "status",
            vec![phases, (&["date", "when", "event"], &["status", "phase"])],
        ),
    ];
    for plan in [shipped(), long_titles()] {
        for (view, tables) in &views {
            let from: &[&str] = if *view == "agenda" { &["--from", "2021-01"] } else { &[] };
            let wide = Test::new()
                .plan(&plan)
                .args(&[view, "--today", DAY, "--width", "1000", "--lang", language])
                .args(from)
                .run();
            assert_eq!(wide.code, 0, "{view}: {}", wide.stderr);
            assert!(!wide.stdout.contains(not_shown), "{view}\n{}", wide.stdout);
            let sizes: Vec<Vec<(String, [usize; 3])>> = column_sizes(&wide.stdout)
                .into_iter()
                .map(|table| {
                    table
                        .into_iter()
                        .map(|(header, size)| (in_english(language, &header), size))
                        .collect()
                })
                .collect();
            if wide.stdout.contains('╭') {
                assert_eq!(sizes.len(), tables.len(), "{view}\n{}", wide.stdout);
            }
            // Every width where columns go one by one, and every third wider.
            for width in (20..80).chain((80..=200).step_by(3)) {
                let out = Test::new()
                    .plan(&plan)
                    .args(&[view, "--today", DAY, "--width", &width.to_string()])
                    .args(&["--lang", language])
                    .args(from)
                    .run();
                assert_eq!(out.code, 0, "{view}: {}", out.stderr);
                let shown: Vec<Vec<String>> = headers(&out.stdout)
                    .iter()
                    .map(|table| table.iter().map(|h| in_english(language, h)).collect())
                    .collect();
                if !out.stdout.contains('╭') {
                    continue;
                }
                for line in out.stdout.lines() {
                    assert!(
                        line.width() <= width,
                        "{view} --width {width} --lang {language}: {line}\n{}",
                        out.stdout
                    );
                }
                assert_eq!(shown.len(), tables.len(), "{view} --width {width}\n{}", out.stdout);
                for (shown, (essential, others)) in shown.iter().zip(tables) {
                    let has = |h: &&str| shown.iter().any(|s| s == h);
                    let kept = essential.iter().take_while(|h| has(h)).count();
                    let context = format!("{view} --width {width}: {shown:?}\n{}", out.stdout);
                    assert!(essential[kept..].iter().all(|h| !has(h)), "{context}");
                    if kept < essential.len() {
                        assert!(!others.iter().any(has), "{context}");
                    }
                }
                // The most essential column not shown would not fit beside
                // those that are, each at the narrowest it gets: the id is
                // at its minimum, and the text at its, before it goes.
                for ((shown, (essential, _)), sizes) in shown.iter().zip(tables).zip(&sizes) {
                    let Some(gone) = essential.iter().find(|h| !shown.iter().any(|s| s == *h)) else {
                        continue;
                    };
                    let phases_table = sizes.iter().any(|(h, _)| h == "window");
                    let with_it: Vec<usize> = sizes
                        .iter()
                        .filter(|(h, _)| h == gone || shown.contains(h))
                        .map(|(h, size)| tightest(h, phases_table, *size, width))
                        .collect();
                    let need = with_it.iter().sum::<usize>() + 3 * with_it.len() + 1;
                    assert!(
                        need > width,
                        "{view} --width {width}: `{gone}` went, though {with_it:?} need only {need}\n{}",
                        out.stdout
                    );
                }
            }
        }
    }
}

#[test]
fn a_narrow_terminal() {
    let out = run(&["status", "--today", "2021-11-28", "--width", "60"]);
    assert_data_eq!(out.stdout, file!["snapshots/status-width-60.txt"].raw());
}

#[test]
fn no_line_is_wider_than_asked() {
    for width in (20..=200).step_by(7) {
        for command in ["status", "phases", "workshops"] {
            let out = run(&[command, "--today", "2021-11-28", "--width", &width.to_string()]);
            for line in out.stdout.lines() {
                assert!(
                    line.width() <= width,
                    "{command} --width {width}: {line:?} is {} wide",
                    line.width()
                );
            }
        }
    }
}

#[test]
fn width_defaults_to_100_off_a_terminal() {
    let out = run(&["phases", "--today", "2021-11-28"]);
    assert_eq!(out.stdout.lines().map(UnicodeWidthStr::width).max(), Some(100));
    assert_eq!(
        out.stdout,
        run(&["phases", "--today", "2021-11-28", "--width", "100"]).stdout
    );
}

#[test]
fn colour_only_when_on() {
    let always = run(&["status", "--today", "2021-11-28", "--color", "always"]);
    assert!(
        always.stdout.contains("\x1b["),
        "--color always colours the status cells"
    );
    let never = run(&["status", "--today", "2021-11-28", "--color", "never"]);
    assert!(!never.stdout.contains('\x1b'));
    let piped = run(&["status", "--today", "2021-11-28"]);
    assert!(!piped.stdout.contains('\x1b'), "not a terminal: no colour");
    let no_color = Test::new()
        .plan(&shipped())
        .env("NO_COLOR", "1")
        .args(&["status", "--today", "2021-11-28", "--color", "never"])
        .run();
    assert_eq!(no_color.stdout, never.stdout);
}

/// On a real terminal (a pseudo-terminal made by `script`), colour is on
/// unless NO_COLOR is set.
#[test]
fn colour_on_a_terminal_follows_no_color() {
    let t = Test::new().plan(&shipped());
    let command = format!("{} status --today 2021-11-28 --width 100", common::ICC);
    let in_terminal = |no_color: bool| {
        let mut script = std::process::Command::new("script");
        script
            .args(["-qec", &command, "/dev/null"])
            .current_dir(t.path(""))
            .env("ICC_TODAY", "2021-11-28");
        if no_color {
            script.env("NO_COLOR", "1");
        } else {
            script.env_remove("NO_COLOR");
        }
        let out = script
            .output()
            .expect("script(1) from util-linux runs a command in a pseudo-terminal");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(in_terminal(false).contains("\x1b["), "a terminal gets colour");
    assert!(!in_terminal(true).contains("\x1b["), "NO_COLOR turns it off");
}

/// Each stream is coloured by its own test: with standard output on a
/// terminal and standard error in a file, the file gets no escape codes,
/// and the other way round.
#[test]
fn colour_is_decided_for_each_stream() {
    let broken = "[project]\nname = \"T\n";
    let t = Test::new().plan(broken);
    let in_terminal = |command: &str| {
        let out = std::process::Command::new("script")
            .args(["-qec", command, "/dev/null"])
            .current_dir(t.path(""))
            .env_remove("NO_COLOR")
            .output()
            .expect("script(1) from util-linux runs a command in a pseudo-terminal");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let icc = common::ICC;
    // Standard output on the terminal, standard error to a file.
    in_terminal(&format!("{icc} status 2>err.txt"));
    let err = std::fs::read_to_string(t.path("err.txt")).unwrap();
    assert!(err.contains("error[syntax]"), "{err}");
    assert!(!err.contains('\x1b'), "escape codes in a file: {err:?}");
    // Standard error on the terminal, standard output to a file.
    let terminal = in_terminal(&format!("{icc} status >out.txt"));
    assert!(terminal.contains("\x1b["), "the terminal gets colour: {terminal:?}");
    in_terminal(&format!("{icc} check >out.txt"));
    let out = std::fs::read_to_string(t.path("out.txt")).unwrap();
    assert!(out.contains("error[syntax]") && !out.contains('\x1b'), "{out:?}");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut plan = String::from(
        "[project]\nname = \"Mare\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-12\"\n",
    );
    for i in 0..3000 {
        plan += &format!(
            "\n[[workshop]]\nid = \"ws-{i}\"\ntitle = \"Atelier {i}\"\ndate = 2021-06-{:02}\nphase = \"p\"\n",
            i % 28 + 1
        );
    }
    let t = Test::new().plan(&plan);
    let mut child = std::process::Command::new(common::ICC)
        .args(["workshops", "--today", "2021-01-01"])
        .current_dir(t.path(""))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
    drop(stdout); // what `head -1` does
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn a_plan_with_errors_is_still_shown() {
    let plan = shipped().replace("after = [\"roadmap\"]", "after = [\"roadmpa\"]");
    let out = Test::new().plan(&plan).args(&["status", "--today", "2021-11-28"]).run();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("Plan      1 error: run `icc check` to see it\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("┆ Implementare "),
        "the phases are still listed:\n{}",
        out.stdout
    );
    let workshops = Test::new().plan(&plan).args(&["workshops"]).run();
    assert_eq!(workshops.code, 1);
    assert_eq!(
        workshops.stderr,
        "warning: plan.toml has 1 error: run `icc check` to see it\n"
    );
}

#[test]
fn a_plan_that_cannot_be_read_shows_what_check_shows() {
    let plan = "[project]\nname = \"T\n";
    let status = Test::new().plan(plan).args(&["status"]).run();
    let check = Test::new().plan(plan).args(&["check"]).run();
    assert_eq!((status.code, status.stdout.as_str()), (1, ""));
    assert_eq!(status.stderr, check.stdout);
    assert!(status.stderr.starts_with("error[syntax]: "), "{}", status.stderr);
    let missing = Test::new().args(&["status"]).run();
    assert_eq!(missing.code, 2);
}

fn ids(out: &common::Output) -> Vec<String> {
    out.json()["workshops"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn workshop_filters() {
    let plan = shipped()
        .replacen("status = \"done\"", "status = \"planned\"", 1)
        .replace(
            "id = \"ws-parti-interesate\"",
            "id = \"ws-parti-interesate\"\nstatus = \"cancelled\"",
        );
    let plan = plan.replacen(
        "objective = \"Inspirație pentru identificarea soluțiilor specifice pentru oraș\"\nstatus = \"done\"\n",
        "objective = \"Inspirație pentru identificarea soluțiilor specifice pentru oraș\"\n",
        1,
    );
    let list = |args: &[&str]| {
        let mut all = vec!["workshops", "--format", "json", "--today", "2021-01-10"];
        all.extend_from_slice(args);
        let out = Test::new().plan(&plan).args(&all).run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        ids(&out)
    };
    assert_eq!(
        list(&["--phase", "roadmap"]),
        ["lansare-locala", "ws-maturitate-strategie"]
    );
    assert_eq!(list(&["--past"]), ["interviuri", "ws-accelerare", "ws-evaluare-nevoi"]);
    assert_eq!(
        list(&["--upcoming"]),
        ["ws-parti-interesate", "lansare-locala", "ws-maturitate-strategie"]
    );
    assert_eq!(list(&["--upcoming", "--phase", "pregatire"]), ["ws-parti-interesate"]);
    assert_eq!(list(&["--status", "planned"]), ["interviuri"]);
    assert_eq!(list(&["--status", "cancelled"]), ["ws-parti-interesate"]);
    assert_eq!(
        list(&["--status", "done", "--phase", "pregatire"]),
        ["ws-accelerare", "ws-evaluare-nevoi"]
    );
    assert_eq!(
        list(&["--sort", "id", "--phase", "pregatire"]),
        [
            "interviuri",
            "ws-accelerare",
            "ws-evaluare-nevoi",
            "ws-parti-interesate"
        ]
    );
    let unknown = Test::new().plan(&plan).args(&["workshops", "--phase", "nope"]).run();
    assert_eq!(unknown.code, 2);
    assert_eq!(
        unknown.stderr,
        "error: no phase `nope` in plan.toml; its phases are: pregatire, roadmap, implementare, revizuire\n"
    );
    let both = Test::new()
        .plan(&plan)
        .args(&["workshops", "--past", "--upcoming"])
        .run();
    assert_eq!(both.code, 2);
    let bad_status = Test::new()
        .plan(&plan)
        .args(&["workshops", "--status", "finished"])
        .run();
    assert_eq!(bad_status.code, 2);
    // An empty filter would keep every workshop: it is refused, not
    // taken as no filter.
    for (flag, text) in [("--audience", ""), ("--led-by", ""), ("--audience", "  ")] {
        let empty = Test::new().plan(&plan).args(&["workshops", flag, text]).run();
        assert_eq!((empty.code, empty.stdout.as_str()), (2, ""), "{flag} {text:?}");
        assert!(
            empty.stderr.starts_with(&format!(
                "error: invalid value '{text}' for '{flag} <TEXT>': an empty filter would keep every workshop: give some of the words to look for\n"
            )),
            "{}",
            empty.stderr
        );
    }
}

#[test]
fn a_month_event_is_past_only_after_its_month() {
    let plan = "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"lansare\"\ntitle = \"Lansare\"\ndate = \"2021-03\"\n";
    let on = |today: &str| {
        let out = Test::new()
            .plan(plan)
            .args(&["workshops", "--format", "json", "--today", today])
            .run();
        let w = out.json()["workshops"][0].clone();
        (w["when"].as_str().unwrap().to_owned(), w["overdue"].as_bool().unwrap())
    };
    assert_eq!(on("2021-02-28"), ("upcoming".to_owned(), false));
    assert_eq!(on("2021-03-31"), ("now".to_owned(), false));
    assert_eq!(on("2021-04-01"), ("past".to_owned(), true));
    let table = Test::new().plan(plan).args(&["status", "--today", "2021-04-01"]).run();
    assert!(
        table.stdout.contains("Overdue   1 workshop past and still `planned`"),
        "{}",
        table.stdout
    );
    assert!(
        table.stdout.contains("│ 2021-03 ┆ lansare ┆ Lansare ┆ —     ┆ overdue"),
        "{}",
        table.stdout
    );
    let check = Test::new()
        .plan(plan)
        .args(&["check", "--format", "json", "--today", "2021-04-01"])
        .run();
    assert_eq!(
        check.diagnostics(),
        [("overdue".to_owned(), "warning".to_owned(), Some(7))]
    );
    let before = Test::new()
        .plan(plan)
        .args(&["check", "--format", "json", "--today", "2021-03-31"])
        .run();
    assert_eq!(before.diagnostics(), []);
}

/// `status` lists the events around today in date order, an overdue one
/// in its place among them (marked `overdue`), never gathered between the
/// past and the future.
#[test]
fn status_events_are_in_date_order() {
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = 2021-01-01\nend = 2021-12-31\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-02-01\nstatus = \"done\"\n\n[[workshop]]\nid = \"b-overdue\"\ntitle = \"B\"\ndate = 2021-01-15\n\n[[milestone]]\nid = \"c\"\nname = \"C\"\ndate = 2021-03-01\nstatus = \"done\"\n\n[[workshop]]\nid = \"d\"\ntitle = \"D\"\ndate = 2021-05-01\n\n[[milestone]]\nid = \"e\"\nname = \"E\"\ndate = \"2021-04\"\n";
    let out = Test::new().plan(plan).args(&["status", "--today", "2021-03-15"]).run();
    let dates: Vec<&str> = out
        .stdout
        .lines()
        .filter_map(|line| line.strip_prefix("│ "))
        .filter_map(|cells| cells.split(' ').next())
        .filter(|cell| cell.starts_with("2021-"))
        .collect();
    assert_eq!(
        dates,
        ["2021-01-15", "2021-02-01", "2021-03-01", "2021-04", "2021-05-01"],
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .lines()
            .any(|l| l.contains("b-overdue") && l.contains("overdue")),
        "{}",
        out.stdout
    );
}

/// Text in any script: CJK (two columns a character), emoji ZWJ
/// sequences and VS16 (one wide picture of several code points),
/// combining marks (no column of their own), right-to-left text. Every
/// line of every view fits `--width`, measured by grapheme cluster as a
/// terminal draws it.
#[test]
fn every_view_fits_its_width_in_any_script() {
    let names = [
        "Team 👩‍💻 day",
        "Heart ❤️ day ❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️",
        "城市数字化转型研讨会第一阶段",
        "Cafe\u{301} e\u{301}\u{302}\u{303} Z\u{335}\u{30d}\u{352}algo",
        "ورشة عمل المدينة الذكية",
        "👨‍👩‍👧‍👦 🏳️‍🌈 🇷🇴 family",
        "Soft\u{AD}hyphen\u{AD}ated ka\u{AD}pi\u{AD}tel",
    ];
    let mut plan = String::from("[project]\nname = \"Oraș 城市 ❤️ 👩‍💻\"\n");
    for (i, name) in names.iter().enumerate() {
        let month = i + 1;
        plan += &format!(
            "\n[[phase]]\nid = \"p{i}\"\nname = \"{name}\"\nstart = \"2021-{month:02}\"\nend = \"2021-{month:02}\"\n\n[[workshop]]\nid = \"w{i}\"\ntitle = \"{name} {name}\"\ndate = 2021-{month:02}-10\nphase = \"p{i}\"\naudience = [\"{name}\"]\n\n[[milestone]]\nid = \"m{i}\"\nname = \"{name}\"\ndate = 2021-{month:02}-20\n"
        );
    }
    let check = Test::new().plan(&plan).args(&["check", "--today", "2021-03-15"]).run();
    assert_eq!(check.code, 0, "{}", check.stdout);
    let views: &[&[&str]] = &[&["status"], &["phases"], &["workshops"], &["timeline"]];
    for width in [30, 40, 52, 60, 80, 100, 140] {
        for view in views {
            let out = Test::new()
                .plan(&plan)
                .args(view)
                .args(&["--today", "2021-03-15", "--width", &width.to_string()])
                .run();
            assert_eq!(out.code, 0, "{view:?} --width {width}: {}", out.stderr);
            let columns = |text: &str| -> usize {
                unicode_segmentation::UnicodeSegmentation::graphemes(text, true)
                    .map(UnicodeWidthStr::width)
                    .sum()
            };
            // A soft hyphen, which terminals draw a column wide and
            // width tables count as none, is left out of what is shown.
            assert!(!out.stdout.contains('\u{AD}'), "{view:?} --width {width}");
            for line in out.stdout.lines() {
                let used = columns(line);
                assert!(
                    used <= width,
                    "{view:?} --width {width}: {used} columns\n{line}\n{}",
                    out.stdout
                );
            }
            if view[0] == "timeline" {
                // Today's mark stands in one column on every row, whatever
                // the labels before it hold.
                let marks: Vec<usize> = out
                    .stdout
                    .lines()
                    .skip(3)
                    .take_while(|line| !line.contains("today 2021"))
                    .chain(out.stdout.lines().filter(|line| line.contains("▲ today")))
                    .filter_map(|line| line.find(['│', '┃', '▲']).map(|at| columns(&line[..at])))
                    .collect();
                assert!(marks.len() >= names.len(), "{width}: {marks:?}\n{}", out.stdout);
                assert!(
                    marks.iter().all(|&c| c == marks[0]),
                    "{width}: {marks:?}\n{}",
                    out.stdout
                );
            }
        }
    }
}

/// `status` leaves nothing out of the stretch it shows: every event on
/// today (an event dated today is not pushed out by month-long ones that
/// started before it), and a cancelled event dated among those shown.
#[test]
fn status_shows_every_event_of_its_stretch() {
    let plan = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = 2025-01-01\nend = 2025-12-31\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2025-03-01\nstatus = \"done\"\n\n[[workshop]]\nid = \"drop\"\ntitle = \"Dropped\"\ndate = 2025-03-15\nstatus = \"cancelled\"\n\n[[workshop]]\nid = \"month1\"\ntitle = \"Month 1\"\ndate = \"2025-04\"\n\n[[workshop]]\nid = \"month2\"\ntitle = \"Month 2\"\ndate = \"2025-04\"\n\n[[workshop]]\nid = \"series\"\ntitle = \"Series\"\ndate = 2025-04-01\nend = 2025-04-30\n\n[[workshop]]\nid = \"today-done\"\ntitle = \"Today\"\ndate = 2025-04-10\n\n[[workshop]]\nid = \"later\"\ntitle = \"Later\"\ndate = 2025-06-01\n";
    let out = Test::new()
        .plan(plan)
        .args(&["status", "--today", "2025-04-10", "--width", "120"])
        .run();
    let ids: Vec<&str> = out
        .stdout
        .lines()
        .filter(|line| line.starts_with("│ 2025-"))
        .filter_map(|line| line.split('┆').nth(1))
        .map(str::trim)
        .collect();
    assert_eq!(
        ids,
        ["a", "drop", "month1", "month2", "series", "today-done", "later"],
        "{}",
        out.stdout
    );
}

/// On a narrow terminal the headline wraps at spaces: no number is cut.
#[test]
fn a_narrow_headline_keeps_its_numbers_whole() {
    for width in [20, 24, 30, 40] {
        let out = run(&["status", "--today", "2021-11-28", "--width", &width.to_string()]);
        let head: Vec<&str> = out.stdout.lines().take_while(|l| !l.is_empty()).collect();
        let words: Vec<&str> = head.iter().flat_map(|l| l.split_whitespace()).collect();
        for number in ["2021-11-28", "212", "457", "46%", "245", "59%", "2022-03", "93"] {
            assert!(
                words.contains(&number),
                "--width {width}: {number} not whole\n{}",
                head.join("\n")
            );
        }
        assert!(head.iter().all(|l| l.width() <= width), "{}", head.join("\n"));
    }
}

/// Nothing goes without a word: phases active together each get a line,
/// events outside the stretch shown are counted, and columns a width
/// leaves out are named.
#[test]
fn what_a_view_leaves_out_it_says() {
    let feb = run(&["status", "--today", "2021-02-15"]);
    assert!(
        feb.stdout
            .contains("\nPhase     Detaliere ambiții și roadmap (foaie de parcurs) (roadmap) · day 15 of 89"),
        "{}",
        feb.stdout
    );
    assert!(
        feb.stdout
            .contains("\nAlso      Pregătire & evaluare (pregatire) · day 168 of 181 · 92% · 13 days left\n"),
        "{}",
        feb.stdout
    );
    let during = run(&["status", "--today", "2021-11-28"]);
    assert!(
        during
            .stdout
            .ends_with("4 events before these · `icc workshops` lists every workshop\n"),
        "{}",
        during.stdout
    );
    let narrow = run(&["phases", "--today", "2021-11-28", "--width", "80"]);
    assert!(
        narrow
            .stdout
            .ends_with("\nnot shown at this width: months, days left\n"),
        "{}",
        narrow.stdout
    );
    let wide = run(&["phases", "--today", "2021-11-28", "--width", "160"]);
    assert!(!wide.stdout.contains("not shown"), "{}", wide.stdout);
    // The id is what every command takes: on the narrowest terminal every
    // other column gives way first, and an id too long for what is left
    // is broken after a `-`, never cut.
    let workshops = run(&["workshops", "--today", "2021-11-28", "--width", "20"]);
    assert!(
        workshops
            .stdout
            .contains("│ ws-maturitate-   │\n│ strategie        │\n"),
        "{}",
        workshops.stdout
    );
    assert!(
        workshops
            .stdout
            .ends_with("\nnot shown at this\nwidth: date,\nworkshop, phase,\nmode, audience, led\nby, status, when\n"),
        "{}",
        workshops.stdout
    );
    let empty = Test::new().plan("[project]\nname = \"T\"\n").args(&["phases"]).run();
    assert_eq!(empty.stdout, "No phases\n");
}

const DAY: &str = "2021-11-28";

/// A plan whose titles, names, ids and audiences are as long as real ones.
fn long_titles() -> String {
    std::fs::read_to_string(root().join("tests/plans/long-titles.toml")).expect("long-titles.toml")
}

/// `icc VIEW --today 2021-11-28 --width W` at widths 60, 100 and 160, as a
/// transcript; every line fits its width.
fn at_widths(plan: &str, view: &[&str]) -> String {
    let mut transcript = String::new();
    for width in [60, 100, 160] {
        let out = Test::new()
            .plan(plan)
            .args(view)
            .args(&["--today", DAY, "--width", &width.to_string()])
            .run();
        assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{view:?} --width {width}");
        for line in out.stdout.lines() {
            assert!(line.width() <= width, "{view:?} --width {width}: {line}");
        }
        transcript += &format!(
            "$ icc {} --today {DAY} --width {width}\n{}\n",
            view.join(" "),
            out.stdout
        );
    }
    transcript
}

#[test]
fn every_view_at_three_widths_on_the_shipped_plan() {
    let plan = shipped();
    assert_data_eq!(
        at_widths(&plan, &["status"]),
        file!["snapshots/views/shipped-status.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, &["phases"]),
        file!["snapshots/views/shipped-phases.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, &["workshops"]),
        file!["snapshots/views/shipped-workshops.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, &["milestones"]),
        file!["snapshots/views/shipped-milestones.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, &["agenda"]),
        file!["snapshots/views/shipped-agenda.txt"].raw()
    );
}

#[test]
fn every_view_at_three_widths_on_a_plan_with_long_titles() {
    let plan = long_titles();
    assert_data_eq!(
        at_widths(&plan, &["status"]),
        file!["snapshots/views/long-status.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, &["phases"]),
        file!["snapshots/views/long-phases.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, &["workshops"]),
        file!["snapshots/views/long-workshops.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, &["milestones"]),
        file!["snapshots/views/long-milestones.txt"].raw()
    );
    assert_data_eq!(
        at_widths(&plan, &["agenda"]),
        file!["snapshots/views/long-agenda.txt"].raw()
    );
}

/// A table of one row, read back: each column's header and the pieces of
/// its cell, a line each.
fn one_row(table: &str) -> Vec<(String, Vec<String>)> {
    let cells = |line: &str| -> Vec<String> {
        line.trim_start_matches('│')
            .trim_end_matches('│')
            .split('┆')
            .map(|cell| cell.trim().to_owned())
            .collect()
    };
    let mut lines = table
        .lines()
        .filter(|line| line.starts_with('│') || line.starts_with('╞'));
    let mut headers: Vec<String> = Vec::new();
    for line in lines.by_ref().take_while(|line| !line.starts_with('╞')) {
        let parts = cells(line);
        headers.resize(parts.len(), String::new());
        for (header, part) in headers.iter_mut().zip(parts) {
            if !part.is_empty() {
                *header = if header.is_empty() {
                    part
                } else {
                    format!("{header} {part}")
                };
            }
        }
    }
    let mut pieces = vec![Vec::new(); headers.len()];
    for line in lines {
        for (column, part) in pieces.iter_mut().zip(cells(line)) {
            if !part.is_empty() {
                column.push(part);
            }
        }
    }
    headers.into_iter().zip(pieces).collect()
}

/// Titles wrap between words, whatever the width: the pieces of a title,
/// joined by spaces, are the title (`implementatio` / `n` is not); an id
/// is in every table at every width, whole or broken after a `-`.
#[test]
fn a_word_is_broken_only_where_it_is_longer_than_its_column() {
    let title = "Atelier de co-creare privind digitalizarea serviciilor de urbanism și a autorizațiilor de construire";
    let id = "atelier-de-co-creare-privind-digitalizarea";
    let plan = format!(
        "[project]\nname = \"T\"\n\n[[phase]]\nid = \"implementare\"\nname = \"Implementare\"\nstart = \"2021-01\"\nend = \"2021-12\"\n\n[[workshop]]\nid = \"{id}\"\ntitle = \"{title}\"\ndate = 2021-06-15\nphase = \"implementare\"\naudience = [\"Arhitecți și proiectanți\"]\nled_by = [\"Arhitectul-șef al municipiului\"]\nmode = \"hybrid\"\n"
    );
    let mut titles_seen = 0;
    for width in 20..=200 {
        for (view, heading) in [("workshops", "workshop"), ("agenda", "title"), ("phases", "phase")] {
            // The agenda's phase start and end are rows of their own.
            let only = if view == "agenda" {
                &["--kind", "workshop"][..]
            } else {
                &[]
            };
            let table = Test::new()
                .plan(&plan)
                .args(&[view, "--today", "2021-01-01", "--width", &width.to_string()])
                .args(only)
                .run()
                .stdout;
            let columns = one_row(&table);
            let (want_id, want_title) = if view == "phases" {
                ("implementare", "Implementare")
            } else {
                (id, title)
            };
            let ids: Vec<&Vec<String>> = columns.iter().filter(|(h, _)| h == "id").map(|(_, p)| p).collect();
            assert_eq!(ids.len(), 1, "{view} --width {width}: no id column\n{table}");
            assert_eq!(ids[0].concat(), want_id, "{view} --width {width}\n{table}");
            // Broken after a `-`, or inside a piece of the id (between
            // two `-`s) only where that piece is wider than the column.
            let column = ids[0].iter().map(|p| p.width()).max().unwrap_or(0);
            for piece in &ids[0][..ids[0].len() - 1] {
                assert!(
                    piece.ends_with('-')
                        || piece.width() == column && want_id.split_inclusive('-').any(|p| p.width() > column),
                    "{view} --width {width}: {piece}\n{table}"
                );
            }
            if let Some((_, pieces)) = columns.iter().find(|(h, _)| h == heading) {
                titles_seen += 1;
                // Nothing is lost, and a piece of a word is of one wider
                // than the column.
                let bare = |text: &str| text.replace(' ', "");
                assert_eq!(
                    bare(&pieces.concat()),
                    bare(want_title),
                    "{view} --width {width}\n{table}"
                );
                let column = pieces.iter().map(|p| p.width()).max().unwrap_or(0);
                let words: Vec<&str> = want_title.split(' ').collect();
                for token in pieces.iter().flat_map(|p| p.split(' ')) {
                    assert!(
                        words.contains(&token) || words.iter().any(|w| w.width() > column && w.contains(token)),
                        "{view} --width {width}: `{token}` is a piece of a word that fits\n{table}"
                    );
                }
                if column >= 14 {
                    assert_eq!(pieces.join(" "), want_title, "{view} --width {width}\n{table}");
                }
            }
        }
    }
    // A title goes at narrow widths before what a view is for (a
    // workshop's phase and status, the agenda's kind).
    assert!(titles_seen > 350, "{titles_seen}");
}

/// Where every column fits, each has its natural width: no text wraps.
/// Where they do not, the widest text gives up room first: an id keeps
/// its whole width and a title at least 20 columns.
#[test]
fn tables_share_the_width_by_what_each_column_needs() {
    let wide = run(&["workshops", "--today", DAY, "--width", "300"]);
    assert!(
        wide.stdout.contains(
            "│ 2021-04    ┆ ws-maturitate-strategie ┆ Workshop privind evaluarea maturității și strategie ┆ roadmap   ┆ online ┆ Reprezentanți ai Primăriei și ai ecosistemului local                            ┆ Expert Coordonator; Expert Tematic                                ┆ done   ┆ 212 days ago │\n"
        ),
        "{}",
        wide.stdout
    );
    assert_eq!(
        wide.stdout.lines().map(UnicodeWidthStr::width).max(),
        Some(289),
        "no wider than its text"
    );
    let status = run(&["status", "--today", DAY, "--width", "80"]);
    assert!(
        status.stdout.contains(
            "│ 2021-04 ┆ ws-maturitate-strategie ┆ Workshop privind          ┆ 212 days ago │\n\
             │         ┆                         ┆ evaluarea maturității și  ┆              │\n\
             │         ┆                         ┆ strategie                 ┆              │\n"
        ),
        "{}",
        status.stdout
    );
    assert!(
        status.stdout.contains("\nnot shown at this width: phase, status\n"),
        "{}",
        status.stdout
    );
    let phases = run(&["phases", "--today", DAY, "--width", "160"]);
    assert!(
        phases
            .stdout
            .contains("┆ Detaliere ambiții și roadmap (foaie de parcurs) ┆"),
        "{}",
        phases.stdout
    );
}

#[test]
fn every_view_fits_every_width_with_long_titles() {
    let plan = long_titles();
    for width in (20..=200).step_by(9) {
        for view in ["status", "phases", "workshops", "milestones", "agenda"] {
            let out = Test::new()
                .plan(&plan)
                .args(&[view, "--today", DAY, "--width", &width.to_string()])
                .run();
            assert_eq!(out.code, 0, "{view}: {}", out.stderr);
            for line in out.stdout.lines() {
                assert!(line.width() <= width, "{view} --width {width}: {line}\n{}", out.stdout);
            }
        }
    }
}

fn listed(plan: &str, command: &str, args: &[&str]) -> Vec<String> {
    let out = Test::new()
        .plan(plan)
        .args(&[command, "--format", "json", "--today", DAY])
        .args(args)
        .run();
    assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    out.json()[command]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn milestones_list_with_their_phase_status_and_days() {
    let plan = long_titles();
    let json = Test::new()
        .plan(&plan)
        .args(&["milestones", "--format", "json", "--today", DAY])
        .run()
        .json();
    assert_eq!(json["today"], DAY);
    let first: Vec<(String, String, String, i64, bool)> = json["milestones"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["id"].as_str().unwrap().to_owned(),
                m["date"].as_str().unwrap().to_owned(),
                m["status"].as_str().unwrap().to_owned(),
                m["days_until"].as_i64().unwrap(),
                m["overdue"].as_bool().unwrap(),
            )
        })
        .collect();
    // A month is counted as every view counts it: 2021-10 is over on
    // 2021-11-28, 28 days since its last day; 2022-06 is 185 days to its first.
    assert_eq!(
        first,
        [
            (
                "raport-de-diagnoza-aprobat".into(),
                "2021-06-30".into(),
                "done".into(),
                -151,
                false
            ),
            (
                "aprobarea-in-consiliul-local".into(),
                "2021-10".into(),
                "planned".into(),
                -28,
                true
            ),
            (
                "primele-servicii-electronice-lansate".into(),
                "2022-06".into(),
                "planned".into(),
                185,
                false
            ),
            (
                "plan-de-continuitate".into(),
                "2023-03-31".into(),
                "planned".into(),
                488,
                false
            ),
        ]
    );
    assert_eq!(json["milestones"][1]["phase"], "co-proiectare");
    let status = Test::new()
        .plan(&plan)
        .args(&["status", "--format", "json", "--today", DAY])
        .run()
        .json();
    assert_eq!(json["milestones"], status["milestones"], "the same as in `icc status`");
    let table = Test::new()
        .plan(&plan)
        .args(&["milestones", "--today", DAY, "--width", "160"])
        .run();
    assert!(
        table.stdout.contains(
            "│ 2021-10    ┆ aprobarea-in-consiliul-local         ┆ Aprobarea în Consiliul Local a Strategiei   ┆ co-proiectare                     ┆ overdue ┆ 28 days ago  │\n"
        ),
        "{}",
        table.stdout
    );
}

#[test]
fn milestone_filters_and_what_an_empty_list_says() {
    let plan = long_titles();
    let list = |args: &[&str]| listed(&plan, "milestones", args);
    assert_eq!(list(&["--phase", "co-proiectare"]), ["aprobarea-in-consiliul-local"]);
    assert_eq!(
        list(&["--upcoming"]),
        ["primele-servicii-electronice-lansate", "plan-de-continuitate"]
    );
    assert_eq!(
        list(&["--past"]),
        ["raport-de-diagnoza-aprobat", "aprobarea-in-consiliul-local"]
    );
    assert_eq!(list(&["--status", "done"]), ["raport-de-diagnoza-aprobat"]);
    assert_eq!(
        list(&["--sort", "title"]),
        [
            "aprobarea-in-consiliul-local",
            "plan-de-continuitate",
            "primele-servicii-electronice-lansate",
            "raport-de-diagnoza-aprobat"
        ]
    );
    let said = |args: &[&str]| {
        let out = Test::new()
            .plan(&plan)
            .args(&["milestones", "--today", DAY])
            .args(args)
            .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout
    };
    assert_eq!(
        said(&["--upcoming", "--phase", "diagnoza"]),
        "No upcoming milestones in phase `diagnoza`\n"
    );
    assert_eq!(
        said(&["--past", "--status", "cancelled"]),
        "No past milestones with status `cancelled`\n"
    );
    assert_eq!(shipped_milestones(), "No milestones in the plan\n");
    let unknown = Test::new().plan(&plan).args(&["milestones", "--phase", "nope"]).run();
    assert_eq!(
        (unknown.code, unknown.stderr.as_str()),
        (
            2,
            "error: no phase `nope` in plan.toml; its phases are: diagnoza, co-proiectare, implementare-servicii-electronice, evaluare\n"
        )
    );
}

fn shipped_milestones() -> String {
    run(&["milestones", "--today", DAY]).stdout
}

#[test]
fn workshops_by_mode_audience_and_who_leads() {
    let plan = long_titles();
    let list = |args: &[&str]| listed(&plan, "workshops", args);
    assert_eq!(
        list(&["--mode", "hybrid"]),
        ["atelier-de-co-creare-privind", "laborator-date-deschise"]
    );
    assert_eq!(list(&["--mode", "online"]), ["consultare-publica-online"]);
    // Any entry, any part of it, case and diacritics aside.
    assert_eq!(
        list(&["--audience", "ASOCIAȚII"]),
        ["consultare-publica-online"],
        "the second of three entries"
    );
    assert_eq!(list(&["--audience", "ghiseele"]), ["instruire-semnatura-electronica"]);
    assert_eq!(
        list(&["--led-by", "tehnologia informatiei"]),
        ["atelier-diagnoza-interna", "instruire-semnatura-electronica"]
    );
    assert_eq!(
        list(&["--led-by", "expert", "--mode", "in-person"]),
        ["atelier-diagnoza-interna"]
    );
    assert_eq!(list(&["--led-by", "expert", "--upcoming"]), ["laborator-date-deschise"]);
    let said = |args: &[&str]| {
        let out = Test::new()
            .plan(&plan)
            .args(&["workshops", "--today", DAY])
            .args(args)
            .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout
    };
    assert_eq!(
        said(&["--mode", "online", "--audience", "studenți", "--led-by", "primar"]),
        "No workshops held `online` for an audience matching „studenți” led by someone matching „primar”\n"
    );
    assert_eq!(
        said(&["--upcoming", "--mode", "online"]),
        "No upcoming workshops held `online`\n"
    );
    let bad = Test::new().plan(&plan).args(&["workshops", "--mode", "remote"]).run();
    assert_eq!(bad.code, 2);
    let help = Test::new().args(&["workshops", "--help"]).run().stdout;
    assert!(
        help.contains("case and\n          diacritics aside") || help.contains("case and diacritics aside"),
        "{help}"
    );
}

#[test]
fn workshops_sort_by_date_title_or_phase() {
    let plan = long_titles();
    let list = |args: &[&str]| listed(&plan, "workshops", args);
    let by_date = [
        "atelier-diagnoza-interna",
        "consultare-publica-online",
        "atelier-de-co-creare-privind",
        "intalnire-mediul-de-afaceri-anulata",
        "instruire-semnatura-electronica",
        "laborator-date-deschise",
    ];
    assert_eq!(list(&[]), by_date);
    assert_eq!(list(&["--sort", "date"]), by_date);
    // „Întâlnire” sorts with the I's, after „Atelier…” and „Consultare…”.
    assert_eq!(
        list(&["--sort", "title"]),
        [
            "atelier-de-co-creare-privind",
            "atelier-diagnoza-interna",
            "consultare-publica-online",
            "intalnire-mediul-de-afaceri-anulata",
            "laborator-date-deschise",
            "instruire-semnatura-electronica",
        ]
    );
    // By phase: the phases in the order they start (not as the file lists
    // them, nor by id), by date within each; no phase last.
    let nested = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"alfa\"\nname = \"Scurtă\"\nstart = 2021-03-01\nend = 2021-04-30\n\n[[phase]]\nid = \"zeta\"\nname = \"Lungă\"\nstart = 2021-01-01\nend = 2021-12-31\n\n[[workshop]]\nid = \"z-iunie\"\ntitle = \"Z\"\ndate = 2021-06-01\nphase = \"zeta\"\n\n[[workshop]]\nid = \"a-martie\"\ntitle = \"A\"\ndate = 2021-03-10\nphase = \"alfa\"\n\n[[workshop]]\nid = \"z-februarie\"\ntitle = \"Z\"\ndate = 2021-02-01\nphase = \"zeta\"\n\n[[workshop]]\nid = \"fara-etapa\"\ntitle = \"F\"\ndate = 2022-02-01\nallow = [\"no-phase\"]\n";
    let check = Test::new().plan(nested).args(&["check", "--today", DAY]).run();
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert_eq!(
        listed(nested, "workshops", &["--sort", "phase"]),
        ["z-februarie", "z-iunie", "a-martie", "fara-etapa"]
    );
    assert_eq!(
        listed(nested, "workshops", &[]),
        ["z-februarie", "a-martie", "z-iunie", "fara-etapa"]
    );
}

/// The id narrows to its minimum (a quarter of the width, broken inside a
/// piece if it must) before a column the view is for goes: the agenda's
/// date at 30 columns, a milestone's date and status at 38.
#[test]
fn the_id_narrows_before_a_column_the_view_is_for_goes() {
    let at = |args: &[&str], width: &str| {
        Test::new()
            .plan(&long_titles())
            .args(args)
            .args(&["--today", DAY, "--width", width])
            .run()
            .stdout
    };
    let agenda = at(&["agenda", "--from", "2020-01"], "30");
    assert!(
        agenda.starts_with(
            "Agenda from 2020-01-01 on\n\
             ╭──────────────┬─────────────╮\n\
             │ date         ┆ id          │\n\
             ╞══════════════╪═════════════╡\n\
             │ 2021-01      ┆ diagnoza    │\n\
             │ 2021-02-16   ┆ atelier-    │\n\
             │              ┆ diagnoza-   │\n\
             │              ┆ interna     │\n\
             │ 2021-04-06\u{a0}– ┆ consultare- │\n\
             │ 2021-04-30   ┆ publica-    │\n\
             │              ┆ online      │\n"
        ),
        "{agenda}"
    );
    assert!(
        agenda.contains(
            "│ 2021-11-01   ┆ implementar │\n\
             │              ┆ e-servicii- │\n\
             │              ┆ electronice │\n"
        ),
        "{agenda}"
    );
    assert!(
        agenda
            .ends_with("╰──────────────┴─────────────╯\nnot shown at this width: when,\nkind, title, phase, status\n"),
        "{agenda}"
    );
    let milestones = at(&["milestones"], "38");
    assert_eq!(
        milestones,
        "╭────────────┬─────────────┬─────────╮\n\
         │ date       ┆ id          ┆ status  │\n\
         ╞════════════╪═════════════╪═════════╡\n\
         │ 2021-06-30 ┆ raport-de-  ┆ done    │\n\
         │            ┆ diagnoza-   ┆         │\n\
         │            ┆ aprobat     ┆         │\n\
         │ 2021-10    ┆ aprobarea-  ┆ overdue │\n\
         │            ┆ in-         ┆         │\n\
         │            ┆ consiliul-  ┆         │\n\
         │            ┆ local       ┆         │\n\
         │ 2022-06    ┆ primele-    ┆ planned │\n\
         │            ┆ servicii-   ┆         │\n\
         │            ┆ electronice ┆         │\n\
         │            ┆ -lansate    ┆         │\n\
         │ 2023-03-31 ┆ plan-de-    ┆ planned │\n\
         │            ┆ continuitat ┆         │\n\
         │            ┆ e           ┆         │\n\
         ╰────────────┴─────────────┴─────────╯\n\
         not shown at this width: milestone,\n\
         phase, when\n"
    );
}
