//! The built-in scan, validated at build time and stored in the widget as compact bytes.
//!
//! `build.rs` parses and checks `questions/*.toml` and writes [`encode`]'s bytes; the widget
//! [`decode`]s them at start. That skips the TOML parsing and validation on every page load (a
//! tenth of the time to the first statement) and leaves the TOML text out of the download. Only
//! bytes from `encode` of a validated questionnaire are ever decoded, so every reference in the
//! result still resolves; a round-trip test holds the two together.
//!
//! The format: two parts, so that the texts stay together and compress like the TOML did. The
//! first holds every number (LEB128 varints: counts of lists, `Option` as 0 or 1, text lengths,
//! the numbers and flags themselves), the second every text's UTF-8 bytes, one after the other;
//! fields in declaration order. The bytes start with the first part's length.

use crate::model::*;

/// The bytes for a validated questionnaire.
pub fn encode(q: &Questionnaire) -> Vec<u8> {
    let mut w = Writer::default();
    q.put(&mut w);
    let mut out = Vec::new();
    put_varint(&mut out, w.numbers.len());
    out.extend(w.numbers);
    out.extend(w.texts);
    out
}

/// The questionnaire back from [`encode`]'s bytes; None if they are cut short or malformed.
pub fn decode(bytes: &[u8]) -> Option<Questionnaire> {
    let mut head = Reader {
        numbers: bytes,
        texts: &[],
    };
    let len = head.varint()?;
    if len > head.numbers.len() {
        return None;
    }
    let (numbers, texts) = head.numbers.split_at(len);
    let mut r = Reader { numbers, texts };
    let q = Questionnaire::get(&mut r)?;
    (r.numbers.is_empty() && r.texts.is_empty()).then_some(q)
}

#[derive(Default)]
struct Writer {
    numbers: Vec<u8>,
    texts: Vec<u8>,
}

fn put_varint(out: &mut Vec<u8>, mut v: usize) {
    loop {
        let low = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// What is left of each part.
struct Reader<'a> {
    numbers: &'a [u8],
    texts: &'a [u8],
}

impl Reader<'_> {
    fn varint(&mut self) -> Option<usize> {
        let mut v = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let (&b, rest) = self.numbers.split_first()?;
            self.numbers = rest;
            v |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
}

trait Compact: Sized {
    fn put(&self, w: &mut Writer);
    fn get(r: &mut Reader) -> Option<Self>;
}

impl Compact for usize {
    fn put(&self, w: &mut Writer) {
        put_varint(&mut w.numbers, *self);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.varint()
    }
}

impl Compact for u32 {
    fn put(&self, w: &mut Writer) {
        (*self as usize).put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        r.varint()?.try_into().ok()
    }
}

impl Compact for bool {
    fn put(&self, w: &mut Writer) {
        usize::from(*self).put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.varint()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Compact for String {
    fn put(&self, w: &mut Writer) {
        self.len().put(w);
        w.texts.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let len = r.varint()?;
        if len > r.texts.len() {
            return None;
        }
        let (text, rest) = r.texts.split_at(len);
        r.texts = rest;
        Some(std::str::from_utf8(text).ok()?.to_string())
    }
}

impl<T: Compact> Compact for Option<T> {
    fn put(&self, w: &mut Writer) {
        self.is_some().put(w);
        if let Some(v) = self {
            v.put(w);
        }
    }
    fn get(r: &mut Reader) -> Option<Self> {
        if bool::get(r)? {
            Some(Some(T::get(r)?))
        } else {
            Some(None)
        }
    }
}

impl<T: Compact> Compact for Vec<T> {
    fn put(&self, w: &mut Writer) {
        self.len().put(w);
        self.iter().for_each(|v| v.put(w));
    }
    fn get(r: &mut Reader) -> Option<Self> {
        let len = r.varint()?;
        // Each item takes at least one number: a bad count cannot reserve more than is there.
        let mut items = Vec::with_capacity(len.min(r.numbers.len()));
        for _ in 0..len {
            items.push(T::get(r)?);
        }
        Some(items)
    }
}

impl Compact for BandGroup {
    fn put(&self, w: &mut Writer) {
        let n: usize = match self {
            BandGroup::Strength => 0,
            BandGroup::Attention => 1,
            BandGroup::Risk => 2,
        };
        n.put(w);
    }
    fn get(r: &mut Reader) -> Option<Self> {
        match r.varint()? {
            0 => Some(BandGroup::Strength),
            1 => Some(BandGroup::Attention),
            2 => Some(BandGroup::Risk),
            _ => None,
        }
    }
}

/// `Compact` for a struct: every field, in order.
macro_rules! compact {
    ($($name:ident { $($field:ident),* })*) => {$(
        impl Compact for $name {
            fn put(&self, w: &mut Writer) {
                $(self.$field.put(w);)*
            }
            fn get(r: &mut Reader) -> Option<Self> {
                Some($name { $($field: Compact::get(r)?),* })
            }
        }
    )*};
}

compact! {
    Questionnaire {
        id, title, version, language, intro, duration_minutes, scale_help, scale, criteria,
        bands, themes, examples, school_types, roles
    }
    Choice { id, label }
    Audience { school_types, roles }
    ScaleOption { id, label, points }
    Criteria { low_below, basic_cap, unknown_flag_percent, focus_max, examples_per_focus }
    Band { id, label, min, max, group, description }
    Theme { id, title, intro, optional, audience, statements }
    Statement { id, text, help, weight, basic, audience }
    Example { id, title, text, situation, theme, statuses, low_statements }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_scan_round_trips() {
        let q = crate::builtin().unwrap();
        let bytes = encode(&q);
        assert_eq!(decode(&bytes), Some(q));
        // Smaller than the TOML it comes from.
        let toml: usize = crate::BUILTIN_SOURCES.iter().map(|(_, t)| t.len()).sum();
        assert!(bytes.len() < toml, "{} bytes from {toml}", bytes.len());
    }

    #[test]
    fn cut_or_changed_bytes_never_panic() {
        let bytes = encode(&crate::builtin().unwrap());
        for end in (0..bytes.len()).step_by(97) {
            assert_eq!(decode(&bytes[..end]), None);
        }
        for i in (0..bytes.len()).step_by(89) {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            let _ = decode(&b);
        }
    }
}
