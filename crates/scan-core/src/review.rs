//! Advisory checks for site owners: what a valid scan may still lack. `scan-check` prints them
//! as warnings; none of them stops a scan from loading.

use std::collections::BTreeSet;

use crate::model::{BandGroup, BandIx, ExampleIx, Questionnaire, ThemeIx, allows};
use crate::scope::{Profile, Scope};

/// A theme and status for which no practice example exists (see
/// [`Questionnaire::example_gaps`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExampleGap<'q> {
    pub theme: ThemeIx,
    pub band: BandIx,
    /// The school type without one; `None` when the scan asks no school type.
    pub school_type: Option<&'q str>,
}

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

    /// Themes, statuses and school types for which no practice example exists, over the bands
    /// whose themes can become focus themes (every group but "strength") and the school types
    /// the theme is for. An example covers a school type when it suits one of the profiles of
    /// that type ([`crate::Audience::suits`], the rule the advice uses).
    pub fn example_gaps(&self) -> Vec<ExampleGap<'_>> {
        let profiles = self.every_profile();
        let mut gaps = Vec::new();
        for (ti, theme) in self.theme_ixs().zip(&self.themes) {
            for (b, band) in self
                .bands
                .iter()
                .enumerate()
                .map(|(b, band)| (BandIx(b), band))
            {
                if band.group == BandGroup::Strength {
                    continue;
                }
                for t in self.school_type_choices() {
                    if !allows(&theme.audience.school_types, t) {
                        continue;
                    }
                    let of_type = || {
                        profiles
                            .iter()
                            .filter(move |p| p.school_type.as_deref() == t)
                    };
                    let covered = self
                        .examples
                        .iter()
                        .any(|e| e.fits(ti, b) && e.audience.suits(of_type()));
                    if !covered {
                        gaps.push(ExampleGap {
                            theme: ti,
                            band: b,
                            school_type: t,
                        });
                    }
                }
            }
        }
        gaps
    }

    /// Ids of statements that no example names in `low_statements`: a low answer on them
    /// suggests only the theme's general examples.
    pub fn statements_without_example(&self) -> Vec<&str> {
        self.statements()
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
    pub fn unsourced_names(&self, common: &[&str]) -> Vec<(ExampleIx, String)> {
        self.example_ixs()
            .zip(&self.examples)
            .filter(|(_, e)| e.source.is_none())
            .filter_map(|(i, e)| {
                [&e.title, &e.text]
                    .into_iter()
                    .find_map(|t| proper_name(t, common))
                    .map(|n| (i, n))
            })
            .collect()
    }

    /// Every school type and the roles offered for it (a single empty profile when the scan
    /// asks neither).
    pub(crate) fn every_profile(&self) -> Vec<Profile> {
        let mut all = Vec::new();
        for school_type in self.school_type_choices() {
            let roles: Vec<Option<&str>> = if self.roles.is_empty() {
                vec![None]
            } else {
                self.roles_for(school_type)
                    .map(|r| Some(r.id.as_str()))
                    .collect()
            };
            for role in roles {
                all.push(Profile {
                    school_type: school_type.map(str::to_string),
                    role: role.map(str::to_string),
                });
            }
        }
        all
    }

    /// For every profile ([`Self::every_profile`]), with every module switched on, what
    /// `count` says of its scope.
    fn per_profile(&self, count: impl Fn(Scope) -> usize) -> Vec<(Profile, usize)> {
        let modules: BTreeSet<String> = self.optional_theme_ids();
        self.every_profile()
            .into_iter()
            .map(|p| {
                let n = count(Scope::new(&p, &modules));
                (p, n)
            })
            .collect()
    }

    /// For every school type and the roles offered for it (a single row when the scan asks
    /// neither): the number of statements a respondent sees with every module switched on.
    pub fn statements_per_profile(&self) -> Vec<(Profile, usize)> {
        self.per_profile(|scope| scope.statement_count(self))
    }

    /// For the same profiles as [`Self::statements_per_profile`]: the number of statements a
    /// respondent sees that are basic for their role ([`crate::Statement::is_basic_for`]).
    pub fn basic_per_profile(&self) -> Vec<(Profile, usize)> {
        self.per_profile(|scope| {
            let role = scope.profile.role.as_deref();
            scope
                .included_themes(self)
                .into_iter()
                .flat_map(|t| {
                    scope
                        .applicable_statements(self, t)
                        .into_iter()
                        .map(move |s| &self.themes[t].statements[s])
                })
                .filter(|s| s.is_basic_for(role))
                .count()
        })
    }

    /// The profiles that see more than `max` basic statements, with how many they see: each
    /// basic statement can cap the whole scan, so many of them let one role's "weet ik niet"
    /// decide the total.
    pub fn too_many_basic(&self, max: usize) -> Vec<(Profile, usize)> {
        self.basic_per_profile()
            .into_iter()
            .filter(|(_, n)| *n > max)
            .collect()
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

#[cfg(test)]
mod tests {
    use crate::{Source, parse};

    /// Two school types; `s1` and `s2` basic for everyone, `s3` basic for the IB only, `s4`
    /// (basic) only for vo.
    const SCAN: &str = r#"
[scan]
id = "t"
title = "T"
version = "1"
intro = "I."
scale_help = "S."

[[scale]]
id = "niet"
label = "Niet"
points = 0

[[scale]]
id = "wel"
label = "Wel"
points = 1

[criteria]
low_below = 1
basic_cap = "laag"
unknown_flag_percent = 30

[[band]]
id = "laag"
label = "Laag"
from = 0
group = "risk"
description = "L."

[[school_type]]
id = "po"
label = "PO"

[[school_type]]
id = "vo"
label = "VO"

[[role]]
id = "ib"
label = "IB"

[[role]]
id = "leraar"
label = "Leraar"

[[theme]]
id = "a"
title = "A"
intro = "A."

[[theme.statement]]
id = "s1"
text = "S1."
basic = true

[[theme.statement]]
id = "s2"
text = "S2."
basic = true

[[theme.statement]]
id = "s3"
text = "S3."
basic = true
basic_roles = ["ib"]

[[theme.statement]]
id = "s4"
text = "S4."
basic = true
school_types = ["vo"]

[[theme.statement]]
id = "s5"
text = "S5."
"#;

    #[test]
    fn basic_statements_are_counted_per_school_type_and_role() {
        let q = parse(&[Source {
            name: "t.toml",
            text: SCAN,
        }])
        .unwrap();
        let rows: Vec<(String, String, usize)> = q
            .basic_per_profile()
            .into_iter()
            .map(|(p, n)| (p.school_type.unwrap(), p.role.unwrap(), n))
            .collect();
        let row = |t: &str, r: &str, n| (t.to_string(), r.to_string(), n);
        assert_eq!(
            rows,
            [
                row("po", "ib", 3),
                row("po", "leraar", 2),
                row("vo", "ib", 4),
                row("vo", "leraar", 3),
            ]
        );
        let over: Vec<usize> = q.too_many_basic(3).into_iter().map(|(_, n)| n).collect();
        assert_eq!(over, [4]);
        assert!(q.too_many_basic(4).is_empty());
        assert_eq!(q.too_many_basic(1).len(), 4);
    }
}
