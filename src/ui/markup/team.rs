use maud::{Markup, html};
use scan_core::{Figure, Questionnaire, TeamResults, TeamTally};

use super::chart::{ChartRow, band_chart};
use crate::ui::texts::Texts;

/// What the team picture is drawn from: plain data, no signals.
pub struct TeamInput<'a> {
    pub q: &'a Questionnaire,
    pub team: &'a TeamResults,
    /// The respondents' school types (ids), each once.
    pub school_types: &'a [String],
    /// Focus themes for the team, with their examples.
    pub focus: &'a [scan_core::Focus],
    /// An earlier picture to compare with: its changes per theme and its date.
    pub earlier: Option<(&'a [scan_core::Change], Option<scan_core::Millis>)>,
    /// The date of the current picture.
    pub date: Option<scan_core::Millis>,
    /// The SWV's reference opened beside the picture.
    pub beside: Option<SwvBeside<'a>>,
    pub texts: Texts,
}

/// The team beside its samenwerkingsverband ([`scan_core::swv::beside`]): per theme the
/// middle half of the schools' scores, and where the team lies.
pub struct SwvBeside<'a> {
    /// The SWV's name, as its staff typed it.
    pub swv: Option<&'a str>,
    /// Schools behind the reference.
    pub schools: usize,
    pub rows: &'a [scan_core::swv::Beside],
}

/// The team's picture: who answered, per theme the team's status, mean score, spread,
/// respondents and "weet ik niet" share; the statements seen differently; and per role.
pub fn team_body(r: &TeamInput) -> Markup {
    let (q, t, team) = (r.q, r.texts, r.team);
    // Ranked once for the list and the meeting guide.
    let ranked = scan_core::seen_differently(q, team);
    html! {
        // Who took part, per role as far as the anonymity rules let roles be shown apart: no
        // one is listed by name or one per line.
        section.spo-team-who aria-label=(t.team_who()) {
            p { (t.team_count(team.respondents)) }
            @let types = school_types(r);
            @if !types.is_empty() {
                p { (t.team_school_types()) ": " (types.join(", ")) }
            }
            ul.spo-team-files {
                @for role in &team.roles {
                    li { (q.role_label(&role.role)) ": " (role.respondents) }
                }
                @if team.not_shown_apart > 0 && !team.roles.is_empty() {
                    li { (t.team_other_roles()) ": " (team.not_shown_apart) }
                }
            }
            @if team.too_few_to_be_anonymous {
                p.spo-alert role="note" { (t.team_too_few_to_be_anonymous(team.respondents)) }
            }
        }
        (chart(r))
        // A region of its own that scrolls sideways on a phone, reachable with the keyboard.
        div.spo-table-scroll role="region" tabindex="0" aria-label=(t.team_table_label()) {
        table.spo-team-table {
            caption { (t.team_themes_caption(r.q.unknown_label())) }
            thead {
                tr {
                    th scope="col" { (t.team_theme()) }
                    th scope="col" { (t.team_status()) }
                    th scope="col" { (t.team_score()) }
                    th scope="col" { (t.team_spread()) }
                    th scope="col" { (t.team_respondents()) }
                    th scope="col" { (t.team_unknown(r.q.unknown_label())) }
                }
            }
            tbody {
                @for theme in &team.themes {
                    (row(r, &q.themes[theme.theme].title, &theme.tally))
                }
            }
            tfoot { (row(r, t.total(), &team.overall)) }
        }
        }
        (differently(r, &ranked))
        // A scan that asks no roles has no groups to show.
        @if !r.q.roles.is_empty() { (roles(r)) }
        @if let Some((changes, before)) = r.earlier {
            (over_time(r, changes, before))
        }
        @if let Some(b) = &r.beside { (beside(r, b)) }
        (focus(r))
        (guide(r, &ranked))
    }
}

