use leptos::prelude::*;
use scan_core::{Progress, Step};

use super::context::{ScanContext, data_around, draw_in_place, focus_after_render, now};
use super::markup::{Html, START_OVER, start_over};

/// "Opnieuw beginnen", with a confirmation before anything is wiped ([`start_over`]), drawn
/// again in place when it opens or closes.
#[component]
pub fn StartOver() -> impl IntoView {
    let ctx = ScanContext::get();
    let asking = RwSignal::new(false);
    let markup = Memo::new(move |_| {
        let asking = asking.get();
        ctx.with_ids(|ids| Html::from(start_over(ctx.texts, ids, asking)))
    });
    let container = NodeRef::<leptos::html::Div>::new();
    draw_in_place(container, markup);
    // Back to the button, with focus on it.
    let cancel = move || {
        asking.set(false);
        focus_after_render(ctx.id("start-over"), false);
    };
    let click = move |ev: leptos::ev::MouseEvent| match data_around(&ev, START_OVER).as_deref() {
        Some("open") => {
            asking.set(true);
            // Focus on the harmless answer: an Enter pressed out of habit wipes nothing.
            focus_after_render(ctx.id("start-over-cancel"), false);
        }
        Some("confirm") => {
            ctx.progress.set(Progress::started(now()));
            ctx.go(Step::Start);
        }
        Some("cancel") => cancel(),
        _ => {}
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && asking.get_untracked() {
            cancel()
        }
    };
    view! { <div class="spo-start-over" node_ref=container on:click=click on:keydown=keys></div> }
}
