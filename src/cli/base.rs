//! Reading an earlier plan: the BASE of `icc diff`, `--baseline` and
//! `icc report --since` (design.md, "Diff and report").
//!
//! A BASE is a file (a folder means its `plan.toml`, as for `--plan`), or,
//! when no such file exists, a git revision (`HEAD~3`, a tag, a branch,
//! `origin/main`, anything `git rev-parse` takes) of the repository the plan
//! lives in, read from any folder or worktree of it.
//!
//! Git is asked through its command line, not a library: the revision is
//! then read exactly as the user's `git` reads it (worktrees, `@{u}`,
//! reflogs, partial clones, `safe.directory`), and icc carries no second
//! implementation of git. Four short processes: `rev-parse --show-prefix`
//! (where the plan is in the repository), `rev-parse --verify` (the object
//! BASE names: `:/message` too), `show -s --format='%H %ci'` (the commit
//! it is or points at, and that commit's day), `cat-file blob` (the plan's
//! bytes at it); nothing a git of the last ten years lacks. A BASE that
//! starts with `-` is no revision (it would be an option to git).
//! The plan's path is taken with its links followed, so the repository is
//! the one that holds the file itself.

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use super::{Context, Error, Say, read_error};
use crate::finding::Finding;
use crate::lang::args;
use crate::source::{self, Source};

/// An earlier plan, read but not yet checked.
pub(crate) struct Earlier {
    /// Where it came from, as the user named it.
    pub base: Base,
    /// Its text, named `REV:path` (as git names a file at a revision) or by
    /// the file's path.
    pub source: Source,
    /// The finding its bytes earn if they are not UTF-8.
    pub early: Option<Finding>,
}

/// Where an earlier plan came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Base {
    /// A file, as the user named it (made printable).
    File(String),
    /// A revision as typed (made printable), the commit it named (40, or
    /// 64, hexadecimal digits), and the commit's day (its committer date,
    /// in the committer's time zone), where a report's period may start.
    Revision {
        revision: String,
        commit: String,
        day: Option<chrono::NaiveDate>,
    },
}

impl Base {
    /// How the base is shown: the file's name, or the revision as typed.
    pub fn label(&self) -> &str {
        match self {
            Base::File(name) => name,
            Base::Revision { revision, .. } => revision,
        }
    }

    /// The commit's day, for a revision: where `icc report --since REV` starts.
    pub fn day(&self) -> Option<chrono::NaiveDate> {
        match self {
            Base::File(_) => None,
            Base::Revision { day, .. } => *day,
        }
    }
}

impl Base {
    /// How views and the diff name it: a file's name, or the revision as
    /// typed and its commit's short hash (`HEAD~1 (3f2a1b9)`; the short
    /// hash alone where the revision is a hash).
    pub fn named(&self) -> String {
        match self {
            Base::File(name) => name.clone(),
            Base::Revision { revision, commit, .. } => {
                let short: String = commit.chars().take(7).collect();
                if commit.starts_with(revision.as_str()) {
                    short
                } else {
                    format!("{revision} ({short})")
                }
            }
        }
    }

    /// What JSON says of it: `{"file": …}` or `{"revision": …, "commit": …}`.
    pub fn json(&self) -> serde_json::Value {
        match self {
            Base::File(name) => serde_json::json!({ "file": name }),
            Base::Revision { revision, commit, .. } => serde_json::json!({ "revision": revision, "commit": commit }),
        }
    }
}

/// An earlier plan read, checked and resolved: what `--baseline`, `icc
/// diff` and `icc report --since` compare with, whatever its findings.
pub(crate) struct Baseline {
    pub base: Base,
    pub plan: crate::Plan,
    pub resolved: crate::Resolved,
}

