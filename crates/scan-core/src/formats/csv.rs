//! The team's answers as CSV, for advisors who work in a spreadsheet: one row per statement
//! any respondent answered, with how many answered it and how many chose each answer. The same
//! anonymity rules as the page (it writes [`crate::aggregate`]'s picture): no column per respondent, no names, and
//! a statement with too few respondents says so instead of its counts.
//!
//! The samenwerkingsverband's picture as CSV ([`swv_csv`]): a row per school, then a row per
//! theme across the schools, under the same rules as the SWV page ([`crate::swv`]).
//!
//! Written for Dutch spreadsheets: `;` between fields, a byte order mark so the text reads as
//! UTF-8, `\r\n` line ends. The headers and notes are in the page's language ([`CsvTexts`],
//! passed in by the page); the questionnaire's texts are as it writes them. Every field is quoted; a field that starts with `=`, `+`, `-`, `@`
//! or a tab gets a leading `'`, so a spreadsheet never runs a text as a formula.
//!
//! Our own writer rather than the `csv` crate, which measured +15.3 KB brotli on the team page
//! (bench/README.md).

use crate::model::Questionnaire;
use crate::swv::{AcrossTheme, SchoolTheme, SwvPicture};
use crate::team::{Figure, TeamResults};

/// The CSV files' own words, in the page's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvTexts<'a> {
    /// "Thema".
    pub theme: &'a str,
    /// "Stelling (id)".
    pub statement_id: &'a str,
    /// "Stelling".
    pub statement: &'a str,
    /// "Respondenten".
    pub respondents: &'a str,
    /// Before an answer's label, heading its count: "Aantal".
    pub count_of: &'a str,
    /// A statement with too few respondents: "te weinig om te tonen".
    pub too_few_to_show: &'a str,
    /// Before a minimum: "minder dan".
    pub fewer_than: &'a str,
    /// The whole scan's row or columns: "Totaal".
    pub total: &'a str,
    /// "School".
    pub school: &'a str,
    /// "Schoolsoort".
    pub school_type: &'a str,
    /// After a theme's title, its three columns per school: "status", "score %", and the
    /// share of "weet ik niet", headed by the scale's own label ("Weet ik niet %",
    /// [`Questionnaire::unknown_label`]); the third word here heads it only for a scale
    /// without that option: "weet ik niet %".
    pub per_theme: [&'a str; 3],
    /// "Scholen".
    pub schools: &'a str,
    /// Before a status's label, heading its count of schools: "Aantal scholen".
    pub schools_count_of: &'a str,
    /// The columns across the schools: first quartile, median, third quartile, lowest and
    /// highest (each "… %"), "Veel scholen in risico", "Regulier en speciaal verschillen".
    pub across: [&'a str; 7],
    /// A school with too few respondents: "te weinig respondenten".
    pub too_few_respondents: &'a str,
    /// A theme with too few schools: "te weinig scholen".
    pub too_few_schools: &'a str,
    /// "ja".
    pub yes: &'a str,
    /// "nee".
    pub no: &'a str,
}

impl CsvTexts<'static> {
    /// The Dutch words, for the Dutch spreadsheets the files are written for.
    pub const DUTCH: CsvTexts<'static> = CsvTexts {
        theme: "Thema",
        statement_id: "Stelling (id)",
        statement: "Stelling",
        respondents: "Respondenten",
        count_of: "Aantal",
        too_few_to_show: "te weinig om te tonen",
        fewer_than: "minder dan",
        total: "Totaal",
        school: "School",
        school_type: "Schoolsoort",
        per_theme: ["status", "score %", "weet ik niet %"],
        schools: "Scholen",
        schools_count_of: "Aantal scholen",
        across: [
            "Eerste kwartiel %",
            "Mediaan %",
            "Derde kwartiel %",
            "Laagste %",
            "Hoogste %",
            "Veel scholen in risico",
            "Regulier en speciaal verschillen",
        ],
        too_few_respondents: "te weinig respondenten",
        too_few_schools: "te weinig scholen",
        yes: "ja",
        no: "nee",
    };
}

impl CsvTexts<'_> {
    /// "`what` (`fewer_than` `min`)": why a figure is not given.
    fn too_few(&self, what: &str, min: impl std::fmt::Display) -> String {
        format!("{what} ({} {min})", self.fewer_than)
    }
}

