use leptos::prelude::*;
use scan_core::Exchange;

use super::context::{ScanContext, now};

/// "Uw antwoorden meenemen": the respondent saves their answers as an exchange file for the
/// advisor's team view, with an optional name or initials; the start screen restores answers
/// from it ([`super::results_part::RestoreJob`]).
#[component]
pub fn TakeAlong() -> impl IntoView {
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let heading = ctx.id("take-along");
    let labelled_by = heading.clone();
    let name_id = ctx.id("respondent-name");
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(None::<&'static str>);
    // What the respondent takes along, as a file or a link: their answers and the name given.
    let exchange = move || {
        let q = ctx.q();
        let file = ctx
            .progress
            .with_untracked(|p| Exchange::new(&q, p, Some(&name.get_untracked()), now()));
        (q, file)
    };
    let save = move |_| {
        let (q, file) = exchange();
        let role = file.role.clone().unwrap_or_else(|| "antwoorden".into());
        let file_name = format!("{}-{role}-{}.json", q.id, crate::files::today());
        let saved = crate::files::download(&file_name, &file.encode(), "application/json");
        status.set(Some(if saved.is_ok() {
            t.file_saved()
        } else {
            t.file_not_saved()
        }));
    };
    // A link to the team page whose #fragment carries the same file; shown to copy by hand
    // too, in case the browser does not allow writing to the clipboard.
    let link = RwSignal::new(None::<String>);
    let link_id = ctx.id("answers-link");
    let copy_link = move |_| {
        let (q, file) = exchange();
        let Some(url) = crate::files::team_page_link(&ctx.team_page(), &file.link_fragment(&q))
        else {
            return;
        };
        let copied = crate::files::copy_text(&url);
        link.set(Some(url));
        leptos::task::spawn_local(async move {
            let ok = copied.await;
            status.set(Some(if ok {
                t.link_copied()
            } else {
                t.link_not_copied()
            }));
        });
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
                <button type="button" class="spo-button" on:click=copy_link>{t.copy_link()}</button>
            </div>
            <p class="spo-hint" role="status">{move || status.get()}</p>
            {move || link.get().map(|url| view! {
                <div class="spo-field spo-field--wide">
                    <label for=link_id.clone()>{t.link_label()}</label>
                    <input id=link_id.clone() type="text" readonly prop:value=url />
                </div>
            })}
        </section>
    }
}
