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
//! - Per role: the same theme scores, for the roles [`shown_apart`] allows.
//! - Per theme: the share of "weet ik niet" over all answers given: where the team lacks
//!   insight.
//!
//! **Anonymity.** No figure lets a reader work out one person's answers, also not by
//! subtracting one figure from another (complementary suppression, as survey tools for
//! employees do). The rules, with `k = criteria.min_role_respondents` (default 3) and
//! `m = criteria.min_statement_respondents` (default 5):
//! - a role group is shown apart from `k` respondents, and only while the respondents outside
//!   the shown groups number 0 or at least `k` ([`shown_apart`]); the same holds per theme
//!   for the groups' theme scores;
//! - a statement's figures (answer counts, seen differently, basic condition) only from `m`
//!   respondents who answered it ([`TeamStatement::figures`]);
//! - lowest and highest score only from `k` respondents with a score;
//! - a theme's (or the overall) score and status only from `k` respondents with a score, or
//!   from the whole team however small ([`withheld_if_few`]): an optional theme two of ten
//!   switched on would otherwise show those two's own score;
//! - what is withheld says so ([`Figure::TooFew`]), apart from what has no answers.
//!
//! Everything the team page shows, prints or writes is drawn from [`TeamResults`], which holds
//! no withheld figure: the rules cannot be forgotten by one page or export.

use std::collections::BTreeMap;

use crate::advice::{Candidate, Focus, focus_themes};
use crate::model::{AnswerValue, BandIx, Questionnaire, StatementIx, ThemeIx};
use crate::progress::{Millis, Progress};
use crate::scope::Profile;
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

/// A team figure, or why it is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure<T> {
    Shown(T),
    /// Withheld: too few respondents behind it to show it without showing a person.
    TooFew,
    /// No answers behind it.
    Empty,
}

impl<T> Figure<T> {
    /// The figure when it is shown.
    pub fn shown(&self) -> Option<&T> {
        match self {
            Figure::Shown(v) => Some(v),
            _ => None,
        }
    }
}

/// Which of several groups (their `sizes`, out of `total` people) may be shown apart so that
/// none of them, and none of the people outside them, can be read off by subtraction: a group
/// from `k` people, and only while the people outside the shown groups number 0 or at least
/// `k`; while they number 1 to `k - 1`, the smallest shown group is withheld too.
///
/// A po team of 12 teachers, 1 intern begeleider and 1 director: the teachers' group alone
/// would leave the other two to be worked out from the team's figures, so no group is shown.
pub fn shown_apart(sizes: &[usize], total: usize, k: usize) -> Vec<bool> {
    let mut shown: Vec<bool> = sizes.iter().map(|&n| n > 0 && n >= k).collect();
    loop {
        let inside: usize = (sizes.iter().zip(&shown))
            .filter(|(_, s)| **s)
            .map(|(n, _)| n)
            .sum();
        let outside = total.saturating_sub(inside);
        if outside == 0 || outside >= k {
            return shown;
        }
        // The smallest shown group, the later one on a tie.
        let smallest = (0..sizes.len())
            .filter(|&i| shown[i])
            .min_by_key(|&i| (sizes[i], std::cmp::Reverse(i)));
        match smallest {
            Some(i) => shown[i] = false,
            None => return shown,
        }
    }
}

/// The team's figures for one theme (or the whole scan).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamTally {
    /// Respondents with a status for it.
    pub respondents: usize,
    /// Mean of their scores, whole percent rounded down.
    pub percent: Option<u32>,
    /// Lowest and highest score: two people's scores, so only from
    /// `criteria.min_role_respondents` respondents.
    pub spread: Figure<(u32, u32)>,
    /// Mean of their mean answers, in hundredths of a point.
    pub mean_hundredths: Option<u64>,
    /// The band of that mean.
    pub status: Option<BandIx>,
    /// "Weet ik niet" answers over all answers given to it, whole percent.
    pub unknown_percent: Option<u32>,
}

