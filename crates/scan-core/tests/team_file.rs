//! The team file: the team's picture as counts, without persons. It reads back as the picture
//! it was written from, holds no name, note or per-person answer, and a file that claims more
//! than the anonymity rules allow shows no more than they allow.

use scan_core::formats::team_file::{TEAM_KIND, TeamFile, TeamSource};
use scan_core::{Figure, FileError, aggregate, builtin};

#[path = "support/respondents.rs"]
mod respondents;
use respondents::school;

fn source() -> TeamSource {
    TeamSource {
        school: Some("  De Regenboog (12AB) ".into()),
        school_types: vec!["po".into()],
        from: Some(3_000),
        to: Some(3_201),
    }
}

#[test]
fn a_team_file_reads_back_as_the_picture_it_was_written_from() {
    let q = builtin().unwrap();
    for team in [
        school(&q, 12, 1, 1),
        school(&q, 6, 3, 3),
        school(&q, 2, 0, 0),
    ] {
        let results = aggregate(&q, &team);
        let file = TeamFile::new(&q, &results, &source(), 9_000);
        let text = file.encode();
        let back = TeamFile::decode(&q, text.as_bytes()).unwrap();
        assert_eq!(back, file);
        assert_eq!(back.school.as_deref(), Some("De Regenboog (12AB)"));
        assert_eq!(back.to_results(&q), results);
    }
}

#[test]
fn a_team_file_holds_no_names_no_notes_and_no_ones_answers() {
    let q = builtin().unwrap();
    let team = school(&q, 12, 1, 1);
    let text = TeamFile::new(&q, &aggregate(&q, &team), &source(), 9_000).encode();
    for word in [
        "Naam-",
        "Geheime toelichting",
        "\"answers\"",
        "\"notes\"",
        "\"name\"",
        "started_at",
    ] {
        assert!(!text.contains(word), "{word} in the team file");
    }
    // Not even how many: no role group is listed for this team.
    assert!(text.contains("\"roles\":[]"), "{text}");
    assert!(text.starts_with(&format!("{{\"kind\":\"{TEAM_KIND}\"")));
}

#[test]
fn a_file_that_claims_more_than_the_rules_allow_shows_no_more() {
    let q = builtin().unwrap();
    // Written under thresholds of 1: every statement and both small roles in the file.
    let mut lax = q.clone();
    lax.criteria.min_role_respondents = 1;
    lax.criteria.min_statement_respondents = 1;
    let team = school(&lax, 12, 1, 1);
    let file = TeamFile::new(&lax, &aggregate(&lax, &team), &source(), 9_000);
    assert!(file.roles.len() == 3 && file.statements.iter().all(|s| s.counts.is_some()));
    let shown = TeamFile::decode(&q, file.encode().as_bytes())
        .unwrap()
        .to_results(&q);
    assert!(
        shown.roles.is_empty(),
        "the scan's own rules hide the roles again"
    );
    assert_eq!(shown.not_shown_apart, 14);
    for s in &shown.statements {
        assert_eq!(
            s.figures.shown().is_some(),
            s.answered >= 5,
            "{}",
            s.answered
        );
    }
    assert_eq!(
        shown,
        aggregate(&q, &team),
        "exactly what the page shows from the files"
    );
}

#[test]
fn other_files_are_refused_with_what_they_are() {
    let q = builtin().unwrap();
    let decode = |t: &str| TeamFile::decode(&q, t.as_bytes());
    assert_eq!(
        decode(r#"{"kind":"scan-passend-onderwijs/answers","format":1}"#),
        Err(FileError::WrongKind {
            found: Some("scan-passend-onderwijs/answers".into())
        })
    );
    assert_eq!(
        decode(r#"{"kind":"scan-passend-onderwijs/team","format":2,"scan":"x"}"#),
        Err(FileError::NewerFormat(2))
    );
    assert_eq!(
        decode(r#"{"kind":"scan-passend-onderwijs/team","format":1,"scan":"x"}"#),
        Err(FileError::OtherScan("x".into()))
    );
    assert!(matches!(decode("{kapot"), Err(FileError::Damaged(_))));
    let huge = " ".repeat(scan_core::formats::team_file::TEAM_MAX_BYTES + 1);
    assert!(matches!(decode(&huge), Err(FileError::TooLarge(_))));
    // Ids this version no longer has are left out, not an error.
    let mut file = TeamFile::new(&q, &aggregate(&q, &school(&q, 6, 0, 0)), &source(), 1);
    file.themes[0].theme = "weg".into();
    file.statements[0].statement = "weg".into();
    let shown = TeamFile::decode(&q, file.encode().as_bytes())
        .unwrap()
        .to_results(&q);
    assert_eq!(shown.themes.len(), file.themes.len() - 1);
    assert_eq!(shown.statements.len(), file.statements.len() - 1);
    assert!(matches!(shown.overall.spread, Figure::Shown(_)));
}
