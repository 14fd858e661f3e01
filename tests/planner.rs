//! What a planner sees from `icc check` on plans with the mistakes people
//! make: each finding's first line and the place it points at, and no
//! finding that only follows from another (a typo in a phase must not make
//! every event near it "in no phase").

mod common;

use common::Test;

/// `icc check` on `plan` as on `today`: its exit code, and each finding as
/// its first line (`warning[no-phase]: …`) with the place it points at
/// (`8:1`), in the order printed.
fn check(plan: &str, today: &str) -> (i32, Vec<(String, String)>) {
    let (code, found) = check_with_help(plan, today);
    (code, found.into_iter().map(|(m, p, _)| (m, p)).collect())
}

/// As [`check`], each finding with its help too (`""` if it has none).
fn check_with_help(plan: &str, today: &str) -> (i32, Vec<(String, String, String)>) {
    let out = Test::new()
        .plan(plan)
        .args(&["check", "--color", "never", "--today", today])
        .run();
    let mut found: Vec<(String, String, String)> = Vec::new();
    for line in out.stdout.lines() {
        if ["error[", "warning[", "note["].iter().any(|p| line.starts_with(p)) {
            found.push((line.to_string(), String::new(), String::new()));
        } else if let Some(last) = found.last_mut() {
            let line = line.trim_start();
            if let Some(place) = line.strip_prefix("--> plan.toml:").filter(|_| last.1.is_empty()) {
                last.1 = place.to_owned();
            } else if let Some(help) = line.strip_prefix("= help: ") {
                last.2 = help.to_owned();
            }
        }
    }
    (out.code, found)
}

/// The expected findings, written as `(message line, "line:column")`.
fn expect(findings: &[(&str, &str)]) -> Vec<(String, String)> {
    findings.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect()
}

const HEAD: &str = "[project]\nname = \"T\"\n";

/// A finding as `icc check --format json` gives it: its code, its line,
/// its message and its help (`""` if it has none).
type Found = (String, u64, String, String);

/// `icc check --format json` on `plan` as on `today`: its exit code and
/// every finding, in the order given.
fn check_json(plan: &str, today: &str) -> (i32, Vec<Found>) {
    let out = Test::new()
        .plan(plan)
        .args(&["check", "--format", "json", "--today", today])
        .run();
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {out:?}"));
    let found = json["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            let text = |key: &str| d[key].as_str().unwrap_or_default().to_owned();
            (
                text("code"),
                d["line"].as_u64().unwrap_or(0),
                text("message"),
                text("help"),
            )
        })
        .collect();
    (out.code, found)
}

/// The expected findings of [`check_json`], written as
/// `(code, line, message, help)`.
fn found(findings: &[(&str, u64, &str, &str)]) -> Vec<Found> {
    findings
        .iter()
        .map(|(c, l, m, h)| (c.to_string(), *l, m.to_string(), h.to_string()))
        .collect()
}

mod cascades {
    use super::*;

