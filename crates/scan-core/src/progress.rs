//! What a team has filled in so far. This is the only state the widget stores.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::{Questionnaire, ScaleOption, StatementIx, ThemeIx};
use crate::scope::{Profile, ProfileField, Scope};

/// Where the team is in the scan. Stored as `{"screen":"theme","theme":"<id>"}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StepRepr", into = "StepRepr")]
pub enum Step {
    #[default]
    Start,
    /// The theme with this id.
    Theme(String),
    Results,
}

/// How a [`Step`] is written: a plain struct, which costs less code to read than a tagged enum.
#[derive(Serialize, Deserialize)]
struct StepRepr {
    screen: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    theme: Option<String>,
}

impl From<Step> for StepRepr {
    fn from(step: Step) -> Self {
        let (screen, theme) = match step {
            Step::Start => ("start", None),
            Step::Theme(id) => ("theme", Some(id)),
            Step::Results => ("results", None),
        };
        StepRepr {
            screen: screen.into(),
            theme,
        }
    }
}

impl TryFrom<StepRepr> for Step {
    type Error = &'static str;
    fn try_from(r: StepRepr) -> Result<Self, Self::Error> {
        match (r.screen.as_str(), r.theme) {
            ("start", _) => Ok(Step::Start),
            ("results", _) => Ok(Step::Results),
            ("theme", Some(id)) => Ok(Step::Theme(id)),
            _ => Err("unknown step"),
        }
    }
}

/// Milliseconds since 1970-01-01 UTC: when something was given. 0 means "before times were
/// kept" (stored format 1).
pub type Millis = u64;

/// A value with the time it was given, so that two tabs' copies can be merged per item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timed<T> {
    pub value: T,
    #[serde(default)]
    pub at: Millis,
}

impl<T> Timed<T> {
    /// `value`, given at `at`.
    pub fn new(value: T, at: Millis) -> Self {
        Timed { value, at }
    }
}

/// A value of unknown time (as read from stored format 1, or written by tests).
impl From<&str> for Timed<String> {
    fn from(value: &str) -> Self {
        Timed::new(value.to_string(), 0)
    }
}

/// Answers, notes, the current step and which optional modules are switched on.
///
/// Answers and notes are keyed by id, so they survive changes to the questionnaire's order; an
/// answer to a statement that no longer exists is kept but not scored. Each carries the time it
/// was given, so that [`Progress::merge`] can take in another tab's copy without losing any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    /// Statement id -> scale option id.
    pub answers: BTreeMap<String, Timed<String>>,
    /// Theme id -> free-text note for the conversation with the advisor. An emptied note stays
    /// as an empty text, so that emptying it is merged like any other change.
    pub notes: BTreeMap<String, Timed<String>>,
    pub step: Step,
    /// Ids of optional themes the team switched on.
    pub modules: BTreeSet<String>,
    /// Who fills in the scan: decides which themes and statements apply.
    pub profile: Profile,
    /// When `profile` or `modules` last changed.
    pub setup_at: Millis,
    /// When this run of the scan began ("Opnieuw beginnen" starts a new one): answers and notes
    /// given before it belong to an earlier run and are dropped by a merge.
    pub started_at: Millis,
}

/// What taking in another tab's copy did (see [`Progress::take_in`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakenIn {
    /// Answers, notes or the profile came in.
    Added,
    /// The other tab began a new run of the scan.
    StartedOver,
}

/// What restoring answers from a file did (see [`Progress::restore`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restored {
    /// Answers the file brought back, or replaced with a later one of its own.
    pub answers: usize,
    /// Notes (not blank) the same.
    pub notes: usize,
}

/// Why a file's answers were not restored: this copy holds answers given as another school
/// type or role than the file's (in it), and the two would mix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherProfile(pub Profile);

/// The steps before and after a theme (see [`Progress::neighbours`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbours {
    /// The previous included theme, or [`Step::Start`] for the first.
    pub previous: Step,
    /// The next included theme, or [`Step::Results`] for the last.
    pub next: Step,
}

/// The theme a `Step::Theme(id)` shows, given the `included` themes: that theme when it is
/// included, else the first included one; `None` when no theme is included (the start screen
/// is shown).
pub fn shown_theme(q: &Questionnaire, id: &str, included: &[ThemeIx]) -> Option<ThemeIx> {
    q.theme_index(id)
        .filter(|t| included.contains(t))
        .or(included.first().copied())
}

impl Progress {
    /// A new, empty run of the scan, begun at `now`.
    pub fn started(now: Millis) -> Self {
        Progress {
            started_at: now,
            ..Progress::default()
        }
    }

