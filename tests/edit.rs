//! Edits: folder cases in cargo's style (`tests/edit/<case>/in/plan.toml`,
//! the command in `cmd`, one argument a line, and `out/plan.toml` compared
//! byte for byte; `SNAPSHOTS=overwrite` rewrites `out/`), refusals that leave the
//! file as it was, concurrent edits, permissions, links and random plans.

mod common;

use std::path::Path;

use common::{Test, root};

/// The file's bytes, and the names in its folder (to see temporary files left behind).
fn snapshot(t: &Test) -> (Vec<u8>, Vec<String>) {
    let mut names: Vec<String> = std::fs::read_dir(t.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    (std::fs::read(t.path("plan.toml")).unwrap(), names)
}

/// Each folder of `tests/edit/`: `in/plan.toml`, the command in `cmd` (an
/// argument a line), and what must come of it: `out/plan.toml` and
/// `out/stdout` byte for byte, `out/stderr` too where the case has one,
/// and the exit code in `code` (0 if there is none). A case that exits
/// with another code, or runs with `--dry-run`, must leave the folder as
/// it was: the same plan, byte for byte, and no other file.
#[test]
fn folder_cases() {
    let bless = common::bless();
    let mut cases: Vec<_> = std::fs::read_dir(root().join("tests/edit"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 9);
    for case in cases {
        let input = std::fs::read(case.join("in/plan.toml")).unwrap();
        let cmd = std::fs::read_to_string(case.join("cmd")).unwrap();
        let args: Vec<&str> = cmd.lines().collect();
        let code: i32 = std::fs::read_to_string(case.join("code")).map_or(0, |c| c.trim().parse().unwrap());
        let t = Test::new().file("plan.toml", &input).args(&args);
        let before = snapshot(&t);
        let out = t.run();
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(out.code, code, "{name}: {}", out.stderr);
        let after = std::fs::read(t.path("plan.toml")).unwrap();
        let expected_path = case.join("out/plan.toml");
        let stderr_path = case.join("out/stderr");
        if bless {
            std::fs::write(&expected_path, &after).unwrap();
            std::fs::write(case.join("out/stdout"), &out.stdout).unwrap();
            if stderr_path.exists() {
                std::fs::write(&stderr_path, &out.stderr).unwrap();
            }
            continue;
        }
        let expected = std::fs::read(&expected_path).unwrap_or_default();
        assert!(
            after == expected,
            "{name}: plan.toml differs from out/plan.toml:\n{}",
            String::from_utf8_lossy(&after)
        );
        assert_eq!(
            out.stdout,
            std::fs::read_to_string(case.join("out/stdout")).unwrap_or_default(),
            "{name}"
        );
        if let Ok(stderr) = std::fs::read_to_string(&stderr_path) {
            assert_eq!(out.stderr, stderr, "{name}");
        }
        if code != 0 || args.contains(&"--dry-run") {
            assert_eq!(snapshot(&t), before, "{name}: the folder changed");
            continue;
        }
        // Every line of the input is still there, in order (but the status
        // line that set-status rewrites): additions add, and nothing else.
        if args[0].starts_with("add-") || args[0] == "set-status" {
            let mut before = String::from_utf8_lossy(&input).into_owned();
            if args[0] == "set-status" {
                before = before
                    .lines()
                    .filter(|l| !l.starts_with("status"))
                    .map(|l| format!("{l}\n"))
                    .collect();
            }
            assert_lines_kept(&before, &String::from_utf8_lossy(&after));
        }
        // And the result checks, with no error the input did not have.
        let errors = |bytes: &[u8]| {
            let check = Test::new()
                .file("plan.toml", bytes)
                .args(&["check", "--format", "json"])
                .run();
            check.json()["errors"].as_u64().unwrap()
        };
        assert!(errors(&after) <= errors(&input), "{name}: the edit added an error");
    }
}

fn assert_lines_kept(before: &str, after: &str) {
    let mut rest = after.split_inclusive('\n');
    for line in before.split_inclusive('\n') {
        // The old last line may have gained the newline it lacked.
        let line = line.trim_end_matches(['\r', '\n']);
        assert!(
            rest.any(|l| l.trim_end_matches(['\r', '\n']) == line),
            "line {line:?} lost or moved"
        );
    }
}

const PLAN: &str = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-06\"\n\n[[phase]]\nid = \"q\"\nname = \"Q\"\nafter = [\"p\"]\nmonths = 3\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-02-01\nstatus = \"done\"\n";

#[test]
fn refused_edits_leave_the_file_as_it_was() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["add-workshop", "--id", "a", "--title", "X", "--date", "2021-03-01"],
            "error[duplicate-id]",
        ),
        (
            &["add-workshop", "--id", "p", "--title", "X", "--date", "2021-03-01"],
            "error[duplicate-id]",
        ),
        (
            &["add-workshop", "--title", "X", "--date", "2021-09-01", "--phase", "p"],
            "error[outside-phase]",
        ),
        (
            &["add-workshop", "--title", "X", "--date", "2021-03-01", "--after", "q"],
            "error[dependency-order]",
        ),
        (
            &[
                "add-phase",
                "--id",
                "r",
                "--name",
                "R",
                "--start",
                "2021-05",
                "--end",
                "2021-04",
            ],
            "error[end-before-start]",
        ),
        (
            &["add-milestone", "--name", "M", "--date", "2021-12", "--phase", "p"],
            "error[outside-phase]",
        ),
    ];
    for (args, expected) in cases {
        let t = Test::new().plan(PLAN).args(args);
        let before = snapshot(&t);
        let out = t.run();
        assert_eq!(out.code, 1, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("the file is unchanged"), "{args:?}: {}", out.stderr);
        assert_eq!(snapshot(&t), before, "{args:?}: the folder changed");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn bad_flags_are_usage_errors() {
    for args in [
        &["add-workshop", "--title", "X", "--date", "2021-02-30"][..],
        &["add-workshop", "--title", "", "--date", "2021-02-03"],
        &[
            "add-workshop",
            "--title",
            "X",
            "--date",
            "2021-02-03",
            "--mode",
            "onsite",
        ],
        &["add-workshop", "--title", "X", "--date", "martie 2021"],
        &["add-workshop", "--id", "Ws_1", "--title", "X", "--date", "2021-02-03"],
        &["add-workshop", "--date", "2021-02-03"],
        &["set-status", "a", "finished"],
        &["add-phase", "--id", "r", "--name", "R", "--months", "0"],
    ] {
        let t = Test::new().plan(PLAN).args(args);
        let before = snapshot(&t);
        let out = t.run();
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert_eq!(snapshot(&t), before);
    }
    let stdin = Test::new()
        .stdin(PLAN.as_bytes())
        .args(&["--plan", "-", "set-status", "a", "done"])
        .run();
    assert_eq!(stdin.code, 2);
    assert_eq!(
        stdin.stderr,
        "error: `--plan -` reads the plan from standard input, which cannot be written\n\
         help: add --dry-run to see the change as a diff, or name the plan file\n"
    );
}

/// `add-phase` whose flags cannot fix a window is told so in flags, with
/// every combination that can (exit 2, the file untouched); each of those
/// combinations is accepted.
#[test]
fn add_phase_says_which_flags_fix_a_window() {
    const HELP: &str = "help: give --start and --end, --months with --start, --end or --after, or --after with --end \
                        (e.g. --start 2025-01 --months 3)\n";
    let base = ["add-phase", "--id", "r", "--name", "R"];
    for (flags, why) in [
        (
            &[][..],
            "add-phase needs the phase's window, and none of --start, --end, --months, --after is given",
        ),
        (
            &["--start", "2021-05"],
            "add-phase cannot fix the phase's window from --start alone",
        ),
        (
            &["--months", "2"],
            "add-phase cannot fix the phase's window from --months alone",
        ),
        (
            &["--after", "p"],
            "add-phase cannot fix the phase's window from --after alone",
        ),
        (
            &["--start", "2021-05", "--after", "p"],
            "add-phase cannot fix the phase's window from --start and --after",
        ),
    ] {
        let args: Vec<&str> = base.iter().chain(flags).copied().collect();
        let t = Test::new().plan(PLAN).args(&args);
        let before = snapshot(&t);
        let out = t.run();
        assert_eq!(out.code, 2, "{args:?}");
        assert_eq!(
            out.stderr,
            format!("error: {why}; the file is unchanged\n{HELP}"),
            "{args:?}"
        );
        assert_eq!(snapshot(&t), before);
    }
    for flags in [
        &["--start", "2021-05", "--end", "2021-06"][..],
        &["--start", "2021-05", "--months", "2"],
        &["--end", "2021-06", "--months", "2"],
        &["--after", "p", "--months", "2"],
        &["--after", "p", "--end", "2021-09"],
    ] {
        let args: Vec<&str> = base.iter().chain(flags).chain(&["--dry-run"]).copied().collect();
        let out = Test::new().plan(PLAN).args(&args).run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(
            out.stdout.contains("+[[phase]]\n+id = \"r\"\n"),
            "{args:?}: {}",
            out.stdout
        );
    }
}

/// `--plan -` with `--dry-run`: the change to the plan read from standard
/// input, as a diff; nothing is written anywhere.
#[test]
fn a_plan_from_standard_input_can_be_previewed() {
    let t = Test::new().stdin(PLAN.as_bytes()).args(&[
        "--plan",
        "-",
        "add-milestone",
        "--id",
        "m",
        "--name",
        "M",
        "--date",
        "2021-03-15",
        "--dry-run",
    ]);
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("--- a/<stdin>\n+++ b/<stdin>\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .ends_with("+[[milestone]]\n+id = \"m\"\n+name = \"M\"\n+date = 2021-03-15\n+phase = \"p\"\n"),
        "{}",
        out.stdout
    );
    assert_eq!(
        std::fs::read_dir(t.dir.path()).unwrap().count(),
        0,
        "nothing is written"
    );
    // Refused as from a file: an edit that adds an error.
    let refused = Test::new()
        .stdin(PLAN.as_bytes())
        .args(&[
            "--plan",
            "-",
            "add-milestone",
            "--name",
            "M",
            "--date",
            "2021-12",
            "--phase",
            "p",
            "--dry-run",
        ])
        .run();
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stderr.contains("error[outside-phase]"), "{}", refused.stderr);
}

