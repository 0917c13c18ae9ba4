use leptos::prelude::*;
use scan_core::{BandGroup, Questionnaire, Step, Tally, ThemeResult, advise};

use super::context::ScanContext;
use super::html;
use super::score_bar::ScoreBar;
use super::start_over::StartOver;

/// "Gevorderd · 75%" (the band label marked with the questionnaire's language), or why there
/// is no score.
fn status_text(
    ctx: ScanContext,
    q: &Questionnaire,
    tally: &Tally,
    no_score: &'static str,
) -> AnyView {
    match (tally.status, tally.answered) {
        (Some(s), _) => view! {
            <span lang=ctx.content_lang()>{q.bands[s].label.clone()}</span>
            {format!(" · {}%", tally.percent.unwrap_or(0))}
        }
        .into_any(),
        (None, 0) => ctx.texts.not_answered_yet().into_any(),
        (None, _) => no_score.into_any(),
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
    let focus_labelled_by = focus_id.clone();
    let results = ctx.results.get_untracked();
    let advice = ctx.progress.with_untracked(|p| advise(&q, p, &results));
    let o = &results.overall;

    // Band labels of a group, from the configuration.
    let labels = |group: BandGroup| -> Vec<&str> {
        q.bands
            .iter()
            .filter(|b| b.group == group)
            .map(|b| b.label.as_str())
            .collect()
    };
    let section = |key: &str, title: &'static str, intro: String, list: &[usize]| {
        let id = ctx.id(key);
        let labelled_by = id.clone();
        let body = if list.is_empty() {
            view! { <p class="spo-empty">{t.empty_group()}</p> }.into_any()
        } else {
            let items = list
                .iter()
                .filter_map(|&theme| results.theme(theme).cloned())
                .map(|r| view! { <ThemeCard result=r /> })
                .collect_view();
            view! { <ul class="spo-cards">{items}</ul> }.into_any()
        };
        view! {
            <section class=format!("spo-group spo-group--{key}") aria-labelledby=labelled_by>
                <h3 id=id>{title}</h3>
                <p class="spo-hint">{intro}</p>
                {body}
            </section>
        }
    };

    // Static once shown: written as HTML, which is far less code than a view per element.
    let lang = html::lang_attr(ctx.content_lang().as_deref());
    let focus = if advice.focus.is_empty() {
        format!(r#"<p class="spo-empty">{}</p>"#, html::escape(t.no_focus()))
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
                html::escape(&theme.title),
                html::escape(t.status_prefix()),
                html::escape(status),
            ));
            if !low.is_empty() {
                out.push_str(&format!(
                    r#"<p class="spo-hint">{}</p><ul class="spo-low"{lang}>"#,
                    html::escape(t.answered_low())
                ));
                for &i in low {
                    out.push_str(&format!(
                        "<li>{}</li>",
                        html::escape(&theme.statements[i].text)
                    ));
                }
                out.push_str("</ul>");
            }
            out.push_str(&format!(
                r#"<p class="spo-examples-title">{}</p><ul class="spo-examples"{lang}>"#,
                html::escape(t.examples())
            ));
            let own_lang = html::lang_attr(ctx.content_lang().map(|_| t.0.code()));
            for &e in &f.examples {
                let e = &q.examples[e];
                out.push_str(&format!(
                    r#"<li class="spo-example"><h5>{}</h5><p>{}</p><p class="spo-example__situation"><strong{own_lang}>{}</strong>{}</p></li>"#,
                    html::escape(&e.title),
                    html::escape(&e.text),
                    html::escape(t.suits()),
                    html::escape(&e.situation),
                ));
            }
            out.push_str("</ul></article>");
        }
        out
    };

    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let first_theme = ctx.included_themes().first().copied();

    view! {
        <section class="spo-screen spo-results" aria-labelledby=labelled_by>
            <p class="spo-kicker">{t.results_kicker()}</p>
            <h2 id=heading tabindex="-1" class="spo-title">{t.results_title()}</h2>
            <div class="spo-summary">
                <p class="spo-summary__label">{t.total()}</p>
                <p class="spo-summary__status">{status_text(ctx, &q, o, t.only_unknown())}</p>
                <ScoreBar q=q.clone() percent=o.percent status=o.status />
                <p>{t.completeness(o.answered, o.total, o.unknown)}</p>
                {o.insufficient_insight.then(|| view! { <p class="spo-flag">{t.insight_overall()}</p> })}
            </div>
            {section("strengths", t.strengths(), t.with_status(&labels(BandGroup::Strength), false), &advice.strengths)}
            {section("attention", t.attention(), t.with_status(&labels(BandGroup::Attention), false), &advice.attention)}
            {section("risks", t.risks(), t.with_status(&labels(BandGroup::Risk), true), &advice.risks)}
            {(!advice.unanswered.is_empty())
                .then(|| section("open", t.unanswered(), t.unanswered_intro().to_string(), &advice.unanswered))}
            <section class="spo-group spo-group--focus" aria-labelledby=focus_labelled_by inner_html=format!(
                r#"<h3 id="{}">{}</h3><p class="spo-hint">{}</p>{focus}"#,
                html::escape(&focus_id),
                html::escape(t.focus_title()),
                html::escape(t.focus_intro()),
            )></section>
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

/// One theme's status, bar, counts, flags and note.
#[component]
fn ThemeCard(result: ThemeResult) -> impl IntoView {
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let q = ctx.q();
    let theme = &q.themes[result.theme];
    let tally = &result.tally;
    let capped = result.capped.then(|| {
        let items = result
            .low_basic
            .iter()
            .map(|&i| view! { <li>{theme.statements[i].text.clone()}</li> })
            .collect_view();
        view! {
            <p class="spo-flag">{t.capped(&q.bands[q.criteria.basic_cap].label)}</p>
            <ul class="spo-low" lang=ctx.content_lang()>{items}</ul>
        }
    });
    let insight = tally
        .insufficient_insight
        .then(|| view! { <p class="spo-flag">{t.insight_theme()}</p> });
    let note = ctx
        .progress
        .with_untracked(|p| p.notes.get(&theme.id).cloned());
    let index = result.theme;
    view! {
        <li class="spo-card">
            <div class="spo-card__head">
                <span class="spo-card__title" lang=ctx.content_lang()>{theme.title.clone()}</span>
                <span class="spo-card__status">{status_text(ctx, &q, tally, t.no_score())}</span>
            </div>
            <ScoreBar q=q.clone() percent=tally.percent status=tally.status />
            <p class="spo-card__meta">
                {t.theme_meta(tally.answered, tally.total, tally.unknown)}
                <span class="spo-no-print">
                    " · "
                    <button type="button" class="spo-link" on:click=move |_| ctx.go(ctx.theme_step(index))>
                        {t.change()}
                        <span class="spo-sr">{t.change_in(&theme.title)}</span>
                    </button>
                </span>
            </p>
            {capped}
            {insight}
            {note.map(|n| view! { <p class="spo-card__note"><strong>{t.note()}</strong>{n}</p> })}
        </li>
    }
}
