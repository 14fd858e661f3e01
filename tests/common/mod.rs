//! One way to run `icc` in tests, as a user would: a fresh folder, files in
//! it, a command line, and what came out.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const ICC: &str = env!("CARGO_BIN_EXE_icc");

/// The day tests run on unless they say otherwise.
pub const TODAY: &str = "2021-01-01";

/// Whether to rewrite what tests compare against instead of comparing:
/// `SNAPSHOTS=overwrite cargo test`, one variable for every kind of
/// snapshot (snapbox's own, edit cases, `docs/diagnostics.md`, the schema).
pub fn bless() -> bool {
    std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite")
}

/// Cases a property test runs: 64, or `PROPTEST_CASES` (CI sets 512).
pub fn proptest_cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

/// The project's root, where `plan.toml` and `examples/` are.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub struct Test {
    pub dir: tempfile::TempDir,
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<Vec<u8>>,
    cwd: PathBuf,
}

#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Test {
    pub fn new() -> Test {
        let dir = tempfile::tempdir().expect("temporary folder");
        let cwd = dir.path().to_path_buf();
        Test {
            dir,
            args: Vec::new(),
            env: Vec::new(),
            stdin: None,
            cwd,
        }
    }

    /// Writes `plan.toml` in the test's folder.
    pub fn plan(self, text: &str) -> Test {
        self.file("plan.toml", text.as_bytes())
    }

    pub fn file(self, path: &str, bytes: &[u8]) -> Test {
        let path = self.dir.path().join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(path, bytes).expect("write file");
        self
    }

    /// The same folder, for another command.
    pub fn reset_args(mut self) -> Test {
        self.args.clear();
        self
    }

    pub fn args(mut self, args: &[&str]) -> Test {
        self.args.extend(args.iter().map(|a| a.to_string()));
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Test {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn stdin(mut self, bytes: &[u8]) -> Test {
        self.stdin = Some(bytes.to_vec());
        self
    }

    /// Runs in a subfolder of the test's folder (created if needed).
    pub fn current_dir(mut self, sub: &str) -> Test {
        self.cwd = self.dir.path().join(sub);
        std::fs::create_dir_all(&self.cwd).expect("create folder");
        self
    }

    /// icc's git as no user's: no system or global configuration, and no
    /// repository above the test's folder.
    pub fn without_user_git(self) -> Test {
        let home = self.dir.path().to_str().expect("a UTF-8 folder").to_owned();
        let ceiling = self
            .dir
            .path()
            .parent()
            .and_then(Path::to_str)
            .unwrap_or("/")
            .to_owned();
        self.env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("HOME", &home)
            .env("XDG_CONFIG_HOME", &home)
            .env("GIT_CEILING_DIRECTORIES", &ceiling)
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Another run in the same folder, with these arguments (and this
    /// test's environment), leaving the test as it is.
    pub fn with_args(&self, args: &[&str]) -> Again<'_> {
        Again {
            test: self,
            args: args.iter().map(|a| a.to_string()).collect(),
            env: Vec::new(),
            stdin: None,
        }
    }

    pub fn run(&self) -> Output {
        run(&self.cwd, &self.args, &self.env, self.stdin.as_deref())
    }
}

/// A run borrowed from a [`Test`]: its folder and environment, other
/// arguments.
pub struct Again<'a> {
    test: &'a Test,
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<Vec<u8>>,
}

impl Again<'_> {
    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn stdin(mut self, bytes: &[u8]) -> Self {
        self.stdin = Some(bytes.to_vec());
        self
    }

    pub fn run(&self) -> Output {
        let env: Vec<(String, String)> = self.test.env.iter().chain(&self.env).cloned().collect();
        run(&self.test.cwd, &self.args, &env, self.stdin.as_deref())
    }
}

fn run(cwd: &Path, args: &[String], env: &[(String, String)], stdin: Option<&[u8]>) -> Output {
    {
        let mut command = Command::new(ICC);
        command
            .args(args)
            .current_dir(cwd)
            .env_remove("ICC_PLAN")
            // The language is English unless a test asks for another.
            .env_remove("ICC_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            // A fixed day, before the fixtures' events, so no test depends on
            // the date it runs (tests that need another pass --today).
            .env("ICC_TODAY", TODAY)
            .env_remove("NO_COLOR")
            .env("COLUMNS", "100")
            .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (key, value) in env {
            command.env(key, value);
        }
        let mut child = command.spawn().expect("start icc");
        if let Some(bytes) = stdin {
            let mut pipe = child.stdin.take().expect("stdin");
            let bytes = bytes.to_vec();
            std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            });
        }
        let out = child.wait_with_output().expect("run icc");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// `git ARGS` in `dir` as no user's (no system or global configuration,
/// nor a hook's `GIT_DIR`), as `t <t@t>`, with commits of 1 June 2021, so
/// that their hashes are the same on every run. Its standard output,
/// trimmed; a failure fails the test.
pub fn git(dir: &Path, args: &[&str]) -> String {
    git_dated(dir, "2021-06-01T12:00:00Z", args)
}

/// [`git`] with commits dated `date` (RFC 3339).
pub fn git_dated(dir: &Path, date: &str, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(["-c", "init.defaultBranch=main"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .expect("run git");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

impl Output {
    /// The `--format json` object of `icc check`.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }

    /// `(code, severity, line)` of every diagnostic in `--format json` output.
    pub fn diagnostics(&self) -> Vec<(String, String, Option<u64>)> {
        let json = self.json();
        json["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(|d| {
                (
                    d["code"].as_str().unwrap_or_default().to_owned(),
                    d["severity"].as_str().unwrap_or_default().to_owned(),
                    d["line"].as_u64(),
                )
            })
            .collect()
    }
}

/// The 1-based line of the first line of `text` that contains `needle`.
pub fn line_of(text: &str, needle: &str) -> u64 {
    text.lines()
        .position(|l| l.contains(needle))
        .map(|i| i as u64 + 1)
        .unwrap_or_else(|| panic!("no line with {needle:?}"))
}

/// A JSON finding is fully worded: its message and help name no argument
/// the catalogue could not fill (Fluent writes those as `{$name}`), unless
/// the plan's own text holds such braces.
pub fn assert_worded(diagnostic: &serde_json::Value, plan: &str) {
    if plan.contains("{$") || plan.contains("{-") {
        return;
    }
    for key in ["message", "help"] {
        let text = diagnostic[key].as_str().unwrap_or_default();
        assert!(
            !text.contains("{$") && !text.contains("{-"),
            "{key} not worded: {diagnostic}"
        );
    }
}