/// An edit to a plan that already has errors is made (it adds none), and
/// says that the plan still has them.
#[test]
fn an_edit_says_the_plan_still_has_errors() {
    const ADD: [&str; 9] = [
        "add-milestone",
        "--id",
        "m",
        "--name",
        "M",
        "--date",
        "2021-03-15",
        "--phase",
        "p",
    ];
    let broken = PLAN.replace("[[workshop]]\n", "[[workshop]]\nafter = [\"zz\"]\n");
    assert_ne!(broken, PLAN);
    for (plan, said) in [
        (
            broken.clone(),
            "warning: plan.toml still has 1 error: run `icc check` to see it\n",
        ),
        (
            broken.replacen("[[phase]]\n", "[[phase]]\nafter = [\"yy\"]\n", 1),
            "warning: plan.toml still has 2 errors: run `icc check` to see them\n",
        ),
    ] {
        let out = Test::new().plan(&plan).args(&ADD).run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stderr.ends_with(said), "{}", out.stderr);
    }
    let clean = Test::new().plan(PLAN).args(&ADD).run();
    assert!(!clean.stderr.contains("still has"), "{}", clean.stderr);
}

#[test]
fn a_broken_plan_is_not_edited() {
    let broken = "[project]\nname = \"T\n";
    let t = Test::new()
        .plan(broken)
        .args(&["add-workshop", "--title", "X", "--date", "2021-02-03"]);
    let out = t.run();
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("cannot be edited safely"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(t.path("plan.toml")).unwrap(), broken);
}

