//! The command line's own words (issue 16): errors running a command,
//! refusals, what an edit did, said in the terminal's language (`--lang`,
//! `ICC_LANG`, the locale), with the same exit code and the same file,
//! byte for byte, in Romanian as in English.

mod common;

use common::{Output, Test, root};

const PLAN: &str = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-06\"\n\n[[phase]]\nid = \"q\"\nname = \"Q\"\nafter = [\"p\"]\nmonths = 3\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-02-01\nstatus = \"done\"\n";

/// `icc ARGS` on `plan` in Romanian (`--lang ro`), and the plan after it.
fn ro(plan: &str, args: &[&str]) -> (Output, String) {
    let t = Test::new().plan(plan).args(&["--lang", "ro"]).args(args);
    let out = t.run();
    (out, std::fs::read_to_string(t.path("plan.toml")).unwrap())
}

/// The message of an error the binary writes after its `error:` (which is
/// not this part's to word): the rest of its output.
fn message(out: &Output) -> &str {
    out.stderr.split_once(": ").map_or("", |(_, rest)| rest)
}

/// Each error that stops a command before it runs (exit 2), in Romanian;
/// the locale's language unless --lang says another.
#[test]
fn errors_running_a_command_are_said_in_romanian() {
    let t = Test::new().env("LANG", "ro_RO.UTF-8").args(&["status"]);
    let out = t.run();
    let dir = std::fs::canonicalize(t.path("")).unwrap();
    assert_eq!(out.code, 2);
    assert_eq!(
        message(&out),
        format!(
            "nu există niciun plan.toml în {} sau într-un dosar de deasupra lui\najutor: indicați --plan CALE, \
             setați ICC_PLAN, rulați icc în dosarul planului sau creați un plan cu `icc init`\n",
            dir.display()
        )
    );
    let english = Test::new()
        .env("LANG", "ro_RO.UTF-8")
        .args(&["--lang", "en", "status"])
        .run();
    assert!(message(&english).starts_with("no plan.toml in "), "{}", english.stderr);
    let german = Test::new().env("LANG", "de_DE.UTF-8").args(&["status"]).run();
    assert!(message(&german).starts_with("no plan.toml in "), "{}", german.stderr);

    let plan = PLAN;
    for (args, env, said) in [
        (
            &["--plan", "sub", "status"][..],
            None,
            "--plan: `sub` este un dosar fără plan.toml\n",
        ),
        (
            &["--plan", "nope.toml", "status"],
            None,
            "nu se poate citi nope.toml: nu există\n",
        ),
        (
            &["--plan", "/dev/null", "status"],
            None,
            "nu se poate citi /dev/null: nu este un fișier obișnuit\n",
        ),
        (
            &["status"],
            Some("2025-13-01"),
            "ICC_TODAY: `2025-13-01` are o lună în afara intervalului 01-12; scrieți AAAA-LL-ZZ, de exemplu \
             2021-11-28\n",
        ),
        (
            &["status"],
            Some("28.11.2021"),
            "ICC_TODAY: `28.11.2021` nu este o dată într-un format pe care icc îl citește; ați vrut să scrieți \
             2021-11-28?\n",
        ),
        (
            &["set-status", "aa", "done"],
            None,
            "nu există niciun atelier sau reper `aa` în plan.toml; fișierul rămâne neschimbat\n\
             ajutor: ați vrut să scrieți `a`?\n",
        ),
        (
            &["add-milestone", "--name", "M", "--date", "2021-03", "--phase", "a"],
            None,
            "`a` este un atelier, nu o etapă (--phase); fișierul rămâne neschimbat\n\
             ajutor: ați vrut să scrieți `p`?\n",
        ),
        (
            &["rename", "p", "q"],
            None,
            "`q` este deja folosit ca id de o etapă în plan.toml: un id este unic în tot planul; fișierul rămâne \
             neschimbat\n",
        ),
        (
            &["move", "a", "--start", "2021-03"],
            None,
            "`a` este un atelier, iar --start nu mută acest tip de element; fișierul rămâne neschimbat\n\
             ajutor: un atelier se mută cu --date, --end sau --by\n",
        ),
        (
            &[
                "add-phase",
                "--id",
                "r",
                "--name",
                "R",
                "--start",
                "2021-07",
                "--after",
                "p",
            ],
            None,
            "add-phase nu poate stabili intervalul etapei din --start și --after; fișierul rămâne neschimbat\n\
             ajutor: folosiți --start și --end, --months cu --start, --end sau --after, ori --after cu --end (de \
             exemplu --start 2025-01 --months 3)\n",
        ),
        (
            &["schema", "-o", "sub/"],
            None,
            "-o sub/: este un dosar, nu un fișier; indicați numele fișierului de scris (sau `-` pentru ieșirea \
             standard)\n",
        ),
        (
            &["schema", "-o", ".plan.toml.lock"],
            None,
            "-o .plan.toml.lock: acesta este fișierul de blocare al lui plan.toml, pe care îl folosesc editările \
             făcute de icc; alegeți alt fișier\n",
        ),
    ] {
        let mut t = Test::new()
            .plan(plan)
            .file("sub/notes.txt", b"")
            .args(&["--lang", "ro"])
            .args(args);
        if let Some(today) = env {
            t = t.env("ICC_TODAY", today);
        }
        let out = t.run();
        assert_eq!((out.code, message(&out)), (2, said), "{args:?}");
        assert_eq!(std::fs::read_to_string(t.path("plan.toml")).unwrap(), plan);
    }
    // A plan from standard input is not written.
    let stdin = Test::new()
        .stdin(PLAN.as_bytes())
        .args(&["--lang", "ro", "--plan", "-", "set-status", "a", "done"])
        .run();
    assert_eq!(
        (stdin.code, message(&stdin)),
        (
            2,
            "`--plan -` citește planul de la intrarea standard, în care nu se poate scrie\n\
             ajutor: adăugați --dry-run pentru a vedea modificarea ca diff sau indicați numele fișierului planului\n"
        )
    );
}

