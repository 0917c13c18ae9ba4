//! The team file ("Teambeeld bewaren als bestand"): a team's picture as counts, without
//! persons. It holds what the team page shows under the anonymity rules (`crate::aggregate`)
//! and nothing else: no names, no notes, no one's answers, no column per respondent. Themes,
//! bands, statements, roles and answer options are named by id, so a file reads across
//! questionnaire versions. Versioned and read envelope-first like the exchange file.
//!
//! Reading applies the anonymity rules again ([`TeamFile::to_results`]): a file written by
//! hand, or under lower thresholds, shows no more than the scan's criteria allow.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::exchange::clean_name;
use super::file::{FileError, FileKind};
use crate::model::{BandIx, Questionnaire, StatementIx, ThemeIx};
use crate::progress::Millis;
use crate::team::{
    Figure, RoleTally, StatementFigures, TeamBasic, TeamResults, TeamStatement, TeamTally,
    TeamTheme, shown_apart,
};

/// What every team file says it is.
pub const TEAM_KIND: &str = "scan-passend-onderwijs/team";
/// The team file format this build writes.
pub const TEAM_FORMAT: u32 = 1;
/// The largest team file read (bytes): a scan of 1,000 statements with all its counts fits.
pub const TEAM_MAX_BYTES: usize = 1024 * 1024;

const TEAM_FILE: FileKind = FileKind {
    kind: TEAM_KIND,
    format: TEAM_FORMAT,
    max_bytes: TEAM_MAX_BYTES,
};

/// A theme's (or the whole scan's) team figures, as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileTally {
    pub respondents: usize,
    pub percent: Option<u32>,
    /// Lowest and highest score, when they were shown (two fields, not a pair: a pair's
    /// reader costs the team page kilobytes).
    pub lowest: Option<u32>,
    pub highest: Option<u32>,
    pub mean_hundredths: Option<u64>,
    /// Band id.
    pub status: Option<String>,
    pub unknown_percent: Option<u32>,
}

/// A theme of the picture.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileTheme {
    /// Theme id.
    pub theme: String,
    pub tally: FileTally,
}

/// A statement: how many answered it, and its counts when they were shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStatement {
    /// Statement id.
    pub statement: String,
    pub answered: usize,
    /// Answer option id to how many chose it; absent when withheld.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<BTreeMap<String, usize>>,
    #[serde(default)]
    pub seen_differently: bool,
    /// For a basic statement: how many answered it low ("niet gehaald")…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_low: Option<usize>,
    /// …and "weet ik niet" ("onbekend").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basic_unknown: Option<usize>,
}

/// A role shown apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRole {
    /// Role id.
    pub role: String,
    pub respondents: usize,
    /// Per theme id, the role's mean score where it is shown…
    pub themes: BTreeMap<String, u32>,
    /// …and the theme ids where it is withheld (the others of the picture have no score).
    #[serde(default)]
    pub withheld: Vec<String>,
}

/// The team file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamFile {
    pub kind: String,
    pub format: u32,
    pub scan: String,
    pub scan_version: String,
    pub saved_at: Millis,
    /// The school's name or code, as the coordinator typed it.
    #[serde(default)]
    pub school: Option<String>,
    /// School type ids of the respondents, each once.
    #[serde(default)]
    pub school_types: Vec<String>,
    /// The oldest and newest respondent file behind it.
    #[serde(default)]
    pub from: Option<Millis>,
    #[serde(default)]
    pub to: Option<Millis>,
    pub respondents: usize,
    pub themes: Vec<FileTheme>,
    pub overall: FileTally,
    #[serde(default)]
    pub statements: Vec<FileStatement>,
    #[serde(default)]
    pub roles: Vec<FileRole>,
}

/// Where a team picture comes from, besides its figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeamSource {
    pub school: Option<String>,
    pub school_types: Vec<String>,
    pub from: Option<Millis>,
    pub to: Option<Millis>,
}

fn tally_out(q: &Questionnaire, t: &TeamTally) -> FileTally {
    FileTally {
        respondents: t.respondents,
        percent: t.percent,
        lowest: t.spread.shown().map(|s| s.0),
        highest: t.spread.shown().map(|s| s.1),
        mean_hundredths: t.mean_hundredths,
        status: t.status.map(|b| q.bands[b].id.clone()),
        unknown_percent: t.unknown_percent,
    }
}

