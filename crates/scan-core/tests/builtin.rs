//! The shipped questionnaire (`questions/`) is valid and meets the content requirements.

use scan_core::{Profile, Progress, advise, builtin, score};

#[test]
fn the_builtin_scan_is_valid_and_complete() {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    // Every school type and role sees the eight core themes with 40-50 statements; a
    // samenwerkingsverband also gets the governance module.
    for school_type in &q.school_types {
        for role in &q.roles {
            let p = Progress {
                profile: Profile {
                    school_type: Some(school_type.id.clone()),
                    role: Some(role.id.clone()),
                },
                ..Progress::default()
            };
            let themes = p.included_themes(&q);
            let core: Vec<usize> = themes
                .iter()
                .copied()
                .filter(|&t| q.themes[t].id != "governance")
                .collect();
            assert_eq!(core.len(), 8, "{} / {}", school_type.id, role.id);
            assert_eq!(
                themes.len() == 9,
                school_type.id == "swv",
                "governance only for a samenwerkingsverband"
            );
            let statements: usize = core
                .iter()
                .map(|&t| p.applicable_statements(&q, t).len())
                .sum();
            assert!(
                (40..=50).contains(&statements),
                "{} / {}: {statements} statements",
                school_type.id,
                role.id
            );
        }
    }
    assert_eq!(q.school_types.len(), 5);
    for t in &q.themes {
        let examples = q
            .examples
            .iter()
            .filter(|e| q.themes[e.theme].id == t.id)
            .count();
        assert!(examples >= 2, "theme {} has {examples} examples", t.id);
        for s in &t.statements {
            let words = s.text.split_whitespace().count();
            assert!(words <= 25, "{} has {words} words", s.id);
        }
    }
    assert!(q.examples.len() >= 18);
    for e in &q.examples {
        let sentences = e.text.matches(". ").count() + 1;
        assert!(
            (2..=4).contains(&sentences),
            "{} has {sentences} sentences",
            e.id
        );
    }
}

#[test]
fn every_theme_gets_examples_when_everything_is_answered_low() {
    let q = builtin().unwrap();
    let mut p = Progress::default();
    p.profile.school_type = Some("swv".into());
    for s in q.themes.iter().flat_map(|t| &t.statements) {
        p.answers.insert(s.id.clone(), "enigszins".into());
    }
    let r = score(&q, &p);
    for t in &r.themes {
        let found = scan_core::matching_examples(&q, &p, t);
        assert!(
            found.len() >= 2,
            "theme {} matches {} examples",
            q.themes[t.theme].id,
            found.len()
        );
    }
    assert_eq!(advise(&q, &p, &r).focus.len(), 3);
}
