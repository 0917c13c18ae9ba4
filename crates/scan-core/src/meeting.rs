//! The meeting guide: the agenda an advisor follows when talking a team through its picture,
//! in the order of the cycle SELFIE's planning toolkit and the Index for Inclusion use: what
//! goes well, where the team sees things differently, what the team does not know, and which
//! themes to work on.
//!
//! Drawn from [`TeamResults`] only, so the anonymity rules hold here too: a statement whose
//! figures are withheld ([`crate::Figure::TooFew`]) is never put on the agenda.

use crate::advice::Focus;
use crate::model::{AnswerValue, BandGroup, Questionnaire, StatementIx, ThemeIx};
use crate::team::TeamResults;

/// How many strengths and statements seen differently the agenda names at most.
pub const MEETING_MAX: usize = 3;

/// The agenda of a meeting with the team, part by part.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingGuide {
    /// Themes to name first: the team's status is in a band of group "strength"; the highest
    /// mean first, ties in questionnaire order; at most [`MEETING_MAX`]. Empty when the team
    /// has none.
    pub strengths: Vec<ThemeIx>,
    /// The statements the team sees most differently, at most [`MEETING_MAX`]: only shown
    /// statements marked seen differently, the widest spread first.
    pub seen_differently: Vec<SeenDifferently>,
    /// Themes where "weet ik niet" reaches `criteria.unknown_flag_percent` of the answers
    /// ("wat zouden we moeten weten?"), the most unknown first, ties in questionnaire order.
    pub little_known: Vec<LittleKnown>,
    /// The focus themes to choose two or three from, in the order given.
    pub focus: Vec<ThemeIx>,
}

/// A statement the team sees differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeenDifferently {
    /// Its theme.
    pub theme: ThemeIx,
    /// The statement within that theme.
    pub statement: StatementIx,
    /// The standard deviation of the scored answers' points (over the team, not a sample), in
    /// hundredths of a point, rounded down. The ranking compares the exact figure.
    pub spread_hundredths: u64,
    /// The scored answers behind it (not "weet ik niet" or "niet van toepassing").
    pub scored: usize,
}

/// A theme the team knows little about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LittleKnown {
    /// The theme.
    pub theme: ThemeIx,
    /// "Weet ik niet" over all answers given to it, whole percent.
    pub unknown_percent: u32,
}

/// The spread of a statement's scored answers: `n`, and `n² · variance` (that is
/// `n · Σp² − (Σp)²`) as an exact integer.
fn spread(q: &Questionnaire, counts: &[usize]) -> (u64, u128) {
    let (mut n, mut sum, mut squares) = (0u64, 0u128, 0u128);
    for (o, &c) in q.scale.iter().zip(counts) {
        let AnswerValue::Points(p) = o.value else {
            continue;
        };
        let (c, p) = (c as u64, u128::from(p));
        n += c;
        sum += u128::from(c) * p;
        squares += u128::from(c) * p * p;
    }
    (n, u128::from(n) * squares - sum * sum)
}

/// Every statement of `team` marked seen differently (and shown), the most different first: by
/// the standard deviation of their scored answers' points (options without points do not
/// count), ties by more scored answers, then questionnaire order.
pub fn seen_differently(q: &Questionnaire, team: &TeamResults) -> Vec<SeenDifferently> {
    let mut seen: Vec<(u128, SeenDifferently)> = team
        .statements
        .iter()
        .filter_map(|s| {
            let f = s.figures.shown().filter(|f| f.seen_differently)?;
            let (n, n2_variance) = spread(q, &f.counts);
            // floor(100·√v) = floor(√⌊10000·v⌋): the figure in integers.
            let hundredths =
                (10_000 * n2_variance / (u128::from(n) * u128::from(n)).max(1)).isqrt() as u64;
            Some((
                n2_variance,
                SeenDifferently {
                    theme: s.theme,
                    statement: s.statement,
                    spread_hundredths: hundredths,
                    scored: n as usize,
                },
            ))
        })
        .collect();
    // Widest spread first (a/n² against b/m², cross-multiplied), then more answers, then
    // questionnaire order.
    seen.sort_unstable_by(|(a, x), (b, y)| {
        let square = |s: &SeenDifferently| (s.scored as u128).pow(2);
        (b * square(x))
            .cmp(&(a * square(y)))
            .then(y.scored.cmp(&x.scored))
            .then((x.theme, x.statement).cmp(&(y.theme, y.statement)))
    });
    seen.into_iter().map(|(_, s)| s).collect()
}

/// The agenda for a meeting on the team's picture `team`, with the focus themes `focus` the
/// team page computed ([`crate::team_focus`]). Its statements seen differently are the first
/// of [`seen_differently`].
pub fn meeting_guide(q: &Questionnaire, team: &TeamResults, focus: &[Focus]) -> MeetingGuide {
    meeting_guide_ranked(q, team, focus, &seen_differently(q, team))
}

/// [`meeting_guide`], for a caller that has `ranked`, the [`seen_differently`] of `team`,
/// already (the team page lists them too): they are ranked once.
pub fn meeting_guide_ranked(
    q: &Questionnaire,
    team: &TeamResults,
    focus: &[Focus],
    ranked: &[SeenDifferently],
) -> MeetingGuide {
    let mut strengths: Vec<(u64, ThemeIx)> = team
        .themes
        .iter()
        .filter_map(|t| {
            let status = t.tally.status?;
            (q.bands[status].group == BandGroup::Strength)
                .then(|| (t.tally.mean_hundredths.unwrap_or(0), t.theme))
        })
        .collect();
    strengths.sort_unstable_by_key(|&(mean, theme)| (std::cmp::Reverse(mean), theme));

    let mut little_known: Vec<LittleKnown> = team
        .themes
        .iter()
        .filter_map(|t| {
            let unknown_percent = t.tally.unknown_percent?;
            (unknown_percent >= q.criteria.unknown_flag_percent).then_some(LittleKnown {
                theme: t.theme,
                unknown_percent,
            })
        })
        .collect();
    little_known.sort_unstable_by_key(|l| (std::cmp::Reverse(l.unknown_percent), l.theme));

    MeetingGuide {
        strengths: (strengths.into_iter().take(MEETING_MAX))
            .map(|(_, theme)| theme)
            .collect(),
        seen_differently: ranked.iter().take(MEETING_MAX).copied().collect(),
        little_known,
        focus: focus.iter().map(|f| f.theme).collect(),
    }
}