impl Context<'_> {
    /// Reads BASE ([`Context::earlier`]) and checks it as on `today`. A
    /// BASE whose TOML does not parse has nothing to compare with: an
    /// error (exit 2) that says where and why.
    pub(crate) fn baseline(&mut self, base: &str, today: chrono::NaiveDate) -> Result<Baseline, Error> {
        let earlier = self.earlier(base)?;
        let checked = crate::check(&earlier.source, earlier.early, today);
        if let (Some(plan), Some(resolved)) = (checked.plan, checked.resolved) {
            return Ok(Baseline {
                base: earlier.base,
                plan,
                resolved,
            });
        }
        let error = checked.findings.iter().find(|f| f.severity() == crate::Severity::Error);
        let at = error
            .and_then(|f| f.span.clone())
            .map(|span| earlier.source.line_col(span.start));
        let why = error.map(|f| f.message(&self.lang)).unwrap_or_default();
        let say = Say::new(&self.lang)
            .whole("base", earlier.base.label())
            .whole("name", &earlier.source.name)
            .whole("why", why);
        Err(Error::Read(match at {
            Some(at) => say.say("base-not-toml", args!(line = at.line, column = at.column)),
            None => say.say("base-not-toml-anywhere", args!()),
        }))
    }

    /// Reads BASE: a file if one exists at that path (from the working
    /// folder), else a git revision of the plan's repository.
    ///
    /// Errors (exit 2, worded in the terminal's language): the file
    /// cannot be read; the plan comes from standard input (it is in no
    /// repository); git cannot be run; the plan is not in a git repository;
    /// BASE names no commit; the plan did not exist at that commit; git
    /// failed otherwise (its own words, made printable).
    pub(crate) fn earlier(&mut self, base: &str) -> Result<Earlier, Error> {
        let shown = crate::text::printable(base).into_owned();
        let path = self.cwd.join(base);
        if !base.is_empty() && std::fs::symlink_metadata(&path).is_ok() {
            let (path, given) = if path.is_dir() {
                (path.join(source::PLAN_FILE), Path::new(base).join(source::PLAN_FILE))
            } else {
                (path, PathBuf::from(base))
            };
            let name = super::display_name(&given, &self.cwd);
            let bytes = source::open_regular(&path)
                .and_then(source::read_limited)
                .map_err(|err| read_error(&self.lang, &name, &err))?;
            let (source, early) = Source::from_bytes(name.clone(), &bytes);
            return Ok(Earlier {
                base: Base::File(name),
                source,
                early,
            });
        }
        let Some(file) = self.plan_file()? else {
            return Err(Error::Usage(
                Say::new(&self.lang).whole("base", &shown).say("base-stdin", args!()),
            ));
        };
        let real = std::fs::canonicalize(&file.path).map_err(|err| {
            let err = source::ReadError::Io(err);
            read_error(&self.lang, &file.name, &err)
        })?;
        let (Some(dir), Some(name)) = (real.parent(), real.file_name()) else {
            return Err(self.base_error("base-not-in-git", &shown, &file.name, ""));
        };
        let git = Git { dir: dir.to_path_buf() };
        // Where the plan is in the repository: `sub/dir/` or nothing.
        let prefix = match git.run(&[OsStr::new("rev-parse"), OsStr::new("--show-prefix")]) {
            Ok(Ran::Done(out)) => trim_newline(out),
            Ok(Ran::Failed) => return Err(self.base_error("base-not-in-git", &shown, &file.name, "")),
            Err(err) => return Err(self.git_error(&shown, &err)),
        };
        let unknown = |cx: &Self| {
            // A repository without any commit (on any branch) has no
            // revision at all: say so.
            let empty = matches!(
                git.run(&[OsStr::new("rev-list"), OsStr::new("-n"), OsStr::new("1"), OsStr::new("--all")]),
                Ok(Ran::Done(out)) if out.trim_ascii().is_empty()
            );
            let id = if empty {
                "base-no-commit"
            } else {
                "base-unknown-revision"
            };
            cx.base_error(id, &shown, &file.name, "")
        };
        // No revision starts with `-`: such a BASE would be an option to
        // git, so it is none (without `--end-of-options`, which older gits
        // lack).
        if base.starts_with('-') || base.is_empty() {
            return Err(unknown(self));
        }
        // The object BASE names (`:/message` too), then the commit it is
        // or points at, and that commit's day.
        let object = match git.run(&[
            OsStr::new("rev-parse"),
            OsStr::new("--verify"),
            OsStr::new("--quiet"),
            OsStr::new(base),
        ]) {
            Ok(Ran::Done(out)) => String::from_utf8_lossy(&trim_newline(out)).into_owned(),
            Ok(Ran::Failed) => return Err(unknown(self)),
            Err(err) => return Err(self.git_error(&shown, &err)),
        };
        let (commit, day) = match git.run(&[
            OsStr::new("-c"),
            OsStr::new("log.showSignature=false"),
            OsStr::new("show"),
            OsStr::new("--no-patch"),
            OsStr::new("--no-notes"),
            OsStr::new("--no-color"),
            OsStr::new("--format=%H %ci"),
            OsStr::new(&format!("{object}^{{commit}}")),
        ]) {
            Ok(Ran::Done(out)) => {
                let out = String::from_utf8_lossy(&out).into_owned();
                let mut words = out.split_whitespace();
                let commit = words.next().unwrap_or_default().to_owned();
                // `2024-03-15 12:00:00 +0100`: the committer's own day.
                let day = words
                    .next()
                    .and_then(|day| chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok());
                (commit, day)
            }
            Ok(Ran::Failed) => return Err(unknown(self)),
            Err(err) => return Err(self.git_error(&shown, &err)),
        };
        if commit.is_empty() {
            return Err(unknown(self));
        }
        let mut object = OsString::from(&commit);
        object.push(":");
        object.push(OsStr::from_bytes(&prefix));
        object.push(name);
        let short: String = commit.chars().take(7).collect();
        let name_at = format!(
            "{shown}:{}",
            crate::text::printable(&String::from_utf8_lossy(&[prefix.as_slice(), name.as_bytes()].concat()))
        );
        let bytes = match git.blob(&object) {
            Ok(Blob::Bytes(bytes)) => bytes,
            // No such path there, or not a file (a link's text is a blob
            // too, but the real file was taken above).
            Ok(Blob::Missing) => return Err(self.base_error("base-not-in-revision", &shown, &file.name, &short)),
            Ok(Blob::TooBig) => return Err(read_error(&self.lang, &name_at, &source::ReadError::TooBig)),
            Err(err) => return Err(self.git_error(&shown, &err)),
        };
        let (source, early) = Source::from_bytes(name_at, &bytes);
        Ok(Earlier {
            base: Base::Revision {
                revision: shown,
                commit,
                day,
            },
            source,
            early,
        })
    }

    fn base_error(&self, id: &str, base: &str, plan: &str, commit: &str) -> Error {
        Error::Read(
            Say::new(&self.lang)
                .whole("base", base)
                .whole("plan", plan)
                .whole("commit", commit)
                .say(id, args!()),
        )
    }

    fn git_error(&self, base: &str, err: &GitError) -> Error {
        let say = Say::new(&self.lang).whole("base", base);
        Error::Read(match err {
            GitError::Missing => say.say("base-no-git", args!()),
            GitError::Io(err) => say
                .whole("why", super::io_error(&self.lang, err))
                .say("base-git-failed", args!()),
            GitError::Said(words) => say.whole("why", words).say("base-git-failed", args!()),
        })
    }
}

