use leptos::prelude::*;
use scan_core::{Progress, Step};

use super::context::{ScanContext, focus_after_render, now};

/// "Opnieuw beginnen", with a confirmation before anything is wiped.
#[component]
pub fn StartOver() -> impl IntoView {
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let asking = RwSignal::new(false);
    let title_id = ctx.id("start-over-title");
    let text_id = ctx.id("start-over-text");
    let opener_id = ctx.id("start-over");
    let cancel = {
        let opener_id = opener_id.clone();
        move || {
            asking.set(false);
            focus_after_render(opener_id.clone(), false);
        }
    };
    let cancel_ref = NodeRef::<leptos::html::Button>::new();
    // Focus on the harmless answer: an Enter pressed out of habit wipes nothing.
    let open = move |_| {
        asking.set(true);
        request_animation_frame(move || {
            if let Some(b) = cancel_ref.get_untracked() {
                let _ = b.focus();
            }
        });
    };
    let keys = {
        let cancel = cancel.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                cancel()
            }
        }
    };
    let confirm = move |_| {
        ctx.progress.set(Progress::started(now()));
        ctx.go(Step::Start);
    };
    view! {
        <div class="spo-start-over">
            <Show
                when=move || asking.get()
                fallback=move || view! {
                    <button type="button" id=opener_id.clone() class="spo-button spo-button--quiet" on:click=open>
                        {t.start_over()}
                    </button>
                }
            >
                <div
                    class="spo-confirm"
                    role="alertdialog"
                    aria-labelledby=title_id.clone()
                    aria-describedby=text_id.clone()
                    on:keydown=keys.clone()
                >
                    <p id=title_id.clone() class="spo-confirm__title">{t.start_over_question()}</p>
                    <p id=text_id.clone()>
                        {t.start_over_warning()}
                    </p>
                    <div class="spo-actions">
                        <button type="button" class="spo-button spo-button--danger" on:click=confirm>
                            {t.start_over_confirm()}
                        </button>
                        <button type="button" class="spo-button" node_ref=cancel_ref on:click={
                            let cancel = cancel.clone();
                            move |_| cancel()
                        }>
                            {t.cancel()}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
