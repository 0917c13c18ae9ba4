//! Reading TOML tables into typed values, generically: keys by name and type, every unknown or
//! missing key and wrong type reported with its position, and the checks any format needs (ids,
//! non-empty texts, numbers in range, references, duplicates). The scan format itself
//! (`config.rs`) is declared with [`tables!`] on top of this.

use std::collections::HashMap;
use std::ops::Range;

use super::error::ConfigError;
use super::toml_subset::{Spanned, Table, Value};

/// One configuration file: a name for messages and its text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

pub(crate) type Text = Spanned<String>;
pub(crate) type Int = Spanned<i64>;

/// Declares the format's tables: for each, a struct with one field per key and a `read`
/// function that reads the keys in the order listed, by the [`Fields`] method named after the
/// `=`. This is the one list of the format's keys; the order is the one messages show.
macro_rules! tables {
    ($($(#[$doc:meta])* struct $name:ident {
        $($key:ident: $ty:ty = $how:ident $(($arg:expr))?,)*
    })*) => {$(
        $(#[$doc])*
        struct $name {
            $($key: $ty,)*
        }

        impl $name {
            fn read(mut f: Fields) -> Option<Self> {
                $(let $key = f.$how(stringify!($key) $(, $arg)?);)*
                f.finish(|| Some($name { $($key: $key?,)* }))
            }
        }
    )*};
}
pub(crate) use tables;

/// Reads the keys of one table by name and type. Every key asked for is allowed; when the
/// table is done, keys nobody asked for are reported as unknown (with the nearest allowed
/// one), missing required keys at the table's header, and wrong types at the value.
///
/// Each method returns None when the key is missing (if required) or of the wrong type, after
/// reporting it; optional keys give `Some(None)`, `Some(false)` or `Some(vec![])` when left out.
pub(crate) struct Fields<'t, 'c, 's> {
    c: &'c mut Checker<'s>,
    src: usize,
    table: &'t Spanned<Table>,
    asked: Vec<&'static str>,
    /// False once a key was missing or of the wrong type.
    ok: bool,
}

impl<'t, 'c, 's> Fields<'t, 'c, 's> {
    pub(crate) fn new(c: &'c mut Checker<'s>, src: usize, table: &'t Spanned<Table>) -> Self {
        Fields {
            c,
            src,
            table,
            asked: Vec::new(),
            ok: true,
        }
    }

