//! The team's picture, against hand-computed cases on `fixtures/mini.toml`.

use scan_core::{
    Added, Exchange, Figure, Profile, Progress, Questionnaire, Respondent, Source, add_file,
    aggregate, parse,
};

fn mini() -> Questionnaire {
    parse(&[Source {
        name: "mini.toml",
        text: include_str!("fixtures/mini.toml"),
    }])
    .unwrap()
}

fn respondent(
    q: &Questionnaire,
    role: Option<&str>,
    answers: &[(&str, &str)],
    at: u64,
) -> Respondent {
    let mut p = Progress::default();
    p.profile.role = role.map(String::from);
    for (s, o) in answers {
        p.set_answer(s.to_string(), o.to_string(), at);
    }
    Exchange::new(q, &p, None, at).into()
}

/// R1 (ib): a all Volledig (mean 3, 100%), b1 Niet (0, 0%), d both Grotendeels (2, 66%).
/// R2 (ib): a1 Grotendeels a2 Enigszins a3 Niet (4/4 = 1, 4/12 = 33%), b1 Volledig (3, 100%),
///          d both Weet ik niet (no status).
/// R3 (no role): a3 only (too few: no status for a), b1 Grotendeels (2, 66%), d both Niet (0, 0%).
fn team(q: &Questionnaire) -> Vec<Respondent> {
    vec![
        respondent(
            q,
            Some("ib"),
            &[
                ("a1", "volledig"),
                ("a2", "volledig"),
                ("a3", "volledig"),
                ("b1", "niet"),
                ("d1", "grotendeels"),
                ("d2", "grotendeels"),
            ],
            1,
        ),
        respondent(
            q,
            Some("ib"),
            &[
                ("a1", "grotendeels"),
                ("a2", "enigszins"),
                ("a3", "niet"),
                ("b1", "volledig"),
                ("d1", "weet-niet"),
                ("d2", "weet-niet"),
            ],
            2,
        ),
        respondent(
            q,
            None,
            &[
                ("a3", "volledig"),
                ("b1", "grotendeels"),
                ("d1", "niet"),
                ("d2", "niet"),
            ],
            3,
        ),
    ]
}

#[test]
fn theme_scores_are_the_mean_of_the_respondents_with_a_status() {
    let mut q = mini();
    // With the default k = 3, a and d (two scores each, of three) show no figures: they would
    // be those two's own. b, with three, and the overall are shown.
    let t = aggregate(&q, &team(&q));
    let withheld: Vec<&str> = (t.themes.iter())
        .filter(|x| x.tally.respondents > 0 && x.tally.status.is_none())
        .map(|x| q.themes[x.theme].id.as_str())
        .collect();
    assert_eq!(withheld, ["a", "d"]);
    assert!(t.overall.status.is_some());
    // With k = 2, the sums are shown; the spread of two scores is too.
    q.criteria.min_role_respondents = 2;
    let t = aggregate(&q, &team(&q));
    assert_eq!(t.respondents, 3);
    let band = |s: Option<scan_core::BandIx>| s.map(|s| q.bands[s].id.as_str());
    let theme = |id: &str| {
        &t.themes
            .iter()
            .find(|x| q.themes[x.theme].id == id)
            .unwrap()
            .tally
    };
    // a: R1 100 and R2 33 (R3 has too few answers): (100 + 33) / 2 = 66; means (300 + 100) / 2.
    let a = theme("a");
    assert_eq!(
        (a.respondents, a.percent, a.spread, a.mean_hundredths),
        (2, Some(66), Figure::Shown((33, 100)), Some(200)),
    );
    assert_eq!(band(a.status), Some("gevorderd"));
    assert_eq!(a.unknown_percent, Some(0));
    // b: 0, 100, 66 -> 55; means 0 + 300 + 200 = 500 / 3 = 166 -> In ontwikkeling.
    let b = theme("b");
    assert_eq!(
        (b.respondents, b.percent, b.spread, b.mean_hundredths),
        (3, Some(55), Figure::Shown((0, 100)), Some(166))
    );
    assert_eq!(band(b.status), Some("in-ontwikkeling"));
    // d: R1 66 (mean 200), R3 0 (0); R2 only "weet ik niet": 2 of the 6 answers given.
    let d = theme("d");
    assert_eq!(
        (d.respondents, d.percent, d.spread, d.mean_hundredths),
        (2, Some(33), Figure::Shown((0, 66)), Some(100))
    );
    assert_eq!(d.unknown_percent, Some(33));
    // Overall: R1 32/15 (mean 213, 71%), R2 7/5 (140, 46%), R3 5/12 (41, 13%).
    let o = &t.overall;
    assert_eq!(
        (o.respondents, o.percent, o.spread, o.mean_hundredths),
        (3, Some(43), Figure::Shown((13, 71)), Some(131))
    );
    assert_eq!(band(o.status), Some("in-ontwikkeling"));
}

