//! A respondent of the built-in scan who answered every statement their profile sees, shared
//! by the examples that write files for the browser tests.

/// Answer `n` of the respondent is scale option `(seed * 7 + n * 3) % 4` (a scored answer), so
/// different seeds disagree.
#[allow(dead_code)]
pub fn answered(
    q: &scan_core::Questionnaire,
    school_type: &str,
    role: &str,
    seed: usize,
) -> scan_core::Progress {
    answered_leaning(q, school_type, role, seed, 0)
}

/// As [`answered`], with every answer moved towards one end of the scale: `lean` -1 answers
/// at most option 2, 1 at least option 1, 2 at least option 2, so that schools differ.
pub fn answered_leaning(
    q: &scan_core::Questionnaire,
    school_type: &str,
    role: &str,
    seed: usize,
    lean: i8,
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
            let base = (seed * 7 + n * 3) % 4;
            let ix = match lean {
                l if l < 0 => base.min(2),
                0 => base,
                l => base.max(l as usize),
            };
            let option = q.scale[ix].id.clone();
            p.set_answer(
                q.themes[t].statements[s].id.clone(),
                option,
                10 + seed as u64,
            );
        }
    }
    p
}
