//! A small parser for the part of TOML that `questions/*.toml` uses, with byte positions.
//!
//! Supported: comments, `[table]` and `[[array.of.tables]]` headers with dotted names,
//! `key = value` with bare or quoted keys, basic, literal and multi-line strings (with every
//! escape TOML knows, including the line-ending backslash), integers (with `_`), floats
//! (`inf` and `nan` too; read only to say they are not whole numbers), booleans and arrays
//! (over several lines, with comments and a trailing comma). Lines may end in `\n` or `\r\n`;
//! a byte order mark at the start is skipped.
//!
//! Not supported: inline tables, dates and times, dotted keys in assignments,
//! hexadecimal/octal/binary numbers. Each of these is a clear syntax error that says it is
//! "not supported": the one way this parser may refuse what TOML accepts.
//!
//! Refused as in TOML: control characters other than tab in texts and comments (multi-line
//! texts may hold line ends), and a carriage return that does not end a line.
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

    /// Adds a key, up to [`MAX_TABLE_KEYS`] (which keeps [`Table::get`] short).
    fn push(&mut self, key: Spanned<String>, value: Spanned<Value>) -> Result<(), SyntaxError> {
        if self.entries.len() >= MAX_TABLE_KEYS {
            return Err(SyntaxError::unsupported(
                key.span.start,
                format!(
                    "more than {MAX_TABLE_KEYS} keys and tables in one table are not supported (a scan's tables have at most 11)"
                ),
            ));
        }
        self.entries.push((key, value));
        Ok(())
    }
}

/// Reads digits with each `_` between two of them, from `b[*i]` on; returns how many digits.
fn digits(b: &[u8], i: &mut usize) -> usize {
    let mut n = 0;
    while let Some(&c) = b.get(*i) {
        if c.is_ascii_digit() {
            n += 1;
        } else if !(c == b'_' && n > 0 && b.get(*i + 1).is_some_and(u8::is_ascii_digit)) {
            break;
        }
        *i += 1;
    }
    n
}

/// 2^1024 - 2^970: from here up, a decimal number rounds to infinity as a 64-bit float.
const FLOAT_OVERFLOW: &[u8] = b"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";

/// Whether the float `mantissa` (digits with maybe one `.`) times ten to `exp` is too large
/// for a 64-bit float, as TOML readers refuse it. Decided on the digits, without float
/// parsing (which the WebAssembly does not otherwise need).
fn overflows(mantissa: &str, exp: i64) -> bool {
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    let (Some(first), Some(last)) = (
        all.iter().position(|&c| c != b'0'),
        all.iter().rposition(|&c| c != b'0'),
    ) else {
        return false;
    };
    let significant = &all[first..=last];
    // The power of ten of the first significant digit.
    let power = (int.len() as i64 - 1 - first as i64).saturating_add(exp);
    let top = FLOAT_OVERFLOW.len() as i64 - 1;
    power > top || (power == top && significant >= FLOAT_OVERFLOW)
}

/// Lists in lists deeper than this are refused: the format needs one level, and a limit keeps
/// a hostile file from overflowing the stack.
const MAX_DEPTH: usize = 8;

/// The limits that keep a hostile file from overflowing the stack or taking time that grows
/// faster than the file. Each is far above what a scan needs (`questions/README.md`, "Limits").
/// The largest file read (bytes).
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// The longest line (characters).
pub const MAX_LINE_CHARS: usize = 10_000;
/// Names in one `[a.b]` header: the format needs two (`[[theme.statement]]`). Tables nest no
/// deeper than this, so nothing that walks or drops the tree recurses deeper.
pub const MAX_HEADER_NAMES: usize = 4;
/// `[table]` and `[[table]]` headers in one file.
pub const MAX_HEADERS: usize = 5_000;
/// Keys (and tables) in one table: the format's tables have at most 11. It also keeps each
/// look-up of a key in a table short.
pub const MAX_TABLE_KEYS: usize = 100;
/// Items in one list.
pub const MAX_LIST_ITEMS: usize = 1_000;