impl TeamTally {
    /// The mean score as the anonymity rules allow it: withheld ([`Figure::TooFew`]) when
    /// respondents have a score but too few of the team ([`withheld_if_few`]).
    pub fn score(&self) -> Figure<u32> {
        match (self.percent, self.respondents) {
            (Some(p), _) => Figure::Shown(p),
            (None, 0) => Figure::Empty,
            (None, _) => Figure::TooFew,
        }
    }
}

/// One statement across the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamStatement {
    pub theme: ThemeIx,
    pub statement: StatementIx,
    /// Respondents who answered it (any option).
    pub answered: usize,
    /// Its figures, from `criteria.min_statement_respondents` respondents who answered it;
    /// [`Figure::TooFew`] below that, so that a statement only two people see shows no answer.
    pub figures: Figure<StatementFigures>,
}

/// What a statement's answers show across the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementFigures {
    /// How many chose each scale option (in scale order).
    pub counts: Vec<usize>,
    /// Two scored answers are two or more scale steps apart.
    pub seen_differently: bool,
    /// For a basic statement (for at least one respondent's role): how it fared.
    pub basic: Option<TeamBasic>,
}

/// A basic statement (for at least one respondent's role) across everyone who answered it: the
/// same people as [`StatementFigures::counts`], so that it shows no group apart. Counting only the
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
    /// Per entry of [`TeamResults::themes`]: the role's mean score, where [`shown_apart`]
    /// allows it for that theme.
    pub themes: Vec<Figure<u32>>,
}

/// A theme's figures across the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamTheme {
    pub theme: ThemeIx,
    pub tally: TeamTally,
}

/// Everything the team view shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamResults {
    pub respondents: usize,
    /// More than one respondent, but fewer than `criteria.min_role_respondents`: knowing their
    /// own answers, each can read the others' from the team's figures. The page says so.
    pub too_few_to_be_anonymous: bool,
    /// Themes any respondent answered, in questionnaire order.
    pub themes: Vec<TeamTheme>,
    pub overall: TeamTally,
    /// Statements any respondent answered, in questionnaire order.
    pub statements: Vec<TeamStatement>,
    /// Roles with enough respondents to be shown apart.
    pub roles: Vec<RoleTally>,
    /// How many respondents are not in a group shown apart (their role is too small, showing
    /// it would let another be worked out, or they gave no role).
    pub not_shown_apart: usize,
}

/// Mean, spread and status over the tallies that have a status, for a team of `team`; the
/// spread only from `criteria.min_role_respondents` of them, and everything as
/// [`withheld_if_few`] allows, counting in the same walk who gave it any answer.
fn team_tally<'a>(
    q: &Questionnaire,
    tallies: impl Iterator<Item = &'a Tally>,
    team: usize,
) -> TeamTally {
    let mut t = TeamTally {
        respondents: 0,
        percent: None,
        spread: Figure::Empty,
        mean_hundredths: None,
        status: None,
        unknown_percent: None,
    };
    let (mut percent_sum, mut mean_sum, mut unknown, mut answered) = (0u64, 0u64, 0usize, 0usize);
    let mut answering = 0;
    let mut spread: Option<(u32, u32)> = None;
    for tally in tallies {
        unknown += tally.unknown;
        answered += tally.answered;
        answering += usize::from(tally.answered > 0);
        let (Some(p), Some(m), false) = (tally.percent, tally.mean_hundredths(), tally.too_few)
        else {
            continue;
        };
        t.respondents += 1;
        percent_sum += u64::from(p);
        mean_sum += m;
        spread = Some(spread.map_or((p, p), |(lo, hi)| (lo.min(p), hi.max(p))));
    }
    t.spread = match spread {
        None => Figure::Empty,
        Some(_) if t.respondents < q.criteria.min_role_respondents => Figure::TooFew,
        Some(lo_hi) => Figure::Shown(lo_hi),
    };
    let n = t.respondents as u64;
    t.percent = percent_sum.checked_div(n).map(|p| p as u32);
    t.mean_hundredths = mean_sum.checked_div(n);
    t.status = (n > 0).then(|| q.band_for(mean_sum, 100 * n));
    t.unknown_percent = (answered > 0).then(|| (100 * unknown / answered) as u32);
    withheld_if_few(q, t, Some(answering), team)
}