/// `git -C DIR …`, its output captured.
struct Git {
    dir: PathBuf,
}

enum Ran {
    /// Exit 0: its standard output.
    Done(Vec<u8>),
    /// Another exit.
    Failed,
}

/// What `cat-file blob` gave.
enum Blob {
    Bytes(Vec<u8>),
    /// Larger than a plan may be ([`source::MAX_PLAN_BYTES`]).
    TooBig,
    /// No blob at that path of the commit.
    Missing,
}

enum GitError {
    /// No `git` to run.
    Missing,
    Io(std::io::Error),
    /// Git ran and said why it failed.
    Said(String),
}

impl Git {
    fn command(&self, args: &[&OsStr]) -> Command {
        let mut command = Command::new("git");
        command
            .arg("-C")
            .arg(&self.dir)
            .args(args)
            .stdin(Stdio::null())
            // Never ask for anything, never wait on another git's lock.
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_OPTIONAL_LOCKS", "0");
        command
    }

    fn run(&self, args: &[&OsStr]) -> Result<Ran, GitError> {
        let out = self.command(args).output().map_err(spawn_error)?;
        Ok(if out.status.success() {
            Ran::Done(out.stdout)
        } else {
            Ran::Failed
        })
    }

    /// The bytes of a blob.
    fn blob(&self, object: &OsStr) -> Result<Blob, GitError> {
        let mut child = self
            .command(&[OsStr::new("cat-file"), OsStr::new("blob"), object])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(spawn_error)?;
        let stdout = child.stdout.take().ok_or_else(|| GitError::Said(String::new()))?;
        let read = source::read_limited(stdout);
        // Whatever was read, the child is waited for (and killed if it
        // still writes a blob too big to take).
        if read.is_err() {
            let _ = child.kill();
        }
        let out = child.wait_with_output().map_err(GitError::Io)?;
        match read {
            Ok(bytes) if out.status.success() => Ok(Blob::Bytes(bytes)),
            Err(source::ReadError::TooBig) => Ok(Blob::TooBig),
            Err(source::ReadError::Io(err)) => Err(GitError::Io(err)),
            // `fatal: path 'plan.toml' does not exist in 'abc123'`, or not a blob.
            Ok(_) if !out.stderr.is_empty() => Ok(Blob::Missing),
            _ => Err(GitError::Said(said(&out.stderr))),
        }
    }
}

fn spawn_error(err: std::io::Error) -> GitError {
    if err.kind() == std::io::ErrorKind::NotFound {
        GitError::Missing
    } else {
        GitError::Io(err)
    }
}

/// Git's words, one line, safe for a terminal.
fn said(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let line = text.lines().find(|line| !line.trim().is_empty()).unwrap_or("").trim();
    crate::text::printable(line).into_owned()
}

fn trim_newline(mut out: Vec<u8>) -> Vec<u8> {
    while out.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        out.pop();
    }
    out
}