#[test]
fn statements_two_steps_apart_are_seen_differently() {
    let mut q = mini();
    // Three respondents: below the default of 5, every statement is withheld.
    let t = aggregate(&q, &team(&q));
    assert!(t.statements.iter().all(|s| s.figures == Figure::TooFew));
    q.criteria.min_statement_respondents = 1;
    let t = aggregate(&q, &team(&q));
    let get = |id: &str| {
        t.statements
            .iter()
            .find(|s| q.themes[s.theme].statements[s.statement].id == id)
            .and_then(|s| s.figures.shown())
            .unwrap()
    };
    // Scale order: niet, enigszins, grotendeels, volledig, weet-niet, nvt.
    assert_eq!(get("a1").counts, [0, 0, 1, 1, 0, 0]);
    assert!(
        !get("a1").seen_differently,
        "Volledig and Grotendeels: one step"
    );
    assert_eq!(get("a2").counts, [0, 1, 0, 1, 0, 0]);
    assert!(
        get("a2").seen_differently,
        "Volledig and Enigszins: two steps"
    );
    assert_eq!(get("d1").counts, [1, 0, 1, 0, 1, 0]);
    assert!(
        get("d1").seen_differently,
        "weet ik niet does not count, Grotendeels and Niet do"
    );
    assert!(
        t.statements
            .iter()
            .all(|s| q.themes[s.theme].statements[s.statement].id != "b2"),
        "unanswered statements are left out"
    );
}

#[test]
fn roles_are_shown_apart_only_from_the_configured_number() {
    let mut q = mini();
    let t = aggregate(&q, &team(&q));
    assert!(t.roles.is_empty(), "2 intern begeleiders are fewer than 3");
    assert_eq!(t.not_shown_apart, 3);
    q.criteria.min_role_respondents = 2;
    let t = aggregate(&q, &team(&q));
    assert!(
        t.roles.is_empty(),
        "the 2 ib shown apart would leave the one without a role to be worked out"
    );
    let mut four = team(&q);
    four.push(respondent(&q, None, &[("a1", "niet")], 4));
    let t = aggregate(&q, &four);
    assert_eq!(t.roles.len(), 1);
    assert_eq!(
        (t.roles[0].role.as_str(), t.roles[0].respondents),
        ("ib", 2)
    );
    assert_eq!(
        t.roles[0].themes[0],
        Figure::Shown(66),
        "theme a for the ib role: R1 and R2"
    );
    assert_eq!(t.not_shown_apart, 2, "the two without a role");
}

#[test]
fn a_respondent_is_held_once_and_a_newer_file_replaces_theirs() {
    let q = mini();
    let mut files = team(&q);
    let copy = files[1].clone();
    assert_eq!(add_file(&mut files, copy), Added::Duplicate);
    assert_eq!(files, team(&q), "the same file again changes nothing");
    let mut fresh = Vec::new();
    for r in team(&q) {
        assert_eq!(add_file(&mut fresh, r), Added::New);
    }
    assert_eq!(fresh, team(&q));

    // The same run saved again later, with one answer changed: the same respondent, and the
    // later file wins whichever comes first.
    let mut p = Progress::started(500);
    p.set_answer("a1".into(), "niet".into(), 600);
    let first: Respondent = Exchange::new(&q, &p, Some("A"), 700).into();
    p.set_answer("a1".into(), "volledig".into(), 800);
    let again: Respondent = Exchange::new(&q, &p, None, 900).into();
    assert!(again.same_as(&first));
    let mut held = vec![first.clone()];
    assert_eq!(add_file(&mut held, again.clone()), Added::Replaced);
    assert_eq!(held, std::slice::from_ref(&again));
    assert_eq!(
        add_file(&mut held, first),
        Added::Duplicate,
        "older: left out"
    );
    assert_eq!(held, [again]);

    // Without a start time (files of before November 2026): the same profile and answers.
    let mut old = team(&q)[0].clone();
    old.progress.started_at = 0;
    let mut later = old.clone();
    later.saved_at += 1;
    let mut list = vec![old];
    assert_eq!(add_file(&mut list, later.clone()), Added::Replaced);
    later.progress.answers.clear();
    assert_eq!(
        add_file(&mut list, later),
        Added::New,
        "other answers: another respondent"
    );
}