    /// The plan: a typo in `months` leaves the phase without an
    /// end, and the workshop inside its intended window is not said to be
    /// in no phase, nor its status doubted.
    #[test]
    fn a_typo_in_a_phase_is_the_only_finding() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"prep\"\nname = \"Prep\"\nstart = \"2025-01\"\nmontsh = 5\n\n\
             [[workshop]]\nid = \"ws\"\ntitle = \"W\"\ndate = 2025-03-10\nstatus = \"done\"\n"
        );
        let (code, found) = check(&plan, "2025-06-01");
        assert_eq!(code, 1);
        assert_eq!(
            found,
            expect(&[("error[unknown-key]: phase `prep`: unknown key `montsh`", "8:1")])
        );
    }

    /// What is known of a phase without a window still counts: an event
    /// before its stated start cannot be in it, and is in no phase.
    #[test]
    fn an_event_before_a_phase_without_end_is_still_in_no_phase() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"prep\"\nname = \"Prep\"\nstart = \"2025-01\"\nmontsh = 5\n\n\
             [[phase]]\nid = \"zero\"\nname = \"Zero\"\nstart = \"2024-01\"\nend = \"2024-03\"\n\n\
             [[workshop]]\nid = \"ws\"\ntitle = \"W\"\ndate = 2024-06-10\nstatus = \"done\"\n"
        );
        let (code, found) = check(&plan, "2025-06-01");
        assert_eq!(code, 1);
        assert_eq!(
            found,
            expect(&[
                ("error[unknown-key]: phase `prep`: unknown key `montsh`", "8:1"),
                (
                    "warning[no-phase]: workshop `ws` has no `phase`, and no phase's window holds its date 2024-06-10",
                    "19:8"
                ),
            ])
        );
    }

    /// A phase that is underdetermined, on a cycle, or after a phase
    /// without a window: events its window could hold are not placed.
    #[test]
    fn phases_without_a_window_leave_events_unplaced_without_a_word() {
        let underdetermined = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\n\n\
             [[milestone]]\nid = \"m\"\nname = \"M\"\ndate = \"2025-04\"\nstatus = \"done\"\n"
        );
        let (_, found) = check(&underdetermined, "2025-06-01");
        assert_eq!(
            found,
            expect(&[(
                "error[phase-underdetermined]: phase `a` has no end: its window cannot be fixed",
                "5:6"
            )])
        );
        let cycle = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nafter = [\"b\"]\nmonths = 2\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\"]\nmonths = 2\n\n\
             [[workshop]]\nid = \"ws\"\ntitle = \"W\"\ndate = 2025-03-10\nstatus = \"done\"\n"
        );
        let (_, found) = check(&cycle, "2025-06-01");
        assert_eq!(
            found,
            expect(&[("error[dependency-cycle]: dependency cycle: `a` → `b` → `a`", "7:10")])
        );
        // `b` follows a phase without an end, so it has no window either.
        let after_broken = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nmonthz = 2\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\"]\nmonths = 2\n\n\
             [[phase]]\nid = \"c\"\nname = \"C\"\nstart = \"2024-01\"\nend = \"2024-12\"\n\n\
             [[workshop]]\nid = \"ws\"\ntitle = \"W\"\ndate = 2025-04-10\nstatus = \"done\"\n\
             phase = \"b\"\n\n\
             [[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"b\"\nevery_months = 1\n"
        );
        let (_, found) = check(&after_broken, "2025-06-01");
        assert_eq!(
            found,
            expect(&[("error[unknown-key]: phase `a`: unknown key `monthz`", "8:1")])
        );
    }

    /// A phase whose window is in doubt still starts after what it follows
    /// ends: an event before that is not one it could hold, and is in no
    /// phase (before the programme, here). An event it could hold is left
    /// unplaced.
    #[test]
    fn a_window_in_doubt_still_starts_after_what_it_follows() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-03\"\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\"]\nmontsh = 2\n\n\
             [[workshop]]\nid = \"early\"\ntitle = \"W\"\ndate = 2024-06-05\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"maybe-b\"\ntitle = \"W\"\ndate = 2025-05-10\nstatus = \"done\"\n"
        );
        let (code, findings) = check_json(&plan, "2025-06-01");
        assert_eq!(code, 1);
        assert_eq!(
            findings,
            found(&[
                (
                    "unknown-key",
                    14,
                    "phase `b`: unknown key `montsh`",
                    "did you mean `months`?"
                ),
                (
                    "no-phase",
                    19,
                    "workshop `early` has no `phase`, and its date 2024-06-05 is before the programme starts (2025-01)",
                    "correct the date, or add a phase that holds it"
                ),
            ])
        );
        // In doubt because what it follows is: `b` starts the day after
        // `a` ends at the earliest. Where the programme starts is not
        // known (`z` may start any day before it ends).
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-03\"\n\n\
             [[phase]]\nid = \"z\"\nname = \"Z\"\nend = \"2024-03\"\nmontsh = 2\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\", \"z\"]\nmonths = 2\n\n\
             [[workshop]]\nid = \"early\"\ntitle = \"W\"\ndate = 2024-06-05\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"maybe-b\"\ntitle = \"W\"\ndate = 2025-05-10\nstatus = \"done\"\n"
        );
        let (_, findings) = check_json(&plan, "2025-06-01");
        assert_eq!(
            findings,
            found(&[
                (
                    "unknown-key",
                    14,
                    "phase `z`: unknown key `montsh`",
                    "did you mean `months`?"
                ),
                (
                    "no-phase",
                    25,
                    "workshop `early` has no `phase`, and no phase's window holds its date 2024-06-05",
                    "add `phase = \"…\"`, or move the date into a phase"
                ),
            ])
        );
    }

    /// A phase with a value that could not be read has a window icc
    /// guesses (from `start` and `months` here, though `end` was meant):
    /// it is shown, but nothing is judged against it, nor against the
    /// phase derived from it.
    #[test]
    fn nothing_is_judged_against_a_window_in_doubt() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-13\"\nmonths = 6\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\"]\nend = \"2025-05\"\n\n\
             [[phase]]\nid = \"c\"\nname = \"C\"\nstart = 2025-01-15\nend = \"2025-04\"\nafter = [\"a\"]\n\n\
             [[workshop]]\nid = \"in-a\"\ntitle = \"W\"\ndate = 2025-08-10\nphase = \"a\"\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"near-a\"\ntitle = \"W\"\ndate = 2025-08-20\nstatus = \"done\"\n\n\
             [[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"a\"\nevery_months = 1\nfirst = \"2025-09\"\n"
        );
        let (code, found) = check(&plan, "2025-12-01");
        assert_eq!(code, 1);
        assert_eq!(
            found,
            expect(&[(
                "error[invalid-date]: phase `a`: `end`: `2025-13` has a month outside 01-12",
                "8:7"
            )])
        );
        // The same plan with `end` read: what the doubt kept quiet is
        // found, so the test above can fail.
        let read = plan.replace("end = \"2025-13\"\nmonths = 6", "end = \"2025-02\"");
        let (_, found) = check(&read, "2025-12-01");
        let codes: Vec<&str> = found.iter().map(|(m, _)| m.split(':').next().unwrap()).collect();
        assert_eq!(
            codes,
            [
                "error[dependency-order]",
                "error[outside-phase]",
                "warning[no-phase]",
                "error[recurring-outside-phase]"
            ],
            "{found:?}"
        );
    }

    /// An event whose own value could not be read: a status that may have
    /// said `done` is not called still planned, a `phase` that may have
    /// been stated is not said missing, a series end that may be later is
    /// not called past.
    #[test]
    fn an_event_with_a_value_not_read_is_not_judged_on_it() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2021-01\"\nend = \"2021-06\"\n\n\
             [[workshop]]\nid = \"status\"\ntitle = \"W\"\ndate = 2021-03-10\nphase = \"a\"\nstatus = \"Done\"\n\n\
             [[workshop]]\nid = \"phase\"\ntitle = \"W\"\ndate = 2021-03-11\nphase = 5\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"series\"\ntitle = \"W\"\ndate = 2021-03-12\nend = \"2021-13-01\"\nphase = \"a\"\n"
        );
        let (_, found) = check(&plan, "2021-04-01");
        assert_eq!(
            found,
            expect(&[
                (
                    "error[invalid-value]: workshop `status`: `status = \"Done\"` is not allowed",
                    "15:10"
                ),
                (
                    "error[wrong-type]: workshop `phase`: `phase` must be a string, found an integer",
                    "21:9"
                ),
                (
                    "error[invalid-date]: workshop `series`: `end`: `2021-13-01` has a month outside 01-12",
                    "28:7"
                ),
            ])
        );
    }
}

