//! The shipped questionnaire (`questions/`) is valid and meets the content requirements.

use scan_core::{Progress, advise, builtin, score};

#[test]
fn the_builtin_scan_is_valid_and_complete() {
    let q = builtin().unwrap_or_else(|e| panic!("{e}"));
    let core: Vec<_> = q.themes.iter().filter(|t| !t.optional).collect();
    assert_eq!(core.len(), 8, "eight core themes");
    assert!(q.themes.iter().any(|t| t.optional), "an optional module");
    let statements: usize = core.iter().map(|t| t.statements.len()).sum();
    assert!(
        (40..=50).contains(&statements),
        "{statements} core statements"
    );
    for t in &q.themes {
        let examples = q
            .examples
            .iter()
            .filter(|e| q.themes[e.theme].id == t.id)
            .count();
        assert!(examples >= 2, "theme {} has {examples} examples", t.id);
        for s in &t.statements {
            let words = s.text.split_whitespace().count();
            assert!(words <= 25, "{} has {words} words", s.id);
        }
    }
    assert!(q.examples.len() >= 18);
    for e in &q.examples {
        let sentences = e.text.matches(". ").count() + 1;
        assert!(
            (2..=4).contains(&sentences),
            "{} has {sentences} sentences",
            e.id
        );
    }
}

#[test]
fn every_theme_gets_examples_when_everything_is_answered_low() {
    let q = builtin().unwrap();
    let mut p = Progress::default();
    p.modules.insert("governance".into());
    for s in q.themes.iter().flat_map(|t| &t.statements) {
        p.answers.insert(s.id.clone(), "enigszins".into());
    }
    let r = score(&q, &p);
    for t in &r.themes {
        let found = scan_core::advice_examples(&q, &p, t);
        assert!(
            found.len() >= 2,
            "theme {} matches {} examples",
            q.themes[t.theme].id,
            found.len()
        );
    }
    assert_eq!(advise(&q, &p, &r).focus.len(), 3);
}
