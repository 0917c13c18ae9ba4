//! Scoring and advice against hand-computed cases on `fixtures/mini.toml`.

use scan_core::{Progress, Questionnaire, Source, advise, parse, score};

fn mini() -> Questionnaire {
    let text = include_str!("fixtures/mini.toml");
    parse(&[Source {
        name: "mini.toml",
        text,
    }])
    .expect("fixture is valid")
}

fn progress(answers: &[(&str, &str)]) -> Progress {
    let mut p = Progress::default();
    for (s, o) in answers {
        p.answers.insert(s.to_string(), (*o).into());
    }
    p
}

fn band(q: &Questionnaire, status: Option<usize>) -> Option<&str> {
    status.map(|s| q.bands[s].id.as_str())
}

#[test]
fn nothing_answered_gives_no_score_and_no_focus() {
    let q = mini();
    let r = score(&q, &Progress::default());
    assert_eq!(r.themes.len(), 3, "the optional theme is left out");
    for t in &r.themes {
        assert_eq!(
            (t.tally.answered, t.tally.percent, t.tally.status),
            (0, None, None)
        );
        assert!(!t.tally.insufficient_insight);
    }
    assert_eq!(r.overall.total, 6);
    assert_eq!(r.overall.percent, None);
    let a = advise(&q, &Progress::default(), &r);
    assert_eq!(a.unanswered, vec![0, 1, 2]);
    assert!(a.focus.is_empty() && a.risks.is_empty() && a.strengths.is_empty());
}

#[test]
fn everything_unknown_flags_insufficient_insight_without_a_score() {
    let q = mini();
    let p = progress(&[
        ("a1", "weet-niet"),
        ("a2", "weet-niet"),
        ("a3", "weet-niet"),
    ]);
    let r = score(&q, &p);
    let a = &r.themes[0].tally;
    assert_eq!((a.answered, a.unknown, a.scored()), (3, 3, 0));
    assert_eq!((a.percent, a.status), (None, None));
    assert!(a.insufficient_insight);
    assert_eq!(advise(&q, &p, &r).risks, vec![0]);
}

#[test]
fn a_theme_with_one_statement_scores_that_statement() {
    let q = mini();
    // 2 of 3 points = 66.7% -> rounded down to 66 -> In ontwikkeling.
    let r = score(&q, &progress(&[("b1", "grotendeels")]));
    assert_eq!(r.themes[1].tally.percent, Some(66));
    assert_eq!(band(&q, r.themes[1].tally.status), Some("in-ontwikkeling"));
    let r = score(&q, &progress(&[("b1", "volledig")]));
    assert_eq!(r.themes[1].tally.percent, Some(100));
    assert_eq!(band(&q, r.themes[1].tally.status), Some("geborgd"));
    let r = score(&q, &progress(&[("b1", "niet")]));
    assert_eq!(r.themes[1].tally.percent, Some(0));
    assert_eq!(band(&q, r.themes[1].tally.status), Some("orienterend"));
}

#[test]
fn weights_count_in_the_theme_score() {
    let q = mini();
    // a1 (w1) = 2, a2 (w2) = 1, a3 (w1) = 3: (2 + 2 + 3) / (3 * 4) = 7/12 = 58.3% -> 58.
    let r = score(
        &q,
        &progress(&[
            ("a1", "grotendeels"),
            ("a2", "enigszins"),
            ("a3", "volledig"),
        ]),
    );
    let t = &r.themes[0].tally;
    assert_eq!((t.points, t.max_points, t.percent), (7, 12, Some(58)));
    assert_eq!(r.themes[0].low, vec![1], "a2 answered 1 point is low");
    assert!(r.themes[0].low_basic.is_empty());
}

