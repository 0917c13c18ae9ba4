use leptos::prelude::*;

use super::context::{ScanContext, data_around, draw_in_place};
use super::markup::{Html, NOTICE_DISMISS, OtherTab, notices};
use crate::storage::{LoadNotice, SaveError};

/// Messages about stored data: restored, kept aside, or not saved ([`notices`]), drawn again in
/// place when one changes.
#[component]
pub fn Notices(
    load: Option<LoadNotice>,
    save_error: RwSignal<Option<SaveError>>,
    /// Answers from another tab were merged in.
    other_tab: RwSignal<Option<OtherTab>>,
) -> impl IntoView {
    if let Some(LoadNotice::KeptAside { aside_key, reason }) = &load {
        web_sys::console::warn_1(
            &format!(
                "Scan Passend Onderwijs: stored data kept aside under \"{aside_key}\": {reason}"
            )
            .into(),
        );
    }
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let first_step = ctx.step.get_untracked();
    let load = RwSignal::new(load);
    // "Welcome back" once, on the screen the team returns to: the first move to another screen
    // forgets it, so coming back to that screen does not say it again.
    Effect::watch(
        move || ctx.step.get(),
        move |step, _, _| {
            if *step != first_step && load.with_untracked(|l| l == &Some(LoadNotice::Restored)) {
                load.set(None);
            }
        },
        false,
    );
    let markup = Memo::new(move |_| {
        load.with(|load| {
            Html::from(notices(
                t,
                load.as_ref(),
                save_error.with(Option::is_some),
                other_tab.get(),
            ))
        })
    });
    let container = NodeRef::<leptos::html::Div>::new();
    draw_in_place(container, markup);
    let click = move |ev: leptos::ev::MouseEvent| {
        if data_around(&ev, NOTICE_DISMISS).is_some() {
            load.set(None);
        }
    };
    view! { <div class="spo-notices" node_ref=container on:click=click></div> }
}
