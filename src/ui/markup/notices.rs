use maud::{Markup, html};
use scan_core::StoredDataError;

use crate::storage::LoadNotice;
use crate::ui::texts::Texts;

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

/// The button that puts away the notice about data kept aside carries this attribute.
pub const NOTICE_DISMISS: &str = "data-notice-dismiss";

/// Messages about stored data, the content of a widget's `div.spo-notices`: what loading found
/// (`load`, already left out once it is put away or forgotten), that the last change could not
/// be saved, and what came in from another tab. Drawn again in place when one changes, so the
/// status line stays the same node and is heard when its text comes.
pub fn notices(
    t: Texts,
    load: Option<&LoadNotice>,
    save_failed: bool,
    other_tab: Option<OtherTab>,
) -> Markup {
    html! {
        @match load {
            Some(LoadNotice::Restored) => p.spo-notice role="status" { (t.welcome_back()) },
            Some(LoadNotice::KeptAside { aside_key, reason }) => div.spo-alert role="alert" {
                p.spo-alert__title { (t.unreadable_title()) }
                p {
                    (t.unreadable_intro()) (reason_text(t, reason)) ". "
                    (t.unreadable_kept()) code { (aside_key) } (t.unreadable_next())
                }
                button.spo-button.spo-button--quiet type="button" data-notice-dismiss {
                    (t.understood())
                }
            },
            Some(LoadNotice::Unavailable) => div.spo-alert role="alert" {
                p { (t.storage_unavailable()) }
            },
            None => {}
        }
        @if save_failed {
            div.spo-alert role="alert" { p { (t.save_failed()) } }
        }
        div role="status" {
            @if let Some(what) = other_tab {
                p class=(if what == OtherTab::Unreadable { "spo-alert" } else { "spo-notice" }) {
                    @match what {
                        OtherTab::Added => (t.other_tab()),
                        OtherTab::StartedOver => (t.other_tab_started_over()),
                        OtherTab::Unreadable => (t.other_tab_unreadable()),
                    }
                }
            }
        }
    }
}

fn reason_text(t: Texts, reason: &StoredDataError) -> String {
    match reason {
        StoredDataError::Unreadable(_) | StoredDataError::TooLarge(_) => {
            t.reason_unreadable().into()
        }
        StoredDataError::NewerFormat(_) => t.reason_newer().into(),
        StoredDataError::OtherScan(id) => t.reason_other_scan(id),
    }
}
