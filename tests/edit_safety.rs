//! What an edit keeps of the file besides its text (owner, group, mode,
//! extended attributes, ACLs), what it refuses (a read-only plan, one with
//! other names, an empty one, anything that is not a regular file), what
//! it leaves behind (nothing), and a plan saved by someone else while edits
//! run. Each case asserts the bytes of the plan after the command.

mod common;

use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};

use common::Test;

const PLAN: &str = "[project]\nname = \"T\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\nstart = \"2021-01\"\nend = \"2021-12\"\n\n[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-02-01\n";

const ADD: &[&str] = &["add-workshop", "--title", "Nou", "--date", "2021-03-01"];

/// Whether the tests run as root: a file they make is root's.
fn root() -> bool {
    let t = Test::new().plan("");
    fs::metadata(t.path("plan.toml")).is_ok_and(|meta| meta.uid() == 0)
}

#[test]
fn an_empty_plan_or_one_without_a_project_is_not_edited() {
    for text in [
        "",
        "\n\n",
        "# only a comment\n",
        "[[workshop]]\nid = \"a\"\ntitle = \"A\"\ndate = 2021-02-01\n",
    ] {
        let t = Test::new().plan(text).args(ADD);
        let out = t.run();
        assert_eq!(out.code, 1, "{text:?}: {}", out.stderr);
        assert!(out.stderr.contains("no `[project]` table"), "{text:?}: {}", out.stderr);
        assert_eq!(fs::read_to_string(t.path("plan.toml")).unwrap(), text);
    }
}

#[test]
fn owner_group_and_mode_are_kept() {
    if !root() {
        eprintln!("skipped: changing a file's owner needs root");
        return;
    }
    let t = Test::new().plan(PLAN).args(ADD);
    let path = t.path("plan.toml");
    rustix::fs::chown(
        &path,
        Some(rustix::fs::Uid::from_raw(65534)),
        Some(rustix::fs::Gid::from_raw(65534)),
    )
    .unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let meta = fs::metadata(&path).unwrap();
    assert_eq!((meta.uid(), meta.gid(), meta.mode() & 0o7777), (65534, 65534, 0o600));
    assert!(fs::read_to_string(&path).unwrap().contains("title = \"Nou\""));
}

/// A POSIX ACL as the kernel stores it in `system.posix_acl_access`:
/// owner rw, user 65534 rw, group r, mask rw, others r.
fn acl() -> Vec<u8> {
    let mut acl = 2u32.to_le_bytes().to_vec();
    for (tag, perm, id) in [
        (0x01u16, 6u16, u32::MAX),
        (0x02, 6, 65534),
        (0x04, 4, u32::MAX),
        (0x10, 6, u32::MAX),
        (0x20, 4, u32::MAX),
    ] {
        acl.extend(tag.to_le_bytes());
        acl.extend(perm.to_le_bytes());
        acl.extend(id.to_le_bytes());
    }
    acl
}

#[test]
fn extended_attributes_and_acls_are_kept() {
    let t = Test::new().plan(PLAN).args(ADD);
    let path = t.path("plan.toml");
    let flags = rustix::fs::XattrFlags::empty();
    if rustix::fs::setxattr(&path, "user.icc.note", b"kept", flags).is_err() {
        eprintln!("skipped: this file system has no user extended attributes");
        return;
    }
    let with_acl = rustix::fs::setxattr(&path, "system.posix_acl_access", &acl(), flags).is_ok();
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut value = [0u8; 64];
    let len = rustix::fs::getxattr(&path, "user.icc.note", &mut value[..]).expect("the attribute is kept");
    assert_eq!(&value[..len], b"kept");
    if with_acl {
        let mut value = [0u8; 256];
        let len = rustix::fs::getxattr(&path, "system.posix_acl_access", &mut value[..]).expect("the ACL is kept");
        assert_eq!(&value[..len], acl().as_slice());
    }
}

#[test]
fn a_read_only_plan_is_refused() {
    let t = Test::new().plan(PLAN).args(ADD);
    let path = t.path("plan.toml");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let out = t.run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("plan.toml is read-only"), "{}", out.stderr);
    assert_eq!(fs::read_to_string(&path).unwrap(), PLAN);
    assert_eq!(fs::metadata(&path).unwrap().mode() & 0o777, 0o444);
    // A dry run writes nothing, so it may show the change.
    let dry = Test::new().plan(PLAN).args(ADD).args(&["--dry-run"]);
    fs::set_permissions(dry.path("plan.toml"), fs::Permissions::from_mode(0o444)).unwrap();
    assert_eq!(dry.run().code, 0);
}

