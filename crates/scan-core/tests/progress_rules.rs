//! The rules of moving through the scan, on `fixtures/mini.toml` with one role more that is
//! offered in vo only: choosing a profile, what the start screen still asks, where "begin"
//! goes, back and next, which theme a step shows, and what another tab's copy did.

#[path = "support/mini.rs"]
mod support;

use scan_core::{Neighbours, ProfileField, Progress, Questionnaire, Step, TakenIn, shown_theme};

fn mini() -> Questionnaire {
    support::mini_with_role("mentor", "Mentor", "school_types = [\"vo\"]\n")
}

fn theme(id: &str) -> Step {
    Step::Theme(id.into())
}

/// A progress of school type `school_type` and role `role`, chosen at time 1.
fn chosen(q: &Questionnaire, school_type: &str, role: &str) -> Progress {
    let mut p = Progress::default();
    p.choose(q, 1, ProfileField::SchoolType, school_type.into());
    p.choose(q, 1, ProfileField::Role, role.into());
    p
}

/// Answers every applicable statement of the included themes in `themes`.
fn answer_all(q: &Questionnaire, p: &mut Progress, themes: &[&str]) {
    for t in p.scope().included_themes(q) {
        if themes.contains(&q.themes[t].id.as_str()) {
            for s in p.scope().applicable_statements(q, t) {
                let id = q.themes[t].statements[s].id.clone();
                p.set_answer(id, "volledig".into(), 2);
            }
        }
    }
}

#[test]
fn choosing_a_school_type_clears_a_role_it_does_not_offer() {
    let q = mini();
    let mut p = chosen(&q, "vo", "mentor");
    assert_eq!(p.profile.role.as_deref(), Some("mentor"));
    p.choose(&q, 5, ProfileField::SchoolType, "po".into());
    assert_eq!(p.profile.school_type.as_deref(), Some("po"));
    assert_eq!(p.profile.role, None);
    assert_eq!(p.setup_at, 5);
    // A role offered everywhere stays.
    let mut p = chosen(&q, "vo", "ib");
    p.choose(&q, 6, ProfileField::SchoolType, "po".into());
    assert_eq!(p.profile.role.as_deref(), Some("ib"));
}

#[test]
fn the_start_screen_asks_the_school_type_first_then_a_role_offered_for_it() {
    let q = mini();
    let mut p = Progress::default();
    assert_eq!(p.missing_choice(&q), Some((ProfileField::SchoolType, "po")));
    p.choose(&q, 1, ProfileField::SchoolType, "po".into());
    // The first role offered in po: not the vo-only mentor.
    assert_eq!(p.missing_choice(&q), Some((ProfileField::Role, "ib")));
    p.choose(&q, 1, ProfileField::Role, "ib".into());
    assert_eq!(p.missing_choice(&q), None);
}

#[test]
fn begin_goes_to_the_first_theme_with_open_statements_or_the_results() {
    let q = mini();
    let mut p = chosen(&q, "po", "ib");
    // Not started: the first theme.
    assert_eq!(p.resume_step(&q), theme("a"));
    answer_all(&q, &mut p, &["a"]);
    assert_eq!(p.resume_step(&q), theme("b"));
    answer_all(&q, &mut p, &["b", "d"]);
    // All answered: the results.
    assert_eq!(p.resume_step(&q), Step::Results);
}

#[test]
fn back_and_next_walk_the_included_themes_only() {
    let q = mini();
    let ix = |id: &str| q.theme_index(id).unwrap();
    // In vo theme e (vo only) follows d; in po it is left out, so d is the last.
    let vo = chosen(&q, "vo", "ib");
    assert_eq!(
        vo.neighbours(&q, ix("a")),
        Neighbours {
            previous: Step::Start,
            next: theme("b")
        }
    );
    assert_eq!(vo.neighbours(&q, ix("d")).next, theme("e"));
    assert_eq!(vo.neighbours(&q, ix("e")).previous, theme("d"));
    let po = chosen(&q, "po", "ib");
    assert_eq!(
        po.neighbours(&q, ix("d")),
        Neighbours {
            previous: theme("b"),
            next: Step::Results
        }
    );
}

#[test]
fn a_step_to_a_theme_left_out_shows_the_first_included_one() {
    let q = mini();
    let p = chosen(&q, "po", "ib");
    let included = p.scope().included_themes(&q);
    let ix = |id: &str| q.theme_index(id).unwrap();
    assert_eq!(shown_theme(&q, "d", &included), Some(ix("d")));
    assert_eq!(shown_theme(&q, "e", &included), Some(ix("a")));
    assert_eq!(shown_theme(&q, "gone", &included), Some(ix("a")));
    assert_eq!(
        shown_theme(&q, "a", &[]),
        None,
        "no theme: the start screen"
    );
}

#[test]
fn taking_in_another_tab_says_whether_it_added_or_started_over() {
    let mut ours = Progress::started(10);
    ours.set_answer("a1".into(), "niet".into(), 11);
    let mut theirs = ours.clone();
    assert_eq!(ours.clone().take_in(&theirs), None, "nothing new");
    theirs.set_answer("a2".into(), "volledig".into(), 12);
    assert_eq!(ours.clone().take_in(&theirs), Some(TakenIn::Added));
    let newer = Progress::started(20);
    let mut merged = ours.clone();
    assert_eq!(merged.take_in(&newer), Some(TakenIn::StartedOver));
    assert!(
        merged.answers.is_empty(),
        "the earlier run's answers are dropped"
    );
}

#[test]
fn the_start_screen_offers_every_school_type_and_the_roles_of_the_chosen_one() {
    let q = mini();
    let ids = |field: ProfileField, p: &Progress| -> Vec<String> {
        field
            .choices(&q)
            .iter()
            .filter(|c| field.offers(c, &p.profile))
            .map(|c| c.id.clone())
            .collect()
    };
    let mut p = Progress::default();
    let all_types: Vec<String> = q.school_types.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids(ProfileField::SchoolType, &p), all_types);
    assert!(
        !ids(ProfileField::Role, &p).contains(&"mentor".to_string()),
        "no school type yet: a role restricted to vo is not offered"
    );
    p.choose(&q, 1, ProfileField::SchoolType, "vo".into());
    assert!(ids(ProfileField::Role, &p).contains(&"mentor".to_string()));
    p.choose(&q, 2, ProfileField::SchoolType, "po".into());
    assert!(!ids(ProfileField::Role, &p).contains(&"mentor".to_string()));
    assert_eq!(ProfileField::Role.choices(&q), q.roles.as_slice());
}