/// A theme's (or the overall) tally `t` as the picture of a team of `team` respondents shows
/// it. Figures that only some of the team have (an optional theme switched on, a theme whose
/// statements only one role sees, or only a few with a score at all) are shown, like a role
/// shown apart, only from `criteria.min_role_respondents` of them: else they would be those
/// few people's own. Then only how many there are is shown. Figures of the whole team are
/// shown however small it is; the page tells a small team each can read the others.
///
/// The share of "weet ik niet" is over everyone who gave the theme any answer (`answering`),
/// so it stays when that is `k` or the whole team: four of six answering only "weet ik niet"
/// is what the advisor must see. `None` (a team file read back) keeps it as its writer did.
pub(crate) fn withheld_if_few(
    q: &Questionnaire,
    t: TeamTally,
    answering: Option<usize>,
    team: usize,
) -> TeamTally {
    let k = q.criteria.min_role_respondents;
    let enough = |n: usize| n == 0 || n >= k || n >= team;
    if enough(t.respondents) {
        return t;
    }
    TeamTally {
        respondents: t.respondents,
        percent: None,
        spread: Figure::TooFew,
        mean_hundredths: None,
        status: None,
        unknown_percent: t.unknown_percent.filter(|_| answering.is_none_or(enough)),
    }
}

/// Aggregates the respondents (each once: see [`add_file`]) into the team's picture.
#[inline(never)]
pub fn aggregate(q: &Questionnaire, files: &[Respondent]) -> TeamResults {
    let scored: Vec<(&Progress, Results)> = files
        .iter()
        .map(|f| (&f.progress, score(q, &f.progress)))
        .collect();
    let mut theme_ids: Vec<ThemeIx> = scored
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
                    files.len(),
                )
            })
            .collect()
    };
    let all: Vec<&(&Progress, Results)> = scored.iter().collect();
    let overall = team_tally(q, scored.iter().map(|(_, r)| &r.overall), files.len());
    let themes: Vec<TeamTheme> = (theme_ids.iter().copied().zip(themes_of(&all)))
        .map(|(theme, tally)| TeamTheme { theme, tally })
        .collect();

    let mut statements = Vec::new();
    for &ti in &theme_ids {
        for (si, s) in q.themes[ti].statements.iter().enumerate() {
            let si = StatementIx(si);
            let mut counts = vec![0; q.scale.len()];
            let mut points = Vec::new();
            let mut is_basic = false;
            for (f, r) in &scored {
                // Only what counts in the respondent's own scores: an answer kept from another
                // role or school type they chose before is not theirs to give now.
                if r.theme(ti).is_none() || !f.profile.is_in(&s.audience) {
                    continue;
                }
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
            let answered: usize = counts.iter().sum();
            if answered == 0 {
                continue;
            }
            let figures = if answered < q.criteria.min_statement_respondents {
                Figure::TooFew
            } else {
                let spread = points
                    .iter()
                    .max()
                    .zip(points.iter().min())
                    .map(|(hi, lo)| hi - lo);
                Figure::Shown(StatementFigures {
                    counts,
                    seen_differently: spread.is_some_and(|d| d >= 2),
                    basic,
                })
            };
            statements.push(TeamStatement {
                theme: ti,
                statement: si,
                answered,
                figures,
            });
        }
    }

    let mut by_role: BTreeMap<&str, Vec<&(&Progress, Results)>> = BTreeMap::new();
    for item in &scored {
        by_role
            .entry(item.0.profile.role.as_deref().unwrap_or(""))
            .or_default()
            .push(item);
    }
    // The questionnaire's roles, in its order; respondents without a known role are outside.
    let groups: Vec<(&str, Vec<&(&Progress, Results)>)> = q
        .roles
        .iter()
        .filter_map(|r| Some((r.id.as_str(), by_role.remove(r.id.as_str())?)))
        .collect();
    let k = q.criteria.min_role_respondents;
    let sizes: Vec<usize> = groups.iter().map(|(_, list)| list.len()).collect();
    let shown = shown_apart(&sizes, files.len(), k);
    let groups: Vec<(&str, Vec<TeamTally>, usize)> = (groups.iter().zip(&shown))
        .filter(|(_, s)| **s)
        .map(|((role, list), _)| (*role, themes_of(list), list.len()))
        .collect();
    // Per theme, the same rule over the groups' respondents with a score for it.
    let mut cells: Vec<Vec<Figure<u32>>> = vec![Vec::new(); groups.len()];
    for (i, t) in themes.iter().enumerate() {
        let sizes: Vec<usize> = groups.iter().map(|(_, th, _)| th[i].respondents).collect();
        let shown = shown_apart(&sizes, t.tally.respondents, k);
        for (g, (_, th, _)) in groups.iter().enumerate() {
            cells[g].push(match th[i].score() {
                Figure::Shown(_) if !shown[g] => Figure::TooFew,
                figure => figure,
            });
        }
    }
    let roles: Vec<RoleTally> = (groups.into_iter().zip(cells))
        .map(|((role, _, respondents), themes)| RoleTally {
            role: role.to_string(),
            respondents,
            themes,
        })
        .collect();
    let not_shown_apart = files.len() - roles.iter().map(|r| r.respondents).sum::<usize>();

    TeamResults {
        respondents: files.len(),
        too_few_to_be_anonymous: (2..k).contains(&files.len()),
        themes,
        overall,
        statements,
        roles,
        not_shown_apart,
    }
}