#[test]
fn a_plan_with_other_names_is_refused_unless_links_may_break() {
    let t = Test::new().plan(PLAN).args(ADD);
    fs::hard_link(t.path("plan.toml"), t.path("copy.toml")).unwrap();
    let out = t.run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("plan.toml has 2 names (hard links)"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--break-links"), "{}", out.stderr);
    assert_eq!(fs::read_to_string(t.path("plan.toml")).unwrap(), PLAN);
    let out = t.args(&["--break-links"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[test]
fn what_is_not_a_regular_file_is_not_read() {
    let t = Test::new();
    let fifo = t.path("plan.toml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for args in [&["check"][..], &["status"], ADD] {
        let out = Test::new().args(&["--plan", fifo.to_str().unwrap()]).args(args).run();
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("it is not a regular file"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let out = Test::new().args(&["--plan", "/dev/zero", "check"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("cannot read /dev/zero: it is not a regular file"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_plan_over_the_limit_is_not_read() {
    let t = Test::new().args(&["check"]);
    let file = fs::File::create(t.path("plan.toml")).unwrap();
    file.set_len((64 << 20) + 1).unwrap();
    let out = t.run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "error: cannot read plan.toml: it is larger than 64 MiB, the most icc reads\n"
    );
    let stdin = Test::new()
        .stdin(&vec![b'#'; (64 << 20) + 1])
        .args(&["--plan", "-", "check"])
        .run();
    assert_eq!(stdin.code, 2);
    assert!(stdin.stderr.contains("larger than 64 MiB"), "{}", stdin.stderr);
}

#[test]
fn a_temporary_file_a_killed_edit_left_is_removed_by_the_next() {
    let t = Test::new()
        .plan(PLAN)
        .file(".plan.toml.icc-Xy12Ab.tmp", PLAN.as_bytes())
        .file(".plan.toml.lock", b"")
        .args(ADD);
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut names: Vec<String> = fs::read_dir(t.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["plan.toml"]);
}

#[test]
fn a_link_planted_as_the_lock_file_is_not_followed() {
    let elsewhere = tempfile::tempdir().unwrap();
    let victim = elsewhere.path().join("created-by-icc");
    let t = Test::new().plan(PLAN).args(ADD);
    std::os::unix::fs::symlink(&victim, t.path(".plan.toml.lock")).unwrap();
    let out = t.run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("cannot lock plan.toml"), "{}", out.stderr);
    assert!(!victim.exists(), "the link was followed");
    assert_eq!(fs::read_to_string(t.path("plan.toml")).unwrap(), PLAN);
}

#[test]
fn init_force_writes_atomically_through_a_link_keeping_the_mode() {
    let t = Test::new()
        .file("real/plan.toml", b"old\n")
        .args(&["init", "--force", "--start", "2025-01"]);
    std::os::unix::fs::symlink("real/plan.toml", t.path("plan.toml")).unwrap();
    fs::set_permissions(t.path("real/plan.toml"), fs::Permissions::from_mode(0o640)).unwrap();
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(fs::symlink_metadata(t.path("plan.toml")).unwrap().is_symlink());
    let written = fs::read_to_string(t.path("real/plan.toml")).unwrap();
    assert!(written.contains("[project]"));
    assert_eq!(fs::metadata(t.path("real/plan.toml")).unwrap().mode() & 0o777, 0o640);
    // Without --force an existing plan is left as it is.
    let keep = Test::new().plan("mine\n").args(&["init"]).run();
    assert_eq!(keep.code, 2);
    assert!(keep.stderr.contains("plan.toml already exists"), "{}", keep.stderr);
}

/// Someone saves the plan in place (truncate, then write, as editors
/// without atomic saves do) again and again while edits run. After every
/// edit that says it is done, the file holds the latest completed save
/// (edited, or saved over again): no edit ends "done" having lost one.
#[test]
fn a_plan_saved_in_place_during_edits_never_loses_a_save() {
    race(300, 60);
}

/// The same with an editor that pauses between truncating and writing, up
/// to 100 ms (a slow disk, a big file): a swap back must not put the empty
/// file back, nor hide the save in the replaced file.
#[test]
fn a_slow_save_during_edits_is_never_lost_either() {
    race(100_000, 30);
}

/// Edits while a writer saves in place, pausing up to `slowest` µs between
/// truncating the plan and writing it.
fn race(slowest: u64, edits: usize) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
    // Save 0 is the plan as it starts: the first edit may end before the
    // writer has finished a save of its own (a loaded machine).
    let t = Test::new().plan(&format!("{PLAN}\n# save 0\n"));
    let path = t.path("plan.toml");
    let (stop, pause, idle, last) = (
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicU32::new(0)),
    );
    let writer = {
        let (path, stop, pause, idle, last) = (path.clone(), stop.clone(), pause.clone(), idle.clone(), last.clone());
        std::thread::spawn(move || {
            let slowest = slowest;
            use std::io::Write;
            let mut seed = 12345u64;
            let mut random = move |n: u64| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (seed >> 33) % n
            };
            let mut save = 0u32;
            while !stop.load(Ordering::SeqCst) {
                if pause.load(Ordering::SeqCst) {
                    idle.store(true, Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_micros(200));
                    continue;
                }
                idle.store(false, Ordering::SeqCst);
                save += 1;
                let text = format!("{PLAN}\n# save {save}\n");
                let mut file = fs::File::options().write(true).truncate(true).open(&path).unwrap();
                std::thread::sleep(std::time::Duration::from_micros(random(slowest)));
                file.write_all(text.as_bytes()).unwrap();
                drop(file);
                last.store(save, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_micros(random(4000 + 3 * slowest)));
            }
        })
    };
    let (mut done, mut refused) = (0, 0);
    let mut seed = 99u64;
    for i in 0..edits {
        // Edits at random moments of the writer's cycle.
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        std::thread::sleep(std::time::Duration::from_micros((seed >> 33) % (slowest / 2 + 1)));
        let title = format!("Atelier {i}");
        let out = Test::new()
            .args(&[
                "--plan",
                path.to_str().unwrap(),
                "add-workshop",
                "--title",
                &title,
                "--date",
                "2021-03-01",
            ])
            .run();
        assert!(out.code <= 1, "{}", out.stderr);
        if out.code == 1 {
            refused += 1;
            continue;
        }
        done += 1;
        pause.store(true, Ordering::SeqCst);
        while !idle.load(Ordering::SeqCst) {
            std::thread::sleep(std::time::Duration::from_micros(100));
        }
        let now = fs::read_to_string(&path).unwrap();
        let latest = format!("# save {}\n", last.load(Ordering::SeqCst));
        assert!(
            now.contains(&latest),
            "edit {i} said done but the file lacks `{latest}`:\n{now}"
        );
        idle.store(false, Ordering::SeqCst);
        pause.store(false, Ordering::SeqCst);
    }
    stop.store(true, Ordering::SeqCst);
    writer.join().unwrap();
    eprintln!(
        "{done} edits done, {refused} refused, while the plan was saved {} times",
        last.load(Ordering::SeqCst)
    );
    assert!(done > 0, "no edit got through: the test shows nothing");
}

/// A new plan is made as any file is: 0666 less the umask (0644 with the
/// usual 022), readable by the others who share the folder.
#[test]
fn init_makes_a_plan_as_any_file_is_made() {
    let t = Test::new();
    let out = std::process::Command::new("sh")
        .args(["-c", &format!("umask 022 && {} init --start 2025-01", common::ICC)])
        .current_dir(t.path(""))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(fs::metadata(t.path("plan.toml")).unwrap().mode() & 0o777, 0o644);
}

/// `--plan DIR` means `DIR/plan.toml` for `init` too.
#[test]
fn init_into_a_folder_writes_its_plan_toml() {
    let t = Test::new()
        .file("city/README", b"")
        .args(&["--plan", "city", "init", "--start", "2025-01"]);
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let written = fs::read_to_string(t.path("city/plan.toml")).unwrap();
    assert!(written.contains("[project]"), "{written}");
    let check = t.reset_args().args(&["--plan", "city", "check", "--strict"]).run();
    assert_eq!(check.code, 0, "{}", check.stdout);
}

/// `init --force` writes only over a regular file: not over a FIFO, a
/// folder or a device, and not through a link to nothing.
#[test]
fn init_force_writes_only_over_a_plan() {
    let t = Test::new();
    assert!(
        std::process::Command::new("mkfifo")
            .arg(t.path("fifo.toml"))
            .status()
            .unwrap()
            .success()
    );
    // A folder means its plan.toml (`init_into_a_folder_writes_its_plan_toml`):
    // one that is a folder itself is not written over.
    fs::create_dir_all(t.path("folder.toml/plan.toml")).unwrap();
    std::os::unix::fs::symlink("nowhere/plan.toml", t.path("dangling.toml")).unwrap();
    for (name, expected) in [
        ("fifo.toml", "fifo.toml is not a regular file"),
        ("folder.toml", "folder.toml/plan.toml is not a regular file"),
        (
            "dangling.toml",
            "dangling.toml is a symbolic link to a file that does not exist",
        ),
    ] {
        let out = Test::new()
            .args(&["--plan", t.path(name).to_str().unwrap(), "init", "--force"])
            .run();
        assert_eq!(out.code, 2, "{name}: {}", out.stderr);
        assert!(out.stderr.contains(expected), "{name}: {}", out.stderr);
    }
    assert!(fs::symlink_metadata(t.path("fifo.toml")).unwrap().file_type().is_fifo());
    assert!(!t.path("nowhere").exists());
}

/// The nearest `plan.toml` is the plan, whatever it is: a FIFO there is an
/// error, not a reason to edit the plan in the folder above.
#[test]
fn a_fifo_named_plan_toml_is_not_skipped_for_the_plan_above() {
    let t = Test::new().plan(PLAN).current_dir("sub");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(t.path("sub/plan.toml"))
            .status()
            .unwrap()
            .success()
    );
    let out = t.args(ADD).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("not a regular file"), "{}", out.stderr);
}

/// A lock file another user's killed edit left does not keep anyone out:
/// it is opened for reading, and removed by the next edit.
#[test]
fn a_lock_file_left_behind_neither_blocks_nor_stays() {
    let t = Test::new().plan(PLAN).file(".plan.toml.lock", b"").args(ADD);
    fs::set_permissions(t.path(".plan.toml.lock"), fs::Permissions::from_mode(0o444)).unwrap();
    let out = t.run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!t.path(".plan.toml.lock").exists());
}

/// Something planted where the lock file goes (a FIFO) is refused at once:
/// no edit waits forever on it.
#[test]
fn a_fifo_planted_as_the_lock_file_is_refused_at_once() {
    let t = Test::new().plan(PLAN);
    assert!(
        std::process::Command::new("mkfifo")
            .arg(t.path(".plan.toml.lock"))
            .status()
            .unwrap()
            .success()
    );
    let out = std::process::Command::new("timeout")
        .args(["20", common::ICC, "--today", "2021-01-01"])
        .args(ADD)
        .current_dir(t.path(""))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".plan.toml.lock is not a regular file"));
    assert_eq!(fs::read_to_string(t.path("plan.toml")).unwrap(), PLAN);
}

