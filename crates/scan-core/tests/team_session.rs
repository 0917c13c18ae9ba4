//! The team page's session on this device: it restores the same pictures, keeps no names or
//! notes, and is read as carefully as the files it holds.

use scan_core::formats::swv_reference::ReferenceFile;
use scan_core::formats::team_file::{TeamFile, TeamSource};
use scan_core::formats::team_session::{SESSION_KIND, SessionPicture, TeamSession};
use scan_core::swv::swv_picture;
use scan_core::{FileError, aggregate, builtin};

#[path = "support/respondents.rs"]
mod respondents;
use respondents::school;

#[test]
fn a_session_restores_the_same_pictures() {
    let q = builtin().unwrap();
    let now = school(&q, 12, 1, 1);
    let earlier = school(&q, 6, 3, 3);
    let file = TeamFile::new(&q, &aggregate(&q, &earlier), &TeamSource::default(), 5);
    let session = TeamSession::new(
        &q,
        SessionPicture::new(&q, &now, None),
        SessionPicture::new(&q, &[], Some(&file)),
        9_000,
    );
    let back = TeamSession::decode(&q, session.encode().as_bytes()).unwrap();
    assert_eq!(back, session);
    let restored = back.now.respondents();
    assert_eq!(aggregate(&q, &restored), aggregate(&q, &now));
    // The same respondents by the core's own rule, so a file added again is a duplicate.
    assert!(restored.iter().zip(&now).all(|(a, b)| a.same_as(b)));
    assert_eq!(back.earlier.team_file, Some(file));
    assert!(!back.is_empty());
}

#[test]
fn a_session_keeps_the_swv_reference_and_the_school_name() {
    let q = builtin().unwrap();
    let teams: Vec<TeamFile> = (0..5)
        .map(|i| {
            let source = TeamSource {
                school: Some(format!("School {i}")),
                ..TeamSource::default()
            };
            TeamFile::new(&q, &aggregate(&q, &school(&q, 4 + i, 1, 1)), &source, 5)
        })
        .collect();
    let reference = ReferenceFile::new(&q, &swv_picture(&q, &teams), Some("SWV"), 7).unwrap();
    let without = TeamSession::new(
        &q,
        SessionPicture::new(&q, &school(&q, 3, 1, 1), None),
        SessionPicture::default(),
        9,
    );
    let with = TeamSession {
        reference: Some(reference.clone()),
        school: Some("OBS De Brug".into()),
        ..without.clone()
    };
    let back = TeamSession::decode(&q, with.encode().as_bytes()).unwrap();
    assert_eq!(back.reference, Some(reference.clone()));
    assert_eq!(back.school.as_deref(), Some("OBS De Brug"));
    assert_eq!(back, with);
    // Only a reference is something to restore.
    let only = TeamSession {
        reference: Some(reference),
        ..TeamSession::new(&q, SessionPicture::default(), SessionPicture::default(), 1)
    };
    assert!(!only.is_empty());
    // A session written before the reference was kept reads as one without it.
    let old = without.encode();
    assert!(!old.contains("reference"), "{old}");
    assert_eq!(
        TeamSession::decode(&q, old.as_bytes()).unwrap().reference,
        None
    );
}

#[test]
fn a_session_keeps_no_names_and_no_notes() {
    let q = builtin().unwrap();
    let text = TeamSession::new(
        &q,
        SessionPicture::new(&q, &school(&q, 3, 1, 1), None),
        SessionPicture::default(),
        1,
    )
    .encode();
    for word in ["Naam-", "Geheime toelichting", "\"name\":\""] {
        assert!(!text.contains(word), "{word} in the session");
    }
    assert!(text.starts_with(&format!("{{\"kind\":\"{SESSION_KIND}\"")));
}

#[test]
fn a_foreign_newer_or_damaged_session_is_named_as_such() {
    let q = builtin().unwrap();
    let ok = TeamSession::new(&q, SessionPicture::default(), SessionPicture::default(), 1);
    let text = ok.encode();
    assert!(ok.is_empty());
    let newer = text.replace("\"format\":1", "\"format\":2");
    assert_eq!(
        TeamSession::decode(&q, newer.as_bytes()),
        Err(FileError::NewerFormat(2))
    );
    let other = text.replace(&format!("\"scan\":\"{}\"", q.id), "\"scan\":\"andere\"");
    assert_eq!(
        TeamSession::decode(&q, other.as_bytes()),
        Err(FileError::OtherScan("andere".into()))
    );
    assert!(matches!(
        TeamSession::decode(&q, &text.as_bytes()[..text.len() - 3]),
        Err(FileError::Damaged(_))
    ));
}

/// Chromium keeps about 5 million characters per site in localStorage: 1,000 respondents of the
/// built-in scan (about 2.3 million) must fit in half of it, the other half left for the
/// earlier picture.
#[test]
fn a_session_of_a_thousand_respondents_fits_local_storage() {
    let q = builtin().unwrap();
    let team = school(&q, 990, 5, 5);
    let text = TeamSession::new(
        &q,
        SessionPicture::new(&q, &team, None),
        SessionPicture::default(),
        1,
    )
    .encode();
    assert!(
        text.len() < 2_500_000,
        "{} characters for 1,000 respondents",
        text.len()
    );
}
