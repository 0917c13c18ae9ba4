//! The team's answers as CSV, for advisors who work in a spreadsheet: one row per statement
//! any respondent answered, with how many answered it and how many chose each answer. The same
//! anonymity rules as the page (it writes [`crate::aggregate`]'s picture): no column per respondent, no names, and
//! a statement with too few respondents says so instead of its counts.
//!
//! Written for Dutch spreadsheets: `;` between fields, a byte order mark so the text reads as
//! UTF-8, `\r\n` line ends. Every field is quoted; a field that starts with `=`, `+`, `-`, `@`
//! or a tab gets a leading `'`, so a spreadsheet never runs a text as a formula.
//!
//! Our own writer rather than the `csv` crate, which measured +15.3 KB brotli on the team page
//! (bench/README.md).

use crate::model::Questionnaire;
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

/// The CSV text for a team picture (from [`aggregate`], or a team file's).
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