#[test]
fn dry_run_shows_a_diff_and_writes_nothing() {
    let t = Test::new().plan(PLAN).args(&[
        "add-workshop",
        "--title",
        "Lansare la nivel local",
        "--date",
        "2021-03",
        "--dry-run",
    ]);
    let before = snapshot(&t);
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "--- a/plan.toml\n+++ b/plan.toml\n@@ -18,3 +18,9 @@\n title = \"A\"\n date = 2021-02-01\n status = \"done\"\n+\n+[[workshop]]\n+id = \"lansare-la-nivel-local\"\n+title = \"Lansare la nivel local\"\n+date = \"2021-03\"\n+phase = \"p\"\n"
    );
    assert_eq!(
        out.stderr,
        "would add workshop lansare-la-nivel-local to plan.toml (phase p)\n\
         note: id `lansare-la-nivel-local` made from the title\nnote: phase `p` inferred from the date 2021-03\n"
    );
    assert_eq!(snapshot(&t), before);
}

#[test]
fn warnings_are_shown_and_the_edit_proceeds() {
    let t = Test::new().plan(PLAN).args(&[
        "add-workshop",
        "--title",
        "X",
        "--date",
        "2020-12-01",
        "--today",
        "2021-01-01",
    ]);
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "added workshop x to plan.toml\n");
    assert!(out.stderr.contains("warning[no-phase]"), "{}", out.stderr);
    assert!(out.stderr.contains("warning[overdue]"), "{}", out.stderr);
    assert!(
        std::fs::read_to_string(t.path("plan.toml"))
            .unwrap()
            .contains("id = \"x\"")
    );
}