/// Focus themes for the team, ranked as for one respondent ([`crate::advise`]) by the team's
/// status and score, each with the examples for that status that suit one of the respondents'
/// `profiles` ([`crate::Audience::suits`]).
pub fn team_focus(q: &Questionnaire, team: &TeamResults, profiles: &[Profile]) -> Vec<Focus> {
    let candidates = team.themes.iter().filter_map(|t| {
        Some(Candidate {
            theme: t.theme,
            status: t.tally.status?,
            percent: t.tally.percent,
        })
    });
    focus_themes(q, candidates, |c| {
        q.example_ixs()
            .filter(|&i| {
                let e = &q.examples[i];
                e.fits(c.theme, c.status) && e.audience.suits(profiles)
            })
            .collect()
    })
}

/// A theme's change between an earlier team picture and the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub theme: ThemeIx,
    /// Earlier and current mean score (percent), when each had respondents with a score.
    pub before: Option<u32>,
    pub after: Option<u32>,
    /// Earlier and current team status.
    pub status_before: Option<BandIx>,
    pub status_after: Option<BandIx>,
}

impl Change {
    /// Percentage points gained (negative: lost), when both pictures have a score.
    pub fn delta(&self) -> Option<i64> {
        Some(i64::from(self.after?) - i64::from(self.before?))
    }
}

/// Per theme of either picture (questionnaire order), how the team's score and status changed.
pub fn compare(earlier: &TeamResults, now: &TeamResults) -> Vec<Change> {
    let mut themes: Vec<ThemeIx> = earlier
        .themes
        .iter()
        .chain(&now.themes)
        .map(|t| t.theme)
        .collect();
    themes.sort_unstable();
    themes.dedup();
    let find = |r: &TeamResults, t: ThemeIx| {
        r.themes
            .iter()
            .find(|x| x.theme == t)
            .map(|x| x.tally.clone())
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
