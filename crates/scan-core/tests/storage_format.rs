//! The stored format: round trip, and unreadable data reported instead of dropped.

use scan_core::{FORMAT_VERSION, Progress, Source, Step, StoredDataError, decode, encode, parse};

fn mini() -> scan_core::Questionnaire {
    parse(&[Source {
        name: "mini.toml",
        text: include_str!("fixtures/mini.toml"),
    }])
    .unwrap()
}

#[test]
fn progress_round_trips() {
    let q = mini();
    let mut p = Progress::default();
    p.answers.insert("a1".into(), "volledig".into());
    p.answers.insert("removed-later".into(), "niet".into());
    p.set_note(
        "a".into(),
        "Bespreken met de IB'er; \"quotes\" en\nregels.".into(),
        1_764_000_000_000,
    );
    p.step = Step::Theme("b".into());
    p.modules.insert("opt".into());
    let text = encode(&q, &p);
    assert!(
        text.starts_with(&format!("{{\"format\":{FORMAT_VERSION},\"scan\":\"mini\"")),
        "{text}"
    );
    assert_eq!(decode(&q, &text), Ok(p));
}

#[test]
fn the_step_is_stored_by_theme_id() {
    let q = mini();
    let p = Progress {
        step: Step::Results,
        ..Progress::default()
    };
    assert!(encode(&q, &p).contains(r#""step":{"screen":"results"}"#));
    let p = Progress {
        step: Step::Theme("d".into()),
        ..Progress::default()
    };
    assert!(encode(&q, &p).contains(r#""step":{"screen":"theme","theme":"d"}"#));
}

#[test]
fn a_newer_content_version_keeps_the_answers() {
    let q = mini();
    let text =
        r#"{"format":1,"scan":"mini","scan_version":"0.9","progress":{"answers":{"a1":"niet"}}}"#;
    let p = decode(&q, text).unwrap();
    assert_eq!(p.answers["a1"].value, "niet");
    assert_eq!(p.step, Step::Start);
}

#[test]
fn unreadable_data_is_an_error() {
    let q = mini();
    assert!(matches!(
        decode(&q, "{not json"),
        Err(StoredDataError::Unreadable(_))
    ));
    assert!(matches!(
        decode(&q, r#"{"hello":"world"}"#),
        Err(StoredDataError::Unreadable(_))
    ));
    assert!(matches!(
        decode(
            &q,
            r#"{"format":1,"scan":"mini","scan_version":"1","progress":{"answers":[1,2]}}"#
        ),
        Err(StoredDataError::Unreadable(_))
    ));
    assert!(matches!(
        decode(&q, r#"{"format":0,"scan":"mini"}"#),
        Err(StoredDataError::Unreadable(_))
    ));
}

#[test]
fn a_newer_format_or_another_scan_is_an_error() {
    let q = mini();
    assert_eq!(
        decode(&q, r#"{"format":7,"scan":"mini","progress":{}}"#),
        Err(StoredDataError::NewerFormat(7))
    );
    assert_eq!(
        decode(
            &q,
            r#"{"format":1,"scan":"other","scan_version":"1","progress":{}}"#
        ),
        Err(StoredDataError::OtherScan("other".into()))
    );
}

/// Format 2 as it is written: the envelope, then the progress with the time of every answer
/// and note.
#[test]
fn the_stored_text_is_format_2() {
    let q = mini();
    let mut p = Progress::started(5);
    p.set_answer("b1".into(), "niet".into(), 10);
    p.set_answer("a1".into(), "volledig".into(), 11);
    p.set_note("a".into(), "Tab\t, \"quote\", \\, é, \u{1}".into(), 12);
    p.step = Step::Theme("b".into());
    p.set_up(9, |profile, modules| {
        modules.insert("opt".into());
        profile.school_type = Some("po".into());
    });
    let text = encode(&q, &p);
    let expected = serde_json::json!({
        "format": 2, "scan": "mini", "scan_version": q.version,
        "progress": {
            "answers": { "a1": { "value": "volledig", "at": 11 }, "b1": { "value": "niet", "at": 10 } },
            "notes": { "a": { "value": "Tab\t, \"quote\", \\, é, \u{1}", "at": 12 } },
            "step": { "screen": "theme", "theme": "b" },
            "modules": ["opt"],
            "profile": { "school_type": "po" },
            "setup_at": 9,
            "started_at": 5,
        },
    });
    let read: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(read, expected, "{text}");
    assert_eq!(decode(&q, &text), Ok(p));
}

/// Data saved by the release before format 2 (a copy made with its own encoder) loads with
/// every answer, note, step, module and profile; the times are unknown (0).
#[test]
fn format_1_as_the_last_release_saved_it_still_loads() {
    let q = scan_core::builtin().unwrap();
    let text = include_str!("fixtures/stored-format-1.json");
    let p = decode(&q, text).unwrap();
    let answers: Vec<(&str, &str, u64)> = p
        .answers
        .iter()
        .map(|(k, v)| (k.as_str(), v.value.as_str(), v.at))
        .collect();
    assert_eq!(
        answers,
        [
            ("bo-afspraken", "grotendeels", 0),
            ("verdwenen-stelling", "enigszins", 0),
            ("visie-gedeeld", "volledig", 0),
            ("visie-sop-actueel", "niet", 0),
            ("visie-sop-concreet", "weet-niet", 0),
        ]
    );
    assert_eq!(
        p.note("visie"),
        Some("Bespreken met de IB'er: \"quotes\", \\ en\nregels; <b>geen</b> HTML & é ✓")
    );
    assert_eq!(p.step, Step::Theme("basisondersteuning".into()));
    assert!(p.modules.contains("governance"));
    assert_eq!(p.profile.school_type.as_deref(), Some("po"));
    assert_eq!(p.profile.role.as_deref(), Some("ib"));
    // Written again, it is format 2 and reads back the same.
    let again = encode(&q, &p);
    assert!(again.starts_with(r#"{"format":2,"#), "{again}");
    assert_eq!(decode(&q, &again), Ok(p));
}

#[test]
fn format_1_with_null_profile_fields_and_missing_parts_loads() {
    let q = mini();
    let text = r#"{"format":1,"scan":"mini","scan_version":"1","progress":{"profile":{"school_type":null}}}"#;
    assert_eq!(decode(&q, text), Ok(Progress::default()));
}

/// Answers saved before scoring version 2 keep their meaning: each scale step keeps its points,
/// and the old "Weet ik niet / n.v.t." (id `weet-niet`) stays "weet ik niet" (counted, not
/// scored), never silently "niet van toepassing". Answers to statements the content no longer
/// has are kept, not scored.
#[test]
fn answers_saved_before_scoring_2_keep_their_meaning() {
    use scan_core::AnswerValue::{NotApplicable, Points, Unknown};
    let q = scan_core::builtin().unwrap();
    let meaning_then = [
        ("niet", Points(0)),
        ("enigszins", Points(1)),
        ("grotendeels", Points(2)),
        ("volledig", Points(3)),
        ("weet-niet", Unknown),
    ];
    for text in [
        include_str!("fixtures/stored-format-1.json"),
        include_str!("fixtures/stored-format-2.json"),
    ] {
        let p = decode(&q, text).unwrap();
        for (statement, answer) in &p.answers {
            let then = meaning_then
                .iter()
                .find(|(id, _)| *id == answer.value)
                .map(|(_, v)| *v)
                .unwrap();
            let now = q.option(&answer.value).map(|o| o.value);
            assert_eq!(now, Some(then), "{statement} = {}", answer.value);
            assert_ne!(now, Some(NotApplicable));
        }
        // Everything survives a save in today's format, answers to removed statements too.
        let again = decode(&q, &encode(&q, &p)).unwrap();
        assert_eq!(again.answers, p.answers);
        assert!(again.answers.contains_key("verdwenen-stelling"));
    }
}

/// Answers saved with content version 2026.1, before the statements about the
/// schoolondersteuningsprofiel, the OPP term, the ouder- en jeugdsteunpunt and jeugdhulp got new
/// ids (their meaning changed), still load with every answer, note, step and profile. Answers
/// to ids the scan still has count as before; answers to the replaced ids are kept, not scored,
/// so no old answer is read as an answer to a statement it was never given to.
#[test]
fn answers_saved_with_content_2026_1_still_load() {
    let q = scan_core::builtin().unwrap();
    let p = decode(&q, include_str!("fixtures/stored-2026-1.json")).unwrap();
    assert_eq!(p.answers.len(), 9);
    assert_eq!(p.note("visie"), Some("SOP is opgegaan in de schoolgids"));
    assert_eq!(p.step, Step::Theme("aanwezigheid".into()));
    assert_eq!(p.profile.role.as_deref(), Some("ib"));
    let statement = |id: &str| q.statements().find(|s| s.id == id);
    for kept in [
        "visie-gedeeld",
        "visie-schoolgids",
        "bo-tijd-ib",
        "aw-monitor-veilig",
        "kw-evaluatie-jaarlijks",
    ] {
        assert!(statement(kept).is_some(), "{kept} keeps its id");
        assert!(p.answer(&q, kept).is_some(), "{kept} is still answered");
    }
    for replaced in [
        "visie-sop-aanbod",
        "visie-sop-grenzen",
        "bo-opp-zes-weken",
        "sw-contact-jeugdhulp-snel",
    ] {
        assert!(statement(replaced).is_none(), "{replaced} has a new id");
        assert!(p.answers.contains_key(replaced), "{replaced} is kept");
    }
    let r = scan_core::score(&q, &p);
    let visie = q.theme_index("visie").unwrap();
    // visie-gedeeld (volledig) counts; visie-schoolgids (enigszins) counts; the SOP answers not.
    assert_eq!(r.theme(visie).unwrap().tally.answered, 2);
    let again = decode(&q, &encode(&q, &p)).unwrap();
    assert_eq!(again.answers, p.answers);
}
