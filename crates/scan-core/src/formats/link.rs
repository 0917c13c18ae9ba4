//! A respondent's answers in a link: the `#fragment` of the team page's address (a fragment
//! never reaches a server), short enough to e-mail.
//!
//! ```text
//! antwoorden=1.<version>.<saved_at>.<run>.<school type>.<role>.<answers>.<name>.<notes>
//! antwoorden=2.<version>.<saved_at>.<run>.<school type>.<role>.<answers>.<name>.<notes>.<modules>
//! ```
//! `<answers>` has one character per statement of the questionnaire, in order: `-` for no
//! answer, else the answer's position on the scale (`0`-`9`, then `a`-`z`). That is what keeps
//! the link short (one character instead of an id and an option), and why a link only reads
//! with the same questionnaire version: another version may order its statements differently,
//! so it is refused with [`FileError::OtherVersion`] (a file reads across versions).
//! Texts are percent-encoded; notes are `theme~text` pairs separated by `,`. Layout 2 adds
//! `<modules>`, the optional themes switched on, separated by `,`; it is written only when
//! there are any, so a build that knows layout 1 only says the link is newer rather than
//! reading it without them. Answer times are not carried: every answer gets the save time.

use std::collections::BTreeMap;

use super::exchange::{
    EXCHANGE_FORMAT, EXCHANGE_FORMAT_MODULES, EXCHANGE_KIND, EXCHANGE_MAX_BYTES, Exchange,
    clean_name,
};
use super::file::FileError;
use crate::model::Questionnaire;
use crate::progress::Timed;

/// What a link's fragment starts with when it carries a respondent's answers.
pub const LINK_PREFIX: &str = "antwoorden=";
/// The link layout without optional themes switched on.
const LINK_FORMAT: &str = "1";
/// The link layout with them (a tenth part).
const LINK_FORMAT_MODULES: &str = "2";
const DIGITS: &[u8; LINK_MAX_SCALE] = b"0123456789abcdefghijklmnopqrstuvwxyz";
/// The most answer options a link carries (one character each); the config reader refuses
/// larger scales, so every scan it reads fits.
pub const LINK_MAX_SCALE: usize = 36;

/// Percent-encodes everything but letters, digits, `-` and `_`.
fn escape(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

fn damaged(what: &str) -> FileError {
    FileError::Damaged(format!("link: {what}"))
}

fn unescape(text: &str) -> Result<String, FileError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            let byte = hex.and_then(|h| u8::from_str_radix(h, 16).ok());
            out.push(byte.ok_or_else(|| damaged("bad escape"))?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| damaged("not UTF-8"))
}

impl Exchange {
    /// The `#fragment` (without `#`) of a link that carries this file, for questionnaire `q`.
    pub fn link_fragment(&self, q: &Questionnaire) -> String {
        let answers: String = q
            .statements()
            .map(|s| {
                self.answers
                    .get(&s.id)
                    .and_then(|a| q.scale.iter().position(|o| o.id == a.value))
                    // Only a questionnaire built by hand can have more options than that.
                    .and_then(|i| DIGITS.get(i))
                    .map_or('-', |&d| d as char)
            })
            .collect();
        let notes: Vec<String> = self
            .notes
            .iter()
            .map(|(theme, n)| format!("{}~{}", escape(theme), escape(&n.value)))
            .collect();
        let modules: Vec<String> = self.modules.iter().map(|m| escape(m)).collect();
        let format = if modules.is_empty() {
            LINK_FORMAT
        } else {
            LINK_FORMAT_MODULES
        };
        let mut fields = vec![
            format.to_string(),
            escape(&q.version),
            self.saved_at.to_string(),
            self.started_at.to_string(),
            escape(self.school_type.as_deref().unwrap_or("")),
            escape(self.role.as_deref().unwrap_or("")),
            answers,
            // Cleaned, as it is read.
            escape(clean_name(self.name.as_deref()).as_deref().unwrap_or("")),
            notes.join(","),
        ];
        if !modules.is_empty() {
            fields.push(modules.join(","));
        }
        format!("{LINK_PREFIX}{}", fields.join("."))
    }

    /// Reads a link's fragment (with or without `#`) for questionnaire `q`; `Ok(None)` when it
    /// carries no answers.
    pub fn from_link_fragment(
        q: &Questionnaire,
        fragment: &str,
    ) -> Result<Option<Exchange>, FileError> {
        let Some(link) = fragment.trim_start_matches('#').strip_prefix(LINK_PREFIX) else {
            return Ok(None);
        };
        if link.len() > EXCHANGE_MAX_BYTES {
            return Err(FileError::TooLarge(link.len()));
        }
        let mut f: Vec<&str> = link.split('.').collect();
        // Layout 1 has no modules: as layout 2 with none.
        match (f[0], f.len()) {
            (LINK_FORMAT, 9) => f.push(""),
            (LINK_FORMAT_MODULES, 10) => {}
            (LINK_FORMAT | LINK_FORMAT_MODULES, _) => return Err(damaged("wrong number of parts")),
            (other, _) => {
                return Err(match other.parse::<u32>() {
                    Ok(newer) if newer > 2 => FileError::NewerFormat(newer),
                    _ => damaged("unknown layout"),
                });
            }
        }
        let [
            _format,
            version,
            saved,
            run,
            school_type,
            role,
            answers,
            name,
            notes,
            modules,
        ] = f[..]
        else {
            return Err(damaged("wrong number of parts"));
        };
        let version = unescape(version)?;
        if version != q.version {
            return Err(FileError::OtherVersion(version));
        }
        let number = |t: &str| t.parse::<u64>().map_err(|_| damaged("bad number"));
        let saved_at = number(saved)?;
        let statements: Vec<&str> = q.statements().map(|s| s.id.as_str()).collect();
        if answers.len() != statements.len() {
            return Err(damaged("answers do not fit this questionnaire"));
        }
        let mut map = BTreeMap::new();
        for (id, c) in statements.iter().zip(answers.bytes()) {
            if c == b'-' {
                continue;
            }
            let option = DIGITS
                .iter()
                .position(|&d| d == c)
                .and_then(|i| q.scale.get(i))
                .ok_or_else(|| damaged("unknown answer"))?;
            map.insert(id.to_string(), Timed::new(option.id.clone(), saved_at));
        }
        let mut note_map = BTreeMap::new();
        for pair in notes.split(',').filter(|p| !p.is_empty()) {
            let (theme, text) = pair.split_once('~').ok_or_else(|| damaged("bad note"))?;
            note_map.insert(unescape(theme)?, Timed::new(unescape(text)?, saved_at));
        }
        let text = |t: &str| -> Result<Option<String>, FileError> {
            let t = unescape(t)?;
            Ok((!t.is_empty()).then_some(t))
        };
        let modules: Vec<String> = (modules.split(',').filter(|m| !m.is_empty()))
            .map(unescape)
            .collect::<Result<_, _>>()?;
        Ok(Some(Exchange {
            kind: EXCHANGE_KIND.into(),
            format: if modules.is_empty() {
                EXCHANGE_FORMAT
            } else {
                EXCHANGE_FORMAT_MODULES
            },
            scan: q.id.clone(),
            scan_version: version,
            saved_at,
            started_at: number(run)?,
            school_type: text(school_type)?,
            role: text(role)?,
            name: clean_name(text(name)?.as_deref()),
            answers: map,
            notes: note_map,
            modules,
        }))
    }
}
