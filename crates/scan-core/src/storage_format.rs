//! The versioned format in which progress is stored (JSON), and its migrations.
//!
//! ```json
//! {"format":1,"scan":"scan-passend-onderwijs","scan_version":"2026.1","progress":{...}}
//! ```
//! A newer questionnaire version keeps the answers (they are keyed by id). A stored text that
//! cannot be read is an error the caller must keep aside, never a reason to wipe it.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::Questionnaire;
use crate::progress::Progress;

/// The format version this build writes.
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: u32,
    scan: String,
    scan_version: String,
    progress: Progress,
}

/// Why stored data could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredDataError {
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
            StoredDataError::Unreadable(e) => write!(f, "stored data is unreadable: {e}"),
            StoredDataError::NewerFormat(v) => {
                write!(f, "stored data has format {v}, newer than {FORMAT_VERSION}")
            }
            StoredDataError::OtherScan(id) => write!(f, "stored data belongs to scan \"{id}\""),
        }
    }
}

impl std::error::Error for StoredDataError {}

/// Serializes progress for storage.
pub fn encode(q: &Questionnaire, progress: &Progress) -> String {
    let envelope = Envelope {
        format: FORMAT_VERSION,
        scan: q.id.clone(),
        scan_version: q.version.clone(),
        progress: progress.clone(),
    };
    serde_json::to_string(&envelope).expect("progress always serializes")
}

/// Reads stored progress for scan `q`, migrating older formats.
pub fn decode(q: &Questionnaire, text: &str) -> Result<Progress, StoredDataError> {
    #[derive(Deserialize)]
    struct Header {
        format: u32,
        scan: String,
    }
    let header: Header =
        serde_json::from_str(text).map_err(|e| StoredDataError::Unreadable(e.to_string()))?;
    if header.format == 0 {
        return Err(StoredDataError::Unreadable(
            "format 0 does not exist".into(),
        ));
    }
    if header.format > FORMAT_VERSION {
        return Err(StoredDataError::NewerFormat(header.format));
    }
    if header.scan != q.id {
        return Err(StoredDataError::OtherScan(header.scan));
    }
    // Format 1 is the first; later formats add a migration step per version here.
    let envelope: Envelope =
        serde_json::from_str(text).map_err(|e| StoredDataError::Unreadable(e.to_string()))?;
    Ok(envelope.progress)
}
