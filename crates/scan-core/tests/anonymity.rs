//! The team picture's anonymity rules (`team.rs`): no group, statement or lowest/highest score
//! lets a reader work out one person's answers, also not by subtraction. Checked on the
//! built-in scan with the team the rules were made for: 12 teachers, 1 intern begeleider and 1
//! director of one primary school.

use scan_core::{Figure, Questionnaire, Respondent, aggregate, builtin, shown_apart, team_csv};

#[path = "support/respondents.rs"]
mod respondents;
use respondents::{name, respondent};

/// `teachers` teachers, one intern begeleider and one director.
fn school(q: &Questionnaire, teachers: usize) -> Vec<Respondent> {
    respondents::school(q, teachers, 1, 1)
}

#[test]
fn a_group_is_shown_apart_only_when_no_one_outside_it_can_be_worked_out() {
    // 12 teachers, 1 ib, 1 director: the teachers alone would leave two people outside.
    assert_eq!(shown_apart(&[12, 1, 1], 14, 3), [false, false, false]);
    // Everyone in a shown group, or at least three outside: shown.
    assert_eq!(shown_apart(&[12, 3], 15, 3), [true, true]);
    assert_eq!(shown_apart(&[12, 3], 18, 3), [true, true]);
    // One outside: the smallest shown group goes too, then four are outside.
    assert_eq!(shown_apart(&[12, 3], 16, 3), [true, false]);
    // On a tie the later group goes.
    assert_eq!(shown_apart(&[3, 3], 7, 3), [true, false]);
    assert_eq!(shown_apart(&[2], 2, 3), [false]);
    assert_eq!(shown_apart(&[0, 5], 5, 3), [false, true]);
    assert_eq!(
        shown_apart(&[1, 1], 2, 1),
        [true, true],
        "a threshold of 1 shows all"
    );
}

#[test]
fn twelve_teachers_an_ib_and_a_director_show_no_group_and_no_persons() {
    let q = builtin().unwrap();
    let team = school(&q, 12);
    let t = aggregate(&q, &team);
    assert_eq!(t.respondents, 14);
    assert!(
        t.roles.is_empty(),
        "{:?}",
        t.roles.iter().map(|r| &r.role).collect::<Vec<_>>()
    );
    assert_eq!(t.not_shown_apart, 14);
    assert!(!t.too_few_to_be_anonymous);
    let m = q.criteria.min_statement_respondents;
    assert_eq!(m, 5, "the default");
    let mut withheld = 0;
    for s in &t.statements {
        match &s.figures {
            Figure::Shown(f) => {
                assert!(s.answered >= m);
                assert_eq!(f.counts.iter().sum::<usize>(), s.answered);
            }
            Figure::TooFew => {
                assert!(s.answered < m);
                withheld += 1;
            }
            Figure::Empty => panic!("an answered statement is never empty"),
        }
    }
    assert!(
        withheld > 0,
        "statements only the ib and the director see are withheld"
    );
    for theme in &t.themes {
        let shown = theme.tally.spread.shown().is_some();
        assert_eq!(
            shown,
            theme.tally.respondents >= q.criteria.min_role_respondents,
            "{}",
            q.themes[theme.theme].id
        );
    }

    // The CSV follows the same rules: counts only, no column per respondent, no names.
    let csv = team_csv(&q, &aggregate(&q, &team), &scan_core::CsvTexts::DUTCH);
    let names = [name("leraar", 0), name("ib", 100), name("directie", 200)];
    let words = ["Respondent 1", "Intern begeleider", "Geheime"];
    for word in names.iter().map(String::as_str).chain(words) {
        assert!(!csv.contains(word), "{word} in the CSV");
    }
    assert!(
        names
            .iter()
            .all(|n| team.iter().any(|r| r.name.as_deref() == Some(n))),
        "the names are in the respondents' files"
    );
    assert_eq!(
        csv.matches("te weinig om te tonen").count(),
        withheld,
        "each withheld statement says so"
    );
}