/// The band with this id.
fn band(q: &Questionnaire, id: &str) -> Option<BandIx> {
    q.bands.iter().position(|b| b.id == id).map(BandIx)
}

/// A tally read back from a file of a team of `team`, as [`crate::team::withheld_if_few`]
/// allows it under `q`'s rules (which may be stricter than its writer's).
fn tally_in(q: &Questionnaire, t: &FileTally, team: usize) -> TeamTally {
    let spread = match t.lowest.zip(t.highest) {
        // The spread runs over the respondents with a score: none of them, no spread.
        None if t.respondents == 0 => Figure::Empty,
        None => Figure::TooFew,
        Some(_) if t.respondents < q.criteria.min_role_respondents => Figure::TooFew,
        Some(lo_hi) => Figure::Shown(lo_hi),
    };
    let tally = TeamTally {
        respondents: t.respondents,
        percent: t.percent.map(|p| p.min(100)),
        spread,
        mean_hundredths: t.mean_hundredths,
        status: t.status.as_deref().and_then(|id| band(q, id)),
        unknown_percent: t.unknown_percent.map(|p| p.min(100)),
    };
    crate::team::withheld_if_few(q, tally, None, team)
}

impl TeamFile {
    /// The file for team picture `team` of scan `q`, saved at `now`.
    #[inline(never)]
    pub fn new(q: &Questionnaire, team: &TeamResults, source: &TeamSource, now: Millis) -> Self {
        let theme_id = |t: ThemeIx| q.themes[t].id.clone();
        TeamFile {
            kind: TEAM_KIND.into(),
            format: TEAM_FORMAT,
            scan: q.id.clone(),
            scan_version: q.version.clone(),
            saved_at: now,
            school: clean_name(source.school.as_deref()),
            school_types: source.school_types.clone(),
            from: source.from,
            to: source.to,
            respondents: team.respondents,
            themes: (team.themes.iter())
                .map(|t| FileTheme {
                    theme: theme_id(t.theme),
                    tally: tally_out(q, &t.tally),
                })
                .collect(),
            overall: tally_out(q, &team.overall),
            statements: (team.statements.iter())
                .map(|s| {
                    let shown = s.figures.shown();
                    FileStatement {
                        statement: q.themes[s.theme].statements[s.statement].id.clone(),
                        answered: s.answered,
                        counts: shown.map(|f| {
                            (q.scale.iter().zip(&f.counts))
                                .map(|(o, &n)| (o.id.clone(), n))
                                .collect()
                        }),
                        seen_differently: shown.is_some_and(|f| f.seen_differently),
                        basic_low: shown.and_then(|f| f.basic).map(|b| b.low),
                        basic_unknown: shown.and_then(|f| f.basic).map(|b| b.unknown),
                    }
                })
                .collect(),
            roles: (team.roles.iter())
                .map(|r| FileRole {
                    role: r.role.clone(),
                    respondents: r.respondents,
                    themes: (team.themes.iter().zip(&r.themes))
                        .filter_map(|(t, f)| Some((theme_id(t.theme), *f.shown()?)))
                        .collect(),
                    withheld: (team.themes.iter().zip(&r.themes))
                        .filter(|(_, f)| **f == Figure::TooFew)
                        .map(|(t, _)| theme_id(t.theme))
                        .collect(),
                })
                .collect(),
        }
    }