/// An event outside its phase is told what it is in instead, where icc
/// knows: another phase's window (named in the help), several, none, or
/// nothing before the programme starts or after it ends.
mod outside_phase {
    use super::*;

    const PHASES: &str = "\n[[phase]]\nid = \"pregatire\"\nname = \"P\"\nstart = \"2020-09\"\nend = \"2021-02\"\n\n\
        [[phase]]\nid = \"roadmap\"\nname = \"R\"\nafter = [\"pregatire\"]\nmonths = 3\n\n\
        [[phase]]\nid = \"comunicare\"\nname = \"C\"\nstart = 2021-04-15\nend = 2021-07-15\n\n\
        [[phase]]\nid = \"implementare\"\nname = \"I\"\nstart = \"2021-09\"\nend = \"2022-07\"\n";

    fn plan(events: &str) -> String {
        format!("{HEAD}{PHASES}{events}")
    }

    #[test]
    fn the_help_names_the_phase_that_holds_the_date() {
        let plan = plan(
            "\n[[workshop]]\nid = \"lansare\"\ntitle = \"L\"\ndate = \"2021-03\"\nphase = \"pregatire\"\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"interviuri\"\ntitle = \"I\"\ndate = 2021-03-01\nend = 2021-03-20\nphase = \"pregatire\"\nstatus = \"done\"\n",
        );
        let (code, found) = check_with_help(&plan, "2023-01-01");
        assert_eq!(code, 1);
        assert_eq!(
            found,
            [
                (
                    "error[outside-phase]: workshop `lansare` (2021-03) is in phase `pregatire`, whose window is 2020-09 – 2021-02: it falls outside".to_owned(),
                    "31:8".to_owned(),
                    "its date is in the window of `roadmap`: set `phase = \"roadmap\"`, or correct the date".to_owned()
                ),
                (
                    "error[outside-phase]: workshop `interviuri` (2021-03-01 – 2021-03-20) is in phase `pregatire`, whose window is 2020-09 – 2021-02: it falls outside".to_owned(),
                    "38:8".to_owned(),
                    "its dates are in the window of `roadmap`: set `phase = \"roadmap\"`, or correct the dates".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn the_help_names_every_phase_that_holds_the_date_or_says_none_does() {
        let plan = plan(
            "\n[[milestone]]\nid = \"doua\"\nname = \"D\"\ndate = 2021-05-10\nphase = \"implementare\"\nstatus = \"done\"\n\n\
             [[milestone]]\nid = \"vara\"\nname = \"V\"\ndate = 2021-08-10\nphase = \"implementare\"\nstatus = \"done\"\n\n\
             [[milestone]]\nid = \"peste\"\nname = \"P\"\ndate = \"2021-07\"\nphase = \"implementare\"\nstatus = \"done\"\n",
        );
        let (_, found) = check_with_help(&plan, "2023-01-01");
        let helps: Vec<(&str, &str)> = found.iter().map(|(_, p, h)| (p.as_str(), h.as_str())).collect();
        assert_eq!(
            helps,
            [
                (
                    "31:8",
                    "its date is in the windows of `roadmap`, `comunicare`: set `phase` to one of them, or correct the date"
                ),
                ("38:8", "its date is in no phase's window: correct the date"),
                // July is partly in `comunicare`, wholly in no phase.
                (
                    "45:8",
                    "part of 2021-07 is in the window of `comunicare`: give a day date inside it and set `phase = \"comunicare\"`, or correct the date"
                ),
            ]
        );
    }

    #[test]
    fn before_the_programme_starts_and_after_it_ends_are_said() {
        let plan = plan(
            "\n[[workshop]]\nid = \"devreme\"\ntitle = \"D\"\ndate = 2020-05-10\nphase = \"pregatire\"\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"tarziu\"\ntitle = \"T\"\ndate = 2022-08-01\nend = 2022-09-30\nphase = \"implementare\"\nstatus = \"done\"\n\n\
             [[milestone]]\nid = \"final\"\nname = \"F\"\ndate = \"2022-08\"\nstatus = \"done\"\n\n\
             [[milestone]]\nid = \"start\"\nname = \"S\"\ndate = 2019-12-31\nstatus = \"done\"\n",
        );
        let (code, found) = check_with_help(&plan, "2023-01-01");
        assert_eq!(code, 1);
        let expected = [
            (
                "error[outside-phase]: workshop `devreme` (2020-05-10) is in phase `pregatire`, whose window is 2020-09 – 2021-02: it falls before the programme starts (2020-09)",
                "31:8",
                "correct the date; no phase's window holds it",
            ),
            (
                "error[outside-phase]: workshop `tarziu` (2022-08-01 – 2022-09-30) is in phase `implementare`, whose window is 2021-09 – 2022-07: it falls after the programme ends (2022-07)",
                "38:8",
                "correct the dates; no phase's window holds them",
            ),
            (
                "warning[no-phase]: milestone `final` has no `phase`, and its date 2022-08 is after the programme ends (2022-07)",
                "46:8",
                "correct the date, or add a phase that holds it",
            ),
            (
                "warning[no-phase]: milestone `start` has no `phase`, and its date 2019-12-31 is before the programme starts (2020-09)",
                "52:8",
                "correct the date, or add a phase that holds it",
            ),
        ];
        let expected: Vec<(String, String, String)> = expected
            .iter()
            .map(|(m, p, h)| (m.to_string(), p.to_string(), h.to_string()))
            .collect();
        assert_eq!(found, expected);
    }

    /// An event partly in phases, wholly in none, is told what is known:
    /// which end of its phase it runs past (and past the programme's), or
    /// which other phase part of it is in.
    #[test]
    fn what_is_known_of_an_event_partly_in_phases_is_said() {
        let ws = |id: &str, date: &str, end: &str, phase: &str| {
            let end = if end.is_empty() {
                String::new()
            } else {
                format!("end = {end}\n")
            };
            format!(
                "\n[[workshop]]\nid = \"{id}\"\ntitle = \"W\"\ndate = {date}\n{end}phase = \"{phase}\"\nstatus = \"done\"\n"
            )
        };
        let a = "\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-03\"\n";
        let plan = format!("{HEAD}{a}{}", ws("series", "2025-03-01", "2025-06-01", "a"));
        let (_, findings) = check_json(&plan, "2027-01-01");
        assert_eq!(
            findings,
            found(&[(
                "outside-phase",
                14,
                "workshop `series` (2025-03-01 – 2025-06-01) is in phase `a`, whose window is 2025-01 – 2025-03: it falls outside",
                "it ends after the programme does (2025-03): end it by 2025-03, or lengthen `a`"
            )])
        );
        let phases = [
            ("b", "2025-09-15", "\"2025-12\""),
            ("c", "\"2026-02\"", "\"2026-04\""),
            ("d", "2026-06-10", "2026-06-20"),
            ("e", "2026-08-01", "2026-08-10"),
            ("f", "2026-08-20", "\"2026-09\""),
        ];
        let phases: String = phases
            .iter()
            .map(|(id, start, end)| format!("\n[[phase]]\nid = \"{id}\"\nname = \"P\"\nstart = {start}\nend = {end}\n"))
            .collect();
        let events = [
            ws("month", "\"2025-09\"", "", "a"),
            ws("months", "\"2026-08\"", "", "a"),
            ws("past", "2025-03-20", "2025-04-10", "a"),
            ws("across", "2025-08-20", "2025-09-20", "a"),
            ws("early", "2024-12-15", "2025-01-10", "a"),
            ws("before", "2026-01-20", "2026-02-10", "c"),
            ws("around", "2026-06-01", "2026-06-30", "d"),
        ];
        let plan = format!("{HEAD}{a}{phases}{}", events.concat());
        let (_, findings) = check_json(&plan, "2027-01-01");
        let window = |phase: &str, from: &str, to: &str| {
            format!("is in phase `{phase}`, whose window is {from} – {to}: it falls outside")
        };
        let a = window("a", "2025-01", "2025-03");
        let expected = [
            (
                "outside-phase",
                43,
                format!("workshop `month` (2025-09) {a}"),
                "part of 2025-09 is in the window of `b`: give a day date inside it and set `phase = \"b\"`, or correct the date",
            ),
            (
                "outside-phase",
                50,
                format!("workshop `months` (2026-08) {a}"),
                "part of 2026-08 is in the windows of `e`, `f`: give a day date inside one and set `phase` to it, or correct the date",
            ),
            (
                "outside-phase",
                58,
                format!("workshop `past` (2025-03-20 – 2025-04-10) {a}"),
                "it starts inside `a` but ends after it: end it by 2025-03, or lengthen `a`",
            ),
            (
                "outside-phase",
                65,
                format!("workshop `across` (2025-08-20 – 2025-09-20) {a}"),
                "its dates overlap the window of `b` without lying inside it: keep them inside it and set `phase = \"b\"`, or correct the dates",
            ),
            (
                "outside-phase",
                73,
                format!("workshop `early` (2024-12-15 – 2025-01-10) {a}"),
                "it starts before the programme does (2025-01): start it on 2025-01 or later, or start `a` earlier",
            ),
            (
                "outside-phase",
                81,
                format!(
                    "workshop `before` (2026-01-20 – 2026-02-10) {}",
                    window("c", "2026-02", "2026-04")
                ),
                "it ends inside `c` but starts before it: start it on 2026-02 or later, or start `c` earlier",
            ),
            (
                "outside-phase",
                89,
                format!(
                    "workshop `around` (2026-06-01 – 2026-06-30) {}",
                    window("d", "2026-06-10", "2026-06-20")
                ),
                "its dates run past both ends of `d`: keep them inside its window, or correct them",
            ),
        ];
        let expected: Vec<Found> = expected
            .into_iter()
            .map(|(c, l, m, h)| (c.to_owned(), l, m, h.to_owned()))
            .collect();
        assert_eq!(findings, expected);
    }

    /// The programme's end is not known while a phase that could end
    /// later has no window: an event after the known phases is then not
    /// said to be after the programme, nor in no phase.
    #[test]
    fn the_programme_end_is_not_guessed() {
        let plan = plan(
            "\n[[phase]]\nid = \"extra\"\nname = \"E\"\nstart = \"2022-08\"\n\n\
             [[milestone]]\nid = \"final\"\nname = \"F\"\ndate = \"2023-08\"\nstatus = \"done\"\n\n\
             [[milestone]]\nid = \"start\"\nname = \"S\"\ndate = 2019-12-31\nstatus = \"done\"\n",
        );
        let (_, found) = check(&plan, "2024-01-01");
        assert_eq!(
            found,
            expect(&[
                (
                    "error[phase-underdetermined]: phase `extra` has no end: its window cannot be fixed",
                    "29:6"
                ),
                (
                    "warning[no-phase]: milestone `start` has no `phase`, and its date 2019-12-31 is before the programme starts (2020-09)",
                    "42:8"
                ),
            ])
        );
    }
}

/// `duplicate-id` names the lines of both uses; each use after the first
/// is a finding of its own.
mod duplicate_id {
    use super::*;

    const PLAN: &str = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"prep\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-03\"\n\n\
        [[phase]]\nid = \"prep\"\nname = \"Q\"\nstart = \"2021-04\"\nend = \"2021-06\"\n\n\
        [[recurring]]\nid = \"prep\"\ntitle = \"R\"\nphase = \"prep\"\nevery_months = 1\n";

    #[test]
    fn every_further_use_names_the_line_of_the_first() {
        let (code, found) = check(PLAN, "2021-01-01");
        assert_eq!(code, 1);
        assert_eq!(
            found,
            expect(&[
                (
                    "error[duplicate-id]: id `prep` is used by the phase at line 5 and the phase at line 11",
                    "11:6"
                ),
                (
                    "error[duplicate-id]: id `prep` is used by the phase at line 5 and the recurring meeting at line 17",
                    "17:6"
                ),
            ])
        );
    }

    #[test]
    fn uses_on_one_line_are_told_apart_by_column() {
        let plan = "phase = [{ id = \"a\", name = \"A\", start = \"2021-01\", end = \"2021-02\" }, { id = \"a\", name = \"B\", start = \"2021-03\", end = \"2021-04\" }]\n[project]\nname = \"T\"\n";
        let (_, found) = check(plan, "2021-01-01");
        assert_eq!(
            found,
            expect(&[(
                "error[duplicate-id]: id `a` is used by the phase at line 1, column 17, and the phase at line 1, column 79",
                "1:79"
            )])
        );
    }

    /// A reference to an id used twice could mean either item: nothing is
    /// judged against the one that happens to come first (or last), nor
    /// suggested by it; `duplicate-id` is the one finding, until one is
    /// renamed. Phases share `a`; a workshop and a phase share `k`; two
    /// workshops share `x`.
    #[test]
    fn nothing_is_judged_against_one_holder_of_an_id_used_twice() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-03\"\n\n\
             [[phase]]\nid = \"a\"\nname = \"A2\"\nstart = \"2025-06\"\nend = \"2025-08\"\n\n\
             [[workshop]]\nid = \"k\"\ntitle = \"K\"\ndate = 2025-02-02\nstatus = \"done\"\nphase = \"a\"\n\n\
             [[phase]]\nid = \"k\"\nname = \"K\"\nstart = \"2025-10\"\nend = \"2025-12\"\n\n\
             [[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2025-04\"\nend = \"2025-05\"\n\n\
             [[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2025-07-01\nphase = \"a\"\nstatus = \"done\"\n\n\
             [[milestone]]\nid = \"m\"\nname = \"M\"\ndate = 2025-02-01\nphase = \"a\"\nafter = [\"a\", \"k\"]\nstatus = \"done\"\n\n\
             [[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"a\"\nevery_months = 1\nfirst = \"2025-07\"\n\n\
             [[workshop]]\nid = \"z\"\ntitle = \"Z\"\ndate = 2025-11-01\nphase = \"k\"\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"inferred\"\ntitle = \"I\"\ndate = 2025-07-10\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"y\"\ntitle = \"Y\"\ndate = 2025-07-15\nphase = \"p\"\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"x\"\ntitle = \"X\"\ndate = 2025-04-02\nphase = \"p\"\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"x\"\ntitle = \"X\"\ndate = 2025-04-02\nphase = \"p\"\nstatus = \"done\"\n"
        );
        let (code, findings) = check_json(&plan, "2026-01-01");
        assert_eq!(code, 1);
        let rename = "an id is unique in the whole plan, whatever the kind of item; rename one";
        assert_eq!(
            findings,
            found(&[
                (
                    "duplicate-id",
                    11,
                    "id `a` is used by the phase at line 5 and the phase at line 11",
                    rename
                ),
                (
                    "duplicate-id",
                    24,
                    "id `k` is used by the workshop at line 17 and the phase at line 24",
                    rename
                ),
                // The date is in the window of one phase `a`: which `phase`
                // to set is not known until one is renamed.
                (
                    "outside-phase",
                    73,
                    "workshop `y` (2025-07-15) is in phase `p`, whose window is 2025-04 – 2025-05: it falls outside",
                    "correct the date, or the `phase` it belongs to"
                ),
                (
                    "duplicate-id",
                    85,
                    "id `x` is used by the workshop at line 78 and the workshop at line 85",
                    rename
                ),
            ])
        );
    }

    /// An edit that moves the uses to other lines does not add the finding
    /// it already had, so it is not refused for it.
    #[test]
    fn an_edit_that_moves_them_is_not_refused_for_them() {
        let t = Test::new().plan(PLAN).args(&[
            "add-phase",
            "--id",
            "extra",
            "--name",
            "X",
            "--start",
            "2020-10",
            "--end",
            "2020-12",
        ]);
        let out = t.run();
        assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
        let (_, found) = check(&std::fs::read_to_string(t.path("plan.toml")).unwrap(), "2021-01-01");
        assert!(
            found[1]
                .0
                .contains("used by the phase at line 5 and the recurring meeting at line 23"),
            "{found:?}"
        );
    }
}

/// An id that is not valid (`A`) is reported once: a reference written as
/// its `invalid-id` finding suggests (`a`) stands for it, since the fix of
/// the id fixes it, and "did you mean" suggests neither an invalid id nor
/// the item the reference is in.
mod invalid_id {
    use super::*;

    #[test]
    fn a_reference_written_as_the_fix_is_not_unknown() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"A\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-03\"\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\"]\nmonths = 2\n\n\
             [[phase]]\nid = \"Prep\"\nname = \"P\"\nstart = \"2026-01\"\nend = \"2026-03\"\n\n\
             [[milestone]]\nid = \"kick\"\nname = \"M\"\ndate = 2025-02-15\nphase = \"a\"\nafter = [\"a\"]\nstatus = \"done\"\n\n\
             [[milestone]]\nid = \"mx\"\nname = \"M\"\ndate = 2026-02-15\nafter = [\"mz\", \"prepp\"]\nphase = \"prep\"\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2025-02-10\nphase = \"a\"\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"w2\"\ntitle = \"W\"\ndate = 2025-02-11\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"w3\"\ntitle = \"W\"\ndate = 2025-02-12\nphase = \"aa\"\nstatus = \"done\"\n\n\
             [[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"a\"\nevery_months = 1\n"
        );
        let (code, findings) = check_json(&plan, "2026-06-01");
        assert_eq!(code, 1);
        assert_eq!(
            findings,
            found(&[
                (
                    "invalid-id",
                    5,
                    "`A` is not a valid id",
                    "an id matches `[a-z0-9][a-z0-9-]*`, e.g. `a`"
                ),
                (
                    "invalid-id",
                    17,
                    "`Prep` is not a valid id",
                    "an id matches `[a-z0-9][a-z0-9-]*`, e.g. `prep`"
                ),
                // Judged against `A`, and told to remove what `after` says.
                (
                    "dependency-order",
                    25,
                    "milestone `kick` (on 2025-02-15) is after phase `a` (ends 2025-03), but is before it ends",
                    "move `kick` after 2025-03, or remove `a` from `after`"
                ),
                // Not `mx` itself, the one id near `mz`.
                (
                    "unknown-reference",
                    34,
                    "milestone `mx` is after `mz`, which is not in the plan",
                    ""
                ),
                // `prep`, the fix of `Prep`, not `Prep`.
                (
                    "unknown-reference",
                    34,
                    "milestone `mx` is after `prepp`, which is not in the plan",
                    "did you mean `prep`?"
                ),
                // `w2`, inferred to be in `A`, is not told to write it.
                (
                    "unknown-phase",
                    55,
                    "workshop `w3` is in phase `aa`, but there is no phase `aa`",
                    "did you mean `a`?"
                ),
            ])
        );
    }
}

