use leptos::prelude::*;
use scan_core::{Step, ThemeIx};

use super::context::ScanContext;

/// All themes with how far each is answered; jump to any of them, or to the results.
#[component]
pub fn Overview(current: Option<ThemeIx>) -> impl IntoView {
    let ctx = ScanContext::get();
    let q = ctx.q();
    let texts = ctx.texts;
    let items = ctx
        .included_themes()
        .into_iter()
        .map(|t| {
            // The overview is shown on theme steps, where the profile (and so which statements
            // apply) does not change: the list is computed once, the count on each answer.
            let applicable = ctx.progress.with_untracked(|p| p.scope().applicable_statements(&q, t));
            let total = applicable.len();
            let q2 = q.clone();
            let answered = Memo::new(move |_| ctx.progress.with(|p| p.answered(&q2, t, &applicable)));
            let is_current = current == Some(t);
            view! {
                <li>
                    <button
                        type="button"
                        class=if is_current { "spo-overview__item spo-overview__item--current" } else { "spo-overview__item" }
                        aria-current=is_current.then_some("step")
                        on:click=move |_| ctx.go(ctx.theme_step(t))
                    >
                        <span class="spo-overview__title" lang=ctx.content_lang()>{q.themes[t].title.clone()}</span>
                        <span class=move || if answered.get() == total { "spo-overview__count spo-overview__count--done" } else { "spo-overview__count" }>
                            {move || texts.count_of(answered.get(), total)}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="spo-overview" aria-label=texts.overview_label()>
            <p class="spo-overview__heading" aria-hidden="true">{texts.overview()}</p>
            <ol>
                {items}
                <li>
                    <button type="button" class="spo-overview__item spo-overview__item--results" on:click=move |_| ctx.go(Step::Results)>
                        <span class="spo-overview__title">{texts.view_results()}</span>
                    </button>
                </li>
            </ol>
        </nav>
    }
}
