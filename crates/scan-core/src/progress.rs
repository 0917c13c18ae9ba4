//! What a team has filled in so far. This is the only state the widget stores.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Questionnaire;

/// Where the team is in the scan.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Step {
    #[default]
    Start,
    /// The theme with this id.
    Theme(String),
    Results,
}

/// Answers, notes, the current step and which optional modules are switched on.
///
/// Answers and notes are keyed by id, so they survive changes to the questionnaire's order; an
/// answer to a statement that no longer exists is kept but not scored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// Statement id -> scale option id.
    pub answers: BTreeMap<String, String>,
    /// Theme id -> free-text note for the conversation with the advisor.
    pub notes: BTreeMap<String, String>,
    pub step: Step,
    /// Ids of optional themes the team switched on.
    pub modules: BTreeSet<String>,
    /// Who fills in the scan: decides which themes and statements apply.
    pub profile: Profile,
}

/// The school type and role chosen at the start (ids from the questionnaire).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub school_type: Option<String>,
    pub role: Option<String>,
}

impl Profile {
    fn includes(&self, audience: &crate::Audience) -> bool {
        audience.includes(self.school_type.as_deref(), self.role.as_deref())
    }
}

impl Progress {
    /// Indexes of the themes that are part of this team's scan, in order: switched on (if
    /// optional), meant for this profile, and with at least one statement that applies.
    pub fn included_themes(&self, q: &Questionnaire) -> Vec<usize> {
        (0..q.themes.len())
            .filter(|&i| {
                let t = &q.themes[i];
                (!t.optional || self.modules.contains(&t.id))
                    && self.profile.includes(&t.audience)
                    && !self.applicable_statements(q, i).is_empty()
            })
            .collect()
    }

    /// Indexes (within the theme) of the statements meant for this profile.
    pub fn applicable_statements(&self, q: &Questionnaire, theme: usize) -> Vec<usize> {
        let statements = &q.themes[theme].statements;
        (0..statements.len())
            .filter(|&i| self.profile.includes(&statements[i].audience))
            .collect()
    }

    /// How many of `statements` (indexes within theme `theme`, usually its
    /// [`applicable_statements`](Self::applicable_statements), which callers compute once) have
    /// an answer with a known option.
    pub fn answered(&self, q: &Questionnaire, theme: usize, statements: &[usize]) -> usize {
        let all = &q.themes[theme].statements;
        statements
            .iter()
            .filter(|&&i| self.answer(q, &all[i].id).is_some())
            .count()
    }

    /// The option chosen for a statement, if it is one of the scale's options.
    pub fn answer<'q>(
        &self,
        q: &'q Questionnaire,
        statement: &str,
    ) -> Option<&'q crate::ScaleOption> {
        self.answers.get(statement).and_then(|o| q.option(o))
    }

    /// True when nothing has been filled in.
    pub fn is_blank(&self) -> bool {
        self.answers.is_empty() && self.notes.values().all(|n| n.trim().is_empty())
    }
}
