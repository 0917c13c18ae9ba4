//! The team's picture: several respondents' answers aggregated per theme, per
//! statement and per role. A pure function of the questionnaire and the files, like
//! [`crate::score`] for one respondent.
//!
//! - A theme's team score is the mean of the respondents' theme scores, over the respondents
//!   with a status for it (enough answers); the spread is their lowest and highest score. The
//!   team status is the band of the mean of their mean answers.
//! - Per statement: how many chose each option; it is *seen differently* when two scored
//!   answers are two or more scale steps apart. A basic statement also says how many answered it low
//!   ("niet gehaald") and "weet ik niet" ("onbekend"), over everyone who answered it.
//! - Per role: the same theme scores, only for roles with at least
//!   `criteria.min_role_respondents` respondents, so no one can be singled out.
//! - Per theme: the share of "weet ik niet" over all answers given: where the team lacks
//!   insight.

use std::collections::BTreeMap;

use crate::advice::{Candidate, Focus, focus_themes};
use crate::model::{AnswerValue, Questionnaire};
use crate::progress::{Millis, Progress};
use crate::scoring::{Results, Tally, score};

/// One respondent as the team view holds them: what they answered and when they saved it.
/// Read from their file (see `Exchange`'s conversion); the team's figures need nothing else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Respondent {
    /// Profile, answers and notes; `started_at` marks their run of the scan.
    pub progress: Progress,
    /// When their file was saved.
    pub saved_at: Millis,
    /// An optional name or initials, as they typed it.
    pub name: Option<String>,
}

impl Respondent {
    /// Whether `other` holds the same respondent's answers: the same run of the scan (its
    /// non-zero start), or the same profile and the very same answers with their times.
    pub fn same_as(&self, other: &Respondent) -> bool {
        let (a, b) = (&self.progress, &other.progress);
        let same_run = a.started_at != 0 && a.started_at == b.started_at;
        same_run || (&a.profile, &a.answers) == (&b.profile, &b.answers)
    }
}

/// What adding a respondent to the team did (see [`add_file`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// A respondent the team did not hold yet.
    New,
    /// A newer file of a respondent already there took the place of the earlier one.
    Replaced,
    /// A file of a respondent already there, not newer: left out.
    Duplicate,
}

/// Adds one respondent's file to the team: a respondent already there is replaced when this
/// file is newer and left out otherwise, so the team holds each respondent once.
pub fn add_file(team: &mut Vec<Respondent>, file: Respondent) -> Added {
    match team.iter().position(|r| r.same_as(&file)) {
        None => {
            team.push(file);
            Added::New
        }
        Some(i) if team[i].saved_at < file.saved_at => {
            team[i] = file;
            Added::Replaced
        }
        Some(_) => Added::Duplicate,
    }
}

/// The team's figures for one theme (or the whole scan).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeamTally {
    /// Respondents with a status for it.
    pub respondents: usize,
    /// Mean of their scores, whole percent rounded down.
    pub percent: Option<u32>,
    /// Lowest and highest score.
    pub spread: Option<(u32, u32)>,
    /// Mean of their mean answers, in hundredths of a point.
    pub mean_hundredths: Option<u64>,
    /// The band of that mean.
    pub status: Option<usize>,
    /// "Weet ik niet" answers over all answers given to it, whole percent.
    pub unknown_percent: Option<u32>,
}

/// One statement across the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamStatement {
    pub theme: usize,
    /// Index within the theme.
    pub statement: usize,
    /// How many chose each scale option (in scale order).
    pub counts: Vec<usize>,
    /// Two scored answers are two or more scale steps apart.
    pub seen_differently: bool,
    /// For a basic statement (for at least one respondent's role): how it fared.
    pub basic: Option<TeamBasic>,
}

/// A basic statement (for at least one respondent's role) across everyone who answered it: the
/// same people as [`TeamStatement::counts`], so that it shows no group apart. Counting only the
/// roles for whom it is basic would show, for `basic_roles = ["directie"]`, one person's answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TeamBasic {
    /// Answered low: "niet gehaald".
    pub low: usize,
    /// Answered "weet ik niet": "onbekend".
    pub unknown: usize,
}

