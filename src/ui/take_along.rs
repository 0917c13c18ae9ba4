use leptos::prelude::*;
use scan_core::Exchange;

use super::context::{ScanContext, now};

/// "Uw antwoorden meenemen": the respondent saves their answers as an exchange file (for the
/// advisor's team view, or as a safe copy), with an optional name or initials.
#[component]
pub fn TakeAlong() -> impl IntoView {
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let heading = ctx.id("take-along");
    let labelled_by = heading.clone();
    let name_id = ctx.id("respondent-name");
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(None::<&'static str>);
    let save = move |_| {
        let q = ctx.q();
        let file = ctx
            .progress
            .with_untracked(|p| Exchange::new(&q, p, Some(&name.get_untracked()), now()));
        let role = file.role.clone().unwrap_or_else(|| "antwoorden".into());
        let file_name = format!("{}-{role}-{}.json", q.id, crate::files::today());
        let saved = crate::files::download(&file_name, &file.encode(), "application/json");
        status.set(Some(if saved.is_ok() {
            t.file_saved()
        } else {
            t.file_not_saved()
        }));
    };
    view! {
        <section class="spo-take-along spo-no-print" aria-labelledby=labelled_by>
            <h3 id=heading>{t.take_along_title()}</h3>
            <p class="spo-hint">{t.take_along_intro()}</p>
            <div class="spo-field">
                <label for=name_id.clone()>{t.respondent_name()}</label>
                <input id=name_id type="text" maxlength="60" autocomplete="off"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
            </div>
            <div class="spo-actions">
                <button type="button" class="spo-button spo-button--primary" on:click=save>{t.save_file()}</button>
            </div>
            <p class="spo-hint" role="status">{move || status.get()}</p>
        </section>
    }
}
