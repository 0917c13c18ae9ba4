//! Restoring a respondent's answers from the file they saved ("Uw antwoorden meenemen"), the
//! way the widget does it: the file is written, read back as a file, and taken into the
//! browser's copy, which may be blank (a cleared browser, another computer), hold answers of
//! its own, or have been started over since.

#[path = "support/mini.rs"]
mod support;

use scan_core::{Exchange, OtherProfile, Profile, ProfileField, Progress, Questionnaire, Restored};

/// `fixtures/mini.toml` with a second role, a teacher.
fn mini() -> Questionnaire {
    support::mini_with_role("leraar", "Leraar", "")
}

/// A respondent in po as `role`, begun at 10, with the optional theme on, two answers and a
/// note.
fn filled_in(q: &Questionnaire, role: &str) -> Progress {
    let mut p = Progress::started(10);
    p.choose(q, 11, ProfileField::SchoolType, "po".into());
    p.choose(q, 11, ProfileField::Role, role.into());
    p.set_up(12, |_, modules| {
        modules.insert("opt".into());
    });
    p.set_answer("a1".into(), "volledig".into(), 20);
    p.set_answer("opt1".into(), "weet-niet".into(), 21);
    p.set_note("a".into(), "Bespreken met het team.".into(), 22);
    p
}

/// `p` as the file the respondent saved at 30, read back as the widget reads a chosen file.
fn saved(q: &Questionnaire, p: &Progress) -> Progress {
    let text = Exchange::new(q, p, Some("AB"), 30).encode();
    Exchange::decode(q, text.as_bytes())
        .expect("our own file reads back")
        .to_progress()
}

fn answer<'p>(p: &'p Progress, id: &str) -> Option<&'p str> {
    p.answers.get(id).map(|a| a.value.as_str())
}

#[test]
fn a_cleared_browser_gets_everything_back() {
    let q = mini();
    let before = filled_in(&q, "ib");
    let mut here = Progress::default();
    let done = here.restore(&q, &saved(&q, &before), 40);
    assert_eq!(
        done,
        Ok(Restored {
            answers: 2,
            notes: 1
        })
    );
    assert_eq!(here.answers, before.answers);
    assert_eq!(here.notes, before.notes);
    assert_eq!(here.profile, before.profile);
    assert_eq!(here.modules, before.modules);
    assert_eq!(here.started_at, 10);
    assert_eq!(here.setup_at, 40, "the profile changed now");
    assert_eq!(here.resume_step(&q), before.resume_step(&q));
}

#[test]
fn the_same_file_twice_brings_nothing_more() {
    let q = mini();
    let file = saved(&q, &filled_in(&q, "ib"));
    let mut here = Progress::default();
    here.restore(&q, &file, 40).unwrap();
    let once = here.clone();
    assert_eq!(
        here.restore(&q, &file, 50),
        Ok(Restored {
            answers: 0,
            notes: 0
        })
    );
    assert_eq!(here.answers, once.answers);
    assert_eq!(here.notes, once.notes);
}

#[test]
fn with_answers_here_of_the_same_profile_the_later_answer_wins_and_none_is_lost() {
    let q = mini();
    let file = saved(&q, &filled_in(&q, "ib"));
    // On this computer the same run went on: a1 changed later, b1 is new.
    let mut here = filled_in(&q, "ib");
    here.set_answer("a1".into(), "niet".into(), 35);
    here.set_answer("b1".into(), "enigszins".into(), 36);
    assert_eq!(
        here.restore(&q, &file, 40),
        Ok(Restored {
            answers: 0,
            notes: 0
        })
    );
    assert_eq!(answer(&here, "a1"), Some("niet"), "the later answer stays");
    assert_eq!(answer(&here, "b1"), Some("enigszins"));
    assert_eq!(answer(&here, "opt1"), Some("weet-niet"));

    // The other way round: the file is the later one for a1.
    let mut later = filled_in(&q, "ib");
    later.set_answer("a1".into(), "grotendeels".into(), 50);
    let file = saved(&q, &later);
    let mut here = filled_in(&q, "ib");
    here.set_answer("b1".into(), "enigszins".into(), 36);
    let done = here.restore(&q, &file, 60).unwrap();
    assert_eq!(done.answers, 1);
    assert_eq!(answer(&here, "a1"), Some("grotendeels"));
    assert_eq!(answer(&here, "b1"), Some("enigszins"));
}

