//! Writing a plan without leaving it half-written, losing a change someone
//! saved meanwhile, or losing what the file was besides its text.
//!
//! Edits are serialised by a lock on a separate lock file (the plan itself
//! is replaced by a rename, which would drop a lock held on it), opened
//! without following a link planted in its place. The new text goes to a
//! temporary file in the same folder, which gets the plan's mode, owner,
//! group and extended attributes (ACLs included), is synced, and is renamed
//! over the plan — unless the plan changed since it was read (its content,
//! size, modification time or inode), in which case nothing is written. A
//! plan reached through a symbolic link is written at the link's target.
//! A temporary file left by an edit that was killed is removed by the next.

use std::fs::{self, File};
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::source::{self, ReadError};

/// An exclusive lock on a plan's lock file, released when dropped.
///
/// The lock file is removed when the lock is released, so none is left
/// beside the plan. That is safe because a process that opened the file
/// before its removal finds, once it has the lock, that the path no longer
/// names the file it locked, and starts again.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked: nobody can lock it by its path afterwards.
        if same_file(&self.file, &self.path) {
            let _ = fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

/// Whether `path` names `file` itself (not a link to it).
fn same_file(file: &File, path: &Path) -> bool {
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// The file a path finally names, following symbolic links.
pub fn target(path: &Path) -> io::Result<PathBuf> {
    fs::canonicalize(path)
}

/// `.NAME.SUFFIX` beside the plan `target`.
fn beside(target: &Path, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.{suffix}"))
}

/// Why a lock could not be taken.
#[derive(Debug)]
pub enum LockError {
    /// No lock file is there, and none can be made: the folder cannot be
    /// written in (its mode, a read-only file system).
    Folder(io::Error),
    /// The lock file (its name here) is a symbolic link, which icc does
    /// not follow.
    Link(String),
    /// The lock file belongs to another user and cannot be read.
    Foreign(String),
    /// The lock file is not a regular file.
    NotAFile(String),
    Other(io::Error),
}

impl From<io::Error> for LockError {
    fn from(err: io::Error) -> LockError {
        LockError::Other(err)
    }
}

/// The folder a file is written in, as messages name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Folder {
    /// The working folder.
    Current,
    /// Another, by its path (as shown, or the target's of a link).
    Named(String),
}

/// How messages name the folder a file at `path`, shown as `name`, is
/// written in (its lock file, its temporary file): the folder of the name
/// as shown (`sub`, the current folder), or, where `path` is a link into
/// another folder, that folder (`target`'s).
pub fn folder_name(name: &str, path: &Path, target: &Path) -> Folder {
    let folder = target.parent().unwrap_or(Path::new("/"));
    let linked = path
        .parent()
        .and_then(|parent| {
            fs::canonicalize(if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            })
            .ok()
        })
        .is_none_or(|parent| parent != folder);
    match Path::new(name).parent() {
        _ if linked => Folder::Named(crate::text::printable(&folder.display().to_string()).into_owned()),
        Some(shown) if !shown.as_os_str().is_empty() => Folder::Named(shown.display().to_string()),
        _ => Folder::Current,
    }
}

