//! Property: whatever bytes it is given, the parser returns a questionnaire or errors with
//! sensible positions, and never panics. Inputs are the shipped files (one also with CRLF line
//! ends) and the test fixture, mutated thousands of times by a seeded generator, plus random
//! token soup.

use scan_core::{Source, parse};

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

const TOKENS: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "=",
    "\"",
    "\"\"\"",
    "'",
    "\n",
    " ",
    ",",
    ".",
    "#",
    "\\",
    "{",
    "}",
    "0",
    "-1",
    "100",
    "1e99",
    "99999999999999999999",
    "true",
    "é",
    "✓",
    "\u{0}",
    "\u{1}",
    "\u{7f}",
    "\u{feff}",
    "\r",
    "\r\n",
    "\t",
    "'''",
    "0.5",
    "1e_5",
    "1_.5",
    "inf",
    "-nan",
    "0x1f",
    "2026-01-01",
    "07:30",
    "[[theme]]",
    "[[theme.statement]]",
    "[[example]]",
    "[[band]]",
    "[scan]",
    "[criteria]",
    "id = ",
    "weight = ",
    "statuses = []",
    "min = ",
    "max = ",
];

fn mutate(rng: &mut Rng, base: &str) -> String {
    let mut bytes = base.as_bytes().to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(5) {
            0 => {
                let end = (at + rng.below(40)).min(bytes.len());
                bytes.drain(at..end);
            }
            1 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                bytes.splice(at..at, t.iter().copied());
            }
            2 => {
                if at < bytes.len() {
                    bytes[at] = rng.below(256) as u8;
                }
            }
            3 => {
                // Duplicate a chunk elsewhere (duplicate ids, tables, keys).
                let start = rng.below(bytes.len() + 1);
                let end = (start + rng.below(200)).min(bytes.len());
                let chunk = bytes[start..end].to_vec();
                bytes.splice(at..at, chunk);
            }
            _ => bytes.truncate(at),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn check(name: &str, text: &str) {
    let result = std::panic::catch_unwind(|| parse(&[Source { name, text }]));
    let Ok(result) = result else {
        panic!("parser panicked on input:\n{text:?}");
    };
    if let Err(errors) = result {
        assert!(!errors.0.is_empty());
        let lines = text.split('\n').count();
        for e in &errors.0 {
            assert!(
                e.line >= 1 && e.line <= lines && e.column >= 1,
                "{e} for input {text:?}"
            );
            assert!(!e.message.is_empty());
            assert_eq!(e.file, name);
        }
    }
}

#[test]
fn mutated_configurations_never_panic() {
    let crlf = include_str!("../../../questions/scan.toml").replace('\n', "\r\n");
    let bases = [
        include_str!("fixtures/mini.toml"),
        include_str!("../../../questions/scan.toml"),
        include_str!("../../../questions/examples.toml"),
        &crlf,
    ];
    let mut rng = Rng(0x5ca1_ab1e_0ddf_00d5);
    for i in 0..3000 {
        let base = bases[i % bases.len()];
        check("fuzz.toml", &mutate(&mut rng, base));
    }
}

#[test]
fn random_token_soup_never_panics() {
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let text: String = (0..rng.below(60))
            .map(|_| TOKENS[rng.below(TOKENS.len())])
            .collect();
        check("soup.toml", &text);
    }
}
