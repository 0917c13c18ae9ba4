//! Two tabs of one scan: merging one's progress into the other's loses no answer, and both end
//! up the same whichever merges first.

use scan_core::{Progress, Step};

fn answers(p: &Progress) -> Vec<(String, String)> {
    p.answers
        .iter()
        .map(|(k, v)| (k.clone(), v.value.clone()))
        .collect()
}

/// Both directions: `a` takes in `b` and `b` takes in `a`; returns both results.
fn both_ways(a: &Progress, b: &Progress) -> (Progress, Progress) {
    let (mut ab, mut ba) = (a.clone(), b.clone());
    ab.merge(b);
    ba.merge(a);
    (ab, ba)
}

/// Equal but for the step, which each tab keeps for itself.
fn same_but_step(a: &Progress, b: &Progress) {
    let mut b = b.clone();
    b.step = a.step.clone();
    assert_eq!(a, &b);
}

#[test]
fn answers_to_different_statements_are_all_kept() {
    let mut a = Progress::default();
    a.set_answer("s1".into(), "volledig".into(), 100);
    a.set_answer("s2".into(), "niet".into(), 101);
    a.step = Step::Theme("t1".into());
    let mut b = Progress::default();
    b.set_answer("s3".into(), "enigszins".into(), 102);
    b.step = Step::Theme("t2".into());
    let (ab, ba) = both_ways(&a, &b);
    let all = [("s1", "volledig"), ("s2", "niet"), ("s3", "enigszins")]
        .map(|(k, v)| (k.to_string(), v.to_string()));
    assert_eq!(answers(&ab), all);
    same_but_step(&ab, &ba);
    assert_eq!(
        ab.step,
        Step::Theme("t1".into()),
        "each tab keeps its own step"
    );
    assert_eq!(ba.step, Step::Theme("t2".into()));
}

#[test]
fn the_later_answer_to_one_statement_wins_and_ties_agree() {
    let mut a = Progress::default();
    a.set_answer("s1".into(), "niet".into(), 100);
    let mut b = Progress::default();
    b.set_answer("s1".into(), "volledig".into(), 200);
    let (ab, ba) = both_ways(&a, &b);
    assert_eq!(ab.answers["s1"].value, "volledig");
    same_but_step(&ab, &ba);

    b.set_answer("s1".into(), "enigszins".into(), 100);
    let (ab, ba) = both_ways(&a, &b);
    assert_eq!(
        ab.answers["s1"].value, "niet",
        "a tie goes to the larger value"
    );
    same_but_step(&ab, &ba);
}

#[test]
fn notes_merge_like_answers_and_an_emptied_note_stays_empty() {
    let mut a = Progress::default();
    a.set_note("t1".into(), "eerst".into(), 100);
    let mut b = a.clone();
    b.set_note("t1".into(), " ".into(), 150);
    a.set_note("t2".into(), "andere".into(), 120);
    let (ab, ba) = both_ways(&a, &b);
    assert_eq!(ab.note("t1"), None);
    assert_eq!(ab.note("t2"), Some("andere"));
    same_but_step(&ab, &ba);
}

#[test]
fn starting_over_drops_what_came_before_but_not_what_came_after() {
    let mut a = Progress::default();
    a.set_answer("s1".into(), "niet".into(), 100);
    a.set_note("t1".into(), "oud".into(), 100);
    // The other tab started over at 200 and answered s2 since.
    let mut b = Progress::started(200);
    b.set_answer("s2".into(), "volledig".into(), 210);
    // Meanwhile this tab answered s3 after the restart.
    a.set_answer("s3".into(), "enigszins".into(), 205);
    let (ab, ba) = both_ways(&a, &b);
    let kept =
        [("s2", "volledig"), ("s3", "enigszins")].map(|(k, v)| (k.to_string(), v.to_string()));
    assert_eq!(answers(&ab), kept);
    assert_eq!(ab.note("t1"), None);
    same_but_step(&ab, &ba);
}

#[test]
fn profile_and_modules_come_from_the_latest_change() {
    let mut a = Progress::default();
    a.set_up(100, |p, _| p.role = Some("leraar".into()));
    let mut b = Progress::default();
    b.set_up(200, |p, m| {
        p.role = Some("ib".into());
        m.insert("extra".into());
    });
    let (ab, ba) = both_ways(&a, &b);
    assert_eq!(ab.profile.role.as_deref(), Some("ib"));
    assert!(ab.modules.contains("extra"));
    same_but_step(&ab, &ba);
}

#[test]
fn merging_the_same_again_changes_nothing() {
    let mut a = Progress::default();
    a.set_answer("s1".into(), "niet".into(), 100);
    let mut b = Progress::default();
    b.set_answer("s2".into(), "volledig".into(), 100);
    assert!(a.merge(&b), "the first merge takes in s2");
    assert!(!a.merge(&b), "the second has nothing new");
    assert!(
        !b.clone().merge(&b),
        "merging a copy into itself changes nothing"
    );
}