#[test]
fn concurrent_edits_are_all_kept() {
    let t = Test::new().plan(PLAN);
    let children: Vec<_> = (0..8)
        .map(|i| {
            std::process::Command::new(common::ICC)
                .args([
                    "add-workshop",
                    "--title",
                    &format!("Atelier {i}"),
                    "--date",
                    &format!("2021-0{}-1{i}", i % 5 + 1),
                    "--phase",
                    "p",
                ])
                .current_dir(t.path(""))
                .env("ICC_TODAY", "2021-01-01")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let text = std::fs::read_to_string(t.path("plan.toml")).unwrap();
    for i in 0..8 {
        assert!(
            text.contains(&format!("id = \"atelier-{i}\"")),
            "atelier-{i} lost:\n{text}"
        );
    }
    let check = Test::new().plan(&text).args(&["check"]).run();
    assert_eq!(check.code, 0, "{}", check.stdout);
    let (_, names) = snapshot(&t);
    assert_eq!(names, ["plan.toml"], "no temporary or lock file left behind");
}

#[cfg(unix)]
#[test]
fn permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let t = Test::new().plan(PLAN).args(&["set-status", "a", "cancelled"]);
    std::fs::set_permissions(t.path("plan.toml"), std::fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(t.run().code, 0);
    let mode = std::fs::metadata(t.path("plan.toml")).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

#[cfg(unix)]
#[test]
fn a_linked_plan_stays_a_link() {
    let t = Test::new()
        .file("real/plan.toml", PLAN.as_bytes())
        .args(&["set-status", "a", "cancelled"]);
    std::os::unix::fs::symlink(t.path("real/plan.toml"), t.path("plan.toml")).unwrap();
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        std::fs::symlink_metadata(t.path("plan.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let text = std::fs::read_to_string(t.path("real/plan.toml")).unwrap();
    assert!(text.contains("status = \"cancelled\""), "{text}");
    let names: Vec<String> = std::fs::read_dir(t.path("real"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
}

mod random {
    use super::*;
    use clap::Parser;
    use proptest::prelude::*;

    /// A valid plan of chained phases (`lens` months each, from 2021-01), with
    /// workshops on the given days of January (in the first phase), laid out
    /// in one of a few styles.
    fn plan(lens: &[u32], workshops: &[u32], style: usize) -> String {
        let sep = [" = ", "=", "   =  "][style % 3];
        let mut text = String::from("# plan\n[project]\nname = \"Oraș\"\n");
        for (i, len) in lens.iter().enumerate() {
            text += &format!("\n[[phase]]   # etapa {i}\nid{sep}\"p{i}\"\nname{sep}\"Etapa {i}\"\n");
            if i == 0 {
                text += &format!("start{sep}\"2021-01\"\n");
            } else {
                text += &format!("after{sep}[\"p{}\"]\n", i - 1);
            }
            text += &format!("months{sep}{len}\n");
        }
        for (k, day) in workshops.iter().enumerate() {
            text += &format!(
                "\n[[workshop]]\nid{sep}\"w{k}\"\ntitle{sep}'Atelier {k}'\ndate{sep}2021-01-{day:02}\nphase{sep}\"p0\"\nstatus{sep}\"done\"\n"
            );
        }
        text
    }

    fn run_in(dir: &Path, args: &[String]) -> icc::cli::Outcome {
        let mut all = vec!["icc".to_owned(), "--today".into(), "2020-01-01".into()];
        all.extend_from_slice(args);
        let cli = icc::cli::Cli::try_parse_from(all).expect("flags");
        let mut stdin: &[u8] = b"";
        let mut edge = icc::cli::Edge {
            cwd: dir.to_path_buf(),
            today: chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap(),
            color: icc::cli::Streams::default(),
            terminal_width: None,
            stdin: &mut stdin,
        };
        icc::cli::run(&cli, &mut edge).expect("runs")
    }

    const WORDS: &[&str] = &[
        "Atelier",
        "Întâlnire",
        "ședință",
        "„Date”",
        "Arad",
        "cu",
        "și",
        "1:1",
        "#2",
        "ţară",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: common::proptest_cases(), ..ProptestConfig::default() })]

        #[test]
        fn adding_a_workshop_keeps_every_line(
            lens in proptest::collection::vec(1u32..6, 1..4),
            workshops in proptest::collection::vec(1u32..28, 0..4),
            style in 0usize..3,
            title in proptest::collection::vec(0..WORDS.len(), 1..5),
            month in 1u32..13,
            day in proptest::option::of(1u32..29),
            audience in proptest::collection::vec(0..WORDS.len(), 0..3),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let before = plan(&lens, &workshops, style);
            std::fs::write(dir.path().join("plan.toml"), &before).unwrap();
            let title: Vec<&str> = title.iter().map(|&i| WORDS[i]).collect();
            let date = match day { Some(d) => format!("2021-{month:02}-{d:02}"), None => format!("2021-{month:02}") };
            let mut args = vec!["add-workshop".to_owned(), "--title".into(), title.join(" "), "--date".into(), date];
            for a in audience {
                args.push("--audience".into());
                args.push(WORDS[a].into());
            }
            let out = run_in(dir.path(), &args);
            let after = std::fs::read_to_string(dir.path().join("plan.toml")).unwrap();
            prop_assert!(out.exit_code() <= 1, "{:?}", out);
            if out.exit_code() == 1 {
                prop_assert_eq!(&after, &before, "a refused edit changed the file");
            } else {
                assert_lines_kept(&before, &after);
                let (source, _) = icc::Source::from_bytes("plan.toml", after.as_bytes());
                let checked = icc::check(&source, None, chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap());
                prop_assert!(checked.plan.is_some(), "the edited plan does not load:\n{}", after);
                prop_assert_eq!(checked.plan.unwrap().workshops.len(), workshops.len() + 1);
            }
        }
    }
}

/// An id an edit names that is not in the plan, or not of the kind it
/// must be, is a usage error (exit 2), as for every command; the file is
/// left as it was.
#[test]
fn an_unknown_id_is_a_usage_error() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["set-status", "nope", "done"],
            "error: there is no workshop or milestone `nope` in plan.toml; the file is unchanged\n",
        ),
        (
            &["set-status", "w", "done"],
            "error: there is no workshop or milestone `w` in plan.toml; the file is unchanged\nhelp: did you mean `a`?\n",
        ),
        (
            &["set-status", "p", "done"],
            "error: `p` is a phase: only workshops and milestones have a status; the file is unchanged\n",
        ),
        (
            &[
                "add-workshop",
                "--title",
                "X",
                "--date",
                "2021-03-01",
                "--phase",
                "nope",
            ],
            "error: there is no phase `nope` in plan.toml (--phase); the file is unchanged\n",
        ),
        (
            &["add-workshop", "--title", "X", "--date", "2021-03-01", "--phase", "a"],
            "error: `a` is a workshop, not a phase (--phase); the file is unchanged",
        ),
        (
            &["add-milestone", "--name", "M", "--date", "2021-03", "--phase", "qq"],
            "error: there is no phase `qq` in plan.toml (--phase); the file is unchanged\nhelp: did you mean `q`?\n",
        ),
        (
            &[
                "add-phase",
                "--id",
                "r",
                "--name",
                "R",
                "--after",
                "nope",
                "--months",
                "2",
            ],
            "error: there is no item `nope` in plan.toml (--after); the file is unchanged\n",
        ),
        (
            &["add-workshop", "--title", "X", "--date", "2021-03-01", "--after", "zz"],
            "error: there is no item `zz` in plan.toml (--after)",
        ),
    ];
    for (args, expected) in cases {
        let t = Test::new().plan(PLAN).args(args);
        let before = snapshot(&t);
        let out = t.run();
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
        assert_eq!(snapshot(&t), before, "{args:?}: the folder changed");
    }
    let with_meeting = format!("{PLAN}\n[[recurring]]\nid = \"r\"\ntitle = \"R\"\nphase = \"p\"\nevery_months = 1\n");
    let t = Test::new().plan(&with_meeting).args(&["set-status", "r", "done"]);
    let out = t.run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error: `r` is a recurring meeting: only workshops and milestones have a status; the file is unchanged\n"
    );
}

