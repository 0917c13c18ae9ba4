use maud::{Markup, html};
use scan_core::{
    Advice, BandGroup, BandIx, Progress, Questionnaire, Results, Tally, ThemeIx, ThemeResult,
};

use super::ElementIds;
use super::score_bar::score_bar;
use crate::lazy_parts::Examples;
use crate::ui::texts::Texts;

/// What the results screen's static part is drawn from: plain data, no signals.
pub struct ResultsInput<'a> {
    pub q: &'a Questionnaire,
    pub results: &'a Results,
    pub advice: &'a Advice,
    /// For the notes on the cards.
    pub progress: &'a Progress,
    pub texts: Texts,
    pub ids: ElementIds<'a>,
    /// The questionnaire's language, when it differs from the interface's (WCAG 3.1.2).
    pub content_lang: Option<&'a str>,
}

/// Everything between the results heading and the focus themes: the summary and the groups of
/// theme cards (strengths, attention, risks, unanswered). Each card's "Wijzig antwoorden" button
/// carries `data-theme`, its theme's index.
pub fn results_body(r: &ResultsInput) -> Markup {
    let (t, o, advice) = (r.texts, &r.results.overall, r.advice);
    let labels = |group: BandGroup| -> Vec<&str> {
        r.q.bands
            .iter()
            .filter(|b| b.group == group)
            .map(|b| b.label.as_str())
            .collect()
    };
    let profile = &r.progress.profile;
    let last_answer = r.progress.answers.values().map(|a| a.at).max();
    html! {
        // On paper, whose picture this is: several printouts on an advisor's table.
        p.spo-print-only.spo-print-who {
            (t.print_who(
                profile.school_type.as_deref().map(|s| r.q.school_type_label(s)),
                profile.role.as_deref().map(|s| r.q.role_label(s)),
                last_answer.map(|m| super::team::date(Some(m))),
                &r.q.title,
                &r.q.version,
            ))
        }
        div.spo-summary {
            p.spo-summary__label { (t.total()) }
            p.spo-summary__status { (status(r, o, &t.only_unknown(r.q.unknown_label()))) }
            (score_bar(r.q, o.percent, o.status))
            @let (given, asked) = o.filled_in();
            p { (t.completeness(given, asked, o.unknown, r.q.unknown_label())) }
            @if o.capped {
                @let title = |i: ThemeIx| r.q.themes[i].title.as_str();
                @let low: Vec<&str> = r.results.themes_with_basic_low().map(title).collect();
                @let unknown: Vec<&str> = r.results.themes_with_basic_unknown().map(title).collect();
                p.spo-flag { (t.capped_overall(&r.q.bands[r.q.criteria.basic_cap].label, &low, &unknown)) }
            }
            @if o.too_few {
                p.spo-hint { (t.too_few_hint(r.q.unknown_label())) }
            }
            @if o.insufficient_insight {
                p.spo-flag { (t.insight_overall(r.q.unknown_label())) }
            }
            p.spo-hint { (t.results_own_view(r.q.is_swv(r.progress.profile.school_type.as_deref()))) }
        }
        (statuses(r))
        (group(r, "strengths", t.strengths(), &t.with_status(&labels(BandGroup::Strength), false), &advice.strengths))
        (group(r, "attention", t.attention(), &t.with_status(&labels(BandGroup::Attention), false), &advice.attention))
        (group(r, "risks", t.risks(), &t.with_status(&labels(BandGroup::Risk), true), &advice.risks))
        @if !advice.unanswered.is_empty() {
            (group(r, "open", t.unanswered(), t.unanswered_intro(), &advice.unanswered))
        }
    }
}

/// The focus themes under their heading (which the screen draws, so that it keeps keyboard
/// focus while this part is drawn again): each with its practice examples once `examples` are
/// in the questionnaire, else a line that they are loading, or why they are not there with a
/// button (`data-retry-examples`) to try again.
pub fn focus_themes(r: &ResultsInput, examples: Examples) -> Markup {
    let t = r.texts;
    html! {
        @if r.advice.focus.is_empty() {
            p.spo-empty { (t.no_focus()) }
        }
        @if !r.advice.focus.is_empty() {
            @match examples {
                Examples::Ready => {},
                Examples::Later | Examples::Loading => p.spo-hint { (t.examples_loading()) },
                Examples::Failed(problem) => div."spo-flag"."spo-examples-problem" {
                    p { (t.examples_problem(problem)) }
                    button.spo-button type="button" data-retry-examples { (t.try_again()) }
                },
            }
        }
        @for f in &r.advice.focus {
            (focus_theme(r, f, examples == Examples::Ready))
        }
    }
}