    /// `Some(None)` when `key` is left out, else the value converted by `read`, which returns
    /// None for the wrong type (reported as `expected`).
    pub(crate) fn get<T>(
        &mut self,
        key: &'static str,
        expected: &str,
        read: impl FnOnce(&mut Self, &'t Spanned<Value>) -> Option<T>,
    ) -> Option<Option<T>> {
        self.asked.push(key);
        let Some(value) = self.table.get_ref().get(key) else {
            return Some(None);
        };
        let found = read(self, value);
        if found.is_none() {
            self.wrong_type(key, expected, value);
            return None;
        }
        Some(found)
    }

    pub(crate) fn wrong_type(&mut self, key: &str, expected: &str, value: &Spanned<Value>) {
        let found = value.get_ref().describe();
        self.c.error(
            self.src,
            value.span(),
            format!("`{key}` must be {expected}, not {found}"),
        );
        self.ok = false;
    }

    /// A required key: reports it at the table's header when it is left out.
    pub(crate) fn required<T>(&mut self, key: &'static str, value: Option<Option<T>>) -> Option<T> {
        if let Some(None) = value {
            self.c.error(
                self.src,
                self.table.span(),
                format!("missing required key `{key}`"),
            );
            self.ok = false;
        }
        value.flatten()
    }

    pub(crate) fn opt_text(&mut self, key: &'static str) -> Option<Option<Text>> {
        self.get(key, "a text in quotes", |_, v| match v.get_ref() {
            Value::String(s) => Some(Spanned::new(s.clone(), v.span())),
            _ => None,
        })
    }

    pub(crate) fn text(&mut self, key: &'static str) -> Option<Text> {
        let v = self.opt_text(key);
        self.required(key, v)
    }

    pub(crate) fn opt_int(&mut self, key: &'static str) -> Option<Option<Int>> {
        self.get(key, "a whole number", |_, v| match v.get_ref() {
            Value::Integer(i) => Some(Spanned::new(*i, v.span())),
            _ => None,
        })
    }

    pub(crate) fn int(&mut self, key: &'static str) -> Option<Int> {
        let v = self.opt_int(key);
        self.required(key, v)
    }

    /// A number with at most two decimals (`2.7`, `1`), read exactly as a whole number of
    /// hundredths (`270`, `100`).
    pub(crate) fn hundredths(&mut self, key: &'static str) -> Option<Int> {
        let v = self.get(
            key,
            "a number with at most two decimals, like 2.7",
            |_, v| {
                let hundredths = match v.get_ref() {
                    Value::Integer(i) => i.checked_mul(100),
                    Value::Float(written) => hundredths_of(written),
                    _ => None,
                };
                hundredths.map(|h| Spanned::new(h, v.span()))
            },
        );
        self.required(key, v)
    }

    /// A boolean that is false when left out.
    pub(crate) fn flag(&mut self, key: &'static str) -> Option<bool> {
        let v = self.get(key, "true or false", |_, v| match v.get_ref() {
            Value::Boolean(b) => Some(*b),
            _ => None,
        });
        v.map(|b| b.unwrap_or(false))
    }

    /// A list of texts, with the list's position.
    pub(crate) fn opt_list(&mut self, key: &'static str) -> Option<Option<Spanned<Vec<Text>>>> {
        self.get(key, "a list, like [\"a\", \"b\"]", |f, v| {
            let Value::Array(items) = v.get_ref() else {
                return None;
            };
            let mut texts = Vec::new();
            for item in items {
                match item.get_ref() {
                    Value::String(s) => texts.push(Spanned::new(s.clone(), item.span())),
                    // The item is reported; the list itself is of the right type.
                    _ => f.wrong_type(key, "a list of texts in quotes", item),
                }
            }
            Some(Spanned::new(texts, v.span()))
        })
    }

    pub(crate) fn list(&mut self, key: &'static str) -> Option<Spanned<Vec<Text>>> {
        let v = self.opt_list(key);
        self.required(key, v)
    }

    /// A list of texts that is empty when left out.
    pub(crate) fn texts(&mut self, key: &'static str) -> Option<Vec<Text>> {
        let v = self.opt_list(key);
        v.map(|l| l.map(Spanned::into_inner).unwrap_or_default())
    }

    /// A `[key]` table, read by `read`.
    pub(crate) fn table<T>(
        &mut self,
        key: &'static str,
        read: fn(Fields) -> Option<T>,
    ) -> Option<Option<Spanned<T>>> {
        let hint = format!("a single [{key}] table (not [[{key}]])");
        let table = self.get(key, &hint, |_, v| match v.get_ref() {
            Value::Table(t) => Some(Spanned::new(t.clone(), v.span())),
            _ => None,
        })?;
        Some(table.and_then(|t| self.nested(&t, read)))
    }

    /// `[[key]]` tables, each read by `read`; empty when there are none.
    pub(crate) fn tables<T>(
        &mut self,
        key: &'static str,
        read: fn(Fields) -> Option<T>,
    ) -> Option<Vec<Spanned<T>>> {
        let hint = format!("a list of [[{key}]] tables");
        let list = self.get(key, &hint, |_, v| match v.get_ref() {
            Value::Tables(list) => Some(list),
            _ => None,
        })?;
        Some(
            list.into_iter()
                .flatten()
                .filter_map(|t| self.nested(t, read))
                .collect(),
        )
    }

    pub(crate) fn nested<T>(
        &mut self,
        table: &Spanned<Table>,
        read: fn(Fields) -> Option<T>,
    ) -> Option<Spanned<T>> {
        let before = self.c.problems;
        let value = read(Fields::new(self.c, self.src, table));
        if self.c.problems > before {
            self.ok = false;
        }
        value.map(|v| Spanned::new(v, table.span()))
    }

    /// Reports the keys nobody asked for; returns `value` if every key was present and right.
    pub(crate) fn finish<T>(self, value: impl FnOnce() -> Option<T>) -> Option<T> {
        for (key, _) in &self.table.get_ref().entries {
            if !self.asked.contains(&key.get_ref().as_str()) {
                let message = if self.c.full() {
                    String::new()
                } else {
                    unknown_key(key.get_ref(), &self.asked)
                };
                self.c.error(self.src, key.span(), message);
            }
        }
        if self.ok { value() } else { None }
    }
}

/// The most errors reported: a site owner needs the first ones, and each costs a walk through
/// its file to find its line and column. The rest are counted.
pub(crate) const MAX_ERRORS: usize = 100;

/// The longest id (characters): ids end up in storage keys, links and files.
pub const ID_MAX_CHARS: usize = 64;

/// Collects errors against the sources they were found in.
pub(crate) struct Checker<'a> {
    pub(crate) sources: &'a [Source<'a>],
    /// The first [`MAX_ERRORS`] problems.
    pub(crate) errors: Vec<ConfigError>,
    /// Every problem found, also those past [`MAX_ERRORS`].
    pub(crate) problems: usize,
    /// Where the first problem not in `errors` was found.
    pub(crate) first_not_shown: Option<ConfigError>,
}

