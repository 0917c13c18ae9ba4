//! The built-in scan as the widget embeds it: validated at build time by `build.rs`, written
//! with serde in postcard's compact binary form, and read back when the widget starts. That
//! skips TOML parsing and validation on every page load and leaves the TOML text out of the
//! download. Only bytes written by [`to_bytes`] from a validated questionnaire are ever read, so
//! every reference in the result still resolves.

use crate::model::Questionnaire;

/// The bytes for a validated questionnaire.
pub fn to_bytes(q: &Questionnaire) -> Vec<u8> {
    postcard::to_allocvec(q).expect("a questionnaire always serializes")
}

/// The questionnaire back from [`to_bytes`]'s bytes; None if they are cut short or malformed.
pub fn from_bytes(bytes: &[u8]) -> Option<Questionnaire> {
    postcard::from_bytes(bytes).ok()
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