/// Finish-to-start, said for each kind as it is: a phase or a series
/// starts and ends, a milestone or a one-day workshop is on a day.
mod dependency_order {
    use super::*;

    #[test]
    fn a_milestone_is_on_a_day() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-06\"\n\n\
             [[milestone]]\nid = \"m\"\nname = \"M\"\ndate = 2025-03-10\nphase = \"a\"\nafter = [\"a\"]\nstatus = \"done\"\n\n\
             [[phase]]\nid = \"c\"\nname = \"C\"\nstart = 2025-02-01\nend = \"2025-04\"\nafter = [\"m\"]\n\n\
             [[workshop]]\nid = \"s\"\ntitle = \"S\"\ndate = 2025-05-01\nend = 2025-05-20\nphase = \"a\"\nstatus = \"done\"\n\n\
             [[workshop]]\nid = \"t\"\ntitle = \"T\"\ndate = 2025-05-10\nphase = \"a\"\nafter = [\"s\"]\nstatus = \"done\"\n\n\
             [[milestone]]\nid = \"n\"\nname = \"N\"\ndate = \"2025-03\"\nphase = \"a\"\nafter = [\"m\"]\nstatus = \"done\"\n"
        );
        let (code, findings) = check_json(&plan, "2025-12-01");
        assert_eq!(code, 1);
        assert_eq!(
            findings,
            found(&[
                (
                    "dependency-order",
                    13,
                    "milestone `m` (on 2025-03-10) is after phase `a` (ends 2025-06), but is before it ends",
                    "move `m` after 2025-06, or remove `a` from `after`"
                ),
                (
                    "dependency-order",
                    21,
                    "phase `c` (starts 2025-02-01) is after milestone `m` (on 2025-03-10), but starts before it",
                    "start `c` after 2025-03-10, or remove `m` from `after`"
                ),
                (
                    "dependency-order",
                    36,
                    "workshop `t` (on 2025-05-10) is after workshop `s` (ends 2025-05-20), but is before it ends",
                    "move `t` after 2025-05-20, or remove `s` from `after`"
                ),
                (
                    "dependency-order-possible",
                    44,
                    "milestone `n` (on 2025-03) is after milestone `m` (on 2025-03-10): with dates known only to the month, the two may overlap",
                    "give day dates if the order matters"
                ),
            ])
        );
    }
}

