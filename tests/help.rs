//! `--help`, clap's errors, the man page and the completions in the
//! terminal's language: `--lang`, `ICC_LANG`, then `LC_ALL`,
//! `LC_MESSAGES`, `LANG`; English and Romanian.

mod common;

use common::{Output, Test};
use snapbox::{assert_data_eq, file};

const RO: (&str, &str) = ("LANG", "ro_RO.UTF-8");

fn icc(env: &[(&str, &str)], args: &[&str]) -> Output {
    env.iter()
        .fold(Test::new().args(args), |test, (key, value)| test.env(key, value))
        .run()
}

/// The help and an unknown flag's error, as a user sees them, in both
/// languages; English as it always was.
#[test]
fn help_and_errors_in_both_languages() {
    for (env, suffix) in [(&[][..], ""), (&[RO][..], "-ro")] {
        let help = icc(env, &["--help"]);
        assert_eq!((help.code, help.stderr.as_str()), (0, ""));
        let status = icc(env, &["status", "--help"]);
        assert_eq!((status.code, status.stderr.as_str()), (0, ""));
        let short = icc(env, &["workshops", "-h"]);
        assert_eq!((short.code, short.stderr.as_str()), (0, ""));
        let unknown = icc(env, &["status", "--bogus"]);
        assert_eq!((unknown.code, unknown.stdout.as_str()), (2, ""));
        let snapshot = |name: &str| {
            snapbox::Data::read_from(
                &common::root().join(format!("tests/snapshots/{name}{suffix}.txt")),
                None,
            )
            .raw()
        };
        assert_data_eq!(help.stdout, snapshot("help"));
        assert_data_eq!(status.stdout, snapshot("help-status"));
        assert_data_eq!(short.stdout, snapshot("help-workshops-short"));
        assert_data_eq!(unknown.stderr, snapshot("error-unknown-flag"));
    }
}

/// clap's errors, one after another, as `icc` says them in each language:
/// what each kind of mistake looks like, held still.
#[test]
fn every_kind_of_mistake_in_both_languages() {
    let cases: &[&[&str]] = &[
        &["stats"],
        &["status", "--format"],
        &["status", "--format", "xml"],
        &["status", "--format", "jsn"],
        &["--width", "5", "status"],
        &["--width", "abc", "status"],
        &["export"],
        &["workshops", "--past", "--upcoming"],
        &["status", "--formt", "human"],
        &["status", "--plan", "a", "--plan", "b"],
        &["--", "status"],
        &["rename", "a", "b", "c"],
        &["move", "a"],
        &["help", "bogus"],
    ];
    for (env, snapshot) in [
        (&[][..], file!["snapshots/errors.txt"]),
        (&[RO][..], file!["snapshots/errors-ro.txt"]),
    ] {
        let mut said = String::new();
        for args in cases {
            let out = icc(env, args);
            assert_eq!((out.code, out.stdout.as_str()), (2, ""), "{args:?}");
            said += &format!("$ icc {}\n{}\n", args.join(" "), out.stderr);
        }
        assert_data_eq!(said, snapshot.raw());
    }
}

#[test]
fn the_language_follows_lang_icc_lang_then_the_locale() {
    let english = icc(&[], &["--help"]).stdout;
    let romanian = icc(&[RO], &["--help"]).stdout;
    assert!(english.starts_with("A programme plan as code"), "{english}");
    assert!(romanian.starts_with("Planul unui program"), "{romanian}");
    assert!(
        romanian.contains("\nUtilizare: icc [OPȚIUNI] <COMANDĂ>\n"),
        "{romanian}"
    );
    for (env, args, expected) in [
        (&[RO][..], &["--lang", "en", "--help"][..], &english),
        (&[RO][..], &["--help", "--lang=en"][..], &english),
        (&[("LANG", "de_DE.UTF-8")][..], &["--help"][..], &english),
        (&[("LANG", "C")][..], &["--help"][..], &english),
        (&[][..], &["--lang", "ro", "--help"][..], &romanian),
        (&[][..], &["--help", "--lang", "ro"][..], &romanian),
        (&[][..], &["--lang=ro-RO", "--help"][..], &romanian),
        (
            &[("ICC_LANG", "ro"), ("LANG", "en_US.UTF-8")][..],
            &["--help"][..],
            &romanian,
        ),
        (&[("ICC_LANG", "en"), RO][..], &["--help"][..], &english),
        (
            &[("LC_ALL", "ro_RO.UTF-8"), ("LANG", "en_US.UTF-8")][..],
            &["--help"][..],
            &romanian,
        ),
        (
            &[("LC_MESSAGES", "ro_RO.UTF-8"), ("LANG", "C")][..],
            &["--help"][..],
            &romanian,
        ),
        (&[("LC_ALL", "en_US.UTF-8"), RO][..], &["--help"][..], &english),
        // `icc help` is `--help`.
        (&[RO][..], &["help"][..], &romanian),
    ] {
        let out = icc(env, args);
        assert_eq!(out.code, 0, "{env:?} {args:?}");
        assert_eq!(&out.stdout, expected, "{env:?} {args:?}");
    }
    // A command's help, and `icc help COMMAND`, alike.
    assert_eq!(
        icc(&[RO], &["help", "status"]).stdout,
        icc(&[], &["status", "--help", "--lang", "ro"]).stdout
    );
}