    /// JSON on one line.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a team file serializes")
    }

    /// Reads a team file for scan `q`: size, then kind, format and scan, then the whole. The
    /// school's name is cleaned as a respondent's name is.
    pub fn decode(q: &Questionnaire, bytes: &[u8]) -> Result<TeamFile, FileError> {
        let mut f: TeamFile = TEAM_FILE.read(q, bytes)?;
        f.school = clean_name(f.school.as_deref());
        Ok(f)
    }

    /// The file as the samenwerkingsverband's page keeps it: without its statements and
    /// roles, which that page never shows and which are most of a file's bytes. Its
    /// [`crate::swv::swv_picture`] is the same.
    pub fn for_swv(&self) -> TeamFile {
        // Every field by name, so a new one is kept or dropped on purpose.
        let TeamFile {
            kind,
            format,
            scan,
            scan_version,
            saved_at,
            school,
            school_types,
            from,
            to,
            respondents,
            themes,
            overall,
            statements: _,
            roles: _,
        } = self;
        TeamFile {
            kind: kind.clone(),
            format: *format,
            scan: scan.clone(),
            scan_version: scan_version.clone(),
            saved_at: *saved_at,
            school: school.clone(),
            school_types: school_types.clone(),
            from: *from,
            to: *to,
            respondents: *respondents,
            themes: themes.clone(),
            overall: overall.clone(),
            statements: Vec::new(),
            roles: Vec::new(),
        }
    }

    /// The picture to show: themes, statements and roles this version of the scan knows, with
    /// the anonymity rules of `q` applied again.
    #[inline(never)]
    pub fn to_results(&self, q: &Questionnaire) -> TeamResults {
        let k = q.criteria.min_role_respondents;
        let m = q.criteria.min_statement_respondents;
        let overall = tally_in(q, &self.overall, self.respondents);
        let mut themes: Vec<TeamTheme> = (self.themes.iter())
            .filter_map(|t| {
                Some(TeamTheme {
                    theme: q.theme_index(&t.theme)?,
                    tally: tally_in(q, &t.tally, self.respondents),
                })
            })
            .collect();
        themes.sort_unstable_by_key(|t| t.theme);
        themes.dedup_by_key(|t| t.theme);
        let position = |id: &str| -> Option<(ThemeIx, StatementIx)> {
            q.theme_ixs().find_map(|t| {
                (q.themes[t].statements.iter())
                    .position(|s| s.id == id)
                    .map(|s| (t, StatementIx(s)))
            })
        };
        let mut statements: Vec<TeamStatement> = (self.statements.iter())
            .filter_map(|s| {
                let (theme, statement) = position(&s.statement)?;
                let figures = match &s.counts {
                    Some(counts) if s.answered >= m => Figure::Shown(StatementFigures {
                        counts: (q.scale.iter())
                            .map(|o| counts.get(&o.id).copied().unwrap_or(0))
                            .collect(),
                        seen_differently: s.seen_differently,
                        basic: (s.basic_low.zip(s.basic_unknown))
                            .map(|(low, unknown)| TeamBasic { low, unknown }),
                    }),
                    _ => Figure::TooFew,
                };
                Some(TeamStatement {
                    theme,
                    statement,
                    answered: s.answered,
                    figures,
                })
            })
            .collect();
        statements.sort_unstable_by_key(|s| (s.theme, s.statement));
        statements.dedup_by_key(|s| (s.theme, s.statement));
        // Roles this scan knows, in its order, shown apart only as the rules allow.
        let known: Vec<&FileRole> = (q.roles.iter())
            .filter_map(|r| self.roles.iter().find(|f| f.role == r.id))
            .collect();
        let sizes: Vec<usize> = known.iter().map(|r| r.respondents).collect();
        let shown = shown_apart(&sizes, self.respondents, k);
        let known: Vec<&FileRole> = (known.into_iter().zip(shown))
            .filter_map(|(r, s)| s.then_some(r))
            .collect();
        let roles: Vec<RoleTally> = known
            .iter()
            .map(|r| RoleTally {
                role: r.role.clone(),
                respondents: r.respondents,
                themes: (themes.iter())
                    .map(|t| {
                        let id = &q.themes[t.theme].id;
                        match r.themes.get(id) {
                            Some(&p) => Figure::Shown(p.min(100)),
                            None if r.withheld.contains(id) => Figure::TooFew,
                            None => Figure::Empty,
                        }
                    })
                    .collect(),
            })
            .collect();
        let inside: usize = roles.iter().map(|r| r.respondents).sum();
        TeamResults {
            respondents: self.respondents,
            too_few_to_be_anonymous: (2..k).contains(&self.respondents),
            themes,
            overall,
            statements,
            not_shown_apart: self.respondents.saturating_sub(inside),
            roles,
        }
    }
}