/// A syntax error: where, what kind, and the message for the site owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset into the text.
    pub at: usize,
    pub kind: SyntaxKind,
    pub message: String,
}

/// Whether TOML itself refuses what the error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxKind {
    /// Not valid TOML.
    Invalid,
    /// Valid TOML this parser does not support (a feature or a size beyond its limits): the one
    /// way it may refuse what TOML accepts. Its message says "not supported".
    NotSupported,
}

impl SyntaxError {
    /// Text at `at` that is not valid TOML.
    pub(crate) fn invalid(at: usize, message: impl Into<String>) -> Self {
        SyntaxError {
            at,
            kind: SyntaxKind::Invalid,
            message: message.into(),
        }
    }

    /// Valid TOML at `at` that this parser does not support.
    pub(crate) fn unsupported(at: usize, message: impl Into<String>) -> Self {
        SyntaxError {
            at,
            kind: SyntaxKind::NotSupported,
            message: message.into(),
        }
    }
}

/// Parses a document into its root table, or the first syntax error. Positions are byte
/// offsets into `text`, also when it starts with a byte order mark.
pub fn parse(text: &str) -> Result<Spanned<Table>, SyntaxError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(SyntaxError::unsupported(
            0,
            format!(
                "the file is {} bytes: files of more than {MAX_FILE_BYTES} bytes (2 MiB) are not supported; split it over several files",
                text.len()
            ),
        ));
    }
    if let Some(at) = long_line(text) {
        return Err(SyntaxError::unsupported(
            at,
            format!(
                "this line is longer than {MAX_LINE_CHARS} characters, which is not supported: split it (a text can go over several lines in \"\"\"triple quotes\"\"\")"
            ),
        ));
    }
    let mut p = Parser {
        s: text.as_bytes(),
        text,
        // The one place a byte order mark is skipped.
        pos: if text.starts_with('\u{feff}') { 3 } else { 0 },
    };
    let mut root = Table {
        explicit: true,
        ..Table::default()
    };
    // The path of the table that keys go into: (name, is an array of tables) per segment.
    let mut current: Vec<String> = Vec::new();
    let mut headers = 0;
    loop {
        p.skip_blank_lines()?;
        let Some(c) = p.peek() else { break };
        if c == b'[' {
            headers += 1;
            if headers > MAX_HEADERS {
                return Err(p.unsupported(format!(
                    "more than {MAX_HEADERS} table headers in one file are not supported: split it over several files"
                )));
            }
            current = p.header(&mut root)?;
        } else {
            let key = p.key()?;
            p.skip_spaces();
            if p.peek() == Some(b'.') {
                return Err(p.unsupported(
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
                return Err(SyntaxError::invalid(
                    key.span.start,
                    format!("`{}` is set twice in this table: keep one", key.get_ref()),
                ));
            }
            table.push(key, value)?;
        }
    }
    Ok(Spanned::new(root, 0..0))
}

/// The byte offset of the first character past [`MAX_LINE_CHARS`] on a line, if a line is
/// that long.
fn long_line(text: &str) -> Option<usize> {
    let mut chars = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            chars = 0;
        } else if b & 0xC0 != 0x80 {
            // The first byte of a character.
            chars += 1;
            if chars > MAX_LINE_CHARS {
                return Some(i);
            }
        }
    }
    None
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

/// The byte at `at` if it is a control character TOML allows in no text or comment: any but
/// tab and line feed, and a carriage return only right before a line feed.
fn control_at(s: &[u8], at: usize) -> Option<u8> {
    let c = *s.get(at)?;
    let bad =
        (c < 0x20 && c != b'\t' && c != b'\n' && !(c == b'\r' && s.get(at + 1) == Some(&b'\n')))
            || c == 0x7f;
    bad.then_some(c)
}

/// Refuses the control character `c` at `at`; `place` says where it is (`in a text`, …).
fn control_error(at: usize, c: u8, place: &str) -> SyntaxError {
    let what = if c == b'\r' {
        " (a carriage return that does not end a line)"
    } else {
        ""
    };
    SyntaxError::invalid(
        at,
        format!("control character U+{c:04X}{what} is not allowed {place}: remove it"),
    )
}