/// Waits for, then takes, the lock on a plan: `.plan.toml.lock` beside it,
/// never through a symbolic link (a link planted there is an error), and
/// only a regular file. It is made readable by all, and opened for reading
/// when it may not be written, so that one left by another user's killed
/// edit neither blocks nor is skipped: everyone who may edit the plan waits
/// on it.
pub fn lock(target: &Path) -> Result<Lock, LockError> {
    use rustix::fs::{Mode, OFlags};
    let path = beside(target, "lock");
    loop {
        // Not blocking on a FIFO planted there; a FIFO or a device is refused
        // below. Opened for writing where that is allowed (file systems that
        // lock with fcntl, NFS, need it), else for reading: a lock file
        // another user left is still one to wait on.
        let flags = OFlags::CREATE | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NONBLOCK;
        let shown = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mode = Mode::from_raw_mode(0o644);
        let opened = match rustix::fs::open(&path, flags | OFlags::RDWR, mode) {
            Err(rustix::io::Errno::ACCESS) => rustix::fs::open(&path, flags | OFlags::RDONLY, mode),
            opened => opened,
        };
        let fd = opened.map_err(|err| {
            use rustix::io::Errno;
            // Not there, and not to be made: the folder is not writable.
            let absent = fs::symlink_metadata(&path).is_err_and(|err| err.kind() == io::ErrorKind::NotFound);
            match err {
                Errno::ACCESS | Errno::PERM | Errno::ROFS if absent => LockError::Folder(err.into()),
                Errno::LOOP => LockError::Link(shown.clone()),
                Errno::ACCESS => LockError::Foreign(shown.clone()),
                err => LockError::Other(err.into()),
            }
        })?;
        let file = File::from(fd);
        let meta = file.metadata()?;
        if !meta.is_file() {
            return Err(LockError::NotAFile(shown));
        }
        // Readable by all whatever the umask, so that a lock file left by a
        // killed edit keeps no other user out.
        if meta.permissions().mode() & 0o444 != 0o444 {
            // Someone else's we could open is readable enough already.
            let _ = rustix::fs::fchmod(&file, Mode::from_raw_mode(0o644));
        }
        file.lock()?;
        if !same_file(&file, &path) {
            // The holder before us removed it: lock the file that is there now.
            continue;
        }
        return Ok(Lock { file, path });
    }
}

/// What a file was when it was read: enough to see that it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Identity {
    dev: u64,
    ino: u64,
    len: u64,
    /// Changed by every write (not by a rename, which changes the ctime).
    mtime: (i64, i64),
}

impl Identity {
    fn of(meta: &fs::Metadata) -> Identity {
        Identity {
            dev: meta.dev(),
            ino: meta.ino(),
            len: meta.len(),
            mtime: (meta.mtime(), meta.mtime_nsec()),
        }
    }
}

/// A plan as read for an edit: its bytes, and the open file they came
/// from, kept open to see whether it changes until the edit is written.
#[derive(Debug)]
pub struct Original {
    pub bytes: Vec<u8>,
    file: File,
    identity: Identity,
    meta: fs::Metadata,
}

/// Reads the plan at `target` for an edit (hold its [`Lock`]).
pub fn read(target: &Path) -> Result<Original, ReadError> {
    let mut file = source::open_regular(target)?;
    let meta = file.metadata()?;
    let bytes = source::read_limited(&mut file)?;
    Ok(Original {
        bytes,
        identity: Identity::of(&meta),
        meta,
        file,
    })
}

/// Why a file could not be written as an edit or `icc init` requires;
/// worded by the command line (`cli::write_error`).
#[derive(Debug)]
pub enum WriteError {
    /// The file changed on disk while icc was editing it.
    Changed(String),
    /// Read-only (by its mode, or by chattr's immutable or append-only flag).
    ReadOnly(String),
    /// An edit's plan has other names (hard links); `--break-links` allows it.
    HardLinks {
        name: String,
        links: u64,
    },
    /// The owner (`what`: `owner`), or only the group (`group`), of the
    /// file could not be kept.
    Owner {
        what: &'static str,
        name: String,
        uid: u32,
        gid: u32,
        err: io::Error,
    },
    /// A file `icc init` would replace has other names (hard links).
    Linked {
        name: String,
        links: u64,
    },
    Attribute {
        name: String,
        attribute: String,
        err: io::Error,
    },
    /// A file that is there, and is not to be overwritten (`--force`).
    Exists(String),
    /// A symbolic link to a file that does not exist.
    DanglingLink(String),
    /// A name icc's own edits use: a plan's lock file, a temporary file.
    IccFile {
        name: String,
        file: IccFile,
    },
    NotAFile(String),
    /// Another program saved the file (named twice) while icc wrote it:
    /// the save went to the file icc replaced.
    SavedMeanwhile(String),
    /// The folder cannot be written in: neither a lock file nor a
    /// temporary file can be made there.
    Folder {
        folder: Folder,
        err: io::Error,
    },
    /// The lock beside a file `icc init` writes could not be taken.
    Lock {
        name: String,
        err: LockError,
    },
    Io(String, io::Error),
}

