//! A respondent of the built-in scan who answered every statement their profile sees, shared
//! by the examples that write files for the browser tests.

/// Answer `n` of the respondent is scale option `(seed * 7 + n * 3) % 4` (a scored answer), so
/// different seeds disagree.
pub fn answered(
    q: &scan_core::Questionnaire,
    school_type: &str,
    role: &str,
    seed: usize,
) -> scan_core::Progress {
    let mut p = scan_core::Progress::started(1_764_000_000_000 + seed as u64);
    p.choose(
        q,
        1,
        scan_core::ProfileField::SchoolType,
        school_type.to_string(),
    );
    p.choose(q, 1, scan_core::ProfileField::Role, role.to_string());
    for t in p.scope().included_themes(q) {
        for (n, s) in p
            .scope()
            .applicable_statements(q, t)
            .into_iter()
            .enumerate()
        {
            let option = q.scale[(seed * 7 + n * 3) % 4].id.clone();
            p.set_answer(
                q.themes[t].statements[s].id.clone(),
                option,
                10 + seed as u64,
            );
        }
    }
    p
}
