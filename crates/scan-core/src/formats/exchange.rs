//! The exchange file: one respondent's answers as they leave the browser (a `.json` file the
//! respondent saves, for an advisor's team view, or to restore the scan from on the start
//! screen). Versioned like the stored progress, and read as carefully: a file can be damaged,
//! of another scan, newer, huge or hostile, and each is a typed error, never a panic.
//!
//! ```json
//! {"kind":"scan-passend-onderwijs/answers","format":1,"scan":"scan-passend-onderwijs",
//!  "scan_version":"2026.1","saved_at":1764000000000,"school_type":"po","role":"ib",
//!  "name":"AB","answers":{"visie-gedeeld":{"value":"volledig","at":1764000000000}},"notes":{}}
//! ```
//! Answers and notes are keyed by statement and theme id, so a file of an older questionnaire
//! version keeps every answer whose statement still exists; the others are kept, not scored.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::file::{FileError, FileKind};
use crate::model::Questionnaire;
use crate::progress::{Millis, Progress, Timed};
use crate::scope::Profile;
use crate::team::Respondent;

/// What every exchange file says it is, so that another JSON file is recognised as such.
pub const EXCHANGE_KIND: &str = "scan-passend-onderwijs/answers";
/// The exchange format of a file without optional themes switched on.
pub const EXCHANGE_FORMAT: u32 = 1;
/// The format of one with them ([`Exchange::modules`]), so that a build that knows format 1
/// only says the file is newer instead of scoring it without them. This build reads both.
pub const EXCHANGE_FORMAT_MODULES: u32 = 2;
/// The largest file read (bytes): one respondent's answers and notes fit many times over.
pub const EXCHANGE_MAX_BYTES: usize = 512 * 1024;
/// An exchange file as [`FileKind::read`] reads it.
const ANSWERS_FILE: FileKind = FileKind {
    kind: EXCHANGE_KIND,
    format: EXCHANGE_FORMAT_MODULES,
    max_bytes: EXCHANGE_MAX_BYTES,
};
/// The longest name or initials kept (characters).
pub const NAME_MAX_CHARS: usize = 60;

/// One respondent's answers, as exchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exchange {
    pub kind: String,
    pub format: u32,
    /// The id of the scan.
    pub scan: String,
    /// The questionnaire version the answers were given to.
    pub scan_version: String,
    /// When the file was saved.
    pub saved_at: Millis,
    /// When the respondent began this run of the scan (started over, or else chose their
    /// profile): two files with the same (non-zero) start are the same respondent, saved twice.
    #[serde(default)]
    pub started_at: Millis,
    pub school_type: Option<String>,
    pub role: Option<String>,
    /// An optional name or initials, as the respondent typed it.
    #[serde(default)]
    pub name: Option<String>,
    /// Statement id to option id ("weet ik niet" and "niet van toepassing" included), with the
    /// time of the answer.
    #[serde(default)]
    pub answers: BTreeMap<String, Timed<String>>,
    /// Theme id to note.
    #[serde(default)]
    pub notes: BTreeMap<String, Timed<String>>,
    /// Ids of the optional themes the respondent switched on: without them the team page
    /// would score the respondent without those themes. Left out when none (format 1); a file
    /// with them is format 2. A list, in order, rather than a set: the team
    /// page's build already has the code to read and write one (a set's costs 2.7 KB there).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modules: Vec<String>,
}

impl Exchange {
    /// The exchange file for `progress` of scan `q`, saved at `now`, with an optional name.
    pub fn new(q: &Questionnaire, progress: &Progress, name: Option<&str>, now: Millis) -> Self {
        Exchange {
            kind: EXCHANGE_KIND.to_string(),
            format: if progress.modules.is_empty() {
                EXCHANGE_FORMAT
            } else {
                EXCHANGE_FORMAT_MODULES
            },
            scan: q.id.clone(),
            scan_version: q.version.clone(),
            saved_at: now,
            // A run that was never started over has no start time: the time the respondent
            // chose their school type and role marks it instead.
            started_at: if progress.started_at != 0 {
                progress.started_at
            } else {
                progress.setup_at
            },
            school_type: progress.profile.school_type.clone(),
            role: progress.profile.role.clone(),
            name: clean_name(name),
            answers: progress.answers.clone(),
            notes: progress.notes.clone(),
            modules: progress.modules.iter().cloned().collect(),
        }
    }

    /// The respondent's answers as progress (profile, answers, notes, the run's start), to
    /// score or to load: the progress of the [`Respondent`] this file becomes.
    pub fn to_progress(&self) -> Progress {
        self.clone().into_progress()
    }

    /// [`Exchange::to_progress`], taking the file.
    pub fn into_progress(self) -> Progress {
        Respondent::from(self).progress
    }

    /// The file's text: JSON on one line (the indenting writer would add kilobytes to the
    /// respondent's download).
    /// The name is written cleaned, as [`Exchange::decode`] reads it.
    pub fn encode(&self) -> String {
        let name = clean_name(self.name.as_deref());
        if name == self.name {
            serde_json::to_string(self)
        } else {
            serde_json::to_string(&Exchange {
                name,
                ..self.clone()
            })
        }
        .expect("an exchange serializes")
    }

    /// Reads an exchange file for scan `q` (size, then kind, format and scan: see
    /// [`crate::formats::file`]); the name is cleaned.
    pub fn decode(q: &Questionnaire, bytes: &[u8]) -> Result<Exchange, FileError> {
        let mut e: Exchange = ANSWERS_FILE.read(q, bytes)?;
        e.name = clean_name(e.name.as_deref());
        Ok(e)
    }
}

/// The respondent the team view holds: profile, answers, notes and the run's start.
impl From<Exchange> for Respondent {
    fn from(e: Exchange) -> Self {
        // One by one: collecting into a set sorts first, which is a sort's code more in the
        // respondent's WebAssembly (about 4 KB before wasm-opt) for a handful of ids.
        let mut modules = BTreeSet::new();
        for m in e.modules {
            modules.insert(m);
        }
        Respondent {
            progress: Progress {
                answers: e.answers,
                notes: e.notes,
                modules,
                profile: Profile {
                    school_type: e.school_type,
                    role: e.role,
                },
                started_at: e.started_at,
                ..Progress::default()
            },
            saved_at: e.saved_at,
            name: e.name,
        }
    }
}

/// A name or initials: trimmed, at most [`NAME_MAX_CHARS`] characters, `None` when empty.
/// Trimmed again after the cut, so that a cleaned name stays the same when cleaned again (as
/// it is when read back from a file or a link).
pub fn clean_name(name: Option<&str>) -> Option<String> {
    let cut: String = name?.trim().chars().take(NAME_MAX_CHARS).collect();
    let name = cut.trim_end();
    (!name.is_empty()).then(|| name.to_string())
}
