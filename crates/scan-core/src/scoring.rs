//! Scoring (version 2): a pure function from questionnaire + progress to results per theme and
//! overall.
//!
//! - A theme's score is the weighted share of points reached on its scored answers,
//!   `floor(100 * Σ weight·points / Σ weight·max_points)`; its status is the band its weighted
//!   mean answer falls in (bands follow the scale: a theme answered "Grotendeels" throughout
//!   is "Gevorderd").
//! - "Weet ik niet" counts as answered but not scored; "niet van toepassing" takes the statement
//!   out of the theme for this respondent.
//! - A status is given only when at least `criteria.min_scored_percent` of the applicable
//!   statements have a scored answer ("te weinig antwoorden" otherwise).
//! - A basic statement answered low ("niet gehaald") or "weet ik niet" ("onbekend": a
//!   condition nobody can confirm is not shown as met) caps its theme at `criteria.basic_cap`,
//!   and the overall status likewise. The results keep the two apart, so the screen can say
//!   which happened. A statement with `basic_roles` is basic only for those
//!   roles ([`crate::Statement::is_basic_for`]).
//!
//! Only the themes and statements meant for the respondent's profile (school type, role) and
//! switched-on modules count.

use crate::model::{AnswerValue, BandIx, Questionnaire, StatementIx, ThemeIx};
use crate::progress::Progress;

/// Counts, score and status for a theme or for the whole scan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Statements in scope that apply: those answered "niet van toepassing" are left out.
    pub total: usize,
    /// Statements answered, "weet ik niet" included.
    pub answered: usize,
    /// Answered "weet ik niet".
    pub unknown: usize,
    /// Answered "niet van toepassing" (not in `total`).
    pub not_applicable: usize,
    /// Weighted points reached.
    pub points: u64,
    /// Weighted points possible on the scored answers.
    pub max_points: u64,
    /// The weight of the scored answers.
    pub weight: u64,
    /// Score in whole percent (rounded down); `None` when nothing scored was answered.
    pub percent: Option<u32>,
    /// The band; `None` when there is no score or too few answers.
    pub status: Option<BandIx>,
    /// Something was scored, but less than `criteria.min_scored_percent` of `total`.
    pub too_few: bool,
    /// The share of "weet ik niet" reached `criteria.unknown_flag_percent`.
    pub insufficient_insight: bool,
    /// The status was lowered to `criteria.basic_cap` by a basic statement that is not met.
    pub capped: bool,
}

impl Tally {
    /// How far it is filled in, as a respondent counts: statements given any answer ("niet van
    /// toepassing" included) out of all statements in scope. `answered` and `total` leave "niet
    /// van toepassing" out, which would make the whole scan shrink as it is answered.
    pub fn filled_in(&self) -> (usize, usize) {
        (
            self.answered + self.not_applicable,
            self.total + self.not_applicable,
        )
    }

    /// Answers that carry points.
    pub fn scored(&self) -> usize {
        self.answered - self.unknown
    }

    /// The weighted mean answer in hundredths of a point (`200` is "Grotendeels" throughout),
    /// rounded down; `None` when nothing scored was answered.
    pub fn mean_hundredths(&self) -> Option<u64> {
        (self.weight > 0).then(|| 100 * self.points / self.weight)
    }

    fn add(&mut self, other: &Tally) {
        self.total += other.total;
        self.answered += other.answered;
        self.unknown += other.unknown;
        self.not_applicable += other.not_applicable;
        self.points += other.points;
        self.max_points += other.max_points;
        self.weight += other.weight;
    }

    /// Derives score, status, flags and the cap from the counts.
    fn finish(&mut self, q: &Questionnaire, basic_unmet: bool) {
        self.percent = (self.max_points > 0).then(|| (100 * self.points / self.max_points) as u32);
        let scored = self.scored();
        self.too_few =
            scored > 0 && scored * 100 < q.criteria.min_scored_percent as usize * self.total;
        self.status = (scored > 0 && !self.too_few).then(|| q.band_for(self.points, self.weight));
        self.capped = basic_unmet && self.status.is_some_and(|s| s > q.criteria.basic_cap);
        if self.capped {
            self.status = Some(q.criteria.basic_cap);
        }
        self.insufficient_insight = self.answered > 0
            && self.unknown * 100 >= q.criteria.unknown_flag_percent as usize * self.answered;
    }
}