/// A lock file planted as a link is not followed: an error writing (exit
/// 2), in Romanian, the plan as it was.
#[test]
fn a_lock_that_cannot_be_taken_is_said_in_romanian() {
    let t = Test::new()
        .plan(PLAN)
        .args(&["--lang", "ro", "set-status", "a", "planned"]);
    std::os::unix::fs::symlink("elsewhere", t.path(".plan.toml.lock")).unwrap();
    let out = t.run();
    assert_eq!(
        (out.code, message(&out)),
        (
            2,
            "nu se poate bloca plan.toml pentru editare: .plan.toml.lock este o legătură simbolică, pe care icc \
             nu o urmează\n"
        )
    );
    assert_eq!(std::fs::read_to_string(t.path("plan.toml")).unwrap(), PLAN);
}

/// Each refusal (exit 1) in Romanian, with the code and the file, byte for
/// byte, as in English.
#[test]
fn refusals_are_said_in_romanian_and_leave_the_file_as_english_does() {
    let in_phase = PLAN.replace(
        "status = \"done\"\n",
        "status = \"done\"\n\n[[milestone]]\nid = \"m\"\nname = \"M\"\ndate = \"2021-05-20\"\nphase = \"p\"\n",
    );
    let inline = "workshop = [{ id = \"a\", title = \"A\", date = 2021-02-01 }]\n\n[project]\nname = \"T\"\n";
    let cases: &[(&str, &[&str], &str)] = &[
        (
            PLAN,
            &["add-workshop", "--title", "X", "--date", "2021-03-01", "--after", "q"],
            "eroare: editarea a fost refuzată: ar adăuga 1 eroare în plan.toml (mai sus, în fișierul așa cum ar \
             deveni); fișierul rămâne neschimbat\n",
        ),
        (
            PLAN,
            &["remove", "p"],
            "eroare: nu s-a șters etapa `p`, la care trimit alte elemente; fișierul rămâne neschimbat\n  linia \
             13: cheia `after` a etapei `q`\najutor: --cascade șterge și această trimitere; altfel, modificați-o \
             mai întâi\n",
        ),
        (
            PLAN,
            &["move", "p", "--by", "10d"],
            "eroare: valoarea cheii `start` a etapei `p` (linia 7) este o lună, 2021-01, care se mută doar cu luni \
             întregi, nu cu 10 zile; fișierul rămâne neschimbat\najutor: mutați elementul cu luni întregi (--by \
             1m) sau indicați zile cu --start și --end\n",
        ),
        (
            &in_phase,
            &["move", "p", "--end", "2021-04"],
            "eroare: mutarea a fost refuzată: ar invalida 1 element care își declară propriile date (mai sus, în \
             fișierul așa cum ar deveni); fișierul rămâne neschimbat\n  linia 25: reperul `m` ar ieși din intervalul etapei `p` (conform cheii `phase`)\n\
             ajutor: --cascade mută și acest element, cu cât s-a mutat cel de care depinde\n",
        ),
        (
            "# încă nimic\n",
            &["add-workshop", "--title", "X", "--date", "2021-03-01"],
            "eroare: plan.toml nu are tabelul `[project]`, deci nu este un plan la care icc să adauge (este un \
             fișier gol sau unul în curs de salvare); fișierul rămâne neschimbat\n",
        ),
        (
            "[project]\nname = \"T\n",
            &["add-workshop", "--title", "X", "--date", "2021-03-01"],
            "eroare: plan.toml nu poate fi citit ca plan, deci nu poate fi editat în siguranță; fișierul rămâne \
             neschimbat\n",
        ),
        (
            inline,
            &["add-workshop", "--title", "X", "--date", "2021-03-01"],
            "eroare: icc nu editează plan.toml: atelierele sunt scrise ca tabele inline (`workshop = [{ … }]`), pe \
             care icc le citește, dar nu le editează; scrieți fiecare element ca tabel `[[workshop]]` pentru a-l \
             edita cu icc; fișierul rămâne neschimbat\n",
        ),
    ];
    for (plan, args, said) in cases {
        let (romanian, after) = ro(plan, args);
        assert_eq!(romanian.code, 1, "{args:?}: {}", romanian.stderr);
        assert!(romanian.stderr.ends_with(said), "{args:?}:\n{}", romanian.stderr);
        assert!(romanian.stdout.is_empty());
        assert_eq!(after, *plan, "{args:?}");
        let t = Test::new().plan(plan).args(args);
        let english = t.run();
        assert_eq!(english.code, romanian.code, "{args:?}");
        assert!(english.stderr.contains("the file is unchanged"), "{}", english.stderr);
        assert_eq!(std::fs::read_to_string(t.path("plan.toml")).unwrap(), *plan);
    }
}