    /// Records `option` as the answer to `statement`, given at `now`.
    pub fn set_answer(&mut self, statement: String, option: String, now: Millis) {
        self.answers.insert(statement, Timed::new(option, now));
    }

    /// Records the note of theme `theme`, written at `now`.
    pub fn set_note(&mut self, theme: String, text: String, now: Millis) {
        self.notes.insert(theme, Timed::new(text, now));
    }

    /// The note of a theme, if it has one that is not blank.
    pub fn note(&self, theme: &str) -> Option<&str> {
        self.notes
            .get(theme)
            .map(|n| n.value.as_str())
            .filter(|n| !n.trim().is_empty())
    }

    /// Changes the profile or modules with `change`, at `now`.
    pub fn set_up(
        &mut self,
        now: Millis,
        change: impl FnOnce(&mut Profile, &mut BTreeSet<String>),
    ) {
        change(&mut self.profile, &mut self.modules);
        self.setup_at = now;
    }

    /// Sets the school type or the role to `id`, at `now`, and clears a role the school type
    /// does not offer: the profile always holds a role offered for its school type.
    pub fn choose(&mut self, q: &Questionnaire, now: Millis, field: ProfileField, id: String) {
        self.set_up(now, |profile, _| {
            match field {
                ProfileField::SchoolType => profile.school_type = Some(id),
                ProfileField::Role => profile.role = Some(id),
            }
            profile.fit(q);
        });
    }

    /// The first choice the scan asks and this profile has not made, with the id of the first
    /// option offered for it; `None` when the scan can begin.
    pub fn missing_choice<'q>(&self, q: &'q Questionnaire) -> Option<(ProfileField, &'q str)> {
        let p = &self.profile;
        if !q.school_types.is_empty() && p.school_type.is_none() {
            q.school_types
                .first()
                .map(|c| (ProfileField::SchoolType, c.id.as_str()))
        } else if !q.roles.is_empty() && p.role.is_none() {
            let school_type = p.school_type.as_deref();
            q.roles
                .iter()
                .find(|c| c.offered_for(school_type))
                .map(|c| (ProfileField::Role, c.id.as_str()))
        } else {
            None
        }
    }

    /// Where "begin" or "continue" goes: the first included theme with open statements; for a
    /// scan not yet started, the first included theme; otherwise the results.
    pub fn resume_step(&self, q: &Questionnaire) -> Step {
        let included = self.scope().included_themes(q);
        let open = included.iter().copied().find(|&t| {
            let applicable = self.scope().applicable_statements(q, t);
            self.answered(q, t, &applicable) < applicable.len()
        });
        match open.or(included.first().copied()) {
            Some(t) if open.is_some() || self.is_blank() => Step::Theme(q.themes[t].id.clone()),
            _ => Step::Results,
        }
    }

    /// Back and next from theme `theme`, through the included themes.
    pub fn neighbours(&self, q: &Questionnaire, theme: ThemeIx) -> Neighbours {
        let included = self.scope().included_themes(q);
        let pos = included.iter().position(|&i| i == theme).unwrap_or(0);
        let step = |t: ThemeIx| Step::Theme(q.themes[t].id.clone());
        Neighbours {
            previous: pos
                .checked_sub(1)
                .map_or(Step::Start, |p| step(included[p])),
            next: included.get(pos + 1).map_or(Step::Results, |&t| step(t)),
        }
    }

    /// Merges in another tab's copy (see [`merge`](Self::merge)) and says what that did;
    /// `None` when nothing changed.
    pub fn take_in(&mut self, theirs: &Progress) -> Option<TakenIn> {
        let what = if theirs.started_at > self.started_at {
            TakenIn::StartedOver
        } else {
            TakenIn::Added
        };
        self.merge(theirs).then_some(what)
    }

    /// Takes back the answers, notes, profile and optional modules of a file the respondent
    /// saved (`file`, as [`crate::Exchange::to_progress`] reads it), at `now`: into a blank
    /// copy (a cleared browser, another computer) as they were; into one with answers of the
    /// same profile per statement and note, the later one winning, so that nothing given in
    /// either is lost. Answers of another profile are not mixed in: that is an
    /// [`OtherProfile`] error, and nothing changes.
    ///
    /// Both copies' answers and notes become part of the later of the two runs (their time is
    /// raised to its start where it was earlier), so that another tab's merge, which drops what
    /// came before a run's start, keeps them. A school type or role the scan does not offer is
    /// left for the respondent to choose.
    pub fn restore(
        &mut self,
        q: &Questionnaire,
        file: &Progress,
        now: Millis,
    ) -> Result<Restored, OtherProfile> {
        let mut profile = file.profile.clone();
        // Here rather than in `Profile::fit`, which every choice on the start screen runs: a
        // file is the only place an unknown school type can come from.
        if profile
            .school_type
            .as_ref()
            .is_some_and(|s| !q.school_types.iter().any(|c| &c.id == s))
        {
            profile.school_type = None;
        }
        profile.fit(q);
        if !self.is_blank() && self.profile != profile {
            return Err(OtherProfile(profile));
        }
        let run = self.started_at.max(file.started_at);
        let answers = restore_timed(&mut self.answers, &file.answers, run);
        let notes = restore_timed(&mut self.notes, &file.notes, run);
        self.started_at = run;
        self.set_up(now, |p, modules| {
            *p = profile;
            modules.extend(file.modules.iter().cloned());
        });
        Ok(Restored { answers, notes })
    }

    /// Which themes and statements apply to this respondent.
    pub fn scope(&self) -> Scope<'_> {
        Scope::new(&self.profile, &self.modules)
    }

    /// How many of `statements` (indexes within theme `theme`, usually its
    /// [`Scope::applicable_statements`], which callers compute once) have
    /// an answer with a known option.
    pub fn answered(&self, q: &Questionnaire, theme: ThemeIx, statements: &[StatementIx]) -> usize {
        let all = &q.themes[theme].statements;
        statements
            .iter()
            .filter(|&&i| self.answer(q, &all[i].id).is_some())
            .count()
    }

    /// The option chosen for a statement, if it is one of the scale's options.
    pub fn answer<'q>(&self, q: &'q Questionnaire, statement: &str) -> Option<&'q ScaleOption> {
        self.answers.get(statement).and_then(|o| q.option(&o.value))
    }

    /// True when nothing has been filled in.
    pub fn is_blank(&self) -> bool {
        self.answers.is_empty() && self.notes.values().all(|n| n.value.trim().is_empty())
    }

    /// Takes in another copy of the same scan (another tab's), so that no answer given in
    /// either is lost: per statement and per note the later one wins; profile and modules come
    /// from the copy that changed them last; answers and notes from before the later
    /// [`started_at`](Self::started_at) are dropped. The step stays this copy's own. Ties go to
    /// the larger value, so both copies end up equal whichever merges first. Returns whether
    /// anything changed.
    pub fn merge(&mut self, other: &Progress) -> bool {
        let before = self.clone();
        self.started_at = self.started_at.max(other.started_at);
        merge_timed(&mut self.answers, &other.answers, self.started_at);
        merge_timed(&mut self.notes, &other.notes, self.started_at);
        let theirs = (other.setup_at, &other.profile, &other.modules);
        if theirs > (self.setup_at, &self.profile, &self.modules) {
            self.setup_at = other.setup_at;
            self.profile = other.profile.clone();
            self.modules = other.modules.clone();
        }
        *self != before
    }
}

