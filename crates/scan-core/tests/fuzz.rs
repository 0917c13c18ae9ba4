//! Fuzzing on stable Rust (issue 22, item 3): a seeded mutation loop per reader of untrusted
//! input (config, stored progress, exchange file, link, plan, team file), each reader under
//! `catch_unwind` and the whole loop in a child process, so that an abort (a stack overflow)
//! is caught as well as a panic. An input that takes longer than a second counts as a hang.
//!
//! `cargo test -p scan-core --test fuzz` runs every reader for `SCAN_FUZZ_SECONDS` (default 8)
//! each, about 40 s in all; set it higher for a long run (bench/README.md). A failing input is
//! written to `target/fuzz-failures/<reader>-<seed>.txt`; add it to a regression test.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::Command;
use std::time::{Duration, Instant};

use scan_core::formats::team_file::TeamFile;
use scan_core::{
    BUILTIN_SOURCES, Exchange, Plan, PlanItem, Progress, Questionnaire, Source, builtin, parse,
};

const READERS: [&str; 6] = ["config", "stored", "exchange", "link", "plan", "team"];
/// The child process's reader, set by the parent.
const READER_VAR: &str = "SCAN_FUZZ_READER";
/// An input slower than this is a hang.
const SLOW: Duration = Duration::from_secs(1);
/// The stack a reader runs on: small, like the widget's (128 KiB in release WebAssembly), with
/// room for a debug build's larger frames.
const STACK: usize = 1024 * 1024;

fn seconds() -> u64 {
    std::env::var("SCAN_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(8)
}

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

/// Pieces that readers of TOML, JSON and links treat specially.
const TOKENS: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "\"",
    "\\",
    "\\u0000",
    "\\ud800",
    ",",
    ":",
    ".",
    "=",
    "~",
    "%",
    "%zz",
    "%e2%82",
    "#",
    "\n",
    "\r",
    "\t",
    "\u{0}",
    "\u{feff}",
    "é",
    "😀",
    "0",
    "-1",
    "1e999",
    "99999999999999999999999",
    "null",
    "true",
    "[[theme]]\n",
    "[a.b.c.d.e]\n",
    ".a",
    "\"format\":99",
    "\"kind\":\"x\"",
    "antwoorden=1.",
    "'''",
    "\"\"\"",
];

/// One mutation of `input`: a flipped byte, an inserted token (sometimes thousands of times,
/// for deep nesting and huge counts), a deleted, repeated or spliced range, or a cut.
fn mutate(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(8) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                out.splice(at..at, t.iter().copied());
            }
            2 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                let n = [10, 1_000, 20_000][rng.below(3)];
                out.splice(at..at, t.repeat(n).bytes());
            }
            3 => {
                let end = (at + rng.below(200)).min(out.len());
                out.drain(at..end);
            }
            4 => {
                let end = (at + rng.below(100)).min(out.len());
                let piece = out[at..end].repeat(1 + rng.below(50));
                out.splice(at..at, piece);
            }
            5 if !other.is_empty() => {
                let from = rng.below(other.len());
                let end = (from + rng.below(500)).min(other.len());
                out.splice(at..at, other[from..end].iter().copied());
            }
            6 => out.truncate(at),
            _ => {}
        }
    }
    out
}

/// What the widget writes, as seeds for the readers that take files and links.
fn written(q: &Questionnaire) -> (String, Exchange, Plan) {
    let mut p = Progress::started(1_764_000_000_000);
    p.set_up(1_764_000_000_500, |profile, _| {
        profile.school_type = Some("po".into());
        profile.role = Some("ib".into());
    });
    for (i, s) in q.statements().enumerate() {
        let option = &q.scale[i % q.scale.len()].id;
        p.set_answer(s.id.clone(), option.clone(), 1_764_000_001_000 + i as u64);
    }
    p.set_note(
        "visie".into(),
        "Met de MR: \"quotes\", \\ en é ✓".into(),
        1_764_000_002_000,
    );
    let file = Exchange::new(q, &p, Some("M.K."), 1_764_000_003_000);
    let mut plan = Plan::new(q);
    plan.items.push(PlanItem {
        theme: "visie".into(),
        goal: "Iedereen kent ons ondersteuningsaanbod".into(),
        actions: "Studiedag".into(),
        who: "IB".into(),
        by_when: "juni".into(),
        examples: vec![q.examples[0].id.clone()],
    });
    (scan_core::encode(q, &p), file, plan)
}