#[test]
fn a_low_basic_statement_caps_the_theme() {
    let q = mini();
    // a1 (basic) = 0, a2 (w2) = 3, a3 = 3: (0 + 6 + 3) / 12 = 75% -> Gevorderd, capped.
    let p = progress(&[("a1", "niet"), ("a2", "volledig"), ("a3", "volledig")]);
    let r = score(&q, &p);
    let t = &r.themes[0];
    assert_eq!(t.tally.percent, Some(75));
    assert_eq!(band(&q, t.tally.status), Some("in-ontwikkeling"));
    assert!(t.capped);
    assert_eq!(t.low_basic, vec![0]);
    // The example for a low a1 comes before the general one.
    let a = advise(&q, &p, &r);
    assert_eq!(a.attention, vec![0]);
    assert_eq!(a.focus.len(), 1);
    assert_eq!(a.focus[0].theme, 0);
    let ids: Vec<&str> = a.focus[0]
        .examples
        .iter()
        .map(|&e| q.examples[e].id.as_str())
        .collect();
    assert_eq!(ids, ["ex-a-low", "ex-a-general"]);
}

#[test]
fn a_low_basic_statement_does_not_raise_a_lower_status() {
    let q = mini();
    // (0 + 0 + 3) / 12 = 25% -> Oriënterend; the cap only lowers.
    let r = score(
        &q,
        &progress(&[("a1", "niet"), ("a2", "niet"), ("a3", "volledig")]),
    );
    assert_eq!(band(&q, r.themes[0].tally.status), Some("orienterend"));
    assert!(!r.themes[0].capped);
}

#[test]
fn band_boundaries_are_inclusive() {
    let q = mini();
    let cases = [
        // d1 weight 7, d2 weight 3, max 30 points.
        (("volledig", "niet"), 70, "gevorderd"),
        (("volledig", "grotendeels"), 90, "geborgd"),
        (("grotendeels", "enigszins"), 56, "in-ontwikkeling"),
        (("niet", "volledig"), 30, "orienterend"),
    ];
    for ((d1, d2), percent, status) in cases {
        let r = score(&q, &progress(&[("d1", d1), ("d2", d2)]));
        assert_eq!(r.themes[2].tally.percent, Some(percent), "{d1}/{d2}");
        assert_eq!(
            band(&q, r.themes[2].tally.status),
            Some(status),
            "{d1}/{d2}"
        );
    }
    for (percent, status) in [
        (0, 0),
        (39, 0),
        (40, 1),
        (69, 1),
        (70, 2),
        (89, 2),
        (90, 3),
        (100, 3),
    ] {
        assert_eq!(q.band_for(percent), status, "{percent}%");
    }
}

#[test]
fn unknown_share_flags_from_the_configured_percentage() {
    let q = mini();
    // 1 of 3 unknown = 33% >= 30%: flagged, although the scored answers are perfect.
    let p = progress(&[
        ("a1", "weet-niet"),
        ("a2", "volledig"),
        ("a3", "volledig"),
        ("b1", "volledig"),
    ]);
    let r = score(&q, &p);
    assert!(r.themes[0].tally.insufficient_insight);
    assert_eq!(r.themes[0].tally.percent, Some(100));
    // Overall: 1 of 4 unknown = 25%: not flagged. Points (6 + 3 + 3) / (9 + 3) = 100%.
    assert!(!r.overall.insufficient_insight);
    assert_eq!(
        (r.overall.answered, r.overall.unknown, r.overall.percent),
        (4, 1, Some(100))
    );
    let a = advise(&q, &p, &r);
    assert_eq!((a.risks.clone(), a.strengths.clone()), (vec![0], vec![1]));
}

#[test]
fn overall_adds_weighted_points_of_all_included_themes() {
    let q = mini();
    // a: (3 + 4 + 1) / 12; b: 0 / 3; d: (14 + 9) / 30 -> (8 + 0 + 23) / 45 = 68.9% -> 68.
    let p = progress(&[
        ("a1", "volledig"),
        ("a2", "grotendeels"),
        ("a3", "enigszins"),
        ("b1", "niet"),
        ("d1", "grotendeels"),
        ("d2", "volledig"),
        ("opt1", "niet"),
    ]);
    let r = score(&q, &p);
    assert_eq!(
        (r.overall.points, r.overall.max_points, r.overall.percent),
        (31, 45, Some(68))
    );
    assert_eq!(band(&q, r.overall.status), Some("in-ontwikkeling"));
    assert_eq!(
        r.overall.total, 6,
        "opt1 is not counted while the module is off"
    );
}