#[test]
fn answers_of_another_role_are_not_mixed_in_and_nothing_changes() {
    let q = mini();
    let file = saved(&q, &filled_in(&q, "ib"));
    let mut here = filled_in(&q, "leraar");
    here.set_answer("b1".into(), "enigszins".into(), 36);
    let before = here.clone();
    assert_eq!(
        here.restore(&q, &file, 40),
        Err(OtherProfile(Profile {
            school_type: Some("po".into()),
            role: Some("ib".into()),
        }))
    );
    assert_eq!(here, before);
}

#[test]
fn a_profile_chosen_here_without_answers_gives_way_to_the_files() {
    let q = mini();
    let file = saved(&q, &filled_in(&q, "ib"));
    let mut here = Progress::default();
    here.choose(&q, 35, ProfileField::SchoolType, "vo".into());
    here.choose(&q, 35, ProfileField::Role, "leraar".into());
    here.restore(&q, &file, 40).unwrap();
    assert_eq!(here.profile.school_type.as_deref(), Some("po"));
    assert_eq!(here.profile.role.as_deref(), Some("ib"));
    assert_eq!(answer(&here, "a1"), Some("volledig"));
}

#[test]
fn after_starting_over_the_files_answers_come_back_and_survive_another_tabs_copy() {
    let q = mini();
    let file = saved(&q, &filled_in(&q, "ib"));
    // "Opnieuw beginnen" at 100, in two tabs; then one restores the file.
    let other_tab = Progress::started(100);
    let mut here = Progress::started(100);
    here.restore(&q, &file, 110).unwrap();
    assert_eq!(answer(&here, "a1"), Some("volledig"));
    assert!(
        here.answers.values().all(|a| a.at >= here.started_at),
        "every answer is of the current run"
    );
    // The other tab takes in this copy, and this one takes the other's back: both keep them.
    let mut theirs = other_tab.clone();
    theirs.merge(&here);
    here.merge(&theirs);
    assert_eq!(answer(&theirs, "a1"), Some("volledig"));
    assert_eq!(answer(&here, "opt1"), Some("weet-niet"));
    assert_eq!(here.notes.len(), 1);
    // A change made later in either tab still wins over a restored answer.
    theirs.set_answer("a1".into(), "niet".into(), 120);
    here.merge(&theirs);
    assert_eq!(answer(&here, "a1"), Some("niet"));
}

#[test]
fn a_school_type_or_role_the_scan_does_not_offer_is_left_to_choose() {
    let q = mini();
    let mut odd = filled_in(&q, "ib");
    odd.profile = Profile {
        school_type: Some("mbo".into()),
        role: Some("ib".into()),
    };
    let mut here = Progress::default();
    here.restore(&q, &saved(&q, &odd), 40).unwrap();
    assert_eq!(here.profile.school_type, None);
    assert_eq!(
        answer(&here, "a1"),
        Some("volledig"),
        "the answers are kept"
    );
    assert!(
        here.missing_choice(&q).is_some(),
        "the start screen asks again"
    );

    let mut odd = filled_in(&q, "ib");
    odd.profile.role = Some("conciërge".into());
    let mut here = Progress::default();
    here.restore(&q, &saved(&q, &odd), 40).unwrap();
    assert_eq!(here.profile.school_type.as_deref(), Some("po"));
    assert_eq!(here.profile.role, None);
}
