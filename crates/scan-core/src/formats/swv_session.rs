//! The samenwerkingsverband's page's session on this device: the schools' team files it
//! holds, for the current picture and the earlier one, so that a reload loses nothing.
//! Versioned and read envelope-first like the files it holds.
//!
//! It keeps less than the files themselves: each school's figures per theme and for the
//! whole scan, without its statements and roles ([`TeamFile::for_swv`]), which the page never
//! shows. Kept only in this browser, and wiped with "Alles wissen op dit apparaat".
//!
//! The files it holds are written by this build, in its format; a newer team file format
//! makes a newer session format, so the envelope's check covers them.

use serde::{Deserialize, Serialize};

use super::exchange::clean_name;
use super::file::{FileError, FileKind};
use super::stored::STORED_MAX_BYTES;
use super::team_file::TeamFile;
use crate::model::Questionnaire;
use crate::progress::Millis;

/// What every SWV session says it is.
pub const SWV_SESSION_KIND: &str = "scan-passend-onderwijs/swv-session";
/// The SWV session format this build writes.
pub const SWV_SESSION_FORMAT: u32 = 1;

const SWV_SESSION: FileKind = FileKind {
    kind: SWV_SESSION_KIND,
    format: SWV_SESSION_FORMAT,
    max_bytes: STORED_MAX_BYTES,
};

/// The SWV page's session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SwvSession {
    /// [`SWV_SESSION_KIND`].
    pub kind: String,
    /// The format it was written in.
    pub format: u32,
    /// The id of the scan it belongs to.
    pub scan: String,
    /// When it was saved.
    pub saved_at: Millis,
    /// The schools' files of the picture the page draws, trimmed by [`TeamFile::for_swv`].
    #[serde(default)]
    pub now: Vec<TeamFile>,
    /// The schools' files of the earlier picture it compares with, trimmed the same way.
    #[serde(default)]
    pub earlier: Vec<TeamFile>,
    /// The samenwerkingsverband's name as its staff typed it, for the report and the
    /// reference file (added to format 1 later: absent is none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swv: Option<String>,
}

impl SwvSession {
    /// The session of scan `q` with the schools' files `now` and `earlier` (each kept
    /// without statements and roles) and no name, saved at `saved_at`.
    pub fn new(
        q: &Questionnaire,
        now: &[TeamFile],
        earlier: &[TeamFile],
        saved_at: Millis,
    ) -> Self {
        SwvSession {
            kind: SWV_SESSION_KIND.into(),
            format: SWV_SESSION_FORMAT,
            scan: q.id.clone(),
            saved_at,
            now: now.iter().map(TeamFile::for_swv).collect(),
            earlier: earlier.iter().map(TeamFile::for_swv).collect(),
            swv: None,
        }
    }

    /// Whether it holds nothing to restore.
    pub fn is_empty(&self) -> bool {
        self.now.is_empty() && self.earlier.is_empty()
    }

    /// JSON on one line.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("an SWV session serializes")
    }

    /// Reads a session of scan `q`: size, then kind, format and scan, then the whole. The
    /// schools' names and the SWV's are cleaned as [`TeamFile::decode`] cleans them.
    pub fn decode(q: &Questionnaire, bytes: &[u8]) -> Result<SwvSession, FileError> {
        let mut s: SwvSession = SWV_SESSION.read(q, bytes)?;
        for f in s.now.iter_mut().chain(&mut s.earlier) {
            f.school = clean_name(f.school.as_deref());
        }
        s.swv = clean_name(s.swv.as_deref());
        Ok(s)
    }
}
