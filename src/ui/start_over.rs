use leptos::prelude::*;
use scan_core::{Progress, Step};

use super::context::{ScanContext, data_around, draw_in_place, focus_after_render, now};
use super::markup::{CONFIRM, Html, START_OVER, start_over};

/// Whether a [`super::markup::confirm`]ation is open in place of the button that opened it,
/// with focus moved as it opens and closes.
#[derive(Clone, Copy)]
pub struct Confirmation {
    /// Open.
    pub asking: RwSignal<bool>,
    ctx: ScanContext,
    /// The id of the button that opens it.
    opener: &'static str,
    /// The confirmation's [`super::markup::Confirm::name`].
    name: &'static str,
}

impl Confirmation {
    pub fn new(ctx: ScanContext, opener: &'static str, name: &'static str) -> Self {
        let asking = RwSignal::new(false);
        Confirmation {
            asking,
            ctx,
            opener,
            name,
        }
    }

    /// Opens it, with focus on the harmless answer: an Enter pressed out of habit does nothing.
    pub fn open(&self) {
        self.asking.set(true);
        focus_after_render(self.ctx.id(&format!("{}-cancel", self.name)), false);
    }

    /// Closes it, with focus back on the button that opened it.
    pub fn close(&self) {
        self.asking.set(false);
        focus_after_render(self.ctx.id(self.opener), false);
    }

    /// Whether the click `ev` was its answer that does it; its harmless answer closes it.
    pub fn confirmed(&self, ev: &web_sys::Event) -> bool {
        match data_around(ev, CONFIRM).as_deref() {
            Some("yes") => true,
            Some("no") => {
                self.close();
                false
            }
            _ => false,
        }
    }

    /// Escape closes it.
    pub fn key(&self, ev: &web_sys::KeyboardEvent) {
        if ev.key() == "Escape" && self.asking.get_untracked() {
            self.close()
        }
    }
}

/// "Opnieuw beginnen", with a confirmation before anything is wiped ([`start_over`]), drawn
/// again in place when it opens or closes.
#[component]
pub fn StartOver() -> impl IntoView {
    let ctx = ScanContext::get();
    let asking = Confirmation::new(ctx, "start-over", "start-over");
    let markup = Memo::new(move |_| {
        let open = asking.asking.get();
        ctx.with_ids(|ids| Html::from(start_over(ctx.texts, ids, open)))
    });
    let container = NodeRef::<leptos::html::Div>::new();
    draw_in_place(container, markup);
    let click = move |ev: leptos::ev::MouseEvent| {
        if data_around(&ev, START_OVER).is_some() {
            asking.open();
        } else if asking.confirmed(&ev) {
            ctx.progress.set(Progress::started(now()));
            ctx.go(Step::Start);
        }
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| asking.key(&ev);
    view! { <div class="spo-start-over" node_ref=container on:click=click on:keydown=keys></div> }
}
