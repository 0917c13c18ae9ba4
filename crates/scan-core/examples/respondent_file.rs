//! Writes an exchange file of a respondent of the built-in scan who answered every statement
//! their profile sees, for browser tests that need many respondents without filling in the
//! widget each time.
//!
//! Usage: `respondent_file SCHOOL_TYPE ROLE SEED OUT.json`; answer `n` of the respondent is
//! scale option `(SEED * 7 + n * 3) % 4` (a scored answer), so different seeds disagree.

#[path = "support/answered.rs"]
mod support;
use support::answered;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [school_type, role, seed, out] = args.as_slice() else {
        eprintln!("usage: respondent_file SCHOOL_TYPE ROLE SEED OUT.json");
        std::process::exit(2);
    };
    let seed: usize = seed.parse().expect("SEED is a number");
    let q = scan_core::builtin().expect("built-in scan is valid");
    let p = answered(&q, school_type, role, seed);
    let name = format!("{role}-{seed}");
    let file = scan_core::Exchange::new(&q, &p, Some(&name), 1_764_000_100_000 + seed as u64);
    std::fs::write(out, file.encode()).expect("OUT is writable");
}
