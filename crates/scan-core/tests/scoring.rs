//! Scoring and advice against hand-computed cases on `fixtures/mini.toml`.

use scan_core::{
    BandIx, ExampleIx as E, Progress, Questionnaire, Source, StatementIx as S, ThemeIx as T,
    advise, parse, score,
};

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

fn band(q: &Questionnaire, status: Option<BandIx>) -> Option<&str> {
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
    assert_eq!(a.unanswered, vec![T(0), T(1), T(2)]);
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
    assert_eq!(advise(&q, &p, &r).risks, vec![T(0)]);
}

#[test]
fn bands_follow_the_scale_so_grotendeels_throughout_is_gevorderd() {
    let q = mini();
    // One statement: the mean answer is that answer. Grotendeels = 2 -> Gevorderd
    // (version 1 gave 66% and "In ontwikkeling").
    for (answer, percent, status) in [
        ("niet", 0, "orienterend"),
        ("enigszins", 33, "in-ontwikkeling"),
        ("grotendeels", 66, "gevorderd"),
        ("volledig", 100, "geborgd"),
    ] {
        let r = score(&q, &progress(&[("b1", answer)]));
        let t = &r.themes[1].tally;
        assert_eq!(
            (t.percent, band(&q, t.status)),
            (Some(percent), Some(status)),
            "{answer}"
        );
    }
    // The same answer on every statement of every theme gives that answer's band everywhere.
    for (answer, status) in [
        ("niet", "orienterend"),
        ("enigszins", "in-ontwikkeling"),
        ("grotendeels", "gevorderd"),
        ("volledig", "geborgd"),
    ] {
        let all: Vec<(&str, &str)> = ["a1", "a2", "a3", "b1", "d1", "d2"]
            .into_iter()
            .map(|s| (s, answer))
            .collect();
        let r = score(&q, &progress(&all));
        for t in &r.themes {
            assert_eq!(band(&q, t.tally.status), Some(status), "{answer}");
        }
        assert_eq!(band(&q, r.overall.status), Some(status), "{answer} overall");
    }
}

#[test]
fn weights_count_in_the_mean_and_the_score() {
    let q = mini();
    // a1 (w1) = 2, a2 (w2) = 1, a3 (w1) = 3: 7 points over weight 4 = mean 1.75 -> In
    // ontwikkeling; score 7 / (3 * 4) = 58.3% -> 58.
    let r = score(
        &q,
        &progress(&[
            ("a1", "grotendeels"),
            ("a2", "enigszins"),
            ("a3", "volledig"),
        ]),
    );
    let t = &r.themes[0].tally;
    assert_eq!(
        (t.points, t.weight, t.max_points, t.percent),
        (7, 4, 12, Some(58))
    );
    assert_eq!(t.mean_hundredths(), Some(175));
    assert_eq!(band(&q, t.status), Some("in-ontwikkeling"));
    assert_eq!(r.themes[0].low, vec![S(1)], "a2 answered 1 point is low");
    assert!(!r.themes[0].basic_unmet());
}

#[test]
fn a_low_basic_statement_caps_the_theme() {
    let q = mini();
    // a1 (basic) = 0, a2 (w2) = 3, a3 = 3: 9 / 4 = 2.25 -> Gevorderd, capped.
    let p = progress(&[("a1", "niet"), ("a2", "volledig"), ("a3", "volledig")]);
    let r = score(&q, &p);
    let t = &r.themes[0];
    assert_eq!(t.tally.percent, Some(75));
    assert_eq!(band(&q, t.tally.status), Some("in-ontwikkeling"));
    assert!(t.tally.capped);
    assert_eq!(
        (t.basic_low.as_slice(), t.basic_unknown.as_slice()),
        (&[S(0)][..], &[][..])
    );
    // The example for a low a1 comes before the general one.
    let a = advise(&q, &p, &r);
    assert_eq!(a.attention, vec![T(0)]);
    assert_eq!(a.focus.len(), 1);
    assert_eq!(a.focus[0].theme, T(0));
    let ids: Vec<&str> = a.focus[0]
        .examples
        .iter()
        .map(|&e| q.examples[e].id.as_str())
        .collect();
    assert_eq!(ids, ["ex-a-low", "ex-a-general"]);
}

