//! The pure core of the Scan Passend Onderwijs widget.
//!
//! Nothing here knows about browsers. Its layers, each depending only on those before it:
//!
//! 1. [`model`](Questionnaire): the validated questionnaire.
//! 2. scope ([`Scope`], [`Profile`], [`ProfileField`]): which themes and statements apply to
//!    whom; [`Audience::suits`] is the one audience rule, for a respondent or a team.
//! 3. progress ([`Progress`]): what a respondent filled in, and the rules of moving through the
//!    scan (choose, resume, back and next, merge another tab's copy).
//! 4. scoring ([`score`]): results per theme and overall.
//! 5. advice ([`advise`], one focus ranking and example matcher), the time estimate, the site
//!    owner's review ([`ExampleGap`]) and the team ([`aggregate`] over [`Respondent`]s,
//!    [`add_file`], [`compare`]).
//!
//! [`formats`] reads and writes (the scan's TOML, stored progress, the exchange file, the link,
//! the plan, the CSV) and depends on the domain only; the domain never imports it.
//!
//! ```
//! let q = scan_core::builtin().expect("the built-in scan is valid");
//! let mut progress = scan_core::Progress::default();
//! progress.profile.school_type = Some("po".into());
//! let theme = scan_core::ThemeIx(0);
//! let first = &q.themes[theme].statements[progress.scope().applicable_statements(&q, theme)[0]];
//! progress.set_answer(first.id.clone(), "volledig".into(), 0);
//! let results = scan_core::score(&q, &progress);
//! assert_eq!(results.themes[0].tally.scored(), 1);
//! assert_eq!(results.themes[0].tally.percent, Some(100));
//! ```

mod advice;
mod band_scale;
pub mod calendar;
mod estimate;
pub mod formats;
pub mod meeting;
mod model;
mod progress;
mod review;
mod scope;
mod scoring;
pub mod swv;
mod team;

pub use advice::{Advice, Focus, advise, matching_examples};
pub use band_scale::BandOnScale;
pub use calendar::{Calendar, CalendarTexts, Date, plan_calendar, plan_date};
pub use formats::Source;
pub use formats::config::parse;
pub use formats::csv::{CsvTexts, swv_csv, team_csv};
pub use formats::embedded;
pub use formats::error::{ConfigError, ConfigErrors};
pub use formats::exchange::Exchange;
pub use formats::file::FileError;
pub use formats::plan::{PLAN_MAX_ITEMS, Plan, PlanItem};
pub use formats::stored::{FORMAT_VERSION, Stored, StoredDataError, StoredRef, decode, encode};
pub use meeting::{
    LittleKnown, MEETING_MAX, MeetingGuide, SeenDifferently, meeting_guide, meeting_guide_ranked,
    seen_differently,
};
pub use model::{
    AnswerValue, Audience, Band, BandGroup, BandIx, Choice, Criteria, Example, ExampleIx,
    ExampleSource, HttpsUrl, Questionnaire, SWV_SCHOOL_TYPE, ScaleOption, Statement, StatementIx,
    Theme, ThemeIx,
};
pub use progress::{
    Millis, Neighbours, OtherProfile, Progress, Restored, Step, TakenIn, Timed, shown_theme,
};
pub use review::ExampleGap;
pub use scope::{Profile, ProfileField, Scope};
pub use scoring::{Results, Tally, ThemeResult, score};
pub use team::{
    Added, Change, Figure, Respondent, RoleTally, StatementFigures, TeamBasic, TeamResults,
    TeamStatement, TeamTally, TeamTheme, add_file, aggregate, compare, date_of, picture_date,
    shown_apart, team_focus,
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
