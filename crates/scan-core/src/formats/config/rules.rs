//! The rules a scan's values must follow, checked while the raw tables become the model.

use super::super::link::LINK_MAX_SCALE;
use super::super::table_reader::{Checker, Ids, Int, Text};
use super::super::toml_subset::Spanned;
use super::{
    RawBand, RawChoice, RawCriteria, RawExample, RawOption, RawRole, RawStatement, RawTheme,
};
use crate::model::*;
use std::collections::{HashMap, HashSet};

/// The most tables of each kind a scan may have (answer options: as many as a link carries).
/// Far above what a scan needs; they keep the checks of references quick.
pub const MAX_SCALE_OPTIONS: usize = LINK_MAX_SCALE;
pub const MAX_BANDS: usize = 20;
pub const MAX_THEMES: usize = 100;
/// Statements in all themes together.
pub const MAX_STATEMENTS: usize = 1_000;
pub const MAX_EXAMPLES: usize = 1_000;
/// School types, and roles.
pub const MAX_CHOICES: usize = 50;

/// The first `max` tables of `raw`; the one after them is reported with `what` (which says
/// what is allowed and why).
fn at_most<'r, T>(
    c: &mut Checker,
    raw: &'r [(usize, Spanned<T>)],
    max: usize,
    what: &str,
) -> &'r [(usize, Spanned<T>)] {
    if let Some((src, t)) = raw.get(max) {
        c.error(*src, t.span(), format!("at most {max} {what}"));
    }
    &raw[..raw.len().min(max)]
}

pub(super) fn build_choices(
    c: &mut Checker,
    raw: &[(usize, Spanned<RawChoice>)],
    kind: &str,
) -> Vec<Choice> {
    let mut ids = Ids::default();
    let what = format!("`[[{kind}]]` tables are allowed: remove some");
    at_most(c, raw, MAX_CHOICES, &what)
        .iter()
        .map(|(src, r)| {
            let r = r.get_ref();
            ids.add(c, kind, *src, &r.id);
            Choice {
                id: c.id(*src, &format!("{kind}.id"), &r.id),
                label: c.text(*src, &format!("{kind}.label"), &r.label),
                only_for: Vec::new(),
            }
        })
        .collect()
}

/// Roles, each offered for the school types it names (all when it names none).
pub(super) fn build_roles(
    c: &mut Checker,
    raw: &[(usize, Spanned<RawRole>)],
    school_types: &[Choice],
) -> Vec<Choice> {
    let mut ids = Ids::default();
    let known: Vec<&str> = school_types.iter().map(|k| k.id.as_str()).collect();
    let what = "`[[role]]` tables are allowed: remove some";
    at_most(c, raw, MAX_CHOICES, what)
        .iter()
        .map(|(src, r)| {
            let r = r.get_ref();
            ids.add(c, "role", *src, &r.id);
            let only_for = r
                .school_types
                .iter()
                .map(|t| {
                    c.reference(*src, "role.school_types", t, "school_type", &known);
                    t.get_ref().clone()
                })
                .collect();
            Choice {
                id: c.id(*src, "role.id", &r.id),
                label: c.text(*src, "role.label", &r.label),
                only_for,
            }
        })
        .collect()
}

/// An audience whose ids must name defined school types and roles.
pub(super) fn build_audience(
    c: &mut Checker,
    src: usize,
    field: &str,
    (school_types, roles): (&[Text], &[Text]),
    (known_types, known_roles): (&[Choice], &[Choice]),
) -> Audience {
    let mut check = |list: &[Text], known: &[Choice], key: &str, kind: &str| {
        let ids: Vec<&str> = known.iter().map(|k| k.id.as_str()).collect();
        list.iter()
            .map(|id| {
                c.reference(src, &format!("{field}.{key}"), id, kind, &ids);
                id.get_ref().clone()
            })
            .collect()
    };
    Audience {
        school_types: check(school_types, known_types, "school_types", "school_type"),
        roles: check(roles, known_roles, "roles", "role"),
    }
}