/// The meeting guide: a printable agenda in the order of [`scan_core::meeting_guide`]:
/// strengths first, the statements seen most differently with an open question, what the team
/// does not know, the focus themes to choose from, then the plan.
fn guide(r: &TeamInput, ranked: &[scan_core::SeenDifferently]) -> Markup {
    let (q, t) = (r.q, r.texts);
    let g = scan_core::meeting_guide_ranked(q, r.team, r.focus, ranked);
    let status = |theme: scan_core::ThemeIx| {
        (r.team.themes.iter())
            .find(|x| x.theme == theme)
            .and_then(|x| x.tally.status)
            .map(|b| q.bands[b].label.as_str())
    };
    html! {
        section.spo-team-guide aria-labelledby="spo-guide-title" {
            h3 #spo-guide-title { (t.guide_title()) }
            p.spo-hint { (t.guide_intro()) }
            ol.spo-guide-steps {
                li {
                    h4 { (t.guide_strengths()) }
                    @if g.strengths.is_empty() {
                        p { (t.guide_no_strengths()) }
                    }
                    ul {
                        @for &theme in &g.strengths {
                            li { (q.themes[theme].title) @if let Some(s) = status(theme) { " (" (s) ")" } }
                        }
                    }
                }
                li {
                    h4 { (t.guide_differently()) }
                    @if g.seen_differently.is_empty() {
                        p { (t.guide_no_differences()) }
                    }
                    ul {
                        @for s in &g.seen_differently {
                            li {
                                p.spo-guide-statement { (q.themes[s.theme].statements[s.statement].text) }
                                p.spo-guide-question { (t.guide_differently_question()) }
                            }
                        }
                    }
                }
                li {
                    h4 { (t.guide_unknown()) }
                    @if g.little_known.is_empty() {
                        p { (t.guide_no_unknown(r.q.unknown_label())) }
                    } @else {
                        ul {
                            @for u in &g.little_known {
                                li { (q.themes[u.theme].title) ": " (u.unknown_percent) "% " (t.team_unknown(r.q.unknown_label())) }
                            }
                        }
                        p.spo-guide-question { (t.guide_unknown_question()) }
                    }
                }
                li {
                    h4 { (t.guide_focus()) }
                    @if g.focus.is_empty() {
                        p { (t.no_focus()) }
                    }
                    ul {
                        @for &theme in &g.focus {
                            li { (q.themes[theme].title) @if let Some(s) = status(theme) { " (" (s) ")" } }
                        }
                    }
                }
                li {
                    h4 { (t.guide_plan()) }
                    p { (t.guide_plan_text()) }
                }
            }
        }
    }
}

/// Per theme, the team's mean score (a dot) and lowest to highest score (a bar, where the
/// anonymity rules show it) against the status bands, an earlier picture's mean as a ring
/// ([`band_chart`]).
fn chart(r: &TeamInput) -> Markup {
    let (q, t) = (r.q, r.texts);
    let earlier = |theme: scan_core::ThemeIx| {
        r.earlier
            .and_then(|(changes, _)| changes.iter().find(|c| c.theme == theme))
            .and_then(|c| c.before)
    };
    let rows: Vec<ChartRow> = (r.team.themes.iter())
        .map(|theme| {
            let tally = &theme.tally;
            let spread = tally.spread.shown().copied();
            let mut words = match (tally.status, tally.percent) {
                (Some(s), Some(p)) => format!("{} · {p}%", q.bands[s].label),
                _ => status_words(r, tally).to_string(),
            };
            if let Some((lo, hi)) = spread {
                words.push_str(&format!(" ({lo}–{hi}%)"));
            }
            ChartRow {
                title: &q.themes[theme.theme].title,
                spread,
                dot: tally.percent,
                ring: earlier(theme.theme),
                words,
            }
        })
        .collect();
    let caption = html! {
        (t.team_chart_caption())
        @if r.earlier.is_some() { " " (t.team_chart_earlier()) }
    };
    band_chart(q, "spo-team-chart", caption, &rows)
}

