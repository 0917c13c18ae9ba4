//! The built-in scan as the widget embeds it: validated at build time by `build.rs`, written
//! with serde in postcard's compact binary form, and read back when the widget starts. That
//! skips TOML parsing and validation on every page load and leaves the TOML text out of the
//! download. Only bytes written by [`to_bytes`] from a validated questionnaire are ever read, so
//! every reference in the result still resolves.
//!
//! The respondent's widget does not need the practice examples until the results show, and they
//! are two thirds of the content. So the built-in scan is written in two parts ([`split`]): the
//! questionnaire without its examples, embedded in the WebAssembly, and an [`ExamplesPart`], a
//! file of its own the widget fetches while the respondent answers. The part carries the
//! [`fingerprint`] of the questionnaire it was written with, so a file from another release is
//! refused ([`attach_examples`]) instead of suggesting examples for the wrong themes.

use serde::{Deserialize, Serialize};

use crate::model::{Example, Questionnaire};

/// The bytes for a validated questionnaire.
pub fn to_bytes(q: &Questionnaire) -> Vec<u8> {
    postcard::to_allocvec(q).expect("a questionnaire always serializes")
}

/// The questionnaire back from [`to_bytes`]'s bytes; None if they are cut short or malformed.
pub fn from_bytes(bytes: &[u8]) -> Option<Questionnaire> {
    postcard::from_bytes(bytes).ok()
}

/// A validated questionnaire's practice examples, written apart from it by [`split`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamplesPart {
    /// The [`fingerprint`] of the questionnaire's bytes without examples.
    pub fingerprint: u64,
    pub examples: Vec<Example>,
}

/// A validated questionnaire in two parts: its bytes without examples (for [`from_bytes`]),
/// and the [`ExamplesPart`]'s bytes (for [`attach_examples`]).
pub fn split(q: &Questionnaire) -> (Vec<u8>, Vec<u8>) {
    let mut main = q.clone();
    let examples = std::mem::take(&mut main.examples);
    let main = to_bytes(&main);
    let part = ExamplesPart {
        fingerprint: fingerprint(&main),
        examples,
    };
    let part = postcard::to_allocvec(&part).expect("examples always serialize");
    (main, part)
}

/// Why an examples part was not attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExamplesError {
    /// The bytes are cut short or are not an examples part.
    Damaged,
    /// The part belongs to another version of the scan (another release's file).
    OtherScan,
}

/// The questionnaire of `main` (the bytes [`split`] wrote without examples) with the examples of
/// `part`, when `part` was written with exactly that questionnaire. `main` is read again rather
/// than a questionnaire cloned: the respondent's WebAssembly has no other use for `Clone` of the
/// whole model.
pub fn attach_examples(main: &[u8], part: &[u8]) -> Result<Questionnaire, ExamplesError> {
    let part: ExamplesPart = postcard::from_bytes(part).map_err(|_| ExamplesError::Damaged)?;
    if part.fingerprint != fingerprint(main) {
        return Err(ExamplesError::OtherScan);
    }
    let mut q = from_bytes(main).ok_or(ExamplesError::Damaged)?;
    // The same bytes were validated with these examples at build time; the indexes are
    // checked again so that no damaged part can point outside the questionnaire.
    let fits =
        |e: &Example| e.theme.0 < q.themes.len() && e.statuses.iter().all(|b| b.0 < q.bands.len());
    if !part.examples.iter().all(fits) {
        return Err(ExamplesError::Damaged);
    }
    q.examples = part.examples;
    Ok(q)
}

/// FNV-1a (64 bits) of `bytes`: identifies a questionnaire's bytes across builds and machines
/// (std's hashers may change between Rust releases; this one is fixed).
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_scan_round_trips() {
        let q = crate::builtin().unwrap();
        let bytes = to_bytes(&q);
        assert_eq!(from_bytes(&bytes), Some(q));
        // Smaller than the TOML it comes from.
        let toml: usize = crate::BUILTIN_SOURCES.iter().map(|(_, t)| t.len()).sum();
        assert!(bytes.len() < toml, "{} bytes from {toml}", bytes.len());
    }

    #[test]
    fn the_two_parts_make_the_whole_scan_again() {
        let q = crate::builtin().unwrap();
        let (main, part) = split(&q);
        let without = from_bytes(&main).unwrap();
        assert!(without.examples.is_empty());
        assert_eq!(without.themes, q.themes);
        assert_eq!(attach_examples(&main, &part), Ok(q.clone()));
        // The examples are most of the content: the part the widget fetches later is larger
        // than what it embeds.
        assert!(part.len() > main.len(), "{} and {}", main.len(), part.len());
    }

    #[test]
    fn a_part_of_another_scan_or_damaged_is_refused() {
        let q = crate::builtin().unwrap();
        let (main, part) = split(&q);
        // Another version of the scan: one statement's text changed.
        let mut other = q.clone();
        other.themes[0].statements[0].text.push('!');
        let (other_main, other_part) = split(&other);
        assert_eq!(
            attach_examples(&main, &other_part),
            Err(ExamplesError::OtherScan)
        );
        assert_eq!(
            attach_examples(&other_main, &part),
            Err(ExamplesError::OtherScan)
        );
        for end in (0..part.len()).step_by(101) {
            assert!(attach_examples(&main, &part[..end]).is_err());
        }
        assert_eq!(
            attach_examples(&main, b"<!doctype html>"),
            Err(ExamplesError::Damaged)
        );
        // A part whose example points past the themes, with the right fingerprint.
        let mut bad: ExamplesPart = postcard::from_bytes(&part).unwrap();
        bad.examples[0].theme = crate::ThemeIx(q.themes.len());
        let bad = postcard::to_allocvec(&bad).unwrap();
        assert_eq!(attach_examples(&main, &bad), Err(ExamplesError::Damaged));
    }

    #[test]
    fn the_fingerprint_is_fnv1a() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fingerprint(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fingerprint(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fingerprint(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn cut_or_changed_bytes_never_panic() {
        let bytes = to_bytes(&crate::builtin().unwrap());
        for end in (0..bytes.len()).step_by(97) {
            assert_eq!(from_bytes(&bytes[..end]), None);
        }
        for i in (0..bytes.len()).step_by(89) {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            let _ = from_bytes(&b);
        }
    }
}
