//! Property tests for every writer and reader pair (issue 22, item 4): what the widget writes
//! reads back equal, over generated values within the limits the UI enforces. The values come
//! from a small seeded generator, so a failure names its seed and is repeatable.

use scan_core::formats::plan::{PLAN_MAX_EXAMPLES, PLAN_TEXT_MAX_CHARS};
use scan_core::{Exchange, PLAN_MAX_ITEMS, Plan, PlanItem, Progress, Questionnaire, builtin};

/// Cases per property; each is a fresh seed.
const CASES: u64 = 300;

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

/// Generated text for the round trips.
trait TextGen {
    fn text(&mut self, max_chars: usize) -> String;
}

impl TextGen for Rng {
    /// Text a person can type: letters, digits, spaces, new lines and tabs, the characters the
    /// link and JSON escape, and characters outside ASCII (accents, emoji, right-to-left).
    fn text(&mut self, max_chars: usize) -> String {
        const PIECES: &[&str] = &[
            "a", "Z", "é", "ë", "ĳ", "ß", "7", " ", " ", "\n", "\t", ".", ",", "~", "%", "#", "&",
            "=", "+", "\"", "'", "\\", "/", "<", ">", "✓", "😀", "ש", "\u{200b}", "%41", "-",
        ];
        let len = match self.below(10) {
            0 => max_chars,
            1 => 0,
            _ => self.below(max_chars.min(80) + 1),
        };
        let text: String = (0..len).map(|_| PIECES[self.below(PIECES.len())]).collect();
        // Pieces are one to three characters: cut to the limit, as the UI's fields do.
        text.chars().take(max_chars).collect()
    }
}

fn statement_ids(q: &Questionnaire) -> Vec<&str> {
    q.statements().map(|s| s.id.as_str()).collect()
}

/// A respondent's progress as the widget can make it: a profile the start screen offers, any
/// statements answered with any option, notes on any theme.
fn progress(q: &Questionnaire, rng: &mut Rng) -> Progress {
    let mut p = Progress::started(rng.next() % 2_000_000_000_000);
    let school_type = &q.school_types[rng.below(q.school_types.len())].id;
    let roles: Vec<String> = q
        .roles_for(Some(school_type))
        .map(|r| r.id.clone())
        .collect();
    let role = roles[rng.below(roles.len())].clone();
    p.set_up(rng.next() % 2_000_000_000_000, |profile, _| {
        profile.school_type = Some(school_type.clone());
        profile.role = Some(role);
    });
    for id in statement_ids(q) {
        if rng.chance(70) {
            let option = &q.scale[rng.below(q.scale.len())].id;
            p.set_answer(id.into(), option.clone(), rng.next() % 2_000_000_000_000);
        }
    }
    for t in &q.themes {
        if rng.chance(30) {
            p.set_note(
                t.id.clone(),
                rng.text(2_000),
                rng.next() % 2_000_000_000_000,
            );
        }
    }
    p
}

/// An exchange file as the widget saves it: a generated progress, often with a name (up to 70
/// characters typed; the file keeps 60).
fn exchange(q: &Questionnaire, rng: &mut Rng) -> Exchange {
    let p = progress(q, rng);
    let name = rng.chance(80).then(|| rng.text(70));
    Exchange::new(q, &p, name.as_deref(), rng.next() % 2_000_000_000_000)
}

#[test]
fn stored_progress_reads_back_equal() {
    let q = builtin().unwrap();
    for seed in 0..CASES {
        let p = progress(&q, &mut Rng::new(seed));
        let text = scan_core::encode(&q, &p);
        assert!(
            scan_core::decode(&q, &text) == Ok(p),
            "seed {seed}: reads back different"
        );
    }
}

