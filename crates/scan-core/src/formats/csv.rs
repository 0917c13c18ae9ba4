//! The team's answers as CSV, for advisors who work in a spreadsheet: one row per statement
//! any respondent answered, with how many answered it and how many chose each answer. The same
//! anonymity rules as the page (it writes [`crate::aggregate`]'s picture): no column per respondent, no names, and
//! a statement with too few respondents says so instead of its counts.
//!
//! The samenwerkingsverband's picture as CSV ([`swv_csv`]): a row per school, then a row per
//! theme across the schools, under the same rules as the SWV page ([`crate::swv`]).
//!
//! Written for Dutch spreadsheets: `;` between fields, a byte order mark so the text reads as
//! UTF-8, `\r\n` line ends. Every field is quoted; a field that starts with `=`, `+`, `-`, `@`
//! or a tab gets a leading `'`, so a spreadsheet never runs a text as a formula.
//!
//! Our own writer rather than the `csv` crate, which measured +15.3 KB brotli on the team page
//! (bench/README.md).

use crate::model::Questionnaire;
use crate::swv::{AcrossTheme, SchoolTheme, SwvPicture};
use crate::team::{Figure, TeamResults};

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

/// The CSV text for a team picture (from [`crate::aggregate`], or a team file's).
pub fn team_csv(q: &Questionnaire, team: &TeamResults) -> String {
    let mut out = String::from("\u{feff}");
    let mut header = vec![
        field("Thema"),
        field("Stelling (id)"),
        field("Stelling"),
        field("Respondenten"),
    ];
    header.extend(
        q.scale
            .iter()
            .map(|o| field(&format!("Aantal: {}", o.label))),
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
            _ => row.push(field(&format!(
                "te weinig om te tonen (minder dan {})",
                q.criteria.min_statement_respondents
            ))),
        }
        out += &line(row);
    }
    out
}

/// A figure's field: the number, or empty when there is none.
fn number(n: Option<impl ToString>) -> String {
    field(&n.map_or_else(String::new, |n| n.to_string()))
}

fn yes_no(b: bool) -> String {
    field(if b { "ja" } else { "nee" })
}

/// A school's status, score and "weet ik niet" share on one theme (or the whole scan).
fn school_theme(q: &Questionnaire, t: &SchoolTheme) -> [String; 3] {
    match &t.figures {
        Figure::Shown(f) => [
            field(&q.bands[f.status].label),
            number(Some(f.percent)),
            number(f.unknown_percent),
        ],
        Figure::TooFew => [
            field(&format!(
                "te weinig respondenten (minder dan {})",
                q.criteria.min_school_respondents
            )),
            field(""),
            field(""),
        ],
        Figure::Empty => [field(""), field(""), field("")],
    }
}

/// One theme (or the whole scan) across the schools, after its title.
fn across(q: &Questionnaire, t: &AcrossTheme) -> Vec<String> {
    match &t.all {
        Figure::Shown(d) => {
            let mut row = vec![field(&d.schools.to_string())];
            row.extend(d.per_band.iter().map(|n| field(&n.to_string())));
            row.extend([d.p25, d.median, d.p75].map(|n| field(&n.to_string())));
            row.extend([number(d.lowest), number(d.highest)]);
            row.push(yes_no(t.struggling));
            // Regular against special only says something when both have figures.
            let both = t.regular.shown().is_some() && t.special.shown().is_some();
            row.push(if both {
                yes_no(t.sectors_differ)
            } else {
                field("")
            });
            row
        }
        Figure::TooFew => vec![field(&format!(
            "te weinig scholen (minder dan {})",
            q.criteria.min_schools
        ))],
        // No school has a score for it.
        Figure::Empty => vec![field("0")],
    }
}

/// The CSV text for the samenwerkingsverband's picture (from [`crate::swv::swv_picture`]): a
/// row per school (status, score and "weet ik niet" share per theme and for the whole scan),
/// an empty line, then a row per theme and the whole scan across the schools (statuses,
/// quartiles, where many schools are at risk, regular against special schools). A school
/// under `criteria.min_school_respondents` respondents and a theme with a score from fewer
/// than `criteria.min_schools` schools say so instead of their figures.
pub fn swv_csv(q: &Questionnaire, p: &SwvPicture) -> String {
    const TOTAL: &str = "Totaal";
    let titles = || (q.themes.iter().map(|t| t.title.as_str())).chain([TOTAL]);
    let mut out = String::from("\u{feff}");
    let mut header = vec![field("School"), field("Schoolsoort"), field("Respondenten")];
    for title in titles() {
        header.extend(
            ["status", "score %", "weet ik niet %"].map(|c| field(&format!("{title}: {c}"))),
        );
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
                row.extend(themes.iter().flat_map(|t| school_theme(q, t)));
                match s.overall.shown() {
                    Some(t) => row.extend(school_theme(q, t)),
                    None => row.extend([field(""), field(""), field("")]),
                }
            }
            Figure::TooFew => row.push(field(&format!(
                "te weinig respondenten (minder dan {})",
                q.criteria.min_school_respondents
            ))),
            Figure::Empty => {}
        }
        out += &line(row);
    }
    out += "\r\n";
    let mut header = vec![field("Thema"), field("Scholen")];
    header.extend((q.bands.iter()).map(|b| field(&format!("Aantal scholen: {}", b.label))));
    header.extend(
        [
            "Eerste kwartiel %",
            "Mediaan %",
            "Derde kwartiel %",
            "Laagste %",
            "Hoogste %",
            "Veel scholen in risico",
            "Regulier en speciaal verschillen",
        ]
        .map(field),
    );
    out += &line(header);
    for t in p.themes.iter().chain([&p.overall]) {
        let title = t.theme.map_or(TOTAL, |ix| q.themes[ix].title.as_str());
        let mut row = vec![field(title)];
        row.extend(across(q, t));
        out += &line(row);
    }
    out
}