/// A plan whose items are written as inline tables, or whose status is not
/// one `key = value`, is read but not edited: refused, said plainly, and
/// the file left as it was.
#[test]
fn forms_icc_does_not_edit_are_refused_plainly() {
    let inline = format!("workshop = [{{ id = \"w1\", title = \"W1\", date = 2021-02-01 }}]\n{PLAN}").replace(
        "\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-02-01\nstatus = \"done\"\n",
        "",
    );
    assert!(!inline.contains("[[workshop]]"), "{inline}");
    let dotted = format!("{PLAN}status.x = 1\n").replace("status = \"done\"\n", "");
    let meetings = format!("recurring = [{{ id = \"r\", title = \"R\", phase = \"p\", every_months = 1 }}]\n{PLAN}");
    let cases: [(&str, &[&str], &str); 4] = [
        (
            &meetings,
            &["add-recurring", "--title", "X", "--phase", "p", "--every-months", "2"],
            "its recurring meetings are written as inline tables (`recurring = [{ … }]`)",
        ),
        (
            &inline,
            &["set-status", "w1", "done"],
            "its workshops are written as inline tables",
        ),
        (
            &inline,
            &["add-workshop", "--title", "X", "--date", "2021-03-01"],
            "its workshops are written as inline tables",
        ),
        (
            &dotted,
            &["set-status", "a", "cancelled"],
            "the `status` of `a` is not written as one `status = value`",
        ),
    ];
    for (plan, args, expected) in cases {
        let t = Test::new().plan(plan).args(args);
        let before = snapshot(&t);
        let out = t.run();
        assert_eq!(out.code, 1, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains(expected), "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.ends_with("; the file is unchanged\n"),
            "{args:?}: {}",
            out.stderr
        );
        assert_eq!(snapshot(&t), before, "{args:?}: the folder changed");
    }
}

/// `move --by`: a whole number, not 0, of months, weeks or days, with a
/// sign for earlier (`--by -10d` is a shift, not a flag); anything else is
/// a usage error, and the file is left as it was.
#[test]
fn a_shift_is_months_weeks_or_days() {
    for (by, said) in [
        (
            "2x",
            "`2x` is not a shift: write a whole number of months (m), weeks (w) or days (d)",
        ),
        ("m", "`m` is not a shift"),
        ("1.5m", "`1.5m` is not a shift"),
        ("0d", "`0d` moves nothing"),
        ("99999999d", "beyond the calendar"),
    ] {
        let t = Test::new().plan(PLAN).args(&["move", "a", "--by", by]);
        let before = snapshot(&t);
        let out = t.run();
        assert_eq!(out.code, 2, "{by}: {}", out.stderr);
        assert!(out.stderr.contains(said), "{by}: {}", out.stderr);
        assert_eq!(snapshot(&t), before);
    }
    for (by, said) in [
        ("-10d", "moved workshop a by -10 days: 2021-02-01 → 2021-01-22\n"),
        ("+1w", "moved workshop a by 1 week: 2021-02-01 → 2021-02-08\n"),
        ("2m", "moved workshop a by 2 months: 2021-02-01 → 2021-04-01\n"),
    ] {
        let out = Test::new().plan(PLAN).args(&["move", "a", "--by", by]).run();
        assert_eq!((out.code, out.stdout.as_str()), (0, said), "{by}: {}", out.stderr);
    }
    let equals = Test::new().plan(PLAN).args(&["move", "a", "--by=-1d"]).run();
    assert_eq!(equals.code, 0, "{}", equals.stderr);
    // Nothing to move to: one of the flags is needed.
    let none = Test::new().plan(PLAN).args(&["move", "a"]).run();
    assert_eq!(none.code, 2);
}