/// A plan that cannot be written as an edit requires (read-only, other
/// names) is refused in Romanian, and stays as it was.
#[test]
fn a_plan_that_cannot_be_written_is_refused_in_romanian() {
    use std::os::unix::fs::PermissionsExt;
    let t = Test::new()
        .plan(PLAN)
        .args(&["--lang", "ro", "set-status", "a", "planned"]);
    std::fs::hard_link(t.path("plan.toml"), t.path("copie.toml")).unwrap();
    let out = t.run();
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (
            1,
            "eroare: plan.toml are 2 nume (legături fizice): celelalte ar păstra textul vechi; nu s-a scris nimic \
             (folosiți --break-links pentru a-l edita doar pe acesta)\n"
        )
    );
    std::fs::remove_file(t.path("copie.toml")).unwrap();
    std::fs::set_permissions(t.path("plan.toml"), std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = t.run();
    assert_eq!(
        (out.code, out.stderr.as_str()),
        (
            1,
            "eroare: plan.toml este doar pentru citire (prin drepturile sale sau prin indicatorul immutable ori \
             append-only al lui chattr); nu s-a scris nimic\n"
        )
    );
    assert_eq!(std::fs::read_to_string(t.path("plan.toml")).unwrap(), PLAN);
}

/// What an edit did, its notes, and that the plan still has errors, in
/// Romanian.
#[test]
fn what_an_edit_did_is_said_in_romanian() {
    for (plan, args, stdout, stderr) in [
        (
            PLAN.to_owned(),
            &["add-workshop", "--title", "Atelier nou", "--date", "2021-03-01"][..],
            "s-a adăugat atelierul atelier-nou în plan.toml (etapa p)\n",
            "notă: id-ul `atelier-nou` a fost format din titlu\nnotă: etapa `p` a fost dedusă din data 2021-03-01\n",
        ),
        (
            PLAN.to_owned(),
            &["set-status", "a", "cancelled"],
            "atelierul a a fost marcat ca anulat în plan.toml\n",
            "",
        ),
        (
            PLAN.to_owned(),
            &["set-status", "a", "done"],
            "atelierul a este deja realizat în plan.toml\n",
            "",
        ),
        (
            PLAN.to_owned(),
            &["move", "p", "--by", "1m"],
            "s-a mutat etapa p cu 1 lună: 2021-01 – 2021-06 → 2021-02 – 2021-07\netapa q se mută de la sine \
             (intervalul ei este derivat) cu 1 lună: 2021-07-01 – 2021-09-30 → 2021-08-01 – 2021-10-31\n",
            "",
        ),
        (
            PLAN.to_owned(),
            &["rename", "p", "prima"],
            "etapa p se numește acum prima în plan.toml, la fel și trimiterea la acest id\n",
            "",
        ),
        (
            PLAN.to_owned(),
            &["remove", "q"],
            "s-a șters etapa q (linia 10) din plan.toml\n",
            "",
        ),
        (
            PLAN.replace("[[workshop]]\n", "[[workshop]]\nafter = [\"zz\"]\n"),
            &["set-status", "a", "planned"],
            "atelierul a a fost marcat ca planificat în plan.toml\n",
            "avertisment: plan.toml are în continuare 1 eroare: rulați `icc check` pentru a o vedea\n",
        ),
        (
            PLAN.replace("[[workshop]]\n", "[[workshop]]\nafter = [\"zz\", \"yy\"]\n"),
            &["set-status", "a", "planned"],
            "atelierul a a fost marcat ca planificat în plan.toml\n",
            "avertisment: plan.toml are în continuare 2 erori: rulați `icc check` pentru a le vedea\n",
        ),
    ] {
        let (out, _) = ro(&plan, args);
        assert_eq!(
            (out.code, out.stdout.as_str(), out.stderr.as_str()),
            (0, stdout, stderr),
            "{args:?}"
        );
    }
}

