//! `-o FILE` (`--output FILE`) for the commands that write a document
//! (`timeline`, `export`, `schema`, `completions`, `man`): the document goes to a file instead of standard
//! output, written as `icc init` writes a plan ([`crate::edit::create`]): a
//! temporary file in the same folder, synced, then renamed over the name,
//! so that no reader ever sees half a document, and a write that fails
//! leaves whatever was there. `-` is standard output. On success nothing
//! is said, as cargo and ripgrep say nothing of what went where it was sent.

use std::path::{Path, PathBuf};

use super::{Context, Error, Say};
use crate::lang::{Catalog, args};

#[derive(Debug, clap::Args)]
pub struct OutputArgs {
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Where a document goes, checked before it is made.
#[derive(Debug)]
pub enum Destination {
    Stdout,
    File {
        path: PathBuf,
        /// As messages show it.
        name: String,
        /// The terminal's language, which an error writing it is said in.
        language: String,
    },
}

impl OutputArgs {
    /// Where `-o` sends the document. A folder is refused (there is no
    /// name to write), and so are the plan being read (the document would
    /// replace it) and the files icc's edits use (a plan's lock file, a
    /// temporary file); all are usage errors, exit 2, before anything is
    /// read or written. Messages show the name as it was given.
    pub fn destination(&self, cx: &Context<'_>) -> Result<Destination, Error> {
        let Some(given) = self.output.as_deref().filter(|path| *path != Path::new("-")) else {
            return Ok(Destination::Stdout);
        };
        let path = cx.cwd.join(given);
        let name = crate::text::printable(&given.to_string_lossy()).into_owned();
        let refused = |id: &str, args| Error::Usage(Say::new(&cx.lang).whole("file", &name).say(id, args));
        // `out/` names a folder whether or not there is one.
        let slash = given.as_os_str().as_encoded_bytes().ends_with(b"/");
        if slash || path.is_dir() {
            return Err(refused("output-folder", args!()));
        }
        let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if let Some(file) = crate::edit::icc_file(&path) {
            return Err(Error::Usage(
                Say::new(&cx.lang)
                    .whole("file", &name)
                    .whole("of", file.of())
                    .say("output-icc-file", args!(icc_file = file.as_str())),
            ));
        }
        if let Ok(Some(plan)) = cx.plan_file()
            && same(&plan.path, &path)
        {
            return Err(refused("output-plan", args!()));
        }
        Ok(Destination::File {
            path,
            name,
            language: cx.lang.language(),
        })
    }
}

impl Destination {
    /// Whether the document goes to standard output (where `--color` may
    /// style a chart; a file is never styled).
    pub fn is_stdout(&self) -> bool {
        matches!(self, Destination::Stdout)
    }

    /// Sends `document` where it goes, and returns what is left for
    /// standard output: the document, or nothing once it is in its file.
    /// A file that cannot be written is an error (exit 2), and whatever was
    /// at its name is left as it was.
    pub fn deliver(&self, document: String) -> Result<String, Error> {
        match self {
            Destination::Stdout => Ok(document),
            Destination::File { path, name, language } => {
                crate::edit::create(path, document.as_bytes(), name, true)
                    .map_err(|err| Error::Write(super::write_error(&Catalog::for_language(Some(language)), &err)))?;
                Ok(String::new())
            }
        }
    }
}