/// `move`, `remove` and `rename` of a plan on standard input, with
/// `--dry-run`: the diff, nothing written; without it, a usage error.
#[test]
fn every_edit_previews_a_plan_from_standard_input() {
    for (args, diff) in [
        (
            &["move", "a", "--date", "2021-02-03"][..],
            "-date = 2021-02-01\n+date = 2021-02-03\n",
        ),
        (
            &["rename", "p", "etapa-1"],
            "-after = [\"p\"]\n+after = [\"etapa-1\"]\n",
        ),
        (&["remove", "a"], "-[[workshop]]\n-id = \"a\"\n"),
        (
            &["set-status", "a", "planned"],
            "-status = \"done\"\n+status = \"planned\"\n",
        ),
    ] {
        let mut all = vec!["--plan", "-"];
        all.extend(args);
        let t = Test::new().stdin(PLAN.as_bytes()).args(&all).args(&["--dry-run"]);
        let out = t.run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(
            out.stdout.starts_with("--- a/<stdin>\n+++ b/<stdin>\n"),
            "{}",
            out.stdout
        );
        assert!(out.stdout.contains(diff), "{args:?}: {}", out.stdout);
        assert_eq!(
            std::fs::read_dir(t.dir.path()).unwrap().count(),
            0,
            "nothing is written"
        );
        let written = Test::new().stdin(PLAN.as_bytes()).args(&all).run();
        assert_eq!(written.code, 2, "{args:?}");
    }
}

/// An id `rename` takes must not be one already used, by any kind; an id
/// `move`, `remove` or `rename` names must be in the plan (exit 2, the
/// folder as it was).
#[test]
fn ids_the_new_edits_name_are_checked_first() {
    for (args, said) in [
        (
            &["rename", "a", "q"][..],
            "error: `q` is already the id of a phase in plan.toml: ids are unique across the plan; the file is unchanged\n",
        ),
        (
            &["rename", "zz", "z"],
            "error: there is no item `zz` in plan.toml; the file is unchanged\n",
        ),
        (
            &["remove", "qq"],
            "error: there is no item `qq` in plan.toml; the file is unchanged\nhelp: did you mean `q`?\n",
        ),
        (
            &["move", "p", "--date", "2021-02"],
            "error: --date does not move a phase (`p` is one); the file is unchanged\nhelp: a phase moves with --start, --end, --months or --by\n",
        ),
        (
            &["set-status", "a", "p", "done"],
            "error: `p` is a phase: only workshops and milestones have a status; the file is unchanged\n",
        ),
    ] {
        let t = Test::new().plan(PLAN).args(args);
        let before = snapshot(&t);
        let out = t.run();
        assert_eq!((out.code, out.stderr.as_str()), (2, said), "{args:?}");
        assert_eq!(snapshot(&t), before, "{args:?}");
    }
}

/// A cascade down a chain of workshops, each the day after the one it
/// follows: every one moves, each by the week its predecessor moved, and
/// only its date changes.
#[test]
fn a_cascade_follows_a_long_chain() {
    const N: usize = 2000;
    let day = |n: usize| chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Duration::days(n as i64);
    let chain = |shift: usize| {
        let mut plan = String::from("[project]\nname = \"T\"\n");
        for i in 0..N {
            plan += &format!(
                "\n[[workshop]]\nid = \"w{i}\"\ntitle = \"W{i}\"\ndate = {}\n",
                day(i + shift)
            );
            if i > 0 {
                plan += &format!("after = [\"w{}\"]\n", i - 1);
            }
        }
        plan
    };
    let t = Test::new()
        .plan(&chain(0))
        .args(&["move", "w0", "--by", "1w", "--cascade"]);
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), N);
    assert!(
        out.stdout.ends_with(&format!(
            "moved workshop w{} by 1 week: {} → {} (it follows workshop w{})\n",
            N - 1,
            day(N - 1),
            day(N + 6),
            N - 2
        )),
        "{}",
        out.stdout
    );
    assert_eq!(std::fs::read_to_string(t.path("plan.toml")).unwrap(), chain(7));
}

