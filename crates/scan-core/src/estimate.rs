//! How long filling in the scan takes, estimated from the texts a respondent actually sees.
//!
//! The estimate counts the words of every statement in scope and of every theme's title and
//! introduction, reads them at [`WORDS_PER_MINUTE`], and adds [`SECONDS_PER_ANSWER`] per
//! statement to weigh and choose an answer. A site owner who timed real respondents can set
//! `duration_minutes` instead, which then wins.

use crate::model::Questionnaire;
use crate::progress::Progress;

/// Careful reading speed of adult readers for informative Dutch text.
pub const WORDS_PER_MINUTE: u64 = 180;
/// Time to weigh a statement and pick an answer, after reading it.
pub const SECONDS_PER_ANSWER: u64 = 6;

impl Questionnaire {
    /// Minutes (rounded up) this respondent needs: `duration_minutes` when the scan sets it,
    /// otherwise the estimate described in this module.
    pub fn estimated_minutes(&self, progress: &Progress) -> u32 {
        if let Some(m) = self.duration_minutes {
            return m;
        }
        let words = |t: &str| t.split_whitespace().count() as u64;
        let mut seconds = 0;
        for ti in progress.included_themes(self) {
            let theme = &self.themes[ti];
            seconds += (words(&theme.title) + words(&theme.intro)) * 60 / WORDS_PER_MINUTE;
            for si in progress.applicable_statements(self, ti) {
                let s = &theme.statements[si];
                seconds += words(&s.text) * 60 / WORDS_PER_MINUTE + SECONDS_PER_ANSWER;
            }
        }
        seconds.div_ceil(60).max(1) as u32
    }

    /// The shortest and longest estimate over every school type and role the scan offers,
    /// with every module on: what the start screen says before the respondent has chosen.
    pub fn estimated_minutes_range(&self) -> (u32, u32) {
        let minutes = self
            .statements_per_profile()
            .into_iter()
            .map(|(profile, _)| {
                self.estimated_minutes(&Progress {
                    profile,
                    modules: self.optional_theme_ids(),
                    ..Progress::default()
                })
            });
        minutes.fold((u32::MAX, 0), |(lo, hi), m| (lo.min(m), hi.max(m)))
    }
}
