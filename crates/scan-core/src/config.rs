//! Parsing and validating `questions/*.toml`.
//!
//! Every file may hold any of the top-level sections; together they must define exactly one
//! `[scan]` and one `[criteria]`. Errors are collected, not stopped at: a site owner sees every
//! problem at once, each with its file, line and column.

use std::collections::HashMap;
use std::ops::Range;

use crate::error::{ConfigError, ConfigErrors};
use crate::model::*;
use crate::toml_messages::unknown_key;
use crate::toml_subset::{self, Spanned, Table, Value};

/// One configuration file: a name for messages and its text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

type Text = Spanned<String>;
type Int = Spanned<i64>;

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

tables! {
    /// A file's sections. Each may appear in any file; `parse` checks the whole.
    struct RawFile {
        scan: Option<Spanned<RawScan>> = table(RawScan::read),
        scale: Vec<Spanned<RawOption>> = tables(RawOption::read),
        criteria: Option<Spanned<RawCriteria>> = table(RawCriteria::read),
        band: Vec<Spanned<RawBand>> = tables(RawBand::read),
        theme: Vec<Spanned<RawTheme>> = tables(RawTheme::read),
        example: Vec<Spanned<RawExample>> = tables(RawExample::read),
        school_type: Vec<Spanned<RawChoice>> = tables(RawChoice::read),
        role: Vec<Spanned<RawChoice>> = tables(RawChoice::read),
    }

    struct RawChoice {
        id: Text = text,
        label: Text = text,
    }

    struct RawScan {
        id: Text = text,
        title: Text = text,
        version: Text = text,
        language: Option<Text> = opt_text,
        intro: Text = text,
        duration_minutes: Int = int,
        scale_help: Text = text,
    }

    struct RawOption {
        id: Text = text,
        label: Text = text,
        points: Option<Int> = opt_int,
    }

    struct RawCriteria {
        low_below: Int = int,
        basic_cap: Text = text,
        unknown_flag_percent: Int = int,
        focus_max: Option<Int> = opt_int,
        examples_per_focus: Option<Int> = opt_int,
    }

    struct RawBand {
        id: Text = text,
        label: Text = text,
        min: Int = int,
        max: Int = int,
        group: Text = text,
        description: Text = text,
    }

    struct RawTheme {
        id: Text = text,
        title: Text = text,
        intro: Text = text,
        optional: bool = flag,
        school_types: Vec<Text> = texts,
        roles: Vec<Text> = texts,
        statement: Vec<Spanned<RawStatement>> = tables(RawStatement::read),
    }

    struct RawStatement {
        id: Text = text,
        text: Text = text,
        help: Option<Text> = opt_text,
        weight: Option<Int> = opt_int,
        basic: bool = flag,
        school_types: Vec<Text> = texts,
        roles: Vec<Text> = texts,
    }

    struct RawExample {
        id: Text = text,
        title: Text = text,
        text: Text = text,
        situation: Text = text,
        theme: Text = text,
        statuses: Spanned<Vec<Text>> = list,
        low_statements: Vec<Text> = texts,
    }
}

/// Reads the keys of one table by name and type. Every key asked for is allowed; when the
/// table is done, keys nobody asked for are reported as unknown (with the nearest allowed
/// one), missing required keys at the table's header, and wrong types at the value.
///
/// Each method returns None when the key is missing (if required) or of the wrong type, after
/// reporting it; optional keys give `Some(None)`, `Some(false)` or `Some(vec![])` when left out.
struct Fields<'t, 'c, 's> {
    c: &'c mut Checker<'s>,
    src: usize,
    table: &'t Spanned<Table>,
    asked: Vec<&'static str>,
    /// False once a key was missing or of the wrong type.
    ok: bool,
}

