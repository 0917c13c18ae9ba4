//! The scan format: the tables and keys of `questions/*.toml`, and reading them into a
//! [`Questionnaire`].
//!
//! Every file may hold any of the top-level sections; together they must define exactly one
//! `[scan]` and one `[criteria]`. Errors are collected, not stopped at: a site owner sees every
//! problem at once, each with its file, line and column. The rules the values must follow
//! (bands cover 0 to 100, references resolve, …) are in `config/rules.rs`.

use super::error::{ConfigError, ConfigErrors};
use super::table_reader::{Checker, Fields, Int, MAX_ERRORS, Source, Text, tables};
use super::toml_subset::{self, Spanned};
use crate::model::*;

mod rules;
use rules::*;

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
        role: Vec<Spanned<RawRole>> = tables(RawRole::read),
    }

    struct RawChoice {
        id: Text = text,
        label: Text = text,
    }

    struct RawRole {
        id: Text = text,
        label: Text = text,
        school_types: Vec<Text> = texts,
    }

    struct RawScan {
        id: Text = text,
        title: Text = text,
        version: Text = text,
        language: Option<Text> = opt_text,
        intro: Text = text,
        duration_minutes: Option<Int> = opt_int,
        scale_help: Text = text,
    }

    struct RawOption {
        id: Text = text,
        label: Text = text,
        points: Option<Int> = opt_int,
        not_applicable: bool = flag,
    }

    struct RawCriteria {
        low_below: Int = int,
        basic_cap: Text = text,
        unknown_flag_percent: Int = int,
        min_scored_percent: Option<Int> = opt_int,
        min_role_respondents: Option<Int> = opt_int,
        min_statement_respondents: Option<Int> = opt_int,
        min_school_respondents: Option<Int> = opt_int,
        min_schools: Option<Int> = opt_int,
        focus_max: Option<Int> = opt_int,
        examples_per_focus: Option<Int> = opt_int,
    }

    struct RawBand {
        id: Text = text,
        label: Text = text,
        from: Int = hundredths,
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
        basic_roles: Option<Spanned<Vec<Text>>> = opt_list,
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
        school_types: Vec<Text> = texts,
        roles: Vec<Text> = texts,
        source: Option<Text> = opt_text,
        source_url: Option<Text> = opt_text,
    }
}

/// Parses and validates a questionnaire spread over one or more files.
pub fn parse(sources: &[Source]) -> Result<Questionnaire, ConfigErrors> {
    let mut c = Checker::new(sources);
    let mut files = Vec::new();
    for (i, s) in sources.iter().enumerate() {
        match toml_subset::parse(s.text) {
            Ok(tree) => files.extend(RawFile::read(Fields::new(&mut c, i, &tree)).map(|f| (i, f))),
            Err(e) => c.error(i, e.at..e.at, e.message),
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
            let mut errors: Vec<ConfigError> = errors.into_iter().map(|(_, e)| e).collect();
            // Last, where the first one not shown is.
            if let Some(next) = c.first_not_shown {
                errors.push(ConfigError {
                    message: format!(
                        "{} more problems from here on are not shown (only the first {MAX_ERRORS} are): fix these, then check again",
                        c.problems.saturating_sub(errors.len())
                    ),
                    ..next
                });
            }
            Err(ConfigErrors(errors))
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
        "add a [scan] table with id, title, version, intro and scale_help",
    );
    let criteria = single(
        c,
        criterias,
        "[criteria]",
        "add a [criteria] table with low_below, basic_cap and unknown_flag_percent",
    );

    let scale = build_scale(c, &scale);
    let max_points = crate::model::max_points(&scale);
    let bands = build_bands(c, &bands, max_points);
    let school_types = build_choices(c, &school_types, "school_type");
    let roles = build_roles(c, &roles, &school_types);
    let themes = build_themes(c, &themes, &school_types, &roles);
    let criteria =
        criteria.map(|(src, cr)| build_criteria(c, src, cr.get_ref(), &bands, max_points));
    let examples = build_examples(
        c,
        &examples,
        (&themes, &bands, criteria.as_ref()),
        (&school_types, &roles),
    );

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
        duration_minutes: s.duration_minutes.as_ref().map(|d| {
            c.int(
                src,
                "scan.duration_minutes",
                d,
                1..1000,
                "a whole number of minutes from 1 to 999",
            )
        }),
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
