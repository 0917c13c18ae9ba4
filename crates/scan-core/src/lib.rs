//! The pure core of the Scan Passend Onderwijs widget.
//!
//! Nothing here knows about browsers: the questionnaire model, parsing and validating the
//! `questions/*.toml` configuration, the team's progress (answers, notes, step), scoring against
//! the configured criteria, advice (strengths, risks, focus themes, practice examples) and the
//! versioned format in which progress is stored.
//!
//! ```
//! let q = scan_core::builtin().expect("the built-in scan is valid");
//! let mut progress = scan_core::Progress::default();
//! progress.profile.school_type = Some("po".into());
//! let first = &q.themes[0].statements[progress.applicable_statements(&q, 0)[0]];
//! progress.set_answer(first.id.clone(), "volledig".into(), 0);
//! let results = scan_core::score(&q, &progress);
//! assert_eq!(results.themes[0].tally.scored(), 1);
//! assert_eq!(results.themes[0].tally.percent, Some(100));
//! ```

mod advice;
mod band_scale;
mod estimate;
pub mod formats;
mod model;
mod progress;
mod review;
mod scoring;
mod team;

pub use advice::{Advice, Focus, advise, matching_examples};
pub use band_scale::BandOnScale;
pub use formats::Source;
pub use formats::config::parse;
pub use formats::csv::team_csv;
pub use formats::embedded;
pub use formats::error::{ConfigError, ConfigErrors};
pub use formats::exchange::{Exchange, ExchangeError};
pub use formats::plan::{PLAN_MAX_ITEMS, Plan, PlanItem};
pub use formats::stored::{FORMAT_VERSION, Stored, StoredDataError, StoredRef, decode, encode};
pub use model::{
    AnswerValue, Audience, Band, BandGroup, Choice, Criteria, Example, ExampleSource, HttpsUrl,
    Questionnaire, SWV_SCHOOL_TYPE, ScaleOption, Statement, Theme,
};
pub use progress::{
    Millis, Neighbours, Profile, ProfileField, Progress, Step, TakenIn, Timed, shown_theme,
};
pub use scoring::{Results, Tally, ThemeResult, score};
pub use team::{
    Change, RoleTally, TeamBasic, TeamResults, TeamStatement, TeamTally, aggregate, compare,
    date_of, duplicates, picture_date, team_focus,
};

/// The built-in scan's sources, as shipped in `questions/`.
pub const BUILTIN_SOURCES: [(&str, &str); 3] = [
    (
        "questions/scan.toml",
        include_str!("../../../questions/scan.toml"),
    ),
    (
        "questions/themes.toml",
        include_str!("../../../questions/themes.toml"),
    ),
    (
        "questions/examples.toml",
        include_str!("../../../questions/examples.toml"),
    ),
];

/// Parses and validates the built-in scan.
pub fn builtin() -> Result<Questionnaire, ConfigErrors> {
    let sources: Vec<Source> = BUILTIN_SOURCES
        .iter()
        .map(|(name, text)| Source { name, text })
        .collect();
    parse(&sources)
}