#[test]
fn a_basic_statement_answered_weet_ik_niet_caps_too() {
    let q = mini();
    // a1 (basic) unknown, a2 (w2) = 3, a3 = 3: 9 / 3 = 3.0 -> Geborgd, capped.
    let p = progress(&[("a1", "weet-niet"), ("a2", "volledig"), ("a3", "volledig")]);
    let t = &score(&q, &p).themes[0];
    assert_eq!(t.tally.mean_hundredths(), Some(300));
    assert_eq!(band(&q, t.tally.status), Some("in-ontwikkeling"));
    assert!(t.tally.capped);
    // Told apart from "niet gehaald": the condition is unknown, not failed.
    assert_eq!(
        (t.basic_low.as_slice(), t.basic_unknown.as_slice()),
        (&[][..], &[S(0)][..])
    );
}

#[test]
fn a_basic_statement_not_met_caps_the_overall_status() {
    let q = mini();
    // Points 0 + 6 + 3 (a) + 3 (b) + 21 + 9 (d) = 42 over weight 4 + 1 + 10 = 15: mean 2.8 ->
    // Geborgd, capped at In ontwikkeling because a1 is not met.
    let p = progress(&[
        ("a1", "niet"),
        ("a2", "volledig"),
        ("a3", "volledig"),
        ("b1", "volledig"),
        ("d1", "volledig"),
        ("d2", "volledig"),
    ]);
    let r = score(&q, &p);
    assert_eq!((r.overall.points, r.overall.weight), (42, 15));
    assert_eq!(r.overall.mean_hundredths(), Some(280));
    assert_eq!(band(&q, r.overall.status), Some("in-ontwikkeling"));
    assert!(r.overall.capped);
    assert_eq!(r.themes_with_basic_low().collect::<Vec<_>>(), vec![T(0)]);
    assert_eq!(r.themes_with_basic_unknown().count(), 0);
    // With a1 met, the overall status is what the mean says.
    let p = progress(&[
        ("a1", "grotendeels"),
        ("a2", "volledig"),
        ("a3", "volledig"),
        ("b1", "volledig"),
        ("d1", "volledig"),
        ("d2", "volledig"),
    ]);
    let r = score(&q, &p);
    assert_eq!(band(&q, r.overall.status), Some("geborgd"));
    assert!(!r.overall.capped);
}

#[test]
fn a_low_basic_statement_does_not_raise_a_lower_status() {
    let q = mini();
    // (0 + 0 + 3) / 4 = 0.75 -> Oriënterend; the cap only lowers.
    let r = score(
        &q,
        &progress(&[("a1", "niet"), ("a2", "niet"), ("a3", "volledig")]),
    );
    assert_eq!(band(&q, r.themes[0].tally.status), Some("orienterend"));
    assert!(!r.themes[0].tally.capped);
    assert_eq!(r.themes[0].basic_low, vec![S(0)], "still reported");
}

#[test]
fn a_status_needs_half_of_the_applicable_statements_scored() {
    let q = mini();
    // One "Volledig" of three: 1 * 100 < 50 * 3, so no status (version 1 said Geborgd 100%).
    let r = score(&q, &progress(&[("a3", "volledig")]));
    let t = &r.themes[0].tally;
    assert_eq!((t.total, t.scored(), t.status), (3, 1, None));
    assert!(t.too_few);
    assert_eq!(
        advise(&q, &progress(&[("a3", "volledig")]), &r).unanswered,
        vec![T(0), T(1), T(2)]
    );
    // Two of three is enough: (6 + 3) / 3 = 3.0 -> Geborgd.
    let r = score(&q, &progress(&[("a2", "volledig"), ("a3", "volledig")]));
    let t = &r.themes[0].tally;
    assert_eq!((t.too_few, band(&q, t.status)), (false, Some("geborgd")));
    // "Weet ik niet" answers are not scored: one scored of three is still too few.
    let r = score(&q, &progress(&[("a2", "weet-niet"), ("a3", "volledig")]));
    assert!(r.themes[0].tally.too_few);
    // Two statements, one answered: 1 * 100 >= 50 * 2, so exactly half is enough.
    let r = score(&q, &progress(&[("d1", "grotendeels")]));
    assert_eq!(band(&q, r.themes[2].tally.status), Some("gevorderd"));
}

#[test]
fn not_applicable_drops_the_statement_without_lack_of_insight() {
    let q = mini();
    // a1 (basic) n.v.t.: it leaves the theme, caps nothing and raises no flag. Of the two left,
    // one is scored: exactly half, so a status: 3 / 1 = 3.0 -> Geborgd.
    let p = progress(&[("a1", "nvt"), ("a3", "volledig")]);
    let r = score(&q, &p);
    let t = &r.themes[0];
    assert_eq!(
        (
            t.tally.total,
            t.tally.answered,
            t.tally.not_applicable,
            t.tally.unknown
        ),
        (2, 1, 1, 0)
    );
    assert_eq!(band(&q, t.tally.status), Some("geborgd"));
    assert!(!t.tally.capped && !t.tally.insufficient_insight);
    assert!(!t.basic_unmet());
    // "Weet ik niet" on the same statement is a lack of insight and caps.
    let r = score(
        &q,
        &progress(&[("a1", "weet-niet"), ("a2", "volledig"), ("a3", "volledig")]),
    );
    assert!(r.themes[0].tally.insufficient_insight && r.themes[0].tally.capped);
}