pub(super) fn build_scale(
    c: &mut Checker,
    raw: &[(usize, Spanned<RawOption>)],
) -> Vec<ScaleOption> {
    let mut ids = Ids::default();
    let mut out = Vec::new();
    let what = "answer options (`[[scale]]`) are allowed: a link to the team page carries each answer as one character of 36; remove options";
    for (src, o) in at_most(c, raw, MAX_SCALE_OPTIONS, what) {
        let o_ref = o.get_ref();
        ids.add(c, "scale option", *src, &o_ref.id);
        let value = match (&o_ref.points, o_ref.not_applicable) {
            (Some(p), true) => {
                c.error(*src, p.span(), "an option with `not_applicable = true` takes no `points`: remove one of the two");
                AnswerValue::NotApplicable
            }
            (Some(p), false) => AnswerValue::Points(c.int(
                *src,
                "scale.points",
                p,
                0..101,
                "a whole number from 0 to 100 (leave it out for \"weet ik niet\")",
            )),
            (None, true) => AnswerValue::NotApplicable,
            (None, false) => AnswerValue::Unknown,
        };
        out.push(ScaleOption {
            id: c.id(*src, "scale.id", &o_ref.id),
            label: c.text(*src, "scale.label", &o_ref.label),
            value,
        });
    }
    let scored = out.iter().filter(|o| o.points().is_some()).count();
    if scored < 2 {
        let (src, span) = raw.first().map_or((0, 0..0), |(s, o)| (*s, o.span()));
        c.error(
            src,
            span,
            "`scale` needs at least two options with `points`",
        );
    } else if out.iter().filter_map(ScaleOption::points).max() == Some(0) {
        let (src, o) = &raw[0];
        c.error(
            *src,
            o.span(),
            "`scale` needs an option with more than 0 `points`",
        );
    }
    out
}

pub(super) fn build_bands(
    c: &mut Checker,
    raw: &[(usize, Spanned<RawBand>)],
    max_points: u32,
) -> Vec<Band> {
    let mut ids = Ids::default();
    let mut out: Vec<Band> = Vec::new();
    let top = i64::from(max_points) * 100;
    let what = "status bands (`[[band]]`) are allowed: remove some";
    for (i, (src, b)) in at_most(c, raw, MAX_BANDS, what).iter().enumerate() {
        let r = b.get_ref();
        ids.add(c, "band", *src, &r.id);
        let show = |h: i64| {
            let sign = if h < 0 { "-" } else { "" };
            let abs = u32::try_from(h.unsigned_abs()).unwrap_or(u32::MAX);
            format!("{sign}{}", Questionnaire::mean_text(abs, '.'))
        };
        let from = *r.from.get_ref();
        if !(0..=top).contains(&from) {
            c.error(*src, r.from.span(), format!(
                "`band.from` is {}: it must be a mean answer from 0 to {max_points} (the highest points on the scale)",
                show(from)
            ));
        } else if i == 0 && from != 0 {
            c.error(
                *src,
                r.from.span(),
                format!(
                    "the first band must start at `from = 0`, not {}",
                    show(from)
                ),
            );
        } else if let Some(prev) = out.last().filter(|p| from <= i64::from(p.from)) {
            c.error(*src, r.from.span(), format!(
                "bands must go up: \"{}\" starts at {} and \"{}\" at {}; list the bands from lowest to highest",
                prev.id, show(i64::from(prev.from)), r.id.get_ref(), show(from)
            ));
        }
        let group = match r.group.get_ref().as_str() {
            "strength" => BandGroup::Strength,
            "attention" => BandGroup::Attention,
            "risk" => BandGroup::Risk,
            other => {
                c.error(*src, r.group.span(), format!(
                    "`band.group` is \"{other}\": it must be \"strength\", \"attention\" or \"risk\""
                ));
                BandGroup::Attention
            }
        };
        out.push(Band {
            id: c.id(*src, "band.id", &r.id),
            label: c.text(*src, "band.label", &r.label),
            from: from.clamp(0, top) as u32,
            group,
            description: c.text(*src, "band.description", &r.description),
        });
    }
    if out.is_empty() {
        c.error(
            0,
            0..0,
            "missing `[[band]]`: define status bands, the first with `from = 0`",
        );
    }
    out
}