/// A phase that ends before it starts is told what to change: its `start`
/// and `end` where it states both, its `end` or its `after` where its
/// start is the day after what it follows.
mod end_before_start {
    use super::*;

    #[test]
    fn a_start_from_after_is_not_swapped() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-06\"\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\"]\nend = \"2025-03\"\n\n\
             [[milestone]]\nid = \"m\"\nname = \"M\"\ndate = 2025-03-10\nphase = \"a\"\nstatus = \"done\"\n\n\
             [[phase]]\nid = \"c\"\nname = \"C\"\nafter = [\"m\"]\nend = 2025-02-01\n\n\
             [[phase]]\nid = \"d\"\nname = \"D\"\nstart = \"2026-05\"\nend = \"2026-02\"\n"
        );
        let (code, findings) = check_json(&plan, "2025-12-01");
        assert_eq!(code, 1);
        assert_eq!(
            findings,
            found(&[
                (
                    "end-before-start",
                    14,
                    "phase `b` ends (2025-03) before it starts (2025-07-01, the day after phase `a` ends)",
                    "move `end` to 2025-07-01 or later, or remove `a` from `after`"
                ),
                (
                    "end-before-start",
                    27,
                    "phase `c` ends (2025-02-01) before it starts (2025-03-11, the day after milestone `m`)",
                    "move `end` to 2025-03-11 or later, or remove `m` from `after`"
                ),
                (
                    "end-before-start",
                    33,
                    "phase `d` ends (2026-02) before it starts (2026-05)",
                    "swap `start` and `end`, or correct one of them"
                ),
            ])
        );
    }
}

