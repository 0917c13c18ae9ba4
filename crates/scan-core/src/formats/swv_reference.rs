//! The SWV's reference file ("Referentie bewaren als bestand"): per theme the distribution of
//! its schools' statuses and scores (the quartiles, not the lowest and highest score, which
//! would be one school's own), from at least `criteria.min_schools` schools, with no school's
//! name, respondents or file. A school's team page opens it to see "onze school naast
//! het samenwerkingsverband" ([`crate::swv::beside`]). Themes and bands are named by id, so a
//! file reads across questionnaire versions; reading applies the school minimum again.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::file::{FileError, FileKind};
use crate::model::{Questionnaire, ThemeIx};
use crate::progress::Millis;
use crate::swv::{Distribution, SwvPicture};

/// What every reference file says it is.
pub const REFERENCE_KIND: &str = "scan-passend-onderwijs/swv-reference";
/// The reference file format this build writes.
pub const REFERENCE_FORMAT: u32 = 1;
/// The largest reference file read (bytes).
pub const REFERENCE_MAX_BYTES: usize = 256 * 1024;

const REFERENCE_FILE: FileKind = FileKind {
    kind: REFERENCE_KIND,
    format: REFERENCE_FORMAT,
    max_bytes: REFERENCE_MAX_BYTES,
};

/// One theme's distribution, as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceTheme {
    /// Theme id.
    pub theme: String,
    pub schools: usize,
    /// Band id to how many schools have that status.
    pub per_status: BTreeMap<String, usize>,
    pub p25: u32,
    pub median: u32,
    pub p75: u32,
}

/// The reference file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceFile {
    pub kind: String,
    pub format: u32,
    pub scan: String,
    pub scan_version: String,
    pub saved_at: Millis,
    /// The SWV's name, as its staff typed it (optional).
    #[serde(default)]
    pub swv: Option<String>,
    /// Schools with figures behind it.
    pub schools: usize,
    pub themes: Vec<ReferenceTheme>,
}

impl ReferenceFile {
    /// The reference of `picture`, when at least `criteria.min_schools` schools have figures;
    /// only the themes shown over the SWV.
    pub fn new(
        q: &Questionnaire,
        picture: &SwvPicture,
        swv: Option<&str>,
        now: Millis,
    ) -> Option<Self> {
        if picture.shown_schools < q.criteria.min_schools {
            return None;
        }
        let themes = (picture.themes.iter())
            .filter_map(|a| {
                let (t, d) = (a.theme?, a.all.shown()?);
                Some(ReferenceTheme {
                    theme: q.themes[t.0].id.clone(),
                    schools: d.schools,
                    per_status: (q.bands.iter().zip(&d.per_band))
                        .filter(|(_, n)| **n > 0)
                        .map(|(b, &n)| (b.id.clone(), n))
                        .collect(),
                    p25: d.p25,
                    median: d.median,
                    p75: d.p75,
                })
            })
            .collect();
        Some(ReferenceFile {
            kind: REFERENCE_KIND.into(),
            format: REFERENCE_FORMAT,
            scan: q.id.clone(),
            scan_version: q.version.clone(),
            saved_at: now,
            swv: super::exchange::clean_name(swv),
            schools: picture.shown_schools,
            themes,
        })
    }

    /// JSON on one line.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a reference file serializes")
    }

    /// Reads a reference file for scan `q`: size, then kind, format and scan, then the whole.
    pub fn decode(q: &Questionnaire, bytes: &[u8]) -> Result<ReferenceFile, FileError> {
        let mut f: ReferenceFile = REFERENCE_FILE.read(q, bytes)?;
        f.swv = super::exchange::clean_name(f.swv.as_deref());
        Ok(f)
    }

    /// The distributions per theme this version of the scan knows, in its order, each from at
    /// least `criteria.min_schools` schools and with figures in order (a file written by hand
    /// shows no more than the rules allow).
    pub fn distributions(&self, q: &Questionnaire) -> Vec<(ThemeIx, Distribution)> {
        let mut out: Vec<(ThemeIx, Distribution)> = (self.themes.iter())
            .filter(|t| t.schools >= q.criteria.min_schools)
            .filter(|t| t.p25 <= t.median && t.median <= t.p75 && t.p75 <= 100)
            .filter_map(|t| {
                let theme = q.theme_index(&t.theme)?;
                Some((
                    theme,
                    Distribution {
                        schools: t.schools,
                        per_band: (q.bands.iter())
                            .map(|b| t.per_status.get(&b.id).copied().unwrap_or(0))
                            .collect(),
                        lowest: None,
                        p25: t.p25,
                        median: t.median,
                        p75: t.p75,
                        highest: None,
                    },
                ))
            })
            .collect();
        out.sort_unstable_by_key(|(t, _)| *t);
        out.dedup_by_key(|(t, _)| *t);
        out
    }
}