#[test]
fn an_exchange_file_reads_back_equal() {
    let q = builtin().unwrap();
    for seed in 0..CASES {
        let file = exchange(&q, &mut Rng::new(seed));
        let read = Exchange::decode(&q, file.encode().as_bytes());
        assert!(
            read.as_ref() == Ok(&file),
            "seed {seed}: reads back different"
        );
        // And again: what was read writes the same file.
        assert_eq!(read.unwrap().encode(), file.encode(), "seed {seed}");
    }
}

#[test]
fn a_link_reads_back_the_same_answers_notes_and_profile() {
    let q = builtin().unwrap();
    for seed in 0..CASES {
        let file = exchange(&q, &mut Rng::new(seed));
        let read = Exchange::from_link_fragment(&q, &file.link_fragment(&q))
            .unwrap_or_else(|e| panic!("seed {seed}: {e}"))
            .unwrap_or_else(|| panic!("seed {seed}: no answers in the link"));
        // A link carries no time per answer or note: compare the values.
        let values = |e: &Exchange| {
            let a: Vec<(String, String)> = e
                .answers
                .iter()
                .map(|(k, v)| (k.clone(), v.value.clone()))
                .collect();
            let n: Vec<(String, String)> = e
                .notes
                .iter()
                .map(|(k, v)| (k.clone(), v.value.clone()))
                .collect();
            (a, n)
        };
        assert!(
            values(&read) == values(&file),
            "seed {seed}: other answers or notes"
        );
        assert_eq!(
            (
                &read.school_type,
                &read.role,
                &read.name,
                read.saved_at,
                read.started_at
            ),
            (
                &file.school_type,
                &file.role,
                &file.name,
                file.saved_at,
                file.started_at
            ),
            "seed {seed}"
        );
    }
}

#[test]
fn a_plan_within_the_form_limits_reads_back_equal() {
    let q = builtin().unwrap();
    let example_ids: Vec<String> = q.examples.iter().map(|e| e.id.clone()).collect();
    for seed in 0..CASES {
        let mut rng = Rng::new(seed);
        let mut plan = Plan::new(&q);
        plan.saved_at = rng.next() % 2_000_000_000_000;
        for _ in 0..rng.below(PLAN_MAX_ITEMS + 1) {
            let examples = (0..rng.below(PLAN_MAX_EXAMPLES + 1))
                .map(|_| example_ids[rng.below(example_ids.len())].clone())
                .collect();
            plan.items.push(PlanItem {
                theme: q.themes[rng.below(q.themes.len())].id.clone(),
                goal: rng.text(PLAN_TEXT_MAX_CHARS),
                actions: rng.text(PLAN_TEXT_MAX_CHARS),
                who: rng.text(PLAN_TEXT_MAX_CHARS),
                by_when: rng.text(PLAN_TEXT_MAX_CHARS),
                examples,
            });
        }
        // No Debug print of a failure: a plan at the limits is some 50 KB of text.
        let read = Plan::decode(&q, plan.encode().as_bytes());
        assert!(
            read == Ok(plan),
            "seed {seed}: the plan reads back different"
        );
    }
}

#[test]
fn a_team_file_reads_back_as_the_same_picture() {
    use scan_core::formats::team_file::{TeamFile, TeamSource};
    let q = builtin().unwrap();
    for seed in 0..CASES / 10 {
        let mut rng = Rng::new(seed);
        // Up to 20 generated respondents, each their own run.
        let team: Vec<scan_core::Respondent> = (0..rng.below(21))
            .map(|i| {
                let mut e = exchange(&q, &mut rng);
                e.started_at = 1 + i as u64;
                e.into()
            })
            .collect();
        let results = scan_core::aggregate(&q, &team);
        let source = TeamSource {
            school: rng.chance(50).then(|| rng.text(70)),
            ..TeamSource::default()
        };
        let file = TeamFile::new(&q, &results, &source, rng.next() % 2_000_000_000_000);
        let read = TeamFile::decode(&q, file.encode().as_bytes()).unwrap();
        assert_eq!(read.encode(), file.encode(), "seed {seed}");
        assert!(
            read.to_results(&q) == results,
            "seed {seed}: another picture"
        );
    }
}
