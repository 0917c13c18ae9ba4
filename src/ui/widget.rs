use std::sync::Arc;

use leptos::prelude::*;
use scan_core::{ConfigErrors, Questionnaire, Step};

use super::context::ScanContext;
use super::notices::{Notices, SaveStatus};
use super::results::ResultsScreen;
use super::start_screen::StartScreen;
use super::theme_step::ThemeStep;
use crate::embed::MountOptions;
use crate::storage::{LoadNotice, ProgressStore};

/// One widget: loads the questionnaire and the stored progress, and shows the current step.
#[component]
pub fn ScanWidget(options: MountOptions) -> impl IntoView {
    match scan_core::builtin() {
        Ok(q) => view! { <LoadedWidget q=Arc::new(q) options=options /> }.into_any(),
        Err(errors) => view! { <ConfigProblem errors=errors /> }.into_any(),
    }
}

#[component]
fn LoadedWidget(q: Arc<Questionnaire>, options: MountOptions) -> impl IntoView {
    let store = ProgressStore::new(&q, options.storage_key.as_deref());
    let (initial, notice) = store.load(&q);
    let can_save = !matches!(notice, Some(LoadNotice::Unavailable));
    let progress = RwSignal::new(initial);
    let uid: Arc<str> = {
        let cleaned: String = store
            .key()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        format!("spo-{cleaned}").into()
    };
    let ctx = ScanContext::provide(q.clone(), progress, uid);

    // Persist from one place: every change of progress is saved at once.
    let save_status = RwSignal::new(SaveStatus::Idle);
    Effect::new(move |_| {
        let p = progress.get();
        if can_save {
            save_status.set(match store.save(&q, &p) {
                Ok(()) => SaveStatus::Saved,
                Err(e) => SaveStatus::Failed(e),
            });
        }
    });

    let screen = move || match ctx.step.get() {
        Step::Start => view! { <StartScreen /> }.into_any(),
        Step::Results => view! { <ResultsScreen /> }.into_any(),
        Step::Theme(id) => {
            let included = ctx.included_themes();
            let theme = ctx
                .q()
                .theme_index(&id)
                .filter(|t| included.contains(t))
                .or(included.first().copied());
            match theme {
                Some(theme) => view! { <ThemeStep theme=theme /> }.into_any(),
                None => view! { <StartScreen /> }.into_any(),
            }
        }
    };

    view! {
        <div class="spo" lang="nl">
            <Notices load=notice save=save_status />
            {screen}
        </div>
    }
}

/// Shown instead of the scan when its configuration is invalid.
#[component]
fn ConfigProblem(errors: ConfigErrors) -> impl IntoView {
    web_sys::console::error_1(
        &format!("Scan Passend Onderwijs: invalid configuration\n{errors}").into(),
    );
    view! {
        <div class="spo" lang="nl">
            <div class="spo-alert spo-alert--error" role="alert">
                <h2 class="spo-alert__title">"De scan kan niet worden geladen"</h2>
                <p>
                    "De vragenlijst van deze scan bevat fouten. Geef de beheerder van deze website de meldingen hieronder door."
                </p>
                <ul class="spo-errors">
                    {errors.0.iter().map(|e| view! { <li><code>{e.to_string()}</code></li> }).collect_view()}
                </ul>
            </div>
        </div>
    }
}
