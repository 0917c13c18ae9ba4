//! The samenwerkingsverband's picture across its schools, from the team files schools choose
//! to hand over ([`TeamFile`]): no server, no respondent's answers, only each school's counts.
//!
//! The rules, with `r = criteria.min_school_respondents` and `s = criteria.min_schools`
//! (both default 5):
//! - a school's figures are shown only from `r` respondents behind its team file; below that
//!   it is listed as "te weinig respondenten" and counts in no figure over schools; the same
//!   per theme: a theme scored by fewer than `r` of its respondents (one only the director and
//!   the intern begeleider see) shows "te weinig" and counts in no figure over schools;
//! - a figure over schools (the SWV per theme, the regular or the special schools, the
//!   reference file) only from `s` schools with a score for it, so that no figure is one or two
//!   schools' own;
//! - the spread between schools is the middle half of their scores, from the first to the
//!   third quartile (nearest rank: the value at place `ceil(p × n / 100)` of the sorted
//!   scores); a theme "where many schools struggle" has at least a third of its schools in a
//!   band of the risk group; regular (po, vo) and special schools (sbo, (v)so) differ on a
//!   theme when the median of one lies outside the middle half of the other;
//! - a school beside its SWV ([`beside`]) is marked only where its score lies outside the
//!   middle half of the schools' scores; the reference file the school opens holds no lowest
//!   or highest score, which would be one school's own.

use std::collections::HashMap;

use crate::formats::team_file::TeamFile;
use crate::model::{BandGroup, BandIx, Questionnaire, ThemeIx};
use crate::progress::Millis;
use crate::team::{Figure, TeamResults, TeamTally};

/// School type ids of regular schools in the built-in scan.
pub const REGULAR_TYPES: &[&str] = &["po", "vo"];
/// School type ids of special schools (speciaal basisonderwijs, (voortgezet) speciaal onderwijs).
pub const SPECIAL_TYPES: &[&str] = &["sbo", "so"];

/// How a school's name or code identifies it: trimmed, runs of white space as one space,
/// lowercase. "Obs De Brug " and "obs de  brug" are one school.
pub fn school_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What adding a school's team file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchoolAdded {
    /// A school not seen before.
    New,
    /// It replaced an older file of the same school.
    Replaced,
    /// The same school's file already there is newer (or the same): this one is not taken.
    KeptNewer,
    /// Refused: it names no school, so it cannot be told apart from the others.
    NoName,
}

/// When a team file's picture was made: its newest respondent, else when it was saved.
fn made_at(f: &TeamFile) -> Millis {
    f.to.unwrap_or(f.saved_at)
}

/// Adds `files` to `schools`, one file per school (by [`school_key`]): of two files of the
/// same school the newer stays. One pass with an index, so a thousand files take no longer
/// than reading them. Returns what happened to each file, in order.
pub fn add_schools(schools: &mut Vec<TeamFile>, files: Vec<TeamFile>) -> Vec<SchoolAdded> {
    let mut index: HashMap<String, usize> = (schools.iter().enumerate())
        .filter_map(|(i, f)| Some((school_key(f.school.as_deref()?), i)))
        .collect();
    files
        .into_iter()
        .map(|file| {
            let Some(key) = file
                .school
                .as_deref()
                .map(school_key)
                .filter(|k| !k.is_empty())
            else {
                return SchoolAdded::NoName;
            };
            match index.get(&key) {
                Some(&i) if made_at(&schools[i]) >= made_at(&file) => SchoolAdded::KeptNewer,
                Some(&i) => {
                    schools[i] = file;
                    SchoolAdded::Replaced
                }
                None => {
                    index.insert(key, schools.len());
                    schools.push(file);
                    SchoolAdded::New
                }
            }
        })
        .collect()
}

/// Regular or special education.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sector {
    Regular,
    Special,
}

/// The sector of a school with these school types: regular when all are [`REGULAR_TYPES`],
/// special when all are [`SPECIAL_TYPES`]; none for a mix, none given, or other types.
pub fn sector(types: &[String]) -> Option<Sector> {
    let all = |set: &[&str]| !types.is_empty() && types.iter().all(|t| set.contains(&t.as_str()));
    if all(REGULAR_TYPES) {
        Some(Sector::Regular)
    } else if all(SPECIAL_TYPES) {
        Some(Sector::Special)
    } else {
        None
    }
}

