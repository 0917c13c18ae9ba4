//! How long filling in the scan takes, estimated from the texts a respondent actually sees.
//!
//! The estimate counts the words of the scan's introduction (once, on the start screen), of
//! every theme's title and introduction in scope, and of every statement in scope with its help
//! text; reads them at [`WORDS_PER_MINUTE`]; and adds [`SECONDS_PER_ANSWER`] per statement to
//! weigh it and choose an answer. A site owner who timed real respondents can set
//! `duration_minutes` instead, which then wins.

use crate::model::Questionnaire;
use crate::scope::Scope;

/// Careful reading speed of adult readers for informative Dutch text.
pub const WORDS_PER_MINUTE: u64 = 180;
/// Time to weigh a statement and pick an answer, after reading it. A self-assessment statement
/// asks the respondent to weigh their own situation, which takes longer than a factual
/// question (a content review put it above the 6 seconds this was before).
pub const SECONDS_PER_ANSWER: u64 = 8;

impl Questionnaire {
    /// Minutes (rounded up) this respondent needs: `duration_minutes` when the scan sets it,
    /// otherwise the estimate described in this module.
    pub fn estimated_minutes(&self, scope: Scope) -> u32 {
        if let Some(m) = self.duration_minutes {
            return m;
        }
        self.estimated_seconds(scope).div_ceil(60).max(1) as u32
    }

    /// The estimate in seconds: the words read at [`WORDS_PER_MINUTE`] (rounded up), plus
    /// [`SECONDS_PER_ANSWER`] per statement.
    fn estimated_seconds(&self, scope: Scope) -> u64 {
        let words = |t: &str| t.split_whitespace().count() as u64;
        let mut read = words(&self.intro);
        let mut statements = 0;
        for ti in scope.included_themes(self) {
            let theme = &self.themes[ti];
            read += words(&theme.title) + words(&theme.intro);
            for si in scope.applicable_statements(self, ti) {
                let s = &theme.statements[si];
                read += words(&s.text) + s.help.as_deref().map_or(0, words);
                statements += 1;
            }
        }
        (read * 60).div_ceil(WORDS_PER_MINUTE) + statements * SECONDS_PER_ANSWER
    }

    /// The shortest and longest estimate over every school type and role the scan offers,
    /// with every module on: what the start screen says before the respondent has chosen.
    pub fn estimated_minutes_range(&self) -> (u32, u32) {
        let modules = self.optional_theme_ids();
        let minutes = self
            .every_profile()
            .into_iter()
            .map(|profile| self.estimated_minutes(Scope::new(&profile, &modules)));
        minutes.fold((u32::MAX, 0), |(lo, hi), m| (lo.min(m), hi.max(m)))
    }
}

#[cfg(test)]
mod tests {
    use crate::{Progress, Questionnaire, Source, parse};

    fn mini(edit: impl Fn(&str) -> String) -> Questionnaire {
        let text = edit(include_str!("../tests/fixtures/mini.toml"));
        parse(&[Source {
            name: "mini.toml",
            text: &text,
        }])
        .unwrap()
    }

    #[test]
    fn words_of_every_text_in_scope_and_eight_seconds_an_answer() {
        let q = mini(str::to_string);
        // Without a profile: themes a, b and d with six statements. Words: the scan's intro 5;
        // a: title 2, intro 9, statements 3 x 2; b: 2 + 2 + 2; d: 2 + 10 + 2 x 2. That is 44
        // words, 15 s at 180 a minute (rounded up), plus 6 x 8 s.
        let p = Progress::default();
        let p = p.scope();
        assert_eq!(q.estimated_seconds(p), 15 + 48);
        assert_eq!(q.estimated_minutes(p), 2);
        // A help text of 30 words in scope adds 10 s; on a statement out of scope, nothing.
        let help = "help = \"".to_string() + &["woord"; 30].join(" ") + "\"";
        let q = mini(|t| {
            t.replacen(
                "text = \"Statement a1.\"",
                &format!("text = \"Statement a1.\"\n{help}"),
                1,
            )
        });
        assert_eq!(q.estimated_seconds(p), 25 + 48);
        let q = mini(|t| {
            t.replacen(
                "text = \"Statement e1.\"",
                &format!("text = \"Statement e1.\"\n{help}"),
                1,
            )
        });
        assert_eq!(q.estimated_seconds(p), 15 + 48);
        // A measured duration wins.
        let q = mini(|t| {
            t.replacen(
                "version = \"1\"",
                "version = \"1\"\nduration_minutes = 12",
                1,
            )
        });
        assert_eq!(q.estimated_minutes(p), 12);
    }
}
