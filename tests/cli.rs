//! The command line itself: the variables icc reads, how `--plan` and
//! `--format` are spelt, what it says when there is nothing to say, the
//! paths `--format github` gives, and the man page.

mod common;

use common::{Test, root};
use unicode_width::UnicodeWidthStr;

fn shipped() -> String {
    std::fs::read_to_string(root().join("plan.toml")).expect("plan.toml")
}

/// A plan with one warning, `months-mismatch` on line 9, column 10.
const ONE_WARNING: &str = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-03\"\nmonths = 2\n";

/// The `file=` property of the first annotation `check --format github` writes.
fn github_file(test: &Test) -> String {
    let out = test.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let first = out.stdout.lines().next().expect("an annotation");
    assert!(
        first.starts_with("::warning file=") && first.contains(",line=9,col=10,"),
        "{first}"
    );
    let file = first["::warning file=".len()..].split(',').next().unwrap();
    file.to_owned()
}

#[test]
fn github_annotations_name_the_plan_from_the_repository_root() {
    let args = ["check", "--format", "github"];
    // Not in a repository: the path as icc shows it everywhere else.
    let outside = Test::new().plan(ONE_WARNING).current_dir("a/b").args(&args);
    assert_eq!(github_file(&outside), "../../plan.toml");
    // In a repository (a `.git` folder at the top), from a subfolder.
    let repo = Test::new()
        .plan(ONE_WARNING)
        .file(".git/HEAD", b"ref: refs/heads/main\n")
        .current_dir("a/b")
        .args(&args);
    assert_eq!(github_file(&repo), "plan.toml");
    let empty = Test::new()
        .file(".git/HEAD", b"ref: refs/heads/main\n")
        .file("programme/plan.toml", ONE_WARNING.as_bytes())
        .current_dir("programme/notes")
        .env("GITHUB_WORKSPACE", "")
        .args(&args);
    assert_eq!(github_file(&empty), "programme/plan.toml", "an empty variable is unset");
}

#[test]
fn github_workspace_is_the_root_where_it_holds_the_plan() {
    let args = ["check", "--format", "github"];
    // A worktree or a submodule has a `.git` file.
    let worktree = || {
        Test::new()
            .file(".git", b"gitdir: /elsewhere/.git/worktrees/w\n")
            .file("programme/plan.toml", ONE_WARNING.as_bytes())
            .current_dir("programme/notes")
            .args(&args)
    };
    assert_eq!(github_file(&worktree()), "programme/plan.toml");
    let t = worktree();
    let workspace = t.path("programme").display().to_string();
    assert_eq!(github_file(&t.env("GITHUB_WORKSPACE", &workspace)), "plan.toml");
    // A workspace that does not hold the plan is not its root.
    let elsewhere = tempfile::tempdir().unwrap();
    let t = worktree().env("GITHUB_WORKSPACE", &elsewhere.path().display().to_string());
    assert_eq!(github_file(&t), "programme/plan.toml");
    // A workspace without a `.git` in sight, and a plan named from above.
    let t = Test::new()
        .file("ws/docs/plan.toml", ONE_WARNING.as_bytes())
        .current_dir("ws/docs/sub")
        .args(&["--plan", "../plan.toml"])
        .args(&args);
    let workspace = t.path("ws").display().to_string();
    assert_eq!(github_file(&t.env("GITHUB_WORKSPACE", &workspace)), "docs/plan.toml");
}

#[test]
fn the_human_format_is_called_human_everywhere() {
    for command in ["status", "phases", "workshops", "timeline"] {
        let human = Test::new().plan(&shipped()).args(&[command, "--format", "human"]).run();
        assert_eq!(human.code, 0, "{command}: {}", human.stderr);
        let default = Test::new().plan(&shipped()).args(&[command]).run();
        assert_eq!(human.stdout, default.stdout, "{command}");
        let old = if command == "timeline" { "text" } else { "table" };
        let alias = Test::new().plan(&shipped()).args(&[command, "--format", old]).run();
        assert_eq!(
            (alias.code, &alias.stdout),
            (0, &human.stdout),
            "{command} --format {old}"
        );
        let help = Test::new().args(&[command, "--help"]).run();
        assert!(help.stdout.contains("- human:"), "{command}: {}", help.stdout);
        assert!(help.stdout.contains("[default: human]"), "{command}: {}", help.stdout);
        assert!(
            !help.stdout.contains(&format!("- {old}:")),
            "{command}: {}",
            help.stdout
        );
    }
}

