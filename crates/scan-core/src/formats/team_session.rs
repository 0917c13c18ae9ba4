//! The team page's session on this device: the respondents' files and team files it holds,
//! for the current picture and the earlier one, and the samenwerkingsverband's reference file
//! opened beside them, so that a reload in the meeting loses nothing.
//! Versioned and read envelope-first like the files it holds.
//!
//! It keeps less than the files themselves: a respondent's answers, profile and times, but not
//! their name or notes, which the team page never shows. It is still personal data (role and
//! school), kept only in this browser, and wiped with "Alles wissen op dit apparaat".
//!
//! The files it holds are written by this build, in its formats; a newer format of either
//! makes a newer session format, so the envelope's check covers them. Fields added since
//! (the reference file, the school's name, an exchange file's optional themes) are optional:
//! a session without them reads as before, and an older build reading one with them leaves
//! them out.

use serde::{Deserialize, Serialize};

use super::exchange::Exchange;
use super::file::{FileError, FileKind};
use super::stored::STORED_MAX_BYTES;
use super::swv_reference::ReferenceFile;
use super::team_file::TeamFile;
use crate::model::Questionnaire;
use crate::progress::Millis;
use crate::team::Respondent;

/// What every team session says it is.
pub const SESSION_KIND: &str = "scan-passend-onderwijs/team-session";
/// The session format this build writes.
pub const SESSION_FORMAT: u32 = 1;

const SESSION: FileKind = FileKind {
    kind: SESSION_KIND,
    format: SESSION_FORMAT,
    max_bytes: STORED_MAX_BYTES,
};

/// One picture's sources: respondents' files, or else the team file it was opened from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionPicture {
    #[serde(default)]
    pub files: Vec<Exchange>,
    #[serde(default)]
    pub team_file: Option<TeamFile>,
}

impl SessionPicture {
    /// The sources of a picture: `files` (kept without names and notes) and `team_file`.
    pub fn new(q: &Questionnaire, files: &[Respondent], team_file: Option<&TeamFile>) -> Self {
        SessionPicture {
            files: (files.iter())
                .map(|r| Exchange {
                    notes: Default::default(),
                    ..Exchange::new(q, &r.progress, None, r.saved_at)
                })
                .collect(),
            team_file: team_file.cloned(),
        }
    }

    /// The respondents, as the team page holds them.
    pub fn respondents(&self) -> Vec<Respondent> {
        self.files.iter().cloned().map(Respondent::from).collect()
    }

    /// Whether it holds nothing.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty() && self.team_file.is_none()
    }
}

/// The team page's session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamSession {
    pub kind: String,
    pub format: u32,
    pub scan: String,
    pub saved_at: Millis,
    /// The picture the page draws.
    #[serde(default)]
    pub now: SessionPicture,
    /// The earlier picture it compares with.
    #[serde(default)]
    pub earlier: SessionPicture,
    /// The samenwerkingsverband's reference file the team is seen beside (counts across
    /// schools, no school's own). Added to format 1 later: a session without it has none, and
    /// an older build reading one with it leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<ReferenceFile>,
    /// The school's name or code as the advisor typed it, for the report and the team file
    /// (added to format 1 later: absent is none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
}

impl TeamSession {
    /// The session of scan `q` with pictures `now` and `earlier`, no reference file and no
    /// school name, saved at `saved_at`.
    pub fn new(
        q: &Questionnaire,
        now: SessionPicture,
        earlier: SessionPicture,
        saved_at: Millis,
    ) -> Self {
        TeamSession {
            kind: SESSION_KIND.into(),
            format: SESSION_FORMAT,
            scan: q.id.clone(),
            saved_at,
            now,
            earlier,
            reference: None,
            school: None,
        }
    }

    /// Whether it holds nothing to restore.
    pub fn is_empty(&self) -> bool {
        self.now.is_empty() && self.earlier.is_empty() && self.reference.is_none()
    }

    /// JSON on one line.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a team session serializes")
    }

    /// Reads a session of scan `q`: size, then kind, format and scan, then the whole.
    /// The school's name and the reference's SWV name are cleaned as their files' readers
    /// clean them.
    pub fn decode(q: &Questionnaire, bytes: &[u8]) -> Result<TeamSession, FileError> {
        let mut s: TeamSession = SESSION.read(q, bytes)?;
        s.school = super::exchange::clean_name(s.school.as_deref());
        if let Some(r) = s.reference.as_mut() {
            r.swv = super::exchange::clean_name(r.swv.as_deref());
        }
        Ok(s)
    }
}