/// Whether an edit of `original` may be written at all: not to a read-only
/// plan, nor to one with other names, unless `break_links`.
pub fn check_writable(original: &Original, target: &Path, name: &str, break_links: bool) -> Result<(), WriteError> {
    // Read-only for everyone (root may write anything), or for whoever runs icc.
    let writable = rustix::fs::access(target, rustix::fs::Access::WRITE_OK).is_ok();
    if original.meta.permissions().readonly() || !writable {
        return Err(WriteError::ReadOnly(name.to_owned()));
    }
    if original.meta.nlink() > 1 && !break_links {
        return Err(WriteError::HardLinks {
            name: name.to_owned(),
            links: original.meta.nlink(),
        });
    }
    Ok(())
}

/// A file icc's edits use, with the name of the file it is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IccFile {
    /// The lock file of a plan.
    Lock(String),
    /// A temporary file of an edit of a plan.
    Temporary(String),
}

impl IccFile {
    /// Which it is, as messages select it: `lock`, `temporary`.
    pub fn as_str(&self) -> &'static str {
        match self {
            IccFile::Lock(_) => "lock",
            IccFile::Temporary(_) => "temporary",
        }
    }

    /// The name of the file it is for, safe for a terminal.
    pub fn of(&self) -> &str {
        match self {
            IccFile::Lock(of) | IccFile::Temporary(of) => of,
        }
    }
}

