//! The SWV page's session on this device: it restores the same picture from the schools' team
//! files kept without statements and roles, is read as carefully as the files it holds, and a
//! samenwerkingsverband's five years of team files fit in local storage beside the team page's
//! session.

use scan_core::formats::swv_session::{SWV_SESSION_KIND, SwvSession};
use scan_core::formats::team_file::{TeamFile, TeamSource};
use scan_core::swv::swv_picture;
use scan_core::{Exchange, FileError, Questionnaire, Respondent, aggregate, builtin};

#[path = "../examples/support/answered.rs"]
mod answered;

/// A school's team file of the built-in scan as the team page writes it: `n` respondents of
/// `school_type` with seeds from `seed`, one of every four an intern begeleider and one of
/// every seven a director, made before `year`'s end.
fn team_file(
    q: &Questionnaire,
    name: &str,
    school_type: &str,
    n: usize,
    seed: usize,
    year: u64,
) -> TeamFile {
    let saved = 1_700_000_000_000 + year * 31_536_000_000;
    let files: Vec<Respondent> = (0..n)
        .map(|i| {
            let role = match i % 7 {
                3 => "ib",
                6 => "directie",
                _ => "leraar",
            };
            let p = answered::answered(q, school_type, role, seed + i);
            Exchange::new(q, &p, Some("Naam"), saved + i as u64).into()
        })
        .collect();
    let source = TeamSource {
        school: Some(name.into()),
        school_types: vec![school_type.into()],
        from: files.iter().map(|f| f.saved_at).min(),
        to: scan_core::picture_date(&files),
    };
    TeamFile::new(q, &aggregate(q, &files), &source, saved + 1_000_000)
}

/// Six schools of every type, one under five respondents.
fn schools(q: &Questionnaire, year: u64) -> Vec<TeamFile> {
    [
        ("OBS De Brug", "po", 14),
        ("CBS Het Anker", "po", 9),
        ("SBO De Wissel", "sbo", 6),
        ("SO Het Kompas", "so", 11),
        ("Het Lyceum", "vo", 30),
        ("Kleine School", "po", 3),
    ]
    .iter()
    .enumerate()
    .map(|(i, (name, t, n))| team_file(q, name, t, *n, 40 * i + year as usize, year))
    .collect()
}

#[test]
fn a_session_restores_the_same_swv_picture_without_statements_and_roles() {
    let q = builtin().unwrap();
    let now = schools(&q, 2);
    let earlier = schools(&q, 1);
    assert!(now.iter().all(|f| !f.statements.is_empty()));
    assert!(
        now.iter().any(|f| !f.roles.is_empty()),
        "a role shown apart"
    );
    let session = SwvSession::new(&q, &now, &earlier, 9_000);
    assert!(!session.is_empty());
    let text = session.encode();
    assert!(!text.contains('\n'), "one line");
    assert!(text.starts_with(&format!("{{\"kind\":\"{SWV_SESSION_KIND}\",\"format\":1,")));
    let back = SwvSession::decode(&q, text.as_bytes()).unwrap();
    assert_eq!(back, session);
    assert_eq!((back.scan.as_str(), back.saved_at), (q.id.as_str(), 9_000));
    assert_eq!(back.now.len(), 6);
    assert_eq!(back.swv, None);
    assert!(!text.contains("\"swv\""), "no name, no field");
    // The SWV's name, when typed, is kept with the files.
    let named = SwvSession {
        swv: Some("SWV Rivierenland".into()),
        ..session.clone()
    };
    let named = SwvSession::decode(&q, named.encode().as_bytes()).unwrap();
    assert_eq!(named.swv.as_deref(), Some("SWV Rivierenland"));
    for (kept, full) in back.now.iter().zip(&now) {
        assert!(kept.statements.is_empty() && kept.roles.is_empty());
        let mut without = full.clone();
        without.statements.clear();
        without.roles.clear();
        assert_eq!(kept, &without, "everything else kept");
    }
    // The same picture, with its schools' figures and the figures across them.
    let picture = swv_picture(&q, &now);
    assert_eq!(picture.shown_schools, 5);
    assert!(picture.overall.all.shown().is_some());
    assert_eq!(swv_picture(&q, &back.now), picture);
    assert_eq!(swv_picture(&q, &back.earlier), swv_picture(&q, &earlier));
    // Per school the same theme and overall tallies (only statements and roles go).
    for (kept, full) in back.now.iter().zip(&now) {
        let (a, b) = (kept.to_results(&q), full.to_results(&q));
        assert_eq!((a.themes, a.overall), (b.themes, b.overall));
    }
}