impl<'a> Checker<'a> {
    pub(crate) fn new(sources: &'a [Source<'a>]) -> Self {
        Checker {
            sources,
            errors: Vec::new(),
            problems: 0,
            first_not_shown: None,
        }
    }

    /// Whether further errors are only counted: a caller may then skip writing the message.
    pub(crate) fn full(&self) -> bool {
        self.problems >= MAX_ERRORS
    }

    pub(crate) fn error(&mut self, src: usize, span: Range<usize>, message: impl Into<String>) {
        self.problems += 1;
        let s = self.sources[src];
        if self.errors.len() < MAX_ERRORS {
            self.errors
                .push(ConfigError::at(s.name, s.text, span.start, message));
        } else if self.first_not_shown.is_none() {
            self.first_not_shown = Some(ConfigError::at(s.name, s.text, span.start, ""));
        }
    }

    pub(crate) fn position(&self, src: usize, span: &Range<usize>) -> String {
        let e = ConfigError::at(
            self.sources[src].name,
            self.sources[src].text,
            span.start,
            "",
        );
        format!("{}:{}:{}", e.file, e.line, e.column)
    }

    /// A required, non-empty text; returns it trimmed of surrounding white space, with
    /// Windows line ends (kept by TOML inside `"""` texts) made plain `\n`, so paragraphs split
    /// the same whatever editor saved the file.
    pub(crate) fn text(&mut self, src: usize, field: &str, value: &Text) -> String {
        let trimmed = value.get_ref().trim();
        if trimmed.is_empty() {
            self.error(
                src,
                value.span(),
                format!("`{field}` is empty: write a text"),
            );
        }
        trimmed.replace("\r\n", "\n")
    }

    /// A language tag: two or three letters, optionally followed by `-` and a region.
    pub(crate) fn language(&mut self, src: usize, value: &Text) -> String {
        let tag = value.get_ref().trim();
        let (primary, region) = tag.split_once('-').unwrap_or((tag, "AA"));
        let valid = (2..=3).contains(&primary.len())
            && primary.chars().all(|c| c.is_ascii_alphabetic())
            && (2..=8).contains(&region.len())
            && region.chars().all(|c| c.is_ascii_alphanumeric());
        if !valid {
            self.error(
                src,
                value.span(),
                format!("`scan.language` \"{tag}\" is not a language tag: write for example \"nl\" or \"en\""),
            );
        }
        tag.to_string()
    }

    /// Where `value` sits among the ids of a `kind` (band, theme, …); if it is none of them,
    /// reports which ids there are, or that there are none yet.
    pub(crate) fn reference(
        &mut self,
        src: usize,
        field: &str,
        value: &Text,
        kind: &str,
        ids: &[&str],
    ) -> Option<usize> {
        let found = ids.iter().position(|id| id == value.get_ref());
        if found.is_none() && self.full() {
            self.error(src, value.span(), "");
        } else if found.is_none() {
            let allowed = if ids.is_empty() {
                format!("define them first with `[[{kind}]]`")
            } else {
                format!("use one of: {}", ids.join(", "))
            };
            self.error(
                src,
                value.span(),
                format!(
                    "`{field}` names \"{}\", which is no {kind} id; {allowed}",
                    value.get_ref()
                ),
            );
        }
        found
    }

    /// An id: lowercase letters, digits and hyphens, at most [`ID_MAX_CHARS`].
    pub(crate) fn id(&mut self, src: usize, field: &str, value: &Text) -> String {
        let id = value.get_ref();
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if valid && id.len() > ID_MAX_CHARS {
            self.error(
                src,
                value.span(),
                format!(
                    "`{field}` is {} characters long: an id has at most {ID_MAX_CHARS}",
                    id.len()
                ),
            );
        } else if !valid && self.full() {
            self.error(src, value.span(), "");
        } else if !valid {
            self.error(
                src,
                value.span(),
                format!(
                    "`{field}` \"{id}\" is not a valid id: use lowercase letters, digits and hyphens"
                ),
            );
        }
        id.clone()
    }

    /// A whole number in `range`; `what` says what is allowed.
    pub(crate) fn int(
        &mut self,
        src: usize,
        field: &str,
        value: &Int,
        range: Range<i64>,
        what: &str,
    ) -> u32 {
        let v = *value.get_ref();
        if !range.contains(&v) {
            self.error(
                src,
                value.span(),
                format!("`{field}` is {v}: it must be {what}"),
            );
            // Carry on with the nearest allowed value, so one mistake gives one message.
            return v.clamp(range.start, range.end - 1).max(0) as u32;
        }
        v as u32
    }
}

