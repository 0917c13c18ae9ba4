//! The shipped questionnaire (`questions/`) is valid and meets the content requirements.

use scan_core::{Profile, Progress, Questionnaire, Statement, advise, builtin, score};

/// Every statement a respondent of `school_type` / `role` sees, with every module on.
fn seen<'q>(q: &'q Questionnaire, school_type: &str, role: &str) -> Vec<&'q Statement> {
    let p = Progress {
        profile: Profile {
            school_type: Some(school_type.into()),
            role: Some(role.into()),
        },
        modules: q.optional_theme_ids(),
        ..Progress::default()
    };
    p.included_themes(q)
        .into_iter()
        .flat_map(|t| {
            p.applicable_statements(q, t)
                .into_iter()
                .map(move |s| &q.themes[t].statements[s])
        })
        .collect()
}

#[test]
fn the_builtin_scan_is_valid_and_complete() {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    // Every school type with each role offered for it sees 40-55 statements.
    for school_type in &q.school_types {
        let roles: Vec<_> = q.roles_for(Some(&school_type.id)).collect();
        assert!(
            roles.len() >= 3,
            "{} has {} roles",
            school_type.id,
            roles.len()
        );
        for role in roles {
            let count = seen(&q, &school_type.id, &role.id).len();
            assert!(
                (40..=55).contains(&count),
                "{} / {}: {count} statements",
                school_type.id,
                role.id
            );
        }
    }
    assert!(q.example_gaps().is_empty(), "{:?}", q.example_gaps());
    assert_eq!(q.school_types.len(), 5);
    for t in &q.themes {
        let examples = q
            .examples
            .iter()
            .filter(|e| q.themes[e.theme].id == t.id)
            .count();
        assert!(examples >= 2, "theme {} has {examples} examples", t.id);
        for s in &t.statements {
            // One register: "u" and "wij", never "je" or a generic "hij".
            let words: Vec<String> = s
                .text
                .split(|c: char| !c.is_alphabetic())
                .map(str::to_lowercase)
                .collect();
            for informal in ["je", "jij", "jou", "jouw", "hij"] {
                assert!(
                    !words.iter().any(|w| w == informal),
                    "{}: {informal:?}",
                    s.id
                );
            }
        }
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

/// A samenwerkingsverband is not a school: its respondents meet no statement about "onze
/// school" or "de klas", and no school role is offered to them.
#[test]
fn a_samenwerkingsverband_gets_statements_written_for_it() {
    let q = builtin().unwrap();
    let roles: Vec<&str> = q.roles_for(Some("swv")).map(|r| r.id.as_str()).collect();
    for school_role in ["leraar", "ib", "directie"] {
        assert!(!roles.contains(&school_role), "{roles:?}");
    }
    for role in roles {
        for s in seen(&q, "swv", role) {
            let text = s.text.to_lowercase();
            for school in ["onze school", "de klas", "ons team", "onze leerlingen"] {
                assert!(
                    !text.contains(school),
                    "swv / {role} sees {}: {}",
                    s.id,
                    s.text
                );
            }
        }
    }
}

/// (V)so schools are speciaal onderwijs: they are not asked about working with it, nor about
/// the transfer from po to vo; their mentors are asked about.
#[test]
fn speciaal_onderwijs_is_not_asked_about_working_with_itself() {
    let q = builtin().unwrap();
    for role in q.roles_for(Some("so")) {
        let seen = seen(&q, "so", &role.id);
        for s in &seen {
            let text = s.text.to_lowercase();
            assert!(
                !text.contains("speciaal onderwijs") && !text.contains("speciaal basisonderwijs"),
                "so / {} sees {}: {}",
                role.id,
                s.id,
                s.text
            );
            assert!(
                !text.contains("naar het vo") && !text.contains("naar het voortgezet"),
                "so / {} sees {}: {}",
                role.id,
                s.id,
                s.text
            );
        }
        if role.id == "leraar" {
            assert!(
                seen.iter()
                    .any(|s| s.text.to_lowercase().contains("mentor")),
                "vso has mentors"
            );
        }
    }
}
