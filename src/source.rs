//! Where a plan's text comes from, and how a byte offset in it becomes the
//! line and column a person reads.

use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::finding::{Code, Finding};

/// The file name `icc` looks for when no plan is named.
pub const PLAN_FILE: &str = "plan.toml";

/// The most bytes icc reads of a plan: 64 MiB, twice the largest plan it is
/// measured on (`docs/performance.md`) and far beyond any real programme.
pub const MAX_PLAN_BYTES: u64 = 64 << 20;

/// Why the bytes of a plan could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// A folder, a FIFO, a device: reading it could block or never end.
    #[error("it is not a regular file")]
    NotAFile,
    #[error("it is larger than {} MiB, the most icc reads", MAX_PLAN_BYTES >> 20)]
    TooBig,
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// Opens a plan for reading without blocking (a FIFO would wait for a
/// writer) and checks that it is a regular file.
pub fn open_regular(path: &Path) -> Result<std::fs::File, ReadError> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::File::options()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)?;
    if !file.metadata()?.is_file() {
        return Err(ReadError::NotAFile);
    }
    Ok(file)
}

/// All the bytes of `reader`, at most [`MAX_PLAN_BYTES`].
pub fn read_limited(reader: impl std::io::Read) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader.take(MAX_PLAN_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        return Err(ReadError::TooBig);
    }
    Ok(bytes)
}

/// A plan's text and the name it is shown under.
#[derive(Clone, Debug)]
pub struct Source {
    /// As shown in findings: the path as given, or `<stdin>`.
    pub name: String,
    /// The text, without a leading byte order mark.
    pub text: String,
    /// Whether the file started with a UTF-8 byte order mark.
    pub bom: bool,
    line_starts: Vec<usize>,
}

/// A 1-based line and column; the column counts characters, as editors do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl Source {
    /// Takes the bytes of a plan. Bytes that are not UTF-8 are kept as
    /// replacement characters so the rest can still be shown, and reported.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> (Source, Option<Finding>) {
        let (bom, bytes) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => (true, rest),
            None => (false, bytes),
        };
        let (text, finding) = match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), None),
            Err(err) => {
                let at = err.valid_up_to();
                let len = err.error_len().unwrap_or(bytes.len() - at).max(1);
                let finding = Finding::new(Code::InvalidUtf8)
                    .at(at..at + "\u{FFFD}".len())
                    .arg("byte", at + usize::from(bom) * 3)
                    .arg("bytes", len);
                (String::from_utf8_lossy(bytes).into_owned(), Some(finding))
            }
        };
        (Source::new(name, text, bom), finding)
    }

    pub fn new(name: impl Into<String>, text: String, bom: bool) -> Source {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source {
            name: name.into(),
            text,
            bom,
            line_starts,
        }
    }

    /// The line and column of a byte offset, found by binary search over the
    /// line starts so that many findings cost no re-scan of the text.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        LineCol {
            line: line + 1,
            column: self.text[start..offset].chars().count() + 1,
        }
    }

    /// The byte range of the line (without its line ending) holding `offset`.
    pub fn line_range(&self, offset: usize) -> Range<usize> {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let start = self.line_starts[line];
        let end = self.line_starts.get(line + 1).map_or(self.text.len(), |&next| next - 1);
        let end = if self.text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        start..end.max(start)
    }

    /// The nearest character boundary at or before `offset`.
    pub fn floor_char_boundary(&self, mut offset: usize) -> usize {
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// Finds the plan as cargo finds `Cargo.toml`: `plan.toml` in `dir` or the
/// nearest folder above it. Whatever is named `plan.toml` there counts (a
/// FIFO, a folder, a broken link): reading it then says what is wrong,
/// rather than a plan further up being used in its place.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(PLAN_FILE))
        .find(|p| std::fs::symlink_metadata(p).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let source = Source::new("p", "a = 1\nnume = \"Pregătire\" x\r\nz".into(), false);
        assert_eq!(source.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(source.line_col(6), LineCol { line: 2, column: 1 });
        let x = source.text.find(" x").unwrap() + 1;
        assert_eq!(source.line_col(x), LineCol { line: 2, column: 20 });
        assert_eq!(source.line_col(source.text.len()), LineCol { line: 3, column: 2 });
        assert_eq!(&source.text[source.line_range(8)], "nume = \"Pregătire\" x");
    }

    #[test]
    fn bom_is_dropped_and_invalid_utf8_reported() {
        let (source, finding) = Source::from_bytes("p", b"\xEF\xBB\xBFa = 1");
        assert!(source.bom && finding.is_none());
        assert_eq!(source.text, "a = 1");
        let (source, finding) = Source::from_bytes("p", b"a = \"\xFF\"\n");
        let finding = finding.unwrap();
        assert_eq!(finding.code, Code::InvalidUtf8);
        assert_eq!(
            source.line_col(finding.span.unwrap().start),
            LineCol { line: 1, column: 6 }
        );
    }
}
