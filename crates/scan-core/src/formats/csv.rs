//! The team's answers as CSV, for advisors who work in a spreadsheet: one row per statement,
//! one column per respondent, then how many chose each answer.
//!
//! Written for Dutch spreadsheets: `;` between fields, a byte order mark so the text reads as
//! UTF-8, `\r\n` line ends. Every field is quoted; a field that starts with `=`, `+`, `-`, `@`
//! or a tab gets a leading `'`, so a spreadsheet never runs a respondent's name as a formula.
//!
//! Our own writer rather than the `csv` crate, which measured +15.3 KB brotli on the team page
//! (bench/README.md).

use crate::model::Questionnaire;
use crate::team::Respondent;

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

/// How a respondent is named in the header: role label, name or initials, date of the file.
fn respondent(q: &Questionnaire, f: &Respondent, n: usize) -> String {
    let role = f.progress.profile.role.as_deref().map(|r| q.role_label(r));
    let mut parts = vec![format!("Respondent {n}")];
    parts.extend(role.map(str::to_string));
    parts.extend(f.name.clone());
    parts.join(", ")
}

/// The CSV text for the respondents' `files`.
pub fn team_csv(q: &Questionnaire, files: &[Respondent]) -> String {
    let mut out = String::from("\u{feff}");
    let mut header = vec![field("Thema"), field("Stelling (id)"), field("Stelling")];
    header.extend(
        files
            .iter()
            .enumerate()
            .map(|(i, f)| field(&respondent(q, f, i + 1))),
    );
    header.extend(
        q.scale
            .iter()
            .map(|o| field(&format!("Aantal: {}", o.label))),
    );
    out += &line(header);
    for theme in &q.themes {
        for s in &theme.statements {
            let answers: Vec<Option<&str>> = files
                .iter()
                .map(|f| f.progress.answers.get(&s.id).map(|a| a.value.as_str()))
                .collect();
            if answers.iter().all(Option::is_none) {
                continue;
            }
            let mut row = vec![field(&theme.title), field(&s.id), field(&s.text)];
            row.extend(answers.iter().map(|a| {
                let label = a.map(|id| q.option(id).map_or(id, |o| o.label.as_str()));
                field(label.unwrap_or(""))
            }));
            row.extend(q.scale.iter().map(|o| {
                let n = answers
                    .iter()
                    .filter(|a| **a == Some(o.id.as_str()))
                    .count();
                field(&n.to_string())
            }));
            out += &line(row);
        }
    }
    out
}