#[test]
fn a_folder_means_its_plan_toml() {
    let t = Test::new()
        .file("programme/plan.toml", ONE_WARNING.as_bytes())
        .file("empty/notes.txt", b"")
        .args(&["--plan", "programme", "check", "--format", "json"]);
    let out = t.run();
    assert_eq!(
        (out.code, out.json()["plan"].as_str()),
        (0, Some("programme/plan.toml"))
    );
    let from_env = t.reset_args().env("ICC_PLAN", "programme").args(&["phases"]).run();
    assert_eq!(from_env.code, 0, "{}", from_env.stderr);
    assert!(from_env.stdout.contains("│ p  ┆ P "), "{}", from_env.stdout);
    let t = Test::new()
        .file("empty/notes.txt", b"")
        .args(&["--plan", "empty", "status"]);
    let flag = t.run();
    assert_eq!(
        (flag.code, flag.stdout.as_str(), flag.stderr.as_str()),
        (2, "", "error: --plan: `empty` is a folder without a plan.toml\n")
    );
    let env = t.reset_args().env("ICC_PLAN", "empty").args(&["check"]).run();
    assert_eq!(
        (env.code, env.stderr.as_str()),
        (2, "error: ICC_PLAN: `empty` is a folder without a plan.toml\n")
    );
}

fn widest(out: &common::Output) -> usize {
    out.stdout.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

#[test]
fn columns_sets_the_width_off_a_terminal() {
    let phases = |columns: &str, args: &[&str]| {
        let out = Test::new()
            .plan(&shipped())
            .env("COLUMNS", columns)
            .args(&["phases", "--today", "2021-11-28"])
            .args(args)
            .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        widest(&out)
    };
    assert_eq!(phases("60", &[]), 60);
    assert_eq!(phases("60", &["--width", "80"]), 80, "--width comes first");
    for ignored in ["", "19", "1001", "abc", "60 ", "-60"] {
        assert_eq!(phases(ignored, &[]), 100, "COLUMNS={ignored:?}");
    }
    let timeline = Test::new()
        .plan(&shipped())
        .env("COLUMNS", "70")
        .args(&["timeline", "--today", "2021-11-28"])
        .run();
    assert_eq!(widest(&timeline), 70, "{}", timeline.stdout);
}

#[test]
fn icc_today_is_named_when_it_is_not_a_day() {
    let run = |today: &str, args: &[&str]| Test::new().plan(&shipped()).env("ICC_TODAY", today).args(args).run();
    let bad = run("2025-13-01", &["status"]);
    assert_eq!(
        (bad.code, bad.stdout.as_str(), bad.stderr.as_str()),
        (
            2,
            "",
            "error: ICC_TODAY: `2025-13-01` has a month outside 01-12; write YYYY-MM-DD, e.g. 2021-11-28\n"
        )
    );
    let year_zero = run("0000-06-01", &["check"]);
    assert_eq!(
        (year_zero.code, year_zero.stderr.as_str()),
        (
            2,
            "error: ICC_TODAY: `0000-06-01` is in the year 0000, before the calendar icc writes (years 0001 to 9999)\n"
        )
    );
    // `--today` comes first: the variable is not read.
    let flag = run("2025-13-01", &["status", "--today", "2021-11-28"]);
    assert_eq!((flag.code, flag.stderr.as_str()), (0, ""));
    let flag = run("2021-11-28", &["status", "--today", "2025-13-01"]);
    assert_eq!(flag.code, 2);
    assert!(flag.stderr.contains("'--today <DATE>'"), "{}", flag.stderr);
    // An empty variable is unset: the local date.
    let empty = run("", &["status", "--format", "json"]);
    assert_eq!(empty.code, 0, "{}", empty.stderr);
    let local = chrono::Local::now().date_naive();
    let shown = empty.json()["today"].as_str().unwrap().to_owned();
    let yesterday = local.pred_opt().unwrap().to_string();
    assert!(shown == local.to_string() || shown == yesterday, "{shown}");
}

#[test]
fn an_empty_icc_plan_is_unset() {
    let out = Test::new().plan(ONE_WARNING).env("ICC_PLAN", "").args(&["check"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("--> plan.toml:9:10"), "{}", out.stdout);
}

/// Set variables are not shown as flags the usage requires.
#[test]
fn usage_lines_do_not_show_the_variables_as_flags() {
    let export = Test::new()
        .plan(&shipped())
        .env("ICC_PLAN", "plan.toml")
        .env("ICC_TODAY", "2021-11-28")
        .args(&["export"])
        .run();
    assert_eq!(export.code, 2);
    assert!(
        export.stderr.contains("\nUsage: icc export --format <FORMAT>\n"),
        "{}",
        export.stderr
    );
    let both = Test::new()
        .plan(&shipped())
        .env("ICC_PLAN", "plan.toml")
        .args(&["workshops", "--past", "--upcoming"])
        .run();
    assert_eq!(both.code, 2);
    assert!(
        both.stderr.contains("\nUsage: icc workshops --past\n"),
        "{}",
        both.stderr
    );
    // The help still says which variables stand for which flags.
    let help = Test::new().args(&["--help"]).run();
    for said in ["[env: ICC_PLAN]", "[env: ICC_TODAY]"] {
        assert!(help.stdout.contains(said), "{said}: {}", help.stdout);
    }
}

#[test]
fn no_plan_says_how_to_start_one() {
    let t = Test::new().args(&["status"]);
    let out = t.run();
    let dir = std::fs::canonicalize(t.path("")).unwrap();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!(
            "error: no plan.toml in {} or any folder above it\n\
             help: pass --plan PATH, set ICC_PLAN, run icc in the plan's folder, or start one with `icc init`\n",
            dir.display()
        )
    );
}

#[test]
fn one_problem_is_it_many_are_them() {
    let one_error = format!("{ONE_WARNING}bogus = 1\n");
    let out = Test::new().plan(&one_error).args(&["phases"]).run();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "warning: plan.toml has 1 error: run `icc check` to see it\n"
    );
    let two_errors = format!("{one_error}other = 2\n");
    let out = Test::new().plan(&two_errors).args(&["workshops"]).run();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "warning: plan.toml has 2 errors: run `icc check` to see them\n"
    );
    let status = Test::new()
        .plan(ONE_WARNING)
        .args(&["status", "--today", "2021-02-01"])
        .run();
    assert!(
        status
            .stdout
            .contains("\nPlan      1 warning: run `icc check` to see it\n"),
        "{}",
        status.stdout
    );
}