/// An append-only or immutable plan (chattr) cannot be replaced: refused
/// as read-only, the file as it was.
#[test]
fn an_append_only_plan_is_refused_as_read_only() {
    let t = Test::new().plan(PLAN).args(ADD);
    let path = t.path("plan.toml");
    let set = |flag: &str| {
        std::process::Command::new("chattr")
            .arg(flag)
            .arg(&path)
            .status()
            .is_ok_and(|s| s.success())
    };
    if !set("+a") {
        eprintln!("skipped: chattr +a needs root on a file system that has it");
        return;
    }
    let out = t.run();
    set("-a");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("plan.toml is read-only"), "{}", out.stderr);
    assert_eq!(fs::read_to_string(&path).unwrap(), PLAN);
}

/// Runs icc with `args` in `cwd` as a user who is not root: whoever runs
/// the tests, or, when that is root (whom a folder's mode does not stop),
/// `nobody` through `setpriv`. `None` where root cannot become anyone else.
fn run_as_a_user(cwd: &std::path::Path, args: &[&str]) -> Option<(i32, String)> {
    let mut command = if root() {
        let mut command = std::process::Command::new("setpriv");
        command.args(["--reuid=65534", "--regid=65534", "--clear-groups", common::ICC]);
        command
    } else {
        std::process::Command::new(common::ICC)
    };
    let out = command
        .args(["--today", "2021-01-01"])
        .args(args)
        .current_dir(cwd)
        .env_remove("ICC_PLAN")
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    // setpriv could not switch (no such tool, or no right to): not icc's answer.
    if root() && stderr.starts_with("setpriv") {
        return None;
    }
    Some((out.status.code().unwrap_or(-1), stderr))
}