/// What a file at `path` is to icc, if its edits use it: the lock file of
/// a plan (`.plan.toml.lock` beside `plan.toml`, or beside any file it is
/// named after) or a temporary file (`.plan.toml.icc-a1B2c3.tmp`). Nothing
/// else is to be written there: a document written over a lock file would
/// let two edits of its plan run at once.
pub fn icc_file(path: &Path) -> Option<IccFile> {
    let name = path.file_name()?.to_str()?;
    let hidden = name.strip_prefix('.')?;
    if let Some(locked) = hidden.strip_suffix(".lock")
        && !locked.is_empty()
        && (locked.ends_with(".toml") || path.with_file_name(locked).exists())
    {
        return Some(IccFile::Lock(crate::text::printable(locked).into_owned()));
    }
    let (of, random) = hidden.strip_suffix(".tmp")?.rsplit_once(".icc-")?;
    (!of.is_empty() && random.len() == TEMPORARY_RANDOM && random.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then(|| IccFile::Temporary(crate::text::printable(of).into_owned()))
}

/// Removes the temporary files an edit of `target` left when it was killed.
/// Hold the plan's [`Lock`]: no other edit of it is under way.
pub fn remove_stale_temporaries(target: &Path) {
    let Some(dir) = target.parent() else { return };
    let prefix = temporary_prefix(target);
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // Exactly `.plan.toml.icc-XXXXXX.tmp`: not the temporary file of a
        // plan named `plan.toml.2`, whose own lock guards it.
        let ours = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .is_some_and(|random| {
                random.len() == TEMPORARY_RANDOM && random.bytes().all(|b| b.is_ascii_alphanumeric())
            });
        if ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The random characters of a temporary file's name.
const TEMPORARY_RANDOM: usize = 6;

/// How the temporary files of a plan's edits are named: `.plan.toml.icc-`
/// then [`TEMPORARY_RANDOM`] letters and digits, then `.tmp`.
fn temporary_prefix(target: &Path) -> String {
    beside(target, "icc-")
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Replaces `target` with `bytes`, if it is still what was read in
/// `original`. Hold the plan's [`Lock`] while calling this.
///
/// The new file is swapped in with one atomic exchange of names
/// (`renameat2(RENAME_EXCHANGE)`), after which the old name holds whatever
/// was the plan at that instant. If that is not the file that was read, as
/// it was — an editor saved by renaming a new file in, or wrote into the
/// old one, between the last check and the exchange — it is swapped back:
/// their save stays, icc's edit is not made. Where the file system cannot
/// exchange, the new file is renamed in and a save into the replaced file
/// is reported, not hidden.
pub fn replace(
    target: &Path,
    original: &Original,
    bytes: &[u8],
    name: &str,
    folder: &Folder,
) -> Result<(), WriteError> {
    let io = |err: io::Error| WriteError::Io(name.to_owned(), err);
    let temp = temporary(target, bytes, Some(&original.meta), name, folder)?.into_temp_path();
    // An editor may have saved the file since it was read; its change wins.
    let unchanged = |meta: io::Result<fs::Metadata>| meta.is_ok_and(|meta| Identity::of(&meta) == original.identity);
    if !unchanged(fs::metadata(target)) || fs::read(target).map_or(true, |now| now != original.bytes) {
        return Err(WriteError::Changed(name.to_owned()));
    }
    let exchange = |a: &Path, b: &Path| {
        rustix::fs::renameat_with(
            rustix::fs::CWD,
            a,
            rustix::fs::CWD,
            b,
            rustix::fs::RenameFlags::EXCHANGE,
        )
    };
    match exchange(&temp, target) {
        Ok(()) => {
            // `temp` now names what the plan was at the exchange; dropped,
            // it is deleted.
            let ours = fs::metadata(target).map(|meta| Identity::of(&meta));
            if !unchanged(fs::symlink_metadata(&temp)) {
                // Theirs goes back, unless they have written the new file too.
                if fs::metadata(target).map(|meta| Identity::of(&meta)).ok() == ours.ok() {
                    exchange(&temp, target).map_err(|err| io(err.into()))?;
                }
                return Err(WriteError::Changed(name.to_owned()));
            }
        }
        Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS | rustix::io::Errno::OPNOTSUPP) => {
            temp.persist(target).map_err(|err| io(err.error))?;
            if changed_since_read(original) {
                return Err(WriteError::SavedMeanwhile(name.to_owned()));
            }
        }
        // An append-only or immutable plan cannot be replaced.
        Err(rustix::io::Errno::PERM) => return Err(WriteError::ReadOnly(name.to_owned())),
        Err(err) => return Err(io(err.into())),
    }
    sync_folder(target);
    Ok(())
}

/// Writes `bytes` at `path` atomically, as a new file; with `overwrite`,
/// over the file there too (keeping its mode, owner and attributes; not if
/// it is read-only, not a regular file, or has other names). For
/// `icc init`; takes the plan's lock, as edits do.
pub fn create(path: &Path, bytes: &[u8], name: &str, overwrite: bool) -> Result<(), WriteError> {
    let io = |err: io::Error| WriteError::Io(name.to_owned(), err);
    let target = match fs::canonicalize(path) {
        Ok(target) => target,
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            if fs::symlink_metadata(path).is_ok() {
                // A link to nothing: writing through it would create a file
                // somewhere the user did not name.
                return Err(WriteError::DanglingLink(name.to_owned()));
            }
            path.to_path_buf()
        }
        Err(err) => return Err(io(err)),
    };
    if let Some(file) = icc_file(&target) {
        return Err(WriteError::IccFile {
            name: name.to_owned(),
            file,
        });
    }
    let folder = folder_name(name, path, &target);
    let _lock = lock(&target).map_err(|err| match err {
        LockError::Folder(err) => WriteError::Folder {
            folder: folder.clone(),
            err,
        },
        err => WriteError::Lock {
            name: name.to_owned(),
            err,
        },
    })?;
    let meta = match fs::symlink_metadata(&target) {
        Ok(meta) => Some(meta),
        Err(err) if err.kind() == io::ErrorKind::NotFound => None,
        Err(err) => return Err(io(err)),
    };
    if let Some(meta) = &meta {
        if !overwrite {
            return Err(WriteError::Exists(name.to_owned()));
        }
        if !meta.is_file() {
            return Err(WriteError::NotAFile(name.to_owned()));
        }
        let writable = rustix::fs::access(&target, rustix::fs::Access::WRITE_OK).is_ok();
        if meta.permissions().readonly() || !writable {
            return Err(WriteError::ReadOnly(name.to_owned()));
        }
        if meta.nlink() > 1 {
            return Err(WriteError::Linked {
                name: name.to_owned(),
                links: meta.nlink(),
            });
        }
    }
    let temp = temporary(&target, bytes, meta.as_ref(), name, &folder)?;
    if meta.is_some() {
        temp.persist(&target).map_err(|err| io(err.error))?;
    } else {
        // Never over a file that appeared meanwhile.
        temp.persist_noclobber(&target).map_err(|err| match err.error.kind() {
            io::ErrorKind::AlreadyExists => WriteError::Exists(name.to_owned()),
            _ => io(err.error),
        })?;
    }
    sync_folder(&target);
    Ok(())
}

/// A synced temporary file beside `target` holding `bytes`, with the mode,
/// owner, group and extended attributes of `like`. Dropped before it is
/// renamed, it deletes itself.
fn temporary(
    target: &Path,
    bytes: &[u8],
    like: Option<&fs::Metadata>,
    name: &str,
    folder: &Folder,
) -> Result<tempfile::NamedTempFile, WriteError> {
    let io = |err: io::Error| WriteError::Io(name.to_owned(), err);
    let dir = target.parent().unwrap_or(Path::new("."));
    // Over a plan, the file is its owner's alone until it has the plan's
    // owner and attributes and the text is in it, and only then gets the
    // plan's mode: never more open than the plan while it holds the text.
    // A new plan is made as any file is (0666 less the umask).
    let mode = if like.is_some() { 0o600 } else { 0o666 };
    let mut temp = tempfile::Builder::new()
        .prefix(&temporary_prefix(target))
        .suffix(".tmp")
        .rand_bytes(TEMPORARY_RANDOM)
        .permissions(fs::Permissions::from_mode(mode))
        .tempfile_in(dir)
        .map_err(|err| match err.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => WriteError::Folder {
                folder: folder.clone(),
                err,
            },
            _ => io(err),
        })?;
    if let Some(like) = like {
        keep_owner(temp.as_file(), like, name)?;
        keep_attributes(target, temp.as_file(), name)?;
    }
    temp.write_all(bytes).map_err(io)?;
    temp.flush().map_err(io)?;
    if let Some(like) = like {
        temp.as_file().set_permissions(like.permissions()).map_err(io)?;
    }
    temp.as_file().sync_all().map_err(io)?;
    Ok(temp)
}