/// One theme (or the whole scan) of one school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolTheme {
    /// Respondents with a score for it.
    pub respondents: usize,
    /// Its figures, only from `criteria.min_school_respondents` of those respondents: a theme
    /// only the director and the intern begeleider see would otherwise travel to the SWV as
    /// their own scores. [`Figure::TooFew`] below, [`Figure::Empty`] without any.
    pub figures: Figure<ThemeFigures>,
}

/// A school's figures on one theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeFigures {
    pub status: BandIx,
    /// The team's mean score, whole percent.
    pub percent: u32,
    pub unknown_percent: Option<u32>,
}

impl SchoolTheme {
    /// The figures of `t`, withheld below `min` respondents.
    fn of(t: &TeamTally, min: usize) -> Self {
        let figures = match (t.score(), t.status) {
            (Figure::Shown(percent), Some(status)) if t.respondents >= min => {
                Figure::Shown(ThemeFigures {
                    status,
                    percent,
                    unknown_percent: t.unknown_percent,
                })
            }
            (Figure::Empty, _) => Figure::Empty,
            _ => Figure::TooFew,
        };
        SchoolTheme {
            respondents: t.respondents,
            figures,
        }
    }

    /// The mean score, when shown.
    pub fn percent(&self) -> Option<u32> {
        self.figures.shown().map(|f| f.percent)
    }
}

/// One school on the SWV's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolRow {
    /// Its name or code, as the school typed it.
    pub name: String,
    pub school_types: Vec<String>,
    pub sector: Option<Sector>,
    /// Respondents behind its team file.
    pub respondents: usize,
    /// When its picture was made (its newest respondent).
    pub made_at: Millis,
    /// Per theme of the scan, in order, and the whole scan: [`Figure::TooFew`] below
    /// `criteria.min_school_respondents` respondents.
    pub themes: Figure<Vec<SchoolTheme>>,
    pub overall: Figure<SchoolTheme>,
}

/// The scores of several schools on one theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Distribution {
    /// Schools with a score.
    pub schools: usize,
    /// Per band of the scan, in order, how many schools have that status.
    pub per_band: Vec<usize>,
    /// The lowest and highest score: one school's own, so never in a reference file (`None`
    /// in a distribution read from one).
    pub lowest: Option<u32>,
    /// First quartile, median, third quartile (nearest rank).
    pub p25: u32,
    pub median: u32,
    pub p75: u32,
    pub highest: Option<u32>,
}

impl Distribution {
    /// The distribution of `scores` (percent, status), when at least `min_schools` have one.
    pub fn of(q: &Questionnaire, scores: &[(u32, BandIx)], min_schools: usize) -> Figure<Self> {
        if scores.is_empty() {
            return Figure::Empty;
        }
        if scores.len() < min_schools {
            return Figure::TooFew;
        }
        let mut sorted: Vec<u32> = scores.iter().map(|s| s.0).collect();
        sorted.sort_unstable();
        let n = sorted.len();
        let rank = |p: usize| sorted[(p * n).div_ceil(100).max(1) - 1];
        let mut per_band = vec![0; q.bands.len()];
        for &(_, b) in scores {
            per_band[b.0] += 1;
        }
        Figure::Shown(Distribution {
            schools: n,
            per_band,
            lowest: Some(sorted[0]),
            p25: rank(25),
            median: rank(50),
            p75: rank(75),
            highest: Some(sorted[n - 1]),
        })
    }

    /// Where `percent` lies against the middle half of these schools.
    pub fn place(&self, percent: u32) -> Place {
        if percent < self.p25 {
            Place::Below
        } else if percent > self.p75 {
            Place::Above
        } else {
            Place::Within
        }
    }

    /// Schools in a band of the risk group.
    pub fn at_risk(&self, q: &Questionnaire) -> usize {
        (q.bands.iter().zip(&self.per_band))
            .filter(|(b, _)| b.group == BandGroup::Risk)
            .map(|(_, n)| n)
            .sum()
    }
}

/// A score against the middle half of the schools' scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Under the first quartile: lower than most schools.
    Below,
    Within,
    /// Over the third quartile: higher than most schools.
    Above,
}