/// `months-mismatch` says that both end months count only where it
/// matters: a window over more than one month, counted in whole months.
mod months_mismatch {
    use super::*;

    #[test]
    fn both_end_months_are_said_to_count_where_it_matters() {
        let phase = |id: &str, start: &str, end: &str, months: u32| {
            format!("\n[[phase]]\nid = \"{id}\"\nname = \"P\"\nstart = {start}\nend = {end}\nmonths = {months}\n")
        };
        let plan = format!(
            "{HEAD}{}{}{}",
            phase("one", "\"2025-01\"", "\"2025-01\"", 2),
            phase("part", "\"2026-01\"", "2026-02-10", 2),
            phase("two", "\"2027-01\"", "\"2027-02\"", 1),
        );
        let (code, findings) = check_json(&plan, "2025-01-01");
        assert_eq!(code, 0);
        assert_eq!(
            findings,
            found(&[
                (
                    "months-mismatch",
                    9,
                    "phase `one` is stated as 2 months, but its window 2025-01 – 2025-01 covers 1 month",
                    "set `months = 1`, or change the window"
                ),
                (
                    "months-mismatch",
                    16,
                    "phase `part` is stated as 2 months, but its window 2026-01 – 2026-02-10 covers 1 month 10 days",
                    "make `months` and the window agree"
                ),
                (
                    "months-mismatch",
                    23,
                    "phase `two` is stated as 1 month, but its window 2027-01 – 2027-02 covers 2 months, counting both end months",
                    "set `months = 2`, or change the window"
                ),
            ])
        );
    }
}