/// Whether a byte needs a look while skipping through a text or a comment: a control character
/// other than tab, which ends the line or is refused.
#[inline]
fn is_control(c: u8) -> bool {
    (c < 0x20 && c != b'\t') || c == 0x7f
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

    /// Valid TOML at the current position that this parser does not support.
    fn unsupported(&self, message: impl Into<String>) -> SyntaxError {
        SyntaxError::unsupported(self.pos, message)
    }

    /// An error at the current position; a control character there is what is wrong.
    fn error(&self, message: impl Into<String>) -> SyntaxError {
        match control_at(self.s, self.pos) {
            Some(c) => control_error(self.pos, c, "here"),
            None => SyntaxError::invalid(self.pos, message),
        }
    }

    #[inline]
    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// A comment up to (not including) the end of its line.
    fn skip_comment(&mut self) -> Result<(), SyntaxError> {
        if self.peek() == Some(b'#') {
            let rest = &self.s[self.pos..];
            self.pos += rest
                .iter()
                .position(|&c| is_control(c))
                .unwrap_or(rest.len());
            if let Some(c) = control_at(self.s, self.pos) {
                return Err(control_error(self.pos, c, "in a comment"));
            }
        }
        Ok(())
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
            self.skip_comment()?;
            if self.peek().is_none() || !self.newline() {
                return Ok(());
            }
        }
    }

    /// After a value or header: only spaces and a comment until the end of the line.
    fn end_of_line(&mut self) -> Result<(), SyntaxError> {
        self.skip_spaces();
        self.skip_comment()?;
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
                if self.starts_with("\"\"\"") || self.starts_with("'''") {
                    return Err(
                        self.error("a key cannot be a text over several lines: use \"…\" or '…'")
                    );
                }
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
            if names.len() == MAX_HEADER_NAMES {
                return Err(SyntaxError::unsupported(
                    start,
                    format!(
                        "a table header of more than {MAX_HEADER_NAMES} dotted names is not supported (the format needs at most 2, like [[theme.statement]])"
                    ),
                ));
            }
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
                table.push(
                    name.clone(),
                    Spanned::new(Value::Table(Table::default()), span.clone()),
                )?;
            }
            table = match &mut table.get_mut(name.get_ref()).expect("just added").value {
                Value::Table(t) => t,
                Value::Tables(list) => &mut list.last_mut().expect("never empty").value,
                _ => {
                    return Err(SyntaxError::invalid(
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
            (None, false) => table.push(
                last.clone(),
                Spanned::new(Value::Table(new()), span.clone()),
            )?,
            (None, true) => table.push(
                last.clone(),
                Spanned::new(
                    Value::Tables(vec![Spanned::new(new(), span.clone())]),
                    span.clone(),
                ),
            )?,
            (Some(existing), false) => match &mut existing.value {
                Value::Table(t) if !t.explicit => {
                    t.explicit = true;
                    existing.span = span.clone();
                }
                Value::Table(_) => {
                    return Err(SyntaxError::invalid(
                        start,
                        format!("`[{dotted}]` is defined twice: keep one"),
                    ));
                }
                Value::Tables(_) => {
                    return Err(SyntaxError::invalid(
                        start,
                        format!("`{dotted}` is a list of tables: write [[{dotted}]]"),
                    ));
                }
                _ => {
                    return Err(SyntaxError::invalid(
                        start,
                        format!("`{dotted}` is already a value, not a table"),
                    ));
                }
            },
            (Some(existing), true) => match &mut existing.value {
                Value::Tables(list) => list.push(Spanned::new(new(), span.clone())),
                Value::Table(_) => {
                    return Err(SyntaxError::invalid(
                        start,
                        format!("`{dotted}` is a single table: write [{dotted}]"),
                    ));
                }
                _ => {
                    return Err(SyntaxError::invalid(
                        start,
                        format!("`{dotted}` is already a value, not a table"),
                    ));
                }
            },
        }
        Ok(names.into_iter().map(|n| n.value).collect())
    }

    /// A value; `depth` counts the lists it is in.
    fn value(&mut self, depth: usize) -> Result<Spanned<Value>, SyntaxError> {
        let start = self.pos;
        match self.peek() {
            Some(b'"' | b'\'') => self.string(),
            Some(b'[') if depth >= MAX_DEPTH => Err(self.unsupported(format!(
                "lists nested more than {MAX_DEPTH} deep are not supported: lists are nested too deeply"
            ))),
            Some(b'[') => self.array(depth),
            Some(b'{') => Err(self.unsupported(
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
            Some(b'i' | b'n') if self.starts_with("inf") || self.starts_with("nan") => self.number(),
            _ => Err(self.error(
                "expected a value: a text in quotes (\"…\"), a whole number, true, false or a list ([…])",
            )),
        }
    }

    /// A decimal integer or float (`inf` and `nan` too), as TOML writes them; dates, times and
    /// hexadecimal, octal or binary numbers are refused as not supported.
    fn number(&mut self) -> Result<Spanned<Value>, SyntaxError> {
        let start = self.pos;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'+' | b'-' | b':'))
        {
            self.pos += 1;
        }
        let written = &self.text[start..self.pos];
        let span = start..self.pos;
        let b = written.as_bytes();
        let digits_then =
            |n: usize, sep: u8| b.len() > n && b[..n].iter().all(u8::is_ascii_digit) && b[n] == sep;
        let unsupported = |what: &str, fix: &str| {
            Err(SyntaxError::unsupported(
                start,
                format!("`{written}` is not a value: {what} are not supported, {fix}"),
            ))
        };
        if digits_then(4, b'-') || digits_then(2, b':') {
            return unsupported("dates and times", "write it as a text in quotes");
        }
        if b.len() > 1 && b[0] == b'0' && matches!(b[1], b'x' | b'o' | b'b') {
            return unsupported(
                "hexadecimal, octal and binary numbers",
                "write the number with the digits 0 to 9",
            );
        }
        let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
        if matches!(&written[i..], "inf" | "nan") {
            return Ok(Spanned::new(Value::Float(written.to_string()), span));
        }
        // TOML's grammar: an integer part without leading zeros, then maybe a fraction and an
        // exponent; each `_` between two digits.
        let int_start = i;
        let int_digits = digits(b, &mut i);
        let mut ok = int_digits == 1 || (int_digits > 1 && b[int_start] != b'0');
        let mut float = false;
        if b.get(i) == Some(&b'.') {
            i += 1;
            ok &= digits(b, &mut i) > 0;
            float = true;
        }
        let mantissa_end = i;
        let mut exp_start = b.len();
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            exp_start = i;
            i += usize::from(matches!(b.get(i), Some(b'+' | b'-')));
            ok &= digits(b, &mut i) > 0;
            float = true;
        }
        if !ok || i < b.len() {
            return Err(SyntaxError::invalid(
                start,
                format!(
                    "`{written}` is not a value: write a whole number like 3, or a text in quotes"
                ),
            ));
        }
        let clean = |r: std::ops::Range<usize>| written[r].replace('_', "");
        if !float {
            return clean(0..b.len())
                .parse()
                .map(|i| Spanned::new(Value::Integer(i), span))
                .map_err(|_| {
                    SyntaxError::invalid(start, format!("the number {written} is too large"))
                });
        }
        let exp = clean(exp_start..b.len());
        let exp = match exp.parse::<i64>() {
            Ok(e) => e,
            Err(_) if exp.is_empty() => 0,
            // More digits than an i64 holds: huge, or tiny.
            Err(_) if exp.starts_with('-') => i64::MIN,
            Err(_) => i64::MAX,
        };
        if overflows(&clean(int_start..mantissa_end), exp) {
            return Err(SyntaxError::invalid(
                start,
                format!("the number {written} is too large"),
            ));
        }
        Ok(Spanned::new(Value::Float(written.to_string()), span))
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
                return Err(SyntaxError::invalid(
                    start,
                    "this list is never closed: add `]`",
                ));
            }
            if items.len() == MAX_LIST_ITEMS {
                return Err(self.unsupported(format!(
                    "lists of more than {MAX_LIST_ITEMS} items are not supported"
                )));
            }
            items.push(self.value(depth + 1)?);
            self.skip_blank_lines()?;
            if self.eat(b']') {
                break;
            }
            if self.peek().is_none() {
                return Err(SyntaxError::invalid(
                    start,
                    "this list is never closed: add `]`",
                ));
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
            let special = |c: &u8| *c == q || is_control(*c) || (*c == b'\\' && !literal);
            match self.s[self.pos..].iter().position(special) {
                Some(n) => self.pos += n,
                None => {
                    return Err(SyntaxError::invalid(
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
            if c == b'\\' {
                out.push_str(&self.text[run..self.pos]);
                self.escape(multi, &mut out)?;
                run = self.pos;
                continue;
            }
            if c == b'\n' || self.starts_with("\r\n") {
                if !multi {
                    return Err(self.error(format!(
                        "this text is not closed on its line: add the closing `{quote}` (use \"\"\" for texts over several lines)"
                    )));
                }
                // Kept as written, `\r\n` too (as the `toml` crate does).
                self.pos += if c == b'\r' { 2 } else { 1 };
                continue;
            }
            if c != q {
                return Err(control_error(self.pos, c, "in a text"));
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
                return Err(SyntaxError::invalid(
                    at,
                    "invalid unicode escape: write \\u and four hex digits, like \\u00e9",
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
            if self.s.get(p) == Some(&b'\n') || self.s[p..].starts_with(b"\r\n") {
                loop {
                    match self.s.get(p) {
                        Some(b' ' | b'\t' | b'\n') => p += 1,
                        Some(b'\r') if self.s.get(p + 1) == Some(&b'\n') => p += 2,
                        _ => break,
                    }
                }
                self.pos = p;
                return Ok(());
            }
        }
        Err(SyntaxError::invalid(
            at,
            "unknown escape after `\\`: write `\\\\` for a backslash, or use '…' for a text without escapes",
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
    fn floats_are_read_as_floats() {
        for f in [
            "1.5", "0.5", "0.0", "-0.5", "+0.0", "0e1", "1E5", "1e-05", "1_0.0_1", "inf", "nan",
            "+inf", "-inf", "+nan", "-nan",
        ] {
            assert_eq!(value(f), Value::Float(f.into()), "{f}");
        }
        assert_eq!(value("-0"), Value::Integer(0));
        let err = |text: &str| {
            let e = parse(&format!("k = {text}")).unwrap_err();
            assert_eq!(e.kind, SyntaxKind::Invalid, "{text}");
            (e.at, e.message)
        };
        for wrong in [
            "01", "00.5", "0_0", "1e_5", "1_.5", "1._5", "1_e5", "1e5_", "1__0", "1.", "1e",
            "infinity",
        ] {
            assert_eq!(
                err(wrong),
                (
                    4,
                    format!(
                        "`{wrong}` is not a value: write a whole number like 3, or a text in quotes"
                    )
                )
            );
        }
        assert_eq!(err("1e309"), (4, "the number 1e309 is too large".into()));
        assert_eq!(
            err("9223372036854775808").1,
            "the number 9223372036854775808 is too large"
        );
        assert_eq!(
            value("1.7976931348623157e308"),
            Value::Float("1.7976931348623157e308".into())
        );
        // Exactly where a 64-bit float overflows: from 2^1024 - 2^970 up.
        let at = std::str::from_utf8(FLOAT_OVERFLOW).unwrap();
        assert!(err(&format!("{at}.0")).1.ends_with("is too large"));
        let below = at.replace("7792", "7791.999");
        assert_eq!(value(&below), Value::Float(below.clone()));
    }

    #[test]
    fn unsupported_features_say_so() {
        let err = |text: &str| parse(text).unwrap_err();
        assert_eq!(
            err("a = 0x1F"),
            SyntaxError::unsupported(
                4,
                "`0x1F` is not a value: hexadecimal, octal and binary numbers are not supported, write the number with the digits 0 to 9"
            )
        );
        assert_eq!(
            err("a = 07:30:00"),
            SyntaxError::unsupported(
                4,
                "`07:30:00` is not a value: dates and times are not supported, write it as a text in quotes"
            )
        );
        for text in [
            "a = { b = 1 }",
            "a.b = 1",
            "a = 2026-01-01",
            "a = 1979-05-27T07:32:00Z",
            "a = 0o7",
            "a = 0b1",
        ] {
            let e = err(text);
            assert_eq!(e.kind, SyntaxKind::NotSupported, "{text}");
            assert!(e.message.contains("not supported"), "{text}");
        }
    }

    #[test]
    fn control_characters_are_refused_where_they_are() {
        let err = |text: &str| {
            let e = parse(text).unwrap_err();
            assert_eq!(e.kind, SyntaxKind::Invalid, "{text:?}");
            (e.at, e.message)
        };
        let control = |c: &str, place: &str| {
            format!("control character U+{c} is not allowed {place}: remove it")
        };
        let cr = |place: &str| control("000D (a carriage return that does not end a line)", place);
        assert_eq!(err("a = \"x\u{1}\""), (6, control("0001", "in a text")));
        assert_eq!(err("a = 'x\u{7f}'"), (6, control("007F", "in a text")));
        assert_eq!(
            err("a = \"\"\"x\n\u{0}\"\"\""),
            (9, control("0000", "in a text"))
        );
        assert_eq!(
            err("a = '''x\n\u{1b}'''"),
            (9, control("001B", "in a text"))
        );
        assert_eq!(err("a = \"\"\"x\ry\"\"\""), (8, cr("in a text")));
        assert_eq!(err("a = '''\ry'''"), (7, cr("in a text")));
        assert_eq!(err("a = 'x\ry'"), (6, cr("in a text")));
        assert_eq!(err("# x\u{1}\na = 1"), (3, control("0001", "in a comment")));
        assert_eq!(err("a = 1 # x\u{7f}"), (9, control("007F", "in a comment")));
        assert_eq!(err("# x\ra = 1"), (3, cr("in a comment")));
        assert_eq!(err("a = 1\r"), (5, cr("here")));
        assert_eq!(err("a = \u{1}"), (4, control("0001", "here")));
        // Tab is allowed in texts and comments, and line ends in multi-line texts.
        assert_eq!(string("\"a\tb\" # c\td"), "a\tb");
        assert_eq!(string("'''a\r\nb\n'''"), "a\r\nb\n");
    }

    #[test]
    fn crlf_line_ends_are_read_as_toml_reads_them() {
        for (_, text) in crate::BUILTIN_SOURCES {
            let crlf = text.replace('\n', "\r\n");
            let ours = parse(&crlf).unwrap();
            assert_eq!(
                table_to_toml(ours.get_ref()),
                crlf.parse::<toml::Table>().unwrap()
            );
        }
        // In multi-line texts they are kept as written, as the `toml` crate does.
        assert_eq!(string("\"\"\"\r\na\r\nb\\\r\n  c\"\"\""), "a\r\nbc");
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_positions_stay_in_the_text() {
        let text = crate::BUILTIN_SOURCES[0].1;
        let with_bom = format!("\u{feff}{text}");
        let (plain, bom) = (parse(text).unwrap(), parse(&with_bom).unwrap());
        assert_eq!(table_to_toml(plain.get_ref()), table_to_toml(bom.get_ref()));
        let span = |t: &Spanned<Table>| t.get_ref().entries[0].0.span();
        assert_eq!(span(&bom), span(&plain).start + 3..span(&plain).end + 3);
        assert_eq!(parse("\u{feff}a = ?").unwrap_err().at, 7);
        // Only at the start.
        assert!(parse("a = 1\n\u{feff}b = 2").is_err());
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
        let err = |text: &str| parse(text).unwrap_err().message;
        assert!(err("a = \"open\nb = 1").contains("not closed on its line"));
        assert!(err("a = 1\na = 2").contains("set twice"));
        assert!(err("[a]\n[a]").contains("defined twice"));
        assert!(err("a = Thema").contains("a text in quotes"));
        assert!(err("a = { b = 1 }").contains("inline tables"));
        assert!(err("a = 2026-01-01").contains("is not a value"));
        assert!(err("a = 1 b = 2").contains("end of the line"));
        assert!(err("a = [1, 2").contains("never closed"));
        assert!(err(&format!("a = {}", "[".repeat(9_000))).contains("nested too deeply"));
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

    /// Both parsers accept the same documents and read the same values from them, or both
    /// refuse; the one difference allowed is ours refusing what it does not support (with a
    /// [`SyntaxKind::NotSupported`]).
    fn agree(text: &str) {
        let ours = parse(text).map(|t| table_to_toml(t.get_ref()));
        let theirs = text.parse::<toml::Table>();
        match (ours, theirs) {
            // The Debug text too, for `nan` (which is not equal to itself).
            (Ok(a), Ok(b)) => assert!(
                a == b || format!("{a:?}") == format!("{b:?}"),
                "different values for {text:?}:\nours: {a:?}\ntoml: {b:?}"
            ),
            (Err(_), Err(_)) => {}
            (Err(e), Ok(_)) if e.kind == SyntaxKind::NotSupported => {}
            (a, b) => panic!(
                "only one parser accepts this (ours: {:?}, toml: {:?}):\n{text:?}",
                a.err(),
                b.err().map(|e| e.to_string())
            ),
        }
    }

    /// What the mutations insert and put in place of a character: what matters to TOML.
    const MUTATIONS: [&str; 26] = [
        "\"", "'", "\\", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1}", "\u{7f}", "\u{feff}", "#",
        "=", "[", "]", ",", ".", "_", "e", "0", "1", "+", "-", " ", "é", "{",
    ];

    /// `text` with one of the mutations inserted at byte `i`, or put in place of the character
    /// there. `n` counts the places: as it goes up, the mutations take turns, and so do the two
    /// ways.
    fn mutated(text: &str, n: usize, i: usize) -> String {
        let m = MUTATIONS[n % MUTATIONS.len()];
        let end = if (n / MUTATIONS.len()).is_multiple_of(2) {
            i
        } else {
            i + text[i..].chars().next().map_or(0, char::len_utf8)
        };
        let mut t = text.to_string();
        t.replace_range(i..end, m);
        t
    }

    /// The text cut before each line that starts with `[`: its tables, each parsed alone is a
    /// quick test.
    fn sections(text: &str) -> Vec<&str> {
        let mut cuts: Vec<usize> = text.match_indices("\n[").map(|(i, _)| i + 1).collect();
        cuts.insert(0, 0);
        cuts.push(text.len());
        cuts.windows(2).map(|w| &text[w[0]..w[1]]).collect()
    }

    /// Every check of one file: whole, changed in many ways, and each table alone with a
    /// mutation at every other character.
    fn agree_with_changes(text: &str) {
        // As it is, with CRLF line ends, and with a byte order mark: all read.
        for whole in [
            text.to_string(),
            text.replace("\r\n", "\n").replace('\n', "\r\n"),
            format!("\u{feff}{text}"),
        ] {
            assert!(parse(&whole).is_ok(), "{:?}", parse(&whole).err());
            agree(&whole);
        }
        // Without one of its lines, and with one character less at many places.
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
        for (n, (i, _)) in text.char_indices().enumerate().step_by(97) {
            agree(&mutated(text, n, i));
        }
        for section in sections(text) {
            for (n, (i, _)) in section.char_indices().step_by(2).enumerate() {
                agree(&mutated(section, n, i));
            }
        }
    }

    #[test]
    fn toml_subset_agrees_with_toml() {
        let mini = include_str!("../../tests/fixtures/mini.toml");
        let crlf = mini.replace('\n', "\r\n");
        let mut files: Vec<&str> = crate::BUILTIN_SOURCES.iter().map(|(_, t)| *t).collect();
        files.extend([
            mini,
            include_str!("../../../../examples/mijn-scan.toml"),
            &crlf,
        ]);
        // A thread per file: this is the slowest test.
        std::thread::scope(|s| {
            for text in files {
                s.spawn(move || agree_with_changes(text));
            }
        });
        for text in [
            "a = 'x'\nb = \"\"\"\n  y \\\n  z\"\"\"\nc = [1, [2, 3], ]\n",
            "[x.y]\nz = 1\n[x]\nw = 2\n",
            "a = 1.5e3\nb = -0\nc = +7\nd = 1_000\n",
        ] {
            agree(text);
        }
        // Numbers; texts with control characters and line ends; whole documents.
        let numbers = "0 +0 -0 01 0_0 1__0 _1 1_ 9223372036854775807 9223372036854775808 \
            -9223372036854775808 0.5 0.0 -0.5 +0.0 0e1 0E1 00.5 01.5 01e1 1. .5 1.5.5 1e 1e5e5 \
            1e05 1E5 +1e+5 1e-5 1_000.000_1 1e_5 1_.5 1._5 1_e5 1e5_ 1e+_5 1.5_ inf nan +inf \
            -inf +nan -nan infinity nan_ Inf 1e308 1.7976931348623157e308 \
            1.7976931348623158e308 1.7976931348623159e308 -1e309 1e400 1e-400 0.0001e312 \
            0e99999999999999999999 1e99999999999999999999 1e-99999999999999999999 0x10 0o7 0b1 \
            +0x10 0X10 0x 1979-05-27 1979-05-27T07:32:00Z 07:32:00 07:32 1:2 1-2";
        let at = std::str::from_utf8(FLOAT_OVERFLOW).unwrap();
        let edges = [format!("{at}.0"), at.replace("7792", "7791.999")];
        let texts = "\"x\ty\" | \"x\u{1}\" | \"x\u{7f}\" | 'x\u{0}' | 'x\r' | \"x\r\" | \"x\r\n\" \
            | \"\"\"x\r\ny\"\"\" | '''x\r\ny''' | \"\"\"x\ry\"\"\" | '''x\ry''' | '''x\u{1f}''' \
            | \"\"\"\r\nx\"\"\" | \"\"\"\rx\"\"\" | \"\"\"x\\\r\n  y\"\"\" | \"\"\"x\\ \r\n y\"\"\" \
            | \"\"\"x\\ \r y\"\"\" | \"\"\"x\\\r\r\n y\"\"\" | \"\u{80}\u{feff}\" \
            | \"\\u0000\\e\\x41\" | \"\"\"a\"\"\"\" | \"\"\"a\"\"\"\"\" | \"\"\"a\"\"\"\"\"\" \
            | true\u{1} | 1\r | [1,\r2] | [\r\n1,\r\n] | {b = 1} | [1, {b = 1}] \
            | 1979-05-27 07:32:00";
        let values = numbers.split(' ').chain(edges.iter().map(String::as_str));
        for value in values.chain(texts.split(" | ")) {
            agree(&format!("a = {value}\n"));
        }
        let documents = "# c\u{1}\na = 1 | # c\u{7f} | # c\ta = 1 | # c\ra = 1 | # c\r\na = 1 \
            | # \u{80} | \u{feff}a = 1 | \u{feff}\u{feff}a = 1 | a = 1\u{feff} | \u{feff} | \r\n \
            | [a]\r | [a]\r\nb = 1\r\n | é = 1 | \"\"\"a\"\"\" = 1 | '''a''' = 1 | \"\" = 1 \
            | a.b = 1 | a . b = 1 | [[a.b]]\n[[a]] | [[a.b]]\n[a] | [a.b]\n[a]\n[a] \
            | [a]\nb = 1\n[a.b] | a = [1]\n[[a]] | [a]\n[[a]] | [[a]]\n[a]";
        for text in documents.split(" | ") {
            agree(text);
        }
    }
}
