//! A small parser for the part of TOML that `questions/*.toml` uses, with byte positions.
//!
//! Supported: comments, `[table]` and `[[array.of.tables]]` headers with dotted names,
//! `key = value` with bare or quoted keys, basic, literal and multi-line strings (with every
//! escape TOML knows, including the line-ending backslash), integers (with `_`), floats (read
//! only to say they are not whole numbers), booleans and arrays (over several lines, with
//! comments and a trailing comma). Not supported: inline tables, dates and times, dotted keys
//! in assignments, hexadecimal/octal/binary numbers. Each of these is a clear syntax error.
//!
//! It replaces the `toml` crate in the widget, where that crate and serde made up about a third
//! of the WebAssembly; the test `toml_subset_agrees_with_toml` holds it to the real thing.

use std::ops::Range;

/// A value with the byte range it was found at.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    value: T,
    span: Range<usize>,
}

impl<T> Spanned<T> {
    /// Wraps `value` found at `span`.
    pub fn new(value: T, span: Range<usize>) -> Self {
        Spanned { value, span }
    }
    /// The value.
    pub fn get_ref(&self) -> &T {
        &self.value
    }
    /// The value, without its position.
    pub fn into_inner(self) -> T {
        self.value
    }
    /// Where it was found (for tables: their header).
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

/// A TOML value of the supported subset.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    String(String),
    Integer(i64),
    /// A float, kept as written: the format has no use for them.
    Float(String),
    Boolean(bool),
    Array(Vec<Spanned<Value>>),
    Table(Table),
    /// `[[name]]` tables, in order.
    Tables(Vec<Spanned<Table>>),
}

impl Value {
    /// How a message names this value: `string "x"`, `integer 7`, `a list`, …
    pub fn describe(&self) -> String {
        match self {
            Value::String(s) => format!("string \"{s}\""),
            Value::Integer(i) => format!("integer {i}"),
            Value::Float(f) => format!("the decimal number {f}"),
            Value::Boolean(b) => format!("boolean {b}"),
            Value::Array(_) => "a list".into(),
            Value::Table(_) => "a table".into(),
            Value::Tables(_) => "a list of tables".into(),
        }
    }
}

/// A table: its keys in the order they were written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub entries: Vec<(Spanned<String>, Spanned<Value>)>,
    /// Defined by its own header or by a key, rather than implied by a longer header's name.
    explicit: bool,
}

impl Table {
    /// The value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&Spanned<Value>> {
        self.entries
            .iter()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(_, v)| v)
    }

    fn get_mut(&mut self, key: &str) -> Option<&mut Spanned<Value>> {
        self.entries
            .iter_mut()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(_, v)| v)
    }
}

/// Lists in lists deeper than this are refused: the format needs one level, and a limit keeps
/// a hostile file from overflowing the stack.
const MAX_DEPTH: usize = 8;

/// A syntax error: byte offset and message.
pub type SyntaxError = (usize, String);

/// Parses a document into its root table, or the first syntax error.
pub fn parse(text: &str) -> Result<Spanned<Table>, SyntaxError> {
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        pos: 0,
    };
    let mut root = Table {
        explicit: true,
        ..Table::default()
    };
    // The path of the table that keys go into: (name, is an array of tables) per segment.
    let mut current: Vec<String> = Vec::new();
    loop {
        p.skip_blank_lines()?;
        let Some(c) = p.peek() else { break };
        if c == b'[' {
            current = p.header(&mut root)?;
        } else {
            let key = p.key()?;
            p.skip_spaces();
            if p.peek() == Some(b'.') {
                return Err(p.error(
                    "dotted keys are not supported here: use a [table] header for the part before the dot",
                ));
            }
            if !p.eat(b'=') {
                return Err(p.error(format!("expected `=` after the key `{}`", key.get_ref())));
            }
            p.skip_spaces();
            let value = p.value(0)?;
            p.end_of_line()?;
            let table = resolve(&mut root, &current);
            if table.get(key.get_ref()).is_some() {
                return Err((
                    key.span.start,
                    format!("`{}` is set twice in this table: keep one", key.get_ref()),
                ));
            }
            table.entries.push((key, value));
        }
    }
    Ok(Spanned::new(root, 0..0))
}