/// A view of a plan with errors says so beside it, in Romanian.
#[test]
fn a_view_of_a_plan_with_errors_says_so_in_romanian() {
    let broken = PLAN.replace("[[workshop]]\n", "[[workshop]]\nafter = [\"zz\"]\n");
    let t = Test::new().plan(&broken).env("ICC_LANG", "ro").args(&["phases"]);
    let out = t.run();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr,
        "avertisment: plan.toml are 1 eroare: rulați `icc check` pentru a o vedea\n"
    );
}

/// `icc check` for people, of a plan with an error, a warning and a note,
/// in English and in Romanian; its GitHub commands' help in Romanian too.
#[test]
fn the_check_output_is_worded_in_either_language() {
    use snapbox::{assert_data_eq, file};
    let plan = std::fs::read_to_string(root().join("tests/plans/error-warning-note.toml")).unwrap();
    let check = |language: &str| {
        let out = Test::new().plan(&plan).args(&["--lang", language, "check"]).run();
        assert_eq!(out.code, 1, "{}", out.stderr);
        out.stdout
    };
    assert_data_eq!(check("en"), file!["snapshots/check/error-warning-note.txt"].raw());
    assert_data_eq!(check("ro"), file!["snapshots/check/error-warning-note.ro.txt"].raw());
    let github = Test::new()
        .plan(&plan)
        .args(&["--lang", "ro", "check", "--format", "github"])
        .run();
    assert!(
        github
            .stdout
            .contains("%0Aajutor: scrieți `months = 3` sau modificați intervalul\n"),
        "{}",
        github.stdout
    );
}

/// A place too far into a long line to show is said, in Romanian.
#[test]
fn a_line_too_long_to_show_is_said_in_romanian() {
    let plan = format!(
        "workshop = [{{ id = \"a\", title = \"{}\", date = \"2021-13\" }}]\n[project]\nname = \"T\"\n",
        "x".repeat(3000)
    );
    let out = Test::new().plan(&plan).args(&["--lang", "ro", "check"]).run();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .contains("= notă: linia 1 este prea lungă pentru a fi afișată\n"),
        "{}",
        out.stdout
    );
}

/// Words of the English messages of edits that no Romanian one holds.
const ENGLISH: &[&str] = &[
    "unchanged",
    "would ",
    "added ",
    "moved ",
    "removed ",
    "renamed ",
    "refused",
    "cannot",
    "inferred",
    "made from",
    " the ",
    "error:",
    "warning:",
    "note:",
    "help:",
];

