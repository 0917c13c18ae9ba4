//! The validated questionnaire. Built by [`crate::parse`], so every reference in it resolves;
//! serde reads it back only from the bytes `build.rs` wrote for a validated one
//! ([`crate::embedded`]).

use serde::{Deserialize, Serialize};

/// Declares a typed index into one of the questionnaire's lists, indexing a `Vec` of them, so
/// that a theme's index cannot be taken for a band's. Written as the plain number
/// (`serde(transparent)`): stored and embedded bytes are those of a `usize`.
macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident => $item:ty) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub usize);

        impl std::ops::Index<$name> for [$item] {
            type Output = $item;
            fn index(&self, i: $name) -> &$item {
                &self[i.0]
            }
        }

        impl std::ops::Index<$name> for Vec<$item> {
            type Output = $item;
            fn index(&self, i: $name) -> &$item {
                &self[i.0]
            }
        }
    };
}

index_type!(
    /// Index into [`Questionnaire::themes`].
    ThemeIx => Theme
);
index_type!(
    /// Index into [`Questionnaire::bands`]: a status.
    BandIx => Band
);
index_type!(
    /// Index into [`Questionnaire::examples`].
    ExampleIx => Example
);
index_type!(
    /// Index into a theme's [`Theme::statements`].
    StatementIx => Statement
);

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
    /// About how long filling it in takes, in minutes, when the site owner measured it; `None`
    /// shows the estimate [`Questionnaire::estimated_minutes`] computes from the texts.
    pub duration_minutes: Option<u32>,
    /// One line that explains the answer scale, shown above the statements.
    pub scale_help: String,
    /// Answer options in display order.
    pub scale: Vec<ScaleOption>,
    pub criteria: Criteria,
    /// Status bands, from lowest to highest; the first starts at a mean answer of 0.
    pub bands: Vec<Band>,
    pub themes: Vec<Theme>,
    pub examples: Vec<Example>,
    /// School types a team can choose at the start (po, vo, …); empty when the scan does not ask.
    pub school_types: Vec<Choice>,
    /// Roles a respondent can choose at the start; empty when the scan does not ask.
    pub roles: Vec<Choice>,
}

/// The school type id of a samenwerkingsverband (the built-in scan's `swv`): a respondent of
/// that type reads the texts written for one ("Uw beeld van het samenwerkingsverband").
pub const SWV_SCHOOL_TYPE: &str = "swv";

/// A school type or role the start screen offers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
    /// For a role: the school types it is offered for (ids of [`Questionnaire::school_types`]);
    /// empty means all. Always empty for a school type.
    pub only_for: Vec<String>,
}

impl Choice {
    /// Whether this role is offered to a respondent of `school_type`.
    pub fn offered_for(&self, school_type: Option<&str>) -> bool {
        allows(&self.only_for, school_type)
    }
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
        allows(&self.school_types, school_type) && allows(&self.roles, role)
    }
}

/// Whether an audience list lets `chosen` in: an empty list lets everyone in; a restriction
/// on a choice not made keeps the respondent out.
pub(crate) fn allows(list: &[String], chosen: Option<&str>) -> bool {
    list.is_empty() || chosen.is_some_and(|c| list.iter().any(|x| x == c))
}

/// The label of the choice `id` in `choices`, or `id` when none has it.
fn label_of<'a>(choices: &'a [Choice], id: &'a str) -> &'a str {
    choices
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.label.as_str())
}

/// What choosing an answer option means for the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerValue {
    /// A step on the scale, worth this many points.
    Points(u32),
    /// "Weet ik niet": counted as answered, not scored; a lack of insight.
    Unknown,
    /// "Niet van toepassing": the statement drops out for this respondent.
    NotApplicable,
}

/// One answer option.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScaleOption {
    pub id: String,
    pub label: String,
    pub value: AnswerValue,
}

impl ScaleOption {
    /// The points this option gives, if it is a step on the scale.
    pub fn points(&self) -> Option<u32> {
        match self.value {
            AnswerValue::Points(p) => Some(p),
            _ => None,
        }
    }
}