/// "Onze school naast het samenwerkingsverband": per theme the schools' middle half (a bar)
/// and median (a ring) with the team's score (a dot), and a table; a difference is named in
/// words, and only where the team lies outside the middle half.
fn beside(r: &TeamInput, b: &SwvBeside) -> Markup {
    let (q, t) = (r.q, r.texts);
    let place = |x: &scan_core::swv::Beside| {
        use scan_core::swv::Place;
        match (x.place, &x.ours) {
            (Some(Place::Below), _) => t.beside_below(),
            (Some(Place::Above), _) => t.beside_above(),
            (Some(Place::Within), _) => t.beside_within(),
            (None, Figure::TooFew) => t.team_too_few_to_show(),
            (None, _) => t.not_answered_yet(),
        }
    };
    let ours = |p: &Figure<u32>| match p {
        Figure::Shown(p) => format!("{p}%"),
        Figure::TooFew => t.team_too_few_to_show().to_string(),
        Figure::Empty => "–".to_string(),
    };
    let rows: Vec<ChartRow> = (b.rows.iter())
        .map(|x| {
            let d = &x.reference;
            ChartRow {
                title: &q.themes[x.theme].title,
                spread: Some((d.p25, d.p75)),
                dot: x.ours.shown().copied(),
                ring: Some(d.median),
                words: format!(
                    "{} {} · {} {}–{}%: {}",
                    t.beside_ours(),
                    ours(&x.ours),
                    t.beside_swv(),
                    d.p25,
                    d.p75,
                    place(x)
                ),
            }
        })
        .collect();
    html! {
        section.spo-team-beside aria-labelledby="spo-beside-title" {
            h3 #spo-beside-title { (t.beside_title()) }
            p.spo-hint { (t.beside_intro(b.schools, b.swv)) }
            @if rows.is_empty() {
                p { (t.beside_none()) }
            } @else {
                (band_chart(q, "spo-team-chart", html! { (t.beside_caption()) }, &rows))
                div.spo-table-scroll role="region" tabindex="0" aria-label=(t.beside_table()) {
                    table.spo-team-table {
                        thead { tr {
                            th scope="col" { (t.team_theme()) }
                            th scope="col" { (t.beside_ours()) }
                            th scope="col" { (t.beside_schools()) }
                            th scope="col" { (t.beside_place()) }
                        } }
                        tbody {
                            @for x in b.rows {
                                tr {
                                    th scope="row" { (q.themes[x.theme].title) }
                                    td { (ours(&x.ours)) }
                                    td { (x.reference.p25) "–" (x.reference.p75) "% (" (t.median_word()) " " (x.reference.median) "%)" }
                                    td {
                                        @match x.place {
                                            Some(scan_core::swv::Place::Within) | None => (place(x)),
                                            _ => span.spo-tag { (place(x)) },
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
}

/// The labels of the respondents' school types: no counts, which could single one out.
fn school_types<'a>(r: &TeamInput<'a>) -> Vec<&'a str> {
    let mut types: Vec<&str> = (r.school_types.iter())
        .map(|id| r.q.school_type_label(id))
        .collect();
    types.sort_unstable();
    types.dedup();
    types
}

/// `dd-mm-jjjj`, or a dash without a date.
pub(super) fn date(millis: Option<scan_core::Millis>) -> String {
    millis.map_or_else(
        || "–".to_string(),
        |m| {
            let (y, mo, d) = scan_core::date_of(m);
            format!("{d:02}-{mo:02}-{y}")
        },
    )
}

/// Per theme, the earlier and current score and status, and the change as an arrow with its
/// number and a word (never colour alone).
fn over_time(
    r: &TeamInput,
    changes: &[scan_core::Change],
    before: Option<scan_core::Millis>,
) -> Markup {
    let (q, t) = (r.q, r.texts);
    let status = |s: Option<scan_core::BandIx>, p: Option<u32>| match (s, p) {
        (Some(s), Some(p)) => format!("{} · {p}%", q.bands[s].label),
        _ => "–".to_string(),
    };
    html! {
        section.spo-team-over-time {
            h3 { (t.team_over_time()) }
            div.spo-table-scroll role="region" tabindex="0" aria-label=(t.team_over_time()) {
                table.spo-team-table {
                    thead {
                        tr {
                            th scope="col" { (t.team_theme()) }
                            th scope="col" { (t.team_before()) " " span.spo-nowrap { "(" (date(before)) ")" } }
                            th scope="col" { (t.team_now()) " " span.spo-nowrap { "(" (date(r.date)) ")" } }
                            th scope="col" { (t.team_change()) }
                        }
                    }
                    tbody {
                        @for c in changes {
                            tr {
                                th scope="row" { (q.themes[c.theme].title) }
                                td { (status(c.status_before, c.before)) }
                                td { (status(c.status_after, c.after)) }
                                td.spo-change {
                                    @match c.delta() {
                                        Some(d) if d > 0 => { span aria-hidden="true" { "▲ " } (t.team_up(d)) }
                                        Some(d) if d < 0 => { span aria-hidden="true" { "▼ " } (t.team_down(-d)) }
                                        Some(_) => { span aria-hidden="true" { "= " } (t.team_same()) }
                                        None => "–",
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

/// The team's focus themes with practice examples.
fn focus(r: &TeamInput) -> Markup {
    let (q, t) = (r.q, r.texts);
    html! {
        section.spo-team-focus {
            h3 { (t.focus_title()) }
            p.spo-hint { (t.team_focus_intro()) }
            @if r.focus.is_empty() {
                p.spo-empty { (t.no_focus()) }
            }
            @for f in r.focus {
                article.spo-focus-theme {
                    h4 { (q.themes[f.theme].title) }
                    (super::results::examples(q, &f.examples, t, None))
                }
            }
        }
    }
}

/// A theme's team status in words: its band, or why there is none.
fn status_words<'a>(r: &TeamInput<'a>, tally: &TeamTally) -> &'a str {
    let t = r.texts;
    match (tally.status, tally.score(), tally.unknown_percent) {
        (Some(s), _, _) => &r.q.bands[s].label,
        (None, Figure::TooFew, _) => t.team_too_few_to_show(),
        (None, _, None) => t.not_answered_yet(),
        (None, _, Some(_)) => t.too_few(),
    }
}

/// One theme's row of the team table.
fn row(r: &TeamInput, title: &str, tally: &TeamTally) -> Markup {
    let t = r.texts;
    html! {
        tr {
            th scope="row" { (title) }
            td { (status_words(r, tally)) }
            td { @if let Some(p) = tally.percent { (p) "%" } @else { "–" } }
            td {
                @match tally.spread {
                    Figure::Shown((lo, hi)) => { (lo) "–" (hi) "%" }
                    Figure::TooFew => span.spo-too-few { (t.team_too_few_to_show()) },
                    Figure::Empty => "–",
                }
            }
            td { (tally.respondents) }
            td { @if let Some(u) = tally.unknown_percent { (u) "%" } @else { "–" } }
        }
    }
}

/// How many of the statements seen differently are listed open; the rest are one click away.
const DIFFERENTLY_FIRST: usize = 5;

/// The statements the team sees differently, the most different first, with how many chose
/// each answer: the first [`DIFFERENTLY_FIRST`] open, the rest folded, since in a large team
/// many statements have two answers two steps apart.
fn differently(r: &TeamInput, ranked: &[scan_core::SeenDifferently]) -> Markup {
    let t = r.texts;
    let differing: Vec<_> = ranked
        .iter()
        .filter_map(|d| {
            // The team's statements are in questionnaire order.
            let at = (r.team.statements)
                .binary_search_by_key(&(d.theme, d.statement), |s| (s.theme, s.statement));
            r.team.statements.get(at.ok()?)
        })
        .collect();
    let (first, more) = differing.split_at(differing.len().min(DIFFERENTLY_FIRST));
    let withheld = r
        .team
        .statements
        .iter()
        .filter(|s| s.figures == Figure::TooFew)
        .count();
    html! {
        section.spo-team-differently {
            h3 { (t.team_differently()) }
            p.spo-hint { (t.team_differently_intro()) }
            @if differing.is_empty() {
                p.spo-empty { (t.team_no_differences()) }
            }
            @if withheld > 0 {
                p.spo-hint { (t.team_statements_withheld(withheld, r.q.criteria.min_statement_respondents)) }
            }
            ul.spo-team-statements {
                @for s in first {
                    (statement_counts(r, s, false))
                }
            }
            @if !more.is_empty() {
                details.spo-team-more {
                    summary { (t.team_differently_more(more.len())) }
                    ul.spo-team-statements {
                        @for s in more {
                            (statement_counts(r, s, false))
                        }
                    }
                }
            }
        }
        // Every answered statement with its distribution, the differing ones marked.
        details.spo-team-all {
            summary { (t.team_all_statements()) }
            ul.spo-team-statements {
                @for s in &r.team.statements {
                    (statement_counts(r, s, true))
                }
            }
        }
    }
}

/// A statement with how many chose each answer, with `mark`ed when it is seen differently;
/// with too few respondents, only that it is withheld.
fn statement_counts(r: &TeamInput, s: &scan_core::TeamStatement, mark: bool) -> Markup {
    let (q, t) = (r.q, r.texts);
    let statement = &q.themes[s.theme].statements[s.statement];
    let Figure::Shown(s) = &s.figures else {
        return html! {
            li {
                p.spo-team-statement { (statement.text) }
                p.spo-team-counts.spo-too-few { (t.team_statement_withheld(s.answered)) }
            }
        };
    };
    html! {
        li {
            p.spo-team-statement { (statement.text) }
            @if mark && s.seen_differently {
                p.spo-tag { (t.team_differently()) }
            }
            // Not a `.spo-tag`: that marks the statements seen differently.
            @if s.basic.is_some() {
                p.spo-team-basic-for {
                    span.spo-basic { (t.basic_label()) }
                    @if !statement.basic_roles.is_empty() {
                        " " (t.team_basic_for())
                        @for (n, role) in statement.basic_roles.iter().enumerate() {
                            @if n > 0 { ", " }
                            (q.role_label(role))
                        }
                    }
                }
            }
            p.spo-team-counts {
                @for (i, o) in q.scale.iter().enumerate() {
                    @if i > 0 { " · " }
                    (o.label) ": " (s.counts[i])
                }
            }
            @if let Some(b) = s.basic {
                p.spo-hint.spo-team-basic { (t.team_basic(b.low, b.unknown, r.q.unknown_label())) }
            }
        }
    }
}

/// Per role, the theme scores, for roles with enough respondents.
fn roles(r: &TeamInput) -> Markup {
    let (q, t, team) = (r.q, r.texts, r.team);
    html! {
        section.spo-team-roles {
            h3 { (t.team_roles()) }
            p.spo-hint { (t.team_roles_intro(q.criteria.min_role_respondents, team.not_shown_apart)) }
            @if !team.roles.is_empty() {
                div.spo-table-scroll role="region" tabindex="0" aria-label=(t.team_roles()) {
                table.spo-team-table {
                    thead {
                        tr {
                            th scope="col" { (t.team_theme()) }
                            @for role in &team.roles {
                                th scope="col" { (q.role_label(&role.role)) " (" (role.respondents) ")" }
                            }
                        }
                    }
                    tbody {
                        @for (i, theme) in team.themes.iter().enumerate() {
                            tr {
                                th scope="row" { (q.themes[theme.theme].title) }
                                @for role in &team.roles {
                                    td {
                                        @match role.themes[i] {
                                            Figure::Shown(p) => { (p) "%" }
                                            Figure::TooFew => span.spo-too-few { (t.team_too_few_to_show()) },
                                            Figure::Empty => "–",
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
    }
}

/// The plan as it is printed: per focus theme its goal, actions, who, by when and examples.
pub fn plan_summary(q: &Questionnaire, plan: &scan_core::Plan, t: Texts) -> Markup {
    let title = |id: &str| {
        q.theme_index(id)
            .map_or(id, |i| q.themes[i].title.as_str())
            .to_string()
    };
    let example = |id: &str| {
        q.examples
            .iter()
            .find(|e| e.id == id)
            .map_or(id, |e| e.title.as_str())
            .to_string()
    };
    html! {
        @if plan.is_empty() {
            p.spo-empty { (t.plan_empty()) }
        }
        @for (i, item) in plan.items.iter().enumerate() {
            // On paper what was agreed: a field left empty is left out.
            article.spo-plan-print {
                h4 {
                    (t.plan_item(i + 1))
                    @if !item.theme.is_empty() { ": " (title(&item.theme)) }
                }
                dl {
                    @for (label, value) in [
                        (t.plan_goal(), &item.goal),
                        (t.plan_actions(), &item.actions),
                        (t.plan_who(), &item.who),
                        (t.plan_when(), &item.by_when),
                    ] {
                        @if !value.trim().is_empty() { dt { (label) } dd { (value) } }
                    }
                    @if !item.examples.is_empty() {
                        dt { (t.plan_examples()) }
                        dd {
                            @for (n, e) in item.examples.iter().enumerate() {
                                @if n > 0 { "; " }
                                (example(e))
                            }
                        }
                    }
                }
            }
        }
    }
}