#[test]
fn an_empty_session_is_empty_and_a_foreign_newer_or_damaged_one_is_named_as_such() {
    let q = builtin().unwrap();
    let empty = SwvSession::new(&q, &[], &[], 1);
    assert!(empty.is_empty());
    let file = team_file(&q, "OBS De Brug", "po", 5, 1, 1);
    let text = SwvSession::new(&q, &[], &[file], 1).encode();
    assert!(!SwvSession::decode(&q, text.as_bytes()).unwrap().is_empty());
    // Only the session's own envelope changed (it comes first), not the team file's.
    let newer = text.replacen("\"format\":1", "\"format\":2", 1);
    assert_eq!(
        SwvSession::decode(&q, newer.as_bytes()),
        Err(FileError::NewerFormat(2))
    );
    let other = text.replacen(&format!("\"scan\":\"{}\"", q.id), "\"scan\":\"andere\"", 1);
    assert_eq!(
        SwvSession::decode(&q, other.as_bytes()),
        Err(FileError::OtherScan("andere".into()))
    );
    let team_session = text.replacen(SWV_SESSION_KIND, "scan-passend-onderwijs/team-session", 1);
    assert_eq!(
        SwvSession::decode(&q, team_session.as_bytes()),
        Err(FileError::WrongKind {
            found: Some("scan-passend-onderwijs/team-session".into())
        })
    );
    assert!(matches!(
        SwvSession::decode(&q, &text.as_bytes()[..text.len() - 3]),
        Err(FileError::Damaged(_))
    ));
    assert_eq!(
        SwvSession::decode(&q, &vec![b' '; 16 * 1024 * 1024 + 1]),
        Err(FileError::TooLarge(16 * 1024 * 1024 + 1))
    );
}

/// Chromium and Firefox keep about 5 million UTF-16 characters per site in localStorage, and
/// the team page's session shares the site: five years of team files of 60 schools (300 files)
/// must fit in half of it.
#[test]
fn a_session_of_sixty_schools_over_five_years_fits_local_storage() {
    let q = builtin().unwrap();
    let types = ["po", "po", "po", "vo", "sbo", "so"];
    // Team sizes from 6 to 45 respondents; one team's respondents per school type reused over
    // the years with other seeds would give the same sizes, so each file is made anew.
    let mut years: Vec<Vec<TeamFile>> = (1..=5)
        .map(|year| {
            (0..60)
                .map(|s| {
                    let n = 6 + (s * 13 + year as usize * 5) % 40;
                    let name = format!("Basisschool nummer {s} te Rivierenland");
                    team_file(&q, &name, types[s % types.len()], n, s * 50, year)
                })
                .collect()
        })
        .collect();
    let now = years.pop().unwrap();
    let earlier: Vec<TeamFile> = years.concat();
    assert_eq!(now.len() + earlier.len(), 300);
    let full = now[0].encode().len();
    let trimmed = now[0].for_swv().encode().len();
    let all_full: usize = (now.iter().chain(&earlier)).map(|f| f.encode().len()).sum();
    let text = SwvSession::new(&q, &now, &earlier, 1).encode();
    eprintln!(
        "SWV session of 300 team files: {} bytes (the files in full: {all_full}); one team \
         file of {} respondents: {full} bytes in full, {trimmed} trimmed",
        text.len(),
        now[0].respondents,
    );
    // ASCII apart from a few letters, so bytes are about UTF-16 characters.
    assert!(text.len() < 2_500_000, "{} bytes", text.len());
    assert!(trimmed * 4 < full, "{trimmed} of {full} bytes");
}