/// `theirs` restored into `ours`, both raised to the run that starts at `run` where they were
/// earlier, then per key the later of the two ([`take_later`]); how many came from `theirs`
/// that are not blank.
fn restore_timed(
    ours: &mut BTreeMap<String, Timed<String>>,
    theirs: &BTreeMap<String, Timed<String>>,
    run: Millis,
) -> usize {
    for t in ours.values_mut() {
        t.at = t.at.max(run);
    }
    take_later(
        ours,
        theirs
            .iter()
            .map(|(k, t)| (k, Timed::new(t.value.clone(), t.at.max(run)))),
    )
}

/// Per key the later of `ours` and `theirs`, the larger value on a tie, so that two copies agree
/// whichever takes in the other; how many were taken from `theirs` that are not blank.
fn take_later<'t>(
    ours: &mut BTreeMap<String, Timed<String>>,
    theirs: impl IntoIterator<Item = (&'t String, Timed<String>)>,
) -> usize {
    let mut taken = 0;
    for (key, t) in theirs {
        if ours
            .get(key)
            .is_none_or(|o| (t.at, &t.value) > (o.at, &o.value))
        {
            taken += usize::from(!t.value.trim().is_empty());
            ours.insert(key.clone(), t);
        }
    }
    taken
}

/// Per key the later of the two ([`take_later`]); nothing from before `since`.
fn merge_timed(
    ours: &mut BTreeMap<String, Timed<String>>,
    theirs: &BTreeMap<String, Timed<String>>,
    since: Millis,
) {
    take_later(ours, theirs.iter().map(|(k, t)| (k, t.clone())));
    ours.retain(|_, t| t.at >= since);
}