#[test]
fn the_csv_has_a_row_per_answered_statement_and_defuses_formulas() {
    let mut q = mini();
    q.criteria.min_statement_respondents = 1;
    let mut files = team(&q);
    files[0].name = Some("=HYPERLINK(\"https://x.test\";\"klik\")".into());
    // A field that starts like a formula gets a leading quote.
    q.themes[0].title = "=1+1".into();
    let csv = scan_core::team_csv(&q, &aggregate(&q, &files), &scan_core::CsvTexts::DUTCH);
    assert!(
        csv.starts_with('\u{feff}'),
        "a byte order mark for spreadsheets"
    );
    let lines: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        lines[0],
        "\"Thema\";\"Stelling (id)\";\"Stelling\";\"Respondenten\";\"Aantal: Niet\";\"Aantal: Enigszins\";\"Aantal: Grotendeels\";\"Aantal: Volledig\";\"Aantal: Weet ik niet\";\"Aantal: Niet van toepassing\""
    );
    // a1, a2, a3, b1, d1, d2 were answered; b2, opt1, e1, e2 were not.
    assert_eq!(lines.len(), 1 + 6);
    assert_eq!(
        lines[2],
        "\"'=1+1\";\"a2\";\"Statement a2.\";\"2\";\"0\";\"1\";\"0\";\"1\";\"0\";\"0\""
    );
    assert!(!csv.contains("HYPERLINK"), "no names in the CSV");
    // With the default of 5, three respondents' statements are withheld, and say so.
    q.criteria.min_statement_respondents = 5;
    let csv = scan_core::team_csv(&q, &aggregate(&q, &files), &scan_core::CsvTexts::DUTCH);
    assert!(csv.contains(
        "\"'=1+1\";\"a2\";\"Statement a2.\";\"2\";\"te weinig om te tonen (minder dan 5)\"\r\n"
    ));
}

#[test]
fn team_focus_takes_the_lowest_team_statuses() {
    let mut q = mini();
    // d has two scores of three: shown (and a focus) from k = 2.
    q.criteria.min_role_respondents = 2;
    let files = team(&q);
    let t = aggregate(&q, &files);
    // a is Gevorderd (a strength); b (55%) and d (33%) are In ontwikkeling: d first.
    let profiles: Vec<Profile> = files.iter().map(|f| f.progress.profile.clone()).collect();
    let focus = scan_core::team_focus(&q, &t, &profiles);
    let themes: Vec<&str> = focus
        .iter()
        .map(|f| q.themes[f.theme].id.as_str())
        .collect();
    assert_eq!(themes, ["d", "b"]);
    // ex-a-general suits theme a In ontwikkeling; with a lower mean it would be suggested.
    assert!(
        focus.iter().all(|f| f.examples.is_empty()),
        "mini has no example for d, nor for b In ontwikkeling"
    );
}

#[test]
fn a_later_picture_is_compared_per_theme() {
    let mut q = mini();
    // a and d have two scores of three: shown (and compared) from k = 2.
    q.criteria.min_role_respondents = 2;
    let now = team(&q);
    // Last year: one respondent, everything Enigszins (33% everywhere, In ontwikkeling).
    let earlier = vec![respondent(
        &q,
        Some("ib"),
        &[
            ("a1", "enigszins"),
            ("a2", "enigszins"),
            ("a3", "enigszins"),
            ("b1", "enigszins"),
            ("d1", "enigszins"),
            ("d2", "enigszins"),
        ],
        0,
    )];
    let changes = scan_core::compare(&aggregate(&q, &earlier), &aggregate(&q, &now));
    let by_id = |id: &str| changes.iter().find(|c| q.themes[c.theme].id == id).unwrap();
    // a: 33 -> 66 (+33), In ontwikkeling -> Gevorderd; b: 33 -> 55 (+22); d: 33 -> 33 (0).
    let a = by_id("a");
    assert_eq!(
        (a.before, a.after, a.delta()),
        (Some(33), Some(66), Some(33))
    );
    assert_eq!(
        (a.status_before, a.status_after),
        (Some(scan_core::BandIx(1)), Some(scan_core::BandIx(2)))
    );
    assert_eq!(by_id("b").delta(), Some(22));
    assert_eq!(by_id("d").delta(), Some(0));
}

#[test]
fn dates_are_calendar_dates() {
    assert_eq!(scan_core::date_of(0), (1970, 1, 1));
    assert_eq!(scan_core::date_of(951_782_400_000), (2000, 2, 29));
    assert_eq!(scan_core::date_of(1_795_000_000_000), (2026, 11, 18));
    assert_eq!(
        scan_core::date_of(u64::MAX),
        (9999, 12, 31),
        "beyond the calendar: its last day"
    );
    assert_eq!(scan_core::picture_date(&[]), None);
}