#[test]
fn with_enough_of_each_role_the_roles_are_shown_apart() {
    let q = builtin().unwrap();
    let mut team = school(&q, 6);
    team.extend((0..2).map(|i| respondent(&q, "ib", 300 + i)));
    team.extend((0..2).map(|i| respondent(&q, "directie", 400 + i)));
    let t = aggregate(&q, &team);
    let roles: Vec<(&str, usize)> = t
        .roles
        .iter()
        .map(|r| (r.role.as_str(), r.respondents))
        .collect();
    assert_eq!(roles, [("leraar", 6), ("ib", 3), ("directie", 3)]);
    assert_eq!(t.not_shown_apart, 0);
    // Per theme, a role's score only where its group and the rest are large enough: a theme
    // only the ib and the director see has 6 behind it, shown for both; none is shown for
    // a group of fewer than three with a score.
    for r in &t.roles {
        for (i, cell) in r.themes.iter().enumerate() {
            if let Figure::Shown(_) = cell {
                let theme = t.themes[i].theme;
                let behind = scan_core::aggregate(
                    &q,
                    &team
                        .iter()
                        .filter(|f| f.progress.profile.role.as_deref() == Some(&r.role))
                        .cloned()
                        .collect::<Vec<_>>(),
                );
                let n = behind
                    .themes
                    .iter()
                    .find(|x| x.theme == theme)
                    .unwrap()
                    .tally
                    .respondents;
                assert!(
                    n >= q.criteria.min_role_respondents,
                    "{} {}",
                    r.role,
                    q.themes[theme].id
                );
            }
        }
    }
}

#[test]
fn a_team_of_two_is_told_each_can_read_the_other() {
    let q = builtin().unwrap();
    let two = vec![respondent(&q, "ib", 1), respondent(&q, "directie", 2)];
    assert!(aggregate(&q, &two).too_few_to_be_anonymous);
    assert!(
        !aggregate(&q, &two[..1]).too_few_to_be_anonymous,
        "one: their own answers"
    );
    assert!(!aggregate(&q, &school(&q, 1)).too_few_to_be_anonymous);
}

#[test]
fn a_theme_only_a_few_of_the_team_have_a_score_for_shows_no_figures() {
    let q = scan_core::parse(&[scan_core::Source {
        name: "mini.toml",
        text: include_str!("fixtures/mini.toml"),
    }])
    .unwrap();
    // Five respondents answer theme a; `with_opt` of them switched the optional theme on.
    let team = |with_opt: usize| -> Vec<Respondent> {
        (0..5)
            .map(|i| {
                let mut p = scan_core::Progress::default();
                for s in ["a1", "a2", "a3"] {
                    p.set_answer(s.into(), "grotendeels".into(), 1);
                }
                if i < with_opt {
                    p.modules.insert("opt".into());
                    p.set_answer("opt1".into(), ["niet", "volledig"][i % 2].into(), 1);
                }
                Respondent {
                    progress: p,
                    saved_at: 1,
                    name: None,
                }
            })
            .collect()
    };
    let opt = |t: &scan_core::TeamResults| {
        let ix = t
            .themes
            .iter()
            .position(|th| q.themes[th.theme].id == "opt")
            .unwrap();
        t.themes[ix].tally.clone()
    };
    // One or two of five: their own scores, so none shown; only how many.
    for n in [1, 2] {
        let t = opt(&aggregate(&q, &team(n)));
        assert_eq!(t.respondents, n);
        assert_eq!((t.percent, t.status, t.unknown_percent), (None, None, None));
        assert_eq!(t.spread, Figure::TooFew);
    }
    // Three: shown, like a role group.
    let t = opt(&aggregate(&q, &team(3)));
    assert_eq!((t.respondents, t.percent.is_some()), (3, true));
    // Three of five answer theme a only "weet ik niet": the two scores are withheld, the share
    // of "weet ik niet" over the five is the team's, and shown.
    let mut unsure = team(0);
    for r in &mut unsure[2..] {
        for s in ["a1", "a2", "a3"] {
            r.progress.set_answer(s.into(), "weet-niet".into(), 2);
        }
    }
    let t = aggregate(&q, &unsure);
    let a = &t
        .themes
        .iter()
        .find(|x| q.themes[x.theme].id == "a")
        .unwrap()
        .tally;
    assert_eq!(
        (a.respondents, a.status, a.unknown_percent),
        (2, None, Some(60))
    );
    // Five files, of which only two answered enough for a score: the overall is theirs alone.
    let mut few = team(0);
    for r in &mut few[2..] {
        r.progress = scan_core::Progress::default();
    }
    let t = aggregate(&q, &few);
    assert_eq!((t.overall.respondents, t.overall.status), (2, None));
    // The theme everyone has is shown, however few they are (the team's own alert covers a
    // team of two).
    let pair: Vec<Respondent> = team(2).into_iter().take(2).collect();
    let shown = aggregate(&q, &pair);
    let answered: Vec<_> = shown
        .themes
        .iter()
        .filter(|t| t.tally.respondents > 0)
        .collect();
    assert_eq!(answered.len(), 2, "a and opt");
    assert!(answered.iter().all(|t| t.tally.percent.is_some()));
}