/// How answers turn into a status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Criteria {
    /// Answers with fewer points than this count as low.
    pub low_below: u32,
    /// Index into [`Questionnaire::bands`]: the highest status a theme (and the whole scan) can
    /// get while one of its basic statements is answered low or "weet ik niet".
    pub basic_cap: BandIx,
    /// A theme gets a status only when at least this share (percent) of its applicable
    /// statements has a scored answer; otherwise it has "te weinig antwoorden".
    pub min_scored_percent: u32,
    /// In a team view, a role is shown apart only with at least this many respondents (and
    /// only while those outside the shown roles number 0 or at least this many), and the lowest
    /// and highest score only from this many.
    pub min_role_respondents: usize,
    /// In a team view, a statement's answer counts only from this many respondents who
    /// answered it.
    pub min_statement_respondents: usize,
    /// On the samenwerkingsverband's page, a school's figures are shown only from this many
    /// respondents behind its team file.
    pub min_school_respondents: usize,
    /// Figures over several schools (the whole SWV, regular or special schools, the reference
    /// file) only from this many schools with figures.
    pub min_schools: usize,
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

/// A status band: a theme (or the whole scan) whose mean answer is at least `from` and below
/// the next band's `from` gets it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Band {
    pub id: String,
    pub label: String,
    /// The mean answer (weighted points per scored answer) where the band starts, in
    /// hundredths of a point: `270` is a mean of 2.7.
    pub from: u32,
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
    /// Read it through [`Statement::is_basic_for`], which knows `basic_roles`.
    pub basic: bool,
    /// When not empty: the statement is basic only for respondents with one of these roles
    /// (ids of [`Questionnaire::roles`]); for other roles it is an ordinary statement.
    pub basic_roles: Vec<String>,
    /// For whom the statement is meant.
    pub audience: Audience,
}

impl Statement {
    /// Whether the statement is a basic condition for a respondent with `role`: it is basic,
    /// and either for every role or for this one.
    pub fn is_basic_for(&self, role: Option<&str>) -> bool {
        self.basic && allows(&self.basic_roles, role)
    }
}

/// A practice example (praktijkvoorbeeld) and the criteria that select it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub id: String,
    pub title: String,
    pub text: String,
    /// For which situation it is suggested.
    pub situation: String,
    pub theme: ThemeIx,
    /// The statuses of the theme it suits.
    pub statuses: Vec<BandIx>,
    /// Statement ids; when not empty, at least one must be answered low.
    pub low_statements: Vec<String>,
    /// For whom it is suggested (a school, a samenwerkingsverband); empty lists mean everyone.
    pub audience: Audience,
    /// Where a real case is described; `None` makes the example an illustration
    /// ("voorbeeldaanpak").
    pub source: Option<ExampleSource>,
}

impl Example {
    /// Whether the example is meant for theme `theme` (an index) at status `status` (a band
    /// index). Who it suits is the audience's rule, [`Audience::suits`].
    pub fn fits(&self, theme: ThemeIx, status: BandIx) -> bool {
        self.theme == theme && self.statuses.contains(&status)
    }
}

/// The public source of a practice example about a real school or organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExampleSource {
    /// The publication: title, organisation, date.
    pub title: String,
    /// Its web address, when it is online.
    pub url: Option<HttpsUrl>,
}

/// A web address that starts with `https://`, has a host, and holds no whitespace, quotes,
/// angle brackets or backslashes: safe to put in a link as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct HttpsUrl(String);