/// One theme (or the whole scan) across the schools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcrossTheme {
    /// `None` for the whole scan.
    pub theme: Option<ThemeIx>,
    pub all: Figure<Distribution>,
    /// At least a third of the schools in a band of the risk group.
    pub struggling: bool,
    pub regular: Figure<Distribution>,
    pub special: Figure<Distribution>,
    /// Both sectors shown, and the median of one outside the middle half of the other.
    pub sectors_differ: bool,
}

/// The SWV's picture: each school, and each theme across them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwvPicture {
    /// Sorted by name.
    pub schools: Vec<SchoolRow>,
    pub themes: Vec<AcrossTheme>,
    pub overall: AcrossTheme,
    /// Schools with figures (from `criteria.min_school_respondents` respondents).
    pub shown_schools: usize,
}

/// The picture of `files` (one per school, see [`add_schools`]) for scan `q`, computed once.
pub fn swv_picture(q: &Questionnaire, files: &[TeamFile]) -> SwvPicture {
    let r = q.criteria.min_school_respondents;
    let mut schools: Vec<SchoolRow> = files
        .iter()
        .map(|f| {
            let team = f.to_results(q);
            let enough = has_figures(q, f);
            SchoolRow {
                name: f.school.clone().unwrap_or_default(),
                school_types: f.school_types.clone(),
                sector: sector(&f.school_types),
                respondents: f.respondents,
                made_at: made_at(f),
                themes: if enough {
                    Figure::Shown(theme_rows(q, &team, r))
                } else {
                    Figure::TooFew
                },
                overall: if enough {
                    Figure::Shown(SchoolTheme::of(&team.overall, r))
                } else {
                    Figure::TooFew
                },
            }
        })
        .collect();
    schools.sort_by_cached_key(|s| school_key(&s.name));
    let themes = q
        .theme_ixs()
        .map(|t| across(q, &schools, Some(t)))
        .collect();
    let overall = across(q, &schools, None);
    let shown_schools = schools_with_figures(q, files);
    SwvPicture {
        schools,
        themes,
        overall,
        shown_schools,
    }
}

/// How many of `files` are schools with figures: from `criteria.min_school_respondents`
/// respondents.
pub fn schools_with_figures(q: &Questionnaire, files: &[TeamFile]) -> usize {
    files.iter().filter(|f| has_figures(q, f)).count()
}

/// Whether a school's team file has enough respondents to be shown.
fn has_figures(q: &Questionnaire, f: &TeamFile) -> bool {
    f.respondents >= q.criteria.min_school_respondents
}

/// Every theme of `q`, in order, from a school's picture (a theme it lacks has no score),
/// each withheld below `min` respondents.
fn theme_rows(q: &Questionnaire, team: &TeamResults, min: usize) -> Vec<SchoolTheme> {
    q.theme_ixs()
        .map(|t| match team.themes.iter().find(|x| x.theme == t) {
            Some(x) => SchoolTheme::of(&x.tally, min),
            None => SchoolTheme {
                respondents: 0,
                figures: Figure::Empty,
            },
        })
        .collect()
}

/// A school's figures for `theme` (`None`: the whole scan), when shown.
pub fn school_theme(school: &SchoolRow, theme: Option<ThemeIx>) -> Option<&SchoolTheme> {
    match theme {
        Some(t) => school.themes.shown().map(|v| &v[t.0]),
        None => school.overall.shown(),
    }
}

fn across(q: &Questionnaire, schools: &[SchoolRow], theme: Option<ThemeIx>) -> AcrossTheme {
    let s = q.criteria.min_schools;
    let scores = |keep: &dyn Fn(&SchoolRow) -> bool| -> Vec<(u32, BandIx)> {
        (schools.iter().filter(|x| keep(x)))
            .filter_map(|x| {
                let f = school_theme(x, theme)?.figures.shown()?;
                Some((f.percent, f.status))
            })
            .collect()
    };
    let all = Distribution::of(q, &scores(&|_| true), s);
    let regular = Distribution::of(q, &scores(&|x| x.sector == Some(Sector::Regular)), s);
    let special = Distribution::of(q, &scores(&|x| x.sector == Some(Sector::Special)), s);
    let struggling = all.shown().is_some_and(|d| 3 * d.at_risk(q) >= d.schools);
    let sectors_differ = match (regular.shown(), special.shown()) {
        (Some(a), Some(b)) => {
            a.place(b.median) != Place::Within || b.place(a.median) != Place::Within
        }
        _ => false,
    };
    AcrossTheme {
        theme,
        all,
        struggling,
        regular,
        special,
        sectors_differ,
    }
}

