//! What a team has filled in so far. This is the only state the widget stores.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::Questionnaire;

/// Where the team is in the scan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "screen", content = "theme", rename_all = "lowercase")]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Statement id -> scale option id.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// Theme id -> free-text note for the conversation with the advisor.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    #[serde(default)]
    pub step: Step,
    /// Ids of optional themes the team switched on.
    #[serde(default)]
    pub modules: BTreeSet<String>,
}

impl Progress {
    /// Indexes of the themes that are part of this team's scan, in order.
    pub fn included_themes(&self, q: &Questionnaire) -> Vec<usize> {
        (0..q.themes.len())
            .filter(|&i| !q.themes[i].optional || self.modules.contains(&q.themes[i].id))
            .collect()
    }

    /// How many statements of theme `theme` have an answer with a known option.
    pub fn answered_in(&self, q: &Questionnaire, theme: usize) -> usize {
        q.themes[theme]
            .statements
            .iter()
            .filter(|s| self.answer(q, &s.id).is_some())
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