/// A folder icc may not write in (mode 555, as a user other than its
/// owner) is named as what stops the edit, not taken for a lock file that
/// belongs to someone else: with no lock file there, and with one (then the
/// temporary file cannot be made). A document (`-o`) likewise. Exit 2, the
/// folder as it was. Run as root, the tests run icc as `nobody`; the part
/// is skipped, and says so, where root cannot become another user.
#[test]
fn a_folder_that_cannot_be_written_is_named() {
    let t = Test::new().file("sub/plan.toml", PLAN.as_bytes());
    let mode = |path: &str, mode: u32| fs::set_permissions(t.path(path), fs::Permissions::from_mode(mode)).unwrap();
    let listing = || {
        let mut names: Vec<String> = fs::read_dir(t.path("sub"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    mode("", 0o755);
    // Writable by whoever runs icc, so that only the folder stops it.
    mode("sub/plan.toml", 0o666);
    let svg = [
        "--plan",
        "sub/plan.toml",
        "timeline",
        "--format",
        "svg",
        "-o",
        "sub/t.svg",
    ];
    let edit: Vec<&str> = ["--plan", "sub/plan.toml"].iter().chain(ADD).copied().collect();
    let cases: [(&str, &[&str], &str); 3] = [
        ("", &edit, "folder sub"),
        ("", &svg, "folder sub"),
        ("sub", ADD, "the current folder"),
    ];
    for lock_file in [false, true] {
        if lock_file {
            mode("sub", 0o755);
            fs::write(t.path("sub/.plan.toml.lock"), "").unwrap();
            mode("sub/.plan.toml.lock", 0o644);
        }
        mode("sub", 0o555);
        let before = listing();
        for (cwd, args, folder) in cases {
            let Some((code, stderr)) = run_as_a_user(&t.path(cwd), args) else {
                mode("sub", 0o755);
                eprintln!("skipped: a folder's mode stops no root, and setpriv could not run icc as nobody");
                return;
            };
            assert_eq!(code, 2, "{args:?}: {stderr}");
            assert_eq!(
                stderr,
                format!("error: cannot write in {folder}: permission denied\n"),
                "{args:?}"
            );
            assert_eq!(listing(), before, "{args:?}");
            assert_eq!(fs::read_to_string(t.path("sub/plan.toml")).unwrap(), PLAN);
        }
        // A dry run writes nothing, so needs no writable folder.
        let dry: Vec<&str> = edit.iter().chain(&["--dry-run"]).copied().collect();
        let (code, stderr) = run_as_a_user(&t.path(""), &dry).unwrap();
        assert_eq!(code, 0, "{stderr}");
    }
    mode("sub", 0o755);
}

/// `-o` is shown as it was given, and never names a file icc's edits use:
/// a plan's lock file (another edit of the plan would then run at once) or
/// a temporary file. Exit 2, nothing written.
#[test]
fn output_is_named_as_given_and_not_a_file_of_icc() {
    let t = Test::new()
        .plan(PLAN)
        .file("dir/.keep", b"")
        .file(".plan.toml.lock", b"left");
    let here = t.path("").to_str().unwrap().trim_end_matches('/').to_owned();
    let absolute_plan = format!("{here}/plan.toml");
    let absolute_dir = format!("{here}/dir/");
    let cases = [
        (absolute_plan.as_str(), "that is the plan being read; name another file"),
        (
            absolute_dir.as_str(),
            "a folder, not a file; name the file to write (or `-` for standard output)",
        ),
        (
            ".plan.toml.lock",
            "that is the lock file of plan.toml, which icc's edits of it take; name another file",
        ),
        (
            "dir/.other.toml.lock",
            "that is the lock file of other.toml, which icc's edits of it take; name another file",
        ),
        (
            ".plan.toml.icc-a1B2c3.tmp",
            "that is a temporary file of icc's edits of plan.toml, which the next edit removes; name another file",
        ),
    ];
    let mut t = t;
    for (given, why) in cases {
        t = t.reset_args().args(&["timeline", "--format", "svg", "-o", given]);
        let out = t.run();
        assert_eq!(out.code, 2, "{given}: {}", out.stderr);
        assert_eq!(out.stderr, format!("error: -o {given}: {why}\n"));
        assert_eq!(fs::read(t.path(".plan.toml.lock")).unwrap(), b"left");
        assert!(!t.path("dir/.other.toml.lock").exists());
        assert!(!t.path(".plan.toml.icc-a1B2c3.tmp").exists());
        assert_eq!(fs::read_to_string(t.path("plan.toml")).unwrap(), PLAN);
    }
}
