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
    p.notes.insert(
        "a".into(),
        "Bespreken met de IB'er; \"quotes\" en\nregels.".into(),
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
    assert_eq!(p.answers["a1"], "niet");
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

/// The hand-written encoder writes the document the format always held (serde_json wrote it
/// before), escapes included.
#[test]
fn the_stored_text_is_unchanged_json() {
    let q = mini();
    let mut p = Progress::default();
    p.answers.insert("b1".into(), "niet".into());
    p.answers.insert("a1".into(), "volledig".into());
    p.notes
        .insert("a".into(), "Tab\t, \"quote\", \\, é, \u{1}".into());
    p.step = Step::Theme("b".into());
    p.modules.insert("opt".into());
    p.profile.school_type = Some("po".into());
    let text = encode(&q, &p);
    let expected = serde_json::json!({
        "format": 1, "scan": "mini", "scan_version": q.version,
        "progress": {
            "answers": { "a1": "volledig", "b1": "niet" },
            "notes": { "a": "Tab\t, \"quote\", \\, é, \u{1}" },
            "step": { "screen": "theme", "theme": "b" },
            "modules": ["opt"],
            "profile": { "school_type": "po" },
        },
    });
    let read: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(read, expected, "{text}");
    assert_eq!(decode(&q, &text), Ok(p));
}