#[test]
fn band_boundaries_are_exact_means() {
    let q = mini();
    let cases = [
        // d1 weight 7, d2 weight 3: points over weight 10.
        (("enigszins", "enigszins"), 100, "in-ontwikkeling"),
        (("niet", "volledig"), 90, "orienterend"),
        (("grotendeels", "enigszins"), 170, "in-ontwikkeling"),
        (("grotendeels", "grotendeels"), 200, "gevorderd"),
        (("volledig", "niet"), 210, "gevorderd"),
        (("volledig", "grotendeels"), 270, "geborgd"),
    ];
    for ((d1, d2), mean, status) in cases {
        let r = score(&q, &progress(&[("d1", d1), ("d2", d2)]));
        let t = &r.themes[2].tally;
        assert_eq!(t.mean_hundredths(), Some(mean), "{d1}/{d2}");
        assert_eq!(band(&q, t.status), Some(status), "{d1}/{d2}");
    }
    // points / weight, compared in integers: 8/3 = 2.666... is below 2.7, 27/10 is not.
    for ((points, weight), status) in [
        ((0, 1), 0),
        ((99, 100), 0),
        ((1, 1), 1),
        ((199, 100), 1),
        ((2, 1), 2),
        ((8, 3), 2),
        ((269, 100), 2),
        ((27, 10), 3),
        ((3, 1), 3),
    ] {
        assert_eq!(
            q.band_for(points, weight),
            BandIx(status),
            "{points}/{weight}"
        );
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
    // Overall: 1 of 4 unknown = 25%: not flagged. Points (6 + 3 + 3) / (9 + 3) = 100%, but
    // a1 is basic and unknown, so the overall status is capped.
    assert!(!r.overall.insufficient_insight);
    assert_eq!(band(&q, r.overall.status), Some("in-ontwikkeling"));
    assert_eq!(
        (r.overall.answered, r.overall.unknown, r.overall.percent),
        (4, 1, Some(100))
    );
    let a = advise(&q, &p, &r);
    assert_eq!(
        (a.risks.clone(), a.strengths.clone()),
        (vec![T(0)], vec![T(1)])
    );
}

#[test]
fn overall_adds_weighted_points_of_all_included_themes() {
    let q = mini();
    // a: (3 + 4 + 1) / 12; b: 0 / 3; d: (14 + 9) / 30 -> (8 + 0 + 23) / 45 = 68.9% -> 68;
    // mean 31 / 15 = 2.07 -> Gevorderd.
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
    assert_eq!(band(&q, r.overall.status), Some("gevorderd"));
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
    // a = 7/4 = 1.75 (in ontwikkeling), b = 0 (orienterend), d = 2.1 (gevorderd: a strength).
    let p = progress(&[
        ("a1", "grotendeels"),
        ("a2", "enigszins"),
        ("a3", "volledig"),
        ("b1", "niet"),
        ("d1", "volledig"),
        ("d2", "niet"),
    ]);
    let a = advise(&q, &p, &score(&q, &p));
    let focus: Vec<T> = a.focus.iter().map(|f| f.theme).collect();
    assert_eq!(focus, vec![T(1), T(0)], "lowest status first");
    assert_eq!(a.focus[0].examples, vec![E(2)], "ex-b for theme b");
    assert_eq!(
        a.focus[1].examples,
        vec![E(1)],
        "a1 is not low, so only the general example"
    );
    assert_eq!(
        (a.strengths.clone(), a.attention.clone(), a.risks.clone()),
        (vec![T(2)], vec![T(0)], vec![T(1)])
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

#[test]
fn examples_for_another_school_type_are_not_suggested() {
    let mut q = mini();
    // ex-b is for theme b at Orienterend; restricted to vo, a po respondent does not get it.
    let ex_b = q.examples.iter().position(|e| e.id == "ex-b").unwrap();
    q.examples[ex_b].audience.school_types = vec!["vo".into()];
    let mut p = progress(&[("b1", "niet"), ("b2", "niet")]);
    p.profile.school_type = Some("po".into());
    let r = score(&q, &p);
    assert!(scan_core::matching_examples(&q, &p, r.theme(T(1)).unwrap()).is_empty());
    p.profile.school_type = Some("vo".into());
    let r = score(&q, &p);
    assert_eq!(
        scan_core::matching_examples(&q, &p, r.theme(T(1)).unwrap()),
        vec![E(ex_b)]
    );
    // And the gap is reported for po.
    assert!(q.example_gaps().contains(&scan_core::ExampleGap {
        theme: T(1),
        band: BandIx(0),
        school_type: Some("po")
    }));
}

#[test]
fn a_statement_basic_for_some_roles_caps_only_for_them() {
    let text = include_str!("fixtures/mini.toml")
        .replacen(
            "[[role]]\nid = \"ib\"",
            "[[role]]\nid = \"directie\"\nlabel = \"Directie\"\n\n[[role]]\nid = \"ib\"",
            1,
        )
        .replacen("basic = true", "basic = true\nbasic_roles = [\"ib\"]", 1);
    let q = parse(&[Source {
        name: "mini.toml",
        text: &text,
    }])
    .expect("valid");
    let a1 = &q.themes[0].statements[0];
    assert!(a1.is_basic_for(Some("ib")));
    assert!(!a1.is_basic_for(Some("directie")) && !a1.is_basic_for(None));
    // a1 low, a2 and a3 full: the mean (0 + 6 + 3) / 4 = 2.25 is gevorderd.
    let answers = [("a1", "niet"), ("a2", "volledig"), ("a3", "volledig")];
    for (role, capped) in [("ib", true), ("directie", false)] {
        let mut p = progress(&answers);
        p.profile.role = Some(role.to_string());
        let r = score(&q, &p);
        let a = &r.themes[0];
        assert_eq!(a.tally.capped, capped, "{role}");
        assert_eq!(r.overall.capped, capped, "{role}");
        let expected = if capped {
            "in-ontwikkeling"
        } else {
            "gevorderd"
        };
        assert_eq!(band(&q, a.tally.status), Some(expected), "{role}");
        assert_eq!(a.basic_unmet(), capped, "{role}");
    }
}

#[test]
fn the_overall_status_names_low_and_unknown_basic_conditions_apart() {
    let text = include_str!("fixtures/mini.toml").replacen(
        "text = \"Statement b1.\"",
        "text = \"Statement b1.\"\nbasic = true",
        1,
    );
    let q = parse(&[Source {
        name: "mini.toml",
        text: &text,
    }])
    .expect("valid");
    let p = progress(&[
        ("a1", "niet"),
        ("a2", "volledig"),
        ("a3", "volledig"),
        ("b1", "weet-niet"),
        ("d1", "volledig"),
        ("d2", "volledig"),
    ]);
    let r = score(&q, &p);
    assert!(r.overall.capped);
    assert_eq!(r.themes_with_basic_low().collect::<Vec<_>>(), vec![T(0)]);
    assert_eq!(
        r.themes_with_basic_unknown().collect::<Vec<_>>(),
        vec![T(1)]
    );
}

#[test]
fn a_samenwerkingsverband_is_the_school_type_swv_when_the_scan_has_one() {
    let q = mini();
    assert!(!q.is_swv(Some("po")) && !q.is_swv(None));
    assert!(!q.is_swv(Some("swv")), "mini defines no swv school type");
    let text = include_str!("fixtures/mini.toml").replacen(
        "[[school_type]]\nid = \"po\"",
        "[[school_type]]\nid = \"swv\"\nlabel = \"Samenwerkingsverband\"\n\n[[school_type]]\nid = \"po\"",
        1,
    );
    let q = parse(&[Source {
        name: "mini.toml",
        text: &text,
    }])
    .unwrap();
    assert!(q.is_swv(Some(scan_core::SWV_SCHOOL_TYPE)));
    assert!(!q.is_swv(Some("po")));
}

#[test]
fn filled_in_counts_niet_van_toepassing_as_given_and_keeps_the_total() {
    let q = mini();
    let mut p = Progress::default();
    p.set_answer("a1".into(), "nvt".into(), 1);
    p.set_answer("a2".into(), "volledig".into(), 1);
    let before = score(&q, &Progress::default()).overall.filled_in();
    let r = score(&q, &p);
    assert_eq!(r.overall.not_applicable, 1);
    assert_eq!(
        r.overall.filled_in(),
        (2, before.1),
        "two given, the total unchanged"
    );
    assert_eq!(
        (r.overall.answered, r.overall.total),
        (1, before.1 - 1),
        "the score leaves it out"
    );
}