/// Every folder case of `tests/edit/` again in Romanian: the same exit
/// code, the same file after it (and the same diff for a dry run), and
/// every line icc words, on either stream, in Romanian: none with an
/// English word of the edits' messages, an unresolved `{ $arg }` or a
/// message id shown for want of its text.
#[test]
fn every_edit_case_says_the_same_in_romanian() {
    let mut cases: Vec<_> = std::fs::read_dir(root().join("tests/edit"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|case| !std::fs::read_to_string(case.join("cmd")).unwrap().starts_with("--lang"))
        .collect();
    cases.sort();
    assert!(cases.len() > 50);
    let mut said = 0;
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let input = std::fs::read(case.join("in/plan.toml")).unwrap();
        let cmd = std::fs::read_to_string(case.join("cmd")).unwrap();
        let args: Vec<&str> = cmd.lines().collect();
        let run = |lang: &str| {
            let t = Test::new()
                .file("plan.toml", &input)
                .args(&["--lang", lang])
                .args(&args);
            let out = t.run();
            (out, std::fs::read(t.path("plan.toml")).unwrap())
        };
        let ((english, en_plan), (romanian, ro_plan)) = (run("en"), run("ro"));
        assert_eq!(romanian.code, english.code, "{name}: {}", romanian.stderr);
        assert!(ro_plan == en_plan, "{name}: the plan differs");
        let dry_run = args.contains(&"--dry-run");
        if dry_run {
            assert_eq!(romanian.stdout, english.stdout, "{name}: the diff");
        }
        let worded = |text: &str| -> Vec<String> {
            text.lines()
                // Source lines under a finding, and a diff, are the plan's text.
                .filter(|line| !line.contains(" | ") && !line.trim_start().starts_with('|'))
                .filter(|line| !line.trim_start().starts_with("-->"))
                .map(str::to_owned)
                .collect()
        };
        let mut lines = worded(&romanian.stderr);
        // The binary's own `error:` before an error (exit 2) is not this part's.
        if romanian.code == 2
            && let Some(first) = lines.first_mut()
        {
            *first = first.trim_start_matches("error: ").to_owned();
        }
        if !dry_run {
            lines.extend(worded(&romanian.stdout));
        }
        for line in &lines {
            let words = prose(line);
            let english = ENGLISH.iter().find(|word| words.contains(*word));
            assert!(english.is_none(), "{name}: {english:?} in {line:?}");
            assert!(!line.contains("{$") && !line.contains("{ $"), "{name}: {line}");
            assert!(
                !line
                    .split(' ')
                    .any(|word| word.starts_with("edit-") || word.starts_with("kind-")),
                "{name}: {line}"
            );
            said += 1;
        }
    }
    assert!(said > 100, "{said} lines");
}

/// A line without what icc quotes in it: codes (`[phase-inferred]`) and
/// code spans (`` `id` ``), which are the plan's or the command line's.
fn prose(line: &str) -> String {
    let mut prose = String::new();
    let mut closing = None;
    for c in line.chars() {
        match (closing, c) {
            (None, '`') => closing = Some('`'),
            (None, '[') => closing = Some(']'),
            (Some(end), c) if c == end => closing = None,
            (None, c) => prose.push(c),
            (Some(_), _) => {}
        }
    }
    prose
}

/// The system's errors a plan's path meets are said in Romanian too, not
/// in the system's English.
#[test]
fn system_errors_in_romanian() {
    let long = "a".repeat(300);
    for (plan, said) in [
        ("plan.toml/x", "nu este un dosar"),
        (long.as_str(), "numele fișierului nu este valid"),
    ] {
        let out = Test::new()
            .plan("[project]\nname = \"T\"\n")
            .args(&["--lang", "ro", "--plan", plan, "status"])
            .run();
        assert_eq!(out.code, 2, "{plan}");
        assert!(out.stderr.contains(said), "{plan}: {}", out.stderr);
        assert!(!out.stderr.contains("os error"), "{plan}: {}", out.stderr);
    }
}

/// Writing the output fails in Romanian too (a full disk), and the
/// parser's problems the first review met in English are the catalogue's.
#[test]
fn a_full_disk_and_more_syntax_in_romanian() {
    if std::path::Path::new("/dev/full").exists() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("plan.toml"), "[project]\nname = \"T\"\n").unwrap();
        let out = std::process::Command::new(common::ICC)
            .current_dir(dir.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("ICC_LANG")
            .env("LANG", "ro_RO.UTF-8")
            .args(["status", "--today", "2021-01-01"])
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("nu mai este spațiu pe disc"), "{stderr}");
        assert!(!stderr.contains("os error"), "{stderr}");
    }
    for (line, said) in [
        ("a = { b = 1, b = 2 }", "cheie scrisă de două ori"),
        ("a = 1979-05-27T", "oră nevalidă"),
        ("a = \"x\\q\"", "secvență escape nevalidă"),
    ] {
        let plan = format!("[project]\nname = \"T\"\n{line}\n");
        let out = Test::new().plan(&plan).args(&["--lang", "ro", "check"]).run();
        assert_eq!(out.code, 1);
        assert!(out.stdout.contains(said), "{line}: {}", out.stdout);
    }
    let plan = "[project]\nname = \"T\"\n[x.y]\nc = 1\n[x.y]\nc = 2\n";
    let out = Test::new().plan(plan).args(&["check"]).run();
    assert!(
        out.stdout.contains("the table `[x.y]` is written twice"),
        "{}",
        out.stdout
    );
}
