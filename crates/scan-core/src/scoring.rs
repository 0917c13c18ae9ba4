//! Scoring: a pure function from questionnaire + progress to results per theme and overall.
//!
//! A theme's score is the weighted share of points reached on its scored answers:
//! `floor(100 * Σ weight·points / Σ weight·max_points)`. "Weet ik niet" answers count as answered
//! but not scored. The status is the band that percentage falls in, capped at
//! `criteria.basic_cap` when a basic statement is answered low. Only the themes and statements
//! meant for the team's profile (school type, role) and switched-on modules count.

use crate::model::Questionnaire;
use crate::progress::Progress;

/// Counts, score and status for a theme or for the whole scan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Statements in scope.
    pub total: usize,
    /// Statements answered, "weet ik niet" included.
    pub answered: usize,
    /// Answered with an option that has no points ("weet ik niet / n.v.t.").
    pub unknown: usize,
    /// Weighted points reached.
    pub points: u64,
    /// Weighted points possible on the scored answers.
    pub max_points: u64,
    /// Score in whole percent (rounded down); `None` when nothing scored was answered.
    pub percent: Option<u32>,
    /// Index into the questionnaire's bands; `None` when there is no score.
    pub status: Option<usize>,
    /// The share of "weet ik niet" reached `criteria.unknown_flag_percent`.
    pub insufficient_insight: bool,
}

impl Tally {
    /// Answers that carry points.
    pub fn scored(&self) -> usize {
        self.answered - self.unknown
    }

    fn add(&mut self, other: &Tally) {
        self.total += other.total;
        self.answered += other.answered;
        self.unknown += other.unknown;
        self.points += other.points;
        self.max_points += other.max_points;
    }

    fn finish(&mut self, q: &Questionnaire) {
        self.percent = (self.max_points > 0).then(|| (100 * self.points / self.max_points) as u32);
        self.status = self.percent.map(|p| q.band_for(p));
        self.insufficient_insight = self.answered > 0
            && self.unknown * 100 >= q.criteria.unknown_flag_percent as usize * self.answered;
    }
}

/// The result for one theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeResult {
    /// Index into the questionnaire's themes.
    pub theme: usize,
    pub tally: Tally,
    /// The status was lowered to `criteria.basic_cap` by a low basic statement.
    pub capped: bool,
    /// Indexes (within the theme) of basic statements answered low.
    pub low_basic: Vec<usize>,
    /// Indexes (within the theme) of all statements answered low.
    pub low: Vec<usize>,
}

/// Results per included theme (in questionnaire order) and overall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    pub themes: Vec<ThemeResult>,
    pub overall: Tally,
}

impl Results {
    /// The result for the questionnaire theme with index `theme`, if it is included.
    pub fn theme(&self, theme: usize) -> Option<&ThemeResult> {
        self.themes.iter().find(|t| t.theme == theme)
    }
}

/// Scores `progress` against the criteria of `q`. Only themes the team included count.
pub fn score(q: &Questionnaire, progress: &Progress) -> Results {
    let max = u64::from(q.max_points());
    let mut overall = Tally::default();
    let themes = progress
        .included_themes(q)
        .into_iter()
        .map(|ti| {
            let theme = &q.themes[ti];
            let applicable = progress.applicable_statements(q, ti);
            let mut t = Tally {
                total: applicable.len(),
                ..Tally::default()
            };
            let mut low = Vec::new();
            let mut low_basic = Vec::new();
            for si in applicable {
                let s = &theme.statements[si];
                let Some(option) = progress.answer(q, &s.id) else {
                    continue;
                };
                t.answered += 1;
                match option.points {
                    None => t.unknown += 1,
                    Some(p) => {
                        t.points += u64::from(s.weight) * u64::from(p);
                        t.max_points += u64::from(s.weight) * max;
                        if p < q.criteria.low_below {
                            low.push(si);
                            if s.basic {
                                low_basic.push(si);
                            }
                        }
                    }
                }
            }
            t.finish(q);
            let capped =
                !low_basic.is_empty() && t.status.is_some_and(|s| s > q.criteria.basic_cap);
            if capped {
                t.status = Some(q.criteria.basic_cap);
            }
            overall.add(&t);
            ThemeResult {
                theme: ti,
                tally: t,
                capped,
                low_basic,
                low,
            }
        })
        .collect();
    overall.finish(q);
    Results { themes, overall }
}