/// The result for one theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeResult {
    pub theme: ThemeIx,
    pub tally: Tally,
    /// Indexes (within the theme) of basic statements answered low: "niet gehaald". Any of
    /// them caps the theme (see [`Tally::capped`]).
    pub basic_low: Vec<StatementIx>,
    /// Indexes (within the theme) of basic statements answered "weet ik niet": "onbekend". A
    /// condition nobody can confirm is not shown as met, so these cap the theme too.
    pub basic_unknown: Vec<StatementIx>,
    /// Indexes (within the theme) of all statements answered low.
    pub low: Vec<StatementIx>,
}

impl ThemeResult {
    /// A basic statement is not met: answered low or "weet ik niet".
    pub fn basic_unmet(&self) -> bool {
        !self.basic_low.is_empty() || !self.basic_unknown.is_empty()
    }
}

/// Results per included theme (in questionnaire order) and overall.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    pub themes: Vec<ThemeResult>,
    /// All included themes together; capped when any theme has a basic statement not met.
    pub overall: Tally,
}

impl Results {
    /// The result for the questionnaire theme with index `theme`, if it is included.
    pub fn theme(&self, theme: ThemeIx) -> Option<&ThemeResult> {
        self.themes.iter().find(|t| t.theme == theme)
    }

    /// Themes (questionnaire indexes) with a basic statement answered low ("niet gehaald").
    pub fn themes_with_basic_low(&self) -> impl Iterator<Item = ThemeIx> + '_ {
        self.themes
            .iter()
            .filter(|r| !r.basic_low.is_empty())
            .map(|r| r.theme)
    }

    /// Themes (questionnaire indexes) with a basic statement answered "weet ik niet"
    /// ("onbekend").
    pub fn themes_with_basic_unknown(&self) -> impl Iterator<Item = ThemeIx> + '_ {
        self.themes
            .iter()
            .filter(|r| !r.basic_unknown.is_empty())
            .map(|r| r.theme)
    }
}

/// Scores `progress` against the criteria of `q`. Only themes the team included count.
pub fn score(q: &Questionnaire, progress: &Progress) -> Results {
    let max = u64::from(q.max_points());
    let mut overall = Tally::default();
    let role = progress.profile.role.as_deref();
    let themes: Vec<ThemeResult> = progress
        .scope()
        .included_themes(q)
        .into_iter()
        .map(|ti| {
            let theme = &q.themes[ti];
            let mut t = Tally::default();
            let mut low = Vec::new();
            let (mut basic_low, mut basic_unknown) = (Vec::new(), Vec::new());
            for si in progress.scope().applicable_statements(q, ti) {
                let s = &theme.statements[si];
                let answer = progress.answer(q, &s.id).map(|o| o.value);
                if answer == Some(AnswerValue::NotApplicable) {
                    t.not_applicable += 1;
                    continue;
                }
                t.total += 1;
                let Some(value) = answer else { continue };
                t.answered += 1;
                let basic = s.is_basic_for(role);
                match value {
                    AnswerValue::Points(p) => {
                        let w = u64::from(s.weight);
                        t.points += w * u64::from(p);
                        t.max_points += w * max;
                        t.weight += w;
                        if p < q.criteria.low_below {
                            low.push(si);
                            if basic {
                                basic_low.push(si);
                            }
                        }
                    }
                    _ => {
                        t.unknown += 1;
                        if basic {
                            basic_unknown.push(si);
                        }
                    }
                }
            }
            let unmet = !basic_low.is_empty() || !basic_unknown.is_empty();
            t.finish(q, unmet);
            overall.add(&t);
            ThemeResult {
                theme: ti,
                tally: t,
                basic_low,
                basic_unknown,
                low,
            }
        })
        .collect();
    let any_unmet = themes.iter().any(ThemeResult::basic_unmet);
    overall.finish(q, any_unmet);
    Results { themes, overall }
}