/// `--lang` without a value is a mistake, said in the environment's
/// language; so is one after `--`.
#[test]
fn a_lang_without_a_value_falls_back_to_the_environment() {
    let out = icc(&[RO], &["--lang"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("eroare: „--lang <LIMBĂ>” cere o valoare, dar nu a primit niciuna\n"),
        "{}",
        out.stderr
    );
    let out = icc(&[], &["status", "--", "--lang", "ro"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("error: unexpected argument"), "{}", out.stderr);
}

/// With no command, the help goes to standard error, and the run fails.
#[test]
fn no_command_is_a_mistake_that_shows_the_help() {
    let out = icc(&[RO], &[]);
    assert_eq!((out.code, out.stdout.as_str()), (2, ""));
    assert_eq!(out.stderr, icc(&[RO], &["--help"]).stdout);
}

/// `--version` is the same in every language.
#[test]
fn the_version_is_the_version() {
    let english = icc(&[], &["--version"]);
    assert_eq!(english.code, 0);
    assert!(english.stdout.starts_with("icc "), "{}", english.stdout);
    assert_eq!(icc(&[RO], &["--version"]).stdout, english.stdout);
}

/// The error line the binary writes before an error of its own.
#[test]
fn the_binarys_error_line_is_in_the_terminals_language() {
    let out = icc(&[RO], &["status", "--plan", "missing.toml"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("eroare: "), "{}", out.stderr);
    let out = icc(&[RO, ("ICC_LANG", "en")], &["status", "--plan", "missing.toml"]);
    assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
}

/// An argument with a control character is never quoted raw, in Romanian
/// as in English (tests/cli.rs holds English to it).
#[test]
fn a_control_character_starts_no_line_in_romanian() {
    let forged = "::error file=plan.toml,line=1::forged";
    let title = format!("x\x1b\n{forged}");
    let format = format!("json\x1b\n{forged}");
    let flag = format!("bogus\x1b\n{forged}");
    let cases: &[&[&str]] = &[
        &["add-workshop", "--title", &title, "--date", "2025-01-01"],
        &["check", "--format", &format],
        &[&flag],
    ];
    for args in cases {
        let out = icc(&[RO], args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(
            out.stderr.lines().all(|line| !line.starts_with("::")) && !out.stderr.contains('\x1b'),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stderr.starts_with("eroare: "), "{args:?}: {}", out.stderr);
    }
    let out = icc(&[RO], cases[0]);
    assert!(
        out.stderr.contains("trebuie să fie un singur rând de text"),
        "{}",
        out.stderr
    );
}

/// Romanian words are longer: the help still fits the terminal, but for a
/// word longer than the room left beside the flags, and the usage line
/// (clap never breaks it, in any language).
#[test]
fn the_romanian_help_fits_narrow_terminals() {
    for columns in ["40", "60", "80"] {
        let width: usize = columns.parse().unwrap();
        for args in [
            &["--help"][..],
            &["workshops", "--help"],
            &["export", "-h"],
            &["agenda", "--help"],
        ] {
            let out = icc(&[RO, ("COLUMNS", columns)], args);
            assert_eq!(out.code, 0);
            for line in out.stdout.lines().filter(|line| !line.starts_with("Utilizare: ")) {
                let shown = line.chars().count();
                let longest_word = line
                    .split_whitespace()
                    .map(|word| word.chars().count())
                    .max()
                    .unwrap_or(0);
                assert!(
                    shown <= width || longest_word + 10 > width,
                    "{columns} {args:?}: {shown} columns: {line:?}"
                );
            }
        }
    }
}

/// The `.SH` headings of a roff page.
fn headings(roff: &str) -> Vec<String> {
    roff.lines()
        .filter_map(|line| line.strip_prefix(".SH "))
        .map(|heading| heading.trim_matches('"').to_owned())
        .collect()
}

/// The page as `man` shows it, through groff where there is one.
fn groff(page: &str) -> Option<String> {
    use std::io::Write;
    let mut groff = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    groff.stdin.take().unwrap().write_all(page.as_bytes()).unwrap();
    let shown = groff.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&shown.stderr), "", "groff warns");
    Some(String::from_utf8_lossy(&shown.stdout).into_owned())
}

#[test]
fn the_man_page_in_romanian() {
    let out = icc(&[], &["man", "--lang", "ro"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    let page = out.stdout;
    assert_eq!(icc(&[RO], &["man"]).stdout, page, "LANG=ro_RO.UTF-8 as --lang ro");
    assert!(page.is_ascii(), "other characters are groff escapes");
    assert!(!page.contains("(1)"), "a reference to another page");
    assert_eq!(
        headings(&page),
        [
            "NUME",
            "REZUMAT",
            "DESCRIERE",
            "OP\\[u021A]IUNI",
            "OP\\[u021A]IUNI GLOBALE",
            "COMENZI",
            "MEDIU",
            "STARE DE IE\\[u0218]IRE",
            "EXEMPLE",
            "VERSIUNE"
        ]
    );
    let Some(text) = groff(&page) else { return };
    // The manual's name heads the page, the version is in the footer.
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("icc(1)") && first.contains("Manualul comenzilor generale"),
        "{first}"
    );
    assert!(!text.contains("General Commands Manual"), "{text}");
    let last = text.lines().rfind(|line| !line.trim().is_empty()).unwrap_or_default();
    assert!(
        last.contains("icc 0.1.0") || last.contains(env!("CARGO_PKG_VERSION")),
        "{last}"
    );
    for section in [
        "NUME",
        "REZUMAT",
        "OPȚIUNI GLOBALE",
        "COMENZI",
        "MEDIU",
        "STARE DE IEȘIRE",
        "EXEMPLE",
    ] {
        assert!(text.lines().any(|line| line == section), "{section}:\n{text}");
    }
    for said in [
        "Manualul comenzilor generale",
        "Afișează ajutorul",
        "Valori posibile:",
        "[implicit: human]",
        "human: Tabele pentru oameni",
        "--plan <CALE>",
        "Verifică dacă planul este coerent",
    ] {
        assert!(text.contains(said), "{said}:\n{text}");
    }
    for english in ["Possible values", "[default:", "Print help", "NAME", "OPTIONS"] {
        assert!(!text.contains(english), "{english}:\n{text}");
    }
}

/// The ENVIRONMENT section says where the language comes from, in both
/// languages: `--lang`, `ICC_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`, and
/// the plan's `project.language` for documents.
#[test]
fn the_man_page_says_where_the_language_comes_from() {
    for (env, section) in [(&[][..], "ENVIRONMENT"), (&[RO][..], "MEDIU")] {
        let page = icc(env, &["man"]).stdout;
        let environment: String = page
            .split(&format!(".SH {section}\n"))
            .nth(1)
            .and_then(|rest| rest.split(".SH ").next())
            .unwrap_or_else(|| panic!("{section}"))
            .to_owned();
        assert!(environment.contains("\\fBICC_LANG\\fR\n"), "{environment}");
        assert!(
            environment.contains("\\fBLC_ALL, LC_MESSAGES, LANG\\fR\n"),
            "{environment}"
        );
        assert!(environment.contains("project.language"), "{environment}");
        assert!(environment.contains("\\-\\-lang"), "{environment}");
    }
}

/// The completions' help follows the language where a shell shows help
/// (zsh, fish); bash's show none, and are the same in both.
#[test]
fn completions_show_help_in_the_terminals_language() {
    let zsh = icc(&[RO], &["completions", "zsh"]);
    assert_eq!(zsh.code, 0);
    for said in ["Afișează ajutorul", "Tabele pentru oameni", "Cum se afișează vederea"] {
        assert!(zsh.stdout.contains(said), "{said}");
    }
    let fish = icc(&[], &["completions", "fish", "--lang", "ro"]);
    assert!(fish.stdout.contains("Tabele pentru oameni"));
    assert!(!fish.stdout.contains("Tables for people"));
    let english = icc(&[], &["completions", "fish"]);
    assert!(english.stdout.contains("Tables for people"));
    assert_eq!(
        icc(&[RO], &["completions", "bash"]).stdout,
        icc(&[], &["completions", "bash"]).stdout
    );
}
