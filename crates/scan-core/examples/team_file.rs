//! Writes a school's team file of the built-in scan, made from `N` respondents as the team
//! page makes it, for browser tests of the samenwerkingsverband's page.
//!
//! Usage: `team_file [--config SCAN.toml] SCHOOL SCHOOL_TYPE N SEED OUT.json` (the built-in
//! scan, or the scan in SCAN.toml): `N` teachers with seeds `SEED..`, one
//! of every four an intern begeleider (see `respondent_file` for the answers), all leaning
//! one way by the school's seed (`(SEED / 10) % 4`: lower, as they are, higher, highest), so
//! that schools and rounds differ.

#[path = "support/answered.rs"]
mod support;

#[path = "support/scan_arg.rs"]
mod scan_arg;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let q = scan_arg::scan(&mut args);
    let [school, school_type, n, seed, out] = args.as_slice() else {
        eprintln!("usage: team_file [--config SCAN.toml] SCHOOL SCHOOL_TYPE N SEED OUT.json");
        std::process::exit(2);
    };
    let (n, seed): (usize, usize) = (
        n.parse().expect("N is a number"),
        seed.parse().expect("SEED is a number"),
    );
    let files: Vec<scan_core::Respondent> = (0..n)
        .map(|i| {
            let role = if i % 4 == 3 { "ib" } else { "leraar" };
            let lean = [-1, 0, 1, 2][(seed / 10) % 4];
            let p = support::answered_leaning(&q, school_type, role, seed + i, lean);
            let e = scan_core::Exchange::new(&q, &p, None, 1_764_000_100_000 + (seed + i) as u64);
            e.into()
        })
        .collect();
    let team = scan_core::aggregate(&q, &files);
    let source = scan_core::formats::team_file::TeamSource {
        school: Some(school.clone()),
        school_types: vec![school_type.clone()],
        from: files.iter().map(|f| f.saved_at).min(),
        to: scan_core::picture_date(&files),
    };
    let file = scan_core::formats::team_file::TeamFile::new(&q, &team, &source, 1_764_000_200_000);
    std::fs::write(out, file.encode()).expect("OUT is writable");
}