#[test]
fn an_empty_list_says_which_filter_left_nothing() {
    let workshops = |args: &[&str]| {
        let out = Test::new()
            .plan(&shipped())
            .args(&["workshops", "--today", "2021-11-28"])
            .args(args)
            .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
        out.stdout
    };
    assert_eq!(
        workshops(&["--phase", "revizuire"]),
        "No workshops in phase `revizuire`\n"
    );
    assert_eq!(workshops(&["--upcoming"]), "No upcoming workshops\n");
    assert_eq!(
        workshops(&["--past", "--phase", "roadmap", "--status", "cancelled"]),
        "No past workshops in phase `roadmap` with status `cancelled`\n"
    );
    let none = Test::new().plan("[project]\nname = \"T\"\n").args(&["workshops"]).run();
    assert_eq!(none.stdout, "No workshops in the plan\n");
    // The JSON is an empty list, as before.
    let json = Test::new()
        .plan(&shipped())
        .args(&["workshops", "--upcoming", "--today", "2021-11-28", "--format", "json"])
        .run();
    assert_eq!(json.json()["workshops"], serde_json::json!([]));
    // `status` with every event cancelled shows none, and says why.
    let cancelled = "[project]\nname = \"T\"\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-02-01\nstatus = \"cancelled\"\n";
    let status = Test::new().plan(cancelled).args(&["status"]).run();
    assert!(
        status.stdout.ends_with("\nNo events planned; 1 event cancelled\n"),
        "{}",
        status.stdout
    );
}

/// The `.SH` headings of a roff page.
fn headings(roff: &str) -> Vec<String> {
    roff.lines()
        .filter_map(|line| line.strip_prefix(".SH "))
        .map(|heading| heading.trim_matches('"').to_owned())
        .collect()
}

