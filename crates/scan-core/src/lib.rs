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
//! progress.answers.insert(q.themes[0].statements[0].id.clone(), "volledig".into());
//! let results = scan_core::score(&q, &progress);
//! assert_eq!(results.themes[0].tally.scored(), 1);
//! assert_eq!(results.themes[0].tally.percent, Some(100));
//! ```

mod advice;
pub mod compact;
mod config;
mod error;
mod json;
mod model;
mod progress;
mod scoring;
mod storage_format;
mod toml_messages;
mod toml_subset;

pub use advice::{Advice, Focus, advise, matching_examples};
pub use config::{Source, parse};
pub use error::{ConfigError, ConfigErrors};
pub use model::{
    Audience, Band, BandGroup, Choice, Criteria, Example, Questionnaire, ScaleOption, Statement,
    Theme,
};
pub use progress::{Profile, Progress, Step};
pub use scoring::{Results, Tally, ThemeResult, score};
pub use storage_format::{FORMAT_VERSION, StoredDataError, decode, encode};

/// The built-in scan's sources, as shipped in `questions/`.
pub const BUILTIN_SOURCES: [(&str, &str); 2] = [
    (
        "questions/scan.toml",
        include_str!("../../../questions/scan.toml"),
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
