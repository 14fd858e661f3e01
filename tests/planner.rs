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
    let out = Test::new()
        .plan(plan)
        .args(&["check", "--color", "never", "--today", today])
        .run();
    let lines: Vec<&str> = out.stdout.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !["error[", "warning[", "note["].iter().any(|p| line.starts_with(p)) {
            continue;
        }
        let place = lines
            .get(i + 1)
            .and_then(|l| l.trim_start().strip_prefix("--> plan.toml:"))
            .unwrap_or("");
        found.push((line.to_string(), place.to_owned()));
    }
    (out.code, found)
}

/// The expected findings, written as `(message line, "line:column")`.
fn expect(findings: &[(&str, &str)]) -> Vec<(String, String)> {
    findings.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect()
}

const HEAD: &str = "[project]\nname = \"T\"\n";

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