/// Runs one reader on `input`; `Err` says why it failed (panic or hang).
fn run(q: &Questionnaire, reader: &str, input: &[u8]) -> Result<(), String> {
    let start = Instant::now();
    let text = String::from_utf8_lossy(input);
    let done = catch_unwind(AssertUnwindSafe(|| match reader {
        "config" => {
            let mut sources: Vec<Source> = BUILTIN_SOURCES
                .iter()
                .map(|(name, text)| Source { name, text })
                .collect();
            sources[1].text = &text;
            let _ = parse(&sources);
        }
        "stored" => {
            let _ = scan_core::decode(q, &text);
        }
        "exchange" => {
            let _ = Exchange::decode(q, input);
        }
        "link" => {
            let _ = Exchange::from_link_fragment(q, &text);
        }
        "plan" => {
            let _ = Plan::decode(q, input);
        }
        "team" => {
            if let Ok(f) = TeamFile::decode(q, input) {
                let _ = f.to_results(q);
            }
        }
        _ => unreachable!("unknown reader {reader}"),
    }));
    if done.is_err() {
        return Err("panicked".into());
    }
    let took = start.elapsed();
    (took <= SLOW).then_some(()).ok_or(format!("took {took:?}"))
}

/// The child: mutates the reader's seeds until the time is up; exits non-zero on a failure.
fn fuzz(reader: &str) {
    let q = builtin().unwrap();
    let (stored, file, plan) = written(&q);
    let seeds: Vec<Vec<u8>> = match reader {
        "config" => vec![BUILTIN_SOURCES[1].1.as_bytes().to_vec()],
        "stored" => vec![
            stored.into_bytes(),
            include_bytes!("fixtures/stored-format-1.json").to_vec(),
            include_bytes!("fixtures/stored-format-2.json").to_vec(),
            include_bytes!("fixtures/stored-2026-1.json").to_vec(),
        ],
        "exchange" => vec![file.encode().into_bytes()],
        "link" => vec![file.link_fragment(&q).into_bytes()],
        "team" => {
            // A team of five (each their own run), so that the statements' counts are in it.
            let team: Vec<scan_core::Respondent> = (0..5)
                .map(|i| {
                    let mut e = file.clone();
                    e.started_at += i;
                    e.into()
                })
                .collect();
            let results = scan_core::aggregate(&q, &team);
            let source = scan_core::formats::team_file::TeamSource::default();
            vec![
                TeamFile::new(&q, &results, &source, 1)
                    .encode()
                    .into_bytes(),
            ]
        }
        _ => vec![plan.encode().into_bytes()],
    };
    std::panic::set_hook(Box::new(|_| {}));
    let deadline = Instant::now() + Duration::from_secs(seconds());
    let mut runs = 0u64;
    for seed in 1u64.. {
        if Instant::now() >= deadline {
            break;
        }
        let mut rng = Rng::new(seed);
        let (a, b) = (rng.below(seeds.len()), rng.below(seeds.len()));
        let input = mutate(&mut rng, &seeds[a], &seeds[b]);
        // Reported before the run: an abort leaves no chance afterwards.
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../fuzz-failures");
        let path = dir.join(format!("{reader}-{seed}.txt"));
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(&path, &input);
        let result = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn({
                let q = q.clone();
                let reader = reader.to_string();
                let input = input.clone();
                move || run(&q, &reader, &input)
            })
            .unwrap()
            .join()
            .unwrap_or_else(|_| Err("panicked".into()));
        match result {
            Ok(()) => {
                let _ = std::fs::remove_file(&path);
            }
            Err(why) => {
                eprintln!(
                    "FUZZ {reader}: seed {seed} {why}; input ({} bytes) in {}",
                    input.len(),
                    path.display()
                );
                std::process::exit(1);
            }
        }
        runs += 1;
    }
    eprintln!("FUZZ {reader}: {runs} inputs, no panic, abort or hang");
}

/// The worker the parent starts in a child process; does nothing in a normal test run.
#[test]
fn fuzz_worker() {
    if let Ok(reader) = std::env::var(READER_VAR) {
        fuzz(&reader);
    }
}

#[test]
fn no_reader_panics_aborts_or_hangs_on_mutated_input() {
    let exe = std::env::current_exe().unwrap();
    for reader in READERS {
        let out = Command::new(&exe)
            .args(["--exact", "fuzz_worker", "--nocapture", "--test-threads=1"])
            .env(READER_VAR, reader)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let report: Vec<&str> = stderr.lines().filter(|l| l.starts_with("FUZZ")).collect();
        assert!(
            out.status.success() && !report.is_empty(),
            "{reader}: {:?}\n{}",
            out.status,
            stderr.lines().rev().take(5).collect::<Vec<_>>().join("\n")
        );
        println!("{}", report.join("\n"));
    }
}