#[test]
fn the_man_page_has_its_sections_and_names_no_missing_page() {
    let out = Test::new().args(&["man"]).run();
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    let page = out.stdout;
    let sections = headings(&page);
    for section in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "GLOBAL OPTIONS",
        "COMMANDS",
        "ENVIRONMENT",
        "EXIT STATUS",
        "EXAMPLES",
    ] {
        assert!(sections.iter().any(|s| s == section), "{section} in {sections:?}");
    }
    assert!(!sections.iter().any(|s| s == "SEE ALSO"), "{sections:?}");
    // One page, icc(1): no other page is named, so none is missing.
    assert!(!page.contains("(1)"), "a reference to another page");
    // Every command has its part.
    let help = Test::new().args(&["--help"]).run().stdout;
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|line| *line != "Commands:")
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .collect();
    assert!(commands.len() > 10, "{commands:?}");
    for command in commands {
        let roff_name = command.replace('-', "\\-");
        assert!(page.contains(&format!(".SS \"icc {roff_name}\"\n")), "{command}");
    }
    let environment: String = page
        .split(".SH ENVIRONMENT\n")
        .nth(1)
        .and_then(|rest| rest.split(".SH ").next())
        .unwrap()
        .to_owned();
    for variable in [
        "ICC_PLAN",
        "ICC_TODAY",
        "COLUMNS",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "GITHUB_WORKSPACE",
    ] {
        assert!(environment.contains(&format!("\\fB{variable}\\fR\n")), "{variable}");
    }
    assert!(page.contains("ICC_LANG"), "icc reads ICC_LANG");
    assert!(page.is_ascii(), "other characters are groff escapes");
    // Read back by groff, where there is one: no warning, every section.
    let groff = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    if let Ok(mut groff) = groff {
        use std::io::Write;
        groff.stdin.take().unwrap().write_all(page.as_bytes()).unwrap();
        let shown = groff.wait_with_output().unwrap();
        assert_eq!(String::from_utf8_lossy(&shown.stderr), "");
        let text = String::from_utf8_lossy(&shown.stdout);
        for section in ["ENVIRONMENT", "EXIT STATUS", "EXAMPLES"] {
            assert!(text.lines().any(|line| line == section), "{section}:\n{text}");
        }
    }
}

/// Every `icc` command line of `docs/ci.md` is one icc takes.
#[test]
fn the_ci_guide_runs() {
    let guide = std::fs::read_to_string(root().join("docs/ci.md")).expect("docs/ci.md");
    assert!(
        std::fs::read_to_string(root().join("README.md"))
            .unwrap()
            .contains("(docs/ci.md)"),
        "README links the guide"
    );
    let mut in_code = false;
    let mut ran = 0;
    for line in guide.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        let command = line.trim().trim_start_matches("- run: ").trim_start_matches("run: ");
        let Some(rest) = command.strip_prefix("icc ") else {
            continue;
        };
        if !in_code {
            continue;
        }
        // Up to a redirection or a pipe: the shell's, not icc's.
        let rest = rest.split(['>', '|']).next().unwrap_or_default();
        let args: Vec<&str> = rest.split_whitespace().collect();
        let test = Test::new().plan(&shipped());
        if args.first() == Some(&"diff") {
            // As Actions checks a pull request out: a commit with a parent.
            for step in [
                &["init", "-q"][..],
                &["add", "."],
                &["commit", "-q", "-m", "a"],
                &["commit", "-q", "--allow-empty", "-m", "b"],
            ] {
                common::git(&test.path("."), step);
            }
        }
        let out = test.env("ICC_TODAY", "2021-11-28").args(&args).run();
        assert_ne!(out.code, 2, "{command}: {}", out.stderr);
        ran += 1;
    }
    assert!(ran >= 2, "the guide shows icc commands");
}

/// An argument holding a line break or a control character is never
/// quoted as typed: not by clap's errors, nor by icc's own. A line that
/// GitHub would read as a workflow command never starts in the output.
#[test]
fn a_control_character_in_an_argument_starts_no_line() {
    let forged = "::error file=plan.toml,line=1::forged";
    let cases: &[&[&str]] = &[
        &[
            "add-workshop",
            "--title",
            &format!("x\x1b\n{forged}"),
            "--date",
            "2025-01-01",
        ],
        &["add-workshop", "--title", "x", "--date", &format!("2025\x7f\n{forged}")],
        &[
            "add-workshop",
            "--title",
            "x",
            "--date",
            "2025-01-01",
            "--id",
            &format!("a\n{forged}"),
        ],
        &["check", "--format", &format!("json\x1b\n{forged}")],
        &[&format!("bogus\x1b\n{forged}")],
        &["set-status", "a", &format!("done\n{forged}")],
    ];
    for args in cases {
        let out = Test::new().plan(&shipped()).args(args).run();
        assert_eq!(out.code, 2, "{args:?}");
        assert!(
            out.stderr.lines().all(|line| !line.starts_with("::")) && !out.stderr.contains('\x1b'),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stderr.starts_with("error: "), "{args:?}: {}", out.stderr);
    }
    let env = Test::new()
        .plan(&shipped())
        .env("ICC_TODAY", &format!("2025\n{forged}"))
        .args(&["status"])
        .run();
    assert_eq!(env.code, 2);
    assert!(env.stderr.lines().all(|line| !line.starts_with("::")), "{}", env.stderr);
}

