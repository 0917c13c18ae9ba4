//! The samenwerkingsverband's picture ([`scan_core::swv::SwvPicture`]) as static markup: per
//! theme across the schools (a chart and its table), then per school. Pure, so native tests
//! feed it hostile school names.

use maud::{Markup, html};
use scan_core::Figure;
use scan_core::Questionnaire;
use scan_core::swv::{AcrossTheme, Distribution, SchoolChange, SchoolTheme, SwvChange, SwvPicture};

use super::chart::{ChartRow, band_chart};
use crate::ui::texts::Texts;

/// What the SWV's picture is drawn from: plain data, no signals.
pub struct SwvInput<'a> {
    pub q: &'a Questionnaire,
    /// The schools in the order the page chose.
    pub picture: &'a SwvPicture,
    /// The school type the page shows alone (its label), if any.
    pub only: Option<&'a str>,
    /// The changes since an earlier round ([`scan_core::swv::swv_changes`]), when given, and
    /// the newest team file of that round.
    pub changes: Option<(
        &'a [SchoolChange],
        &'a [SwvChange],
        Option<scan_core::Millis>,
    )>,
    pub texts: Texts,
}

/// The whole picture below the file picker.
pub fn swv_body(r: &SwvInput) -> Markup {
    let (q, p, t) = (r.q, r.picture, r.texts);
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
        p.spo-hint { (t.swv_files_until(&super::team::date(newest(p)))) }
        @if let Some(label) = r.only { p.spo-swv-filtered { (t.swv_filtered(label)) } }
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
            p.spo-hint { (t.swv_notable_note()) }
            @if p.themes.iter().any(|a| matches!(a.all, Figure::Empty)) { p.spo-hint { (t.swv_no_score_note()) } }
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
        @if let Some((schools, swv, before)) = r.changes {
            (over_time(q, t, schools, swv, (before, newest(p))))
        }
    }
}

/// "45% → 52% (7 procentpunt hoger)".
fn change_words(t: Texts, before: u32, after: u32) -> String {
    let d = i64::from(after) - i64::from(before);
    let how = match d {
        d if d > 0 => t.team_up(d),
        d if d < 0 => t.team_down(-d),
        _ => t.team_same().to_string(),
    };
    format!("{before}% → {after}% ({how})")
}

/// When the newest team file of a picture was made.
pub fn newest(p: &SwvPicture) -> Option<scan_core::Millis> {
    p.schools.iter().map(|s| s.made_at).max()
}

/// "In de tijd": which rounds, the SWV's median per theme, then per school and theme, before
/// and after.
fn over_time(
    q: &Questionnaire,
    t: Texts,
    schools: &[SchoolChange],
    swv: &[SwvChange],
    (before, now): (Option<scan_core::Millis>, Option<scan_core::Millis>),
) -> Markup {
    let (before, now) = (super::team::date(before), super::team::date(now));
    // The school changes come per school, theme by theme; one row per school.
    let mut rows: Vec<(&str, Vec<Option<&SchoolChange>>)> = Vec::new();
    for c in schools {
        if rows.last().is_none_or(|(name, _)| *name != c.school) {
            rows.push((&c.school, vec![None; q.themes.len()]));
        }
        if let Some((_, cells)) = rows.last_mut() {
            cells[c.theme.0] = Some(c);
        }
    }
    html! {
        section.spo-swv-over-time aria-labelledby="spo-swv-over-time" {
            h3 #spo-swv-over-time { (t.swv_over_time()) }
            p { (t.swv_rounds(&before, &now)) }
            @if schools.is_empty() && swv.is_empty() { p { (t.swv_no_changes()) } }
            @if swv.is_empty() && !schools.is_empty() { p { (t.swv_over_time_no_swv()) } }
            @if !swv.is_empty() {
                h4 { (t.swv_over_time_swv()) }
                ul.spo-swv-changes {
                    @for c in swv { li { (q.themes[c.theme].title) ": " (change_words(t, c.before, c.after)) } }
                }
            }
            @if !rows.is_empty() {
                h4 { (t.swv_over_time_schools()) }
                p.spo-hint { (t.swv_over_time_note()) }
                div.spo-table-scroll role="region" tabindex="0" aria-label=(t.swv_over_time_schools()) {
                    table.spo-team-table.spo-swv-table {
                        thead { tr {
                            th scope="col" { (t.swv_school()) }
                            @for theme in &q.themes { th scope="col" { (theme.title) } }
                        } }
                        tbody {
                            @for (name, cells) in &rows {
                                tr {
                                    th scope="row" { (name) }
                                    @for c in cells {
                                        td { @match c { Some(c) => (change_words(t, c.before, c.after)), None => "–" } }
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
    format!("{}–{}% ({} {}%)", d.p25, d.p75, t.median_word(), d.median)
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
        @match &x.figures {
            Figure::Shown(f) => {
                (q.bands[f.status].label) " · " (f.percent) "%"
                // "Weet ik niet" only where someone said it, so the table stays readable.
                @if let Some(u) = f.unknown_percent.filter(|u| *u > 0) { br; span.spo-hint { (t.team_unknown(q.unknown_label())) ": " (u) "%" } }
            }
            Figure::TooFew => span.spo-too-few { (t.swv_too_few_respondents()) },
            Figure::Empty => "–",
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
                        @if !a.struggling && !a.sectors_differ { (t.swv_nothing_notable()) }
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