#[test]
fn an_example_suits_a_team_with_a_respondent_it_is_meant_for() {
    let swv = scan_core::Audience {
        school_types: vec!["swv".into()],
        roles: vec![],
    };
    let everyone = scan_core::Audience::default();
    let of = |t: Option<&str>, role: Option<&str>| Profile {
        school_type: t.map(String::from),
        role: role.map(String::from),
    };
    let po_team = [
        of(Some("po"), None),
        of(Some("po"), Some("ib")),
        of(None, None),
    ];
    assert!(
        !swv.suits(&po_team),
        "an SWV's example is not for a primary-school team"
    );
    assert!(everyone.suits(&po_team));
    assert!(
        swv.suits(&[of(Some("po"), None), of(Some("swv"), None)]),
        "one SWV respondent is enough"
    );
    assert!(swv.suits(&[]), "no respondents yet: nothing is held back");
    assert!(
        !swv.suits(&[of(None, None)]),
        "a respondent without a school type is not an SWV"
    );
    let for_directors = scan_core::Audience {
        school_types: vec![],
        roles: vec!["directie".into()],
    };
    assert!(!for_directors.suits(&po_team), "no director in the team");
    assert!(
        for_directors.suits(&[of(Some("po"), Some("directie"))]),
        "one respondent is the rule for one: Profile::is_in"
    );
}

#[test]
fn a_basic_statement_counts_not_met_and_unknown_apart() {
    let mut q = mini();
    q.criteria.min_statement_respondents = 1;
    let files: Vec<Respondent> = ["niet", "enigszins", "weet-niet", "volledig"]
        .iter()
        .enumerate()
        .map(|(i, a)| respondent(&q, Some("ib"), &[("a1", a), ("a2", a)], i as u64 + 1))
        .collect();
    let team = aggregate(&q, &files);
    let of = |id: &str| {
        team.statements
            .iter()
            .find(|s| q.themes[s.theme].statements[s.statement].id == id)
            .and_then(|s| s.figures.shown())
            .unwrap()
    };
    assert_eq!(
        of("a1").basic,
        Some(scan_core::TeamBasic { low: 2, unknown: 1 })
    );
    assert_eq!(of("a2").basic, None, "a2 is no basic statement");

    // Basic for the IB only: still counted over everyone who answered, as the option counts
    // are, so that the IBs' own answers cannot be read apart (one IB would be one person).
    let text = include_str!("fixtures/mini.toml").replacen(
        "basic = true",
        "basic = true\nbasic_roles = [\"ib\"]",
        1,
    );
    let mut q = parse(&[Source {
        name: "mini.toml",
        text: &text,
    }])
    .unwrap();
    q.criteria.min_statement_respondents = 1;
    let files = vec![
        respondent(&q, Some("ib"), &[("a1", "niet")], 1),
        respondent(&q, None, &[("a1", "niet")], 2),
        respondent(&q, Some("ib"), &[("a1", "weet-niet")], 3),
    ];
    let team = aggregate(&q, &files);
    let first = |t: &scan_core::TeamResults| t.statements[0].figures.shown().unwrap().clone();
    assert_eq!(first(&team).counts[0], 2, "both low answers are counted");
    assert_eq!(
        first(&team).basic,
        Some(scan_core::TeamBasic { low: 2, unknown: 1 })
    );
    // Nobody for whom it is basic: not marked.
    let team = aggregate(&q, &files[1..2]);
    assert_eq!(first(&team).basic, None);
}

#[test]
fn a_statement_counts_only_the_answers_that_count_in_the_respondents_own_scores() {
    let mut q = mini();
    q.criteria.min_statement_respondents = 1;
    // A vo IB answers e1 and e2; a vo teacher's file still holds an e2 answer from when they
    // had chosen the IB role (answers are kept by id), and a po respondent one for e1.
    let vo = |role: &str, answers: &[(&str, &str)], at| {
        let mut r = respondent(&q, Some(role), answers, at);
        r.progress.profile.school_type = Some("vo".into());
        r
    };
    let files = vec![
        vo("ib", &[("e1", "volledig"), ("e2", "niet")], 1),
        vo("leraar", &[("e1", "volledig"), ("e2", "volledig")], 2),
        respondent(&q, Some("ib"), &[("e1", "niet"), ("a1", "niet")], 3),
    ];
    let t = aggregate(&q, &files);
    let counts = |id: &str| {
        t.statements
            .iter()
            .find(|s| q.themes[s.theme].statements[s.statement].id == id)
            .map(|s| (s.answered, s.figures.shown().unwrap().counts.clone()))
    };
    // Scale order: niet, enigszins, grotendeels, volledig, weet-niet, nvt.
    assert_eq!(
        counts("e1"),
        Some((2, vec![0, 0, 0, 2, 0, 0])),
        "not the po answer"
    );
    assert_eq!(
        counts("e2"),
        Some((1, vec![1, 0, 0, 0, 0, 0])),
        "only the IB's"
    );
}
