use leptos::prelude::*;
use scan_core::{Step, advise};
use wasm_bindgen::JsCast;

use super::context::ScanContext;
use super::markup::{ResultsInput, results_body};
use super::start_over::StartOver;
use super::take_along::TakeAlong;

/// Where the school stands: overall, what goes well, points of attention, risks, focus themes
/// with practice examples. Everything here is derived from the answers.
#[component]
pub fn ResultsScreen() -> impl IntoView {
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let q = ctx.q();
    let heading = ctx.id("heading");
    let labelled_by = heading.clone();
    let results = ctx.results.get_untracked();
    let content_lang = ctx.content_lang();
    let swv = ctx
        .progress
        .with_untracked(|p| q.is_swv(p.profile.school_type.as_deref()));
    // Static once shown: written as one HTML string (see `markup`).
    let body = ctx.progress.with_untracked(|p| {
        let advice = advise(&q, p, &results);
        ctx.with_ids(|ids| {
            results_body(&ResultsInput {
                q: &q,
                results: &results,
                advice: &advice,
                progress: p,
                texts: t,
                ids,
                content_lang: content_lang.as_deref(),
            })
        })
        .into_string()
    });
    // The cards' "Wijzig antwoorden" buttons carry their theme's index; one listener serves all.
    let change_answers = move |ev: leptos::ev::MouseEvent| {
        let theme = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("[data-theme]").ok().flatten())
            .and_then(|e| e.get_attribute("data-theme"))
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&i| i < ctx.q().themes.len())
            .map(scan_core::ThemeIx);
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
    // A finished scan is worth keeping: ask the browser not to clear it, and suggest a copy.
    let finished = results.overall.total > 0 && results.overall.answered == results.overall.total;
    if finished {
        crate::files::ask_persistent_storage();
    }
    let take_along = format!("#{}", ctx.id("take-along"));

    view! {
        <section class="spo-screen spo-results" aria-labelledby=labelled_by>
            <p class="spo-kicker">{t.results_kicker()}</p>
            <h2 id=heading tabindex="-1" class="spo-title">{t.results_title(swv)}</h2>
            {finished.then(|| view! {
                <p class="spo-save-hint spo-no-print"><a href=take_along>{t.save_copy_hint()}</a></p>
            })}
            <div class="spo-results__body" inner_html=body on:click=change_answers></div>
            <TakeAlong />
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
