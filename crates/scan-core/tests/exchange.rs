//! The exchange file: what a respondent saves, what an advisor loads.

use scan_core::{Exchange, FileError, Progress, builtin, score};

fn answered(q: &scan_core::Questionnaire) -> Progress {
    let mut p = Progress::started(1_000);
    p.profile.school_type = Some("po".into());
    p.profile.role = Some("ib".into());
    for (i, ti) in p.scope().included_themes(q).into_iter().enumerate() {
        for si in p.scope().applicable_statements(q, ti) {
            let option = [
                "niet",
                "enigszins",
                "grotendeels",
                "volledig",
                "weet-niet",
                "nvt",
            ][(i + si.0) % 6];
            p.set_answer(
                q.themes[ti].statements[si].id.clone(),
                option.into(),
                2_000 + si.0 as u64,
            );
        }
    }
    p.set_note(
        "visie".into(),
        "<img src=x onerror=alert(1)> met de MR".into(),
        3_000,
    );
    p
}

#[test]
fn a_saved_file_reads_back_and_scores_the_same() {
    let q = builtin().unwrap();
    let p = answered(&q);
    let file = Exchange::new(&q, &p, Some("  A.B.  "), 5_000);
    let text = file.encode();
    assert!(
        text.starts_with(r#"{"kind":"scan-passend-onderwijs/answers","format":1,"#),
        "{text}"
    );
    let back = Exchange::decode(&q, text.as_bytes()).unwrap();
    assert_eq!(back, file);
    assert_eq!(back.name.as_deref(), Some("A.B."), "the name is trimmed");
    assert_eq!(back.saved_at, 5_000);
    assert_eq!(score(&q, &back.to_progress()), score(&q, &p));
    assert_eq!(
        back.to_progress().note("visie"),
        p.note("visie"),
        "a hostile note stays text"
    );
}

#[test]
fn a_file_of_an_older_questionnaire_version_keeps_its_answers() {
    let q = builtin().unwrap();
    let text = r#"{"kind":"scan-passend-onderwijs/answers","format":1,"scan":"scan-passend-onderwijs",
        "scan_version":"2025.9","saved_at":1,"school_type":"vo","role":null,
        "answers":{"visie-gedeeld":{"value":"volledig","at":1},"verdwenen":{"value":"niet","at":1}}}"#;
    let e = Exchange::decode(&q, text.as_bytes()).unwrap();
    assert_eq!(e.answers.len(), 2, "every answer is kept");
    assert_eq!(e.scan_version, "2025.9");
    let r = score(&q, &e.to_progress());
    assert_eq!(
        r.overall.answered, 1,
        "only the statement that still exists is scored"
    );
}

