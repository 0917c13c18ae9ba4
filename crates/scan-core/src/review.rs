//! Advisory checks for site owners: what a valid scan may still lack. `scan-check` prints them
//! as warnings; none of them stops a scan from loading.

use crate::model::{BandGroup, Questionnaire, allows};
use crate::progress::{Profile, Progress};

impl Questionnaire {
    /// Each school type the scan offers, or a single `None` when it asks none.
    fn school_type_choices(&self) -> Vec<Option<&str>> {
        if self.school_types.is_empty() {
            return vec![None];
        }
        self.school_types
            .iter()
            .map(|t| Some(t.id.as_str()))
            .collect()
    }

    /// (theme, band, school type) for which no practice example exists, over the bands whose
    /// themes can become focus themes (every group but "strength") and the school types the
    /// theme is for (`None` when the scan asks no school type).
    pub fn example_gaps(&self) -> Vec<(usize, usize, Option<&str>)> {
        let types = self.school_type_choices();
        let mut gaps = Vec::new();
        for (ti, theme) in self.themes.iter().enumerate() {
            for (b, band) in self.bands.iter().enumerate() {
                if band.group == BandGroup::Strength {
                    continue;
                }
                for &t in types
                    .iter()
                    .filter(|&&t| allows(&theme.audience.school_types, t))
                {
                    let covered = self.examples.iter().any(|e| {
                        e.theme == ti
                            && e.statuses.contains(&b)
                            && allows(&e.audience.school_types, t)
                    });
                    if !covered {
                        gaps.push((ti, b, t));
                    }
                }
            }
        }
        gaps
    }

    /// Ids of statements that no example names in `low_statements`: a low answer on them
    /// suggests only the theme's general examples.
    pub fn statements_without_example(&self) -> Vec<&str> {
        self.themes
            .iter()
            .flat_map(|t| &t.statements)
            .map(|s| s.id.as_str())
            .filter(|id| {
                !self
                    .examples
                    .iter()
                    .any(|e| e.low_statements.iter().any(|l| l == id))
            })
            .collect()
    }

    /// Examples without a source whose title or text seems to name a school or organisation:
    /// (example index, the first such name). A name is a capitalised word inside a sentence
    /// that is not an abbreviation (`SOP`, `MR`) and not in `common` (words a scan's language
    /// capitalises anyway).
    pub fn unsourced_names(&self, common: &[&str]) -> Vec<(usize, String)> {
        self.examples
            .iter()
            .enumerate()
            .filter(|(_, e)| e.source.is_none())
            .filter_map(|(i, e)| {
                [&e.title, &e.text]
                    .into_iter()
                    .find_map(|t| proper_name(t, common))
                    .map(|n| (i, n))
            })
            .collect()
    }

    /// For every school type and the roles offered for it (a single row when the scan asks
    /// neither): the number of statements a respondent sees with every module switched on.
    pub fn statements_per_profile(&self) -> Vec<(Profile, usize)> {
        let types = self.school_type_choices();
        let mut rows = Vec::new();
        for school_type in types {
            let roles: Vec<Option<&str>> = if self.roles.is_empty() {
                vec![None]
            } else {
                self.roles_for(school_type)
                    .map(|r| Some(r.id.as_str()))
                    .collect()
            };
            for role in roles {
                let p = Progress {
                    profile: Profile {
                        school_type: school_type.map(str::to_string),
                        role: role.map(str::to_string),
                    },
                    modules: self.optional_theme_ids(),
                    ..Progress::default()
                };
                let count = p.statements_in_scope(self);
                rows.push((p.profile, count));
            }
        }
        rows
    }
}

/// The first run of capitalised words in `text` that does not start a sentence, is not an
/// abbreviation and is not in `common`: "De Vlinder" in "het SOP van De Vlinder".
fn proper_name(text: &str, common: &[&str]) -> Option<String> {
    let mut sentence_start = true;
    let mut name: Vec<&str> = Vec::new();
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
        let head = bare.split(['-', '\'', '’']).next().unwrap_or(bare);
        let abbreviation = head
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        let quoted = word.starts_with(['‘', '\'', '"', '“', '(']);
        if capitalised && !sentence_start && !abbreviation && !quoted && !common.contains(&bare) {
            name.push(bare);
        } else if !name.is_empty() {
            break;
        }
        sentence_start = word.ends_with(['.', '?', '!', ':']);
        if sentence_start && !name.is_empty() {
            break;
        }
    }
    (!name.is_empty()).then(|| name.join(" "))
}
