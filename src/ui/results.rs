use std::sync::Arc;

use leptos::prelude::*;
use scan_core::{Step, advise};

use super::context::{ScanContext, data_around};
use super::markup::{Html, ResultsInput, focus_themes, results_body};
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
    // A finished scan is worth keeping: ask the browser not to clear it, and suggest a copy.
    let finished = results.overall.total > 0 && results.overall.answered == results.overall.total;
    // Static once shown: written as one HTML string (see `markup`), by `part`. The advice is
    // taken once; again only for a questionnaire whose examples arrived while this is shown.
    let first_advice = ctx.progress.with_untracked(|p| advise(&q, p, &results));
    let shown_q = q.clone();
    let draw = move |q: &Arc<scan_core::Questionnaire>,
                     part: &dyn Fn(&ResultsInput) -> maud::Markup| {
        ctx.progress.with_untracked(|p| {
            let later;
            let advice = if Arc::ptr_eq(q, &shown_q) {
                &first_advice
            } else {
                later = advise(q, p, &results);
                &later
            };
            Html::from(ctx.with_ids(|ids| {
                part(&ResultsInput {
                    q,
                    results: &results,
                    advice,
                    progress: p,
                    texts: t,
                    ids,
                    content_lang: content_lang.as_deref(),
                })
            }))
        })
    };
    let body = draw(&q, &results_body);
    // The focus themes with their examples: drawn again when the built-in scan's examples
    // arrive (see `crate::lazy_parts`), under a heading that stays.
    ctx.fetch_examples();
    let focus = move || {
        let examples = ctx.examples();
        draw(&ctx.q(), &|r| focus_themes(r, examples))
    };
    let focus_id = ctx.id("focus");
    let focus_label = focus_id.clone();
    let retry = {
        let focus_id = focus_id.clone();
        move |ev: leptos::ev::MouseEvent| {
            if data_around(&ev, "data-retry-examples").is_some() {
                // The button goes with the redrawn part; the heading above it stays.
                super::context::focus_after_render(focus_id.clone(), false);
                ctx.fetch_examples();
            }
        }
    };
    // The cards' "Wijzig antwoorden" buttons carry their theme's index; one listener serves all.
    let change_answers = move |ev: leptos::ev::MouseEvent| {
        let theme = data_around(&ev, "data-theme")
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|&i| i < ctx.q().themes.len())
            .map(scan_core::ThemeIx);
        if let Some(theme) = theme {
            ctx.go(ctx.theme_step(theme));
        }
    };

    let first_theme = ctx.included_themes().first().copied();
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
            <section class="spo-group spo-group--focus" aria-labelledby=focus_label>
                <h3 id=focus_id tabindex="-1">{t.focus_title()}</h3>
                <p class="spo-hint">{t.focus_intro()}</p>
                <div class="spo-results__body" inner_html=focus on:click=retry></div>
            </section>
            <TakeAlong />
            <div class="spo-actions spo-no-print">
                {first_theme.map(|theme| view! {
                    <button type="button" class="spo-button" on:click=move |_| ctx.go(ctx.theme_step(theme))>
                        {t.change_answers()}
                    </button>
                })}
                <super::PrintButton label=t.print() />
                <button type="button" class="spo-button spo-button--quiet" on:click=move |_| ctx.go(Step::Start)>
                    {t.to_start()}
                </button>
            </div>
            <div class="spo-no-print"><StartOver /></div>
        </section>
    }
}