/// One CSV field: quoted, quotes doubled, formulas defused.
fn field(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

fn line(fields: impl IntoIterator<Item = String>) -> String {
    fields.into_iter().collect::<Vec<_>>().join(";") + "\r\n"
}

/// The CSV text for a team picture (from [`crate::aggregate`], or a team file's), with the
/// words `w`.
pub fn team_csv(q: &Questionnaire, team: &TeamResults, w: &CsvTexts) -> String {
    let mut out = String::from("\u{feff}");
    let mut header = vec![
        field(w.theme),
        field(w.statement_id),
        field(w.statement),
        field(w.respondents),
    ];
    header.extend(
        q.scale
            .iter()
            .map(|o| field(&format!("{}: {}", w.count_of, o.label))),
    );
    out += &line(header);
    for s in &team.statements {
        let theme = &q.themes[s.theme];
        let statement = &theme.statements[s.statement];
        let mut row = vec![
            field(&theme.title),
            field(&statement.id),
            field(&statement.text),
            field(&s.answered.to_string()),
        ];
        match &s.figures {
            Figure::Shown(f) => row.extend(f.counts.iter().map(|n| field(&n.to_string()))),
            _ => row.push(field(
                &w.too_few(w.too_few_to_show, q.criteria.min_statement_respondents),
            )),
        }
        out += &line(row);
    }
    out
}

/// A figure's field: the number, or empty when there is none.
fn number(n: Option<impl ToString>) -> String {
    field(&n.map_or_else(String::new, |n| n.to_string()))
}

fn yes_no(b: bool, w: &CsvTexts) -> String {
    field(if b { w.yes } else { w.no })
}

/// A school's status, score and "weet ik niet" share on one theme (or the whole scan).
fn school_theme(q: &Questionnaire, t: &SchoolTheme, w: &CsvTexts) -> [String; 3] {
    match &t.figures {
        Figure::Shown(f) => [
            field(&q.bands[f.status].label),
            number(Some(f.percent)),
            number(f.unknown_percent),
        ],
        Figure::TooFew => [
            field(&w.too_few(w.too_few_respondents, q.criteria.min_school_respondents)),
            field(""),
            field(""),
        ],
        Figure::Empty => [field(""), field(""), field("")],
    }
}

/// One theme (or the whole scan) across the schools, after its title.
fn across(q: &Questionnaire, t: &AcrossTheme, w: &CsvTexts) -> Vec<String> {
    match &t.all {
        Figure::Shown(d) => {
            let mut row = vec![field(&d.schools.to_string())];
            row.extend(d.per_band.iter().map(|n| field(&n.to_string())));
            row.extend([d.p25, d.median, d.p75].map(|n| field(&n.to_string())));
            row.extend([number(d.lowest), number(d.highest)]);
            row.push(yes_no(t.struggling, w));
            // Regular against special only says something when both have figures.
            let both = t.regular.shown().is_some() && t.special.shown().is_some();
            row.push(if both {
                yes_no(t.sectors_differ, w)
            } else {
                field("")
            });
            row
        }
        Figure::TooFew => vec![field(&w.too_few(w.too_few_schools, q.criteria.min_schools))],
        // No school has a score for it.
        Figure::Empty => vec![field("0")],
    }
}

/// The CSV text for the samenwerkingsverband's picture (from [`crate::swv::swv_picture`]): a
/// row per school (status, score and "weet ik niet" share per theme and for the whole scan),
/// an empty line, then a row per theme and the whole scan across the schools (statuses,
/// quartiles, where many schools are at risk, regular against special schools). A school
/// under `criteria.min_school_respondents` respondents and a theme with a score from fewer
/// than `criteria.min_schools` schools say so instead of their figures. With the words `w`.
pub fn swv_csv(q: &Questionnaire, p: &SwvPicture, w: &CsvTexts) -> String {
    let titles = || (q.themes.iter().map(|t| t.title.as_str())).chain([w.total]);
    let mut out = String::from("\u{feff}");
    let mut header = vec![field(w.school), field(w.school_type), field(w.respondents)];
    // The share of "weet ik niet" is headed as the respondents saw the option.
    let unknown = match q.unknown_label() {
        "" => w.per_theme[2].to_string(),
        label => format!("{label} %"),
    };
    let columns = [w.per_theme[0], w.per_theme[1], &unknown];
    for title in titles() {
        header.extend(columns.map(|c| field(&format!("{title}: {c}"))));
    }
    out += &line(header);
    for s in &p.schools {
        let types: Vec<&str> = (s.school_types.iter())
            .map(|t| q.school_type_label(t))
            .collect();
        let mut row = vec![
            field(&s.name),
            field(&types.join(", ")),
            field(&s.respondents.to_string()),
        ];
        match &s.themes {
            Figure::Shown(themes) => {
                row.extend(themes.iter().flat_map(|t| school_theme(q, t, w)));
                match s.overall.shown() {
                    Some(t) => row.extend(school_theme(q, t, w)),
                    None => row.extend([field(""), field(""), field("")]),
                }
            }
            Figure::TooFew => row.push(field(
                &w.too_few(w.too_few_respondents, q.criteria.min_school_respondents),
            )),
            Figure::Empty => {}
        }
        out += &line(row);
    }
    out += "\r\n";
    let mut header = vec![field(w.theme), field(w.schools)];
    header.extend((q.bands.iter()).map(|b| field(&format!("{}: {}", w.schools_count_of, b.label))));
    header.extend(w.across.map(field));
    out += &line(header);
    for t in p.themes.iter().chain([&p.overall]) {
        let title = t.theme.map_or(w.total, |ix| q.themes[ix].title.as_str());
        let mut row = vec![field(title)];
        row.extend(across(q, t, w));
        out += &line(row);
    }
    out
}