/// What an edit compares findings by leaves out what is advice, for every
/// code: an argument the catalogue uses only in a help (a suggestion, the
/// ids or keys to choose from, how to write a value) is not part of what
/// identifies a finding, and every argument used in a message or a label
/// (what is wrong) is, so that an edit that changes only the advice of an
/// error the plan had (renames or removes the id it suggests) does not
/// count it as new.
#[test]
fn advice_is_not_part_of_what_identifies_a_finding() {
    use std::collections::{BTreeSet, HashMap};
    let catalogue = std::fs::read_to_string(root().join("locales/en/findings.ftl")).unwrap();
    // Each message: its value and attributes, as (attribute, text); the
    // value's attribute is "".
    let mut messages: HashMap<String, Vec<(String, String)>> = HashMap::new();
    let mut current: Option<String> = None;
    for line in catalogue.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            let (id, value) = line.split_once(" = ").unwrap_or((line.trim_end_matches(" ="), ""));
            let id = id.trim().to_owned();
            messages
                .entry(id.clone())
                .or_default()
                .push((String::new(), value.to_owned()));
            current = Some(id);
        } else if let Some(id) = &current {
            let parts = messages.get_mut(id).unwrap();
            let trimmed = line.trim_start();
            match trimmed.strip_prefix('.').and_then(|a| a.split_once(" =")) {
                Some((attribute, value)) => parts.push((attribute.to_owned(), value.to_owned())),
                None => {
                    let last = parts.last_mut().unwrap();
                    last.1.push('\n');
                    last.1.push_str(trimmed);
                }
            }
        }
    }
    // The variables of a text, through the messages it refers to (`{ date-problem }`).
    fn variables(text: &str, messages: &HashMap<String, Vec<(String, String)>>, into: &mut BTreeSet<String>) {
        let mut rest = text;
        while let Some(at) = rest.find('$') {
            let name: String = rest[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            into.insert(name);
            rest = &rest[at + 1..];
        }
        let mut rest = text;
        while let Some(at) = rest.find("{ ") {
            rest = &rest[at + 2..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                .collect();
            if !name.is_empty()
                && rest[name.len()..].starts_with(" }")
                && let Some(parts) = messages.get(&name)
            {
                for (_, text) in parts {
                    variables(text, messages, into);
                }
            }
        }
    }
    let is_help = |attribute: &str| attribute.split('-').any(|word| word == "help");
    for &code in icc::Code::ALL {
        let parts = &messages[code.as_str()];
        let (mut said, mut helped) = (BTreeSet::new(), BTreeSet::new());
        for (attribute, text) in parts {
            variables(
                text,
                &messages,
                if is_help(attribute) { &mut helped } else { &mut said },
            );
        }
        let advice: BTreeSet<String> = helped.difference(&said).cloned().collect();
        let mut finding = icc::Finding::new(code);
        for name in said.iter().chain(&advice) {
            finding = finding.arg(Box::leak(name.clone().into_boxed_str()), "x");
        }
        let kept: BTreeSet<String> = finding
            .identity()
            .1
            .0
            .iter()
            .map(|(name, _)| name.to_string())
            .collect();
        assert_eq!(kept, said, "{code}: advice {advice:?}");
    }
}

const KPI_PLAN: &str = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2024-09\"\nmonths = \
                        15\n\n[[kpi]]\nid = \"k\"\nname = \"K\"\nunit = \"%\"\nbaseline = { value = 12, date = \
                        \"2024-09\" }\ntarget = { value = 60, date = \"2025-11\" }\nmeasurements = [\n  { date = \
                        \"2024-12\", value = 20 },\n]\n";

/// A value or a VALUE@DATE that is not one is clap's error, worded in the
/// terminal's language (exit 2, the folder as it was).
#[test]
fn kpi_values_typed_wrong_are_usage_errors_in_either_language() {
    let add = |baseline: &str| {
        vec![
            "add-kpi",
            "--id",
            "x",
            "--name",
            "X",
            "--unit",
            "zile",
            "--baseline",
            baseline,
            "--target",
            "6@2025-11",
        ]
        .into_iter()
        .map(str::to_owned)
        .collect::<Vec<String>>()
    };
    let record = |value: &str| vec!["record".to_owned(), "k".into(), value.into()];
    for (args, english, romanian) in [
        (
            add("12"),
            "invalid value '12' for '--baseline <VALUE@DATE>': `12` is not a value on a date: write VALUE@DATE, e.g. \
             12@2021-03 or 41.5@2021-03-15",
            "valoare nevalidă „12” pentru „--baseline <VALOARE@DATĂ>”: `12` nu este o valoare la o dată: scrieți \
             VALOARE@DATĂ, de exemplu 12@2021-03 sau 41,5@2021-03-15",
        ),
        (
            add("5@"),
            "`5@` is not a value on a date: write VALUE@DATE",
            "`5@` nu este o valoare la o dată: scrieți VALOARE@DATĂ",
        ),
        (
            add("@2021-03"),
            "`@2021-03` is not a value on a date",
            "`@2021-03` nu este o valoare la o dată",
        ),
        (
            add("doisprezece@2021-03"),
            "`doisprezece` is not a number: write digits, with a point or a comma before the decimals, e.g. 12, 41.5 \
             or 41,5",
            "`doisprezece` nu este un număr: scrieți cifre, cu virgulă sau punct înaintea zecimalelor, de exemplu \
             12, 41,5 sau 41.5",
        ),
        (
            add("12@2021-13"),
            "`2021-13` has a month outside 01-12",
            "`2021-13` are o lună în afara intervalului 01-12",
        ),
        (
            add("12@31.03.2021"),
            "did you mean 2021-03-31?",
            "ați vrut să scrieți 2021-03-31?",
        ),
        (
            record("12%"),
            "invalid value '12%' for '<VALUE>': `12%` is not a number",
            "valoare nevalidă „12%” pentru „<VALOARE>”: `12%` nu este un număr",
        ),
        (record("1e3"), "`1e3` is not a number", "`1e3` nu este un număr"),
        (
            record("99999999999999999999"),
            "`99999999999999999999` is too large a number for the plan",
            "`99999999999999999999` este un număr prea mare pentru plan",
        ),
    ] {
        for (lang, said) in [("en", english), ("ro", romanian)] {
            let args: Vec<&str> = args.iter().map(String::as_str).chain(["--lang", lang]).collect();
            let t = Test::new().plan(KPI_PLAN).args(&args);
            let before = snapshot(&t);
            let out = t.run();
            assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
            assert!(out.stderr.contains(said), "{args:?}: {}", out.stderr);
            assert_eq!(snapshot(&t), before, "{args:?}");
        }
    }
    // A negative value is a value, not a flag; a decimal comma is a point in
    // the plan (here refused: a percentage below 0 is an error).
    let out = Test::new()
        .plan(KPI_PLAN)
        .args(&["record", "k", "-0,5", "--date", "2024-10", "--dry-run"])
        .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("|   { date = \"2024-10\", value = -0.5 },\n")
            && out.stderr.contains("error[percent-out-of-range]"),
        "{}",
        out.stderr
    );
}