/// What each status means: the bands' labels and descriptions, from the configuration; and,
/// when the respondent has basic statements, "niet gehaald" and "onbekend" told apart.
fn statuses(r: &ResultsInput) -> Markup {
    let role = r.progress.profile.role.as_deref();
    let has_basic =
        r.q.themes
            .iter()
            .flat_map(|th| &th.statements)
            .any(|s| s.is_basic_for(role));
    let (enough, unknown) = r.q.basic_labels();
    let cap = &r.q.bands[r.q.criteria.basic_cap].label;
    html! {
        details.spo-statuses open {
            summary { (r.texts.statuses_title()) }
            dl {
                @for (i, b) in r.q.bands.iter().enumerate() {
                    dt lang=[r.content_lang] { (b.label) }
                    dd {
                        span lang=[r.content_lang] { (b.description) }
                        " "
                        span.spo-band-range { (band_range(r, BandIx(i))) }
                    }
                }
            }
            p.spo-hint { (mean_explained(r)) }
            @if has_basic {
                p.spo-hint.spo-basic-legend { (r.texts.basic_legend(cap, enough, unknown)) }
            }
        }
    }
}

/// What the legend's means count: each scored option's points, and the options that do not.
fn mean_explained(r: &ResultsInput) -> String {
    let scored: Vec<(&str, u32)> = (r.q.scale.iter())
        .filter_map(|o| Some((o.label.as_str(), o.points()?)))
        .collect();
    let unscored: Vec<&str> = (r.q.scale.iter())
        .filter(|o| o.points().is_none())
        .map(|o| o.label.as_str())
        .collect();
    r.texts.mean_explained(&scored, &unscored)
}

/// "Gemiddeld tussen ‘Grotendeels’ en ‘Volledig’, onder 2,7." for band `i`, in the interface's
/// language.
fn band_range(r: &ResultsInput, i: BandIx) -> String {
    let sep = if r.texts.0 == crate::ui::texts::Lang::Nl {
        ','
    } else {
        '.'
    };
    r.texts.band_range(r.q.band_on_scale(i), sep)
}

/// "Gevorderd · 75%" (the band label marked with the questionnaire's language), or why there
/// is no status.
fn status(r: &ResultsInput, tally: &Tally, no_score: &str) -> Markup {
    html! {
        @match (tally.status, tally.answered) {
            (Some(s), _) => {
                span lang=[r.content_lang] { (r.q.bands[s].label) }
                " · " (tally.percent.unwrap_or(0)) "%"
            }
            (None, 0) => (r.texts.not_answered_yet()),
            (None, _) if tally.too_few => (r.texts.too_few()),
            (None, _) => (no_score),
        }
    }
}

/// A group of theme cards under a heading, or a line saying it is empty.
fn group(r: &ResultsInput, key: &str, title: &str, intro: &str, themes: &[ThemeIx]) -> Markup {
    let id = r.ids.id(key);
    html! {
        section class={ "spo-group spo-group--" (key) } aria-labelledby=(id) {
            h3 id=(id) { (title) }
            p.spo-hint { (intro) }
            @if themes.is_empty() {
                p.spo-empty { (r.texts.empty_group()) }
            } @else {
                ul.spo-cards {
                    @for result in themes.iter().filter_map(|&theme| r.results.theme(theme)) {
                        (card(r, result))
                    }
                }
            }
        }
    }
}

/// One theme's card: status, bar, counts, a button to change its answers, flags and note.
fn card(r: &ResultsInput, result: &ThemeResult) -> Markup {
    let (t, q, lang) = (r.texts, r.q, r.content_lang);
    let theme = &q.themes[result.theme];
    let tally = &result.tally;
    html! {
        li.spo-card {
            div.spo-card__head {
                // A heading under its group's, so a screen reader can go from theme to theme.
                h4.spo-card__title lang=[lang] { (theme.title) }
                span.spo-card__status { (status(r, tally, t.no_score())) }
            }
            (score_bar(q, tally.percent, tally.status))
            p.spo-card__meta {
                @let (given, asked) = tally.filled_in();
                (t.theme_meta((given, asked), (tally.unknown, r.q.unknown_label()), tally.not_applicable))
                span.spo-no-print {
                    " · "
                    button.spo-link type="button" data-theme=(result.theme.0) {
                        (t.change())
                        span.spo-sr { (t.change_in(&theme.title)) }
                    }
                }
            }
            @if !result.basic_low.is_empty() {
                p.spo-flag { (t.basic_low()) }
                ul.spo-low lang=[lang] {
                    @for &i in &result.basic_low {
                        li { (theme.statements[i].text) }
                    }
                }
            }
            @if !result.basic_unknown.is_empty() {
                p.spo-flag { (t.basic_unknown(q.unknown_label())) }
                ul.spo-low lang=[lang] {
                    @for &i in &result.basic_unknown {
                        li { (theme.statements[i].text) }
                    }
                }
            }
            @if result.basic_unmet() {
                @let cap = &q.bands[q.criteria.basic_cap].label;
                @let reason = t.basic_cap_reason(cap, tally.capped, result.basic_low.len(), result.basic_unknown.len());
                p.spo-hint {
                    @if let Some(reason) = reason { (reason) " " }
                    (t.basic_explained())
                }
            }
            @if tally.too_few {
                p.spo-hint { (t.too_few_hint(r.q.unknown_label())) }
            }
            @if tally.insufficient_insight {
                p.spo-flag { (t.insight_theme(r.q.unknown_label())) }
            }
            @if let Some(note) = r.progress.note(&theme.id) {
                p.spo-card__note {
                    strong { (t.note()) }
                    (note)
                }
            }
        }
    }
}

