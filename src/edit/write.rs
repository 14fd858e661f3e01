//! Writing a plan without ever leaving it half-written or losing a
//! concurrent edit: edits are serialised by a lock on a separate lock file
//! (the plan itself is replaced by a rename, which would drop a lock held on
//! it); the new text goes to a temporary file in the same folder, is synced,
//! and is renamed over the plan, keeping its permissions. A plan reached
//! through a symbolic link is written at the link's target.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// An exclusive lock on a plan's lock file, released when dropped.
///
/// On Unix the lock file is removed when the lock is released, so none is
/// left beside the plan. That is safe because a process that opened the file
/// before its removal finds, once it has the lock, that the path no longer
/// names the file it locked, and starts again.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
}

impl Drop for Lock {
    fn drop(&mut self) {
        #[cfg(unix)]
        {
            // Removed while still locked: nobody can lock it by its path afterwards.
            if same_file(&self.file, &self.path) {
                let _ = fs::remove_file(&self.path);
            }
        }
        let _ = self.file.unlock();
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// The file a path finally names, following symbolic links.
pub fn target(path: &Path) -> io::Result<PathBuf> {
    fs::canonicalize(path)
}

/// The lock file for a plan: `.plan.toml.lock` beside it.
pub fn lock_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.lock"))
}

/// Waits for, then takes, the lock on a plan.
pub fn lock(target: &Path) -> io::Result<Lock> {
    let path = lock_path(target);
    loop {
        let file = File::options().create(true).truncate(false).write(true).open(&path)?;
        file.lock()?;
        #[cfg(unix)]
        if !same_file(&file, &path) {
            // The holder before us removed it: lock the file that is there now.
            continue;
        }
        return Ok(Lock { file, path });
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0} changed on disk while icc was editing it; nothing was written; run the command again")]
    Changed(String),
    #[error("cannot write {0}: {1}")]
    Io(String, io::Error),
}

/// Replaces `target` with `bytes`, if it still holds `expected` (what the
/// edit was computed from). Hold the plan's [`Lock`] while calling this.
pub fn replace(target: &Path, bytes: &[u8], expected: &[u8], name: &str) -> Result<(), WriteError> {
    let io = |err: io::Error| WriteError::Io(name.to_owned(), err);
    let dir = target.parent().unwrap_or(Path::new("."));
    let prefix = format!(
        ".{}.",
        target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    );
    // Dropped, the temporary file deletes itself: nothing is left behind on failure.
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io)?;
    temp.write_all(bytes).map_err(io)?;
    temp.flush().map_err(io)?;
    let permissions = fs::metadata(target).map_err(io)?.permissions();
    temp.as_file().set_permissions(permissions).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    // An editor may have saved the file since it was read; its change wins.
    if fs::read(target).map_err(io)? != expected {
        return Err(WriteError::Changed(name.to_owned()));
    }
    temp.persist(target).map_err(|err| io(err.error))?;
    // Make the rename itself durable.
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    Ok(())
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
        fs::write(&path, "edited by someone else\n").unwrap();
        let result = replace(&path, b"icc's version\n", b"what icc read\n", "plan.toml");
        assert!(matches!(result, Err(WriteError::Changed(_))), "{result:?}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "edited by someone else\n");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left behind"
        );
        assert!(replace(&path, b"icc's version\n", b"edited by someone else\n", "plan.toml").is_ok());
        assert_eq!(fs::read_to_string(&path).unwrap(), "icc's version\n");
    }
}