pub(super) fn build_themes(
    c: &mut Checker,
    raw: &[(usize, Spanned<RawTheme>)],
    school_types: &[Choice],
    roles: &[Choice],
) -> Vec<Theme> {
    let mut theme_ids = Ids::default();
    let mut statement_ids = Ids::default();
    let mut out = Vec::new();
    let mut count = 0;
    let what = "themes (`[[theme]]`) are allowed: remove some";
    for (src, t) in at_most(c, raw, MAX_THEMES, what) {
        let src = *src;
        let r = t.get_ref();
        theme_ids.add(c, "theme", src, &r.id);
        let room = MAX_STATEMENTS.saturating_sub(count);
        if let Some(s) = r.statement.get(room) {
            c.error(src, s.span(), format!(
                "at most {MAX_STATEMENTS} statements (`[[theme.statement]]`, in all themes together) are allowed: remove some"
            ));
        }
        let statement = &r.statement[..r.statement.len().min(room)];
        count += statement.len();
        if r.statement.is_empty() {
            c.error(
                src,
                t.span(),
                format!(
                    "theme \"{}\" has no statements: add at least one `[[theme.statement]]`",
                    r.id.get_ref()
                ),
            );
        }
        let statements = statement
            .iter()
            .map(|s| {
                let s = s.get_ref();
                statement_ids.add(c, "statement", src, &s.id);
                Statement {
                    id: c.id(src, "statement.id", &s.id),
                    text: c.text(src, "statement.text", &s.text),
                    help: s.help.as_ref().map(|h| c.text(src, "statement.help", h)),
                    weight: s.weight.as_ref().map_or(1, |w| {
                        c.int(
                            src,
                            "statement.weight",
                            w,
                            1..1001,
                            "a positive whole number (1 to 1000)",
                        )
                    }),
                    basic: s.basic,
                    basic_roles: basic_roles(c, src, s, roles),
                    audience: build_audience(
                        c,
                        src,
                        "statement",
                        (&s.school_types, &s.roles),
                        (school_types, roles),
                    ),
                }
            })
            .collect();
        out.push(Theme {
            id: c.id(src, "theme.id", &r.id),
            title: c.text(src, "theme.title", &r.title),
            intro: c.text(src, "theme.intro", &r.intro),
            optional: r.optional,
            audience: build_audience(
                c,
                src,
                "theme",
                (&r.school_types, &r.roles),
                (school_types, roles),
            ),
            statements,
        });
    }
    if out.is_empty() {
        c.error(
            0,
            0..0,
            "missing `[[theme]]`: a scan needs at least one theme",
        );
    }
    out
}

/// `basic_roles`: only with `basic = true`, every id a defined role, and within the
/// statement's own `roles` when it has them (else it could never be basic for that role).
fn basic_roles(c: &mut Checker, src: usize, s: &RawStatement, roles: &[Choice]) -> Vec<String> {
    let Some(list) = &s.basic_roles else {
        return Vec::new();
    };
    if !s.basic {
        c.error(
            src,
            list.span(),
            "`statement.basic_roles` needs `basic = true`: add it, or remove `basic_roles`",
        );
    }
    let known: Vec<&str> = roles.iter().map(|r| r.id.as_str()).collect();
    let seen_by: Vec<&str> = s.roles.iter().map(|r| r.get_ref().as_str()).collect();
    let seen: HashSet<&str> = seen_by.iter().copied().collect();
    list.get_ref()
        .iter()
        .map(|id| {
            let defined = c
                .reference(src, "statement.basic_roles", id, "role", &known)
                .is_some();
            if defined && !seen.is_empty() && !seen.contains(id.get_ref().as_str()) {
                c.error(src, id.span(), format!(
                    "`statement.basic_roles` names \"{}\", which is not in the statement's `roles` ({}), so it could never be basic for that role: add it to `roles` or remove it here",
                    id.get_ref(),
                    seen_by.join(", ")
                ));
            }
            id.get_ref().clone()
        })
        .collect()
}