#[test]
fn an_optional_theme_counts_once_switched_on() {
    let q = mini();
    let mut p = progress(&[("opt1", "niet")]);
    p.modules.insert("opt".into());
    let r = score(&q, &p);
    assert_eq!(r.themes.len(), 4);
    assert_eq!(r.themes[3].tally.percent, Some(0));
    assert_eq!(r.overall.total, 7);
}

#[test]
fn focus_takes_the_lowest_non_strength_themes_up_to_the_maximum() {
    let q = mini();
    // a = 7/12 = 58 (in ontwikkeling), b = 0 (orienterend), d = 70 (gevorderd: a strength).
    let p = progress(&[
        ("a1", "grotendeels"),
        ("a2", "enigszins"),
        ("a3", "volledig"),
        ("b1", "niet"),
        ("d1", "volledig"),
        ("d2", "niet"),
    ]);
    let a = advise(&q, &p, &score(&q, &p));
    let focus: Vec<usize> = a.focus.iter().map(|f| f.theme).collect();
    assert_eq!(focus, vec![1, 0], "lowest status first");
    assert_eq!(a.focus[0].examples, vec![2], "ex-b for theme b");
    assert_eq!(
        a.focus[1].examples,
        vec![1],
        "a1 is not low, so only the general example"
    );
    assert_eq!(
        (a.strengths.clone(), a.attention.clone(), a.risks.clone()),
        (vec![2], vec![0], vec![1])
    );
}

#[test]
fn answers_to_unknown_statements_or_options_are_kept_but_not_scored() {
    let q = mini();
    let p = progress(&[("gone", "volledig"), ("b1", "no-such-option")]);
    let r = score(&q, &p);
    assert_eq!(r.overall.answered, 0);
    assert_eq!(p.answers.len(), 2);
}

#[test]
fn only_statements_for_the_profile_count() {
    let q = mini();
    let with = |school_type: Option<&str>, role: Option<&str>| {
        let mut p = progress(&[
            ("b1", "volledig"),
            ("b2", "niet"),
            ("e1", "volledig"),
            ("e2", "niet"),
        ]);
        p.profile.school_type = school_type.map(String::from);
        p.profile.role = role.map(String::from);
        score(&q, &p)
    };
    // No profile: b2 (po) and theme e (vo) do not apply; their answers are kept, not scored.
    let r = with(None, None);
    let themes: Vec<&str> = r
        .themes
        .iter()
        .map(|t| q.themes[t.theme].id.as_str())
        .collect();
    assert_eq!(themes, ["a", "b", "d"]);
    assert_eq!(
        (r.themes[1].tally.total, r.themes[1].tally.percent),
        (1, Some(100))
    );
    // po: b2 counts: (3 + 0) / 6 = 50%.
    let r = with(Some("po"), None);
    assert_eq!(
        (r.themes[1].tally.total, r.themes[1].tally.percent),
        (2, Some(50))
    );
    // vo: theme e appears with e1 only; e2 needs the IB role.
    let r = with(Some("vo"), None);
    let e = r.themes.last().unwrap();
    assert_eq!(
        (
            q.themes[e.theme].id.as_str(),
            e.tally.total,
            e.tally.percent
        ),
        ("e", 1, Some(100))
    );
    let r = with(Some("vo"), Some("ib"));
    let e = r.themes.last().unwrap();
    assert_eq!((e.tally.total, e.tally.percent), (2, Some(50)));
    assert_eq!(r.overall.total, 3 + 1 + 2 + 2);
}
