//! The samenwerkingsverband's picture ([`scan_core::swv::SwvPicture`]) as static markup: per
//! theme across the schools (a chart and its table), then per school. Pure, so native tests
//! feed it hostile school names.

use maud::{Markup, html};
use scan_core::Figure;
use scan_core::Questionnaire;
use scan_core::swv::{AcrossTheme, Distribution, SchoolTheme, SwvPicture};

use super::chart::{ChartRow, band_chart};
use crate::ui::texts::Texts;

/// The whole picture below the file picker.
pub fn swv_body(q: &Questionnaire, p: &SwvPicture, t: Texts) -> Markup {
    let c = &q.criteria;
    let rows: Vec<ChartRow> = (p.themes.iter())
        .filter_map(|a| {
            let d = a.all.shown()?;
            Some(ChartRow {
                title: &q.themes[a.theme?].title,
                spread: Some((d.p25, d.p75)),
                dot: Some(d.median),
                ring: None,
                words: middle_words(t, d),
            })
        })
        .collect();
    html! {
        p.spo-swv-count { (t.swv_count(p.schools.len(), p.shown_schools)) }
        p.spo-hint { (t.swv_rules(c.min_school_respondents, c.min_schools)) }
        section.spo-swv-across {
            h3 { (t.swv_across_title()) }
            p.spo-hint { (t.swv_across_intro()) }
            @if !rows.is_empty() { (band_chart(q, "spo-team-chart", html! { (t.swv_chart_caption()) }, &rows)) }
            div.spo-table-scroll role="region" tabindex="0" aria-label=(t.swv_across_title()) {
                table.spo-team-table {
                    thead { tr {
                        th scope="col" { (t.team_theme()) }
                        th scope="col" { (t.swv_statuses()) }
                        th scope="col" { (t.swv_middle()) }
                        th scope="col" { (t.swv_median()) }
                        th scope="col" { (t.swv_notable()) }
                    } }
                    tbody {
                        @for a in &p.themes { (across_row(q, t, a)) }
                    }
                    tfoot { (across_row(q, t, &p.overall)) }
                }
            }
        }
        section.spo-swv-schools {
            h3 { (t.swv_schools_title()) }
            div.spo-table-scroll role="region" tabindex="0" aria-label=(t.swv_schools_title()) {
                table.spo-team-table.spo-swv-table {
                    thead { tr {
                        th scope="col" { (t.swv_school()) }
                        th scope="col" { (t.swv_types()) }
                        @for theme in &q.themes { th scope="col" { (theme.title) } }
                        th scope="col" { (t.total()) }
                    } }
                    tbody {
                        @for s in &p.schools {
                            tr {
                                th scope="row" { (s.name) br; span.spo-hint { (t.team_count(s.respondents)) } }
                                td { (types(q, &s.school_types)) }
                                @match (&s.themes, &s.overall) {
                                    (Figure::Shown(themes), Figure::Shown(overall)) => {
                                        @for x in themes { td { (school_cell(q, t, x)) } }
                                        td { (school_cell(q, t, overall)) }
                                    }
                                    _ => {
                                        td.spo-too-few colspan=(q.themes.len() + 1) { (t.swv_too_few_respondents()) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// "30–55% (mediaan 40%)".
fn middle_words(t: Texts, d: &Distribution) -> String {
    format!(
        "{}–{}% ({} {}%)",
        d.p25,
        d.p75,
        t.swv_median().to_lowercase(),
        d.median
    )
}

/// The school types' labels, joined.
fn types(q: &Questionnaire, ids: &[String]) -> String {
    (ids.iter())
        .map(|id| q.school_type_label(id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn school_cell(q: &Questionnaire, t: Texts, x: &SchoolTheme) -> Markup {
    html! {
        @match (x.status, x.percent) {
            (Some(s), Some(p)) => {
                (q.bands[s].label) " · " (p) "%"
                @if let Some(u) = x.unknown_percent { br; span.spo-hint { (t.team_unknown()) ": " (u) "%" } }
            }
            _ => "–",
        }
    }
}

fn across_row(q: &Questionnaire, t: Texts, a: &AcrossTheme) -> Markup {
    let title = a.theme.map_or(t.total(), |i| q.themes[i].title.as_str());
    let too_few = t.swv_too_few_schools(q.criteria.min_schools);
    html! {
        tr {
            th scope="row" { (title) }
            @match &a.all {
                Figure::Shown(d) => {
                    td { (per_band(q, d)) }
                    td { (d.p25) "–" (d.p75) "%" }
                    td { (d.median) "%" }
                    td {
                        @if a.struggling { span.spo-tag { (t.swv_struggling()) } " " }
                        @if a.sectors_differ {
                            span.spo-tag { (t.swv_sectors_differ()) } br;
                            @if let (Some(r), Some(s)) = (a.regular.shown(), a.special.shown()) {
                                (t.swv_regular()) ": " (middle_words(t, r)) br;
                                (t.swv_special()) ": " (middle_words(t, s))
                            }
                        }
                    }
                }
                Figure::TooFew => { td.spo-too-few colspan="4" { (too_few) } }
                Figure::Empty => { td colspan="4" { "–" } }
            }
        }
    }
}

/// "Oriënterend: 2 · In ontwikkeling: 2 · …", every band, so a zero is said too.
fn per_band(q: &Questionnaire, d: &Distribution) -> String {
    (q.bands.iter().zip(&d.per_band))
        .map(|(b, n)| format!("{}: {n}", b.label))
        .collect::<Vec<_>>()
        .join(" · ")
}
