use leptos::prelude::*;
use scan_core::StoredDataError;

use super::context::ScanContext;
use crate::storage::{LoadNotice, SaveError};

/// The outcome of the last save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    Idle,
    Saved,
    Failed(SaveError),
}

fn reason_text(reason: &StoredDataError) -> String {
    match reason {
        StoredDataError::Unreadable(_) => "de gegevens zijn beschadigd of onleesbaar".into(),
        StoredDataError::NewerFormat(_) => {
            "ze zijn opgeslagen door een nieuwere versie van deze scan".into()
        }
        StoredDataError::OtherScan(id) => format!("ze horen bij een andere scan (“{id}”)"),
    }
}

/// Messages about stored data: restored, kept aside, or not saved.
#[component]
pub fn Notices(load: Option<LoadNotice>, save: RwSignal<SaveStatus>) -> impl IntoView {
    if let Some(LoadNotice::KeptAside { aside_key, reason }) = &load {
        web_sys::console::warn_1(
            &format!(
                "Scan Passend Onderwijs: stored data kept aside under \"{aside_key}\": {reason}"
            )
            .into(),
        );
    }
    let ctx = ScanContext::get();
    let first_step = ctx.step.get_untracked();
    let dismissed = RwSignal::new(false);
    let load = StoredValue::new(load);
    let load_view = move || {
        if dismissed.get() {
            return None;
        }
        Some(match load.get_value()? {
            // "Welcome back" only on the screen the team returns to.
            LoadNotice::Restored => (ctx.step.get() == first_step).then(|| view! {
                <p class="spo-notice" role="status">
                    "Welkom terug. Uw eerdere antwoorden zijn hersteld uit deze browser."
                </p>
            }.into_any())?,
            LoadNotice::KeptAside { aside_key, reason } => view! {
                <div class="spo-alert" role="alert">
                    <p class="spo-alert__title">"Eerder opgeslagen antwoorden konden niet worden gelezen"</p>
                    <p>
                        "In deze browser stonden antwoorden die de scan niet kon openen: " {reason_text(&reason)} ". "
                        "Ze zijn niet gewist, maar apart bewaard in de browseropslag onder de naam "
                        <code>{aside_key}</code> ". U begint nu met een lege scan. "
                        "Wilt u de oude antwoorden terug, neem dan contact op met de beheerder van deze website."
                    </p>
                    <button type="button" class="spo-button spo-button--quiet" on:click=move |_| dismissed.set(true)>
                        "Begrepen"
                    </button>
                </div>
            }.into_any(),
            LoadNotice::Unavailable => view! {
                <div class="spo-alert" role="alert">
                    <p>
                        "Deze browser staat niet toe dat de scan iets bewaart. U kunt de scan invullen, "
                        "maar uw antwoorden zijn weg zodra u de pagina sluit."
                    </p>
                </div>
            }.into_any(),
        })
    };
    let save_failed = move || {
        matches!(save.get(), SaveStatus::Failed(_)).then(|| view! {
            <div class="spo-alert" role="alert">
                <p>
                    "Uw laatste antwoord kon niet in deze browser worden bewaard (de opslag is mogelijk vol of geblokkeerd). "
                    "Laat de pagina open tot u klaar bent, of druk het resultaat af."
                </p>
            </div>
        })
    };
    view! {
        <div class="spo-notices">
            {load_view}
            {save_failed}
        </div>
    }
}