impl<'t, 'c, 's> Fields<'t, 'c, 's> {
    fn new(c: &'c mut Checker<'s>, src: usize, table: &'t Spanned<Table>) -> Self {
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
    fn get<T>(
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

    fn wrong_type(&mut self, key: &str, expected: &str, value: &Spanned<Value>) {
        let found = value.get_ref().describe();
        self.c.error(
            self.src,
            value.span(),
            format!("`{key}` must be {expected}, not {found}"),
        );
        self.ok = false;
    }

    /// A required key: reports it at the table's header when it is left out.
    fn required<T>(&mut self, key: &'static str, value: Option<Option<T>>) -> Option<T> {
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

    fn opt_text(&mut self, key: &'static str) -> Option<Option<Text>> {
        self.get(key, "a text in quotes", |_, v| match v.get_ref() {
            Value::String(s) => Some(Spanned::new(s.clone(), v.span())),
            _ => None,
        })
    }

    fn text(&mut self, key: &'static str) -> Option<Text> {
        let v = self.opt_text(key);
        self.required(key, v)
    }

    fn opt_int(&mut self, key: &'static str) -> Option<Option<Int>> {
        self.get(key, "a whole number", |_, v| match v.get_ref() {
            Value::Integer(i) => Some(Spanned::new(*i, v.span())),
            _ => None,
        })
    }

    fn int(&mut self, key: &'static str) -> Option<Int> {
        let v = self.opt_int(key);
        self.required(key, v)
    }

    /// A boolean that is false when left out.
    fn flag(&mut self, key: &'static str) -> Option<bool> {
        let v = self.get(key, "true or false", |_, v| match v.get_ref() {
            Value::Boolean(b) => Some(*b),
            _ => None,
        });
        v.map(|b| b.unwrap_or(false))
    }

    /// A list of texts, with the list's position.
    fn opt_list(&mut self, key: &'static str) -> Option<Option<Spanned<Vec<Text>>>> {
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

    fn list(&mut self, key: &'static str) -> Option<Spanned<Vec<Text>>> {
        let v = self.opt_list(key);
        self.required(key, v)
    }

    /// A list of texts that is empty when left out.
    fn texts(&mut self, key: &'static str) -> Option<Vec<Text>> {
        let v = self.opt_list(key);
        v.map(|l| l.map(Spanned::into_inner).unwrap_or_default())
    }

    /// A `[key]` table, read by `read`.
    fn table<T>(
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
    fn tables<T>(
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

    fn nested<T>(
        &mut self,
        table: &Spanned<Table>,
        read: fn(Fields) -> Option<T>,
    ) -> Option<Spanned<T>> {
        let before = self.c.errors.len();
        let value = read(Fields::new(self.c, self.src, table));
        if self.c.errors.len() > before {
            self.ok = false;
        }
        value.map(|v| Spanned::new(v, table.span()))
    }

    /// Reports the keys nobody asked for; returns `value` if every key was present and right.
    fn finish<T>(self, value: impl FnOnce() -> Option<T>) -> Option<T> {
        for (key, _) in &self.table.get_ref().entries {
            if !self.asked.contains(&key.get_ref().as_str()) {
                let message = unknown_key(key.get_ref(), &self.asked);
                self.c.error(self.src, key.span(), message);
            }
        }
        if self.ok { value() } else { None }
    }
}

/// Collects errors against the sources they were found in.
struct Checker<'a> {
    sources: &'a [Source<'a>],
    errors: Vec<ConfigError>,
}

impl Checker<'_> {
    fn error(&mut self, src: usize, span: Range<usize>, message: impl Into<String>) {
        let s = self.sources[src];
        self.errors
            .push(ConfigError::at(s.name, s.text, span.start, message));
    }

    fn position(&self, src: usize, span: &Range<usize>) -> String {
        let e = ConfigError::at(
            self.sources[src].name,
            self.sources[src].text,
            span.start,
            "",
        );
        format!("{}:{}:{}", e.file, e.line, e.column)
    }

    /// A required, non-empty text; returns it trimmed of surrounding white space.
    fn text(&mut self, src: usize, field: &str, value: &Text) -> String {
        let trimmed = value.get_ref().trim();
        if trimmed.is_empty() {
            self.error(
                src,
                value.span(),
                format!("`{field}` is empty: write a text"),
            );
        }
        trimmed.to_string()
    }

    /// A language tag: two or three letters, optionally followed by `-` and a region.
    fn language(&mut self, src: usize, value: &Text) -> String {
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
    fn reference(
        &mut self,
        src: usize,
        field: &str,
        value: &Text,
        kind: &str,
        ids: &[&str],
    ) -> Option<usize> {
        let found = ids.iter().position(|id| id == value.get_ref());
        if found.is_none() {
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

    /// An id: lowercase letters, digits and hyphens.
    fn id(&mut self, src: usize, field: &str, value: &Text) -> String {
        let id = value.get_ref();
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
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
    fn int(&mut self, src: usize, field: &str, value: &Int, range: Range<i64>, what: &str) -> u32 {
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

/// Remembers where each id was first defined, to report duplicates.
#[derive(Default)]
struct Ids(HashMap<String, (usize, Range<usize>)>);

impl Ids {
    fn add(&mut self, c: &mut Checker, kind: &str, src: usize, id: &Text) {
        if let Some((first_src, first_span)) = self.0.get(id.get_ref()) {
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

/// Parses and validates a questionnaire spread over one or more files.
pub fn parse(sources: &[Source]) -> Result<Questionnaire, ConfigErrors> {
    let mut c = Checker {
        sources,
        errors: Vec::new(),
    };
    let mut files = Vec::new();
    for (i, s) in sources.iter().enumerate() {
        match toml_subset::parse(s.text) {
            Ok(tree) => files.extend(RawFile::read(Fields::new(&mut c, i, &tree)).map(|f| (i, f))),
            Err((offset, message)) => c.error(i, offset..offset, message),
        }
    }
    if sources.is_empty() {
        c.errors.push(ConfigError {
            file: String::new(),
            line: 1,
            column: 1,
            message: "no configuration files given".into(),
        });
    }
    let q = if c.errors.is_empty() {
        build(&mut c, files)
    } else {
        None
    };
    match q {
        Some(q) if c.errors.is_empty() => Ok(q),
        _ => {
            // In file order, then by position.
            let file_index = |name: &str| sources.iter().position(|s| s.name == name);
            let mut errors: Vec<_> = c.errors.into_iter().enumerate().collect();
            // Found order breaks ties, so the sort need not be stable.
            errors.sort_unstable_by_key(|(i, e)| (file_index(&e.file), e.line, e.column, *i));
            Err(ConfigErrors(errors.into_iter().map(|(_, e)| e).collect()))
        }
    }
}

/// Takes the one occurrence of a section that must appear exactly once.
fn single<T>(
    c: &mut Checker,
    items: Vec<(usize, Spanned<T>)>,
    header: &str,
    hint: &str,
) -> Option<(usize, Spanned<T>)> {
    let mut items = items.into_iter();
    let first = items.next();
    for (src, dup) in items {
        c.error(
            src,
            dup.span(),
            format!("`{header}` is defined twice: keep one"),
        );
    }
    if first.is_none() {
        c.error(0, 0..0, format!("missing `{header}` section: {hint}"));
    }
    first
}

fn build(c: &mut Checker, files: Vec<(usize, RawFile)>) -> Option<Questionnaire> {
    let mut scans = Vec::new();
    let mut criterias = Vec::new();
    let mut scale = Vec::new();
    let mut bands = Vec::new();
    let mut themes = Vec::new();
    let mut examples = Vec::new();
    let mut school_types = Vec::new();
    let mut roles = Vec::new();
    for (src, f) in files {
        scans.extend(f.scan.map(|s| (src, s)));
        criterias.extend(f.criteria.map(|s| (src, s)));
        scale.extend(f.scale.into_iter().map(|s| (src, s)));
        bands.extend(f.band.into_iter().map(|s| (src, s)));
        themes.extend(f.theme.into_iter().map(|s| (src, s)));
        examples.extend(f.example.into_iter().map(|s| (src, s)));
        school_types.extend(f.school_type.into_iter().map(|s| (src, s)));
        roles.extend(f.role.into_iter().map(|s| (src, s)));
    }
    let scan = single(
        c,
        scans,
        "[scan]",
        "add a [scan] table with id, title, version, intro, duration_minutes and scale_help",
    );
    let criteria = single(
        c,
        criterias,
        "[criteria]",
        "add a [criteria] table with low_below, basic_cap and unknown_flag_percent",
    );

    let scale = build_scale(c, &scale);
    let max_points = scale.iter().filter_map(|o| o.points).max().unwrap_or(0);
    let bands = build_bands(c, &bands);
    let school_types = build_choices(c, &school_types, "school_type");
    let roles = build_choices(c, &roles, "role");
    let themes = build_themes(c, &themes, &school_types, &roles);
    let criteria =
        criteria.map(|(src, cr)| build_criteria(c, src, cr.get_ref(), &bands, max_points));
    let examples = build_examples(c, &examples, &themes, &bands, criteria.as_ref());

    let (src, scan) = scan?;
    let s = scan.get_ref();
    let id = c.id(src, "scan.id", &s.id);
    Some(Questionnaire {
        id,
        title: c.text(src, "scan.title", &s.title),
        version: c.text(src, "scan.version", &s.version),
        language: s
            .language
            .as_ref()
            .map_or_else(|| "nl".to_string(), |l| c.language(src, l)),
        intro: c.text(src, "scan.intro", &s.intro),
        duration_minutes: c.int(
            src,
            "scan.duration_minutes",
            &s.duration_minutes,
            1..1000,
            "a whole number of minutes from 1 to 999",
        ),
        scale_help: c.text(src, "scan.scale_help", &s.scale_help),
        scale,
        criteria: criteria?,
        bands,
        themes,
        examples,
        school_types,
        roles,
    })
}

fn build_choices(c: &mut Checker, raw: &[(usize, Spanned<RawChoice>)], kind: &str) -> Vec<Choice> {
    let mut ids = Ids::default();
    raw.iter()
        .map(|(src, r)| {
            let r = r.get_ref();
            ids.add(c, kind, *src, &r.id);
            Choice {
                id: c.id(*src, &format!("{kind}.id"), &r.id),
                label: c.text(*src, &format!("{kind}.label"), &r.label),
            }
        })
        .collect()
}

/// An audience whose ids must name defined school types and roles.
fn build_audience(
    c: &mut Checker,
    src: usize,
    field: &str,
    (school_types, roles): (&[Text], &[Text]),
    (known_types, known_roles): (&[Choice], &[Choice]),
) -> Audience {
    let mut check = |list: &[Text], known: &[Choice], key: &str, kind: &str| {
        let ids: Vec<&str> = known.iter().map(|k| k.id.as_str()).collect();
        list.iter()
            .map(|id| {
                c.reference(src, &format!("{field}.{key}"), id, kind, &ids);
                id.get_ref().clone()
            })
            .collect()
    };
    Audience {
        school_types: check(school_types, known_types, "school_types", "school_type"),
        roles: check(roles, known_roles, "roles", "role"),
    }
}

fn build_scale(c: &mut Checker, raw: &[(usize, Spanned<RawOption>)]) -> Vec<ScaleOption> {
    let mut ids = Ids::default();
    let mut out = Vec::new();
    for (src, o) in raw {
        let o_ref = o.get_ref();
        ids.add(c, "scale option", *src, &o_ref.id);
        out.push(ScaleOption {
            id: c.id(*src, "scale.id", &o_ref.id),
            label: c.text(*src, "scale.label", &o_ref.label),
            points: o_ref.points.as_ref().map(|p| {
                c.int(
                    *src,
                    "scale.points",
                    p,
                    0..101,
                    "a whole number from 0 to 100 (leave it out for \"weet ik niet\")",
                )
            }),
        });
    }
    let scored = out.iter().filter(|o| o.points.is_some()).count();
    if scored < 2 {
        let (src, span) = raw.first().map_or((0, 0..0), |(s, o)| (*s, o.span()));
        c.error(
            src,
            span,
            "`scale` needs at least two options with `points`",
        );
    } else if out.iter().filter_map(|o| o.points).max() == Some(0) {
        let (src, o) = &raw[0];
        c.error(
            *src,
            o.span(),
            "`scale` needs an option with more than 0 `points`",
        );
    }
    out
}

fn build_bands(c: &mut Checker, raw: &[(usize, Spanned<RawBand>)]) -> Vec<Band> {
    let mut ids = Ids::default();
    let mut out: Vec<Band> = Vec::new();
    for (i, (src, b)) in raw.iter().enumerate() {
        let r = b.get_ref();
        ids.add(c, "band", *src, &r.id);
        let min = c.int(
            *src,
            "band.min",
            &r.min,
            0..101,
            "a percentage from 0 to 100",
        );
        let max = c.int(
            *src,
            "band.max",
            &r.max,
            0..101,
            "a percentage from 0 to 100",
        );
        if max < min {
            c.error(
                *src,
                r.max.span(),
                format!("`band.max` ({max}) is below `band.min` ({min})"),
            );
        }
        if i == 0 && min != 0 {
            c.error(
                *src,
                r.min.span(),
                format!("the first band must start at `min = 0`, not {min}"),
            );
        }
        if let Some(prev) = out.last() {
            if min > prev.max + 1 {
                c.error(*src, r.min.span(), format!(
                    "gap between bands: \"{}\" ends at {} and \"{}\" starts at {min}; set `min = {}`",
                    prev.id, prev.max, r.id.get_ref(), prev.max + 1
                ));
            } else if min <= prev.max {
                c.error(*src, r.min.span(), format!(
                    "bands overlap: \"{}\" ends at {} and \"{}\" starts at {min}; set `min = {}`",
                    prev.id, prev.max, r.id.get_ref(), prev.max + 1
                ));
            }
        }
        if i + 1 == raw.len() && max != 100 {
            c.error(
                *src,
                r.max.span(),
                format!("the last band must end at `max = 100`, not {max}"),
            );
        }
        let group = match r.group.get_ref().as_str() {
            "strength" => BandGroup::Strength,
            "attention" => BandGroup::Attention,
            "risk" => BandGroup::Risk,
            other => {
                c.error(*src, r.group.span(), format!(
                    "`band.group` is \"{other}\": it must be \"strength\", \"attention\" or \"risk\""
                ));
                BandGroup::Attention
            }
        };
        out.push(Band {
            id: c.id(*src, "band.id", &r.id),
            label: c.text(*src, "band.label", &r.label),
            min,
            max,
            group,
            description: c.text(*src, "band.description", &r.description),
        });
    }
    if out.is_empty() {
        c.error(
            0,
            0..0,
            "missing `[[band]]`: define status bands that cover 0 to 100 percent",
        );
    }
    out
}

fn build_themes(
    c: &mut Checker,
    raw: &[(usize, Spanned<RawTheme>)],
    school_types: &[Choice],
    roles: &[Choice],
) -> Vec<Theme> {
    let mut theme_ids = Ids::default();
    let mut statement_ids = Ids::default();
    let mut out = Vec::new();
    for (src, t) in raw {
        let src = *src;
        let r = t.get_ref();
        theme_ids.add(c, "theme", src, &r.id);
        if r.statement.is_empty() {
            c.error(
                src,
                t.span(),
                format!(
                    "theme \"{}\" has no statements: add at least one `[[theme.statement]]`",
                    r.id.get_ref()
                ),
            );
        }
        let statements = r
            .statement
            .iter()
            .map(|s| {
                let s = s.get_ref();
                statement_ids.add(c, "statement", src, &s.id);
                Statement {
                    id: c.id(src, "statement.id", &s.id),
                    text: c.text(src, "statement.text", &s.text),
                    help: s.help.as_ref().map(|h| c.text(src, "statement.help", h)),
                    weight: s.weight.as_ref().map_or(1, |w| {
                        c.int(
                            src,
                            "statement.weight",
                            w,
                            1..1001,
                            "a positive whole number (1 to 1000)",
                        )
                    }),
                    basic: s.basic,
                    audience: build_audience(
                        c,
                        src,
                        "statement",
                        (&s.school_types, &s.roles),
                        (school_types, roles),
                    ),
                }
            })
            .collect();
        out.push(Theme {
            id: c.id(src, "theme.id", &r.id),
            title: c.text(src, "theme.title", &r.title),
            intro: c.text(src, "theme.intro", &r.intro),
            optional: r.optional,
            audience: build_audience(
                c,
                src,
                "theme",
                (&r.school_types, &r.roles),
                (school_types, roles),
            ),
            statements,
        });
    }
    if out.is_empty() {
        c.error(
            0,
            0..0,
            "missing `[[theme]]`: a scan needs at least one theme",
        );
    }
    out
}

fn build_criteria(
    c: &mut Checker,
    src: usize,
    r: &RawCriteria,
    bands: &[Band],
    max_points: u32,
) -> Criteria {
    let band_ids: Vec<&str> = bands.iter().map(|b| b.id.as_str()).collect();
    let basic_cap = c.reference(src, "criteria.basic_cap", &r.basic_cap, "band", &band_ids);
    let optional = |c: &mut Checker, field: &str, v: &Option<Int>, default: u32| {
        v.as_ref().map_or(default, |v| {
            c.int(src, field, v, 1..11, "a whole number from 1 to 10")
        })
    };
    Criteria {
        low_below: c.int(
            src,
            "criteria.low_below",
            &r.low_below,
            0..i64::from(max_points) + 1,
            &format!("a number of points from 0 to {max_points} (the highest on the scale)"),
        ),
        basic_cap: basic_cap.unwrap_or(0),
        unknown_flag_percent: c.int(
            src,
            "criteria.unknown_flag_percent",
            &r.unknown_flag_percent,
            1..101,
            "a percentage from 1 to 100",
        ),
        focus_max: optional(c, "criteria.focus_max", &r.focus_max, 3) as usize,
        examples_per_focus: optional(c, "criteria.examples_per_focus", &r.examples_per_focus, 3)
            as usize,
    }
}

fn build_examples(
    c: &mut Checker,
    raw: &[(usize, Spanned<RawExample>)],
    themes: &[Theme],
    bands: &[Band],
    criteria: Option<&Criteria>,
) -> Vec<Example> {
    let mut ids = Ids::default();
    let mut out = Vec::new();
    let theme_ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
    let band_ids: Vec<&str> = bands.iter().map(|b| b.id.as_str()).collect();
    for (src, e) in raw {
        let src = *src;
        let r = e.get_ref();
        ids.add(c, "example", src, &r.id);
        let theme = c.reference(src, "example.theme", &r.theme, "theme", &theme_ids);
        if r.statuses.get_ref().is_empty() {
            c.error(src, r.statuses.span(), "`example.statuses` is empty, so the example can never match: list at least one band id");
        }
        let statuses: Vec<usize> = r
            .statuses
            .get_ref()
            .iter()
            .filter_map(|s| c.reference(src, "example.statuses", s, "band", &band_ids))
            .collect();
        let mut all_basic = !r.low_statements.is_empty();
        for s in &r.low_statements {
            let found = themes.iter().enumerate().find_map(|(ti, t)| {
                t.statements
                    .iter()
                    .find(|st| &st.id == s.get_ref())
                    .map(|st| (ti, st.basic))
            });
            match (found, theme) {
                (None, _) => c.error(src, s.span(), format!(
                    "`example.low_statements` names \"{}\", which is no statement id", s.get_ref()
                )),
                (Some((ti, _)), Some(theme)) if ti != theme => c.error(src, s.span(), format!(
                    "`example.low_statements` names \"{}\" of theme \"{}\", so the example (theme \"{}\") can never match: name statements of its own theme",
                    s.get_ref(), themes[ti].id, themes[theme].id
                )),
                (Some((_, basic)), _) => all_basic &= basic,
            }
        }
        if let Some(cr) = criteria {
            if !r.low_statements.is_empty() && cr.low_below == 0 {
                c.error(src, r.low_statements[0].span(),
                    "`example.low_statements` can never match: `criteria.low_below` is 0, so no answer counts as low");
            } else if all_basic
                && !statuses.is_empty()
                && statuses.iter().all(|&s| s > cr.basic_cap)
            {
                c.error(src, r.statuses.span(), format!(
                    "the example can never match: its low_statements are basic, which caps the theme at \"{}\", but `statuses` lists only higher bands",
                    bands[cr.basic_cap].id
                ));
            }
        }
        out.push(Example {
            id: c.id(src, "example.id", &r.id),
            title: c.text(src, "example.title", &r.title),
            text: c.text(src, "example.text", &r.text),
            situation: c.text(src, "example.situation", &r.situation),
            theme: theme.unwrap_or(0),
            statuses,
            low_statements: r
                .low_statements
                .iter()
                .map(|s| s.get_ref().clone())
                .collect(),
        });
    }
    out
}