/// Gives `file` the owner and group of `like`, where they differ.
fn keep_owner(file: &File, like: &fs::Metadata, name: &str) -> Result<(), WriteError> {
    let mine = file.metadata().map_err(|err| WriteError::Io(name.to_owned(), err))?;
    if (mine.uid(), mine.gid()) == (like.uid(), like.gid()) {
        return Ok(());
    }
    let owner = (mine.uid() != like.uid()).then(|| rustix::fs::Uid::from_raw(like.uid()));
    let group = (mine.gid() != like.gid()).then(|| rustix::fs::Gid::from_raw(like.gid()));
    rustix::fs::fchown(file, owner, group).map_err(|err| WriteError::Owner {
        what: if owner.is_some() { "owner" } else { "group" },
        name: name.to_owned(),
        uid: like.uid(),
        gid: like.gid(),
        err: err.into(),
    })
}

/// Copies the extended attributes of the file at `from` (user attributes
/// and POSIX ACLs, which live in `system.posix_acl_*`) to `to`. Those of
/// other namespaces (`security.*`, `trusted.*`) are the system's: copied
/// where allowed, left to the system where not.
fn keep_attributes(from: &Path, to: &File, name: &str) -> Result<(), WriteError> {
    let Ok(source) = source::open_regular(from) else {
        return Ok(());
    };
    let Ok(names) = list_attributes(&source) else {
        // No extended attributes on this file system: nothing to keep.
        return Ok(());
    };
    for attribute in names {
        let Ok(value) = get_attribute(&source, &attribute) else {
            continue;
        };
        let kept = rustix::fs::fsetxattr(to, attribute.as_str(), &value, rustix::fs::XattrFlags::empty());
        let must = attribute.starts_with("user.") || attribute.starts_with("system.posix_acl_");
        if let Err(err) = kept
            && must
        {
            return Err(WriteError::Attribute {
                name: name.to_owned(),
                attribute,
                err: err.into(),
            });
        }
    }
    Ok(())
}