/// A role's own theme scores.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleTally {
    pub role: String,
    pub respondents: usize,
    /// Per entry of [`TeamResults::themes`].
    pub themes: Vec<TeamTally>,
}

/// Everything the team view shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamResults {
    pub respondents: usize,
    /// Themes any respondent answered, in questionnaire order.
    pub themes: Vec<(usize, TeamTally)>,
    pub overall: TeamTally,
    /// Statements any respondent answered, in questionnaire order.
    pub statements: Vec<TeamStatement>,
    /// Roles with enough respondents to be shown apart.
    pub roles: Vec<RoleTally>,
    /// How many respondents have a role too small to be shown apart (or no role).
    pub not_shown_apart: usize,
}

/// Mean, spread and status over the tallies that have a status.
fn team_tally<'a>(q: &Questionnaire, tallies: impl Iterator<Item = &'a Tally>) -> TeamTally {
    let mut t = TeamTally::default();
    let (mut percent_sum, mut mean_sum, mut unknown, mut answered) = (0u64, 0u64, 0usize, 0usize);
    for tally in tallies {
        unknown += tally.unknown;
        answered += tally.answered;
        let (Some(p), Some(m), false) = (tally.percent, tally.mean_hundredths(), tally.too_few)
        else {
            continue;
        };
        t.respondents += 1;
        percent_sum += u64::from(p);
        mean_sum += m;
        t.spread = Some(t.spread.map_or((p, p), |(lo, hi)| (lo.min(p), hi.max(p))));
    }
    let n = t.respondents as u64;
    t.percent = percent_sum.checked_div(n).map(|p| p as u32);
    t.mean_hundredths = mean_sum.checked_div(n);
    t.status = (n > 0).then(|| q.band_for(mean_sum, 100 * n));
    t.unknown_percent = (answered > 0).then(|| (100 * unknown / answered) as u32);
    t
}

/// Aggregates the respondents (each once: see [`add_file`]) into the team's picture.
pub fn aggregate(q: &Questionnaire, files: &[Respondent]) -> TeamResults {
    let scored: Vec<(&Progress, Results)> = files
        .iter()
        .map(|f| (&f.progress, score(q, &f.progress)))
        .collect();
    let mut theme_ids: Vec<usize> = scored
        .iter()
        .flat_map(|(_, r)| r.themes.iter().map(|t| t.theme))
        .collect();
    theme_ids.sort_unstable();
    theme_ids.dedup();
    let themes_of = |list: &[&(&Progress, Results)]| -> Vec<TeamTally> {
        theme_ids
            .iter()
            .map(|&ti| {
                team_tally(
                    q,
                    list.iter()
                        .filter_map(|(_, r)| r.theme(ti).map(|t| &t.tally)),
                )
            })
            .collect()
    };
    let all: Vec<&(&Progress, Results)> = scored.iter().collect();
    let themes = theme_ids.iter().copied().zip(themes_of(&all)).collect();
    let overall = team_tally(q, scored.iter().map(|(_, r)| &r.overall));

    let mut statements = Vec::new();
    for &ti in &theme_ids {
        for (si, s) in q.themes[ti].statements.iter().enumerate() {
            let mut counts = vec![0; q.scale.len()];
            let mut points = Vec::new();
            let mut is_basic = false;
            for (f, _) in &scored {
                let Some(answer) = f.answers.get(&s.id) else {
                    continue;
                };
                let Some(o) = q.scale.iter().position(|o| o.id == answer.value) else {
                    continue;
                };
                counts[o] += 1;
                points.extend(q.scale[o].points());
                is_basic |= s.is_basic_for(f.profile.role.as_deref());
            }
            let basic = is_basic.then(|| {
                let of = |kind: &dyn Fn(AnswerValue) -> bool| -> usize {
                    (q.scale.iter().zip(&counts))
                        .filter(|(o, _)| kind(o.value))
                        .map(|(_, &n)| n)
                        .sum()
                };
                let low_below = q.criteria.low_below;
                TeamBasic {
                    low: of(&|v| matches!(v, AnswerValue::Points(p) if p < low_below)),
                    unknown: of(&|v| v == AnswerValue::Unknown),
                }
            });
            if counts.iter().any(|&c| c > 0) {
                let spread = points
                    .iter()
                    .max()
                    .zip(points.iter().min())
                    .map(|(hi, lo)| hi - lo);
                statements.push(TeamStatement {
                    theme: ti,
                    statement: si,
                    counts,
                    seen_differently: spread.is_some_and(|d| d >= 2),
                    basic,
                });
            }
        }
    }

    let mut by_role: BTreeMap<&str, Vec<&(&Progress, Results)>> = BTreeMap::new();
    for item in &scored {
        by_role
            .entry(item.0.profile.role.as_deref().unwrap_or(""))
            .or_default()
            .push(item);
    }
    let mut roles = Vec::new();
    let mut not_shown_apart = 0;
    // Roles in the questionnaire's order.
    for role in &q.roles {
        let Some(list) = by_role.remove(role.id.as_str()) else {
            continue;
        };
        if list.len() >= q.criteria.min_role_respondents {
            roles.push(RoleTally {
                role: role.id.clone(),
                respondents: list.len(),
                themes: themes_of(&list),
            });
        } else {
            not_shown_apart += list.len();
        }
    }
    not_shown_apart += by_role.values().map(Vec::len).sum::<usize>();

    TeamResults {
        respondents: files.len(),
        themes,
        overall,
        statements,
        roles,
        not_shown_apart,
    }
}