/// `2.7` as 270: a plain decimal with at most two decimals, no exponent.
fn hundredths_of(written: &str) -> Option<i64> {
    let clean = written.replace('_', "");
    let (int, frac) = clean.split_once('.')?;
    if frac.is_empty() || frac.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: i64 = int.parse().ok()?;
    let part: i64 = format!("{frac:0<2}").parse().ok()?;
    let sign = if int.starts_with('-') { -1 } else { 1 };
    whole.checked_mul(100)?.checked_add(sign * part)
}

/// Remembers where each id was first defined, to report duplicates.
#[derive(Default)]
pub(crate) struct Ids(HashMap<String, (usize, Range<usize>)>);

impl Ids {
    pub(crate) fn add(&mut self, c: &mut Checker, kind: &str, src: usize, id: &Text) {
        if let Some((first_src, first_span)) = self.0.get(id.get_ref()) {
            if c.full() {
                return c.error(src, id.span(), "");
            }
            let first = c.position(*first_src, first_span);
            c.error(
                src,
                id.span(),
                format!(
                    "duplicate {kind} id \"{}\" (first defined at {first})",
                    id.get_ref()
                ),
            );
        } else {
            self.0.insert(id.get_ref().clone(), (src, id.span()));
        }
    }
}

/// "unknown key `wieght`: did you mean `weight`? Allowed here: …"
pub(crate) fn unknown_key(key: &str, allowed: &[&str]) -> String {
    let hint = nearest(key, allowed)
        .map(|k| format!(" did you mean `{k}`?"))
        .unwrap_or_default();
    let allowed: Vec<String> = allowed.iter().map(|k| format!("`{k}`")).collect();
    format!(
        "unknown key `{key}`:{hint} Allowed here: {}",
        allowed.join(", ")
    )
}

/// The allowed key closest to `key`, if it is close enough to be a typo. Keys whose lengths
/// differ by more than that are not compared, so a long key takes no long comparisons.
fn nearest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    let close = |k: &str| (k.len() / 3).max(2);
    let length = key.chars().count();
    allowed
        .iter()
        .filter(|k| length.abs_diff(k.len()) <= close(k))
        .map(|k| (edit_distance(key, k), *k))
        .filter(|(d, k)| *d <= close(k))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance, counted in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            prev = current;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("wieght", "weight"), 2);
        assert_eq!(edit_distance("weigh", "weight"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("stauses", "statuses"), 1);
    }

    #[test]
    fn nearest_only_suggests_likely_typos() {
        assert_eq!(nearest("wieght", &["id", "text", "weight"]), Some("weight"));
        assert_eq!(nearest("colour", &["id", "text", "weight"]), None);
    }
}