/// The table at `path` (following the last table of each array of tables).
fn resolve<'t>(root: &'t mut Table, path: &[String]) -> &'t mut Table {
    let mut table = root;
    for name in path {
        table = match &mut table.get_mut(name).expect("path was created").value {
            Value::Table(t) => t,
            Value::Tables(list) => &mut list.last_mut().expect("never empty").value,
            _ => unreachable!("headers only create tables"),
        };
    }
    table
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl Parser<'_> {
    #[inline]
    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    #[inline]
    fn starts_with(&self, what: &str) -> bool {
        self.s[self.pos..].starts_with(what.as_bytes())
    }

    #[inline]
    fn eat(&mut self, c: u8) -> bool {
        let found = self.peek() == Some(c);
        if found {
            self.pos += 1;
        }
        found
    }

    fn error(&self, message: impl Into<String>) -> SyntaxError {
        (self.pos, message.into())
    }

    #[inline]
    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    fn skip_comment(&mut self) {
        if self.peek() == Some(b'#') {
            let rest = &self.s[self.pos..];
            self.pos += rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
        }
    }

    fn newline(&mut self) -> bool {
        if self.starts_with("\r\n") {
            self.pos += 2;
            true
        } else {
            self.eat(b'\n')
        }
    }

    /// Skips white space, comments and empty lines.
    fn skip_blank_lines(&mut self) -> Result<(), SyntaxError> {
        loop {
            self.skip_spaces();
            self.skip_comment();
            if self.peek().is_none() || !self.newline() {
                return Ok(());
            }
        }
    }

    /// After a value or header: only spaces and a comment until the end of the line.
    fn end_of_line(&mut self) -> Result<(), SyntaxError> {
        self.skip_spaces();
        self.skip_comment();
        if self.peek().is_none() || self.newline() {
            Ok(())
        } else {
            Err(self
                .error("expected the end of the line: put each `key = value` on a line of its own"))
        }
    }

    /// A bare (`a-z A-Z 0-9 _ -`) or quoted key.
    fn key(&mut self) -> Result<Spanned<String>, SyntaxError> {
        let start = self.pos;
        match self.peek() {
            Some(b'"') | Some(b'\'') => {
                let key = self.string()?;
                match key.value {
                    Value::String(s) => Ok(Spanned::new(s, key.span)),
                    _ => unreachable!("string() returns strings"),
                }
            }
            _ => {
                while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
                {
                    self.pos += 1;
                }
                if self.pos == start {
                    return Err(self.error(
                        "expected a key (letters, digits, `_` and `-`), a [table] header or a comment",
                    ));
                }
                Ok(Spanned::new(
                    self.text[start..self.pos].to_string(),
                    start..self.pos,
                ))
            }
        }
    }

    /// `[a.b]` or `[[a.b]]`: creates the table and returns its path.
    fn header(&mut self, root: &mut Table) -> Result<Vec<String>, SyntaxError> {
        let start = self.pos;
        let array = self.starts_with("[[");
        self.pos += if array { 2 } else { 1 };
        let mut names = Vec::new();
        loop {
            self.skip_spaces();
            names.push(self.key()?);
            self.skip_spaces();
            if !self.eat(b'.') {
                break;
            }
        }
        let close = if array { "]]" } else { "]" };
        if !self.starts_with(close) {
            return Err(self.error(format!("expected `{close}` to close the table header")));
        }
        self.pos += close.len();
        let span = start..self.pos;
        self.end_of_line()?;

        let dotted = names
            .iter()
            .map(|n| n.get_ref().as_str())
            .collect::<Vec<_>>()
            .join(".");
        let (last, parents) = names.split_last().expect("at least one name");
        let mut table = root;
        for name in parents {
            if table.get(name.get_ref()).is_none() {
                table.entries.push((
                    name.clone(),
                    Spanned::new(Value::Table(Table::default()), span.clone()),
                ));
            }
            table = match &mut table.get_mut(name.get_ref()).expect("just added").value {
                Value::Table(t) => t,
                Value::Tables(list) => &mut list.last_mut().expect("never empty").value,
                _ => {
                    return Err((
                        name.span.start,
                        format!("`{}` is already a value, not a table", name.get_ref()),
                    ));
                }
            };
        }
        let new = || Table {
            explicit: true,
            ..Table::default()
        };
        match (table.get_mut(last.get_ref()), array) {
            (None, false) => table.entries.push((
                last.clone(),
                Spanned::new(Value::Table(new()), span.clone()),
            )),
            (None, true) => table.entries.push((
                last.clone(),
                Spanned::new(
                    Value::Tables(vec![Spanned::new(new(), span.clone())]),
                    span.clone(),
                ),
            )),
            (Some(existing), false) => match &mut existing.value {
                Value::Table(t) if !t.explicit => {
                    t.explicit = true;
                    existing.span = span.clone();
                }
                Value::Table(_) => {
                    return Err((start, format!("`[{dotted}]` is defined twice: keep one")));
                }
                Value::Tables(_) => {
                    return Err((
                        start,
                        format!("`{dotted}` is a list of tables: write [[{dotted}]]"),
                    ));
                }
                _ => return Err((start, format!("`{dotted}` is already a value, not a table"))),
            },
            (Some(existing), true) => match &mut existing.value {
                Value::Tables(list) => list.push(Spanned::new(new(), span.clone())),
                Value::Table(_) => {
                    return Err((
                        start,
                        format!("`{dotted}` is a single table: write [{dotted}]"),
                    ));
                }
                _ => return Err((start, format!("`{dotted}` is already a value, not a table"))),
            },
        }
        Ok(names.into_iter().map(|n| n.value).collect())
    }

    /// A value; `depth` counts the lists it is in.
    fn value(&mut self, depth: usize) -> Result<Spanned<Value>, SyntaxError> {
        let start = self.pos;
        match self.peek() {
            Some(b'"' | b'\'') => self.string(),
            Some(b'[') if depth >= MAX_DEPTH => Err(self.error("lists are nested too deeply")),
            Some(b'[') => self.array(depth),
            Some(b'{') => Err(self.error(
                "inline tables ({ … }) are not supported: use a [table] header",
            )),
            Some(b't') if self.starts_with("true") => {
                self.pos += 4;
                Ok(Spanned::new(Value::Boolean(true), start..self.pos))
            }
            Some(b'f') if self.starts_with("false") => {
                self.pos += 5;
                Ok(Spanned::new(Value::Boolean(false), start..self.pos))
            }
            Some(c) if c.is_ascii_digit() || c == b'+' || c == b'-' => self.number(),
            _ => Err(self.error(
                "expected a value: a text in quotes (\"…\"), a whole number, true, false or a list ([…])",
            )),
        }
    }

    fn number(&mut self) -> Result<Spanned<Value>, SyntaxError> {
        let start = self.pos;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'+' | b'-'))
        {
            self.pos += 1;
        }
        let written = &self.text[start..self.pos];
        let span = start..self.pos;
        let digits = written.replace('_', "");
        let unsigned = digits.trim_start_matches(['+', '-']);
        let well_formed = !written.starts_with('_')
            && !written.ends_with('_')
            && !written.contains("__")
            && !unsigned.is_empty()
            && (unsigned == "0" || !unsigned.starts_with('0'));
        if well_formed && unsigned.bytes().all(|c| c.is_ascii_digit()) {
            return digits
                .parse()
                .map(|i| Spanned::new(Value::Integer(i), span))
                .map_err(|_| (start, format!("the number {written} is too large")));
        }
        let float = unsigned.split(['e', 'E']).collect::<Vec<_>>();
        let is_float = well_formed
            && float.len() <= 2
            && float[0].split('.').count() <= 2
            && float[0]
                .split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
            && (float.len() == 1 || {
                let e = float[1].trim_start_matches(['+', '-']);
                !e.is_empty() && e.bytes().all(|c| c.is_ascii_digit())
            })
            && (float.len() == 2 || float[0].contains('.'));
        if is_float {
            Ok(Spanned::new(Value::Float(written.to_string()), span))
        } else {
            Err((
                start,
                format!(
                    "`{written}` is not a value: write a whole number like 3, or a text in quotes"
                ),
            ))
        }
    }

    fn array(&mut self, depth: usize) -> Result<Spanned<Value>, SyntaxError> {
        let start = self.pos;
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_blank_lines()?;
            if self.eat(b']') {
                break;
            }
            if self.peek().is_none() {
                return Err((start, "this list is never closed: add `]`".into()));
            }
            items.push(self.value(depth + 1)?);
            self.skip_blank_lines()?;
            if self.eat(b']') {
                break;
            }
            if self.peek().is_none() {
                return Err((start, "this list is never closed: add `]`".into()));
            }
            if !self.eat(b',') {
                return Err(self.error("expected `,` or `]` in the list"));
            }
        }
        Ok(Spanned::new(Value::Array(items), start..self.pos))
    }

    /// Any of the four kinds of string.
    fn string(&mut self) -> Result<Spanned<Value>, SyntaxError> {
        let start = self.pos;
        let q = self.s[self.pos];
        let literal = q == b'\'';
        let quote = if literal { "'" } else { "\"" };
        let multi = self.s[self.pos..].starts_with(&[q, q, q]);
        let close: &[u8] = if multi { &[q, q, q] } else { &[q] };
        self.pos += close.len();
        if multi {
            // A newline right after the opening quotes is not part of the text.
            self.newline();
        }
        let mut out = String::new();
        let mut run = self.pos;
        loop {
            // Skip to the next byte that can matter (this loop is most of the parsing time).
            let special = |c: &u8| *c == q || *c == b'\n' || (*c == b'\\' && !literal);
            match self.s[self.pos..].iter().position(special) {
                Some(n) => self.pos += n,
                None => {
                    return Err((
                        start,
                        format!("this text is never closed: add the closing `{quote}`"),
                    ));
                }
            }
            let c = self.s[self.pos];
            if self.s[self.pos..].starts_with(close) {
                out.push_str(&self.text[run..self.pos]);
                // Up to two quotes right before the closing three belong to the text.
                let mut extra = 0;
                while multi && extra < 2 && self.s.get(self.pos + 3) == Some(&q) {
                    out.push_str(quote);
                    self.pos += 1;
                    extra += 1;
                }
                self.pos += close.len();
                return Ok(Spanned::new(Value::String(out), start..self.pos));
            }
            if c == b'\n' && !multi {
                return Err(self.error(format!(
                    "this text is not closed on its line: add the closing `{quote}` (use \"\"\" for texts over several lines)"
                )));
            }
            if c == b'\\' {
                out.push_str(&self.text[run..self.pos]);
                self.escape(multi, &mut out)?;
                run = self.pos;
                continue;
            }
            self.pos += 1;
        }
    }

    /// One escape in a basic string, starting at the backslash.
    fn escape(&mut self, multi: bool, out: &mut String) -> Result<(), SyntaxError> {
        let at = self.pos;
        self.pos += 1;
        let simple = match self.peek() {
            Some(b'b') => Some('\u{8}'),
            Some(b't') => Some('\t'),
            Some(b'n') => Some('\n'),
            Some(b'f') => Some('\u{c}'),
            Some(b'r') => Some('\r'),
            Some(b'e') => Some('\u{1b}'),
            Some(b'"') => Some('"'),
            Some(b'\\') => Some('\\'),
            _ => None,
        };
        if let Some(c) = simple {
            out.push(c);
            self.pos += 1;
            return Ok(());
        }
        let hex = match self.peek() {
            Some(b'x') => 2,
            Some(b'u') => 4,
            Some(b'U') => 8,
            _ => 0,
        };
        if hex > 0 {
            let digits = self.s.get(self.pos + 1..self.pos + 1 + hex);
            let c = digits
                .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
                .and_then(|d| u32::from_str_radix(std::str::from_utf8(d).ok()?, 16).ok())
                .and_then(char::from_u32);
            let Some(c) = c else {
                return Err((
                    at,
                    "invalid unicode escape: write \\u and four hex digits, like \\u00e9".into(),
                ));
            };
            out.push(c);
            self.pos += 1 + hex;
            return Ok(());
        }
        if multi {
            // A backslash at the end of a line joins it to the next, without the white space.
            let mut p = self.pos;
            while matches!(self.s.get(p), Some(b' ' | b'\t')) {
                p += 1;
            }
            if matches!(self.s.get(p), Some(b'\n' | b'\r')) {
                while matches!(self.s.get(p), Some(b' ' | b'\t' | b'\n' | b'\r')) {
                    p += 1;
                }
                self.pos = p;
                return Ok(());
            }
        }
        Err((
            at,
            "unknown escape after `\\`: write `\\\\` for a backslash, or use '…' for a text without escapes".into(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Value {
        let doc = parse(&format!("k = {text}\n")).unwrap();
        doc.get_ref().get("k").unwrap().get_ref().clone()
    }

    fn string(text: &str) -> String {
        match value(text) {
            Value::String(s) => s,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn strings_of_every_kind() {
        assert_eq!(string(r#""a \"b\" \\ \n \u00e9""#), "a \"b\" \\ \n é");
        assert_eq!(string(r"'C:\pad'"), r"C:\pad");
        assert_eq!(string("\"\"\"\nregel 1\nregel 2\"\"\""), "regel 1\nregel 2");
        assert_eq!(string("\"\"\"\neen \\\n   twee\"\"\""), "een twee");
        assert_eq!(string("'''\n'a'\n'''"), "'a'\n");
        assert_eq!(string("\"\"\"zegt \"ja\"\"\"\""), "zegt \"ja\"");
    }

    #[test]
    fn numbers_booleans_and_lists() {
        assert_eq!(value("1_000"), Value::Integer(1000));
        assert_eq!(value("-3"), Value::Integer(-3));
        assert_eq!(value("1.5"), Value::Float("1.5".into()));
        assert_eq!(value("true"), Value::Boolean(true));
        match value("[\n  \"a\", # comment\n  \"b\",\n]") {
            Value::Array(items) => assert_eq!(items.len(), 2),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn tables_and_arrays_of_tables_nest() {
        let doc = parse("[a]\nx = 1\n[[t]]\nid = 1\n[[t.s]]\nid = 2\n[[t]]\nid = 3\n").unwrap();
        let Value::Tables(t) = doc.get_ref().get("t").unwrap().get_ref() else {
            panic!()
        };
        assert_eq!(t.len(), 2);
        assert!(t[0].get_ref().get("s").is_some());
        assert!(t[1].get_ref().get("s").is_none());
    }

    #[test]
    fn syntax_errors_say_what_to_do() {
        let err = |text: &str| parse(text).unwrap_err().1;
        assert!(err("a = \"open\nb = 1").contains("not closed on its line"));
        assert!(err("a = 1\na = 2").contains("set twice"));
        assert!(err("[a]\n[a]").contains("defined twice"));
        assert!(err("a = Thema").contains("a text in quotes"));
        assert!(err("a = { b = 1 }").contains("inline tables"));
        assert!(err("a = 2026-01-01").contains("is not a value"));
        assert!(err("a = 1 b = 2").contains("end of the line"));
        assert!(err("a = [1, 2").contains("never closed"));
        assert!(err(&format!("a = {}", "[".repeat(100_000))).contains("nested too deeply"));
    }

    /// Our tree in the `toml` crate's terms.
    fn to_toml(v: &Value) -> toml::Value {
        match v {
            Value::String(s) => toml::Value::String(s.clone()),
            Value::Integer(i) => toml::Value::Integer(*i),
            Value::Float(f) => toml::Value::Float(f.replace('_', "").parse().unwrap()),
            Value::Boolean(b) => toml::Value::Boolean(*b),
            Value::Array(items) => {
                toml::Value::Array(items.iter().map(|i| to_toml(i.get_ref())).collect())
            }
            Value::Table(t) => toml::Value::Table(table_to_toml(t)),
            Value::Tables(list) => toml::Value::Array(
                list.iter()
                    .map(|t| toml::Value::Table(table_to_toml(t.get_ref())))
                    .collect(),
            ),
        }
    }

    fn table_to_toml(t: &Table) -> toml::Table {
        t.entries
            .iter()
            .map(|(k, v)| (k.get_ref().clone(), to_toml(v.get_ref())))
            .collect()
    }

    /// Both parsers accept the same documents and read the same values from them.
    fn agree(text: &str) {
        let ours = parse(text).map(|t| table_to_toml(t.get_ref()));
        let theirs = text.parse::<toml::Table>();
        match (ours, theirs) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "different values for:\n{text}"),
            (Err(_), Err(_)) => {}
            (a, b) => panic!(
                "only one parser accepts this (ours: {:?}, toml: {:?}):\n{text}",
                a.err(),
                b.err().map(|e| e.to_string())
            ),
        }
    }

    #[test]
    fn toml_subset_agrees_with_toml() {
        let mut files: Vec<&str> = crate::BUILTIN_SOURCES.iter().map(|(_, t)| *t).collect();
        files.push(include_str!("../../tests/fixtures/mini.toml"));
        files.push(include_str!("../../../../examples/mijn-scan.toml"));
        for text in files {
            agree(text);
            // Every file without one of its lines, and with one character less at many places.
            let lines: Vec<&str> = text.lines().collect();
            for i in 0..lines.len() {
                let mut l = lines.clone();
                l.remove(i);
                agree(&l.join("\n"));
            }
            for (i, _) in text.char_indices().step_by(29) {
                let mut t = text.to_string();
                t.remove(i);
                agree(&t);
            }
        }
        for text in [
            "a = 'x'\nb = \"\"\"\n  y \\\n  z\"\"\"\nc = [1, [2, 3], ]\n",
            "[x.y]\nz = 1\n[x]\nw = 2\n",
            "a = 1.5e3\nb = -0\nc = +7\nd = 1_000\n",
        ] {
            agree(text);
        }
    }
}