/// Records made at once, each on its own date, are all kept, one a line.
#[test]
fn concurrent_records_are_all_kept() {
    let t = Test::new().plan(KPI_PLAN);
    let children: Vec<_> = (0..8)
        .map(|i| {
            std::process::Command::new(common::ICC)
                .args([
                    "record",
                    "k",
                    &format!("{}", 21 + i),
                    "--date",
                    &format!("2025-01-1{i}"),
                ])
                .current_dir(t.path(""))
                .env("ICC_TODAY", "2025-06-30")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let text = std::fs::read_to_string(t.path("plan.toml")).unwrap();
    for i in 0..8 {
        assert!(
            text.contains(&format!("\n  {{ date = 2025-01-1{i}, value = {} }},\n", 21 + i)),
            "2025-01-1{i} lost:\n{text}"
        );
    }
    let (_, names) = snapshot(&t);
    assert_eq!(names, ["plan.toml"], "no temporary or lock file left behind");
}

/// `record` and `add-kpi` show a plan from standard input changed, and
/// write nothing; without --dry-run they cannot write it (exit 2).
#[test]
fn kpi_edits_preview_a_plan_from_standard_input() {
    for (args, diff, said) in [
        (
            &["record", "k", "44"][..],
            "   { date = \"2024-12\", value = 20 },\n+  { date = 2025-06-30, value = 44 },\n ]\n",
            "would record 44 for KPI k on 2025-06-30 in <stdin>: on track, 67% of the way\n",
        ),
        (
            &[
                "add-kpi",
                "--id",
                "x",
                "--name",
                "X",
                "--unit",
                "zile",
                "--baseline",
                "9@2024-09",
                "--target",
                "3@2025-09",
                "--direction",
                "decrease",
            ],
            "+[[kpi]]\n+id = \"x\"\n+name = \"X\"\n+unit = \"zile\"\n+direction = \"decrease\"\n+baseline = { value = 9, date = \"2024-09\" }\n+target \
             = { value = 3, date = \"2025-09\" }\n",
            "would add KPI x to <stdin>\n",
        ),
    ] {
        let mut all = vec!["--plan", "-", "--today", "2025-06-30"];
        all.extend(args);
        let t = Test::new().stdin(KPI_PLAN.as_bytes()).args(&all).args(&["--dry-run"]);
        let out = t.run();
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(out.stdout.contains(diff), "{args:?}: {}", out.stdout);
        assert_eq!(out.stderr, said);
        assert_eq!(
            std::fs::read_dir(t.dir.path()).unwrap().count(),
            0,
            "nothing is written"
        );
        let written = Test::new().stdin(KPI_PLAN.as_bytes()).args(&all).run();
        assert_eq!(written.code, 2, "{args:?}");
    }
}
