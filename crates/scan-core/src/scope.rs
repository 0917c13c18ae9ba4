//! Who fills in the scan and which modules are on: what decides which themes and statements
//! apply, apart from the answers. [`Scope`] answers it for a respondent's progress, for every
//! profile a site owner's review walks through, and for the time estimate alike.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::model::{Audience, Choice, Questionnaire, StatementIx, ThemeIx};

/// The school type and role chosen at the start (ids from the questionnaire).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// One of the two things the start screen asks: which school type, which role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileField {
    SchoolType,
    Role,
}

impl ProfileField {
    /// What the scan offers for this field; empty when it does not ask it.
    pub fn choices(self, q: &Questionnaire) -> &[Choice] {
        match self {
            ProfileField::SchoolType => &q.school_types,
            ProfileField::Role => &q.roles,
        }
    }

    /// Whether `choice` is offered to a respondent with `profile` so far: every school type,
    /// and the roles offered for the chosen school type ([`Choice::offered_for`]).
    pub fn offers(self, choice: &Choice, profile: &Profile) -> bool {
        match self {
            ProfileField::SchoolType => true,
            ProfileField::Role => choice.offered_for(profile.school_type.as_deref()),
        }
    }

    /// This field's value in `profile`.
    pub fn get(self, profile: &Profile) -> Option<&str> {
        match self {
            ProfileField::SchoolType => profile.school_type.as_deref(),
            ProfileField::Role => profile.role.as_deref(),
        }
    }
}

impl Profile {
    /// Whether `audience` lets this respondent in ([`Audience::includes`]).
    pub fn is_in(&self, audience: &Audience) -> bool {
        audience.includes(self.school_type.as_deref(), self.role.as_deref())
    }

    /// Clears the role when it is not offered for the school type (after that changed).
    pub(crate) fn fit(&mut self, q: &Questionnaire) {
        let school_type = self.school_type.as_deref();
        let offered = |r: &String| q.roles_for(school_type).any(|c| &c.id == r);
        if self.role.as_ref().is_some_and(|r| !offered(r)) {
            self.role = None;
        }
    }
}

impl Audience {
    /// The one rule for whom something is meant, for one respondent or a whole team: it suits
    /// when it lets one of `profiles` in, and always while no respondent is known yet (an
    /// empty team holds nothing back). For one respondent that is [`Profile::is_in`].
    pub fn suits<'p>(&self, profiles: impl IntoIterator<Item = &'p Profile>) -> bool {
        let mut anyone = false;
        for p in profiles {
            if p.is_in(self) {
                return true;
            }
            anyone = true;
        }
        !anyone
    }
}

/// A profile and the switched-on modules: which themes and statements a respondent sees.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub profile: &'a Profile,
    /// Ids of the optional themes switched on.
    pub modules: &'a BTreeSet<String>,
}

impl<'a> Scope<'a> {
    /// The scope of `profile` with `modules` on.
    pub fn new(profile: &'a Profile, modules: &'a BTreeSet<String>) -> Self {
        Scope { profile, modules }
    }

    /// Indexes of the themes that are part of this scan, in order: switched on (if optional),
    /// meant for this profile, and with at least one statement that applies.
    pub fn included_themes(&self, q: &Questionnaire) -> Vec<ThemeIx> {
        q.theme_ixs()
            .filter(|&i| {
                let t = &q.themes[i];
                (!t.optional || self.modules.contains(&t.id))
                    && self.profile.is_in(&t.audience)
                    && !self.applicable_statements(q, i).is_empty()
            })
            .collect()
    }

    /// Indexes (within the theme) of the statements meant for this profile.
    pub fn applicable_statements(&self, q: &Questionnaire, theme: ThemeIx) -> Vec<StatementIx> {
        let statements = &q.themes[theme].statements;
        (0..statements.len())
            .map(StatementIx)
            .filter(|&i| self.profile.is_in(&statements[i].audience))
            .collect()
    }

    /// How many statements this respondent sees, over all included themes.
    pub fn statement_count(&self, q: &Questionnaire) -> usize {
        self.included_themes(q)
            .into_iter()
            .map(|t| self.applicable_statements(q, t).len())
            .sum()
    }
}
