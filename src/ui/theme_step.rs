use leptos::prelude::*;
use scan_core::ThemeIx;

use super::context::{ScanContext, data_around, now};
use super::markup::{self, Html, THEME_GO, THEME_NOTE, ThemeInput};

/// One theme: its statements as radio groups, a note, back and on, and the overview of all
/// themes ([`markup::theme_step`]). Drawn once as one HTML string (the statements never change
/// while the step is shown: the browser checks the radios itself); on every answer only the
/// progress and the overview are drawn again, in place. One listener per kind of event takes
/// every answer, note and move: the events bubble up to the container.
#[component]
pub fn ThemeStep(theme: ThemeIx) -> impl IntoView {
    let ctx = ScanContext::get();
    // The profile does not change while a theme step is shown, so neither do the themes in the
    // scan nor this theme's statements.
    let included: Vec<_> = ctx.progress.with_untracked(|p| {
        let q = ctx.q();
        (ctx.included_themes().into_iter())
            .map(|t| (t, p.scope().applicable_statements(&q, t)))
            .collect()
    });
    let draw = move |f: &dyn Fn(&ThemeInput) -> maud::Markup| {
        let overall = ctx.results.with(|r| r.overall.filled_in());
        ctx.with_screen(|screen| {
            Html::from(f(&ThemeInput {
                screen,
                theme,
                included: &included,
                overall,
            }))
        })
    };
    let whole = untrack(|| draw(&markup::theme_step));
    let root = NodeRef::<leptos::html::Div>::new();
    Effect::watch(
        move || ctx.progress.track(),
        move |_, _, _| {
            let Some(root) = root.get_untracked() else {
                return;
            };
            let parts: [(&str, Html); 2] = [
                (".spo-progress", draw(&markup::theme_progress)),
                (".spo-overview", draw(&markup::overview)),
            ];
            for (selector, html) in &parts {
                if let Ok(Some(container)) = root.query_selector(selector) {
                    super::redraw::redraw(&container, html);
                }
            }
        },
        false,
    );

    let choose = move |ev: leptos::ev::Event| {
        if let Some(statement) = data_around(&ev, "data-statement") {
            let option = event_target_value(&ev);
            ctx.progress
                .update(|p| p.set_answer(statement, option, now()));
        }
    };
    let write = move |ev: leptos::ev::Event| {
        if let Some(theme_id) = data_around(&ev, THEME_NOTE) {
            let text = event_target_value(&ev);
            ctx.progress.update(|p| p.set_note(theme_id, text, now()));
        }
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        let step = data_around(&ev, THEME_GO).and_then(|go| {
            ctx.progress
                .with_untracked(|p| markup::go_step(&ctx.q(), p, theme, &go))
        });
        if let Some(step) = step {
            ctx.go(step);
        }
    };

    view! {
        <div class="spo-layout" node_ref=root inner_html=whole on:change=choose on:input=write on:click=click></div>
    }
}