impl HttpsUrl {
    /// The address, when `text` is one.
    pub fn parse(text: &str) -> Option<Self> {
        let host = text.strip_prefix("https://")?;
        let bad = |c: char| c.is_whitespace() || c.is_control() || "\"'<>\\`".contains(c);
        let fine = !host.is_empty() && !host.starts_with(['/', '?', '#']) && !text.contains(bad);
        fine.then(|| HttpsUrl(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for HttpsUrl {
    type Error = String;
    fn try_from(text: String) -> Result<Self, String> {
        HttpsUrl::parse(&text).ok_or_else(|| format!("not an https address: {text}"))
    }
}

impl From<HttpsUrl> for String {
    fn from(url: HttpsUrl) -> String {
        url.0
    }
}

/// The highest number of points an option of `scale` gives.
pub(crate) fn max_points(scale: &[ScaleOption]) -> u32 {
    scale
        .iter()
        .filter_map(ScaleOption::points)
        .max()
        .unwrap_or(0)
}

impl Questionnaire {
    /// The highest number of points an option gives.
    pub fn max_points(&self) -> u32 {
        max_points(&self.scale)
    }

    /// The scale option with this id.
    pub fn option(&self, id: &str) -> Option<&ScaleOption> {
        self.scale.iter().find(|o| o.id == id)
    }

    /// Index of the theme with this id.
    pub fn theme_index(&self, id: &str) -> Option<ThemeIx> {
        self.themes.iter().position(|t| t.id == id).map(ThemeIx)
    }

    /// The index of every theme, in order.
    pub fn theme_ixs(&self) -> impl Iterator<Item = ThemeIx> + use<> {
        (0..self.themes.len()).map(ThemeIx)
    }

    /// Every statement, theme by theme in order: the order of a link's answer digits.
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.themes.iter().flat_map(|t| &t.statements)
    }

    /// The index of every example, in order.
    pub fn example_ixs(&self) -> impl Iterator<Item = ExampleIx> + use<> {
        (0..self.examples.len()).map(ExampleIx)
    }

    /// The band of a mean answer of `points / weight` (weighted points over the weight of the
    /// scored answers): the last band whose `from` it reaches. Compared exactly, in integers.
    pub fn band_for(&self, points: u64, weight: u64) -> BandIx {
        BandIx(
            self.bands
                .iter()
                .rposition(|b| u64::from(b.from) * weight <= 100 * points)
                .unwrap_or(0),
        )
    }

    /// Whether `school_type` is this scan's samenwerkingsverband: the scan defines a school type
    /// with the id [`SWV_SCHOOL_TYPE`] and it is the one chosen.
    pub fn is_swv(&self, school_type: Option<&str>) -> bool {
        school_type == Some(SWV_SCHOOL_TYPE)
            && self.school_types.iter().any(|t| t.id == SWV_SCHOOL_TYPE)
    }

    /// The label of role `id`, or the id itself when the scan no longer has that role (a file
    /// of an older version): every page names a role the same way.
    pub fn role_label<'a>(&'a self, id: &'a str) -> &'a str {
        label_of(&self.roles, id)
    }

    /// The label of school type `id`, or the id itself (see [`Self::role_label`]).
    pub fn school_type_label<'a>(&'a self, id: &'a str) -> &'a str {
        label_of(&self.school_types, id)
    }

    /// Roles offered to a respondent of `school_type`.
    pub fn roles_for<'q>(
        &'q self,
        school_type: Option<&'q str>,
    ) -> impl Iterator<Item = &'q Choice> {
        self.roles
            .iter()
            .filter(move |r| r.offered_for(school_type))
    }

    /// The labels that say when a basic statement is met: the lowest option that is not low
    /// (`criteria.low_below` points or more), and the "weet ik niet" option. Empty when the
    /// scale has no such option.
    pub fn basic_labels(&self) -> (&str, &str) {
        let enough = self
            .scale
            .iter()
            .filter(|o| o.points().is_some_and(|p| p >= self.criteria.low_below))
            .min_by_key(|o| o.points())
            .map_or("", |o| o.label.as_str());
        (enough, self.unknown_label())
    }

    /// The label of the scale's "weet ik niet" option, as the respondent clicked it; empty when
    /// the scale has none.
    pub fn unknown_label(&self) -> &str {
        self.scale
            .iter()
            .find(|o| o.value == AnswerValue::Unknown)
            .map_or("", |o| o.label.as_str())
    }

    /// Ids of the optional themes (modules).
    pub fn optional_theme_ids(&self) -> std::collections::BTreeSet<String> {
        // Inserted one by one: collecting into a BTreeSet brings a stable sort into the
        // WebAssembly (about 4 KB).
        let mut ids = std::collections::BTreeSet::new();
        for t in self.themes.iter().filter(|t| t.optional) {
            ids.insert(t.id.clone());
        }
        ids
    }

    /// A band's `from` as written in the configuration (`2.7`, `1`), with `separator` as the
    /// decimal sign.
    pub fn mean_text(hundredths: u32, separator: char) -> String {
        let text = format!("{}{separator}{:02}", hundredths / 100, hundredths % 100);
        text.trim_end_matches('0')
            .trim_end_matches(separator)
            .to_string()
    }

    /// Number of statements in all themes.
    pub fn statement_count(&self) -> usize {
        self.statements().count()
    }
}
