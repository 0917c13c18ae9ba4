//! The versioned format in which progress is stored (JSON through serde), and its migrations.
//!
//! ```json
//! {"format":2,"scan":"scan-passend-onderwijs","scan_version":"2026.1","progress":{...}}
//! ```
//! The envelope is read first and the progress only once its format and scan are known, so a
//! newer format is reported as newer even when its progress has another shape. A newer
//! questionnaire version keeps the answers (they are keyed by id). A stored text that cannot be
//! read is an error the caller must keep aside, never a reason to wipe it.
//!
//! Format 1 (until November 2026) stored answers and notes as plain texts; format 2 adds the
//! time each was given, and `setup_at` and `started_at`, so that tabs can merge.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::model::Questionnaire;
use crate::progress::{Progress, Step, Timed};
use crate::scope::Profile;

/// The format version this build writes.
pub const FORMAT_VERSION: u32 = 2;

/// The largest stored text read (bytes). More than a browser lets one site store (about five
/// million UTF-16 units, at most 15 MB as UTF-8), so nothing the widget saved is refused; the
/// limit only bounds the work a foreign or hostile value can cause.
pub const STORED_MAX_BYTES: usize = 16 * 1024 * 1024;

/// Why stored data could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredDataError {
    /// Larger than [`STORED_MAX_BYTES`] (its size in bytes).
    TooLarge(usize),
    /// Not JSON, or JSON of another shape.
    Unreadable(String),
    /// Written by a newer version of the widget.
    NewerFormat(u32),
    /// Progress of another scan.
    OtherScan(String),
}

impl fmt::Display for StoredDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoredDataError::TooLarge(n) => write!(f, "stored data of {n} bytes is too large"),
            StoredDataError::Unreadable(e) => write!(f, "stored data is unreadable: {e}"),
            StoredDataError::NewerFormat(v) => {
                write!(f, "stored data has format {v}, newer than {FORMAT_VERSION}")
            }
            StoredDataError::OtherScan(id) => write!(f, "stored data belongs to scan \"{id}\""),
        }
    }
}

impl std::error::Error for StoredDataError {}

/// The stored document: what storage holds under a widget's key. Read it with serde (the
/// widget does, through [`decode`]), then [`Stored::into_progress`]; write a [`StoredRef`].
#[derive(Debug, Deserialize)]
pub struct Stored {
    pub format: u32,
    /// The id of the scan the progress belongs to.
    pub scan: String,
    /// The questionnaire version it was saved with.
    #[serde(default)]
    pub scan_version: String,
    /// Read only once `format` and `scan` are checked.
    progress: Box<RawValue>,
}

/// The stored document as it is written: the same fields as [`Stored`], borrowed, so the
/// progress is serialized once, in place.
#[derive(Serialize)]
pub struct StoredRef<'a> {
    format: u32,
    scan: &'a str,
    scan_version: &'a str,
    progress: &'a Progress,
}

impl<'a> StoredRef<'a> {
    /// The document for `progress` of scan `q`, in the current format.
    pub fn new(q: &'a Questionnaire, progress: &'a Progress) -> Self {
        StoredRef {
            format: FORMAT_VERSION,
            scan: &q.id,
            scan_version: &q.version,
            progress,
        }
    }
}

impl Stored {
    /// The progress, for scan `q`, migrated from older formats.
    pub fn into_progress(self, q: &Questionnaire) -> Result<Progress, StoredDataError> {
        let unreadable = |e: serde_json::Error| StoredDataError::Unreadable(e.to_string());
        match self.format {
            0 => Err(StoredDataError::Unreadable(
                "format 0 does not exist".into(),
            )),
            f if f > FORMAT_VERSION => Err(StoredDataError::NewerFormat(f)),
            _ if self.scan != q.id => Err(StoredDataError::OtherScan(self.scan)),
            1 => serde_json::from_str::<ProgressV1>(self.progress.get())
                .map(Progress::from)
                .map_err(unreadable),
            _ => serde_json::from_str(self.progress.get()).map_err(unreadable),
        }
    }
}

/// Progress as format 1 stored it: answers and notes without times.
#[derive(Deserialize)]
#[serde(default)]
#[derive(Default)]
struct ProgressV1 {
    answers: BTreeMap<String, String>,
    notes: BTreeMap<String, String>,
    step: Step,
    modules: BTreeSet<String>,
    profile: Profile,
}

impl From<ProgressV1> for Progress {
    fn from(v1: ProgressV1) -> Self {
        let untimed = |map: BTreeMap<String, String>| {
            map.into_iter()
                .map(|(k, v)| (k, Timed::new(v, 0)))
                .collect()
        };
        Progress {
            answers: untimed(v1.answers),
            notes: untimed(v1.notes),
            step: v1.step,
            modules: v1.modules,
            profile: v1.profile,
            ..Progress::default()
        }
    }
}

/// Serializes progress for storage, in the current format.
pub fn encode(q: &Questionnaire, progress: &Progress) -> String {
    serde_json::to_string(&StoredRef::new(q, progress)).expect("the stored document is plain JSON")
}

/// Reads stored progress for scan `q`, migrating older formats; a text larger than
/// [`STORED_MAX_BYTES`] is refused before it is parsed.
pub fn decode(q: &Questionnaire, text: &str) -> Result<Progress, StoredDataError> {
    if text.len() > STORED_MAX_BYTES {
        return Err(StoredDataError::TooLarge(text.len()));
    }
    serde_json::from_str::<Stored>(text)
        .map_err(|e| StoredDataError::Unreadable(e.to_string()))?
        .into_progress(q)
}