/// One school's score on one theme, before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchoolChange {
    /// The school's name as in the newer picture.
    pub school: String,
    pub theme: ThemeIx,
    pub before: u32,
    pub after: u32,
}

/// The SWV's median on one theme, before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwvChange {
    pub theme: ThemeIx,
    pub before: u32,
    pub after: u32,
}

/// What changed between an earlier picture and this one: per school (matched by
/// [`school_key`]) and theme where both have a shown score, and per theme the SWV's median
/// where both are shown.
pub fn swv_changes(before: &SwvPicture, now: &SwvPicture) -> (Vec<SchoolChange>, Vec<SwvChange>) {
    let earlier: HashMap<String, &SchoolRow> = (before.schools.iter())
        .map(|s| (school_key(&s.name), s))
        .collect();
    let mut schools = Vec::new();
    for s in &now.schools {
        let (Some(old), Some(themes)) = (earlier.get(&school_key(&s.name)), s.themes.shown())
        else {
            continue;
        };
        let Some(old_themes) = old.themes.shown() else {
            continue;
        };
        for (i, (a, b)) in old_themes.iter().zip(themes).enumerate() {
            if let (Some(before), Some(after)) = (a.percent(), b.percent()) {
                schools.push(SchoolChange {
                    school: s.name.clone(),
                    theme: ThemeIx(i),
                    before,
                    after,
                });
            }
        }
    }
    let swv = (before.themes.iter().zip(&now.themes))
        .filter_map(|(a, b)| {
            Some(SwvChange {
                theme: b.theme?,
                before: a.all.shown()?.median,
                after: b.all.shown()?.median,
            })
        })
        .collect();
    (schools, swv)
}

/// One theme of a school's picture beside its SWV's reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Beside {
    pub theme: ThemeIx,
    /// The school's own score, withheld as in its team picture.
    pub ours: Figure<u32>,
    pub reference: Distribution,
    /// Where the school lies, when it has a score: marked only when not [`Place::Within`].
    pub place: Option<Place>,
}

/// A school's `team` picture beside the SWV's per-theme `reference` distributions (themes the
/// reference has, in the scan's order).
pub fn beside(team: &TeamResults, reference: &[(ThemeIx, Distribution)]) -> Vec<Beside> {
    reference
        .iter()
        .map(|(theme, d)| {
            let ours = (team.themes.iter().find(|t| t.theme == *theme))
                .map_or(Figure::Empty, |t| t.tally.score());
            Beside {
                theme: *theme,
                place: ours.shown().map(|p| d.place(*p)),
                ours,
                reference: d.clone(),
            }
        })
        .collect()
}

/// How the SWV page orders its schools.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SchoolOrder {
    /// By name (as [`swv_picture`] gives them).
    #[default]
    Name,
    /// By school type, then name.
    SchoolType,
    /// By the whole scan's score, lowest first; schools without figures last.
    Score,
}

/// `schools` in `order`; ties keep their order (by name).
pub fn sort_schools(schools: &mut [SchoolRow], order: SchoolOrder) {
    match order {
        SchoolOrder::Name => schools.sort_by_cached_key(|s| school_key(&s.name)),
        SchoolOrder::SchoolType => schools.sort_by(|a, b| a.school_types.cmp(&b.school_types)),
        SchoolOrder::Score => schools.sort_by_key(|s| {
            let score = s.overall.shown().and_then(SchoolTheme::percent);
            (score.is_none(), score)
        }),
    }
}

/// The files of schools with school type `only` (all when `None`).
pub fn of_type<'a>(files: &'a [TeamFile], only: Option<&'a str>) -> Vec<TeamFile> {
    (files.iter())
        .filter(|f| only.is_none_or(|t| f.school_types.iter().any(|x| x == t)))
        .cloned()
        .collect()
}
