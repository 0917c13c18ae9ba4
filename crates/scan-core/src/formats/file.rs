//! Reading a versioned file of this widget (an exchange file, a plan): its size first, then its
//! `kind`, `format` and `scan`, so that a newer or foreign file is named as such whatever the
//! rest looks like, and only then the whole.

use std::fmt;

use serde::Deserialize;

use crate::model::Questionnaire;

/// Why a file (or a link) cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Larger than the reader takes (its size in bytes).
    TooLarge(usize),
    /// Not JSON, or not of this shape.
    Damaged(String),
    /// The browser could not read it: moved, changed or removed since it was chosen, or on a
    /// drive that did not answer.
    Unreadable,
    /// JSON, but not the kind of file asked for: `found` is the kind it says it is (another of
    /// this widget's files, such as a plan where answers were asked), `None` when it says none.
    WrongKind { found: Option<String> },
    /// A file of another scan (its id).
    OtherScan(String),
    /// Written by a newer version of the widget (its format).
    NewerFormat(u32),
    /// A link made for another version of the questionnaire (its version).
    OtherVersion(String),
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileError::TooLarge(n) => write!(f, "file of {n} bytes is too large"),
            FileError::Damaged(e) => write!(f, "file is damaged: {e}"),
            FileError::Unreadable => write!(f, "file could not be read"),
            FileError::WrongKind { found: Some(kind) } => {
                write!(f, "file is a \"{kind}\", not the kind asked for")
            }
            FileError::WrongKind { found: None } => write!(f, "file is not one of this widget's"),
            FileError::OtherScan(id) => write!(f, "file belongs to scan \"{id}\""),
            FileError::NewerFormat(v) => write!(f, "file has format {v}, newer than this build's"),
            FileError::OtherVersion(v) => write!(f, "link of questionnaire version \"{v}\""),
        }
    }
}

impl std::error::Error for FileError {}

/// What a versioned file is: the `kind` it says, the newest `format` this build reads and the
/// largest size it takes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FileKind {
    pub kind: &'static str,
    pub format: u32,
    pub max_bytes: usize,
}

impl FileKind {
    /// Reads a file of this kind for scan `q`: size, then kind, format and scan, then the whole.
    pub(crate) fn read<T: serde::de::DeserializeOwned>(
        self,
        q: &Questionnaire,
        bytes: &[u8],
    ) -> Result<T, FileError> {
        if bytes.len() > self.max_bytes {
            return Err(FileError::TooLarge(bytes.len()));
        }
        #[derive(Deserialize)]
        struct Head {
            kind: Option<String>,
            format: Option<u32>,
            scan: Option<String>,
        }
        let damaged = |e: serde_json::Error| FileError::Damaged(e.to_string());
        // Read as text, as the stored progress is: one JSON reader in the WebAssembly instead
        // of a second one for bytes (about 5 KB of the respondent's download).
        let text =
            std::str::from_utf8(bytes).map_err(|_| FileError::Damaged("not UTF-8 text".into()))?;
        let head: Head = serde_json::from_str(text).map_err(damaged)?;
        if head.kind.as_deref() != Some(self.kind) {
            return Err(FileError::WrongKind { found: head.kind });
        }
        if let Some(f) = head.format.filter(|&f| f > self.format) {
            return Err(FileError::NewerFormat(f));
        }
        if let Some(s) = head.scan.filter(|s| *s != q.id) {
            return Err(FileError::OtherScan(s));
        }
        serde_json::from_str(text).map_err(damaged)
    }
}