pub(super) fn build_criteria(
    c: &mut Checker,
    src: usize,
    r: &RawCriteria,
    bands: &[Band],
    max_points: u32,
) -> Criteria {
    let band_ids: Vec<&str> = bands.iter().map(|b| b.id.as_str()).collect();
    let basic_cap = c.reference(src, "criteria.basic_cap", &r.basic_cap, "band", &band_ids);
    let optional = |c: &mut Checker, field: &str, v: &Option<Int>, default: u32| {
        v.as_ref().map_or(default, |v| {
            c.int(src, field, v, 1..11, "a whole number from 1 to 10")
        })
    };
    Criteria {
        low_below: c.int(
            src,
            "criteria.low_below",
            &r.low_below,
            0..i64::from(max_points) + 1,
            &format!("a number of points from 0 to {max_points} (the highest on the scale)"),
        ),
        basic_cap: BandIx(basic_cap.unwrap_or(0)),
        unknown_flag_percent: c.int(
            src,
            "criteria.unknown_flag_percent",
            &r.unknown_flag_percent,
            1..101,
            "a percentage from 1 to 100",
        ),
        min_scored_percent: r.min_scored_percent.as_ref().map_or(50, |v| {
            c.int(
                src,
                "criteria.min_scored_percent",
                v,
                0..101,
                "a percentage from 0 to 100",
            )
        }),
        min_role_respondents: optional(
            c,
            "criteria.min_role_respondents",
            &r.min_role_respondents,
            3,
        ) as usize,
        min_statement_respondents: r.min_statement_respondents.as_ref().map_or(5, |v| {
            c.int(
                src,
                "criteria.min_statement_respondents",
                v,
                1..51,
                "a whole number from 1 to 50",
            )
        }) as usize,
        min_school_respondents: r.min_school_respondents.as_ref().map_or(5, |v| {
            c.int(
                src,
                "criteria.min_school_respondents",
                v,
                1..51,
                "a whole number from 1 to 50",
            )
        }) as usize,
        min_schools: r.min_schools.as_ref().map_or(5, |v| {
            c.int(
                src,
                "criteria.min_schools",
                v,
                1..51,
                "a whole number from 1 to 50",
            )
        }) as usize,
        focus_max: optional(c, "criteria.focus_max", &r.focus_max, 3) as usize,
        examples_per_focus: optional(c, "criteria.examples_per_focus", &r.examples_per_focus, 3)
            as usize,
    }
}

