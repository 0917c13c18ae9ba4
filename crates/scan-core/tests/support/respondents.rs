//! Respondents of the built-in scan for the team tests: a po respondent of a role who answers
//! every statement they see, the `seed`-th way, with a name and a note (which no team figure,
//! export or team file may show).

use scan_core::{Exchange, ProfileField, Progress, Questionnaire, Respondent};

/// The name a respondent of `role` and `seed` typed.
pub fn name(role: &str, seed: usize) -> String {
    format!("Naam-{role}-{seed}")
}

/// A po respondent of `role`; answer `n` is scale option `(seed * 7 + n * 3) % 4`.
pub fn respondent(q: &Questionnaire, role: &str, seed: usize) -> Respondent {
    let mut p = Progress::started(1_000 + seed as u64);
    p.choose(q, 1, ProfileField::SchoolType, "po".into());
    p.choose(q, 1, ProfileField::Role, role.into());
    for t in p.scope().included_themes(q) {
        for (n, s) in p
            .scope()
            .applicable_statements(q, t)
            .into_iter()
            .enumerate()
        {
            let option = &q.scale[(seed * 7 + n * 3) % 4].id;
            let id = q.themes[t].statements[s].id.clone();
            p.set_answer(id, option.clone(), 10 + seed as u64);
        }
    }
    p.set_note("visie".into(), format!("Geheime toelichting {seed}"), 3);
    Exchange::new(q, &p, Some(&name(role, seed)), 3_000 + seed as u64).into()
}

/// `teachers` teachers, `ib` intern begeleiders and `directors` directors of one school.
pub fn school(q: &Questionnaire, teachers: usize, ib: usize, directors: usize) -> Vec<Respondent> {
    let mut team = Vec::new();
    for (role, n, base) in [
        ("leraar", teachers, 0),
        ("ib", ib, 100),
        ("directie", directors, 200),
    ] {
        team.extend((0..n).map(|i| respondent(q, role, base + i)));
    }
    team
}