/// A focus theme: its status, the statements answered low, and the practice examples (when
/// `with_examples`).
fn focus_theme(r: &ResultsInput, f: &scan_core::Focus, with_examples: bool) -> Markup {
    let (t, q, lang) = (r.texts, r.q, r.content_lang);
    let theme = &q.themes[f.theme];
    let result = r.results.theme(f.theme);
    let status = result
        .and_then(|r| r.tally.status)
        .map(|s| q.bands[s].label.as_str())
        .unwrap_or_default();
    let low = result.map(|r| r.low.as_slice()).unwrap_or_default();
    html! {
        article.spo-focus-theme {
            h4 lang=[lang] { (theme.title) }
            p.spo-focus-theme__status {
                (t.status_prefix())
                span lang=[lang] { (status) }
            }
            @if !low.is_empty() {
                p.spo-hint { (t.answered_low()) }
                ul.spo-low lang=[lang] {
                    @for &i in low {
                        li { (theme.statements[i].text) }
                    }
                }
            }
            @if with_examples {
                p.spo-examples-title { (t.examples()) }
                (examples(q, &f.examples, t, lang))
            }
        }
    }
}

/// A focus theme's practice examples (indexes into `q.examples`), in the questionnaire's
/// language `lang` when it differs from the interface's. When one of them is an illustration
/// (no source), what that label means is said once above them, not on every card.
pub(super) fn examples(
    q: &scan_core::Questionnaire,
    shown: &[scan_core::ExampleIx],
    t: Texts,
    lang: Option<&str>,
) -> Markup {
    // Inside the examples (in the questionnaire's language), the interface's own words.
    let own_lang = lang.map(|_| t.0.code());
    let shown: Vec<_> = shown.iter().map(|&e| &q.examples[e]).collect();
    html! {
        @if shown.iter().any(|e| e.source.is_none()) {
            p.spo-hint.spo-examples-kind { (t.illustration_hint()) }
        }
        ul.spo-examples lang=[lang] {
            @for e in shown { (example(e, t, own_lang)) }
        }
    }
}

/// One practice example: title, the illustration label or its source, text and situation.
/// `own_lang` marks the interface's own words when they differ from the example's language.
fn example(e: &scan_core::Example, t: Texts, own_lang: Option<&str>) -> Markup {
    html! {
        li.spo-example {
            h5 { (e.title) }
            @if e.source.is_none() {
                p.spo-example__kind lang=[own_lang] {
                    span.spo-tag { (t.illustration()) }
                }
            }
            p { (e.text) }
            p.spo-example__situation {
                strong lang=[own_lang] { (t.suits()) }
                (e.situation)
            }
            @if let Some(source) = &e.source {
                p.spo-example__source {
                    strong lang=[own_lang] { (t.source()) }
                    @match &source.url {
                        Some(url) => a href=(url.as_str()) rel="noopener noreferrer" { (source.title) },
                        None => (source.title),
                    }
                }
            }
        }
    }
}

/// What a button of the results screen's stand-in does, in its `data-results`: `retry` the
/// part or go back to the `start`.
pub const RESULTS_ACTION: &str = "data-results";

/// What stands in for the results screen, inside its `section.spo-screen.spo-results`, while
/// the part that draws it is on its way (a status line), or when it cannot be had (`missing`:
/// why, that the answers are kept, *Opnieuw proberen* and *Naar het begin*). It has the
/// screen's heading, so that focus moved there has a place.
pub fn results_stand_in(t: Texts, ids: ElementIds, swv: bool, missing: bool) -> Markup {
    html! {
        p.spo-kicker { (t.results_kicker()) }
        h2.spo-title id=(ids.id("heading")) tabindex="-1" { (t.results_title(swv)) }
        @if missing {
            div.spo-alert role="alert" { p { (t.results_missing()) } }
            div.spo-actions {
                button.spo-button.spo-button--primary type="button" data-results="retry" {
                    (t.try_again())
                }
                button.spo-button.spo-button--quiet type="button" data-results="start" {
                    (t.to_start())
                }
            }
        } @else {
            p role="status" { (t.results_loading()) }
        }
    }
}