pub(super) fn build_examples(
    c: &mut Checker,
    raw: &[(usize, Spanned<RawExample>)],
    (themes, bands, criteria): (&[Theme], &[Band], Option<&Criteria>),
    known: (&[Choice], &[Choice]),
) -> Vec<Example> {
    let mut ids = Ids::default();
    let mut out = Vec::new();
    let theme_ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
    let band_ids: Vec<&str> = bands.iter().map(|b| b.id.as_str()).collect();
    // Statement id to its theme and the statement (the first, if an id is used twice).
    let mut statements: HashMap<&str, (usize, &Statement)> = HashMap::new();
    for (ti, t) in themes.iter().enumerate() {
        for st in &t.statements {
            statements.entry(st.id.as_str()).or_insert((ti, st));
        }
    }
    let what = "practice examples (`[[example]]`) are allowed: remove some";
    for (src, e) in at_most(c, raw, MAX_EXAMPLES, what) {
        let src = *src;
        let r = e.get_ref();
        ids.add(c, "example", src, &r.id);
        let theme = c.reference(src, "example.theme", &r.theme, "theme", &theme_ids);
        if r.statuses.get_ref().is_empty() {
            c.error(src, r.statuses.span(), "`example.statuses` is empty, so the example can never match: list at least one band id");
        }
        let statuses: Vec<BandIx> = r
            .statuses
            .get_ref()
            .iter()
            .filter_map(|s| c.reference(src, "example.statuses", s, "band", &band_ids))
            .map(BandIx)
            .collect();
        let mut all_basic = !r.low_statements.is_empty();
        for s in &r.low_statements {
            let found = statements
                .get(s.get_ref().as_str())
                .map(|&(ti, st)| (ti, basic_for_everyone(st, &themes[ti], known.1)));
            match (found, theme) {
                (None, _) => c.error(src, s.span(), format!(
                    "`example.low_statements` names \"{}\", which is no statement id", s.get_ref()
                )),
                (Some((ti, _)), Some(theme)) if ti != theme => c.error(src, s.span(), format!(
                    "`example.low_statements` names \"{}\" of theme \"{}\", so the example (theme \"{}\") can never match: name statements of its own theme",
                    s.get_ref(), themes[ti].id, themes[theme].id
                )),
                (Some((_, basic)), _) => all_basic &= basic,
            }
        }
        if let Some(cr) = criteria {
            if !r.low_statements.is_empty() && cr.low_below == 0 {
                c.error(src, r.low_statements[0].span(),
                    "`example.low_statements` can never match: `criteria.low_below` is 0, so no answer counts as low");
            } else if all_basic
                && !statuses.is_empty()
                && statuses.iter().all(|&s| s > cr.basic_cap)
            {
                c.error(src, r.statuses.span(), format!(
                    "the example can never match: its low_statements are basic, which caps the theme at \"{}\", but `statuses` lists only higher bands",
                    bands[cr.basic_cap].id
                ));
            }
        }
        out.push(Example {
            id: c.id(src, "example.id", &r.id),
            title: c.text(src, "example.title", &r.title),
            text: c.text(src, "example.text", &r.text),
            situation: c.text(src, "example.situation", &r.situation),
            theme: ThemeIx(theme.unwrap_or(0)),
            statuses,
            low_statements: r
                .low_statements
                .iter()
                .map(|s| s.get_ref().clone())
                .collect(),
            audience: build_audience(c, src, "example", (&r.school_types, &r.roles), known),
            source: example_source(c, src, r),
        });
    }
    out
}

/// Whether a statement is basic for every respondent who sees it (so a low answer to it always
/// caps its theme): basic for a respondent without a role, or for every role that sees it.
fn basic_for_everyone(s: &Statement, theme: &Theme, roles: &[Choice]) -> bool {
    let sees = |r: &&Choice| {
        let role = Some(r.id.as_str());
        allows(&s.audience.roles, role) && allows(&theme.audience.roles, role)
    };
    s.is_basic_for(None)
        || (s.basic
            && roles
                .iter()
                .filter(sees)
                .all(|r| s.is_basic_for(Some(&r.id))))
}

/// `source` names the publication; `source_url`, when given, is its `https://` address.
fn example_source(c: &mut Checker, src: usize, r: &RawExample) -> Option<ExampleSource> {
    let url = r.source_url.as_ref().and_then(|u| {
        let text = u.get_ref().trim();
        let url = HttpsUrl::parse(text);
        if url.is_none() {
            c.error(src, u.span(), format!(
                "`example.source_url` is \"{text}\": write a whole web address that starts with https://"
            ));
        }
        if r.source.is_none() {
            c.error(src, u.span(), "`example.source_url` needs `source` too: name the publication (title, organisation, date)");
        }
        url
    });
    r.source.as_ref().map(|t| ExampleSource {
        title: c.text(src, "example.source", t),
        url,
    })
}
