//! `icc status`, `icc phases`, `icc workshops`: what a coordinator sees on
//! a given day, pinned as snapshots (`SNAPSHOTS=overwrite cargo test` to
//! update them after a deliberate change), and the rules behind it.

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
        narrow.stdout.ends_with("\nnot shown at this width: id, days left\n"),
        "{}",
        narrow.stdout
    );
    let wide = run(&["phases", "--today", "2021-11-28", "--width", "160"]);
    assert!(!wide.stdout.contains("not shown"), "{}", wide.stdout);
    // Dates stay whole on a narrow terminal; titles give up their room.
    let workshops = run(&["workshops", "--today", "2021-11-28", "--width", "20"]);
    assert!(workshops.stdout.contains("│ 2020-11-19 ┆"), "{}", workshops.stdout);
    let empty = Test::new().plan("[project]\nname = \"T\"\n").args(&["phases"]).run();
    assert_eq!(empty.stdout, "No phases\n");
}
