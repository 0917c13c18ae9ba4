use leptos::prelude::*;
use scan_core::StoredDataError;

use super::context::ScanContext;
use super::texts::Texts;
use crate::storage::{LoadNotice, SaveError};

fn reason_text(t: Texts, reason: &StoredDataError) -> String {
    match reason {
        StoredDataError::Unreadable(_) | StoredDataError::TooLarge(_) => {
            t.reason_unreadable().into()
        }
        StoredDataError::NewerFormat(_) => t.reason_newer().into(),
        StoredDataError::OtherScan(id) => t.reason_other_scan(id),
    }
}

/// What another tab of the same scan did, as merged into this one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherTab {
    /// Its answers or notes were added.
    Added,
    /// It started the scan over: what was answered before is gone here too.
    StartedOver,
    /// It saved what this tab cannot read (a newer release): this tab no longer saves.
    Unreadable,
}

/// Messages about stored data: restored, kept aside, or not saved.
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
    let dismissed = RwSignal::new(false);
    let load = StoredValue::new(load);
    let load_view = move || {
        if dismissed.get() {
            return None;
        }
        Some(match load.get_value()? {
            // "Welcome back" once, on the screen the team returns to: the first move to another
            // screen forgets it, so coming back to that screen does not say it again.
            LoadNotice::Restored if ctx.step.get() != first_step => {
                load.set_value(None);
                return None;
            }
            LoadNotice::Restored => view! {
                <p class="spo-notice" role="status">
                    {t.welcome_back()}
                </p>
            }.into_any(),
            LoadNotice::KeptAside { aside_key, reason } => view! {
                <div class="spo-alert" role="alert">
                    <p class="spo-alert__title">{t.unreadable_title()}</p>
                    <p>
                        {t.unreadable_intro()} {reason_text(t, &reason)} ". "
                        {t.unreadable_kept()} <code>{aside_key}</code> {t.unreadable_next()}
                    </p>
                    <button type="button" class="spo-button spo-button--quiet" on:click=move |_| dismissed.set(true)>
                        {t.understood()}
                    </button>
                </div>
            }.into_any(),
            LoadNotice::Unavailable => view! {
                <div class="spo-alert" role="alert">
                    <p>{t.storage_unavailable()}</p>
                </div>
            }.into_any(),
        })
    };
    let save_failed = move || {
        save_error.with(Option::is_some).then(|| {
            view! {
                <div class="spo-alert" role="alert">
                    <p>{t.save_failed()}</p>
                </div>
            }
        })
    };
    let merged = move || {
        other_tab.get().map(|what| {
            let text = match what {
                OtherTab::Added => t.other_tab(),
                OtherTab::StartedOver => t.other_tab_started_over(),
                OtherTab::Unreadable => t.other_tab_unreadable(),
            };
            let class = if what == OtherTab::Unreadable {
                "spo-alert"
            } else {
                "spo-notice"
            };
            view! { <p class=class>{text}</p> }
        })
    };
    view! {
        <div class="spo-notices">
            {load_view}
            {save_failed}
            <div role="status">{merged}</div>
        </div>
    }
}
