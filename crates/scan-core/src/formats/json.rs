//! Just enough JSON for the stored progress: a reader that gives a tree or says what is wrong
//! where, and string escaping for the writer in `storage_format`. (serde_json and serde were a
//! sixth of the WebAssembly for this one small document.)

/// A JSON value. Numbers are kept as written; the format only has small whole numbers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Nesting deeper than this is not progress data; refusing it keeps the stack safe.
const MAX_DEPTH: usize = 32;

/// Parses one JSON document.
pub(crate) fn parse(text: &str) -> Result<Json, String> {
    let mut r = Reader {
        s: text.as_bytes(),
        text,
        pos: 0,
    };
    let value = r.value(0)?;
    r.skip_space();
    if r.pos < r.s.len() {
        return Err(r.error("unexpected text after the end"));
    }
    Ok(value)
}

/// Appends `s` as a JSON string, quoted and escaped.
pub(crate) fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

struct Reader<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl Reader<'_> {
    fn error(&self, what: &str) -> String {
        format!("{what} at byte {}", self.pos)
    }

    fn skip_space(&mut self) {
        while matches!(self.s.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.s[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_space();
        match self.s.get(self.pos) {
            None => Err(self.error("unexpected end")),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'[') => {
                let items = self.list(b']', depth, |r, depth| r.value(depth))?;
                Ok(Json::Array(items))
            }
            Some(b'{') => {
                let members = self.list(b'}', depth, |r, depth| {
                    r.skip_space();
                    if r.s.get(r.pos) != Some(&b'"') {
                        return Err(r.error("expected a quoted key"));
                    }
                    let key = r.string()?;
                    r.skip_space();
                    if r.s.get(r.pos) != Some(&b':') {
                        return Err(r.error("expected `:`"));
                    }
                    r.pos += 1;
                    Ok((key, r.value(depth)?))
                })?;
                Ok(Json::Object(members))
            }
            Some(c) if *c == b'-' || c.is_ascii_digit() => {
                let start = self.pos;
                while matches!(self.s.get(self.pos), Some(c) if c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E'))
                {
                    self.pos += 1;
                }
                Ok(Json::Number(self.text[start..self.pos].to_string()))
            }
            Some(_) => Err(self.error("expected a value")),
        }
    }

    /// The items of an array or object, from the opening bracket to `close`.
    fn list<T>(
        &mut self,
        close: u8,
        depth: usize,
        item: impl Fn(&mut Self, usize) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.s.get(self.pos) == Some(&close) {
            self.pos += 1;
            return Ok(items);
        }
        loop {
            items.push(item(self, depth + 1)?);
            self.skip_space();
            match self.s.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(c) if *c == close => {
                    self.pos += 1;
                    return Ok(items);
                }
                _ => return Err(self.error("expected `,` or the end of the list")),
            }
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            match self.s.get(self.pos) {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    out.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    out.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    let c = match self.s.get(self.pos) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.error("invalid escape")),
                    };
                    out.push(c);
                    self.pos += 1;
                    run = self.pos;
                }
                Some(_) => self.pos += 1,
            }
        }
    }

    /// `\uXXXX`, with surrogate pairs; leaves `pos` on the last hex digit.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let hex = |r: &Self, at: usize| {
            r.s.get(at..at + 4)
                .and_then(|d| std::str::from_utf8(d).ok())
                .and_then(|d| u32::from_str_radix(d, 16).ok())
        };
        let first = hex(self, self.pos + 1).ok_or_else(|| self.error("invalid \\u escape"))?;
        self.pos += 4;
        let code = if (0xd800..0xdc00).contains(&first) {
            let low = (self.s.get(self.pos + 1..self.pos + 3) == Some(b"\\u"))
                .then(|| hex(self, self.pos + 3))
                .flatten()
                .filter(|l| (0xdc00..0xe000).contains(l))
                .ok_or_else(|| self.error("unpaired surrogate"))?;
            self.pos += 6;
            0x10000 + ((first - 0xd800) << 10) + (low - 0xdc00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let text = "a \"b\" \\ c\n\t\u{1}é😀";
        let mut out = String::new();
        write_string(&mut out, text);
        assert_eq!(out, "\"a \\\"b\\\" \\\\ c\\n\\t\\u0001é😀\"");
        assert_eq!(parse(&out), Ok(Json::String(text.into())));
        assert_eq!(
            parse(r#""\ud83d\ude00 \u00e9""#),
            Ok(Json::String("😀 é".into()))
        );
    }

    #[test]
    fn objects_arrays_and_numbers() {
        let v = parse(r#" {"a": [1, true, null], "b": {"c": "d"}} "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Json::Array(vec![
                Json::Number("1".into()),
                Json::Bool(true),
                Json::Null
            ]))
        );
        assert_eq!(
            v.get("b").and_then(|b| b.get("c")),
            Some(&Json::String("d".into()))
        );
    }

    #[test]
    fn broken_input_is_an_error_not_a_panic() {
        for text in [
            "",
            "{",
            "{\"a\"",
            "{\"a\":",
            "[1,",
            "[1 2]",
            "\"open",
            "\"\\x\"",
            "\"\\ud800\"",
            "{} x",
            "nul",
            "\"\\u12\"",
            "{\"a\" 1}",
            "{1:2}",
        ] {
            assert!(parse(text).is_err(), "{text:?}");
        }
        let deep = "[".repeat(10_000);
        assert!(parse(&deep).unwrap_err().contains("nested too deeply"));
    }
}
