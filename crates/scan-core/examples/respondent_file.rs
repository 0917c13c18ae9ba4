//! Writes an exchange file of a respondent of the built-in scan who answered every statement
//! their profile sees, for browser tests that need many respondents without filling in the
//! widget each time.
//!
//! Usage: `respondent_file SCHOOL_TYPE ROLE SEED OUT.json [THEME]`; answer `n` of the
//! respondent is scale option `(SEED * 7 + n * 3) % 4` (a scored answer), so different seeds
//! disagree. With a theme id, that theme's answers are all "weet ik niet": the respondent has
//! no score for it.

#[path = "support/answered.rs"]
mod support;
use support::answered;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (school_type, role, seed, out, unknown) = match args.as_slice() {
        [a, b, c, d] => (a, b, c, d, None),
        [a, b, c, d, e] => (a, b, c, d, Some(e)),
        _ => {
            eprintln!("usage: respondent_file SCHOOL_TYPE ROLE SEED OUT.json [THEME]");
            std::process::exit(2);
        }
    };
    let seed: usize = seed.parse().expect("SEED is a number");
    let q = scan_core::builtin().expect("built-in scan is valid");
    let mut p = answered(&q, school_type, role, seed);
    if let Some(id) = unknown {
        let theme = q
            .themes
            .iter()
            .find(|t| &t.id == id)
            .expect("THEME is a theme id");
        for s in &theme.statements {
            if p.answers.contains_key(&s.id) {
                p.set_answer(s.id.clone(), "weet-niet".into(), 20 + seed as u64);
            }
        }
    }
    let name = format!("{role}-{seed}");
    let file = scan_core::Exchange::new(&q, &p, Some(&name), 1_764_000_100_000 + seed as u64);
    std::fs::write(out, file.encode()).expect("OUT is writable");
}
