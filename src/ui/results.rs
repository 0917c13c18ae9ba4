use leptos::prelude::*;
use scan_core::{BandGroup, Questionnaire, Step, Tally, ThemeResult, advise};
use wasm_bindgen::JsCast;

use super::context::ScanContext;
use super::html::{escape, lang_attr};
use super::score_bar::score_bar_html;
use super::start_over::StartOver;
use super::texts::Texts;

/// "Gevorderd · 75%" (the band label marked with the questionnaire's language), or why there
/// is no score, as HTML.
fn status_html(q: &Questionnaire, lang: &str, t: Texts, tally: &Tally, no_score: &str) -> String {
    match (tally.status, tally.answered) {
        (Some(s), _) => format!(
            "<span{lang}>{}</span> · {}%",
            escape(&q.bands[s].label),
            tally.percent.unwrap_or(0)
        ),
        (None, 0) => escape(t.not_answered_yet()),
        (None, _) => escape(no_score),
    }
}

/// Where the school stands: overall, what goes well, points of attention, risks, focus themes
/// with practice examples. Everything here is derived from the answers.
#[component]
pub fn ResultsScreen() -> impl IntoView {
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let q = ctx.q();
    let heading = ctx.id("heading");
    let labelled_by = heading.clone();
    let focus_id = ctx.id("focus");
    let results = ctx.results.get_untracked();
    let advice = ctx.progress.with_untracked(|p| advise(&q, p, &results));
    let o = &results.overall;

    let lang = lang_attr(ctx.content_lang().as_deref());
    // Band labels of a group, from the configuration.
    let labels = |group: BandGroup| -> Vec<&str> {
        q.bands
            .iter()
            .filter(|b| b.group == group)
            .map(|b| b.label.as_str())
            .collect()
    };
    let section = |key: &str, title: &str, intro: String, list: &[usize]| {
        let id = escape(&ctx.id(key));
        let body = if list.is_empty() {
            format!(r#"<p class="spo-empty">{}</p>"#, escape(t.empty_group()))
        } else {
            let cards: String = list
                .iter()
                .filter_map(|&theme| results.theme(theme))
                .map(|r| card_html(ctx, &q, &lang, r))
                .collect();
            format!(r#"<ul class="spo-cards">{cards}</ul>"#)
        };
        format!(
            r#"<section class="spo-group spo-group--{key}" aria-labelledby="{id}"><h3 id="{id}">{}</h3><p class="spo-hint">{}</p>{body}</section>"#,
            escape(title),
            escape(&intro)
        )
    };

    // Static once shown: written as HTML, which is far less code than a view per element.
    let focus = if advice.focus.is_empty() {
        format!(r#"<p class="spo-empty">{}</p>"#, escape(t.no_focus()))
    } else {
        let mut out = String::new();
        for f in &advice.focus {
            let theme = &q.themes[f.theme];
            let r = results.theme(f.theme);
            let status = r
                .and_then(|r| r.tally.status)
                .map(|s| q.bands[s].label.as_str())
                .unwrap_or_default();
            let low = r.map(|r| r.low.as_slice()).unwrap_or_default();
            out.push_str(&format!(
                r#"<article class="spo-focus-theme"><h4{lang}>{}</h4><p class="spo-focus-theme__status">{}<span{lang}>{}</span></p>"#,
                escape(&theme.title),
                escape(t.status_prefix()),
                escape(status),
            ));
            if !low.is_empty() {
                out.push_str(&format!(
                    r#"<p class="spo-hint">{}</p><ul class="spo-low"{lang}>"#,
                    escape(t.answered_low())
                ));
                for &i in low {
                    out.push_str(&format!("<li>{}</li>", escape(&theme.statements[i].text)));
                }
                out.push_str("</ul>");
            }
            out.push_str(&format!(
                r#"<p class="spo-examples-title">{}</p><ul class="spo-examples"{lang}>"#,
                escape(t.examples())
            ));
            let own_lang = lang_attr(ctx.content_lang().map(|_| t.0.code()));
            for &e in &f.examples {
                let e = &q.examples[e];
                out.push_str(&format!(
                    r#"<li class="spo-example"><h5>{}</h5><p>{}</p><p class="spo-example__situation"><strong{own_lang}>{}</strong>{}</p></li>"#,
                    escape(&e.title),
                    escape(&e.text),
                    escape(t.suits()),
                    escape(&e.situation),
                ));
            }
            out.push_str("</ul></article>");
        }
        out
    };

    // Everything between the heading and the buttons: summary, groups of theme cards, focus.
    let mut body = format!(
        r#"<div class="spo-summary"><p class="spo-summary__label">{}</p><p class="spo-summary__status">{}</p>{}<p>{}</p>{}</div>"#,
        escape(t.total()),
        status_html(&q, &lang, t, o, t.only_unknown()),
        score_bar_html(&q, o.percent, o.status),
        escape(&t.completeness(o.answered, o.total, o.unknown)),
        if o.insufficient_insight {
            format!(r#"<p class="spo-flag">{}</p>"#, escape(t.insight_overall()))
        } else {
            String::new()
        },
    );
    body.push_str(&section(
        "strengths",
        t.strengths(),
        t.with_status(&labels(BandGroup::Strength), false),
        &advice.strengths,
    ));
    body.push_str(&section(
        "attention",
        t.attention(),
        t.with_status(&labels(BandGroup::Attention), false),
        &advice.attention,
    ));
    body.push_str(&section(
        "risks",
        t.risks(),
        t.with_status(&labels(BandGroup::Risk), true),
        &advice.risks,
    ));
    if !advice.unanswered.is_empty() {
        body.push_str(&section(
            "open",
            t.unanswered(),
            t.unanswered_intro().to_string(),
            &advice.unanswered,
        ));
    }
    body.push_str(&format!(
        r#"<section class="spo-group spo-group--focus" aria-labelledby="{0}"><h3 id="{0}">{1}</h3><p class="spo-hint">{2}</p>{focus}</section>"#,
        escape(&focus_id),
        escape(t.focus_title()),
        escape(t.focus_intro()),
    ));
    // The cards' "Wijzig antwoorden" buttons carry their theme's index; one listener serves all.
    let change_answers = move |ev: leptos::ev::MouseEvent| {
        let theme = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-theme]").ok().flatten())
            .and_then(|e| e.get_attribute("data-theme"))
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&i| i < ctx.q().themes.len());
        if let Some(theme) = theme {
            ctx.go(ctx.theme_step(theme));
        }
    };

    let print = |_: leptos::ev::MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let first_theme = ctx.included_themes().first().copied();

    view! {
        <section class="spo-screen spo-results" aria-labelledby=labelled_by>
            <p class="spo-kicker">{t.results_kicker()}</p>
            <h2 id=heading tabindex="-1" class="spo-title">{t.results_title()}</h2>
            <div class="spo-results__body" inner_html=body on:click=change_answers></div>
            <div class="spo-actions spo-no-print">
                {first_theme.map(|theme| view! {
                    <button type="button" class="spo-button" on:click=move |_| ctx.go(ctx.theme_step(theme))>
                        {t.change_answers()}
                    </button>
                })}
                <button type="button" class="spo-button" on:click=print>{t.print()}</button>
                <button type="button" class="spo-button spo-button--quiet" on:click=move |_| ctx.go(Step::Start)>
                    {t.to_start()}
                </button>
            </div>
            <div class="spo-no-print"><StartOver /></div>
        </section>
    }
}

/// One theme's card: status, bar, counts, a button to change its answers, flags and note.
fn card_html(ctx: ScanContext, q: &Questionnaire, lang: &str, result: &ThemeResult) -> String {
    let t = ctx.texts;
    let theme = &q.themes[result.theme];
    let tally = &result.tally;
    let mut card = format!(
        r#"<li class="spo-card"><div class="spo-card__head"><span class="spo-card__title"{lang}>{}</span><span class="spo-card__status">{}</span></div>{}<p class="spo-card__meta">{}<span class="spo-no-print"> · <button type="button" class="spo-link" data-theme="{}">{}<span class="spo-sr">{}</span></button></span></p>"#,
        escape(&theme.title),
        status_html(q, lang, t, tally, t.no_score()),
        score_bar_html(q, tally.percent, tally.status),
        escape(&t.theme_meta(tally.answered, tally.total, tally.unknown)),
        result.theme,
        escape(t.change()),
        escape(&t.change_in(&theme.title)),
    );
    if result.capped {
        card.push_str(&format!(
            r#"<p class="spo-flag">{}</p><ul class="spo-low"{lang}>"#,
            escape(&t.capped(&q.bands[q.criteria.basic_cap].label))
        ));
        for &i in &result.low_basic {
            card.push_str(&format!("<li>{}</li>", escape(&theme.statements[i].text)));
        }
        card.push_str("</ul>");
    }
    if tally.insufficient_insight {
        card.push_str(&format!(
            r#"<p class="spo-flag">{}</p>"#,
            escape(t.insight_theme())
        ));
    }
    if let Some(note) = ctx
        .progress
        .with_untracked(|p| p.note(&theme.id).map(str::to_string))
    {
        card.push_str(&format!(
            r#"<p class="spo-card__note"><strong>{}</strong>{}</p>"#,
            escape(t.note()),
            escape(&note)
        ));
    }
    card.push_str("</li>");
    card
}