#[test]
fn bad_files_are_typed_errors() {
    let q = builtin().unwrap();
    let decode = |t: &str| Exchange::decode(&q, t.as_bytes());
    assert!(matches!(
        decode("{\"kind\": \"scan-passend"),
        Err(FileError::Damaged(_))
    ));
    assert!(matches!(decode("<html>"), Err(FileError::Damaged(_))));
    assert_eq!(
        decode("{\"a\": 1}"),
        Err(FileError::WrongKind { found: None })
    );
    assert_eq!(
        decode(r#"{"kind":"iets anders","format":1}"#),
        Err(FileError::WrongKind {
            found: Some("iets anders".into())
        })
    );
    // A plan is named as one, so the team page can say so.
    assert_eq!(
        decode(r#"{"kind":"scan-passend-onderwijs/plan","format":1,"items":[]}"#),
        Err(FileError::WrongKind {
            found: Some(scan_core::formats::plan::PLAN_KIND.into())
        })
    );
    // Stored progress is not an exchange file.
    assert_eq!(
        decode(r#"{"format":2,"scan":"scan-passend-onderwijs","scan_version":"1","progress":{}}"#),
        Err(FileError::WrongKind { found: None })
    );
    assert_eq!(
        decode(
            r#"{"kind":"scan-passend-onderwijs/answers","format":1,"scan":"andere-scan","scan_version":"1","saved_at":1}"#
        ),
        Err(FileError::OtherScan("andere-scan".into()))
    );
    // A newer format is reported as newer even when the rest has another shape.
    assert_eq!(
        decode(
            r#"{"kind":"scan-passend-onderwijs/answers","format":7,"scan":"scan-passend-onderwijs","antwoorden":[1,2]}"#
        ),
        Err(FileError::NewerFormat(7))
    );
    assert!(matches!(
        decode(
            r#"{"kind":"scan-passend-onderwijs/answers","format":1,"scan":"scan-passend-onderwijs","scan_version":"1","saved_at":"gisteren"}"#
        ),
        Err(FileError::Damaged(_))
    ));
    let huge = format!(
        "{{\"kind\":\"{}\",\"pad\":\"{}\"}}",
        "x",
        "a".repeat(20 * 1024 * 1024)
    );
    assert_eq!(decode(&huge), Err(FileError::TooLarge(huge.len())));
}

#[test]
fn a_long_name_is_cut_and_an_empty_one_dropped() {
    let q = builtin().unwrap();
    let p = Progress::default();
    assert_eq!(Exchange::new(&q, &p, Some("   "), 1).name, None);
    let long = "x".repeat(500);
    assert_eq!(
        Exchange::new(&q, &p, Some(&long), 1)
            .name
            .map(|n| n.chars().count()),
        Some(60)
    );
}

#[test]
fn a_plan_file_reads_back_and_bad_ones_are_refused() {
    use scan_core::{Plan, PlanItem};
    let q = builtin().unwrap();
    let mut plan = Plan::new(&q);
    assert!(plan.is_empty());
    plan.items.push(PlanItem {
        theme: "visie".into(),
        goal: "Een SOP dat iedereen kent <b>".into(),
        actions: "Studiedag".into(),
        who: "IB".into(),
        by_when: "voor de zomer".into(),
        examples: vec!["visie-casussen".into()],
    });
    let back = Plan::decode(&q, plan.encode().as_bytes()).unwrap();
    assert_eq!(back, plan);
    assert!(!back.is_empty());
    let decode = |t: &str| Plan::decode(&q, t.as_bytes());
    assert!(matches!(decode("{kapot"), Err(FileError::Damaged(_))));
    assert_eq!(
        decode(r#"{"kind":"scan-passend-onderwijs/answers","format":1}"#),
        Err(FileError::WrongKind {
            found: Some(scan_core::formats::exchange::EXCHANGE_KIND.into())
        }),
        "an answers file opened as a plan is named as what it is"
    );
    assert_eq!(
        decode(r#"{"kind":"scan-passend-onderwijs/plan","format":3}"#),
        Err(FileError::NewerFormat(3))
    );
    assert_eq!(
        decode(r#"{"kind":"scan-passend-onderwijs/plan","format":1,"scan":"x"}"#),
        Err(FileError::OtherScan("x".into()))
    );
    // Too many items and too long texts are cut, not refused.
    let long = format!(
        r#"{{"kind":"scan-passend-onderwijs/plan","format":1,"scan":"scan-passend-onderwijs","items":[{{"goal":"{}"}},{{}},{{}},{{}},{{}}]}}"#,
        "x".repeat(10_000)
    );
    let cut = decode(&long).unwrap();
    assert_eq!(cut.items.len(), 3);
    assert_eq!(cut.items[0].goal.chars().count(), 4000);
}

#[test]
fn a_link_carries_the_same_answers_in_a_few_hundred_characters() {
    let q = builtin().unwrap();
    let p = answered(&q);
    let file = Exchange::new(&q, &p, Some("José & <b>. ~,"), 9);
    let fragment = file.link_fragment(&q);
    // The content version, with its dots escaped ("2026.1" -> "2026%2E1").
    let version = q.version.replace('.', "%2E");
    let head = format!("antwoorden=1.{version}");
    assert!(fragment.starts_with(&head), "{fragment}");
    assert!(
        fragment.len() < 400,
        "{} characters: {fragment}",
        fragment.len()
    );
    assert!(
        fragment
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.~,%=".contains(&b)),
        "only URL-safe characters"
    );
    let back = Exchange::from_link_fragment(&q, &format!("#{fragment}"))
        .unwrap()
        .unwrap();
    let values = |m: &std::collections::BTreeMap<String, scan_core::Timed<String>>| {
        m.iter()
            .map(|(k, v)| (k.clone(), v.value.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(values(&back.answers), values(&file.answers));
    assert_eq!(values(&back.notes), values(&file.notes));
    assert_eq!(
        (
            &back.name,
            &back.role,
            &back.school_type,
            back.saved_at,
            back.started_at
        ),
        (
            &file.name,
            &file.role,
            &file.school_type,
            file.saved_at,
            file.started_at
        )
    );
    assert_eq!(
        score(&q, &back.to_progress()),
        score(&q, &p),
        "it scores the same"
    );
    assert_eq!(Exchange::from_link_fragment(&q, "#iets-anders"), Ok(None));
    // Another questionnaire version may order its statements otherwise: refused, not misread.
    let other = fragment.replacen(&format!("1.{version}."), "1.2025%2E9.", 1);
    assert_eq!(
        Exchange::from_link_fragment(&q, &other),
        Err(FileError::OtherVersion("2025.9".into()))
    );
    for broken in [
        &head,
        "antwoorden=%ZZ",
        &fragment.replacen(".0", ".x", 1),
        &fragment[..fragment.len() / 2],
    ] {
        assert!(
            Exchange::from_link_fragment(&q, broken).is_err(),
            "{broken}"
        );
    }
}

#[test]
fn optional_themes_switched_on_travel_with_the_file_and_the_link() {
    let q = scan_core::parse(&[scan_core::Source {
        name: "mini.toml",
        text: include_str!("fixtures/mini.toml"),
    }])
    .unwrap();
    let mut p = Progress::started(1);
    p.modules.insert("opt".into());
    p.set_answer("opt1".into(), "niet".into(), 2);
    p.set_answer("a1".into(), "volledig".into(), 2);
    let with = score(&q, &p);
    let opt = |r: &scan_core::Results| r.themes.iter().any(|t| q.themes[t.theme].id == "opt");
    assert!(opt(&with), "the optional theme counts for the respondent");

    let file = Exchange::new(&q, &p, None, 3);
    let text = file.encode();
    assert!(text.contains("\"format\":2,"), "{text}");
    let back = Exchange::decode(&q, text.as_bytes()).unwrap();
    assert_eq!(back.modules, ["opt"]);
    // A build that reads format 1 only would say it is newer; format 3 is newer here.
    assert_eq!(
        Exchange::decode(
            &q,
            text.replacen("\"format\":2", "\"format\":3", 1).as_bytes()
        ),
        Err(FileError::NewerFormat(3))
    );
    assert_eq!(score(&q, &back.to_progress()), with);
    // So the team picture has it too.
    let team = scan_core::aggregate(&q, &[scan_core::Respondent::from(back)]);
    assert!(team.themes.iter().any(|t| q.themes[t.theme].id == "opt"));

    let link = file.link_fragment(&q);
    assert!(
        link.starts_with("antwoorden=2.") && link.ends_with(".opt"),
        "{link}"
    );
    let from_link = Exchange::from_link_fragment(&q, &link).unwrap().unwrap();
    assert_eq!(score(&q, &from_link.to_progress()), with);
    // A layout 2 link without its tenth part is damaged; a later layout is newer.
    let cut = link.rsplit_once('.').unwrap().0;
    assert!(matches!(
        Exchange::from_link_fragment(&q, cut),
        Err(FileError::Damaged(_))
    ));
    let later = link.replacen("antwoorden=2.", "antwoorden=3.", 1);
    assert_eq!(
        Exchange::from_link_fragment(&q, &later),
        Err(FileError::NewerFormat(3))
    );
    // Anything else where the layout goes is a damaged link, not a newer one.
    for broken in ["antwoorden=%ZZ", "antwoorden=x.y", "antwoorden="] {
        assert!(
            matches!(
                Exchange::from_link_fragment(&q, broken),
                Err(FileError::Damaged(_))
            ),
            "{broken}"
        );
    }
}