/// A date typed on the command line gets the help a date in the plan
/// gets: the date it most likely means, or the month's last day.
#[test]
fn dates_typed_as_flags_say_what_to_type() {
    for (args, said) in [
        (
            &["add-workshop", "--title", "x", "--date", "31.03.2021", "--dry-run"][..],
            "`31.03.2021` is not a date in a form icc reads; did you mean 2021-03-31?",
        ),
        (
            &["add-workshop", "--title", "x", "--date", "martie 2021", "--dry-run"],
            "`martie 2021` is not a date in a form icc reads; did you mean 2021-03?",
        ),
        (
            &["add-workshop", "--title", "x", "--date", "2021-02-30", "--dry-run"],
            "`2021-02-30` does not exist: February 2021 has 28 days; its last day is 2021-02-28",
        ),
        (
            &["status", "--today", "28.11.2021"],
            "`28.11.2021` is not a date in a form icc reads; did you mean 2021-11-28?",
        ),
        (
            &["status", "--today", "2021-11"],
            "`2021-11` is a month, and a day is needed: write YYYY-MM-DD, e.g. 2021-11-01",
        ),
        // Said of any flag that takes a day, not as --today's.
        (
            &["report", "--at", "2022-03"],
            "invalid value '2022-03' for '--at <DATE>': `2022-03` is a month, and a day is needed",
        ),
        // A month is no day: nothing to suggest for --today.
        (
            &["status", "--today", "martie 2021"],
            "`martie 2021` is not a date in a form icc reads; write YYYY-MM-DD, e.g. 2021-11-28",
        ),
    ] {
        let out = Test::new().plan(&shipped()).args(args).run();
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains(said), "{args:?}: {}", out.stderr);
    }
}

/// A plan read from standard input is no file of the repository: its
/// annotations name none.
#[test]
fn github_annotations_of_standard_input_name_no_file() {
    let plan = shipped().replace("allow = [\"months-mismatch\"]\n", "");
    let out = Test::new()
        .stdin(plan.as_bytes())
        .args(&["--plan", "-", "check", "--format", "github", "--today", "2021-11-28"])
        .run();
    assert!(out.stdout.starts_with("::warning line="), "{}", out.stdout);
    assert!(!out.stdout.contains("file="), "{}", out.stdout);
}

/// Both old names of the human format are taken by every command that
/// has one.
#[test]
fn the_old_names_of_the_human_format_are_taken_everywhere() {
    for command in ["status", "phases", "workshops", "timeline"] {
        for name in ["table", "text"] {
            let out = Test::new()
                .plan(&shipped())
                .args(&[command, "--format", name, "--today", "2021-11-28"])
                .run();
            let human = Test::new()
                .plan(&shipped())
                .args(&[command, "--format", "human", "--today", "2021-11-28"])
                .run();
            assert_eq!((out.code, &out.stdout), (0, &human.stdout), "{command} --format {name}");
        }
    }
}

/// A plan named by an absolute path outside the folder is shown as given,
/// not as a climb of `..` to the root.
#[test]
fn an_absolute_plan_path_is_shown_as_given() {
    let t = Test::new().current_dir("a/b");
    let out = t
        .reset_args()
        .args(&["--plan", "/nonexistent-icc-plan.toml", "check"])
        .run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("error: cannot read /nonexistent-icc-plan.toml: "),
        "{}",
        out.stderr
    );
}

/// The documents `schema`, `completions` and `man` print can be written
/// to a file with `-o`, byte for byte what they print, saying nothing.
#[test]
fn schema_completions_and_man_write_to_a_file() {
    for args in [&["schema"][..], &["completions", "bash"], &["man"]] {
        let printed = Test::new().args(args).run();
        assert_eq!(printed.code, 0, "{args:?}");
        let mut with_o = args.to_vec();
        with_o.extend(["-o", "out/doc"]);
        let t = Test::new().file("out/.keep", b"").args(&with_o);
        let written = t.run();
        assert_eq!(
            (written.code, written.stdout.as_str(), written.stderr.as_str()),
            (0, "", ""),
            "{args:?}"
        );
        assert_eq!(
            std::fs::read_to_string(t.path("out/doc")).unwrap(),
            printed.stdout,
            "{args:?}"
        );
        let mut to_folder = args.to_vec();
        to_folder.extend(["-o", "out"]);
        let refused = Test::new().file("out/.keep", b"").args(&to_folder).run();
        assert_eq!(refused.code, 2, "{args:?}");
        assert!(
            refused.stderr.contains("-o out: a folder, not a file"),
            "{}",
            refused.stderr
        );
    }
}