fn list_attributes(file: &File) -> io::Result<Vec<String>> {
    let mut buffer = vec![0u8; rustix::fs::flistxattr_query(file)?];
    let len = rustix::fs::flistxattr(file, &mut buffer[..])?;
    buffer.truncate(len);
    Ok(buffer
        .split(|&b| b == 0)
        .filter(|n| !n.is_empty())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect())
}

fn get_attribute(file: &File, attribute: &str) -> io::Result<Vec<u8>> {
    let mut value = vec![0u8; rustix::fs::fgetxattr_query(file, attribute)?];
    let len = rustix::fs::fgetxattr(file, attribute, &mut value[..])?;
    value.truncate(len);
    Ok(value)
}

/// Whether the file that was read has changed since (through the handle
/// kept open on it, whatever its name is now).
fn changed_since_read(original: &Original) -> bool {
    original
        .file
        .metadata()
        .map_or(true, |meta| Identity::of(&meta) != original.identity)
}

/// Makes a rename in `target`'s folder durable.
fn sync_folder(target: &Path) {
    if let Some(dir) = target.parent()
        && let Ok(dir) = File::open(dir)
    {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An editor saves the file between icc's read and its write: icc's
    /// change is not written over it, and no temporary file is left.
    #[test]
    fn a_file_changed_on_disk_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "what icc read\n").unwrap();
        let original = read(&path).unwrap();
        fs::write(&path, "edited by someone else\n").unwrap();
        let result = replace(&path, &original, b"icc's version\n", "plan.toml", &Folder::Current);
        assert!(matches!(result, Err(WriteError::Changed(_))), "{result:?}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "edited by someone else\n");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left behind"
        );
        let original = read(&path).unwrap();
        assert!(replace(&path, &original, b"icc's version\n", "plan.toml", &Folder::Current).is_ok());
        assert_eq!(fs::read_to_string(&path).unwrap(), "icc's version\n");
    }

    /// The same bytes written again (same size, a new modification time)
    /// are a change too: an editor saved the file.
    #[test]
    fn a_save_of_the_same_bytes_is_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "same\n").unwrap();
        let original = read(&path).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&path, "same\n").unwrap();
        let result = replace(&path, &original, b"icc's version\n", "plan.toml", &Folder::Current);
        assert!(matches!(result, Err(WriteError::Changed(_))), "{result:?}");
    }

    #[test]
    fn lock_files_and_temporary_files_are_known() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("notes.txt"), "x").unwrap();
        let is = |name: &str| icc_file(&dir.path().join(name));
        assert_eq!(is(".plan.toml.lock"), Some(IccFile::Lock("plan.toml".into())));
        assert!(is(".other.toml.lock").is_some(), "any plan's, there or not");
        assert!(
            is(".notes.txt.lock").is_some(),
            "a lock beside the file it is named after"
        );
        assert_eq!(
            is(".plan.toml.icc-a1B2c3.tmp"),
            Some(IccFile::Temporary("plan.toml".into()))
        );
        for name in [
            "plan.toml",
            ".lock",
            "x.lock",
            ".notes.lock",
            ".plan.toml.icc-a1B2c.tmp",
            ".plan.toml.icc-a1B2c3.tmp2",
            ".icc-a1B2c3.tmp",
        ] {
            assert_eq!(is(name), None, "{name}");
        }
    }

    #[test]
    fn stale_temporary_files_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        for name in [
            "plan.toml",
            ".plan.toml.icc-a1B2c3.tmp",
            ".plan.toml.tmp",
            "notes.tmp",
            ".other.toml.x.tmp",
            // A sibling plan's, guarded by its own lock.
            "plan.toml.2",
            ".plan.toml.2.icc-a1B2c3.tmp",
            ".plan.toml.icc-a1B2c3d.tmp",
        ] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        remove_stale_temporaries(&path);
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                ".other.toml.x.tmp",
                ".plan.toml.2.icc-a1B2c3.tmp",
                ".plan.toml.icc-a1B2c3d.tmp",
                ".plan.toml.tmp",
                "notes.tmp",
                "plan.toml",
                "plan.toml.2"
            ]
        );
    }
}
