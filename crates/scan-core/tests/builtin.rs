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
    p.scope()
        .included_themes(q)
        .into_iter()
        .flat_map(|t| {
            p.scope()
                .applicable_statements(q, t)
                .into_iter()
                .map(move |s| &q.themes[t].statements[s])
        })
        .collect()
}

#[test]
fn the_builtin_scan_is_valid_and_complete() {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    // Every school type with each role offered for it sees 30-60 statements: roles with a
    // narrow view (onderwijsassistent, toezicht, ondersteuningsplanraad) see only what they
    // can judge, so fewer; intern begeleider and directie see the most.
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
                (30..=60).contains(&count),
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
    for s in q.statements() {
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

/// Every respondent sees at most six basic statements, so that one honest "Weet ik niet" on a
/// basic statement is rare and the overall status speaks about the school, not about the role.
#[test]
fn no_respondent_sees_more_than_six_basic_statements() {
    let q = builtin().unwrap();
    for school_type in &q.school_types {
        for role in q.roles_for(Some(&school_type.id)) {
            let basic: Vec<&str> = seen(&q, &school_type.id, &role.id)
                .into_iter()
                .filter(|s| s.is_basic_for(Some(&role.id)))
                .map(|s| s.id.as_str())
                .collect();
            assert!(
                (3..=6).contains(&basic.len()),
                "{} / {}: {basic:?}",
                school_type.id,
                role.id
            );
        }
    }
}

/// The content review of December 2026 found 45 statement x role pairs that ask a role about
/// something it cannot judge (12 of them basic). Each is resolved: the role no longer sees the
/// statement (it may have a version of its own), or the statement is not basic for it.
#[test]
fn every_statement_a_role_sees_is_one_it_can_judge() {
    let q = builtin().unwrap();
    let schools = ["po", "sbo", "so", "vo"];
    // (statement as it is now, (school types), role, what is allowed: "hidden" or "not basic")
    let pairs: &[(&str, &[&str], &str, &str)] = &[
        // leraar
        ("visie-aanbod-concreet", &schools, "leraar", "not basic"), // was visie-sop-aanbod
        ("bo-bieden", &["po", "vo"], "leraar", "not basic"),
        ("kw-evaluatie-jaarlijks", &schools, "leraar", "not basic"),
        ("aw-monitor-veilig", &schools, "leraar", "not basic"),
        ("visie-aanbod-grenzen", &schools, "leraar", "hidden"), // was visie-sop-grenzen
        ("visie-schoolgids", &schools, "leraar", "hidden"),
        ("bek-plan", &schools, "leraar", "hidden"),
        ("aw-monitor-actie", &schools, "leraar", "hidden"),
        ("lo-ouders-gebruik", &schools, "leraar", "hidden"),
        ("kw-gegevens", &schools, "leraar", "hidden"),
        // onderwijsassistent (a role of its own since 2026)
        ("bek-toegerust-ik", &schools, "onderwijsassistent", "hidden"),
        (
            "lo-hoorrecht-leraar",
            &schools,
            "onderwijsassistent",
            "hidden",
        ),
        // ib
        ("bo-tijd-ib", &schools, "ib", "hidden"),
        // so, cluster 1/2 (no SWV): "Niet van toepassing" is offered, and not basic
        ("sw-swv", &["so"], "ib", "not basic"),
        ("sw-swv", &["so"], "directie", "not basic"),
        // toezicht: operational "wij" statements of the SWV organisation
        ("bo-swv-toetsen", &["swv"], "toezicht", "hidden"),
        ("bo-swv-advies", &["swv"], "toezicht", "hidden"),
        ("bo-swv-wachttijd", &["swv"], "toezicht", "hidden"),
        ("aw-swv-leerplicht", &["swv"], "toezicht", "hidden"),
        ("aw-swv-vrijstelling", &["swv"], "toezicht", "hidden"),
        ("aw-swv-doorbraak", &["swv"], "toezicht", "hidden"),
        ("lo-swv-bezwaar", &["swv"], "toezicht", "hidden"),
        (
            "lo-swv-steunpunt-onafhankelijk",
            &["swv"],
            "toezicht",
            "hidden",
        ),
        ("sw-swv-jeugdhulp-nagekomen", &["swv"], "toezicht", "hidden"),
        ("kw-swv-scholen-bevragen", &["swv"], "toezicht", "hidden"),
        // ondersteuningsplanraad
        ("gov-scheiding", &["swv"], "opr", "hidden"),
        ("sw-swv-oogo", &["swv"], "opr", "hidden"),
        ("visie-swv-gedeeld", &["swv"], "opr", "hidden"),
        ("gov-onafhankelijk", &["swv"], "opr", "hidden"),
        ("gov-middelen", &["swv"], "opr", "hidden"),
        ("kw-swv-aanspreken", &["swv"], "opr", "hidden"),
        ("bo-swv-toetsen", &["swv"], "opr", "hidden"),
        ("aw-swv-leerplicht", &["swv"], "opr", "hidden"),
        ("aw-swv-doorbraak", &["swv"], "opr", "hidden"),
        // consulent
        ("gov-scheiding", &["swv"], "consulent", "hidden"),
        ("sw-swv-oogo", &["swv"], "consulent", "hidden"),
        ("visie-swv-gedeeld", &["swv"], "consulent", "hidden"),
        ("gov-onafhankelijk", &["swv"], "consulent", "hidden"),
        ("gov-middelen", &["swv"], "consulent", "hidden"),
        ("gov-verantwoording", &["swv"], "consulent", "hidden"),
        ("kw-swv-aanspreken", &["swv"], "consulent", "hidden"),
        ("visie-swv-opr", &["swv"], "consulent", "hidden"),
        ("lo-swv-signalen", &["swv"], "consulent", "hidden"),
        // bestuur: judged itself in the third person; has gov-verantwoording-bestuur
        ("gov-verantwoording", &["swv"], "bestuur", "hidden"),
    ];
    for &(id, types, role, allowed) in pairs {
        assert!(
            q.statements().any(|s| s.id == id),
            "{id} is not in the scan"
        );
        for st in types {
            let found = seen(&q, st, role).into_iter().find(|s| s.id == id);
            match (allowed, found) {
                (_, None) => {}
                ("not basic", Some(s)) => {
                    assert!(!s.is_basic_for(Some(role)), "{st} / {role}: {id} is basic")
                }
                (_, Some(_)) => panic!("{st} / {role} still sees {id}"),
            }
        }
    }
    // Stored answers keep their meaning: the old ids of statements whose meaning changed are
    // gone from the scan (an answer to them is kept in storage but no longer scored).
    for old in [
        "visie-sop-aanbod",
        "visie-sop-grenzen",
        "bo-opp-zes-weken",
        "lo-swv-steunpunt-vindbaar",
        "sw-contact-jeugdhulp-snel",
    ] {
        assert!(
            !q.statements().any(|s| s.id == old),
            "{old} changed meaning and needs a new id"
        );
    }
}