/// A phase whose own `start` leaves a gap after what it follows ends.
mod after_gap {
    use super::*;

    fn phases(a_end: &str, b_start: &str) -> String {
        format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = {a_end}\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nstart = {b_start}\nmonths = 3\nafter = [\"a\"]\n"
        )
    }

    #[test]
    fn a_gap_is_said_in_months_between_months() {
        let (code, found) = check_with_help(&phases("\"2025-06\"", "\"2026-04\""), "2025-01-01");
        assert_eq!(code, 0);
        assert_eq!(
            found,
            [(
                "note[after-gap]: phase `b` is after phase `a`, but 9 months lie between them (`a` ends 2025-06, `b` starts 2026-04)".to_owned(),
                "13:9".to_owned(),
                "drop `start` to start it the day after `a` ends, or remove `a` from `after`".to_owned()
            )]
        );
    }

    #[test]
    fn a_gap_is_said_in_days_where_a_date_is_a_day() {
        let (_, found) = check(&phases("2025-06-30", "2025-08-20"), "2025-01-01");
        assert_eq!(
            found,
            expect(&[(
                "note[after-gap]: phase `b` is after phase `a`, but 50 days lie between them (`a` ends 2025-06-30, `b` starts 2025-08-20)",
                "13:9"
            )])
        );
        let (_, found) = check(&phases("\"2025-06\"", "2025-07-02"), "2025-01-01");
        assert_eq!(
            found,
            expect(&[(
                "note[after-gap]: phase `b` is after phase `a`, but 1 day lies between them (`a` ends 2025-06-30, `b` starts 2025-07-02)",
                "13:9"
            )])
        );
    }

