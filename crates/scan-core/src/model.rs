//! The validated questionnaire. Built by [`crate::parse`], so every reference in it resolves;
//! serde reads it back only from the bytes `build.rs` wrote for a validated one
//! ([`crate::embedded`]).

use serde::{Deserialize, Serialize};

/// A whole scan: its texts, answer scale, criteria, themes and practice examples.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// Stable id; part of the storage key.
    pub id: String,
    pub title: String,
    /// Version of the content, stored with the answers.
    pub version: String,
    /// Language of the texts (BCP 47, e.g. `nl`, `en`); default `nl`.
    pub language: String,
    /// What the scan is for (start screen); paragraphs separated by blank lines.
    pub intro: String,
    /// About how long filling it in takes, in minutes.
    pub duration_minutes: u32,
    /// One line that explains the answer scale, shown above the statements.
    pub scale_help: String,
    /// Answer options in display order.
    pub scale: Vec<ScaleOption>,
    pub criteria: Criteria,
    /// Status bands, from lowest to highest; they cover 0..=100 percent without gaps.
    pub bands: Vec<Band>,
    pub themes: Vec<Theme>,
    pub examples: Vec<Example>,
    /// School types a team can choose at the start (po, vo, …); empty when the scan does not ask.
    pub school_types: Vec<Choice>,
    /// Roles a respondent can choose at the start; empty when the scan does not ask.
    pub roles: Vec<Choice>,
}

/// A school type or role the start screen offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// For whom a theme or statement is meant. Empty lists mean everyone.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Audience {
    /// Ids of [`Questionnaire::school_types`].
    pub school_types: Vec<String>,
    /// Ids of [`Questionnaire::roles`].
    pub roles: Vec<String>,
}

impl Audience {
    /// Whether a respondent with this school type and role is meant. A restriction on a choice
    /// the respondent did not make excludes them.
    pub fn includes(&self, school_type: Option<&str>, role: Option<&str>) -> bool {
        let fits = |list: &[String], chosen: Option<&str>| {
            list.is_empty() || chosen.is_some_and(|c| list.iter().any(|x| x == c))
        };
        fits(&self.school_types, school_type) && fits(&self.roles, role)
    }
}

/// One answer option. `points == None` marks "weet ik niet / n.v.t.": counted, not scored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScaleOption {
    pub id: String,
    pub label: String,
    pub points: Option<u32>,
}

/// How answers turn into a status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criteria {
    /// Answers with fewer points than this count as low.
    pub low_below: u32,
    /// Index into [`Questionnaire::bands`]: the highest status a theme can get while one of its
    /// basic statements is answered low.
    pub basic_cap: usize,
    /// Share of "weet ik niet" answers (percent of answered statements) from which a theme is
    /// flagged "onvoldoende zicht".
    pub unknown_flag_percent: u32,
    /// How many focus themes the advice suggests at most.
    pub focus_max: usize,
    /// How many practice examples are suggested per focus theme at most.
    pub examples_per_focus: usize,
}

/// Which part of the results a status belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BandGroup {
    /// "Wat gaat goed".
    Strength,
    /// "Aandachtspunten".
    Attention,
    /// "Risico's".
    Risk,
}

/// A status band: theme or overall scores from `min` to `max` percent (inclusive) get it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Band {
    pub id: String,
    pub label: String,
    pub min: u32,
    pub max: u32,
    pub group: BandGroup,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    pub id: String,
    pub title: String,
    pub intro: String,
    /// An optional module: only part of the scan when the team switches it on.
    pub optional: bool,
    /// For whom the whole theme is meant.
    pub audience: Audience,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    pub text: String,
    pub help: Option<String>,
    /// Positive weight in the theme score.
    pub weight: u32,
    /// A basic statement answered low caps its theme's status at [`Criteria::basic_cap`].
    pub basic: bool,
    /// For whom the statement is meant.
    pub audience: Audience,
}

/// A practice example (praktijkvoorbeeld) and the criteria that select it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub id: String,
    pub title: String,
    pub text: String,
    /// For which situation it is suggested.
    pub situation: String,
    /// Index into [`Questionnaire::themes`].
    pub theme: usize,
    /// Indexes into [`Questionnaire::bands`]: the statuses of the theme it suits.
    pub statuses: Vec<usize>,
    /// Statement ids; when not empty, at least one must be answered low.
    pub low_statements: Vec<String>,
}

impl Questionnaire {
    /// The highest number of points an option gives.
    pub fn max_points(&self) -> u32 {
        self.scale
            .iter()
            .filter_map(|o| o.points)
            .max()
            .unwrap_or(0)
    }

    /// The scale option with this id.
    pub fn option(&self, id: &str) -> Option<&ScaleOption> {
        self.scale.iter().find(|o| o.id == id)
    }

    /// Index of the theme with this id.
    pub fn theme_index(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.id == id)
    }

    /// The band a percentage falls in.
    pub fn band_for(&self, percent: u32) -> usize {
        self.bands
            .iter()
            .position(|b| percent >= b.min && percent <= b.max)
            .unwrap_or(0)
    }

    /// Number of statements in all themes.
    pub fn statement_count(&self) -> usize {
        self.themes.iter().map(|t| t.statements.len()).sum()
    }
}

impl Questionnaire {
    /// (theme, band) pairs for which no practice example exists, over the bands whose themes
    /// can become focus themes (every group but "strength").
    pub fn example_gaps(&self) -> Vec<(usize, usize)> {
        let mut gaps = Vec::new();
        for t in 0..self.themes.len() {
            for (b, band) in self.bands.iter().enumerate() {
                let covered = self
                    .examples
                    .iter()
                    .any(|e| e.theme == t && e.statuses.contains(&b));
                if band.group != BandGroup::Strength && !covered {
                    gaps.push((t, b));
                }
            }
        }
        gaps
    }
}