/// Focus themes for the team, ranked as for one respondent ([`crate::advise`]) by the team's
/// status and score, each with the examples for that status that suit one of the respondents
/// ([`crate::Audience::suits`]).
pub fn team_focus(q: &Questionnaire, team: &TeamResults, files: &[Respondent]) -> Vec<Focus> {
    let candidates = team.themes.iter().filter_map(|(theme, t)| {
        Some(Candidate {
            theme: *theme,
            status: t.status?,
            percent: t.percent,
        })
    });
    let profiles = || files.iter().map(|f| &f.progress.profile);
    focus_themes(q, candidates, |c| {
        (0..q.examples.len())
            .filter(|&i| {
                let e = &q.examples[i];
                e.fits(c.theme, c.status) && e.audience.suits(profiles())
            })
            .collect()
    })
}

/// A theme's change between an earlier team picture and the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub theme: usize,
    /// Earlier and current mean score (percent), when each had respondents with a score.
    pub before: Option<u32>,
    pub after: Option<u32>,
    /// Earlier and current team status.
    pub status_before: Option<usize>,
    pub status_after: Option<usize>,
}

impl Change {
    /// Percentage points gained (negative: lost), when both pictures have a score.
    pub fn delta(&self) -> Option<i64> {
        Some(i64::from(self.after?) - i64::from(self.before?))
    }
}

/// Per theme of either picture (questionnaire order), how the team's score and status changed.
pub fn compare(earlier: &TeamResults, now: &TeamResults) -> Vec<Change> {
    let mut themes: Vec<usize> = earlier
        .themes
        .iter()
        .chain(&now.themes)
        .map(|(t, _)| *t)
        .collect();
    themes.sort_unstable();
    themes.dedup();
    let find = |r: &TeamResults, t: usize| {
        r.themes
            .iter()
            .find(|(x, _)| *x == t)
            .map(|(_, v)| v.clone())
    };
    themes
        .into_iter()
        .map(|theme| {
            let (b, a) = (find(earlier, theme), find(now, theme));
            Change {
                theme,
                before: b.as_ref().and_then(|t| t.percent),
                after: a.as_ref().and_then(|t| t.percent),
                status_before: b.and_then(|t| t.status),
                status_after: a.and_then(|t| t.status),
            }
        })
        .collect()
}

/// The latest save time among `files`: the date of a team picture.
pub fn picture_date(files: &[Respondent]) -> Option<Millis> {
    files.iter().map(|f| f.saved_at).max()
}

/// A time as a calendar date (UTC): `(year, month, day)`; times after the year 9999 give the
/// last date the `time` crate knows.
pub fn date_of(millis: Millis) -> (i64, u32, u32) {
    let seconds = i64::try_from(millis / 1000).unwrap_or(i64::MAX);
    let date =
        time::OffsetDateTime::from_unix_timestamp(seconds).map_or(time::Date::MAX, |t| t.date());
    (
        i64::from(date.year()),
        u32::from(u8::from(date.month())),
        u32::from(date.day()),
    )
}