    /// The gap is the days (or months) between the end and the start,
    /// neither counted, with the end as the day it is; from an event known
    /// only to the month, it is at least that.
    #[test]
    fn the_gap_is_what_lies_between() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-06\"\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nstart = 2025-07-15\nmonths = 2\nafter = [\"a\"]\n\n\
             [[phase]]\nid = \"c\"\nname = \"C\"\nstart = \"2025-08\"\nmonths = 2\nafter = [\"a\"]\n\n\
             [[milestone]]\nid = \"m\"\nname = \"M\"\ndate = \"2025-06\"\nphase = \"a\"\nstatus = \"planned\"\n\n\
             [[phase]]\nid = \"d\"\nname = \"D\"\nstart = 2025-07-03\nmonths = 1\nafter = [\"m\"]\n"
        );
        let (code, findings) = check_json(&plan, "2025-01-01");
        assert_eq!(code, 0);
        assert_eq!(
            findings,
            found(&[
                (
                    "after-gap",
                    13,
                    "phase `b` is after phase `a`, but 14 days lie between them (`a` ends 2025-06-30, `b` starts 2025-07-15)",
                    "drop `start` to start it the day after `a` ends, or remove `a` from `after`"
                ),
                (
                    "after-gap",
                    20,
                    "phase `c` is after phase `a`, but 1 month lies between them (`a` ends 2025-06, `c` starts 2025-08)",
                    "drop `start` to start it the day after `a` ends, or remove `a` from `after`"
                ),
                (
                    "after-gap",
                    34,
                    "phase `d` is after milestone `m`, but at least 2 days lie between them (`m` is on 2025-06, `d` starts 2025-07-03)",
                    "drop `start` to start it the day after `m`, or remove `m` from `after`"
                ),
            ])
        );
    }

    /// The month right after a month-precision end, or the day after a
    /// day's, is no gap; nor is any start that is not definitely later.
    #[test]
    fn no_gap_is_said_where_there_may_be_none() {
        for (a_end, b_start) in [
            ("\"2025-06\"", "\"2025-07\""),
            ("\"2025-06\"", "2025-07-01"),
            ("2025-06-30", "\"2025-07\""),
            ("2025-06-30", "2025-07-01"),
            ("2025-06-15", "\"2025-06\""),
        ] {
            let (_, found) = check(&phases(a_end, b_start), "2025-01-01");
            assert!(
                found.iter().all(|(m, _)| !m.contains("after-gap")),
                "{a_end} → {b_start}: {found:?}"
            );
        }
    }

    /// The gap is from the latest of what it follows; a predecessor whose
    /// end is in doubt leaves it unknown.
    #[test]
    fn the_gap_is_after_the_latest_predecessor() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2025-01\"\nend = \"2025-06\"\n\n\
             [[milestone]]\nid = \"m\"\nname = \"M\"\ndate = 2025-06-15\nphase = \"a\"\nstatus = \"done\"\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nstart = 2025-07-01\nmonths = 3\nafter = [\"a\", \"m\"]\n\n\
             [[phase]]\nid = \"c\"\nname = \"C\"\nstart = 2025-12-01\nmonths = 3\nafter = [\"m\", \"a\"]\n"
        );
        let (_, found) = check(&plan, "2025-07-01");
        assert_eq!(
            found,
            expect(&[(
                "note[after-gap]: phase `c` is after phase `a`, but 153 days lie between them (`a` ends 2025-06-30, `c` starts 2025-12-01)",
                "27:9"
            )])
        );
        let broken = plan.replace("status = \"done\"", "status = \"gata\"");
        let (_, found) = check(&broken, "2025-07-01");
        assert!(found.iter().all(|(m, _)| !m.contains("after-gap")), "{found:?}");
    }
}

/// An empty entry in a list is an error, as an empty name is; an entry
/// written twice is a warning, since nothing is lost.
mod list_entries {
    use super::*;

    #[test]
    fn empty_and_repeated_entries_are_found_where_they_are() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2021-01\"\nend = \"2021-03\"\nactivities = [\"x\", \" \"]\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\", \"\", \"a\"]\nmonths = 2\n\n\
             [[workshop]]\nid = \"w\"\ntitle = \"W\"\ndate = 2021-02-01\nphase = \"a\"\nled_by = [\"\"]\n\
             audience = [\"\", \"x\", \"primăria\", \"primăria\", \"primăria\"]\nstatus = \"done\"\n"
        );
        let (code, found) = check_with_help(&plan, "2021-12-01");
        assert_eq!(code, 1);
        let empty = "remove it, or write what it stands for";
        let again = "remove the repetition";
        let expected = [
            (
                "error[invalid-value]: phase `a`: `activities` has an empty entry",
                "9:20",
                empty,
            ),
            (
                "error[invalid-value]: phase `b`: `after` has an empty entry",
                "14:15",
                empty,
            ),
            (
                "warning[duplicate-entry]: phase `b`: `after` lists `a` more than once",
                "14:19",
                again,
            ),
            (
                "error[invalid-value]: workshop `w`: `led_by` has an empty entry",
                "22:11",
                empty,
            ),
            (
                "error[invalid-value]: workshop `w`: `audience` has an empty entry",
                "23:13",
                empty,
            ),
            (
                "warning[duplicate-entry]: workshop `w`: `audience` lists `primăria` more than once",
                "23:34",
                again,
            ),
            (
                "warning[duplicate-entry]: workshop `w`: `audience` lists `primăria` more than once",
                "23:46",
                again,
            ),
        ];
        let expected: Vec<(String, String, String)> = expected
            .iter()
            .map(|(m, p, h)| (m.to_string(), p.to_string(), h.to_string()))
            .collect();
        assert_eq!(found, expected);
    }

    /// An entry written twice is kept: the plan passes, and `after` waits
    /// for its predecessor once.
    #[test]
    fn a_repeated_entry_is_only_a_warning() {
        let plan = format!(
            "{HEAD}\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = \"2021-01\"\nend = \"2021-03\"\n\n\
             [[phase]]\nid = \"b\"\nname = \"B\"\nafter = [\"a\", \"a\"]\nmonths = 2\n"
        );
        let (code, found) = check(&plan, "2021-01-01");
        assert_eq!(code, 0);
        assert_eq!(
            found,
            expect(&[(
                "warning[duplicate-entry]: phase `b`: `after` lists `a` more than once",
                "13:15"
            )])
        );
        let phases = Test::new()
            .plan(&plan)
            .args(&["phases", "--format", "json", "--today", "2021-01-01"])
            .run();
        let json: serde_json::Value = serde_json::from_str(&phases.stdout).unwrap();
        let b = &json["phases"][1];
        assert_eq!(
            (b["start"].as_str(), b["end"].as_str()),
            (Some("2021-04-01"), Some("2021-05-31"))
        );
    }
}
